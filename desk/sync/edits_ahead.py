"""Triage's verdicts on a batch's edits, judged before the store's write lock is taken.

An edit is applied under the write lock, so that a tier the user sets meanwhile is not
overwritten by one triage decided on the row as it was. Triage judging each edit there
held the lock 1.0-1.1 s for a batch of 200 edits at 300,000 messages, and the window's
own writes (a card read, a tier moved) waited as long. They are judged first, outside
it; under the lock each edit reads its row again and asks again, and a verdict judged
ahead answers only a question about the very same message (text, sender, time, group,
mention, DING), so a row changed meanwhile is judged anew, and a tier set by hand is
read under the lock as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.connectors.protocol import MessageEdit
from desk.core.messages import Message as CoreMessage
from desk.core.messages import Role, Verdict
from desk.core.reasons import UNSORTED
from desk.store.models import Group, Message, from_ms
from desk.sync.triage_process import Triage

# Remote ids per query, well under SQLite's limit of bound values.
_IDS_AT_ONCE = 500


# What `stored_core` reads of a stored message, its group joined.
CORE_COLUMNS = (
    Message.remote_id,
    Message.sender_id,
    Message.sender_name,
    Message.sender_role,
    Message.ts_ms,
    Message.text,
    Message.mentions_me,
    Message.ding,
    Group.remote_id.label("group_remote_id"),
    Group.name.label("group_name"),
)


def stored_core(
    row: Any,
    group_remote_id: str,
    group_name: str,
    *,
    from_me: bool = False,
    sent_ding: bool = False,
) -> CoreMessage:
    """A stored message (a Message, or a row of its columns) as triage reads it; `from_me`:
    the user's own post; `sent_ding`: a DING they sent."""
    return CoreMessage(
        id=row.remote_id,
        group_id=group_remote_id,
        group_name=group_name,
        sender_id=row.sender_id,
        sender_name=row.sender_name,
        sender_role=Role(row.sender_role),
        ts=from_ms(row.ts_ms),
        text=row.text,
        mentions_me=row.mentions_me,
        ding=row.ding,
        from_me=from_me,
        sent_ding=sent_ding,
    )


def edit_order(edit: MessageEdit) -> tuple[datetime, str]:
    """Which of two edits of a message wins: the later, then (as Matrix) the greater id."""
    return edit.ts, edit.remote_id


def turned_away(edit: MessageEdit, row: Any) -> bool:
    """Whether `edit` leaves the stored message `row` (a Message, or a row of its columns)
    as it is: only its sender may edit it (a server does not enforce it), a withdrawn one
    has no text, and an edit older than the one its text comes from, arriving late (an
    offline gap, a back-fill), leaves the newer one standing. (The same edit again changes
    nothing; of two at one time without ids, the later to arrive wins.)"""
    return (
        row.sender_id != edit.sender_id
        or row.withdrawn_ms is not None
        or (
            row.edited_ms is not None
            and edit_order(edit) < (from_ms(row.edited_ms), row.edit_id or "")
        )
    )


