"""The reply bar under the reading pane at rest: shown nearly all the time, it must cost
nothing while nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.reply_box import FittingBar


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.mark.parametrize(("width", "reply_text"), [(400, "Reply… (R)"), (150, "Reply…")])
def test_the_reply_bar_at_rest_is_laid_out_no_more(
    qtbot: QtBot, width: int, reply_text: str
) -> None:
    # Measuring its texts set them on the buttons, which asked for a layout again, which
    # measured them again: a quarter of the GUI thread's CPU at idle, all day, whenever
    # the reply box was closed.
    pane = QWidget()
    qtbot.addWidget(pane)
    reply = QPushButton("Reply… (R)")
    bar = FittingBar([(reply, "Reply…"), (QPushButton("Reply 收到 (Shift+R)"), "Reply 收到")])
    QVBoxLayout(pane).addWidget(bar)
    requests = _LayoutRequests()
    for widget in (pane, bar):
        widget.installEventFilter(requests)
    pane.resize(width, 60)
    pane.show()
    qtbot.waitExposed(pane)
    for _ in range(20):
        QApplication.processEvents()  # shown and laid out
    requests.count = 0

    for _ in range(20):
        QApplication.processEvents()

    assert requests.count == 0
    assert reply.text() == reply_text
