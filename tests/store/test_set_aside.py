"""Setting aside a store nothing opens: its files kept in a folder of their own."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail

from desk.store import set_aside as set_aside_module
from desk.store.paths import DataDir
from desk.store.set_aside import set_aside
from desk.store.store import open_store
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N

NOW = datetime(2026, 12, 7, 8, 45, 3, tzinfo=SHANGHAI)


def _store_files(data_dir: DataDir) -> set[str]:
    return {p.name for p in data_dir.root.iterdir() if p.name.startswith("desk.")} - {"desk.lock"}


def test_the_files_move_whole_and_a_new_store_opens_beside_them(data_dir: DataDir) -> None:
    open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    before = {name: (data_dir.root / name).read_bytes() for name in _store_files(data_dir)}

    aside = set_aside(data_dir, NOW)

    assert aside.name == "set-aside-20261207-084503"
    assert {name: (aside / name).read_bytes() for name in before} == before
    assert _store_files(data_dir) == set()
    fresh = open_store(data_dir, "a new passphrase", backend=fail.Keyring(), scrypt_n=2**12)
    fresh.close()
    assert set_aside(data_dir, NOW).name == "set-aside-20261207-084503-2"


def test_the_note_of_damage_goes_with_the_store(data_dir: DataDir) -> None:
    open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data_dir.damage_marker.write_text("{}", "utf-8")

    aside = set_aside(data_dir, NOW)

    assert (aside / data_dir.damage_marker.name).exists()
    assert not data_dir.damage_marker.exists(), "the new store is not damaged"


def test_a_file_that_cannot_move_puts_everything_back(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    before = _store_files(data_dir)
    replace = os.replace

    def held_open(source: Path, target: Path) -> None:
        # As Windows refuses to move a file another program holds open.
        if Path(source).name == "desk.key":
            raise PermissionError(13, "in use", str(source))
        replace(source, target)

    monkeypatch.setattr(set_aside_module.os, "replace", held_open)
    with pytest.raises(PermissionError):
        set_aside(data_dir, NOW)

    assert _store_files(data_dir) == before
    assert not list(data_dir.root.glob("set-aside-*"))
