"""Noting when the user is in desk's window, and telling when they come back from away.

The user is present while the window is active. When they were is noted in the store
(`desk.store.presence`) as the window stops being active, as desk quits, and every
NOTE_EVERY while it stays active, so that a crash or a power cut loses minutes of it,
not the weekend. Coming back after LEAST_ABSENCE or more (desk started, the window
activated, or a PC woken from sleep with the window still active), `returned` says from
when to when the user was away (desk.core.absence). That absence is kept in the store until
the window `forget`s it (its line dismissed, all that came read) or a newer one replaces
it, and said again at each start: quitting notes "present now", and a restart would
otherwise lose the weekend.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desk.core.absence import NOTE_EVERY, Absence, absence, note_due
from desk.core.clock import Clock
from desk.store.inbox import InboxQueries
from desk.store.presence import Presence
from desk.ui.ops import StoreOps

log = logging.getLogger("desk.ui.presence")


class PresenceWatch(QObject):
    """Signals: returned(Absence) when the user comes back after a real absence, and at
    the start for the absence kept from an earlier one."""

    returned = Signal(object)

    def __init__(self, window: QWidget, queries: InboxQueries, ops: StoreOps, clock: Clock) -> None:
        super().__init__(window)
        self._window = window
        self._queries = queries
        self._ops = ops
        self._clock = clock
        # When the user was last present, as far as desk knows; None before the stored
        # time is read (nothing is written until then: it would overwrite the absence).
        self._last: datetime | None = None
        self._read = False
        self._noted: datetime | None = None
        # Runs on the steady clock: after a night's sleep it fires on waking, and the
        # wall clock then tells the night (see _tick).
        self.timer = QTimer(self)
        self.timer.setInterval(int(NOTE_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self._tick)
        window.installEventFilter(self)

    def start(self) -> None:
        """Reads when the user was last present, and the absence kept (after the first
        paint: a store read)."""
        self._ops.run(self._queries.stored_presence, self._stored)

    def forget(self, away: Absence) -> None:
        """Offers `away` no more at the next start: its line dismissed, or all read."""
        self._ops.run(lambda: self._queries.forget_absence(away))

    def leave(self) -> None:
        """desk quits: the user was here until now."""
        if self._read:
            self._note(self._clock.now(), force=True)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.ActivationChange:
            if self._window.isActiveWindow():
                self._arrived()
            elif self._read:
                self.timer.stop()
                # Looked first: a PC woken with the window active, left for another app
                # before the timer fired, noted "present now" and lost the weekend.
                now = self._clock.now()
                self._look(now)
                self._note(now, force=True)
        return False

    def _stored(self, stored: Presence) -> None:
        self._last, self._read = stored.last, True
        if stored.away is not None:
            self.returned.emit(stored.away)
        if self._window.isActiveWindow():
            self._arrived()

    def _arrived(self) -> None:
        if not self._read:
            return  # told once the stored time is read (_stored)
        self._look(self._clock.now())
        self.timer.start()

    def _tick(self) -> None:
        self._look(self._clock.now())

    def _look(self, now: datetime) -> None:
        away = absence(self._last, now)
        self._note(now, force=away is not None)
        if away is not None:
            log.info("back after %d h away", (away.until - away.since).total_seconds() // 3600)
            self._ops.run(lambda: self._queries.keep_absence(away))
            self.returned.emit(away)

    def _note(self, now: datetime, *, force: bool = False) -> None:
        self._last = now
        if not force and not note_due(self._noted, now):
            return
        self._noted = now
        self._ops.run(lambda: self._queries.note_present(now))
