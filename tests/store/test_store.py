"""The encrypted store: keys, passphrases, refusing what it cannot open, schema versions."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy import select, text

from desk.store import schema
from desk.store.database import page_cache_kib
from desk.store.keys import KeyProtection, unlock_early
from desk.store.models import Account, Setting
from desk.store.paths import DataDir, DataDirUnusable
from desk.store.store import Store, StoreError, open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N


def _open(data_dir: DataDir, passphrase: str | None = PASSPHRASE) -> Store:
    return open_store(data_dir, passphrase, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)


def _fingerprint(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


def test_round_trip_survives_reopen(data_dir: DataDir) -> None:
    store = _open(data_dir)
    with store.transaction() as session:
        session.add(Setting(name="greeting", value={"text": "你好"}))
    store.close()

    again = _open(data_dir)
    with again.sessions() as session:
        assert session.scalar(select(Setting.value).where(Setting.name == "greeting")) == {
            "text": "你好"
        }
    assert again.protection is KeyProtection.PASSPHRASE
    again.close()


def test_database_file_is_encrypted_and_in_wal_mode(store: Store) -> None:
    with store.sessions() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    header = store.data_dir.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_key_file_records_protection_and_never_the_key(store: Store) -> None:
    key_file = json.loads(store.data_dir.key_file.read_text())
    assert key_file["protection"] == "passphrase"
    assert set(key_file["wrapped"]) >= {"kdf", "salt", "nonce", "sealed"}
    assert key_file["wrapped"]["kdf"] == "scrypt"


def test_wrong_passphrase_is_a_clear_error_and_touches_nothing(data_dir: DataDir) -> None:
    _open(data_dir).close()
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir, "not the passphrase")
    assert caught.value.code == "wrong_passphrase"
    assert _fingerprint(data_dir.root) == before


def test_missing_passphrase_on_a_passphrase_store(data_dir: DataDir) -> None:
    _open(data_dir).close()
    with pytest.raises(StoreError) as caught:
        _open(data_dir, None)
    assert caught.value.code == "passphrase_required"


def test_no_keychain_and_no_passphrase_creates_nothing(data_dir: DataDir) -> None:
    with pytest.raises(StoreError) as caught:
        _open(data_dir, None)
    assert caught.value.code == "passphrase_required"
    assert not data_dir.database.exists()
    assert not data_dir.key_file.exists()


def test_never_a_fresh_database_over_one_without_its_key(data_dir: DataDir) -> None:
    _open(data_dir).close()
    data_dir.key_file.unlink()
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "key_file_missing"
    assert _fingerprint(data_dir.root) == before


def test_a_foreign_key_cannot_read_the_file(data_dir: DataDir, tmp_path: Path) -> None:
    _open(data_dir).close()
    other = DataDir(tmp_path / "other").ensure()
    _open(other).close()
    # Swap in another store's (valid) key file: the key unwraps, but does not fit.
    data_dir.key_file.write_bytes(other.key_file.read_bytes())
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "unreadable"
    assert _fingerprint(data_dir.root) == before


def _key_file_a_folder(data_dir: DataDir) -> None:
    """desk.key turned into a folder holding the key: read() fails as the OS refuses it
    (IsADirectoryError), a real refusal even for root, whom chmod 000 does not stop."""
    kept = data_dir.key_file.read_bytes()
    data_dir.key_file.unlink()
    data_dir.key_file.mkdir()
    (data_dir.key_file / "desk.key").write_bytes(kept)


def test_a_key_file_the_os_refuses_is_not_called_damaged(data_dir: DataDir) -> None:
    # From a data-safety tester: every OSError was "damaged", and the window offered to
    # set a healthy store aside.
    _open(data_dir).close()
    _key_file_a_folder(data_dir)
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "key_file_unreadable"
    assert caught.value.detail == str(data_dir.key_file)
    assert caught.value.refusal is not None
    assert caught.value.refusal.code == "is_a_directory"
    assert _fingerprint(data_dir.root) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and pipes")
@pytest.mark.parametrize("stand_in", ["loop", "dangling", "pipe"])
def test_a_key_file_that_is_no_file_is_unreadable_not_missing(
    data_dir: DataDir, stand_in: str
) -> None:
    # A link in a loop, or to nothing, was taken for no key at all (and the window
    # offered to set the store aside); reading a pipe hung desk at start (tester).
    _open(data_dir).close()
    key = data_dir.key_file
    key.rename(data_dir.root / "kept.key")
    if stand_in == "loop":
        key.symlink_to(key)
    elif stand_in == "dangling":
        key.symlink_to(data_dir.root / "gone.key")
    else:
        os.mkfifo(key)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "key_file_unreadable"
    assert caught.value.refusal is not None
    assert caught.value.refusal.code == ("not_a_file" if stand_in == "pipe" else "os_error")


@pytest.mark.parametrize(
    ("winerror", "code"), [(None, "permission_denied"), (32, "in_use"), (33, "in_use")]
)
def test_a_key_file_held_by_another_program_or_forbidden_is_said_so(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch, winerror: int | None, code: str
) -> None:
    # Windows refuses a file another program holds (a backup, an antivirus) with
    # PermissionError and winerror 32 (sharing) or 33 (lock violation); chmod 000 with
    # errno EACCES. Root reads past both here, so read_text raises what Windows would.
    _open(data_dir).close()
    real_read_text = Path.read_text

    def refused(path: Path, *args: object, **kwargs: object) -> str:
        if path == data_dir.key_file:
            error = PermissionError(13, "Permission denied", str(path))
            if winerror is not None:
                error.winerror = winerror  # type: ignore[attr-defined]
            raise error
        return real_read_text(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", refused)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "key_file_unreadable"
    assert caught.value.refusal is not None
    assert caught.value.refusal.code == code


def test_a_key_file_that_reads_but_is_no_key_file_is_damaged(data_dir: DataDir) -> None:
    _open(data_dir).close()
    data_dir.key_file.write_bytes(b"\xff\xfe not json")
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "key_file_corrupt"


@pytest.mark.parametrize("name", ["desk.db", "desk.db-wal", "desk.db-journal"])
def test_a_database_the_os_refuses_is_said_so_not_blamed_on_the_disk(
    data_dir: DataDir, name: str
) -> None:
    # From a data-safety tester: a desk.db this user may not open was "the disk may be
    # full or failing". A folder in the place of the file, or of its -wal beside it, is
    # refused by the OS alike, even to root (whom chmod does not stop). The file named is
    # the one refused: a -wal was told as desk.db, and a -journal as the disk (tester).
    _open(data_dir).close()
    in_the_way = data_dir.root / name
    if in_the_way.exists():
        in_the_way.rename(data_dir.root / "kept")
    in_the_way.mkdir()
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "database_no_access"
    assert caught.value.detail == str(in_the_way)
    assert caught.value.refusal is not None
    assert caught.value.refusal.code == "is_a_directory"
    assert _fingerprint(data_dir.root) == before


def test_a_failing_disk_is_still_the_disk(data_dir: DataDir) -> None:
    # The files open for the OS: SQLite's I/O error is the disk's, as before.
    from desk.store.database import why_unopenable

    _open(data_dir).close()
    failing = sqlcipher3.dbapi2.OperationalError("disk I/O error")
    failing.sqlite_errorcode = sqlcipher3.dbapi2.SQLITE_IOERR | 1 << 8  # type: ignore[attr-defined]  # IOERR_READ
    assert why_unopenable(data_dir.database, failing) == ("disk", None)


def test_desks_starting_together_on_a_new_data_dir_share_one_key(data_dir: DataDir) -> None:
    # From IT: the window and a provisioning script starting on a new data dir each made
    # a key; the database was written under one desk.key no longer held, for good.
    opener = (
        "import sys\n"
        "from keyring.backends import fail\n"
        "from sqlalchemy import text\n"
        "from desk.store.paths import DataDir\n"
        "from desk.store.store import open_store\n"
        f"store = open_store(DataDir.resolve({str(data_dir.root)!r}), {PASSPHRASE!r}, "
        f"backend=fail.Keyring(), scrypt_n={TEST_SCRYPT_N})\n"
        "with store.transaction() as session:\n"
        '    session.execute(text("SELECT count(*) FROM messages")).scalar_one()\n'
        "store.close()\n"
    )
    starts = [
        subprocess.Popen([sys.executable, "-c", opener], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    answers = [(p.communicate()[1], p.returncode) for p in starts]
    assert [err for err, code in answers if code != 0] == []
    _open(data_dir).close()  # and whoever comes next opens it too


def test_a_new_data_dir_is_not_keyed_while_another_desk_holds_its_lock(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The lock the test above relies on, shown without a race: while another desk makes
    # the key, this one makes none, and says so if it waits too long.
    from filelock import FileLock

    from desk.store import store as store_module

    monkeypatch.setattr(store_module, "OPEN_LOCK_TIMEOUT_S", 0.2)
    with (
        FileLock(data_dir.ensure().root / store_module.OPEN_LOCK),
        pytest.raises(StoreError) as caught,
    ):
        _open(data_dir)
    assert caught.value.code == "locked"
    assert not data_dir.key_file.exists()
    _open(data_dir).close()


def test_a_lock_file_desk_cannot_open_is_a_data_dir_problem(data_dir: DataDir) -> None:
    # From review: a desk.lock left by another user, or a folder of that name, was a
    # traceback.
    (data_dir.ensure().root / "desk.lock").mkdir()
    with pytest.raises(DataDirUnusable):
        _open(data_dir)


def test_a_damaged_database_is_said_to_be_damaged_not_to_have_the_wrong_key(
    data_dir: DataDir,
) -> None:
    # From IT: "cannot be read with this key" had help-desk staff about to wipe a store.
    store = _open(data_dir)
    with store.transaction() as session:
        session.add_all(Setting(name=f"s{n}", value="x" * 2000) for n in range(200))
    store.close()
    with data_dir.database.open("r+b") as handle:
        handle.truncate(data_dir.database.stat().st_size // 2)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "damaged"


def test_a_damaged_page_past_the_first_is_said_too(data_dir: DataDir) -> None:
    # From review: the schema check after the first read raised a bare DatabaseError,
    # and the window closed without a word.
    _open(data_dir).close()
    with data_dir.database.open("r+b") as handle:
        handle.seek(4096 + 100)
        byte = handle.read(1)
        handle.seek(4096 + 100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "damaged"


def test_a_store_that_cannot_be_opened_says_why_in_the_log(
    data_dir: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    # From IT: the window's exe has no console; a failure at start reached no log.
    _open(data_dir).close()
    data_dir.database.write_bytes(b"not a database " * 1000)
    with caplog.at_level(logging.INFO, logger="desk.store"), pytest.raises(StoreError):
        _open(data_dir)
    said = [(r.levelname, r.getMessage()) for r in caplog.records if "not opened" in r.message]
    assert said == [
        ("ERROR", "database not opened: unreadable (DatabaseError)"),
        ("ERROR", "store not opened: unreadable"),
    ]


def test_a_file_that_is_no_desk_database_cannot_be_read_with_the_key(data_dir: DataDir) -> None:
    _open(data_dir).close()
    data_dir.database.write_bytes(b"not a database " * 1000)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "unreadable"


def test_a_newer_schema_is_refused_untouched(data_dir: DataDir) -> None:
    store = _open(data_dir)
    with store.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = _fingerprint(data_dir.root)
    with pytest.raises(StoreError) as caught:
        _open(data_dir)
    assert caught.value.code == "too_new"
    assert _fingerprint(data_dir.root) == before


def test_schema_is_at_head(store: Store) -> None:
    assert schema.current(store.engine) == schema.head() == schema.HEAD


def test_a_current_database_opens_without_loading_alembic_or_a_lock(data_dir: DataDir) -> None:
    """alembic is a few hundred milliseconds of every start-up; a current file needs none."""
    _open(data_dir).close()
    reopen = (
        "import sys\n"
        "from keyring.backends import fail\n"
        "from desk.store.paths import DataDir\n"
        "from desk.store.store import open_store\n"
        f"store = open_store(DataDir.resolve({str(data_dir.root)!r}), {PASSPHRASE!r}, "
        f"backend=fail.Keyring(), scrypt_n={TEST_SCRYPT_N})\n"
        "store.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'filelock')))\n"
    )
    # Nor the lock that only making a key or updating the schema takes (30 ms of import).
    assert _printed_by(reopen) == "[]"


def _printed_by(code: str) -> str:
    """What `code` prints in a fresh interpreter: what it imports is its own."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_a_passphrase_store_opens_without_searching_for_a_keychain(data_dir: DataDir) -> None:
    """keyring's search loads and probes every backend: a passphrase store needs none."""
    _open(data_dir).close()
    reopen = (
        "import sys\n"
        "from desk.store.paths import DataDir\n"
        "from desk.store.store import open_store\n"
        f"open_store(DataDir.resolve({str(data_dir.root)!r}), {PASSPHRASE!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('keyring.backends.')\n"
        "             and m != 'keyring.backends.fail'))\n"
    )
    assert _printed_by(reopen) == "[]"


