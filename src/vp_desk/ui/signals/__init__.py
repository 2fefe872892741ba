"""Signals and advice: the log of what the confidant told management, the works council or
the prevention adviser (window, table model, add/edit dialog with a draft)."""
