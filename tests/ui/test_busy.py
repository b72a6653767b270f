"""Waiting for work off the GUI thread: the busy dialog comes when the work lasts."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from desk.ui.busy import wait_for


def _busy_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_long_work_shows_a_busy_dialog_and_returns_its_result(qtbot: QtBot) -> None:
    seen = threading.Event()
    labels: list[str] = []

    def look() -> None:
        dialogs = _busy_dialogs()
        if dialogs:
            labels.append(dialogs[0].labelText())
            seen.set()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    # The work ends only once the dialog has been seen: no sleeping on a guess.
    result = wait_for(lambda: seen.wait(10) and 42, "Opening the database…", show_after_ms=0)
    assert result == 42
    assert labels == ["Opening the database…"]
    assert _busy_dialogs() == []


def test_the_busy_dialog_stays_when_the_user_presses_escape(qtbot: QtBot) -> None:
    pressed = threading.Event()
    stayed: list[bool] = []

    def press() -> None:
        dialogs = _busy_dialogs()
        if not dialogs:
            QTimer.singleShot(10, press)
            return
        qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)
        dialogs[0].close()
        stayed.append(dialogs[0].isVisible())
        pressed.set()

    QTimer.singleShot(0, press)
    assert wait_for(lambda: pressed.wait(10) and "opened", "…", show_after_ms=0) == "opened"
    assert stayed == [True]


def test_the_work_s_error_reaches_the_caller(qtbot: QtBot) -> None:
    def fail() -> None:
        raise ValueError("wrong key")

    with pytest.raises(ValueError, match="wrong key"):
        wait_for(fail, "Opening the database…", show_after_ms=0)
    assert _busy_dialogs() == []


def test_work_that_ends_before_the_dialog_is_due_makes_no_dialog(qtbot: QtBot) -> None:
    # Every start waits here for its store: a dialog made and never shown cost the window's
    # first paint some 8 ms.
    def dialogs() -> int:
        return sum(isinstance(w, QProgressDialog) for w in QApplication.topLevelWidgets())

    before = dialogs()  # those of the tests above, deleted later
    during: list[int] = []

    def count() -> str:
        during.append(dialogs())
        return "opened"

    assert wait_for(count, "Opening the database…", show_after_ms=60_000) == "opened"
    assert during == [before]