def test_the_key_is_unlocked_early_on_a_thread_and_opens_the_store(data_dir: DataDir) -> None:
    _open(data_dir).close()
    early = unlock_early(data_dir.key_file, PASSPHRASE, backend=fail.Keyring())
    assert early is not None
    store = open_store(data_dir, early=early)
    assert store.protection is KeyProtection.PASSPHRASE
    with store.sessions() as session:
        assert session.scalars(select(Account)).all() == []
    store.close()


def test_an_early_unlock_fails_as_opening_would_and_changes_nothing(data_dir: DataDir) -> None:
    _open(data_dir).close()
    before = _fingerprint(data_dir.root)
    for passphrase, code in (("wrong", "wrong_passphrase"), (None, "passphrase_required")):
        early = unlock_early(data_dir.key_file, passphrase, backend=fail.Keyring())
        assert early is not None
        with pytest.raises(StoreError) as caught:
            open_store(data_dir, early=early)
        assert caught.value.code == code
    assert _fingerprint(data_dir.root) == before


def test_an_early_unlock_never_makes_a_key(data_dir: DataDir) -> None:
    # Making one waits for open_store, after the single-instance check.
    assert unlock_early(data_dir.key_file, PASSPHRASE, backend=fail.Keyring()) is None
    assert not data_dir.key_file.exists()


