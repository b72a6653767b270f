"""Writing one sync batch: groups, members, triaged messages and the cursor, in one transaction."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from traceback import format_exc
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnDefault,
    ColumnElement,
    Row,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased, object_session

from desk.connectors.protocol import (
    Attachment as IncomingAttachment,
)
from desk.connectors.protocol import (
    GroupInfo,
    IncomingMessage,
    MessageEdit,
    Redaction,
    SyncBatch,
)
from desk.core.asks_more import asks_more
from desk.core.call_names import SETTING as MY_NAMES
from desk.core.clock import Clock
from desk.core.delivery import Delivery
from desk.core.group_priority import SETTING as GROUP_PRIORITY
from desk.core.group_priority import marked
from desk.core.lessons import Lesson
from desk.core.messages import Message as CoreMessage
from desk.core.messages import Reason, Role, Standing, Supersession, Tier, Verdict
from desk.core.quiet_hours import official_calendar
from desk.core.reasons import (
    ACK_PROMISE,
    ALSO_BY,
    ANSWERS,
    CALMER,
    COPY_MORE_PRESSING,
    COPY_SOONER,
    COPY_SOONER_PASSED,
    DUE_PASSED_THEN,
    EDITED,
    EDITED_MORE,
    EDITED_SOONER,
    EDITED_WHY,
    EVENT,
    FOLDED,
    FOR_VILLAGES,
    FROM_YOU,
    NOTICE,
    OWN_DUE,
    OWN_EVENT,
    REMOVED_BY,
    REMOVED_BY_YOU,
    REPLACED_BY,
    REPLIED,
    REPOSTED,
    SENT_PRESSING,
    SOONER_DUE,
    STILL_ASKS,
    SUPERSEDED,
    SUPERSEDED_BY,
    THEN_DUE,
    UNSORTED,
    WAS_DUE,
    at_reason,
    fall_back,
    row_event,
    superseded_reason,
)
from desk.core.triage_config import END_OF_DAY, FOLD_WINDOW, TriageConfig
from desk.core.unsorted import unsorted_verdict
from desk.core.urgency import FOOT_SCORE, urgency_score
from desk.core.well_formed import well_formed_fields
from desk.store import text_index
from desk.store.escalations import (
    HISTORY_BEFORE_ADDED_MS,
    SENT_FROM_SHARED,
    unpin_unless_waiting,
)
from desk.store.group_presets import give_presets, presets_due
from desk.store.inbox import unindexed
from desk.store.kept_marks import owner_of, take_marks
from desk.store.models import (
    Account,
    Attachment,
    Escalation,
    Group,
    Member,
    Message,
    SenderLesson,
    SenderWeight,
    from_ms,
    to_ms,
)
from desk.store.notifications import DIGESTED
from desk.store.outbox import OutboxItem
from desk.store.own_unit import SETTING as OWN_UNIT
from desk.store.own_unit import own_unit
from desk.store.policy_file import load_policy
from desk.store.preset_record import given as given_presets
from desk.store.preset_record import set_by_policy
from desk.store.ranking import confirmed_ding, fallen_back, ranked_score
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.store.weights import weights_version, weights_version_in
from desk.store.write_lock import hold_write_lock
from desk.sync.accounts import me_names, me_names_in, me_names_of
from desk.sync.dings import (
    ReDingFold,
    own_dings,
    own_dings_sent_as,
    re_ding_folds,
    record_confirmations,
    record_sent_elsewhere,
    withdraw_confirmations,
)
from desk.sync.edits_ahead import (
    CORE_COLUMNS,
    VerdictsAhead,
    edit_order,
    edited_cores,
    turned_away,
)
from desk.sync.edits_ahead import stored_core as _stored_core
from desk.sync.invites import record_invites
from desk.sync.set_aside import (
    MOST_SET_ASIDE,
    SET_ASIDE_AFTER,
    Culprit,
    find_culprits,
    text_key,
)
from desk.sync.triage_process import (
    LocalTriage,
    Recalled,
    Triage,
    TriageFailed,
    TriageUnavailable,
    where_failed,
)

log = logging.getLogger("desk.sync.ingest")

# A group as a step of ingest knows it: a stored Group, or only its name.
_G = TypeVar("_G")
# An item of a batch (see chunked).
_T = TypeVar("_T")

# How much recent history a fresh triage engine sees, so folding and ack
# attachment work across a restart.
WARM_UP_MESSAGES = 3000
# How far back among the store's newest messages, every account's, the warm-up looks for
# an account's WARM_UP_MESSAGES before it reads all the account's own (see _recent_recalled).
RECENT_WINDOW = 4 * WARM_UP_MESSAGES
# Messages recalled into an engine per round trip to triage's process (see _warm_engine).
RECALL_AT_ONCE = 500
# Messages per chunk of a batch sent to triage: small enough that writing one chunk
# overlaps triaging the next for most of a batch, large enough that a round trip is cheap.
CHUNK = 200
# The last chunk of a batch larger than CHUNK: its writing overlaps no triage (nothing is
# left to triage), so it is kept short. Triage's process sat idle for the writing of a
# whole chunk of 200 at the end of each batch of 1,000, about 30 ms of its 700.
LAST_CHUNK = 40
# Messages stored unsorted sorted again per transaction (see Ingestor.resort): the window's
# writes (a card read) wait for no more than a few of them.
RESORT_AT_ONCE = 20
# A withdrawn card's score: below every other card of its tier.
WITHDRAWN_SCORE = FOOT_SCORE


@dataclass(frozen=True, slots=True)
class IngestResult:
    account_id: int
    new_messages: int
    group_ids: frozenset[int] = frozenset()
    bad_items: int = 0
    changed_messages: int = 0  # stored messages edited or redacted by this batch
    # Confirmations of DINGs recorded or taken back (see desk.sync.dings): a roster and
    # the count under a DING the user sent are to be read again.
    confirmations: int = 0
    # What the outbox sent and the server refused for good: the user's confirmations of
    # DINGs (a group where only its admins may post), DINGs, and replies.
    refused_confirmations: int = 0
    refused_dings: int = 0
    refused_replies: int = 0
    # The user's confirmations of DINGs the outbox sent (made offline, they waited): their
    # cards' 待发送 goes, and the status bar says 已发送.
    sent_confirmations: int = 0
    # Said once an account start: it has caught up with what came while desk was closed
    # (the first drain of its server's backlog). What is judged on all of it, a sent
    # DING's deadline that passed meanwhile, waits for this (desk.app.sent_deadlines).
    caught_up: bool = False


def chunked(items: Sequence[_T]) -> list[Sequence[_T]]:
    """`items` in order, in chunks of CHUNK and a last one of LAST_CHUNK (see both): a
    batch of 1,000 goes as 200, 200, 200, 200, 160, 40; one of CHUNK or fewer as one."""
    if len(items) <= CHUNK:
        return [items] if items else []
    head = len(items) - LAST_CHUNK
    return [items[i : min(i + CHUNK, head)] for i in range(0, head, CHUNK)] + [items[head:]]


class Ingestor:
    """Turns batches into rows. Owns the triage engines (in `triage`: this process's by
    default), which are stateful: one per account, since a notice folds only into messages
    of its own account (cluster ids are the account's remote ids)."""

    def __init__(
        self, store: Store, tz: ZoneInfo, clock: Clock, triage: Triage | None = None
    ) -> None:
        self._store = store
        self._tz = tz
        self._clock = clock
        self._triage = triage or LocalTriage()
        # The configuration of each account's engine, while it has one, and the
        # generation of triage that holds it.
        self._configs: dict[int, tuple[TriageConfig, int]] = {}
        # The other names the user is @-mentioned by (方主任, 晓宁), as read for the batch
        # being taken in (see _ready).
        self._called: tuple[str, ...] = ()
        self._weights_version: object = None
        # Read once: an engine is warmed after every tier correction.
        self._policy = load_policy()
        self._ahead = VerdictsAhead()
        # Of each account whose batch failed in triage, and until one is stored: how many
        # times in a row, and the new messages the last search went over (see set_aside).
        self._failures: dict[int, int] = {}
        # (By id and text: an edit's message says what the edit does.)
        self._searched: dict[int, frozenset[tuple[str, bytes]]] = {}
        # The texts triage failed on (see set_aside.text_key), of every account, while desk
        # runs: a copy that comes later (the notice forwarded again) is stored without it at
        # once, not after a failed batch and another search (30 s for one it hangs on).
        # Every account's engine runs the same rules on the text.
        self._poisoned: set[bytes] = set()
        # Of each account, the text (see set_aside.text_key) of the message stored
        # unsorted that a triage process hung on or died on as it was sorted again (see
        # resort): failing so once more, it stays.
        self._died_on: dict[int, bytes] = {}

    def close(self) -> None:
        self._triage.close()
        self._configs.clear()

    def apply(self, account_id: int, batch: SyncBatch) -> IngestResult:
        """Stores the batch in one transaction; raises TriageUnavailable (nothing stored)
        when a triage process stopped: the batch can be tried again. A batch that failed
        in triage before (see set_aside) is searched for the messages triage fails on,
        which are stored without it."""
        # Half an emoji in one message must not stop the sync (nothing could store it).
        batch = well_formed_fields(batch)
        batch = self._sent_by_the_user(account_id, batch)
        try:
            result = self._apply_setting_aside(account_id, batch)
        except (TriageFailed, TriageUnavailable) as failure:
            if not self._set_aside_culprits(account_id, batch, failure):
                raise
            result = self._apply_setting_aside(account_id, batch)
        self._failures.pop(account_id, None)
        self._searched.pop(account_id, None)
        for bad in batch.bad_items:
            log.warning("skipped a bad %s from account %d: %s", bad.kind, account_id, bad.reason)
        return result

    def _sent_by_the_user(self, account_id: int, batch: SyncBatch) -> SyncBatch:
        """`batch` with what the user sent under another of their accounts (two accounts of
        one official in one group) as the user's own: the connector knows only its own
        account's id. A reply sent as @liumin, brought first by @liumin2's sync (desk
        offline when it was sent, or that account's sync the sooner), became a card of
        someone else's, a task held by quiet hours (a tester); its twin under @liumin came
        second and took that card. Theirs: read, no news, never a DING to confirm nor an
        @-mention of the user, whichever account's sync brings it first.

        A shared account's id (a duty room's, signed in on several PCs) is not the user's:
        what it sends is a colleague's as much as theirs, and a colleague's DING from it
        never rang (a tester). Only what this desk sent from it (its outbox's, or the
        server's echo of its transaction) is the user's own; under the shared account
        itself the rest is someone else's post, though not a DING for that account to
        confirm: it was sent from it."""
        if not batch.messages:
            return batch
        with self._store.sessions() as session:
            whose = _whose_ids(session, account_id)
            sent_here = (
                _sent_from_here(session, [m.remote_id for m in batch.messages])
                | whose.sent_from_removed
                if whose.shared
                else frozenset()
            )
        if not whose.mine and not whose.shared:
            return batch
        theirs = []
        for m in batch.messages:
            if not m.from_me and (
                m.sender_id in whose.mine
                # The user's own, sent from this desk under the shared account.
                or (m.sender_id in whose.shared and m.remote_id in sent_here)
            ):
                m = replace(
                    m, from_me=True, mentions_me=False, ding=False, ding_due=None, repeats=None
                )
            elif (
                m.from_me and whose.own_shared and m.txn_id is None and m.remote_id not in sent_here
            ):
                m = replace(m, from_me=False, own_ding=None)
            theirs.append(m)
        return replace(batch, messages=tuple(theirs))

    def _apply_setting_aside(self, account_id: int, batch: SyncBatch) -> IngestResult:
        """Stores the batch, the messages of a text triage failed on without it."""
        try:
            # A batch with nothing to triage (a long poll that ended quietly) needs no engine:
            # its warm-up (reading the recent past) waits for one that has.
            # (A redaction may re-triage a card its copy had raised, or the copy that
            # takes over from a redacted first post.)
            if batch.messages or batch.edits or batch.redactions:
                self._ready(account_id, batch.me_name, batch)
            with self._store.transaction() as session:
                return self._apply(session, account_id, batch)
        except BaseException:
            # The engine has seen messages that were not stored, or failed half-way
            # through one: start it afresh.
            self._forget(account_id)
            raise

    def _ready(self, account_id: int, me_name: str | None, batch: SyncBatch | None = None) -> None:
        """Gives the account an engine that knows what it must, unless it has one."""
        # Read afresh for every batch (a setting changed in the window, a tier corrected,
        # an account added is seen by the next batch), but all in one read of the settings
        # and one session: it was six sessions and two reads of every setting, ~3 ms a
        # batch of the main process's, while triage's process waited for the batch.
        values = SettingsStore(self._store.sessions, self._policy).all()
        with self._store.sessions() as session:
            # Before the engine is warmed: a group the policy makes important ranks the
            # batch's messages as the user's own choice would, and one it no longer names
            # as before. Read first: the write lock waits on the window's writes.
            due = presets_due(session, *self._presets(), account_id)
            # (Given presets move the version: read again below.)
            version = None if due else weights_version_in(session)
            unit = self._unit_in(session, str(values[OWN_UNIT]), account_id, batch)
            stored_names = () if me_name else tuple(me_names_in(session, account_id))
        if due:
            with self._store.transaction() as session:
                hold_write_lock(session.connection())
                self._give_presets(session, account_id)
            version = weights_version(self._store.sessions)
        if version != self._weights_version:
            # The user corrected a tier since: triage starts again with the new weights.
            self._forget(None)
            self._weights_version = version
        config, generation = self._configs.get(account_id, (None, -1))
        # Read here, before the batch's transaction, once for the batch.
        self._called = tuple(values[MY_NAMES])
        if (
            config is None
            or generation != self._triage.generation
            or config.me_names != self._me_names(account_id, me_name, stored_names)
            or config.unit != unit
        ):
            # A new triage process has no engine (the last one stopped); and when the
            # server tells the user's name (first sync, or a new name), or the user lists
            # other names they are called by, a new engine: it is how triage knows an
            # @-mention written in the text. So too when the user's own unit is set anew,
            # or first guessed from their names.
            self._warm_engine(account_id, me_name, unit=unit)

    def resort(self, account_id: int) -> IngestResult | None:
        """Sorts again, as if they had just arrived, the account's oldest messages stored
        unsorted by other rules than these (an upgrade may have fixed the rule that
        failed), up to RESORT_AT_ONCE at a time; None once there are none. The sync worker
        takes one such slice between its polls: new messages do not wait behind them.

        Each keeps its card, whether the user read it or put it away as done, and a tier
        they set by hand. One these rules fail on too stays unsorted, now by these rules,
        which do not try it again; the slice ends there, what was judged before it stored.
        A triage process that hung on it or died is given it once more, as set_aside
        does, before it stays so. One saying a text triage failed on before (a copy
        forwarded elsewhere) stays unsorted at once, not given it again.

        Triage judges the slice first, outside the store's write lock (as edits_ahead
        does for edits): one message it hangs on held the lock 30 s, and the window's own
        writes (a card read) failed with "database is locked". Under the lock each row is
        read again, and one changed meanwhile (an edit) waits for the next slice."""
        rules = self._triage.rules
        with self._store.sessions() as session:
            waiting = [
                (row.id, _stored_arrival(row, group), group.name)
                for row, group in session.execute(
                    select(Message, Group)
                    .join(Group, Group.id == Message.group_id)
                    .where(*_unsorted_by_others(account_id, rules))
                    .order_by(Message.ts_ms, Message.id)
                    .limit(RESORT_AT_ONCE)
                ).all()
            ]
        if not waiting:
            return None
        self._ready(account_id, None)
        try:
            judged, failed = self._judge_unsorted(account_id, waiting)
            return self._store_resorted(account_id, judged, failed)
        finally:
            # Each was judged as if it had just arrived: the engine would take the oldest
            # for the latest (the next 收到 acking it, not the notice posted since). It is
            # warmed afresh from the store, in the order the messages came.
            self._forget(account_id)

    def _store_resorted(
        self,
        account_id: int,
        judged: Mapping[int, tuple[IncomingMessage, Verdict]],
        failed: Mapping[int, IncomingMessage],
    ) -> IngestResult:
        """Stores a judged slice (see _resort). Should writing it fail but for the store or
        a triage process that stopped, each row is stored alone, and one that fails so is
        unsorted by these rules: the same slice failing again at every start left every
        row behind it unsorted for good."""
        try:
            return self._store_resorted_once(account_id, judged, failed)
        except (SQLAlchemyError, TriageUnavailable):
            raise
        except Exception:
            log.error(
                "account %d: a slice sorted again failed as it was stored; stored row by row\n%s",
                account_id,
                where_failed(format_exc()),
            )
        stored: list[IngestResult] = []
        for row_id, (arrival, verdict) in judged.items():
            try:
                stored.append(
                    self._store_resorted_once(account_id, {row_id: (arrival, verdict)}, {})
                )
            except (SQLAlchemyError, TriageUnavailable):
                raise
            except Exception:
                log.error(
                    "account %d: message %s stays unsorted: storing it sorted again failed\n%s",
                    account_id,
                    arrival.remote_id,
                    where_failed(format_exc()),
                )
                stored.append(self._store_resorted_once(account_id, {}, {row_id: arrival}))
        if failed:
            stored.append(self._store_resorted_once(account_id, {}, failed))
        return IngestResult(
            account_id,
            0,
            frozenset().union(*(result.group_ids for result in stored)),
            changed_messages=sum(result.changed_messages for result in stored),
        )

    def _store_resorted_once(
        self,
        account_id: int,
        judged: Mapping[int, tuple[IncomingMessage, Verdict]],
        failed: Mapping[int, IncomingMessage],
    ) -> IngestResult:
        """Stores `judged` and `failed` (see _resort) in one transaction."""
        # A triage process that hung or died as the slice was judged took the account's
        # engine with it, and writing asks it (the due time a card's own text states) of
        # the cards the slice's messages fold into.
        self._ready(account_id, None)
        with self._store.transaction() as session:
            return self._resort(session, account_id, judged, failed)

    def _judge_unsorted(
        self, account_id: int, waiting: Sequence[tuple[int, IncomingMessage, str]]
    ) -> tuple[dict[int, tuple[IncomingMessage, Verdict]], dict[int, IncomingMessage]]:
        """Triage's verdicts on `waiting` (row id, the message, its group's name), in
        order, up to the first it fails on; and those to stay unsorted (see resort), each
        row id with its message: one it fails on (again), and before it those of a text it
        failed on before, which it is not given again (four copies of a text it hangs on
        cost it 8 hangs, 30 s each)."""
        judged: dict[int, tuple[IncomingMessage, Verdict]] = {}
        failed: dict[int, IncomingMessage] = {}
        for row_id, arrival, group_name in waiting:
            if self._set_aside(arrival.text):
                log.info(
                    "account %d: message %s stays unsorted: triage failed on its text before",
                    account_id,
                    arrival.remote_id,
                )
                failed[row_id] = arrival
                continue
            try:
                (verdict,) = self._triage.process(account_id, [_core_message(arrival, group_name)])
            except (TriageFailed, TriageUnavailable) as failure:
                key = text_key(arrival.text)
                again = self._died_on.pop(account_id, None) == key
                if not (isinstance(failure, TriageFailed) or again):
                    self._died_on[account_id] = key
                    break
                self._poisoned.add(key)
                log.error(
                    "account %d: message %s stays unsorted: triage failed on it again\n%s",
                    account_id,
                    arrival.remote_id,
                    where_failed(str(failure)) if isinstance(failure, TriageFailed) else failure,
                )
                failed[row_id] = arrival
                break
            judged[row_id] = (arrival, verdict)
        return judged, failed

    def _resort(
        self,
        session: Session,
        account_id: int,
        judged: Mapping[int, tuple[IncomingMessage, Verdict]],
        failed: Mapping[int, IncomingMessage],
    ) -> IngestResult:
        """Stores the verdicts `judged` of rows still unsorted as they were judged, and
        `failed` unsorted by these rules; each row only as it was judged: one changed
        meanwhile (an edit) waits for the next slice."""
        hold_write_lock(session.connection())
        rules, now = self._triage.rules, self._clock.now()
        rows = session.execute(
            select(Message, Group)
            .join(Group, Group.id == Message.group_id)
            .where(Message.id.in_([*judged, *failed]), *_unsorted_by_others(account_id, rules))
            .order_by(Message.ts_ms, Message.id)
        ).all()
        placing = _Placing()
        touched: set[int] = set()
        resorted = changed = 0
        for row, group in rows:
            arrival = failed[row.id] if row.id in failed else judged[row.id][0]
            if _stored_arrival(row, group) != arrival:
                continue  # edited meanwhile: judged again in the next slice
            if row.id in failed:
                row.unsorted_by = rules
                continue
            touched.add(group.id)
            # Its card says something new either way: the window is to read it again.
            changed += 1
            if row.corrected:
                # The user set its tier by hand: it stays, said no longer unsorted.
                row.reasons = [r for r in row.reasons if r[0] != UNSORTED]
                row.unsorted_by = None
                continue
            judged_row = self._judged_row(
                account_id, arrival, group, judged[row.id][1], now, True, {}, placing
            )
            # What its sender changed stays said, first.
            edited = [r for r in row.reasons if r[0] == EDITED]
            for name in _RESORTED:
                setattr(row, name, judged_row[name])
            row.reasons = [*edited, *row.reasons]
            _quiet_if_urgent(session, row, now)
            resorted += 1
            session.flush()
        self._place(session, account_id, placing, now, resorted=True)
        if resorted:
            log.info("account %d: %d messages stored unsorted sorted again", account_id, resorted)
        return IngestResult(account_id, 0, frozenset(touched), changed_messages=changed)

    def _set_aside_culprits(
        self, account_id: int, batch: SyncBatch, failure: TriageFailed | TriageUnavailable
    ) -> bool:
        """Whether messages of the batch were found that triage fails on (see set_aside):
        their texts are stored without it from now on. They are looked for at once when
        the engine raised (it would again), after SET_ASIDE_AFTER failures in a row when
        its process stopped; and not again among new messages and edits looked over
        before, where the failure is elsewhere (an engine that fails on everything),
        which each retry would pay for again."""
        failures = self._failures[account_id] = self._failures.get(account_id, 0) + 1
        if isinstance(failure, TriageUnavailable) and failures < SET_ASIDE_AFTER:
            return False
        unstored, edited = self._unstored(account_id, batch)
        looked_over = frozenset((m.id, text_key(m.text)) for m in (*unstored, *edited))
        if looked_over <= self._searched.get(account_id, frozenset()):
            return False
        found = self._culprits(account_id, batch, unstored, edited)
        self._searched[account_id] = looked_over
        texts = {culprit.key for culprit in found}
        if not texts or len(texts) > MOST_SET_ASIDE:
            return False
        for culprit in found:
            log.error(
                "account %d: message %s is stored unsorted: triage failed on it\n%s",
                account_id,
                culprit.remote_id,
                culprit.where,
            )
        self._poisoned |= texts
        return True

    def _unsorted_by(self, verdict: Verdict, was: str | None) -> str | None:
        """Which rules a message judged `verdict` is stored unsorted by (see
        Message.unsorted_by), None if it is sorted. A row unsorted already (`was`) stays
        unsorted by the rules it was: its new text (an edit) is judged without the engine
        (see _verdict_of), and other rules sort it again. One unsorted now, by these: they
        failed on its text."""
        if not any(reason.code == UNSORTED for reason in verdict.reasons):
            return None
        return self._triage.rules if was is None else was

    def _set_aside(self, text: str) -> bool:
        """Whether a message saying `text` is stored without triage: it failed on it."""
        return bool(self._poisoned) and text_key(text) in self._poisoned

    def _culprits(
        self,
        account_id: int,
        batch: SyncBatch,
        unstored: Sequence[CoreMessage],
        edited: Sequence[CoreMessage],
    ) -> list[Culprit]:
        """The messages of `unstored`, then of `edited`, triage fails on (see set_aside);
        the engine is forgotten after."""

        def afresh() -> None:
            self._forget(account_id)
            self._warm_engine(account_id, batch.me_name, unit=self._unit(account_id, batch))

        try:
            return find_culprits(self._triage, account_id, unstored, afresh, edited)
        finally:
            # It has seen messages that were not stored.
            self._forget(account_id)

    def _unstored(
        self, account_id: int, batch: SyncBatch
    ) -> tuple[list[CoreMessage], list[CoreMessage]]:
        """The batch's messages to triage, as `_apply` hands them over (see _arrivals),
        and its edits, as the messages they change then say (see edits_ahead); but those
        of a text set aside."""
        names = {g.remote_id: g.name for g in batch.groups}
        with self._store.sessions() as session:

            def stored_names(missing: set[str]) -> dict[str, str]:
                stored = self._load_groups(session, account_id, missing)
                return {remote_id: group.name for remote_id, group in stored.items()}

            arrivals, _skipped = self._arrivals(session, account_id, batch, names, stored_names)
            new = [_core_message(m, name) for m, name in arrivals]
            edited = edited_cores(session, account_id, batch.edits, {m.id: m for m in new})
        return (
            [m for m in new if not self._set_aside(m.text)],
            [m for m in edited if not self._set_aside(m.text)],
        )

    @classmethod
    def _arrivals(
        cls,
        session: Session,
        account_id: int,
        batch: SyncBatch,
        groups: Mapping[str, _G],
        stored: Callable[[set[str]], Mapping[str, _G]],
    ) -> tuple[list[tuple[IncomingMessage, _G]], int]:
        """The messages of the batch to store, each with its group: not stored yet, in a
        group known (`groups` by remote id, else as `stored` finds it), once each, in
        timestamp order; and how many were skipped (an unknown group, a duplicate)."""
        known = cls._known_remote_ids(session, account_id, [m.remote_id for m in batch.messages])
        fresh = sorted((m for m in batch.messages if m.remote_id not in known), key=lambda m: m.ts)
        missing = {m.group_id for m in fresh} - groups.keys()
        found = {**groups, **stored(missing)} if missing else groups
        arrivals: list[tuple[IncomingMessage, _G]] = []
        seen: set[str] = set()
        for m in fresh:
            group = found.get(m.group_id)
            if group is None or m.remote_id in seen:
                continue
            seen.add(m.remote_id)
            arrivals.append((m, group))
        return arrivals, len(fresh) - len(arrivals)

    def _presets(self) -> tuple[Mapping[str, str], bool]:
        """The policy's preset group priorities, and whether it locks them."""
        return self._policy.values.get(GROUP_PRIORITY, {}), GROUP_PRIORITY in self._policy.locked

    def _give_presets(self, session: Session, account_id: int) -> None:
        """The policy's preset group priorities, to the account's groups (see give_presets)."""
        give_presets(session, *self._presets(), self._clock.now(), account_id)

    def _own_due(self, account_id: int) -> _OwnDue:
        return _OwnDue(self._triage, account_id, self._tz)

    def forget(self, account_id: int) -> None:
        """Drops the triage engine of an account whose sync ended for good (removed)."""
        self._forget(account_id)

    def _forget(self, account_id: int | None) -> None:
        if account_id is None:
            self._configs.clear()
        else:
            self._configs.pop(account_id, None)
        # A stopped triage process took its engines with it.
        with contextlib.suppress(TriageUnavailable):
            self._triage.forget(account_id)

    def _apply(self, session: Session, account_id: int, batch: SyncBatch) -> IngestResult:
        account = session.get_one(Account, account_id)
        # The first sync of an account brings history: it is in the inbox, but nothing
        # of it notifies or waits for the digest (DINGs get their ladder regardless).
        history = account.cursor is None
        if batch.me_name:
            account.config = {**account.config, "me_name": batch.me_name}
        now = self._clock.now()
        groups = self._upsert_groups(session, account_id, batch.groups)
        _mark_left(session, account_id, batch, now)
        accepted, skipped = self._arrivals(
            session,
            account_id,
            batch,
            groups,
            functools.partial(self._load_groups, session, account_id),
        )
        if skipped:
            log.warning(
                "skipped %d messages of account %d: unknown group, or twice in the batch",
                skipped,
                account_id,
            )
        bad = len(batch.bad_items) + skipped
        files = {m.remote_id: m.attachment for m, _group in accepted if m.attachment is not None}
        touched = {group.id for _m, group in accepted}
        placing = _Placing()
        triaged = [(m, group) for m, group in accepted if not self._set_aside(m.text)]
        # The user's own DINGs, each an item of its own (see core Message.sent_ding): from
        # another device as they say, from desk as its outbox sent them.
        dinged = {m.remote_id for m, _group in triaged if m.from_me and m.own_ding is not None}
        dinged |= own_dings(
            session,
            account_id,
            [m.remote_id for m, _group in triaged if m.from_me and m.own_ding is None],
        )
        # ...and desk's own whose send's answer has not given the outbox their remote id
        # yet (lost, or later than this sync): by the transaction id they were sent under.
        # Triaged as the user's words, one folded into their notice of the same words.
        dinged |= own_dings_sent_as(
            session,
            account_id,
            {
                m.txn_id: m.remote_id
                for m, _group in triaged
                if m.from_me and m.own_ding is None and m.txn_id is not None
            },
        )
        placing.own_dings = dinged
        # In chunks: a triage process works on the next one while this one is written.
        chunks = chunked(triaged)
        waiting = iter(chunks)

        def insert(chunk: Sequence[tuple[IncomingMessage, Group]], verdicts: list[Verdict]) -> None:
            self._insert_rows(
                session,
                account_id,
                chunk,
                verdicts,
                now,
                history,
                placing,
            )

        self._triage.pipeline(
            account_id,
            [
                [
                    _core_message(m, group.name, sent_ding=m.remote_id in dinged)
                    for m, group in chunk
                ]
                for chunk in chunks
            ],
            lambda verdicts: insert(next(waiting), verdicts),
        )
        unsorted = [(m, group) for m, group in accepted if self._set_aside(m.text)]
        if unsorted:
            names = [*me_names_of(account.config), *self._called]
            insert(
                unsorted,
                [unsorted_verdict(_core_message(m, group.name), names) for m, group in unsorted],
            )
        if files:
            self._insert_attachments(session, account_id, files)
        # Before this batch's withdrawals and confirmations, which may be of these DINGs.
        record_sent_elsewhere(session, account_id, (m for m, _group in accepted))
        self._place(session, account_id, placing, now)
        changed = self._apply_changes(session, account_id, batch, touched, now, history)
        mine = next((m.sender_id for m, _group in accepted if m.from_me), None)
        if mine is not None and not account.config.get("user_id"):
            # The user's own id, learnt from what they sent: settings list them nowhere
            # as someone else (the demo workspace's account is configured with none).
            account.config = {**account.config, "user_id": mine}
        me = account.config.get("user_id")
        withdrawn = withdraw_confirmations(session, account_id, batch, me, now)
        confirmations = record_confirmations(session, account_id, batch, me, now) + withdrawn
        record_invites(session, account_id, batch, now)
        # A group joined in this batch: its preset priority moves the cards it brought.
        self._give_presets(session, account_id)
        account.cursor = batch.next_cursor
        return IngestResult(
            account_id=account_id,
            new_messages=len(accepted),
            group_ids=frozenset(touched),
            bad_items=bad,
            changed_messages=changed,
            confirmations=confirmations,
        )

    def _place(
        self,
        session: Session,
        account_id: int,
        placing: _Placing,
        now: datetime,
        *,
        resorted: bool = False,
    ) -> None:
        """Settles the cards a batch's rows fold into, once every row of it is in. Rows
        `resorted` (see resort) came long ago: a card they raise keeps what the user did
        with it, read or done, and rings not."""
        if placing.settles_nothing():
            # Most batches of a quiet day: a reply, a chat line, no copy of a notice.
            return
        if placing.heads:
            # The first copy of a notice learns it heads a cluster when the second arrives.
            # Coalesce, not `cluster IS NULL` in the WHERE: given that, SQLite read every
            # unclustered message through the cluster index (0.4 s a batch at 100,000)
            # instead of the few heads by their ids.
            session.execute(
                update(Message)
                .where(Message.account_id == account_id, Message.remote_id.in_(placing.heads))
                .values(cluster=func.coalesce(Message.cluster, Message.remote_id))
            )
        own_due = self._own_due(account_id)
        # The cards of this batch's copies, read once: what a copy may raise, and which a
        # later notice replaced (see _follow_superseded).
        cards = (
            session.execute(
                select(
                    Message.remote_id, Message.tier_rank, Message.corrected, Message.reasons
                ).where(Message.account_id == account_id, Message.remote_id.in_(placing.heads))
            ).all()
            if placing.heads
            else []
        )
        # Only the heads a copy outranks are raised: most copies share their card's tier.
        raised = [
            (head, copy)
            for head, rank, corrected, _reasons in cards
            if (copy := placing.pressing.get(head)) is not None
            and not corrected
            and rank > copy.tier.rank
        ]
        # Read in one query, not one a card: a card a copy gave a sooner due time took
        # 0.7 ms to find, a sixth of a batch's time at 20,000 relayed messages.
        dated = {head for head, _copy in raised} | placing.sooner.keys()
        found = _cards(session, account_id, dated | placing.reposts.keys())
        # Their own due times, read in one round trip to triage's process too.
        own_due.prime(card for head, card in found.items() if head in dated)
        for head, copy in raised:
            _raise_card(session, found.get(head), copy, own_due, now, resorted=resorted)
        for head, copies in placing.sooner.items():
            _take_sooner_dues(found.get(head), copies, own_due, now, unread=not resorted)
        for head, copies in placing.reposts.items():
            _take_repost(session, account_id, found.get(head), copies, now)
        # Last, when every row of the batch is in, whichever came first (the notice and
        # what replaced it in one batch, or out of order), and after what its copies
        # raised: a notice replaced stays replaced.
        for link in placing.replaced:
            self._supersede(session, account_id, link, now)
        self._follow_superseded(session, account_id, cards, now)
        for task, at in placing.replied.items():
            _mark_replied(session, account_id, task, at.astimezone(self._tz), now)
        for task, at in placing.quoted.items():
            if placing.replied.get(task, at) <= at:
                _mark_replied(session, account_id, task, at.astimezone(self._tz), now, tasks=True)

    def _insert_rows(
        self,
        session: Session,
        account_id: int,
        chunk: Sequence[tuple[IncomingMessage, Group]],
        verdicts: Sequence[Verdict],
        now: datetime,
        history: bool,
        placing: _Placing,
    ) -> None:
        folds = re_ding_folds(
            session,
            account_id,
            [(m, v.cluster) for (m, _g), v in zip(chunk, verdicts, strict=True)],
        )
        if folds:
            # A re-DING is its DING's card again, whatever its words (see re_ding_folds).
            verdicts = [
                replace(v, cluster=folds[m.remote_id].card) if m.remote_id in folds else v
                for (m, _group), v in zip(chunk, verdicts, strict=True)
            ]
        told = _told_heads(session, account_id, chunk, verdicts)
        rows = [
            self._judged_row(account_id, m, group, verdict, now, history, told, placing)
            for (m, group), verdict in zip(chunk, verdicts, strict=True)
        ]
        # What the user did with these events before this account was removed, if it was
        # (see store.kept_marks); a twin then takes its card's.
        account = session.get_one(Account, account_id)
        take_marks(session, owner_of(account.kind, account.config), rows)
        swapped = _take_twins(session, account_id, chunk, rows)
        confirmed = _re_dinged(session, account_id, rows, folds) if folds else []
        if rows:
            # A Core insert of the table, one executemany: the ORM's bulk insert of the
            # same dicts went row by row for most of them. (account, remote id) stays
            # unique: `known` and `seen` keep stored and repeated messages out of `rows`.
            _insert_messages(session, rows)
            if swapped:
                _swap_twins(session, account_id, swapped)
            if confirmed:
                _end_confirmed_ladders(session, account_id, confirmed)
            # An ack folded under its notice shows in no search (see migration 0011).
            searchable = [str(r["remote_id"]) for r in rows if r["ack_of"] is None]
            text_index.index_new(session, account_id, searchable)
            # Acks' too: a search for a person lists what they confirmed.
            names = {r["sender_name"] for r in rows}
            if names:
                # Through the driver too (see _insert_messages): the ORM's bulk insert.
                session.connection().exec_driver_sql(
                    "INSERT INTO senders (name) VALUES (?) ON CONFLICT DO NOTHING",
                    [(name,) for name in sorted(names)],
                )

    def _judged_row(
        self,
        account_id: int,
        m: IncomingMessage,
        group: Group,
        raw_verdict: Verdict,
        now: datetime,
        history: bool,
        told: dict[str, tuple[int, str, int]],
        placing: _Placing,
    ) -> dict[str, object]:
        """The row that stores `m` as triage judged it, what it leaves to settle noted in
        `placing`."""
        raw_verdict = _quote_answered(raw_verdict, m.reply_to)
        sent = (
            _as_sent(raw_verdict, m.reply_to, ding=m.remote_id in placing.own_dings)
            if m.from_me
            else raw_verdict
        )
        verdict = _at_step(sent, now)
        score = urgency_score(verdict, now)
        # Nothing for the notifier: history, the user's own words, or a repeat.
        no_news = history or m.from_me or _told_already(m, group, verdict, told)
        if verdict.cluster is not None:
            placing.heads.add(verdict.cluster)
        placing.replaced.extend(raw_verdict.supersedes)
        if (
            verdict.cluster is not None
            and not (m.from_me or history)
            and verdict.tier.rank <= Tier.ACTION.rank
            and any(r.code == REPOSTED for r in verdict.reasons)
        ):
            # A task posted again in its own group: its card may be asked for again.
            placing.reposts.setdefault(verdict.cluster, []).append(m.remote_id)
        if (
            verdict.cluster is not None
            and not m.from_me
            and verdict.deadline is not None
            and verdict.tier.asks_action
            and not any(r.code == REPOSTED for r in verdict.reasons)
        ):
            # A relay's own earlier due time (各村明天下班前发本群, under a notice due
            # Friday): the card is to show the soonest its copies ask for.
            # Each of them: once the soonest has passed, the next that stands.
            due = to_ms(verdict.deadline)
            copy = _Sooner(due, _due_reasons(verdict), group.name)
            placing.sooner.setdefault(verdict.cluster, []).append(copy)
        if m.from_me and verdict.answers:
            for task in (verdict.answers, *verdict.answers_too):
                placing.replied[task] = max(m.ts, placing.replied.get(task, m.ts))
        if m.from_me and m.reply_to is not None and (not verdict.ack or _promises(verdict)):
            # A reply the user quoted the task in (desk's reply box, or any Matrix client)
            # answers it whatever it says (东山37，西岭21; 好的，马上发您), where triage, reading
            # only the words, needs them to say it is done (报了). A quoted bare 收到 or 好的
            # (回复收到) only confirms: the task stays to do, and the 收到 counts under it
            # (see `ack_of`). One with a promise in it (马上发您) is the user's answer: it
            # read as a 收到 alone, its words lost, the task still owed (a tester).
            quoted = placing.quoted
            quoted[m.reply_to] = max(m.ts, quoted.get(m.reply_to, m.ts))
        if verdict.cluster is not None and not m.from_me:
            best = placing.pressing.get(verdict.cluster)
            if best is None or verdict.tier.rank < best.tier.rank:
                placing.pressing[verdict.cluster] = _Pressing(
                    verdict.tier,
                    verdict.score,
                    to_ms(verdict.deadline) if verdict.deadline else None,
                    group.name,
                    _due_reasons(verdict),
                )
        return {
            "account_id": account_id,
            "remote_id": m.remote_id,
            "group_id": group.id,
            "sender_id": m.sender_id,
            "sender_name": m.sender_name,
            "sender_role": m.sender_role.value,
            "ts_ms": to_ms(m.ts),
            "text": m.text,
            "mentions_me": m.mentions_me,
            "ding": m.ding,
            "ding_due_ms": to_ms(m.ding_due) if m.ding_due is not None else None,
            "reply_to": m.reply_to,
            "tier": verdict.tier.value,
            "tier_rank": verdict.tier.rank,
            "score": score,
            "base_score": verdict.score,
            "reasons": [[r.code, dict(r.args)] for r in verdict.reasons],
            "cluster": verdict.cluster,
            "deadline_ms": to_ms(verdict.deadline) if verdict.deadline else None,
            "ack": verdict.ack,
            # A 收到 that quotes a notice confirms that one, not the last said in the group
            # (triage's guess for an unquoted one): 回复收到 on a notice with others after it.
            "ack_of": m.reply_to if verdict.ack and m.reply_to is not None else verdict.ack_of,
            "answers": verdict.answers,
            # What the user sent is read, and no news to notify them of.
            "read": m.from_me,
            "notify_state": "silent" if no_news else None,
            "done": False,
            "unsorted_by": self._unsorted_by(raw_verdict, None),
        }

    def _apply_changes(
        self,
        session: Session,
        account_id: int,
        batch: SyncBatch,
        touched: set[int],
        now: datetime,
        history: bool,
    ) -> int:
        """Edits, then redactions, on rows already stored (this batch's included).

        An edit changes the text and triage's verdict on it; the FTS index follows
        through its triggers.
        """
        changed = 0
        arrived = {m.remote_id for m in batch.messages}
        # By when each was made, as Matrix takes the latest replacement: a server may
        # pass on a late-federated older edit after a newer one. (An older one in a later
        # batch is turned away by the time of the edit applied; see _apply_edit.)
        edits = sorted(batch.edits, key=edit_order)
        with self._ahead.judging(session, self._triage, account_id, edits, self._set_aside):
            for edit in edits:
                just_in = edit.target_id in arrived
                if self._apply_edit(session, account_id, edit, now, history, touched, just_in):
                    changed += 1
        for redaction in batch.redactions:
            if self._apply_redaction(session, account_id, redaction, now, history, touched):
                changed += 1
        if changed:
            log.info("account %d: %d stored messages edited or redacted", account_id, changed)
        return changed

    def _apply_redaction(
        self,
        session: Session,
        account_id: int,
        redaction: Redaction,
        now: datetime,
        history: bool,
        touched: set[int],
    ) -> bool:
        """Whether a stored message changed: one withdrawn, or one whose applied edit was
        redacted (it reads as first posted again)."""
        row = _stored(session, account_id, redaction.target_id)
        if row is None:
            edited = session.scalars(
                select(Message).where(
                    Message.account_id == account_id,
                    Message.edit_id == redaction.target_id,
                    Message.withdrawn_ms.is_(None),
                )
            ).first()
            if edited is None:
                # An edit that was never applied (an older one), or what desk never stored.
                return False
            hold_write_lock(session.connection())
            # Matrix shows the latest edit still standing, else the first text; desk keeps
            # only the first text, so an earlier edit, redacted or not, is not gone back to.
            assert edited.original_text is not None
            original = edited.original_text
            edited.edited_ms = edited.edit_id = edited.original_text = None
            self._change_text(session, account_id, edited, original, now, history, touched)
            return True
        if row.withdrawn_ms is not None:
            return False
        if row.ack_of is not None:
            # A 收到 folded under its notice showed only in the count of its acks: it leaves
            # the store, and the count.
            session.delete(row)
            session.flush()
            touched.add(row.group_id)
            self._card_without(
                session, account_id, row.remote_id, row.cluster, now, history, touched
            )
            return True
        removed_by = _removed_by(session, account_id, row, redaction)
        self._withdraw(
            session, account_id, row, redaction.ts or now, now, history, touched, removed_by
        )
        return True

    def _card_without(
        self,
        session: Session,
        account_id: int,
        gone: str,
        cluster: str | None,
        now: datetime,
        history: bool,
        touched: set[int],
    ) -> None:
        """Puts right the card of the notice (`cluster`) that the message `gone` (deleted,
        or withdrawn and out of its notice) had headed or been a copy of."""
        if cluster == gone:
            self._promote_copy(session, account_id, gone, now, history, touched)
        elif cluster is not None:
            self._settle_card(session, account_id, cluster, now, history, touched)
            unpin_unless_waiting(session, account_id, cluster)

    def _withdraw(
        self,
        session: Session,
        account_id: int,
        row: Message,
        when: datetime,
        now: datetime,
        history: bool,
        touched: set[int],
        removed_by: list[Any] | None = None,
    ) -> None:
        """Its sender withdrew the message, or a group admin (`removed_by`, a reason
        naming them) removed it: it stays and says so, read, asking nothing
        and alerting no one; its text, and anything read from it, goes from the row and
        the text indexes.

        A card the user had read stays in its view, at the foot of its tier (a notice that
        vanished after it was read made officials doubt their memory; at the head of
        Urgent it would stand above what still asks something). One never read, or a copy
        the inbox showed only folded, leaves a trace in its group (and in Noise), as a
        chat does: in the inbox it would be a card that was never anything to the user."""
        hold_write_lock(session.connection())
        cluster = row.cluster
        if cluster not in (None, row.remote_id) or not row.read:
            row.tier, row.tier_rank = Tier.NOISE.value, Tier.NOISE.rank
        row.score = row.base_score = WITHDRAWN_SCORE
        row.withdrawn_ms = to_ms(when)
        row.text = ""
        row.edited_ms = row.edit_id = row.original_text = None
        row.cluster = None
        row.read = True
        row.pinned = row.ding = row.mentions_me = False
        row.deadline_ms = None
        # Whose it was stays: "you withdrew a message", for one the user sent elsewhere.
        row.reasons = [reason for reason in row.reasons if reason[0] == FROM_YOU]
        if removed_by is not None:
            row.reasons.append(removed_by)
        if row.notify_state in (None, Delivery.HOLD.value):
            # Not notified, nor summed up in a quiet-hours digest, after it was withdrawn.
            row.notify_state = Delivery.SILENT.value
        session.execute(delete(Attachment).where(Attachment.message_id == row.id))
        # One the user sent (a DING withdrawn from another device): its words go from the
        # outbox too, and with them from DINGs I sent…, whose re-DING would send them again.
        session.execute(
            delete(OutboxItem).where(
                OutboxItem.account_id == account_id, OutboxItem.remote_id == row.remote_id
            )
        )
        ladder = session.get(Escalation, row.id)
        if ladder is not None:
            # A DING withdrawn waits for no one: its ladder is on record, and silent.
            ladder.history = True
        elif row.tier == Tier.URGENT.value:
            # A read urgent card stays in Urgent: a silent ladder keeps a round from
            # starting one (see EscalationStore.start_new).
            session.add(Escalation(message_id=row.id, started_ms=to_ms(now), fired=0, history=True))
        session.flush()
        touched.add(row.group_id)
        self._card_without(session, account_id, row.remote_id, cluster, now, history, touched)
        self._unsupersede(session, account_id, row, now, history, touched)
        # The engine still holds the text: what is posted next (the same notice, corrected)
        # would fold into a card that says nothing. It is warmed afresh from the store.
        self._configs.pop(account_id, None)

    def _unsupersede(
        self,
        session: Session,
        account_id: int,
        gone: Message,
        now: datetime,
        history: bool,
        touched: set[int],
    ) -> None:
        """The message `gone` was withdrawn, or edited into one that replaces nothing: the
        cards it had replaced (see _supersede) are replaced by the next message that
        replaces them too, if one still stands (a second correction of the notice), else
        ask again what their own text asks (a correction sent by mistake, or to the wrong
        group, must not leave the meeting it moved hidden in information)."""
        replaced = _replaced_rows(session, account_id, gone)
        # Copies first: a card re-triaged takes the tier of its most pressing copy.
        for row in sorted(replaced, key=lambda row: row.cluster == row.remote_id):
            said = _superseded(row)
            assert said is not None
            touched.add(row.group_id)
            if said[1].get(REPLACED_BY) != gone.remote_id:
                # Named beside another that replaces it: that one still does.
                others = [other for other in _also(said) if other[2] != gone.remote_id]
                _set_superseded(row, _with_also(said, others))
                continue
            self._replace_by_next(session, account_id, row, said, gone, now, history)

    def _replace_by_next(
        self,
        session: Session,
        account_id: int,
        row: Message,
        said: list[Any],
        gone: Message,
        now: datetime,
        history: bool,
    ) -> None:
        """The message named by the row's reason `said` replaces it no more: the next of
        those named beside it that still stands takes its place, else the row asks again
        what its own text asks."""
        others = [other for other in _also(said) if other[2] != gone.remote_id]
        while others:
            (code, level, by_id), others = others[0], others[1:]
            found = _with_group(session, account_id, by_id)
            if found is None:
                continue
            by, group = found
            kind = _KIND_OF[code]
            next_said = _with_also(_said(kind, level, by, group.name, self._tz), others)
            self._replace_again(session, account_id, row, said, next_said, by, now, history)
            return
        _set_superseded(row, None)
        if not row.corrected:
            self._retriage(session, account_id, row, now, history)
        else:
            # Its tier the user's, its place no more a replaced notice's (see urgency):
            # it stayed at the foot of 通知, nothing saying why.
            _rescore(row, now)

    def _replace_again(
        self,
        session: Session,
        account_id: int,
        row: Message,
        was: list[Any],
        said: list[Any],
        by: Message,
        now: datetime,
        history: bool,
    ) -> None:
        """The row, replaced as its reason `was` says, is replaced as `said` says now (by
        `by`: the next correction after one withdrawn, or the same one edited), judged on
        its own text again: what it asks besides, and the due time that follows."""
        if row.corrected:
            # A tier the user set stays theirs; the reason names what replaces it now.
            _set_superseded(row, _keeping_was_due(said, was))
            return
        if not was[1].get(STILL_ASKS):
            judged = self._standing(session, account_id, said, by, [row]).get(row.id)
            if judged is None or not judged.asks:
                # In information, and stays: quietly, due when it was if moved back.
                _set_superseded(row, _keeping_was_due(said, was))
                return
        # Judged on its own tier and due time again, as if never replaced.
        read, done, notify_state = row.read, row.done, row.notify_state
        _set_superseded(row, None)
        self._retriage(session, account_id, row, now, history)
        judged = self._standing(session, account_id, said, by, [row]).get(row.id)
        _replace(row, said, judged, now)
        if was[1].get(STILL_ASKS) or not (judged and judged.asks):
            # Nothing new to read: it asked this before, or asks nothing still.
            row.read, row.done, row.notify_state = read, done, notify_state

    def _follow_edit(
        self,
        session: Session,
        account_id: int,
        edited: Message,
        links: Sequence[Supersession],
        now: datetime,
        history: bool,
    ) -> set[int]:
        """The message `edited`, which replaced notices, says something else now: those it
        no longer replaces (rewritten into another message) are given back as if it had
        been withdrawn; those it still does are judged on its new words (a meeting moved
        again, to 5 pm: the relay's task follows), and replaced as `links` says it
        replaces them now (a warning edited from blue to orange, or into its lifting).
        The groups it changed."""
        replaced = _replaced_rows(session, account_id, edited)
        if not replaced:
            return set()
        touched: set[int] = set()
        clusters: dict[str, list[Message]] = {}
        for row in replaced:
            clusters.setdefault(row.cluster or row.remote_id, []).append(row)
        now_by = {link.root: link for link in links}
        for root, rows in clusters.items():
            said = _superseded(rows[0])
            assert said is not None
            judged = self._standing(session, account_id, said, edited, rows, any_kind=True)
            still = any(standing.replaced for standing in judged.values())
            link = now_by.get(root)
            for row in sorted(rows, key=lambda row: row.cluster == row.remote_id):
                touched.add(row.group_id)
                was = _superseded(row)
                assert was is not None
                if not still:
                    if was[1].get(REPLACED_BY) == edited.remote_id:
                        self._replace_by_next(session, account_id, row, was, edited, now, history)
                    else:
                        others = [o for o in _also(was) if o[2] != edited.remote_id]
                        _set_superseded(row, _with_also(was, others))
                elif was[1].get(REPLACED_BY) == edited.remote_id:
                    said_now = was if link is None else self._said_anew(session, was, link, edited)
                    self._replace_again(
                        session, account_id, row, was, said_now, edited, now, history
                    )
                elif link is not None:
                    # Named beside another that replaces it: as it replaces it now, should
                    # that one be withdrawn.
                    _set_superseded(row, _with_also(was, _also_anew(_also(was), link)))
        return touched

    def _said_anew(
        self, session: Session, was: list[Any], link: Supersession, by: Message
    ) -> list[Any]:
        """The reason `was` of a row that `by` replaced, saying how `by` replaces it now
        (`link`: a warning's new level, or its lifting)."""
        group = session.get_one(Group, by.group_id)
        return _with_also(_said(link.kind, link.level, by, group.name, self._tz), _also(was))

    def _standing(
        self,
        session: Session,
        account_id: int,
        said: list[Any],
        by: Message,
        rows: Sequence[Message],
        *,
        any_kind: bool = False,
    ) -> dict[int, Standing]:
        """What stands of each of `rows` that `by` replaced as the reason `said` says (see
        TriageEngine.standing), by row id. Only a correction is judged (a new warning level
        or its lifting replaces all the old one asked), unless `any_kind` (whether `by`
        still replaces them, after an edit)."""
        kind = _KIND_OF[said[0]]
        if not rows or (kind != _CORRECTION and not any_kind):
            return {}
        groups = {
            group.id: group
            for group in session.scalars(
                select(Group).where(Group.id.in_({by.group_id, *(row.group_id for row in rows)}))
            )
        }

        def core(row: Message) -> CoreMessage:
            group = groups[row.group_id]
            return _stored_core(row, group.remote_id, group.name)

        olders = [
            (core(row), from_ms(row.deadline_ms) if row.deadline_ms is not None else None)
            for row in rows
        ]
        found = self._triage.standing(account_id, core(by), olders, kind)
        return {row.id: standing for row, standing in zip(rows, found, strict=True)}

    def _apply_edit(
        self,
        session: Session,
        account_id: int,
        edit: MessageEdit,
        now: datetime,
        history: bool,
        touched: set[int],
        just_in: bool = False,
    ) -> bool:
        """Whether there was such a message of that sender; the groups it changed go into
        `touched`."""
        # Read under the write lock: a tier the user set meanwhile would be overwritten by
        # triage's. (Triage judged the edits before it: see edits_ahead.)
        hold_write_lock(session.connection())
        # Only the sender may edit a message (a server does not enforce it).
        row = session.scalars(
            select(Message).where(
                Message.account_id == account_id,
                Message.remote_id == edit.target_id,
                Message.sender_id == edit.sender_id,
            )
        ).one_or_none()
        if row is None or turned_away(edit, row):
            return False
        if row.edited_ms is None:
            row.original_text = row.text
        row.edited_ms, row.edit_id = to_ms(edit.ts), edit.remote_id or None
        self._change_text(session, account_id, row, edit.text, now, history, touched, just_in)
        return True

    def _change_text(
        self,
        session: Session,
        account_id: int,
        row: Message,
        text: str,
        now: datetime,
        history: bool,
        touched: set[int],
        just_in: bool = False,
    ) -> None:
        """The row says `text` now, by an edit or the redaction of one: triage's verdict
        follows; the groups it changed go into `touched`."""
        changed = text != row.text
        before = row.text
        # A twin (the same event under a second account, tables.messages.twin_of) follows
        # its first account's row, which the same edit reaches and marks: marked here too,
        # a card read since came back unread when the second account synced the edit.
        news = (
            changed
            and not (history or just_in)
            and not _has_reason(row, FROM_YOU)
            and row.twin_of is None
        )
        card = row.cluster in (None, row.remote_id)
        # What the text said before, judged now: the stored verdict may be older than the
        # weights the user's corrections have moved since, and only the edit counts.
        was = (
            self._verdict_of(session, account_id, row) if news and (row.done or not card) else None
        )
        row.text = text
        if changed:
            # A DING the user sent (from desk or the phone) and corrected from another
            # device: DINGs I sent… lists, and a re-DING sends, the outbox's words, which
            # must be the card's (a re-DING asked for the old time). Only the user's own
            # items have this remote id; by the outbox's index, nothing for others' edits.
            session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.account_id == account_id,
                    OutboxItem.remote_id == row.remote_id,
                    OutboxItem.ding.is_not(None),
                )
                .values(text=text)
            )
        says = self._retriage(session, account_id, row, now, history)
        if changed and says is None:
            # A tier the user set: judged all the same, for what it asks sooner and what
            # it replaces.
            says = self._verdict_of(session, account_id, row)
        # What it replaces now, as a new post saying it would (a chat rewritten into a
        # correction, a warning edited to another level): not its own notice.
        links = [
            link
            for link in (says.supersedes if changed and says is not None else ())
            if link.root not in (row.remote_id, row.cluster)
        ]
        if changed and _MAY_HAVE_REPLACED.search(before):
            # What it replaced, it may replace no more (rewritten into another message), or
            # otherwise (a warning edited from blue to orange).
            touched.update(self._follow_edit(session, account_id, row, links, now, history))
        for link in links:
            touched.update(self._supersede(session, account_id, link, now))
        back = _back_from_done(was, says, before, text) if news and card and row.done else None
        if news and card and (not row.done or back is not None):
            # Its sender changed what a card says (the meeting moved to 3 pm): it is
            # unread again and says it was changed. Not a message the user has not seen
            # yet (it came in this batch), or a copy folded into a card (a typo fixed in a
            # relay is nothing new to read). One put away as done comes back only when
            # the change asks for something sooner or more (see _back_from_done), and
            # says which.
            row.done = False
            _mark_edited(row, back)
        touched.add(row.group_id)
        if not card:
            # The copy that held its card up may no longer do so.
            assert row.cluster is not None
            self._settle_card(session, account_id, row.cluster, now, history, touched)
            head = _stored(session, account_id, row.cluster)
            if (
                head is not None
                and head.done
                and _asks_sooner(was, says)
                and says is not None
                and says.deadline is not None
                and head.deadline_ms == to_ms(says.deadline)
            ):
                # A relay's own due time, edited to sooner, is now the card's.
                head.done = False
                _mark_edited(head)

    def _verdict_of(self, session: Session, account_id: int, row: Message) -> Verdict:
        """Triage's verdict on a stored row's current text, as the user's sent words are
        judged for them. A row stored unsorted stays so, edited or not, judged without the
        engine as one of a text triage failed on: its new words are mostly the old ones
        (a typo fixed) and would fail the same, a batch of edits for ever, as the search
        for what triage fails on looks only at new messages."""
        group = session.get_one(Group, row.group_id)
        core = _stored_core(row, group.remote_id, group.name)
        if _has_reason(row, UNSORTED) or self._set_aside(row.text):
            names = [*me_names_of(session.get_one(Account, account_id).config), *self._called]
            verdict = unsorted_verdict(core, names)
        else:
            verdict = self._ahead.reassess(self._triage, account_id, core)
        verdict = _quote_answered(verdict, row.reply_to)
        return _as_sent(verdict, row.reply_to) if _has_reason(row, FROM_YOU) else verdict

    def _settle_card(
        self,
        session: Session,
        account_id: int,
        head: str,
        now: datetime,
        history: bool,
        touched: set[int],
    ) -> None:
        """Puts a card where its copies now say, after one was edited or redacted: it is
        re-triaged on its own text, raised again by the copies still more pressing, and due
        when its sender's latest repost says, so what the edited or gone copy set goes."""
        card = _stored(session, account_id, head)
        if card is None:
            return
        self._retriage(session, account_id, card, now, history)
        touched.add(card.group_id)

    def _retriage(
        self,
        session: Session,
        account_id: int,
        row: Message,
        now: datetime,
        history: bool,
    ) -> Verdict | None:
        """Triage's verdict on a stored row's current text, unless the user set its tier;
        the verdict it took, or None for such a row."""
        if row.corrected or row.withdrawn_ms is not None:
            # The user set this tier by hand; an edit does not overrule them. A withdrawn
            # message has no text to judge.
            return None
        rank, read, done = row.tier_rank, row.read, row.done
        replaced = _superseded(row)
        verdict = _at_step(self._verdict_of(session, account_id, row), now)
        # Folding was decided on arrival and stays; so does the reason that says so, and
        # that its sender changed it.
        folded = [r for r in row.reasons if r and (r[0] in FOLDED or r[0] == EDITED)]
        answering = [r for r in row.reasons if r and r[0] == ANSWERS]
        if verdict.tier is Tier.URGENT and row.tier != Tier.URGENT.value and not history:
            # Made urgent by an edit: the notifier decides on it afresh (quiet hours and
            # staleness still apply), as it would for a new urgent message.
            row.notify_state = None
        row.tier, row.tier_rank = verdict.tier.value, verdict.tier.rank
        row.base_score = verdict.score
        row.score = urgency_score(verdict, now, confirmed=confirmed_ding(session, row))
        row.reasons = [[r.code, dict(r.args)] for r in verdict.reasons] + folded
        row.unsorted_by = self._unsorted_by(verdict, row.unsorted_by)
        row.deadline_ms = to_ms(verdict.deadline) if verdict.deadline else None
        row.ack = verdict.ack
        row.ack_of = row.ack_of if verdict.ack else None
        if row.answers is not None and verdict.answers == "":
            # Edited into something else (发错群了): no longer under the notice it answered.
            row.answers = None
        elif row.answers is not None:
            # Still its answer: said so, as on arrival, not a notice.
            row.reasons = [r for r in row.reasons if r[0] != NOTICE] + answering
        if replaced is not None:
            # A later notice replaced it: an edit of the old one does not bring it back,
            # but what it asks besides is judged on its new words.
            self._replace_anew(session, account_id, row, replaced, now)
        session.flush()
        if row.cluster == row.remote_id and not _moved(row):
            # A card re-triaged on its own text keeps the tier of its most pressing copy.
            copy = _most_pressing_copy(session, account_id, row)
            if copy is not None:
                _raise_card(session, row, copy, self._own_due(account_id), now)
            # ...and the due time its sender set again, by posting it again (each repost
            # in turn, as they came: one gives more time only once the last has passed).
            for repost in _reposts(session, account_id, row):
                _take_due_time(row, repost, now)
            # ...and the sooner due times its relays ask for, kept through edits.
            _take_sooner_dues(
                row,
                _dated_copies(session, account_id, row),
                self._own_due(account_id),
                now,
                unread=False,
            )
            if row.tier_rank >= rank:
                # Raised again to where it was (a typo fixed in a copy): nothing new to read.
                row.read, row.done = read, done
        return verdict

    def _replace_anew(
        self, session: Session, account_id: int, row: Message, said: list[Any], now: datetime
    ) -> None:
        """Replaces the re-triaged row again as its reason `said` says, judged on its text
        as it is now (see _replace)."""
        found = _with_group(session, account_id, said[1].get(REPLACED_BY))
        judged = None
        if found is not None:
            judged = self._standing(session, account_id, said, found[0], [row]).get(row.id)
        _replace(row, said, judged, now)

    def _supersede(
        self, session: Session, account_id: int, link: Supersession, now: datetime
    ) -> set[int]:
        """A later message replaced a notice (see triage.superseding): the notice's cards,
        its first post and its copies, move to information, saying what replaced them
        (group and time), with their text and read state as they were; a card that asks
        something the later message does not (a relay's own task beside the meeting a
        correction moves) keeps its tier and says so, its due time moved with the meeting
        when that is clear. The groups it changed."""
        found = _with_group(session, account_id, link.by)
        if found is None:
            return set()
        by, group = found
        # What replaces a task must ask for something itself (or be the user's own word):
        # else the work would be in neither card (a roster's one name changed, in
        # information).
        asks = by.tier_rank <= Tier.ACTION.rank or _has_reason(by, FROM_YOU)
        said = _said(link.kind, link.level, by, group.name, self._tz)
        return self._supersede_cluster(session, account_id, link.root, said, by, now, asks)

    def _follow_superseded(
        self, session: Session, account_id: int, cards: Sequence[Row[Any]], now: datetime
    ) -> None:
        """Copies of a replaced notice that came after it was replaced (a village relaying
        Saturday's yellow warning on Monday) are replaced as its first post is. `cards` are
        the heads of this batch's copies as they were before this batch replaced any (those
        it replaced, _supersede moved with every copy)."""
        for remote_id, _rank, _corrected, reasons in cards:
            said = _superseded_in(reasons)
            if said is not None:
                found = _with_group(session, account_id, said[1].get(REPLACED_BY))
                by = found[0] if found is not None else None
                self._supersede_cluster(session, account_id, remote_id, said, by, now)

    def _supersede_cluster(
        self,
        session: Session,
        account_id: int,
        root: str,
        said: list[Any],
        by: Message | None,
        now: datetime,
        asks: bool = True,
    ) -> set[int]:
        """Replaces the cards of the notice `root` as `said` says (by `by`, when still
        stored); only those that ask nothing themselves when what replaced them does not
        `asks`. A card replaced already, by another, notes this one beside it. The groups
        of the cards it replaced."""
        rows = session.scalars(
            select(Message).where(
                Message.account_id == account_id,
                or_(Message.remote_id == root, Message.cluster == root),
                Message.withdrawn_ms.is_(None),
            )
        ).all()
        chosen: list[Message] = []
        still: list[Message] = []
        for row in rows:
            if row.ack_of is not None:
                continue
            present = _superseded(row)
            if present is not None:
                # Replaced already (a second correction): should the one it names be
                # withdrawn, this one still replaces it.
                _note_also(row, present, said)
                continue
            # Not one the user set the tier of or put away as done (theirs to decide).
            if row.corrected or row.done:
                continue
            if row.ding and _ding_waiting(session, row):
                # A DING still waiting asks the person to confirm it, and a later notice
                # does not confirm it for them: it keeps its tier and its place at the top
                # with its ladder running, said first to be replaced (the 12-06 Ⅳ级 DING
                # stood second in Urgent, overdue a day, beside the Ⅲ级 one, not saying so).
                still.append(row)
                continue
            if not asks and row.tier_rank <= Tier.ACTION.rank:
                if _KIND_OF[said[0]] == _CORRECTION:
                    # Corrected by a word that asks nothing (更正：中午数字有误，…326人): what
                    # the card asks stands, said to be corrected (已更正), not left as if
                    # nothing had changed its figures.
                    still.append(row)
                continue
            chosen.append(row)
        judged = self._standing(session, account_id, said, by, chosen) if by is not None else {}
        judged.update((row.id, Standing(True, asks=True)) for row in still)
        for row in (*chosen, *still):
            standing = judged.get(row.id)
            _replace(row, said, standing, now)
            if row.notify_state is None and not (standing and standing.asks):
                # Replaced before the notifier saw it (both in one batch): nothing to tell.
                row.notify_state = Delivery.SILENT.value
        return {row.group_id for row in (*chosen, *still)}

    def _promote_copy(
        self,
        session: Session,
        account_id: int,
        gone: str,
        now: datetime,
        history: bool,
        touched: set[int],
    ) -> None:
        """The first post of a notice was redacted: its first remaining copy becomes the
        card (or a message of its own, if alone), re-triaged on its own text, since its
        tier and its "same notice" came from the post that went."""
        copies = session.scalars(
            select(Message)
            .where(Message.account_id == account_id, Message.cluster == gone)
            .order_by(Message.ts_ms, Message.id)
        ).all()
        if not copies:
            return
        head = copies[0]
        session.execute(
            update(Message)
            .where(Message.account_id == account_id, Message.cluster == gone)
            .values(cluster=head.remote_id if len(copies) > 1 else None)
        )
        head.reasons = [reason for reason in head.reasons if reason[0] not in FOLDED]
        self._retriage(session, account_id, head, now, history)
        touched.update(copy.group_id for copy in copies)
        # The engine's index still folds what comes next into the post that went: it is
        # warmed afresh from the store, where the copy now stands for the notice.
        self._configs.pop(account_id, None)

    @staticmethod
    def _insert_attachments(
        session: Session, account_id: int, files: dict[str, IncomingAttachment]
    ) -> None:
        ids = session.execute(
            select(Message.remote_id, Message.id).where(
                Message.account_id == account_id, Message.remote_id.in_(files)
            )
        )
        session.execute(
            insert(Attachment),
            [
                {
                    "message_id": message_id,
                    "kind": files[remote_id].kind,
                    "url": files[remote_id].url,
                    "name": files[remote_id].name,
                    "mimetype": files[remote_id].mimetype,
                    "size": files[remote_id].size,
                }
                for remote_id, message_id in ids
            ],
        )

    def _upsert_groups(
        self, session: Session, account_id: int, infos: tuple[GroupInfo, ...]
    ) -> dict[str, Group]:
        if not infos:
            return {}
        existing = self._load_groups(session, account_id, {g.remote_id for g in infos})
        for info in infos:
            group = existing.get(info.remote_id)
            if group is None:
                group = Group(account_id=account_id, remote_id=info.remote_id, weight=0.0)
                session.add(group)
                existing[info.remote_id] = group
            group.name, group.topic = info.name, info.topic
            group.encrypted = info.encrypted
            group.left_ms = None  # in it (again)
        session.flush()
        for info in infos:
            if not info.members:
                continue
            gid = existing[info.remote_id].id
            session.execute(delete(Member).where(Member.group_id == gid))
            session.execute(
                insert(Member),
                [
                    {"group_id": gid, "user_id": m.user_id, "name": m.name, "role": m.role.value}
                    for m in info.members
                ],
            )
        return existing

    @staticmethod
    def _load_groups(session: Session, account_id: int, remote_ids: set[str]) -> dict[str, Group]:
        rows = session.scalars(
            select(Group).where(Group.account_id == account_id, Group.remote_id.in_(remote_ids))
        )
        return {g.remote_id: g for g in rows}

    @staticmethod
    def _known_remote_ids(session: Session, account_id: int, remote_ids: list[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(remote_ids), 500):
            chunk = remote_ids[start : start + 500]
            known.update(
                session.scalars(
                    select(Message.remote_id).where(
                        Message.account_id == account_id, Message.remote_id.in_(chunk)
                    )
                )
            )
        return known

    def _me_names(
        self, account_id: int, me_name: str | None = None, stored: Sequence[str] | None = None
    ) -> tuple[str, ...]:
        """The names an @ in the text calls the user by in the account: its display name
        (`me_name`, as the server tells it now, else as stored: `stored` if read already),
        then the others the user listed (方主任, 晓宁)."""
        if me_name:
            own: Sequence[str] = [me_name]
        elif stored is not None:
            own = stored
        else:
            own = me_names(self._store, account_id)
        return tuple(dict.fromkeys([*own, *self._called]))

    def _unit(self, account_id: int | None = None, batch: SyncBatch | None = None) -> str | None:
        """The user's own unit for triage, as its names (see desk.store.own_unit): as set,
        else guessed from the user's names, those in `batch` (of `account_id`) with them:
        the first sync's history is triaged knowing it (桐坪镇-方晓宁 in the district's
        group), not only what comes after it."""
        configured = str(SettingsStore(self._store.sessions, self._policy).get(OWN_UNIT))
        with self._store.sessions() as session:
            return self._unit_in(session, configured, account_id, batch)

    @staticmethod
    def _unit_in(
        session: Session, configured: str, account_id: int | None, batch: SyncBatch | None
    ) -> str | None:
        """`_unit`, the setting's value (`configured`) read already."""
        unit = own_unit(session, configured, _user_names_in(session, account_id, batch))
        return "、".join(unit.names) if unit is not None else None

    def _warm_engine(
        self, account_id: int, me_name: str | None = None, *, unit: str | None = None
    ) -> None:
        """Gives triage an engine for the account, told what it must know; `unit`: the
        user's own unit (see `_unit`)."""
        with self._store.sessions() as session:
            # This account's alone: two accounts in one room share its remote id (and its
            # senders' ids), and what the user taught one is nothing to the other.
            group_weights: dict[str, float] = {}
            group_marked: dict[str, str] = {}
            by_policy: set[str] = set()
            record = given_presets(session)
            for group in session.scalars(
                select(Group).where(Group.account_id == account_id, Group.weight != 0)
            ):
                group_weights[group.remote_id] = group.weight
                if (set_to := marked(group.priority, group.weight)) is not None:
                    group_marked[group.remote_id] = set_to
                    if set_by_policy(record, group):
                        by_policy.add(group.remote_id)
            sender_weights: dict[str, float] = {
                sender: weight
                for sender, weight in session.execute(
                    select(SenderWeight.sender_id, SenderWeight.weight).where(
                        SenderWeight.account_id == account_id
                    )
                )
            }
            lessons = {
                (group, sender): Lesson(lesson)
                for group, sender, lesson in session.execute(
                    select(Group.remote_id, SenderLesson.sender_id, SenderLesson.lesson)
                    .join(Group, Group.id == SenderLesson.group_id)
                    .where(Group.account_id == account_id)
                )
            }
            recent = _recent_recalled(session, account_id, WARM_UP_MESSAGES, RECENT_WINDOW)
            # The first posts of notices whose later copies are recalled: a forward folds
            # into its notice's first post, within the fold window from that post.
            known = {row.remote_id for row in recent}
            heads = {row.cluster for row in recent if row.cluster and row.cluster not in known}
            first_posts = (
                session.execute(
                    _RECALLED.where(Message.account_id == account_id, Message.remote_id.in_(heads))
                ).all()
                if heads
                else []
            )
            # The user's own DINGs among them, recalled as such (see core Message.sent_ding).
            dinged = own_dings(
                session,
                account_id,
                {row.remote_id for row in (*first_posts, *recent) if row.mine},
            )
        config = TriageConfig(
            unit=unit,
            me_names=self._me_names(account_id, me_name),
            tz=self._tz,
            group_weights=group_weights,
            group_marked=group_marked,
            group_by_policy=frozenset(by_policy),
            sender_weights=sender_weights,
            lessons=lessons,
            # The admin policy's tables and regional holidays: the office's working days.
            work_calendar=official_calendar(
                SettingsStore(self._store.sessions, self._policy).all()
            ),
        )
        # The recent past, with what was decided about it: what arrives next folds into
        # it and acks answer it. Recalled, not triaged again: a third of the work, done
        # while the window is starting.
        self._triage.configure(account_id, config)
        rows = sorted([*first_posts, *recent], key=lambda r: (r.ts_ms, r.id))
        # In pieces, oldest first (each one recalled after those before it, as at once):
        # the GIL is let go while triage's process takes each, and the window's thread,
        # waiting for it, runs between them; in one, 3,000 messages were built, pickled
        # and sent without a pause.
        for start in range(0, len(rows), RECALL_AT_ONCE):
            self._triage.recall(
                account_id,
                [
                    Recalled(
                        _stored_core(
                            row,
                            row.group_remote_id,
                            row.group_name,
                            from_me=bool(row.mine),
                            sent_ding=row.remote_id in dinged,
                        ),
                        Tier(row.tier),
                        row.cluster,
                        row.ack,
                        row.answers is not None,
                        from_ms(row.deadline_ms) if row.deadline_ms is not None else None,
                    )
                    for row in rows[start : start + RECALL_AT_ONCE]
                ],
            )
        self._configs[account_id] = (config, self._triage.generation)


_WINDOW_MS = int(FOLD_WINDOW.total_seconds() * 1000)

# What the warm-up reads of a stored message (not a withdrawn one: nothing is to fold
# into a card that says nothing; nor one stored unsorted, which the engine failed on and
# would fail on again, each time it is warmed). Unsorted by its reason's code as the JSON
# column holds it, a list's first item: "unsorted" alone is also a group's name in a
# reason's arguments (a copy as posted in the group "unsorted"), whose message would be
# left out. (Rules of a later desk sort them again: see Ingestor.resort.)
_RECALLED = (
    select(
        Message.id,
        *CORE_COLUMNS,
        Message.tier,
        Message.cluster,
        Message.ack,
        Message.answers,
        Message.deadline_ms,
        # The user's own post (its reasons hold from_you, never first: see _as_sent),
        # found in the JSON as the unsorted code is, not each row's reasons parsed.
        (func.instr(Message.reasons, f"[{json.dumps(FROM_YOU)}") > 0).label("mine"),
    )
    .join(Group, Group.id == Message.group_id)
    .where(
        Message.withdrawn_ms.is_(None),
        func.instr(Message.reasons, f"[{json.dumps(UNSORTED)}") == 0,
    )
)


# Newest first, ties on the time by id: ix_messages_ts (ts_ms, then the rowid) read backwards.
_NEWEST_FIRST = (Message.ts_ms.desc(), Message.id.desc())


def _recent_recalled(
    session: Session, account_id: int, wanted: int, window: int
) -> Sequence[Row[Any]]:
    """The account's newest `wanted` messages the warm-up recalls (_RECALLED), newest first.

    No index holds an account's messages by time: asked for them in that order, SQLite
    read every message of the account and sorted them (1M messages: 2.7-3.3 s of the
    ingest thread at each start). So they are read walking ix_messages_ts backwards, the
    account's condition left to each row (+account_id), which stops at the `wanted`-th;
    and only as far back as the store's `window`-th newest message, found from that index
    alone, so that an account with little of the recent traffic (another took it) is not
    looked for through the whole store. Fewer than `wanted` of its own there, its messages
    are read as before: all of them, sorted.
    """
    bound = session.scalar(
        select(Message.ts_ms).order_by(*_NEWEST_FIRST).offset(window - 1).limit(1)
    )
    walk = _RECALLED.where(unindexed(Message.account_id) == account_id)
    if bound is not None:
        # Every tie of the bound's time with it: still a run of the newest, in this order.
        walk = walk.where(Message.ts_ms >= bound)
    recent = session.execute(walk.order_by(*_NEWEST_FIRST).limit(wanted)).all()
    if bound is None or len(recent) == wanted:
        # The walk went through the whole store, or found all it wanted.
        return recent
    return session.execute(
        _RECALLED.where(Message.account_id == account_id).order_by(*_NEWEST_FIRST).limit(wanted)
    ).all()


@dataclass(slots=True)
class _Placing:
    """What a batch's rows leave to settle once all are in (see Ingestor._place): the
    notices its copies fold into, the most pressing copy of each, a task's reposts, the
    sooner due times its relays ask for, and what it replaced."""

    heads: set[str] = field(default_factory=set)
    pressing: dict[str, _Pressing] = field(default_factory=dict)
    reposts: dict[str, list[str]] = field(default_factory=dict)
    sooner: dict[str, list[_Sooner]] = field(default_factory=dict)
    replaced: list[Supersession] = field(default_factory=list)
    # Tasks asked of the user that a message of theirs answered, and when it came.
    replied: dict[str, datetime] = field(default_factory=dict)
    # Messages the user quoted in a reply of theirs (no 收到), and when it came: those
    # that ask for action read as answered.
    quoted: dict[str, datetime] = field(default_factory=dict)
    # The user's own DINGs among the batch's messages (see core Message.sent_ding).
    own_dings: set[str] = field(default_factory=set)

    def settles_nothing(self) -> bool:
        """Whether _place has nothing to do: every field it settles from is empty. Each
        of its steps reads and writes only what these name (`own_dings` is what rows were
        judged with, settled by nothing), so with all empty it would run no query and
        change no row. By the dataclass's fields, not a list of them: one added later
        is counted without anyone remembering this check."""
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "own_dings")


