"""Checking a day the user adds to their own days off or make-up working days (调休上班日):
against the other list, and against the official calendar, where it may change nothing."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desk.core.work_calendar import Day, DayKind, WorkCalendar


class DayObjection(StrEnum):
    # Refused: a day cannot be both a day off and a working day.
    IN_OTHER_LIST = "in_other_list"
    # Refused: a make-up day turns a weekend day into a working day; on a day that works
    # already it changes nothing, and was most likely meant for the weekend next to it.
    ALREADY_WORKING = "already_working"
    # Refused: the calendar never lets a make-up day undo a holiday (see WorkCalendar), so
    # it would be listed and silently ignored.
    STAYS_HOLIDAY = "stays_holiday"
    # Kept, with a word: a day off on a weekend or holiday still does something (quiet all
    # day, not only in the weekend row's hours or when holidays are set quiet), which a
    # user may want; but it may be a slip for a working day.
    ALREADY_OFF = "already_off"


@dataclass(frozen=True, slots=True)
class DayCheck:
    objection: DayObjection
    day: Day  # as the official calendar has it (a holiday's name)

    @property
    def refused(self) -> bool:
        return self.objection is not DayObjection.ALREADY_OFF


def check_day_off(day: date, workdays: Collection[date], calendar: WorkCalendar) -> DayCheck | None:
    """What is wrong with adding `day` to the days off, if anything. `calendar` is the
    official one, without the user's own days."""
    official = calendar.day(day)
    if day in workdays:
        return DayCheck(DayObjection.IN_OTHER_LIST, official)
    if official.kind in (DayKind.WEEKEND, DayKind.HOLIDAY):
        return DayCheck(DayObjection.ALREADY_OFF, official)
    return None


def check_workday(day: date, days_off: Collection[date], calendar: WorkCalendar) -> DayCheck | None:
    """What is wrong with adding `day` to the make-up working days, if anything."""
    official = calendar.day(day)
    if day in days_off:
        return DayCheck(DayObjection.IN_OTHER_LIST, official)
    if official.working:
        return DayCheck(DayObjection.ALREADY_WORKING, official)
    if official.kind is DayKind.HOLIDAY:
        return DayCheck(DayObjection.STAYS_HOLIDAY, official)
    return None


def first_day_shown(today: date, unknown_years: Collection[int], ahead: int = 62) -> date:
    """The day the days-off and working-days pickers open on: today, unless the official
    calendar lacks next year's table, not this year's, and next year begins within `ahead`
    days (November and December, when its days off are the ones to enter)."""
    coming = date(today.year + 1, 1, 1)
    if today.year in unknown_years or coming.year not in unknown_years:
        return today
    return coming if (coming - today).days <= ahead else today