class VerdictsAhead:
    """The verdicts judged ahead for the edits being applied, and the questions asked
    of triage under the lock since."""

    def __init__(self) -> None:
        self._judged: dict[tuple[int, CoreMessage], Verdict] = {}
        self._asked: set[tuple[int, str]] = set()

    @contextmanager
    def judging(
        self,
        session: Session,
        triage: Triage,
        account_id: int,
        edits: Sequence[MessageEdit],
        set_aside: Callable[[str], bool],
    ) -> Iterator[None]:
        """Judges, before the edits are applied, each edited message's text before and
        after each edit and the card a copy folds into, as applying them will ask
        (`reassess` answers from these); forgets them after. Not a message stored
        unsorted, nor a text `set_aside` says triage failed on: they are judged without
        the engine."""
        try:
            if edits:
                self._judge(session, triage, account_id, edits, set_aside)
            yield
        finally:
            # A verdict of an engine since forgotten (the user moved a tier) stays none.
            self._judged.clear()
            self._asked.clear()

    def reassess(self, triage: Triage, account_id: int, message: CoreMessage) -> Verdict:
        """Triage's verdict on `message`: the one judged ahead of this very message, else
        asked now.

        Once asked now about a message, triage is asked about it every time after: it
        remembers a notice's latest tier for the forwards to come, and must end with the
        one asked last, as it would without the verdicts judged ahead.
        """
        asked = (account_id, message.id)
        judged = self._judged.get((account_id, message))
        if judged is not None and asked not in self._asked:
            return judged
        self._asked.add(asked)
        return triage.reassess(account_id, message)

    def _judge(
        self,
        session: Session,
        triage: Triage,
        account_id: int,
        edits: Sequence[MessageEdit],
        set_aside: Callable[[str], bool],
    ) -> None:
        # Columns, not Message objects: an object read now would stand in the session's
        # identity map for the row read again under the lock, as it is now.
        rows = _rows(session, account_id, {e.target_id for e in edits})
        heads = {r.cluster for r in rows.values() if r.cluster not in (None, r.remote_id)}
        rows.update(_rows(session, account_id, heads - rows.keys()))
        cores = {
            remote_id: stored_core(row, row.group_remote_id, row.group_name)
            for remote_id, row in rows.items()
        }

        def judge(core: CoreMessage) -> None:
            if (account_id, core) not in self._judged and not set_aside(core.text):
                self._judged[account_id, core] = triage.reassess(account_id, core)

        for edit in edits:
            row, was = rows.get(edit.target_id), cores.get(edit.target_id)
            if row is None or was is None or turned_away(edit, row) or _unsorted(row):
                # Not applied: judged, it would leave triage remembering a notice's tier
                # from a text the message never says. Or stored unsorted: it stays so.
                continue
            card = row.cluster in (None, row.remote_id)
            if row.done or not card:
                judge(was)  # what it said before, against what it says now
            cores[edit.target_id] = now = replace(was, text=edit.text)
            judge(now)
            if not card and (head := cores.get(row.cluster)) is not None:
                judge(head)  # the card it folds into, settled again


def edited_cores(
    session: Session,
    account_id: int,
    edits: Sequence[MessageEdit],
    arrived: Mapping[str, CoreMessage],
) -> list[CoreMessage]:
    """The messages `edits` change, as each edit makes them say, in the order they apply:
    what triage is asked about them (see set_aside). A message is stored, or among
    `arrived` (new in the batch, not stored yet); not one an edit leaves as it is, nor one
    stored unsorted, which stays so."""
    rows = _rows(session, account_id, {e.target_id for e in edits} - arrived.keys())
    cores: list[CoreMessage] = []
    for edit in sorted(edits, key=edit_order):
        new = arrived.get(edit.target_id)
        row = rows.get(edit.target_id)
        if new is not None and new.sender_id == edit.sender_id:
            cores.append(replace(new, text=edit.text))
        elif row is not None and not turned_away(edit, row) and not _unsorted(row):
            was = stored_core(row, row.group_remote_id, row.group_name)
            cores.append(replace(was, text=edit.text))
    return cores


def _rows(session: Session, account_id: int, remote_ids: set[str]) -> dict[str, Any]:
    """The columns triage reads of the account's messages `remote_ids`, where each is
    folded, whether it is done or unsorted, and what `turned_away` asks."""
    wanted = sorted(remote_ids)
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), _IDS_AT_ONCE):
        query = (
            select(
                *CORE_COLUMNS,
                Message.cluster,
                Message.done,
                Message.withdrawn_ms,
                Message.edited_ms,
                Message.edit_id,
                Message.reasons,
            )
            .join(Group, Group.id == Message.group_id)
            .where(
                Message.account_id == account_id,
                Message.remote_id.in_(wanted[start : start + _IDS_AT_ONCE]),
            )
        )
        found.update((row.remote_id, row) for row in session.execute(query))
    return found


def _unsorted(row: Any) -> bool:
    """Whether the message was stored without triage, which failed on it (see set_aside)."""
    return any(reason[0] == UNSORTED for reason in row.reasons)
