"""Ordering inside a tier as time passes: due-soon items rise."""

from __future__ import annotations

from datetime import datetime

from desk.core.messages import OVERDUE_FLOOR, OVERDUE_HOURS, Verdict


def urgency_score(verdict: Verdict, now: datetime) -> float:
    """The verdict's score plus time pressure at `now`, for ordering inside a tier.

    Due soon rises: a deadline h hours away adds 6 / (1 + h) (up to +6 when due now,
    +1 at 5 h, almost nothing a week out). An item overdue by less than OVERDUE_HOURS
    keeps +1 so it does not sink below untimed items, but no longer outranks what is about
    to fall due; later it ranks as if untimed (on a Monday morning, last week's overdue
    requests, mostly answered, sat above what was due that day). A due time counts only
    for what asks for action: a card the user moved to information has none.
    Only compare scores within one tier; tiers are ordered by `Tier.rank`.
    """
    if verdict.deadline is None or not verdict.tier.asks_action:
        return verdict.score
    hours = (verdict.deadline - now).total_seconds() / 3600
    if hours < 0:
        return verdict.score + (OVERDUE_FLOOR if hours > -OVERDUE_HOURS else 0.0)
    return verdict.score + 6.0 / (1.0 + hours)
