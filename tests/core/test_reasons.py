"""Reasons in the CLI's English, and "due soon" as it stands when shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.core.messages import Reason
from desk.core.reasons import describe, standing_at
from tests.conftest import SHANGHAI

DUE = datetime(2026, 11, 23, 8, 31, tzinfo=SHANGHAI)
# As triage records it for a message posted at 08:01.
SOON = Reason.of("deadline_soon", due=DUE.isoformat(), minutes="30")


def _at(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, second, tzinfo=SHANGHAI)


def test_at_triage_time_it_is_how_long_was_left_when_posted() -> None:
    assert describe(SOON) == "due within 30 min"
    assert describe(Reason.of("deadline_soon", due=DUE.isoformat(), minutes="90")) == (
        "due within 1.5 h"
    )
    # Stored before reasons carried their due time: as it was worded then.
    assert describe(Reason.of("deadline_soon", hours="0.5")) == "due within 0.5 h"


def test_when_shown_it_is_worded_against_the_clock() -> None:
    said = {
        _at(8, 19): "due in 12 min",
        _at(8, 30, 30): "due in 1 min",
        _at(7, 1): "due in 1.5 h",
        _at(6, 31): "due in 2 h",
        _at(8, 31): "overdue by 1 min",
        _at(8, 47): "overdue by 16 min",
        _at(8, 47, 59): "overdue by 16 min",
        _at(10, 1): "overdue by 1.5 h",
        DUE + timedelta(days=1): "deadline passed",
    }
    assert {now: describe(standing_at(SOON, now)) for now in said} == said


def test_a_reason_stored_without_its_due_time_takes_the_rows_deadline() -> None:
    old = Reason.of("deadline_soon", hours="0.5")
    assert describe(standing_at(old, _at(8, 47), DUE)) == "overdue by 16 min"
    assert standing_at(old, _at(8, 47)) == old
    other = Reason.of("deadline", when=DUE.isoformat())
    assert standing_at(other, _at(8, 17), DUE) is other


def test_a_due_day_and_time_passed_is_said_as_late_as_it_is() -> None:
    # From a new user: cards side by side said 已逾期 18.2 小时, 已过截止时间, and a bare
    # 截止 12-02 16:00 for a time long gone.
    due = Reason.of("deadline", when=DUE.isoformat())
    assert describe(standing_at(due, _at(8, 30))) == f"deadline {DUE.isoformat()}"
    assert describe(standing_at(due, _at(8, 47))) == "overdue by 16 min"
    assert describe(standing_at(due, DUE + timedelta(hours=18, minutes=12))) == "overdue by 18 h"
    assert describe(standing_at(due, DUE + timedelta(days=2))) == "deadline passed"
