"""The store side of DING escalation: which ladders run, how far they got, acknowledgements.

An acknowledgement and its outbox item are written in one transaction, so it reaches
the server exactly once whatever happens after the click.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    String,
    TextClause,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session, aliased, sessionmaker

from desk.core.escalation import LadderConfig, Unreminded
from desk.core.messages import Reason, Tier
from desk.core.reasons import FROM_YOU, row_event, row_readied
from desk.store.demo import DEMO_KIND
from desk.store.kept_marks import keep_marks, owner_of
from desk.store.ladders import CONFIRMED_HERE as CONFIRMED_HERE
from desk.store.ladders import Ladder as Ladder
from desk.store.models import Account, Escalation, Group, Message, Setting, from_ms, to_ms
from desk.store.outbox import OutboxItem
from desk.store.ranking import ranked_score, rescore
from desk.store.tables import ALERTABLE, OutboxState

# How long before its account was added a DING counts as history (see `start_new`): a
# weekend, so Friday's unconfirmed DING still waits on Monday. Migration 0013 repeats it.
HISTORY_BEFORE_ADDED_MS = 3 * 24 * 3600 * 1000
# Whether the last round that started ladders rang urgent items (escalation.urgent_items),
# kept with the settings though no setting (as notifications.LAST_DIGEST is): the setting
# turned on while desk was closed (a policy file, `desk` on the command line, another
# session's settings) is found turned on at the next start, as in a running desk.
URGENT_ITEMS_RUNG = "escalation_urgent_items_rung"


class EscalationStore:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def start_new(
        self, now: datetime, config: LadderConfig, urgent_items: bool, *, turned_on: bool = False
    ) -> int:
        """Starts a ladder for each DING (and, if asked, urgent item) without one, after
        ending those of items urgent no more (see `_end_calmer`).

        A DING posted over three days before its account was added is history of the
        first sync: recorded, never alerting or pinned (a year of them buried the day's
        work).
        Any other starts now, so a DING that came while desk was closed alerts at once;
        one older than a whole ladder alerts once, as loudly as a ladder ends, and stops
        (see LadderConfig.begun). Urgent items (not DINGs) ring so too, but for those in the
        store when the setting was just `turned_on`: one older than a whole ladder does not
        ring then, as turning it on rings what comes from then on, not every old urgent card.
        Turned on is found by the store too (URGENT_ITEMS_RUNG), since the last round that
        started ladders, in this desk or one closed since: `turned_on` says so as well.
        """
        # Stated as the partial index states it (a bound 'urgent' would not match), or as
        # its DING half, which implies it: either way SQLite reads the index, not the table.
        condition: ColumnElement[bool] | TextClause = (
            text(ALERTABLE)
            if urgent_items
            else and_(Message.ding.is_(True), Message.done.is_(False), Message.ack.is_(False))
        )
        with self._sessions.begin() as session:
            kept = session.get(Setting, URGENT_ITEMS_RUNG)
            # Turned on since the last round, here or while desk was closed: a desk started
            # on it rang the old urgent cards once, as turning it on in a running desk no
            # longer did (a tester). None before any round kept it (a desk of before):
            # whether it was on then is not known, and nothing is held back.
            turned_on = turned_on or (urgent_items and kept is not None and kept.value is False)
            if kept is None:
                session.add(Setting(name=URGENT_ITEMS_RUNG, value=urgent_items))
            elif kept.value is not urgent_items:
                kept.value = urgent_items
            _end_calmer(session)
            known = select(Escalation.message_id)
            rows = session.execute(
                select(
                    Message.id,
                    Message.ts_ms,
                    Message.account_id,
                    Message.ding,
                    Message.cluster,
                    Message.remote_id,
                    Message.read,
                    Message.twin_of,
                ).where(condition, Message.id.not_in(known))
            ).all()
            if not rows:
                return 0
            added: dict[int, int] = {
                account_id: created_ms
                for account_id, created_ms in session.execute(
                    select(Account.id, Account.created_ms)
                )
            }
            steps = len(config.steps(now))
            # Only for the urgent items the store held when the setting was turned on: one
            # that comes later rings however long ago it was posted (desk closed overnight,
            # offline an hour, a sync backlog), as a DING does. Judged by when it was posted
            # at every round, the 07:30 紧急 order synced at 08:40 never rang at all.
            stale_before_ms = to_ms(now - config.stop_after) if turned_on else None
            alerts: list[int] = []
            ladders: list[dict[str, object]] = []
            for message_id, ts_ms, account_id, ding, cluster, remote_id, read, twin_of in rows:
                # An urgent copy (not a DING) of a notice rings through its card, not again
                # of its own; nor does an urgent item the user has read (or answered)
                # already, when the setting is turned on: recorded, as history is, so that
                # no round asks again (a tester's answered items read 未确认).
                copy = not ding and cluster not in (None, remote_id)
                seen = not ding and read
                # A twin (the same DING received under a second account) rings through its
                # first account's card, confirmed once from there (see `acknowledge`).
                twin = twin_of is not None
                # An urgent item (not a DING) posted before a whole ladder ago: had it rung,
                # it would be done by now. Ringing it rang every old urgent card at once when
                # the setting was turned on (a tester's banner went from 2 to 8), its first
                # pop-up already the last. No sender asks for its confirmation, as a DING's
                # does, which still alerts once however late it is found (see `begun`).
                stale = stale_before_ms is not None and not ding and ts_ms < stale_before_ms
                history = (
                    copy
                    or seen
                    or twin
                    or stale
                    or ts_ms < added[account_id] - HISTORY_BEFORE_ADDED_MS
                )
                ladders.append(
                    {
                        "message_id": message_id,
                        "started_ms": to_ms(config.begun(from_ms(ts_ms), now)),
                        "fired": steps if history else 0,
                        "history": history,
                    }
                )
                if not history:
                    alerts.append(message_id)
            # One executemany, not an ORM object each: the first start after a large first
            # sync starts a thousand at once (185 ms that way at 100,000 messages).
            session.execute(insert(Escalation), ladders)
            if alerts:
                session.execute(update(Message).where(Message.id.in_(alerts)).values(pinned=True))
                _pin_cards_of_copies(session, alerts, now)
        return len(alerts)

    def running(self, now: datetime, config: LadderConfig | None = None) -> list[Ladder]:
        """Unacknowledged DINGs, in the order the inbox lists the cards that show them
        (the banner shows the first, and `a` goes on to it): by the card's tier and score,
        which weigh its due time, then the newest. Sorted by due time alone, a DING for a
        meeting 88 days off stood in the banner over the day's, which the list put first,
        and `a` went on to it again (a tester). A DING folded into a card as a copy goes
        by that card's place.

        Given the ladders' `config`, a DING naming no time carries its confirm-by time
        (LadderConfig.confirm_by)."""
        card = aliased(Message, name="card")
        query = (
            select(
                Escalation.message_id,
                Escalation.started_ms,
                Escalation.fired,
                Escalation.snoozed_until_ms,
                Escalation.unreminded,
                Group.name,
                Message.sender_name,
                Message.text,
                Message.done,
                Message.ding,
                Message.ts_ms,
                Message.deadline_ms,
                Message.ding_due_ms,
                # Its JSON, read only for the few with a due time (see `_ladder`).
                type_coerce(Message.reasons, String).label("reasons"),
                (Account.kind == DEMO_KIND).label("demo"),
                # The place of the card that shows it in the inbox (see INBOX_ORDER): its
                # own, or its notice's card for a copy.
                func.coalesce(card.tier_rank, Message.tier_rank).label("card_tier"),
                func.coalesce(card.score, Message.score).label("card_score"),
                func.coalesce(card.ts_ms, Message.ts_ms).label("card_ts"),
                func.coalesce(card.id, Message.id).label("card_id"),
            )
            .join(Message, Message.id == Escalation.message_id)
            .join(Group, Group.id == Message.group_id)
            .join(Account, Account.id == Message.account_id)
            .outerjoin(
                card,
                and_(
                    card.account_id == Message.account_id,
                    card.remote_id == Message.cluster,
                    Message.cluster != Message.remote_id,
                ),
            )
            .where(Escalation.acked_ms.is_(None), Escalation.history.is_(False))
        )
        # Filtered and sorted here, not in SQL: given `done IS 0` or ORDER BY ts_ms,
        # SQLite walked an index of every message and probed each for a ladder (0.1 s
        # at 100,000, every round); this way it reads the few ladders and looks up theirs.
        with self._sessions() as session:
            rows = [row for row in session.execute(query) if not row.done]
        rows.sort(key=lambda r: (r.card_tier, -r.card_score, -r.card_ts, r.card_id, r.message_id))
        return [_ladder(row, config) for row in rows]

    def shift(self, by: timedelta) -> None:
        """Moves every running ladder, and its snooze, by `by`: the clock was set."""
        ms = round(by.total_seconds() * 1000)
        with self._sessions.begin() as session:
            session.execute(
                update(Escalation)
                .where(Escalation.acked_ms.is_(None), Escalation.history.is_(False))
                .values(
                    started_ms=Escalation.started_ms + ms,
                    snoozed_until_ms=Escalation.snoozed_until_ms + ms,
                )
            )

    def bound(self, now: datetime, longest_snooze: timedelta) -> None:
        """Brings back every running ladder that the clock was set back before, across a
        restart (the window's rounds shift them as it happens): none began after `now`,
        and no snooze ends later than its own length from it (`longest_snooze` for one
        taken before desk kept its length). A clock a day fast made a snooze of 15 minutes
        a day long; held to the longest snooze, one of 5 minutes lasted an hour."""
        now_ms = to_ms(now)
        latest_ms = now_ms + func.coalesce(
            Escalation.snoozed_ms, round(longest_snooze.total_seconds() * 1000)
        )
        running = and_(Escalation.acked_ms.is_(None), Escalation.history.is_(False))
        ahead = or_(Escalation.started_ms > now_ms, Escalation.snoozed_until_ms > latest_ms)
        with self._sessions.begin() as session:
            # Looked at first: every round asks, and an UPDATE would wait for the write
            # lock a sync batch holds, even to change nothing.
            if (
                session.scalar(select(Escalation.message_id).where(running, ahead).limit(1))
                is not None
            ):
                session.execute(
                    update(Escalation)
                    .where(running, Escalation.started_ms > now_ms)
                    .values(started_ms=now_ms)
                )
                session.execute(
                    update(Escalation)
                    .where(running, Escalation.snoozed_until_ms > latest_ms)
                    .values(snoozed_until_ms=latest_ms)
                )

    def record(self, message_id: int, fired: int, unreminded: Unreminded | None = None) -> None:
        """Records the steps taken; `unreminded` when they were taken together, none of
        the reminders shown (see core.escalation.unreminded)."""
        with self._sessions.begin() as session:
            ladder = session.get_one(Escalation, message_id)
            ladder.fired = fired
            if unreminded is not None:
                ladder.unreminded = int(unreminded)

    def snooze(self, message_id: int, until: datetime, length: timedelta) -> None:
        """Snoozes the ladder until `until`, a snooze of `length` (see `bound`)."""
        with self._sessions.begin() as session:
            ladder = session.get_one(Escalation, message_id)
            ladder.snoozed_until_ms = to_ms(until)
            ladder.snoozed_ms = round(length.total_seconds() * 1000)

    def acknowledge(self, message_id: int, now: datetime) -> str | None:
        """Marks the DING confirmed and queues the acknowledgement; returns its txn id
        (None if it was already acknowledged: a second click sends nothing; CONFIRMED_HERE
        for an urgent item that is no DING, confirmed with nothing sent).

        One card stands for a notice and its copies: a DING re-sent into the notice (the
        same order again, or passed on) waits on its card, and confirming the card confirms
        every DING of the notice still waiting, each acknowledged to its own sender.
        """
        with self._sessions.begin() as session:
            message = session.get_one(Message, message_id)
            if message.twin_of is not None:
                # The same DING under a second account (a twin, listed in that account's
                # group): confirmed once, as its card is, from the first account.
                message = session.get_one(Message, message.twin_of)
            ladder = session.get(Escalation, message.id)
            first: str | None = None
            if ladder is not None and ladder.acked_ms is not None:
                message.pinned = False
            elif ladder is None and not message.ding:
                # A card pinned only for the DINGs folded into it: they are confirmed below.
                message.pinned = False
            elif not message.ding:
                # An urgent item rung like a DING (escalation.urgent_items): it rings no
                # more, and nothing is sent, since its sender asked for no confirmation (a
                # tester's 收到 went to the group on an @ that was no DING).
                assert ladder is not None
                ladder.acked_ms = to_ms(now)
                message.pinned = False
                message.read = True
                first = CONFIRMED_HERE
            else:
                first = _confirm(session, message, ladder, now)
            for copy in _same_notice(session, message):
                copy_ladder = session.get(Escalation, copy.id)
                # A DING whose ladder has not started yet (it came since the last round)
                # waits as much as one whose ladder runs.
                waiting = copy.ding and (
                    copy_ladder is None
                    or (copy_ladder.acked_ms is None and not copy_ladder.history)
                )
                if waiting:
                    txn_id = _confirm(session, copy, copy_ladder, now)
                    first = first or txn_id
                copy.pinned = False
            return first

    def same_notice(self, message_id: int) -> set[int]:
        """Message `message_id` and the others of its notice (its card and the copies
        folded into it): the DINGs whose ladders confirming it ends (see `acknowledge`)."""
        with self._sessions() as session:
            message = session.get_one(Message, message_id)
            if message.twin_of is not None:
                # A twin is confirmed as its first account's row (see `acknowledge`).
                message = session.get_one(Message, message.twin_of)
            others = (other.id for other in _same_notice(session, message))
            return {message_id, message.id, *others}

    def is_running(self, message_id: int) -> bool:
        with self._sessions() as session:
            ladder = session.get(Escalation, message_id)
            return ladder is not None and ladder.acked_ms is None and not ladder.history


def remove_account(session: Session, account_id: int) -> None:
    """Deletes the account and its messages. Of their twins under other accounts (the same
    events, tables.messages.twin_of), one is the card instead and the rest its twins
    (`_successors`); a twin of
    a DING the user has not confirmed yet has its ladder, on record only while the first
    account's rang, taken out, so that the next round starts one: it rang no more, and
    waited for no confirmation, once that account was gone."""
    first = aliased(Message)
    waiting = (
        select(Message.id)
        .join(first, first.id == Message.twin_of)
        .outerjoin(Escalation, Escalation.message_id == first.id)
        .where(
            first.account_id == account_id,
            Message.ding.is_(True),
            first.ding.is_(True),
            # Not confirmed, nor on record (withdrawn, or older than the account).
            Escalation.acked_ms.is_(None),
            Escalation.history.is_not(True),
        )
    )
    session.execute(
        delete(Escalation).where(Escalation.message_id.in_(waiting), Escalation.acked_ms.is_(None))
    )
    successors = _successors(session, account_id)
    _keep_confirmations(session, account_id, set(successors.values()))
    _hand_over(session, successors)
    account = session.get_one(Account, account_id)
    owner = owner_of(account.kind, account.config)
    if owner is not None:
        # Read and done, for the same account added again (see store.kept_marks).
        keep_marks(session, account_id, owner)
    if account.shared:
        _keep_as_shared(session, account_id, account.config.get("user_id"))
    else:
        _keep_as_mine(session, account_id, account.config.get("user_id"))
    session.delete(account)
    session.flush()


def _successors(session: Session, account_id: int) -> dict[int, int]:
    """The row that is the card instead of each of the account's cards with twins: a DING
    first (as ingest picks the card, sync.ingest._take_twins), else the earliest stored.
    Migration 0039's trigger made every twin a card again: a tester's DING under three
    accounts was two cards once one account was removed, neither confirmed."""
    first = aliased(Message)
    rows = session.execute(
        select(Message.twin_of, Message.id)
        .join(first, first.id == Message.twin_of)
        .where(first.account_id == account_id)
        .order_by(Message.twin_of, Message.ding.desc(), Message.id)
    ).all()
    successors: dict[int, int] = {}
    for card_id, twin_id in rows:
        successors.setdefault(int(card_id), int(twin_id))
    return successors


def _hand_over(session: Session, successors: dict[int, int]) -> None:
    """Makes each successor the card and the other twins its twins (no twin of a twin:
    no query follows one). Read and done are the same on all of them already (0039's
    triggers)."""
    for card_id, successor_id in successors.items():
        session.execute(
            update(Message)
            .where(Message.twin_of == card_id, Message.id != successor_id)
            .values(twin_of=successor_id)
        )
        session.execute(update(Message).where(Message.id == successor_id).values(twin_of=None))
    session.flush()


def _keep_confirmations(session: Session, account_id: int, successors: set[int]) -> None:
    """What the user confirmed as the account's row stays confirmed on the twin that is
    the card instead (`successors`), at the time they did: the twin held a ladder on
    record and never confirmed (a tester's DING, confirmed at 14:12, said neither 已确认
    nor 未确认 once the account that held its card was removed). A DING to the removed
    account alone stays a DING, confirmed, on its successor: its 已确认 18:31 · 收到 ×1（我）
    was gone, the card plain (a tester); confirmed, it rings no more and sends nothing."""
    first = aliased(Message)
    done = aliased(Escalation)
    rows = session.execute(
        select(Message.id, done.acked_ms, first.ding)
        .join(first, first.id == Message.twin_of)
        .join(done, done.message_id == first.id)
        .where(first.account_id == account_id, done.acked_ms.is_not(None))
    ).all()
    for twin_id, acked_ms, dinged in rows:
        if twin_id not in successors:
            continue
        ladder = session.get(Escalation, twin_id)
        if ladder is None:
            session.add(
                Escalation(message_id=twin_id, started_ms=acked_ms, fired=0, acked_ms=acked_ms)
            )
        elif ladder.acked_ms is None or ladder.acked_ms > acked_ms:
            ladder.acked_ms = acked_ms
        twin = session.get_one(Message, twin_id)
        twin.pinned = False
        twin.read = True
        if dinged:
            twin.ding = True
    session.flush()


def _keep_as_mine(session: Session, account_id: int, user_id: object) -> None:
    """The removed account's user is still the user: what they sent, as the other
    accounts stored it (a 收到 from that phone, a reply), stays theirs, never a third
    party's (a tester read 收到 ×3（王五、李四、刘敏）, the user named among those who
    acknowledged their own DING). Their id stays known to the other accounts
    (`former_user_ids`), for what comes from it later."""
    if not user_id:
        return
    _keep_id(session, account_id, str(user_id), "former_user_ids", "former_shared_ids")
    for message in session.scalars(
        select(Message).where(Message.account_id != account_id, Message.sender_id == user_id)
    ):
        reasons = list(message.reasons or [])
        if not any(code == FROM_YOU for code, _args in reasons):
            message.reasons = [*reasons, [FROM_YOU, {}]]
        message.read = True


# An account's configuration's list of the server ids of what this desk sent from shared
# accounts removed since (see _keep_as_shared), and how many of the last it keeps.
SENT_FROM_SHARED = "sent_from_removed_shared"
SENT_FROM_SHARED_KEPT = 200


def _keep_as_shared(session: Session, account_id: int, user_id: object) -> None:
    """The removed account was shared (a duty room's, signed in on several PCs): what its
    id sends later stays someone else's (`former_shared_ids`), never the user's own, as
    it was while the account was there."""
    if not user_id:
        return
    _keep_id(session, account_id, str(user_id), "former_shared_ids", "former_user_ids")
    # What this desk sent from it, its outbox's (going with the account), may reach the
    # user's other accounts later (one offline as it was removed): still the user's own,
    # as ingest knew it by the outbox (Ingestor._sent_by_the_user). The last few kept.
    sent = session.scalars(
        select(OutboxItem.remote_id)
        .where(OutboxItem.account_id == account_id, OutboxItem.remote_id.is_not(None))
        .order_by(OutboxItem.id.desc())
        .limit(SENT_FROM_SHARED_KEPT)
    ).all()
    if not sent:
        return
    for other in session.scalars(select(Account).where(Account.id != account_id)):
        kept = [str(r) for r in other.config.get(SENT_FROM_SHARED, ())]
        fresh = [str(r) for r in reversed(sent) if str(r) not in kept]
        other.config = {
            **other.config,
            SENT_FROM_SHARED: [*kept, *fresh][-SENT_FROM_SHARED_KEPT:],
        }


def _keep_id(session: Session, account_id: int, user_id: str, key: str, not_key: str) -> None:
    """Keeps `user_id` under `key` in the other accounts' configurations, and no longer
    under `not_key` (the same id removed before as the other kind)."""
    for other in session.scalars(select(Account).where(Account.id != account_id)):
        if user_id == other.config.get("user_id"):
            continue
        kept = [str(u) for u in other.config.get(key, ())]
        unkept = [str(u) for u in other.config.get(not_key, ())]
        if user_id in kept and user_id not in unkept:
            continue
        config = {**other.config, key: [*(u for u in kept if u != user_id), user_id]}
        if user_id in unkept:
            config[not_key] = [u for u in unkept if u != user_id]
        other.config = config


def confirmed_elsewhere(
    session: Session, message: Message, now: datetime, at: datetime | None = None
) -> None:
    """The user confirmed this received DING from another device (a 收到 reply from the
    phone, or another desk's acknowledgement) `at` that time (by `now`): its ladder ends
    and its card is unpinned, with nothing sent, since the sender has their confirmation
    already. A twin's (the same DING under another account of theirs) is its card's, as
    `EscalationStore.acknowledge` confirms it: the card went on ringing. Said confirmed at
    the time they did, not when sync brought it: a DING confirmed at 14:12 said 已确认
    23:22 once an account added again synced it (a tester)."""
    if message.twin_of is not None:
        message.read = True  # as its card is, below
        message = session.get_one(Message, message.twin_of)
    when = to_ms(min(at, now)) if at is not None else to_ms(now)
    ladder = session.get(Escalation, message.id)
    if ladder is None:
        ladder = Escalation(message_id=message.id, started_ms=when, fired=0)
        session.add(ladder)
    if ladder.acked_ms is None:
        ladder.acked_ms = when
    message.pinned = False
    message.read = True
    _rank_confirmed(message, now)
    if message.cluster is not None and message.cluster != message.remote_id:
        session.flush()
        unpin_unless_waiting(session, message.account_id, message.cluster)


def unpin_unless_waiting(session: Session, account_id: int, head: str) -> None:
    """Unpins the card of notice `head` once no DING on it waits (its DINGs confirmed,
    or taken back), so that it does not stay first in its tier asking for a confirmation
    nothing could give."""
    card = session.scalars(
        select(Message).where(Message.account_id == account_id, Message.remote_id == head)
    ).one_or_none()
    if card is None or not card.pinned:
        return
    waiting = session.scalar(
        select(Escalation.message_id)
        .join(Message, Message.id == Escalation.message_id)
        .where(
            Message.account_id == account_id,
            or_(Message.id == card.id, Message.cluster == head),
            Escalation.acked_ms.is_(None),
            Escalation.history.is_(False),
        )
        .limit(1)
    )
    if waiting is None:
        card.pinned = False


def _rank_confirmed(message: Message, now: datetime) -> None:
    """Gives a DING just confirmed its place: past its due time (or with none), below the
    rest of its tier, where the rerank keeps it (see urgency.CONFIRMED_BAND); three DINGs
    confirmed on a Monday stayed first in 紧急 until Wednesday."""
    if message.ding:
        message.score = ranked_score(
            message.tier,
            message.base_score,
            message.deadline_ms,
            now,
            message.reasons,
            confirmed=True,
        )


def _confirm(session: Session, message: Message, ladder: Escalation | None, now: datetime) -> str:
    """Confirms one DING: its ladder ends and its acknowledgement is queued (its txn id)."""
    if ladder is None:
        session.add(Escalation(message_id=message.id, started_ms=to_ms(now), fired=0))
        session.flush()
        ladder = session.get_one(Escalation, message.id)
    ladder.acked_ms = to_ms(now)
    message.pinned = False
    message.read = True
    _rank_confirmed(message, now)
    # Sent as the user's own account that has it too, not as the shared one holding the
    # card (see `answering_twin`): the ladder stays the card's.
    twin_id = answering_twin(session, message.id, ding=True)
    sender = message if twin_id is None else session.get_one(Message, twin_id)
    group = session.get_one(Group, sender.group_id)
    txn_id = f"desk-{uuid.uuid4().hex}"
    session.add(
        OutboxItem(
            account_id=sender.account_id,
            txn_id=txn_id,
            group_remote_id=group.remote_id,
            text="",
            ack_of=message.remote_id,
            state=OutboxState.PENDING.value,
            attempts=0,
            created_ms=to_ms(now),
        )
    )
    return txn_id


def answering_twin(session: Session, card_id: int, *, ding: bool = False) -> int | None:
    """The twin a reply to the card `card_id` (or, `ding`, the confirmation of its DING)
    goes from instead, when the card is a shared account's (a duty room's, synced first)
    and one of the user's own accounts has the message too: their own, with a DING there
    for a confirmation (the one addressed to them), the earliest stored. None: the card's
    own account answers. A tester's DING to everyone was confirmed as @duty: the sender
    read 值班室 answering, not 刘敏. A DING to the duty room alone stays its to confirm."""
    owner = aliased(Account)
    shared = session.scalar(
        select(owner.shared)
        .join(Message, Message.account_id == owner.id)
        .where(Message.id == card_id)
    )
    if not shared:
        return None
    query = (
        select(Message.id)
        .join(Account, Account.id == Message.account_id)
        .where(Message.twin_of == card_id, Account.shared.is_(False))
        .order_by(Message.id)
        .limit(1)
    )
    if ding:
        query = query.where(Message.ding.is_(True))
    return session.scalar(query)


def _same_notice(session: Session, message: Message) -> list[Message]:
    """The other messages of `message`'s notice: its card and the copies folded into it."""
    if message.cluster is None:
        return []
    head = message.cluster
    # Two lookups, each by its own index: an OR of the two read every message of the
    # account (66 ms at 300,000).
    found = {
        m.id: m
        for column in (Message.cluster, Message.remote_id)
        for m in session.scalars(
            select(Message).where(Message.account_id == message.account_id, column == head)
        )
    }
    found.pop(message.id, None)
    return list(found.values())


def _pin_cards_of_copies(session: Session, alerts: list[int], now: datetime) -> None:
    """Pins the card of each DING folded into a notice (a re-sent DING, a DING passed on):
    the card, not the hidden copy, is what the inbox shows waiting."""
    heads = session.execute(
        select(Message.account_id, Message.cluster).where(
            Message.id.in_(alerts),
            Message.cluster.is_not(None),
            Message.cluster != Message.remote_id,
        )
    ).all()
    by_account: dict[int, set[str]] = {}
    for account_id, head in heads:
        by_account.setdefault(account_id, set()).add(head)
    for account_id, remote_ids in by_account.items():
        # A card marked done comes back: a DING on it waits again, and lists where its due
        # time puts it now, not where it did when put away (rerank passes over the done).
        cards = and_(Message.account_id == account_id, Message.remote_id.in_(remote_ids))
        session.execute(update(Message).where(cards).values(pinned=True, done=False))
        rescore(session, cards, now)


def _end_calmer(session: Session) -> None:
    """Ends the ladders of urgent items (not DINGs) that are urgent no more: moved to a
    calmer tier by the user (`2`), or by triage after an edit or a redacted copy. They are
    no longer pinned, unless a DING folded into them still waits."""
    # Read from the ladders, then their messages by key: a join let SQLite read every
    # message instead (see test_a_round_reads_the_open_alerts_index_not_the_inbox). As a
    # subquery, not a list of ids: 10,895 bound values took 0.1 s to state each round.
    open_ids = select(Escalation.message_id).where(
        Escalation.acked_ms.is_(None), Escalation.history.is_(False)
    )
    ladders = session.execute(
        select(Message.id, Message.tier, Message.cluster, Message.remote_id).where(
            Message.id.in_(open_ids), Message.ding.is_(False)
        )
    ).all()
    # Urgent no more; or a copy (not a DING), which rings through its card (see start_new):
    # one started before copies did so ends, and with it a card the user moved out of
    # urgent is quiet.
    calmer = [
        row.id
        for row in ladders
        if row.tier != Tier.URGENT.value or row.cluster not in (None, row.remote_id)
    ]
    if not calmer:
        return
    session.execute(delete(Escalation).where(Escalation.message_id.in_(calmer)))
    for message in session.scalars(select(Message).where(Message.id.in_(calmer))):
        copies_waiting = session.scalar(
            select(Escalation.message_id)
            .join(Message, Message.id == Escalation.message_id)
            .where(
                Message.account_id == message.account_id,
                Message.cluster == message.remote_id,
                Message.id != message.id,
                Message.ding.is_(True),
                Escalation.acked_ms.is_(None),
                Escalation.history.is_(False),
            )
            .limit(1)
        )
        if copies_waiting is None:
            message.pinned = False


def _ladder(row: Row[Any], config: LadderConfig | None) -> Ladder:
    """A running ladder as `EscalationStore.running` reads it, with its confirm-by time
    where `config` gives a DING one: an urgent item rung like one is under no unit's rule
    for DINGs.

    Of its reasons only a due time's can make it a meeting: decoding every reason of every
    ladder was half of a round's time with thousands waiting (0.56 of 1.26 s, 10,895
    ladders of a bench store at a million messages), on the store thread, holding the GIL
    the window needed."""
    due = from_ms(row.deadline_ms) if row.deadline_ms is not None else None
    reasons = (
        tuple(
            Reason.of(code, **args) for code, args in json.loads(row.reasons) if code == "deadline"
        )
        if due is not None
        else ()
    )
    sent = from_ms(row.ts_ms)
    asked = from_ms(row.ding_due_ms) if row.ding_due_ms is not None else None
    confirm_by = config.confirm_by(sent, due, asked) if config is not None and row.ding else None
    return Ladder(
        row.message_id,
        from_ms(row.started_ms),
        row.fired,
        from_ms(row.snoozed_until_ms) if row.snoozed_until_ms is not None else None,
        row.name,
        row.sender_name,
        row.text,
        sent,
        due,
        row_event(reasons, due),
        row.demo,
        row_readied(reasons, due),
        ding=row.ding,
        confirm_by=confirm_by,
        unreminded=Unreminded(row.unreminded) if row.unreminded else None,
        card_id=row.card_id if row.card_id != row.message_id else None,
    )
