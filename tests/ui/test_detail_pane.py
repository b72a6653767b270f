from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.dings import Confirmation, Person, Roster
from desk.core.messages import ENCRYPTED_PLACEHOLDER, Reason, Role, Tier
from desk.core.reasons import FROM_YOU, Readies, at_reason, later_due_reasons
from desk.core.triage.roll_call import RollCall
from desk.store.dings import SentDing
from desk.store.inbox import Ack, Answer, GroupCount, InboxRow, NoticeCopy
from desk.store.tables import OutboxState
from desk.ui import i18n
from desk.ui.card_text import summary, without_joiners
from desk.ui.detail_pane import ROSTER_LINK, DetailPane
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.sidebar import Sidebar
from tests.conftest import SHANGHAI


def _row(text: str) -> InboxRow:
    return InboxRow(
        id=1,
        remote_id="$e",
        group_id=1,
        group_remote_id="!r",
        group_name="镇工作群",
        sender_name="张三",
        sender_role=Role.MEMBER,
        ts=datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI),
        text=text,
        tier=Tier.INFO,
        score=0.0,
        reasons=(),
        cluster=None,
        deadline=None,
        read=False,
        done=False,
        ding=False,
        mentions_me=False,
    )


def sent_row(confirmed: int, unconfirmed: int) -> InboxRow:
    """The DING the user (方晓宇) sent to 镇工作群 at 09:00, `confirmed` of its colleagues
    having confirmed it (from 09:02 on), `unconfirmed` not yet."""
    at = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    roster = Roster(
        tuple(
            Confirmation(f"u{n}", f"站长{n}", at + timedelta(minutes=2 + n))
            for n in range(confirmed)
        ),
        tuple(Person(f"v{n}", f"主任{n}") for n in range(unconfirmed)),
    )
    ding = SentDing(
        outbox_id=7,
        account_id=1,
        group_remote_id="!r",
        group_name="镇工作群",
        text="紧急：十分钟内到镇政府集合",
        deadline=None,
        recipients=None,
        state=OutboxState.SENT.value,
        remote_id="$e",
        created=at,
        last_ding=at,
        re_dings=0,
        roster=roster,
    )
    row = replace(
        _row("紧急：十分钟内到镇政府集合"),
        sender_name="方晓宇",
        reasons=(Reason.of(FROM_YOU),),
        read=True,
    )
    return replace(row, sent_ding=ding)


