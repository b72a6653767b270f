"""Who may interrupt: quiet hours hold, urgent breaks through, group rules and throttles."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from desk.core.delivery import Delivery, muted_groups
from desk.core.messages import Tier
from desk.core.notify_policy import (
    OWN_URGENT_GRACE,
    OWN_URGENT_OPEN,
    BreakThrough,
    Candidate,
    GroupRule,
    NotifyRules,
    OwnItem,
    breaks_through,
    by_own_item,
    decide,
    digest,
    joined,
    joined_anew,
    kept_digest,
    lapsed,
    open_own_item,
    quiet_began,
)
from desk.core.quiet_state import QuietReason, QuietState
from tests.conftest import SHANGHAI

NOW = datetime(2026, 11, 24, 23, 10, tzinfo=SHANGHAI)
QUIET = QuietState(True, NOW + timedelta(hours=9), QuietReason.NIGHT)
AWAKE = QuietState(False, None, QuietReason.WORKDAY)


def _msg(tier: Tier = Tier.ACTION, **kw: object) -> Candidate:
    fields: dict[str, object] = {
        "message_id": 1,
        "group_id": "g1",
        "group_name": "镇工作群",
        "sender_id": "u1",
        "sender_name": "张三",
        "tier": tier,
        "ts": NOW - timedelta(minutes=1),
    }
    fields.update(kw)
    return Candidate(**fields)  # type: ignore[arg-type]


def _delivery(
    c: Candidate,
    quiet: QuietState = QUIET,
    rules: NotifyRules | None = None,
    last: dict[str, datetime] | None = None,
) -> tuple[Delivery, str]:
    decision = decide(c, quiet, rules or NotifyRules(), last or {}, NOW)
    return decision.delivery, decision.why


def test_quiet_hours_hold_ordinary_items() -> None:
    assert _delivery(_msg(Tier.ACTION)) == (Delivery.HOLD, "quiet")
    assert _delivery(_msg(Tier.INFO)) == (Delivery.HOLD, "quiet")
    assert _delivery(_msg(Tier.ACTION), AWAKE) == (Delivery.NOTIFY, "normal")


def test_urgent_and_ding_break_through() -> None:
    assert _delivery(_msg(Tier.URGENT)) == (Delivery.NOTIFY, "urgent")
    assert _delivery(_msg(Tier.INFO, ding=True)) == (Delivery.NOTIFY, "ding")


def test_the_break_through_list_holds_people_and_groups() -> None:
    rules = NotifyRules(breakthrough_senders=frozenset({"u1"}))
    assert _delivery(_msg(), rules=rules) == (Delivery.NOTIFY, "breakthrough")
    rules = NotifyRules(breakthrough_groups=frozenset({"g1"}))
    assert _delivery(_msg(), rules=rules) == (Delivery.NOTIFY, "breakthrough")


def test_the_break_through_list_says_which_of_it_let_a_message_through() -> None:
    by_group = NotifyRules(breakthrough_groups=frozenset({"镇工作群"}))
    by_sender = NotifyRules(breakthrough_senders=frozenset({"u1"}))
    both = NotifyRules(frozenset({"张三"}), frozenset({"g1"}))
    assert breaks_through(_msg(), by_group) is BreakThrough.GROUP
    assert breaks_through(_msg(), by_sender) is BreakThrough.SENDER
    assert breaks_through(_msg(), both) is BreakThrough.GROUP
    assert breaks_through(_msg(), NotifyRules()) is None


def test_an_administrator_may_name_groups_and_people_rather_than_give_their_ids() -> None:
    for rules in (
        NotifyRules(breakthrough_groups=frozenset({"镇工作群"})),
        NotifyRules(breakthrough_senders=frozenset({"张三"})),
    ):
        assert _delivery(_msg(), rules=rules) == (Delivery.NOTIFY, "breakthrough")
    muted = NotifyRules(groups={"镇工作群": GroupRule("mute")})
    assert _delivery(_msg(Tier.URGENT), AWAKE, muted) == (Delivery.SILENT, "muted")
    # The id's own rule comes first.
    both = NotifyRules(groups={"g1": GroupRule("all"), "镇工作群": GroupRule("mute")})
    assert _delivery(_msg(Tier.URGENT), AWAKE, both)[0] is Delivery.NOTIFY


def test_noise_never_pops_up() -> None:
    assert _delivery(_msg(Tier.NOISE), AWAKE) == (Delivery.SILENT, "noise")


def test_a_muted_group_stays_silent_except_for_a_ding() -> None:
    rules = NotifyRules(groups={"g1": GroupRule("mute")})
    assert _delivery(_msg(Tier.URGENT), AWAKE, rules) == (Delivery.SILENT, "muted")
    assert _delivery(_msg(ding=True), AWAKE, rules) == (Delivery.NOTIFY, "ding")


def test_mentions_only_groups() -> None:
    rules = NotifyRules(groups={"g1": GroupRule("mentions_urgent")})
    assert _delivery(_msg(), AWAKE, rules) == (Delivery.SILENT, "mentions_only")
    assert _delivery(_msg(mentions_me=True), AWAKE, rules) == (Delivery.NOTIFY, "normal")
    assert _delivery(_msg(Tier.URGENT), AWAKE, rules) == (Delivery.NOTIFY, "urgent")


@pytest.mark.parametrize(("minutes_ago", "expected"), [(3, Delivery.SILENT), (11, Delivery.NOTIFY)])
def test_a_throttled_group_notifies_at_most_once_per_period(
    minutes_ago: int, expected: Delivery
) -> None:
    rules = NotifyRules(groups={"g1": GroupRule("all", throttle_minutes=10)})
    last = {"g1": NOW - timedelta(minutes=minutes_ago)}
    assert _delivery(_msg(), AWAKE, rules, last)[0] is expected


def test_old_history_is_not_announced_but_an_old_ding_is() -> None:
    old = NOW - timedelta(days=2)
    assert _delivery(_msg(ts=old), AWAKE) == (Delivery.SILENT, "stale")
    assert _delivery(_msg(ts=old, ding=True), AWAKE) == (Delivery.NOTIFY, "ding")


def test_the_digest_counts_by_tier_and_group() -> None:
    held = [
        _msg(Tier.INFO),
        _msg(Tier.ACTION, group_name="党政办"),
        _msg(Tier.ACTION, group_name="党政办"),
    ]
    summary = digest(held)
    assert summary.total == 3
    assert summary.by_tier == {Tier.ACTION: 2, Tier.INFO: 1}
    assert summary.by_group == (("党政办", 2), ("镇工作群", 1))


def test_the_digest_lists_what_it_held_newest_first_and_what_asks_you_tasks_first() -> None:
    def at(minutes: int, **kw: object) -> Candidate:
        return _msg(ts=NOW - timedelta(minutes=minutes), **kw)

    held = [
        at(3, message_id=1, tier=Tier.INFO),
        at(5, message_id=2, mentions_me=True),
        at(2, message_id=3, tier=Tier.INFO, mentions_me=True),
        # 李明，周五前交材料: put to the user by name, as an @ puts it.
        at(1, message_id=4, addressed=True),
        at(4, message_id=5),
    ]
    summary = digest(held)
    assert summary.ids == (4, 3, 1, 5, 2)
    assert summary.asks == (4, 2, 3)


def test_a_digest_kept_in_the_store_reads_back_whole_and_lapses_to_its_end() -> None:
    held = [_msg(Tier.ACTION, message_id=2, mentions_me=True), _msg(Tier.INFO, message_id=3)]
    woken = [_msg(Tier.URGENT, message_id=1, mentions_me=True, ts=NOW - timedelta(hours=2))]
    summary = digest(held, woken)
    assert summary.woken == (1,)
    assert kept_digest(summary.record(NOW)) == (summary, NOW)
    assert kept_digest(lapsed(NOW)) == (None, NOW)
    assert kept_digest(None) == (None, None)


def test_a_digest_joined_to_the_one_before_it_counts_and_lists_both() -> None:
    # An hour of quiet by hand the morning after a holiday: what it held joins the
    # holiday's digest, which the user had not gone through yet (a tester).
    began = NOW - timedelta(days=3)
    holiday = digest(
        [
            _msg(Tier.ACTION, message_id=1, mentions_me=True),
            _msg(Tier.INFO, message_id=2, group_name="党政办"),
        ],
        [_msg(Tier.URGENT, message_id=9, mentions_me=True)],
        began,
    )
    later = NOW + timedelta(hours=1)
    hour = digest([_msg(Tier.ACTION, message_id=5, ts=later, mentions_me=True)], (), later)
    both = joined(holiday, hour)
    assert both.total == 3
    assert both.by_tier == {Tier.ACTION: 2, Tier.INFO: 1}
    assert both.by_group == (("镇工作群", 2), ("党政办", 1))
    assert both.ids == (5, 2, 1)
    assert both.asks == (5, 1)
    assert both.woken == (9,)
    assert both.began == began, "since the holiday began, as its line said"


def test_a_digest_joined_after_a_restart_counts_once_what_the_one_before_counted() -> None:
    # From a tester on a Monday: desk restarted during the quiet, the ledger still held
    # what the kept digest had counted, and the status bar said 暂缓 32 条 over the list's
    # 暂缓 31 条，已提醒 1 条 (and 免打扰期间 31).
    began = NOW - timedelta(days=3)
    kept = digest(
        [_msg(Tier.ACTION, message_id=1), _msg(Tier.INFO, message_id=2)],
        [_msg(Tier.URGENT, message_id=9, mentions_me=True)],
        began,
    )
    later = NOW + timedelta(hours=1)
    held = [
        _msg(Tier.INFO, message_id=2),  # counted by the kept digest already
        _msg(Tier.INFO, message_id=5, ts=later),
    ]
    woken = [_msg(Tier.URGENT, message_id=9, mentions_me=True)]
    both = joined_anew(kept, held, woken, later)
    assert both.total == len(both.ids) == 3
    assert both.by_tier == {Tier.ACTION: 1, Tier.INFO: 2}
    assert sum(n for _g, n in both.by_group) == 3
    assert both.woken == (9,)


def test_a_repeat_of_a_notice_is_held_in_quiet_hours_however_urgent() -> None:
    # A notice posted again (a copy folded into its card, or the group's own repost) has
    # alerted once already: in quiet hours it is held like the rest (a tester on 元旦).
    repeat = _msg(Tier.URGENT, repeat=True)
    assert _delivery(repeat) == (Delivery.HOLD, "repeat")
    assert _delivery(repeat, AWAKE) == (Delivery.NOTIFY, "urgent")
    assert _delivery(_msg(Tier.URGENT)) == (Delivery.NOTIFY, "urgent")
    # A DING must still be confirmed, and noise stays silent.
    assert _delivery(_msg(Tier.URGENT, repeat=True, ding=True)) == (Delivery.NOTIFY, "ding")
    assert _delivery(_msg(Tier.NOISE, repeat=True)) == (Delivery.SILENT, "noise")


def test_the_digest_says_when_quiet_really_began_as_recorded_when_it_began() -> None:
    # Quiet from 18:00; the start moved to 21:00 during the run: the schedule alone says
    # 21:00, the record kept when quiet began says 18:00 (a tester's （周四 21:00 起）).
    last_end = NOW - timedelta(hours=15)
    at_six, at_nine = NOW.replace(hour=18, minute=0), NOW.replace(hour=21, minute=0)
    record = lapsed(last_end, at_six)
    assert kept_digest(record) == (None, last_end)
    assert quiet_began(record, last_end, at_nine) == at_six
    # Never later than the schedule says, nor from before the last digest's end.
    assert quiet_began(lapsed(last_end, NOW), last_end, at_nine) == at_nine
    assert quiet_began(lapsed(NOW, at_six), NOW, at_nine) == at_nine
    assert quiet_began(lapsed(None, at_six), None, at_nine) == at_six
    assert quiet_began(None, last_end, at_nine) == at_nine
    # Moved earlier since (18:00 to 17:30): the record, up to the run's end, not the schedule.
    at_half_five = NOW.replace(hour=17, minute=30)
    assert quiet_began(record, last_end, at_half_five, NOW) == at_six
    early = at_six - timedelta(minutes=1)
    assert quiet_began(record, last_end, at_half_five, early) == at_half_five


# 22:40: the user sent 各村立即上报灾情，23:30前 (a tester on night duty).
SENT = OwnItem(7, NOW - timedelta(minutes=30), deadline=NOW + timedelta(minutes=20), urgent=True)


def test_a_reply_to_the_user_s_own_urgent_notice_comes_through_quiet_hours() -> None:
    reply = _msg(Tier.INFO, answering=SENT, sender_name="凤鸣村-王五")
    assert _delivery(reply) == (Delivery.NOTIFY, "own_urgent")
    # A bare 收到 too: the sender counts who has it.
    assert _delivery(_msg(Tier.NOISE, answering=SENT)) == (Delivery.NOTIFY, "own_urgent")
    # By day nothing changes: a reply notifies as any, a 收到 never.
    assert _delivery(reply, AWAKE) == (Delivery.NOTIFY, "normal")
    assert _delivery(_msg(Tier.NOISE, answering=SENT), AWAKE) == (Delivery.SILENT, "noise")
    # A muted group stays muted; an urgent reply rings as urgent.
    muted = NotifyRules(groups={"g1": GroupRule("mute")})
    assert _delivery(reply, rules=muted) == (Delivery.SILENT, "muted")
    assert _delivery(_msg(Tier.URGENT, answering=SENT)) == (Delivery.NOTIFY, "urgent")


def test_an_own_item_is_open_until_its_due_time_and_a_grace_or_hours_after_sending() -> None:
    due = SENT.deadline
    assert due is not None
    reply = _msg(Tier.INFO, answering=SENT)
    rules = NotifyRules()
    at_grace = due + OWN_URGENT_GRACE
    assert decide(reply, QUIET, rules, {}, at_grace).why == "own_urgent"
    late = at_grace + timedelta(minutes=1)
    assert decide(replace(reply, ts=late), QUIET, rules, {}, late).why == "quiet"
    # No due time: open OWN_URGENT_OPEN after it was sent.
    undated = OwnItem(7, NOW - OWN_URGENT_OPEN, urgent=True)
    assert _delivery(_msg(Tier.INFO, answering=undated)) == (Delivery.NOTIFY, "own_urgent")
    gone = OwnItem(7, NOW - OWN_URGENT_OPEN - timedelta(minutes=1), urgent=True)
    assert _delivery(_msg(Tier.INFO, answering=gone)) == (Delivery.HOLD, "quiet")


def test_only_the_user_s_own_pressing_items_and_only_with_the_setting_on() -> None:
    # Others' notices: no `answering` (the store links the user's own alone): held.
    assert _delivery(_msg(Tier.INFO)) == (Delivery.HOLD, "quiet")
    # Their own DING, whatever its words.
    ding = OwnItem(8, NOW - timedelta(hours=1), ding=True)
    assert _delivery(_msg(Tier.NOISE, answering=ding)) == (Delivery.NOTIFY, "own_urgent")
    # A notice of theirs not urgent, due before quiet hours end: pressing; due after: not.
    tonight = OwnItem(9, NOW - timedelta(hours=1), deadline=NOW + timedelta(hours=1))
    tomorrow = OwnItem(9, NOW - timedelta(hours=1), deadline=NOW + timedelta(hours=30))
    assert _delivery(_msg(Tier.INFO, answering=tonight)) == (Delivery.NOTIFY, "own_urgent")
    assert _delivery(_msg(Tier.INFO, answering=tomorrow)) == (Delivery.HOLD, "quiet")
    assert _delivery(_msg(Tier.INFO, answering=OwnItem(9, NOW))) == (Delivery.HOLD, "quiet")
    # The setting off: held as before.
    off = NotifyRules.from_settings({"quiet.own_urgent_replies": False})
    assert NotifyRules.from_settings({}).own_urgent_replies
    assert _delivery(_msg(Tier.INFO, answering=SENT), rules=off) == (Delivery.HOLD, "quiet")
    assert open_own_item(_msg(Tier.INFO, answering=SENT), QUIET, off, NOW) is None
    assert open_own_item(_msg(Tier.INFO, answering=SENT), QUIET, NotifyRules(), NOW) == SENT


def test_a_second_receipt_from_someone_who_confirmed_already_does_not_come_through() -> None:
    # A tester: 周伟磊 confirmed the user's DING at 22:41, then said 收到 again to its
    # re-DING at 23:09, and that popped up at night, telling nothing new.
    ding = OwnItem(8, NOW - timedelta(minutes=30), ding=True)
    again = _msg(Tier.NOISE, answering=ding, receipt=True, confirmed_before=True)
    assert _delivery(again) == (Delivery.SILENT, "noise")
    assert open_own_item(again, QUIET, NotifyRules(), NOW) is None
    # Read as more than noise, it is held for the digest, as any message is.
    assert _delivery(replace(again, tier=Tier.INFO)) == (Delivery.HOLD, "quiet")
    # Their first 收到 is news; so is anything more after it (收到，已上报 5 人).
    first = replace(again, confirmed_before=False)
    assert _delivery(first) == (Delivery.NOTIFY, "own_urgent")
    more = replace(again, tier=Tier.INFO, receipt=False)
    assert _delivery(more) == (Delivery.NOTIFY, "own_urgent")


def test_a_flood_of_acks_to_one_own_item_is_gathered_for_one_pop_up() -> None:
    other = OwnItem(8, NOW - timedelta(hours=1), ding=True)
    flood = [
        _msg(
            Tier.NOISE,
            message_id=100 + i,
            sender_name=f"村{i % 20}-支书",
            ts=NOW - timedelta(seconds=60 - i),
            answering=SENT,
        )
        for i in range(40)
    ]
    flood.append(_msg(Tier.INFO, message_id=200, ts=NOW, answering=other))
    flood.append(_msg(Tier.INFO, message_id=300, answering=None))
    assert all(_delivery(c)[1] == "own_urgent" for c in flood[:41])
    gathered = by_own_item(flood)
    # The item answered last first; each once, with all of its replies, newest first.
    assert [g.item for g in gathered] == [other, SENT]
    assert len(gathered[1].answers) == 40
    assert gathered[1].answers[0].message_id == 139
    assert len(gathered[1].senders) == 20 and gathered[1].senders[0] == "村19-支书"


def test_replies_told_of_before_are_left_out_of_their_item_s_pop_up() -> None:
    from desk.core.notify_policy import OwnAnswers, OwnItem, reply_key, untold_answers

    own = OwnItem(7, NOW - timedelta(minutes=8), NOW + timedelta(minutes=32), ding=True)
    said = _msg(Tier.NOISE, answering=own)
    new = _msg(Tier.NOISE, message_id=99, sender_id="u2", ts=NOW, answering=own)
    told = {7: frozenset({reply_key(said)})}
    assert untold_answers([OwnAnswers(own, (said,))], told) == []
    # A row made anew for the same reply (another id) is still the one told of.
    again = replace(said, message_id=123)
    assert untold_answers([OwnAnswers(own, (new, again))], told) == [OwnAnswers(own, (new,))]


def test_the_muted_groups_read_before_the_rules_are_those_the_rules_mute() -> None:
    # The window marks muted groups before its first paint from `muted_groups`, without
    # loading this module (issue 8): both must name the same groups.
    values: dict[str, object] = {
        "notify.groups": {
            "g1": {"mode": "mute", "throttle_minutes": 0},
            "机关工会群": {"mode": "mute", "throttle_minutes": 5},
            "g2": {"mode": "mentions_urgent", "throttle_minutes": 0},
            "g3": {"mode": "all", "throttle_minutes": 10},
        }
    }
    assert muted_groups(values) == NotifyRules.from_settings(values).muted == {"g1", "机关工会群"}
    assert muted_groups({}) == NotifyRules.from_settings({}).muted == frozenset()


def test_a_twin_under_a_second_account_is_silent_its_first_rows_alert_stands() -> None:
    # A DING to @liumin2, also received by @liumin and @duty: it rang as a DING, and the
    # same words popped up again as urgent under another account (a tester).
    assert _delivery(_msg(Tier.URGENT, twin=True), AWAKE) == (Delivery.SILENT, "twin")
    assert _delivery(_msg(Tier.URGENT, twin=True, ding=True), AWAKE) == (Delivery.NOTIFY, "ding")
