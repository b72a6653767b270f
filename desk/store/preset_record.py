"""The record of the group priorities desk gave from the administrator's policy
(triage.group_priority): what tells the policy's choice for a group from the user's, for
desk.store.group_presets to take it back and for a card's reason to say whose it is, and
which of the policy's entries gave it, for the group to keep it when it is renamed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.core.group_priority import marked
from desk.store.models import Group, Setting

# What each group was last given, by its stored id: a preset is a default, given once, and
# what the user chooses after it, or chose before it, stands (unless the policy locks it).
GIVEN_SETTING = "policy_group_priorities_given"


@dataclass(frozen=True, slots=True)
class Given:
    """The priority desk gave a group from the policy, and the policy's key it gave it by:
    the group's id, or the name the group had then ("" where a desk before this one gave
    it, which kept only the priority)."""

    priority: str
    by: str = ""


def given(session: Session) -> dict[str, Given]:
    """What desk last gave each group from the policy, by its stored id (str)."""
    row = session.get(Setting, GIVEN_SETTING)
    if row is None:
        return {}
    # A desk before this one kept the priority alone.
    return {
        key: Given(entry) if isinstance(entry, str) else Given(*entry)
        for key, entry in dict(row.value).items()
    }


def keep(session: Session, record: dict[str, Given]) -> None:
    value = {key: [entry.priority, entry.by] for key, entry in record.items()}
    row = session.get(Setting, GIVEN_SETTING)
    if row is None:
        session.add(Setting(name=GIVEN_SETTING, value=value))
    else:
        row.value = value


def given_priority(record: dict[str, Given], group: Group) -> str | None:
    entry = record.get(str(group.id))
    return entry.priority if entry is not None else None


def set_by_policy(record: dict[str, Given], group: Group) -> bool:
    """Whether the priority the group is marked with is the one the policy gave it, as
    give_presets tells the policy's choice from the user's: one the user made before the
    policy said the same, or after it, is theirs."""
    standing = marked(group.priority, group.weight)
    return standing is not None and given_priority(record, group) == standing
