"""A probe of phrasings the dev set does not use, message by message.

triage_probe_liuhe.jsonl: 70 messages of a made-up township (柳河镇) in December, labelled as
the corpus README defines: forwards into other groups (【转】, 转发：, a traditional-character
copy with full-width digits), look-alikes that differ in a date, a village, a figure or an
更正, ack floods and flattery, and due days said as 大后天, 下月底, 12月底前, 下月5日前, 下周内,
不晚于12月15日, 十二月十五日, 12.18前, 10号前, 后天中午前, 下周一上班前, 两小时内.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import triage_quality as bench

SET = Path(__file__).with_name("triage_probe_liuhe.jsonl")
# Where the engine and the label still differ, each with why it is left.
KNOWN = {
    # 今天降温，大家下班路上注意安全哦 from a member: a pleasantry (noise), which the engine
    # reads as a safety reminder (info); officials' weather reminders are info, and telling
    # the two apart by who sends them cost more than it won.
    "p64",
}

_MESSAGES, _GOLD = bench.load_corpus(SET)
_PRED = bench.predictions(bench.run_engine(_MESSAGES))


@pytest.mark.parametrize("message_id", sorted(set(_GOLD) - KNOWN))
def test_tier_deadline_and_ack_as_labelled(message_id: str) -> None:
    gold, pred = _GOLD[message_id], _PRED[message_id]
    assert (pred.tier, pred.deadline, pred.ack) == (gold.tier, gold.deadline, gold.ack)


def test_the_same_notice_folds_and_no_look_alike_does() -> None:
    assert bench.duplicate_pairs(_GOLD, _PRED).f1 == 1.0
    assert bench.hard_negatives_merged(_GOLD, _PRED) == []


def test_the_known_differences_are_still_there() -> None:
    # When one is fixed, take it out of KNOWN.
    assert all(_PRED[i].tier != _GOLD[i].tier for i in KNOWN)
