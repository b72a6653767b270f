"""The line under a card: the due time first, what the card hides, or why it ranks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desk.cli.inbox_cmd import _card_line
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Reason, Tier
from desk.core.reasons import (
    ACK,
    COPY_SOONER,
    NAMES_UNIT,
    OWN_DUE,
    REPLIED,
    SOONER_DUE,
    at_reason,
    later_due_reasons,
    unmatched_ack,
)
from desk.store.escalations import EscalationStore
from desk.store.inbox import Answer, InboxQueries, InboxRow, View, search_needle
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.card_text import (
    ack_lines,
    acker_spans,
    acks_heading,
    acks_text,
    also_in_text,
    answer_lines,
    answers_heading,
    due_late,
    named_first,
    reasons_text,
    spoken_text,
    summary,
)
from desk.ui.detail_pane import DetailPane
from tests.conftest import SHANGHAI
from tests.store.test_inbox_queries import _NOTICE, _posted
from tests.ui.test_detail_pane import _acked, _row, sent_row, zh_cn  # noqa: F401 (a fixture)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
DUE = datetime(2026, 11, 23, 17, 30, tzinfo=SHANGHAI)


def test_a_card_raised_by_a_copy_says_the_due_time_the_copy_gave_it() -> None:
    # From review: the card's own reasons hold no due time; its more pressing copy set it.
    tomorrow = datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI)
    card = replace(
        _row("请各村报送值班表"), tier=Tier.ACTION, deadline=tomorrow, also_in=("镇防汛群",)
    )
    assert summary(card, SHANGHAI, NOW) == "due tomorrow 17:30 · also in: 镇防汛群"


def test_a_card_says_the_group_it_also_came_in_under_another_account_with_whose() -> None:
    # Two accounts of one official in one group: one card, its other account's group said
    # with whose it is, as the sidebar says it (the same room's name under both).
    card = replace(
        _row("请各村报送值班表"),
        also_in=("镇防汛群", "桐坪镇党政办"),
        also_in_whose=("", "@second"),
    )
    assert also_in_text(card) == "also in: 镇防汛群, 桐坪镇党政办 (@second)"
    assert also_in_text(replace(card, also_in_whose=())) == "also in: 镇防汛群, 桐坪镇党政办"


def test_near_its_due_time_a_card_says_how_long_is_left_or_how_late_it_is() -> None:
    card = replace(_row("请各村报送值班表"), tier=Tier.ACTION, deadline=DUE, also_in=("镇防汛群",))
    assert summary(card, SHANGHAI, NOW).startswith("due in 8 h · ")
    late = datetime(2026, 11, 23, 17, 46, tzinfo=SHANGHAI)
    assert summary(card, SHANGHAI, late).startswith("overdue by 16 min · ")


def test_a_card_moved_to_information_states_no_due_time() -> None:
    reasons = (Reason.of("user_correction"), Reason.of("deadline", when=DUE.isoformat()))
    card = replace(_row("请各村报送值班表"), tier=Tier.INFO, deadline=DUE, reasons=reasons)
    assert "deadline" not in summary(card, SHANGHAI, NOW)
    assert "deadline" not in summary(replace(card, also_in=("镇防汛群",)), SHANGHAI, NOW)


def test_the_user_s_own_ack_from_their_phone_is_said_as_me_first() -> None:
    card = replace(_row("请各村报送值班表"), ack_names=("张三", "李四"), acked_by_you=True)
    assert acks_text(card) == "acknowledged ×3 (me, 张三, 李四)"
    assert acks_text(replace(card, acked_by_you=False)) == "acknowledged ×2 (张三, 李四)"


def test_a_learnt_weight_is_said_as_what_the_user_did_not_as_a_number() -> None:
    # From a new user: 群权重 +0.2 read as jargon.
    up = replace(_row("东岭村巡查"), reasons=(Reason.of("group_weight", weight="+0.2"),))
    assert reasons_text(up, SHANGHAI, NOW) == "you moved this group's messages up before"
    down = replace(up, reasons=(Reason.of("sender_weight", weight="-0.4"),))
    assert reasons_text(down, SHANGHAI, NOW) == "you moved this sender's messages down before"


def test_a_meeting_card_says_when_it_starts_and_that_it_began_not_overdue() -> None:
    at = datetime(2026, 11, 23, 14, 0, tzinfo=SHANGHAI)
    reasons = (Reason.of("deadline", when=at.isoformat(), event="1"),)
    card = replace(
        _row("下午2点三楼会议室召开防汛调度会"),
        tier=Tier.ACTION,
        deadline=at,
        reasons=reasons,
        also_in=("镇防汛群",),
    )
    assert summary(card, SHANGHAI, NOW).startswith("starts in 4 h 30 min · ")
    assert summary(card, SHANGHAI, datetime(2026, 11, 23, 14, 20, tzinfo=SHANGHAI)).startswith(
        "began 20 min ago · "
    )
    assert reasons_text(card, SHANGHAI, NOW + timedelta(days=2)) == "time passed"


def test_a_due_time_is_said_once_by_how_soon_before_and_after_it_passes() -> None:
    # From a week-long run: "@我、群主发布、已逾期 5.8 小时、已逾期 5.8 小时"; and from a
    # tester, before it passed: "截止 12-03 23:43、8 分钟后截止".
    due = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    reasons = (
        Reason.of("asks_you"),
        Reason.of("deadline", when=due.isoformat()),
        Reason.of("deadline_soon", due=due.isoformat()),
    )
    card = replace(_row("@王丽 把数字对一下，10分钟内给我"), tier=Tier.ACTION, deadline=due)
    card = replace(card, reasons=reasons)
    late = datetime(2026, 11, 23, 15, 48, tzinfo=SHANGHAI)
    assert reasons_text(card, SHANGHAI, late).count("overdue by 5 h 48 min") == 1
    before = datetime(2026, 11, 23, 9, 52, tzinfo=SHANGHAI)
    assert reasons_text(card, SHANGHAI, before) == "a question put to you, due in 8 min"
    # Without a how-soon, worded alike; the day and time only further off.
    plain = replace(card, reasons=reasons[:2])
    assert reasons_text(plain, SHANGHAI, before) == "a question put to you, due in 8 min"
    day_before = datetime(2026, 11, 22, 17, 0, tzinfo=SHANGHAI)
    assert "due tomorrow 10:00" in reasons_text(plain, SHANGHAI, day_before)
    assert "due tomorrow 10:00" in reasons_text(card, SHANGHAI, day_before)


def test_a_copy_posted_again_in_the_cards_own_group_is_said_to_be_here() -> None:
    # From a tester: "more pressing as posted in 云岫区青年干部学习交流群" on that group's card.
    card = replace(_row("【专题讲座预告】周四晚7:30"), tier=Tier.ACTION)
    here = Reason.of("copy_more_pressing", group=card.group_name)
    elsewhere = Reason.of("copy_sooner", group="镇防汛群")
    card = replace(card, reasons=(here, elsewhere))
    assert reasons_text(card, SHANGHAI, NOW) == (
        "more pressing as posted again here, due sooner as posted in 镇防汛群"
    )


def test_the_user_s_own_ding_says_how_many_have_confirmed_not_who_acked() -> None:
    # From a tester: their DING read as a plain information card, "sent by you".
    card = replace(sent_row(3, 9), ack_names=("站长0", "站长1"), also_in=("村联络群",))
    assert summary(card, SHANGHAI, NOW) == (
        "DING sent by you: 3/12 confirmed, 9 not yet · also in: 村联络群"
    )
    assert summary(sent_row(12, 0), SHANGHAI, NOW) == "DING sent by you: all 12 confirmed"
    assert "DING sent by you: 3/12 confirmed" in spoken_text(card, SHANGHAI, NOW)


def _three_steps() -> InboxRow:
    """A notice due Monday 7 December 17:30, then Wednesday 10:00, then Friday 17:30."""
    monday = datetime(2026, 12, 7, 17, 30, tzinfo=SHANGHAI)
    later = (
        datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI),
        datetime(2026, 12, 11, 17, 30, tzinfo=SHANGHAI),
    )
    reasons = (
        Reason.of("task_words"),
        at_reason(monday, event=False),
        *later_due_reasons(monday, later),
    )
    text = "请各村于下周一前完成自查，周三上午10点前报送自查报告，周五前完成整改。"
    return replace(_row(text), tier=Tier.ACTION, deadline=monday, reasons=reasons)


@pytest.mark.usefixtures("zh_cn")
def test_a_card_says_its_due_time_and_at_most_the_next_step_each_once(qtbot: QtBot) -> None:
    card = _three_steps()
    # Before the first: one 下一时限, not two side by side.
    sunday = datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI)
    said = reasons_text(card, SHANGHAI, sunday)
    assert said.count("下一时限") == 1 and "下一时限 12-09 10:00" in said
    # Between steps: Wednesday's time is the card's, counting down, said once; the
    # passed Monday is the reading pane's, never called 下一时限.
    wednesday = datetime(2026, 12, 9, 9, 30, tzinfo=SHANGHAI)
    said = reasons_text(card, SHANGHAI, wednesday)
    assert "30 分钟后截止" in said
    assert "12-09 10:00" not in said
    assert "时限已过" not in said
    assert said.count("下一时限") == 1 and "下一时限 12-11 17:30" in said
    assert "12-07 17:30 时限已过" in reasons_text(card, SHANGHAI, wednesday, passed_steps=True)
    # After the last: overdue, and no step at all.
    sunday_after = datetime(2026, 12, 13, 9, 0, tzinfo=SHANGHAI)
    said = reasons_text(card, SHANGHAI, sunday_after)
    assert "已逾期 1 天" in said
    assert "下一时限" not in said and "时限已过" not in said


@pytest.mark.usefixtures("zh_cn")
def test_a_long_list_of_acks_names_the_first_and_says_how_many_more(qtbot: QtBot) -> None:
    # A tooltip does not scroll: a county's forty 收到 would run off the screen.
    card = _acked([(f"村{n}", "镇工作群", n) for n in range(14)])
    lines = ack_lines(card, SHANGHAI, NOW, limit=10)
    assert lines[:2] == ("村0 · 09:00", "村1 · 09:01")
    assert len(lines) == 11
    assert lines[-1] == "另有 4 人"
    assert acks_heading(card) == "收到 ×14："
    assert len(ack_lines(card, SHANGHAI, NOW, limit=14)) == 14


@pytest.mark.usefixtures("zh_cn")
def test_one_who_acknowledged_in_two_groups_is_one_line_naming_both(qtbot: QtBot) -> None:
    # "收到 ×8" over 11 lines: the list had a line per group per person, the count people
    # (a tester). Each person once, where they said it, from their first 收到.
    acked = _acked(
        [
            ("张三", "镇工作群", 1),
            ("李四", "镇工作群", 2),
            ("张三", "村联络群", 5),
            ("严国栋", "镇工作群", 6),
            ("王五", "村联络群", 7),
            ("严国栋", "村联络群", 8),
        ]
    )
    card = replace(
        acked,
        also_in=("村联络群",),
        # The user's own, from their phone in both groups.
        ack_names=("张三", "李四", "王五"),
        acked_by_you=True,
        acks=tuple(replace(a, yours=a.name == "严国栋") for a in acked.acks),
    )
    assert acks_heading(card) == "收到 ×4："
    second = datetime(2026, 11, 23, 9, 5, tzinfo=SHANGHAI)
    words = {("张三", second): "收到，本周五前交"}
    assert ack_lines(card, SHANGHAI, NOW, words=words) == (
        "镇工作群、村联络群 · 张三 · 09:01：收到，本周五前交",
        "镇工作群 · 李四 · 09:02",
        "镇工作群、村联络群 · 我 · 09:06",
        "村联络群 · 王五 · 09:07",
    )
    assert ack_lines(card, SHANGHAI, NOW, limit=2)[-1] == "另有 2 人"


@pytest.mark.usefixtures("zh_cn")
def test_a_tooltip_s_replies_are_the_first_ones_each_cut_short(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    answers = tuple(
        Answer(f"村{n}", "镇工作群", at + timedelta(minutes=n), "三个责任人名单已报岳明，" * 5)
        for n in range(12)
    )
    card = replace(_row("请各村今天下班前报三个责任人名单"), answers=answers)
    lines = answer_lines(card, SHANGHAI, NOW, limit=10, width=12)
    assert lines[0] == "村0 · 09:00：三个责任人名单已报岳明…"
    assert lines[-1] == "另有 2 人" and len(lines) == 11
    assert answers_heading(card) == "回复 ×12："


def test_a_card_names_who_answered_by_their_units_where_their_names_say_them() -> None:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    answers = tuple(
        Answer(name, "镇工作群", at, "已报")
        for name in ("竹溪村-庞德顺", "竹溪村-庞德顺", "覃立新", "新街社区－柏志强", "区-")
    )
    card = replace(_row("请各村今天下班前报三个责任人名单"), answers=answers)
    assert _replies_said(card) == "replies ×5 (竹溪村, 覃立新, 新街社区, …)"


def _replies_said(card: InboxRow) -> str:
    """What the card's line says of the replies."""
    (said,) = [p for p in summary(card, SHANGHAI, NOW).split(" · ") if p.startswith("replies")]
    return said


