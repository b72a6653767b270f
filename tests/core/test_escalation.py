"""The DING ladder with injected instants: each step on time, catch-up, snooze, the end."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.core import settings
from desk.core.escalation import LadderConfig, Level, tick
from tests.conftest import SHANGHAI

START = datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
LADDER = LadderConfig()


def _at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def test_defaults_come_from_the_declared_settings() -> None:
    values = {s.name: s.default for s in settings.DECLARED}
    assert LadderConfig.from_settings(values) == LadderConfig()


def test_each_step_fires_at_its_time() -> None:
    fired, seen = 0, []
    for minute in range(0, 31):
        result = tick(LADDER, START, fired, _at(minute))
        fired = result.fired
        if result.fire is not None:
            seen.append((minute, result.fire))
    assert seen == [
        (0, Level.FIRST),
        (2, Level.REPEAT),
        (4, Level.REPEAT),
        (6, Level.REPEAT),
        (8, Level.REPEAT),
        (10, Level.ATTENTION),
        (12, Level.ATTENTION),
        (14, Level.ATTENTION),
        (16, Level.ATTENTION),
        (18, Level.ATTENTION),
        (20, Level.ATTENTION),
        (22, Level.ATTENTION),
        (24, Level.ATTENTION),
        (26, Level.ATTENTION),
        (28, Level.ATTENTION),
    ]
    assert tick(LADDER, START, fired, _at(31)).finished


def test_next_at_says_when_to_look_again() -> None:
    first = tick(LADDER, START, 0, START)
    assert (first.fire, first.next_at) == (Level.FIRST, _at(2))
    assert tick(LADDER, START, first.fired, _at(1)) == first.__class__(None, 1, _at(2))


def test_a_restart_resumes_at_the_right_step_without_replaying() -> None:
    # Desk was closed from minute 3 to minute 11: one loud step, not four.
    before = tick(LADDER, START, 0, _at(2.5))
    assert before.fired == 2
    after = tick(LADDER, START, before.fired, _at(11))
    assert (after.fire, after.fired, after.next_at) == (Level.ATTENTION, 6, _at(12))


def test_a_ding_that_arrived_while_closed_alerts_at_once() -> None:
    result = tick(LADDER, START, 0, START)
    assert result.fire is Level.FIRST


def test_snooze_is_silence_then_one_reminder() -> None:
    fired = tick(LADDER, START, 0, START).fired
    snoozed = tick(LADDER, START, fired, _at(5), snoozed_until=_at(15))
    assert (snoozed.fire, snoozed.next_at) == (None, _at(15))
    woke = tick(LADDER, START, fired, _at(15), snoozed_until=_at(15))
    assert woke.fire is Level.ATTENTION
    assert woke.next_at == _at(16)


def test_a_custom_ladder_from_policy_values() -> None:
    values = {s.name: s.default for s in settings.DECLARED}
    values.update(
        {
            "escalation.repeat_minutes": 5,
            "escalation.attention_after_minutes": 0,
            "escalation.stop_after_minutes": 11,
        }
    )
    ladder = LadderConfig.from_settings(values)
    assert [level for _at_, level in ladder.steps(START)] == [
        Level.FIRST,
        Level.ATTENTION,
        Level.ATTENTION,
    ]