def test_passphrase_cost_is_recorded_so_it_can_change(data_dir: DataDir) -> None:
    _open(data_dir).close()
    recorded = json.loads(data_dir.key_file.read_text())["wrapped"]["n"]
    assert recorded == TEST_SCRYPT_N
    # Opening with a different default still reads the recorded cost.
    reopened = open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=2**15)
    reopened.close()


def test_accounts_are_unique_rows(store: Store) -> None:
    with store.transaction() as session:
        session.add(Account(kind="demo", label="demo", config={}, created_ms=0))
    with store.sessions() as session:
        assert len(session.scalars(select(Account)).all()) == 1


@pytest.mark.keychain
def test_keychain_protects_the_key_when_one_works(
    data_dir: DataDir, keychain: keyring.backend.KeyringBackend
) -> None:
    backend = keychain
    store = open_store(data_dir, None, backend=backend)
    store.close()
    key_file = json.loads(data_dir.key_file.read_text())
    assert key_file["protection"] == "keychain"
    assert "wrapped" not in key_file
    reopened = open_store(data_dir, None, backend=backend)
    assert reopened.protection is KeyProtection.KEYCHAIN
    reopened.close()
    early = unlock_early(data_dir.key_file, None, backend=backend)
    assert early is not None
    open_store(data_dir, early=early).close()
    # The keychain entry gone: a clear error, never a new key.
    backend.delete_password("desk", f"store-key:{key_file['store_id']}")
    with pytest.raises(StoreError) as caught:
        open_store(data_dir, None, backend=backend)
    assert caught.value.code == "keychain_entry_missing"


