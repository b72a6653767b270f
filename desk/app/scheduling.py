"""One-shot scheduler jobs derived from the store: at most one pending job per purpose."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import datetime, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QObject, QTimer

from desk.core.clock import Clock

# How many runs of one job may overlap: each only tells the GUI thread to look again.
_OVERLAPPING_RUNS = 4
# The lag behind the scheduler of the checks that stand in for it: when the clock holds,
# the scheduler's run comes first.
GUARD_SLACK_MS = 1000
# How often the wall clock is compared with a job's time: the scheduler waits on a clock
# that stops while the computer sleeps, and what fell due meanwhile waits this, at most,
# once it wakes.
WALL_CHECK_MS = 5 * 1000


def schedule_once(
    scheduler: BaseScheduler, job_id: str, when: datetime | None, fire: Callable[[], None]
) -> None:
    """(Re)places job `job_id` to run `fire` at `when`; None removes it.

    Late is fine — a laptop waking after the time runs it then, once — so misfires are
    never dropped and several missed runs coalesce into one.
    """
    if when is None:
        # Never scheduled, or it has just fired on the scheduler's thread.
        with suppress(JobLookupError):
            scheduler.remove_job(job_id)
        return
    job = scheduler.get_job(job_id)
    # A job added before the scheduler starts has no next run time yet.
    if job is not None and getattr(job, "next_run_time", None) == when:
        # Rounds after each sync batch mostly ask for the time already set; replacing the
        # job would wake the scheduler's thread for nothing (about 1 ms, and the GIL).
        return
    scheduler.add_job(
        fire,
        "date",
        run_date=when,
        id=job_id,
        replace_existing=True,
        misfire_grace_time=None,
        coalesce=True,
        # The next run is placed from the work the last one set off, which can come before
        # the scheduler counts that run as finished: with one instance allowed it would be
        # skipped, and a one-shot job skipped is gone (a DING's next alert, never sounded).
        max_instances=_OVERLAPPING_RUNS,
    )


def next_run(scheduler: BaseScheduler, job_id: str) -> datetime | None:
    job = scheduler.get_job(job_id)
    return getattr(job, "next_run_time", None) if job is not None else None


class WallClockWatch(QTimer):
    """Stands in for the scheduler after the computer slept: every WALL_CHECK_MS it looks
    at the wall clock and, once the time last `expect`ed has passed (GUARD_SLACK_MS after
    it, so that the scheduler's own run comes first when the clock held), calls `due`
    once; the round that runs sets the next time."""

    def __init__(self, parent: QObject, clock: Clock, due: Callable[[], None]) -> None:
        super().__init__(parent)
        self._clock = clock
        self._due = due
        self._at: datetime | None = None
        self.setInterval(WALL_CHECK_MS)
        self.timeout.connect(self._look)
        self.start()

    def expect(self, at: datetime | None) -> None:
        self._at = at

    def _look(self) -> None:
        at = self._at
        if at is not None and self._clock.now() >= at + timedelta(milliseconds=GUARD_SLACK_MS):
            self._at = None
            self._due()
