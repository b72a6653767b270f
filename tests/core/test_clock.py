from datetime import datetime, timedelta

import pytest

from desk.core.clock import ManualClock
from tests.conftest import SHANGHAI


def test_manual_clock_moves_only_when_told() -> None:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=SHANGHAI)
    clock = ManualClock(start)
    assert clock.now() == start
    clock.advance(timedelta(minutes=5))
    assert clock.now() == start + timedelta(minutes=5)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 3, 1, 8, 0))
