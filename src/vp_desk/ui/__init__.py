"""Qt widgets, models and dialogs. Calls use-cases; never SQL, never file formats."""