@pytest.mark.usefixtures("zh_cn")
def test_in_chinese_a_loose_ack_and_the_user_s_own_reply_read_as_the_tester_asked(
    qtbot: QtBot,
) -> None:
    loose = replace(
        _row("👍"),
        tier=Tier.NOISE,
        reasons=unmatched_ack((Reason.of(ACK),), "值守的同志辛苦了🌹"),
    )
    assert summary(loose, SHANGHAI, NOW) == (
        "一条“收到”，没找到它回复的是哪条通知；群里上一条是：值守的同志辛苦了🌹"
    )
    alone = replace(loose, reasons=unmatched_ack((Reason.of(ACK),), None))
    assert summary(alone, SHANGHAI, NOW) == "一条“收到”，没找到它回复的是哪条通知"
    at = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    answers = (
        Answer("庄园园", "镇工作群", at, "农贸市场已自查"),
        Answer("方晓宁", "镇工作群", at + timedelta(minutes=5), "问题清单已汇总", yours=True),
    )
    card = replace(_row("@方晓宁 你配合把问题清单汇总好"), answers=answers)
    assert "回复 ×2（我、庄园园）" in summary(card, SHANGHAI, NOW)
    assert answer_lines(card, SHANGHAI, NOW)[1] == "我 · 09:05：问题清单已汇总"


