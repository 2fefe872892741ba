"""Security: backups, restore, passphrase change, settings, keychain unlock and the auto-lock."""