@dataclass(frozen=True, slots=True)
class _Pressing:
    """The most pressing copy of a notice: its tier, base score, due time and group."""

    tier: Tier
    base_score: float
    deadline_ms: int | None
    group_name: str
    # The reasons that state its due time, which the card takes with the due time.
    due_reasons: list[list[Any]] = field(default_factory=list)


def _insert_messages(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Inserts `rows` (each holding the same keys) into messages, one executemany through
    the driver: SQLAlchemy's own insert of them spent about 60 µs a row binding each value
    in Python, holding the GIL (2 s of a 30 s flood of 1,000 messages/s), while the window's
    thread waited for it; the driver binds in C and lets go of the GIL as SQLite writes.
    Each value is bound as SQLAlchemy binds it (its column type's bind processor, a
    column's default where a row has none), in the same transaction, with the same error
    handling (the engine's handle_error): the stored rows are the same."""
    if not rows:
        return
    bind = session.connection()
    sql, columns = _message_insert(bind.dialect, tuple(rows[0]))
    values = [
        tuple(
            row.get(name, default) if convert is None else convert(row.get(name, default))
            for name, convert, default in columns
        )
        for row in rows
    ]
    bind.exec_driver_sql(sql, values)


@functools.cache
def _message_insert(
    dialect: Dialect, keys: tuple[str, ...]
) -> tuple[str, tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]]:
    """The INSERT of messages' columns in `keys`, and of those with a default besides (as
    Core's insert sends them), and how each value is bound: name, bind processor (None
    where the type binds the value as it is), default."""
    columns = []
    for column in Message.__table__.columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if column.name in keys:
            columns.append((column.name, process, None))
        elif (default := column.default) is not None:
            # Core binds the default of a column the rows leave out: a scalar here (False).
            assert isinstance(default, ColumnDefault) and default.is_scalar, column.name
            columns.append((column.name, process, default.arg))
        # Any other (the id, a virtual column, one with no default) is left to SQLite.
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(Message.__table__.name)} "
        f"({', '.join(quote(name) for name, _p, _d in columns)}) "
        f"VALUES ({', '.join('?' for _c in columns)})"
    )
    return sql, tuple(columns)


