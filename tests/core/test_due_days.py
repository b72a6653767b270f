"""A due time further off, said by calendar day in the user's zone (see desk.core.due_days)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from desk.core.due_days import day_span, days_ahead, on_day
from desk.core.reasons import SAYS_HOW_LONG, at_reason, describe, due_reason, standing_at
from tests.conftest import SHANGHAI

# Monday 7 December 2026, 09:00 in Shanghai; the clock's own instant is UTC.
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI).astimezone(UTC)


def _said(due: datetime, now: datetime = MONDAY, event: bool = False) -> str:
    return describe(standing_at(at_reason(due, event), now, tz=SHANGHAI))


def _on(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=SHANGHAI)


def test_days_are_counted_by_the_calendar_in_the_user_s_zone_not_by_24_hours() -> None:
    # 01:00 on Tuesday in Shanghai is still Monday in UTC: a day ahead all the same.
    assert days_ahead(_on(8, 1), MONDAY, SHANGHAI) == 1
    assert days_ahead(_on(7, 23, 59), MONDAY, SHANGHAI) == 0
    late_monday = _on(7, 23, 30)
    assert days_ahead(_on(8, 0, 30), late_monday, SHANGHAI) == 1


def test_a_due_time_more_than_12_hours_off_says_its_day_as_an_official_counts_it() -> None:
    # A tester on a Monday, of 截止 12-08 17:30: which weekday, and how many days left?
    assert _said(_on(7, 23, 0)) == "due today 23:00"
    assert _said(_on(8, 17, 30)) == "due tomorrow 17:30"
    assert _said(_on(9, 17, 30)) == "due the day after tomorrow 17:30"
    assert _said(_on(11, 17, 30)) == "due Fri 12-11 17:30 · 4 days left"
    # Two weeks on, its weekday is still said; past them, its date and the days left.
    assert _said(_on(21, 10)) == "due Mon 12-21 10:00 · 14 days left"
    assert _said(_on(22, 10)) == "due 12-22 10:00 · 15 days left"
    assert (
        _said(datetime(2027, 1, 20, 10, tzinfo=SHANGHAI)) == "due 2027-01-20 10:00 · 44 days left"
    )


def test_within_12_hours_it_is_still_how_long_is_left() -> None:
    tonight = MONDAY + SAYS_HOW_LONG - timedelta(minutes=1)
    assert _said(tonight) == "due in 11 h 59 min"
    assert _said(MONDAY + SAYS_HOW_LONG) == "due today 21:00"


def test_a_meeting_further_off_says_the_day_it_starts() -> None:
    assert _said(_on(8, 9), event=True) == "starts tomorrow 09:00"
    assert _said(_on(10, 14, 30), event=True) == "starts Thu 12-10 14:30 · in 3 days"


def test_the_card_s_due_line_and_a_due_soon_reason_say_the_same() -> None:
    friday = _on(11, 17, 30)
    soon = standing_at(at_reason(friday, False), MONDAY, tz=SHANGHAI)
    assert due_reason(friday, MONDAY, False, tz=SHANGHAI) == soon
    assert on_day(friday, MONDAY, SHANGHAI, False) == soon


def test_without_the_user_s_zone_the_reason_keeps_its_date_as_triage_says_it() -> None:
    # `desk triage` has no user: its reasons stay as they were stored.
    assert describe(standing_at(at_reason(_on(8, 17, 30), False), MONDAY)) == (
        "deadline 12-08 17:30"
    )


def test_today_runs_from_the_user_s_midnight_to_the_next_not_utc_s() -> None:
    # 23:30 in Shanghai is 15:30 UTC: still Monday there, ending at Tuesday 00:00 +08.
    late = datetime(2026, 12, 7, 15, 30, tzinfo=UTC)
    monday = (datetime(2026, 12, 7, tzinfo=SHANGHAI), datetime(2026, 12, 8, tzinfo=SHANGHAI))
    assert day_span(late, SHANGHAI) == monday
    # A minute past midnight there, it is Tuesday.
    assert day_span(late + timedelta(minutes=31), SHANGHAI) == (
        monday[1],
        datetime(2026, 12, 9, tzinfo=SHANGHAI),
    )


def test_a_day_of_a_clock_change_ends_at_its_own_midnight() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 29 March 2026 has 23 hours there; its end is still the next day's midnight.
    morning = datetime(2026, 3, 29, 9, 0, tzinfo=berlin)
    start, end = day_span(morning, berlin)
    assert (start, end) == (
        datetime(2026, 3, 29, tzinfo=berlin),
        datetime(2026, 3, 30, tzinfo=berlin),
    )
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23)
    assert end.astimezone(UTC) == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)


def test_a_due_time_at_midnight_is_said_as_24_00_of_the_day_before() -> None:
    # 12月9日24:00截止 read 截止 12-10（周四）00:00, a day later than the notice says and
    # than its relay's 12月9日截止 (a tester). The instant is the same.
    assert _said(_on(10, 0)) == "due the day after tomorrow 24:00"
    assert _said(_on(11, 0)) == "due Thu 12-10 24:00 · 3 days left"
    assert _said(_on(8, 0)) == "due today 24:00"
    # Something that happens at midnight starts its day.
    assert _said(_on(10, 0), event=True) == "starts Thu 12-10 00:00 · in 3 days"
