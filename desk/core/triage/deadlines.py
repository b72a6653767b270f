"""Chinese time expressions → aware datetimes, and the deadline a person would note.

`scan` finds every day/time mention in a canonical text (see normalize.canonical) and
resolves it against the message time in the user's zone; `extract_deadline` picks the due
time from those mentions:

- an explicit deadline ("…前", "…截止", "本周内") wins over a bare meeting time;
- among several, the earliest future one wins, so a forward's own earlier internal
  deadline beats the upstream one it quotes, and a sign-in time beats the start time;
- a date without a clock time is due at 17:30 (end of the working day), 下班 is 17:30,
  上班 is 08:30, 中午 is 12:00;
- times after 原定 are what a correction replaces, and are skipped;
- a clock time without a day inherits the last day mentioned before it.

Folding reuses the resolved mentions to compare the dates two notices talk about.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple

END_OF_DAY = time(17, 30)
START_OF_DAY = time(8, 30)
NOON = time(12, 0)

_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CN_DIGIT = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

_DAY = (
    r"(?P<md>(?:(?P<mon>\d{1,2})月)?(?P<dd>\d{1,2})[日号])"
    r"|(?P<rel>今天|今日|今晚|今早|今夜|当天|当日|明天|明日|明早|明晚|后天|每天|每日)"
    r"|(?P<weekin>本周内|这周内|本星期内)"
    r"|(?P<monthend>本月底|月底|月末)"
    r"|(?P<wkpre>本|这|下|每)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
)
_PART = r"上午|下午|中午|晚上|早上|傍晚|凌晨|夜里|夜间|早|晚"
_TIME = (
    r"(?P<h>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：](?P<mi>\d{2})|点(?:(?P<half>半)|(?P<pm>\d{1,2})分?)?"
    r"|时(?P<hm>\d{1,2})分)"
    r"|(?P<shift>下班|上班)"
)
# The groups of which a mention has at least one.
_PARTS = ("md", "rel", "weekin", "monthend", "wd", "paren", "part", "h", "shift", "suffix")
_MENTION_BODY = (
    rf"(?<![\d.])(?:{_DAY})?"
    r"(?:\s*\((?P<paren>[^()]{0,16})\))?"
    rf"\s*(?P<part>{_PART})?"
    rf"\s*(?:{_TIME})?"
    r"(?P<suffix>\s*(?:之前|以前|前|截止|为止))?"
    # Fail rather than match nothing: finditer would hand back an empty match at every
    # position the lookahead lets through, and each costs a trip through the loop below.
    + "".join(f"(?({group})|" for group in _PARTS)
    + "(?!)"
    + ")" * len(_PARTS)
)
# The lookahead lets the scanner skip fast over characters that cannot start a mention.
_MENTION = re.compile(r"(?=[\d今明后每本这下周星礼月上中晚早当凌夜傍])" + _MENTION_BODY)
# A bare hour in Chinese numerals (十点半) starts on a numeral, which notices are full of
# (一季度, 第三, 一要): only a text that has one scans from every numeral.
_MENTION_SPOKEN = re.compile(
    r"(?=[\d今明后每本这下周星礼月上中晚早当凌夜傍一二两三四五六七八九十])" + _MENTION_BODY
)
_SPOKEN_HOUR = re.compile(r"[一二两三四五六七八九十]点")
# Every mention that scan keeps has a day, a clock time or 中午…前, so it holds one of
# these; a text without any has no mention and skips the scanner. Two patterns, so that
# each starts with a known set of characters and the regex engine can skip ahead.
_TIME_DIGIT = re.compile(r"\d[日号:：点时]")
_TIME_WORD = re.compile(
    r"今[天日晚早夜]|当[天日]|明[天日早晚]|后天|每[天日]|周内|星期内|月[底末]"
    r"|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上班|下班|中午"
    r"|[一二两三四五六七八九十]点"
)
# "两小时内", "30分钟内", "半小时之内": due that long after the message.
_WITHIN = re.compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)\s*个?\s*(?P<unit>小时|钟头|分钟)(?:之内|以内|内)"
)
# What a correction says the old value was changed to: 由1月9日调整为1月8日.
_CHANGED_TO = (
    r"调整为|调整到|改为|改到|推迟到|推迟至|延期到|延期至|延长到|延长至|提前到|提前至|变更为"
)
_REPLACED_AFTER = re.compile(rf"\s*(?:{_CHANGED_TO})")
_NEW_VALUE_PREFIX = re.compile(rf"(?:{_CHANGED_TO})\s*$")
# "今天是医保缴费最后一天": the day named is the due day.
_LAST_DAY_AFTER = re.compile(r"[^,，。;；!！?？\n]{0,20}?(?:最后一天|最后期限|截止日)")
_PAREN_DATE = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日")
_RANGE_AFTER = re.compile(r"\s*(?:至|到|—|–|~|-)\s*\d")
_RANGE_BEFORE = re.compile(r"(?:\d[日号点]?|[日号点分半])\s*(?:至|到|—|–|~|-)\s*$")
_STRONG_PREFIX = re.compile(r"截止(?:时间|日期)?(?:为|到|至)?\s*$")
_REPLACED_PREFIX = re.compile(r"原定\s*$|原\s*$")
_TASK_AFTER = re.compile(r"\s*(?:把|将|前|交|报)")
_EVENING = ("晚上", "傍晚", "夜里", "夜间", "晚")


class TimeMention(NamedTuple):
    """One day/time expression, resolved.

    `explicit` marks a due-by phrase (…前, …截止); `clock` marks a stated clock time;
    `replaced` marks a time that a correction supersedes (原定…). A named tuple rather
    than a frozen dataclass: a long notice yields a dozen, and a tuple is built in a
    fraction of the time.
    """

    start: int
    end: int
    day: date
    at: time | None
    explicit: bool
    clock: bool
    replaced: bool
    in_range: bool
    relative: bool
    dated: bool

    def instant(self, tz: tzinfo) -> datetime:
        return datetime.combine(self.day, self.at or END_OF_DAY, tzinfo=tz)


def scan(text: str, ts: datetime, tz: tzinfo) -> list[TimeMention]:
    """Every day/time mention in canonical `text`, resolved against `ts` in `tz`."""
    local = ts.astimezone(tz)
    today = local.date()
    context_day = today
    found: list[TimeMention] = []
    if "内" in text:
        found.extend(_within(text, local))
    if not _TIME_DIGIT.search(text) and not _TIME_WORD.search(text):
        return found
    # Where the last day mention ended: a clock time on a later line is the poster's own
    # instruction, not a time inside the notice quoted above it.
    context_end = 0
    mention = _MENTION_SPOKEN if _SPOKEN_HOUR.search(text) else _MENTION
    for match in mention.finditer(text):
        groups = match.groupdict()
        rel, weekin = groups["rel"], groups["weekin"]
        has_day = bool(groups["md"] or rel or weekin or groups["monthend"] or groups["wd"])
        part = groups["part"]
        suffix = bool(groups["suffix"])
        if (
            not has_day
            and not (groups["h"] or groups["shift"])
            and not (part and suffix and part == "中午")
        ):
            continue
        if (
            groups["h"]
            and not groups["h"].isdigit()
            and not _spoken_hour_is_time(groups, text, match.end())
        ):
            # "第三点要求", "快一点": a spoken numeral before 点 is a time only when the
            # phrase says so (下午三点, 十点半, 两点前).
            continue
        day = _resolve_day(groups, today, local) if has_day else context_day
        if day is None:
            continue
        if not has_day and context_day != today and "\n" in text[context_end : match.start()]:
            at_today, _ = _resolve_time(groups, part)
            if at_today is not None and datetime.combine(today, at_today, tzinfo=tz) >= local:
                day = today
        if groups["paren"]:
            paren_day = _paren_day(groups["paren"], today)
            if paren_day is not None:
                day = paren_day
        if has_day:
            context_day = day
            context_end = match.end()
        at, clock = _resolve_time(groups, part)
        if (
            rel in ("每天", "每日")
            and at is not None
            and datetime.combine(day, at, tzinfo=tz) < local
        ):
            day += timedelta(days=1)
        if groups["wkpre"] == "每" and datetime.combine(day, at or END_OF_DAY, tzinfo=tz) < local:
            day += timedelta(days=7)
        if at is None and weekin:
            at = END_OF_DAY
        start, end = match.span()
        before = text[max(0, start - 6) : start]
        after = text[end : end + 3]
        explicit = (
            suffix
            or bool(weekin)
            or bool(_STRONG_PREFIX.search(before))
            or bool(_NEW_VALUE_PREFIX.search(before))
            or (has_day and at is None and _LAST_DAY_AFTER.match(text, end) is not None)
        )
        if not explicit and part in ("上午", "下午") and not clock and _TASK_AFTER.match(after):
            # "下周一上午把台账发我": a half-day is the due time when a task follows.
            at = NOON if part == "上午" else END_OF_DAY
            explicit = True
        in_range = bool(_RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before))
        found.append(
            TimeMention(
                start,
                end,
                day,
                at,
                explicit,
                clock and not groups["hm"],
                bool(_REPLACED_PREFIX.search(before) or _REPLACED_AFTER.match(text, end)),
                in_range,
                bool(rel or groups["wd"] or weekin),
                has_day,
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due time, and whether the text said "by" (前, 截止) rather than just a time."""

    at: datetime
    explicit: bool


