"""The main window: swaps between welcome, unlock and the vault view.

Locking is one code path (:meth:`MainWindow.lock`) with several triggers: the Lock
action (Ctrl+L), the idle timer and OS session signals. It closes dialogs, clears what
the app put on the clipboard, drops decrypted data from the models and closes the vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from vp_desk import APP_NAME, i18n
from vp_desk.paths import VAULT_SUFFIX, Config
from vp_desk.settings import ConfigKey
from vp_desk.ui.common import seams
from vp_desk.ui.common.messages import translate_error
from vp_desk.ui.common.styles import icon, install_look
from vp_desk.ui.common.worker import run_async
from vp_desk.ui.shell import help as help_texts
from vp_desk.ui.shell.compose import (
    Features,
    compose_after_unlock,
    compose_at_start,
    load_feature_code,
    retranslate_features,
)
from vp_desk.ui.shell.geometry import restore_geometry, saved_geometry
from vp_desk.ui.shell.lock_screen import CreateVaultDialog, UnlockView, WelcomeView
from vp_desk.ui.shell.scrub import forget_shown_text

if TYPE_CHECKING:  # the vault, its use cases and the vault view load at the first unlock, not at start
    from vp_desk.storage.vault import Vault
    from vp_desk.ui.shell.vault_view import VaultView
    from vp_desk.usecases.desk import DeskService

PRELOAD_AFTER_MS = 1000  # the unlock screen is up by then; typing a passphrase takes longer
CHECK_DELAY_MS = 1500  # the full page check starts this long after an unlock



class MainWindow(QMainWindow):
    """The shell. Its surface for the features is :class:`~vp_desk.ui.common.shell.Shell`;
    :func:`~vp_desk.ui.shell.compose.compose` builds them into ``self.features``."""

    locked = Signal()
    unlocked = Signal()
    locking = Signal(str)  # the lock begins: save drafts, clear the clipboard, close windows
    closing = Signal(str)  # nothing decrypted on screen any more; the vault closes next

    def __init__(self, config: Config | None = None, vault_path: Path | None = None,
                 demo_notice: str = "") -> None:
        super().__init__()
        self.config = config or Config()
        self.vault: Vault | None = None
        self.service: DeskService | None = None
        self.check_task: object | None = None  # the background page check after unlocking
        self._unlocked_place: dict = {}  # where the user was at the unlock (to save only a change)
        self.vault_path: Path | None = vault_path or (
            Path(self.config.get(ConfigKey.LAST_VAULT)) if self.config.get(ConfigKey.LAST_VAULT) else None)
        self.demo_notice = demo_notice
        self.setWindowTitle(APP_NAME)
        install_look(QApplication.instance())
        self.setWindowIcon(icon("vp-desk"))
        restore_geometry(self, self.config.get(ConfigKey.WINDOW_GEOMETRY))

        self.welcome = WelcomeView()
        self.unlock_view = UnlockView()
        self.vault_view: VaultView | None = None  # built at the first unlock
        self.stack = QStackedWidget()
        for w in (self.welcome, self.unlock_view):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self.welcome.create_requested.connect(self.create_vault)
        self.welcome.open_requested.connect(self.choose_vault)
        self.unlock_view.unlock_requested.connect(self.unlock)
        self.unlock_view.other_requested.connect(self.choose_vault)
        self.unlock_view.create_requested.connect(self.create_vault)

        self._build_menus()
        self.features: Features = compose_at_start(self)  # the rest after the first unlock
        # the features' code loads in the background once the unlock screen is up
        self._preload = QTimer(self)
        self._preload.setSingleShot(True)
        self._preload.timeout.connect(lambda: run_async(load_feature_code, lambda _r: None, lambda _e: None))
        self._preload.start(PRELOAD_AFTER_MS)
        self._update_actions()
        if self.vault_path and self.vault_path.exists():
            self.show_unlock()
        else:
            self.stack.setCurrentWidget(self.welcome)

    # -- menus --------------------------------------------------------------------
    def _build_menus(self) -> None:
        """Long: every menu and the shell's own actions, one statement each, in menu order; their texts are set by retranslate()."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.dossier_menu = bar.addMenu("")
        self.tools_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        self.new_org_action = QAction(icon("organisation"), "", self)
        self.new_org_action.triggered.connect(self.new_organisation)
        self.edit_org_action = QAction(self)
        self.edit_org_action.triggered.connect(self.edit_organisation)
        self.lock_action = QAction(icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock("manual"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.new_org_action)
        self.file_menu.addAction(self.edit_org_action)
        self.file_menu.addSeparator()
        self.file_menu_end = self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)

        self.find_action = QAction(icon("search"), "", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(lambda: self.vault_view is not None and self.vault_view.focus_search())
        self.dossier_menu.addAction(self.find_action)

        self.goto_menu = self.view_menu.addMenu("")  # the navigation's entries (Alt+1…)
        lang_menu = self.view_menu.addMenu("")
        for code, label in i18n.LANGUAGES.items():
            act = QAction(label, self, checkable=True)
            act.setChecked(code == i18n.current_language())
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            lang_menu.addAction(act)
        self.language_menu = lang_menu

        self.shortcuts_action = QAction(icon("help"), "", self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self.vault_actions: list[QAction] = [self.new_org_action, self.edit_org_action, self.lock_action,
                                             self.find_action]
        self.retranslate()

    def retranslate(self) -> None:
        """The shell's texts in the current language: its menus and actions, the start
        screens and, once unlocked, the vault view and the dossier feature (View → Language
        takes effect at once; a tool window already open keeps its language until reopened)."""
        for menu, text in ((self.file_menu, self.tr("&File")), (self.dossier_menu, self.tr("&Dossier")),
                           (self.tools_menu, self.tr("&Tools")), (self.view_menu, self.tr("&View")),
                           (self.help_menu, self.tr("&Help")), (self.goto_menu, self.tr("&Go to")),
                           (self.language_menu, self.tr("&Language"))):
            menu.setTitle(text)
        for action, text in ((self.new_org_action, self.tr("New &organisation…")),
                             (self.edit_org_action, self.tr("&Edit organisation…")), (self.lock_action, self.tr("&Lock")),
                             (self.quit_action, self.tr("&Quit")), (self.find_action, self.tr("&Find…")),
                             (self.shortcuts_action, self.tr("&Keyboard shortcuts")),
                             (self.about_action, self.tr("&About VP Desk"))):
            action.setText(text)

    def add_vault_action(self, action: QAction) -> None:
        """Actions that only make sense while a vault is unlocked."""
        self.vault_actions.append(action)
        action.setEnabled(self.service is not None)

    def _update_actions(self) -> None:
        for a in self.vault_actions:
            a.setEnabled(self.service is not None)

    # -- vault life cycle ---------------------------------------------------------
    def show_unlock(self) -> None:
        if self.vault_path is None:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.unlock_view.set_vault(self.vault_path)
        self.unlock_view.set_notice(self.demo_notice)
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.focus()

    def choose_vault(self) -> None:
        start = str(self.vault_path.parent) if self.vault_path else str(Path.home())
        path = seams.open_path(self, self.tr("Open a vault"), start,
                               self.tr("VP Desk vault (*%s);;All files (*)") % VAULT_SUFFIX)
        if path:
            self.vault_path = Path(path)
            self.show_unlock()

    def create_vault(self) -> None:
        dlg = CreateVaultDialog(self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            path, phrase = dlg.values()
            try:
                from vp_desk.usecases import session

                desk = session.create_vault(path, phrase)
            except Exception as exc:  # noqa: BLE001 - shown inline, dialog stays open
                dlg.show_error(translate_error(exc))
                continue
            self.vault_path = path
            self.config.set(ConfigKey.LAST_VAULT, str(path))
            self._opened(desk)
            if not self.service.has_organisations():
                self.new_organisation()
            return

    def unlock(self, passphrase: str) -> None:
        if self.vault_path is None:
            return
        path = self.vault_path
        self.unlock_view.clear_error()
        self.unlock_view.set_busy(True)
        from vp_desk.usecases import session

        run_async(lambda: session.open_vault(path, passphrase), lambda d: self._opened(d, check_with=passphrase),
                  self._unlock_failed)

    def unlock_now(self, passphrase: str, check: bool = False) -> None:
        """Synchronous unlock (command-line start, tests); ``check`` starts the background
        damage check as an interactive unlock does."""
        from vp_desk.usecases import session

        self._opened(session.open_vault(self.vault_path, passphrase), check_with=passphrase if check else None)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_view.show_error(translate_error(exc))

    def _opened(self, desk: DeskService, check_with: str | None = None) -> None:
        self.unlock_view.set_busy(False)
        self.unlock_view.passphrase.setText("")  # unlike clear(), drops the typed keys from its undo history
        self.vault = desk.vault  # the handle the lock path closes (and tests look at)
        self.service = desk
        if self.demo_notice == "":
            self.config.set(ConfigKey.LAST_VAULT, str(desk.vault_path))
        from vp_desk.usecases.place import load_place

        place = self._unlocked_place = load_place(desk)
        self._vault_view().attach(self.service, place)
        compose_after_unlock(self, self.features)
        self.stack.setCurrentWidget(self.vault_view)
        self.vault_view.table.setFocus()
        self.vault_view.restore_place(place)
        self._update_actions()
        self.status_label.setText(str(desk.vault_path.name))
        if desk.migrated_from is not None:
            self.statusBar().showMessage(self.tr("The vault was updated to the current format; a copy of "
                                                 "the old file was kept beside it."), 10000)
        if desk.journal_warning:
            seams.inform(self, self.tr("Changes lost in a crash"), self.tr(
                "VP Desk was stopped before it could finish saving, and the last change(s) made "
                "before that could not be read back; they are not in the vault. Check your most "
                "recent work."), QMessageBox.Icon.Warning)
        if check_with is not None:
            # once the lists are shown (the check reads the whole file and would compete with them)
            QTimer.singleShot(CHECK_DELAY_MS, lambda: self._start_check(desk, check_with))
        self.unlocked.emit()

    def _start_check(self, desk: DeskService, passphrase: str) -> None:
        from vp_desk.usecases import session

        if desk is self.service and desk.is_open:
            self.check_task = run_async(lambda: session.file_problems(desk.vault_path, passphrase),
                                        lambda problems: self._checked(desk, problems), lambda _exc: None)

    def _checked(self, desk: DeskService, problems: list[str]) -> None:
        """The full page check after unlocking (run in the background) found damage:
        nothing more is written to this vault, and the user is told to restore a backup."""
        self.check_task = None
        if not problems or desk is not self.service or not desk.is_open:
            return
        desk.mark_damaged(problems[0])
        seams.inform(self, self.tr("The vault is damaged"), self.tr(
            "VP Desk found damage in the vault file (a page that no longer matches its checksum). "
            "To protect what is still readable, nothing more will be saved to it. Restore a backup "
            "(File → Restore from backup…); you can still read and note down what you need first."),
            QMessageBox.Icon.Critical)

    def _vault_view(self) -> VaultView:
        """The vault view, built at the first unlock (the unlock screen does not need it)."""
        if self.vault_view is None:
            from vp_desk.ui.shell.vault_view import VaultView

            self.vault_view = VaultView(self.goto_menu)
            self.stack.addWidget(self.vault_view)
        return self.vault_view

    def lock(self, reason: str = "manual") -> None:
        """The one lock path. Safe to call when already locked."""
        if self.vault is None:
            return
        # save drafts inside the vault, clear the clipboard, close feature windows (a slot
        # that fails is reported by Qt and does not stop the lock)
        self._save_place()
        self.locking.emit(reason)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        if self.vault_view is not None:
            self.vault_view.clear()
        self.show_unlock()
        self.service = None
        self.closing.emit(reason)
        try:
            self.vault.close()
        finally:
            self.vault = None
        self._update_actions()
        self.status_label.clear()
        self.locked.emit()
        self.forget_shown_text()

    def _save_place(self) -> None:
        """Keep the organisation, filters, search text, dossier and page inside the vault, so
        that the next unlock (after an idle lock) brings the user back to them."""
        if self.vault_view is None or self.service is None or self.features.dossiers is None:
            return
        from vp_desk.usecases.place import save_place

        place = self.vault_view.place(self.features.dossiers.current_dossier_id())
        before, self._unlocked_place = self._unlocked_place, {}
        def kept(p: dict) -> dict:
            return {k: v for k, v in p.items() if v not in (None, "")}

        if kept(place) != kept(before):  # no write when nothing moved
            save_place(self.service, place)

    def forget_shown_text(self) -> None:
        """After a lock: drop every decrypted text still held by a widget (see :mod:`scrub`)."""
        forget_shown_text(self)

    # -- organisations ------------------------------------------------------------
    def new_organisation(self) -> None:
        if self.service is None:
            return
        from vp_desk.ui.organisation.dialog import OrganisationDialog

        dlg = OrganisationDialog(self.service, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.vault_view.reload_organisations(select=dlg.org.id)
            self.vault_view.reload()

    def edit_organisation(self) -> None:
        if self.service is None:
            return
        org_id = self.vault_view.current_org_id()
        if org_id is None:
            seams.inform(self, self.tr("Edit organisation"),
                         self.tr("Choose an organisation in the list at the top first."))
            return
        from vp_desk.ui.organisation.dialog import OrganisationDialog

        dlg = OrganisationDialog(self.service, self.service.organisation(org_id), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.vault_view.reload_organisations(select=org_id)
            self.vault_view.reload()

    # -- language & help ----------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Use ``code`` from now on: the shell, the lists and the dossier in view are
        retranslated at once; it is also the language of the next start."""
        self.config.set(ConfigKey.LANGUAGE, code)
        code = i18n.install(QApplication.instance(), code)
        for act in self.language_menu.actions():
            act.setChecked(act.text() == i18n.LANGUAGES[code])
        self.retranslate()
        self.welcome.retranslate()
        self.unlock_view.retranslate()
        if self.vault_view is not None:
            retranslate_features(self, self.features)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return help_texts.shortcut_rows((self.file_menu, self.dossier_menu, self.tools_menu, self.view_menu,
                                         self.goto_menu, self.help_menu))

    def show_shortcuts(self) -> None:
        seams.inform(self, self.tr("Keyboard shortcuts"), help_texts.shortcuts_table(self.shortcut_rows()))

    def show_about(self) -> None:
        seams.inform(self, self.tr("About VP Desk"), help_texts.about_text())

    # -- closing ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.config.set(ConfigKey.WINDOW_GEOMETRY, saved_geometry(self))
        self.lock("quit")
        super().closeEvent(event)

