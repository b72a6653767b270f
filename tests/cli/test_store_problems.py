"""A store the commands cannot open, or that is damaged inside: one line saying which, what
to do, and a non-zero exit; never "damaged" for a file the OS only refused to hand over."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail

from desk.cli import main
from desk.store.paths import DataDir
from desk.store.store import open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N


@pytest.fixture
def passphrase_store(data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> DataDir:
    open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    return data_dir


def _key_file_a_folder(data_dir: DataDir) -> None:
    """A folder where desk.key should be: the OS refuses to read it (IsADirectoryError),
    as it refuses a file without permission, even to root."""
    kept = data_dir.key_file.read_bytes()
    data_dir.key_file.unlink()
    data_dir.key_file.mkdir()
    (data_dir.key_file / "desk.key").write_bytes(kept)


@pytest.mark.parametrize(
    "command",
    [["inbox"], ["account", "list"], ["passphrase"], ["keychain", "forget", "--yes"]],
)
def test_a_key_file_the_os_refuses_is_not_said_to_be_damaged(
    passphrase_store: DataDir, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    _key_file_a_folder(passphrase_store)
    capsys.readouterr()

    assert main([*command, "--data-dir", str(passphrase_store.root)]) == 2

    err = capsys.readouterr().err
    assert err == (
        f"desk: Cannot read the key file {passphrase_store.key_file}: it is a folder, not a "
        "file. Check its permissions, or close the program holding it, then try again; "
        "nothing was changed.\n"
    )


def test_a_key_file_held_by_another_program_says_so(
    passphrase_store: DataDir, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows' sharing violation, as it reaches Python (root here reads any file).
    real_read_text = Path.read_text

    def held(path: Path, *args: object, **kwargs: object) -> str:
        if path == passphrase_store.key_file:
            error = PermissionError(13, "Permission denied", str(path))
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        return real_read_text(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", held)
    capsys.readouterr()

    assert main(["inbox", "--data-dir", str(passphrase_store.root)]) == 2

    err = capsys.readouterr().err
    assert "another program is using it" in err and "damaged" not in err


def test_selftest_says_the_key_file_cannot_be_read_not_that_it_is_damaged(
    passphrase_store: DataDir,
) -> None:
    from tests.cli.test_commands import desk

    _key_file_a_folder(passphrase_store)

    result = desk(
        "selftest", "--data-dir", str(passphrase_store.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        f"FAIL this data dir's store: Cannot read the key file {passphrase_store.key_file}: "
        "it is a folder, not a file." in result.stdout
    ), lines
    assert any(
        line.startswith(
            "ok   key protection: this store's key file cannot be read (it is a folder, not a file)"
        )
        for line in lines
    ), lines
    assert "damaged" not in result.stdout


def test_a_database_the_os_refuses_is_not_blamed_on_the_disk(
    passphrase_store: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase_store.database.rename(passphrase_store.root / "kept.db")
    passphrase_store.database.mkdir()
    capsys.readouterr()

    assert main(["inbox", "--data-dir", str(passphrase_store.root)]) == 2

    assert capsys.readouterr().err == (
        f"desk: Cannot open the database {passphrase_store.database}: it is a folder, not a "
        "file. Check its permissions (and those of its -wal and -shm files), or close the "
        "program holding it, then try again; nothing was changed.\n"
    )


def test_selftest_says_the_os_refuses_the_database_not_the_disk(
    passphrase_store: DataDir,
) -> None:
    from tests.cli.test_commands import desk

    passphrase_store.database.rename(passphrase_store.root / "kept.db")
    passphrase_store.database.mkdir()

    result = desk(
        "selftest", "--data-dir", str(passphrase_store.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )

    assert result.returncode == 1
    assert (
        f"FAIL this data dir's store: Cannot open the database {passphrase_store.database}: "
        "it is a folder, not a file." in result.stdout
    ), result.stdout
    assert "disk" not in result.stdout


@pytest.fixture
def damaged_inside(passphrase_store: DataDir) -> DataDir:
    """A store with the demo's messages, whose index of acknowledgements is damaged: it
    opens, and the first page of the inbox fails to read."""
    from desk.core.clock import ManualClock
    from tests.conftest import SHANGHAI
    from tests.helpers.damaged_store import damage_inside
    from tests.helpers.seed import sync_demo

    store = open_store(passphrase_store, PASSPHRASE)
    sync_demo(store, ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)))
    damage_inside(store)
    return passphrase_store


@pytest.mark.parametrize("json", [False, True])
def test_a_store_damaged_inside_is_one_line_saying_so_not_a_traceback(
    damaged_inside: DataDir, capsys: pytest.CaptureFixture[str], json: bool
) -> None:
    # From a data-safety tester: a page damaged in the middle of desk.db was a raw
    # traceback from `desk inbox` (the driver's own error, which SQLAlchemy never wraps).
    capsys.readouterr()

    code = main(["inbox", *(["--json"] if json else []), "--data-dir", str(damaged_inside.root)])

    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"desk: the database {damaged_inside.database} is damaged"), err
    assert len(err.strip().splitlines()) == 1


def test_selftest_finds_a_store_damaged_inside(damaged_inside: DataDir) -> None:
    from tests.cli.test_commands import desk

    result = desk(
        "selftest", "--data-dir", str(damaged_inside.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )

    assert result.returncode == 1
    assert (
        f"FAIL this data dir's store: The database is damaged: {damaged_inside.database}."
        in result.stdout
    ), result.stdout


def test_damage_a_command_meets_is_noted_for_the_window(
    damaged_inside: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()

    assert main(["inbox", "--data-dir", str(damaged_inside.root)]) == 2

    err = capsys.readouterr().err
    assert f"(noted in {damaged_inside.damage_marker})" in err, err
    assert len(err.strip().splitlines()) == 1
    assert damaged_inside.damage_marker.exists(), "the window's next start reads every page"


# When desk noted the damage, as this computer's clock tells it.
FOUND_AT = datetime(2026, 11, 23, 10, 32).astimezone()


@pytest.fixture
def noted_damaged(passphrase_store: DataDir) -> DataDir:
    """A store damaged where `desk inbox` does not read (its text index), with the note
    that desk found it so while it ran."""
    from desk.store.damage import DamageFound, write_marker
    from tests.helpers.damaged_store import TEXT_INDEX, damage_inside

    damage_inside(open_store(passphrase_store, PASSPHRASE), TEXT_INDEX)
    write_marker(passphrase_store.damage_marker, DamageFound(FOUND_AT, "desk-sync", "malformed"))
    return passphrase_store


def test_a_command_on_a_store_noted_damaged_reads_every_page_and_says_so(
    noted_damaged: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its first reads pass: without the note, `desk inbox` answered from a damaged store.
    capsys.readouterr()

    assert main(["inbox", "--data-dir", str(noted_damaged.root)]) == 2

    assert capsys.readouterr().err == (
        f"desk: The database is damaged: {noted_damaged.database}; desk found it damaged on "
        f"2026-11-23 10:32 (noted in {noted_damaged.damage_marker}). Nothing was changed; "
        "restore the data dir from a backup, or move it aside to start afresh.\n"
    )


def test_a_store_noted_damaged_that_reads_whole_again_is_used_and_the_note_goes(
    passphrase_store: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    from desk.store.damage import DamageFound, write_marker

    write_marker(passphrase_store.damage_marker, DamageFound(FOUND_AT, "desk-sync", "malformed"))
    capsys.readouterr()

    assert main(["inbox", "--data-dir", str(passphrase_store.root)]) == 0

    assert capsys.readouterr().err == (
        f"desk: {passphrase_store.database} was found damaged before, but every page of it "
        f"reads now (restored from a backup?): {passphrase_store.damage_marker} was removed\n"
    )
    assert not passphrase_store.damage_marker.exists()


def test_selftest_says_when_desk_found_the_store_damaged(noted_damaged: DataDir) -> None:
    from tests.cli.test_commands import desk

    result = desk(
        "selftest", "--data-dir", str(noted_damaged.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )

    assert result.returncode == 1
    assert (
        f"FAIL this data dir's store: The database is damaged: {noted_damaged.database}; desk "
        f"found it damaged on 2026-11-23 10:32 (noted in {noted_damaged.damage_marker})."
        in result.stdout
    ), result.stdout
    assert noted_damaged.damage_marker.exists(), "selftest only reads"


@pytest.fixture
def damaged_unread(passphrase_store: DataDir) -> DataDir:
    """A store with the demo's messages and 72 bytes overwritten where neither opening it
    nor the demo's sync reads."""
    from desk.core.clock import ManualClock
    from tests.conftest import SHANGHAI
    from tests.helpers.damaged_store import damage_unread
    from tests.helpers.seed import sync_demo

    store = open_store(passphrase_store, PASSPHRASE)
    sync_demo(store, ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)))
    damage_unread(store)
    return passphrase_store