def find_deadline(text: str, ts: datetime, tz: tzinfo) -> Deadline | None:
    """The due time a person would note for canonical `text`, or None."""
    return choose_deadline(scan(text, ts, tz), ts, tz)


def choose_deadline(found: list[TimeMention], ts: datetime, tz: tzinfo) -> Deadline | None:
    """The due time among the mentions `scan` found (see the module docstring)."""
    local = ts.astimezone(tz)
    mentions = [m for m in found if not m.replaced]
    explicit = [m.instant(tz) for m in mentions if m.explicit and m.instant(tz) >= local]
    if explicit:
        return Deadline(min(explicit), True)
    implicit = [
        m.instant(tz) for m in mentions if m.clock and not m.in_range and m.instant(tz) >= local
    ]
    return Deadline(min(implicit), False) if implicit else None


def extract_deadline(text: str, ts: datetime, tz: tzinfo) -> datetime | None:
    """Just the instant of `find_deadline`."""
    found = find_deadline(text, ts, tz)
    return found.at if found else None


def _resolve_day(groups: dict[str, str | None], today: date, local: datetime) -> date | None:
    if groups["md"]:
        month = int(groups["mon"]) if groups["mon"] else today.month
        return _safe_date(today, month, int(groups["dd"] or 0))
    rel = groups["rel"]
    if rel:
        if rel.startswith(("今", "当", "每")):
            return today
        if rel.startswith("明"):
            return today + timedelta(days=1)
        return today + timedelta(days=2)
    monday = today - timedelta(days=today.weekday())
    if groups["weekin"]:
        return monday + timedelta(days=4)
    if groups["monthend"]:
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    weekday = _WEEKDAY[groups["wd"] or "一"]
    prefix = groups["wkpre"]
    if prefix == "下":
        return monday + timedelta(days=7 + weekday)
    day = monday + timedelta(days=weekday)
    if prefix in (None, "每") and day < today:
        day += timedelta(days=7)
    return day


