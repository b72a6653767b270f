"""A second launch raises the first; start at login writes what each OS reads."""

from __future__ import annotations

import configparser
import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.app import autostart
from desk.app.single_instance import InstanceServer, Running, ask_running_instance
from desk.store.paths import DataDir


def test_a_second_launch_asks_the_first_to_show_itself(qtbot: QtBot, data_dir: DataDir) -> None:
    assert ask_running_instance(data_dir) is Running.NONE, "nobody runs yet"
    server = InstanceServer(data_dir)
    # Asked from another process, as a second launch asks: the running desk's event loop
    # (this process's, in waitSignal) answers.
    ask = (
        "from pathlib import Path; from desk.store.paths import DataDir; "
        "from desk.app.single_instance import ask_running_instance; "
        f"print(ask_running_instance(DataDir(Path({str(data_dir.root)!r}))).value)"
    )
    asking = subprocess.Popen([sys.executable, "-c", ask], stdout=subprocess.PIPE, text=True)
    try:
        with qtbot.waitSignal(server.showRequested, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: asking.poll() is not None, timeout=30_000)
    finally:
        server.close()
        asking.kill()
    assert asking.communicate()[0].strip() == Running.SHOWN.value


def test_a_desk_that_does_not_answer_is_told_from_one_that_came_forward(
    qtbot: QtBot, data_dir: DataDir
) -> None:
    # Hung: the system still accepts the connection, and a second launch took that for
    # the window having come forward, and ended without a word (tester). This thread
    # runs no event loop while it asks, as a hung window runs none.
    server = InstanceServer(data_dir)
    try:
        assert ask_running_instance(data_dir) is Running.SILENT
    finally:
        server.close()


def test_another_data_dir_is_another_desk(qtbot: QtBot, data_dir: DataDir, tmp_path: Path) -> None:
    server = InstanceServer(data_dir)
    try:
        assert ask_running_instance(DataDir(tmp_path / "elsewhere")) is Running.NONE
    finally:
        server.close()


def test_xdg_autostart_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    store_dir = tmp_path / "my data"
    autostart.apply(True, store_dir)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "autostart" / "desk.desktop")
    exec_value = entry["Desktop Entry"]["Exec"]
    command = shlex.split(exec_value)
    assert command[-4:] == ["desk", "gui", "--data-dir", str(store_dir)], "this desk, this store"
    assert entry["Desktop Entry"]["Type"] == "Application"
    # The Desktop Entry spec quotes with double quotes only: a desktop that reads it
    # strictly would not start desk at login from a path with a space in single quotes.
    assert f'"{store_dir}"' in exec_value and "'" not in exec_value
    assert autostart.entry_data_dir() == store_dir
    autostart.apply(False, store_dir)
    assert not (tmp_path / "autostart" / "desk.desktop").exists()