def _mark_replied(
    session: Session,
    account_id: int,
    task: str,
    at: datetime,
    now: datetime,
    *,
    tasks: bool = False,
) -> None:
    """Says on the card of `task`, asked of the user, that a message of theirs answered
    it at `at` (see reasons.REPLIED): it lists last in its tier, is no longer said to be
    due or late, and is read. The latest answer counts; a card the user put in a tier
    keeps it. With `tasks`, only a card that asks for action and is not the user's own
    (a message they quoted may be a notice to know, or their own words)."""
    row = _stored(session, account_id, task)
    if row is None:
        return
    card = _stored(session, account_id, row.cluster) if row.cluster else row
    if card is None:
        return
    if tasks and (not Tier(card.tier).asks_action or _has_reason(card, FROM_YOU)):
        return
    said = {"at": at.isoformat()}
    earlier = next((r for r in card.reasons if r[0] == REPLIED), None)
    if earlier is not None and "due" in earlier[1]:
        said["due"] = earlier[1]["due"]
    elif card.deadline_ms is not None:
        # Kept for the reading pane; without a due time the card is no longer reranked
        # as one nears or passes (the rerank reads no reasons of rows still ahead).
        said["due"] = from_ms(card.deadline_ms).astimezone(at.tzinfo).isoformat()
    card.reasons = [*(r for r in card.reasons if r[0] != REPLIED), [REPLIED, said]]
    card.deadline_ms = None
    card.score = ranked_score(card.tier, card.base_score, None, now, card.reasons)
    # Answered, it was read, as a mail thread is once replied to: its badge goes, and no
    # alert or morning digest brings it up again.
    card.read = True
    if card.notify_state in (None, Delivery.HOLD.value):
        card.notify_state = Delivery.SILENT.value


