"""VP Desk: offline, encrypted case notes for confidential counsellors at work."""

__version__ = "0.1.0"
APP_NAME = "VP Desk"
APP_ID = "vp-desk"
