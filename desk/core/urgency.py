"""Ordering inside a tier as time passes: due-soon items rise."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from desk.core.messages import OVERDUE_FLOOR, OVERDUE_HOURS, Reason, Tier, Verdict
from desk.core.reasons import (
    EVENT_HOURS,
    replaced,
    replied,
    row_event,
    row_readied,
    standing_due,
)

# Action is listed by due time. Added to a base score, 6 / (1 + h) moved a task by less
# than the three points its wording moves it (a tester found tasks due that afternoon on
# page three, below tasks due next week worded more strongly).
SOON_HOURS = 5
WEEK_HOURS = 7 * 24
# Inside a band a task scores by its due time, counted from a fixed day, not from now: its
# score holds still until it moves to another band, so a rerank rewrites the few rows that
# did (with hours to due, every dated row, every time). A thousand a hour leaves the base
# score (its range some twenty points, wording, weights and tier steps) to order only
# untimed tasks, and tasks due within a minute or so of each other.
_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
EPOCH_MS = int(_EPOCH.timestamp() * 1000)
PER_HOUR = 1000.0
# Further apart than any band's due times (a week, 168,000) and, for a thousand years of
# due times counted from _EPOCH, above any untimed task's base score.
_SOON_BAND = 3e13
_LATE_BAND = 2e13
# An untimed task asked of the user (@, or by name), or one long late: after what is due
# within hours or just late, before what falls due later in the week (a tester found the
# boss's "@方晓宁 区防指的续报模板发我一下" 32nd in All, under notices due in three days).
ASKED_YOU_BAND = 1.5e13
# Inside that band, what was due and is long late lists first, by its due time, the latest
# due first, as the last band does: it read 已逾期 3 天, 5 天, 4 天 in the order it came (a
# tester). Then the untimed, by their wording. Far above any base score, far within the
# band (the rerank knows the band by ASKED_YOU_BAND ± 1e12); a thousand years of due
# times apart stay under 1e10.
ASKED_LATE = 1e11
_WEEK_BAND = 1e13
# Below any untimed task: due later than a week, soonest first; last, what is long past
# its due time, the latest due first (by wording, 已过截止时间 and 已逾期 23 小时 read as
# shuffled). A tester could not tell why the end of Action listed those and untimed
# tasks mixed. Long past, a score never changes again (see _due_order).
_LATER_BAND = -1e12
PAST_BAND = -2e12
# Below these in Information: a notice a later one replaced (a correction, the hazard's
# warning at another level, its lifting; see reasons.SUPERSEDED), by its wording. A new
# user found the top of 通知 a meeting notice since corrected, its meeting past.
REPLACED_BAND = -3e12
# Below these in Urgent: a DING the user confirmed whose due time has passed (or that
# never had one), the latest due first. Confirming said 收到 to it; nothing left on its
# clock asks more, and three DINGs confirmed on Monday still stood above a Monday @ task
# owed for two days (a tester). One not yet due keeps its place by its due time: what it
# ordered may still be owed until then. Half way between the bands around it: a thousand
# years of due times stay under 1e10, clear of REPLIED_BAND..REPLIED_BAND_TOP, which the
# store reads as the tasks the user answered.
CONFIRMED_BAND = -3.5e12
# Below these in any tier: a task the user has answered (see reasons.REPLIED), the latest
# answered first. It asks nothing more of them; it stays until they mark it done.
REPLIED_BAND = -5e12
# Where that band ends: a thousand years of answers (PER_HOUR an hour) stay within it, and
# no other card of a tier that asks for action scores there, so that a store finds the
# answered tasks by their score, from the inbox's index.
REPLIED_BAND_TOP = REPLIED_BAND + 1e12
# Below all of these in any tier: a withdrawn card the user had read, which asks nothing,
# stays at the foot of its view (at -1000 it stood above every task long overdue).
FOOT_SCORE = -1e14


def urgency_score(verdict: Verdict, now: datetime, *, confirmed: bool = False) -> float:
    """The verdict's score plus time pressure at `now`, for ordering inside a tier.

    Action, in bands: due within SOON_HOURS, soonest first; then overdue by less than
    OVERDUE_HOURS, the longest overdue first (what can still be done in time comes before
    what is already late, but late work comes before next week's); then what is asked of
    the user (ASKED_YOU_BAND): long late, the latest due first, then untimed by wording;
    then due within a week, soonest first; then untimed tasks by their base score (their
    wording); then tasks due later than a week, soonest first; last, those overdue for
    longer, the latest due first: on a Monday morning, last week's overdue requests,
    mostly answered, sat above what was due that day. The time of a meeting (see
    `row_event`), or one getting it ready (see `row_readied`), is late for EVENT_HOURS
    only.

    Urgent keeps its wording first: an untimed 立即 is as pressing as anything dated. A
    due time h whole hours away adds 6 / (1 + h) (+6 within the hour, +1 at 5 h), an item
    overdue by less than OVERDUE_HOURS (a meeting, EVENT_HOURS) keeps +1.

    A due time counts only for what asks for action: a card the user moved to information
    has none. Only compare scores within one tier; tiers are ordered by `Tier.rank`.

    A DING the user `confirmed` lists below the rest of its tier (CONFIRMED_BAND) once
    its due time has passed, or at once if it has none.
    """
    # Due at the time the card stands at now: its own again once a copy's sooner one has
    # passed, as the card says (see standing_due).
    if verdict.tier is Tier.INFO and replaced(verdict.reasons):
        return REPLACED_BAND + verdict.score
    answered = replied(verdict.reasons)
    if answered is not None and verdict.tier.asks_action:
        return REPLIED_BAND + _since_epoch_hours(answered.arg("at")) * PER_HOUR
    deadline, reasons = standing_due(verdict.reasons, verdict.deadline, now)
    if confirmed and verdict.tier.asks_action and (deadline is None or deadline <= now):
        since = (deadline - _EPOCH).total_seconds() / 3600 if deadline is not None else 0.0
        return CONFIRMED_BAND + since * PER_HOUR
    if deadline is None and verdict.tier is Tier.ACTION and _asked_you(verdict.reasons):
        return ASKED_YOU_BAND + verdict.score
    if deadline is None or not verdict.tier.asks_action:
        return verdict.score
    hours = (deadline - now).total_seconds() / 3600
    # A time only getting a meeting ready (see row_readied) reads as that meeting's once
    # it has passed, and passed EVENT_HOURS on: late for as long as a meeting's, from its
    # own time (no more than _READY_AHEAD before the meeting's, so it leaves the late band
    # while the meeting runs, never while the card says it is overdue).
    readied = row_readied(reasons, deadline)
    meeting = row_event(reasons, deadline) or readied is not None
    late_for = EVENT_HOURS if meeting else OVERDUE_HOURS
    if readied is not None and deadline <= now < readied:
        # Between the two the card says the meeting starts in so long: it lists as that,
        # with what is soon, not below it as a task late (a review). The rerank looks at
        # it again as its set-up time passes (a boundary), not as the meeting begins: it
        # stays there while the meeting runs, until EVENT_HOURS after its set-up time.
        deadline, hours = readied, (readied - now).total_seconds() / 3600
    if verdict.tier is Tier.ACTION:
        if hours <= -late_for and not meeting and _asked_you(verdict.reasons):
            # Long late, asked of the user and not answered (see REPLIED): their own work,
            # which a Monday's list buried under the week's notices (a tester). It lists
            # with what is asked of them with no due time, before those, and stays there.
            return asked_late_score(deadline)
        return verdict.score + _due_order(deadline, hours, late_for)
    if hours < 0:
        return verdict.score + (OVERDUE_FLOOR if hours > -late_for else 0.0)
    # By whole hours: a score that moves once an hour, not at every rerank, which then
    # rewrote every urgent dated row and read the list again each minute.
    return verdict.score + 6.0 / (1.0 + math.floor(hours))


def asked_late_score(deadline: datetime) -> float:
    """The score of a task asked of the user and long late: in ASKED_YOU_BAND, above
    its untimed tasks, the latest due first. By its due time alone: it never changes."""
    return ASKED_YOU_BAND + ASKED_LATE + (deadline - _EPOCH).total_seconds() / 3600 * PER_HOUR


def _due_order(deadline: datetime, hours: float, late_for: float) -> float:
    """Where a task due at `deadline`, `hours` from now (negative: overdue, late for
    `late_for` hours), lists in Action, added to its base score: higher first."""
    sooner_first = -(deadline - _EPOCH).total_seconds() / 3600 * PER_HOUR
    if 0 <= hours < SOON_HOURS:
        return _SOON_BAND + sooner_first
    if -late_for < hours < 0:
        return _LATE_BAND + sooner_first
    if SOON_HOURS <= hours < WEEK_HOURS:
        return _WEEK_BAND + sooner_first
    if hours >= WEEK_HOURS:
        return _LATER_BAND + sooner_first
    return PAST_BAND - sooner_first


def _since_epoch_hours(at: str) -> float:
    """Hours from the fixed day to the instant `at` (ISO); nought for one unreadable."""
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return 0.0
    if when.tzinfo is None:
        return 0.0
    return (when - _EPOCH).total_seconds() / 3600


def _asked_you(reasons: Sequence[Reason]) -> bool:
    """Whether the reasons say the task was asked of the user: by @, or by name."""
    return any(r.code in ("mention", "addresses_you") for r in reasons)
