"""The DING ladder with injected instants: each step on time, catch-up, snooze, the end."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk.core import settings
from desk.core.escalation import (
    LAST_CALL_BEFORE,
    LadderConfig,
    Level,
    Unreminded,
    confirm_by,
    latest_attention_minutes,
    least_stop_minutes,
    set_back,
    tick,
    unreminded,
)
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


def _ladder_settings(repeat: int, attention: int, stop: int) -> dict[str, object]:
    values: dict[str, object] = {s.name: s.default for s in settings.DECLARED}
    values.update(
        {
            "escalation.repeat_minutes": repeat,
            "escalation.attention_after_minutes": attention,
            "escalation.stop_after_minutes": stop,
        }
    )
    return values


def test_a_ladder_that_could_never_repeat_or_flash_runs_until_its_first_flash() -> None:
    # An older settings file: stop after 1 minute, repeat every 2, flash after 10.
    ladder = LadderConfig.from_settings(_ladder_settings(2, 10, 1))
    assert ladder.stop_after == timedelta(minutes=11)
    levels = [level for _at_, level in ladder.steps(START)]
    assert levels == [Level.FIRST, *[Level.REPEAT] * 4, Level.ATTENTION]


def test_the_first_flash_comes_with_the_first_repeat_at_or_after_its_time() -> None:
    # Every 3 minutes, flash after 10: the flash is the repeat at 12, so 12 is too short.
    ladder = LadderConfig.from_settings(_ladder_settings(3, 10, 12))
    assert ladder.first_attention == timedelta(minutes=12)
    assert ladder.stop_after == timedelta(minutes=13)
    assert ladder.steps(START)[-1] == (_at(12), Level.ATTENTION)


def test_a_consistent_ladder_is_kept_as_it_is() -> None:
    for repeat, attention, stop in ((2, 10, 30), (5, 0, 11), (2, 10, 11), (60, 240, 1440)):
        values = _ladder_settings(repeat, attention, stop)
        assert LadderConfig.from_settings(values).stop_after == timedelta(minutes=stop)


def test_the_bounds_a_settings_form_needs() -> None:
    assert least_stop_minutes(2, 10) == 11
    assert least_stop_minutes(3, 10) == 13
    assert least_stop_minutes(5, 0) == 6  # flashing "at once" means from the first repeat
    assert latest_attention_minutes(2, 11) == 10
    assert latest_attention_minutes(3, 13) == 12
    assert latest_attention_minutes(3, 12) == 9
    # The widest settings allowed still give a ladder within the declared range.
    bounds = settings.BY_NAME["escalation.stop_after_minutes"].bounds
    assert bounds is not None and least_stop_minutes(60, 239) <= bounds[1]


def test_a_ding_older_than_a_whole_ladder_alerts_once_as_loudly_as_it_ends() -> None:
    config = LadderConfig()
    now = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    assert config.begun(now - timedelta(minutes=29), now) == now
    late = config.begun(now - timedelta(minutes=45), now)
    first = tick(config, late, 0, now)
    assert (first.fire, first.finished) == (Level.ATTENTION, True)


def test_a_clock_set_back_is_measured_by_the_time_that_passed() -> None:
    ten = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    # A round at 10:00; 50 minutes later the clock is set back an hour: it reads 9:50.
    assert set_back(ten, 0.0, ten - timedelta(minutes=10), 50 * 60.0) == timedelta(hours=1)
    # Time passing, a laptop waking, or a nudge under a minute: nothing set back.
    assert set_back(ten, 0.0, ten + timedelta(hours=8), 60.0) == timedelta(0)
    assert set_back(ten, 0.0, ten - timedelta(seconds=30), 0.0) == timedelta(0)


def test_a_ding_due_after_its_ladder_ends_is_called_once_more_before_it_is_due() -> None:
    # Due in an hour, its ladder ended at 30 minutes: the half hour before it was due went
    # by in silence (tester).
    due = _at(60)
    assert timedelta(minutes=10) == LAST_CALL_BEFORE
    assert LADDER.last_call(START, due) == _at(50)
    assert LADDER.steps(START, due)[-2:] == [(_at(28), Level.ATTENTION), (_at(50), Level.LAST_CALL)]
    fired, seen = 0, []
    for minute in range(0, 61):
        result = tick(LADDER, START, fired, _at(minute), due=due)
        fired = result.fired
        if result.fire is not None:
            seen.append((minute, result.fire))
        if minute == 28:
            assert result.next_at == _at(50), "the ladder waits for its last call"
    assert seen[-2:] == [(28, Level.ATTENTION), (50, Level.LAST_CALL)]
    assert tick(LADDER, START, fired, _at(61), due=due).finished


def test_no_last_call_where_the_ladder_still_runs_then_or_nothing_is_due() -> None:
    # Due at 35: its last call (25) would fall inside the ladder, which alerts every two
    # minutes until 28 anyway.
    for due in (_at(35), _at(39), _at(-5), None):
        assert LADDER.last_call(START, due) is None
        assert LADDER.steps(START, due) == LADDER.steps(START)
    assert LADDER.last_call(START, _at(40)) == _at(30), "from the ladder's end on"


def test_a_last_call_missed_while_snoozed_or_closed_fires_once_when_it_can() -> None:
    due = _at(60)
    ladder_done = tick(LADDER, START, 0, _at(29), due=due).fired
    snoozed = tick(LADDER, START, ladder_done, _at(45), _at(62), due=due)
    assert (snoozed.fire, snoozed.next_at) == (None, _at(62))
    woke = tick(LADDER, START, ladder_done, _at(62), _at(62), due=due)
    assert (woke.fire, woke.finished) == (Level.LAST_CALL, True)
    # Desk closed from minute 3 to 55: the missed steps, the last call among them, once.
    early = tick(LADDER, START, 0, _at(3), due=due).fired
    restarted = tick(LADDER, START, early, _at(55), due=due)
    assert (restarted.fire, restarted.finished) == (Level.LAST_CALL, True)


def test_a_ding_with_no_due_time_is_to_be_confirmed_within_the_set_minutes() -> None:
    # Many units: a DING not confirmed within an hour is a violation. Posted at 9:00 and
    # first seen then, its ladder ends at 9:30 and it is called once more at 9:50.
    values = {s.name: s.default for s in settings.DECLARED}
    assert values["escalation.confirm_within_minutes"] == 60
    config = LadderConfig.from_settings(values)
    by = config.confirm_by(START, None)
    assert by == _at(60)
    assert config.last_call(START, by) == _at(50)
    fired, seen = 0, []
    for minute in range(0, 61):
        result = tick(config, START, fired, _at(minute), due=by)
        fired = result.fired
        if result.fire is not None:
            seen.append((minute, result.fire))
    assert seen[-2:] == [(28, Level.ATTENTION), (50, Level.LAST_CALL)]


def test_a_ding_s_own_due_time_stands_and_0_turns_the_window_off() -> None:
    values = {s.name: s.default for s in settings.DECLARED}
    config = LadderConfig.from_settings(values)
    assert config.confirm_by(START, _at(20)) is None, "its own due time is called before"
    assert config.confirm_by(None, None) is None
    off = LadderConfig.from_settings({**values, "escalation.confirm_within_minutes": 0})
    assert off.confirm_within is None
    assert off.confirm_by(START, None) is None
    # Seen only 40 minutes after it was posted (desk was closed): its ladder begins then
    # and ends at 70, after the confirm-by time, so no last call is left to make.
    assert config.last_call(_at(40), config.confirm_by(START, None)) is None


def test_a_ding_is_to_be_confirmed_by_the_time_its_sender_set_if_they_could_mean_it() -> None:
    # 王镇长 asked for 30 minutes; the banner said the hour of the window (a tester).
    values = {s.name: s.default for s in settings.DECLARED}
    config = LadderConfig.from_settings(values)
    assert config.confirm_by(START, None, _at(30)) == _at(30)
    assert config.last_call(START, config.confirm_by(START, None, _at(45))) == _at(35)
    # Set even where the window is off: the sender asked for it.
    off = LadderConfig.from_settings({**values, "escalation.confirm_within_minutes": 0})
    assert off.confirm_by(START, None, _at(30)) == _at(30)
    # Past when posted, or beyond a week: the window stands.
    for asked in (START, _at(-5), START + timedelta(days=7, minutes=1)):
        assert config.confirm_by(START, None, asked) == _at(60), asked
        assert off.confirm_by(START, None, asked) is None, asked
    assert config.confirm_by(START, None, START + timedelta(days=7)) == START + timedelta(days=7)
    # A due time in its words stands before either.
    assert config.confirm_by(START, _at(20), _at(30)) is None


def test_the_confirm_window_is_declared_in_whole_minutes_up_to_a_day() -> None:
    assert settings.validate("escalation.confirm_within_minutes", 0) == 0
    assert settings.validate("escalation.confirm_within_minutes", 24 * 60) == 24 * 60
    for bad in (-1, 24 * 60 + 1, 1.5, True, "60"):
        with pytest.raises(settings.SettingError):
            settings.validate("escalation.confirm_within_minutes", bad)


def test_a_ding_that_came_in_the_first_session_s_sleep_came_while_desk_was_closed() -> None:
    # desk left running from its first start, the PC asleep overnight: the night's DING
    # was said to have come "before desk was set up" all the next day.
    def why(posted: datetime, now: datetime) -> Unreminded | None:
        started = LADDER.begun(posted, now)
        step = tick(LADDER, started, 0, now)
        return unreminded(LADDER, started, 0, step, None, START, first_session=True)

    assert why(_at(-24 * 60), START) is Unreminded.BEFORE_SETUP
    next_morning = _at(24 * 60)
    assert why(_at(20 * 60), next_morning) is Unreminded.ARRIVED


def test_the_time_its_sender_set_stands_beside_a_later_due_time_in_its_words() -> None:
    # Set to be confirmed by 15:10 (the 1-hour rule), its text 18:00前到…集合: the card,
    # banner and pane said only 截止 18:00 (a tester). Said beside the due time.
    config = LadderConfig()
    assert config.confirm_by(START, _at(230), _at(60)) == _at(60)
    assert confirm_by(START, _at(230), None, _at(60)) == _at(60)
    # Not one at or after its due time, nor the window's: the due time is called.
    assert config.confirm_by(START, _at(60), _at(60)) is None
    assert config.confirm_by(START, _at(230)) is None
