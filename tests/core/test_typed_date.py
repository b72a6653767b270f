"""Dates as a person types them into the days-off and working-days fields."""

from __future__ import annotations

from datetime import date

import pytest

from desk.core.typed_date import typed_date


@pytest.mark.parametrize(
    "text",
    [
        "2027-01-04",
        "2027-1-4",
        "2027/1/4",
        "2027.01.04",
        "20270104",
        "2027年1月4日",
        "2027年1月4号",
        " 2027 - 01 - 04 ",
        "２０２７－０１－０４",  # full width, from a Chinese input method
        "２０２７年１月４日",
    ],
)
def test_the_forms_people_type_name_the_date(text: str) -> None:
    assert typed_date(text, date(2026, 12, 5)) == date(2027, 1, 4)


@pytest.mark.parametrize("text", ["1-4", "1/4", "1月4日", "01月04号", "１月４日"])
def test_a_date_without_its_year_is_the_next_such_day(text: str) -> None:
    assert typed_date(text, date(2026, 12, 5)) == date(2027, 1, 4)
    assert typed_date(text, date(2027, 1, 4)) == date(2027, 1, 4)


def test_a_later_day_of_this_year_without_its_year_is_this_years() -> None:
    # A reviewer's 12月31日 in December, with the field open on 2027, went to 2027-12-31.
    assert typed_date("12月31日", date(2026, 12, 5)) == date(2026, 12, 31)
    assert typed_date("2-29", date(2027, 3, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text", ["", "2027", "2027-02-30", "2027-13-01", "2027-01-04 08:00", "明天", "1月", "abc"]
)
def test_what_names_no_date_is_none(text: str) -> None:
    assert typed_date(text, date(2026, 12, 5)) is None
