"""Finding and reading the administrator's policy file, one system-wide place per OS."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from desk.core.policy import (
    EMPTY,
    FILE,
    NOT_UTF8,
    READ_AS_GBK,
    TOO_BIG,
    UNREADABLE,
    Policy,
    Problem,
    parse_policy,
    what_stands,
)
from desk.store.paths import OsRefusal

ENV_POLICY_FILE = "DESK_POLICY_FILE"
log = logging.getLogger("desk.policy")

# More than any policy holds (every setting and ten years of holiday tables is some 20 KB):
# a file this large is some other file, and read whole it would be held in memory by every
# command and the window.
MAX_POLICY_KB = 1024


def policy_path() -> Path:
    """$DESK_POLICY_FILE, else the OS's system-wide place for it."""
    explicit = os.environ.get(ENV_POLICY_FILE)
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "desk" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/desk/policy.toml")
    return Path("/etc/desk/policy.toml")


def read_policy(path: Path) -> Policy:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_POLICY_KB * 1024 + 1)
    except OSError as exc:
        refusal = OsRefusal.from_os_error(exc)
        said = f"cannot read {path}: {exc.strerror}"
        args = (("refusal", refusal.code), ("os", refusal.detail))
        return Policy(problems=(Problem(FILE, said, code=UNREADABLE, args=args),))
    if len(raw) > MAX_POLICY_KB * 1024:
        size = _size_kb(path)
        said = f"{path} is {size} KB, larger than any policy (at most {MAX_POLICY_KB} KB)"
        args = (("size", str(size)), ("limit", str(MAX_POLICY_KB)))
        return Policy(problems=(Problem(FILE, said, code=TOO_BIG, args=args),))
    try:
        # utf-8-sig: Notepad and PowerShell 5 write UTF-8 with a byte-order mark.
        return parse_policy(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    save_as = "save it as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)"
    try:
        # What Notepad saves by default on a Chinese Windows 10 before 1903 (ANSI: GBK).
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        said = f"{path} is not UTF-8 text: {save_as}"
        return Policy(problems=(Problem(FILE, said, code=NOT_UTF8),))
    policy = parse_policy(text)
    read_as = Problem(FILE, f"not UTF-8, read as Chinese (GBK) text: {save_as}", code=READ_AS_GBK)
    return replace(policy, warnings=(read_as, *policy.warnings))


def _size_kb(path: Path) -> int:
    try:
        return -(-path.stat().st_size // 1024)  # rounded up: over the limit, never at it
    except OSError:  # gone since: at least what was read
        return MAX_POLICY_KB + 1


def policy_there(path: Path) -> bool:
    """Whether there is a policy file at `path`. One this user may not look up (its folder
    closed to users, /etc/desk at 0700) is taken to be there, for reading it to say it
    cannot be read: asked plainly, every start and every command ended in a traceback."""
    try:
        return path.exists()
    except OSError:
        return True


def load_policy(path: Path | None = None, *, logged: bool = True) -> Policy:
    """The policy in force: none when there is no file; problems are logged by key,
    unless not `logged` (the commands' language, read before any log is open)."""
    where = path or policy_path()
    if not policy_there(where):
        return EMPTY
    policy = read_policy(where)
    if logged:
        _log_once(where, policy)
    return policy


# What was last logged of each policy file, and to which log: one start of the window
# reads the policy in several places (the window, its ingest, its sync), and each logged
# every problem again (IT counted 15 warnings for 5 problems).
_logged: dict[Path, tuple[object, ...]] = {}


def _log_once(where: Path, policy: Policy) -> None:
    """Logs the policy's warnings and problems, each with what then stands as `desk
    policy check` says it (the lock pins … to its default), unless they went to this log
    already."""
    said = [
        *(f"warning: {w.message if w.key == FILE else w}" for w in policy.warnings),
        *(f"{p}{what_stands(p, policy.locked)}" for p in policy.problems),
    ]
    # A log opened since (the commands read the policy before they open theirs) gets it.
    logs = tuple(logging.getLogger("desk").handlers)
    heard = (tuple(said), len(policy.values), policy.locked, logs)
    if _logged.get(where) == heard:
        return
    _logged[where] = heard
    for line in said:
        log.warning("policy %s: %s", where, line)
    log.info("policy %s: %d settings, %d locked", where, len(policy.values), len(policy.locked))
