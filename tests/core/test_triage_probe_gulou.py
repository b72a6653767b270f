"""A probe of a northern street office around 元旦, message by message.

triage_probe_gulou.jsonl: 93 messages of a made-up street office (鼓楼街道) and its county
bureaus from 26 December 2025 to 5 January 2026, labelled as the corpus README defines:
forwards under new wrappers (【接上级通知】, ↓↓↓转发↓↓↓, the relaying office's own line
first, a copy quoted in 「」), look-alikes that differ in a community, a date, a figure or an
更正/调整/延期/取消, ack floods (1, ✅, 已转发, 已通知到位, 城关镇已报, 收到谢谢领导), and due
times said as 元旦前, 节后第一个工作日 (Sunday 4 January, a make-up day), 1月4日（周日）调休
上班前, 本周内, 3个工作日内 (across the holiday), 即日起至12月31日, 于12月28日前, 限今天
下班前, 明早上班前, 春节前 (seven weeks out), 24小时内, 今晚12点前, 下周三前, 周末前.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import triage_quality as bench

SET = Path(__file__).with_name("triage_probe_gulou.jsonl")
# Where the engine and the label still differ, each with why it is left.
KNOWN = {
    # A county's 寒潮蓝色预警 whose only ask is 请各乡镇（街道）做好供暖保障、防寒防冻和一氧化碳
    # 中毒防范，加强值班值守: labelled information, as other sets label such warnings
    # (暴雪黄色预警…请各办站所做好值班值守); the engine reads the 请各… as a task. Set A3's
    # writer labels the same kind of ask (请各街镇继续落实高温应急措施，同时做好…防范准备)
    # action, so a rule either way costs one set what it gives the other.
    "k58",
}

_MESSAGES, _GOLD = bench.load_corpus(SET)
_PRED = bench.predictions(bench.run_engine(_MESSAGES))


def _seen(message_id: str) -> tuple[object, ...]:
    pred = _PRED[message_id]
    return (pred.tier, pred.deadline, pred.ack)


def _labelled(message_id: str) -> tuple[object, ...]:
    gold = _GOLD[message_id]
    return (gold.tier, gold.deadline, gold.ack)


@pytest.mark.parametrize("message_id", sorted(set(_GOLD) - KNOWN))
def test_tier_deadline_and_ack_as_labelled(message_id: str) -> None:
    assert _seen(message_id) == _labelled(message_id)


def test_the_same_notice_folds_and_no_look_alike_does() -> None:
    assert bench.duplicate_pairs(_GOLD, _PRED).f1 == 1.0
    assert bench.hard_negatives_merged(_GOLD, _PRED) == []


def test_the_known_differences_are_still_there() -> None:
    # When one is fixed, take it out of KNOWN.
    assert all(_seen(i) != _labelled(i) for i in KNOWN)
