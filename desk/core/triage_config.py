"""What triage is told about its user, apart from the engine: the window's process builds
it and hands it to a triage process without loading the engine and its rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from desk.core.lessons import Lesson
    from desk.core.work_calendar import WorkCalendar

# How long after its first post a notice still gathers forwards.
FOLD_WINDOW = timedelta(days=7)
# The time a due day said without one stands for (明天前报: 17:30 that day).
END_OF_DAY = time(17, 30)
_SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class TriageConfig:
    """Who the user is and what they have taught triage.

    `group_weights` is keyed by group id and `sender_weights` by sender id; a weight is
    added to the action/info points (about ±1 moves a borderline item across the line).
    `group_marked` names, by group id, the priority the user set for a group whose weight
    still stands for it ("important" or "low"), for the reason to say so.
    `lessons` holds what corrections across the noise line taught, by (group id, sender
    id): that sender's like in that group alone (see desk.core.lessons).
    `work_calendar` says which days are working days (节后第一个工作日, 3个工作日内): the
    national calendar when None, else with an admin's tables and regional holidays.
    `unit` is the user's own unit as the setting writes it (桐坪镇、桐坪; see
    desk.core.own_unit), or None: a message naming it among those asked is the user's task.
    """

    me_names: tuple[str, ...] = ()
    tz: tzinfo = _SHANGHAI
    group_weights: Mapping[str, float] = field(default_factory=dict)
    sender_weights: Mapping[str, float] = field(default_factory=dict)
    group_marked: Mapping[str, str] = field(default_factory=dict)
    lessons: Mapping[tuple[str, str], Lesson] = field(default_factory=dict)
    ack_window: timedelta = timedelta(hours=6)
    fold_window: timedelta = FOLD_WINDOW
    work_calendar: WorkCalendar | None = None
    unit: str | None = None
