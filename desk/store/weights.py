"""Tier corrections: the user's verdict sticks, and teaches triage about the group and sender
where desk.core.lessons says it does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.group_priority import WEIGHTS, Priority, marked, weight_reason
from desk.core.lessons import lesson_of, teaches
from desk.core.messages import Tier
from desk.core.reasons import STILL_ASKS, SUPERSEDED, WAS_DUE
from desk.store.models import Group, Message, SenderLesson, SenderWeight, Setting
from desk.store.ranking import ranked_score

VERSION_SETTING = "triage_weights_version"
# One correction moves a sender by half a point and a group by a quarter: about two
# corrections move a borderline item across a tier line (see TriageConfig). Across the line
# with noise a correction leaves a lesson instead (SenderLesson), as points do not decide
# noise.
SENDER_STEP = 0.5
GROUP_STEP = 0.25
LIMIT = 3.0


@dataclass(frozen=True, slots=True)
class Correction:
    """Enough to undo one correction exactly."""

    message_id: int
    tier: str
    tier_rank: int
    corrected: bool
    reasons: list[list[Any]]
    group_delta: float
    sender_delta: float
    # The sender's lesson in the group before, and the one the correction left (None if
    # it left none).
    lesson_before: str | None = None
    lesson_set: str | None = None


def weights_version(sessions: sessionmaker[Session]) -> object:
    with sessions() as session:
        return session.scalar(select(Setting.value).where(Setting.name == VERSION_SETTING))


def correct_tier(
    sessions: sessionmaker[Session], message_id: int, tier: Tier, now: datetime
) -> Correction | None:
    """Sets the message's tier, and its place in it at `now` (a due time counts for action
    only: moved to information, an overdue card went to the top of it); None if it
    already had that tier."""
    with sessions.begin() as session:
        message = session.get_one(Message, message_id)
        if message.tier == tier.value:
            return None
        direction = 1.0 if tier.rank < message.tier_rank else -1.0
        lesson_before = lesson_set = None
        before = Correction(
            message_id,
            message.tier,
            message.tier_rank,
            message.corrected,
            list(message.reasons),
            0.0,
            0.0,
        )
        # Not a card that kept its tier asking something of its own (see STILL_ASKS): it
        # was never put in information, and a tier set on it is a tier set.
        replaced = next(
            (r for r in message.reasons if r[0] in SUPERSEDED and not r[1].get(STILL_ASKS)), None
        )
        if replaced is not None and tier.asks_action:
            # Moved back from information, where a later notice put it: the user's word on
            # that notice, not on triage's tier (it had the card asking for action), so
            # nothing to learn; and it is due when it was again.
            group_delta = sender_delta = 0.0
            was_due = replaced[1].get(WAS_DUE)
            if was_due is not None and message.deadline_ms is None:
                message.deadline_ms = int(was_due)
        elif teaches(
            Tier(message.tier),
            tier,
            (r[0] for r in message.reasons),
            message.deadline_ms is not None,
        ):
            lesson = lesson_of(Tier(message.tier), tier)
            if lesson is None:
                group_delta = _shift_group(session, message.group_id, direction * GROUP_STEP)
                sender_delta = _shift_sender(
                    session, message.account_id, message.sender_id, direction * SENDER_STEP
                )
            else:
                # The lesson alone: weights are the sender's in every group.
                group_delta = sender_delta = 0.0
                lesson_before = _set_lesson(session, message.group_id, message.sender_id, lesson)
                lesson_set = lesson.value
        else:
            # Nothing a like of it would follow (see teaches): the status bar promises
            # nothing, and nothing is learnt.
            group_delta = sender_delta = 0.0
        message.tier, message.tier_rank, message.corrected = tier.value, tier.rank, True
        message.score = ranked_score(
            tier.value, message.base_score, message.deadline_ms, now, message.reasons
        )
        message.reasons = [["user_correction", {}]] + [
            r for r in message.reasons if r[0] != "user_correction"
        ]
        _bump_version(session)
        return Correction(
            **{
                **_fields(before),
                "group_delta": group_delta,
                "sender_delta": sender_delta,
                "lesson_before": lesson_before,
                "lesson_set": lesson_set,
            }
        )


def undo_correction(sessions: sessionmaker[Session], correction: Correction, now: datetime) -> None:
    """Puts the message back in its tier, where its due time puts it at `now`: the score
    it had when moved was that of its due time then (undone hours later, a task due that
    morning came back listed as due within the hour)."""
    with sessions.begin() as session:
        message = session.get_one(Message, correction.message_id)
        message.tier, message.tier_rank = correction.tier, correction.tier_rank
        message.corrected, message.reasons = correction.corrected, correction.reasons
        if not Tier(correction.tier).asks_action and any(
            r[0] in SUPERSEDED and not r[1].get(STILL_ASKS) for r in correction.reasons
        ):
            # Back where a later notice put it: its due time asks nothing (see correct_tier).
            message.deadline_ms = None
        message.score = ranked_score(
            correction.tier, message.base_score, message.deadline_ms, now, correction.reasons
        )
        _shift_group(session, message.group_id, -correction.group_delta)
        _shift_sender(session, message.account_id, message.sender_id, -correction.sender_delta)
        if correction.lesson_set is not None:
            _unset_lesson(session, message.group_id, message.sender_id, correction)
        _bump_version(session)


def group_weights(sessions: sessionmaker[Session]) -> dict[str, float]:
    """Each group's weight by its remote id, for the settings dialog to show the nearest
    priority (the highest where two accounts share the room)."""
    with sessions() as session:
        found: dict[str, float] = {}
        for remote_id, weight in session.execute(select(Group.remote_id, Group.weight)):
            found[remote_id] = max(weight, found.get(remote_id, weight))
        return found


def set_group_priority(
    sessions: sessionmaker[Session], remote_id: str, priority: Priority, now: datetime
) -> int:
    """Sets the weight of the group (in every account that is in it) to the priority's,
    for triage to add to its new messages, and moves its open cards already triaged by
    the difference, within their tier, at once; returns how many moved.

    A stored tier stays: only triaging a message again could say whether the new weight
    takes it across a tier line. A card the user corrected keeps its place (their word on
    it stands), and a withdrawn one stays at the foot of its view."""
    with sessions.begin() as session:
        moved = 0
        for group in session.scalars(select(Group).where(Group.remote_id == remote_id)):
            delta = WEIGHTS[priority] - group.weight
            group.weight = WEIGHTS[priority]
            group.priority = None if priority == "normal" else priority
            if delta:
                moved += _move_cards(session, group, delta, now)
        _bump_version(session)
        return moved


def _move_cards(session: Session, group: Group, delta: float, now: datetime) -> int:
    rows = session.execute(
        select(
            Message.id, Message.tier, Message.base_score, Message.deadline_ms, Message.reasons
        ).where(
            Message.group_id == group.id,
            Message.done.is_(False),
            Message.corrected.is_(False),
            Message.withdrawn_ms.is_(None),
        )
    ).all()
    said = _weight_reason(group)
    changes = []
    for mid, tier, base, deadline, reasons in rows:
        # Triage says a group weight only where points decide (action or information).
        if tier in (Tier.ACTION.value, Tier.INFO.value):
            reasons = [r for r in reasons if r[0] != "group_weight"] + said
        base = round(base + delta, 3)
        changes.append(
            {
                "b_id": mid,
                "b_base": base,
                # By due time where it has one (see ranked_score): bands stay whole.
                "b_score": ranked_score(tier, base, deadline, now, reasons),
                "b_reasons": reasons,
            }
        )
    if changes:
        session.connection().execute(_MOVE, changes)
    return len(changes)


def _weight_reason(group: Group) -> list[list[Any]]:
    """The reason triage now gives for the group's weight (see tiers.assess)."""
    if not group.weight:
        return []
    said = weight_reason(group.weight, marked(group.priority, group.weight) or "")
    return [[said.code, dict(said.args)]]


