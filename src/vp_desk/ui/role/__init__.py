"""My role: obligations and own activities of the confidant."""
