"""The status bar's passing messages: on one line, and heard by a screen reader."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from desk.ui import text_size
from desk.ui.elided_label import ElidedLabel
from desk.ui.status_bar import StatusBar


def _bar(qtbot: QtBot) -> tuple[QMainWindow, StatusBar]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = StatusBar()
    window.setStatusBar(bar)
    bar.addWidget(QLabel("已同步 · 10:00"), 1)
    window.resize(800, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, bar


def test_a_screen_reader_reads_the_message_as_the_bar_s_name(qtbot: QtBot) -> None:
    # From review: QStatusBar's name was its message; this bar's was empty.
    _window, bar = _bar(qtbot)
    bar.showMessage("Marked done. Press Ctrl+Z to undo.", 4000)
    spoken = QAccessible.queryAccessibleInterface(bar)
    assert spoken is not None
    assert spoken.text(QAccessible.Text.Name) == "Marked done. Press Ctrl+Z to undo."
    bar.clearMessage()
    assert spoken.text(QAccessible.Text.Name) == ""


def test_a_message_with_a_line_break_keeps_the_bar_one_line_high(qtbot: QtBot) -> None:
    # A room's or a file's name may hold a line break: the bar grew by a line (review).
    _window, bar = _bar(qtbot)
    bar.showMessage("短消息", 4000)
    height = bar.sizeHint().height()
    bar.showMessage("已确认收到“防汛\n值班群”中 张三 的 DING，发送人会看到。", 4000)
    assert bar.currentMessage() == "已确认收到“防汛 值班群”中 张三 的 DING，发送人会看到。"
    assert bar.sizeHint().height() == height


def test_a_message_too_long_for_its_room_says_its_short_wording_whole(qtbot: QtBot) -> None:
    # The room may shrink after the message came (the quiet switch says more): the short
    # wording then, not the start of the whole cut off ("…DING 和紧…", a tester).
    window, bar = _bar(qtbot)
    whole = (
        "本机无法播放提示音（没有 desk 可用的音频输出）。DING 和紧急消息仍会闪烁任务栏并弹出提醒。"
    )
    bar.showMessage(whole, 60_000, short="本机无法播放提示音")
    qtbot.waitUntil(lambda: bar.message.text() == whole)
    window.resize(240, 400)
    qtbot.waitUntil(lambda: bar.message.text() == "本机无法播放提示音")
    assert bar.message.toolTip() == whole
    assert bar.currentMessage() == whole
    window.resize(800, 400)
    qtbot.waitUntil(lambda: bar.message.text() == whole)
    assert bar.message.toolTip() == ""


def _linked(bar: StatusBar) -> str:
    """The words of the message's link, "" for none."""
    text = bar.message.text()
    if "<a " not in text:
        return ""
    return text.partition("<a ")[2].partition(">")[2].partition("</a>")[0]


def test_the_undo_link_is_never_a_word_of_the_message_it_quotes(qtbot: QtBot) -> None:
    # Marked done, a notice that revokes a warning: in a narrow bar its own 撤销 stood
    # underlined where "按 Ctrl+Z 撤销" was cut off, a click on it undoing the done.
    window, bar = _bar(qtbot)
    said = "已将 区应急局-祁峰 的“关于撤销暴雨红色预警的通知”标记为已办。按 Ctrl+Z 撤销。"
    bar.showMessage(said, 4000, link="撤销")
    qtbot.waitUntil(lambda: not bar.message.is_elided())
    assert _linked(bar) == "撤销" and bar.message.text().rindex("撤销") > bar.message.text().index(
        "标记为已办"
    )
    metrics = bar.message.fontMetrics()
    window.resize(metrics.horizontalAdvance(said[: said.index("标记")]) + 40, 400)
    qtbot.waitUntil(lambda: bar.message.is_elided())
    assert "撤销暴雨" in re.sub("<[^>]+>", "", bar.message.text()), "cut after the quoted 撤销"
    assert _linked(bar) == ""


@pytest.mark.parametrize("percent", [100, 150, 175])
def test_the_digest_s_line_elides_after_a_whole_word_not_inside_one(
    qtbot: QtBot, percent: int
) -> None:
    # At 150 % the digest's line ended 通… of 通知 134 (a tester): cut after 待办 1、 now.
    line = "免打扰期间（周五 18:00 起）暂缓 136 条（紧急 1、待办 1、通知 134）"
    text_size.apply(percent)
    try:
        label = ElidedLabel(12)
        qtbot.addWidget(label)
        label.elide_at_breaks(True)
        label.set_full_text(line)
        label.show()
        qtbot.waitExposed(label)
        inside = line.index("通知") + 1
        metrics = label.fontMetrics()
        label.resize(metrics.horizontalAdvance(line[:inside] + "…") + 1, 30)

        def cut_after_a_word() -> None:
            assert label.text() == line[: line.index("通知")] + "…", label.text()

        qtbot.waitUntil(cut_after_a_word)
        assert line in label.toolTip()
        # Room for a number's first digit alone: the number goes, its word stays.
        inside = line.index("134") + 1
        label.resize(metrics.horizontalAdvance(line[:inside] + "…") + 1, 30)
        qtbot.waitUntil(lambda: label.text() == line[: line.index(" 134")] + "…")
        label.resize(metrics.horizontalAdvance(line) + 4, 30)
        qtbot.waitUntil(lambda: label.text() == line)
    finally:
        text_size.restore()
