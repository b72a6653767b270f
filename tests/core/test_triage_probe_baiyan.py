"""A probe of a southwestern township in spring, message by message.

triage_probe_baiyan.jsonl: 86 messages of a made-up township (白岩乡) and its county bureaus
from 30 March to 8 May 2026, labelled as the corpus README defines before the engine ran:
清明 fire bans and 火险等级, 春耕, 地灾 patrols in the rains, 防溺水, 衔接资金, 医保 and 征兵;
village secretaries' voice-to-text without punctuation and in dialect (搞快点, 莫搞忘了),
numbered and table-like lines, [图片]; forwards under 【接上级通知】, ↓↓↓转发↓↓↓, 「」 and the
relay's own line first; look-alikes by village, figure, 更正/调整/延期/取消; ack floods (收到👌,
1, ✅, 已通知到位, 石门乡已收到, 书记总结得太到位了); and due times said as 清明节前, 节后上班
第一天, 5月9日（周六）调休上班当天, 本周五下班前, 2个工作日内 (across the holiday), 即日起至
5月5日, 4月底前, 五一前, 月内, 48小时内, 今晚10点前, 明天一早, 下周一上午, 赶在天黑前 and
农忙前 (no day to note).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import triage_quality as bench

SET = Path(__file__).with_name("triage_probe_baiyan.jsonl")
# Where the engine and the label still differ, each with why it is left.
KNOWN = {
    # A county's 森林火险橙色预警 whose only ask is 请各乡镇加强巡山护林，严格野外火源管控:
    # labelled information, as gulou's k58 (寒潮蓝色预警…请各乡镇做好…) is; the engine reads
    # the 请各乡镇 as a task. Set A3's writer labels the same kind of ask action, so a rule
    # either way costs one set what it gives the other.
    "b13",
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
