"""The record of the group priorities desk gave from the administrator's policy
(triage.group_priority): what tells the policy's choice for a group from the user's, for
desk.store.group_presets to take it back and for a card's reason to say whose it is."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.core.group_priority import marked
from desk.store.models import Group, Setting

# The preset each group was last given, by its stored id: a preset is a default, given
# once, and what the user chooses after it, or chose before it, stands (unless the policy
# locks it).
GIVEN_SETTING = "policy_group_priorities_given"


def given(session: Session) -> dict[str, str]:
    """The priority desk last gave each group from the policy, by its stored id (str)."""
    row = session.get(Setting, GIVEN_SETTING)
    return dict(row.value) if row is not None else {}


def keep(session: Session, record: dict[str, str]) -> None:
    row = session.get(Setting, GIVEN_SETTING)
    if row is None:
        session.add(Setting(name=GIVEN_SETTING, value=record))
    else:
        row.value = record


def set_by_policy(record: dict[str, str], group: Group) -> bool:
    """Whether the priority the group is marked with is the one the policy gave it, as
    give_presets tells the policy's choice from the user's: one the user made before the
    policy said the same, or after it, is theirs."""
    standing = marked(group.priority, group.weight)
    return standing is not None and record.get(str(group.id)) == standing
