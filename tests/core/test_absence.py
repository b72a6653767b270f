"""Whether the user comes back from an absence, and from when, on a fixed clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk.core.absence import (
    LEAST_ABSENCE,
    NOTE_EVERY,
    Absence,
    DaySaid,
    absence,
    day_said,
    note_due,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
FRIDAY_EVENING = datetime(2026, 11, 6, 18, 4, tzinfo=SHANGHAI)
MONDAY_MORNING = datetime(2026, 11, 9, 8, 30, tzinfo=SHANGHAI)


def test_a_weekend_away_is_an_absence_from_the_last_presence_to_the_return() -> None:
    assert absence(FRIDAY_EVENING, MONDAY_MORNING) == Absence(FRIDAY_EVENING, MONDAY_MORNING)


def test_a_night_is_an_absence_and_a_long_meeting_is_not() -> None:
    evening = datetime(2026, 11, 9, 18, 0, tzinfo=SHANGHAI)
    assert absence(evening, evening + timedelta(hours=14, minutes=30)) is not None
    assert absence(evening, evening + timedelta(hours=4, minutes=30)) is None
    assert absence(evening, evening + LEAST_ABSENCE - timedelta(seconds=1)) is None
    assert absence(evening, evening + LEAST_ABSENCE) is not None


def test_no_absence_without_a_past_presence_or_with_a_clock_set_back() -> None:
    assert absence(None, MONDAY_MORNING) is None
    # The PC's clock was days fast when desk last ran: nothing came "since" a future time.
    assert absence(MONDAY_MORNING + timedelta(days=3), MONDAY_MORNING) is None


def test_presence_is_noted_every_few_minutes_and_at_once_after_a_clock_set_back() -> None:
    assert note_due(None, MONDAY_MORNING)
    assert not note_due(MONDAY_MORNING, MONDAY_MORNING + NOTE_EVERY - timedelta(seconds=1))
    assert note_due(MONDAY_MORNING, MONDAY_MORNING + NOTE_EVERY)
    assert note_due(MONDAY_MORNING, MONDAY_MORNING - timedelta(minutes=1))


def test_the_day_left_is_said_as_today_yesterday_a_weekday_or_a_date() -> None:
    assert day_said(MONDAY_MORNING - timedelta(hours=1), MONDAY_MORNING, SHANGHAI) is DaySaid.TODAY
    sunday_night = datetime(2026, 11, 8, 23, 0, tzinfo=SHANGHAI)
    assert day_said(sunday_night, MONDAY_MORNING, SHANGHAI) is DaySaid.YESTERDAY
    assert day_said(FRIDAY_EVENING, MONDAY_MORNING, SHANGHAI) is DaySaid.WEEKDAY
    # Seven days back, 周一 would read as today's weekday: the date says which.
    week_ago = MONDAY_MORNING - timedelta(days=7)
    assert day_said(week_ago, MONDAY_MORNING, SHANGHAI) is DaySaid.DATE


def test_the_day_is_the_users_not_utcs() -> None:
    # 00:30 in Shanghai is the evening before in UTC: still today for the user.
    just_after_midnight = datetime(2026, 11, 9, 0, 30, tzinfo=SHANGHAI)
    utc = just_after_midnight.astimezone(ZoneInfo("UTC"))
    assert day_said(utc, MONDAY_MORNING, SHANGHAI) is DaySaid.TODAY
