"""Telling the user once when a DING they sent passes its deadline with people unconfirmed.

The sender's own card showed the deadline nowhere, and nothing happened when it passed
(a tester): now one notification says how many have not confirmed and where to DING them
again. The DINGs are read on the store thread after each sync batch and at start; the next
deadline is watched on the wall clock (`WallClockWatch`, which a laptop's sleep does not
fool). What was told is kept for this run only, and only deadlines passing after desk
started are told: one that passed while desk was closed shows on its card as passed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.app.scheduling import WallClockWatch
from desk.core.clock import Clock
from desk.core.dings import DingDue, deadlines_passed, next_deadline
from desk.core.placeholders import fill
from desk.ui.notifier import Notification, Notifier
from desk.ui.ops import StoreOps

if TYPE_CHECKING:
    from desk.store.dings import SentDing
    from desk.sync.dings import DingOutbox

log = logging.getLogger("desk.sent_deadlines")


class SentDingDeadlines(QObject):
    """Signals: told(tuple of outbox ids) after a notification about those DINGs."""

    told = Signal(object)

    def __init__(
        self,
        dings: Callable[[], DingOutbox],
        ops: StoreOps,
        notifier: Notifier,
        clock: Clock,
        tz: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dings = dings  # made on the store thread: it loads the ORM
        self._ops = ops
        self._notifier = notifier
        self._clock = clock
        self._tz = tz
        self._since = clock.now()
        self._told: set[int] = set()
        self._sent: dict[int, SentDing] = {}
        self.watch = WallClockWatch(self, clock, self.refresh)

    def refresh(self, _result: object = None) -> None:
        """Reads the DINGs the user sent again (after a sync batch: confirmations)."""
        self._ops.run(self._read, self._look, later=True, once="sent-ding-deadlines")

    def _read(self) -> list[SentDing]:
        return [d for d in self._dings().sent() if d.deadline is not None and d.sent]

    def _look(self, sent: list[SentDing]) -> None:
        self._sent = {d.outbox_id: d for d in sent}
        due = [
            DingDue(d.outbox_id, d.deadline, len(d.roster.unconfirmed))
            for d in sent
            if d.deadline is not None
        ]
        now = self._clock.now()
        passed = deadlines_passed(due, self._since, now, self._told)
        for ding in passed:
            self._told.add(ding.outbox_id)
            self._notifier.show(self._notification(self._sent[ding.outbox_id]), sound=False)
        if passed:
            log.info("%d DINGs sent passed their deadline unconfirmed", len(passed))
            self.told.emit(tuple(d.outbox_id for d in passed))
        self.watch.expect(next_deadline(due, now))

    def _notification(self, ding: SentDing) -> Notification:
        count = len(ding.roster.unconfirmed)
        first = ding.text.splitlines()[0] if ding.text else ""
        words = first if len(first) <= 30 else first[:29] + "…"
        due = ding.deadline.astimezone(self._tz).strftime("%H:%M") if ding.deadline else ""
        title = fill(
            QCoreApplication.translate("SentDingDeadlines", "DING deadline %1 passed"), due
        )
        body = fill(
            QCoreApplication.translate(
                "SentDingDeadlines",
                "%n not yet confirmed “%1” in %2. DING → DINGs I sent… can DING them again.",
                "",
                count,
            ),
            words,
            ding.group_name,
        )
        return Notification(title, body)
