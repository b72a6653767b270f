"""Turning new messages into notifications, holding them in quiet hours, and the digest.

Decisions are made on the store's worker thread from the stored settings; the GUI
thread only shows what was decided. What was held is in the store, so the digest
survives a restart; the next quiet-hours change is scheduled with APScheduler and
recomputed at start-up and after every settings change.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.app.scheduling import WallClockWatch, next_run, schedule_once
from desk.core.clock import Clock
from desk.core.delivery import Delivery
from desk.core.messages import Tier
from desk.core.notify_policy import (
    BreakThrough,
    Candidate,
    Digest,
    NotifyRules,
    OwnAnswers,
    breaks_through,
    by_own_item,
    decide,
    digest,
    held_over,
    joined_anew,
    kept_digest,
    lapsed,
    quiet_began,
    reply_key,
    untold_answers,
)
from desk.core.placeholders import fill
from desk.core.quiet_hours import QuietHoursPolicy, policy_from_settings
from desk.core.quiet_state import NextQuiet, QuietReason, QuietState
from desk.store.damage import DamageWatch
from desk.store.inbox import InboxQueries, InboxRow, ViewKind
from desk.store.settings_store import SettingsStore
from desk.ui.away_line import since_words
from desk.ui.card_text import listed, reasons_text, roll_call_text, unit_of
from desk.ui.demo_mark import demo_marked
from desk.ui.notifier import Notification, Notifier
from desk.ui.ops import StoreOps, failure_text
from desk.ui.sidebar import view_name

if TYPE_CHECKING:
    from desk.store.notifications import NotificationLedger

log = logging.getLogger("desk.alerts")
# More new items than this at once (after a long absence) become one summary.
BURST = 8
JOB_ID = "quiet-change"
# How many of the held messages put to the user the digest names, sender and words: two
# fit in the window's line beside the counts, three in the pop-up, a line each.
ASKS_IN_LINE = 2
ASKS_IN_POPUP = 3
# How much of the words of each: their start says what is asked.
ASK_WORDS_IN_LINE = 16
ASK_WORDS_IN_POPUP = 40
# How far back the alerts while quiet are looked for when no digest was ever kept (the
# first start after an upgrade): a long weekend's quiet run, not the whole store.
WOKEN_AT_MOST = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class _OwnReplies:
    """The replies to one item of the user's own let through quiet hours so far this quiet
    run (see notify_policy.by_own_item), read on the store thread for one pop-up."""

    item: InboxRow
    # The newest of them, whose words the pop-up gives.
    newest: InboxRow
    count: int
    # Who sent them, newest first, each once.
    senders: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Decided:
    now: datetime
    quiet: QuietState
    # The cards to notify, read here on the store thread: the GUI thread only shows them.
    notify: tuple[InboxRow, ...]
    summarised: int
    held: int
    # How many the arrow's list shows: `held`, or with the last digest's (see heldListed).
    listed: int
    hide_text: bool
    sound: bool
    digest: Digest | None = None
    # The digest's first messages put to the user, read here on the store thread.
    asks: tuple[InboxRow, ...] = ()
    # ...and those of them notified while quiet (`Digest.woken`).
    woken: tuple[InboxRow, ...] = ()
    # The digest is the one kept from before a restart: said again, its pop-up not.
    kept: bool = False
    next_change: datetime | None = None
    morning: datetime | None = None
    next_quiet: NextQuiet | None = None
    # Of the cards to notify, those let through quiet hours by the break-through list.
    came_through: Mapping[int, BreakThrough] = field(default_factory=dict)
    # Quiet again: the last digest is the past's (see AlertCoordinator._lapse).
    lapsed: bool = False
    # Replies to the user's own urgent items let through quiet hours: a pop-up an item.
    own_replies: tuple[_OwnReplies, ...] = ()


class AlertCoordinator(QObject):
    """Signals: quietChanged(QuietState, int held, datetime now) for the status bar,
    heldListed(int), just before it: how many the list of what is held shows (with the
    last digest's, during a quiet hour the user started by hand),
    morningChanged(datetime or None): when quiet hours end next by the schedule, what
    "quiet until the morning" means, nextQuietChanged(NextQuiet or None): when quiet hours
    next begin while they are off, digestLapsed() when a quiet period starts (the last
    digest, said and listed all day, is the past's), digested(str, tuple of ids, tuple of ids): what
    quiet hours held, in a line for the window (the digest's pop-up passes, and a PC
    without a tray shows none), the ids of the messages held, newest first, for the
    window to list, and those of them put to the user, in the order the line names them,
    and those put to the user and notified while quiet, still unread (listed first),
    and when the quiet run began (datetime or None),
    overrideFailed(str): the store refused the user's switch of quiet hours, with the words
    for why (the switch shows the state as it still is)."""

    quietChanged = Signal(object, int, object)
    heldListed = Signal(int)
    morningChanged = Signal(object)
    nextQuietChanged = Signal(object)
    digested = Signal(str, object, object, object, object)
    digestLapsed = Signal()
    overrideFailed = Signal(str)
    _scheduled = Signal()

    def __init__(
        self,
        sessions: Any,
        settings: SettingsStore,
        ops: StoreOps,
        notifier: Notifier,
        clock: Clock,
        tz: ZoneInfo,
        scheduler: BaseScheduler,
        damage: DamageWatch,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._damage = damage
        # Built when first used, on the store thread: its module loads SQLAlchemy's ORM,
        # which the GUI thread, just after the first paint, spent some 80 ms on (issue 8).
        self._sessions = sessions
        self._built_ledger: NotificationLedger | None = None
        self._queries = InboxQueries(sessions)
        self._ops = ops
        self._notifier = notifier
        self._clock = clock
        self._tz = tz
        self._scheduler = scheduler
        self._last_notified: dict[str, datetime] = {}
        # What the store refused to record (a full disk, a file made read-only), kept here
        # so that nothing is notified or digested twice; written again each round (worker
        # thread only). Once the store is found damaged it is not tried again: what is
        # decided from then on lives here alone, and a store restored from a backup may
        # notify it again at the next start, which beats a round that notifies nothing.
        self._unrecorded: dict[int, Delivery] = {}
        self._undigested: set[int] = set()
        # The digest to keep in the store with `_undigested` (its `Digest.record`).
        self._unkept: dict[str, object] | None = None
        # Whether the last round was quiet; None before the first: a start, or the first
        # round after quiet hours, looks for what was notified while quiet and reads the
        # digest kept from before a restart (worker thread only).
        self._was_quiet: bool | None = None
        # Whether the last round was quiet by the schedule: the last digest lapses when a
        # scheduled quiet period starts, not one the user starts by hand (worker thread).
        self._was_scheduled: bool | None = None
        # The last quiet run that had ended, as the last quiet round found it: another one
        # while quiet still is a run that ended unseen (worker thread only).
        self._last_run: tuple[datetime, datetime] | None = None
        # The replies to each item of the user's own let through this quiet run, newest
        # first, by the item's id: its one pop-up counts them all (worker thread only).
        self._own_replies: dict[int, OwnAnswers] = {}
        # The replies told of in those pop-ups, by item (keys: `reply_key`), with when
        # the item stops letting replies through: read from the store at the first round,
        # kept there as it grows (worker thread only).
        self._told: dict[int, tuple[datetime, frozenset[str]]] | None = None
        # The scheduler's thread only emits; the work happens on the GUI thread's side.
        self._scheduled.connect(self.refresh)
        # The scheduler waits for the next change on a clock that stops while the PC
        # sleeps: woken at 19:10, 18:00 起免打扰 stood until a message came, and the
        # morning's digest waited as long. The wall clock is looked at, as the DING
        # ladders' is (desk.app.escalation).
        self.wall_check = WallClockWatch(self, clock, self.refresh)

    @property
    def _ledger(self) -> NotificationLedger:
        if self._built_ledger is None:
            from desk.store.notifications import NotificationLedger

            self._built_ledger = NotificationLedger(self._sessions)
        return self._built_ledger

    def refresh(self) -> None:
        """Decides on new messages, sends the digest if quiet hours ended, reschedules."""
        self._ops.run(self._decide, self._deliver, later=True, once="alert check")

    def set_override(self, value: object) -> None:
        self._ops.run(
            lambda: self._settings.set("quiet.override", value),
            lambda _result: self.refresh(),
            lambda error: self.overrideFailed.emit(failure_text(error)),
        )

    # worker thread

    def _decide(self) -> _Decided:
        values = self._settings.all()
        policy = policy_from_settings(values)
        now = self._clock.now()
        quiet = policy.state_at(now)
        rules = NotifyRules.from_settings(values)
        decisions = []
        to_notify: list[Candidate] = []
        own_replies: list[Candidate] = []
        came_through: dict[int, BreakThrough] = {}
        # Urgent items rung like DINGs (the setting): their ladder pops them up, as a DING's
        # does (desk.store.escalations, which passes over copies of a notice). Popped up here
        # too, one came with two pop-ups and two sounds at once (review of fix47f).
        laddered = bool(values["escalation.urgent_items"])
        for candidate in self._ledger.undecided():
            if candidate.message_id in self._unrecorded:
                continue
            decision = decide(candidate, quiet, rules, self._last_notified, now)
            decisions.append((candidate.message_id, decision.delivery))
            # A DING's alerts come from its escalation ladder (desk/app/escalation.py).
            rung = candidate.ding or (
                laddered and candidate.tier is Tier.URGENT and not candidate.repeat
            )
            if decision.why == "own_urgent":
                # One pop-up for the item, whoever replied (see `_own_pops`).
                own_replies.append(candidate)
            elif decision.delivery is Delivery.NOTIFY and not rung:
                to_notify.append(candidate)
                self._last_notified[candidate.group_id] = now
                through = breaks_through(candidate, rules)
                if quiet.quiet and decision.why == "breakthrough" and through is not None:
                    came_through[candidate.message_id] = through
        decisions.extend(self._unrecorded.items())
        if self._damage.written(lambda: self._recorded(decisions), False, log.name):
            self._unrecorded = {}
        else:
            self._unrecorded = dict(decisions)
        summary = None
        kept = lapsed = False
        scheduled = policy.scheduled_quiet(now)
        if quiet.quiet:
            run = policy.last_run(now)
            # Only a quiet period of the schedule makes the last digest the past's: an hour
            # the user chose by hand at 08:31 after 元旦 took the holiday's 34 away unread
            # (a tester); what such an hour holds joins that digest when it ends.
            lapse = scheduled and self._was_scheduled is not True
            if self._was_quiet is not True or run != self._last_run or lapse:
                # Quiet again, or a run ended while desk was closed (or the PC asleep):
                # what that run held is summed up on its own, not counted as this one's.
                summary, kept = self._ended_unseen(policy, run, lapse=lapse)
                lapsed = lapse and not kept
            self._last_run = run
            # Counted, not read: at night a flood holds tens of thousands, every batch.
            held = listed = self._ledger.held_count()
            if held and quiet.reason is QuietReason.MANUAL:
                # A quiet hour of the user's own lists what it holds with the last digest
                # it keeps (see MainWindow.show_held): its arrow said 列出暂缓的 1 条消息
                # and opened 8 (a tester). Listed as the digest was, what came through too.
                last, _ended = kept_digest(self._ledger.kept_digest())
                if last is not None:
                    listed = self._ledger.held_count(beside=(*last.woken, *last.ids))
        else:
            waiting = [c for c in self._ledger.held() if c.message_id not in self._undigested]
            woken: list[Candidate] = []
            record = self._ledger.kept_digest()
            last, ended = kept_digest(record)
            waited = last is not None and held_over(record)
            if waiting or self._was_quiet is not False:
                since = ended if ended is not None else now - WOKEN_AT_MOST
                woken = [c for c in self._ledger.woken(since) if policy.state_at(c.ts).quiet]
            if waiting or woken:
                first = _began(policy, [*waiting, *woken], now)
                # A start recorded later than the first's is the schedule's: an hour of
                # quiet by hand that ran into it began before, and held the first of these.
                override = policy.config.override
                by_hand = override is not None and override.since == first
                began = quiet_began(record, ended, first, None if by_hand else now)
                summary = digest(waiting, woken, began)
                if last is not None and ended is not None:
                    # Not lapsed: the quiet that held these was the user's own, since
                    # the last digest (see `joined`), unless the schedule's next quiet
                    # period began while desk was closed.
                    starts = policy.next_change_of_schedule(ended)
                    if starts is None or starts > now or waited:
                        summary = joined_anew(last, waiting, woken, began)
                self._undigested.update(c.message_id for c in waiting)
                self._unkept = summary.record(now)
            elif waited and last is not None:
                # Found while quiet again, said in the window's line then: its pop-up now.
                summary = last
                self._unkept = last.record(now)
            elif self._was_quiet is None and last is not None and ended is not None:
                # Kept until the next quiet period starts, whether or not its list was
                # opened: the line lists what the night held, a place to go back to all
                # morning, and a list that went once looked at left the rest to find.
                starts = policy.next_change_of_schedule(ended)
                if starts is None or starts > now:
                    summary, kept = last, True
            # Quiet hours just ended (or desk started): what they held that no digest
            # lists (all of it marked done) is retired too, or, taken out of Done at
            # noon, it was digested then, and counted among the next night's.
            ending = self._was_quiet is not False
            if (self._undigested or self._unkept or ending) and self._damage.written(
                self._digested, False, log.name
            ):
                self._undigested, self._unkept = set(), None
            held = listed = 0
        self._was_quiet = quiet.quiet
        self._was_scheduled = scheduled
        own_pops = self._own_pops(own_replies) if quiet.quiet else ()
        if not quiet.quiet:
            self._own_replies = {}
        # DINGs and urgent items always come one by one; the rest of a burst as one line.
        singles = [c for c in to_notify if c.ding or c.tier is Tier.URGENT]
        others = [c for c in to_notify if not (c.ding or c.tier is Tier.URGENT)]
        if len(others) <= BURST:
            singles, others = singles + others, []
        cards = self._queries.rows([c.message_id for c in singles])
        named = list(summary.asks[:ASKS_IN_POPUP]) if summary is not None else []
        alerted = list(summary.woken[:ASKS_IN_POPUP]) if summary is not None else []
        asked = self._queries.rows(named + alerted) if named or alerted else {}
        return _Decided(
            now=now,
            quiet=quiet,
            notify=tuple(cards[c.message_id] for c in singles if c.message_id in cards),
            summarised=len(others),
            held=held,
            listed=listed,
            hide_text=bool(values["notify.hide_text"]),
            sound=bool(values["notify.sound"]),
            digest=summary,
            asks=tuple(asked[i] for i in named if i in asked),
            woken=tuple(asked[i] for i in alerted if i in asked),
            kept=kept,
            next_change=policy.next_change(now),
            morning=policy.morning(now),
            next_quiet=policy.next_quiet(now),
            came_through=came_through,
            lapsed=lapsed,
            own_replies=own_pops,
        )

    def _own_pops(self, replies: list[Candidate]) -> tuple[_OwnReplies, ...]:
        """The pop-ups of the replies to the user's own urgent items this round: one an
        item, counting what its pop-up said before this quiet run, said anew."""
        items = []
        told = self._told_replies()
        fresh = untold_answers(by_own_item(replies), {i: keys for i, (_u, keys) in told.items()})
        if fresh:
            self._keep_told(fresh)
        for answered in fresh:
            before = self._own_replies.get(answered.item.message_id)
            if before is not None:
                answered = OwnAnswers(answered.item, (*answered.answers, *before.answers))
            self._own_replies[answered.item.message_id] = answered
            items.append(answered)
        if not items:
            return ()
        # The words of the newest that says more than 收到 (a report), else of the newest.
        newest = {
            a.item.message_id: next(
                (c for c in a.answers if c.tier is not Tier.NOISE), a.answers[0]
            ).message_id
            for a in items
        }
        rows = self._queries.rows([*newest, *newest.values()])
        return tuple(
            _OwnReplies(
                rows[a.item.message_id],
                rows[newest[a.item.message_id]],
                len(a.answers),
                a.senders,
            )
            for a in items
            if a.item.message_id in rows and newest[a.item.message_id] in rows
        )

    def _told_replies(self) -> dict[int, tuple[datetime, frozenset[str]]]:
        if self._told is None:
            self._told = _read_told(self._ledger.own_replies_told())
        return self._told

    def _keep_told(self, fresh: list[OwnAnswers]) -> None:
        """Notes these replies as told, in the store before their pop-up is shown: a
        restart in between loses a pop-up rather than showing one twice."""
        told = dict(self._told_replies())
        now = self._clock.now()
        for answered in fresh:
            _until, keys = told.get(answered.item.message_id, (now, frozenset()))
            told[answered.item.message_id] = (
                answered.item.open_until(),
                keys | {reply_key(c) for c in answered.answers},
            )
        # Items no longer letting replies through are forgotten: the record stays small.
        self._told = {i: (u, k) for i, (u, k) in told.items() if u >= now}
        record = {
            "items": {
                str(i): {"until": u.isoformat(), "keys": sorted(k)}
                for i, (u, k) in self._told.items()
            }
        }
        self._damage.written(lambda: self._kept_told(record), False, log.name)

    def _kept_told(self, record: dict[str, Any]) -> bool:
        self._ledger.keep_own_replies_told(record)
        return True

    def _ended_unseen(
        self, policy: QuietHoursPolicy, run: tuple[datetime, datetime] | None, *, lapse: bool
    ) -> tuple[Digest | None, bool]:
        """The digest of the quiet `run` that ended unseen before the present one began,
        and whether it is the one kept from before a restart (said again, no pop-up).
        `lapse`: quiet again, so the last digest kept is the past's, unless it is that."""
        record = self._ledger.kept_digest()
        last, ended = kept_digest(record)
        # A digest found while quiet before this, its pop-up still to come: not the past's.
        waited = last is not None and held_over(record)
        if run is None:
            waiting, woken = [], []
        else:
            waiting = [
                c for c in self._ledger.held(before=run[1]) if c.message_id not in self._undigested
            ]
            since = ended if ended is not None else run[1] - WOKEN_AT_MOST
            woken = [
                c
                for c in self._ledger.woken(since)
                if c.ts < run[1] and policy.state_at(c.ts).quiet
            ]
        said = last is not None and run is not None and ended == run[1]
        if self._was_quiet is None and said and not (waiting or woken):
            # Said before a restart during the present run: said again, listed again.
            return last, True
        if lapse and not waited:
            began = policy.run_began(self._clock.now())
            self._damage.written(lambda: self._lapse(began), False, log.name)
        if run is None or not (waiting or woken):
            return (last, True) if waited else (None, False)
        end = run[1]
        # From the run of the first of them: several runs may have ended unseen (closed
        # on a Saturday, opened on 元旦), and the last of them held none.
        held_since = _began(policy, [*waiting, *woken], end)
        summary = digest(waiting, woken, held_since)
        if waited and last is not None:
            summary = joined_anew(last, waiting, woken, held_since)
        self._undigested.update(c.message_id for c in waiting)
        # Said in the window's line now, its pop-up when quiet hours end (`held_over`).
        self._unkept = summary.record(end, shown=False)
        if self._damage.written(lambda: self._digested(before=end), False, log.name):
            self._undigested, self._unkept = set(), None
        return summary, False

    def _recorded(self, decisions: list[tuple[int, Delivery]]) -> bool:
        self._ledger.record(decisions)
        return True

    def _digested(self, before: datetime | None = None) -> bool:
        self._ledger.mark_digested(sorted(self._undigested), self._unkept, before)
        return True

    def _lapse(self, began: datetime) -> bool:
        """Quiet again: the last digest is the past's; its end stays, where the next
        digest looks for what was notified while quiet from, and when this quiet period
        `began` as the schedule now stands: moved later meanwhile, the next digest still
        says when it really began (see `quiet_began`)."""
        _last, ended = kept_digest(self._ledger.kept_digest())
        self._ledger.keep_digest(lapsed(ended, began))
        return True

    # GUI thread

    def _deliver(self, decided: _Decided) -> None:
        sound = decided.sound
        singles: list[Notification] = []
        for row in decided.notify:
            title = fill(_title(decided.came_through.get(row.id)), row.group_name, row.sender_name)
            if row.demo:
                title = demo_marked(title)
            why = reasons_text(row, self._tz, decided.now)
            # What was said first, why it came through under it: a pop-up is read in a
            # glance, and the reasons led it (a new user).
            body = why if decided.hide_text else f"{_preview(row.text)}\n{why}"
            urgent = row.ding or row.tier is Tier.URGENT
            if urgent and decided.quiet.quiet:
                # Why it woke the user though quiet hours hold the rest (a tester on 元旦).
                through = QCoreApplication.translate(
                    "Alerts", "Came through quiet hours: %1 (urgent items always do)"
                )
                body += "\n" + through.replace("%1", view_name(ViewKind.URGENT))
            singles.append(Notification(title, body, row.id, urgent))
        # Those the later ones would push off the screen at once are never built.
        self._notifier.show_each(singles, sound=sound)
        for replies in decided.own_replies:
            # Quiet: the user is waiting on these, not to be woken by each (see by_own_item).
            self._notifier.show(_own_reply_popup(replies, decided, self._tz), sound=False)
        if decided.summarised:
            text = QCoreApplication.translate("Alerts", "%1 new messages")
            title = QCoreApplication.translate("Alerts", "desk")
            self._notifier.show(
                Notification(title, text.replace("%1", str(decided.summarised))), sound=sound
            )
        if decided.lapsed:
            # Said and listed since the morning, not only until a restart: the night's
            # 免打扰期间 read as the last one's. Before a digest of a run that ended unseen.
            self.digestLapsed.emit()
        if decided.digest is not None:
            summary = decided.digest
            title, tiers, groups = _digest_parts(summary, decided.now, self._tz)
            asks, woken = len(summary.asks), len(summary.woken)
            lines = [
                tiers,
                _asks_named(decided.asks, asks, ASKS_IN_POPUP, ASK_WORDS_IN_POPUP),
                _woken_named(decided.woken, woken, ASKS_IN_POPUP, ASK_WORDS_IN_POPUP),
            ]
            if not summary.total:
                # Nothing held, an ask let through: that is what the morning needs said.
                title, lines[2] = lines[2], ""
            if not decided.kept and not decided.quiet.quiet:
                # Nothing ordinary pops up in quiet hours: a digest found while quiet
                # (a run that ended while desk was closed) pops up when they end.
                body = "\n".join(filter(None, (*lines, groups)))
                self._notifier.show(Notification(title, body, held=True), sound=False)
            said = []
            if summary.total:
                said.append(fill(QCoreApplication.translate("Alerts", "%1 (%2)"), title, tiers))
            if asks:
                said.append(_asks_named(decided.asks, asks, ASKS_IN_LINE, ASK_WORDS_IN_LINE))
            if woken:
                said.append(_woken_named(decided.woken, woken, ASKS_IN_LINE, ASK_WORDS_IN_LINE))
            line = said[0]
            for part in said[1:]:
                line = fill(QCoreApplication.translate("Alerts", "%1 · %2"), line, part)
            # What came through is listed too, though it was not held: it is what the
            # line names last and the list shows first.
            ids = (*summary.woken, *summary.ids)
            self.digested.emit(line, ids, summary.asks, summary.woken, summary.began)
        self.nextQuietChanged.emit(decided.next_quiet)
        # The state (and its "now") first: the morning is worded against that now.
        self.heldListed.emit(decided.listed)
        self.quietChanged.emit(decided.quiet, decided.held, decided.now)
        self.morningChanged.emit(decided.morning)
        self.wall_check.expect(decided.next_change)
        schedule_once(self._scheduler, JOB_ID, decided.next_change, self._scheduled.emit)

    def stop(self) -> None:
        """No more rounds of its own: desk is quitting."""
        self.wall_check.stop()

    def scheduled_for(self) -> datetime | None:
        return next_run(self._scheduler, JOB_ID)


def _began(policy: QuietHoursPolicy, items: list[Candidate], now: datetime) -> datetime | None:
    """When the quiet period that held the first of `items` began (by `now`). One posted
    before it began and held when it came (17:47, synced at 18:05) was held by the quiet
    period that began after it: the digest said 免打扰期间（周三 17:47 起）of a period
    that began at 18:00 (a tester)."""
    if not items:
        return None
    first = min(c.ts for c in items)
    if policy.scheduled_quiet(first):
        return policy.run_began(first)
    override = policy.config.override
    starts = [policy.next_change_of_schedule(first)]
    if override is not None and override.quiet and override.since is not None:
        if override.since <= first < override.until:
            return override.since  # an hour of quiet the user chose
        starts.append(override.since)
    later = [s for s in starts if s is not None and first < s <= now]
    return min(later) if later else policy.run_began(first)


def _title(through: BreakThrough | None) -> str:
    """A pop-up's title, group and sender, saying which of them let it through quiet
    hours: labelled with the group's name alone, it read as if quiet hours had failed."""
    if through is BreakThrough.GROUP:
        return QCoreApplication.translate("Alerts", "%1 (always-notify group) · %2")
    if through is BreakThrough.SENDER:
        return QCoreApplication.translate("Alerts", "%1 · %2 (always-notify person)")
    return QCoreApplication.translate("Alerts", "%1 · %2")


# How much of the user's own item its replies' pop-up quotes: enough to tell which.
OWN_WORDS = 16


def _own_reply_popup(replies: _OwnReplies, decided: _Decided, tz: ZoneInfo) -> Notification:
    """One pop-up for the replies to an item of the user's own that came through quiet
    hours: who (by unit: 凤鸣村等 5 个回复), how far its roll call or roster has got (已报
    6/20), the newest reply's words, and why it came through though quiet hours hold."""
    units = tuple(dict.fromkeys(unit_of(name) for name in replies.senders))
    item = replies.item
    # A plain name for the count: lupdate reads no attribute there (the string was lost).
    count = replies.count
    if item.sent_ding is not None:
        # 钟丽华等 4 人回复您的 DING · 已确认 12/20: it read 钟丽华等 4 个回复：我发出的 DING：
        # 截止 22:30 · 已确认 12/20，未确认 8 人, two colons and the card's words (a tester).
        people = len(replies.senders)
        if people == 1:
            title = QCoreApplication.translate("Alerts", "%1 replied to your DING")
        else:
            title = QCoreApplication.translate(
                "Alerts", "%1 and others replied to your DING (%n people)", "", people
            )
        title = title.replace("%1", units[0])
        roster = item.sent_ding.roster
        tally = (
            fill(
                QCoreApplication.translate("Alerts", "%1/%2 confirmed"),
                str(len(roster.confirmed)),
                str(roster.expected),
            )
            if roster.expected
            else ""
        )
    else:
        if count == 1:
            title = QCoreApplication.translate("Alerts", "%1 replied")
        elif len(units) == 1:
            title = QCoreApplication.translate("Alerts", "%1: %n replies", "", count)
        else:
            title = QCoreApplication.translate("Alerts", "%1 and others: %n replies", "", count)
        title = title.replace("%1", units[0])
        tally = roll_call_text(item, tz, decided.now)
    if tally:
        # Not a colon: the roll call's own words have one (未报：竹溪村).
        title = fill(QCoreApplication.translate("Alerts", "%1 · %2"), title, tally)
    if item.demo:
        title = demo_marked(title)
    ding = item.sent_ding is not None
    if decided.hide_text:
        why = (
            QCoreApplication.translate("Alerts", "Came through quiet hours: replying to your DING")
            if ding
            else QCoreApplication.translate(
                "Alerts", "Came through quiet hours: replying to your urgent notice"
            )
        )
        body = why
    else:
        why = (
            QCoreApplication.translate(
                "Alerts", "Came through quiet hours: replying to your DING “%1”"
            )
            if ding
            else QCoreApplication.translate(
                "Alerts", "Came through quiet hours: replying to your urgent notice “%1”"
            )
        )
        newest = fill(
            QCoreApplication.translate("Alerts", "%1 “%2”"),
            replies.newest.sender_name,
            _preview(replies.newest.text, ASK_WORDS_IN_POPUP),
        )
        body = f"{newest}\n{why.replace('%1', _preview(item.text, OWN_WORDS))}"
    # A click opens the user's own item, whose card lists every reply and who is missing.
    return Notification(title, body, item.id, key=f"own-replies:{item.id}")


def _read_told(record: object) -> dict[int, tuple[datetime, frozenset[str]]]:
    """The replies told of, as `AlertCoordinator._keep_told` kept them; an unreadable
    record (hand-edited, an older desk's) is none."""
    items = record.get("items") if isinstance(record, dict) else None
    told: dict[int, tuple[datetime, frozenset[str]]] = {}
    for key, value in items.items() if isinstance(items, dict) else ():
        try:
            until = datetime.fromisoformat(value["until"])
            told[int(key)] = (until, frozenset(str(k) for k in value["keys"]))
        except (KeyError, TypeError, ValueError):
            continue
    return told


def _preview(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _asks_named(rows: tuple[InboxRow, ...], total: int, limit: int, words: int) -> str:
    """What quiet hours held that was put to the user (@ or by name), `total` of them: the
    first `limit` of `rows` named by sender and the start of their `words`."""
    if not total:
        return ""
    said = _named(rows, total, limit, words)
    if said is None:  # gone from the store meanwhile (withdrawn, its account removed)
        return QCoreApplication.translate("Alerts", "%n asking you", "", total)
    return QCoreApplication.translate("Alerts", "%n asking you: %1", "", total).replace("%1", said)


def _woken_named(rows: tuple[InboxRow, ...], total: int, limit: int, words: int) -> str:
    """What was put to the user and notified while quiet hours held the rest, still unread,
    `total` of them: the first `limit` of `rows` named as `_asks_named` names them."""
    if not total:
        return ""
    said = _named(rows, total, limit, words)
    if said is None:  # gone from the store meanwhile
        return QCoreApplication.translate("Alerts", "%n alerted while quiet", "", total)
    return QCoreApplication.translate("Alerts", "%n alerted while quiet: %1", "", total).replace(
        "%1", said
    )


def _named(rows: tuple[InboxRow, ...], total: int, limit: int, words: int) -> str | None:
    """The first `limit` of `rows` by sender and the start of their `words` (and more, of
    `total`); None where none of them is left."""
    named = [
        fill(
            QCoreApplication.translate("Alerts", "%1 “%2”"),
            row.sender_name,
            _preview(_past_mentions(row.text), words),
        )
        for row in rows[:limit]
    ]
    if not named:
        return None
    said = listed(tuple(named))
    if total > len(named):
        said = QCoreApplication.translate("Alerts", "%1 and more").replace("%1", said)
    return said


def _past_mentions(text: str) -> str:
    """The words after the @s a message opens with: "@我 1 条" says whom it asks, and the
    few characters shown went on "@方晓宁 " (seen on the demo)."""
    return _MENTIONS.sub("", text, count=1) or text


_MENTIONS = re.compile(r"^\s*(?:@\S+\s*)+")


def _digest_parts(summary: Digest, now: datetime, tz: ZoneInfo) -> tuple[str, str, str]:
    if summary.began is None:
        title = QCoreApplication.translate("Alerts", "Held during quiet hours: %1").replace(
            "%1", str(summary.total)
        )
    else:
        # From when, as the away line says its own start: the two counts differ, and
        # each says what it counts.
        title = fill(
            QCoreApplication.translate("Alerts", "Held during quiet hours (since %1): %2"),
            since_words(summary.began, now, tz),
            str(summary.total),
        )
    tiers = QCoreApplication.translate("Alerts", ", ").join(
        f"{view_name(ViewKind(tier.value))} {n}" for tier, n in summary.by_tier.items()
    )
    groups = QCoreApplication.translate("Alerts", ", ").join(
        f"{name} {n}" for name, n in summary.by_group[:4]
    )
    if len(summary.by_group) > 4:
        # The four busiest groups, and said so: the counts shown do not add up to the total.
        groups += QCoreApplication.translate("Alerts", " and %1 more groups").replace(
            "%1", str(len(summary.by_group) - 4)
        )
    return title, tiers, groups
