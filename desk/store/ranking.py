"""Keeping the inbox order true as time passes: due-soon items rise within their tier.

Only rows with a deadline change with time, so only they are rewritten; the inbox
index then stays usable for the order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, or_, select, tuple_, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import OVERDUE_HOURS, Reason, Tier, Verdict
from desk.core.reasons import EVENT_HOURS, fall_back
from desk.core.urgency import (
    ASKED_LATE,
    ASKED_YOU_BAND,
    EPOCH_MS,
    PAST_BAND,
    PER_HOUR,
    SOON_HOURS,
    WEEK_HOURS,
    urgency_score,
)
from desk.store.models import Escalation, Message, from_ms, to_ms

# What a long overdue row scores above its base score (see urgency_score): in Action, by
# its due time alone, so it never changes again.
_long_past = case(
    (
        Message.tier == Tier.ACTION.value,
        PAST_BAND + (Message.deadline_ms - EPOCH_MS) / 3_600_000.0 * PER_HOUR,
    ),
    else_=0.0,
)
# ...and what one asked of the user scores, long late (see urgency.asked_late_score).
_asked_late = (
    ASKED_YOU_BAND + ASKED_LATE + (Message.deadline_ms - EPOCH_MS) / 3_600_000.0 * PER_HOUR
)
_HOUR_MS = 3_600_000
# How far a stored score may be from its exact value by floating-point rounding alone.
_ROUNDING = 0.05
# Where an action's score changes, by how far its due time is ahead: it keeps its band's
# score between them (see urgency_score).
_ACTION_BOUNDARIES_MS = tuple(
    hours * _HOUR_MS for hours in (WEEK_HOURS, SOON_HOURS, 0, -EVENT_HOURS, -OVERDUE_HOURS)
)


def _may_have_moved(since_ms: int, now_ms: int) -> ColumnElement[bool]:
    """The open dated rows whose score at `now_ms` can differ from theirs at `since_ms`
    (a later time): an action whose due time crossed a boundary of its band meanwhile,
    and an urgent item not yet long overdue (its score moves by the whole hour). At a
    million messages the rerank each minute read every row due from yesterday on, 83,000
    of them in 167 steps (0.85 s of the store thread), and moved none."""
    crossed = or_(
        *(
            Message.deadline_ms.between(since_ms + ahead, now_ms + ahead)
            for ahead in _ACTION_BOUNDARIES_MS
        )
    )
    return and_(
        # Where the index is sought from: no row due before it moves.
        Message.deadline_ms >= since_ms - OVERDUE_HOURS * _HOUR_MS,
        or_(
            and_(Message.tier == Tier.ACTION.value, crossed),
            Message.tier == Tier.URGENT.value,
        ),
    )


# Rows read, and at most written, by one step, each step a transaction of its own. A
# tester's first rerank of a 300,000-message store rewrote 91,836 scores in one 4.9 s
# transaction on the store thread, and the user's key presses waited behind it. Steps of
# 500 took 70 ms (140 ms at most) on such a store; steps of 2000, 220 ms (380 ms).
STEP_ROWS = 500


def ranked_score(
    tier: str,
    base_score: float,
    deadline_ms: int | None,
    now: datetime,
    reasons: Sequence[Sequence[Any]] = (),
    *,
    confirmed: bool = False,
) -> float:
    """A stored row's place in its tier at `now`; its stored `reasons` say whether its
    due time is a meeting's, which matters only once that time has passed; `confirmed`,
    that it is a DING the user confirmed (see `confirmed_dings`)."""
    deadline = from_ms(deadline_ms) if deadline_ms is not None else None
    said = tuple(Reason.of(code, **args) for code, args in reasons)
    verdict = Verdict(Tier(tier), base_score, said, deadline=deadline)
    return urgency_score(verdict, now, confirmed=confirmed)


def confirmed_dings(session: Session, ids: Sequence[int]) -> set[int]:
    """Of messages `ids`, the DINGs the user confirmed (their ladder says when): they list
    below the rest of their tier once due (see urgency.CONFIRMED_BAND). Not stored in
    the reasons: the ladder is the one record of the confirmation."""
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Escalation.message_id)
            .join(Message, Message.id == Escalation.message_id)
            .where(
                Escalation.message_id.in_(ids),
                Escalation.acked_ms.is_not(None),
                Message.ding.is_(True),
            )
        )
    )


def confirmed_ding(session: Session | None, message: Message) -> bool:
    """Whether `message` is a DING the user confirmed: wherever it is scored again (an
    edit, its group's priority, a tier moved back), it keeps its place below what is
    still owed (see confirmed_dings); it went back to the top of 紧急."""
    if not message.ding or session is None or message.id is None:
        return False
    return message.id in confirmed_dings(session, [message.id])


def fallen_back(
    deadline_ms: int | None, reasons: Sequence[Sequence[Any]], now: datetime
) -> tuple[int, list[list[Any]]] | None:
    """A stored row's due time and reasons once the sooner one a copy of its notice asked
    for has passed at `now` (see `fall_back`), as a row stores them; None while it stands."""
    said = tuple(Reason.of(code, **args) for code, args in reasons)
    fallen = fall_back(said, from_ms(deadline_ms) if deadline_ms is not None else None, now)
    if fallen is None:
        return None
    due, standing = fallen
    return to_ms(due), [[r.code, dict(r.args)] for r in standing]


def rescore(session: Session, which: ColumnElement[bool], now: datetime) -> None:
    """Gives the messages `which` picks that have a due time their score at `now`.

    For a card back from Done: rerank passes over what is done, so its score was where
    its due time put it the day it was put away (a task done on Friday while due at noon,
    brought back on Monday, listed among what fell due within the hour)."""
    rows = session.execute(
        select(
            Message.id, Message.tier, Message.base_score, Message.deadline_ms, Message.reasons
        ).where(which, Message.deadline_ms.is_not(None))
    ).all()
    changes = []
    confirmed = confirmed_dings(session, [row.id for row in rows])
    for mid, tier, base, deadline, reasons in rows:
        # Put away while a copy's sooner due time stood, and back after it passed: due at
        # its own again, as rerank would have made it.
        deadline, reasons = fallen_back(deadline, reasons, now) or (deadline, reasons)
        changes.append(
            {
                "b_id": mid,
                "b_deadline": deadline,
                "b_reasons": reasons,
                "b_score": ranked_score(
                    tier, base, deadline, now, reasons, confirmed=mid in confirmed
                ),
            }
        )
    if changes:
        session.connection().execute(
            update(Message)
            .where(Message.id == bindparam("b_id"))
            .values(
                deadline_ms=bindparam("b_deadline"),
                reasons=bindparam("b_reasons"),
                score=bindparam("b_score"),
            ),
            changes,
        )


@dataclass(frozen=True, slots=True)
class RerankStep:
    """What one step of `rerank` did: how many scores it moved, and where the next step
    starts (None when the step read the last of them)."""

    moved: int
    resume_after: tuple[int, int] | None


def rerank(sessions: sessionmaker[Session], now: datetime, since: datetime | None = None) -> int:
    """Recomputes `score` for open messages with a deadline; returns how many moved.

    Step by step (see `rerank_step`): the window runs each step as a store job of its own,
    so that the user's key presses queued meanwhile run between them.
    """
    moved = 0
    after: tuple[int, int] | None = None
    while True:
        step = rerank_step(sessions, now, after, since)
        moved += step.moved
        if step.resume_after is None:
            return moved
        after = step.resume_after


def rerank_step(
    sessions: sessionmaker[Session],
    now: datetime,
    after: tuple[int, int] | None = None,
    since: datetime | None = None,
) -> RerankStep:
    """Recomputes the scores of up to STEP_ROWS open messages with a deadline, in due-time
    order from `after` (the due time and id a step before stopped at).

    Overdue for longer than OVERDUE_HOURS, a score stays where it is (an action's in the
    band of what is long past, by its due time; see urgency_score), so only messages not
    yet due, lately overdue, or long overdue without that score are read: a year of
    deadlines is otherwise read and recomputed every minute. Given when the last rerank
    ran (`since`), only the rows whose score can have moved since are read (see
    `_may_have_moved`); without it, or with the clock set back before it, every open
    dated row is looked at for its score (once, on opening). Their index holds every
    column read here, so the rows themselves (and their text) stay on disk.

    A score is written only where the row still has the tier, base score, due time and
    score it was read with: ingest (an edit, a copy raising its card) or the user (a tier
    moved) may have changed it since, and what they wrote stands; the next rerank looks
    at it again. A card due at the sooner time a copy of its notice asked for is written
    due at its own again once that time has passed (see `fallen_back`).
    """
    now_ms = to_ms(now)
    long_overdue_ms = now_ms - OVERDUE_HOURS * 3_600_000
    to_read = (
        _may_have_moved(to_ms(since), now_ms)
        if since is not None and since <= now
        else or_(
            Message.deadline_ms >= long_overdue_ms,
            # Off by more than rounding: the largest scores (4e13) are exact to 0.01 only.
            # Not 0.5: an urgent card scored 55 hours before its due time is off by 0.11,
            # and kept it after a month closed. Nor one asked of the user, which long late
            # has a score of its own (one kept by a desk before it listed those by due
            # time is written anew once).
            and_(
                func.abs(Message.score - Message.base_score - _long_past) > _ROUNDING,
                func.abs(Message.score - _asked_late) > _ROUNDING,
            ),
        )
    )
    query = select(
        Message.id, Message.tier, Message.base_score, Message.deadline_ms, Message.score
    ).where(Message.done.is_(False), Message.deadline_ms.is_not(None), to_read)
    if after is not None:
        query = query.where(tuple_(Message.deadline_ms, Message.id) > tuple_(*after))
    limit = STEP_ROWS
    query = query.order_by(Message.deadline_ms, Message.id).limit(limit)
    with sessions() as session:
        rows = session.execute(query).all()
        # Whether a due time is a meeting's, or a copy's sooner one the card falls back
        # from to its own, tells only once it has passed: only those rows are read for
        # their reasons (the few read past their due time, bar a first rerank's). And
        # information, which only a first rerank reads: whether a later notice replaced
        # it keeps it below the rest (a card moved to Action and back keeps its due time;
        # scored without its reasons, it went back to the top of 通知).
        late = [r.id for r in rows if r.deadline_ms <= now_ms or r.tier == Tier.INFO.value]
        reasons: dict[int, Any] = {}
        if late:
            found = session.execute(select(Message.id, Message.reasons).where(Message.id.in_(late)))
            reasons = {mid: said for mid, said in found}
        # A DING the user confirmed leaves the top of its tier as its due time passes.
        confirmed = confirmed_dings(session, late)
    changes: list[dict[str, Any]] = []
    fallbacks: list[dict[str, Any]] = []
    for mid, tier, base, deadline, old in rows:
        said = reasons.get(mid, ())
        ok = mid in confirmed  # a DING the user confirmed
        fallen = fallen_back(deadline, said, now)
        if fallen is not None:
            # Due at its own time again: written, so that later reranks find the row by it.
            due, standing = fallen
            new = ranked_score(tier, base, due, now, standing, confirmed=ok)
            fallbacks.append(
                {
                    "b_id": mid,
                    "b_tier": tier,
                    "b_base": base,
                    "b_deadline": deadline,
                    "b_old": old,
                    "b_due": due,
                    "b_said": standing,
                    "b_score": new,
                }
            )
        elif abs((new := ranked_score(tier, base, deadline, now, said, confirmed=ok)) - old) > 1e-6:
            changes.append(
                {
                    "b_id": mid,
                    "b_tier": tier,
                    "b_base": base,
                    "b_deadline": deadline,
                    "b_old": old,
                    "b_score": new,
                }
            )
    moved = 0
    if changes or fallbacks:
        with sessions.begin() as session:
            for statement, params in ((_RESCORE, changes), (_FALL_BACK, fallbacks)):
                if params:
                    moved += session.connection().execute(statement, params).rowcount
    resume = (rows[-1].deadline_ms, rows[-1].id) if len(rows) == limit else None
    return RerankStep(max(moved, 0), resume)


# By id, and only while the row is as it was read (see rerank_step). Run on the connection:
# the ORM's bulk update by primary key takes no conditions of this kind.
_RESCORE = (
    update(Message)
    .where(
        Message.id == bindparam("b_id"),
        Message.tier == bindparam("b_tier"),
        Message.base_score == bindparam("b_base"),
        Message.deadline_ms == bindparam("b_deadline"),
        Message.score == bindparam("b_old"),
    )
    .values(score=bindparam("b_score"))
)
# The same, for a row due at its own time again (see `fallen_back`).
_FALL_BACK = _RESCORE.values(deadline_ms=bindparam("b_due"), reasons=bindparam("b_said"))