def test_a_wrong_current_passphrase_changes_nothing(data_dir: DataDir) -> None:
    from desk.store.keys import KeyVault, WrongPassphrase

    _open(data_dir).close()
    before = data_dir.key_file.read_bytes()
    vault = KeyVault(data_dir.key_file, fail.Keyring(), TEST_SCRYPT_N)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it", "a new office passphrase")
    assert data_dir.key_file.read_bytes() == before
    vault.change_passphrase(PASSPHRASE, "a new office passphrase")
    _open(data_dir, "a new office passphrase").close()


def test_a_large_store_reads_through_a_larger_page_cache(data_dir: DataDir) -> None:
    # A million messages make about 1 GB: its searches and paging missed the default
    # 8 MB at nearly every index lookup, each page decrypted again.
    assert page_cache_kib(1_000_000_000) == 30_517
    assert page_cache_kib(50_000_000) == 8000  # a small store keeps the default
    assert page_cache_kib(20_000_000_000) == 32_000  # and the largest no more than 32 MB
    store = _open(data_dir)
    try:
        with store.sessions() as session:
            cache = session.execute(text("PRAGMA cache_size")).scalar_one()
        assert cache == -page_cache_kib(data_dir.database.stat().st_size)
    finally:
        store.close()


def test_a_read_inside_a_write_on_the_same_thread_keeps_the_writes(store: Store) -> None:
    # The dialect keeps one SQLite connection per thread: a read opened and closed
    # within a write's transaction rolled back what it had written so far, silently
    # (a reviewer). A read there now goes through the write's own connection.
    with store.sessions.transaction() as conn:
        conn.execute(text("CREATE TABLE probe (a INTEGER)"))
    with store.sessions.transaction() as conn:
        conn.execute(text("INSERT INTO probe VALUES (1)"))
        with store.sessions.connect() as read:
            assert read.execute(text("SELECT count(*) FROM probe")).scalar() == 1
        conn.execute(text("INSERT INTO probe VALUES (2)"))
    with store.sessions.begin() as session:
        session.execute(text("INSERT INTO probe VALUES (3)"))
        with store.sessions.connect() as read:
            assert read.execute(text("SELECT count(*) FROM probe")).scalar() == 3
    with store.sessions.connect() as read:
        assert read.execute(text("SELECT a FROM probe ORDER BY a")).scalars().all() == [1, 2, 3]


