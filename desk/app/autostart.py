"""Start desk at login, the way each OS expects it: XDG autostart, a Run key, a LaunchAgent."""

from __future__ import annotations

import contextlib
import logging
import os
import plistlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("desk.app.autostart")
NAME = "desk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path) -> list[str]:
    """How to start this desk on this data dir: the frozen executable, or this Python
    running the package. The data dir is named, so a desk started with --data-dir or
    DESK_DATA_DIR opens the same store at login."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desk"]
    return [*program, "gui", "--data-dir", str(data_dir)]


def xdg_entry_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{NAME}.desktop"


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / "cn.desk.desk.plist"


def keep(enabled: bool, data_dir: Path, default_dir: Path) -> None:
    """At each start: `apply`, for the desk on `default_dir` (DataDir.usual: where a
    user's desk lives); for a desk on another data dir (named with --data-dir) only
    when the login entry is its own already, which the user made by turning start at
    login on in its settings dialog. One `desk --data-dir /tmp/t2gui` on a user's PC
    wrote the entry, and that user's desk opened the test store at every login (IT
    staff): a desk tried on a scratch dir, or a benchmark's, neither makes the entry nor
    takes it over. Nor does desk run from its source make one of its own."""
    current = entry_data_dir()
    if data_dir != default_dir and current != data_dir:
        return
    if current is None and enabled and not getattr(sys, "frozen", False):
        # desk run from its source (`python3 dev.py demo`) makes no login entry of its own:
        # a first look at the demo had it start at every login, from a checkout.
        return
    apply(enabled, data_dir)


def entry_data_dir() -> Path | None:
    """The data dir the login entry opens, if there is an entry naming one."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            command = _windows_entry()
        elif sys.platform == "darwin":
            command = _macos_entry()
        else:
            command = _xdg_entry()
    except (OSError, ValueError):
        return None
    if command is None or "--data-dir" not in command[:-1]:
        return None
    return Path(command[command.index("--data-dir") + 1])


def apply(enabled: bool, data_dir: Path, command: list[str] | None = None) -> None:
    """Makes the OS start desk on `data_dir` at login, or stops it doing so (when the entry
    is this data dir's: turning it off on a scratch desk leaves the user's desk's entry).
    Failures are logged only: not starting at login must never stop desk from starting
    now."""
    if not enabled and entry_data_dir() not in (None, data_dir):
        return
    command = command or launch_command(data_dir)
    try:
        if sys.platform == "win32":
            _windows(enabled, command)
        elif sys.platform == "darwin":
            _macos(enabled, command)
        else:
            _xdg(enabled, command)
    except OSError as exc:
        log.warning("start at login not changed: %s", type(exc).__name__)


def _xdg(enabled: bool, command: list[str]) -> None:
    path = xdg_entry_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={NAME}\n"
        f"Exec={_desktop_exec(command)}\n"
        "X-GNOME-Autostart-enabled=true\n",
        "utf-8",
    )


def _xdg_entry() -> list[str] | None:
    path = xdg_entry_path()
    if not path.exists():
        return None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            value = line.removeprefix("Exec=").replace("%%", "%")
            return shlex.split(re.sub(r"\\(.)", r"\1", value))
    return None


_PLAIN_ARG = re.compile(r"[^\s\"'\\><~|&;$*?#()`%=]+")


def _desktop_exec(command: list[str]) -> str:
    """The Exec value the Desktop Entry spec asks for: an argument with a space or a
    reserved character in double quotes (shlex's single quotes are not allowed there),
    with `"`, `` ` ``, `$` and `\\` escaped, then backslashes escaped again as the file's
    string values are, and `%` doubled."""
    quoted = [
        arg if _PLAIN_ARG.fullmatch(arg) else '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        for arg in command
    ]
    return " ".join(quoted).replace("\\", "\\\\").replace("%", "%%")


def _macos_entry() -> list[str] | None:
    path = launch_agent_path()
    if not path.exists():
        return None
    agent = plistlib.loads(path.read_bytes())
    arguments = agent.get("ProgramArguments") if isinstance(agent, dict) else None
    return [str(a) for a in arguments] if isinstance(arguments, list) else None


def _macos(enabled: bool, command: list[str]) -> None:
    path = launch_agent_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        plistlib.dumps({"Label": "cn.desk.desk", "ProgramArguments": command, "RunAtLoad": True})
    )


def _windows(enabled: bool, command: list[str]) -> None:  # pragma: no cover - Windows only
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            winreg.SetValueEx(key, NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(command))
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, NAME)


def _windows_entry() -> list[str] | None:  # pragma: no cover - Windows only
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, NAME)
    except FileNotFoundError:
        return None
    # list2cmdline quoted what holds spaces; backslashes in paths are no escapes here.
    return [token.strip('"') for token in shlex.split(str(value), posix=False)]
