"""Damage inside the database met while desk runs: noted beside it, nothing more written,
and every page read at the next open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime

import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy.exc import SQLAlchemyError

from desk.core.clock import ManualClock
from desk.store.damage import DamageFound, read_marker, write_marker
from desk.store.database import failure_cause
from desk.store.inbox import InboxQueries, View
from desk.store.models import Setting
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, StoreError, open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N
from tests.helpers.damaged_store import TEXT_INDEX, damage_inside
from tests.helpers.seed import sync_demo

# A word of the demo's notices: its search reads the text index.
SEARCHED = "防汛工作"


def _open(data_dir: DataDir) -> Store:
    return open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)


def _search_meets_the_damage(store: Store) -> None:
    # The driver's own error: the search reads on its cursor (desk.store.inbox).
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError) as caught:
        InboxQueries(store.sessions).page(View(search=SEARCHED), limit=20)
    assert failure_cause(caught.value) == "corrupt"


@pytest.fixture
def demo_dir(data_dir: DataDir, clock: ManualClock) -> DataDir:
    store = _open(data_dir)
    sync_demo(store, clock)
    store.close()
    return data_dir


@pytest.fixture
def damaged(demo_dir: DataDir) -> Iterator[Store]:
    """The demo's store with its text index damaged, opened again: the inbox reads, a
    search does not."""
    damage_inside(_open(demo_dir), TEXT_INDEX)
    store = _open(demo_dir)
    yield store
    store.close()


def test_a_store_damaged_where_opening_does_not_read_opens_without_a_check(
    damaged: Store,
) -> None:
    # No note, no quick_check: an ordinary start pays nothing for the damage watch.
    assert InboxQueries(damaged.sessions).page(View(), limit=20).ids
    assert not damaged.data_dir.damage_marker.exists()


def test_damage_met_in_a_search_is_noted_once_beside_the_database(damaged: Store) -> None:
    told: list[DamageFound] = []
    damaged.damage.subscribe(told.append)
    before = datetime.now().astimezone()

    _search_meets_the_damage(damaged)
    _search_meets_the_damage(damaged)

    assert len(told) == 1, "said once, however often it is met"
    noted = read_marker(damaged.data_dir.damage_marker)
    assert noted == told[0]
    assert noted.at is not None and before <= noted.at <= datetime.now().astimezone()
    assert noted.thread == threading.current_thread().name
    assert noted.error == "database disk image is malformed"


def test_what_is_sound_still_reads_after_a_search_met_the_damage(damaged: Store) -> None:
    # SQLCipher left the connection that met the damaged page failing at every page it
    # had not read yet: the window's next page of cards failed too.
    _search_meets_the_damage(damaged)
    queries = InboxQueries(damaged.sessions)

    page = queries.page(View(), limit=20)

    assert len(queries.rows(page.ids)) == len(page.ids) > 0


def test_nothing_more_is_written_once_damage_is_found(damaged: Store) -> None:
    settings = SettingsStore(damaged.sessions)
    _search_meets_the_damage(damaged)

    with pytest.raises(SQLAlchemyError) as caught:
        settings.set("notify.sound", False)

    assert failure_cause(caught.value) == "corrupt", "told as the damage, not a read-only file"
    assert settings.get("notify.sound") is True


def test_damage_met_on_another_thread_stops_writes_on_this_one(damaged: Store) -> None:
    settings = SettingsStore(damaged.sessions)
    settings.set("notify.sound", True)  # this thread's connection, made before the damage

    searcher = threading.Thread(target=lambda: _search_meets_the_damage(damaged), name="desk-store")
    searcher.start()
    searcher.join()

    assert damaged.damage.found is not None and damaged.damage.found.thread == "desk-store"
    with pytest.raises(SQLAlchemyError) as caught:
        settings.set("notify.sound", False)
    assert failure_cause(caught.value) == "corrupt"


def test_a_write_under_way_when_the_damage_is_met_is_not_committed(damaged: Store) -> None:
    # A sync batch being stored on the ingest thread while a search on the window's thread
    # met the damaged page: its connection was checked out before, and SQLite lets a
    # COMMIT through query_only.
    settings = SettingsStore(damaged.sessions)
    with pytest.raises(SQLAlchemyError) as caught, damaged.transaction() as session:
        session.add(Setting(name="notify.sound", value=False))
        session.flush()
        searcher = threading.Thread(target=lambda: _search_meets_the_damage(damaged))
        searcher.start()
        searcher.join()
    assert failure_cause(caught.value) == "corrupt"
    assert settings.get("notify.sound") is True, "the write was rolled back"
    # What only read is not refused: the window's reads go on.
    with damaged.transaction() as session:
        assert session.get(Setting, "notify.sound") is None


def test_a_store_noted_damaged_is_refused_at_the_next_open(damaged: Store) -> None:
    _search_meets_the_damage(damaged)
    damaged.close()

    with pytest.raises(StoreError) as caught:
        _open(damaged.data_dir)

    assert caught.value.code == "damaged"
    assert damaged.data_dir.damage_marker.exists(), "kept until the store reads whole"


def test_a_store_noted_damaged_that_reads_whole_opens_and_the_note_goes(
    demo_dir: DataDir,
) -> None:
    # Restored from a backup over the damaged one: the note is still there.
    write_marker(demo_dir.damage_marker, DamageFound(datetime.now().astimezone(), "x", "y"))

    store = _open(demo_dir)

    try:
        assert InboxQueries(store.sessions).page(View(search=SEARCHED), limit=20).ids
        assert not demo_dir.damage_marker.exists()
        assert store.damage.found is None
    finally:
        store.close()


def test_a_wrong_key_is_not_noted_as_damage(demo_dir: DataDir) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(demo_dir, "not the passphrase", backend=fail.Keyring())

    assert caught.value.code == "wrong_passphrase"
    assert not demo_dir.damage_marker.exists()


def test_a_note_that_does_not_read_still_says_damage_was_found(data_dir: DataDir) -> None:
    data_dir.damage_marker.write_text("", "utf-8")

    assert read_marker(data_dir.damage_marker) == DamageFound(None)
    assert read_marker(data_dir.root / "none") is None


def test_what_is_sound_still_reads_after_a_statement_met_the_damage(demo_dir: DataDir) -> None:
    # As above, for a statement SQLAlchemy runs: the settings' index damaged, not the inbox.
    damage_inside(_open(demo_dir), "sqlite_autoindex_settings_1")
    store = _open(demo_dir)
    try:
        with pytest.raises(SQLAlchemyError) as caught:
            SettingsStore(store.sessions).all()
        assert failure_cause(caught.value) == "corrupt"

        assert InboxQueries(store.sessions).page(View(), limit=20).ids
    finally:
        store.close()
