#!/usr/bin/env python3
"""Screenshots of every screen, on invented demo data, for the README and docs/screens/.

    .venv/bin/python tools/screenshots.py                # Dutch (the default language), both sizes
    .venv/bin/python tools/screenshots.py --lang en --out /tmp/shots --only intake

Runs offscreen (no display needed): builds a throwaway demo vault in a temporary folder
(deleted at the end), opens the real main window on it and saves each screen as
``<out>/<name>-<width>x<height>.png`` at 1366x768 and 1920x1080 (the screen the windows are
fitted to). A screen that fails is reported and skipped; the exit status says whether any
failed. Message boxes are answered "No" so that nothing waits for a click.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))
OUT = ROOT / "docs" / "screens"


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint (and deferred work run) for ``ms`` milliseconds. (An event
    loop, not a busy loop of processEvents(): PySide6 6.x mis-counts None's references in
    that one and aborts after a few thousand calls.)"""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], ms: int = 60_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < ms:
        settle(50)


class Shooter:
    """Opens the main window on the demo vault and saves one PNG per screen and size."""

    def __init__(self, out: Path, folder: Path) -> None:
        from vp_desk.app import DEMO_PASSPHRASE, make_demo_vault
        from vp_desk.paths import Config
        from vp_desk.ui.shell.window import MainWindow

        self.out, self.failed = out, []
        self.path = make_demo_vault(folder, 120)
        self.passphrase = DEMO_PASSPHRASE
        self.window = MainWindow(Config(folder / "config.json"), vault_path=self.path)
        self.window.show()

    # -- helpers ------------------------------------------------------------------
    def save(self, widget: QWidget, name: str, size: tuple[int, int]) -> None:
        settle()
        target = self.out / f"{name}-{size[0]}x{size[1]}.png"
        if not widget.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        print("saved", target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)

    def shot(self, name: str, size: tuple[int, int], make: Callable[[], QWidget | None]) -> None:
        """``make`` shows a window (or returns the main window); it is saved, then closed."""
        from vp_desk.ui.common import seams

        try:
            widget = make()
            if widget is None:
                raise RuntimeError("nothing to show")
            if hasattr(widget, "working"):  # the report window prepares its preview in the background
                wait_until(lambda: not widget.working)
            self.save(widget, name, size)
            if widget is not self.window:
                widget.close()
        except Exception:  # noqa: BLE001 - report it and go on with the next screen
            self.failed.append(f"{name} {size}")
            traceback.print_exc()
        seams.reset()
        seams.preset_screen(QRect(0, 0, *size))
        for top in QApplication.topLevelWidgets():  # a dialog left open by a failure
            if top is not self.window and top.isVisible():
                top.close()
        settle(50)

    def dossier(self, profile: str | None = None):
        """An open dossier with a few records (of an organisation of ``profile``), shown beside the list."""
        svc = self.window.service
        orgs = {o.id for o in svc.organisations() if profile in (None, o.profile)}
        best = max((s for s in svc.dossier_summaries() if s.status.value == "open" and s.org_id in orgs),
                   key=lambda s: (s.intake_date is not None, s.last_activity or s.request_date))
        self.window.vault_view.select_dossier(best.id)
        self.window.features.dossiers.open_dossier(best.id)
        return svc.dossier(best.id)

    def dialog(self, action_name: str) -> Callable[[], QWidget | None]:
        def make():
            self.dossier()
            c = self.window.features.dossiers
            getattr(c, action_name).trigger()
            return c.dialog
        return make

    # -- the screens --------------------------------------------------------------
    def main_screens(self, size: tuple[int, int]) -> None:
        w = self.window
        w.resize(*size)
        self.shot("lock-screen", size, lambda: w)
        w.unlock_now(self.passphrase)
        settle(300)
        vv = w.vault_view
        vv.table.setFocus()
        self.shot("dossier-list", size, lambda: w)
        self.shot("dossier-detail", size, lambda: (self.dossier(), w)[-1])
        self.shot("to-do", size, lambda: (vv.navigation.show_page("todo"), w)[-1])
        vv.navigation.show_page("dossiers")

    def dialogs(self, size: tuple[int, int]) -> None:
        c = self.window.features.dossiers
        for name, action in (("intake", "new_intake_action"), ("intake-edit", "edit_intake_action"),
                             ("contact", "contact_action"), ("consent", "consent_action"),
                             ("intervention", "intervention_action"), ("referral", "referral_action"),
                             ("close-or-reopen", "close_action")):
            self.shot(name, size, self.dialog(action))
            c.dialog = None

    def tool_windows(self, size: tuple[int, int]) -> None:
        """Long: one line per tool window, in the order of the README's gallery."""
        from vp_desk.ui.access.window import AccessView, PaperDocumentsDialog
        from vp_desk.ui.organisation.dialog import OrganisationDialog
        from vp_desk.ui.register.inspection import InspectionView
        from vp_desk.ui.register.window import RegisterWindow
        from vp_desk.ui.reports.window import ReportWindow
        from vp_desk.ui.retention.window import BlankFormsDialog, RetentionWindow
        from vp_desk.ui.role.window import RoleWindow
        from vp_desk.ui.security.dialogs import (
            ChangePassphraseDialog,
            RestoreDialog,
            SettingsDialog,
        )
        from vp_desk.ui.shell.lock_screen import CreateVaultDialog
        from vp_desk.ui.signals.dialog import SignalDialog
        from vp_desk.ui.signals.window import SignalsWindow

        w = self.window
        svc, keychain = w.service, w.features.security.keychain
        be = next(o.id for o in svc.organisations() if o.profile == "BE")
        _register_entries(svc, be)
        screens: list[tuple[str, Callable[[], QWidget]]] = [
            ("register", lambda: RegisterWindow(svc, w, be)),
            ("register-inspection", lambda: InspectionView(svc, be, w)),
            ("my-role", lambda: RoleWindow(svc, w, be)),
            ("report", lambda: ReportWindow(svc, w, be)),
            ("signals", lambda: SignalsWindow(svc, w, be)),
            ("signal", lambda: SignalDialog(svc, be, parent=w)),
            ("access-view", lambda: AccessView(svc, self.dossier("BE").id, w)),
            ("paper-documents", lambda: PaperDocumentsDialog(svc, self.dossier("BE").id, w)),
            ("retention", lambda: RetentionWindow(svc, w, w.vault_view)),
            ("blank-forms", lambda: BlankFormsDialog(w)),
            ("organisation", lambda: OrganisationDialog(svc, svc.organisation(be), parent=w)),
            ("settings", lambda: SettingsDialog(w, keychain)),
            ("change-passphrase", lambda: ChangePassphraseDialog(w, keychain)),
            ("restore", lambda: RestoreDialog(w)),
            ("create-vault", lambda: CreateVaultDialog(w)),
        ]
        for name, make in screens:
            self.shot(name, size, lambda make=make: _shown(make()))

    def run(self, sizes, only: set[str]) -> None:
        from vp_desk.ui.common import seams

        for size in sizes:
            seams.preset_screen(QRect(0, 0, *size))
            self.main_screens(size)
            self.dialogs(size)
            self.tool_windows(size)
            self.window.lock()
        if only:
            for png in self.out.glob("*.png"):
                if png.name.rsplit("-", 1)[0] not in only:
                    png.unlink()


