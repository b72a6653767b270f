"""Setting values in the store, checked against the core's declarations."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from desk.core import settings
from desk.core.policy import EMPTY, Policy
from desk.store import tables

if TYPE_CHECKING:
    from sqlalchemy import Connection, Row
    from sqlalchemy.dialects.sqlite import Insert

    from desk.store.database import Sessions

log = logging.getLogger("desk.store.settings")

# The stored values found invalid and logged so far, by name, of each store: the settings
# are read at every alert check and sync batch, and each logged the same value again.
_logged: WeakKeyDictionary[Sessions, set[tuple[str, str]]] = WeakKeyDictionary()


class SettingsStore:
    """Reads and writes through Core connections: the window reads its settings before
    its first paint, which does not wait for the ORM (see Sessions)."""

    def __init__(self, sessions: Sessions, policy: Policy = EMPTY) -> None:
        self._sessions = sessions
        self.policy = policy

    @property
    def locked(self) -> frozenset[str]:
        return self.policy.locked

    def get(self, name: str) -> Any:
        return self.all()[name]

    def is_set(self, name: str) -> bool:
        """Whether the user's own valid value of `name` is stored (not its default, nor
        the policy's preset): a store made afresh has none."""
        with self._sessions.connect() as conn:
            row = setting_row(conn, name)
            if row is None:
                return False
            stored = row.value
        try:
            settings.validate(name, stored)
        except settings.SettingError:
            return False
        return True

    def all(self) -> dict[str, Any]:
        """Every declared setting in force: the user's valid value, the policy's preset, or
        the default; a setting the policy locks always has the policy's value."""
        user: dict[str, Any] = {}
        with self._sessions.connect() as conn:
            stored = conn.execute(select(_NAME, _VALUE).where(_NAME.in_(settings.BY_NAME))).all()
        for name, value in stored:
            try:
                user[name] = settings.validate(name, value)
            except settings.SettingError as exc:
                # An older or hand-edited value: the default serves until the user sets it,
                # or what of it stands alone (a name among the user's that a newer desk
                # refuses: the others still find them).
                if exc.applies:
                    user[name] = exc.kept
                _log_once(self._sessions, name, value, exc)
        return self.policy.apply(user)

    def set(self, name: str, value: Any) -> Any:
        """Stores a valid value (SettingError otherwise) and returns it normalised."""
        return self.set_many({name: value})[name]

    def set_many(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Stores valid values (SettingError, and none stored, otherwise) in one
        transaction, and returns them normalised: a store that fails part way (a full
        disk) keeps none of them, so the settings dialog can say none were saved."""
        clean: dict[str, Any] = {}
        for name, value in values.items():
            if name in self.policy.locked:
                raise settings.SettingError(name, "locked by your administrator")
            clean[name] = settings.validate(name, value)
        with self._sessions.transaction() as conn:
            for name, value in clean.items():
                # Run here, not in put_setting: a failure's log names set_many.
                conn.execute(_put(name, value))
        return clean


_NAME = tables.settings.c.name
_VALUE = tables.settings.c.value


def setting_row(conn: Connection, name: str) -> Row[tuple[Any]] | None:
    """The row of the settings table named `name` (its `value`), or None."""
    return conn.execute(select(_VALUE).where(name == _NAME)).first()


def drop_setting(conn: Connection, name: str) -> None:
    """Removes the row named `name`, if there is one."""
    conn.execute(delete(tables.settings).where(name == _NAME))


def put_setting(conn: Connection, name: str, value: Any) -> None:
    """Stores `value` under `name`, as a new row or over the old one."""
    conn.execute(_put(name, value))


def _put(name: str, value: Any) -> Insert:
    new = insert(tables.settings).values(name=name, value=value)
    return new.on_conflict_do_update(index_elements=[_NAME], set_={"value": new.excluded.value})


def _log_once(sessions: Sessions, name: str, value: Any, error: settings.SettingError) -> None:
    """Says once what of a stored value is not used, and what is."""
    logged = _logged.setdefault(sessions, set())
    key = (name, json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
    if key in logged:
        return
    logged.add(key)
    if error.applies:
        log.warning("stored %s in part: %s; %s", name, error.problem, error.applies)
    else:
        log.warning("ignoring stored %s: %s", name, error.problem)