def _raise_card(
    session: Session,
    card: Message | None,
    copy: _Pressing,
    own_due: _OwnDue,
    now: datetime,
    *,
    resorted: bool = False,
) -> None:
    """Raises the card of a notice to the tier of a copy more pressing than it (转发 with
    "各村今晚8点前报…" added under an information notice): the card stands for every copy,
    and an urgent one must not hide in the information view. Not a card the user put in
    its tier. Its reasons for a calmer tier (仅供知悉) go; one names where the copy was.
    A copy `resorted` (see Ingestor.resort) is no news: the card stays as read or done as
    the user left it, and an urgent one rings not."""
    if card is None or card.corrected or card.tier_rank <= copy.tier.rank:
        return
    if _moved(card):
        # A later notice replaced it: a copy of the old one passed on late asks nothing.
        return
    if _has_reason(card, FROM_YOU):
        # The user's own notice, passed on by others: what it asks is still for them.
        return
    card.tier, card.tier_rank = copy.tier.value, copy.tier.rank
    card.base_score = max(card.base_score, copy.base_score)
    own = own_due.of(card)
    if (
        copy.deadline_ms is not None
        and (own is None or copy.deadline_ms < own)
        and not (own is None and _villages_not_mine(card, copy.due_reasons))
    ):
        # The copy's due time is the card's now: shown on it, and aged by rerank, and
        # said by the reasons, which said the card's own before.
        card.deadline_ms = copy.deadline_ms
        card.reasons = _with_due(card.reasons, copy.due_reasons)
    elif card.deadline_ms is None and own is not None:
        # Asking for action now, the notice says when it was due: overdue, not a later
        # time a copy asks for besides (see _OwnDue).
        own_due.show_passed(card, own)
    if resorted:
        _quiet_if_urgent(session, card, now)
    else:
        # Read (or put away as done) as information, it has something new to be read for.
        # (The copy that raised it notifies for it: see _told_already.)
        card.read = False
        card.done = False
    card.reasons = [
        *(reason for reason in card.reasons if reason[0] not in CALMER),
        [COPY_MORE_PRESSING, {"group": copy.group_name}],
    ]
    _rescore(card, now)


