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

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from desk.core import settings
from desk.core.escalation import least_stop_minutes

# The key of a problem with the whole file (unreadable, not TOML).
FILE = "(file)"

# The codes of the problems with the whole file, and of names no setting has, for the
# window and the commands to word in the user's language (desk.ui.policy_text) with their
# `args`; `message` says it in English, for the log. Worded by desk, a TOML error kept
# tomllib's English (管理员策略未生效：not valid TOML: Expected ']' …, IT).
UNREADABLE = "unreadable"  # refusal: an OsRefusal code; os: the OS's own words
TOO_BIG = "too_big"  # size, limit: in KB
NOT_UTF8 = "not_utf8"
READ_AS_GBK = "read_as_gbk"  # a warning: read, to be saved as UTF-8
TOML_SYNTAX = "toml_syntax"  # line, column: where TOML could read no further
TOML_CUT_SHORT = "toml_cut_short"  # the file ends inside a value (an unclosed quote)
NOT_TOML = "not_toml"
UNKNOWN_SETTING = "unknown_setting"  # name; meant: the setting likely meant, or ""
UNKNOWN_TABLE = "unknown_table"  # name: a [table] no setting is in or is like
NOT_A_TABLE = "not_a_table"  # name, first: a table of settings given one value

# tomllib's "… (at line 3, column 5)" or "… (at end of document)": its own words are
# English, so only where it stopped is said.
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class Problem(NamedTuple):
    key: str
    message: str
    # What of the key's value still applies (calendar.tables' sound dates); empty:
    # none, the default stands.
    applies: str = ""
    # What the problem is, for the user's language (see the codes above); "": said in
    # `message` only.
    code: str = ""
    args: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"

    def arg(self, name: str) -> str:
        return dict(self.args).get(name, "")


