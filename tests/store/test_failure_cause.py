"""Why a store operation failed, as SQLite said it: the cause the user is told."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from desk.store.database import failure_cause
from desk.store.models import Setting
from desk.store.store import Store
from tests.helpers.read_only_store import make_read_only


def test_a_read_only_database_is_read_only(store: Store) -> None:
    make_read_only(store)
    with store.sessions() as session:  # reading still works
        assert session.scalar(select(func.count()).select_from(Setting)) == 0
    with pytest.raises(OperationalError) as caught, store.transaction() as session:
        session.add(Setting(name="x", value=1))
    assert "readonly database" in str(caught.value)
    assert failure_cause(caught.value) == "read_only"


def test_a_full_database_is_full(store: Store) -> None:
    with store.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
        conn.execute(text(f"PRAGMA max_page_count = {pages}"))
        with pytest.raises(OperationalError) as caught:
            conn.execute(
                text("INSERT INTO settings (name, value) VALUES ('big', :v)"),
                {"v": '"' + "x" * 200_000 + '"'},
            )
    assert "full" in str(caught.value)
    assert failure_cause(caught.value) == "full"


def test_a_locked_database_is_busy(store: Store) -> None:
    key = store.engine.url.password
    holder = sqlcipher3.dbapi2.connect(str(store.data_dir.database), isolation_level=None)
    waiter = sqlcipher3.dbapi2.connect(
        str(store.data_dir.database), isolation_level=None, timeout=0
    )
    try:
        for conn in (holder, waiter):
            conn.execute(f'PRAGMA key = "{key}"')
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlcipher3.dbapi2.OperationalError) as caught:
            waiter.execute("BEGIN IMMEDIATE")
        assert failure_cause(caught.value) == "busy"
    finally:
        holder.close()
        waiter.close()


def test_anything_else_is_other() -> None:
    assert failure_cause(RuntimeError("not the database")) == "other"


def test_a_damaged_database_is_corrupt(store: Store) -> None:
    with store.transaction() as session:
        session.add_all(Setting(name=f"s{n}", value="x" * 2000) for n in range(40))
    store.close()
    database = store.data_dir.database
    for leftover in ("-wal", "-shm"):
        database.with_name(database.name + leftover).unlink(missing_ok=True)
    data = bytearray(database.read_bytes())
    data[12288 : 12288 + 8192] = bytes(8192)  # as the tester zeroed two pages of a real one
    database.write_bytes(bytes(data))
    key = store.engine.url.password
    conn = sqlcipher3.dbapi2.connect(str(database))
    try:
        conn.execute(f'PRAGMA key = "{key}"')
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError) as caught:
            conn.execute("SELECT count(*), max(length(value)) FROM settings").fetchall()
    finally:
        conn.close()
    assert failure_cause(caught.value) == "corrupt"
