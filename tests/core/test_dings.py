"""Which replies confirm a DING the user sent; when its sender hears its deadline passed."""

from __future__ import annotations

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
    before = DingDue(4, start - timedelta(minutes=1), 2)  # passed before desk started
    dings = [waiting, everyone, later, before]
    assert deadlines_passed(dings, start, due - timedelta(seconds=1), ()) == []
    assert next_deadline(dings, start) == due
    assert deadlines_passed(dings, start, due, ()) == [waiting]
    assert deadlines_passed(dings, start, due, (1,)) == []
    assert next_deadline(dings, due) == due + timedelta(hours=1)
    assert next_deadline([everyone], start) is None
