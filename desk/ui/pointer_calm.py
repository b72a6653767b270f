"""Holds back a line that would push the panes down while the user's pointer is at work
below it.

A line coming over the panes (the DING banner's row on a short window, the line saying
what came while the user was away, counted a moment after the return) moved every card
down by its height under a pointer about to click, and the click landed on the card above
the one aimed at (a tester). Such a line comes at once when the window is not the active
one or the pointer is elsewhere (above the line, outside the window); otherwise as soon as
the pointer rests REST_MS with no button down, or leaves, and at the latest after
LONGEST_WAIT_MS. Polled, and only while something waits: a filter on every mouse event
of the application would cost the GUI thread all day for this moment.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

# A pointer still this long is reading, not aiming: a click follows the aim at once.
REST_MS = 800
POLL_MS = 100
# A line the user must see (a DING's) comes by then even under a pointer never at rest.
LONGEST_WAIT_MS = 5000


class PointerCalm(QObject):
    """Runs a change to `line`'s visibility when the pointer is not at work under it.
    No signals."""

    def __init__(self, line: QWidget) -> None:
        super().__init__(line)
        self._line = line
        self._pending: Callable[[], None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._last_pos = QPoint()
        self._still_since = 0.0
        self._asked_at = 0.0

    @property
    def waiting(self) -> bool:
        """Whether a change waits for the pointer."""
        return self._pending is not None

    def when_calm(self, change: Callable[[], None]) -> None:
        """Runs `change` now if the pointer is not at work below the line, else once it
        rests or leaves (the one asked last, if asked again meanwhile)."""
        if not self._at_risk():
            self._pending = None
            self._poll.stop()
            change()
            return
        now = time.monotonic()
        if self._pending is None:
            self._asked_at = now
            self._last_pos = QCursor.pos()
            self._still_since = now
            self._poll.start()
        self._pending = change

    def cancel(self) -> None:
        """Forgets the change waiting, if any."""
        self._pending = None
        self._poll.stop()

    def _at_risk(self) -> bool:
        window = self._line.window()
        if not window.isVisible() or not window.isActiveWindow():
            return False
        pointer = QCursor.pos()
        if not window.frameGeometry().contains(pointer):
            return False
        # Over the menu or a line above this one, nothing moves under it.
        parent = self._line.parentWidget()
        top = (parent or self._line).mapToGlobal(self._line.pos()).y()
        return pointer.y() >= top

    def _check(self) -> None:
        now = time.monotonic()
        pointer = QCursor.pos()
        if pointer != self._last_pos:
            self._last_pos, self._still_since = pointer, now
        buttons = QGuiApplication.mouseButtons()
        rested = (now - self._still_since) * 1000 >= REST_MS and buttons == Qt.MouseButton.NoButton
        overdue = (now - self._asked_at) * 1000 >= LONGEST_WAIT_MS
        if rested or overdue or not self._at_risk():
            change, self._pending = self._pending, None
            self._poll.stop()
            if change is not None:
                change()
