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
    rows = queries.rows(queries.ids(view, 0, 1000))
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
        assert {t for (t,) in triggers} == {"messages_fts_ai", "messages_fts_ad", "messages_fts_au"}


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
