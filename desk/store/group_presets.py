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
from desk.store import preset_record
from desk.store.models import Group
from desk.store.preset_record import Given
from desk.store.weights import mark_group


@dataclass(frozen=True, slots=True)
class _Plan:
    """What give_presets would do: the groups to mark so, and the record after."""

    marks: list[tuple[Group, Priority]]
    given: dict[str, Given]
    before: dict[str, Given]

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
        # The cards it moves say the administrator set it (normal says nothing).
        mark_group(session, group, priority, now, by_policy=True)
    preset_record.keep(session, plan.given)
    return len(plan.marks)


def _plan(
    session: Session, presets: Mapping[str, str], locked: bool, account_id: int | None
) -> _Plan:
    before = preset_record.given(session)
    given = dict(before)
    marks: list[tuple[Group, Priority]] = []
    if not presets and not before:
        return _Plan(marks, given, before)
    query = select(Group)
    if account_id is not None:
        query = query.where(Group.account_id == account_id)
    for group in session.scalars(query):
        # By the stored group's id: a room two accounts are in is two groups of one remote
        # id, and the second read the first's preset as given to it, kept at normal.
        key = str(group.id)
        was = before.get(key)
        by = named_by(group, presets, was)
        standing = nearest(group.weight)
        if by is None:
            if was is None:
                continue
            # Taken out of the policy (or the policy removed): back where it was before
            # the preset, unless the user chose another since; nothing is left to tell
            # desk's choice from theirs, so the record goes either way.
            if standing == was.priority != "normal":
                marks.append((group, "normal"))
            del given[key]
            continue
        preset = presets[by]
        # Where the user changed it since (or had chosen before the policy came), theirs.
        untouched = standing == (was.priority if was is not None else "normal")
        if standing != preset and (locked or untouched):
            marks.append((group, cast(Priority, preset)))
            # Only where desk gave it: a group the user had made important before the
            # preset said so too is theirs, and stays so when the preset changes.
            given[key] = Given(preset, by)
        elif was is not None and was.by != by:
            # Which entry names it now (its name, where a desk before this one kept none),
            # for it to keep the preset when renamed.
            given[key] = Given(was.priority, by)
    return _Plan(marks, given, before)


def named_by(group: Group, presets: Mapping[str, str], was: Given | None) -> str | None:
    """The key of `presets` that names the group: its id, its name, or the name it had
    when desk gave it the preset. A group is the same group renamed (its year, a typo
    mended): the preset the administrator gave it by name stays with it, locked or not,
    while the policy keeps that entry; a group later given the name gets it too."""
    if group.remote_id in presets:
        return group.remote_id
    if group.name in presets:
        return group.name
    if was is not None and was.by in presets:
        return was.by
    return None


def preset_names(session: Session, presets: Mapping[str, str]) -> dict[str, str]:
    """The key of `presets` each group given a preset is named by, by its remote id, for
    the settings to hold a locked one renamed since (see named_by)."""
    record = preset_record.given(session)
    found: dict[str, str] = {}
    for group in session.scalars(select(Group)):
        by = named_by(group, presets, record.get(str(group.id)))
        if by is not None:
            found[group.remote_id] = by
    return found
