"""SIGTERM and the like quit desk once, as its Quit does, however often they come."""

from __future__ import annotations

import os
import signal

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
