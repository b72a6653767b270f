"""A day added to the days off or make-up days is checked against the other list and the
official calendar (2026: 国庆节 1-7 October, 20 September a make-up Sunday)."""

from datetime import date

from desk.core.own_days import DayObjection, check_day_off, check_workday, first_day_shown
from desk.core.work_calendar import WorkCalendar

CALENDAR = WorkCalendar()
MONDAY, SATURDAY, SUNDAY = date(2026, 11, 23), date(2026, 11, 28), date(2026, 11, 29)
NATIONAL_DAY, MAKE_UP_SUNDAY = date(2026, 10, 1), date(2026, 9, 20)


def test_a_day_in_both_lists_is_refused_either_way() -> None:
    off = check_day_off(SUNDAY, {SUNDAY}, CALENDAR)
    working = check_workday(MONDAY, {MONDAY}, CALENDAR)
    assert off is not None and working is not None
    assert off.objection is working.objection is DayObjection.IN_OTHER_LIST
    assert off.refused and working.refused


def test_a_make_up_day_must_be_a_weekend_day_off() -> None:
    assert check_workday(SUNDAY, set(), CALENDAR) is None
    for already in (MONDAY, MAKE_UP_SUNDAY):
        check = check_workday(already, set(), CALENDAR)
        assert check is not None and check.refused
        assert check.objection is DayObjection.ALREADY_WORKING
    holiday = check_workday(NATIONAL_DAY, set(), CALENDAR)
    assert holiday is not None and holiday.refused
    assert (holiday.objection, holiday.day.holiday_name) == (DayObjection.STAYS_HOLIDAY, "国庆节")


def test_a_day_off_on_a_day_off_is_kept_with_a_word() -> None:
    assert check_day_off(MONDAY, set(), CALENDAR) is None
    assert check_day_off(MAKE_UP_SUNDAY, set(), CALENDAR) is None  # leave on a make-up day
    for already in (SATURDAY, NATIONAL_DAY):
        check = check_day_off(already, set(), CALENDAR)
        assert check is not None and not check.refused
        assert check.objection is DayObjection.ALREADY_OFF


def test_the_pickers_open_on_next_years_first_day_while_only_its_calendar_is_missing() -> None:
    december = date(2026, 12, 5)
    assert first_day_shown(december, [2027]) == date(2027, 1, 1)
    assert first_day_shown(december, []) == december
    # Next year is far off: this year's days are the ones to enter.
    assert first_day_shown(date(2026, 7, 1), [2027]) == date(2026, 7, 1)
    # This year's table is missing too: its days are still to be entered.
    assert first_day_shown(date(2027, 12, 10), [2027, 2028]) == date(2027, 12, 10)
