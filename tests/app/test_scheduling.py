"""One-shot jobs placed, kept, moved and removed."""

from __future__ import annotations

from datetime import datetime, timedelta

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
