"""Windows: lock when the session locks (Win+L, switching user, a remote session dropped) and
when the machine suspends.

Windows reports session changes to a window only after
``WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)``; they arrive as
``WM_WTSSESSION_CHANGE`` with the kind of change in ``wParam``. Suspend arrives at every
top-level window as ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND``. Qt hands each native message
to a :class:`QAbstractNativeEventFilter` as ``"windows_generic_MSG"`` with a pointer to the
``MSG``; the filter reads it with ctypes (no new dependency) and locks on the next turn of
the event loop, outside the native handler.

The decoding is plain ctypes and is tested on every platform; only the registration call
needs Windows.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QTimer

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0

_LOCKING_SESSION_CHANGES = {WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT}


class MSG(ctypes.Structure):
    """The Win32 ``MSG`` (winuser.h), spelled with fixed-size types so that it has the
    Windows layout wherever the tests run (``LONG`` is 32 bits on Windows)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32), ("wParam", ctypes.c_size_t),
                ("lParam", ctypes.c_ssize_t), ("time", ctypes.c_uint32), ("pt_x", ctypes.c_int32),
                ("pt_y", ctypes.c_int32)]


def locks(message: int, wparam: int) -> bool:
    """Whether this window message means the vault must lock now."""
    if message == WM_WTSSESSION_CHANGE:
        return wparam in _LOCKING_SESSION_CHANGES
    return message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND


class SessionMessageFilter(QAbstractNativeEventFilter):
    def __init__(self, lock: Callable[[str], None]) -> None:
        super().__init__()
        self._lock = lock

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt override
        if message and bytes(event_type) == b"windows_generic_MSG":
            msg = MSG.from_address(int(message))
            if locks(msg.message, msg.wParam):
                QTimer.singleShot(0, lambda: self._lock("session"))
        return False, 0  # never swallow the message: Windows and Qt still see it


_installed: list[SessionMessageFilter] = []  # the filter must outlive this call


def install(lock: Callable[[str], None], window_id: int) -> list[str]:
    """On Windows, start listening; returns what is listened to (empty elsewhere)."""
    if sys.platform != "win32":
        return []
    app = QCoreApplication.instance()
    if app is None:
        return []
    f = SessionMessageFilter(lock)
    app.installNativeEventFilter(f)
    _installed.append(f)
    found = ["WM_POWERBROADCAST.PBT_APMSUSPEND"]
    with contextlib.suppress(Exception):  # best effort: the idle timer still protects the vault
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        register = wtsapi32.WTSRegisterSessionNotification
        register.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        register.restype = ctypes.c_int
        if register(ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION):
            found.append("WM_WTSSESSION_CHANGE")
    return found
