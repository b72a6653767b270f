"""What a card, its reading pane and its tooltip say of who answered and what a loose 收到
is (tester, session 33)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Reason
from desk.store.inbox import InboxRow
from desk.store.store import Store
from desk.ui import i18n
from desk.ui.card_text import summary
from desk.ui.main_window import MainWindow
from desk.ui.reason_text import reason_text
from tests.conftest import SHANGHAI
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, type_chinese

# The demo's notice that the user (方晓宁) answered from their phone, after 庄园园.
ANSWERED = "牵头自查"
USER = "方晓宁"


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _find(qtbot: QtBot, win: MainWindow, needle: str) -> InboxRow:
    """`/`, the needle, Enter: the first card found, selected and in the reading pane."""
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Slash)
    type_chinese(win.search, needle)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0)
    settle(qtbot, win)
    row = win.model.inbox_row(win.list.currentIndex().row())
    assert row is not None and win.detail.row_id == row.id
    return row


def _after(text: str, heading: str) -> str:
    """What `text` says from `heading` on: the list under it, not the message above."""
    at = text.find(heading)
    assert at >= 0, text
    return text[at:]


def test_the_user_s_own_reply_is_listed_as_me_as_their_own_ack_is(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # From a tester: their own reply read 方晓宁 in the replies (回复 ×2（庄园园、方晓宁）),
    # and 我 in the acknowledgements: by their name it read as someone else's.
    row = _find(qtbot, window, ANSWERED)
    assert len(row.answers) == 2
    line = summary(row, SHANGHAI, clock.now())
    assert "replies ×2 (me, 庄园园)" in line
    replies = _after(window.detail.toPlainText(), "Replies ×2:")
    tip = _after(
        window.model.data(window.list.currentIndex(), Qt.ItemDataRole.ToolTipRole), "Replies"
    )
    for said in (replies, tip):
        assert USER not in said
        assert "\nme · " in said


def test_a_loose_ack_says_no_notice_was_found_and_names_the_message_it_follows(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # From a tester: a 收到 whose notice desk did not find read 回复"收到" under 凤鸣乡收到,
    # and so did a 👍: it said nothing the card did not show. (凤鸣乡收到 now confirms its
    # notice.) A sticker after a greeting, in the union's group, is one still.
    row = _find(qtbot, window, "太阳")
    said = "a “got it” reply, not matched to a notice; before it in the group: 早上好～"
    assert said in summary(row, SHANGHAI, clock.now())
    assert said in window.detail.toPlainText()
    assert "acknowledgement reply" not in window.detail.toPlainText()


def test_a_reminder_of_who_has_not_reported_reads_done_once_they_have(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # From a tester: 郝文涛's 还差上坪村、新街社区没报 read 3.2 小时后截止 in 待办 after both had
    # reported, its notice a card above it 已报齐.
    row = _find(qtbot, window, "还差上坪村")
    line = summary(row, SHANGHAI, clock.now())
    assert line.startswith("all reported: 上坪村, 新街社区")
    assert "due in" not in line
    assert "(all reported)" in window.detail.toPlainText()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "有工作要求（未定时限）"),
        ("zh_TW", "有工作要求（未定時限）"),
        ("en", "has a request, no deadline"),
    ],
)
def test_an_info_card_s_undated_request_reads_as_information(
    qapp: QApplication, locale: str, expected: str
) -> None:
    # On 通知 cards (请各村卫生室做好…监测), 要求办理（未定时限） read as a question whether the
    # card was a task or not (a tester): it says what the message holds, not what to do.
    translators = i18n.install(qapp, locale)
    try:
        now = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)
        assert reason_text(Reason.of("task_undated"), SHANGHAI, now) == expected
    finally:
        i18n.uninstall(qapp, translators)
