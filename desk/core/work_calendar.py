"""Which days are working days: the official Chinese calendar, with its make-up days (调休).

The `chinese-calendar` package knows the State Council's tables up to its release; a
year it does not know falls back to Monday–Friday with the holidays that can be foreseen
(元旦, 1-5 May and 1-7 October by date; 春节 from 除夕 to 初七, 清明, 端午 and 中秋 from the
lunar calendar and the solar term; a one-day festival on a weekend made up on the Monday)
and says so (`known`), unless an administrator supplied
that year's table. Other days added around a festival, and the make-up days, wait for one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import chinese_calendar  # type: ignore[import-untyped]
from lunardate import LunarDate  # type: ignore[import-untyped]

# The State Council publishes a year's holidays late in the year before: 2022's on 25 October
# 2021, 2023's on 8 December 2022, 2024's on 25 October 2023, 2025's on 12 November 2024.
# Before November next year's table is almost never out, and its absence nothing to act
# on; from then on a missing one is worth saying (settings and status bar alike).
NEXT_YEAR_EXPECTED = (11, 1)


def missing_years(today: date, known: Callable[[int], bool]) -> list[int]:
    """The years whose official holiday table desk should say it lacks on `today`:
    this year's, and next year's once it is expected (NEXT_YEAR_EXPECTED), each only if
    `known` says the calendar does not have it."""
    years = [today.year]
    if (today.month, today.day) >= NEXT_YEAR_EXPECTED:
        years.append(today.year + 1)
    return [year for year in years if not known(year)]


class DayKind(StrEnum):
    WORKDAY = "workday"
    WEEKEND = "weekend"  # an ordinary Saturday or Sunday
    HOLIDAY = "holiday"  # statutory holiday (or a day off the user or admin added)
    MAKEUP = "makeup"  # a weekend day made a working day (调休)


@dataclass(frozen=True, slots=True)
class Day:
    kind: DayKind
    holiday_name: str | None = None

    @property
    def working(self) -> bool:
        return self.kind in (DayKind.WORKDAY, DayKind.MAKEUP)


# Solar-date holidays that need no State Council table, with the days off the tables have
# always added (1-5 May and 1-7 October since 2020).
FIXED_HOLIDAYS: Mapping[tuple[int, int], str] = {
    (1, 1): "元旦",
    **{(5, d): "劳动节" for d in range(1, 6)},
    **{(10, d): "国庆节" for d in range(1, 8)},
}


@dataclass(frozen=True, slots=True)
class YearTable:
    """A year's holidays (date → name) and make-up working days, e.g. from an admin policy."""

    holidays: Mapping[date, str] = field(default_factory=dict)
    makeup_days: frozenset[date] = frozenset()


class WorkCalendar:
    def __init__(
        self,
        tables: Mapping[int, YearTable] | None = None,
        days_off: Mapping[date, str] | None = None,
        workdays: Iterable[date] = (),
    ) -> None:
        """`tables` replace the package for their years; `days_off` are extra rest days;
        `workdays` make weekend days working days (make-up days), never a holiday: they
        fill in a year the calendar does not know yet, and must not undo one it learns."""
        self._tables = dict(tables or {})
        self._days_off = dict(days_off or {})
        self._workdays = frozenset(workdays)

    def workdays(self) -> frozenset[date]:
        """The make-up working days entered for years the calendar does not know."""
        return self._workdays

    def known(self, year: int) -> bool:
        """False when the year falls back to the weekly pattern (the UI warns)."""
        return year in self._tables or _package_knows(year)

    def day(self, d: date) -> Day:
        if d in self._days_off:
            return Day(DayKind.HOLIDAY, self._days_off[d])
        day = self._official(d)
        if day.kind is DayKind.WEEKEND and d in self._workdays:
            return Day(DayKind.MAKEUP)
        return day

    def _official(self, d: date) -> Day:
        table = self._tables.get(d.year)
        if table is not None:
            return _from_table(d, table)
        if _package_knows(d.year):
            return _from_package(d)
        return _fallback(d)


def _weekend(d: date) -> bool:
    return d.weekday() >= 5


def _from_table(d: date, table: YearTable) -> Day:
    if d in table.holidays:
        return Day(DayKind.HOLIDAY, table.holidays[d])
    if d in table.makeup_days:
        return Day(DayKind.MAKEUP)
    return Day(DayKind.WEEKEND) if _weekend(d) else Day(DayKind.WORKDAY)


_CHINESE_NAMES: Mapping[str, str] = {h.value: h.chinese for h in chinese_calendar.Holiday}


# Cached: quiet hours ask for some forty days at each alert check and each painted cell
# of the Settings grid, triage the day of every message posted on a Sunday, and the
# package validates and looks up every date it is asked (about 0.07 ms).
@lru_cache(maxsize=1024)
def _from_package(d: date) -> Day:
    on_holiday, holiday = chinese_calendar.get_holiday_detail(d)
    # The package names holidays by English string ("National Day"); officials, and the
    # tables in admin policies, use the official Chinese names (国庆节).
    name = _CHINESE_NAMES.get(holiday, holiday) if holiday is not None else None
    if on_holiday and name is not None:
        return Day(DayKind.HOLIDAY, name)
    if on_holiday:
        return Day(DayKind.WEEKEND)
    if _weekend(d):
        return Day(DayKind.MAKEUP, name)
    return Day(DayKind.WORKDAY)


# One-day festivals whose day off, falling on a Saturday or Sunday, is given on the Monday
# after (全国年节及纪念日放假办法, art. 6: 适逢星期六、星期日，应当在工作日补假): 元旦 2028
# on a Saturday is off 1-3 January, as 2022's was.
_MADE_UP_ON_MONDAY = frozenset({"元旦", "清明", "端午", "中秋"})


def _fallback(d: date) -> Day:
    name = _foreseen(d)
    if name is None and d.weekday() == 0:
        for back in (1, 2):
            weekend_name = _foreseen(d - timedelta(days=back))
            if weekend_name in _MADE_UP_ON_MONDAY:
                name = weekend_name
    if name is not None:
        return Day(DayKind.HOLIDAY, name)
    return Day(DayKind.WEEKEND) if _weekend(d) else Day(DayKind.WORKDAY)


def _foreseen(d: date) -> str | None:
    """The holiday `d` is by date or by the moon and the sun, in a year no table covers."""
    return FIXED_HOLIDAYS.get((d.month, d.day)) or _festivals(d.year).get(d)


# The years lunardate's table covers: outside them (a message dated 2150, or 9999) a year
# has its fixed holidays and 清明 only, not a ValueError that stops triage.
_LUNAR_YEARS = (1900, 2100)


@lru_cache(maxsize=8)
def _festivals(year: int) -> dict[date, str]:
    """The statutory festival days of `year` that follow the moon or the sun's terms, named
    as the package names them."""
    days: dict[date, str] = {}
    if _LUNAR_YEARS[0] <= year < _LUNAR_YEARS[1]:
        # 除夕 to 初七: the statutory four days and the four the tables have always added.
        eve = LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)
        days.update({eve + timedelta(days=n): "春节" for n in range(8)})
        days[LunarDate(year, 5, 5).to_solar_date()] = "端午"
        days[LunarDate(year, 8, 15).to_solar_date()] = "中秋"
    # 清明 by the usual formula for the solar term in this century (4 or 5 April).
    y = year % 100
    days[date(year, 4, int(y * 0.2422 + 4.81) - y // 4)] = "清明"
    return days


@lru_cache(maxsize=64)
def _package_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True
