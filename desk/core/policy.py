"""The administrator's policy: preset settings, and lock some so users cannot change them.

A policy is TOML. Keys are the declared settings' names, written dotted or as tables:

    lock = ["quiet.windows", "notify.hide_text"]
    timezone = "Asia/Shanghai"

    [quiet]
    enabled = true

    [calendar.tables.2027]
    holidays = { "2027-01-01" = "New Year's Day" }
    makeup_days = []

Every problem names its key; the valid parts apply even when others are wrong.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desk.core import settings

# The key of a problem with the whole file (unreadable, not TOML).
FILE = "(file)"


@dataclass(frozen=True, slots=True)
class Problem:
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


@dataclass(frozen=True, slots=True)
class Policy:
    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problems: tuple[Problem, ...] = ()

    @property
    def unread(self) -> bool:
        """The file could not be read or parsed: none of it applies."""
        return any(problem.key == FILE for problem in self.problems)

    def apply(self, user: Mapping[str, Any]) -> dict[str, Any]:
        """Effective settings: defaults, then the policy's presets, then the user's own
        values, except where the policy locks the setting."""
        effective = {s.name: s.default for s in settings.DECLARED}
        effective.update(self.values)
        for name, value in user.items():
            if name not in self.locked:
                effective[name] = value
        return effective


EMPTY = Policy()


def parse_policy(text: str) -> Policy:
    try:
        tree = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Policy(problems=(Problem(FILE, f"not valid TOML: {exc}"),))
    problems: list[Problem] = []
    raw_lock = tree.pop("lock", [])
    values: dict[str, Any] = {}
    for key, value in _flatten(tree, "", problems):
        default = settings.BY_NAME[key].default
        if isinstance(default, Mapping) and default and isinstance(value, Mapping):
            # A policy may set some weekdays' windows; the rest keep their defaults.
            value = {**default, **value}
        try:
            values[key] = settings.validate(key, value)
        except settings.SettingError as exc:
            problems.append(Problem(key, exc.problem))
    locked: set[str] = set()
    if not isinstance(raw_lock, list) or not all(isinstance(k, str) for k in raw_lock):
        problems.append(Problem("lock", "must be a list of setting names"))
    else:
        for key in raw_lock:
            if key not in settings.BY_NAME:
                problems.append(Problem("lock", f"unknown setting {key!r}"))
            elif key not in values:
                # Locking without a value pins the default: allowed, and said plainly.
                values[key] = settings.BY_NAME[key].default
                locked.add(key)
            else:
                locked.add(key)
    return Policy(values, frozenset(locked), tuple(problems))


def _flatten(
    tree: Mapping[str, Any], prefix: str, problems: list[Problem]
) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if name in settings.BY_NAME:
            found.append((name, value))
        elif isinstance(value, Mapping) and any(s.startswith(f"{name}.") for s in settings.BY_NAME):
            found.extend(_flatten(value, f"{name}.", problems))
        else:
            problems.append(Problem(name, "unknown setting"))
    return found
