"""When the user was last present in desk's window, kept between starts.

A row of the settings table of its own (no setting a user or a policy sets), as
`page_check` keeps its time: a store restored from a backup brings its time with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from desk.store.models import Setting

LAST_PRESENT = "app.last_present"


def last_present(sessions: sessionmaker[Session]) -> datetime | None:
    """When the window was last in use, or None (never, or a value not desk's)."""
    with sessions() as session:
        row = session.get(Setting, LAST_PRESENT)
        value = row.value if row is not None else None
    try:
        found = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return found if found is not None and found.tzinfo is not None else None


def note_present(sessions: sessionmaker[Session], at: datetime) -> None:
    """Notes that the window was in use at `at`."""
    with sessions.begin() as session:
        session.merge(Setting(name=LAST_PRESENT, value=at.isoformat()))
