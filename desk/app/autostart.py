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
    """At each start, the login entry for the setting, without taking over another's:

    - this desk's own entry (this program on this data dir) follows the setting;
    - an entry on this data dir from another program is removed when the setting is off,
      and otherwise left: the installed desk's entry stays when a copy from a build or USB
      folder runs;
    - an entry on another data dir is left, unless it is dead (its program or its data dir
      is gone) and this is the installed desk on `default_dir` (DataDir.usual: where a
      user's desk lives), which then takes it back; a dead entry on this data dir (the
      install moved) is taken back too;
    - with no entry, only the installed desk on `default_dir` makes one: not a desk on a
      data dir named with --data-dir, nor desk run from its source.

    One `desk --data-dir /tmp/t2gui` (IT staff), then a bundle tried from its build folder
    with DESK_DATA_DIR=/tmp/it33/d1 (township IT), rewrote the user's entry: their desk
    opened the test store, from the test's folder, at every login. Only ticking the box
    in the settings dialog (`apply`) takes another's entry."""
    entry = entry_command()
    installed = getattr(sys, "frozen", False)
    if entry is None:
        if enabled and data_dir == default_dir and installed:
            apply(True, data_dir)
    elif _same_command(entry, launch_command(data_dir)):
        apply(enabled, data_dir)
    elif not enabled:
        apply(False, data_dir)  # removes it only if it opens this data dir
    elif installed and _dead(entry) and (data_dir == default_dir or _opens(entry, data_dir)):
        apply(True, data_dir)


def entry_command() -> list[str] | None:
    """The command the login entry runs, if there is one."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_entry()
        if sys.platform == "darwin":
            return _macos_entry()
        return _xdg_entry()
    except (OSError, ValueError):
        return None


def entry_data_dir() -> Path | None:
    """The data dir the login entry opens, if there is an entry naming one."""
    command = entry_command()
    return None if command is None else _data_dir_of(command)


def _data_dir_of(command: list[str]) -> Path | None:
    if "--data-dir" not in command[:-1]:
        return None
    return Path(command[command.index("--data-dir") + 1])


def _opens(command: list[str], data_dir: Path) -> bool:
    return _same_path(_data_dir_of(command), data_dir)


def _dead(command: list[str]) -> bool:
    """An entry that opens nothing the user has: its program removed (an old install,
    a deleted build folder), or its data dir (a scratch dir deleted after a try)."""
    data_dir = _data_dir_of(command)
    return not Path(command[0]).exists() or (data_dir is not None and not data_dir.exists())


def _same_command(entry: list[str], ours: list[str]) -> bool:
    return len(entry) == len(ours) and all(
        a == b or _same_path(Path(a), Path(b)) for a, b in zip(entry, ours, strict=True)
    )


def _same_path(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    # As Windows compares them: C:\Program Files\desk and c:\program files\desk are one.
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


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
