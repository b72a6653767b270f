"""When the user was last present in desk's window, and the absence they came back from,
kept between starts.

Rows of the settings table of their own (no setting a user or a policy sets), as
`page_check` keeps its time: a store restored from a backup brings its times with it.
The absence is kept once found, so that a restart (a language changed, a quit, a forced
reboot) still offers what came meanwhile: quitting notes "present now", and the next start
would find no absence to tell of.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from desk.core.absence import Absence
from desk.store.settings_store import drop_setting, put_setting, setting_row

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from desk.store.database import Sessions

LAST_PRESENT = "app.last_present"
# The absence the user came back from, as {"since": iso, "until": iso}; gone once they
# dismissed its line or read all that came.
KEPT_ABSENCE = "app.kept_absence"


class Presence(NamedTuple):
    """When the window was last in use (None: never), and the absence still offered."""

    last: datetime | None
    away: Absence | None


def _aware(value: object) -> datetime | None:
    try:
        found = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return found if found is not None and found.tzinfo is not None else None


def _absence(kept: object) -> Absence | None:
    if not isinstance(kept, dict):
        return None
    since, until = _aware(kept.get("since")), _aware(kept.get("until"))
    if since is None or until is None or until < since:
        return None
    return Absence(since, until)


def _value(conn: Connection, name: str) -> object:
    row = setting_row(conn, name)
    return row.value if row is not None else None


def last_present(sessions: Sessions) -> datetime | None:
    """When the window was last in use, or None (never, or a value not desk's)."""
    with sessions.connect() as conn:
        return _aware(_value(conn, LAST_PRESENT))


def presence(sessions: Sessions) -> Presence:
    """When the window was last in use, and the absence kept (None: none, or not desk's)."""
    with sessions.connect() as conn:
        return Presence(_aware(_value(conn, LAST_PRESENT)), _absence(_value(conn, KEPT_ABSENCE)))


def note_present(sessions: Sessions, at: datetime) -> None:
    """Notes that the window was in use at `at`."""
    with sessions.transaction() as conn:
        put_setting(conn, LAST_PRESENT, at.isoformat())


def keep_absence(sessions: Sessions, away: Absence) -> None:
    """Keeps `away`, in place of any absence kept before (a newer one replaces it)."""
    value = {"since": away.since.isoformat(), "until": away.until.isoformat()}
    with sessions.transaction() as conn:
        put_setting(conn, KEPT_ABSENCE, value)


def forget_absence(sessions: Sessions, away: Absence) -> None:
    """Offers `away` no more; a newer absence kept meanwhile stays."""
    with sessions.transaction() as conn:
        if _absence(_value(conn, KEPT_ABSENCE)) == away:
            drop_setting(conn, KEPT_ABSENCE)
