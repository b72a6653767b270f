"""The user's own unit as desk uses it: the setting (triage.own_unit), else the unit their
own display names in the groups say (桐坪镇-李明; see desk.core.own_unit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from desk.store import tables

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from desk.core.own_unit import OwnUnit

SETTING = "triage.own_unit"


def user_names(session: Session | Connection) -> list[str]:
    """The user's display names: each account's own, and the user's name in each group of
    it (a group of the district shows 桐坪镇-李明 where the town's own show 李明)."""
    names: list[str] = []
    for account_id, config in session.execute(
        select(tables.accounts.c.id, tables.accounts.c.config)
    ):
        config = config or {}
        if config.get("me_name"):
            names.append(str(config["me_name"]))
        user_id = config.get("user_id")
        if user_id:
            # By (group, user), the members' own key: a few lookups per group.
            names.extend(
                session.scalars(
                    select(tables.members.c.name)
                    .join(tables.groups, tables.groups.c.id == tables.members.c.group_id)
                    .where(
                        tables.groups.c.account_id == account_id,
                        tables.members.c.user_id == str(user_id),
                    )
                )
            )
    return names


def guessed_unit(session: Session | Connection, also: Sequence[str] = ()) -> str | None:
    """The unit the user's own display names say (those stored, and `also`), None if
    none does."""
    # Here, not at the top: it reads names with triage's rules, which the window's process
    # loads only once a card asks units to report (see desk.store.roll_calls).
    from desk.core.own_unit import guess_unit

    return guess_unit([*user_names(session), *also])


def own_unit(
    session: Session | Connection, configured: str, also: Sequence[str] = ()
) -> OwnUnit | None:
    """The unit in force: the setting's (`configured`), else the guess (from the names
    stored and `also`), else none. A setting that says no kind (桐坪) takes the guess's
    where it is the same name (桐坪街道): else it is read as a town (see
    desk.core.own_unit)."""
    from desk.core.own_unit import OwnUnit, in_force  # see guessed_unit

    unit = OwnUnit.of(configured)
    if unit is None:
        return in_force("", guessed_unit(session, also))
    if unit.says_kind:
        return unit
    return unit.with_kind_of(guessed_unit(session, also))
