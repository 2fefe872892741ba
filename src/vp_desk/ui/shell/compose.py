"""The one place that builds the features and wires them into the shell: their actions
in the menus, the lock and unlock signals, and the tool windows each menu opens.

Features never import the shell or one another; each receives the shell (as
:class:`~vp_desk.ui.common.shell.Shell`) and reads the use-case door from it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from vp_desk.ui.common import seams
from vp_desk.ui.common.shell import Shell
from vp_desk.ui.common.styles import icon
from vp_desk.ui.security.controller import SecurityController

if TYPE_CHECKING:  # imported when a vault is first unlocked: the unlock screen needs none of them
    from vp_desk.ui.dossier.controller import DossierController
    from vp_desk.ui.reports.window import ReportWindow


class ToolWindows:
    """The feature windows opened from the menus (report, register, role, erasure, blank
    forms, paper documents, access view): kept while open, closed at a lock."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.open: list[QWidget] = []
        self.report: ReportWindow | None = None

    def keep(self, w: QWidget) -> QWidget:
        self.open.append(w)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.destroyed.connect(lambda *_: self.open.remove(w) if w in self.open else None)
        w.show()
        return w

    def open_report(self) -> None:
        from vp_desk.ui.reports.window import ReportWindow

        shell = self.shell
        if shell.service is None:
            return
        dlg = ReportWindow(shell.service, shell, shell.vault_view.current_org_id())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = dlg
        dlg.show()

    def _dossier(self) -> int | None:
        d = self.shell.vault_view.selected_dossier_id()
        if d is None:
            seams.inform(self.shell, QCoreApplication.translate("RegisterMenus", "Dossier"), QCoreApplication.translate("RegisterMenus", "Select a dossier in the list first."))
        return d

    def open_papers(self) -> None:
        from vp_desk.ui.access.window import PaperDocumentsDialog

        d = self._dossier()
        if d is not None:
            self.keep(PaperDocumentsDialog(self.shell.service, d, self.shell))

    def open_access(self) -> None:
        from vp_desk.ui.access.window import AccessView

        d = self._dossier()
        if d is not None:
            self.keep(AccessView(self.shell.service, d, self.shell))

    def close_all(self, _reason: str = "") -> None:
        if self.report is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.report.wait_idle()  # a report being written ends before the vault closes
                self.report.preview.clear()
                self.report.close()
            self.report = None
        for w in list(self.open):
            with contextlib.suppress(RuntimeError):
                if hasattr(w, "shutdown"):
                    w.shutdown()
                w.close()
                w.deleteLater()
        self.open.clear()
        from vp_desk.ui.register.inspection import close_inspections

        close_inspections()


@dataclass
class ToolActions:
    report: QAction
    register: QAction
    role: QAction
    erasure: QAction
    blank_forms: QAction
    papers: QAction
    access: QAction
    signals: QAction | None = None


@dataclass
class Features:
    """Everything the composition built, for the shell (and the tests) to reach by name.
    ``security`` serves the unlock screen and exists from the start; the others are built
    at the first unlock."""

    security: SecurityController
    dossiers: DossierController | None = None
    windows: ToolWindows | None = None
    actions: ToolActions | None = None
    # (action, translation context, English source) of the actions named here, for a change of language
    texts: list[tuple[QAction, str, str]] = field(default_factory=list)


def _action(shell: Shell, menu, text: str | tuple[str, str], slot: Callable[[], object],
            shortcut: str | None = None, texts: list | None = None) -> QAction:
    """A menu action enabled while a vault is unlocked; ``text`` as (context, source) is
    translated now and again after a change of language (kept in ``texts``)."""
    a = QAction(shell)
    _name(a, text, texts)
    if shortcut:
        a.setShortcut(QKeySequence(shortcut))
    a.triggered.connect(lambda: shell.service is not None and slot())
    menu.addAction(a)
    shell.add_vault_action(a)
    return a


def _place_dossier_actions(shell: Shell, dossiers: DossierController, security: SecurityController) -> None:
    menu = shell.dossier_menu
    first = menu.actions()[0] if menu.actions() else None
    for act in dossiers.intake_actions:
        menu.insertAction(first, act)
    if first is not None:
        menu.insertSeparator(first)
    menu.addSeparator()
    for act in dossiers.record_actions:
        menu.addAction(act)
    shell.file_menu.insertAction(security.backup_action, dossiers.delete_org_action)
    for act in dossiers.vault_actions:
        shell.add_vault_action(act)


def _place_security_actions(shell: Shell, security: SecurityController) -> None:
    for act, name in ((security.backup_action, "backup"), (security.restore_action, "restore"),
                      (security.settings_action, "settings"), (security.change_action, "lock")):
        act.setIcon(icon(name))
    for act in (security.backup_action, security.restore_action, security.change_action):
        shell.file_menu.insertAction(shell.file_menu_end, act)
    shell.tools_menu.addAction(security.settings_action)
    for act in security.vault_actions:
        shell.add_vault_action(act)


def _name(action: QAction, text: str | tuple[str, str], texts: list | None) -> None:
    if isinstance(text, str):
        action.setText(text)
        return
    action.setText(QCoreApplication.translate(*text))
    if texts is not None:
        texts.append((action, *text))


def _report_action(shell: Shell, windows: ToolWindows, security: SecurityController, texts: list) -> QAction:
    report = QAction(icon("reports"), "", shell)
    _name(report, ("MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Yearly &report…")), texts)
    report.setShortcut(QKeySequence("Ctrl+R"))
    report.triggered.connect(windows.open_report)
    shell.tools_menu.insertAction(security.settings_action, report)
    shell.add_vault_action(report)
    return report


