"""The user's own unit as desk uses it: the setting (triage.own_unit), else the unit their
own display names in the groups say (桐坪镇-李明; see desk.core.own_unit)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.own_unit import OwnUnit, guess_unit, in_force, parse_units
from desk.store.models import Account, Group, Member

SETTING = "triage.own_unit"


def user_names(session: Session) -> list[str]:
    """The user's display names: each account's own, and the user's name in each group of
    it (a group of the district shows 桐坪镇-李明 where the town's own show 李明)."""
    names: list[str] = []
    for account_id, config in session.execute(select(Account.id, Account.config)):
        config = config or {}
        if config.get("me_name"):
            names.append(str(config["me_name"]))
        user_id = config.get("user_id")
        if user_id:
            # By (group, user), the members' own key: a few lookups per group.
            names.extend(
                session.scalars(
                    select(Member.name)
                    .join(Group, Group.id == Member.group_id)
                    .where(Group.account_id == account_id, Member.user_id == str(user_id))
                )
            )
    return names


def guessed_unit(session: Session, also: Sequence[str] = ()) -> str | None:
    """The unit the user's own display names say (those stored, and `also`), None if
    none does."""
    return guess_unit([*user_names(session), *also])


def own_unit(session: Session, configured: str, also: Sequence[str] = ()) -> OwnUnit | None:
    """The unit in force: the setting's (`configured`), else the guess (from the names
    stored and `also`), else none."""
    if parse_units(configured):
        return OwnUnit.of(configured)
    return in_force("", guessed_unit(session, also))
