"""Folding bursts of requests into one call: refreshes during a flood of sync batches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer


class Throttle(QObject):
    """Calls `action` on the GUI thread at most once per `spacing_ms`, however often
    `request()` is called: the first request after a quiet spell runs on the next turn of
    the event loop, later ones fold into one run when the spacing has passed.

    Leading-edge, so a lone new message shows at once; spaced, so a thousand batches a
    second cost what a few refreshes cost.
    """

    def __init__(
        self, action: Callable[[], None], spacing_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._spacing_ms = spacing_ms
        self._since = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def request(self) -> None:
        if self._timer.isActive():
            return
        wait = 0
        if self._since.isValid():
            wait = max(0, self._spacing_ms - self._since.elapsed())
        self._timer.start(wait)

    def pending(self) -> bool:
        """A run is waiting for its turn."""
        return self._timer.isActive()

    def _run(self) -> None:
        self._since.start()
        self._action()