def test_an_encrypted_event_says_what_it_is(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    pane.show_row(_row(ENCRYPTED_PLACEHOLDER))
    assert "cannot read end-to-end encrypted rooms" in pane.toPlainText()
    pane.show_row(_row("请各村报送"))
    assert "请各村报送" in pane.toPlainText()


def test_an_encrypted_group_says_so_in_the_pane_and_the_sidebar(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    pane.show_row(replace(_row(ENCRYPTED_PLACEHOLDER), group_name="保密群", group_encrypted=True))
    assert "保密群 is end-to-end encrypted: desk cannot read its messages yet." in (
        pane.toPlainText()
    )
    pane.show_row(_row("请各村报送"))
    assert "encrypted" not in pane.toPlainText()

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({}, [GroupCount(7, "保密群", 1, encrypted=True), GroupCount(8, "工作群", 0)])
    groups = sidebar.topLevelItem(1)
    assert groups is not None
    tips = {groups.child(i).text(0): groups.child(i).toolTip(0) for i in range(2)}
    assert tips == {
        "保密群": "保密群 is end-to-end encrypted: desk cannot read its messages yet.",
        "工作群": "工作群",
    }


def test_a_card_shows_what_a_copy_adds_and_its_own_due_time(qtbot: QtBot) -> None:
    copy = NoticeCopy(
        id=2,
        group_name="桐坪镇村（社区）联络群",
        sender_name="贺春梅",
        ts=datetime(2026, 11, 23, 9, 15, tzinfo=SHANGHAI),
        added=("请各村（社区）于1小时内完成危险区域人员再排查，结果报镇应急办。",),
        deadline=datetime(2026, 11, 23, 10, 15, tzinfo=SHANGHAI),
    )
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock, copies_of=lambda card: [copy] if card == 1 else [])
    qtbot.addWidget(pane)
    card = replace(
        _row("【云岫区气象台】暴雨橙色预警信号"), cluster="$e", also_in=(copy.group_name,)
    )
    pane.show_row(card)
    shown = pane.toPlainText()
    assert "桐坪镇村（社区）联络群 · 贺春梅 · 11-23 09:15 adds:" in shown
    assert "请各村（社区）于1小时内完成危险区域人员再排查" in shown
    assert "Due: 2026-11-23 10:15" in shown
    assert "overdue" not in shown
    # Past its due time, the copy's own due time says so, as the card's does, as the
    # minute's refresh finds it (the card's reasons do not age).
    task = replace(card, tier=Tier.ACTION, deadline=datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))
    pane.show_row(task)
    clock.set(datetime(2026, 11, 23, 10, 5, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Due: 2026-11-23 10:00 (overdue)" in shown
    assert "Due: 2026-11-23 10:15" in shown and "10:15 (overdue)" not in shown
    clock.set(datetime(2026, 11, 23, 10, 20, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    assert "Due: 2026-11-23 10:15 (overdue)" in pane.toPlainText()
    # Moved to information by the user, the card asks nothing by any time.
    pane.show_row(replace(task, tier=Tier.INFO))
    assert "Due: 2026-11-23 10:00" not in pane.toPlainText()
    # A copy that only repeats the card, due when it is, shows nothing more.
    repeat = replace(copy, added=())
    plain = DetailPane(SHANGHAI, clock, copies_of=lambda _card: [repeat])
    qtbot.addWidget(plain)
    plain.show_row(replace(card, deadline=copy.deadline))
    assert "adds:" not in plain.toPlainText()


DUE = datetime(2026, 11, 23, 8, 31, tzinfo=SHANGHAI)


def _due_soon(reason: Reason) -> InboxRow:
    """An @-mention posted 08:01, due 08:31, as triage ranked it then."""
    return replace(
        _row("@李明 8点半前把材料发我"),
        ts=datetime(2026, 11, 23, 8, 1, tzinfo=SHANGHAI),
        tier=Tier.URGENT,
        reasons=(Reason.of("mention"), reason),
        deadline=DUE,
        mentions_me=True,
    )


SOON = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30")


@pytest.fixture
def zh_cn() -> Iterator[None]:
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None, "desk_zh_CN.qm missing: run `python3 dev.py test`"
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_due_soon_is_worded_against_the_clock_when_shown(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 11, 23, 8, 19, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_due_soon(SOON))
    assert "due in 12 min" in pane.toPlainText()
    clock.set(datetime(2026, 11, 23, 8, 47, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    assert "overdue by 16 min" in pane.toPlainText()
    assert "due in" not in pane.toPlainText()


def test_a_reason_stored_with_hours_only_takes_the_rows_deadline(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 11, 23, 8, 47, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_due_soon(Reason.of("deadline_soon", hours="0.5")))
    assert "overdue by 16 min" in pane.toPlainText()
    assert "0.5" not in pane.toPlainText()


def test_due_soon_in_chinese(qtbot: QtBot, zh_cn: None) -> None:
    clock = ManualClock(datetime(2026, 11, 23, 8, 19, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_due_soon(SOON))
    assert "12 分钟后截止" in pane.toPlainText()
    clock.advance(timedelta(minutes=28))
    pane.refresh_ageing()
    assert "已逾期 16 分钟" in pane.toPlainText()
    clock.advance(timedelta(minutes=74))
    pane.refresh_ageing()
    assert "已逾期 1 小时 30 分" in pane.toPlainText()


def test_the_cards_reason_line_follows_the_clock(qtbot: QtBot) -> None:
    # The card lays its texts out once and keeps them; this one must age all the same.
    clock = ManualClock(datetime(2026, 11, 23, 8, 19, tzinfo=SHANGHAI))
    delegate = InboxDelegate(SHANGHAI, clock)
    row = _due_soon(SOON)
    font = QFont()
    assert "due in 12 min" in delegate._card(row, 600, font).summary.text()
    clock.set(datetime(2026, 11, 23, 8, 47, tzinfo=SHANGHAI))
    assert "overdue by 16 min" in delegate._card(row, 600, font).summary.text()


def test_a_web_address_in_a_message_is_a_link(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    pane.show_row(_row("报名表见 https://mp.example.cn/s/a1?x=1&y=2，请于周五前填写。<b>"))
    html_text = pane.toHtml()
    assert 'href="https://mp.example.cn/s/a1?x=1&amp;y=2"' in html_text
    # The Chinese comma after the address is not part of it, and the text stays text.
    assert "，请于周五前填写。<b>" in pane.toPlainText()


def test_a_card_posted_again_in_its_group_says_when(qtbot: QtBot) -> None:
    # From a new user: a confirmed DING turned bold again; the pane said nothing of the
    # repost that did it.
    again = NoticeCopy(
        id=3,
        group_name="镇工作群",
        sender_name="张三",
        ts=datetime(2026, 11, 23, 9, 21, tzinfo=SHANGHAI),
        added=(),
        deadline=None,
    )
    elsewhere = replace(again, id=4, group_name="村联络群")
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock, copies_of=lambda _card: [again, elsewhere])
    qtbot.addWidget(pane)
    pane.show_row(replace(_row("【DING】全体人员立即到岗"), cluster="$e"))
    assert "Posted again in this group: 11-23 09:21" in pane.toPlainText()


def test_a_card_posted_again_fifty_times_says_a_few_times_and_how_many(qtbot: QtBot) -> None:
    # A tester's card posted again 50 times put some 12 lines of times above its text,
    # which showed only after scrolling.
    first = datetime(2026, 12, 3, 5, 31, tzinfo=SHANGHAI)
    copies = [
        NoticeCopy(
            id=10 + n,
            group_name="镇工作群",
            sender_name="张三",
            ts=first + timedelta(minutes=7 * n),
            added=(),
            deadline=None,
        )
        for n in range(50)
    ]
    clock = ManualClock(datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock, copies_of=lambda _card: list(copies))
    qtbot.addWidget(pane)
    pane.resize(420, 500)
    pane.show()
    qtbot.waitExposed(pane)
    row = replace(_row("【DING】全体人员立即到岗"), cluster="$e")
    pane.show_row(row)
    text = pane.toPlainText()
    assert (
        "Posted again in this group: 12-03 05:31、12-03 05:38、12-03 05:45 "
        "and more, 50 times in all"
    ) in text
    assert "12-03 05:52" not in text
    # The message stands in the pane's first screenful, unscrolled.
    block = pane.document().find("全体人员立即到岗")
    assert not block.isNull()
    top = pane.cursorRect(block).top()
    assert 0 <= top < pane.viewport().height()
    # Its link lists them all, and lists the few again.
    pane.anchorClicked.emit(QUrl("desk:posted-again"))
    assert "12-03 11:14" in pane.toPlainText()  # the 50th
    assert "show fewer" in pane.toPlainText()
    pane.anchorClicked.emit(QUrl("desk:posted-again"))
    assert "12-03 05:52" not in pane.toPlainText()


def test_a_meetings_time_is_a_time_begun_not_a_due_time_overdue(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 23, 14, 0, tzinfo=SHANGHAI)
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    reasons = (Reason.of("deadline", when=at.isoformat(), event="1"),)
    pane.show_row(
        replace(_row("下午2点召开防汛调度会"), tier=Tier.ACTION, deadline=at, reasons=reasons)
    )
    assert "Time: 2026-11-23 14:00" in pane.toPlainText()
    assert "Due:" not in pane.toPlainText()
    clock.set(datetime(2026, 11, 23, 14, 30, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Time: 2026-11-23 14:00 (begun)" in shown
    assert "began 30 min ago" in shown and "overdue" not in shown
    # Two hours on, over, as its card says (时间已过 beside 已开始, from review).
    clock.set(datetime(2026, 11, 23, 16, 0, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Time: 2026-11-23 14:00 (passed)" in shown
    assert "time passed" in shown and "begun" not in shown


def test_a_set_up_time_is_due_naming_its_meeting_then_is_the_meeting_s_time(
    qtbot: QtBot,
) -> None:
    set_up = datetime(2026, 12, 6, 15, 40, tzinfo=SHANGHAI)
    meeting = datetime(2026, 12, 6, 16, 0, tzinfo=SHANGHAI)
    clock = ManualClock(datetime(2026, 12, 6, 15, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    text = "更正：明天全区防溺水工作视频会议时间调整为下午4:00，分会场调试时间相应调整为3:40前。"
    reasons = (at_reason(set_up, False, meeting),)
    pane.show_row(replace(_row(text), tier=Tier.ACTION, deadline=set_up, reasons=reasons))
    # The meeting's time beside it: a tester found 16:00 nowhere.
    assert "Due: 2026-12-06 15:40 (the meeting at 16:00)" in pane.toPlainText()
    assert "due in 40 min" in pane.toPlainText()
    # Past the set-up, nothing is owed but the meeting: the card is the meeting's.
    clock.set(datetime(2026, 12, 6, 15, 50, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Time: 2026-12-06 16:00" in shown and "starts in 10 min" in shown
    assert "overdue" not in shown
    clock.set(datetime(2026, 12, 6, 16, 10, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Time: 2026-12-06 16:00 (begun)" in shown and "began 10 min ago" in shown
    clock.set(datetime(2026, 12, 7, 8, 40, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Time: 2026-12-06 16:00 (passed)" in shown and "time passed" in shown
    assert "overdue" not in shown and "Due:" not in shown


# A notice due Monday 7 December (自查), then Wednesday 10:00 (the report).
_MONDAY_DUE = datetime(2026, 12, 7, 17, 30, tzinfo=SHANGHAI)
_WEDNESDAY_DUE = datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI)


def _two_steps() -> InboxRow:
    reasons = (
        Reason.of("task_words"),
        at_reason(_MONDAY_DUE, event=False),
        *later_due_reasons(_MONDAY_DUE, (_WEDNESDAY_DUE,)),
    )
    text = "请各村于下周一前完成自查，周三上午10点前报送自查报告。"
    return replace(_row(text), tier=Tier.ACTION, deadline=_MONDAY_DUE, reasons=reasons)


def test_a_notice_with_two_due_times_lists_both_and_is_due_at_the_next(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_two_steps())
    shown = pane.toPlainText()
    assert "Due: 2026-12-07 17:30\n" in shown
    assert "next due 12-09 10:00" in shown
    # On Tuesday: due Wednesday, not overdue for Monday, which is still said.
    clock.set(datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "Due: 2026-12-09 10:00\n" in shown
    # Monday's passed, said once as passed; Wednesday is the card's due time, not a next.
    assert "due 12-07 17:30 passed" in shown
    assert "next due" not in shown
    assert "overdue" not in shown
    # Wednesday's time counts down, then is overdue, as any due time: the step passed
    # hid both (the card said Monday's time and Wednesday's, and never how soon).
    clock.set(datetime(2026, 12, 9, 9, 30, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    assert "due in 30 min, due 12-07 17:30 passed" in pane.toPlainText()
    clock.set(datetime(2026, 12, 9, 10, 20, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    assert "overdue by 20 min, due 12-07 17:30 passed" in pane.toPlainText()


def test_a_notice_s_two_due_times_in_chinese(qtbot: QtBot, zh_cn: None) -> None:
    clock = ManualClock(datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_two_steps())
    assert "下一时限 12-09 10:00" in pane.toPlainText()
    clock.set(datetime(2026, 12, 9, 9, 30, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    shown = pane.toPlainText()
    assert "30 分钟后截止" in shown
    assert "12-07 17:30 时限已过" in shown
    assert "下一时限" not in shown
    assert "已逾期" not in shown
    clock.set(datetime(2026, 12, 9, 10, 20, tzinfo=SHANGHAI))
    pane.refresh_ageing()
    assert "已逾期" in pane.toPlainText()


def test_a_withdrawn_message_says_who_withdrew_it_and_when_in_chinese(
    qtbot: QtBot, zh_cn: None
) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    withdrawn = datetime(2026, 11, 23, 9, 2, tzinfo=SHANGHAI)
    pane.show_row(replace(_row(""), withdrawn=withdrawn, read=True))
    shown = pane.toPlainText()
    assert "张三撤回了一条消息" in shown
    assert "发送者已于 2026-11-23 09:02 撤回" in shown
    # One the user withdrew from their phone says so as WeChat does.
    mine = replace(_row(""), withdrawn=withdrawn, reasons=(Reason.of("from_you"),))
    pane.show_row(mine)
    assert "你撤回了一条消息" in pane.toPlainText()


def test_a_message_a_group_admin_withdrew_says_who_did(qtbot: QtBot, zh_cn: None) -> None:
    # 张三撤回了一条消息 put the admin's act on the member who posted it.
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    withdrawn = replace(_row(""), withdrawn=datetime(2026, 11, 23, 9, 2, tzinfo=SHANGHAI))
    by_admin = Reason.of("removed_by", name="王五")
    pane.show_row(replace(withdrawn, reasons=(by_admin,)))
    shown = pane.toPlainText()
    assert "王五撤回了张三的一条消息" in shown and "王五已于 2026-11-23 09:02 撤回" in shown
    assert "发送者" not in shown
    pane.show_row(replace(withdrawn, reasons=(Reason.of("from_you"), by_admin)))
    assert "王五撤回了你的一条消息" in pane.toPlainText()
    pane.show_row(replace(withdrawn, reasons=(Reason.of("removed_by_you"),)))
    shown = pane.toPlainText()
    assert "你撤回了张三的一条消息" in shown and "你已于 2026-11-23 09:02 撤回" in shown
    # Said once: not again among the reasons.
    assert shown.count("撤回") == 2


def test_the_user_s_own_ding_says_who_has_confirmed_and_who_not_yet(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    row = replace(sent_row(2, 3), ack_names=("站长0",))
    pane.show_row(row)
    shown = pane.toPlainText()
    assert "Info — DING sent by you: 2/5 confirmed, 3 not yet\n" in shown
    assert "Confirmed (2): 站长0 09:02, 站长1 09:03" in shown
    assert "Not yet confirmed (3): 主任0, 主任1, 主任2" in shown
    # A 收到 reply among the confirmations is not said again as an ack.
    assert "acknowledged" not in shown
    with qtbot.waitSignal(pane.sentDingRequested) as asked:
        pane.anchorClicked.emit(QUrl(ROSTER_LINK))
    assert asked.args == [7], "the roster opens on this DING"


def test_the_user_s_own_ding_in_chinese(qtbot: QtBot, zh_cn: None) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    pane.show_row(sent_row(3, 9))
    shown = pane.toPlainText()
    assert "我发出的 DING：已确认 3/12，未确认 9 人" in shown
    assert "未确认（9）：主任0、主任1" in shown
    assert "在“我发出的 DING”中打开…" in shown
    pane.show_row(sent_row(12, 0))
    assert "我发出的 DING：12 人全部已确认" in pane.toPlainText()
    assert "未确认（" not in pane.toPlainText()


def _acked(names_groups_minutes: list[tuple[str, str, int]], *, mine: int = -1) -> InboxRow:
    """The notice posted 09:00 at 镇工作群, acknowledged by each (name, group) that many
    minutes later (minus: the day before); the `mine`th is the user's own."""
    at = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    acks = tuple(
        Ack(name, group, at + timedelta(minutes=minutes), yours=n == mine)
        for n, (name, group, minutes) in enumerate(names_groups_minutes)
    )
    return replace(
        _row("请各村于今晚8点前上报值班表"),
        ack_names=tuple(dict.fromkeys(a.name for a in acks if not a.yours)),
        acked_by_you=mine >= 0,
        acks=acks,
    )


def test_the_pane_lists_who_acknowledged_where_and_when_and_copies_it_a_line_each(
    qtbot: QtBot,
) -> None:
    # From a tester: the county asked who confirmed a notice, when, and in which group;
    # the pane named them in one run, groups mixed, no time. They paste the pane into
    # their reply to the county.
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    row = _acked(
        [
            ("凤鸣乡-温晴", "凤鸣乡群", -(24 * 60 + 30)),
            ("严国栋", "镇工作群", 4),
            ("李明", "镇工作群", 9),
        ],
        mine=2,
    )
    pane.show_row(replace(row, also_in=("凤鸣乡群",)))
    block = "\n".join(
        (
            "acknowledged ×3:",
            "凤鸣乡群 · 凤鸣乡-温晴 · 11-22 08:30",
            "镇工作群 · 严国栋 · 09:04",
            "镇工作群 · me · 09:09",
        )
    )
    assert block in pane.toPlainText()
    pane.selectAll()
    pane.copy()
    clipboard = QGuiApplication.clipboard().text()
    assert block in clipboard
    assert clipboard.endswith("镇工作群 · me · 09:09")
    # In one group alone, the group goes without saying.
    pane.show_row(row)
    assert "\n凤鸣乡-温晴 · 11-22 08:30\n严国栋 · 09:04\nme · 09:09" in pane.toPlainText()


def test_an_acknowledgement_with_a_promise_is_listed_with_its_words(qtbot: QtBot) -> None:
    # From a tester: 收到，本周五前交 and the user's own 好的，马上发您 were names and times
    # under 收到 ×3, the promise and its date nowhere to read.
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    row = _acked(
        [("严国栋", "镇工作群", 4), ("郝文涛", "镇工作群", 6), ("李明", "镇工作群", 9)], mine=2
    )
    words = {
        ("郝文涛", row.acks[1].ts): "收到，本周五前交",
        ("李明", row.acks[2].ts): "好的，\n马上发您",
    }
    pane = DetailPane(SHANGHAI, clock, ack_words_of=lambda card: words if card == row.id else {})
    qtbot.addWidget(pane)
    pane.show_row(row)
    block = "\n".join(
        (
            "acknowledged ×3:",
            "严国栋 · 09:04",
            "郝文涛 · 09:06: 收到，本周五前交",
            "me · 09:09: 好的， 马上发您",
        )
    )
    assert block in pane.toPlainText()


def test_the_pane_lists_every_acknowledgement_of_a_county_wide_notice(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_acked([(f"村{n}", "镇工作群", n) for n in range(40)]))
    shown = pane.toPlainText()
    # The card's line under the header names three; the list under the message, all.
    assert "acknowledged ×40 (村0, 村1, 村2, …)" in shown
    assert all(f"\n村{n} · 09:{n:02}" in shown for n in range(40))
    assert "more" not in shown


def test_a_card_marked_read_as_it_is_read_keeps_the_reader_s_place(qtbot: QtBot) -> None:
    # Stepped to, a card is marked read, and the re-read that follows brings it back so:
    # the pane was written again, the reader scrolled back to its top.
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.resize(400, 200)
    pane.show()
    row = _acked([(f"村{n}", "镇工作群", n) for n in range(40)])
    pane.show_row(row)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    shown, place = pane.toPlainText(), bar.value()
    assert place > 0
    pane.show_row(replace(row, read=True))
    assert (pane.toPlainText(), bar.value()) == (shown, place)
    # Anything else the re-read brings is shown: an acknowledgement come meanwhile.
    later = _acked([(f"村{n}", "镇工作群", n) for n in range(41)])
    pane.show_row(replace(later, read=True))
    assert "\n村40 · 09:40" in pane.toPlainText()


def test_a_card_unread_again_shows_why(qtbot: QtBot) -> None:
    # Unread again, and nothing else on its row changed: posted again in its group, which
    # its copies, read with the page, tell.
    again = NoticeCopy(
        id=3,
        group_name="镇工作群",
        sender_name="张三",
        ts=datetime(2026, 11, 23, 9, 21, tzinfo=SHANGHAI),
        added=(),
        deadline=None,
    )
    copies: list[NoticeCopy] = []
    clock = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock, copies_of=lambda _card: list(copies))
    qtbot.addWidget(pane)
    row = replace(_row("【DING】全体人员立即到岗"), cluster="$e", read=True)
    pane.show_row(row)
    assert "Posted again" not in pane.toPlainText()
    copies.append(again)
    pane.show_row(replace(row, read=False))
    assert "Posted again in this group: 11-23 09:21" in pane.toPlainText()


def test_the_pane_lists_the_replies_that_answer_the_notice_with_what_they_said(
    qtbot: QtBot,
) -> None:
    # From a tester: five villages reported on a notice in the township's group, and the
    # notice said nothing of it; each report was a card of its own among 600.
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    at = datetime(2026, 11, 23, 14, 15, tzinfo=SHANGHAI)
    answers = (
        Answer(
            "竹溪村-庞德顺", "桐坪镇防汛应急指挥群", at, "竹溪村山塘3座，三个责任人名单已报岳明。"
        ),
        Answer("上坪村-卜长林", "桐坪镇防汛应急指挥群", at + timedelta(minutes=143), "上坪村已报"),
    )
    row = replace(_row("请各村今天下班前把三个责任人名单报岳明"), answers=answers)
    pane.show_row(row)
    assert (
        "\n".join(
            (
                "Replies ×2:",
                "竹溪村-庞德顺 · 14:15: 竹溪村山塘3座，三个责任人名单已报岳明。",
                "上坪村-卜长林 · 16:38: 上坪村已报",
            )
        )
        in pane.toPlainText()
    )
    # The card says how many, and which units first (竹溪村 of 竹溪村-庞德顺).
    assert "replies ×2 (竹溪村, 上坪村)" in summary(row, SHANGHAI, clock.now())


def _wrapped_lines(document: QTextDocument, width: float, starting: str) -> list[str]:
    """The lines of the document's paragraph `starting` so, laid out `width` wide."""
    document.setTextWidth(width)
    document.size()  # laid out now
    block = document.begin()
    while not without_joiners(block.text()).startswith(starting):
        block = block.next()
    layout, text = block.layout(), block.text()
    return [
        without_joiners(text[line.textStart() : line.textStart() + line.textLength()])
        for line in map(layout.lineAt, range(layout.lineCount()))
    ]


def test_the_units_not_reported_wrap_between_names_never_inside_one(qtbot: QtBot) -> None:
    # From a tester at 175 %: the pane's 未报 list split 新街社 / 区 over two lines, read
    # as two units. Chinese breaks between any two characters: names are held whole.
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    units = ("竹溪村", "上坪村", "新街社区", "洄水湾村", "杨梅岭村", "花溪村", "白鹭镇农业站")
    call = RollCall(units, ("竹溪村",))
    pane.show_row(replace(_row("请各村于周六下班前报送收入明细"), roll_call=call))
    for width in range(120, 420, 3):
        lines = _wrapped_lines(pane.document(), width, "Not yet reported")
        for unit in units[1:]:
            assert any(unit in line for line in lines), f"{unit} split at {width} px"
    # Copied (Ctrl+A, Ctrl+C) into a reply without the invisible joiners.
    pane.selectAll()
    pane.copy()
    copied = QGuiApplication.clipboard().text()
    assert "Not yet reported: 上坪村, 新街社区, 洄水湾村" in copied
    assert "\u2060" not in copied


def test_a_done_message_says_it_is_done_and_how_to_bring_it_back(qtbot: QtBot) -> None:
    # From a tester: found by a search in Done, it read as if still open.
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    # The key as F1 lists it, e: the pane said E (a tester).
    pane.set_done_key("e")
    pane.show_row(replace(_row("请各村于今晚8点前上报值班表"), done=True))
    assert "Marked done. e moves it back to the inbox." in pane.toPlainText()
    pane.show_row(_row("请各村于今晚8点前上报值班表"))
    assert "Marked done" not in pane.toPlainText()


def test_the_pane_and_the_card_say_which_units_have_not_reported(qtbot: QtBot) -> None:
    # The boss's Monday question, 上周的通知里哪些还没报: a tester opened each of 17 通知
    # cards and still could not tell.
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    call = RollCall(("竹溪村", "上坪村", "新街社区", "洄水湾村"), ("竹溪村", "洄水湾村"))
    row = replace(_row("请各村于周六下班前报送收入明细"), roll_call=call)
    pane.show_row(row)
    shown = without_joiners(pane.toPlainText())
    assert "Not yet reported: 上坪村, 新街社区" in shown
    assert "Reported: 竹溪村, 洄水湾村" in shown
    assert "reported 2/4, not yet: 上坪村, 新街社区" in summary(row, SHANGHAI, clock.now())
    # Three or more left: the count on the card, the names in the pane.
    three = replace(row, roll_call=RollCall(call.expected, ("竹溪村",)))
    assert "reported 1/4" in summary(three, SHANGHAI, clock.now())
    assert "not yet" not in summary(three, SHANGHAI, clock.now())
    # All in: 已报齐, and no more 已逾期 (a card read 已逾期 1 天 · 已报 8/8).
    late = replace(
        row,
        tier=Tier.ACTION,
        deadline=clock.now() - timedelta(days=1),
        ack_names=("竹溪村-庞德顺",),
    )
    assert "overdue" in summary(late, SHANGHAI, clock.now())
    full = replace(late, roll_call=RollCall(call.expected, call.expected))
    said = summary(full, SHANGHAI, clock.now())
    assert "all 4 villages reported" in said and "overdue" not in said
    # Of the kind of unit: towns, or a mix.
    towns = ("白鹭镇", "桐坪镇", "凤鸣乡")
    assert "all 3 towns reported" in summary(
        replace(full, roll_call=RollCall(towns, towns)), SHANGHAI, clock.now()
    )
    mixed = ("白鹭镇", "区住建局")
    assert "all 2 reported" in summary(
        replace(full, roll_call=RollCall(mixed, mixed)), SHANGHAI, clock.now()
    )


def test_the_pane_says_a_notice_every_unit_reported_on_is_no_longer_overdue(
    qtbot: QtBot,
) -> None:
    # The card read 已报齐, the pane beside it still 已逾期 1 天 twice (its reasons and
    # its due line).
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    due = clock.now() - timedelta(days=1)
    units = ("竹溪村", "上坪村")
    late = replace(
        _row("请各村于周六下班前报送收入明细"),
        tier=Tier.ACTION,
        deadline=due,
        reasons=(Reason.of("deadline", when=due.isoformat()),),
        roll_call=RollCall(units, units[:1]),
    )
    pane.show_row(late)
    assert "overdue by 1 d" in pane.toPlainText()
    assert "Due: 2026-11-22 17:00 (overdue)" in pane.toPlainText()
    pane.show_row(replace(late, roll_call=RollCall(units, units)))
    shown = pane.toPlainText()
    assert "Due: 2026-11-22 17:00 (all reported)" in shown
    assert "overdue" not in shown


def test_a_reminder_whose_units_have_reported_names_them_and_is_not_due(qtbot: QtBot) -> None:
    # From a tester: 还差上坪村、新街社区没报 read 3.2 小时后截止 after both had reported.
    # Done, it names them: 各村（社区）已报齐（2 个） would read as every village.
    clock = ManualClock(datetime(2026, 11, 23, 8, 40, tzinfo=SHANGHAI))
    units = ("上坪村", "新街社区")
    due = clock.now() + timedelta(hours=3, minutes=20)
    row = replace(
        _row("提醒：自建房“回头看”情况表今天中午12点截止，还差上坪村、新街社区没报。"),
        tier=Tier.ACTION,
        deadline=due,
        reasons=(Reason.of("deadline", when=due.isoformat()),),
        roll_call=RollCall(units, units, named=True),
    )
    said = summary(row, SHANGHAI, clock.now())
    assert "all reported: 上坪村, 新街社区" in said
    assert "due in" not in said and "villages" not in said
    half = replace(row, roll_call=RollCall(units, units[:1], named=True))
    assert "reported 1/2, not yet: 新街社区" in summary(half, SHANGHAI, clock.now())


@pytest.mark.usefixtures("zh_cn")
def test_a_duty_s_set_up_time_names_the_duty_not_a_meeting(qtbot: QtBot) -> None:
    # From a tester: 文明交通劝导 duty read 截止：2026-12-09 07:20（07:30 开会）.
    at_post = datetime(2026, 12, 9, 7, 20, tzinfo=SHANGHAI)
    shift = datetime(2026, 12, 9, 7, 30, tzinfo=SHANGHAI)
    pane = DetailPane(SHANGHAI, ManualClock(datetime(2026, 12, 8, 17, 0, tzinfo=SHANGHAI)))
    qtbot.addWidget(pane)
    text = "【创文·文明交通劝导】明天上午7:30—11:30…7:20前到岗"
    for kind, said in ((Readies.DUTY, "07:30 上岗"), (Readies.START, "07:30 开始")):
        reasons = (at_reason(at_post, False, shift, kind),)
        pane.show_row(replace(_row(text), tier=Tier.ACTION, deadline=at_post, reasons=reasons))
        shown = pane.toPlainText()
        assert f"截止：2026-12-09 07:20（{said}）" in shown
        assert "开会" not in shown


def test_whether_the_users_own_unit_reported_comes_first(qtbot: QtBot, zh_cn: None) -> None:
    # Testers: under a district notice to 各镇, the question on Monday is "have WE reported?".
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    towns = ("白鹭镇", "清河街道", "松岗镇", "凤鸣乡", "桐坪镇")
    at = datetime(2026, 11, 23, 8, 34, tzinfo=SHANGHAI)
    reported = RollCall(towns, ("白鹭镇", "桐坪镇"), own="桐坪镇", own_by="严国栋", own_at=at)
    row = replace(_row("各镇（街道）15分钟内报当前累计转移人数和安置点数量！"), roll_call=reported)
    said = summary(row, SHANGHAI, clock.now())
    assert said.startswith("本镇已报（严国栋 08:34） · 已报 2/5")
    pane.show_row(row)
    lines = pane.toPlainText().splitlines()
    heading = next(n for n, line in enumerate(lines) if line.startswith("已报 2/5 个单位"))
    assert lines[heading + 1] == "本镇已报（严国栋 08:34）"
    # Not yet: said first, and not again among those missing on the card.
    owing = replace(row, roll_call=RollCall(towns, ("白鹭镇", "松岗镇"), own="桐坪镇"))
    said = summary(owing, SHANGHAI, clock.now())
    assert said.startswith("本镇还没报 · 已报 2/5")
    # The user's own report: 我.
    mine = replace(row, roll_call=RollCall(towns, towns[:2], own="桐坪镇", own_by="", own_at=at))
    assert summary(mine, SHANGHAI, clock.now()).startswith("本镇已报（我 08:34）")
    # A unit not known (or not asked): nothing changes.
    plain = replace(row, roll_call=RollCall(towns, ("白鹭镇",)))
    assert summary(plain, SHANGHAI, clock.now()).startswith("已报 1/5")


def test_the_count_says_whose_reports_it_counts_beside_the_user_s_own_unit(
    qtbot: QtBot, zh_cn: None
) -> None:
    # A tester, on the district's notice the town passed down to its villages: the heading
    # said 已报 8/8 个单位 (the villages) and the line under it 本镇还没报 (the town's own).
    clock = ManualClock(datetime(2026, 11, 23, 17, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    villages = ("竹溪村", "上坪村", "洄水湾村", "新街社区")
    call = RollCall(villages, villages, own="桐坪镇")
    row = replace(_row("请各镇（街道）于周五前报送自查情况"), roll_call=call)
    pane.show_row(row)
    lines = pane.toPlainText().splitlines()
    heading = next(n for n, line in enumerate(lines) if "4/4" in line)
    assert lines[heading].startswith("各村（社区）已报 4/4（")
    assert lines[heading + 1] == "本镇还没报"
    owing = replace(row, roll_call=RollCall(villages, villages[:3], own="桐坪镇"))
    assert summary(owing, SHANGHAI, clock.now()).startswith(
        "本镇还没报 · 各村（社区）已报 3/4，未报：新街社区"
    )
    some = replace(row, roll_call=RollCall((*villages, "石门坎村"), villages[:2], own="桐坪镇"))
    assert summary(some, SHANGHAI, clock.now()).startswith("本镇还没报 · 各村（社区）已报 2/5")
    # The user's unit one of those counted: the count is theirs too, said as before.
    towns = ("白鹭镇", "松岗镇", "桐坪镇")
    pane.show_row(replace(row, roll_call=RollCall(towns, towns[:2], own="桐坪镇")))
    assert any(line.startswith("已报 2/3 个单位") for line in pane.toPlainText().splitlines())


def test_a_notice_the_user_s_own_unit_still_owes_stays_overdue_once_the_villages_reported(
    qtbot: QtBot, zh_cn: None
) -> None:
    # A tester on Monday, the district's 12-05 DING the town passed down to its villages:
    # the card said 本镇还没报 · 各村（社区）已报齐（8 个） and no 已逾期, the pane 截止：…
    # （已报齐）, while the town was two days late with its own report.
    clock = ManualClock(datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    due = datetime(2026, 12, 5, 10, 0, tzinfo=SHANGHAI)
    villages = ("竹溪村", "上坪村", "洄水湾村", "新街社区")
    row = replace(
        _row("各镇10点前报送值班人员名单"),
        tier=Tier.ACTION,
        deadline=due,
        reasons=(Reason.of("deadline", when=due.isoformat()),),
        roll_call=RollCall(villages, villages, own="桐坪镇"),
    )
    said = summary(row, SHANGHAI, clock.now())
    assert said == "本镇还没报 · 各村（社区）已报齐（4 个） · 已逾期 1 天 22 小时"
    pane.show_row(row)
    assert "截止：2026-12-05 10:00（已逾期）" in pane.toPlainText()
    assert "已报齐）" not in pane.toPlainText()
    # Once the town has reported too, it is done, as before.
    at = datetime(2026, 12, 5, 9, 40, tzinfo=SHANGHAI)
    done = RollCall(villages, villages, own="桐坪镇", own_by="严国栋", own_at=at)
    assert "已逾期" not in summary(replace(row, roll_call=done), SHANGHAI, clock.now())
    # The user's unit one of those counted: all of them reported is done, as before.
    towns = ("白鹭镇", "桐坪镇")
    counted = RollCall(towns, towns, own="桐坪镇", own_by="", own_at=at)
    pane.show_row(replace(row, roll_call=counted))
    assert "截止：2026-12-05 10:00（已报齐）" in pane.toPlainText()


def test_a_ding_the_sender_set_to_be_confirmed_before_its_due_time_says_both(
    qtbot: QtBot, zh_cn: None
) -> None:
    # Set to be confirmed by 15:10 (org.desk.ding.deadline, the 1-hour rule), its text
    # 18:00前到…集合: the card and pane said only 截止 18:00 (a tester).
    posted = datetime(2026, 11, 23, 14, 10, tzinfo=SHANGHAI)
    due = datetime(2026, 11, 23, 18, 0, tzinfo=SHANGHAI)
    row = replace(
        _row("18:00前到镇政府三楼集合"),
        ts=posted,
        tier=Tier.URGENT,
        reasons=(Reason.of("deadline_today", time="18:00"),),
        deadline=due,
        ding=True,
        pinned=True,
        ding_due=posted + timedelta(hours=1),
    )
    clock = ManualClock(posted + timedelta(minutes=10))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(row)
    said = pane.toPlainText()
    assert "应在 15:10 前确认" in said and "18:00" in said, said
    line = InboxDelegate(SHANGHAI, clock)._card(row, 900, QFont()).summary.text()
    assert "应在 15:10 前确认" in line, line


def test_a_due_time_at_midnight_reads_as_24_00_of_its_day(qtbot: QtBot) -> None:
    # 12月9日24:00截止 read 截止：2026-12-10 00:00, a day after its relay's 12月9日截止 (a
    # tester).
    clock = ManualClock(datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    due = datetime(2026, 12, 10, 0, 0, tzinfo=SHANGHAI)

    pane.show_row(replace(_row("学时统计将于12月9日24:00截止"), tier=Tier.ACTION, deadline=due))

    assert "Due: 2026-12-09 24:00" in pane.toPlainText()
    assert "2026-12-10" not in pane.toPlainText()
