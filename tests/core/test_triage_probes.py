"""Probes of phrasings the dev set does not use, message by message.

Each is a labelled set of a made-up place, labelled as the corpus README defines before the
engine ran, and checked message by message, so that a change that loses one of its phrasings
or folds one of its look-alikes shows:

- triage_probe_liuhe.jsonl: 70 messages of a township (柳河镇) in December: forwards into
  other groups (【转】, 转发：, a traditional-character copy with full-width digits),
  look-alikes that differ in a date, a village, a figure or an 更正, ack floods and flattery,
  and due days said as 大后天, 下月底, 12月底前, 下月5日前, 下周内, 不晚于12月15日, 十二月十五日,
  12.18前, 10号前, 后天中午前, 下周一上班前, 两小时内.
- triage_probe_gulou.jsonl: 93 messages of a northern street office (鼓楼街道) and its county
  bureaus from 26 December 2025 to 5 January 2026: forwards under 【接上级通知】, ↓↓↓转发↓↓↓,
  the relaying office's own line first, a copy quoted in 「」; look-alikes by community, date,
  figure or 更正/调整/延期/取消; ack floods (1, ✅, 已转发, 已通知到位, 城关镇已报, 收到谢谢领导);
  due times said as 元旦前, 节后第一个工作日 (Sunday 4 January, a make-up day), 1月4日（周日）
  调休上班前, 本周内, 3个工作日内 (across the holiday), 即日起至12月31日, 于12月28日前, 限今天
  下班前, 明早上班前, 春节前 (seven weeks out), 24小时内, 今晚12点前, 下周三前, 周末前.
- triage_probe_baiyan.jsonl: 86 messages of a southwestern township (白岩乡) and its county
  bureaus from 30 March to 8 May 2026: 清明 fire bans and 火险等级, 春耕, 地灾 patrols in the
  rains, 防溺水, 衔接资金, 医保 and 征兵; village secretaries' voice-to-text without
  punctuation and in dialect (搞快点, 莫搞忘了), numbered and table-like lines, [图片]; ack
  floods (收到👌, 石门乡已收到, 书记总结得太到位了); due times said as 清明节前, 节后上班第一天,
  5月9日（周六）调休上班当天, 本周五下班前, 2个工作日内 (across the holiday), 即日起至5月5日,
  4月底前, 五一前, 月内, 48小时内, 今晚10点前, 明天一早, 下周一上午, 赶在天黑前 and 农忙前 (no
  day to note).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from tests.bench import triage_quality as bench

# Where the engine and the label still differ, in each probe, each with why it is left.
KNOWN: dict[str, set[str]] = {
    # 今天降温，大家下班路上注意安全哦 from a member: a pleasantry (noise), which the engine
    # reads as a safety reminder (info); officials' weather reminders are info, and telling
    # the two apart by who sends them cost more than it won.
    "liuhe": {"p64"},
    # A county's 寒潮蓝色预警 whose only ask is 请各乡镇（街道）做好供暖保障、防寒防冻和一氧化碳
    # 中毒防范，加强值班值守: labelled information, as other sets label such warnings
    # (暴雪黄色预警…请各办站所做好值班值守); the engine reads the 请各… as a task. Set A3's
    # writer labels the same kind of ask (请各街镇继续落实高温应急措施，同时做好…防范准备)
    # action, so a rule either way costs one set what it gives the other.
    "gulou": {"k58"},
    # A county's 森林火险橙色预警 whose only ask is 请各乡镇加强巡山护林，严格野外火源管控:
    # labelled information, as gulou's k58 is, for the same reason.
    "baiyan": {"b13"},
}


def _set(probe: str) -> Path:
    return Path(__file__).with_name(f"triage_probe_{probe}.jsonl")


@functools.cache
def _run(probe: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The probe's labels and the engine's verdicts, by message id."""
    messages, gold = bench.load_corpus(_set(probe))
    return gold, bench.predictions(bench.run_engine(messages))


def _seen(probe: str, message_id: str) -> tuple[object, ...]:
    pred = _run(probe)[1][message_id]
    return (pred.tier, pred.deadline, pred.ack)


def _labelled(probe: str, message_id: str) -> tuple[object, ...]:
    gold = _run(probe)[0][message_id]
    return (gold.tier, gold.deadline, gold.ack)


def _checked() -> list[Any]:
    return [
        pytest.param(probe, message_id, id=f"{probe}-{message_id}")
        for probe, known in KNOWN.items()
        for message_id in sorted(set(bench.load_corpus(_set(probe))[1]) - known)
    ]


@pytest.mark.parametrize(("probe", "message_id"), _checked())
def test_tier_deadline_and_ack_as_labelled(probe: str, message_id: str) -> None:
    assert _seen(probe, message_id) == _labelled(probe, message_id)


@pytest.mark.parametrize("probe", sorted(KNOWN))
def test_the_same_notice_folds_and_no_look_alike_does(probe: str) -> None:
    gold, pred = _run(probe)
    assert bench.duplicate_pairs(gold, pred).f1 == 1.0
    assert bench.hard_negatives_merged(gold, pred) == []


@pytest.mark.parametrize("probe", sorted(KNOWN))
def test_the_known_differences_are_still_there(probe: str) -> None:
    # When one is fixed, take it out of KNOWN.
    assert all(_seen(probe, i) != _labelled(probe, i) for i in KNOWN[probe])
