"""Reasons in the CLI's English, and "due soon" as it stands when shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.core.dings import Confirmation, Person, Roster
from desk.core.messages import Reason
from desk.core.reasons import (
    ACK,
    DUE_PASSED_THEN,
    THEN_DUE,
    as_shown,
    at_reason,
    describe,
    due_reason,
    later_due_reasons,
    overdue,
    row_event,
    row_readied,
    soon_reason,
    standing_at,
    standing_due,
    unmatched_ack,
)
from tests.conftest import SHANGHAI

DUE = datetime(2026, 11, 23, 8, 31, tzinfo=SHANGHAI)
# As triage records it for a message posted at 08:01.
SOON = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30")


def _at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, second, tzinfo=SHANGHAI)


def test_at_triage_time_it_is_how_long_was_left_when_posted() -> None:
    assert describe(SOON) == "due within 30 min"
    assert describe(Reason.of("deadline_soon", due=DUE.isoformat(), minutes="90")) == (
        "due within 1.5 h"
    )
    # Stored before reasons carried their due time: as it was worded then.
    assert describe(Reason.of("deadline_soon", hours="0.5")) == "due within 0.5 h"


def test_when_shown_it_is_worded_against_the_clock() -> None:
    said = {
        _at(8, 19): "due in 12 min",
        _at(8, 30, 30): "due in 1 min",
        _at(7, 1): "due in 1 h 30 min",
        _at(6, 31): "due in 2 h",
        _at(8, 31): "overdue by 1 min",
        _at(8, 47): "overdue by 16 min",
        _at(8, 47, 59): "overdue by 16 min",
        _at(10, 1): "overdue by 1 h 30 min",
        DUE + timedelta(days=1): "overdue by 1 d",
        # On Monday 08:35, Saturday 10:00's report read 已逾期 1 天 (a tester): the hours too,
        # within three days; further behind, days alone.
        DUE + timedelta(days=1, hours=22, minutes=35): "overdue by 1 d 22 h",
        DUE + timedelta(days=2, minutes=59): "overdue by 2 d",
        DUE + timedelta(days=3, hours=5): "overdue by 3 d",
    }
    assert {now: describe(standing_at(SOON, now)) for now in said} == said


def test_a_reason_stored_without_its_due_time_takes_the_rows_deadline() -> None:
    old = Reason.of("deadline_soon", hours="0.5")
    assert describe(standing_at(old, _at(8, 47), DUE)) == "overdue by 16 min"
    assert standing_at(old, _at(8, 47)) == old
    other = Reason.of("mention")
    assert standing_at(other, _at(8, 17), DUE) is other


def test_a_due_day_and_time_passed_is_said_as_late_as_it_is() -> None:
    # From a new user: cards side by side said 已逾期 18.2 小时, 已过截止时间, and a bare
    # 截止 12-02 16:00 for a time long gone.
    due = Reason.of("deadline", when=DUE.isoformat())
    assert describe(standing_at(due, DUE - timedelta(hours=13))) == f"deadline {DUE:%m-%d %H:%M}"
    assert describe(standing_at(due, _at(8, 47))) == "overdue by 16 min"
    assert (
        describe(standing_at(due, DUE + timedelta(hours=18, minutes=12)))
        == "overdue by 18 h 12 min"
    )
    assert describe(standing_at(due, DUE + timedelta(days=2))) == "overdue by 2 d"


def test_a_due_time_is_worded_alike_however_triage_stated_it() -> None:
    # A tester: two cards due at the same 17:30 read 8 小时后截止 and 截止 12-04 17:30,
    # one stated by triage close to its time, the other a day before.
    stated = Reason.of("deadline", when=DUE.isoformat())
    close = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30")
    for now, said in (
        (DUE - timedelta(hours=8), "due in 8 h"),
        (DUE - timedelta(hours=11, minutes=59), "due in 11 h 59 min"),
        (DUE - timedelta(hours=12), f"deadline {DUE:%m-%d %H:%M}"),
        (DUE - timedelta(days=2), f"deadline {DUE:%m-%d %H:%M}"),
        (DUE + timedelta(hours=2), "overdue by 2 h"),
    ):
        assert describe(standing_at(stated, now)) == said
        assert describe(standing_at(close, now)) == said
        assert describe(due_reason(DUE, now, event=False)) == said
    meeting = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30", event="1")
    assert describe(standing_at(meeting, DUE - timedelta(days=1))) == f"at {DUE:%m-%d %H:%M}"


def test_a_meetings_time_starts_and_begins_it_is_never_overdue() -> None:
    # From a new user: yesterday's 防汛调度会 read 已逾期, as if they had failed a task.
    at = Reason.of("deadline", when=DUE.isoformat(), event="1")
    assert describe(at) == f"at {DUE:%m-%d %H:%M}"
    assert describe(standing_at(at, _at(8, 47))) == "began 16 min ago"
    assert describe(standing_at(at, DUE + timedelta(hours=1.5))) == "began 1 h 30 min ago"
    # Over once it has run as long as a meeting does (已开始 18 小时 read as one still
    # running, a tester), as Action lists it.
    assert describe(standing_at(at, DUE + timedelta(hours=2))) == "time passed"
    assert describe(standing_at(at, DUE + timedelta(days=1))) == "time passed"
    soon = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30", event="1")
    assert describe(soon) == "starts within 30 min"
    assert describe(standing_at(soon, _at(8, 19))) == "starts in 12 min"
    assert describe(standing_at(soon, _at(6, 31))) == "starts in 2 h"


def test_a_card_says_its_due_time_as_a_meeting_only_when_the_meeting_set_it() -> None:
    meeting = (Reason.of("deadline", when=DUE.isoformat(), event="1"),)
    assert row_event(meeting, DUE)
    # A relay's sooner due time took the card's place: that one is a due time.
    assert not row_event(meeting, DUE - timedelta(hours=1))
    assert not row_event((Reason.of("deadline", when=DUE.isoformat()),), DUE)
    assert not row_event(meeting, None)
    assert describe(due_reason(DUE, _at(8, 47), event=True)) == "began 16 min ago"
    assert describe(due_reason(DUE, _at(8, 47), event=False)) == "overdue by 16 min"
    far = DUE - timedelta(days=1)
    assert describe(due_reason(DUE, far, event=True)) == f"at {DUE:%m-%d %H:%M}"


def test_a_card_s_reasons_say_a_due_time_once_and_a_repost_here_as_such() -> None:
    # The window's and `desk inbox --json`'s one wording (two tester findings).
    due = "2026-12-03T23:43:00+08:00"
    reasons = [
        Reason.of("role_owner"),
        Reason.of("deadline", when=due),
        Reason.of("deadline_soon", due=due),
        Reason.of("copy_more_pressing", group="青年干部学习交流群"),
        Reason.of("copy_sooner", group="镇防汛群"),
    ]
    shown = [describe(r) for r in as_shown(reasons, "青年干部学习交流群")]
    assert shown == [
        "from group owner",
        describe(reasons[2]),
        "more pressing as posted again here",
        "due sooner as posted in 镇防汛群",
    ]
    # Without a how-soon, the day and time stand.
    assert [r.code for r in as_shown(reasons[:2], "镇防汛群")] == ["role_owner", "deadline"]


def _roster(confirmed: int, unconfirmed: int) -> Roster:
    at = _at(10, 0)
    return Roster(
        tuple(Confirmation(f"u{n}", f"同事{n}", at) for n in range(confirmed)),
        tuple(Person(f"v{n}", f"站长{n}") for n in range(unconfirmed)),
    )


def test_a_ding_the_user_sent_says_so_first_and_how_many_have_confirmed() -> None:
    # From a tester: their own DING read as any message of theirs, "sent by you".
    reasons = [Reason.of("urgent_words"), Reason.of("from_you")]
    shown = [describe(r) for r in as_shown(reasons, "镇机关干部群", _roster(3, 9))]
    assert shown == ["DING sent by you: 3/12 confirmed, 9 not yet", "urgent wording"]
    everyone = [describe(r) for r in as_shown(reasons, "镇机关干部群", _roster(12, 0))]
    assert everyone[0] == "DING sent by you: all 12 confirmed"
    # Alone in the group, it asks no one.
    assert describe(as_shown(reasons, "镇机关干部群", _roster(0, 0))[0]) == "DING sent by you"
    # Any other message of theirs is as it was.
    assert [describe(r) for r in as_shown(reasons, "镇机关干部群")][-1] == "sent by you"


# A notice due Monday 7 December 17:30 (自查), then Wednesday 10:00 (报告), then Friday.
MONDAY_DUE = datetime(2026, 12, 7, 17, 30, tzinfo=SHANGHAI)
WEDNESDAY_DUE = datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI)
FRIDAY_DUE = datetime(2026, 12, 11, 17, 30, tzinfo=SHANGHAI)


def test_a_card_is_due_at_its_notice_s_next_step_once_one_has_passed() -> None:
    steps = later_due_reasons(MONDAY_DUE, (WEDNESDAY_DUE, FRIDAY_DUE))
    reasons = (Reason.of("task_words"), at_reason(MONDAY_DUE, event=False), *steps)
    sunday = datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI)
    assert standing_due(reasons, MONDAY_DUE, sunday) == (MONDAY_DUE, reasons)
    # One step ahead said, the next only (two 下一时限 side by side, a review).
    assert [describe(r) for r in as_shown(reasons, "g", now=sunday)] == [
        "asks for action",
        f"deadline {MONDAY_DUE:%m-%d %H:%M}",
        "next due 12-09 10:00",
    ]
    # On Tuesday: due Wednesday, not overdue since Monday.
    tuesday = datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI)
    due, standing = standing_due(reasons, MONDAY_DUE, tuesday)
    assert due == WEDNESDAY_DUE
    # Wednesday's time said as any due time is (how soon, then how late), once: not again
    # as Monday's next; Friday's to come after it. The reading pane says Monday passed.
    assert [describe(r) for r in as_shown(standing, "g", now=tuesday)] == [
        "asks for action",
        f"deadline {WEDNESDAY_DUE:%m-%d %H:%M}",
        "next due 12-11 17:30",
    ]
    assert [describe(r) for r in as_shown(standing, "g", now=tuesday, passed_steps=True)] == [
        "asks for action",
        f"deadline {WEDNESDAY_DUE:%m-%d %H:%M}",
        "due 12-07 17:30 passed",
        "next due 12-11 17:30",
    ]
    # On Thursday: due Friday, both steps passed said in the pane, in the order they fell.
    thursday = datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI)
    due, standing = standing_due(reasons, MONDAY_DUE, thursday)
    assert due == FRIDAY_DUE
    assert [describe(r) for r in as_shown(standing, "g", now=thursday)][-1:] == [
        f"deadline {FRIDAY_DUE:%m-%d %H:%M}"
    ]
    pane = as_shown(standing, "g", now=thursday, passed_steps=True)
    assert [describe(r) for r in pane][-3:] == [
        f"deadline {FRIDAY_DUE:%m-%d %H:%M}",
        "due 12-07 17:30 passed",
        "due 12-09 10:00 passed",
    ]
    # The last step passed: overdue, as a card with one due time is, with no step said.
    saturday = datetime(2026, 12, 12, 9, 0, tzinfo=SHANGHAI)
    due, standing = standing_due(reasons, MONDAY_DUE, saturday)
    assert due == FRIDAY_DUE
    assert not {r.code for r in as_shown(standing, "g", now=saturday)} & {
        THEN_DUE,
        DUE_PASSED_THEN,
    }
    # A card the user moved to information shows no step.
    assert [r.code for r in as_shown(standing, "g", asks_action=False)] == ["task_words"]


def test_a_step_passed_is_never_said_as_the_next() -> None:
    # A step reason left behind whose next time has passed too (stored as it was when a
    # card fell back): no 下一时限 for a time gone by beside 已逾期.
    reasons = (
        Reason.of("task_words"),
        at_reason(FRIDAY_DUE, event=False),
        *later_due_reasons(MONDAY_DUE, (WEDNESDAY_DUE,)),
    )
    saturday = datetime(2026, 12, 12, 9, 0, tzinfo=SHANGHAI)
    assert THEN_DUE not in {r.code for r in as_shown(reasons, "g", now=saturday)}


def test_a_relay_s_sooner_time_stands_in_front_of_the_notice_s_steps() -> None:
    # The relay asked for Saturday, before the notice's Monday, then Wednesday.
    saturday = datetime(2026, 12, 5, 17, 30, tzinfo=SHANGHAI)
    reasons = (
        Reason.of("task_words"),
        *later_due_reasons(MONDAY_DUE, (WEDNESDAY_DUE,)),
        at_reason(saturday, event=False),
        Reason.of(
            "copy_sooner", group="镇群", due=saturday.isoformat(), own=MONDAY_DUE.isoformat()
        ),
    )
    sunday = datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI)
    assert standing_due(reasons, saturday, sunday)[0] == MONDAY_DUE
    tuesday = datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI)
    due, standing = standing_due(reasons, saturday, tuesday)
    assert due == WEDNESDAY_DUE
    assert [describe(r) for r in as_shown(standing, "g", now=tuesday, passed_steps=True)] == [
        "asks for action",
        "镇群 asked for it by 12-05 17:30",
        f"deadline {WEDNESDAY_DUE:%m-%d %H:%M}",
        "due 12-07 17:30 passed",
    ]


def test_a_card_due_a_little_after_a_step_is_due_at_the_next_once_it_passes() -> None:
    # A correction moved Monday's 17:30 an hour on: Wednesday's step still follows it.
    moved = MONDAY_DUE + timedelta(hours=1)
    reasons = (
        Reason.of("task_words"),
        at_reason(moved, event=False),
        *later_due_reasons(MONDAY_DUE, (WEDNESDAY_DUE,)),
    )
    tuesday = datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI)
    assert standing_due(reasons, moved, tuesday)[0] == WEDNESDAY_DUE
    # Moved past the next step, the step is none of its own: overdue.
    thursday = datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI)
    assert standing_due(reasons, WEDNESDAY_DUE, thursday)[0] == WEDNESDAY_DUE


def test_a_meeting_time_reads_as_a_day_and_time_as_a_deadline_does() -> None:
    # From review: "at 2026-12-08T17:00:00+08:00" beside "deadline 12-08 17:00".
    meeting = datetime(2026, 12, 8, 17, 0, tzinfo=SHANGHAI)
    assert describe(at_reason(meeting, event=True)) == "at 12-08 17:00"


# The demo's correction (m0194): 调试 by 15:40 for the meeting at 16:00, Sunday 6 December.
SET_UP = datetime(2026, 12, 6, 15, 40, tzinfo=SHANGHAI)
MEETING = datetime(2026, 12, 6, 16, 0, tzinfo=SHANGHAI)


def test_a_set_up_time_is_due_until_it_passes_then_reads_as_the_meeting() -> None:
    stated = at_reason(SET_UP, False, MEETING)
    # At triage time, and before it, a due time like any other, counted down.
    assert describe(stated) == "deadline 12-06 15:40"
    assert describe(standing_at(stated, SET_UP - timedelta(days=1))) == "deadline 12-06 15:40"
    assert describe(standing_at(stated, SET_UP - timedelta(minutes=25))) == "due in 25 min"
    # Past it, nothing is left to do but the meeting (a tester: 已逾期 10 分钟 on the card,
    # 10 分钟后开始 on its copy).
    assert describe(standing_at(stated, SET_UP + timedelta(minutes=12))) == "starts in 8 min"
    # Begun, the meeting is what the card says, and then that its time has passed.
    assert describe(standing_at(stated, MEETING + timedelta(minutes=5))) == "began 5 min ago"
    monday = datetime(2026, 12, 7, 8, 40, tzinfo=SHANGHAI)
    assert describe(standing_at(stated, monday)) == "time passed"
    soon = soon_reason(SET_UP, False, 20, meeting=MEETING)
    assert describe(standing_at(soon, SET_UP - timedelta(minutes=1))) == "due in 1 min"
    assert describe(standing_at(soon, SET_UP + timedelta(minutes=1))) == "starts in 19 min"
    assert describe(standing_at(soon, monday)) == "time passed"


def test_a_card_s_due_time_reads_as_its_meeting_s_only_when_it_gets_ready_for_it() -> None:
    readies = (at_reason(SET_UP, False, MEETING),)
    assert row_readied(readies, SET_UP) == MEETING
    # A relay's sooner due time took the card's place: that one is a due time.
    assert row_readied(readies, SET_UP - timedelta(hours=1)) is None
    assert row_readied((at_reason(SET_UP, False),), SET_UP) is None
    assert row_readied(readies, None) is None
    monday = datetime(2026, 12, 7, 8, 40, tzinfo=SHANGHAI)
    assert describe(due_reason(SET_UP, monday, False, MEETING)) == "time passed"
    # A true deadline with no meeting to get ready for is overdue, as ever.
    assert describe(due_reason(SET_UP, monday, False)) == "overdue by 17 h"


def test_a_task_the_user_answered_says_so_in_place_of_its_due_time() -> None:
    replied = Reason.of("replied", at=_at(8, 40).isoformat())
    late = Reason.of("deadline", when=_at(8, 31).isoformat())
    shown = as_shown([late, SOON, replied], "党政办", now=_at(9, 0))
    assert [r.code for r in shown] == ["replied"]
    assert describe(replied) == "you replied 11-23 08:40"


def test_an_ack_no_notice_was_found_for_says_so_and_what_it_follows() -> None:
    ack = (Reason.of("role_admin"), Reason.of(ACK))
    followed = "云岫区安委办 关于开展农村自建房安全隐患“回头看”的通知\n各镇（街道）："
    (role, said) = unmatched_ack(ack, followed)
    assert role == Reason.of("role_admin")
    assert describe(said) == (
        "a “got it” reply, not matched to a notice; before it in the group: "
        "云岫区安委办 关于开展农村自建房安全隐患“回头…"
    )
    # First in its group: nothing before it to name.
    assert [describe(r) for r in unmatched_ack(ack, None)][
        1
    ] == "a “got it” reply, not matched to a notice"


def test_only_a_task_s_passed_due_time_is_overdue() -> None:
    # What a card draws in the red of lateness: not a time ahead, nor a meeting begun.
    assert overdue(due_reason(DUE, DUE + timedelta(minutes=1), event=False))
    assert overdue(due_reason(DUE, DUE + timedelta(days=2, hours=1), event=False))
    assert not overdue(due_reason(DUE, DUE - timedelta(hours=30), event=False, tz=SHANGHAI))
    assert not overdue(due_reason(DUE, DUE - timedelta(minutes=5), event=False))
    assert not overdue(due_reason(DUE, DUE + timedelta(minutes=5), event=True))


def test_a_card_every_unit_reported_on_says_so_where_its_due_time_was() -> None:
    # 提醒：自建房"回头看"情况表今天中午12点截止，还差上坪村、新街社区没报, both reported
    # since: its due time was its only reason, and To do showed it with none (a tester).
    reasons = [Reason.of("deadline", when="2026-12-07T12:00:00+08:00")]

    shown = as_shown(reasons, "桐坪镇安全生产工作群", all_reported=True)

    assert [describe(r) for r in shown] == ["every unit asked has reported"]
    assert [r.code for r in as_shown(reasons, "桐坪镇安全生产工作群")] == ["deadline"]
    # Beside another reason, the card's own line (已报齐) says it.
    beside = [Reason.of("task_words"), *reasons]
    assert [r.code for r in as_shown(beside, "g", all_reported=True)] == ["task_words"]