def test_the_login_command_opens_the_same_store(tmp_path: Path) -> None:
    command = autostart.launch_command(tmp_path)
    assert command[:3] == [sys.executable, "-m", "desk"]
    help_text = subprocess.run(
        [*command[:4], "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--data-dir" in help_text, "the command line desk's own parser accepts"


def _entry(config: Path) -> list[str]:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(config / "autostart" / "desk.desktop")
    return shlex.split(entry["Desktop Entry"]["Exec"])


def test_a_desk_on_another_dir_leaves_the_users_login_entry_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    users, scratch, default = tmp_path / "users", tmp_path / "scratch", tmp_path / "default"
    autostart.apply(True, users)  # saved in the settings dialog of the user's desk
    autostart.keep(True, scratch, default)
    autostart.keep(False, scratch, default)
    autostart.apply(False, scratch)  # turned off in the scratch desk's settings dialog
    assert autostart.entry_data_dir() == users
    assert _entry(tmp_path)[-2:] == ["--data-dir", str(users)]


def test_the_default_dirs_desk_takes_back_a_dead_entry_and_a_desk_keeps_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed desk
    scratch, default = tmp_path / "scratch", tmp_path / "default"
    scratch.mkdir()
    autostart.apply(True, scratch)  # turned on in the scratch desk's settings dialog
    autostart.keep(True, scratch, default)
    assert autostart.entry_data_dir() == scratch, "asked for there: kept"
    autostart.keep(True, default, default)
    assert autostart.entry_data_dir() == scratch, "the user's choice: ticking the box takes it"
    scratch.rmdir()  # the try is over: the entry opens nothing the user keeps
    autostart.keep(True, default, default)
    assert autostart.entry_data_dir() == default
    autostart.keep(False, default, default)  # turned off in its settings: gone
    assert autostart.entry_data_dir() is None
    assert not (tmp_path / "autostart" / "desk.desktop").exists()


def test_a_desk_tried_on_a_scratch_dir_makes_no_login_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From IT staff: one `desk --data-dir /tmp/t2gui` on a user's PC wrote the login entry,
    # and that user's desk opened the test store at every login from then on.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed desk
    scratch, default = tmp_path / "t2gui", tmp_path / "default"
    autostart.keep(True, scratch, default)
    assert autostart.entry_data_dir() is None
    assert not (tmp_path / "autostart" / "desk.desktop").exists()
    # The user's own desk, started next, makes its entry as ever.
    autostart.keep(True, default, default)
    assert autostart.entry_data_dir() == default


def _installed_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed desk's program, and this desk a copy in a build folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    installed, build = tmp_path / "opt" / "desk", tmp_path / "dist" / "desk"
    for program in (installed, build):
        program.parent.mkdir()
        program.touch()
    monkeypatch.setattr(sys, "executable", str(build))
    return installed


def test_a_desk_from_a_build_folder_leaves_the_installed_desks_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From township IT: the bundle run once from its build folder wrote its own path
    # into the user's login entry.
    installed = _installed_elsewhere(tmp_path, monkeypatch)
    default = tmp_path / "default"
    default.mkdir()
    command = [str(installed), "gui", "--data-dir", str(default)]
    autostart.apply(True, default, command)
    autostart.keep(True, default, default)
    assert _entry(tmp_path) == command
    autostart.keep(False, default, default)  # start at login off for this data dir
    assert autostart.entry_command() is None


def test_a_desk_on_a_scratch_desk_data_dir_leaves_the_users_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From township IT: DESK_DATA_DIR=/tmp/it33/d1 makes that dir the usual one for this
    # desk, which then rewrote the entry of the user's own desk.
    installed = _installed_elsewhere(tmp_path, monkeypatch)
    users, scratch = tmp_path / "users", tmp_path / "d1"
    users.mkdir()
    command = [str(installed), "gui", "--data-dir", str(users)]
    autostart.apply(True, users, command)
    autostart.keep(True, scratch, scratch)
    assert _entry(tmp_path) == command
    autostart.keep(False, scratch, scratch)
    assert _entry(tmp_path) == command


def test_an_entry_whose_program_is_gone_is_taken_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _installed_elsewhere(tmp_path, monkeypatch)
    default = tmp_path / "default"
    default.mkdir()
    autostart.apply(True, default, [str(installed), "gui", "--data-dir", str(default)])
    installed.unlink()  # moved to another folder, or uninstalled
    autostart.keep(True, default, default)
    assert _entry(tmp_path) == autostart.launch_command(default)


def test_desk_run_from_its_source_makes_no_login_entry_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a new user: `python3 dev.py demo` made desk start at every login, from the
    # checkout, on the demo's data.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    autostart.keep(True, tmp_path / "demo", tmp_path / "default")
    assert autostart.entry_data_dir() is None
    # Asked for in its settings, it has one.
    autostart.apply(True, tmp_path / "demo")
    autostart.keep(True, tmp_path / "demo", tmp_path / "default")
    assert autostart.entry_data_dir() == tmp_path / "demo"


def test_a_launch_agent_that_is_no_dictionary_does_not_stop_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agent = tmp_path / "agent.plist"
    agent.write_bytes(plistlib.dumps(["not", "a", "dict"]))
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(autostart, "launch_agent_path", lambda: agent)
    assert autostart.entry_data_dir() is None


_OLD_DESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtNetwork import QLocalServer
from desk.app.single_instance import server_name
from desk.store.paths import DataDir
app = QCoreApplication([])
server = QLocalServer()
server.listen(server_name(DataDir(Path(sys.argv[1]))))

def answer():  # as desk did before it answered: read the request, come forward, hang up
    socket = server.nextPendingConnection()
    socket.waitForReadyRead(500)
    print(bytes(socket.readAll().data()).strip().decode(), flush=True)
    socket.close()

server.newConnection.connect(answer)
QTimer.singleShot(20_000, app.quit)
print("ready", flush=True)
app.exec()
"""


def test_a_desk_from_before_the_answer_came_forward_and_is_not_called_hung(
    data_dir: DataDir,
) -> None:
    # After an update, the desk still in the tray is the old one: it came forward, and the
    # new launch said it was not responding, to be ended in the Task Manager.
    old = subprocess.Popen(
        [sys.executable, "-c", _OLD_DESK, str(data_dir.root)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert old.stdout is not None and old.stdout.readline().strip() == "ready"
        assert ask_running_instance(data_dir) is Running.SHOWN
        assert old.stdout.readline().strip() == "show"
    finally:
        old.kill()
        old.communicate()
