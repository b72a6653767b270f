"""Noting when the user is in desk's window, and telling when they come back from away.

The user is present as they press a key, click or scroll in desk, and as its window is
activated (started, clicked, switched to). The window merely staying active is not
presence: a PC left on over the weekend, its screen locked, keeps desk the active window
until Monday. The time of the last input is only remembered as it happens (an event
filter over the whole app sees every event: no store work there); it is noted in the store
(`desk.store.presence`) every NOTE_EVERY, as the window stops being active and as desk
quits, so that a crash or a power cut loses minutes of it, not the weekend. Present again
after LEAST_ABSENCE or more, `returned` says from when to when the user was away
(desk.core.absence). That absence is kept in the store until the window `forget`s it (its
line dismissed, all that came read) or a newer one replaces it, and said again at each
start: a restart would otherwise lose the weekend.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desk.core.absence import NOTE_EVERY, Absence, absence, note_due
from desk.core.clock import Clock
from desk.store.inbox import InboxQueries
from desk.store.presence import Presence
from desk.ui.ops import StoreOps

log = logging.getLogger("desk.ui.presence")

# What only a person does. Not a mouse move: a pointer resting over the window is sent
# moves as what lies under it changes (the list refreshed by sync all weekend).
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


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
        # The presence last written, and when it was (the writes' spacing).
        self._written: datetime | None = None
        self._noted: datetime | None = None
        # Writes the last input: a steady-clock timer, running while desk does (an input
        # in a window not active, a scroll over it, is presence too).
        self.timer = QTimer(self)
        self.timer.setInterval(int(NOTE_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self._flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        """Reads when the user was last present, and the absence kept (after the first
        paint: a store read)."""
        self._ops.run(self._queries.stored_presence, self._stored)

    def forget(self, away: Absence) -> None:
        """Offers `away` no more at the next start: its line dismissed, or all read."""
        self._ops.run(lambda: self._queries.forget_absence(away), later=True)

    def leave(self) -> None:
        """desk quits: the user was here at their last input (not now: a quit may be the
        system's, shutting down for an update on Saturday night)."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the app: the input's time only, kept in memory.
        kind = event.type()
        if kind in _INPUT:
            # A window closed (to the tray, or for good) is not where the user is.
            if self._read and self._window.isVisible():
                self._present(self._clock.now())
        elif kind == QEvent.Type.ActivationChange and watched is self._window:
            if self._window.isActiveWindow():
                self._arrived()
            else:
                self._flush()
        return False

    def _stored(self, stored: Presence) -> None:
        self._last, self._read = stored.last, True
        self._written = stored.last
        if stored.away is not None:
            self.returned.emit(stored.away)
        self.timer.start()
        if self._window.isActiveWindow():
            self._arrived()

    def _arrived(self) -> None:
        """The window started or activated: the user is here now, noted at once unless
        noted a moment ago (a user switching windows every minute)."""
        if not self._read:
            return  # told once the stored time is read (_stored)
        now = self._clock.now()
        self._present(now)
        if note_due(self._noted, now):
            self._flush()

    def _present(self, now: datetime) -> None:
        away = absence(self._last, now)
        self._last = now
        if away is not None:
            log.info("back after %d h away", (away.until - away.since).total_seconds() // 3600)
            self._flush()
            self._ops.run(lambda: self._queries.keep_absence(away), later=True)
            self.returned.emit(away)

    def _flush(self) -> None:
        """Writes the last presence, if not written yet."""
        last = self._last
        if not self._read or last is None or last == self._written:
            return
        self._written, self._noted = last, self._clock.now()
        self._ops.run(lambda: self._queries.note_present(last), later=True)
