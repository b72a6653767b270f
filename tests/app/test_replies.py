"""Replying from the reading pane, as a person would: R on a card, the text, Ctrl+Enter; the
reply queued, sent through the demo workspace, and back as the user's own.

From a tester: an @-task (@方晓宁 把各村续报数字对一下，10分钟内给我) had no way to be answered
in desk, and nothing said where one might be.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.app.desk_app import DeskApp
from desk.connectors.protocol import ConnectorError, Outgoing, SendResult
from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import InboxRow
from desk.store.models import Group, Message
from desk.store.outbox import OutboxItem
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.ingest import IngestResult
from desk.ui.card_text import acks_text, due_late, summary
from desk.ui.inbox_delegate import _BAR, _PAD
from desk.ui.main_window import MainWindow
from desk.ui.shortcuts_dialog import ShortcutsDialog
from desk.ui.style import SUMMARY_TONES
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.demo_desk import DemoAccount
from tests.helpers.settled import settle
from tests.ui.test_inbox_delegate import _painted
from tests.ui.test_main_window import type_chinese

TASK = "@方晓宁 明天党课的签到表、桌签今天下班前弄好"


class ReplyDesk:
    """desk over the demo workspace, its sync worker played by `round`."""

    def __init__(
        self, qtbot: QtBot, store: Store, clock: ManualClock, demo: DemoAccount | None = None
    ) -> None:
        """`demo`: the demo workspace an earlier run of desk synced (else synced now)."""
        self.qtbot, self.store = qtbot, store
        if demo is None:
            demo = DemoAccount(store, clock)
            demo.round()
        self.demo = demo
        self.woken = 0
        self.app = DeskApp(
            store,
            SettingsStore(store.sessions),
            clock,
            SHANGHAI,
            scheduler=paused_scheduler(),
            has_tray=lambda: True,
            send_now=self._wake,
        )
        self.window = self.app.window
        qtbot.addWidget(self.window, before_close_func=MainWindow.allow_close)
        self.app.start()
        qtbot.waitUntil(lambda: self.app.services_started and self.app.ops_idle(), timeout=5000)
        settle(qtbot, self.window)

    def _wake(self) -> None:
        self.woken += 1

    def round(self, *extra: IngestResult) -> None:
        """The sync worker's turn: the outbox sent, then what the server has, reported."""
        for result in (*self.demo.round(), *extra):
            self.app.relay.ingested.emit(result)
        self.settled()

    def settled(self) -> None:
        self.qtbot.waitUntil(self.app.ops_idle, timeout=5000)
        settle(self.qtbot, self.window)
        self.qtbot.waitUntil(self.app.ops_idle, timeout=5000)

    def card(self, wanted: Callable[[InboxRow], bool]) -> InboxRow:
        """Selects the first card of the list that is `wanted`, the keys on the list."""
        window = self.window
        for i in range(window.model.rowCount()):
            row = window.model.inbox_row(i)
            if row is not None and wanted(row):
                window.list.setCurrentIndex(window.model.index(i))
                window.list.setFocus()
                return row
        raise AssertionError("no such card in the demo's first page")

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(QApplication.focusWidget() or self.window.list, key, modifier)
        # A person's next key comes after the screen has shown what this one did (a box
        # takes typing once drawn).
        QApplication.processEvents()

    def outbox(self) -> list[OutboxItem]:
        with self.store.sessions() as session:
            return list(session.scalars(select(OutboxItem).order_by(OutboxItem.id)))

    def row(self, card_id: int) -> InboxRow:
        row = self.window._queries.row(card_id)
        assert row is not None
        return row

    def stop(self) -> None:
        self.app.stop()
        self.demo.close()


