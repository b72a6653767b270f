"""A second launch raises the first; start at login writes what each OS reads."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.app import autostart
from desk.app.single_instance import InstanceServer, ask_running_instance
from desk.store.paths import DataDir


def test_a_second_launch_asks_the_first_to_show_itself(qtbot: QtBot, data_dir: DataDir) -> None:
    assert not ask_running_instance(data_dir), "nobody runs yet"
    server = InstanceServer(data_dir)
    try:
        with qtbot.waitSignal(server.showRequested, timeout=3000):
            assert ask_running_instance(data_dir)
    finally:
        server.close()


def test_another_data_dir_is_another_desk(qtbot: QtBot, data_dir: DataDir, tmp_path: Path) -> None:
    server = InstanceServer(data_dir)
    try:
        assert not ask_running_instance(DataDir(tmp_path / "elsewhere"))
    finally:
        server.close()


def test_xdg_autostart_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.apply(True, ["/opt/desk/desk"])
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "autostart" / "desk.desktop")
    assert entry["Desktop Entry"]["Exec"] == "/opt/desk/desk"
    assert entry["Desktop Entry"]["Type"] == "Application"
    autostart.apply(False, ["/opt/desk/desk"])
    assert not (tmp_path / "autostart" / "desk.desktop").exists()


def test_the_default_command_starts_this_desk() -> None:
    command = autostart.launch_command()
    assert command[-2:] == ["-m", "desk"]
