"""Which replies confirm a DING the user sent; when its sender hears its deadline passed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desk.core.dings import (
    DingDue,
    awaiting_catch_up,
    deadlines_passed,
    deadlines_settled,
    next_deadline,
    opens_with_receipt,
)


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "已收到",
        "收到，请问我们村转移到哪个安置点？",
        "收到收到。车辆几点到村口？",
        "收到收到老桥冲断了",
        "  收到! 我们马上去",
        "收到了。请问要带什么",
        # The words triage takes as a receipt, and its breaks (an emoji): one list.
        "好的，请问几点集合？",
        "明白！我们村还差两户",
        "收到👌请问要带身份证吗",
    ],
)
def test_a_reply_opening_with_a_receipt_confirms(text: str) -> None:
    assert opens_with_receipt(text)


@pytest.mark.parametrize(
    "text",
    [
        "收到通知后请立即上报",
        "收到没有？",
        "收到？",
        "请回复收到",
        "还没收到",
        "好的方案还没定",
        "不明白，什么意思",
        "",
    ],
)
def test_a_reply_that_only_begins_with_the_word_does_not(text: str) -> None:
    assert not opens_with_receipt(text)


def test_a_deadline_is_told_once_when_it_passes_with_someone_unconfirmed() -> None:
    start = datetime(2026, 12, 7, 1, 30, tzinfo=UTC)
    due = start + timedelta(minutes=30)
    waiting = DingDue(1, due, 3)
    everyone = DingDue(2, due, 0)
    later = DingDue(3, due + timedelta(hours=1), 1)
    dings = [waiting, everyone, later]
    assert deadlines_passed(dings, due - timedelta(seconds=1)) == []
    assert next_deadline(dings, start) == due
    assert deadlines_passed(dings, due) == [waiting]
    # Told (kept in the store): not again.
    assert deadlines_passed([replace(waiting, told=True), everyone, later], due) == []
    assert next_deadline(dings, due) == due + timedelta(hours=1)
    assert next_deadline([everyone], start) is None


def test_a_deadline_passed_while_desk_was_closed_is_told_at_the_next_start() -> None:
    # Only deadlines passing after the start were told: one passed while desk was closed
    # was never said (a tester), and one told before a restart was said again.
    start = datetime(2026, 12, 7, 8, 30, tzinfo=UTC)
    overnight = DingDue(4, start - timedelta(hours=10), 2)
    assert deadlines_passed([overnight], start) == [overnight]
    assert deadlines_passed([replace(overnight, told=True)], start) == []


def test_a_deadline_passing_before_its_account_caught_up_waits_too() -> None:
    # desk started at 21:58, the night's backlog still syncing at 22:00: judged then, the
    # confirmations that came while it was closed counted as missing, as they did for a
    # deadline passed before the start (a tester's 6 unconfirmed of 20/20).
    start = datetime(2026, 12, 7, 13, 58, tzinfo=UTC)
    soon = DingDue(8, start + timedelta(minutes=2), 6, account_id=1)
    wait = {"wait_until": start + timedelta(minutes=10)}
    now = start + timedelta(minutes=3)
    assert deadlines_settled([soon], now, caught_up=(), **wait) == []
    assert awaiting_catch_up([soon], now, caught_up=(), **wait)
    assert deadlines_settled([soon], now, caught_up=(1,), **wait) == [soon]


def test_a_deadline_passed_while_closed_waits_for_its_account_to_catch_up() -> None:
    # Judged before the first sync, it counted confirmations that had come meanwhile as
    # missing (仍有 6 人未确认 beside 20/20, a tester).
    start = datetime(2026, 12, 7, 14, 40, tzinfo=UTC)
    closed = DingDue(5, start - timedelta(minutes=10), 6, account_id=1)
    everyone = DingDue(6, start - timedelta(minutes=10), 0, account_id=1)
    running = DingDue(7, start + timedelta(minutes=5), 2, account_id=2)
    dings = [closed, everyone, running]
    wait = {"wait_until": start + timedelta(minutes=10)}
    now = start + timedelta(minutes=6)
    assert deadlines_settled(dings, now, caught_up=(), **wait) == []
    assert awaiting_catch_up(dings, now, caught_up=(), **wait)
    assert deadlines_settled(dings, now, caught_up=(2,), **wait) == [running]
    # Caught up: judged, those all confirmed too (noted as told, said not).
    assert deadlines_settled(dings, now, caught_up=(1,), **wait) == [closed, everyone]
    assert awaiting_catch_up(dings, now, caught_up=(1,), **wait), "account 2's still waits"
    assert deadlines_settled(dings, now, caught_up=(1, 2), **wait) == dings
    assert not awaiting_catch_up(dings, now, caught_up=(1, 2), **wait)
    # An account that never catches up: judged as it stands when the wait ends.
    late = start + timedelta(minutes=10)
    assert deadlines_settled(dings, late, caught_up=(), **wait) == dings
