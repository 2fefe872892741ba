"""Windows session messages, decoded with the Windows MSG layout on any platform; the
filter is driven the way Qt drives it (event type + pointer to a MSG)."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtCore import QByteArray

from vp_desk.security import winsession as ws


@pytest.mark.parametrize(("message", "wparam", "expected"), [
    (ws.WM_WTSSESSION_CHANGE, ws.WTS_SESSION_LOCK, True),
    (ws.WM_WTSSESSION_CHANGE, ws.WTS_CONSOLE_DISCONNECT, True),
    (ws.WM_WTSSESSION_CHANGE, ws.WTS_REMOTE_DISCONNECT, True),
    (ws.WM_WTSSESSION_CHANGE, 0x8, False),  # WTS_SESSION_UNLOCK
    (ws.WM_WTSSESSION_CHANGE, 0x1, False),  # WTS_CONSOLE_CONNECT
    (ws.WM_POWERBROADCAST, ws.PBT_APMSUSPEND, True),
    (ws.WM_POWERBROADCAST, 0x12, False),  # PBT_APMRESUMEAUTOMATIC
    (0x0100, ws.WTS_SESSION_LOCK, False),  # WM_KEYDOWN with the same number
])
def test_which_messages_lock(message, wparam, expected):
    assert ws.locks(message, wparam) is expected


def test_msg_has_the_windows_x64_layout():
    if ctypes.sizeof(ctypes.c_void_p) != 8:
        pytest.skip("64-bit layout")
    assert ws.MSG.message.offset == 8 and ws.MSG.wParam.offset == 16 and ws.MSG.lParam.offset == 24
    assert ws.MSG.time.offset == 32 and ws.MSG.pt_x.offset == 36 and ctypes.sizeof(ws.MSG) == 48


def test_filter_locks_on_the_next_event_loop_turn_and_lets_the_message_through(qtbot):
    reasons: list[str] = []
    f = ws.SessionMessageFilter(reasons.append)
    lock = ws.MSG(message=ws.WM_WTSSESSION_CHANGE, wParam=ws.WTS_SESSION_LOCK)
    unlock = ws.MSG(message=ws.WM_WTSSESSION_CHANGE, wParam=0x8)
    assert f.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(unlock)) == (False, 0)
    assert f.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(lock)) == (False, 0)
    assert f.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(lock)) == (False, 0)
    assert reasons == []  # not inside the native handler
    qtbot.waitUntil(lambda: reasons == ["session"], timeout=1000)


def test_install_listens_only_on_windows(qapp):
    found = ws.install(lambda _r: None, 0)
    if sys.platform != "win32":
        assert found == []
        return
    try:  # for real: the message filter is in place (window 0 is not one to register for session changes)
        assert found[0] == "WM_POWERBROADCAST.PBT_APMSUSPEND"
        assert set(found) <= {"WM_POWERBROADCAST.PBT_APMSUSPEND", "WM_WTSSESSION_CHANGE"}
        assert ws._installed
    finally:
        for f in ws._installed:
            qapp.removeNativeEventFilter(f)
        ws._installed.clear()
