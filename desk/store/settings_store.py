"""Setting values in the store, checked against the core's declarations."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk.core import settings
from desk.store.models import Setting

log = logging.getLogger("desk.store.settings")


class SettingsStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, name: str) -> Any:
        return self.all()[name]

    def all(self) -> dict[str, Any]:
        """Every declared setting: the stored value where valid, else the default."""
        values = {s.name: s.default for s in settings.DECLARED}
        with self._sessions() as session:
            stored = session.execute(
                select(Setting.name, Setting.value).where(Setting.name.in_(values))
            ).all()
        for name, value in stored:
            try:
                values[name] = settings.validate(name, value)
            except settings.SettingError as exc:
                # An older or hand-edited value: the default serves until the user sets it.
                log.warning("ignoring stored %s: %s", name, exc.problem)
        return values

    def set(self, name: str, value: Any) -> Any:
        """Stores a valid value (SettingError otherwise) and returns it normalised."""
        clean = settings.validate(name, value)
        with self._sessions.begin() as session:
            row = session.get(Setting, name)
            if row is None:
                session.add(Setting(name=name, value=clean))
            else:
                row.value = clean
        return clean
