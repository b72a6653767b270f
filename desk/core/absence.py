"""When the user was away from desk long enough to be told what came meanwhile.

desk notes when its window was last in use (a key, a click, a scroll in it, or the window
activated: merely staying active, on a PC locked over the weekend, is not use) and, coming
back to it after a real absence (a night, a weekend, a day of meetings), the window says
what arrived since then, counted as the views count, and lists only that on request. Pure:
the window keeps the times, the store the counts.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

# An absence is at least this long. A lunch break (2 h) or a half-day meeting (4-5 h) is
# not one: the inbox is as the user left it, minus what they have been notified of. A
# night is (18:00 to 08:30 is 14.5 h), and so is a working day spent away from the PC.
# Under 8 h the line would come after every long meeting and soon be dismissed unread.
LEAST_ABSENCE = timedelta(hours=8)
# While the window is in use, when it was last in use is noted this often: a crash or a
# power cut loses at most this much, which a LEAST_ABSENCE of hours does not feel, and a
# write every few minutes costs nothing next to sync's.
NOTE_EVERY = timedelta(minutes=5)


class Absence(NamedTuple):
    """The user was away from `since` (their last presence) until `until` (their return)."""

    since: datetime
    until: datetime


def absence(
    last_present: datetime | None, now: datetime, least: timedelta = LEAST_ABSENCE
) -> Absence | None:
    """The absence the user comes back from at `now`, last present at `last_present`; None
    when there was none to speak of: never present before (a first start has no past to
    tell), away less than `least`, or a clock set back past the last presence (its time
    is not to be trusted, and nothing can have come "since" a moment still ahead)."""
    if last_present is None or now < last_present:
        return None
    if now - last_present < least:
        return None
    return Absence(last_present, now)


def note_due(last_noted: datetime | None, now: datetime, every: timedelta = NOTE_EVERY) -> bool:
    """Whether presence is to be noted again at `now`, last noted at `last_noted`: every
    `every`, and at once after a clock set back (the note would otherwise stand in the
    future, and the next absence be measured from there)."""
    return last_noted is None or now < last_noted or now - last_noted >= every


class DaySaid(StrEnum):
    """How the day an absence began is said: 今天, 昨天, a weekday of the past week (周五),
    or its date, further back (a weekday could then be last week's or the one before)."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    WEEKDAY = "weekday"
    DATE = "date"


def day_said(since: datetime, now: datetime, tz: ZoneInfo) -> DaySaid:
    """How to say the day of `since` to a reader at `now`, both in the user's zone `tz`."""
    days = (now.astimezone(tz).date() - since.astimezone(tz).date()).days
    if days <= 0:
        return DaySaid.TODAY
    if days == 1:
        return DaySaid.YESTERDAY
    if days < 7:
        return DaySaid.WEEKDAY
    return DaySaid.DATE
