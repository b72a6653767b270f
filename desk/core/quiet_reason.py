"""Why quiet hours are on or off (a code the UI names), apart from the states that carry it.

The window's quiet switch names the reasons from its first paint; the states themselves
(desk.core.quiet_state, two dataclasses) come with the services after that paint (issue 8).
"""

from __future__ import annotations

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
