"""A full disk (a tester's findings): `desk selftest` says the disk is full."""

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


def test_selftest_says_the_disk_is_full_and_how_much_is_left(full_disk: DataDir) -> None:
    # It said "ok data dir: … writable": an empty file can still be made on a full disk.
    fill(full_disk.root.parent, full_disk.logs / "desk.log")

    checked = desk("selftest", "--data-dir", str(full_disk.root))

    assert checked.returncode == 1
    assert (
        f"FAIL data dir: the disk holding {full_disk.root} is full: 0.0 MB free, and desk "
        "needs 8.0 MB to write its database and logs; free some space\n"
    ) in checked.stdout