@pytest.fixture
def desk(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[ReplyDesk]:
    running = ReplyDesk(qtbot, store, clock)
    yield running
    running.stop()


def _said(desk: ReplyDesk) -> str:
    return desk.window.statusBar().currentMessage()


def test_r_opens_a_box_that_says_whom_it_answers_and_where_it_goes(desk: ReplyDesk) -> None:
    task = desk.card(lambda r: r.text.startswith(TASK))
    box = desk.window.reply_box
    assert not box.is_open()
    assert box.bar_reply.isVisible() and box.bar_reply.text() == "Reply… (R)"
    desk.press(Qt.Key.Key_R)
    assert box.is_open() and box.text.hasFocus()
    assert box.to_label.full_text().startswith(f"Reply to {task.sender_name}: @方晓宁 明天党课")
    assert box.where_label.text() == f"Goes to “{task.group_name}”"
    assert box.text.accessibleName() == "Your reply"
    assert box.text.accessibleDescription().startswith(f"Reply to {task.sender_name}: ")
    # Letters typed are the reply's, not the list's keys (e marks done, j moves on).
    desk.qtbot.keyClicks(box.text, "ok, je r")
    assert box.text.toPlainText() == "ok, je r"
    current = desk.window._current_row()
    assert current is not None and current.id == task.id and not desk.row(task.id).done
    box.text.clear()
    # Esc puts it away, and the list has the keys again.
    desk.press(Qt.Key.Key_Escape)
    assert not box.is_open() and desk.window.list.hasFocus()


def test_a_reply_goes_to_the_task_in_its_group_and_the_task_then_reads_replied(
    desk: ReplyDesk,
) -> None:
    task = desk.card(lambda r: r.text.startswith(TASK))
    assert task.deadline is not None
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "桌签按上次的格式，投影仪下午试")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    (item,) = desk.outbox()
    assert (item.text, item.reply_to, item.group_remote_id) == (
        "桌签按上次的格式，投影仪下午试",
        task.remote_id,
        task.group_remote_id,
    )
    # Queued, the sync worker is asked to send at once; until it has, the bar says so.
    assert desk.woken == 1
    assert not box.is_open() and desk.window.list.hasFocus()
    assert _said(desk).startswith("Waiting to send: reply to ")
    assert desk.window.reply_pending_label.isVisible()
    desk.round()
    assert _said(desk) == f"Sent: reply to {task.sender_name} in “{task.group_name}”."
    assert not desk.window.reply_pending_label.isVisible()
    answered = desk.row(task.id)
    assert [r.code for r in answered.reasons if r.code == "replied"] == ["replied"]
    assert answered.deadline is None, "answered, it is no longer due"
    assert [(a.text, a.yours) for a in answered.answers] == [
        ("桌签按上次的格式，投影仪下午试", True)
    ]


def test_the_box_shows_at_once_and_j_and_r_pressed_before_it_is_drawn_are_not_its_text(
    desk: ReplyDesk,
) -> None:
    # A tester's first R waited behind a busy GUI thread; the j and r she pressed meanwhile
    # went into the box unseen, a draft "jr" on the DING.
    first = desk.card(lambda r: r.text.startswith(TASK))
    box = desk.window.reply_box
    busy = threading.Event()
    desk.window._ops.run(lambda: busy.wait(10))  # the store thread held: R waits for none
    try:
        desk.qtbot.keyClick(desk.window.list, Qt.Key.Key_R)
        assert box.is_open() and box.editor.isVisible() and box.text.hasFocus()
        # Not drawn yet: j and r are the list's keys (the next card, its box), not text;
        # what else is typed is the box's, shown once drawn.
        desk.qtbot.keyClick(box.text, Qt.Key.Key_J)
        desk.qtbot.keyClick(box.text, Qt.Key.Key_R)
        desk.qtbot.keyClick(box.text, Qt.Key.Key_X)
        assert box.text.toPlainText() == "x"
        current = desk.window._current_row()
        assert current is not None and current.id != first.id
        assert box.row is not None and box.row.id == current.id
        assert box.drafted() == {current.id}, "no draft left on the first card"
        QApplication.processEvents()  # drawn: an ordinary text box
        desk.qtbot.keyClicks(box.text, "jr")
        assert box.text.toPlainText() == "xjr"
    finally:
        busy.set()


def _post_keys(window: MainWindow, *keys: tuple[Qt.Key, Qt.KeyboardModifier, str]) -> None:
    """Queues key presses as the window system does keys typed faster than desk draws: each
    delivered, in order, to the widget that has the keys when its turn comes, and none
    before the last is posted."""
    target = window.windowHandle()
    for key, modifiers, text in keys:
        QApplication.postEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        QApplication.postEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


def _typed(text: str) -> list[tuple[Qt.Key, Qt.KeyboardModifier, str]]:
    no = Qt.KeyboardModifier.NoModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    return [(Qt.Key(ord(c.upper())), shift if c.isupper() else no, c) for c in text]


def test_keys_typed_before_the_box_is_drawn_are_its_text_and_change_nothing_else(
    desk: ReplyDesk,
) -> None:
    # A tester's Home j j r and her reply, typed fast: the reply was lost, and its digit
    # 3 moved the DING to Info (a tier correction desk learns from); after Ctrl+Z a 1
    # moved a card to Urgent.
    window = desk.window
    desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_E)  # something for Ctrl+Z to undo
    desk.settled()
    assert window._undo, "e left something to undo"

    def marks() -> dict[int, tuple[Tier, bool, bool, bool]]:
        rows = (desk.row(card_id) for card_id in window.model.ids)
        return {r.id: (r.tier, r.done, r.pinned, r.acked_by_you) for r in rows}

    before = marks()
    third = window.model.message_id(2)
    no = Qt.KeyboardModifier.NoModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    box = window.reply_box
    _post_keys(
        window,
        (Qt.Key.Key_Home, no, ""),
        (Qt.Key.Key_J, no, "j"),
        (Qt.Key.Key_J, no, "j"),
        (Qt.Key.Key_R, no, "r"),
        *_typed("Ok 3e1a4uC"),
        (Qt.Key.Key_Z, ctrl, "\x1a"),
        (Qt.Key.Key_Delete, no, ""),
        (Qt.Key.Key_Return, no, "\r"),
        (Qt.Key.Key_Return, ctrl, "\r"),
        (Qt.Key.Key_Tab, no, "\t"),
        *_typed("x"),
    )
    assert not box.is_open(), "nothing delivered yet"
    # All of them, in one go, and nothing else: processEvents also drew the box, at times
    # before the last key came (a busy machine's timing), which is not what is tested.
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendPostedEvents(None, kind.value)
    assert not box.text.shown
    desk.settled()
    assert box.is_open() and box.text.hasFocus()
    # Home, j, j: the third card as listed then (read, it may list elsewhere since).
    assert box.row is not None and box.row.id == third
    assert window._current_id() == third
    # Every character typed is the reply's, in order, and shown.
    assert box.text.toPlainText() == "Ok 3e1a4uCx"
    assert box.text.shown
    assert desk.outbox() == [], "Ctrl+Enter sends nothing the user has not seen"
    # No tier moved, nothing done or brought back, no DING confirmed.
    assert marks() == before
    # Drawn, the box is an ordinary text box again.
    desk.qtbot.keyClicks(box.text, "j3")
    assert box.text.toPlainText() == "Ok 3e1a4uCxj3"
    assert marks() == before


