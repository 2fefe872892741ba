"""The yearly report: aggregate counts → disclosure control → PDF. Never reads a text column."""
