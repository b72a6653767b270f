"""The data dir: made on first use, and refused in words when it cannot be used."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.store.paths import DataDir, DataDirUnusable


def test_ensure_makes_the_dir_and_its_logs(tmp_path: Path) -> None:
    directory = DataDir(tmp_path / "a" / "b").ensure()
    assert directory.logs.is_dir()
    assert sorted(p.name for p in directory.root.iterdir()) == ["logs"]  # the probe left nothing


def test_a_file_above_the_data_dir_is_named(tmp_path: Path) -> None:
    blocking = tmp_path / "afile"
    blocking.write_text("x", "utf-8")
    with pytest.raises(DataDirUnusable) as caught:
        DataDir(blocking / "desk" / "data").ensure()
    assert (caught.value.code, caught.value.path) == ("not_a_directory", blocking)
    assert caught.value.root == blocking / "desk" / "data"


def test_a_file_in_place_of_the_data_dir_is_named(tmp_path: Path) -> None:
    blocking = tmp_path / "desk"
    blocking.write_text("x", "utf-8")
    with pytest.raises(DataDirUnusable) as caught:
        DataDir(blocking).ensure()
    assert (caught.value.code, caught.value.path) == ("not_a_directory", blocking)


def test_a_file_in_place_of_the_logs_dir_is_named(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "logs").write_text("x", "utf-8")
    with pytest.raises(DataDirUnusable) as caught:
        DataDir(tmp_path / "desk").ensure()
    assert (caught.value.code, caught.value.path) == ("not_a_directory", tmp_path / "desk" / "logs")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="gives a file away")
def test_a_refused_file_of_another_user_names_that_user(tmp_path: Path) -> None:
    # A backup restored as root, the user then refused: whose it is says what to do.
    database = tmp_path / "desk.db"
    database.touch()
    refused = PermissionError(13, "Permission denied", str(database))
    assert DataDirUnusable.from_os_error(tmp_path, refused).owner == ""  # root's own
    os.chown(database, 65534, 65534)
    unusable = DataDirUnusable.from_os_error(tmp_path, refused)
    assert (unusable.code, unusable.path, unusable.owner) == (
        "permission_denied",
        database,
        "nobody",
    )