def test_a_relay_s_sooner_time_once_passed_is_said_with_its_day() -> None:
    # From a tester, after 17:30: 截止 12-09 17:30、“…河长制…群”中转发的版本要求 17:30 前完成
    # read as though the relay's 17:30 were still to come. Its day is said, as the card's
    # own due time's is (and as `desk inbox` says it).
    own = DUE + timedelta(days=2)
    card = replace(
        _row("【紧急通知】请各镇（街道）自查整改"),
        tier=Tier.ACTION,
        deadline=DUE,
        reasons=(
            at_reason(DUE, event=False),
            Reason.of(
                COPY_SOONER,
                group="镇河长制群",
                **{SOONER_DUE: DUE.isoformat(), OWN_DUE: own.isoformat()},
            ),
        ),
    )
    said = reasons_text(card, SHANGHAI, DUE + timedelta(minutes=15))
    assert "镇河长制群 asked for it by 11-23 17:30" in said
    assert "due the day after tomorrow 17:30" in said


@pytest.mark.usefixtures("zh_cn")
def test_in_chinese_a_due_time_days_off_says_its_weekday_and_the_days_left(qtbot: QtBot) -> None:
    # A tester on a Monday had to work out which weekday 截止 12-08 17:30 was.
    monday = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI)
    card = replace(_row("请各村报送值班表"), tier=Tier.ACTION, also_in=("镇防汛群",))
    tuesday = replace(card, deadline=datetime(2026, 12, 8, 17, 30, tzinfo=SHANGHAI))
    assert summary(tuesday, SHANGHAI, monday).startswith("明天 17:30 截止 · ")
    friday = replace(card, deadline=datetime(2026, 12, 11, 17, 30, tzinfo=SHANGHAI))
    assert summary(friday, SHANGHAI, monday).startswith("截止 12-11（周五）17:30 · 还有 4 天 · ")
    reasons = (
        Reason.of("deadline", when=datetime(2026, 12, 11, 17, 30, tzinfo=SHANGHAI).isoformat()),
    )
    assert reasons_text(replace(friday, reasons=reasons), SHANGHAI, monday) == (
        "截止 12-11（周五）17:30 · 还有 4 天"
    )


