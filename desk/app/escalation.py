"""Running DING ladders: banner, repeated alerts that break quiet hours, attention, acks.

The ladder state is in the store; the next step is scheduled with APScheduler from it
at start-up and after every change, so a restart resumes at the right step. A laptop
waking is found by looking at the wall clock every few seconds, and a clock set back by
a timer that counts time itself: the scheduler's wait misses both.

Alerts falling due within GATHER of the first (DINGs synced in over a few batches, or
whose ladders began a second apart) wait for each other and make one pop-up and one
sound; the banner shows them at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desk.app.scheduling import GUARD_SLACK_MS, WallClockWatch, next_run, schedule_once
from desk.core.clock import Clock
from desk.core.escalation import (
    GATHER,
    LONGEST_SNOOZE,
    LadderConfig,
    Level,
    Tick,
    Unreminded,
    set_back,
    tick,
    unreminded,
)
from desk.core.placeholders import fill
from desk.core.quiet_hours import policy_from_settings
from desk.store.damage import DamageWatch
from desk.store.ladders import CONFIRMED_HERE, Ladder
from desk.store.settings_store import SettingsStore
from desk.ui.bring_back import bring_back
from desk.ui.card_text import confirm_words, due_words
from desk.ui.demo_mark import demo_marked
from desk.ui.notifier import Notification, Notifier, RingingItem, ringing_title
from desk.ui.ops import StoreOps, failure_text

if TYPE_CHECKING:
    from desk.store.escalations import EscalationStore

log = logging.getLogger("desk.escalation")
JOB_ID = "escalation"
# Qt's timers count in int milliseconds: a day is far beyond any ladder's next step.
_LONGEST_GUARD_MS = 24 * 3600 * 1000


class _Held(Enum):
    """A confirmation or snooze kept in memory only: the store was found damaged."""

    HERE = "here"


@dataclass(frozen=True, slots=True)
class _Round:
    ladders: tuple[Ladder, ...]
    started: int
    fire: tuple[tuple[Ladder, Level], ...]
    next_at: datetime | None
    hide_text: bool
    # Quiet hours hold other messages now: the pop-up says why this one rang through.
    quiet: bool = False


class EscalationCoordinator(QObject):
    """Signals: laddersChanged(list[Ladder]) for the banner, those still alerting first;
    changed() after an ack or a new ladder (the inbox re-sorts: unconfirmed DINGs are
    pinned); acknowledged(int); confirmStored(int) once the store holds a DING confirmed,
    sent or not; acknowledgeFailed(int, str) with the message id and the
    words for why the store could not record the confirmation (the DING stays
    unconfirmed); snoozed(int, datetime) when a DING's alerts wait until then (it gives
    the banner to one still alerting), and snoozeFailed(int, str) when the store could
    not record that (they go on);
    confirmedUnsaved(int, frozenset[int]) and snoozedUnsaved(int, datetime) when the store
    was found damaged: the confirmation or snooze holds in this window until desk
    restarts, but is not saved, and no acknowledgement reaches the sender (the set: the
    messages of the DING's notice, each shown as confirmed)."""

    laddersChanged = Signal(object)
    changed = Signal()
    acknowledged = Signal(int)
    # The store has the confirmation of a DING (or had it already): its card may read it.
    confirmStored = Signal(int)
    # An urgent item that is no DING, confirmed: it rings no more, and nothing was sent.
    confirmedHere = Signal(int)
    acknowledgeFailed = Signal(int, str)
    snoozed = Signal(int, object)
    snoozeFailed = Signal(int, str)
    confirmedUnsaved = Signal(int, object)
    snoozedUnsaved = Signal(int, object)
    _scheduled = Signal()

    def __init__(
        self,
        escalations: Callable[[], EscalationStore],
        settings: SettingsStore,
        ops: StoreOps,
        notifier: Notifier,
        attention_widget: QWidget,
        clock: Clock,
        tz: ZoneInfo,
        scheduler: BaseScheduler,
        send_now: Callable[[], None],
        damage: DamageWatch,
        parent: QObject | None = None,
        *,
        first_session: bool = False,
    ) -> None:
        super().__init__(parent)
        # Built when first used, on the store thread: its module loads SQLAlchemy's ORM,
        # some 80 ms that the GUI thread, just after the first paint, spent on it (issue 8).
        self._build_store = escalations
        self._built: EscalationStore | None = None
        self._damage = damage
        self._settings = settings
        self._ops = ops
        self._notifier = notifier
        self._attention_widget = attention_widget
        self._clock = clock
        self._tz = tz
        self._scheduler = scheduler
        self._send_now = send_now
        # The clocks when last read by a round or a snooze, wall and elapsed (store
        # thread only).
        self._last_round: tuple[datetime, float] | None = None
        # The clock at this desk's first round (store thread only): reminders due before
        # it fell due while desk was not running.
        self._running_since: datetime | None = None
        # No earlier session in this data dir: a DING begun late came before desk was set up.
        self._first_session = first_session
        # Steps taken that the store refused to record, by message id (store thread only).
        # Once the store is found damaged, every step is kept here alone: the DING goes on
        # alerting, from the ladders read from the store and these steps, while nothing is
        # written. Lost then: a ladder taken back with a clock set back, and a new one
        # started (sync has stopped, so no new DING comes).
        self._unrecorded: dict[int, int] = {}
        # What the user confirmed or snoozed once the store was found damaged, which it
        # refuses to save, by message id (store thread only): a DING confirmed then rang
        # on, sound, raised window and all, for as long as its ladder ran.
        self._confirmed_here: set[int] = set()
        self._snoozed_here: dict[int, datetime] = {}
        # Since when, by the elapsed clock, alerts due wait for others (store thread only).
        self._gathering_since: float | None = None
        # Whether a round has shown its DINGs yet (GUI thread; see `refresh`).
        self._delivered = False
        self._scheduled.connect(self.refresh)
        # The scheduler waits for the next step by the wall clock: set back an hour, it
        # held a snooze of 15 minutes for 75. This timer counts the time itself, and the
        # round it starts takes the ladders back with the clock.
        self.guard = QTimer(self)
        self.guard.setSingleShot(True)
        # Qt makes a coarse timer of 20 s or more a very coarse one, rounded to the whole
        # second: up to half of GUARD_SLACK_MS either way.
        self.guard.setTimerType(Qt.TimerType.PreciseTimer)
        self.guard.timeout.connect(self.refresh)
        # Qt's timers and the scheduler's wait count on a clock that stops while a laptop
        # sleeps: a step due with the lid shut waited out what was left of the wait at
        # suspend (up to an hour's snooze; review). The wall clock is looked at instead.
        self.wall_check = WallClockWatch(self, clock, self.refresh)

    @property
    def _store(self) -> EscalationStore:
        if self._built is None:
            self._built = self._build_store()
        return self._built

    def refresh(self) -> None:
        # Until a round has shown its DINGs, rounds go to the store thread first: the
        # start-up's round, behind the window's rerank and re-reads, showed the banner of
        # a restarted 100,000-message desk 33-49 s after its start (issue 8). Later rounds
        # are background work, which the user's work passes (a flood asks for one per
        # batch).
        first = not self._delivered
        self._ops.run(
            self._round, self._deliver, later=not first, first=first, once="escalation round"
        )

    def acknowledge(self, message_id: int) -> None:
        def work() -> str | frozenset[int] | None:
            if self._damage.found is not None:
                # Not tried: refused, the DING would ring on. Nor can the acknowledgement
                # reach its sender, with sync stopped.
                same = frozenset(self._store.same_notice(message_id))
                self._confirmed_here.update(same)
                return same
            return self._store.acknowledge(message_id, self._clock.now())

        def after(txn_id: Any) -> None:
            if not isinstance(txn_id, frozenset):
                self.confirmStored.emit(message_id)
            if isinstance(txn_id, frozenset):
                self.confirmedUnsaved.emit(message_id, txn_id)
            elif txn_id == CONFIRMED_HERE:
                self.confirmedHere.emit(message_id)
            elif txn_id is not None:
                self._send_now()
                self.acknowledged.emit(message_id)
            self.refresh()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.acknowledgeFailed.emit(message_id, failure_text(error))

        self._ops.run(work, after, failed)

    def snooze(self, message_id: int, minutes: int) -> None:
        def work() -> tuple[datetime, _Held | None]:
            if self._damage.found is not None:
                until = self._clock.now() + timedelta(minutes=minutes)
                self._snoozed_here[message_id] = until
                return until, _Held.HERE
            # Read by the clock as it is now, after the ladders caught up with it: a clock
            # set back since the last round would otherwise take this snooze back too.
            length = timedelta(minutes=minutes)
            until = self._caught_up() + length
            self._store.snooze(message_id, until, length)
            return until, None

        def after(result: tuple[datetime, _Held | None]) -> None:
            until, held = result
            (self.snoozed if held is None else self.snoozedUnsaved).emit(message_id, until)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.snoozeFailed.emit(message_id, failure_text(error))

        self._ops.run(work, after, failed)

    def is_running(self, message_id: int) -> bool:
        return self._store.is_running(message_id)

    # store thread

    def _caught_up(self) -> datetime:
        """The clock's time, once the ladders went back with it if it was set back since
        it was last read (time sync correcting a fast PC): or their next alert waited as
        long as the jump. Whatever is written after this is in the clock's new time."""
        now, elapsed = self._clock.now(), self._clock.elapsed()
        last, self._last_round = self._last_round, (now, elapsed)
        if last is not None and (back := set_back(*last, now, elapsed)):
            self._store.shift(-back)
        return now

    def _recorded(self, message_id: int, fired: int, missed: Unreminded | None) -> bool:
        self._store.record(message_id, fired, missed)
        return True

    def _round(self) -> _Round:
        values = self._settings.all()
        config = LadderConfig.from_settings(values)
        now = self._damage.written(self._caught_up, self._clock.now(), log.name)
        if self._running_since is None:
            self._running_since = now
        # Set back while desk was closed: no ladder begun, or snoozed, in the future.
        self._damage.written(lambda: self._store.bound(now, LONGEST_SNOOZE), None, log.name)
        urgent_items = bool(values["escalation.urgent_items"])
        # Turned on since the last round, in this desk or while it was closed, those already
        # in the store older than a ladder are not rung: the store keeps what the last
        # round rang (see EscalationStore.start_new). Not written, the next round that is
        # still finds the setting just turned on.
        started = self._damage.written(
            lambda: self._store.start_new(now, config, urgent_items), None, log.name
        )
        started = started or 0
        # Those still alerting first: the banner shows the first, and the tray's Confirm DING
        # confirms it; one snoozed stood over the DING still ringing (a tester), and once the
        # banner passed it by, the tray confirmed the snoozed one (a review).
        ladders = sorted(
            self._as_held(self._store.running(now, config)),
            key=lambda ladder: not ladder.alerting(now),
        )
        unrecorded, self._unrecorded = self._unrecorded, {}
        steps = [
            (
                ladder,
                tick(
                    config,
                    ladder.started,
                    # Steps taken that the store could not record are not taken again.
                    max(ladder.fired, unrecorded.get(ladder.message_id, 0)),
                    now,
                    ladder.snoozed_until,
                    due=ladder.called_before,
                ),
            )
            for ladder in ladders
        ]
        hide_text = bool(values["notify.hide_text"])
        quiet = policy_from_settings(values).state_at(now).quiet
        wait = self._gathering(any(step.fire is not None for _ladder, step in steps))
        if wait is not None:
            # Nothing taken yet: the round at the end of the wait takes these steps with
            # whatever fell due since.
            self._unrecorded = unrecorded
            shown = tuple(_as_found(config, ladder, step, taken=False) for ladder, step in steps)
            return _Round(shown, started, (), now + wait, hide_text, quiet)
        fire: list[tuple[Ladder, Level]] = []
        wake: list[datetime] = []
        found_missed: dict[int, Unreminded] = {}
        for ladder, step in steps:
            if step.fired != ladder.fired:
                missed = unreminded(
                    config,
                    ladder.started,
                    ladder.fired,
                    step,
                    ladder.snoozed_until,
                    self._running_since or now,
                    self._first_session,
                )
                record = partial(self._recorded, ladder.message_id, step.fired, missed)
                if not self._damage.written(record, False, log.name):
                    self._unrecorded[ladder.message_id] = step.fired
                if missed is not None:
                    # The banner says so from this round on, as the store does after it.
                    found_missed[ladder.message_id] = missed
            if step.fire is not None:
                fire.append((ladder, step.fire))
            if step.next_at is not None:
                wake.append(step.next_at)
        return _Round(
            ladders=tuple(
                _as_found(
                    config,
                    replace(
                        ladder, unreminded=found_missed.get(ladder.message_id, ladder.unreminded)
                    ),
                    step,
                    taken=True,
                )
                for ladder, step in steps
            ),
            started=started,
            fire=tuple(fire),
            next_at=min(wake, default=None),
            hide_text=hide_text,
            quiet=quiet,
        )

    def _gathering(self, due: bool) -> timedelta | None:
        """How much longer the alerts due now wait for others falling due with them (see
        GATHER); None to alert now, or when none is due. Counted on the elapsed clock, as
        a wall clock set back would stretch the wait."""
        elapsed = self._clock.elapsed()
        if not due:
            self._gathering_since = None
            return None
        if self._gathering_since is None:
            self._gathering_since = elapsed
        left = GATHER - timedelta(seconds=elapsed - self._gathering_since)
        if left > timedelta(0):
            return left
        self._gathering_since = None
        return None

    @property
    def gathering(self) -> bool:
        """Whether alerts due wait for others falling due with them (see GATHER)."""
        return self._gathering_since is not None

    def _as_held(self, ladders: list[Ladder]) -> list[Ladder]:
        """The running ladders as the user left them since the store was found damaged:
        those confirmed left out, those snoozed with the snooze."""
        snoozed = self._snoozed_here
        return [
            replace(ladder, snoozed_until=snoozed[ladder.message_id])
            if ladder.message_id in snoozed
            else ladder
            for ladder in ladders
            if ladder.message_id not in self._confirmed_here
        ]

    # GUI thread

    def _deliver(self, round_: _Round) -> None:
        self._delivered = True
        self.laddersChanged.emit(list(round_.ladders))
        if round_.started:
            self.changed.emit()  # newly pinned DINGs move to the top of their tier
        if round_.fire:
            # A DING breaks quiet hours: no setting holds it back. Several at once (desk
            # opened after a weekend) alert once, for the most pressing: one sound and
            # one pop-up each came in a burst.
            # How long is left counted from now, as the banner just worded it: from the
            # round's start, a second or more before on a busy store thread, the pop-up
            # said 30 分钟后截止 beside the banner's 29 (a tester).
            shown_at = self._clock.now()
            self._notifier.show(_notification(round_, self._tz, shown_at), sound=True)
            if max(level for _ladder, level in round_.fire) >= Level.ATTENTION:
                window = self._attention_widget
                if window.isHidden() or window.isMinimized():
                    # Out of sight in the tray: back on screen, without taking the focus.
                    bring_back(window)  # maximised again if it was
                window.raise_()
                # Taskbar flash; Windows refuses focus stealing, so never rely on raising.
                QApplication.alert(window, 0)
                self._notifier.flash()
        schedule_once(self._scheduler, JOB_ID, round_.next_at, self._scheduled.emit)
        self.wall_check.expect(round_.next_at)
        if round_.next_at is None:
            self.guard.stop()
        else:
            wait_ms = (round_.next_at - self._clock.now()) // timedelta(milliseconds=1)
            # After the scheduler's own wake-up when the clock holds: one round, not two.
            self.guard.start(min(max(wait_ms, 0) + GUARD_SLACK_MS, _LONGEST_GUARD_MS))

    def stop(self) -> None:
        """desk is quitting: no round more. A gathering's wait, 2 s on `guard`, ran a round
        after the store's thread had gone (store operation dropped after shutdown)."""
        self.guard.stop()
        self.wall_check.stop()

    def scheduled_for(self) -> datetime | None:
        return next_run(self._scheduler, JOB_ID)


def _as_found(config: LadderConfig, ladder: Ladder, step: Tick, *, taken: bool) -> Ladder:
    """`ladder` with what the round found of its alerts to come (`taken`: the steps due
    now were taken; else they wait, and the ladder has not ended)."""
    last_call = config.last_call(ladder.started, ladder.called_before)
    return replace(
        ladder,
        ended=step.finished and (taken or step.fire is None),
        last_call=last_call if last_call is not None and step.next_at == last_call else None,
    )


def _notification(round_: _Round, tz: ZoneInfo, now: datetime) -> Notification:
    """The pop-up of a round's alerts: each DING that rings, the most pressing first, with
    its own Confirm and Open (see RingingItem), under a title that counts them when several
    ring together; its first's words, with how long is left until it is due and whether it
    is the last alert that DING gets; the time left counted at `now`, when it is shown."""
    first, level = round_.fire[0]
    # With those due now, every other DING still waiting and not snoozed, once each (a
    # card's twins ring as one): a pop-up closed, or timed out behind a dialog, took the
    # DINGs it listed out of reach, and the next round's listed 3 under a banner of 4 (a
    # tester).
    # By sets of cards, not each ladder against every other: a flood's 3,000 DINGs took
    # 2 s of the window's thread each round.
    firing = {ladder.card for ladder, _lvl in round_.fire}
    fired = round_.fire + tuple(
        (ladder, Level.REPEAT)
        for ladder in round_.ladders
        if ladder.alerting(now) and ladder.card not in firing
    )
    listed: list[tuple[Ladder, Level]] = []
    cards: set[int] = set()
    for ladder, lvl in fired:
        if ladder.card not in cards:
            cards.add(ladder.card)
            listed.append((ladder, lvl))
    ended = frozenset(ladder.message_id for ladder in round_.ladders if ladder.ended)
    count = len(listed)
    dings = sum(ladder.ding for ladder, _level in listed)
    items = tuple(
        RingingItem(
            ladder.message_id,
            ladder.card,
            _head(ladder),
            _item_line(round_, ladder, lvl, tz, now, ended),
            ding=ladder.ding,
            demo=ladder.demo,
        )
        for ladder, lvl in listed
    )
    notes = ""
    if round_.quiet:
        notes = _through_quiet(dings > 0)
    elif dings < count:
        # Why an urgent item rings as a DING does, and where to stop it, at any hour: the
        # pop-up said only 未确认…再按 A 确认收到, as of a DING (a tester).
        notes = QCoreApplication.translate(
            "Escalation", "Urgent items alert like DINGs (turned on in Settings → DING)"
        )
    if count == 1:
        # An urgent item rung like a DING is titled as what it is: "DING · 群 · 人" over an
        # @ that was no DING read as a DING its sender asked to be confirmed (a tester).
        one = (
            QCoreApplication.translate("Escalation", "DING · %1 · %2")
            if first.ding
            else QCoreApplication.translate("Escalation", "Urgent · %1 · %2")
        )
        title = fill(one, first.group_name, first.sender_name)
        if first.demo:
            title = demo_marked(title)
        # What its own buttons and keys do: "click to open it, then press A" sent a user
        # clicking its words to the window, where `a` was the selected card's (a tester).
        instruction = QCoreApplication.translate(
            "Escalation", "Unconfirmed: Confirm (A) confirms it; Open shows it in desk first."
        )
        line = _when_words(first, level, tz, now, instruction, ended)
        body = line if round_.hide_text else f"{' '.join(first.text.split())[:120]}\n{line}"
    else:
        # N 条 DING 待确认: one pop-up lists each, by group and sender, with its own Confirm
        # and Open. It showed the first alone, the others lost until their ladders' next
        # step (a tester).
        title = ringing_title(items)
        body = ""
    if notes:
        body = f"{body}\n{notes}" if body else notes
    rings = frozenset(i for ladder, _lvl in listed for i in (ladder.message_id, ladder.card))
    return Notification(title, body, first.message_id, True, rings=rings, items=items, notes=notes)


def _head(ladder: Ladder) -> str:
    """Who and where, for a DING's line in a pop-up listing several."""
    said = (
        QCoreApplication.translate("Escalation", "%1 · %2")
        if ladder.ding
        else QCoreApplication.translate("Escalation", "Urgent · %1 · %2")
    )
    return fill(said, ladder.group_name, ladder.sender_name)


def _item_line(
    round_: _Round,
    ladder: Ladder,
    level: Level,
    tz: ZoneInfo,
    now: datetime,
    ended: frozenset[int],
) -> str:
    """What a DING says and by when, for its line in a pop-up listing several; `ended`: see
    `_when_words`."""
    when = _when_words(ladder, level, tz, now, "", ended)
    if round_.hide_text:
        return when
    words = " ".join(ladder.text.split())
    words = words if len(words) <= 60 else words[:59] + "…"
    return f"{words}\n{when}" if when else words


def _when_words(
    ladder: Ladder,
    level: Level,
    tz: ZoneInfo,
    now: datetime,
    line: str,
    ended: frozenset[int],
) -> str:
    """`line` after how long is left for `ladder` until it is due, by when to confirm it,
    and whether this is its last alert; `ended`: the messages whose ladders ran their
    course (see Ladder.ended)."""

    def joined(first: str, second: str) -> str:
        if not second:
            return first
        return fill(QCoreApplication.translate("Escalation", "%1 · %2"), first, second)

    if ladder.deadline is not None:
        # How long is left, as its card says it: what decides whether to act now.
        line = joined(due_words(ladder.deadline, ladder.event, tz, now, ladder.readied), line)
    if ladder.confirm_by is not None:
        # 应在 21:40 前确认 · 还有 16 分钟: the unit's rule, where the DING names no time;
        # the time its sender set, before its due time, first (see core confirm_by).
        line = joined(confirm_words(ladder.confirm_by, tz, now), line)
    # Said of whichever alert ends its ladder, the last call or the ladder's own last step
    # (a DING due as its ladder ends): that one read as any other, then the alerts
    # stopped with nothing said (a tester).
    if level is Level.LAST_CALL or ladder.message_id in ended:
        line = joined(QCoreApplication.translate("Escalation", "Last reminder"), line)
    return line


def _through_quiet(ding: bool) -> str:
    """Why a pop-up rang though quiet hours hold the rest, and where that is set: woken at
    22:40, the user read only the status bar's "DING 仍提醒", in a window out of sight."""
    if ding:
        return QCoreApplication.translate(
            "Escalation",
            "Quiet hours: DINGs still alert until confirmed (how often: Settings → DING)",
        )
    # An urgent item rung like a DING: the user's own setting, which they may turn off.
    return QCoreApplication.translate(
        "Escalation", "Quiet hours: urgent items alert like DINGs (turned on in Settings → DING)"
    )
