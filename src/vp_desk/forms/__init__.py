"""Blank paper forms (no vault data)."""
