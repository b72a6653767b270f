"""SIGTERM and the like quit desk once, as its Quit does, however often they come."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk.app.quit_signals import QuitOnSignals, leave_event_loops
from tests.ui.test_settings_dialog import _december_dialog, _type_day


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_a_second_sigterm_while_quitting_asks_nothing_more(qtbot: QtBot) -> None:
    # desk takes up to half a minute to stop (an attachment finishing): a second SIGTERM
    # or Ctrl+C meanwhile ended it half-way, which is what quitting cleanly avoids.
    asked: list[str] = []
    quitting = QuitOnSignals(lambda: asked.append("quit"))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: asked == ["quit"], timeout=5000)
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.wait(50)  # lets a second quit, if one were asked for, come through
        assert asked == ["quit"]
    finally:
        quitting.close()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, "given back on close"


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_a_signal_ignored_before_desk_starts_stays_ignored(qtbot: QtBot) -> None:
    # `nohup desk &`: the shell's SIGHUP at logout must not quit it (tester).
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    asked: list[str] = []
    quitting = QuitOnSignals(lambda: asked.append("quit"))
    try:
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: asked == ["quit"], timeout=5000)
    finally:
        quitting.close()
        signal.signal(signal.SIGHUP, before)


def test_a_signal_quits_while_the_settings_would_ask_to_save(qtbot: QtBot) -> None:
    # A kill while the settings held a change: Qt's quit asked the dialog to close, the
    # dialog asked "Save the changes?", and desk ran on until the system killed it.
    dialog = _december_dialog(qtbot)
    _type_day(qtbot, dialog.days_off, "2027-02-05")
    loop = QEventLoop()
    QTimer.singleShot(0, leave_event_loops)
    QTimer.singleShot(2000, lambda: loop.exit(1))  # only if it did not end the loop
    assert loop.exec() == 0
    assert dialog.findChild(QMessageBox) is None, "nothing asked"
