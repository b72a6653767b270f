"""desk's first days with a user: the guide over the inbox says what desk does and which
keys move through it, until the user closes it or has used desk on GUIDE_DAYS days
before this one. Days of use, not days since the first start: desk installed on a Friday
and first opened the next Wednesday has not been used in between."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

# By the fourth day of use the keys are known, or F1 and the menus say them.
GUIDE_DAYS = 3


def guide_due(days_used: Iterable[date], today: date, closed: bool) -> bool:
    """Whether the guide is shown `today`, desk used on `days_used` (today among them or
    not), and the user `closed` it or not."""
    return not closed and len({day for day in days_used if day < today}) < GUIDE_DAYS


def with_day(days_used: Iterable[date], today: date) -> list[date]:
    """The days of use to keep once desk is used `today`: the first ones, as many as
    decide whether the guide is due, in order."""
    return sorted({*days_used, today})[: GUIDE_DAYS + 1]
