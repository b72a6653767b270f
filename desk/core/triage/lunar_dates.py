"""Due dates said on the lunar calendar: 正月十五前, 腊月二十八之前, 农历八月十五前, 除夕前,
元宵节前, 小年前, 初三前. Around the Spring Festival notices count days that way.

Only "by" phrases (…前) are read, and only months that cannot be Gregorian ones
(正月, 冬月, 腊月, or any month after 农历): "十月十五前" is left to the Gregorian reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from lunardate import LunarDate  # type: ignore[import-untyped]

from desk.core.triage.numerals import number

# Quick test before the full pattern: most texts name nothing lunar.
HINT = re.compile(r"正月|冬月|腊月|农历|除夕|大年三十|元宵|小年|初[一二三四五六七八九十]")

_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_UNITS = "一二三四五六七八九"
_DAY = rf"初[{_UNITS}十]|十[{_UNITS}]?|二十[{_UNITS}]?|廿[{_UNITS}]|三十"
_LUNAR = re.compile(
    rf"(?:(?P<farmer>农历)(?P<nmonth>十[一二]|[一二三四五六七八九十正冬腊])月"
    rf"|(?P<month>[正冬腊])月)(?P<day>{_DAY})(?:日|号)?"
    # 初三前 said around the festival: the first month's.
    rf"|(?<![月\d])(?P<first>初[{_UNITS}十])"
    r"|(?P<eve>除夕|大年三十)"
    r"|(?P<lantern>元宵)节?"
    # 小年 as the north and the official calendar keep it: the 23rd of the 12th month.
    r"|(?P<little>小年)"
)
# 前, or a date given in brackets then 前: 正月初十（2月26日）前.
_BY = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）]\s*)?(?:之前|以前|前)")
# A bare 初X names a day of the first month only when that day is close.
_FIRST_MONTH_REACH = timedelta(days=40)


class LunarDue(NamedTuple):
    """A lunar "by" phrase: where it stands in the text and the solar day it names."""

    start: int
    end: int
    day: date


def lunar_dues(text: str, today: date) -> list[LunarDue]:
    """Every lunar "by" phrase in canonical `text`, on its next solar day from `today`."""
    found: list[LunarDue] = []
    for match in _LUNAR.finditer(text):
        by = _BY.match(text, match.end())
        if by is None:
            continue
        if match.group("eve"):
            day = _next(today, _eve)
        elif match.group("lantern"):
            day = _next(today, partial(_solar, month=1, day=15))
        elif match.group("little"):
            day = _next(today, partial(_solar, month=12, day=23))
        elif match.group("first"):
            day = _next(today, partial(_solar, month=1, day=_day_number(match.group("first"))))
            if day is not None and day - today > _FIRST_MONTH_REACH:
                continue
        else:
            month_name = match.group("month") or match.group("nmonth")
            month = _MONTHS.get(month_name) or number(month_name)
            lunar_day = _day_number(match.group("day"))
            day = _next(today, partial(_solar, month=month, day=lunar_day))
        if day is not None:
            found.append(LunarDue(match.start(), by.end(), day))
    return found


def _next(today: date, in_year: Callable[[int], date | None]) -> date | None:
    """The day `in_year` gives for this lunar year or the next, whichever is not past."""
    try:
        this_year = LunarDate.from_solar_date(today.year, today.month, today.day).year
    except ValueError:  # outside the table (1900-2099)
        return None
    for year in (this_year, this_year + 1):
        day = in_year(year)
        if day is not None and day >= today:
            return day
    return None


def _eve(year: int) -> date | None:
    """除夕: the last day of the lunar year, whether the 12th month has 29 days or 30."""
    new_year = _solar(year + 1, 1, 1)
    return new_year - timedelta(days=1) if new_year is not None else None


def _solar(year: int, month: int, day: int) -> date | None:
    """The solar date of a lunar one; the 30th of a 29-day month is its last day."""
    for lunar_day in (day, day - 1) if day == 30 else (day,):
        try:
            solar: date = LunarDate(year, month, lunar_day).to_solar_date()
        except ValueError:
            continue
        return solar
    return None


def _day_number(text: str) -> int:
    """初三 → 3, 十五 → 15, 廿三 → 23, 三十 → 30."""
    return number(text.removeprefix("初"))
