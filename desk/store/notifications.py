"""Which messages still await a notification decision, and what quiet hours are holding."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Text, cast, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desk.core.messages import Tier
from desk.core.notify_policy import Candidate, Delivery
from desk.store.models import Group, Message, from_ms

DIGESTED = "digested"
# A message that opens with the user's name (李明，周五前交材料) has this reason, which the
# morning digest names as it names an @: read from the stored reasons' JSON in the query,
# not from every held row's reasons in Python (a night's flood holds thousands).
_ADDRESSED = cast(Message.reasons, Text).like('%"addresses_you"%')


class NotificationLedger:
    """The notifier's memory, in the store so a restart neither repeats nor forgets."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def undecided(self, limit: int = 500) -> list[Candidate]:
        with self._sessions() as session:
            return self._candidates(session, Message.notify_state.is_(None), limit)

    def held(self) -> list[Candidate]:
        with self._sessions() as session:
            return self._candidates(session, Message.notify_state == Delivery.HOLD.value, None)

    def record(self, decisions: Iterable[tuple[int, Delivery]]) -> None:
        by_state: dict[str, list[int]] = {}
        for message_id, delivery in decisions:
            by_state.setdefault(delivery.value, []).append(message_id)
        with self._sessions.begin() as session:
            for state, ids in by_state.items():
                session.execute(
                    update(Message).where(Message.id.in_(ids)).values(notify_state=state)
                )

    def mark_digested(self, ids: Sequence[int]) -> None:
        with self._sessions.begin() as session:
            session.execute(
                update(Message).where(Message.id.in_(list(ids))).values(notify_state=DIGESTED)
            )

    def held_count(self) -> int:
        with self._sessions() as session:
            return (
                session.scalar(
                    select(func.count()).where(Message.notify_state == Delivery.HOLD.value)
                )
                or 0
            )

    @staticmethod
    def _candidates(session: Session, condition: object, limit: int | None) -> list[Candidate]:
        query = (
            select(
                Message.id,
                Group.remote_id,
                Group.name,
                Message.sender_id,
                Message.sender_name,
                Message.tier,
                Message.ts_ms,
                Message.ding,
                Message.mentions_me,
                _ADDRESSED,
            )
            .join(Group, Group.id == Message.group_id)
            .where(condition)  # type: ignore[arg-type]
            .order_by(Message.ts_ms)
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            Candidate(
                mid, gid, gname, sid, sname, Tier(tier), from_ms(ts), ding, mentions, bool(named)
            )
            for mid, gid, gname, sid, sname, tier, ts, ding, mentions, named in session.execute(
                query
            )
        ]
