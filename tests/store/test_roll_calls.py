"""Roll calls read with a page of cards: who of the units a notice asks has reported."""

from __future__ import annotations

import pytest

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.store import Store
from tests.helpers.seed import sync_demo


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


def _card(store: Store, needle: str, opening: str) -> InboxRow:
    queries = InboxQueries(store.sessions)
    ids = queries.page(View(ViewKind.ALL, search=needle), limit=50).ids
    return next(r for r in queries.rows(ids).values() if r.text.startswith(opening))


def test_the_2025_income_notice_lists_the_villages_yet_to_report(demo_store: Store) -> None:
    # From a tester: the card read 收到 ×2, and 洄水湾's word that its table was e-mailed
    # was a card of its own; nothing said which villages still owed it.
    row = _card(demo_store, "2025年度", "请各村于")
    assert row.roll_call is not None
    assert row.roll_call.reported == ("洄水湾村",)
    assert set(row.roll_call.missing) == {"竹溪村", "杨梅岭村", "石门坎村", "上坪村", "花溪村"}


def test_the_district_notice_counts_the_villages_its_forwards_asked(demo_store: Store) -> None:
    # The district asked the towns; the township's forwards asked the villages, whose
    # reports (上坪村的表刚发…, 新街社区…报“零”) are what the township collects.
    row = _card(demo_store, "自建房", "云岫区安委办")
    assert row.roll_call is not None
    assert "白鹭镇" not in row.roll_call.expected
    assert {"上坪村", "新街社区", "竹溪村"} <= set(row.roll_call.reported)


def test_a_notice_no_unit_has_reported_on_has_no_roll_call(demo_store: Store) -> None:
    row = _card(demo_store, "1—6月", "请各村于")
    assert row.roll_call is None