def _quiet_if_urgent(session: Session, row: Message, now: datetime) -> None:
    """Gives an urgent item sorted again (see Ingestor.resort) a ladder on record, silent,
    unless it has one, or asks to be seen still: read, put away as done, or history (as
    EscalationStore.start_new tells it), a round would start a ladder for it, ringing and
    pinned, as for one just arrived. One unread rings as one just arrived would (a 紧急
    item due today, five minutes old, came out urgent and silent); one older than a whole
    ladder alerts once (see LadderConfig.begun). Not a DING: it was urgent as it came,
    unsorted or not, and gets its ladder regardless."""
    if row.tier != Tier.URGENT.value or row.ding or session.get(Escalation, row.id) is not None:
        return
    added_ms = session.get_one(Account, row.account_id).created_ms
    if row.read or row.done or row.ts_ms < added_ms - HISTORY_BEFORE_ADDED_MS:
        session.add(Escalation(message_id=row.id, started_ms=to_ms(now), fired=0, history=True))


# The reasons that state a due time, which a card takes from a repost that moves it,
# with those of the steps that follow it (THEN_DUE) and have passed (DUE_PASSED_THEN).
_STEP_REASONS = frozenset({THEN_DUE, DUE_PASSED_THEN})
_DUE_REASONS = frozenset({"deadline", "deadline_soon"}) | _STEP_REASONS


