"""Every setting declared once: name, default, description and validation.

The settings dialog, the admin policy file, the CLI and the store all read these
declarations, so a value is checked the same way wherever it comes from. Values are
JSON-shaped (bool, int, str, lists, dicts) so the store and policy files hold them
as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.core.call_names import as_names, split_names, titles_alone, too_short

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The quiet windows of a weekday made a working day (调休) are a row of their own.
QUIET_ROWS = (*WEEKDAYS, "makeup")
_WINDOW = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$")
NOTIFY_MODES = ("all", "mentions_urgent", "mute")


class SettingError(ValueError):
    def __init__(self, name: str, problem: str, *, kept: Any = None, applies: str = "") -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem
        # What of the value is sound and still applies (`applies` says so; empty: none).
        self.kept = kept
        self.applies = applies


class PartlyValid(ValueError):
    """A value whose parts stand alone (the dates of a year's holiday table) with problems
    in some: `kept` is the value of the sound parts, and `applies` says exactly what they
    are to an administrator, who mends the value from it."""

    def __init__(self, problem: str, kept: Any, applies: str) -> None:
        super().__init__(problem)
        self.kept = kept
        self.applies = applies


Parser = Callable[[Any], Any]


class Setting(NamedTuple):
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
    problems = _unknown_keys(value, QUIET_ROWS, "day")
    rows: dict[str, list[str]] = {}
    for row in QUIET_ROWS:
        windows = value.get(row, [])
        if not isinstance(windows, list):
            problems.append(f"{row} must be a list of windows")
            continue
        for window in windows:
            try:
                parse_window(window)
            except ValueError as exc:
                problems.append(f"{row}: {exc}")
        rows[row] = list(windows)
    _raise_all(problems)
    return rows


def _dates(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("must be a list of dates like 2026-12-31")
    days = [_iso_day(item) for item in value]
    _raise_all(_not_dates([item for item, day in zip(value, days, strict=True) if day is None]))
    return sorted({day for day in days if day is not None})


def _iso_day(item: Any) -> str | None:
    """`item` as a date like 2026-12-31, None if it is not written as one. A TOML date
    written bare (2027-04-13, not "2027-04-13") arrives as a date; 20270413 and 2027-W15-2,
    which Python also reads as dates, are not what the tables and the dialog hold."""
    text = item.isoformat() if type(item) is date else item
    if not isinstance(text, str):
        return None
    try:
        return text if date.fromisoformat(text).isoformat() == text else None
    except ValueError:
        return None


def _named(table: Mapping[Any, Any]) -> dict[str, Any]:
    """A date → name table's entries whose date is one, by their date."""
    return {day: name for key, name in table.items() if (day := _iso_day(key)) is not None}


def _not_dates(bad: Sequence[Any]) -> list[str]:
    if not bad:
        return []
    if _one(bad):
        return [f"{listed(bad)} is not a date like 2026-12-31"]
    return [f"{listed(bad)} are not dates like 2026-12-31"]


def _shown(items: Sequence[Any], quoted: bool = True) -> list[str]:
    shown = (repr(i) if quoted and isinstance(i, str) else str(i) for i in items)
    return list(dict.fromkeys(shown))


def listed(items: Sequence[Any], quoted: bool = True) -> str:
    """Every item named once, in its order ('a', 'b' and 'c'; dates known to be sound
    unquoted): IT fixes them all at once."""
    shown = _shown(items, quoted)
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _one(items: Sequence[Any]) -> bool:
    return len(_shown(items)) == 1


def _raise_all(problems: Sequence[str]) -> None:
    """Every problem of a value in one message: one round of fixes, not one per problem."""
    if problems:
        raise ValueError("; ".join(problems))


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError("must be a list of names or ids")
    bad = [v for v in value if not isinstance(v, str) or not v]
    if bad:
        which = "is not a name or id" if _one(bad) else "are not names or ids"
        raise ValueError(f"must be a list of names or ids: {listed(bad)} {which}")
    return list(dict.fromkeys(value))


def _call_names(value: Any) -> list[str]:
    if isinstance(value, str):
        names = split_names(value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        names = as_names(part for v in value for part in split_names(v))
    else:
        raise ValueError("must be a list of names")
    problems: list[str] = []
    short = too_short(names)
    if short:
        which = "is one character" if _one(short) else "are one character each"
        problems.append(f"{listed(short)} {which}, which would match inside other words")
    titles = titles_alone(names)
    if titles:
        problems.append(f"{listed(titles)}: a title alone is everyone's who holds it")
    kept = [name for name in names if name not in short and name not in titles]
    if problems and kept:
        # The other names stand: 方主任、主任 saved before 主任 was refused lost 方主任 too.
        raise PartlyValid("; ".join(problems), kept, f"{listed(kept)} {_apply(kept)}")
    _raise_all(problems)
    return names


def _apply(items: Sequence[Any]) -> str:
    return "applies" if _one(items) else "apply"


def _calendar_tables(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise ValueError('must map a year to {"holidays": {date: name}, "makeup_days": [dates]}')
    tables: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    fates: list[str] = []
    for year, table in value.items():
        read = _year_table(str(year), table)
        problems += read.problems
        if read.table is not None:
            tables[str(year)] = read.table
        fates.append(read.fate(str(year)))
    if problems and tables:
        # Each year, and each date of a year, stands alone: one slip in 2027's table must
        # not make 2027's make-up Saturdays weekend days again.
        raise PartlyValid("; ".join(problems), tables, "; ".join(fates))
    _raise_all(problems)
    return tables


class _YearRead(NamedTuple):
    """One year's table as read: `table` holds its sound dates (None: the year is dropped
    whole), `dropped` the entries left out for `problems`."""

    table: dict[str, Any] | None
    problems: list[str]
    dropped: list[str]

    def fate(self, year: str) -> str:
        """What of the year applies, said exactly: IT mends the table from this line."""
        if self.table is None:
            return f"{year} is dropped whole: desk's own calendar stands for it"
        if not self.dropped:
            return f"{year} applies whole"
        holidays = _spans(self.table["holidays"])
        makeup = self.table["makeup_days"]
        working = f"make-up days {_month_days(makeup)}" if makeup else "no make-up days"
        return (
            f"{year} applies without {listed(self.dropped, quoted=False)}: "
            f"holidays {holidays}, {working}"
        )


def _year_table(year: str, table: Any) -> _YearRead:
    """One year's table: its sound dates, and each problem naming the entries it drops.
    A table replaces the calendar's whole year, so a year with no holiday left is dropped
    whole (the holidays desk foresees, 元旦 and 春节, then stand)."""
    if not re.fullmatch(r"\d{4}", year):
        return _YearRead(None, [f"{year!r} is not a year like 2027"], [])
    if not isinstance(table, Mapping):
        return _YearRead(None, [f"{year}: must be a table with holidays and makeup_days"], [])
    problems = _unknown_keys(table, ("holidays", "makeup_days"))
    dropped = [repr(str(key)) for key in table if key not in ("holidays", "makeup_days")]
    holidays = table.get("holidays", {})
    if not isinstance(holidays, Mapping):
        problems.append("holidays must map dates to names")
        dropped.append("holidays")
        holidays = {}
    makeup = table.get("makeup_days", [])
    if not isinstance(makeup, list):
        problems.append("makeup_days must be a list of dates")
        dropped.append("makeup_days")
        makeup = []
    bad = [d for d in (*holidays, *makeup) if _iso_day(d) is None]
    problems += _not_dates(bad)
    dropped += _shown(bad)
    named = _named(holidays)
    working = sorted({day for item in makeup if (day := _iso_day(item)) is not None})

    def drop(days: Sequence[str], problem: str) -> None:
        if days:
            verbs = {"is": _is(days), "has": "has" if _one(days) else "have"}
            problems.append(f"{listed(days, quoted=False)} {problem.format(**verbs)}")
            dropped.extend(days)
            for day in days:
                named.pop(day, None)
                if day in working:
                    working.remove(day)

    drop([d for d in (*named, *working) if not d.startswith(f"{year}-")], "{is} not in that year")
    nameless = [day for day, name in named.items() if not isinstance(name, str) or not name.strip()]
    drop(nameless, "{has} no holiday name")
    drop(sorted(set(named) & set(working)), "{is} both a holiday and a make-up day")
    drop(
        [d for d in working if date.fromisoformat(d).weekday() < 5],
        "{is} not a Saturday or Sunday: make-up days are weekend days made working days",
    )
    if not named:
        # A table replaces its whole year, even the holidays desk foresees (元旦, 春节).
        problems.append("no holiday is left" if holidays else "has no holidays")
        return _YearRead(None, _in_year(year, problems), dropped)
    kept = {
        "holidays": {day: str(named[day]).strip() for day in sorted(named)},
        "makeup_days": working,
    }
    return _YearRead(kept, _in_year(year, problems), list(dict.fromkeys(dropped)))


def _in_year(year: str, problems: Sequence[str]) -> list[str]:
    return [f"{year}: {problem}" for problem in problems]


def _spans(days: Iterable[str]) -> str:
    """Sorted days as runs of consecutive days: 01-01 to 01-03, 02-05 to 02-11 and 04-05."""
    runs: list[list[date]] = []
    for day in sorted(date.fromisoformat(d) for d in days):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    shown = [
        _month_day(run[0]) if len(run) == 1 else f"{_month_day(run[0])} to {_month_day(run[-1])}"
        for run in runs
    ]
    return listed(shown, quoted=False)


def _month_days(days: Sequence[str]) -> str:
    return listed([_month_day(date.fromisoformat(d)) for d in days], quoted=False)


def _month_day(day: date) -> str:
    return day.strftime("%m-%d")


def _is(items: Sequence[Any]) -> str:
    return "is" if _one(items) else "are"


def _nameless(named: Mapping[str, Any]) -> list[str]:
    """The days of a date → name table whose name is missing or blank."""
    empty = [day for day, name in named.items() if not isinstance(name, str) or not name.strip()]
    if not empty:
        return []
    return [f"{listed(empty, quoted=False)} {'has' if _one(empty) else 'have'} no holiday name"]


def _unknown_keys(table: Mapping[Any, Any], known: tuple[str, ...], kind: str = "key") -> list[str]:
    """A misspelt key (mdoe, makeup_day) would leave its part at the default unsaid."""
    unknown = [key for key in table if key not in known]
    if not unknown:
        return []
    plural = "" if _one(unknown) else "s"
    return [f"unknown {kind}{plural} {listed(unknown)}: use {', '.join(known)}"]


def _server_address(value: Any) -> str:
    text = _text(value).strip()
    if text and not text.startswith(("https://", "http://")):
        raise ValueError(f"{text!r} must start with https:// (or http://)")
    return text


def _named_days(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError('must map dates to names, like {"2027-04-13": "泼水节"}')
    named = _named(value)
    _raise_all([*_not_dates([d for d in value if _iso_day(d) is None]), *_nameless(named)])
    return {day: str(named[day]).strip() for day in sorted(named)}


def _override(value: Any) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping) or value.get("mode") not in ("quiet", "loud"):
        raise ValueError('must be null or {"mode": "quiet" or "loud", "until": ISO time}')
    problems: list[str] = []
    clean = {"mode": str(value["mode"])}
    # `since` is when it was set: asked about an earlier moment, the schedule answers.
    for part in ("until", "since"):
        if part == "since" and value.get(part) is None:
            continue
        try:
            moment = datetime.fromisoformat(str(value.get(part)))
        except ValueError:
            problems.append(f"{part} must be an ISO 8601 time with offset")
            continue
        if moment.tzinfo is None:
            problems.append(f"{part} needs a UTC offset")
        clean[part] = moment.isoformat()
    _raise_all(problems)
    return clean


def _group_notify(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise ValueError('must map groups to {"mode": …, "throttle_minutes": N}')
    out: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    fates: list[str] = []
    whole = 0
    for group, rule in value.items():
        read = _group_rule(rule)
        problems += (f"{group}: {problem}" for problem in read.problems)
        if read.rule is not None:
            out[str(group)] = read.rule
        if read.dropped:
            fates.append(read.fate(str(group)))
        else:
            whole += 1
    if problems and out:
        # Each group's rule, and each key of it, stands alone: one slip in the flood
        # group's table must not unmute every other group.
        raise PartlyValid("; ".join(problems), out, "; ".join([*fates, *_others_apply(whole)]))
    _raise_all(problems)
    return out


def _others_apply(whole: int) -> list[str]:
    """The groups of a per-group table written without a slip, in one phrase."""
    if not whole:
        return []
    return [
        "the other group applies as written"
        if whole == 1
        else f"the other {whole} groups apply as written"
    ]


class _RuleRead(NamedTuple):
    """One group's notify rule as read: `rule` its sound keys at their defaults
    otherwise (None: the rule is dropped whole), `dropped` the keys left out."""

    rule: dict[str, Any] | None
    problems: list[str]
    dropped: list[str]

    def fate(self, group: str) -> str:
        if self.rule is None:
            return f"{group!r} is dropped"
        return (
            f"{group!r} applies without {listed(self.dropped)}: mode {self.rule['mode']}, "
            f"throttle_minutes {self.rule['throttle_minutes']}"
        )


# Keys written under notify.groups that belong to another setting.
_GROUP_KEYS_ELSEWHERE = {"priority": "triage.group_priority"}


def _group_rule(rule: Any) -> _RuleRead:
    if not isinstance(rule, Mapping):
        return _RuleRead(None, ['must be a table like {"mode": "mute"}'], ["the rule"])
    known = ("mode", "throttle_minutes")
    problems = _unknown_keys(rule, known)
    meant = [_GROUP_KEYS_ELSEWHERE[key] for key in rule if key in _GROUP_KEYS_ELSEWHERE]
    if meant:
        problems[-1] += f" (did you mean {meant[0]}?)"
    dropped = [str(key) for key in rule if key not in known]
    mode = rule.get("mode", "all")
    if mode not in NOTIFY_MODES:
        problems.append(f"mode must be one of {', '.join(NOTIFY_MODES)}")
        dropped.append("mode")
        mode = "all"
    throttle = rule.get("throttle_minutes", 0)
    try:
        _int_range(0, 24 * 60)(throttle)
    except ValueError as exc:
        problems.append(f"throttle_minutes {exc}")
        dropped.append("throttle_minutes")
        throttle = 0
    if dropped and not any(key in rule and key not in dropped for key in known):
        # Nothing of it is sound: it would only say the defaults.
        return _RuleRead(None, problems, list(rule))
    return _RuleRead({"mode": mode, "throttle_minutes": throttle}, problems, dropped)


# A group's priority as the settings dialog offers it, and as the 群 tab says it in Chinese.
GROUP_PRIORITY_WORDS: Mapping[str, str] = {
    **{word: word for word in ("important", "normal", "low")},
    "重要": "important",
    "普通": "normal",
    "次要": "low",
}


def _group_priorities(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError(
            'must map groups to important, normal or low, like {"县防指工作群" = "重要"}'
        )
    out: dict[str, str] = {}
    problems: list[str] = []
    dropped: list[str] = []
    for group, word in value.items():
        meant = GROUP_PRIORITY_WORDS.get(word.strip().lower()) if isinstance(word, str) else None
        if meant is None:
            problems.append(
                f"{group}: {word!r} is not a priority: use important, normal or low "
                "(重要, 普通, 次要)"
            )
            dropped.append(str(group))
        else:
            out[str(group)] = meant
    if problems and out:
        # One group's slip keeps the other groups' priorities.
        fates = [f"{listed(dropped)} {_is(dropped)} dropped", *_others_apply(len(out))]
        raise PartlyValid("; ".join(problems), out, "; ".join(fates))
    _raise_all(problems)
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
    Setting(
        "triage.own_unit",
        "",
        "Your own unit (本单位) as the groups write it, several names separated by 、 "
        "(桐坪镇、桐坪): a roll call says first whether it has reported, and a message asking "
        "it to act or report (or naming its problems in a 通报) is a task. Empty: guessed "
        "from your own display names in the groups (桐坪镇-李明).",
        _text,
    ),
    Setting(
        "triage.my_names",
        [],
        "Other names colleagues @-mention you by (方主任, 晓宁), besides your account's "
        "display name: a new message that @s one of them is marked @you, as one that @s "
        "that name. Two characters or more each.",
        _call_names,
    ),
    _whole(
        "ui.text_size",
        100,
        "Text size of the window and its dialogs, in percent of the system's own size "
        "(100, 125, 150 or 175 as the View menu steps; Ctrl++ and Ctrl+- change it).",
        100,
        175,
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
        "quiet.own_urgent_replies",
        True,
        "During quiet hours, still show (without sound) the replies to urgent items you "
        "sent yourself: your DINGs, and your notices that are urgent or due before quiet "
        "hours end, until 2 hours after their due time (12 hours after sending if none). "
        "The replies to one item share one pop-up.",
        _bool,
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
    _whole(
        "escalation.confirm_within_minutes",
        60,
        "A DING whose text names no time is to be confirmed within this many minutes of "
        "being posted (many units count a DING unconfirmed after an hour a violation): its "
        "banner and alerts say by when, and its last reminder comes 10 minutes before. Not "
        "its due time: the card's deadline is unchanged. 0: off.",
        0,
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
    Setting(
        "triage.group_priority",
        {},
        "Per group (by name or group id): its priority, important, normal or low (重要, 普通, "
        "次要), as each user sets it in the settings' Groups tab: an important group's "
        "messages rank higher and a borderline one counts as a task. Each user's own choice "
        "stands unless this is locked; locked, the groups it names keep the priority given.",
        _group_priorities,
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
    except PartlyValid as exc:
        raise SettingError(name, str(exc), kept=exc.kept, applies=exc.applies) from None
    except ValueError as exc:
        raise SettingError(name, str(exc)) from None
