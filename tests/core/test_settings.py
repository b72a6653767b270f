"""The declared settings' parsers: every problem of a list or table named in one message."""

from __future__ import annotations

from typing import Any

import pytest

from desk.core import settings


def _problem(name: str, value: Any) -> str:
    with pytest.raises(settings.SettingError) as caught:
        settings.validate(name, value)
    return caught.value.problem


def test_every_bad_date_of_a_list_is_named() -> None:
    assert _problem("quiet.days_off", ["2027-02-30", "2027-02-14", "2027-2-6", 3]) == (
        "'2027-02-30', '2027-2-6' and 3 are not dates like 2026-12-31"
    )


def test_dates_python_reads_but_people_do_not_write_are_refused() -> None:
    assert _problem("quiet.workdays", ["20270214"]) == ("'20270214' is not a date like 2026-12-31")


def test_every_bad_window_and_unknown_day_is_named() -> None:
    assert _problem(
        "quiet.windows",
        {"funday": [], "sunday": [], "mon": ["25:00-08:00"], "tue": ["08:00-08:00"]},
    ) == (
        "unknown days 'funday' and 'sunday': use mon, tue, wed, thu, fri, sat, sun, makeup; "
        "mon: '25:00-08:00' is not a window like 18:00-08:30; tue: '08:00-08:00' is empty"
    )


def test_every_regional_holiday_problem_is_named() -> None:
    assert _problem(
        "calendar.local_holidays", {"2027-04-31": "泼水节", "2027-04-13": "", "2027-04-14": " "}
    ) == (
        "'2027-04-31' is not a date like 2026-12-31; 2027-04-13 and 2027-04-14 have no holiday name"
    )


def test_every_group_rule_problem_is_named() -> None:
    assert _problem(
        "notify.groups",
        {"机关工会群": {"mdoe": "mute"}, "!g2": {"mode": "loud", "throttle_minutes": -1}},
    ) == (
        "机关工会群: unknown key 'mdoe': use mode, throttle_minutes; !g2: mode must be one of "
        "all, mentions_urgent, mute; !g2: throttle_minutes must be a whole number from 0 to 1440"
    )


def test_every_bad_name_of_a_list_is_named() -> None:
    assert _problem("quiet.breakthrough_senders", ["张三", "", 7]) == (
        "must be a list of names or ids: '' and 7 are not names or ids"
    )


def test_an_override_names_both_of_its_bad_times() -> None:
    assert _problem(
        "quiet.override", {"mode": "quiet", "until": "soon", "since": "2027-01-01"}
    ) == ("until must be an ISO 8601 time with offset; since needs a UTC offset")


def test_a_setting_error_carries_the_years_that_stand() -> None:
    with pytest.raises(settings.SettingError) as caught:
        settings.validate(
            "calendar.tables",
            {"2027": {"holidays": {"2027-01-01": "元旦"}}, "2028": {"holiday": {}}},
        )
    assert (
        caught.value.applies
        == "2027 applies whole; 2028 is dropped whole: desk's own calendar stands for it"
    )
    assert caught.value.kept == {"2027": {"holidays": {"2027-01-01": "元旦"}, "makeup_days": []}}