def _due_reasons(verdict: Verdict) -> list[list[Any]]:
    """The reasons of a verdict that state its due time, as a row stores reasons."""
    return [[r.code, dict(r.args)] for r in verdict.reasons if r.code in _DUE_REASONS]


def _due_of(reasons: list[list[Any]]) -> list[list[Any]]:
    """The stored reasons that state a due time."""
    return [reason for reason in reasons if reason[0] in _DUE_REASONS]


def _with_due(
    reasons: list[list[Any]], due: list[list[Any]], *, behind: bool = False
) -> list[list[Any]]:
    """A card's reasons with another message's due time in place of its own (and its
    task no longer without one: 要求办理（未定时限） beside 截止 read as a contradiction).

    Its steps go with it: those of another message's in place of its own, which were of
    a due time it no longer has (posted again, 30分钟内 then 下午5点前, it kept the first
    post's step and not the repost's, and was overdue from the repost's 30 minutes on, 5
    pm nowhere). Its own stay only for a due time
    that stands in front of its own (`behind`: a relay's sooner one, see COPY_SOONER),
    which it is due at again once that has passed; the relay's steps are not taken."""
    drop = _DUE_REASONS - _STEP_REASONS if behind else _DUE_REASONS
    kept = [reason for reason in reasons if reason[0] not in drop]
    taken = [reason for reason in due if not (behind and reason[0] in _STEP_REASONS)]
    if taken:
        kept = [["task_words", {}] if reason[0] == "task_undated" else reason for reason in kept]
    return [*kept, *taken]


def _villages_not_mine(card: Message, due: list[list[Any]]) -> bool:
    """Whether the due time stated by the reasons `due` of a copy is the villages' (see
    FOR_VILLAGES), where the card's notice asks no villages itself. Asked of a card with
    no due time of its own: a township relaying a district warning to its villages
    (请各村（社区）于1小时内…报镇应急办) sets their hour, not the reader's, and the warning's
    card was 已逾期 by it (a tester). Under a notice due by a time of its own the villages'
    sooner one stays the card's, the step before the town's report (镇里汇总：请各村今天下午4
    点前报, under the district's due tomorrow)."""
    return _for_villages(due) and not _for_villages(card.reasons)


def _for_villages(reasons: list[list[Any]]) -> bool:
    return any(
        reason[0] in _DUE_REASONS and reason[1].get(FOR_VILLAGES) == "1" for reason in reasons
    )


def _ding_waiting(session: Session, row: Message) -> bool:
    ladder = session.get(Escalation, row.id)
    return ladder is None or (ladder.acked_ms is None and not ladder.history)


@dataclass(frozen=True, slots=True)
class _Sooner:
    """The copy of a notice that asks for it soonest: its due time, the reasons that say
    so, and its group."""

    deadline_ms: int
    reasons: list[list[Any]]
    group_name: str


def _take_sooner_dues(
    card: Message | None,
    copies: Sequence[_Sooner],
    own_due: _OwnDue,
    now: datetime,
    *,
    unread: bool = True,
) -> None:
    """The card takes the due times of `copies` sooner than its own, the latest first:
    each stands in front of the one before it, which it is due at again once it passes
    (see _take_sooner_due)."""
    if card is None:
        return
    for copy in sorted(copies, key=lambda copy: copy.deadline_ms, reverse=True):
        _take_sooner_due(card, copy, own_due, now, unread=unread)


def _same_day_restated(copy_ms: int, own_ms: int, tz: ZoneInfo) -> bool:
    """Whether a copy due at `copy_ms` only restates the day the card is due on at a time
    of its own later that day (`own_ms`): the copy's time is the 17:30 a day said without
    a time stands for (see triage_config.END_OF_DAY), and midnight ends the day before."""
    copy = from_ms(copy_ms).astimezone(tz)
    own = from_ms(own_ms).astimezone(tz)
    own_day = (own - timedelta(minutes=1)).date()
    return copy.time() == END_OF_DAY and copy.date() == own_day and own > copy


def _take_sooner_due(
    card: Message,
    copy: _Sooner,
    own_due: _OwnDue,
    now: datetime,
    *,
    unread: bool = True,
) -> None:
    """A card shows the soonest due time its copies ask for: a township's relay due
    tomorrow under the district's notice due Friday was seen only deep in the reading
    pane (a new user). The time it stands in front of is kept with it, and the card is
    due at that again once the copy's has passed (see fall_back). Unread again for it
    (`unread`); not a card the user set, their own, or one that asks nothing."""
    if card.corrected or _has_reason(card, FROM_YOU):
        return
    if not Tier(card.tier).asks_action:
        return
    own = own_due.of(card)
    if own is None and _villages_not_mine(card, copy.reasons):
        return
    if own is not None and _same_day_restated(copy.deadline_ms, own, own_due.tz):
        # A relay's "12月7日截止" under the notice's 12月7日24:00截止: the same day said
        # without its time, not a sooner ask (a tester found the card due at 17:30).
        return
    if own is not None and own <= copy.deadline_ms:
        # Not sooner: a copy's later due time is no reason to give more time. A notice
        # posted after its own due time is overdue (see _OwnDue).
        if card.deadline_ms is None:
            own_due.show_passed(card, own)
            _rescore(card, now)
        return
    stood_before = _stood_before(card, copy, own, own_due.tz)
    said_where = [COPY_SOONER, {"group": copy.group_name, **stood_before}]
    card.deadline_ms = copy.deadline_ms
    card.reasons = [*_with_due(card.reasons, copy.reasons, behind=True), said_where]
    # Passed already (synced days after the relay came): due at what it stood before.
    card.deadline_ms, card.reasons = fallen_back(card.deadline_ms, card.reasons, now) or (
        card.deadline_ms,
        card.reasons,
    )
    _rescore(card, now)
    if unread:
        card.read = False


def _stood_before(card: Message, copy: _Sooner, own: int | None, tz: ZoneInfo) -> dict[str, str]:
    """The arguments of COPY_SOONER on `card` for `copy`: its due time, and the card's
    (`own`, of the card's own or a less soon copy's) that it stands in front of, in `tz`
    as the reasons that state due times say them."""
    args = {SOONER_DUE: from_ms(copy.deadline_ms).astimezone(tz).isoformat()}
    if own is None:
        return args
    before = from_ms(own).astimezone(tz)
    args[OWN_DUE] = before.isoformat()
    said = tuple(Reason.of(code, **reason_args) for code, reason_args in card.reasons)
    if row_event(said, before):
        args[OWN_EVENT] = "1"
    return args


@dataclass(frozen=True, slots=True)
class _OwnDue:
    """The due time a card's own text states: the one triage gave it, else one that had
    passed that day when the notice was posted (请于12月3日17:30前报送, posted at 21:27),
    for which triage gives none. A copy due later (a relay's 下周一前 for its own units)
    is not sooner than that: taken as sooner, the card told the user they had till
    Monday for a notice due Thursday. Read by the account's engine, in triage's process:
    the window's process never loads the rules."""

    triage: Triage
    account_id: int
    tz: ZoneInfo
    # What the engine read, by the card's text and time.
    _read: dict[tuple[str, int], int | None] = field(default_factory=dict)

    def of(self, card: Message) -> int | None:
        if card.deadline_ms is not None:
            return card.deadline_ms
        self.prime((card,))
        return self._read[card.text, card.ts_ms]

    def prime(self, cards: Iterable[Message]) -> None:
        """Reads the passed due times of `cards` in one round trip to triage's process,
        where one a card took a millisecond or more."""
        asked = list(
            {(c.text, c.ts_ms) for c in cards if c.deadline_ms is None} - self._read.keys()
        )
        if not asked:
            return
        dues = self.triage.passed_dues(
            self.account_id, [(text, from_ms(ts_ms)) for text, ts_ms in asked]
        )
        for key, due in zip(asked, dues, strict=True):
            self._read[key] = to_ms(due) if due is not None else None

    def show_passed(self, card: Message, due_ms: int) -> None:
        """Shows on a card asking for action its own due time that had passed when
        posted: overdue."""
        stated = at_reason(from_ms(due_ms).astimezone(self.tz), event=False)
        card.deadline_ms = due_ms
        card.reasons = _with_due(card.reasons, [[stated.code, dict(stated.args)]])


# A notice's copies that are no acks. Not `ack_of IS NULL`: SQLite may take that for a
# seek of the ack index, where nearly every message of the account lies, rather than the
# notice's few copies by its cluster (0.33 s a card at 300,000 messages; a batch of 200
# edits held the write lock 20 s).
_NO_ACK = func.coalesce(Message.ack_of, "") == ""


def _dated_copies(session: Session, account_id: int, card: Message) -> list[_Sooner]:
    """The copies of a card's notice that ask for it by a time, as _insert_rows finds
    them among what arrives: not the user's own, an ack or a repost, and asking for
    action."""
    found = session.execute(
        select(Message, Group.name)
        .join(Group, Group.id == Message.group_id)
        .where(
            Message.account_id == account_id,
            Message.cluster == card.remote_id,
            Message.id != card.id,
            _NO_ACK,
            Message.deadline_ms.is_not(None),
            Message.tier_rank <= Tier.ACTION.rank,
        )
    ).all()
    return [
        _Sooner(copy.deadline_ms, _due_of(copy.reasons), group_name)
        for copy, group_name in found
        if copy.deadline_ms is not None
        and not (_has_reason(copy, FROM_YOU) or _has_reason(copy, REPOSTED))
    ]


def _take_repost(
    session: Session, account_id: int, card: Message | None, copy_ids: list[str], now: datetime
) -> None:
    """The sender of a task posted it again in its group (把数字对一下，10分钟内给我, said
    again): what they ask is to be acted on again. Its card, read or put away as done, is
    unread in the inbox once more, still due when it was, or when the latest repost says
    if the first due time had passed (see `_take_due_time`). Not a card the user put in
    its tier, or their own;
    a member passing it on again asks nothing new."""
    if card is None or card.corrected or _has_reason(card, FROM_YOU):
        return
    if _moved(card):
        return
    theirs = [
        copy
        for copy in session.scalars(
            select(Message).where(Message.account_id == account_id, Message.remote_id.in_(copy_ids))
        )
        if _chases(card, copy)
    ]
    if not theirs:
        return
    card.read = False
    card.done = False
    for repost in sorted(theirs, key=_posted):
        _take_due_time(card, repost, now)
    # Rerank passes over what is done: the score it was put away with is that day's.
    _rescore(card, now)


def _chases(card: Message, copy: Message) -> bool:
    """Whether `copy` is the card's task posted again by its sender in its group."""
    return (
        (copy.sender_id, copy.group_id) == (card.sender_id, card.group_id)
        and copy.ack_of is None
        and copy.tier_rank <= Tier.ACTION.rank
    )


