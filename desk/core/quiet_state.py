"""What quiet hours say at a moment: quiet or not, until when, and why.

Apart from `quiet_hours`, which works it out from the settings and the work calendar:
the window's indicator shows a state without loading the calendar's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.core.quiet_reason import WHOLE_DAYS as WHOLE_DAYS
from desk.core.quiet_reason import QuietReason as QuietReason


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
