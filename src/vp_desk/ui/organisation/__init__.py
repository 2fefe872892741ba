"""The organisation dialog (name, profile, language, reporting calendar)."""
