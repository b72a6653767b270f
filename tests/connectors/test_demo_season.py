"""The demo's words fit the season it is first run in (a tester: 上半年总结 and 杨梅 on a
December Monday read as canned)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from desk.connectors.demo import LIVE_CATCH_UP, DemoConnector
from desk.connectors.demo_season import MONTHS, in_season, months_of
from desk.connectors.protocol import IncomingMessage
from desk.core.clock import ManualClock
from desk.resources import resource
from tests.conftest import SHANGHAI
from tests.connectors.test_demo import _first_run, _sync

# A Monday in each season, at the hour a tester first ran the demo.
_MONDAYS = [
    date(2026, 1, 12),
    date(2026, 3, 9),
    date(2026, 4, 13),
    date(2026, 5, 11),
    date(2026, 6, 8),
    date(2026, 8, 10),
    date(2026, 10, 12),
    date(2026, 11, 23),
    date(2026, 12, 7),
]
# Words that belong to some months only, and those months.
_IN_SEASON = {
    r"杨梅(?!岭)": "5-7",  # the fruit, not the village 杨梅岭
    r"端午|粽子": "5-6",
    r"上半年": "6-7",
    r"暑假": "5-6",
    r"主汛期|暴雨|防溺水|山塘": "5-9",
    r"雨情|降雨|雨势|冒雨|积水|带伞": "5-9",
    r"高温|防暑": "6-9",
    r"安全生产月": "6",
    r"森林防火|森林火险|护林员|寒潮": "10-4",
    r"一氧化碳": "10-4",
    r"中秋|月饼": "9-10",
    r"元旦|春节|拜年|拜个早年": "12-2",
    r"全年工作总结|(?<!半)年工作总结": "11-1",
    r"医保.{0,4}征缴": "9-2",
    r"秋收|秋种": "10-11",
    r"春耕|春茶": "3-4",
}
_MONTH = re.compile(r"(?<![\d年])(\d{1,2})月(?!\d)")  # 12月7日, 6月份; not 2026年6月 alone
_YEAR = re.compile(r"(20\d\d)年")


def _out_of_season(first: datetime) -> list[str]:
    seen, _workspace = _first_run(first)
    return _said_out_of(seen, first)


def _said_out_of(seen: list[IncomingMessage], when: datetime) -> list[str]:
    month, year = when.month, when.year
    wrong = []
    for m in seen:
        for said in _MONTH.finditer(m.text):
            if int(said[1]) not in (month, month % 12 + 1):
                wrong.append(f"{said[0]} in {m.remote_id}: {m.text[:40]}")
        for said in _YEAR.finditer(m.text):
            if not year - 1 <= int(said[1]) <= year + 1:
                wrong.append(f"{said[0]} in {m.remote_id}: {m.text[:40]}")
        for word, months in _IN_SEASON.items():
            if (found := re.search(word, m.text)) and month not in months_of(months):
                wrong.append(f"{found[0]} in {m.remote_id}: {m.text[:40]}")
    return wrong


@pytest.mark.parametrize("monday", _MONDAYS, ids=lambda d: d.strftime("%b"))
def test_the_demo_speaks_only_of_its_own_season(monday: date) -> None:
    assert _out_of_season(datetime.combine(monday, time(8, 35), SHANGHAI)) == []


def test_a_winter_week_and_a_summer_week_tell_their_own_story() -> None:
    december, _ = _first_run(datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI))
    june, _ = _first_run(datetime(2026, 6, 8, 8, 35, tzinfo=SHANGHAI))
    by_id = {m.remote_id: m for m in december}
    # The same week: the same messages, DINGs and mentions, in other words.
    assert [(m.remote_id, m.ding, m.mentions_me) for m in june] == [
        (m.remote_id, m.ding, m.mentions_me) for m in december
    ]
    assert (
        "森林防火" in by_id["m0418"].text and "暴雨" in {m.remote_id: m for m in june}["m0418"].text
    )
    assert "2026年工作总结和2027年工作打算" in by_id["m0399"].text


def test_a_variant_is_chosen_by_the_months_it_names() -> None:
    texts = {"5-9": "汛期", "10-4": "防火期"}
    assert [in_season(texts, month) for month in (4, 5, 9, 10, 12, 1)] == [
        "防火期",
        "汛期",
        "汛期",
        "防火期",
        "防火期",
        "防火期",
    ]
    assert in_season("四季皆宜", 7) == "四季皆宜"
    assert months_of("6,11-1") == {6, 11, 12, 1}


@pytest.mark.parametrize("texts", [{"5-9": "汛期"}, {"13": "无此月"}, {"5-9": 3}, ["汛期"]])
def test_a_text_missing_some_months_is_malformed(texts: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        in_season(texts, 12)


def test_a_group_topic_missing_the_month_costs_its_topic_not_the_demo() -> None:
    # A workspace IT wrote for training (the account's "workspace" file), a topic said for
    # the flood season alone, first run in December: the first sync failed whole, and
    # the window showed no group and no message, sync retrying it for ever.
    clock = ManualClock(datetime(2026, 12, 7, 8, 45, tzinfo=SHANGHAI))
    member = {"id": "u1", "name": "甲", "role": "owner"}
    workspace = {
        "me": {"id": "u-me", "name": "测试员"},
        "groups": [
            {"id": "g1", "name": "防汛群", "topic": {"5-9": "主汛期值班"}, "members": [member]},
            {"id": "g2", "name": "党政办", "topic": "日常", "members": [member]},
        ],
        "messages": [
            {"id": "m1", "at": "-1d 20:00", "group": "g1", "sender": "u1", "text": "值班表"}
        ],
    }
    batch = asyncio.run(DemoConnector(workspace, clock).sync(None))
    assert [(g.remote_id, g.topic) for g in batch.groups] == [("g1", ""), ("g2", "日常")]
    assert [m.text for m in batch.messages] == ["值班表"]
    assert [(b.kind, b.reason, b.remote_id) for b in batch.bad_items] == [
        ("group", "malformed", "g1")
    ]


def _live_after(first: datetime, back: datetime, span: timedelta) -> list[IncomingMessage]:
    """The live messages a demo first run at `first` posts when desk runs again from
    `back` on, for `span`, synced every half minute."""
    clock = ManualClock(first)
    connector = DemoConnector(_bundled(), clock)
    cursor = _sync(connector, None).next_cursor
    clock.set(back)
    seen: list[IncomingMessage] = []
    while clock.now() <= back + span:
        batch = _sync(connector, cursor)
        cursor = batch.next_cursor
        seen.extend(batch.messages)
        clock.advance(timedelta(seconds=30))
    return seen


def _bundled() -> dict[str, Any]:
    return dict(json.loads(resource("demo", "workspace.json").read_text("utf-8")))


def test_a_demo_left_running_since_june_speaks_of_december_in_december() -> None:
    # A tester's December: a data dir first run in June posted 洄水湾 rain reports and
    # 杨梅 to a winter morning, the live pool said as in the month of the first run.
    december = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)
    seen = _live_after(datetime(2026, 6, 8, 8, 35, tzinfo=SHANGHAI), december, timedelta(hours=2))
    assert len(seen) >= LIVE_CATCH_UP
    assert _said_out_of(seen, december) == []


# Parts of the day: the pool plays at any hour (吃晚饭 at 08:22 and at 07:00, a tester).
_TIME_OF_DAY = re.compile(r"早饭|午饭|晚饭|今晚|明早|晚班|早上好|晚安|下班前|回家|今天都辛苦")


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for month in MONTHS:
            yield in_season(value, month)
    elif isinstance(value, str):
        yield value


def test_the_live_pool_names_no_time_of_day() -> None:
    said = {t for raw in _bundled()["live"] for t in _texts(raw.get("text"))}
    assert [t for t in said if _TIME_OF_DAY.search(t)] == []


def test_a_live_photo_or_report_does_not_come_back_within_twenty_minutes() -> None:
    # The pool's round was seven minutes: 洄水湾安置点's photo at 08:22 and again 08:29.
    first = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)
    seen = _live_after(first, first, timedelta(hours=3))
    last: dict[str, datetime] = {}
    soon = []
    for m in sorted(seen, key=lambda m: m.ts):
        # A 收到, 👍 or sticker is said by many, any time.
        if len(m.text) >= 8 and m.text in last and m.ts - last[m.text] < timedelta(minutes=20):
            soon.append(f"{m.text} at {last[m.text]:%H:%M} and {m.ts:%H:%M}")
        last[m.text] = m.ts
    assert len(seen) > 2 * len(_bundled()["live"])
    assert soon == []


def _month_maps(workspace: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    for g in workspace["groups"]:
        if isinstance(g.get("topic"), dict):
            yield g["id"], g["topic"]
    for m in workspace["messages"]:
        if isinstance(m.get("text"), dict):
            yield m["id"], m["text"]
    for k, raw in enumerate(workspace["live"]):
        if isinstance(raw.get("text"), dict):
            yield f"live-{k}", raw["text"]


def test_every_month_map_in_the_bundled_workspace_names_each_month_once() -> None:
    # The tested Mondays miss February, July and September: a map missing one of them
    # (or naming it twice, the later variant never said) would show only then.
    wrong = []
    maps = list(_month_maps(_bundled()))
    for where, texts in maps:
        named = [month for spec in texts for month in months_of(spec)]
        if sorted(named) != list(MONTHS):
            wrong.append(f"{where}: {sorted(named)}")
    assert len(maps) >= 50
    assert wrong == []
