"""The shell: main window, lock and unlock screens, the vault view, and the one place that composes the features (compose.py)."""