def _reposts(session: Session, account_id: int, card: Message) -> list[Message]:
    """The copies of the card's task that its sender posted again in its group, in the
    order they came."""
    # By the notice's copies alone (a few): asked for the group too, SQLite walked the
    # whole group through its index (0.14 s at 200,000 messages).
    copies = session.scalars(
        select(Message).where(
            Message.account_id == account_id,
            Message.cluster == card.remote_id,
            Message.id != card.id,
        )
    )
    return sorted((copy for copy in copies if _chases(card, copy)), key=_posted)


def _posted(message: Message) -> tuple[int, int]:
    return message.ts_ms, message.id


def _at_step(verdict: Verdict, now: datetime) -> Verdict:
    """`verdict` due at its notice's step that stands at `now` (see `fall_back`): a notice
    synced or edited after its first step passed was stored due at that one, overdue, and
    the rerank, which reads no row long overdue, never moved it to the next."""
    fallen = fall_back(verdict.reasons, verdict.deadline, now)
    if fallen is None:
        return verdict
    due, reasons = fallen
    return replace(verdict, deadline=due, reasons=reasons)


def _rescore(card: Message, now: datetime) -> None:
    """The card's place in its tier at `now`, after its tier, base score or due time
    changed (a score carried over from a copy would stay where that copy's due time put it,
    and rerank looks again only at cards with a due time)."""
    card.score = ranked_score(
        card.tier,
        card.base_score,
        card.deadline_ms,
        now,
        card.reasons,
        confirmed=confirmed_ding(object_session(card), card),
    )


def _removed_by(
    session: Session, account_id: int, row: Message, redaction: Redaction
) -> list[Any] | None:
    """The reason naming who removed a message, when not its sender (a group admin, or
    the user as one): "张三撤回了一条消息" would put the admin's act on the member."""
    by = redaction.by_id
    if by is None or by == row.sender_id:
        return None
    if by == session.get_one(Account, account_id).config.get("user_id"):
        return [REMOVED_BY_YOU, {}]
    return [REMOVED_BY, {"name": redaction.by_name or by}]


def _take_due_time(card: Message, repost: Message, now: datetime) -> None:
    """The repost's due time, and the reasons that state it, when the card's had passed
    by then (or it had none): shown on the card, and aged by rerank.

    A task posted again while still due is chased, not given more time: its 30分钟内,
    read from the repost, would put off what its first post asked for (a tester read
    "due 05:09" on a DING already due at 05:02).
    """
    if repost.deadline_ms is None or (
        card.deadline_ms is not None
        and (card.deadline_ms >= repost.ts_ms or repost.deadline_ms <= card.deadline_ms)
    ):
        return
    card.deadline_ms = repost.deadline_ms
    card.reasons = _with_due(card.reasons, _due_of(repost.reasons))
    _rescore(card, now)