def _unit_card(*reasons: Reason) -> InboxRow:
    """桐坪、凤鸣两个镇注意… with 本单位 桐坪镇, in Urgent, acknowledged by two."""
    card = _acked([("严国栋", "镇工作群", 4), ("凤鸣乡-温晴", "镇工作群", 5)])
    named = Reason.of(NAMES_UNIT, unit="桐坪镇")
    return replace(
        card,
        text="桐坪、凤鸣两个镇注意：危险区域人员必须全部转移，立即落实！",
        tier=Tier.URGENT,
        reasons=(Reason.of("owner_post"), *reasons, named),
    )


@pytest.mark.usefixtures("zh_cn")
def test_a_card_that_is_the_users_task_for_naming_their_unit_says_so() -> None:
    # From a tester: the reading pane listed 点名本单位（桐坪镇）, the card only 收到 ×2.
    said = summary(_unit_card(), SHANGHAI, NOW)
    assert said.startswith("点名本单位 · 收到 ×2")


@pytest.mark.usefixtures("zh_cn")
def test_a_card_put_to_the_user_says_nothing_more_of_their_unit() -> None:
    said = summary(_unit_card(Reason.of("mention")), SHANGHAI, NOW)
    assert "点名本单位" not in said and said.startswith("@我 · 收到 ×2")


