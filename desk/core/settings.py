"""Every setting declared once: name, default, description and validation.

The settings dialog, the admin policy file, the CLI and the store all read these
declarations, so a value is checked the same way wherever it comes from. Values are
JSON-shaped (bool, int, str, lists, dicts) so the store and policy files hold them
as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The quiet windows of a weekday made a working day (调休) are a row of their own.
QUIET_ROWS = (*WEEKDAYS, "makeup")
_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$")
NOTIFY_MODES = ("all", "mentions_urgent", "mute")


class SettingError(ValueError):
    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


Parser = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    description: str
    parse: Parser  # returns the normalised value or raises ValueError(problem)
    bounds: tuple[int, int] | None = None  # for whole numbers: the lowest and highest allowed


def _whole(name: str, default: int, description: str, low: int, high: int) -> Setting:
    """A whole-number setting whose range both validation and the settings UI know."""
    return Setting(name, default, description, _int_range(low, high), (low, high))


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _int_range(low: int, high: int) -> Parser:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return parse


def _timezone(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a time zone name such as Asia/Shanghai")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


def parse_window(text: Any) -> tuple[int, int]:
    """'18:00-08:30' → (1080, 510) minutes; an end at or before the start crosses midnight."""
    match = _WINDOW.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{text!r} is not a window like 18:00-08:30")
    start = int(match[1]) * 60 + int(match[2])
    end = int(match[3]) * 60 + int(match[4])
    if end > 24 * 60:
        raise ValueError(f"{text!r} ends after 24:00")
    if start == end:
        raise ValueError(f"{text!r} is empty")
    return start, end


def _windows(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, Mapping):
        raise ValueError("must map mon … sun and makeup to lists of windows")
    unknown = set(value) - set(QUIET_ROWS)
    if unknown:
        raise ValueError(f"unknown day {sorted(unknown)[0]!r}; use {', '.join(QUIET_ROWS)}")
    rows: dict[str, list[str]] = {}
    for row in QUIET_ROWS:
        windows = value.get(row, [])
        if not isinstance(windows, list):
            raise ValueError(f"{row} must be a list of windows")
        for window in windows:
            parse_window(window)
        rows[row] = list(windows)
    return rows


def _dates(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("must be a list of dates like 2026-12-31")
    # A TOML date written bare (2027-04-13, not "2027-04-13") arrives as a date.
    value = [item.isoformat() if type(item) is date else item for item in value]
    for item in value:
        try:
            date.fromisoformat(item)
        except (TypeError, ValueError):
            raise ValueError(f"{item!r} is not a date like 2026-12-31") from None
    return sorted(set(value))


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("must be a list of names or ids")
    return list(dict.fromkeys(value))


def _calendar_tables(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise ValueError('must map a year to {"holidays": {date: name}, "makeup_days": [dates]}')
    tables: dict[str, dict[str, Any]] = {}
    for year, table in value.items():
        if not str(year).isdigit() or not isinstance(table, Mapping):
            raise ValueError(f"{year!r} must be a year with a table")
        _known_keys(str(year), table, ("holidays", "makeup_days"))
        holidays = table.get("holidays", {})
        if not isinstance(holidays, Mapping):
            raise ValueError(f"{year}: holidays must map dates to names")
        for day in (*holidays, *_dates(table.get("makeup_days", []))):
            if not str(day).startswith(f"{year}-"):
                raise ValueError(f"{year}: {day!r} is not in that year")
        _dates(list(holidays))
        tables[str(year)] = {
            "holidays": {str(d): str(n) for d, n in holidays.items()},
            "makeup_days": _dates(table.get("makeup_days", [])),
        }
    return tables


def _known_keys(where: str, table: Mapping[Any, Any], known: tuple[str, ...]) -> None:
    """A misspelt key (mdoe, makeup_day) would leave its part at the default unsaid."""
    for key in table:
        if key not in known:
            raise ValueError(f"{where}: unknown key {key!r}; use {', '.join(known)}")


def _server_address(value: Any) -> str:
    text = _text(value).strip()
    if text and not text.startswith(("https://", "http://")):
        raise ValueError(f"{text!r} must start with https:// (or http://)")
    return text


def _named_days(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError('must map dates to names, like {"2027-04-13": "泼水节"}')
    for name in value.values():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{name!r} is not a holiday's name")
    days = _dates([str(d) for d in value])
    named = {str(d): str(n).strip() for d, n in value.items()}
    return {d: named[d] for d in days}


def _override(value: Any) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or value.get("mode") not in ("quiet", "loud"):
        raise ValueError('must be null or {"mode": "quiet" or "loud", "until": ISO time}')
    try:
        until = datetime.fromisoformat(str(value.get("until")))
    except ValueError:
        raise ValueError("until must be an ISO 8601 time with offset") from None
    if until.tzinfo is None:
        raise ValueError("until needs a UTC offset")
    clean = {"mode": str(value["mode"]), "until": until.isoformat()}
    if value.get("since") is not None:
        # When it was set: asked about an earlier moment, the schedule answers.
        try:
            since = datetime.fromisoformat(str(value["since"]))
        except ValueError:
            raise ValueError("since must be an ISO 8601 time with offset") from None
        if since.tzinfo is None:
            raise ValueError("since needs a UTC offset")
        clean["since"] = since.isoformat()
    return clean


def _group_notify(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise ValueError('must map groups to {"mode": …, "throttle_minutes": N}')
    out: dict[str, dict[str, Any]] = {}
    for group, rule in value.items():
        if not isinstance(rule, Mapping) or rule.get("mode", "all") not in NOTIFY_MODES:
            raise ValueError(f"{group}: mode must be one of {', '.join(NOTIFY_MODES)}")
        _known_keys(f"{group}", rule, ("mode", "throttle_minutes"))
        throttle = _int_range(0, 24 * 60)(rule.get("throttle_minutes", 0))
        out[str(group)] = {"mode": rule.get("mode", "all"), "throttle_minutes": throttle}
    return out


LANGUAGES = ("system", "zh_CN", "zh_TW", "en")


def _language(value: Any) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
    return str(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    return value.strip()


_WORKDAY = ["00:00-08:30", "18:00-24:00"]
_ALL_DAY = ["00:00-24:00"]

DECLARED: tuple[Setting, ...] = (
    Setting(
        "ui.language",
        "system",
        "Language of the window: system (Chinese systems get the matching Chinese), "
        "zh_CN, zh_TW or en.",
        _language,
    ),
    Setting("timezone", "Asia/Shanghai", "Time zone for quiet hours and deadlines.", _timezone),
    Setting(
        "accounts.default_homeserver",
        "",
        "The server offered first when adding an account, e.g. https://matrix.county.gov.cn.",
        _server_address,
    ),
    Setting(
        "accounts.demo",
        True,
        "Show the built-in demo workspace (invented groups, notices and DINGs) until a work "
        "account is added. false: no demo workspace is made, one already there is removed "
        "with its messages when desk starts, and desk waits for an account to be added.",
        _bool,
    ),
    Setting(
        "accounts.auto_join_invites",
        False,
        "Join the groups you are invited to at once. Off: they are listed (`desk invites`) "
        "until you accept or decline them; an administrator can turn it on for work servers.",
        _bool,
    ),
    Setting("quiet.enabled", True, "Hold ordinary notifications during quiet hours.", _bool),
    Setting(
        "quiet.windows",
        {
            **{day: list(_WORKDAY) for day in WEEKDAYS[:5]},
            "sat": list(_ALL_DAY),
            "sun": list(_ALL_DAY),
            "makeup": list(_WORKDAY),
        },
        "Quiet windows per weekday (HH:MM-HH:MM); 'makeup' is for weekend days made working "
        "days (调休). A window that crosses midnight belongs to the day it starts on: mon = "
        "['19:00-08:00'] is Monday night into Tuesday, and Monday's own early hours are "
        "Sunday's. For every night write both parts: ['00:00-08:00', '19:00-24:00'].",
        _windows,
    ),
    Setting("quiet.holidays_all_day", True, "Statutory holidays are quiet all day.", _bool),
    Setting("quiet.days_off", [], "Extra days off, quiet all day (YYYY-MM-DD).", _dates),
    Setting(
        "quiet.workdays",
        [],
        "Extra working days (调休, YYYY-MM-DD), quiet as the 'makeup' row says: for a year "
        "the holiday calendar does not know yet.",
        _dates,
    ),
    Setting(
        "quiet.breakthrough_senders",
        [],
        "People whose messages always notify, by display name or sender id.",
        _strings,
    ),
    Setting(
        "quiet.breakthrough_groups",
        [],
        "Groups whose messages always notify, by name (桐坪镇机关干部工作群) or group id "
        "(`desk inbox --json` shows both).",
        _strings,
    ),
    Setting(
        "quiet.override",
        None,
        "A temporary switch: quiet (or not) until a time, whatever the windows say.",
        _override,
    ),
    Setting(
        "calendar.tables",
        {},
        "Holidays and make-up days for years the calendar package does not know yet.",
        _calendar_tables,
    ),
    Setting(
        "calendar.local_holidays",
        {},
        "Regional holidays on top of the national calendar (泼水节 in Dehong, 三月三 in "
        "Guangxi), by date: quiet all day, and no working day when a notice counts them "
        "(节后第一个工作日, 3个工作日内).",
        _named_days,
    ),
    Setting(
        "notify.hide_text",
        False,
        "Show notifications without message text (shared screens; the OS keeps "
        "notification text unencrypted).",
        _bool,
    ),
    Setting("notify.sound", True, "Play a sound with notifications.", _bool),
    _whole(
        "escalation.repeat_minutes",
        2,
        "An unconfirmed DING alerts again every this many minutes.",
        1,
        60,
    ),
    _whole(
        "escalation.attention_after_minutes",
        10,
        "After this many minutes an unconfirmed DING also flashes the taskbar and tray.",
        0,
        240,
    ),
    _whole(
        "escalation.stop_after_minutes",
        30,
        "The alerts stop after this many minutes; the DING stays pinned as unconfirmed.",
        1,
        24 * 60,
    ),
    Setting(
        "escalation.urgent_items",
        False,
        "Escalate items triage marks urgent as well as DINGs.",
        _bool,
    ),
    Setting(
        "app.start_at_login",
        True,
        "Start desk when the user logs in, so urgent items can reach them.",
        _bool,
    ),
    Setting(
        "app.tray_hint_shown",
        False,
        "Whether desk has said that closing the window keeps it in the tray.",
        _bool,
    ),
    Setting(
        "notify.groups",
        {},
        "Per group (by name or group id): mode all / mentions_urgent / mute, and at most "
        "one notification per throttle_minutes.",
        _group_notify,
    ),
)

BY_NAME: Mapping[str, Setting] = {s.name: s for s in DECLARED}


def validate(name: str, value: Any) -> Any:
    """The normalised value, or SettingError naming the setting and the problem."""
    spec = BY_NAME.get(name)
    if spec is None:
        raise SettingError(name, "unknown setting")
    try:
        return spec.parse(value)
    except ValueError as exc:
        raise SettingError(name, str(exc)) from None
