"""The priorities an administrator's policy presets for groups (triage.group_priority),
given to the groups it names as the user's own choice in the settings is: through the
group's weight, which triage adds to the group's new messages (see desk.store.weights)."""

from __future__ import annotations

from collections.abc import Mapping
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
    named group is held at it. Returns how many groups changed."""
    if not presets:
        return 0
    row = session.get(Setting, GIVEN_SETTING)
    given: dict[str, str] = dict(row.value) if row is not None else {}
    before = dict(given)
    query = select(Group)
    if account_id is not None:
        query = query.where(Group.account_id == account_id)
    changed = 0
    for group in session.scalars(query):
        preset = presets.get(group.remote_id) or presets.get(group.name)
        if preset is None:
            continue
        standing = nearest(group.weight)
        # Where the user changed it since (or had chosen before the policy came), theirs.
        # By the stored group's id: a room two accounts are in is two groups of one remote
        # id, and the second read the first's preset as given to it, kept at normal.
        key = str(group.id)
        untouched = standing == before.get(key, "normal")
        if standing != preset and (locked or untouched):
            mark_group(session, group, cast(Priority, preset), now)
            changed += 1
            # Only where desk gave it: a group the user had made important before the
            # preset said so too is theirs, and stays so when the preset changes.
            given[key] = preset
    if given != before:
        if row is None:
            session.add(Setting(name=GIVEN_SETTING, value=given))
        else:
            row.value = given
    return changed