@lru_cache(maxsize=1024)
def _safe_date(today: date, month: int, day: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    year = today.year
    # A month far behind the current one is next year's (posted in December about January),
    # one far ahead is last year's (posted in January about December).
    if month < today.month - 6:
        year += 1
    elif month > today.month + 6:
        year -= 1
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _paren_day(paren: str | None, today: date) -> date | None:
    if not paren:
        return None
    found = _PAREN_DATE.search(paren)
    if found is None:
        return None
    month = int(found.group(1)) if found.group(1) else today.month
    return _safe_date(today, month, int(found.group(2)))


def _resolve_time(groups: dict[str, str | None], part: str | None) -> tuple[time | None, bool]:
    """The clock time of a mention and whether it was stated as a clock time."""
    if groups["shift"]:
        return (END_OF_DAY if groups["shift"] == "下班" else START_OF_DAY), False
    if groups["h"] is None:
        if part in ("中午",):
            return NOON, False
        if groups["suffix"] and part == "上午":
            return NOON, False
        return None, False
    hour = _number(groups["h"])
    minute_text = groups["mi"] or groups["pm"] or groups["hm"]
    minute = 30 if groups["half"] else int(minute_text) if minute_text else 0
    evening = part in _EVENING or groups["rel"] in ("今晚", "明晚")
    if ((part == "下午" or evening) and hour < 12) or (part == "中午" and hour < 3):
        hour += 12
    elif part is None and not evening and 1 <= hour <= 6 and not groups["rel"]:
        # Office talk: "2点前" means 14:00; nobody sets a 2 a.m. deadline without saying so.
        hour += 12
    if hour > 23 or minute > 59:
        return None, False
    return time(hour, minute), True


def _number(text: str) -> int:
    """An hour or count written in digits or in Chinese numerals up to 99 (十, 两, 二十三)."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(units, 0) if units else 0)


_SPOKEN_HOUR_TAIL = re.compile(r"钟|整")


def _spoken_hour_is_time(groups: dict[str, str | None], text: str, end: int) -> bool:
    return bool(
        groups["part"]
        or groups["half"]
        or groups["pm"]
        or groups["suffix"]
        or _SPOKEN_HOUR_TAIL.match(text, end)
    )


def _within(text: str, local: datetime) -> list[TimeMention]:
    """Mentions of a span from now ("两小时内"): due that long after the message."""
    found = []
    for match in _WITHIN.finditer(text):
        amount, unit = match.group("n"), match.group("unit")
        if amount == "半":
            minutes = 30 if unit != "分钟" else 0
        else:
            minutes = _number(amount) * (1 if unit == "分钟" else 60)
        if not 0 < minutes <= 24 * 60:
            continue
        due = (local + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
        start, end = match.span()
        found.append(
            TimeMention(
                start,
                end,
                due.date(),
                due.time(),
                True,
                True,
                False,
                False,
                True,
                False,
            )
        )
    return found
