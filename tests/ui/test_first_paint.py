from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from desk.ui.first_paint import AfterFirstPaint


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    calls: list[bool] = []
    after = AfterFirstPaint(view.viewport(), lambda: calls.append(view.isVisible()), 60_000)
    qtbot.wait(50)
    assert calls == [] and after.pending  # not shown, not painted
    view.show()
    qtbot.waitUntil(lambda: calls == [True])
    view.viewport().repaint()
    qtbot.wait(50)
    assert calls == [True] and not after.pending


def test_a_window_never_painted_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    calls: list[int] = []
    AfterFirstPaint(view.viewport(), lambda: calls.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: calls == [1])
    view.show()
    view.viewport().repaint()
    qtbot.wait(50)
    assert calls == [1]


def test_work_cancelled_before_the_paint_never_runs(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    calls: list[int] = []
    after = AfterFirstPaint(view.viewport(), lambda: calls.append(1), fallback_ms=30)
    after.cancel()  # desk quit before its window was painted
    view.show()
    view.viewport().repaint()
    qtbot.wait(80)
    assert calls == [] and not after.pending
