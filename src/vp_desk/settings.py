"""Every setting key in one typed registry (as KeePassXC's ``Config`` keys): what this
computer remembers in ``config.json`` (:class:`ConfigKey`, with its default) and what a
vault keeps in its settings table (:class:`VaultKey`). Code names a setting only through
these enums; a key that is not listed here does not exist. Qt-free."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ConfigKey(StrEnum):
    """Preferences of this computer (config.json beside the app's data; never case data)."""

    LANGUAGE = "language"
    LAST_VAULT = "last_vault"
    IDLE_MINUTES = "idle_minutes"  # the auto-lock after so many minutes without use
    BACKUPS_KEEP = "backups_keep"  # automatic backups kept
    KEYCHAIN_VAULTS = "keychain_vaults"  # paths of the vaults whose passphrase the keychain keeps
    WINDOW_GEOMETRY = "window_geometry"  # the main window's place and size: [x, y, width, height, maximised]
    BACKUP_FOLDER = "backup_folder"  # the folder last chosen for File → Back up to…


CONFIG_DEFAULTS: dict[ConfigKey, Any] = {
    ConfigKey.LANGUAGE: "nl",
    ConfigKey.LAST_VAULT: None,
    ConfigKey.IDLE_MINUTES: 5,
    ConfigKey.BACKUPS_KEEP: 10,
    ConfigKey.KEYCHAIN_VAULTS: [],
    ConfigKey.WINDOW_GEOMETRY: None,
    ConfigKey.BACKUP_FOLDER: None,
}


class VaultKey(StrEnum):
    """Settings kept inside the vault (its ``settings`` table), text values."""

    LONG_OPEN_DAYS = "due.long_open_days"  # a dossier open this long is listed as due
    REPORT_THRESHOLD = "report.threshold"  # the smallest count a report shows
    REPORT_VP_NAME = "report.vp_name"  # the confidant's name on the report, or empty
    REPORT_RECURRING_MIN = "report.recurring_min"
    REPORT_BREAKDOWNS = "report.breakdowns"  # comma-separated breakdown keys
    UI_PLACE = "ui.place"  # where the user was at the last lock: JSON {org, filters, search, dossier, page}
    RULE_SWITCHES = "rules"  # per organisation, key "rules.<org id>": JSON {practice rule key: on/off}
    CRISIS_STEPS = "crisis"  # per organisation, key "crisis.<org id>": its crisis procedure, one step a line