@pytest.mark.usefixtures("zh_cn")
def test_a_card_put_to_the_user_says_so_on_its_line_as_the_reading_pane_does(qtbot: QtBot) -> None:
    # From a tester: the reading pane said @我, the card's line only its due time and 收到.
    at_you = replace(_unit_card(Reason.of("mention")), mentions_me=True)
    assert summary(at_you, SHANGHAI, NOW).startswith("@我 · 收到 ×2")
    due = replace(at_you, tier=Tier.ACTION, deadline=DUE)
    assert summary(due, SHANGHAI, NOW).startswith("8 小时后截止 · @我 · 收到 ×2")
    by_name = _unit_card(Reason.of("addresses_you"))
    assert summary(by_name, SHANGHAI, NOW).startswith("点名叫我 · 收到 ×2")
    # Said once, where the line is its reasons.
    alone = replace(at_you, acks=(), ack_names=(), acked_by_you=False)
    assert summary(alone, SHANGHAI, NOW).count("@我") == 1


def test_a_notice_whose_forwarded_ding_was_confirmed_no_longer_reads_late(
    store: Store, clock: ManualClock
) -> None:
    # Posted plainly in 一组, DINGed in 二组 and folded under the first: confirmed, its
    # card still said "overdue by 3 d" in Urgent's red; a DING of its own said confirmed.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), ("二组", "镇政府办", _NOTICE))
    plain, dinged = batch.messages
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, replace(batch, messages=(plain, replace(dinged, ding=True)))
    )
    queries = InboxQueries(store.sessions)

    def card() -> InboxRow:
        (row,) = [r for r in queries.rows(queries.page(View()).ids).values() if r.remote_id == "p0"]
        return row

    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    confirmed_at = clock.now()
    assert card().pinned and ladders.acknowledge(card().id, confirmed_at) is not None
    # Confirmed is received, not done: while Friday 17:00 is ahead, the card says it.
    ahead = summary(card(), SHANGHAI, clock.now())
    assert not ahead.startswith("you confirmed") and "17:00" in ahead, ahead
    # ...and that it was confirmed, and when, as it does once that time has passed: a
    # DING confirmed with a time still ahead said only 今天 22:00 开始 (tester test52b).
    when = confirmed_at.astimezone(SHANGHAI).strftime("%H:%M")
    assert f"17:00 · 4 days left · you confirmed {when} · " in ahead, ahead
    clock.advance(timedelta(days=8))
    row = card()
    assert row.confirmed_at == confirmed_at
    assert summary(row, SHANGHAI, clock.now()).startswith("you confirmed 11-")
    assert not due_late(row, SHANGHAI, clock.now())