_MOVE = (
    update(Message)
    .where(Message.id == bindparam("b_id"))
    .values(
        base_score=bindparam("b_base"), score=bindparam("b_score"), reasons=bindparam("b_reasons")
    )
)


def _fields(c: Correction) -> dict[str, Any]:
    return {name: getattr(c, name) for name in Correction.__slots__}


def _clamped(value: float) -> float:
    return max(-LIMIT, min(LIMIT, value))


def _shift_group(session: Session, group_id: int, delta: float) -> float:
    group = session.get_one(Group, group_id)
    new = _clamped(group.weight + delta)
    applied, group.weight = new - group.weight, new
    return applied


def _shift_sender(session: Session, account_id: int, sender_id: str, delta: float) -> float:
    row = session.scalar(
        select(SenderWeight).where(
            SenderWeight.account_id == account_id, SenderWeight.sender_id == sender_id
        )
    )
    if row is None:
        row = SenderWeight(account_id=account_id, sender_id=sender_id, weight=0.0)
        session.add(row)
    new = _clamped(row.weight + delta)
    applied, row.weight = new - row.weight, new
    return applied


def _lesson_row(session: Session, group_id: int, sender_id: str) -> SenderLesson | None:
    return session.scalar(
        select(SenderLesson).where(
            SenderLesson.group_id == group_id, SenderLesson.sender_id == sender_id
        )
    )


def _set_lesson(session: Session, group_id: int, sender_id: str, lesson: str) -> str | None:
    """Leaves `lesson` for the sender in the group, in place of any before (the latest
    correction stands); returns the one before."""
    row = _lesson_row(session, group_id, sender_id)
    if row is None:
        session.add(SenderLesson(group_id=group_id, sender_id=sender_id, lesson=lesson))
        return None
    before, row.lesson = row.lesson, lesson
    return before


def _unset_lesson(session: Session, group_id: int, sender_id: str, correction: Correction) -> None:
    """Takes back the lesson the correction left, to the one it replaced: only while it
    stands, as a later correction's lesson is that one's to take back."""
    row = _lesson_row(session, group_id, sender_id)
    if row is None or row.lesson != correction.lesson_set:
        return
    if correction.lesson_before is None:
        session.delete(row)
    else:
        row.lesson = correction.lesson_before


def _bump_version(session: Session) -> None:
    setting = session.get(Setting, VERSION_SETTING)
    if setting is None:
        session.add(Setting(name=VERSION_SETTING, value=1))
    else:
        setting.value = int(setting.value) + 1