def _place_navigation(shell: Shell, features: Features) -> None:
    """The left navigation: the day's pages, then the tool windows (one line each; a new
    screen adds its own entry the same way)."""
    nav, acts, dossiers = shell.vault_view.navigation, features.actions, features.dossiers
    nav.add_page("todo", lambda: QCoreApplication.translate("Navigation", "To do"), "todo", dossiers.due_panel)
    dossiers.due_panel.counted.connect(lambda n: nav.set_badge("todo", n))
    nav.add_window("register", lambda: QCoreApplication.translate("Navigation", "Register"), "register", acts.register)
    nav.add_window("role", lambda: QCoreApplication.translate("Navigation", "My role"), "role", acts.role)
    nav.add_window("reports", lambda: QCoreApplication.translate("Navigation", "Reports"), "reports", acts.report)
    nav.add_window("signals", lambda: QCoreApplication.translate("Navigation", "Signals"), "signals", acts.signals)


def load_feature_code() -> None:
    """Import the features' code (no widget is made) off the GUI thread while the unlock
    screen waits for the passphrase, so that the first unlock only builds them."""
    import vp_desk.ui.access.window  # noqa: F401
    import vp_desk.ui.dossier.controller  # noqa: F401
    import vp_desk.ui.organisation.dialog  # noqa: F401
    import vp_desk.ui.register.window  # noqa: F401
    import vp_desk.ui.reports.window  # noqa: F401
    import vp_desk.ui.retention.window  # noqa: F401
    import vp_desk.ui.role.window  # noqa: F401
    import vp_desk.ui.shell.vault_view  # noqa: F401
    import vp_desk.ui.signals.window  # noqa: F401
    import vp_desk.usecases.session  # noqa: F401


def compose_at_start(shell: Shell) -> Features:
    """What the unlock screen needs: the security controller (keychain unlock, restore,
    settings, auto-lock)."""
    security = SecurityController(shell)
    _place_security_actions(shell, security)
    shell.unlocked.connect(security.on_unlocked)
    shell.locking.connect(security.on_lock)
    shell.closing.connect(security.on_closing)
    return Features(security=security)


def compose_after_unlock(shell: Shell, features: Features) -> None:
    """Build the vault's features at the first unlock (once), put their actions in the
    menus and connect the signals. At a lock the ``locking`` slots run in the order they
    were connected: security (auto-lock, clipboard), dossier drafts, feature windows."""
    if features.dossiers is not None:
        return
    from vp_desk.ui.dossier.controller import DossierController
    from vp_desk.ui.register.window import RegisterWindow
    from vp_desk.ui.retention.window import BlankFormsDialog, RetentionWindow
    from vp_desk.ui.role.window import RoleWindow
    from vp_desk.ui.signals.window import SignalsWindow

    security = features.security
    dossiers = DossierController(shell)
    _place_dossier_actions(shell, dossiers, security)
    windows = ToolWindows(shell)
    texts = features.texts
    report = _report_action(shell, windows, security, texts)
    svc, org, tools = (lambda: shell.service), (lambda: shell.vault_view.current_org_id()), shell.tools_menu
    tools.addSeparator()
    register = _action(shell, tools, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "Re&gister of third-party facts…")),
                       lambda: windows.keep(RegisterWindow(svc(), shell, org())), "Ctrl+Shift+G", texts)
    role = _action(shell, tools, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "&My role…")),
                   lambda: windows.keep(RoleWindow(svc(), shell, org())), "Ctrl+Shift+M", texts)
    erasure = _action(shell, tools, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "Due for &erasure…")),
                      lambda: windows.keep(RetentionWindow(svc(), shell, shell.vault_view)), None, texts)
    blank_forms = _action(shell, tools, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "&Blank forms…")),
                          lambda: windows.keep(BlankFormsDialog(shell)), None, texts)
    shell.dossier_menu.addSeparator()
    papers = _action(shell, shell.dossier_menu, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "&Paper documents…")),
                     windows.open_papers, None, texts)
    access = _action(shell, shell.dossier_menu, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "&Access view…")),
                     windows.open_access, None, texts)
    features.dossiers, features.windows = dossiers, windows
    signals = _action(shell, tools, ("RegisterMenus", QT_TRANSLATE_NOOP("RegisterMenus", "Signals and &advice…")),
                      lambda: windows.keep(SignalsWindow(svc(), shell, org())), "Ctrl+Shift+S", texts)
    features.actions = ToolActions(report, register, role, erasure, blank_forms, papers, access, signals)
    _place_navigation(shell, features)
    shell.unlocked.connect(dossiers.refresh_due)
    shell.locking.connect(dossiers.on_lock)
    shell.locking.connect(windows.close_all)


# the security controller's actions exist from the start, named in its own translation context
SECURITY_TEXTS = (("backup_action", QT_TRANSLATE_NOOP("SecurityController", "&Back up to…")),
                  ("restore_action", QT_TRANSLATE_NOOP("SecurityController", "&Restore from backup…")),
                  ("change_action", QT_TRANSLATE_NOOP("SecurityController", "Change &passphrase…")),
                  ("settings_action", QT_TRANSLATE_NOOP("SecurityController", "&Settings…")))


def retranslate_features(shell: Shell, features: Features) -> None:
    """After a change of language: the features' menu actions, the navigation and the
    vault view, the lists (catalog labels follow the language) and the dossier in view."""
    for name, source in SECURITY_TEXTS:
        getattr(features.security, name).setText(QCoreApplication.translate("SecurityController", source))
    for action, context, source in features.texts:
        action.setText(QCoreApplication.translate(context, source))
    shell.vault_view.retranslate()
    if features.dossiers is not None:
        features.dossiers.retranslate()
    if shell.service is not None:
        shell.vault_view.reload_organisations()
        shell.vault_view.reload()
        if features.dossiers is not None:
            features.dossiers.refresh_due()
