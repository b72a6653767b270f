"""Start-up work that the first paint of the window does not need, run once that paint is done.

A fresh desk should show its inbox as soon as it can; the sync thread's imports and queries
and the sound system's start compete with that paint for the GIL and the CPU, so they wait
for it. A window that is never painted (hidden, minimised, covered) must not hold them back
for ever: after `fallback_ms` they run anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000


class AfterFirstPaint(QObject):
    """Runs `work` once, just after the first paint of `widget` (or after `fallback_ms`)."""

    def __init__(
        self, widget: QWidget, work: Callable[[], None], fallback_ms: int = FALLBACK_MS
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)

    @property
    def pending(self) -> bool:
        return self._work is not None

    def cancel(self) -> None:
        """The work is no longer wanted (desk quits before its window was painted)."""
        self._work = None
        self._fallback.stop()
        self._widget.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # A zero timer fires once this paint (and what is queued with it) is handled.
            self._fallback.start(0)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self._widget.removeEventFilter(self)
            work()