def test_a_confirmed_ding_still_says_its_due_time_wherever_its_reasons_are_read(
    store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    # A 收到 confirms receipt, not the task: while Friday 17:00 was ahead, the card's own
    # line said it, but its reasons (desk inbox, a screen reader, the reading pane) did
    # not, and the reading pane said "(you confirmed)" where the days left stood.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE))
    (notice,) = batch.messages
    dinged = replace(batch, messages=(replace(notice, ding=True),))
    Ingestor(store, SHANGHAI, clock).apply(account.id, dinged)
    queries = InboxQueries(store.sessions)

    def card() -> InboxRow:
        (row,) = queries.rows(queries.page(View()).ids).values()
        return row

    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    before = reasons_text(card(), SHANGHAI, clock.now())
    assert "due Fri 11-27 17:00" in before, before
    assert ladders.acknowledge(card().id, clock.now()) is not None
    row = card()
    assert row.confirmed_at is not None
    assert reasons_text(row, SHANGHAI, clock.now()) == before
    assert "due Fri 11-27 17:00" in _card_line(row, clock.now())
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(row)
    shown = pane.toPlainText()
    assert "Due: 2026-11-27 17:00" in shown and "(you confirmed)" not in shown, shown
    # Once the time has passed, it is no longer said to be late: the user confirmed it.
    clock.advance(timedelta(days=8))
    row = card()
    after = reasons_text(row, SHANGHAI, clock.now())
    assert "overdue" not in after and "11-27" not in after, after
    pane.show_row(row)
    assert "Due: 2026-11-27 17:00 (you confirmed)" in pane.toPlainText(), pane.toPlainText()


def test_a_search_naming_someone_who_confirmed_lists_them_first_and_marks_them() -> None:
    # The store lists a notice for the 收到 of a person a search names: its line starts
    # with them, before the due time that cut them off, and marks them there alone.
    names = ("上坪村-甲", "李明", "党政办-李明", "桐坪镇-方晓宁")
    acked = _acked([(name, "镇工作群", n + 1) for n, name in enumerate(names)], mine=3)
    card = replace(acked, tier=Tier.ACTION, deadline=DUE, also_in=("镇防汛群",))
    assert summary(card, SHANGHAI, NOW) == (
        "due in 8 h · also in: 镇防汛群 · acknowledged ×4 (me, 上坪村-甲, 李明, …)"
    )
    needle = search_needle("李明")
    shown = named_first(card, needle)
    assert shown.ack_names == ("李明", "党政办-李明", "上坪村-甲")
    line = summary(shown, SHANGHAI, NOW, acks_first=True)
    assert line == "acknowledged ×4 (me, 李明, 党政办-李明, …) · due in 8 h · also in: 镇防汛群"
    marked = [line[s:e] for s, e in acker_spans(line, shown, needle)]
    assert marked == ["李明", "李明"]
    assert acker_spans(line, shown, needle)[1][0] == line.index("党政办-李明") + 4
    # Not the unit before the dash, which the store does not search for a person.
    assert acker_spans(line, shown, search_needle("党政办")) == ()
    assert named_first(card, search_needle("党政办")) is card
    # In its own group alone, the line is the same but for its names first: it said the
    # reasons instead of its due time (来自群管理员…), which the names then cut off.
    alone = replace(card, also_in=(), reasons=(Reason.of("role_admin"),))
    assert summary(named_first(alone, needle), SHANGHAI, NOW, acks_first=True) == (
        "acknowledged ×4 (me, 李明, 党政办-李明, …) · due in 8 h"
    )
    # Only the names the line shows: past the first three, none.
    many = replace(card, ack_names=("甲乙", "丙丁", "戊己", "李明"))
    line = summary(many, SHANGHAI, NOW)
    assert "李明" not in line and acker_spans(line, many, needle) == ()


def _answered_meeting() -> InboxRow:
    """A 14:00 meeting the user answered at 09:40, as ingest keeps it: no due time on the
    row, the meeting's own time in the answer (see sync.ingest._mark_replied)."""
    at = datetime(2026, 11, 23, 14, 0, tzinfo=SHANGHAI)
    replied_at = datetime(2026, 11, 23, 9, 40, tzinfo=SHANGHAI)
    reasons = (
        Reason.of("deadline", when=at.isoformat(), event="1"),
        Reason.of(REPLIED, at=replied_at.isoformat(), due=at.isoformat()),
    )
    row = _row("下午2点三楼会议室召开防汛调度会")
    return replace(row, tier=Tier.ACTION, deadline=None, reasons=reasons)


def test_a_meeting_answered_reads_as_its_time_passed_once_begun_not_past_due() -> None:
    # From review: a meeting the user had answered read 已回复 09:40 · 已过截止 once it had
    # begun that afternoon, where the same meeting unanswered reads 时间已过.
    card = _answered_meeting()
    later = datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI)
    assert summary(card, SHANGHAI, later).startswith("you replied 09:40 · time passed")
    assert "past due" not in reasons_text(card, SHANGHAI, later)
    assert summary(card, SHANGHAI, NOW).startswith("you replied 09:40")
    assert "passed" not in summary(card, SHANGHAI, NOW)
    # A task's due time, answered, is still past due.
    task = replace(
        card,
        reasons=(
            Reason.of("deadline", when=card.reasons[0].arg("when")),
            card.reasons[1],
        ),
    )
    assert summary(task, SHANGHAI, later).startswith("you replied 09:40 · past due")


