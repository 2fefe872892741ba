"""Locking triggers besides Ctrl+L: idle time and the OS session.

- **Idle**: an app-wide event filter restarts a single-shot timer on every key, mouse,
  wheel or touch event; when it fires the window locks with reason ``"idle"``. The delay
  is the ``idle_minutes`` setting (default 5). The timer runs only while unlocked.
- **OS session (Linux, best effort)** through Qt D-Bus: ``org.freedesktop.login1``
  ``PrepareForSleep(true)`` (suspend/hibernate, system bus) and ``Session.Lock``
  (``loginctl lock-session``), and ``ActiveChanged(true)`` of
  ``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver`` (session bus). Each locks
  with reason ``"session"``. Where no bus is reachable nothing happens and the idle timer
  still protects the vault.
- **OS session (Windows)**: session lock, user switch, a dropped remote session and
  suspend, through window messages (see :mod:`vp_desk.security.winsession`).
- macOS: not detected (see README); the idle timer and Ctrl+L apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

DEFAULT_MINUTES = 5
MIN_MINUTES, MAX_MINUTES = 1, 240

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
}


def clamp_minutes(value: object) -> int:
    try:
        n = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return min(max(n, MIN_MINUTES), MAX_MINUTES)


class AutoLock(QObject):
    """Calls ``lock(reason)`` after ``interval_ms`` without user input, or on OS signals."""

    def __init__(self, lock: Callable[[str], None], minutes: int = DEFAULT_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(minutes)
        self.active = False
        self.session_signals: list[str] = []  # which OS signals are connected (for tests/about)

    # -- idle ---------------------------------------------------------------------
    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(clamp_minutes(minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(max(int(ms), 1))
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Watch the user's input (an app-wide event filter, only while a vault is open)."""
        app = QCoreApplication.instance()
        if app is not None and not self.active:
            app.installEventFilter(self)
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self.active:
            app.removeEventFilter(self)
        self.active = False
        self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if self.active and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def _idle(self) -> None:
        if self.active:
            self.active = False
            self._lock("idle")

    def uninstall(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- OS session (D-Bus) ----------------------------------------------------------
    def connect_session_signals(self, window_id: int | None = None) -> list[str]:
        """Listen to the OS where it tells us; ``window_id`` is the main window's native id
        (Windows registers session notifications per window)."""
        if window_id is not None:
            from vp_desk.security import winsession

            self.session_signals += winsession.install(self._lock, window_id)
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing (Windows/macOS builds)
            return []
        wanted = [
            (QDBusConnection.systemBus(), "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
            (QDBusConnection.systemBus(), "org.freedesktop.login1", "",
             "org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
            (QDBusConnection.sessionBus(), "", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
            (QDBusConnection.sessionBus(), "", "/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
            (QDBusConnection.sessionBus(), "", "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
        ]
        for bus, service, path, iface, name, slot in wanted:
            try:
                if bus.isConnected() and bus.connect(service, path, iface, name, self, SLOT(slot)):
                    self.session_signals.append(f"{iface}.{name}")
            except Exception:  # noqa: BLE001 - best effort only
                continue
        return self.session_signals

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._lock("session")

    @Slot()
    def on_session_lock(self) -> None:
        self._lock("session")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self._lock("session")
