"""The use-case layer: the one door from the screens (``vp_desk.ui``) and the command line
(``vp_desk.cli``) to storage. Nothing here imports Qt; the UI never sees a repository, a
store class, a connection or a table name.

- :mod:`.desk`: organisations, dossiers and their records, due items (``DeskService``)
- :mod:`.dossiers`: the dossier screens' flows (timeline, delete, reopen, drafts)
- :mod:`.register`, :mod:`.retention`, :mod:`.role`: the register, retention and
  own-role (obligations) screens
- :mod:`.reports`, :mod:`.backups`: report settings and exports, backups and the
  passphrase
- :mod:`.errors`: the errors a caller may catch and show
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vp_desk.usecases.desk import DeskService, Invalid
    from vp_desk.usecases.dossiers import DossierFlow

__all__ = ["DeskService", "DossierFlow", "Invalid"]


def __getattr__(name: str) -> Any:
    # loaded on first use: the unlock screen needs no use case (start-up time)
    if name in ("DeskService", "Invalid"):
        from vp_desk.usecases import desk

        return getattr(desk, name)
    if name == "DossierFlow":
        from vp_desk.usecases.dossiers import DossierFlow

        return DossierFlow
    raise AttributeError(name)