def _probe_rows(store: Store) -> list[int]:
    with store.sessions.connect() as read:
        return list(read.execute(text("SELECT a FROM probe ORDER BY a")).scalars().all())


def test_a_session_or_a_transaction_inside_a_write_on_the_same_thread_joins_it(
    store: Store,
) -> None:
    # One SQLite connection per thread: a session opened and closed within a write's
    # transaction rolled back what it had written so far (ingest reads its settings
    # before its transaction for that reason alone), and a transaction within it
    # committed the outer one's writes half way, which its failure then left behind.
    with store.sessions.transaction() as conn:
        conn.execute(text("CREATE TABLE probe (a INTEGER)"))
    with store.sessions.transaction() as conn:
        conn.execute(text("INSERT INTO probe VALUES (1)"))
        with store.sessions() as session:
            assert session.execute(text("SELECT count(*) FROM probe")).scalar() == 1
        with store.sessions.begin() as session:
            session.execute(text("INSERT INTO probe VALUES (2)"))
        conn.execute(text("INSERT INTO probe VALUES (3)"))
    assert _probe_rows(store) == [1, 2, 3]
    with pytest.raises(RuntimeError), store.sessions.begin() as session:
        session.execute(text("INSERT INTO probe VALUES (4)"))
        with store.sessions.transaction() as conn:
            conn.execute(text("INSERT INTO probe VALUES (5)"))
        raise RuntimeError("the outer write fails after the inner one")
    assert _probe_rows(store) == [1, 2, 3], "one unit: nothing of it stays"
    with pytest.raises(RuntimeError), store.sessions.transaction() as conn:
        conn.execute(text("INSERT INTO probe VALUES (6)"))
        with store.sessions.begin() as session:
            session.execute(text("INSERT INTO probe VALUES (7)"))
            raise RuntimeError("the inner write fails")
    assert _probe_rows(store) == [1, 2, 3]
    # Reads, and a write after a read, each as before.
    with store.sessions.connect() as read:
        read.execute(text("SELECT 1"))
        with store.sessions.transaction() as conn:
            conn.execute(text("INSERT INTO probe VALUES (8)"))
    assert _probe_rows(store) == [1, 2, 3, 8]
