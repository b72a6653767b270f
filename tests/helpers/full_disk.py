"""A disk of a test's own, small and filled to the brim: a tmpfs the test mounts."""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from io import FileIO
from pathlib import Path

import pytest

FILLER = "filler"


@contextmanager
def small_disk(where: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` while it lasts. The tests run as root; where
    this user may not mount one, the test is skipped, saying why."""
    where.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=True)


def fill(disk: Path, *files: Path) -> None:
    """Takes every byte left on `disk`, then what is left of the last page of each of
    `files`: a file's last page is its own, and appending there needs no free space (the
    log's lines went on being written into it)."""
    with (disk / FILLER).open("ab", buffering=0) as filler:
        _write_until_full(filler, bytes(65536))
        _write_until_full(filler, bytes(1))
    for file in files:
        with file.open("ab", buffering=0) as handle:
            _write_until_full(handle, b"\n")
    assert shutil.disk_usage(disk).free == 0


def _write_until_full(handle: FileIO, chunk: bytes) -> None:
    try:
        while True:
            handle.write(chunk)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise


def make_read_only(disk: Path) -> None:
    """The disk `small_disk` mounted, read-only from now on: as a write-protected share or
    USB stick refuses (EROFS), which root, who may write any file whatever its mode, meets
    too."""
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