@dataclass(frozen=True, slots=True)
class Policy:
    values: Mapping[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    problems: tuple[Problem, ...] = ()
    # Slips read as meant (demo = "no", a GBK file): the value applies, and the check
    # says how it was read so IT can write it plainly.
    warnings: tuple[Problem, ...] = ()

    @property
    def unread(self) -> bool:
        """The file could not be read or parsed: none of it applies."""
        return any(problem.key == FILE for problem in self.problems)

    def decides(self, name: str, *, user_set: bool) -> bool:
        """Whether the value of `name` in force is the policy's: it locks it, or presets
        it where the user has set none (`user_set`: the user's own value is stored)."""
        return name in self.locked or (name in self.values and not user_set)

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

# The setting whose lock keeps every account on the office's own server.
SERVER_SETTING = "accounts.default_homeserver"


def locked_server(policy: Policy) -> str:
    """The one server accounts may be added on, or "" where the policy leaves it free. A
    lock at the empty default pins nothing to refuse by."""
    return str(policy.values.get(SERVER_SETTING, "")) if SERVER_SETTING in policy.locked else ""


def same_server(first: str, second: str) -> bool:
    """Whether two addresses name one server: the scheme and host are case-blind, a
    trailing slash is what a browser's address bar adds, and a scheme's own port (443 for
    https, 80 for http) is the port left out."""
    return _server_key(first) == _server_key(second)


def server_identity(address: str) -> str:
    """The server an address names, as text: the same for two that are `same_server`."""
    scheme, host, port, path = _server_key(address)
    return f"{scheme}://{host}:{port if port is not None else ''}{path}"


_DEFAULT_PORTS = {"https": 443, "http": 80}


def _server_key(address: str) -> tuple[str, str, int | None, str]:
    try:
        parts = urlsplit(address.strip())
        port = parts.port
    except ValueError:  # a port that is no number: only the same text is the same server
        return ("", address.strip().rstrip("/").lower(), None, "")
    scheme = parts.scheme.lower()
    return (
        scheme,
        (parts.hostname or "").lower(),
        port if port is not None else _DEFAULT_PORTS.get(scheme),
        parts.path.rstrip("/"),
    )


def parse_policy(text: str) -> Policy:
    # Imported here: most desks have no policy file, and the window's start loads neither
    # (issue 8).
    import tomllib

    try:
        tree = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return Policy(problems=(_toml_problem(exc),))
    problems: list[Problem] = []
    warnings: list[Problem] = []
    raw_lock = tree.pop("lock", [])
    problems.extend(_misplaced_locks(tree, ""))
    values: dict[str, Any] = {}
    written: set[str] = set()
    for key, value in _flatten(tree, "", problems):
        written.add(key)
        default = settings.BY_NAME[key].default
        if isinstance(default, bool) and not isinstance(value, bool):
            value = _read_as_bool(key, value, warnings)
        if isinstance(default, Mapping) and default and isinstance(value, Mapping):
            # A policy may set some weekdays' windows; the rest keep their defaults.
            value = {**default, **value}
        try:
            values[key] = settings.validate(key, value)
        except settings.SettingError as exc:
            problems.append(Problem(key, exc.problem, exc.applies))
            if exc.applies:
                values[key] = exc.kept
    locked: set[str] = set()
    if not isinstance(raw_lock, list) or not all(isinstance(k, str) for k in raw_lock):
        problems.append(Problem("lock", "must be a list of setting names"))
    else:
        for key in raw_lock:
            if key not in settings.BY_NAME:
                meant = _likely_meant(key)
                problems.append(
                    Problem(
                        "lock",
                        f"unknown setting {key!r}{_did_you_mean(meant)}",
                        code=UNKNOWN_SETTING,
                        args=(("name", key), ("meant", meant)),
                    )
                )
            elif key not in values:
                # Locking without a value pins the default: allowed, and said plainly. An
                # IT tester's misspelt quiet.breakthru_groups, locked by its right name,
                # pinned every PC to no group at all, and the check said only "unknown".
                default = settings.BY_NAME[key].default
                values[key] = default
                locked.add(key)
                if key not in written:  # not a bad value, said with its problem
                    warnings.append(Problem(key, f"locked but not set in this file{_pinned(key)}"))
            else:
                locked.add(key)
    crossed = [*_ladder_problems(values), *_own_days_problems(values)]
    for problem in crossed:
        values.pop(problem.key, None)  # as any other bad value: the default stands
    problems.extend(crossed)
    return Policy(values, frozenset(locked), tuple(problems), tuple(warnings))


def what_stands(problem: Problem, locked: frozenset[str]) -> str:
    """What a setting with a problem is then, in parentheses after it: its default, pinned
    if locked (one bad weekday drops the whole quiet.windows, not that day alone), or the
    part of it that stands on its own (the sound dates of calendar.tables, year by year).
    Empty for a problem of no setting."""
    key = problem.key
    if key not in settings.BY_NAME:
        return ""
    if problem.applies:
        return f" ({problem.applies}{', and the lock pins them' if key in locked else ''})"
    if key not in locked:
        return f" ({key} keeps its default)"
    # The lock still holds: what it now forces on every PC is seldom what was meant.
    return _pinned(key)


def _pinned(key: str) -> str:
    """What a lock on `key` at its default forces, in parentheses."""
    default = settings.BY_NAME[key].default
    if isinstance(default, bool | int | str):
        return f" (the lock pins {key} to its default, {toml_text(default)}, on every PC)"
    return f" (the lock pins {key} to its default on every PC: see `desk policy template`)"


def toml_text(value: Any) -> str:
    """A setting's value as TOML: the settings hold booleans, numbers, strings, and lists
    and tables of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_text(item) for item in value) + "]"
    if isinstance(value, Mapping):
        pairs = (
            f"{json.dumps(str(k), ensure_ascii=False)} = {toml_text(v)}" for k, v in value.items()
        )
        return "{ " + ", ".join(pairs) + " }" if value else "{}"
    raise TypeError(f"no TOML form for {value!r}")


# How true and false get written by someone used to other config files or to Chinese
# forms; only these, so that a value whose intent cannot be read stays a problem.
_BOOL_WORDS: Mapping[str, bool] = {
    **dict.fromkeys(("true", "yes", "on", "1", "是", "开", "开启", "打开", "启用"), True),
    **dict.fromkeys(("false", "no", "off", "0", "否", "关", "关闭", "停用", "禁用"), False),
}


def _read_as_bool(key: str, value: Any, warnings: list[Problem]) -> Any:
    """`value` as the true or false it plainly means ("no", 0, "否"), with a warning; any
    other value unchanged, for validation to refuse. A quoted "no" is a string, and a
    lock would otherwise pin the default: the demo on every PC, the opposite of meant."""
    word = str(value).strip().lower() if isinstance(value, str | int) else None
    meant = _BOOL_WORDS.get(word) if word is not None else None
    if meant is None:
        return value
    plain = "true" if meant else "false"
    warnings.append(Problem(key, f"{value!r} read as {plain}: write {key} = {plain}, unquoted"))
    return meant


def _toml_problem(exc: ValueError) -> Problem:
    """A file TOML cannot read, with where it stopped."""
    message = f"not valid TOML: {exc}"
    at = _TOML_AT.search(str(exc))
    if at:
        args = (("line", at.group(1)), ("column", at.group(2)))
        return Problem(FILE, message, code=TOML_SYNTAX, args=args)
    if "(at end of document)" in str(exc):
        return Problem(FILE, message, code=TOML_CUT_SHORT)
    return Problem(FILE, message, code=NOT_TOML)


def _did_you_mean(meant: str) -> str:
    return f" (did you mean {meant}?)" if meant else ""


def _likely_meant(name: str) -> str:
    """The setting a misspelt or misplaced name was likely meant for: its last part
    misspelt in the right table (quiet.window), or right in the wrong one (quiet.hide_text).
    The whole names alone are too alike (notify.colour would get notify.sound)."""
    section, _, leaf = name.rpartition(".")
    same_leaf = [s for s in settings.BY_NAME if s.rpartition(".")[2] == leaf]
    siblings = {
        s.rpartition(".")[2]: s for s in settings.BY_NAME if s.rpartition(".")[0] == section
    }
    import difflib  # a misspelt name in a policy file: seldom

    close = difflib.get_close_matches(leaf, siblings, n=1)
    meant = same_leaf[:1] or [siblings[c] for c in close]
    return meant[0] if meant else ""


def _ladder_problems(values: Mapping[str, Any]) -> list[Problem]:
    """The DING ladder's steps against each other, as the settings dialog holds them: it
    must not stop before the first flash of the taskbar it promises."""
    names = (
        "escalation.repeat_minutes",
        "escalation.attention_after_minutes",
        "escalation.stop_after_minutes",
    )
    if not any(name in values for name in names):
        return []
    repeat, attention, stop = (values.get(n, settings.BY_NAME[n].default) for n in names)
    least = least_stop_minutes(repeat, attention)
    if stop >= least:
        return []
    return [
        Problem(
            names[2],
            f"must be at least {least}: the first flash comes with the alert at minute "
            f"{least - 1} (alerts every {repeat}, flashing from minute {attention})",
        )
    ]


def _own_days_problems(values: Mapping[str, Any]) -> list[Problem]:
    """Days both off and working, which the settings dialog refuses: such a day would be
    quiet all day as a day off, yet counted as a working day in a notice's due time."""
    both = sorted(set(values.get("quiet.days_off", ())) & set(values.get("quiet.workdays", ())))
    if not both:
        return []
    days = f"{settings.listed(both, quoted=False)} {'is' if len(both) == 1 else 'are'}"
    message = f"{days} also in quiet.days_off: a day cannot be both a day off and a working day"
    return [Problem("quiet.workdays", message)]


def _misplaced_locks(tree: dict[str, Any], prefix: str) -> list[Problem]:
    """Takes out of `tree` the `lock` lists TOML put inside a table (written after a
    `[table]` line), as problems that say where it belongs. Left in, the table's own
    check answered (`quiet.windows: unknown day 'lock'`) and the table kept its default."""
    found: list[Problem] = []
    for key, value in list(tree.items()):
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            found.extend(_misplaced_locks(value, f"{name}."))
        elif prefix and key == "lock" and isinstance(value, list):
            del tree[key]
            table = prefix.removesuffix(".")
            found.append(
                Problem(
                    "lock",
                    f"written after [{table}], TOML reads it as {name}: lock belongs before "
                    "the first table, at the top of the file (until it is moved, nothing it "
                    "names is locked)",
                )
            )
    return found


def _flatten(
    tree: Mapping[str, Any], prefix: str, problems: list[Problem]
) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for key, value in tree.items():
        name = f"{prefix}{key}"
        inside = [s for s in settings.BY_NAME if s.startswith(f"{name}.")]
        if name in settings.BY_NAME:
            found.append((name, value))
        elif isinstance(value, Mapping) and inside:
            found.extend(_flatten(value, f"{name}.", problems))
        elif inside:
            # `quiet = true`: said "unknown setting" of a table every policy has.
            problems.append(
                Problem(
                    name,
                    f"a table of settings ({inside[0]}, …), not one value",
                    code=NOT_A_TABLE,
                    args=(("name", name), ("first", inside[0])),
                )
            )
        else:
            meant = _likely_meant(name)
            # [foo], a table with no setting in it and none like it.
            table = isinstance(value, Mapping) and not meant
            problems.append(
                Problem(
                    name,
                    f"unknown {'table' if table else 'setting'}{_did_you_mean(meant)}",
                    code=UNKNOWN_TABLE if table else UNKNOWN_SETTING,
                    args=(("name", name), ("meant", meant)),
                )
            )
    return found
