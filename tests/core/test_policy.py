"""Admin policy parsing: good, locked, invalid and unknown keys, each reported by key."""

from __future__ import annotations

from desk.core import settings
from desk.core.policy import parse_policy

GOOD = """
lock = ["quiet.windows", "notify.hide_text"]
timezone = "Asia/Shanghai"
ui.language = "zh_TW"

[quiet]
holidays_all_day = true
breakthrough_groups = ["!county:gov"]

[quiet.windows]
mon = ["00:00-08:00", "17:30-24:00"]

[calendar.tables.2027]
holidays = { "2027-01-01" = "元旦", "2027-02-06" = "春节" }
makeup_days = ["2027-02-20"]

[notify]
hide_text = true
"""


def test_a_good_policy_presets_and_locks() -> None:
    policy = parse_policy(GOOD)
    assert policy.problems == ()
    assert policy.locked == {"quiet.windows", "notify.hide_text"}
    assert policy.values["ui.language"] == "zh_TW"
    assert policy.values["calendar.tables"]["2027"]["makeup_days"] == ["2027-02-20"]
    # Weekdays the policy leaves out keep their default windows.
    default = settings.BY_NAME["quiet.windows"].default
    assert policy.values["quiet.windows"]["tue"] == default["tue"]
    assert policy.values["quiet.windows"]["mon"] == ["00:00-08:00", "17:30-24:00"]


def test_locked_values_beat_the_user_presets_do_not() -> None:
    policy = parse_policy(GOOD)
    effective = policy.apply({"notify.hide_text": False, "ui.language": "en"})
    assert effective["notify.hide_text"] is True  # locked
    assert effective["ui.language"] == "en"  # a preset the user changed
    assert policy.apply({})["ui.language"] == "zh_TW"


def test_every_problem_names_its_key_and_the_rest_applies() -> None:
    policy = parse_policy(
        """
lock = ["quiet.windows", "no.such"]
timezone = "Mars/Base"
[quiet]
enabled = "yes"
days_off = ["2026-12-31"]
[notify]
colour = "red"
"""
    )
    assert {(p.key, p.message) for p in policy.problems} == {
        ("timezone", "unknown time zone 'Mars/Base'"),
        ("quiet.enabled", "must be true or false"),
        ("notify.colour", "unknown setting"),
        ("lock", "unknown setting 'no.such'"),
    }
    assert policy.values["quiet.days_off"] == ["2026-12-31"]
    assert "quiet.windows" in policy.locked  # locked at its default


def test_broken_toml_is_one_problem() -> None:
    policy = parse_policy("timezone = ")
    assert [p.key for p in policy.problems] == ["(file)"]
    assert policy.values == {}


def test_a_ladder_that_stops_before_its_first_flash_and_a_server_without_scheme_are_problems() -> (
    None
):
    ladder = parse_policy(
        "[escalation]\nrepeat_minutes = 10\nattention_after_minutes = 2\nstop_after_minutes = 1\n"
    )
    (problem,) = ladder.problems
    assert problem.key == "escalation.stop_after_minutes" and "at least 11" in problem.message
    assert "escalation.stop_after_minutes" not in ladder.values
    server = parse_policy('accounts.default_homeserver = "ftp://127.0.0.1:9"')
    assert [p.key for p in server.problems] == ["accounts.default_homeserver"]
    assert parse_policy("[escalation]\nrepeat_minutes = 2\n").problems == ()


def test_dates_written_bare_in_toml_are_dates() -> None:
    policy = parse_policy(
        "quiet.days_off = [2027-04-13]\n[calendar.tables.2027]\nmakeup_days = [2027-02-20]\n"
    )
    assert policy.problems == ()
    assert policy.values["quiet.days_off"] == ["2027-04-13"]
