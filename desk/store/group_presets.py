"""The priorities an administrator's policy presets for groups (triage.group_priority),
given to the groups it names as the user's own choice in the settings is: through the
group's weight, which triage adds to the group's new messages (see desk.store.weights)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.core.group_priority import Priority, nearest
from desk.store.models import Group, Setting
from desk.store.weights import mark_group

# The preset each group was last given, by its id: a preset is a default, given once, and
# what the user chooses after it, or chose before it, stands (unless the policy locks it).
GIVEN_SETTING = "policy_group_priorities_given"


@dataclass(frozen=True, slots=True)
class _Plan:
    """What give_presets would do: the groups to mark so, and the record after."""

    marks: list[tuple[Group, Priority]]
    given: dict[str, str]
    before: dict[str, str]

    @property
    def empty(self) -> bool:
        return not self.marks and self.given == self.before


def presets_due(
    session: Session, presets: Mapping[str, str], locked: bool, account_id: int | None = None
) -> bool:
    """Whether give_presets would change anything: read without the write lock, so that
    a batch takes it only when a preset is to be given or taken back."""
    return not _plan(session, presets, locked, account_id).empty


def give_presets(
    session: Session,
    presets: Mapping[str, str],
    locked: bool,
    now: datetime,
    account_id: int | None = None,
) -> int:
    """Gives the groups `presets` names (by id or name; of `account_id`, or of every
    account) their preset priority, where the user has not chosen another: a group is
    given it while it stands where desk, or the preset given before, left it. Locked, every
    named group is held at it. A group given a preset the policy no longer names goes back
    to normal while it stands at what was given. Returns how many groups changed."""
    plan = _plan(session, presets, locked, account_id)
    if plan.empty:
        return 0
    for group, priority in plan.marks:
        mark_group(session, group, priority, now)
    row = session.get(Setting, GIVEN_SETTING)
    if row is None:
        session.add(Setting(name=GIVEN_SETTING, value=plan.given))
    else:
        row.value = plan.given
    return len(plan.marks)


def _plan(
    session: Session, presets: Mapping[str, str], locked: bool, account_id: int | None
) -> _Plan:
    row = session.get(Setting, GIVEN_SETTING)
    before: dict[str, str] = dict(row.value) if row is not None else {}
    given = dict(before)
    marks: list[tuple[Group, Priority]] = []
    if not presets and not before:
        return _Plan(marks, given, before)
    query = select(Group)
    if account_id is not None:
        query = query.where(Group.account_id == account_id)
    for group in session.scalars(query):
        preset = presets.get(group.remote_id) or presets.get(group.name)
        standing = nearest(group.weight)
        # By the stored group's id: a room two accounts are in is two groups of one remote
        # id, and the second read the first's preset as given to it, kept at normal.
        key = str(group.id)
        if preset is None:
            if key not in before:
                continue
            # Taken out of the policy (or the policy removed): back where it was before
            # the preset, unless the user chose another since; nothing is left to tell
            # desk's choice from theirs, so the record goes either way.
            if standing == before[key] != "normal":
                marks.append((group, "normal"))
            del given[key]
            continue
        # Where the user changed it since (or had chosen before the policy came), theirs.
        untouched = standing == before.get(key, "normal")
        if standing != preset and (locked or untouched):
            marks.append((group, cast(Priority, preset)))
            # Only where desk gave it: a group the user had made important before the
            # preset said so too is theirs, and stays so when the preset changes.
            given[key] = preset
    return _Plan(marks, given, before)
