"""Inbox queries over the real SQLCipher store: search paths, schema agreement, ranking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Base, Message
from desk.store.ranking import rerank
from desk.store.store import Store
from tests.helpers.seed import sync_demo


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


def _texts(store: Store, view: View) -> list[str]:
    queries = InboxQueries(store.sessions)
    rows = queries.rows(queries.page(view, limit=1000).ids)
    return [r.text for r in rows.values()]


@pytest.mark.parametrize("needle", ["暴雨", "收到", "防溺水", "人居环境", "自建房"])
def test_search_finds_chinese_substrings_of_any_length(demo_store: Store, needle: str) -> None:
    with demo_store.sessions() as session:
        expected = session.scalar(
            text("SELECT count(*) FROM messages WHERE instr(text, :n) > 0"), {"n": needle}
        )
    found = [*_texts(demo_store, View(ViewKind.ALL, search=needle))]
    found += _texts(demo_store, View(ViewKind.NOISE, search=needle))
    assert expected and all(needle in t for t in found)


def test_search_of_three_or_more_characters_uses_the_fts_index(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        hits = session.scalar(
            text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '\"防溺水\"'")
        )
    assert hits and hits >= 3


def test_search_text_is_not_sql(demo_store: Store) -> None:
    for needle in ['"', "%", "_", "' OR 1=1 --", 'a"b"c', "NEAR(", "防 OR 汛"]:
        assert all(needle in t for t in _texts(demo_store, View(ViewKind.ALL, search=needle)))


def test_models_agree_with_the_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The inbox index's DESC columns are written as text, which autogenerate cannot compare.
    real = [d for d in diff if "ix_messages_inbox" not in str(d) and "fts" not in str(d)]
    assert real == []
    with store.engine.connect() as conn:
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        assert {t for (t,) in triggers} == {
            "messages_fts_ai",
            "messages_fts_ad",
            "messages_fts_au",
        }


def test_due_soon_rises_within_its_tier_as_time_passes(
    demo_store: Store, clock: ManualClock
) -> None:
    with demo_store.sessions() as session:
        dated = session.scalars(
            select(Message).where(Message.deadline_ms.is_not(None), Message.done.is_(False))
        ).all()
    assert dated
    clock.advance(timedelta(days=30))
    assert rerank(demo_store.sessions, clock.now()) > 0
    # Everything is overdue now: each keeps its base score plus the overdue floor.
    with demo_store.sessions() as session:
        for message in session.scalars(select(Message).where(Message.deadline_ms.is_not(None))):
            assert message.score == pytest.approx(message.base_score + 1.0)
    assert rerank(demo_store.sessions, clock.now()) == 0


def _paged(queries: InboxQueries, view: View, size: int) -> list[int]:
    page = queries.page(view, limit=size)
    ids = list(page.ids)
    while page.after is not None:
        page = queries.page(view, page.after, size)
        ids += page.ids
    return ids


def test_paging_gives_the_rows_of_the_whole_ordered_view(demo_store: Store) -> None:
    # Ties everywhere: equal scores and times, pinned DINGs, done rows; only the id is left
    # to tell rows apart, so a page boundary inside a tie must neither skip nor repeat.
    with demo_store.transaction() as session:
        session.execute(text("UPDATE messages SET score = 1.5 WHERE id % 3 = 0"))
        session.execute(text("UPDATE messages SET ts_ms = 1700000000000 WHERE id % 4 = 0"))
        session.execute(text("UPDATE messages SET pinned = 1 WHERE id % 11 = 0"))
        session.execute(text("UPDATE messages SET done = 1 WHERE id % 7 = 0"))
        largest_group = session.scalar(
            text("SELECT group_id FROM messages GROUP BY group_id ORDER BY count(*) DESC")
        )
    queries = InboxQueries(demo_store.sessions)
    views = [
        View(ViewKind.ALL),
        View(ViewKind.ALL, unfolded=True),
        View(ViewKind.URGENT),
        View(ViewKind.INFO),
        View(ViewKind.NOISE),
        View(ViewKind.DONE),
        View(ViewKind.GROUP, group_id=largest_group),
        View(ViewKind.ALL, search="通知"),
        View(ViewKind.ALL, search="收到"),
    ]
    for view in views:
        whole = queries.page(view, limit=100_000)
        assert whole.after is None
        rows = queries.rows(whole.ids)
        with demo_store.sessions() as session:
            stored = {
                m.id: m for m in session.scalars(select(Message).where(Message.id.in_(whole.ids)))
            }
        if view.kind is ViewKind.DONE or view.search:
            expected = sorted(whole.ids, key=lambda i: (-stored[i].ts_ms, -i))
        else:
            expected = sorted(
                whole.ids,
                key=lambda i: (
                    rows[i].tier.rank,
                    not rows[i].pinned,
                    -rows[i].score,
                    -stored[i].ts_ms,
                    i,
                ),
            )
        assert len(whole.ids) > 3, view
        assert whole.ids == expected, view
        for size in (1, 2, 7, 50):
            assert _paged(queries, view, size) == whole.ids, (view, size)
