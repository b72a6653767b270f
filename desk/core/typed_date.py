"""A date as a person types it into a day field: 2027-01-04, 2027/1/4, 2027.1.4, 20270104,
2027年1月4日, or without the year (1-4, 1月4日, 1月4号), in half- or full-width digits."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_WITH_YEAR = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_WITHOUT_YEAR = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")


def typed_date(text: str, today: date) -> date | None:
    """The date `text` names, None if it names none. Without its year, the next such day
    from `today` on: 1月4日 typed in December is January's to come, 12月31日 this month's."""
    # NFKC folds full-width digits and marks (２０２７－０１－０４) into the ones matched.
    said = unicodedata.normalize("NFKC", text).strip()
    for pattern in (_WITH_YEAR, _COMPACT):
        found = pattern.fullmatch(said)
        if found:
            return _valid(int(found[1]), int(found[2]), int(found[3]))
    found = _WITHOUT_YEAR.fullmatch(said)
    if found is None:
        return None
    month, day = int(found[1]), int(found[2])
    this_year = _valid(today.year, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    # Gone this year (or 2月29日 outside a leap year): the next year that has it.
    return _valid(today.year + 1, month, day)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 2027-02-30
        return None
