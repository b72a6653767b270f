"""SIGTERM and the like quit desk once, as its Quit does, however often they come."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from desk.app.quit_signals import QuitOnSignals


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


# A settings dialog holding a change, then a SIGTERM, in a process of its own: quitting
# leaves a mark on Qt's event loops for the rest of the process.
_KILLED_WHILE_ASKING = """
import os, signal, sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desk.app.quit_signals import QuitOnSignals, leave_event_loops
from desk.core import settings
from desk.ui.settings_dialog import SettingsDialog
app = QApplication([])
current = {s.name: s.default for s in settings.DECLARED}
dialog = SettingsDialog(current, [], [], [2027], today=date(2026, 12, 5))
dialog.show()
dialog.days_off.picker.text.setText("2027-02-05")
dialog.days_off.add_picked()
assert dialog.changes()
quitting = QuitOnSignals(leave_event_loops if sys.argv[1] == "signal" else app.quit)
QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGTERM))
QTimer.singleShot(300, dialog.reject)  # as Esc or a close asks
app.exec()
print("ended")
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize(("quit", "ends", "wait_s"), [("signal", True, 60), ("menu", False, 8)])
def test_a_signal_quits_while_the_settings_ask_to_save(quit: str, ends: bool, wait_s: int) -> None:
    # A kill while the settings held a change: Qt's quit (as the menu's Quit does) asked
    # the dialog to close, the dialog asked "Save the changes?", and desk ran on until the
    # system killed it.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _KILLED_WHILE_ASKING, quit],
            env=env,
            capture_output=True,
            text=True,
            timeout=wait_s,
        )
        ended = done.stdout.strip() == "ended"
    except subprocess.TimeoutExpired:
        ended = False
    assert ended is ends
