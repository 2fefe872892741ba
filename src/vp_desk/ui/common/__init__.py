"""What every screen shares: the row model base, list views, the form base, seams (dialogs that tests replace), the worker thread, styles."""
