"""Tier corrections: the user's verdict sticks, and teaches triage about the group and sender
where desk.core.lessons says it does."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.corrected_reasons import TRIAGED
from desk.core.group_priority import WEIGHTS, Priority, marked, weight_reason
from desk.core.lessons import lesson_of, teaches
from desk.core.messages import Tier
from desk.core.reasons import STILL_ASKS, SUPERSEDED, WAS_DUE
from desk.store.models import Group, Message, SenderLesson, SenderWeight, Setting
from desk.store.preset_record import given, given_priority
from desk.store.ranking import confirmed_ding, confirmed_dings, ranked_score

VERSION_SETTING = "triage_weights_version"
# One correction moves a sender by half a point and a group by a quarter: about two
# corrections move a borderline item across a tier line (see TriageConfig). Across the line
# with noise a correction leaves a lesson instead (SenderLesson), as points do not decide
# noise.
SENDER_STEP = 0.5
GROUP_STEP = 0.25
LIMIT = 3.0


@dataclass(frozen=True, slots=True)
class Learnt:
    """What corrections changed of what triage learns from: the group's and the sender's
    weights moved by so much, and, where `lesson_moved`, the sender's lesson in the group
    moved from `lesson_before` to `lesson_after` (None: no lesson)."""

    group_delta: float = 0.0
    sender_delta: float = 0.0
    lesson_moved: bool = False
    lesson_before: str | None = None
    lesson_after: str | None = None

    def then(self, later: Learnt) -> Learnt:
        """This, followed by `later`."""
        return Learnt(
            self.group_delta + later.group_delta,
            self.sender_delta + later.sender_delta,
            self.lesson_moved or later.lesson_moved,
            self.lesson_before if self.lesson_moved else later.lesson_before,
            later.lesson_after if later.lesson_moved else self.lesson_after,
        )

    def taken_back(self) -> Learnt:
        """What takes this back."""
        return Learnt(
            -self.group_delta,
            -self.sender_delta,
            self.lesson_moved,
            self.lesson_after,
            self.lesson_before,
        )


@dataclass(frozen=True, slots=True)
class Correction:
    """Enough to undo one correction exactly."""

    message_id: int
    tier: str
    tier_rank: int
    corrected: bool
    reasons: list[list[Any]]
    learnt: Learnt = Learnt()
    # Moved back to the tier desk gave it: `learnt` takes back what moving it away taught
    # (the status bar says so, not that the sender's like will follow).
    taken_back: bool = False


# Arguments of a card's user_correction reason that no text shows: the tier desk gave the
# card before the user first moved it, and what its corrections taught since (see
# Learnt), for a move back to that tier to take back.
_TRIAGED = TRIAGED
_GROUP = "group"
_SENDER = "sender"
_LESSON_MOVED = "lesson_moved"
_LESSON_BEFORE = "lesson_before"
_LESSON_AFTER = "lesson_after"


def weights_version(sessions: sessionmaker[Session]) -> object:
    with sessions() as session:
        return weights_version_in(session)


def weights_version_in(session: Session) -> object:
    """What changes with every correction the user teaches triage (see _bump_version)."""
    return session.scalar(select(Setting.value).where(Setting.name == VERSION_SETTING))


def correct_tier(
    sessions: sessionmaker[Session], message_id: int, tier: Tier, now: datetime
) -> Correction | None:
    """Sets the message's tier, and its place in it at `now` (a due time counts for action
    only: moved to information, an overdue card went to the top of it); None if it
    already had that tier."""
    with sessions.begin() as session:
        return _correct_in(session, message_id, tier, now)


def foresee_correction(
    sessions: sessionmaker[Session], message_id: int, tier: Tier, now: datetime
) -> Correction | None:
    """What `correct_tier` would teach, without teaching it: the same steps, rolled back.
    The question before an urgent or @me card goes to Noise promised "desk will rank
    similar messages lower" where the move taught nothing, or put a lesson away instead
    (a tester): asked of the move itself, it promises only what the move will do."""
    with sessions() as session:
        try:
            return _correct_in(session, message_id, tier, now)
        finally:
            session.rollback()


def _correct_in(session: Session, message_id: int, tier: Tier, now: datetime) -> Correction | None:
    """correct_tier's steps in `session`'s transaction."""
    message = session.get_one(Message, message_id)
    if message.tier == tier.value:
        return None
    before = Correction(
        message.id, message.tier, message.tier_rank, message.corrected, list(message.reasons)
    )
    recorded = _recorded(message)
    learnt = _learn(session, message, tier, recorded)
    said = _said(tier, recorded, learnt)
    message.tier, message.tier_rank, message.corrected = tier.value, tier.rank, True
    message.score = ranked_score(
        tier.value,
        message.base_score,
        message.deadline_ms,
        now,
        message.reasons,
        confirmed=confirmed_ding(session, message),
    )
    message.reasons = [said] + [r for r in message.reasons if r[0] != "user_correction"]
    _bump_version(session)
    back = recorded is not None and tier.value == recorded[0]
    return replace(before, learnt=learnt, taken_back=back and learnt != Learnt())


def _learn(
    session: Session, message: Message, tier: Tier, recorded: tuple[str, Learnt] | None
) -> Learnt:
    """Teaches triage what moving the message to `tier` teaches (see desk.core.lessons),
    and returns what it changed."""
    # Not a card that kept its tier asking something of its own (see STILL_ASKS): it
    # was never put in information, and a tier set on it is a tier set.
    replaced = next(
        (r for r in message.reasons if r[0] in SUPERSEDED and not r[1].get(STILL_ASKS)), None
    )
    if replaced is not None and tier.asks_action:
        # Moved back from information, where a later notice put it: the user's word on
        # that notice, not on triage's tier (it had the card asking for action), so
        # nothing to learn; and it is due when it was again.
        was_due = replaced[1].get(WAS_DUE)
        if was_due is not None and message.deadline_ms is None:
            message.deadline_ms = int(was_due)
        return Learnt()
    if recorded is not None and tier.value == recorded[0]:
        # Back where desk put it: what moving it away taught is taken back, not turned
        # into the opposite (chat read and put back puts away none of the sender's).
        return _apply(session, message, recorded[1].taken_back())
    was = Tier(message.tier)
    if not teaches(was, tier, (r[0] for r in message.reasons), message.deadline_ms is not None):
        # Nothing a like of it would follow: the status bar promises nothing.
        return Learnt()
    lesson = lesson_of(was, tier)
    if lesson is None:
        direction = 1.0 if tier.rank < message.tier_rank else -1.0
        return _apply(session, message, Learnt(direction * GROUP_STEP, direction * SENDER_STEP))
    # The lesson alone: weights are the sender's in every group.
    standing = _lesson_row(session, message.group_id, message.sender_id)
    return _apply(
        session,
        message,
        Learnt(
            lesson_moved=True,
            lesson_before=None if standing is None else standing.lesson,
            lesson_after=lesson.value,
        ),
    )


def _recorded(message: Message) -> tuple[str, Learnt] | None:
    """The tier desk gave the message, and what the user's corrections of it taught since;
    None for a card corrected before desk kept them (its corrections stand as made)."""
    if not message.corrected:
        return message.tier, Learnt()
    args = next((r[1] for r in message.reasons if r[0] == "user_correction"), {})
    if _TRIAGED not in args:
        return None
    return args[_TRIAGED], Learnt(
        float(args.get(_GROUP, 0.0)),
        float(args.get(_SENDER, 0.0)),
        bool(args.get(_LESSON_MOVED)),
        args.get(_LESSON_BEFORE) or None,
        args.get(_LESSON_AFTER) or None,
    )


def _said(tier: Tier, recorded: tuple[str, Learnt] | None, learnt: Learnt) -> list[Any]:
    """The user_correction reason of a message moved to `tier`, keeping what its
    corrections taught (see _recorded)."""
    if recorded is None:
        return ["user_correction", {}]
    triaged, taught = recorded
    taught = Learnt() if tier.value == triaged else taught.then(learnt)
    args = {_TRIAGED: triaged}
    if taught.group_delta:
        args[_GROUP] = str(taught.group_delta)
    if taught.sender_delta:
        args[_SENDER] = str(taught.sender_delta)
    if taught.lesson_moved:
        args[_LESSON_MOVED] = "1"
        args[_LESSON_BEFORE] = taught.lesson_before or ""
        args[_LESSON_AFTER] = taught.lesson_after or ""
    return ["user_correction", args]


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
            correction.tier,
            message.base_score,
            message.deadline_ms,
            now,
            correction.reasons,
            confirmed=confirmed_ding(session, message),
        )
        _apply(session, message, correction.learnt.taken_back())
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
        record = given(session)
        groups = session.scalars(select(Group).where(Group.remote_id == remote_id))
        # Back at what the policy gave it: desk takes it for the policy's again (see
        # group_presets), and its cards say so.
        return sum(
            mark_group(session, g, priority, now, by_policy=given_priority(record, g) == priority)
            for g in groups
        )


def mark_group(
    session: Session, group: Group, priority: Priority, now: datetime, *, by_policy: bool = False
) -> int:
    """Gives one group (of one account) the priority as set_group_priority does, in
    `session`; returns how many of its open cards moved. `by_policy`: the administrator's
    policy gives it, which their reasons then say."""
    delta = WEIGHTS[priority] - group.weight
    group.weight = WEIGHTS[priority]
    group.priority = None if priority == "normal" else priority
    _bump_version(session)
    return _move_cards(session, group, delta, now, by_policy) if delta else 0


def _move_cards(
    session: Session, group: Group, delta: float, now: datetime, by_policy: bool
) -> int:
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
    said = _weight_reason(group, by_policy)
    # A DING the user confirmed keeps below what is still owed (see ranked_score).
    confirmed = confirmed_dings(session, [row.id for row in rows])
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
                "b_score": ranked_score(
                    tier, base, deadline, now, reasons, confirmed=mid in confirmed
                ),
                "b_reasons": reasons,
            }
        )
    if changes:
        session.connection().execute(_MOVE, changes)
    return len(changes)


def _weight_reason(group: Group, by_policy: bool) -> list[list[Any]]:
    """The reason triage now gives for the group's weight (see tiers.assess)."""
    if not group.weight:
        return []
    said = weight_reason(group.weight, marked(group.priority, group.weight) or "", by_policy)
    return [[said.code, dict(said.args)]]