def _most_pressing_copy(session: Session, account_id: int, card: Message) -> _Pressing | None:
    found = session.execute(
        select(Message, Group.name)
        .join(Group, Group.id == Message.group_id)
        .where(
            Message.account_id == account_id,
            Message.cluster == card.remote_id,
            Message.id != card.id,
            _NO_ACK,
        )
        .order_by(Message.tier_rank, Message.score.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    copy, group_name = found
    return _Pressing(
        Tier(copy.tier),
        copy.base_score,
        copy.deadline_ms,
        group_name,
        _due_of(copy.reasons),
    )


def _mark_left(session: Session, account_id: int, batch: SyncBatch, now: datetime) -> None:
    """Groups the user left or was removed from keep what they held, said to be left;
    a left group that something new comes from is the user's again."""
    gone = set(batch.invites_gone) - {g.remote_id for g in batch.groups}
    back = {m.group_id for m in batch.messages} - gone
    for remote_ids, left_ms in ((back, None), (gone, to_ms(now))):
        if remote_ids:
            session.execute(
                update(Group)
                .where(
                    Group.account_id == account_id,
                    Group.remote_id.in_(remote_ids),
                    # Only a change: a group left earlier keeps when it was left.
                    Group.left_ms.is_(None) if left_ms else Group.left_ms.is_not(None),
                )
                .values(left_ms=left_ms)
            )


def _asks_sooner(was: Verdict | None, now: Verdict | None) -> bool:
    """Whether an edit asks for something sooner than the text did before it: a more
    pressing tier, or a due time brought forward or added (交材料改到周三前, from Friday).
    A typo fixed, or a due time put back, leaves a card the user has done alone."""
    if was is None or now is None:
        return False
    if now.tier.rank < was.tier.rank:
        return True
    if now.deadline is None or not now.tier.asks_action:
        return False
    return was.deadline is None or now.deadline < was.deadline


def _back_from_done(
    was: Verdict | None, now: Verdict | None, before: str, after: str
) -> str | None:
    """Why an edit brings a card the user marked done back ("sooner", "more"), or None
    when it leaves it done (a typo fixed, a due time put back, thanks added)."""
    if _asks_sooner(was, now):
        return EDITED_SOONER
    if asks_more(before, after):
        return EDITED_MORE
    return None


def _mark_edited(row: Message, why: str | None = None) -> None:
    row.read = False
    # First: what to notice about it now, and why it came back from done if it did.
    said = {EDITED_WHY: why} if why is not None else {}
    row.reasons = [[EDITED, said], *(r for r in row.reasons if r[0] != EDITED)]


def _cards(session: Session, account_id: int, remote_ids: Collection[str]) -> dict[str, Message]:
    """The stored messages of `remote_ids`, by id."""
    if not remote_ids:
        return {}
    return {
        row.remote_id: row
        for row in session.scalars(
            select(Message).where(
                Message.account_id == account_id, Message.remote_id.in_(remote_ids)
            )
        )
    }


def _stored(session: Session, account_id: int, remote_id: str) -> Message | None:
    return session.scalars(
        select(Message).where(Message.account_id == account_id, Message.remote_id == remote_id)
    ).one_or_none()


def _has_reason(row: Message, code: str) -> bool:
    return any(reason[0] == code for reason in row.reasons)


def _re_dinged(
    session: Session,
    account_id: int,
    rows: list[dict[str, Any]],
    folds: Mapping[str, ReDingFold],
) -> list[tuple[str, int, int]]:
    """Settles this chunk's re-DINGs to the user (`rows`, not inserted yet); returns
    those of a DING they confirmed already (remote id, posted and confirmed in ms), whose
    ladders are to be ended once they are in (see _end_confirmed_ladders). Such a one
    (its sender re-DINGed before the user's 收到 reached them) is confirmed by that: read,
    silent. One of a DING still waiting rings anew, as a new DING: its own ladder alerts
    from the start, and the DING it repeats rings no more beside it, so that the banner
    counts one DING for the one card (confirming the card confirms both, see
    EscalationStore.acknowledge)."""
    confirmed: list[tuple[str, int, int]] = []
    retired: set[tuple[str, str]] = set()
    for row in rows:
        fold = folds.get(str(row["remote_id"]))
        if fold is None or not row["ding"]:
            continue
        if fold.confirmed_ms is not None:
            row["read"] = True
            row["notify_state"] = "silent"
            confirmed.append((str(row["remote_id"]), int(row["ts_ms"]), fold.confirmed_ms))
        else:
            retired.add((fold.card, str(row["sender_id"])))
    for card, sender in retired:
        # The ladders still running of the DINGs repeated: its sender's on the card (the
        # first DING, and any re-DING of it before this one). Not another's DING folded
        # there (the order passed on in another group), whose sender waits for their own.
        waiting = select(Message.id).where(
            Message.account_id == account_id,
            Message.ding.is_(True),
            Message.sender_id == sender,
            or_(Message.remote_id == card, Message.cluster == card),
        )
        # A twin's ladder is its first account's row's (see EscalationStore.acknowledge):
        # the DING repeated rang on there, beside the new one.
        firsts = select(Message.twin_of).where(
            Message.id.in_(waiting), Message.twin_of.is_not(None)
        )
        session.execute(
            update(Escalation)
            .where(
                or_(Escalation.message_id.in_(waiting), Escalation.message_id.in_(firsts)),
                Escalation.acked_ms.is_(None),
                Escalation.history.is_(False),
            )
            .values(history=True)
        )
    if retired:
        log.info("account %d: %d DINGs asked again", account_id, len(retired))
    return confirmed


def _end_confirmed_ladders(
    session: Session, account_id: int, confirmed: list[tuple[str, int, int]]
) -> None:
    """Ladders, ended when the DING they repeat was confirmed, for these re-DINGs just
    inserted (see _re_dinged): none starts, and the card reads confirmed then."""
    at = {remote_id: (ts_ms, acked_ms) for remote_id, ts_ms, acked_ms in confirmed}
    ids = session.execute(
        select(Message.remote_id, Message.id).where(
            Message.account_id == account_id, Message.remote_id.in_(list(at))
        )
    )
    session.execute(
        insert(Escalation),
        [
            {
                "message_id": message_id,
                "started_ms": at[remote_id][0],
                "fired": 0,
                "acked_ms": at[remote_id][1],
                "history": False,
            }
            for remote_id, message_id in ids
        ],
    )


def _take_twins(
    session: Session,
    account_id: int,
    chunk: Sequence[tuple[IncomingMessage, Group]],
    rows: list[dict[str, object]],
) -> dict[str, int]:
    """Makes each of `rows` that another account stored first (the same event id in a group
    of the same room: two accounts of one official in one group) a twin of that row: its
    card stands for both, and the twin takes its read and done (see tables.messages'
    `twin_of`) and tells the user nothing again. It stays a message of its own account
    otherwise (its folding, the acks to it, its edits), as that account's triage saw it.

    But a DING to this account's user that the first row is no DING for (its recipients
    named the one and not the other): that one holds the card, confirmed from the account
    it was sent to. Returns those, each with the first row that becomes its twin once it
    is stored (see `_swap_twins`)."""
    others = session.scalars(select(Account.id).where(Account.id != account_id)).all()
    if not others:
        return {}
    rooms = {m.remote_id: group.remote_id for m, group in chunk}
    first = Message.__table__.alias("first")
    found = session.execute(
        select(
            first.c.id,
            first.c.remote_id,
            Group.remote_id,
            first.c.read,
            first.c.done,
            first.c.done_ms,
            first.c.ding,
        )
        .join(Group, Group.id == first.c.group_id)
        .where(
            first.c.account_id.in_(others),
            first.c.remote_id.in_(list(rooms)),
            first.c.twin_of.is_(None),
        )
    ).all()
    firsts = {
        remote_id: (first_id, read, done, done_ms, ding)
        for first_id, remote_id, room, read, done, done_ms, ding in found
        if rooms.get(remote_id) == room
    }
    if not firsts:
        return {}
    read_there: list[int] = []
    swapped: dict[str, int] = {}
    for row in rows:
        if (twin := firsts.get(str(row["remote_id"]))) is None:
            continue
        first_id, read, done, done_ms, ding = twin
        if row["ding"] and not ding:
            swapped[str(row["remote_id"])] = first_id
            continue
        if row["read"] and not read:
            # Sent under this account (the user's own): read under the other too.
            read_there.append(first_id)
        row.update(
            twin_of=first_id,
            read=bool(row["read"]) or read,
            done=done,
            done_ms=done_ms,
            # Told of once, under the first account: no second pop-up, nor a second
            # place in quiet hours' held list.
            notify_state=Delivery.SILENT.value,
        )
    for row in rows:
        # Every row of one executemany holds the same keys.
        row.setdefault("twin_of", None)
        row.setdefault("done_ms", None)
    if read_there:
        session.execute(update(Message).where(Message.id.in_(read_there)).values(read=True))
    return swapped


def _swap_twins(session: Session, account_id: int, swapped: Mapping[str, int]) -> None:
    """Makes the first rows of `swapped` (see `_take_twins`), and their twins, twins of
    this account's rows of their events, just stored: DINGs to this account's user.

    The card then asks for the DING's confirmation: unread and not done, whatever the user
    did with it under the other account (a DING is not put away unconfirmed), and none of
    its rows keeps a time it was done at. But a DING posted over three days before this
    account was added is history, which never rings nor waits (see
    EscalationStore.start_new): the card keeps what the user did with it, read or put away
    as done, at its time (undone and unread, it sat in the inbox, lost to Done)."""
    history_before = session.get_one(Account, account_id).created_ms - HISTORY_BEFORE_ADDED_MS
    for remote_id, first_id in swapped.items():
        new_id, ts_ms, read, done, done_ms = session.execute(
            select(Message.id, Message.ts_ms, Message.read, Message.done, Message.done_ms).where(
                Message.account_id == account_id, Message.remote_id == remote_id
            )
        ).one()
        if ts_ms < history_before:
            read, done, done_ms = session.execute(
                select(Message.read, Message.done, Message.done_ms).where(Message.id == first_id)
            ).one()
            session.execute(
                update(Message)
                .where(Message.id == new_id)
                .values(read=read, done=done, done_ms=done_ms)
            )
        # Every row of the event as its card: as the triggers of 0039 keep them.
        session.execute(
            update(Message)
            .where(or_(Message.id == first_id, Message.twin_of == first_id))
            .values(twin_of=new_id, read=read, done=done, done_ms=done_ms)
        )


def _told_heads(
    session: Session,
    account_id: int,
    chunk: Sequence[tuple[IncomingMessage, Group]],
    verdicts: Sequence[Verdict],
) -> dict[str, tuple[int, str, int]]:
    """The tier rank, sender and group of each notice this chunk's copies fold into that
    the user has been told of already: notified, or in a quiet-hours digest."""
    wanted = {
        v.cluster
        for (m, _group), v in zip(chunk, verdicts, strict=True)
        if v.cluster is not None and v.cluster != m.remote_id
    }
    if not wanted:
        return {}
    rows = session.execute(
        select(Message.remote_id, Message.tier_rank, Message.sender_id, Message.group_id).where(
            Message.account_id == account_id, Message.remote_id.in_(wanted), _TOLD
        )
    )
    return {remote_id: (rank, sender, group) for remote_id, rank, sender, group in rows}


def _told_clause() -> ColumnElement[bool]:
    """Whether a stored message's notice was told of (see _told_heads)."""
    told = (Delivery.NOTIFY.value, DIGESTED)
    # A twin (the same notice under another account, tables.messages.twin_of) is told of
    # nothing itself: the user was told of it as the first account's row was. Counted as
    # never told, a relay into a group only this account is in was news again.
    first = aliased(Message)
    told_as_first = (
        select(first.id).where(first.id == Message.twin_of, first.notify_state.in_(told)).exists()
    )
    return or_(Message.notify_state.in_(told), and_(Message.twin_of.is_not(None), told_as_first))


# Built once: an alias's columns are adapted anew each time it is built, 2-3 ms a chunk of
# 200 (six a batch) in the main process, as much as the chunk's own query.
_TOLD = _told_clause()


def _told_already(
    m: IncomingMessage, group: Group, verdict: Verdict, told: dict[str, tuple[int, str, int]]
) -> bool:
    """A copy of a notice the user was told of, no more pressing than it, neither a DING
    nor @-mentioning them: the same news again, so it notifies no one (the tester's
    repeats). Not a task its sender posts again in its group, which asks for it again
    (see _take_repost). Anything else is the notifier's to decide, as a first post is."""
    head = told.get(verdict.cluster) if verdict.cluster is not None else None
    if head is None or verdict.cluster == m.remote_id:
        return False
    rank, sender, group_id = head
    chase = (sender, group_id) == (m.sender_id, group.id) and verdict.tier.rank <= Tier.ACTION.rank
    return verdict.tier.rank >= rank and not m.ding and not m.mentions_me and not chase


def _quote_answered(verdict: Verdict, reply_to: str | None) -> Verdict:
    """The verdict on a reply that quotes `reply_to` (the event's m.in_reply_to), which
    answers that message and no other: triage, reading only the words, took a quoted
    收到，已安排… for an answer to the group's latest DING (what a 收到 confirms), which
    then read 已回复 and listed the reply, and `desk inbox` said it answered the DING, not
    the notice it quoted (a tester). The quote wins: the store links the reply to it by
    `reply_to` (and ingest marks what the user quoted answered, see _judged_row)."""
    if reply_to is None or verdict.answers is None or verdict.answers == reply_to:
        return verdict
    return replace(
        verdict,
        answers=None,
        answers_too=(),
        # It named the guessed notice (回复：<the DING's title>).
        reasons=tuple(r for r in verdict.reasons if r.code != ANSWERS),
    )


def _as_sent(verdict: Verdict, reply_to: str | None, *, ding: bool = False) -> Verdict:
    """The verdict on a message the user sent: what it asks is for others, so for its
    sender it is information with no due time (an ack stays noise). It still heads its
    notice, so what others forward folds into it. A reply quoting (`reply_to`) with a
    promise in it (好的，马上发给你。) is the user's answer, not an ack: the card reads
    已回复 for it, and lists it among the replies, with the user's next words; under
    收到 ×1 it stood apart from them (a tester).

    A reply of the user's quoting a message (`reply_to`: desk's reply box, or any Matrix
    client's) is listed under it (回复 ×1（我）), and is noise as a card of its own: by
    the rule above, one with a task's words in it (已安排…12月9日前完成自查) stood in 通知
    marked 我发出的, and one without (我下午过去看看) in 杂项 alone (a tester). Not one
    triage alone reads as an answer, unquoted: it takes the user's own notice for one
    when someone posts its words again. Not a DING the user sent (`ding`), an item of
    its own (see core Message.sent_ding)."""
    if reply_to is not None and verdict.ack and _promises(verdict):
        verdict = replace(verdict, ack=False, ack_of=None)
    kept = tuple(r for r in verdict.reasons if r.code not in _FOR_THE_READER)
    pressing = _pressing(verdict)
    if reply_to is not None and not ding:
        # Noise, but still asking what it asks of its readers: the villages' reports at
        # night to a quoted 各村立即上报灾情，23:30前报 were held till morning, where those
        # to the same words unquoted came through quiet hours (see notify_policy.OwnItem).
        return replace(
            verdict, tier=Tier.NOISE, deadline=None, reasons=(*kept, _SENT_BY_YOU, *pressing)
        )
    if not verdict.tier.asks_action:
        return replace(verdict, reasons=(*verdict.reasons, _SENT_BY_YOU))
    return replace(verdict, tier=Tier.INFO, deadline=None, reasons=(*kept, _SENT_BY_YOU, *pressing))


def _pressing(verdict: Verdict) -> tuple[Reason, ...]:
    """What a message the user sent asks of its readers, if it asks action urgently or by
    a time (not an ack): kept for the replies it brings (see SENT_PRESSING)."""
    if not verdict.tier.asks_action or verdict.ack:
        return ()
    if verdict.tier is not Tier.URGENT and verdict.deadline is None:
        return ()
    due = verdict.deadline.isoformat() if verdict.deadline is not None else ""
    urgent = "1" if verdict.tier is Tier.URGENT else ""
    return (Reason.of(SENT_PRESSING, urgent=urgent, due=due),)


_SENT_BY_YOU = Reason.of(FROM_YOU)
# What says the message is pressing for whoever reads it.
_FOR_THE_READER = frozenset(
    {
        "deadline",
        "deadline_soon",
        THEN_DUE,
        "task_words",
        "task_undated",
        "urgent_words",
        "reads_urgent",
        "asks_you",
        "addresses_you",
    }
)


# What sorting a message again takes of the row judged as if it had just arrived (see
# Ingestor._judged_row); the rest of the stored row, what the user did with it, stays.
_RESORTED = (
    "tier",
    "tier_rank",
    "score",
    "base_score",
    "reasons",
    "cluster",
    "deadline_ms",
    "ack",
    "ack_of",
    "answers",
    "unsorted_by",
)


def _unsorted_by_others(account_id: int, rules: str) -> tuple[ColumnElement[bool], ...]:
    """Which of the account's messages are stored unsorted by rules other than `rules`
    (withdrawn ones say nothing to sort)."""
    return (
        Message.account_id == account_id,
        Message.unsorted_by.is_not(None),
        Message.unsorted_by != rules,
        Message.withdrawn_ms.is_(None),
    )


def _stored_arrival(row: Message, group: Group) -> IncomingMessage:
    """A stored message as it arrived, to be sorted again."""
    return IncomingMessage(
        remote_id=row.remote_id,
        group_id=group.remote_id,
        sender_id=row.sender_id,
        sender_name=row.sender_name,
        sender_role=Role(row.sender_role),
        ts=from_ms(row.ts_ms),
        text=row.text,
        mentions_me=row.mentions_me,
        ding=row.ding,
        ding_due=from_ms(row.ding_due_ms) if row.ding_due_ms is not None else None,
        reply_to=row.reply_to,
        from_me=_has_reason(row, FROM_YOU),
    )


def _core_message(m: IncomingMessage, group_name: str, *, sent_ding: bool = False) -> CoreMessage:
    return CoreMessage(
        id=m.remote_id,
        group_id=m.group_id,
        group_name=group_name,
        sender_id=m.sender_id,
        sender_name=m.sender_name,
        sender_role=m.sender_role,
        ts=m.ts,
        text=m.text,
        mentions_me=m.mentions_me,
        ding=m.ding,
        from_me=m.from_me,
        sent_ding=sent_ding,
    )


def _superseded(row: Message) -> list[Any] | None:
    """The stored reason saying a later notice replaced the row's, if one did."""
    return _superseded_in(row.reasons)


def _superseded_in(reasons: list[list[Any]]) -> list[Any] | None:
    return next((reason for reason in reasons if reason[0] in SUPERSEDED), None)


# What a message that replaced another says (a correction, a warning signal, its lifting),
# as any text triage.superseding.may_replace reads says it, in simplified or traditional
# characters: an edit of any other replaced nothing, and looks for nothing it replaced
# (which reads every message of three weeks). Said here, as the window's process does not
# load triage's rules.
_MAY_HAVE_REPLACED = re.compile(
    "更正|纠正|糾正|勘误|勘誤|订正|訂正|调整|調整|改|变成|變成|换成|換成|推迟|推遲|推后|推後|延期"
    "|取消|提前|预警|預警|响应|響應"
)
# The kind of replacement each reason says (see SUPERSEDED_BY), and a correction's
# (triage.superseding.Kind, which the window's process does not load).
_KIND_OF = {code: kind for kind, code in SUPERSEDED_BY.items()}
_CORRECTION = "correction"


def _said(kind: str, level: str, by: Message, group_name: str, tz: ZoneInfo) -> list[Any]:
    """The reason, as a row stores it, saying that `by` (in the group `group_name`)
    replaced the row's notice as `kind` (a new warning's colour `level`)."""
    when = from_ms(by.ts_ms).astimezone(tz)
    said = superseded_reason(kind, group_name, when, level, by.remote_id)
    return [said.code, dict(said.args)]


def _with_group(
    session: Session, account_id: int, remote_id: str | None
) -> tuple[Message, Group] | None:
    """The stored message `remote_id` and its group, unless withdrawn."""
    if remote_id is None:
        return None
    found = session.execute(
        select(Message, Group)
        .join(Group, Group.id == Message.group_id)
        .where(
            Message.account_id == account_id,
            Message.remote_id == remote_id,
            Message.withdrawn_ms.is_(None),
        )
    ).first()
    return None if found is None else (found[0], found[1])


def _replace(row: Message, said: list[Any], standing: Standing | None, now: datetime) -> None:
    """Replaces the row as `said` says: to information, unless it asks something the
    replacing message does not (`standing`), when it keeps its tier."""
    if standing is not None and standing.asks:
        _keep_asking(row, said, standing.due, now)
    else:
        _move_to_information(row, said, now)


def _keep_asking(row: Message, said: list[Any], due: datetime | None, now: datetime) -> None:
    """The row stays in its tier, saying first what replaced its notice (the meeting it
    speaks of moved), due at `due` when the correction moved its due time."""
    args = {name: value for name, value in said[1].items() if name != WAS_DUE}
    args[STILL_ASKS] = "1"
    reasons = [reason for reason in row.reasons if reason[0] not in SUPERSEDED]
    if due is not None and row.deadline_ms is not None and to_ms(due) != row.deadline_ms:
        # The time of the meeting, or to be done by, as the reason it replaces said.
        event = any(reason[1].get(EVENT) == "1" for reason in _due_of(reasons))
        stated = at_reason(due, event)
        row.deadline_ms = to_ms(due)
        reasons = _with_due(reasons, [[stated.code, dict(stated.args)]])
    row.reasons = [[said[0], args], *reasons]
    _rescore(row, now)


def _move_to_information(row: Message, said: list[Any], now: datetime) -> None:
    """The row is information now, saying first what replaced it; its due time asks
    nothing any more (it stays in its reasons, which information does not show)."""
    # Its own due time (not its notice's first post's, whose reason a copy follows), kept
    # where the user finds it again if they move the card back (see WAS_DUE).
    args = {name: value for name, value in said[1].items() if name not in (WAS_DUE, STILL_ASKS)}
    if row.deadline_ms is not None:
        args[WAS_DUE] = str(row.deadline_ms)
    said = [said[0], args]
    row.tier, row.tier_rank = Tier.INFO.value, Tier.INFO.rank
    row.deadline_ms = None
    # "More pressing (due sooner) as posted in…" held only while it asked something.
    gone = SUPERSEDED | {COPY_MORE_PRESSING, COPY_SOONER, COPY_SOONER_PASSED}
    row.reasons = [said, *(reason for reason in row.reasons if reason[0] not in gone)]
    _rescore(row, now)


def _moved(row: Message) -> bool:
    """Whether a later notice moved the row to information (not one that still asks
    something of its own; see _keep_asking)."""
    said = _superseded(row)
    return said is not None and not said[1].get(STILL_ASKS)


def _also(said: list[Any]) -> list[list[str]]:
    """The others a replaced row's reason `said` names beside the one it names (see
    ALSO_BY): [code, level, remote id] each, in the order they came."""
    others = said[1].get(ALSO_BY)
    return json.loads(others) if others else []


def _with_also(said: list[Any], others: list[list[str]]) -> list[Any]:
    args = {name: value for name, value in said[1].items() if name != ALSO_BY}
    if others:
        args[ALSO_BY] = json.dumps(others)
    return [said[0], args]


def _also_anew(others: list[list[str]], link: Supersession) -> list[list[str]]:
    """`others` (see _also), naming how the message of `link` replaces the row now."""
    code = SUPERSEDED_BY[link.kind]
    return [
        [code, link.level, by] if by == link.by else [was, level, by] for was, level, by in others
    ]


def _note_also(row: Message, present: list[Any], said: list[Any]) -> None:
    """The row, replaced as its reason `present` says, is replaced by what `said` names
    too: noted, should the first be withdrawn."""
    by = said[1].get(REPLACED_BY)
    others = _also(present)
    if by is None or by == present[1].get(REPLACED_BY) or any(o[2] == by for o in others):
        return
    others.append([said[0], said[1].get("level", ""), by])
    _set_superseded(row, _with_also(present, others))


def _keeping_was_due(said: list[Any], was: list[Any]) -> list[Any]:
    """`said`, with the due time the row had before it was replaced (see WAS_DUE) and
    whether it kept its tier, as the reason `was` says."""
    args = dict(said[1])
    for name in (WAS_DUE, STILL_ASKS):
        args.pop(name, None)
        if name in was[1]:
            args[name] = was[1][name]
    return [said[0], args]


def _set_superseded(row: Message, said: list[Any] | None) -> None:
    """The row's reason saying what replaced its notice, first, in place of the one it had
    (none, for `said` None). A new list: the column is saved only when assigned."""
    kept = [reason for reason in row.reasons if reason[0] not in SUPERSEDED]
    row.reasons = kept if said is None else [said, *kept]


def _replaced_rows(session: Session, account_id: int, by: Message) -> list[Message]:
    """The rows a reason says `by` replaced, or replaces beside another (see ALSO_BY)."""
    # Rare (a withdrawal, an edit of what replaced something), so read by the time index:
    # what a message replaces lies within a fold window of it (its notice's copies a
    # window after their first).
    rows = session.scalars(
        select(Message).where(
            Message.account_id == account_id,
            Message.ts_ms.between(by.ts_ms - 2 * _WINDOW_MS, by.ts_ms + _WINDOW_MS),
            # Its id as the JSON of the reasons spells it (within ALSO_BY's own JSON too,
            # so without the quotes); then made sure.
            func.instr(Message.reasons, json.dumps(by.remote_id)[1:-1]) > 0,
        )
    ).all()
    found = []
    for row in rows:
        said = _superseded(row)
        if said is not None and (
            said[1].get(REPLACED_BY) == by.remote_id
            or any(other[2] == by.remote_id for other in _also(said))
        ):
            found.append(row)
    return found


@dataclass(frozen=True, slots=True)
class _Whose:
    """Whose the ids on an account's server are (see Ingestor._sent_by_the_user)."""

    # The user's under their other accounts, and those of accounts removed since.
    mine: frozenset[str]
    # Shared accounts' (a duty room's): not the user's, whichever account reads them.
    shared: frozenset[str]
    # Whether the account itself is shared.
    own_shared: bool
    # What this desk sent from shared accounts removed since (escalations._keep_as_shared).
    sent_from_removed: frozenset[str] = frozenset()


def _whose_ids(session: Session, account_id: int) -> _Whose:
    """The user's ids on the server of `account_id` under their other accounts of the same
    kind (a Matrix id names its server: two servers' ids never meet), as each was signed
    in with or learnt (see Ingestor._apply), and those of accounts removed since (see
    escalations._keep_as_mine: the phone still signed in as one sends as the user). Not
    the account's own. Apart: those of shared accounts (Account.shared), now or removed
    (`former_shared_ids`), which are not the user's; an account's flag now decides over
    what was kept of it removed before."""
    kind = session.scalar(select(Account.kind).where(Account.id == account_id))
    live: dict[str, bool] = {}
    former_mine: set[str] = set()
    former_shared: set[str] = set()
    sent_from_removed: set[str] = set()
    own = ""
    own_shared = False
    for found_id, config, shared in session.execute(
        select(Account.id, Account.config, Account.shared).where(Account.kind == kind)
    ):
        config = config or {}
        former_mine.update(str(u) for u in config.get("former_user_ids", ()))
        former_shared.update(str(u) for u in config.get("former_shared_ids", ()))
        sent_from_removed.update(str(r) for r in config.get(SENT_FROM_SHARED, ()))
        user_id = str(config.get("user_id") or "")
        if found_id == account_id:
            own, own_shared = user_id, bool(shared)
        if user_id:
            live[user_id] = live.get(user_id, False) or bool(shared)
    candidates = (former_mine | former_shared | set(live)) - {own, ""}

    shared_ids = {u for u in candidates if live.get(u, u in former_shared)}
    if own and own_shared:
        shared_ids.add(own)
    return _Whose(
        frozenset(candidates - shared_ids),
        frozenset(shared_ids),
        own_shared,
        frozenset(sent_from_removed),
    )


def _sent_from_here(session: Session, remote_ids: Sequence[str]) -> frozenset[str]:
    """Which of `remote_ids` this desk's outbox sent (under any account)."""
    found: set[str] = set()
    for start in range(0, len(remote_ids), 500):
        found.update(
            session.scalars(
                select(OutboxItem.remote_id).where(
                    OutboxItem.remote_id.in_(remote_ids[start : start + 500])
                )
            )
        )
    return frozenset(found)


def _user_names_in(session: Session, account_id: int | None, batch: SyncBatch | None) -> list[str]:
    """The user's names a batch of `account_id` tells, before it is stored: the name the
    server gives, and theirs among its groups' members (known by what they sent, or the
    id the account learnt so)."""
    if batch is None or account_id is None:
        return []
    config = session.scalar(select(Account.config).where(Account.id == account_id)) or {}
    ids = {m.sender_id for m in batch.messages if m.from_me}
    if config.get("user_id"):
        ids.add(str(config["user_id"]))
    names = [batch.me_name] if batch.me_name else []
    names.extend(m.name for g in batch.groups for m in g.members if m.user_id in ids)
    return names


def _promises(verdict: Verdict) -> bool:
    """Whether triage read the ack as adding a promise or a time (好的，马上发您)."""
    return any(r.code == ACK_PROMISE for r in verdict.reasons)
