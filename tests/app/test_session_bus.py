"""Where no D-Bus session bus runs, desk starts none that outlives it (township IT found a
`dbus-daemon` left on each kiosk PC after desk quit)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.app import session_bus
from tests.cli.test_commands import PASSPHRASE_ENV


def test_without_a_session_bus_the_address_starts_none() -> None:
    environ = {"DISPLAY": ":0"}
    assert session_bus.keep_from_autolaunching(environ)
    assert environ[session_bus.ADDRESS] == "disabled:"


def test_a_session_bus_there_is_left_to_be_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = {session_bus.ADDRESS: "unix:path=/run/user/1000/bus"}
    assert not session_bus.keep_from_autolaunching(given)
    assert given == {session_bus.ADDRESS: "unix:path=/run/user/1000/bus"}
    # The systemd user bus, which libdbus finds without the address.
    with socket.socket(socket.AF_UNIX) as bus:
        bus.bind(str(tmp_path / "bus"))
        runtime = {"XDG_RUNTIME_DIR": str(tmp_path)}
        assert not session_bus.keep_from_autolaunching(runtime)
        assert session_bus.ADDRESS not in runtime
    monkeypatch.setattr(sys, "platform", "win32")
    assert not session_bus.keep_from_autolaunching({})


@contextlib.contextmanager
def _x_server() -> Iterator[str]:
    """A display of its own: desk's autolaunched bus is then told from others' by it."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = os.read(read, 16).decode().strip()
        yield f":{number}"
    finally:
        os.close(read)
        xvfb.terminate()
        xvfb.wait(10)


def _bus_processes_on(display: str) -> list[int]:
    """The dbus-launch and dbus-daemon processes started for `display`."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes()
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if command.startswith((b"dbus-launch", b"/usr/bin/dbus-")) and (
            f"DISPLAY={display}".encode() in environ
        ):
            found.append(int(proc.name))
    return found


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (shutil.which("Xvfb") and shutil.which("dbus-launch")),
    reason="needs Xvfb and dbus-launch (dbus-x11)",
)
def test_the_window_leaves_no_bus_behind(tmp_path: Path) -> None:
    with _x_server() as display:
        env = {**os.environ, **PASSPHRASE_ENV}
        for name in (session_bus.ADDRESS, "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        env |= {"DISPLAY": display, "XDG_CONFIG_HOME": str(tmp_path / "config")}
        data = tmp_path / "data"
        window = subprocess.Popen(
            [sys.executable, "-m", "desk", "gui", "--data-dir", str(data)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        left: list[int] = []
        try:
            log = data / "logs" / "desk.log"
            deadline = time.monotonic() + 60
            while not (log.exists() and "triage process" in log.read_text("utf-8")):
                assert window.poll() is None and time.monotonic() < deadline, "no window"
                time.sleep(0.2)
            time.sleep(2)  # the tray icon and the window's accessibility bridge are up
            window.send_signal(signal.SIGTERM)
            window.wait(30)
            left = _bus_processes_on(display)
            assert left == []
        finally:
            window.kill()
            for pid in left:  # started by this test: ended so as not to outlive it either
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
