"""Sending DINGs and following their confirmations.

`record_sent_elsewhere` runs inside the ingest transaction too: a DING the user sent from
another device (their phone) gets a record in the outbox, already sent, so its card, its
roster and DINGs I sent… read it as one sent from desk.
`record_confirmations` runs inside the ingest transaction: explicit acknowledgements
(`SyncBatch.acks`) and pure acknowledgement messages that reply to a DING (or that
triage attached to one) become rows of `ding_confirmations`, once per person.
`DingOutbox` is what the composer and the roster use: the groups and members to
choose from, queueing a DING, the DINGs the user sent with their rosters, and the
re-DING of the unconfirmed, refused within `RE_DING_INTERVAL` of the last one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from desk.connectors.protocol import DingRequest, IncomingMessage, SyncBatch
from desk.core.clock import Clock
from desk.core.dings import Person, opens_with_receipt, re_ding_wait
from desk.core.reasons import ACK_PROMISE, FROM_YOU
from desk.store.dings import (
    SentDing,
    is_me,
    me_on,
    members_of,
    sent_dings,
)
from desk.store.escalations import confirmed_elsewhere
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.models import (
    DingConfirmation,
    DingResend,
    Escalation,
    Group,
    Member,
    Message,
    from_ms,
    to_ms,
)
from desk.store.outbox import OutboxItem
from desk.store.ranking import ranked_score
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.outbox import ding_json, enqueue

log = logging.getLogger("desk.sync.dings")

_CHUNK = 500
# How long after a DING the user sent a plain 收到 of someone who owes its confirmation
# still confirms it, whatever triage attached it to (see _to_owed_dings).
OWED_WINDOW = timedelta(hours=24)


def own_dings(session: Session, account_id: int, remote_ids: Collection[str]) -> set[str]:
    """Which of these messages of the user's (`remote_ids`) are DINGs they sent: from desk
    (the outbox sent it as one) or from another device (recorded by record_sent_elsewhere,
    or to be: `own_ding` says so before). Triage folds them into nothing and nothing into
    them (see core Message.sent_ding)."""
    wanted = list(remote_ids)
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        found.update(
            str(remote_id)
            for remote_id in session.scalars(
                select(OutboxItem.remote_id).where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.remote_id.in_(wanted[start : start + _CHUNK]),
                    OutboxItem.ding.is_not(None),
                )
            )
        )
    return found


def own_dings_sent_as(session: Session, account_id: int, sent: Mapping[str, str]) -> set[str]:
    """Which of these messages of the user's, desk's own as the server gives them back
    (`sent`: transaction id to remote id), are DINGs its outbox sent, before the send's
    answer gave the outbox their remote ids (lost, or later than the sync): as
    `own_dings`. The outbox takes the remote id from them at once, as that answer would
    give it (the same, sent again under the same transaction id): the confirmations
    that come count for the DING, and a restart knows it too."""
    wanted = list(sent)
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        for txn_id in session.scalars(
            select(OutboxItem.txn_id).where(
                OutboxItem.account_id == account_id,
                OutboxItem.txn_id.in_(wanted[start : start + _CHUNK]),
                OutboxItem.ding.is_not(None),
                OutboxItem.remote_id.is_(None),
            )
        ):
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.account_id == account_id, OutboxItem.txn_id == txn_id)
                .values(remote_id=sent[txn_id])
            )
            found.add(sent[txn_id])
    return found


def record_sent_elsewhere(
    session: Session, account_id: int, messages: Iterable[IncomingMessage]
) -> int:
    """Records the DINGs the user sent from another device among these new messages as
    outbox items already sent (`sent_elsewhere` in their `ding`), which nothing sends
    again: the roster finds them as it finds the DINGs sent from desk, and the
    confirmations stored by their remote ids count for them. Not one the outbox has
    already (desk's own, back from the server). Runs before the batch's confirmations
    (one may come with its DING) and withdrawals are recorded; returns how many."""
    mine = {
        m.remote_id: (m, ding) for m in messages if m.from_me and (ding := m.own_ding) is not None
    }
    if not mine:
        return 0
    wanted = list(mine)
    for start in range(0, len(wanted), _CHUNK):
        for known in session.scalars(
            select(OutboxItem.remote_id).where(
                OutboxItem.account_id == account_id,
                OutboxItem.remote_id.in_(wanted[start : start + _CHUNK]),
            )
        ):
            mine.pop(str(known), None)
    added: dict[str, OutboxItem] = {}
    for m, ding in mine.values():
        sent_ms = to_ms(m.ts)
        added[m.remote_id] = OutboxItem(
            account_id=account_id,
            txn_id=_txn_elsewhere(account_id, m.remote_id),
            group_remote_id=m.group_id,
            text=m.text,
            ding={**ding_json(ding), "sent_elsewhere": True},
            state=OutboxState.SENT.value,
            attempts=0,
            created_ms=sent_ms,
            sent_ms=sent_ms,
            remote_id=m.remote_id,
        )
    session.add_all(added.values())
    re_dings = sorted(
        ((m, ding) for m, ding in mine.values() if ding.repeats), key=lambda found: found[0].ts
    )
    if re_dings:
        session.flush()  # their ids, and what the query below reads
        _link_re_dings(session, account_id, re_dings, added)
    if mine:
        log.info("account %d: %d DINGs sent from another device", account_id, len(mine))
    return len(mine)


def _txn_elsewhere(account_id: int, remote_id: str) -> str:
    # Unique like a transaction id desk makes, within the column's 64 characters
    # whatever the server's ids are like; never sent, so never seen by a server.
    digest = hashlib.sha256(f"{account_id}\n{remote_id}".encode()).hexdigest()[:40]
    return f"elsewhere-{digest}"


def _link_re_dings(
    session: Session,
    account_id: int,
    re_dings: list[tuple[IncomingMessage, DingRequest]],
    added: dict[str, OutboxItem],
) -> None:
    """Links each re-DING sent elsewhere (oldest first) to the DING it repeats, if this
    desk knows that DING (sent here or elsewhere, this batch too), as `DingOutbox.re_ding`
    links its own: the roster counts both, and the five minutes to the next re-DING run
    from the latest. One repeating a DING unknown here stays a DING of its own."""
    wanted = list({ding.repeats for _m, ding in re_dings if ding.repeats})
    root: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        root.update(
            (str(remote_id), outbox_id)
            for remote_id, outbox_id in session.execute(
                # A re-DING of a re-DING counts for the first DING.
                select(OutboxItem.remote_id, func.coalesce(DingResend.outbox_id, OutboxItem.id))
                .outerjoin(DingResend, DingResend.txn_id == OutboxItem.txn_id)
                .where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.remote_id.in_(wanted[start : start + _CHUNK]),
                    OutboxItem.ding.is_not(None),
                )
            )
        )
    for m, ding in re_dings:
        item = added[m.remote_id]
        outbox_id = root.get(ding.repeats or "")
        # Never its own (a malformed event naming itself, or a loop): it would leave the list.
        if outbox_id is None or outbox_id == item.id:
            continue
        session.add(DingResend(outbox_id=outbox_id, txn_id=item.txn_id, created_ms=item.created_ms))
        root[m.remote_id] = outbox_id  # a later re-DING of this one, in this batch


@dataclass(frozen=True, slots=True)
class ReDingFold:
    """Where a re-DING goes: the card (its notice's first post) of the DING it repeats,
    and, for one to the user, when they confirmed that DING (None: not yet)."""

    card: str
    confirmed_ms: int | None = None


def re_ding_folds(
    session: Session,
    account_id: int,
    arrivals: Sequence[tuple[IncomingMessage, str | None]],
) -> dict[str, ReDingFold]:
    """The re-DINGs among these new messages (each with the cluster triage gave it, in
    time order), by remote id, with the card each folds into: the card of the DING it
    repeats (stored, or earlier in `arrivals`), as a notice posted again folds into its
    card. Triage folds by the words, and a short DING (请两位站长马上回电) it leaves alone:
    DINGed again, it stood as a second card (a tester). Desk's own re-DING is known by its
    outbox link (see DingOutbox.re_ding), the phone's by its `own_ding.repeats`, one to
    the user by its `repeats`. One repeating a DING unknown here stands alone."""
    repeats: dict[str, str] = {}
    for m, _cluster in arrivals:
        said = m.own_ding.repeats if m.own_ding is not None else m.repeats
        if said and said != m.remote_id:
            repeats[m.remote_id] = said
    own = [
        m.remote_id
        for m, _cluster in arrivals
        if m.from_me and m.own_ding is None and m.remote_id not in repeats
    ]
    root = aliased(OutboxItem)
    for start in range(0, len(own), _CHUNK):
        for remote_id, repeated in session.execute(
            select(OutboxItem.remote_id, root.remote_id)
            .join(DingResend, DingResend.txn_id == OutboxItem.txn_id)
            .join(root, root.id == DingResend.outbox_id)
            .where(
                OutboxItem.account_id == account_id,
                OutboxItem.remote_id.in_(own[start : start + _CHUNK]),
            )
        ):
            if remote_id is not None and repeated is not None and repeated != remote_id:
                repeats[str(remote_id)] = str(repeated)
    if not repeats:
        return {}
    wanted = list(set(repeats.values()))
    cards: dict[str, str] = {}
    confirmed: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        for remote_id, card, acked_ms in session.execute(
            select(
                Message.remote_id,
                func.coalesce(Message.cluster, Message.remote_id),
                Escalation.acked_ms,
            )
            # A twin's DING (the same DING under a second account, tables.messages.twin_of)
            # is confirmed on its first account's row: that ladder says whether it was.
            .outerjoin(
                Escalation, Escalation.message_id == func.coalesce(Message.twin_of, Message.id)
            )
            .where(
                Message.account_id == account_id,
                Message.remote_id.in_(wanted[start : start + _CHUNK]),
            )
        ):
            cards[remote_id] = card
            if acked_ms is not None:
                confirmed[remote_id] = acked_ms
    folds: dict[str, ReDingFold] = {}
    for m, cluster in arrivals:
        repeated = repeats.get(m.remote_id)
        card = cards.get(repeated) if repeated is not None else None
        if card is None:
            # Not a re-DING, or of one unknown here: a later re-DING of it, in this batch,
            # folds where it stands.
            cards.setdefault(m.remote_id, cluster or m.remote_id)
            continue
        # A re-DING of a re-DING goes to the first DING's card too.
        cards[m.remote_id] = card
        at = confirmed.get(repeated) if repeated is not None and m.ding else None
        folds[m.remote_id] = ReDingFold(card, at)
    return folds


def record_confirmations(
    session: Session, account_id: int, batch: SyncBatch, me: str | None, now: datetime
) -> int:
    """Stores who confirmed which DING in this batch; returns how many confirmations are new.

    A DING the user (`me`) confirmed from another device stops alerting here (see
    `confirmed_elsewhere`). Runs after the batch's messages are inserted, in the same
    transaction.
    """
    found: list[dict[str, Any]] = []
    for ack in batch.acks:
        found.append(
            {
                "ding": ack.target_id,
                "user_id": ack.sender_id,
                "name": None,
                "group": ack.group_id,
                "ts_ms": to_ms(ack.ts),
                "source": "ack",
                "remote_id": ack.remote_id,
            }
        )
    ids = [m.remote_id for m in batch.messages if m.remote_id]
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(
                Message.remote_id,
                Message.sender_id,
                Message.sender_name,
                Message.ts_ms,
                Message.reply_to,
                Message.ack_of,
                Group.remote_id,
            )
            .join(Group, Group.id == Message.group_id)
            .where(
                Message.account_id == account_id,
                Message.remote_id.in_(ids[start : start + _CHUNK]),
                or_(
                    and_(
                        Message.ack.is_(True),
                        or_(Message.reply_to.is_not(None), Message.ack_of.is_not(None)),
                    ),
                    _own_quoted_promise(),
                ),
            )
        )
        for remote_id, sender_id, sender_name, ts_ms, reply_to, ack_of, group in rows:
            found.append(
                {
                    "ding": (reply_to, ack_of),
                    "user_id": sender_id,
                    "name": sender_name,
                    "group": None,
                    "in_group": group,
                    "ts_ms": ts_ms,
                    "source": "reply",
                    "remote_id": remote_id,
                }
            )
    found.extend(_receipt_replies(session, account_id, batch, {f["remote_id"] for f in found}))
    if not found:
        return 0
    targets: set[str] = set()
    for f in found:
        targets.update(t for t in _targets(f["ding"]) if t)
    dings = _dings_among(session, account_id, targets)
    # Who confirms which DING in this batch already (a click, a quoted 收到): a plain 收到
    # beside it is owed elsewhere, though the rosters, read before this batch is stored,
    # still list them as owing it.
    confirming = {
        (ding, f["user_id"]) for f in found for ding in _targets(f["ding"]) if ding in dings
    }
    _to_owed_dings(
        session, account_id, [f for f in found if f["source"] == "reply"], dings, confirming
    )
    if me is not None:
        _confirmed_by_me(session, account_id, [f for f in found if f["user_id"] == me], now)
    names = _names(session, account_id, {f["group"] for f in found if f["group"]})
    values = []
    for f in found:
        ding = next((t for t in _targets(f["ding"]) if t in dings), None)
        if ding is None:
            continue
        name = f["name"] or names.get((f["group"], f["user_id"])) or f["user_id"]
        values.append(
            {
                "account_id": account_id,
                "ding_remote_id": ding,
                "user_id": f["user_id"],
                "name": name,
                "ts_ms": f["ts_ms"],
                "source": f["source"],
                "remote_id": f["remote_id"],
            }
        )
    if not values:
        return 0
    new = 0
    for value in values:
        # A person confirms a DING once; a repeat (or a re-fetched batch) changes nothing.
        result = session.execute(
            sqlite_insert(DingConfirmation).values(value).on_conflict_do_nothing()
        )
        new += max(0, result.rowcount)  # type: ignore[attr-defined]
    if new:
        log.info("account %d: %d DING confirmations", account_id, new)
    return new


def _receipt_replies(
    session: Session, account_id: int, batch: SyncBatch, acks: set[str]
) -> list[dict[str, Any]]:
    """Replies that open with a receipt and go on (收到，请问我们村转移到哪个安置点？): no pure
    ack, so kept as a reply with its question, yet its sender has received the DING. It
    confirms the DING it quotes, or, quoting nothing, the DING the user sent in that group
    that its sender still owes (see _to_owed_dings). Not the user's own: a DING silenced by
    mistake is the worst error, and their own confirmations go through `_confirmed_by_me`.
    Not one that confirms a DING already: brought again (a server's backfill), the DING
    it confirmed is no longer owed, and the lookup found the one before it."""
    receipts = [
        m
        for m in batch.messages
        if not m.from_me and m.remote_id not in acks and opens_with_receipt(m.text)
    ]
    counted: set[str] = set()
    ids = [m.remote_id for m in receipts]
    for start in range(0, len(ids), _CHUNK):
        counted.update(
            r
            for r in session.scalars(
                select(DingConfirmation.remote_id).where(
                    DingConfirmation.account_id == account_id,
                    DingConfirmation.remote_id.in_(ids[start : start + _CHUNK]),
                )
            )
            if r is not None
        )
    return [
        {
            "ding": m.reply_to if m.reply_to is not None else (None, None),
            "user_id": m.sender_id,
            "name": m.sender_name or None,
            "group": m.group_id,
            "in_group": m.group_id,
            "ts_ms": to_ms(m.ts),
            "source": "reply",
            "remote_id": m.remote_id,
            # A reply, not an ack: what it quotes or answers stays as triage found it.
            "receipt": True,
        }
        for m in receipts
        if m.remote_id not in counted
    ]


def withdraw_confirmations(
    session: Session, account_id: int, batch: SyncBatch, me: str | None, now: datetime
) -> int:
    """Confirmations taken back (a 收到 reaction clicked off, the reply deleted): that
    person is unconfirmed again; if it was the user's own from another device, the DING
    alerts here again, unless this desk confirmed it too. Runs in the batch's transaction;
    returns how many were taken back (a reaction's redaction changes no message, yet the
    count under the DING the user sent goes down)."""
    gone = [r.target_id for r in batch.redactions]
    if not gone:
        return 0
    withdrawn = list(
        session.scalars(
            select(DingConfirmation).where(
                DingConfirmation.account_id == account_id, DingConfirmation.remote_id.in_(gone)
            )
        )
    )
    for confirmation in withdrawn:
        session.delete(confirmation)
        if confirmation.user_id == me:
            _alert_again(session, account_id, confirmation.ding_remote_id, now)
    return len(withdrawn)


def _alert_again(session: Session, account_id: int, ding_remote_id: str, now: datetime) -> None:
    ding = session.scalars(
        select(Message).where(
            Message.account_id == account_id,
            Message.remote_id == ding_remote_id,
            Message.ding.is_(True),
            Message.done.is_(False),
        )
    ).one_or_none()
    ladder = session.get(Escalation, ding.id) if ding is not None else None
    if ding is None or ladder is None or ladder.history:
        return
    confirmed_here = session.scalar(
        select(OutboxItem.id).where(
            OutboxItem.account_id == account_id, OutboxItem.ack_of == ding_remote_id
        )
    )
    if confirmed_here is not None:
        return
    log.info("account %d: a confirmation from another device was taken back", account_id)
    ladder.acked_ms = None
    ding.pinned = True
    ding.read = False  # waiting for the user again, as it did when it came
    # Its place among what waits, as before it was confirmed: at the foot of 紧急, where
    # confirming it put it, it listed under the DINGs waiting beside it.
    ding.score = ranked_score(ding.tier, ding.base_score, ding.deadline_ms, now, ding.reasons)


def _own_quoted_promise() -> ColumnElement[bool]:
    """The user's own reply quoting a message with a 收到 and a promise in it (收到，马上到):
    stored as their answer, among the replies, not as an ack (see ingest._as_sent), it
    still confirms the DING it quotes. Sent from the phone, the DING went on ringing."""
    return and_(
        Message.reply_to.is_not(None),
        func.instr(Message.reasons, f'"{FROM_YOU}"') > 0,
        func.instr(Message.reasons, f'"{ACK_PROMISE}"') > 0,
    )


def _confirmed_by_me(
    session: Session, account_id: int, mine: list[dict[str, Any]], now: datetime
) -> None:
    # Not only pinned ones: a DING and the reply from the phone may come in one batch,
    # before any round has pinned it (its ladder, acknowledged here, then never starts).
    # Only what the user answered by name: a 收到 triage attached by its time may answer
    # another message, and a DING silenced by mistake is the worst error.
    targets = [f["ding"] if isinstance(f["ding"], str) else f["ding"][0] for f in mine]
    targets = [t for t in targets if t]
    if not targets:
        return
    received = session.scalars(
        select(Message).where(
            Message.account_id == account_id,
            Message.remote_id.in_(targets),
            Message.ding.is_(True),
        )
    )
    # Desk's own confirmation comes back through sync too: that DING was confirmed here
    # (its ladder ended then), not on another device, as the log said it was.
    confirmed_here = set(
        session.scalars(
            select(OutboxItem.ack_of).where(
                OutboxItem.account_id == account_id,
                OutboxItem.ack_of.in_(targets),
                OutboxItem.state != OutboxState.FAILED.value,
            )
        )
    )
    # When they confirmed each (their first 收到 to it), not when sync brought it.
    said: dict[str, int] = {}
    for f in mine:
        target = f["ding"] if isinstance(f["ding"], str) else f["ding"][0]
        if target:
            said[target] = min(said.get(target, f["ts_ms"]), f["ts_ms"])
    for ding in received:
        if ding.remote_id in confirmed_here:
            continue
        log.info("account %d: a DING was confirmed from another device", account_id)
        at = said.get(ding.remote_id)
        confirmed_elsewhere(session, ding, now, from_ms(at) if at is not None else None)


def _to_owed_dings(
    session: Session,
    account_id: int,
    replies: list[dict[str, Any]],
    dings: set[str],
    confirming: set[tuple[str, str]],
) -> None:
    """Points each plain 收到 of `replies` that quotes nothing and that triage attached to
    no DING at the DING its sender still owes a confirmation of in its group, if any: of
    the user's DINGs sent there within OWED_WINDOW before it, the latest. Triage attaches
    a 收到 to the last message before it, which knows nothing of who owes what: 赵支书's 收
    到, the last of two DINGs' unconfirmed, went under 大坪村's report as 收到 ×1, and both
    DINGs kept him 未确认 (a tester). Its card is the DING's then, too. A reply opening with
    a receipt (see _receipt_replies) that quotes nothing is pointed so too, its card left
    as it was. `dings` gains the DINGs so found. `confirming`: the (DING, person) pairs
    this batch confirms otherwise, which a plain 收到 does not confirm again."""
    plain = [
        f
        for f in replies
        if isinstance(f["ding"], tuple)
        and f["ding"][0] is None
        and f["ding"][1] not in dings
        and f.get("in_group")
    ]
    if not plain:
        return
    earliest = min(f["ts_ms"] for f in plain) - int(OWED_WINDOW.total_seconds() * 1000)
    resends = select(OutboxItem.id).join(DingResend, DingResend.txn_id == OutboxItem.txn_id)
    items = session.scalars(
        select(OutboxItem).where(
            OutboxItem.account_id == account_id,
            OutboxItem.group_remote_id.in_({f["in_group"] for f in plain}),
            OutboxItem.ding.is_not(None),
            OutboxItem.remote_id.is_not(None),
            OutboxItem.created_ms >= earliest,
            OutboxItem.id.not_in(resends),
        )
    ).all()
    if not items:
        return
    sent = sorted(sent_dings(session, items), key=lambda d: d.created, reverse=True)
    window = int(OWED_WINDOW.total_seconds() * 1000)
    # Two in one batch from one person confirm two DINGs, not the latest twice.
    taken = set(confirming)
    for f in sorted(plain, key=lambda f: f["ts_ms"]):
        owed = next(
            (
                d
                for d in sent
                if d.group_remote_id == f["in_group"]
                and d.remote_id is not None
                and f["ts_ms"] - window <= to_ms(d.created) <= f["ts_ms"]
                and (d.remote_id, f["user_id"]) not in taken
                and any(p.user_id == f["user_id"] for p in d.roster.unconfirmed)
            ),
            None,
        )
        if owed is None or owed.remote_id is None:
            continue
        f["ding"] = owed.remote_id
        taken.add((owed.remote_id, f["user_id"]))
        dings.add(owed.remote_id)
        if f.get("receipt"):
            continue
        session.execute(
            update(Message)
            .where(Message.account_id == account_id, Message.remote_id == f["remote_id"])
            .values(ack_of=owed.remote_id)
        )


def _targets(ding: str | tuple[str | None, str | None]) -> tuple[str | None, ...]:
    """What a confirmation confirms: an ack event's target; a reply's, when it says what it
    answers, else what triage attached it to (the last message before it)."""
    if isinstance(ding, str):
        return (ding,)
    reply_to, ack_of = ding
    return (reply_to,) if reply_to is not None else (ack_of,)


def _dings_among(session: Session, account_id: int, targets: set[str]) -> set[str]:
    """Which of these remote ids are DINGs: received ones, or ones the user sent."""
    if not targets:
        return set()
    wanted = list(targets)
    dings: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        dings.update(
            session.scalars(
                select(Message.remote_id).where(
                    Message.account_id == account_id,
                    Message.remote_id.in_(chunk),
                    Message.ding.is_(True),
                )
            )
        )
        dings.update(
            r
            for r in session.scalars(
                select(OutboxItem.remote_id).where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.remote_id.in_(chunk),
                    OutboxItem.ding.is_not(None),
                )
            )
            if r is not None
        )
    return dings


def _names(session: Session, account_id: int, groups: set[str]) -> dict[tuple[str, str], str]:
    if not groups:
        return {}
    rows = session.execute(
        select(Group.remote_id, Member.user_id, Member.name)
        .join(Member, Member.group_id == Group.id)
        .where(Group.account_id == account_id, Group.remote_id.in_(groups))
    )
    return {(g, u): n for g, u, n in rows}


@dataclass(frozen=True, slots=True)
class GroupChoice:
    account_id: int
    remote_id: str
    name: str
    id: int  # the group's row, as a group view names it


class ReDingRefused(Exception):
    """No re-DING now: `wait` is how long until one is allowed (zero: nobody is left)."""

    def __init__(self, wait: timedelta) -> None:
        super().__init__(wait)
        self.wait = wait


class DingOutbox:
    """What the DING composer and the confirmation roster read and write."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    @property
    def clock(self) -> Clock:
        return self._clock

    def groups(self) -> list[GroupChoice]:
        with self._store.sessions() as session:
            # Not a group the user left: the server would turn the DING down.
            rows = session.execute(
                select(Group.account_id, Group.remote_id, Group.name, Group.id)
                .where(Group.left_ms.is_(None))
                .order_by(Group.account_id, Group.id)
            )
            return [GroupChoice(a, r, n, i) for a, r, n, i in rows]

    def members(self, account_id: int, group_remote_id: str) -> list[Person]:
        """The group's members but the user, in the group's order."""
        with self._store.sessions() as session:
            me = me_on(session, account_id)
            return [
                Person(user_id, name)
                for user_id, name in members_of(session, account_id, group_remote_id)
                if not is_me(me, user_id, name)
            ]

    def send(
        self,
        account_id: int,
        group_remote_id: str,
        text: str,
        *,
        deadline: datetime | None = None,
        recipients: tuple[str, ...] | None = None,
        repeats: str | None = None,
    ) -> str:
        """Queues a DING (recipients None: everyone in the group; `repeats`: the remote id
        of the DING a re-DING repeats); returns its txn id."""
        return enqueue(
            self._store,
            account_id,
            group_remote_id,
            text,
            clock=self._clock,
            ding=DingRequest(deadline=deadline, recipients=recipients, repeats=repeats),
        )

    def sent(self, limit: int = 100) -> list[SentDing]:
        """The DINGs the user sent (re-DINGs folded into theirs), newest first."""
        with self._store.sessions() as session:
            resends = select(OutboxItem.id).join(DingResend, DingResend.txn_id == OutboxItem.txn_id)
            items = session.scalars(
                select(OutboxItem)
                .where(OutboxItem.ding.is_not(None), OutboxItem.id.not_in(resends))
                .order_by(OutboxItem.created_ms.desc(), OutboxItem.id.desc())
                .limit(limit)
            ).all()
            return sent_dings(session, items)

    def demo_accounts(self) -> frozenset[int]:
        """The demo workspace's accounts: its DINGs' notifications are marked 【演示】."""
        from desk.store.demo import demo_account_ids

        with self._store.sessions() as session:
            return demo_account_ids(session)

    def claim_deadlines_told(self, outbox_ids: Iterable[int]) -> list[int]:
        """Notes that the user is told these DINGs passed their deadline; of them, those
        not noted before, which are the ones to tell: each is told once, across restarts.
        Noted before it is said: a crash in between loses one notification rather than
        saying it twice."""
        wanted = list(outbox_ids)
        if not wanted:
            return []
        now_ms = to_ms(self._clock.now())
        with self._store.transaction() as session:
            claimed = session.scalars(
                update(OutboxItem)
                .where(OutboxItem.id.in_(wanted), OutboxItem.deadline_told_ms.is_(None))
                .values(deadline_told_ms=now_ms)
                .returning(OutboxItem.id)
            ).all()
        return sorted(claimed)

    def get(self, outbox_id: int) -> SentDing | None:
        with self._store.sessions() as session:
            item = session.get(OutboxItem, outbox_id)
            return sent_dings(session, [item])[0] if item is not None else None

    def card(self, ding: SentDing) -> InboxRow | None:
        """The inbox's card of a DING the user sent (once the server has it), with its roll
        call where it asks units to report: DINGs I sent… offers DING 未报的 there too."""
        if ding.remote_id is None:
            return None
        with self._store.sessions() as session:
            message_id = session.scalar(
                select(Message.id).where(
                    Message.account_id == ding.account_id, Message.remote_id == ding.remote_id
                )
            )
        if message_id is None:
            return None
        return InboxQueries(self._store.sessions).row(message_id)

    def re_ding(self, outbox_id: int) -> str:
        """Queues a new DING of the same text and deadline to just the unconfirmed.

        Raises ReDingRefused within RE_DING_INTERVAL of the last (re-)DING, or when
        everyone has confirmed."""
        ding = self.get(outbox_id)
        if ding is None or not ding.sent:
            raise ReDingRefused(timedelta(0))
        now = self._clock.now()
        wait = re_ding_wait(ding.last_ding, now)
        if wait > timedelta(0):
            raise ReDingRefused(wait)
        if not ding.roster.unconfirmed:
            raise ReDingRefused(timedelta(0))
        txn_id = self.send(
            ding.account_id,
            ding.group_remote_id,
            ding.text,
            deadline=ding.deadline,
            recipients=tuple(p.user_id for p in ding.roster.unconfirmed),
            # The user's other devices count it for this DING too (record_sent_elsewhere).
            repeats=ding.remote_id,
        )
        # A crash before this link leaves the re-DING listed as a DING of its own: harmless.
        with self._store.transaction() as session:
            session.add(DingResend(outbox_id=outbox_id, txn_id=txn_id, created_ms=to_ms(now)))
        log.info("account %d: re-DING of outbox item %d", ding.account_id, outbox_id)
        return txn_id