def test_shift_r_on_a_ding_says_it_confirms_it_too(desk: ReplyDesk) -> None:
    ding = desk.card(lambda r: r.ding and r.pinned)
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    assert _said(desk) == (
        f"Waiting to send: 收到 to {ding.sender_name} in “{ding.group_name}”, confirming the DING."
    )
    desk.round()
    assert _said(desk) == (
        f"Sent: confirmed the DING from {ding.sender_name}, replied 收到 in “{ding.group_name}”."
    )
    assert not desk.row(ding.id).pinned


def test_an_empty_reply_is_refused_and_nothing_is_queued(desk: ReplyDesk) -> None:
    desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "   ")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    assert box.is_open() and box.error.isVisible()
    assert box.error.text() == "Write a reply first, or use Reply 收到."
    assert desk.outbox() == []
    type_chinese(box.text, "好")
    assert not box.error.isVisible(), "the complaint goes once something is written"


def test_the_status_bar_says_first_whether_a_reply_is_sent_where_it_is_cut(
    desk: ReplyDesk,
) -> None:
    # A tester at 150 %: "回复 镇卫生院-公卫科-易欣“收到”（“桐坪镇卫健·疫苗接种工作群”）：待…"
    # lost the one word that mattered.
    # At 640 px the bar now gives the message the room of the words that give way, and
    # it reads whole at 100 % (fix49f): cut at 175 %.
    from desk.ui import text_size

    notice = desk.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
    text_size.apply(175)
    try:
        desk.window.resize(460, desk.window.height())
        desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        desk.settled()
        shown = desk.window.status_bar.message
        assert shown.is_elided()
        assert shown.text().startswith("Waiting to send:")
        desk.round()
        assert shown.text().startswith("Sent:"), notice.group_name
    finally:
        text_size.restore()


def test_shift_r_replies_shou_dao_to_a_notice_and_counts_under_it(desk: ReplyDesk) -> None:
    notice = desk.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    # Pressed again before the first came back from the server: still one.
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    (item,) = desk.outbox()
    assert (item.text, item.reply_to) == ("收到", notice.remote_id)
    assert not desk.window.reply_box.is_open(), "nothing to write: no box"
    assert _said(desk) == f"Waiting to send: 收到 to {notice.sender_name} in “{notice.group_name}”."
    desk.round()
    assert _said(desk) == f"Sent: 收到 to {notice.sender_name} in “{notice.group_name}”."
    assert desk.row(notice.id).acked_by_you
    # Once is enough: a second 收到 only adds to the group's flood.
    desk.card(lambda r: r.id == notice.id)
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    assert len(desk.outbox()) == 1
    assert _said(desk) == "You have replied 收到 to this message already."


ANSWERED_ALREADY = "You have replied to this message already: no 收到 was sent."


def _worded_reply(desk: ReplyDesk, card_id: int, words: str) -> None:
    desk.card(lambda r: r.id == card_id)
    desk.press(Qt.Key.Key_R)
    type_chinese(desk.window.reply_box.text, words)
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()


