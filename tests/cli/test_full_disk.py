"""A full disk (a tester's findings): `desk selftest` says the disk is full, and a log that
cannot be written is said once, not with a traceback a line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.store.paths import DataDir
from tests.cli.test_commands import desk
from tests.helpers.full_disk import fill, small_disk


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


def test_a_log_that_cannot_be_written_is_said_once_without_a_traceback(
    full_disk: DataDir,
) -> None:
    # Python's logging printed "--- Logging error ---" and a traceback for each line.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    shown = desk("inbox", "--data-dir", str(full_disk.root))

    assert shown.stderr.splitlines().count(_log_note(full_disk)) == 1
    assert "Traceback" not in shown.stderr and "Logging error" not in shown.stderr


def test_selftest_says_the_disk_is_full_and_how_much_is_left(full_disk: DataDir) -> None:
    # It said "ok data dir: … writable": an empty file can still be made on a full disk.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    checked = desk("selftest", "--data-dir", str(full_disk.root))

    assert checked.returncode == 1
    assert (
        f"FAIL data dir: the disk holding {full_disk.root} is full: 0.0 MB free, and desk "
        "needs 8.0 MB to write its database and logs; free some space\n"
    ) in checked.stdout
