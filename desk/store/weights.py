"""Tier corrections: the user's verdict sticks, and teaches triage about the group and sender."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import Tier
from desk.store.models import Group, Message, SenderWeight, Setting
from desk.store.ranking import ranked_score

VERSION_SETTING = "triage_weights_version"
# One correction moves a sender by half a point and a group by a quarter: about two
# corrections move a borderline item across a tier line (see TriageConfig).
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
        before = Correction(
            message_id,
            message.tier,
            message.tier_rank,
            message.corrected,
            list(message.reasons),
            0.0,
            0.0,
        )
        group_delta = _shift_group(session, message.group_id, direction * GROUP_STEP)
        sender_delta = _shift_sender(
            session, message.account_id, message.sender_id, direction * SENDER_STEP
        )
        message.tier, message.tier_rank, message.corrected = tier.value, tier.rank, True
        message.score = ranked_score(
            tier.value, message.base_score, message.deadline_ms, now, message.reasons
        )
        message.reasons = [["user_correction", {}]] + [
            r for r in message.reasons if r[0] != "user_correction"
        ]
        _bump_version(session)
        return Correction(
            **{**_fields(before), "group_delta": group_delta, "sender_delta": sender_delta}
        )


def undo_correction(sessions: sessionmaker[Session], correction: Correction, now: datetime) -> None:
    """Puts the message back in its tier, where its due time puts it at `now`: the score
    it had when moved was that of its due time then (undone hours later, a task due that
    morning came back listed as due within the hour)."""
    with sessions.begin() as session:
        message = session.get_one(Message, correction.message_id)
        message.tier, message.tier_rank = correction.tier, correction.tier_rank
        message.corrected, message.reasons = correction.corrected, correction.reasons
        message.score = ranked_score(
            correction.tier, message.base_score, message.deadline_ms, now, correction.reasons
        )
        _shift_group(session, message.group_id, -correction.group_delta)
        _shift_sender(session, message.account_id, message.sender_id, -correction.sender_delta)
        _bump_version(session)


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


def _bump_version(session: Session) -> None:
    setting = session.get(Setting, VERSION_SETTING)
    if setting is None:
        session.add(Setting(name=VERSION_SETTING, value=1))
    else:
        setting.value = int(setting.value) + 1
