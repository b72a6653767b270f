"""Reading the inbox: views, paging, search, counts; and the user's read/done marks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, select, table, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import Reason, Role, Tier
from desk.store.models import Group, Message, from_ms

# Below three characters the trigram index cannot answer; LIKE over the base
# table does (see PITFALLS: a 2-character MATCH silently returns nothing).
TRIGRAM_MIN = 3
_FTS = table("messages_fts", column("rowid"), column("messages_fts"))


class ViewKind(StrEnum):
    ALL = "all"
    URGENT = "urgent"
    ACTION = "action"
    INFO = "info"
    NOISE = "noise"
    DONE = "done"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class View:
    kind: ViewKind = ViewKind.ALL
    group_id: int | None = None
    search: str = ""

    @property
    def tier(self) -> Tier | None:
        try:
            return Tier(self.kind.value)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    remote_id: str
    group_id: int
    group_remote_id: str
    group_name: str
    sender_name: str
    sender_role: Role
    ts: datetime
    text: str
    tier: Tier
    score: float
    reasons: tuple[Reason, ...]
    cluster: str | None
    deadline: datetime | None
    read: bool
    done: bool
    ding: bool
    mentions_me: bool


@dataclass(frozen=True, slots=True)
class GroupCount:
    id: int
    name: str
    unread: int


class InboxQueries:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def ids(self, view: View, offset: int = 0, limit: int = 200) -> list[int]:
        query = _ordered(select(Message.id).where(*_filters(view)), view)
        with self._sessions() as session:
            return list(session.scalars(query.offset(offset).limit(limit)))

    def rows(self, ids: Sequence[int]) -> dict[int, InboxRow]:
        if not ids:
            return {}
        query = (
            select(Message, Group.name, Group.remote_id)
            .join(Group, Group.id == Message.group_id)
            .where(Message.id.in_(ids))
        )
        with self._sessions() as session:
            return {m.id: _row(m, name, rid) for m, name, rid in session.execute(query)}

    def row(self, message_id: int) -> InboxRow | None:
        return self.rows([message_id]).get(message_id)

    def group_counts(self) -> list[GroupCount]:
        unread = (
            select(Message.group_id, func.count().label("n"))
            .where(Message.read.is_(False), Message.done.is_(False))
            .group_by(Message.group_id)
            .subquery()
        )
        query = (
            select(Group.id, Group.name, func.coalesce(unread.c.n, 0))
            .outerjoin(unread, unread.c.group_id == Group.id)
            .order_by(Group.name)
        )
        with self._sessions() as session:
            return [GroupCount(i, n, int(c)) for i, n, c in session.execute(query)]

    def view_counts(self) -> dict[ViewKind, int]:
        """Unread, not-done messages per tier view, and in All."""
        query = (
            select(Message.tier, func.count())
            .where(Message.read.is_(False), Message.done.is_(False))
            .group_by(Message.tier)
        )
        with self._sessions() as session:
            per_tier = {ViewKind(t): int(n) for t, n in session.execute(query)}
        per_tier[ViewKind.ALL] = sum(per_tier.values())
        return per_tier

    def set_read(self, ids: Iterable[int], read: bool) -> None:
        self._mark(ids, read=read)

    def set_done(self, ids: Iterable[int], done: bool) -> None:
        self._mark(ids, done=done)

    def _mark(self, ids: Iterable[int], **values: Any) -> None:
        with self._sessions.begin() as session:
            session.execute(update(Message).where(Message.id.in_(list(ids))).values(**values))


def _filters(view: View) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Message.done.is_(view.kind is ViewKind.DONE)]
    if view.tier is not None:
        conditions.append(Message.tier == view.tier.value)
    if view.kind is ViewKind.GROUP and view.group_id is not None:
        conditions.append(Message.group_id == view.group_id)
    needle = view.search.strip()
    if needle:
        conditions.append(_text_matches(needle))
    return conditions


def _text_matches(needle: str) -> ColumnElement[bool]:
    if len(needle) >= TRIGRAM_MIN:
        phrase = '"' + needle.replace('"', '""') + '"'
        # FTS5's hidden column named like the table is the MATCH target.
        matches = select(_FTS.c.rowid).where(_FTS.c.messages_fts.op("MATCH")(phrase))
        return Message.id.in_(matches)
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Message.text.like(f"%{escaped}%", escape="\\")


def _ordered(query: Select[Any], view: View) -> Select[Any]:
    if view.kind is ViewKind.DONE or view.search.strip():
        return query.order_by(Message.ts_ms.desc(), Message.id.desc())
    return query.order_by(Message.tier_rank, Message.score.desc(), Message.ts_ms.desc())


def _row(m: Message, group_name: str, group_remote_id: str) -> InboxRow:
    return InboxRow(
        id=m.id,
        remote_id=m.remote_id,
        group_id=m.group_id,
        group_remote_id=group_remote_id,
        group_name=group_name,
        sender_name=m.sender_name,
        sender_role=Role(m.sender_role),
        ts=from_ms(m.ts_ms),
        text=m.text,
        tier=Tier(m.tier),
        score=m.score,
        reasons=tuple(Reason.of(code, **args) for code, args in m.reasons),
        cluster=m.cluster,
        deadline=from_ms(m.deadline_ms) if m.deadline_ms is not None else None,
        read=m.read,
        done=m.done,
        ding=m.ding,
        mentions_me=m.mentions_me,
    )