_MOVE = (
    update(Message)
    .where(Message.id == bindparam("b_id"))
    .values(
        base_score=bindparam("b_base"), score=bindparam("b_score"), reasons=bindparam("b_reasons")
    )
)


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


def _apply(session: Session, message: Message, learnt: Learnt) -> Learnt:
    """Moves the message's group and sender weights and the sender's lesson in the group
    as `learnt` says; returns what moved (a weight stops at LIMIT)."""
    group_delta = sender_delta = 0.0
    if learnt.group_delta:
        group_delta = _shift_group(session, message.group_id, learnt.group_delta)
    if learnt.sender_delta:
        sender_delta = _shift_sender(
            session, message.account_id, message.sender_id, learnt.sender_delta
        )
    moved = learnt.lesson_moved and _move_lesson(
        session, message.group_id, message.sender_id, learnt.lesson_before, learnt.lesson_after
    )
    if not moved:
        return Learnt(group_delta, sender_delta)
    return Learnt(group_delta, sender_delta, True, learnt.lesson_before, learnt.lesson_after)


def _move_lesson(
    session: Session, group_id: int, sender_id: str, was: str | None, to: str | None
) -> bool:
    """Sets the sender's lesson in the group (None: none) from `was` to `to`, only while
    `was` stands, as the latest correction's lesson stands and is that one's to take back;
    whether it did."""
    row = _lesson_row(session, group_id, sender_id)
    if (None if row is None else row.lesson) != was:
        return False
    if row is None:
        if to is not None:
            session.add(SenderLesson(group_id=group_id, sender_id=sender_id, lesson=to))
    elif to is None:
        session.delete(row)
    else:
        row.lesson = to
    return True


def _bump_version(session: Session) -> None:
    setting = session.get(Setting, VERSION_SETTING)
    if setting is None:
        session.add(Setting(name=VERSION_SETTING, value=1))
    else:
        setting.value = int(setting.value) + 1
