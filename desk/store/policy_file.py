"""Finding and reading the administrator's policy file, one system-wide place per OS."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from desk.core.policy import EMPTY, FILE, Policy, Problem, parse_policy

ENV_POLICY_FILE = "DESK_POLICY_FILE"
log = logging.getLogger("desk.policy")


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
        # utf-8-sig: Notepad and PowerShell 5 write UTF-8 with a byte-order mark.
        text = path.read_text("utf-8-sig")
    except OSError as exc:
        return Policy(problems=(Problem(FILE, f"cannot read {path}: {exc.strerror}"),))
    except UnicodeDecodeError:
        return Policy(problems=(Problem(FILE, f"{path} is not UTF-8 text"),))
    return parse_policy(text)


def load_policy(path: Path | None = None) -> Policy:
    """The policy in force: none when there is no file; problems are logged by key."""
    where = path or policy_path()
    if not where.exists():
        return EMPTY
    policy = read_policy(where)
    for problem in policy.problems:
        log.warning("policy %s: %s", where, problem)
    log.info("policy %s: %d settings, %d locked", where, len(policy.values), len(policy.locked))
    return policy
