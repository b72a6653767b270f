"""A backup of the store taken while the window writes: one moment of the store, encrypted
under the same key, read back whole before it replaces anything, and opened again as the
data dir it is copied back to."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from sqlalchemy import func, select, text

from desk.core.clock import ManualClock
from desk.store import backup
from desk.store.backup import BackupRefused, back_up, check_destination
from desk.store.damage import read_marker
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.keys import KeyFile, KeyProtection
from desk.store.models import Message, Setting
from desk.store.paths import DataDir
from desk.store.store import Store, StoreError, open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N
from tests.helpers.damaged_store import damage_unread
from tests.helpers.full_disk import small_disk
from tests.helpers.seed import sync_demo

# What the window and the cards keep per message: restored, each must be as it was.
_STATE = text("SELECT id, remote_id, read, done, tier, score, cluster FROM messages ORDER BY id")


def _open(directory: DataDir) -> Store:
    return open_store(directory, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


@pytest.fixture
def second(demo_store: Store) -> Iterator[Store]:
    """The store opened a second time, as `desk backup` opens it beside the window."""
    opened = _open(demo_store.data_dir)
    yield opened
    opened.close()


def _messages(store: Store) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Message)) or 0)


def _state(store: Store) -> list[Any]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(_STATE)]


def test_a_backup_taken_while_the_window_writes_holds_the_store_as_it_began(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    before = _messages(demo_store)
    written: list[str] = []
    committed = threading.Condition()
    stop = threading.Event()

    def window_writes() -> None:
        # The window's store thread, on a connection of its own: a commit after another.
        while not stop.is_set():
            name = f"written.during.{len(written)}"
            with demo_store.transaction() as session:
                session.add(Setting(name=name, value=len(written)))
            with committed:
                written.append(name)
                committed.notify_all()

    copied: list[int] = []
    at_first_step: list[int] = []

    def between_steps(done: int, total: int) -> None:
        copied.append(done)
        with committed:
            if len(copied) == 1:
                at_first_step.append(len(written))
            elif len(copied) == 2:
                # The snapshot held between two steps: the window's commits still go through.
                assert committed.wait_for(lambda: len(written) >= at_first_step[0] + 5, 30)
                stop.set()  # a copy that starts over at each write would never end

    writer = threading.Thread(target=window_writes)
    writer.start()
    try:
        with committed:
            assert committed.wait_for(lambda: len(written) >= 3, timeout=30)
            before_the_copy = list(written)
        made = back_up(second, tmp_path / "backup", progress=between_steps, pages_per_step=16)
    finally:
        stop.set()
        writer.join()

    # Stepped, never started over (a write beside it restarts an unheld copy: copied fell).
    assert len(copied) > 2 and copied == sorted(copied) and copied[-1] > 16
    assert made.messages == before
    restored = _open(DataDir(made.folder))
    try:
        with restored.sessions() as session:
            kept = set(session.scalars(select(Setting.name).where(Setting.name.like("written.%"))))
    finally:
        restored.close()
    # The copy is one moment: it holds what was written before it began, and nothing
    # the window wrote while it was being taken.
    assert set(before_the_copy) <= kept
    assert not kept & set(written[at_first_step[0] :])


def test_a_restored_backup_opens_with_the_same_messages_read_and_done(
    demo_store: Store, second: Store, clock: ManualClock, tmp_path: Path
) -> None:
    queries = InboxQueries(demo_store.sessions)
    cards = queries.page(View(ViewKind.ALL), limit=30).ids
    queries.set_done(cards[:6], True, clock.now())
    queries.set_read(cards[6:14], True)
    expected = _state(demo_store)
    assert sum(row[3] for row in expected) >= 6 and sum(row[2] for row in expected) >= 8

    made = back_up(second, tmp_path / "backup")
    restored_dir = DataDir(tmp_path / "restored")
    shutil.copytree(made.folder, restored_dir.root)
    restored = _open(restored_dir)
    try:
        assert _state(restored) == expected
        assert InboxQueries(restored.sessions).page(View(ViewKind.ALL), limit=30).ids == (
            queries.page(View(ViewKind.ALL), limit=30).ids
        )
    finally:
        restored.close()
    assert made.messages == len(expected)
    assert made.size == sum(f.stat().st_size for f in made.folder.iterdir())


def test_the_copy_is_encrypted_under_the_same_key_and_nothing_is_left_in_the_clear(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    with demo_store.sessions() as session:
        some_text = session.scalars(select(Message.text).limit(20)).all()
    made = back_up(second, tmp_path / "backup")

    assert sorted(f.name for f in made.folder.iterdir()) == ["desk.db", "desk.key"]
    raw = (made.folder / "desk.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert not any(t.encode() in raw for t in some_text if len(t) >= 4)
    assert (made.folder / "desk.key").read_bytes() == demo_store.data_dir.key_file.read_bytes()
    assert (made.folder / "desk.db").stat().st_mode & 0o777 == 0o600
    assert made.folder.stat().st_mode & 0o777 == 0o700


def test_a_folder_holding_files_is_refused_unless_overwrite_and_then_replaced_whole(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "nightly"
    back_up(second, folder)
    with demo_store.transaction() as session:
        session.add(Setting(name="since.last.night", value=1))

    with pytest.raises(BackupRefused) as refused:
        back_up(second, folder)
    assert refused.value.code == "not_empty" and refused.value.detail == "desk.db, desk.key"

    back_up(second, folder, overwrite=True)
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    restored = _open(DataDir(folder))
    try:
        with restored.sessions() as session:
            assert session.get(Setting, "since.last.night") is not None
    finally:
        restored.close()


def test_a_copy_that_does_not_read_back_leaves_the_backup_before_it(
    demo_store: Store, second: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "nightly"
    back_up(second, folder)
    last_night = (folder / "desk.db").read_bytes()
    copy_pages = backup._copy_pages

    def onto_a_failing_disk(store: Store, partial: Path, *args: Any) -> None:
        copy_pages(store, partial, *args)
        with partial.open("r+b") as handle:  # 72 bytes gone bad in the middle of the copy
            handle.seek(partial.stat().st_size // 2 + 1000)
            handle.write(bytes([0x5A]) * 72)

    monkeypatch.setattr(backup, "_copy_pages", onto_a_failing_disk)
    with pytest.raises(BackupRefused) as refused:
        back_up(second, folder, overwrite=True)

    assert refused.value.code == "copy_damaged" and refused.value.path == folder
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    assert (folder / "desk.db").read_bytes() == last_night
    # The store itself reads whole: nothing noted against it.
    assert second.damage.found is None and not demo_store.data_dir.damage_marker.exists()


def test_a_store_damaged_where_no_read_went_is_refused_and_noted(
    store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    sync_demo(store, clock)
    damage_unread(store)  # found only by a read of every page: the copy's read finds it
    reopened = _open(store.data_dir)
    try:
        with pytest.raises(BackupRefused) as refused:
            back_up(reopened, tmp_path / "backup")
        assert refused.value.code == "damaged"
        assert reopened.damage.found is not None
    finally:
        reopened.close()
    noted = read_marker(store.data_dir.damage_marker)
    assert noted is not None and noted.error.startswith("quick_check:")
    assert not (tmp_path / "backup").exists()  # the folder it made goes with the copy


def test_a_full_disk_is_said_and_leaves_no_half_copy(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    size = demo_store.data_dir.database.stat().st_size
    with small_disk(tmp_path / "disk", f"{max(size // 2 // 1024, 64)}k") as disk:
        with pytest.raises(BackupRefused) as refused:
            back_up(second, disk / "backup")
        assert refused.value.code == "full", (refused.value.detail, refused.value.path)
        assert list(disk.iterdir()) == []


@pytest.mark.parametrize(
    ("where", "code"),
    [("data", "in_data_dir"), ("data/backups", "in_data_dir"), ("a-file", "not_a_directory")],
)
def test_a_destination_in_the_data_dir_or_a_file_is_refused(
    data_dir: DataDir, tmp_path: Path, where: str, code: str
) -> None:
    (tmp_path / "a-file").write_text("")
    with pytest.raises(BackupRefused) as refused:
        check_destination(tmp_path / where, data_dir, overwrite=True)
    assert refused.value.code == code


def test_a_folder_whose_copy_a_desk_has_open_is_not_overwritten(
    data_dir: DataDir, tmp_path: Path
) -> None:
    folder = tmp_path / "restored-and-open"
    folder.mkdir()
    (folder / "desk.db").write_bytes(b"")
    (folder / "desk.db-wal").write_bytes(b"")
    with pytest.raises(BackupRefused) as refused:
        check_destination(folder, data_dir, overwrite=True)
    assert refused.value.code == "in_use" and refused.value.path == folder / "desk.db-wal"


def test_a_new_or_empty_folder_is_taken(data_dir: DataDir, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    check_destination(tmp_path / "empty", data_dir, overwrite=False)
    check_destination(tmp_path / "new" / "nested", data_dir, overwrite=False)


def test_a_copy_under_a_passphrase_of_its_own_opens_with_it_alone(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    made = back_up(
        second, tmp_path / "backup", passphrase="the backup's own 备份", scrypt_n=TEST_SCRYPT_N
    )

    assert made.protection is KeyProtection.PASSPHRASE
    copied, own = KeyFile.load(made.folder / "desk.key"), KeyFile.load(demo_store.data_dir.key_file)
    # The same key (and store id) under another wrapping: the database is the same copy.
    assert copied.store_id == own.store_id and copied.wrapped != own.wrapped
    restored = open_store(DataDir(made.folder), "the backup's own 备份", backend=fail.Keyring())
    try:
        assert _state(restored) == _state(demo_store)
    finally:
        restored.close()
    with pytest.raises(StoreError) as refused:
        _open(DataDir(made.folder))  # the store's passphrase is not the copy's
    assert refused.value.code == "wrong_passphrase"


def test_what_a_stopped_backup_left_is_removed_not_refused(second: Store, tmp_path: Path) -> None:
    folder = tmp_path / "nightly"
    folder.mkdir()
    for name in (
        "desk.db.partial",
        "desk.db.partial-wal",
        "desk.db.partial-shm",
        "desk.key.partial",
    ):
        (folder / name).write_bytes(b"half a copy")

    back_up(second, folder)  # not --overwrite: the folder holds nothing but desk's debris

    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]


def test_a_second_backup_into_the_folder_of_one_under_way_is_refused_and_spoils_nothing(
    demo_store: Store, second: Store, tmp_path: Path
) -> None:
    # IT's nightly task and a backup started by hand, the same minute, into one folder:
    # the second took the first's half copy for a stopped backup's debris and removed it,
    # and the first, failing then, removed the folder with the second's copy in it.
    folder = tmp_path / "nightly"
    third = _open(demo_store.data_dir)
    refusals: list[BackupRefused] = []

    def meanwhile(done: int, _total: int) -> None:
        if refusals or done == 0:
            return
        with pytest.raises(BackupRefused) as refused:
            back_up(third, folder, overwrite=True)
        refusals.append(refused.value)

    try:
        made = back_up(second, folder, progress=meanwhile, pages_per_step=16)
    finally:
        third.close()

    assert [(r.code, r.path) for r in refusals] == [("being_written", folder)]
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    restored = _open(DataDir(made.folder))
    try:
        assert _state(restored) == _state(demo_store)
    finally:
        restored.close()
