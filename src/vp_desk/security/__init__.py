"""Key handling, locking, clipboard and passphrase rules."""
