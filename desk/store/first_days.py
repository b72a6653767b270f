"""The days desk was used on, and whether its first-days guide was closed (see
desk.core.first_days), kept between starts.

A row of the settings table of its own (no setting a user or a policy sets), as
`presence` keeps its times.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from desk.core.first_days import with_day
from desk.store.settings_store import put_setting, setting_row

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from desk.store.database import Sessions

GUIDE = "app.first_days"


class FirstDays(NamedTuple):
    """The days desk was used on (the first few), and whether the guide was closed."""

    days: tuple[date, ...] = ()
    guide_closed: bool = False


def _days(value: object) -> tuple[date, ...]:
    days: list[date] = []
    for text in value if isinstance(value, list) else []:
        try:
            days.append(date.fromisoformat(text))
        except (TypeError, ValueError):
            continue  # not desk's: the others still count
    return tuple(days)


def _read(conn: Connection) -> FirstDays:
    row = setting_row(conn, GUIDE)
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    return FirstDays(_days(value.get("days")), value.get("guide_closed") is True)


def _write(conn: Connection, kept: FirstDays) -> None:
    value = {"days": [day.isoformat() for day in kept.days], "guide_closed": kept.guide_closed}
    put_setting(conn, GUIDE, value)


def first_days(sessions: Sessions) -> FirstDays:
    """What is kept (nothing on a new data dir)."""
    with sessions.connect() as conn:
        return _read(conn)


def note_day_used(sessions: Sessions, today: date) -> None:
    """Notes that desk is used `today`."""
    with sessions.transaction() as conn:
        kept = _read(conn)
        days = tuple(with_day(kept.days, today))
        if days != kept.days:
            _write(conn, FirstDays(days, kept.guide_closed))


def close_guide(sessions: Sessions) -> None:
    """Notes that the user closed the guide: it is not shown again."""
    with sessions.transaction() as conn:
        _write(conn, FirstDays(_read(conn).days, guide_closed=True))
