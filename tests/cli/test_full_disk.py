"""A full disk (a tester's three findings): `desk inbox` still reads, `desk selftest` says the
disk is full, and a log that cannot be written is said once, not with a traceback a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desk.store.paths import DataDir
from desk.store.store import open_store
from tests.cli.test_commands import PASSPHRASE_ENV, desk
from tests.helpers.full_disk import FILLER, fill, small_disk


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[DataDir]:
    """A data dir with the demo's messages, on a small disk of its own for the test to fill."""
    with small_disk(tmp_path / "disk") as disk:
        data = DataDir(disk / "desk")
        assert desk("sync", "--once", "--data-dir", str(data.root)).returncode == 0
        yield data


def _log_note(data: DataDir) -> str:
    log = data.logs / "desk.log"
    return f"desk: cannot write the log {log} (No space left on device); going on without it"


def _listed(data: DataDir) -> list[tuple[str, str]]:
    """`desk inbox --json`'s messages, by id, with their tiers."""
    listed = desk("inbox", "--json", "--data-dir", str(data.root))
    assert listed.returncode == 0, listed.stderr
    return sorted((m["id"], m["tier"]) for m in map(json.loads, listed.stdout.splitlines()))


def test_a_log_that_cannot_be_written_is_said_once_without_a_traceback(
    full_disk: DataDir,
) -> None:
    # Python's logging printed "--- Logging error ---" and a traceback for each line.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    shown = desk("inbox", "--data-dir", str(full_disk.root))

    assert shown.stderr.splitlines().count(_log_note(full_disk)) == 1
    assert "Traceback" not in shown.stderr and "Logging error" not in shown.stderr


def test_the_inbox_reads_on_a_full_disk(full_disk: DataDir) -> None:
    # It said "Cannot read or write the database … the disk is full or failing": the
    # database is shared through a -shm file beside it, which a full disk has no room for.
    before = _listed(full_disk)
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    shown = desk("inbox", "--limit", "3", "--data-dir", str(full_disk.root))

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("URGENT\n* ") and "... showing 3;" in shown.stdout
    assert _listed(full_disk) == before, "every message, as before the disk filled"

    (full_disk.root.parent / FILLER).unlink()
    assert desk("inbox", "--data-dir", str(full_disk.root)).stderr == ""
    last = (full_disk.logs / "desk.log").read_text("utf-8").splitlines()[-1]
    assert "`inbox` command stopped" in last, "logged again once it could"


def test_a_new_order_the_disk_has_no_room_for_is_said_and_the_saved_one_listed(
    full_disk: DataDir,
) -> None:
    # A card's place moves as its due time nears, and desk inbox writes it first: on a
    # full disk that write fails, and the cards are listed in the order last saved.
    store = open_store(full_disk, PASSPHRASE_ENV["DESK_PASSPHRASE"])
    with store.transaction() as session:
        session.execute(
            text(
                "UPDATE messages SET score = score + 1000 WHERE id = (SELECT id FROM "
                "messages WHERE deadline_ms IS NOT NULL AND NOT done ORDER BY id LIMIT 1)"
            )
        )
    store.close()
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    shown = desk("inbox", "--data-dir", str(full_disk.root))

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("URGENT\n* ")
    assert shown.stderr.splitlines() == [
        _log_note(full_disk),
        f"desk: cannot write the database {full_disk.database}: the disk is full; the inbox "
        "is listed in the order last saved",
    ]


def test_selftest_says_the_disk_is_full_and_how_much_is_left(full_disk: DataDir) -> None:
    # It said "ok data dir: … writable": an empty file can still be made on a full disk.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    checked = desk("selftest", "--data-dir", str(full_disk.root))

    assert checked.returncode == 1
    assert (
        f"FAIL data dir: the disk holding {full_disk.root} is full: 0.0 MB free, and desk "
        "needs 8.0 MB to write its database and logs; free some space\n"
    ) in checked.stdout


def test_selftest_on_a_full_disk_says_so_not_an_os_error(full_disk: DataDir) -> None:
    # From IT: "FAIL encrypted store: OSError: [Errno 28] No space left on device".
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    checked = desk("selftest", "--data-dir", str(full_disk.root), env={"LANG": "C"})

    assert "Errno" not in checked.stdout
    (line,) = [x for x in checked.stdout.splitlines() if x.startswith("FAIL encrypted store")]
    assert line.endswith(": the disk is full. Free some space and try again.")


def test_a_full_disk_is_said_in_one_wording_and_a_new_store_there_without_a_traceback(
    full_disk: DataDir,
) -> None:
    # From IT: on one full disk `sync` said "cannot write the database … the disk is
    # full" at one run and "Cannot read or write the database … full or failing" at
    # another; and a new data dir there ended in a traceback.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    synced = desk("sync", "--once", "--data-dir", str(full_disk.root), env={"LANG": "C"})
    fresh = full_disk.root.parent / "new"
    made = desk("sync", "--once", "--data-dir", str(fresh), env={"LANG": "C"})

    assert synced.returncode == 2
    assert synced.stderr.splitlines()[-1] == (
        f"desk: cannot write the database {full_disk.database}: the disk is full. Free some "
        "space and try again; nothing was changed."
    )
    assert made.returncode == 2 and "Traceback" not in made.stderr
    assert made.stderr.splitlines()[-1] == (
        f"desk: cannot write {fresh}: the disk is full. Free some space and try again."
    )