def test_sync_reads_every_page_first_and_writes_nothing_into_a_damaged_store(
    damaged_unread: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    # From IT: on a copy of desk.db with 72 bytes overwritten mid-file, selftest said
    # damaged, and `desk sync --once` printed "18 new messages" with exit code 0.
    before = damaged_unread.database.read_bytes()
    capsys.readouterr()

    assert main(["sync", "--once", "--data-dir", str(damaged_unread.root)]) == 2

    out, err = capsys.readouterr()
    assert "new messages" not in out
    assert err.startswith(
        f"desk: The database is damaged: {damaged_unread.database}; desk found it damaged on "
    ), err
    assert err.endswith(
        f"(noted in {damaged_unread.damage_marker}). Nothing was changed; restore the data "
        "dir from a backup, or move it aside to start afresh.\n"
    ), err
    assert damaged_unread.database.read_bytes() == before
    assert damaged_unread.damage_marker.exists(), "the window's next start offers Start afresh"


def test_sync_refuses_a_store_the_window_found_damaged_meanwhile(
    passphrase_store: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its pages all read: the check passes, yet a desk beside it noted damage since.
    from desk.store.damage import DamageFound, write_marker
    from desk.store.page_check import check_pages

    store = open_store(passphrase_store, PASSPHRASE)
    check_pages(store, datetime.now().astimezone())
    store.close()
    real_open = open_store

    def open_then_noted(*args: object, **kwargs: object) -> object:
        opened = real_open(*args, **kwargs)  # type: ignore[arg-type]
        write_marker(passphrase_store.damage_marker, DamageFound(FOUND_AT, "desk-sync", "x"))
        return opened

    capsys.readouterr()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("desk.store.store.open_store", open_then_noted)
        assert main(["sync", "--once", "--data-dir", str(passphrase_store.root)]) == 2

    out, err = capsys.readouterr()
    assert "new messages" not in out
    assert err.startswith(f"desk: The database is damaged: {passphrase_store.database}; "), err
