"""The reply bar under the reading pane: its size asked leaves the window's layout at rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.ui import text_size
from desk.ui.line_height import line_height
from desk.ui.ops import StoreOps
from desk.ui.reply_box import FittingBar, ReplyBox, ReplyEdit


class _LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_asking_the_bar_its_size_does_not_ask_for_another_layout(qtbot: QtBot) -> None:
    # Measuring each button by setting its text asked the layout again, which asked the
    # bar its size again: desk laid its window out for ever, half a core busy while idle,
    # and Ctrl+Z, u or e waited behind those layouts (a tester: about a second each).
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = FittingBar(
        [(QPushButton("Reply… (R)"), "Reply…"), (QPushButton("Reply 收到 (Shift+R)"), "Reply 收到")]
    )
    QVBoxLayout(holder).addWidget(bar)
    holder.resize(400, 80)
    holder.show()
    qtbot.waitExposed(holder)
    QCoreApplication.sendPostedEvents()
    requests = _LayoutRequests(holder)
    for _ in range(3):  # as a layout asks, over and over
        bar.sizeHint()
        bar.minimumSizeHint()
        QCoreApplication.sendPostedEvents()
    assert requests.count == 0


def test_the_reply_text_stays_three_lines_high_as_the_text_size_changes(qtbot: QtBot) -> None:
    # Made 175 % while desk ran, the box kept the height of three lines at 100 %: one
    # line and a bit of the larger text showed (a screenshot at 1366x768).
    ops = StoreOps()
    try:
        box = ReplyBox(ops)
        qtbot.addWidget(box)
        box.show()
        text = box.text
        normal = text.fontMetrics().lineSpacing()
        at_normal = text.height()
        try:
            text_size.apply(175)
            qtbot.waitUntil(lambda: text.fontMetrics().lineSpacing() > normal)
            assert text.height() >= 3 * line_height(text.font())
            assert text.height() > 1.5 * at_normal
        finally:
            text_size.restore()
        qtbot.waitUntil(lambda: text.fontMetrics().lineSpacing() == normal)
        assert text.height() == at_normal
    finally:
        ops.shutdown()


@pytest.mark.parametrize("percent", [100, 150, 175])
def test_three_lines_of_a_chinese_reply_show_whole(qtbot: QtBot, percent: int) -> None:
    # Kept three lines high by the Latin font's spacing, the box cut its third line of
    # Chinese by a few pixels at every size (Chinese lines come from a taller font): the
    # box scrolled by a line before three were typed.
    text = ReplyEdit()
    qtbot.addWidget(text)
    text.setFixedWidth(500)
    text.show()
    normal = text.fontMetrics().lineSpacing()
    try:
        if percent != 100:
            text_size.apply(percent)
            qtbot.waitUntil(lambda: text.fontMetrics().lineSpacing() > normal)
        text.setPlainText("收到，马上落实\n已通知各村网格员\n今天下班前报送")
        QApplication.processEvents()
        assert text.verticalScrollBar().maximum() == 0
    finally:
        text_size.restore()


@pytest.mark.parametrize(("width", "reply_text"), [(400, "Reply… (R)"), (150, "Reply…")])
def test_the_reply_bar_at_rest_is_laid_out_no_more(
    qtbot: QtBot, width: int, reply_text: str
) -> None:
    # The same loop seen from the event loop: a quarter of the GUI thread's CPU at idle,
    # all day, whenever the reply box was closed; narrow or wide, the bar settles.
    pane = QWidget()
    qtbot.addWidget(pane)
    reply = QPushButton("Reply… (R)")
    bar = FittingBar([(reply, "Reply…"), (QPushButton("Reply 收到 (Shift+R)"), "Reply 收到")])
    QVBoxLayout(pane).addWidget(bar)
    pane.resize(width, 60)
    pane.show()
    qtbot.waitExposed(pane)
    for _ in range(20):
        QApplication.processEvents()  # shown and laid out
    requests = [_LayoutRequests(widget) for widget in (pane, bar)]

    for _ in range(20):
        QApplication.processEvents()

    assert sum(r.count for r in requests) == 0
    assert reply.text() == reply_text
