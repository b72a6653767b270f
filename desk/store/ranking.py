"""Keeping the inbox order true as time passes: due-soon items rise within their tier.

Only rows with a deadline change with time, so only they are rewritten; the inbox
index then stays usable for the order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import OVERDUE_HOURS, Tier, Verdict
from desk.core.urgency import urgency_score
from desk.store.models import Message, from_ms, to_ms


def ranked_score(tier: str, base_score: float, deadline_ms: int | None, now: datetime) -> float:
    deadline = from_ms(deadline_ms) if deadline_ms is not None else None
    return urgency_score(Verdict(Tier(tier), base_score, deadline=deadline), now)


def rerank(sessions: sessionmaker[Session], now: datetime) -> int:
    """Recomputes `score` for open messages with a deadline; returns how many moved.

    Overdue for longer than OVERDUE_HOURS, a score stays at its base (see urgency_score),
    so only messages not yet due, lately overdue, or long overdue without their base score
    are read: a year of deadlines is otherwise read and recomputed every few minutes.
    Their index holds every column read here, so the rows themselves (and their text)
    stay on disk.
    """
    now_ms = to_ms(now)
    long_overdue_ms = now_ms - OVERDUE_HOURS * 3_600_000
    with sessions.begin() as session:
        rows = session.execute(
            select(
                Message.id, Message.tier, Message.base_score, Message.deadline_ms, Message.score
            ).where(
                Message.done.is_(False),
                Message.deadline_ms.is_not(None),
                or_(
                    Message.deadline_ms >= long_overdue_ms,
                    func.abs(Message.score - Message.base_score) > 1e-6,
                ),
            )
        ).all()
        changes = [
            {"id": mid, "score": new}
            for mid, tier, base, deadline, old in rows
            if abs((new := ranked_score(tier, base, deadline, now)) - old) > 1e-6
        ]
        if changes:
            session.execute(update(Message), changes)
    return len(changes)