def test_a_meeting_answered_in_chinese(qtbot: QtBot, zh_cn: None) -> None:  # noqa: F811
    clock = ManualClock(datetime(2026, 11, 23, 15, 0, tzinfo=SHANGHAI))
    pane = DetailPane(SHANGHAI, clock)
    qtbot.addWidget(pane)
    pane.show_row(_answered_meeting())
    shown = pane.toPlainText()
    assert "已回复 09:40 · 时间已过" in shown, shown
    assert "已过截止" not in shown
    assert "时间：2026-11-23 14:00（已回复）" in shown, shown
    assert summary(_answered_meeting(), SHANGHAI, clock.now()).startswith("已回复 09:40 · 时间已过")


def test_the_user_s_own_ding_shows_its_deadline_and_when_it_passed() -> None:
    # From a tester: the deadline he set was nowhere on his own card, nor did it pass.
    row = sent_row(3, 9)
    assert row.sent_ding is not None
    due = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    card = replace(row, sent_ding=replace(row.sent_ding, deadline=due))
    assert summary(card, SHANGHAI, NOW) == "DING sent by you: due 10:00 · 3/12 confirmed, 9 not yet"
    late = NOW + timedelta(minutes=31)
    assert summary(card, SHANGHAI, late) == (
        "DING sent by you: due 10:00 passed · 3/12 confirmed, 9 not yet"
    )
    # Everyone confirmed: the deadline no longer matters.
    done = sent_row(12, 0)
    assert done.sent_ding is not None
    done = replace(done, sent_ding=replace(done.sent_ding, deadline=due))
    assert summary(done, SHANGHAI, late) == "DING sent by you: all 12 confirmed"


@pytest.mark.usefixtures("zh_cn")
def test_the_user_s_own_ding_shows_its_deadline_in_the_pane_in_chinese(qtbot: QtBot) -> None:
    row = sent_row(2, 3)
    assert row.sent_ding is not None
    due = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    card = replace(row, sent_ding=replace(row.sent_ding, deadline=due))
    pane = DetailPane(SHANGHAI, ManualClock(NOW))
    qtbot.addWidget(pane)
    pane.show_row(card)
    assert "我发出的 DING：截止 10:00 · 已确认 2/5，未确认 3 人" in pane.toPlainText()
