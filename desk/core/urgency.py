"""Ordering inside a tier as time passes: due-soon items rise."""

from __future__ import annotations

from datetime import datetime

from desk.core.messages import OVERDUE_FLOOR, Verdict


def urgency_score(verdict: Verdict, now: datetime) -> float:
    """The verdict's score plus time pressure at `now`, for ordering inside a tier.

    Due soon rises: a deadline h hours away adds 6 / (1 + h) (up to +6 when due now,
    +1 at 5 h, almost nothing a week out). An overdue item keeps +1 so it does not sink
    below untimed items, but no longer outranks what is about to fall due.
    Only compare scores within one tier; tiers are ordered by `Tier.rank`.
    """
    if verdict.deadline is None:
        return verdict.score
    hours = (verdict.deadline - now).total_seconds() / 3600
    if hours < 0:
        return verdict.score + OVERDUE_FLOOR
    return verdict.score + 6.0 / (1.0 + hours)
