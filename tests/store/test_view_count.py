"""InboxQueries.count: a view's cards counted as its pages list them (a counted list has
a row for each before their ids are read: issue 8)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desk.core.clock import ManualClock
from desk.core.due_days import day_span
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import to_ms
from desk.store.store import Store
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


def test_every_view_counts_what_its_pages_list(demo_store: Store, clock: ManualClock) -> None:
    with demo_store.transaction() as session:
        # Some cards done, so that Done lists some and the others fewer.
        session.execute(text("UPDATE messages SET done = 1, done_ms = id WHERE id % 7 = 0"))
        ids = list(session.scalars(text("SELECT id FROM messages ORDER BY id")))
        groups = list(session.scalars(text("SELECT id FROM groups ORDER BY id")))
    queries = InboxQueries(demo_store.sessions)
    now = to_ms(clock.now())
    views = [
        *(View(kind) for kind in ViewKind if kind not in (ViewKind.GROUP, ViewKind.AWAY)),
        View(ViewKind.ALL, unfolded=True),
        *(View(ViewKind.GROUP, group_id=group) for group in groups),
        View(ViewKind.AWAY, came=(0, now)),
        View(ViewKind.HELD, ids=tuple(ids[::2]), asks=tuple(ids[:40:3]), woken=tuple(ids[:40:9])),
    ]
    listed = 0
    for view in views:
        whole = queries.page(view, limit=100_000).ids
        assert queries.count(view) == len(whole), view
        listed += len(whole)
    assert listed > 300


def test_a_search_and_due_today_are_not_counted(demo_store: Store, clock: ManualClock) -> None:
    queries = InboxQueries(demo_store.sessions)
    start, end = day_span(clock.now(), SHANGHAI)
    today = (to_ms(start), to_ms(end))
    assert queries.count(View(ViewKind.ALL, search="通知")) is None
    assert queries.count(View(ViewKind.DUE, today=today)) is None
    assert queries.count(View(ViewKind.DUE)) is not None
