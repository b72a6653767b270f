"""Injectable time: production code asks a Clock, tests move a ManualClock."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...

    def elapsed(self) -> float:
        """Seconds on a clock nobody sets: only its differences mean anything. Beside
        `now`, it tells a wall clock set back from time passing."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def elapsed(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to: forward as time passes, back as a clock set
    back (time sync correcting a fast PC), which no time passes for."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start
        self._elapsed = 0.0

    def now(self) -> datetime:
        return self._now

    def elapsed(self) -> float:
        return self._elapsed

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)

    def set(self, instant: datetime) -> None:
        self._elapsed += max(0.0, (instant - self._now).total_seconds())
        self._now = instant
