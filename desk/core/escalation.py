"""The escalation ladder of an unconfirmed DING: when to alert again, and how loudly.

At once: banner, sound and a notification that breaks quiet hours. Then every
`repeat_every`: sound and notification again. From `attention_after` on, each step
also asks the window manager for attention and flashes the tray. After `stop_after`
the ladder ends and the item stays pinned as unconfirmed. Steps missed while desk was
closed, asleep or snoozed are not replayed one by one: the loudest one due fires once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum


class Level(IntEnum):
    FIRST = 1  # banner, sound, notification
    REPEAT = 2  # sound and notification again
    ATTENTION = 3  # also taskbar attention and a flashing tray icon


@dataclass(frozen=True, slots=True)
class LadderConfig:
    repeat_every: timedelta = timedelta(minutes=2)
    attention_after: timedelta = timedelta(minutes=10)
    stop_after: timedelta = timedelta(minutes=30)

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> LadderConfig:
        def minutes(name: str) -> timedelta:
            value = values[name]
            assert isinstance(value, int)
            return timedelta(minutes=value)

        return cls(
            repeat_every=minutes("escalation.repeat_minutes"),
            attention_after=minutes("escalation.attention_after_minutes"),
            stop_after=minutes("escalation.stop_after_minutes"),
        )

    def steps(self, started: datetime) -> list[tuple[datetime, Level]]:
        """Every alert of a ladder begun at `started`, in order."""
        out = [(started, Level.FIRST)]
        at = started + self.repeat_every
        while at < started + self.stop_after:
            level = Level.ATTENTION if at - started >= self.attention_after else Level.REPEAT
            out.append((at, level))
            at += self.repeat_every
        return out


@dataclass(frozen=True, slots=True)
class Tick:
    fire: Level | None  # what to do now, if anything
    fired: int  # steps taken so far (store it)
    next_at: datetime | None  # when to look again; None once the ladder has ended

    @property
    def finished(self) -> bool:
        return self.next_at is None


def tick(
    config: LadderConfig,
    started: datetime,
    fired: int,
    now: datetime,
    snoozed_until: datetime | None = None,
) -> Tick:
    """The ladder's state at `now`, given how many steps were already taken.

    While snoozed nothing fires; when the snooze ends, the steps it covered are due
    together and the loudest of them fires once.
    """
    steps = config.steps(started)
    if snoozed_until is not None and now < snoozed_until:
        return Tick(None, fired, snoozed_until)
    due = [level for at, level in steps[fired:] if at <= now]
    taken = fired + len(due)
    next_at = steps[taken][0] if taken < len(steps) else None
    return Tick(max(due) if due else None, taken, next_at)
