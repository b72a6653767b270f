"""Ingest's insert of message rows through the driver (ingest._insert_messages) stores what
SQLAlchemy's Core insert of the same rows stored: every column, with its SQLite type, and
the text indexes and counts the rows feed. Real store, real triage."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from desk.core.clock import ManualClock
from desk.store.models import Message
from desk.store.paths import DataDir
from desk.store.store import Store, open_store
from desk.sync import ingest
from desk.sync.ingest import Ingestor
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N
from tests.helpers.group_posts import post, room_batch, two_accounts
from tests.helpers.seed import sync_demo

# Every table a batch writes to: the rows, the names searched, the badges' counts, the
# ladders, and the shadow tables of both text indexes (what FTS5 stores of each row).
_TABLES = (
    "messages",
    "senders",
    "unread_counts",
    "open_counts",
    "escalations",
    "groups",
    "members",
)


def _core_insert(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """How ingest inserted its rows before: SQLAlchemy Core's executemany of the dicts."""
    session.execute(insert(Message.__table__), rows)


def _fill(store: Store) -> None:
    """The demo workspace's sync, then twins under two accounts of one official (rows that
    hold twin_of and done_ms), one a DING that swaps its twin."""
    clock = ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))
    sync_demo(store, clock)
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now), post("$d1", now, "收到请回复")))
    clock.advance(timedelta(minutes=1))
    ingestor.apply(
        second,
        room_batch(
            "b1",
            post("$n1", now),
            post("$d1", now, "收到请回复", ding=True),
            post("$n2", clock.now(), "好的"),
        ),
    )


def _contents(store: Store) -> dict[str, list[list[tuple[str, Any]]]]:
    """Each table's rows as (Python type, value) pairs: 1 and 1.0, or 0 and False bound as
    text, differ."""
    with store.sessions() as session:
        conn = session.connection()
        shadows = [
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'messages%fts_%'"
            )
        ]
        assert len(shadows) >= 6, shadows  # data, idx, docsize... of both indexes
        return {
            table: sorted(
                (
                    [(type(value).__name__, value) for value in row]
                    for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"')
                ),
                key=repr,
            )
            for table in (*_TABLES, *shadows)
        }


def test_rows_inserted_through_the_driver_are_those_core_inserted(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    ours = _contents(store)
    assert len(ours["messages"]) >= 300
    with store.sessions() as session:
        # Rows that held twin_of and done_ms, and rows that did not.
        assert session.scalar(text("SELECT count(*) FROM messages WHERE twin_of IS NOT NULL"))

    monkeypatch.setattr(ingest, "_insert_messages", _core_insert)
    before = open_store(
        DataDir(tmp_path / "core").ensure(),
        PASSPHRASE,
        backend=fail.Keyring(),
        scrypt_n=TEST_SCRYPT_N,
    )
    try:
        _fill(before)
        theirs = _contents(before)
    finally:
        before.close()

    assert ours.keys() == theirs.keys()
    for table in ours:
        assert ours[table] == theirs[table], table


def test_a_row_left_without_a_column_takes_its_default_as_core_binds_it(store: Store) -> None:
    # corrected and pinned, which no row of ingest holds: Core bound False, stored as 0.
    _fill(store)
    with store.sessions() as session:
        kinds = session.execute(
            text("SELECT DISTINCT typeof(corrected), typeof(pinned), typeof(score) FROM messages")
        ).all()
    assert kinds == [("integer", "integer", "real")]
