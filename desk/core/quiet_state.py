"""What quiet hours say at a moment: quiet or not, until when, and why.

Apart from `quiet_hours`, which works it out from the settings and the work calendar:
the window's indicator shows a state without loading the calendar's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class QuietReason(StrEnum):
    NIGHT = "night"
    # A block set in the working day (a lunch break, 12:30-13:30): quiet, not night.
    DAYTIME = "daytime"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    # A day off the user added themselves (leave), not an official holiday.
    DAY_OFF = "day_off"
    MANUAL = "manual"
    WORKDAY = "workday"
    # A Saturday or Sunday worked (调休): not quiet, and said so, not as a plain workday
    # (`desk quiet` said "workday" of a Saturday, as though the calendar were wrong).
    MAKEUP_WORKDAY = "makeup_workday"


# Quiet from midnight to midnight: such a day speaks for itself over a window of the night
# before that runs into it, and the switch names it (免打扰（元旦）至 …).
WHOLE_DAYS = (QuietReason.HOLIDAY, QuietReason.DAY_OFF)


@dataclass(frozen=True, slots=True)
class QuietState:
    quiet: bool
    until: datetime | None  # when this state ends; None on an ordinary working stretch
    reason: QuietReason
    # The holiday that makes it quiet now, or that a quiet night runs on into.
    holiday_name: str | None = None


@dataclass(frozen=True, slots=True)
class NextQuiet:
    """When quiet hours next begin, while they are off: 提醒已开启 alone left the user to
    guess whether 21:00 would be quiet (a tester, on a Friday evening)."""

    start: datetime
    # Quiet from that midnight to the next at least (a weekend all day, a holiday).
    whole_day: bool
