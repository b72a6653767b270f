"""Telling the user once when a DING they sent passes its deadline with people unconfirmed.

The sender's own card showed the deadline nowhere, and nothing happened when it passed
(a tester): now one notification says how many have not confirmed and where to DING them
again. The DINGs are read on the store thread after each sync batch and at start; the next
deadline is watched on the wall clock (`WallClockWatch`, which a laptop's sleep does not
fool). What was told is kept in the store with each DING (outbox.deadline_told_ms): it is
said exactly once, across restarts, and a deadline that passed while desk was closed is
said at the next start (kept in memory, a restart past the deadline said it again or lost
it: a tester) once the DING's account has caught up with the confirmations that came
meanwhile (see `deadlines_settled`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desk.app.scheduling import WallClockWatch
from desk.core.clock import Clock
from desk.core.dings import DingDue, awaiting_catch_up, deadlines_settled, next_deadline
from desk.core.placeholders import fill
from desk.ui.away_line import since_words
from desk.ui.demo_mark import demo_marked
from desk.ui.notifier import Notification, Notifier
from desk.ui.ops import StoreOps

if TYPE_CHECKING:
    from desk.store.dings import SentDing
    from desk.sync.dings import DingOutbox

log = logging.getLogger("desk.sent_deadlines")

# How long a deadline that passed while desk was closed waits for its account to catch
# up (an account offline at the start): then it is said as the store stands.
CATCH_UP_AT_MOST = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class _Looked:
    """What a look at the DINGs sent found: those to tell of now, the next deadline."""

    now: datetime
    tell: list[SentDing]
    next_deadline: datetime | None
    # The demo's accounts: their notifications are marked as the demo's other pop-ups.
    demo: frozenset[int] = frozenset()


def _due(ding: SentDing) -> DingDue:
    assert ding.deadline is not None  # only those with one are looked at
    return DingDue(
        ding.outbox_id,
        ding.deadline,
        len(ding.roster.unconfirmed),
        told=ding.deadline_told is not None,
        account_id=ding.account_id,
    )


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
        caught_up: Iterable[int] = (),
    ) -> None:
        super().__init__(parent)
        self._dings = dings  # made on the store thread: it loads the ORM
        self._ops = ops
        self._notifier = notifier
        self._clock = clock
        self._tz = tz
        self.watch = WallClockWatch(self, clock, self.refresh)
        self._started = clock.now()
        # The accounts whose sync has caught up since the start (see IngestResult).
        # Those that caught up before this was made (desk's services come after the first
        # paint, sync may be quicker) are handed in.
        self._caught_up: frozenset[int] = frozenset(caught_up)

    def refresh(self, result: object = None) -> None:
        """Reads the DINGs the user sent again (after a sync batch: confirmations)."""
        # An IngestResult (not imported here: desk.sync.ingest loads triage).
        account_id = getattr(result, "account_id", None)
        if getattr(result, "caught_up", False) and isinstance(account_id, int):
            self._caught_up |= {account_id}
        self._ops.run(self._read, self._look, later=True, once="sent-ding-deadlines")

    def _read(self) -> _Looked:
        """On the store thread: the DINGs sent with a deadline, and those of them to tell
        of now, noted as told in the store first (see DingOutbox.claim_deadlines_told)."""
        dings = self._dings()
        sent = [d for d in dings.sent() if d.deadline is not None and d.sent]
        due = [_due(d) for d in sent]
        now = self._clock.now()
        started, caught_up = self._started, self._caught_up
        end = started + CATCH_UP_AT_MOST
        settled = deadlines_settled(due, now, caught_up=caught_up, wait_until=end)
        # All of them noted as told, those everyone confirmed too: judged once, a
        # confirmation taken back later does not say it after all.
        told = set(dings.claim_deadlines_told(d.outbox_id for d in settled))
        unconfirmed = {d.outbox_id for d in settled if d.unconfirmed}
        ahead = next_deadline(due, now)
        if awaiting_catch_up(due, now, caught_up=caught_up, wait_until=end):
            # Looked at again when the wait ends, should the account never catch up.
            ahead = end if ahead is None else min(ahead, end)
        tell = [d for d in sent if d.outbox_id in told & unconfirmed]
        return _Looked(
            now=now,
            tell=tell,
            next_deadline=ahead,
            demo=dings.demo_accounts() if tell else frozenset(),
        )

    def _look(self, looked: _Looked) -> None:
        for ding in looked.tell:
            told = self._notification(ding, looked.now)
            if ding.account_id in looked.demo:
                # As the demo's other pop-ups: its DINGs read as real orders (IT staff).
                told = replace(told, title=demo_marked(told.title))
            self._notifier.show(told, sound=False)
        if looked.tell:
            log.info("%d DINGs sent passed their deadline unconfirmed", len(looked.tell))
            self.told.emit(tuple(d.outbox_id for d in looked.tell))
        self.watch.expect(looked.next_deadline)

    def _notification(self, ding: SentDing, now: datetime) -> Notification:
        count = len(ding.roster.unconfirmed)
        first = ding.text.splitlines()[0] if ding.text else ""
        words = first if len(first) <= 30 else first[:29] + "…"
        due = ""
        if ding.deadline is not None:
            local = ding.deadline.astimezone(self._tz)
            # Told at the next start, a deadline of another day says its day: 14:30
            # alone, said the next morning, read as today's.
            same_day = local.date() == now.astimezone(self._tz).date()
            due = local.strftime("%H:%M") if same_day else since_words(local, now, self._tz)
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
