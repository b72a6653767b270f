"""Keeping the inbox order true as time passes: due-soon items rise within their tier.

Only rows with a deadline change with time, so only they are rewritten; the inbox
index then stays usable for the order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import Tier, Verdict
from desk.store.models import Message, from_ms


def ranked_score(tier: str, base_score: float, deadline_ms: int | None, now: datetime) -> float:
    # Imported here: the triage engine (opencc, its rules) is a fifth of a second of the
    # window's start-up, and the inbox needs it only when it re-ranks.
    from desk.core.triage import urgency_score

    deadline = from_ms(deadline_ms) if deadline_ms is not None else None
    return urgency_score(Verdict(Tier(tier), base_score, deadline=deadline), now)


def rerank(sessions: sessionmaker[Session], now: datetime) -> int:
    """Recomputes `score` for open messages with a deadline; returns how many moved."""
    with sessions.begin() as session:
        rows = session.execute(
            select(
                Message.id, Message.tier, Message.base_score, Message.deadline_ms, Message.score
            ).where(Message.done.is_(False), Message.deadline_ms.is_not(None))
        ).all()
        changes = [
            {"id": mid, "score": new}
            for mid, tier, base, deadline, old in rows
            if abs((new := ranked_score(tier, base, deadline, now)) - old) > 1e-6
        ]
        if changes:
            session.execute(update(Message), changes)
    return len(changes)
