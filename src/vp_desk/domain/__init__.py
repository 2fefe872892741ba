"""Pure-Python domain: models, catalog, rules and validation. No Qt, no SQL."""
