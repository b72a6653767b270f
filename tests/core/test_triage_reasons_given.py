"""Every message triage puts above noise says why, in a reason a person understands: a
card in To do with none left its reader guessing (a tester, of a reminder due at noon).
And a due time asked of the villages says so, for the card of a notice passed down."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desk.connectors.demo_season import in_season
from desk.core.messages import Message, Role, Tier
from desk.core.reasons import FOR_VILLAGES
from desk.core.triage import TriageConfig, TriageEngine
from desk.resources import resource
from tests.bench.triage_quality import DEFAULT_CORPUS, load_corpus

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 12, 7, 8, 35, tzinfo=TZ)
_AT = re.compile(r"^-(\d+)d (\d{1,2}):(\d{2})$")
_AGO = re.compile(r"^-(\d+)m$")


def _unexplained(messages: list[Message]) -> list[str]:
    engine = TriageEngine(TriageConfig(tz=TZ))
    return [
        m.id
        for m in sorted(messages, key=lambda m: m.ts)
        if (verdict := engine.process(m)).tier is not Tier.NOISE and not verdict.reasons
    ]


def demo_history() -> list[Message]:
    """The demo's scripted history as the tester saw it, on Monday 7 December, in the
    order it was posted."""
    workspace = json.loads(resource("demo", "workspace.json").read_text("utf-8"))
    groups = {g["id"]: g["name"] for g in workspace["groups"]}
    found = []
    for raw in workspace["messages"]:
        day = _AT.match(raw["at"])
        if day:
            at = (MONDAY - timedelta(days=int(day[1]))).replace(
                hour=int(day[2]), minute=int(day[3])
            )
        else:
            at = MONDAY - timedelta(minutes=int(_AGO.match(raw["at"])[1]))  # type: ignore[index]
        text = re.sub(r"\{(?:date|weekday|week)\+\d+\}", "12月9日", in_season(raw["text"], 12))
        found.append(
            Message(
                raw["id"],
                raw["group"],
                groups[raw["group"]],
                raw["sender"],
                raw["sender"],
                Role.MEMBER,
                at,
                text,
                ding=raw.get("ding", False),
            )
        )
    return sorted(found, key=lambda m: m.ts)


@pytest.mark.skipif(not DEFAULT_CORPUS.exists(), reason="the dev corpus is not on this machine")
def test_every_message_above_noise_in_the_dev_corpus_says_why() -> None:
    messages, _gold = load_corpus(DEFAULT_CORPUS)

    assert _unexplained(messages) == []


def test_every_message_above_noise_in_the_demo_says_why() -> None:
    assert _unexplained(demo_history()) == []


def test_a_due_time_asked_of_the_villages_says_it_is_theirs() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ))
    relay = (
        "【森林火险橙色预警】邻县凤凰山山火尚未扑灭，预计未来6小时内北部山区偏北风7～8级。\n"
        "请各村（社区）于1小时内完成山边危险区域人员再排查，结果报镇应急办。"
    )
    own = "请各镇（街道）于今天下午5点前将山边危险区域人员排查情况报区应急局。"

    def flags(text: str) -> list[str]:
        verdict = engine.process(Message("m", "g", "群", "u1", "晏子墨", Role.OWNER, MONDAY, text))
        return [r.arg(FOR_VILLAGES) for r in verdict.reasons if r.code == "deadline"]

    assert flags(relay) == ["1"]
    assert flags(own) == [""]
