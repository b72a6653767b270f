"""Noting when the user is in desk's window, and telling when they come back from away.

The user is present as they press a key, click or scroll in desk, and as its window is
activated (started, clicked, switched to). The window merely staying active is not
presence: a PC left on over the weekend, its screen locked, keeps desk the active window
until Monday. The time of the last input is only remembered as it happens (no store work
there), by an event filter on the windows the system's input comes to: desk's window and
the others it shows, a dialog, listed again as the focus moves. Not on the whole app:
every event of every widget then entered Python (some 600 in the seconds after a key
that answers a card, each paint of each widget among them): a tenth to a fifth of the
GUI thread's CPU time then, and each waited for the interpreter whenever another thread
held it. The time is noted in the store (`desk.store.presence`) every NOTE_EVERY, as the
window stops being active and as desk quits, so that a crash or a power cut loses
minutes of it, not the weekend. Present again after LEAST_ABSENCE or more, `returned`
says from when to when the user was away (desk.core.absence). That absence is kept in
the store until the window `forget`s it (its line dismissed, all that came read) or a
newer one replaces it, and said again at each start: a restart would otherwise lose the
weekend.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
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
    the start for the absence kept from an earlier one; stored() once what the store
    kept is read (after that start's returned, if any)."""

    returned = Signal(object)
    stored = Signal()

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
        # Whether desk never ran on this store before this start (no presence stored):
        # what came before it was neither held by quiet hours nor an absence to tell of.
        self.first_start = False
        # The presence last written, and when it was (the writes' spacing).
        self._written: datetime | None = None
        self._noted: datetime | None = None
        # Writes the last input: a steady-clock timer, running while desk does (an input
        # in a window not active, a scroll over it, is presence too).
        self.timer = QTimer(self)
        self.timer.setInterval(int(NOTE_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self._flush)
        # The window's own events tell its activation; its QWindow's and the other shown
        # windows', the input (the system's input reaches a QWindow before any widget).
        window.installEventFilter(self)
        self._watched: list[QWindow] = []
        app = QGuiApplication.instance()
        self._following = isinstance(app, QGuiApplication)
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        self._watch()

    def start(self) -> None:
        """Reads when the user was last present, and the absence kept (after the first
        paint: a store read)."""
        self._watch()  # the window shown has its QWindow now, focused or not
        self._ops.run(self._queries.stored_presence, self._stored)

    @property
    def known(self) -> bool:
        """Whether what the store kept (the last presence, an absence) is read yet: before,
        desk cannot tell whether the user was away."""
        return self._read

    def forget(self, away: Absence) -> None:
        """Offers `away` no more at the next start: its line dismissed, or all read."""
        self._ops.run(lambda: self._queries.forget_absence(away), later=True)

    def leave(self) -> None:
        """desk quits: the user was here at their last input (not now: a quit may be the
        system's, shutting down for an update on Saturday night)."""
        self.timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._following:
            app.focusWindowChanged.disconnect(self._watch)
        self._following = False
        self._window.removeEventFilter(self)
        self._unwatch(self._watched)
        self._watched = []
        self._flush()

    def _watch(self) -> None:
        """Watches desk's windows: its main window (a scroll over it while another program
        has the focus is presence too) and those shown beside it, a dialog's keys and
        clicks; listed again as the focus moves (a dialog shown takes it)."""
        wanted: list[QWindow] = []
        shown = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
        for window in (self._window.windowHandle(), QGuiApplication.focusWindow(), *shown):
            if window is not None and window not in wanted:
                wanted.append(window)
        self._unwatch([w for w in self._watched if w not in wanted])
        for window in wanted:
            if window not in self._watched:
                window.installEventFilter(self)
        self._watched = wanted

    def _unwatch(self, windows: list[QWindow]) -> None:
        for window in windows:
            # A dialog closed for good is gone, and its filters with it.
            with contextlib.suppress(RuntimeError):
                window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for each event of the windows watched: the input's time only, in memory.
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
        self.first_start = stored.last is None
        self._written = stored.last
        if stored.away is not None:
            self.returned.emit(stored.away)
        self.timer.start()
        if self._window.isActiveWindow():
            self._arrived()
        self.stored.emit()

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
