"""Which messages still await a notification decision, and what quiet hours are holding."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, case, cast, func, or_, select, text, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk.core.delivery import Delivery
from desk.core.messages import Tier
from desk.core.notify_policy import Candidate, OwnItem
from desk.core.reasons import FROM_YOU, SENT_PRESSING, aware_instant
from desk.store import tables
from desk.store.inbox import card_of, holding, through_twin
from desk.store.models import DingConfirmation, Group, Message, Setting, from_ms, to_ms
from desk.store.outbox import OutboxItem

DIGESTED = "digested"
# The last digest (`Digest.record`), with the settings though no setting: the status line
# and Ctrl+7's list came back empty after a restart the same morning (a tester).
LAST_DIGEST = "last_digest"
# The replies to the user's own urgent items told of in a pop-up (see
# AlertCoordinator._own_pops), by item: kept so that a restart never tells them again.
OWN_REPLIES_TOLD = "own_replies_told"


# A message that opens with the user's name (李明，周五前交材料) has this reason, which the
# morning digest names as it names an @: read from the stored reasons' JSON in the query,
# not from every held row's reasons in Python (a night's flood holds thousands).
def _addressed(message: Any) -> ColumnElement[bool]:
    return cast(message.reasons, Text).like('%"addresses_you"%')


_ADDRESSED = _addressed(Message)
# A copy of a notice posted before (see Candidate.repeat): its card is another message,
# which the user was told of (alerted, held for the digest, or in one), or is being told
# of in the same round (undecided yet: forwarded into four groups at once), and which was
# as pressing. A card never alerted (a muted group's, history) or less pressing (the copy
# came as 紧急) leaves the copy news: held as a repeat, an urgent forward of a muted
# group's post kept quiet hours for the first the user heard of it. A card the user
# wrote is no news to them however it stands (silent, and kept as no task of theirs): a
# colleague relaying their own 【火情】 notice at night rang as the first word of a fire.
_HEAD = aliased(Message)
_REPEAT = (
    select(_HEAD.id)
    .where(
        Message.cluster.is_not(None),
        Message.cluster != Message.remote_id,
        _HEAD.account_id == Message.account_id,
        _HEAD.remote_id == Message.cluster,
        or_(
            func.instr(_HEAD.reasons, f'"{FROM_YOU}"') > 0,
            and_(
                or_(
                    _HEAD.notify_state.is_(None),
                    _HEAD.notify_state.in_((Delivery.NOTIFY.value, Delivery.HOLD.value, DIGESTED)),
                ),
                _HEAD.tier_rank <= Message.tier_rank,
            ),
        ),
    )
    .exists()
)


def _confirmed_before(own: Any) -> ColumnElement[bool]:
    """That the message (a receipt answering `own`, an item of the user's own) is its
    sender's second confirmation of `own`'s notice: the item, its card, or another DING
    of it (a re-DING, or the DING a re-DING repeats). Confirmed before by a DING
    confirmation (a 收到 or an acknowledgement event) or an earlier receipt. Asked only
    of receipts answering an item of the user's own: few, and looked up by index."""
    head = func.coalesce(own.cluster, own.remote_id)
    notice = aliased(Message, name="notice")
    of_notice = select(notice.remote_id).where(
        notice.account_id == own.account_id,
        or_(notice.remote_id == head, notice.cluster == head),
    )
    earlier = aliased(Message, name="earlier")
    confirmed = (
        select(DingConfirmation.id)
        .where(
            DingConfirmation.account_id == Message.account_id,
            DingConfirmation.ding_remote_id.in_(of_notice),
            DingConfirmation.user_id == Message.sender_id,
            DingConfirmation.ts_ms <= Message.ts_ms,
            # Not this very receipt's confirmation, recorded as it came in.
            or_(
                DingConfirmation.remote_id.is_(None),
                DingConfirmation.remote_id != Message.remote_id,
            ),
        )
        .exists()
    )
    acked = (
        select(earlier.id)
        .where(
            earlier.account_id == Message.account_id,
            or_(earlier.ack_of.in_(of_notice), earlier.reply_to.in_(of_notice)),
            earlier.ack.is_(True),
            earlier.sender_id == Message.sender_id,
            earlier.id != Message.id,
            earlier.ts_ms <= Message.ts_ms,
        )
        .exists()
    )
    return case(
        (and_(Message.ack.is_(True), own.id.is_not(None)), or_(confirmed, acked)), else_=False
    )


# What was notified since a time, unread and not done, read by time: every message
# notified in a year of use holds notify_state 'notify', and left to choose, SQLite read
# them all by that index (or every card not done by the inbox's).
_NOTIFIED_SINCE = text(
    "SELECT id FROM messages INDEXED BY ix_messages_ts "
    "WHERE ts_ms >= :since AND notify_state = :state AND read = 0 AND done = 0"
)


class NotificationLedger:
    """The notifier's memory, in the store so a restart neither repeats nor forgets."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def undecided(self, limit: int = 500) -> list[Candidate]:
        with self._sessions() as session:
            return self._candidates(session, Message.notify_state.is_(None), limit)

    def held(self, before: datetime | None = None) -> list[Candidate]:
        """What quiet hours held, by card as their list shows it (see `held_count`): a
        notice forwarded into four groups is one, said as its newest copy held (whose time
        tells the quiet run), put to the user if any copy held was; only what was posted
        `before` a time if given (a quiet run that has ended)."""
        held, card = tables.messages.alias("held"), tables.messages.alias("card")
        # A twin's card is its first row's (see inbox.through_twin).
        joined, first_card = through_twin(
            select().join_from(held, card, card_of(held, card)), card, "card"
        )
        query = (
            joined.add_columns(
                func.coalesce(first_card.c.id, card.c.id),
                Group.remote_id,
                Group.name,
                held.c.sender_id,
                held.c.sender_name,
                func.coalesce(first_card.c.tier, card.c.tier),
                held.c.ts_ms,
                held.c.ding,
                held.c.mentions_me,
                _addressed(held.c),
            )
            .join(Group, Group.id == held.c.group_id)
            .where(
                held.c.notify_state == Delivery.HOLD.value,
                held.c.ack_of.is_(None),
                func.coalesce(first_card.c.done, card.c.done).is_(False),
                *([] if before is None else [held.c.ts_ms < to_ms(before)]),
            )
            .order_by(held.c.ts_ms)
        )
        by_card: dict[int, Candidate] = {}
        with self._sessions() as session:
            for row in session.execute(query):
                newest = _candidate(row)
                older = by_card.get(newest.message_id)
                by_card[newest.message_id] = (
                    newest
                    if older is None
                    else replace(
                        newest,
                        ding=newest.ding or older.ding,
                        mentions_me=newest.mentions_me or older.mentions_me,
                        addressed=newest.addressed or older.addressed,
                    )
                )
        return list(by_card.values())

    def record(self, decisions: Iterable[tuple[int, Delivery]]) -> None:
        by_state: dict[str, list[int]] = {}
        for message_id, delivery in decisions:
            by_state.setdefault(delivery.value, []).append(message_id)
        with self._sessions.begin() as session:
            for state, ids in by_state.items():
                session.execute(
                    update(Message).where(Message.id.in_(ids)).values(notify_state=state)
                )

    def mark_digested(
        self,
        ids: Sequence[int],
        record: Mapping[str, Any] | None = None,
        before: datetime | None = None,
    ) -> None:
        """Marks `ids` digested and, in the same transaction, keeps the digest's `record`:
        either both are stored or neither. What else the quiet period held, done or an ack
        (out of its list and count), goes with them: taken back out of Done another day,
        it was not held that night. `before`: the quiet run digested ended then, and what
        the present one holds (posted since) stays held."""
        rest = [Message.notify_state == Delivery.HOLD.value]
        if before is not None:
            rest.append(Message.ts_ms < to_ms(before))
        with self._sessions.begin() as session:
            # Held cards: a card whose notice was alerted by day, held for a copy forwarded
            # at night, keeps its state (the copy is digested below).
            session.execute(
                update(Message)
                .where(Message.id.in_(list(ids)), Message.notify_state == Delivery.HOLD.value)
                .values(notify_state=DIGESTED)
            )
            session.execute(update(Message).where(*rest).values(notify_state=DIGESTED))
            if record is not None:
                _keep(session, dict(record))

    def keep_digest(self, record: Mapping[str, Any]) -> None:
        with self._sessions.begin() as session:
            _keep(session, dict(record))

    def kept_digest(self) -> object:
        with self._sessions() as session:
            return session.scalar(select(Setting.value).where(Setting.name == LAST_DIGEST))

    def own_replies_told(self) -> object:
        """The record kept by `keep_own_replies_told` (None before any)."""
        with self._sessions() as session:
            return session.scalar(select(Setting.value).where(Setting.name == OWN_REPLIES_TOLD))

    def keep_own_replies_told(self, record: Mapping[str, Any]) -> None:
        with self._sessions.begin() as session:
            row = session.get(Setting, OWN_REPLIES_TOLD)
            if row is None:
                session.add(Setting(name=OWN_REPLIES_TOLD, value=dict(record)))
            else:
                row.value = dict(record)

    def woken(self, since: datetime) -> list[Candidate]:
        """The messages put to the user (@ or by name) notified since `since`, unread and
        not done: those notified while quiet are what the digest adds (the caller knows
        when it was quiet). Few: a night lets through the urgent alone."""
        with self._sessions() as session:
            notified = list(
                session.scalars(
                    _NOTIFIED_SINCE, {"since": to_ms(since), "state": Delivery.NOTIFY.value}
                )
            )
            if not notified:
                return []
            return self._candidates(
                session,
                Message.id.in_(notified) & or_(Message.mentions_me.is_(True), _ADDRESSED),
                None,
            )

    def held_count(self, beside: Sequence[int] = ()) -> int:
        """How many messages Ctrl+7 lists while quiet hours last: the status bar's 7 条暂缓
        counted acks and cards marked done, and the list showed none of them (a tester);
        with the messages `beside`, the last digest's that such a list joins (see
        inbox.holding)."""
        with self._sessions() as session:
            return session.scalar(select(func.count()).where(*holding(beside=beside))) or 0

    @staticmethod
    def _candidates(session: Session, condition: object, limit: int | None) -> list[Candidate]:
        # The message of the user's own it answers: what it quotes, the notice it confirms,
        # or the one it answers unquoted, as ingest linked them (a plain 收到 to a DING the
        # user sent, by who still owed one: see sync.dings._to_owed_dings); and, for a DING
        # of theirs, its outbox item, which holds the due time they set.
        own = aliased(Message, name="own")
        target = func.coalesce(Message.reply_to, Message.ack_of, Message.answers)
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
                _REPEAT,
                Message.ack,
                _confirmed_before(own),
                own.id,
                own.ts_ms,
                own.reasons,
                OutboxItem.ding,
                Message.twin_of,
            )
            .join(Group, Group.id == Message.group_id)
            .outerjoin(
                own,
                and_(
                    own.account_id == Message.account_id,
                    own.remote_id == target,
                    func.instr(own.reasons, f'"{FROM_YOU}"') > 0,
                ),
            )
            .outerjoin(
                OutboxItem,
                and_(
                    OutboxItem.account_id == own.account_id,
                    OutboxItem.remote_id == own.remote_id,
                    OutboxItem.ding.is_not(None),
                ),
            )
            .where(condition)  # type: ignore[arg-type]
            .order_by(Message.ts_ms)
        )
        if limit is not None:
            query = query.limit(limit)
        found: dict[int, Candidate] = {}
        for row in session.execute(query):
            # One row a message: a DING sent elsewhere and back may have two outbox items.
            candidate = _candidate(row[:13], _own_item(*row[13:17]))
            found.setdefault(row[0], replace(candidate, twin=row[17] is not None))
        return list(found.values())


def _own_item(own_id: int | None, posted_ms: int | None, reasons: Any, ding: Any) -> OwnItem | None:
    """The item of the user's own a message answers, from its row and, for a DING, its
    outbox item's `ding`: its due time that, else the one triage read in its words."""
    if own_id is None or posted_ms is None:
        return None
    urgent, deadline = False, None
    for reason in reasons if isinstance(reasons, list) else ():
        if isinstance(reason, list) and len(reason) == 2 and reason[0] == SENT_PRESSING:
            args = reason[1] if isinstance(reason[1], dict) else {}
            urgent = args.get("urgent") == "1"
            deadline = aware_instant(args.get("due"))
    if isinstance(ding, dict) and ding.get("deadline"):
        deadline = aware_instant(ding["deadline"]) or deadline
    return OwnItem(own_id, from_ms(posted_ms), deadline, ding is not None, urgent)


def _candidate(row: Any, answering: OwnItem | None = None) -> Candidate:
    mid, gid, gname, sid, sname, tier, ts, ding, mentions, named, *rest = row
    repeat, receipt, confirmed_before = (*rest, False, False, False)[:3]
    return Candidate(
        mid,
        gid,
        gname,
        sid,
        sname,
        Tier(tier),
        from_ms(ts),
        ding,
        mentions,
        bool(named),
        bool(repeat),
        answering,
        receipt=bool(receipt),
        confirmed_before=bool(confirmed_before),
    )


def _keep(session: Session, record: dict[str, Any]) -> None:
    row = session.get(Setting, LAST_DIGEST)
    if row is None:
        session.add(Setting(name=LAST_DIGEST, value=record))
    else:
        row.value = record
