"""The daily read of every page: damage no read of desk's meets is found, and noted as
damage met anywhere else."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from keyring.backends import fail
from sqlalchemy.exc import SQLAlchemyError

from desk.core.clock import ManualClock
from desk.store.damage import DamageFound, read_marker
from desk.store.inbox import InboxQueries, View
from desk.store.page_check import check_due, check_pages, check_pages_if_due, last_checked
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, open_store
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N
from tests.helpers.damaged_store import damage_unread
from tests.helpers.seed import sync_demo

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)


def _open(data_dir: DataDir) -> Store:
    return open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)


@pytest.fixture
def demo(data_dir: DataDir, clock: ManualClock) -> Iterator[Store]:
    store = _open(data_dir)
    sync_demo(store, clock)
    yield store
    store.close()


@pytest.fixture
def damaged_unread(demo: Store) -> Iterator[Store]:
    """The demo's store with 72 bytes overwritten where nothing desk does at start reads."""
    damage_unread(demo)
    store = _open(demo.data_dir)
    yield store
    store.close()


def test_a_sound_store_is_checked_once_a_day(demo: Store) -> None:
    assert check_due(demo, NOW), "never checked"

    assert check_pages(demo, NOW)

    assert last_checked(demo) == NOW
    assert not check_due(demo, NOW + timedelta(hours=23))
    assert check_due(demo, NOW + timedelta(hours=24))
    assert check_due(demo, NOW - timedelta(minutes=1)), "the clock set back past it"
    assert not demo.data_dir.damage_marker.exists()


def test_damage_no_read_meets_is_found_by_the_check_and_noted(damaged_unread: Store) -> None:
    # From IT: 72 bytes overwritten mid-file were found by `desk-cli selftest` alone; the
    # window and `desk sync` went on writing into the file.
    assert InboxQueries(damaged_unread.sessions).page(View(), limit=50).ids, "the inbox reads"
    told: list[DamageFound] = []
    damaged_unread.damage.subscribe(told.append)

    assert not check_pages_if_due(damaged_unread, NOW)

    noted = read_marker(damaged_unread.data_dir.damage_marker)
    assert noted is not None and told == [noted]
    assert noted.error.startswith("quick_check: "), noted.error
    assert last_checked(damaged_unread) is None
    with pytest.raises(SQLAlchemyError):
        SettingsStore(damaged_unread.sessions).set("notify.sound", False)
    assert not check_due(damaged_unread, NOW + timedelta(days=2)), "found: nothing to learn"
