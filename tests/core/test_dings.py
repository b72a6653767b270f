"""Which replies confirm a DING the user sent; when its sender hears its deadline passed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desk.core.dings import DingDue, deadlines_passed, next_deadline, opens_with_receipt


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
