"""When the user was last present in desk's window, and the absence they came back from,
kept between starts.

Rows of the settings table of their own (no setting a user or a policy sets), as
`page_check` keeps its time: a store restored from a backup brings its times with it.
The absence is kept once found, so that a restart (a language changed, a quit, a forced
reboot) still offers what came meanwhile: quitting notes "present now", and the next start
would find no absence to tell of.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from desk.core.absence import Absence
from desk.store.models import Setting

LAST_PRESENT = "app.last_present"
# The absence the user came back from, as {"since": iso, "until": iso}; gone once they
# dismissed its line or read all that came.
KEPT_ABSENCE = "app.kept_absence"


@dataclass(frozen=True, slots=True)
class Presence:
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


def _value(session: Session, name: str) -> object:
    row = session.get(Setting, name)
    return row.value if row is not None else None


def last_present(sessions: sessionmaker[Session]) -> datetime | None:
    """When the window was last in use, or None (never, or a value not desk's)."""
    with sessions() as session:
        return _aware(_value(session, LAST_PRESENT))


def presence(sessions: sessionmaker[Session]) -> Presence:
    """When the window was last in use, and the absence kept (None: none, or not desk's)."""
    with sessions() as session:
        return Presence(
            _aware(_value(session, LAST_PRESENT)), _absence(_value(session, KEPT_ABSENCE))
        )


def note_present(sessions: sessionmaker[Session], at: datetime) -> None:
    """Notes that the window was in use at `at`."""
    with sessions.begin() as session:
        session.merge(Setting(name=LAST_PRESENT, value=at.isoformat()))


def keep_absence(sessions: sessionmaker[Session], away: Absence) -> None:
    """Keeps `away`, in place of any absence kept before (a newer one replaces it)."""
    value = {"since": away.since.isoformat(), "until": away.until.isoformat()}
    with sessions.begin() as session:
        session.merge(Setting(name=KEPT_ABSENCE, value=value))


def forget_absence(sessions: sessionmaker[Session], away: Absence) -> None:
    """Offers `away` no more; a newer absence kept meanwhile stays."""
    with sessions.begin() as session:
        row = session.get(Setting, KEPT_ABSENCE)
        if row is not None and _absence(row.value) == away:
            session.delete(row)