def test_shift_r_sends_no_shou_dao_after_the_user_s_own_words(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # ui44: the user's quoted promise (好的，马上发给你。) is listed among the replies, not
    # under 收到, and Shift+R then sent 收到 after it: a bare 收到 under the user's own
    # answer. Not while it waits to be sent, nor once sent, nor in the next run.
    first = ReplyDesk(qtbot, store, clock)
    try:
        notice = first.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
        _worded_reply(first, notice.id, "好的，马上发给你。")
        first.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        first.settled()
        assert [item.text for item in first.outbox()] == ["好的，马上发给你。"]
        assert _said(first) == ANSWERED_ALREADY
        first.round()
        sent = first.row(notice.id)
        assert sent.replied_by_you and not sent.acked_by_you
        assert [(a.text, a.yours) for a in sent.answers] == [("好的，马上发给你。", True)]
        first.card(lambda r: r.id == notice.id)
        first.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        first.settled()
        assert _said(first) == ANSWERED_ALREADY
    finally:
        first.app.stop()
    # The next run knows it from the card alone (as a reply from the phone is known).
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        again.card(lambda r: r.id == notice.id)
        again.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        again.settled()
        assert [item.text for item in again.outbox()] == ["好的，马上发给你。"]
        assert _said(again) == ANSWERED_ALREADY
        # Its card says the user answered, first among the replies, not under 收到.
        answered = again.row(notice.id)
        line = summary(answered, SHANGHAI, clock.now())
        assert line.startswith("you replied ") and "replies ×1 (me)" in line, line
        assert "me" not in acks_text(answered)
    finally:
        again.stop()


def test_a_reply_in_words_left_queued_offline_takes_no_shou_dao_after_a_restart(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    first = ReplyDesk(qtbot, store, clock)
    notice = first.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
    _worded_reply(first, notice.id, "好的，马上发给你。")  # no round: offline
    first.app.stop()
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        again.settled()
        assert again.row(notice.id).waiting_replies == ("好的，马上发给你。",)
        again.card(lambda r: r.id == notice.id)
        again.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        again.settled()
        assert [item.text for item in again.outbox()] == ["好的，马上发给你。"]
        assert _said(again) == ANSWERED_ALREADY
    finally:
        again.stop()


def test_shift_r_still_confirms_a_ding_the_user_answered_in_words(desk: ReplyDesk) -> None:
    # Words in reply do not confirm a DING; Shift+R is how the user does.
    ding = desk.card(lambda r: r.ding and r.pinned)
    _worded_reply(desk, ding.id, "我在路上，十分钟到")
    desk.round()
    desk.card(lambda r: r.id == ding.id)
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    assert _said(desk).startswith("Waiting to send: 收到 to "), _said(desk)
    desk.round()
    assert not desk.row(ding.id).pinned


def test_a_shou_dao_queued_offline_shows_on_its_card_until_it_is_sent(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # A tester on a stopped server: the 收到 was kept and sent on reconnect, but until then
    # its card and the reading pane showed nothing of it. Kept across a restart offline.
    waiting = "收到 · waiting to be sent"

    def card_line(desk: ReplyDesk) -> str:
        place = desk.window.model.row_of(notice.id)
        assert place is not None
        row = desk.window.model.inbox_row(place)
        assert row is not None
        return summary(row, SHANGHAI, clock.now())

    first = ReplyDesk(qtbot, store, clock)
    try:
        notice = first.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
        first.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        first.settled()  # no round: the server cannot be reached
        # Before the groups and names that fill the line, which a narrow card cuts.
        line = card_line(first)
        assert waiting in line and line.index(waiting) < line.index("also in:")
        assert waiting in first.window.detail.toPlainText()
    finally:
        first.app.stop()
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        assert waiting in card_line(again)
        again.round()  # back online: sent, and back from the server as the user's own
        assert waiting not in card_line(again)
        assert again.row(notice.id).acked_by_you
    finally:
        again.stop()


def test_a_folded_notice_s_box_says_the_reply_goes_to_its_group_only(desk: ReplyDesk) -> None:
    notice = desk.card(lambda r: len(r.also_in) >= 1)
    desk.press(Qt.Key.Key_R)
    where = desk.window.reply_box.where_label.text()
    assert where.startswith(f"Goes to “{notice.group_name}” only, not to ")
    assert notice.also_in[0] in where


def test_a_reply_the_group_refuses_comes_back_into_the_box_with_its_text(
    desk: ReplyDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A group where only its admins may post (全员禁言) turns a member's reply down.
    async def refused(_item: Outgoing) -> SendResult:
        raise ConnectorError("rejected")

    monkeypatch.setattr(desk.demo.connector, "send", refused)
    task = desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "全镇累计转移112人")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    assert not box.is_open()
    desk.window.list.setFocus()
    desk.round(IngestResult(desk.demo.account.id, 0, refused_replies=1))
    assert box.is_open() and box.row is not None and box.row.id == task.id
    assert box.text.toPlainText() == "全镇累计转移112人", "what was typed is not lost"
    assert box.error.isVisible()
    assert "only its admins may post" in box.error.text()
    assert "only its admins may post" in _said(desk)
    # Written on, the refusal still stands beside it.
    type_chinese(box.text, "，安置点7个")
    assert box.error.isVisible()


def test_what_was_written_waits_for_its_card_while_another_is_read(desk: ReplyDesk) -> None:
    task = desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "马上汇总")
    # Another card, to check a figure: the box stays on the task it answers.
    desk.window.list.setFocus()
    desk.press(Qt.Key.Key_J)
    assert box.is_open() and box.row is not None and box.row.id == task.id
    other = desk.window._current_row()
    assert other is not None and other.id != task.id
    desk.press(Qt.Key.Key_R)  # a reply to that one instead
    assert box.text.toPlainText() == ""
    assert box.draft_for(task.id) == "马上汇总"
    desk.press(Qt.Key.Key_Escape)
    desk.card(lambda r: r.id == task.id)
    desk.press(Qt.Key.Key_R)
    assert box.text.toPlainText() == "马上汇总"


def test_a_withdrawn_message_takes_no_reply(desk: ReplyDesk) -> None:
    with desk.store.sessions() as session:
        gone = session.scalars(select(Message.id).where(Message.withdrawn_ms.is_not(None))).first()
    assert gone is not None and desk.window.open_message(gone)
    desk.settled()
    withdrawn = desk.window._current_row()
    assert withdrawn is not None and withdrawn.withdrawn is not None
    desk.window.list.setFocus()
    box = desk.window.reply_box
    assert not box.bar_reply.isEnabled()
    desk.press(Qt.Key.Key_R)
    assert not box.is_open()
    assert _said(desk) == "This message was withdrawn: there is nothing to reply to."
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    assert desk.outbox() == []
    assert withdrawn.text == ""


def test_a_group_the_user_left_takes_no_reply_and_keeps_the_text(desk: ReplyDesk) -> None:
    task = desk.card(lambda r: r.text.startswith(TASK))
    with desk.store.transaction() as session:
        session.get_one(Group, task.group_id).left_ms = 1
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "桌签按上次的格式")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    assert desk.outbox() == []
    assert box.is_open() and box.text.toPlainText() == "桌签按上次的格式"
    assert box.error.text() == f"You are no longer in “{task.group_name}”: a reply cannot go there."


def test_f1_and_the_card_s_menu_offer_the_reply(desk: ReplyDesk) -> None:
    window = desk.window
    desk.card(lambda r: r.text.startswith(TASK))
    menu = window.card_menu()
    assert window.reply_action in menu.actions()
    assert window.reply_shou_dao_action in menu.actions()
    rows = ShortcutsDialog(window.shortcut_groups()).rows()
    assert ("Act on a card", ("r",), "Reply") in rows
    assert ("Act on a card", ("Shift+R",), "Reply 收到") in rows


def test_a_reply_queued_before_desk_was_closed_is_said_to_wait_then_to_be_sent(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Closed offline with a reply queued: the next start says it waits (待发送) until the
    # server has it, as for one queued in this run.
    first = ReplyDesk(qtbot, store, clock)
    task = first.card(lambda r: r.text.startswith(TASK))
    first.press(Qt.Key.Key_R)
    type_chinese(first.window.reply_box.text, "桌签按上次的格式")
    first.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first.settled()
    first.app.stop()
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        again.settled()
        label = again.window.reply_pending_label
        assert label.isVisible() and label.text() == "· 1 reply(s) waiting to be sent"
        again.round()
        assert not label.isVisible()
        assert _said(again) == f"Sent: reply to {task.sender_name} in “{task.group_name}”."
    finally:
        again.stop()


def test_a_refused_reply_and_what_was_written_since_for_its_card_are_both_kept(
    desk: ReplyDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Review: the refused reply took the place of a draft written meanwhile for its card.
    async def refused(_item: Outgoing) -> SendResult:
        raise ConnectorError("rejected")

    monkeypatch.setattr(desk.demo.connector, "send", refused)
    task = desk.card(lambda r: r.text.startswith(TASK))
    box = desk.window.reply_box
    desk.press(Qt.Key.Key_R)
    type_chinese(box.text, "全镇累计转移112人")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    desk.card(lambda r: r.id == task.id)
    desk.press(Qt.Key.Key_R)
    type_chinese(box.text, "安置点7个")
    desk.press(Qt.Key.Key_Escape)  # kept for the card, the box put away
    assert box.draft_for(task.id) == "安置点7个"
    desk.window.list.setFocus()
    desk.round(IngestResult(desk.demo.account.id, 0, refused_replies=1))
    assert box.is_open() and box.row is not None and box.row.id == task.id
    assert box.text.toPlainText() == "全镇累计转移112人\n\n安置点7个"


def test_shift_r_again_after_a_restart_offline_queues_no_second_shou_dao(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Review: the 收到 left queued by the last run was not known to this one, and a second
    # Shift+R queued another.
    first = ReplyDesk(qtbot, store, clock)
    notice = first.card(lambda r: r.also_in != () and not r.ding and not r.acked_by_you)
    first.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    first.settled()
    first.app.stop()
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        again.settled()
        again.card(lambda r: r.id == notice.id)
        again.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        again.settled()
        assert [item.text for item in again.outbox() if item.reply_to is not None] == ["收到"]
    finally:
        again.stop()


def test_what_was_written_and_not_sent_is_there_again_after_a_restart(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Review: quitting lost what the box held and what waited for other cards, unasked.
    first = ReplyDesk(qtbot, store, clock)
    task = first.card(lambda r: r.text.startswith(TASK))
    box = first.window.reply_box
    first.press(Qt.Key.Key_R)
    type_chinese(box.text, "马上汇总")
    first.window.list.setFocus()
    first.press(Qt.Key.Key_J)
    other = first.window._current_row()
    assert other is not None and other.id != task.id
    first.press(Qt.Key.Key_R)
    type_chinese(box.text, "收到，下午报")  # still in the box when desk quits
    first.app.stop()
    again = ReplyDesk(qtbot, store, clock, demo=first.demo)
    try:
        again.settled()
        box = again.window.reply_box
        assert box.draft_for(task.id) == "马上汇总"
        assert box.draft_for(other.id) == "收到，下午报"
        again.card(lambda r: r.id == other.id)
        again.press(Qt.Key.Key_R)
        assert box.text.toPlainText() == "收到，下午报"
    finally:
        again.stop()


def _red_in_preview(desk: ReplyDesk, card_id: int) -> int:
    """How many red pixels the card's second line (its text) starts with, as drawn."""
    window = desk.window
    at = window.model.row_of(card_id)
    assert at is not None
    rect = window.list.visualRect(window.model.index(at))
    line = window.list.fontMetrics().height()
    # From the text's left, past the tier's coloured bar; below the badges of the first.
    band = QRect(rect.left() + 12, rect.top() + line + 8, rect.width() // 2, line - 4)
    image = window.list.viewport().grab(band).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 140 and c.green() < 110 and c.blue() < 110
    )


def _spoken(desk: ReplyDesk, card_id: int) -> str:
    at = desk.window.model.row_of(card_id)
    assert at is not None
    return str(desk.window.model.index(at).data(Qt.ItemDataRole.AccessibleTextRole))


def test_a_card_holding_a_reply_not_sent_is_marked_until_it_is_sent_or_cleared(
    desk: ReplyDesk,
) -> None:
    # A tester switched cards and came back later: which one held the reply begun?
    task = desk.card(lambda r: r.text.startswith(TASK))
    assert _red_in_preview(desk, task.id) == 0
    assert "reply written, not sent" not in _spoken(desk, task.id)
    desk.press(Qt.Key.Key_R)
    box = desk.window.reply_box
    type_chinese(box.text, "马上汇总")
    desk.window.list.setFocus()
    desk.press(Qt.Key.Key_J)
    desk.press(Qt.Key.Key_Escape)  # the box put away: the reply waits for its card
    settle(desk.qtbot, desk.window)
    assert _red_in_preview(desk, task.id) > 20, "[Draft] before the card's text, in red"
    assert "reply written, not sent" in _spoken(desk, task.id)
    # Cleared: nothing waits, and the mark goes.
    desk.card(lambda r: r.id == task.id)
    desk.press(Qt.Key.Key_R)
    box.text.clear()
    desk.window.list.setFocus()
    desk.press(Qt.Key.Key_J)
    settle(desk.qtbot, desk.window)
    assert _red_in_preview(desk, task.id) == 0
    assert "reply written, not sent" not in _spoken(desk, task.id)
    # Written again and sent: gone once queued.
    desk.card(lambda r: r.id == task.id)
    desk.press(Qt.Key.Key_R)
    type_chinese(box.text, "马上汇总")
    assert "reply written, not sent" in _spoken(desk, task.id)
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    assert len(desk.outbox()) == 1
    assert "reply written, not sent" not in _spoken(desk, task.id)
    desk.press(Qt.Key.Key_J)
    settle(desk.qtbot, desk.window)
    assert _red_in_preview(desk, task.id) == 0


def _answered_and_sunk(desk: ReplyDesk, card_id: int, answer: Callable[[], None]) -> int:
    """Answers the selected card `card_id` with `answer`, sends it, and lets the server's
    echo sink it: the card that followed it."""
    window = desk.window
    at = window.model.row_of(card_id)
    assert at is not None
    followed = window.model.message_id(at + 1)
    assert followed is not None
    answer()
    desk.settled()
    desk.round()
    now = window.model.row_of(card_id)
    assert now is None or now > (window.model.row_of(followed) or 0), "answered, it sank"
    return followed


def test_after_a_reply_the_selection_stays_on_the_card_when_it_sinks(desk: ReplyDesk) -> None:
    # From a tester: sent with Ctrl+Enter, the task sank as 已回复 8 s later, when the
    # server echoed the reply, no key pressed, and the next card (龚雪's) took its place
    # under the selection: her `e` marked that one done. The list follows the card, as
    # mail clients do.
    task = desk.card(lambda r: r.text.startswith(TASK))
    window = desk.window
    window._user_chose = False  # as at start-up: desk's card, until R answers it

    def reply() -> None:
        desk.press(Qt.Key.Key_R)
        type_chinese(window.reply_box.text, "好的，下班前弄好")
        desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    followed = _answered_and_sunk(desk, task.id, reply)
    current = window._current_row()
    assert current is not None and current.id == task.id
    assert window.detail.row_id == task.id
    assert window._in_sight(window.list.currentIndex()), "the list went with it"
    assert window.list.hasFocus()
    desk.press(Qt.Key.Key_E)
    desk.settled()
    assert desk.row(task.id).done and not desk.row(followed).done


def test_a_reply_to_the_card_desk_put_first_keeps_the_selection_on_it(
    desk: ReplyDesk,
) -> None:
    # At start-up the top card is desk's choice, put back at the top as cards move above
    # it; answered in words, it is the user's: confirmed by the reply, the DING sinks and
    # the selection goes with it, not to the new top card.
    window = desk.window
    window.list.setCurrentIndex(window.model.index(0))
    window._user_chose = False  # as at start-up, whatever selecting it here said
    ding = window._current_row()
    assert ding is not None and ding.ding and ding.pinned

    def reply() -> None:
        desk.press(Qt.Key.Key_R)
        type_chinese(window.reply_box.text, "收到，马上到岗")
        desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    _answered_and_sunk(desk, ding.id, reply)
    current = window._current_row()
    assert current is not None and current.id == ding.id


def test_after_shou_dao_to_a_ding_the_selection_stays_at_its_place(desk: ReplyDesk) -> None:
    # Shift+R answers and is done with a card, as `e` and `a`: confirmed, the DING sinks,
    # and the selection is on the card that followed it, the next to deal with.
    ding = desk.card(lambda r: r.ding and r.pinned)

    def shou_dao() -> None:
        desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)

    followed = _answered_and_sunk(desk, ding.id, shou_dao)
    current = desk.window._current_row()
    assert current is not None and current.id == followed


def test_a_card_the_user_moved_to_stays_selected_when_the_one_answered_sinks(
    desk: ReplyDesk,
) -> None:
    task = desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_R)
    type_chinese(desk.window.reply_box.text, "好的")
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    desk.press(Qt.Key.Key_K)  # the user went on to the card above it
    chosen = desk.window._current_row()
    assert chosen is not None and chosen.id != task.id
    desk.round()
    current = desk.window._current_row()
    assert current is not None and current.id == chosen.id


def test_shift_r_on_a_late_ding_confirms_it_and_it_no_longer_reads_late(
    desk: ReplyDesk, clock: ManualClock
) -> None:
    # Answered 收到, which confirmed it, the DING's card still said 已逾期 14 分钟 in red
    # (a tester, on a Monday morning of the demo).
    ding = desk.card(lambda r: r.ding and r.pinned and "一小时内赶到" in r.text)
    now = clock.now()
    assert due_late(ding, SHANGHAI, now) and "overdue by" in summary(ding, SHANGHAI, now)
    desk.press(Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    desk.settled()
    desk.round()
    answered = desk.row(ding.id)
    assert not answered.pinned and answered.acked_by_you
    line = summary(answered, SHANGHAI, now)
    assert line.startswith("you confirmed 10:00 · ") and "overdue" not in line
    assert not due_late(answered, SHANGHAI, now)
    assert _red_on_last_line(desk.window, answered) == 0, "a note, not a warning"
    desk.card(lambda r: r.id == ding.id)
    desk.settled()
    pane = desk.window.detail.toPlainText()
    assert "overdue" not in pane
    due = ding.deadline.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    assert f"Due: {due} (you confirmed)" in pane


def _red_on_last_line(window: MainWindow, row: InboxRow) -> int:
    """How many pixels of the card's last line, painted unselected, are in lateness's red."""
    delegate = window.cards
    image = _painted(delegate, row, 560)
    card = delegate._card(row, 560, QFont())
    red = SUMMARY_TONES[Tier.URGENT].on(QApplication.palette().color(QPalette.ColorRole.Base))
    top = _PAD // 2 + 1 + 2 * (card.line_h + _PAD // 2)
    return sum(
        all(abs(a - b) < 24 for a, b in zip(pixel.getRgb()[:3], red.getRgb()[:3], strict=True))
        for pixel in (
            image.pixelColor(x, y)
            for x in range(_BAR + _PAD, image.width())
            for y in range(top, top + card.line_h)
        )
    )


@pytest.mark.parametrize("keys", ["t Esc r", "t r"])
def test_a_reply_typed_right_after_t_and_r_is_the_reply_s_though_the_conversation_comes_late(
    desk: ReplyDesk, keys: str
) -> None:
    # A tester's T, Esc, R and 好的，马上核对, typed fast: the box opened empty, and Ctrl+Enter
    # said to write a reply first. T reads the conversation on the store thread; it came
    # back after Esc (never mind) and R, and its dialog took the keys typed for the box.
    window = desk.window
    desk.card(lambda r: r.text.startswith(TASK))
    no = Qt.KeyboardModifier.NoModifier
    names = {
        "t": (Qt.Key.Key_T, no, "t"),
        "Esc": (Qt.Key.Key_Escape, no, "\x1b"),
        "r": (Qt.Key.Key_R, no, "r"),
    }
    # As xdotool types Chinese: key presses that carry the text, no input method.
    chinese = [(Qt.Key.Key_unknown, no, c) for c in "好的，马上核对"]
    busy = threading.Event()
    window._ops.run(lambda: busy.wait(10))  # the store thread slow: T's read comes late
    try:
        _post_keys(window, *(names[key] for key in keys.split()), *chinese)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendPostedEvents(None, kind.value)
    finally:
        busy.set()
    desk.settled()
    box = window.reply_box
    assert window.conversation_dialog is None, "the user went on: no dialog over the box"
    assert box.is_open() and box.text.hasFocus()
    assert box.text.toPlainText() == "好的，马上核对"
    desk.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    desk.settled()
    assert [item.text for item in desk.outbox()] == ["好的，马上核对"]


def test_t_alone_still_shows_the_conversation_when_its_read_comes_late(desk: ReplyDesk) -> None:
    window = desk.window
    row = desk.card(lambda r: r.text.startswith(TASK))
    busy = threading.Event()
    window._ops.run(lambda: busy.wait(10))
    desk.press(Qt.Key.Key_T)
    busy.set()
    desk.settled()
    dialog = window.conversation_dialog
    assert dialog is not None and dialog.selected_id() == row.id
    dialog.close()


def test_esc_and_r_typed_as_the_conversation_opens_are_not_lost(desk: ReplyDesk) -> None:
    # T, Esc, R typed fast under X11: the dialog came back from the store thread after T
    # and before the window manager gave it the keys; Esc and R, still going to the main
    # window, were dropped there (a dialog blocked it), and the reply went to the dialog.
    window = desk.window
    desk.card(lambda r: r.text.startswith(TASK))
    desk.press(Qt.Key.Key_T)
    desk.settled()
    assert window.conversation_dialog is not None
    # The window manager has not given the dialog the keys yet: the main window has them.
    window.activateWindow()
    desk.qtbot.waitUntil(window.isActiveWindow)
    no = Qt.KeyboardModifier.NoModifier
    _post_keys(
        window,
        (Qt.Key.Key_Escape, no, "\x1b"),
        (Qt.Key.Key_R, no, "r"),
        *[(Qt.Key.Key_unknown, no, c) for c in "好的"],
    )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendPostedEvents(None, kind.value)
    desk.settled()
    assert window.conversation_dialog is None, "Esc closed it"
    box = window.reply_box
    assert box.is_open() and box.text.toPlainText() == "好的"


def test_a_ding_confirmed_offline_shows_waiting_on_its_card_until_it_is_sent(
    desk: ReplyDesk,
) -> None:
    # IT tester, offline: a confirmed it said 发送人会看到, and its card showed no 待发送,
    # while a reply's did. The confirmation is kept in the outbox until it goes.
    waiting = "confirmation · waiting to be sent"
    ding = desk.card(lambda r: r.ding and r.pinned)
    desk.press(Qt.Key.Key_A)
    desk.settled()  # no round: the server cannot be reached
    assert [item.ack_of for item in desk.outbox() if item.state == "pending"] == [ding.remote_id]
    row = desk.row(ding.id)
    assert row.confirmation_waiting
    assert waiting in summary(row, SHANGHAI, desk.demo.clock.now())
    desk.card(lambda r: r.id == ding.id)
    desk.settled()
    assert "Your confirmation waits to be sent" in desk.window.detail.toPlainText()
    desk.round(IngestResult(desk.demo.account.id, 0, sent_confirmations=1))
    row = desk.row(ding.id)
    assert not row.confirmation_waiting
    assert waiting not in summary(row, SHANGHAI, desk.demo.clock.now())
    assert "Your confirmation waits" not in desk.window.detail.toPlainText()
    assert _said(desk) == "Sent: 1 DING confirmation(s) made while offline reached the group."


def test_the_pending_line_counts_a_ding_s_confirmation_beside_the_replies(
    desk: ReplyDesk,
) -> None:
    # A tester offline: 2 条回复待发送, with a DING's confirmation queued too (3 to go).
    label = desk.window.reply_pending_label
    ding = desk.card(lambda r: r.ding and r.pinned)
    desk.press(Qt.Key.Key_A)
    desk.settled()  # no round: the server cannot be reached
    assert label.isVisible() and label.text() == "· 1 DING confirmation(s) waiting to be sent"
    notice = desk.card(lambda r: r.id != ding.id and not r.ding and not r.acked_by_you)
    _worded_reply(desk, notice.id, "好的，马上发给你。")
    desk.card(lambda r: r.id == notice.id)
    desk.settled()
    pending = [item for item in desk.outbox() if item.state == "pending"]
    assert len(pending) == 2
    assert label.text() == "· 2 item(s) waiting to be sent: replies and confirmations"
    desk.round(IngestResult(desk.demo.account.id, 0, sent_confirmations=1))
    assert not label.isVisible()