def _register_entries(service, org_id: int) -> None:
    """A few invented entries in the register of facts by third parties (the demo has none)."""
    from datetime import timedelta

    from vp_desk.domain.models import RegisterEntry
    from vp_desk.usecases.register import RegisterBook

    book, today = RegisterBook(service), service.today()
    if book.entries(org_id):
        return
    for days, types, capacity, place in ((90, ("violence",), "patient", "Afdeling B2"),
                                         (45, ("harassment",), "visitor", "Onthaal"),
                                         (12, ("sexual", "harassment"), "client", "Cafetaria")):
        day = today - timedelta(days=days)
        book.save(RegisterEntry(org_id, day, day - timedelta(days=2), None, types, place, capacity,
                                "Verzonnen voorbeeld voor de schermafdrukken.", measures="Gesprek met de leiding."))


def _shown(widget: QWidget) -> QWidget:
    widget.show()
    return widget


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", default="nl", choices=("nl", "fr", "en"))
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--only", nargs="*", default=[], help="screen names to keep (default: all)")
    args = p.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    from vp_desk import i18n

    i18n.install(app, args.lang)
    QMessageBox.exec = lambda _self: QMessageBox.StandardButton.No  # nothing waits for a click
    folder = Path(tempfile.mkdtemp(prefix="vp-desk-shots-"))
    os.environ["VP_DESK_CONFIG_DIR"] = str(folder / "config")  # this computer's config stays untouched
    os.environ["VP_DESK_DATA_DIR"] = str(folder / "data")
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        shooter = Shooter(args.out, folder)
        shooter.run(SIZES, set(args.only))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if shooter.failed:
        print("failed:", ", ".join(shooter.failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
