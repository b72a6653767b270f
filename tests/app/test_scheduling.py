"""One-shot jobs placed, kept, moved and removed."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

from desk.app.scheduling import next_run, schedule_once
from tests.conftest import SHANGHAI, paused_scheduler


def test_a_job_is_kept_when_asked_for_the_same_time_and_moved_for_another() -> None:
    scheduler = paused_scheduler()
    try:
        at = datetime(2026, 12, 1, 18, 0, tzinfo=SHANGHAI)
        schedule_once(scheduler, "job", at, lambda: None)
        placed = scheduler.get_job("job")
        schedule_once(scheduler, "job", at, lambda: None)
        assert scheduler.get_job("job") is placed
        schedule_once(scheduler, "job", at + timedelta(minutes=5), lambda: None)
        assert next_run(scheduler, "job") == at + timedelta(minutes=5)
        schedule_once(scheduler, "job", None, lambda: None)
        assert next_run(scheduler, "job") is None
    finally:
        scheduler.shutdown(wait=False)


def test_a_job_placed_again_while_its_last_run_is_still_running_runs_too() -> None:
    # A DING's next alert is placed from the refresh the last one started, which can come
    # before the scheduler has counted that run as finished; with one instance allowed,
    # APScheduler skipped the new run and, being one-shot, dropped it for good.
    scheduler = BackgroundScheduler(timezone=SHANGHAI)
    scheduler.start()
    first_running, let_first_end, second_ran = (threading.Event() for _ in range(3))

    def first() -> None:
        first_running.set()
        let_first_end.wait(10)

    try:
        schedule_once(scheduler, "job", datetime.now(SHANGHAI), first)
        assert first_running.wait(10)
        schedule_once(scheduler, "job", datetime.now(SHANGHAI), second_ran.set)
        assert second_ran.wait(10)
        # The scheduler drops a one-shot job once it has run it (under the lock get_job
        # takes): done before the scheduler shuts down, which empties its job store.
        assert scheduler.get_job("job") is None
    finally:
        let_first_end.set()
        scheduler.shutdown(wait=True)
