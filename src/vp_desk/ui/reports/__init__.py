"""The yearly report window: preview and export of the anonymous figures."""
