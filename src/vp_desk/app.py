"""Entry point: hardening, arguments, QApplication.

    vp-desk                     the app (opens the last vault, or offers to create one)
    vp-desk --demo              a throwaway vault in a temporary folder, filled with demo data
    vp-desk --vault PATH        open this vault
    vp-desk --lang nl|fr|en     the interface language (default: the saved choice, Dutch)
    vp-desk demo-data|report|backup|verify …   the command line (see vp_desk.cli)
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

DEMO_PASSPHRASE = "demo"
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def harden() -> None:
    """Owner-only files; no core dumps or crash reports that could hold decrypted notes."""
    os.umask(0o077)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):  # no core dumps, and other processes of the same
        with contextlib.suppress(OSError, AttributeError):  # user cannot ptrace/read our memory
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 0
    if sys.platform == "win32":  # a crash report (Windows Error Reporting) leaves out the heap,
        with contextlib.suppress(OSError, AttributeError):  # where decrypted notes live
            import ctypes

            ctypes.WinDLL("kernel32").WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="vp-desk", description="VP Desk")
    p.add_argument("--demo", action="store_true", help="open a throwaway vault with synthetic data")
    p.add_argument("--vault", type=Path, help="the vault to open")
    p.add_argument("--lang", choices=("nl", "fr", "en"), help="interface language")
    p.add_argument("--demo-dossiers", type=int, default=120, help=argparse.SUPPRESS)
    return p.parse_args(list(argv))


def make_demo_vault(folder: Path, dossiers: int = 120) -> Path:
    from vp_desk import demo
    from vp_desk.storage.vault import Vault

    path = folder / "demo.vpvault"
    with Vault.create(path, DEMO_PASSPHRASE) as vault:
        demo.fill(vault, dossiers, orgs=3, years=3, seed=2026)
    return path


def _quit_on_signals(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, ``kill``), SIGHUP and Ctrl+C end VP Desk as Quit does:
    drafts saved inside the vault, the automatic backup, the vault closed. Python runs signal
    handlers only when it gets control, so the signal also writes to a socket that Qt watches."""
    if sys.platform == "win32":
        return
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: receiver.recv(64))  # back in Python: the handler runs
    _SIGNAL_WAKEUP.extend([receiver, sender, notifier])


_SIGNAL_WAKEUP: list[object] = []  # kept alive for the life of the app


def _install_excepthook() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from vp_desk.ui.common import seams

    def hook(exc_type, exc, tb) -> None:
        # No case data in the message: only the kind of error. Details go to stderr for
        # developers when VP_DESK_DEBUG is set; never to a file.
        if os.environ.get("VP_DESK_DEBUG"):
            traceback.print_exception(exc_type, exc, tb)
        if QApplication.instance() is None:
            return
        seams.inform(
            None, QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App", "Something unexpected went wrong ({kind}). Your vault is safe: every saved change "
                "is kept; only the edit in progress may need to be done again.").format(kind=exc_type.__name__),
            QMessageBox.Icon.Critical)

    sys.excepthook = hook


def run_gui(argv: Sequence[str]) -> int:
    args = _gui_args(argv)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from vp_desk import APP_ID, APP_NAME, i18n
    from vp_desk.paths import Config
    from vp_desk.settings import ConfigKey

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ID)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = Config()
    i18n.install(app, args.lang or config.get(ConfigKey.LANGUAGE) or "nl")
    _install_excepthook()

    from vp_desk.ui.shell.window import MainWindow

    demo_dir: Path | None = None
    try:
        if args.demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="vp-desk-demo-"))
            path = make_demo_vault(demo_dir, args.demo_dossiers)
            notice = QCoreApplication.translate(
                "App", "Demo vault with invented data; its passphrase is “{p}”. It is deleted when you quit.").format(
                p=DEMO_PASSPHRASE)
            window = MainWindow(config, vault_path=path, demo_notice=notice)
            window.unlock_now(DEMO_PASSPHRASE)
        else:
            window = MainWindow(config, vault_path=args.vault)
        app.aboutToQuit.connect(lambda: window.lock("quit"))  # also when the session ends or a signal quits
        _quit_on_signals(app)
        window.show()
        if os.environ.get("VP_DESK_BENCH_SHOWN"):  # benchmarks/run.py: time to the first screen
            import time

            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: (print("SHOWN", time.time(), flush=True), app.quit()))
        return app.exec()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    harden()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-"):
        from vp_desk import cli  # the window never loads the command line

        return cli.main(argv)
    try:
        return run_gui(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


if __name__ == "__main__":
    sys.exit(main())
