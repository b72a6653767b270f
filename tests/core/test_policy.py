"""Admin policy parsing: good, locked, invalid and unknown keys, each reported by key."""

from __future__ import annotations

from datetime import date

from desk.core import settings
from desk.core.policy import locked_server, parse_policy, same_server
from desk.core.quiet_hours import official_calendar
from desk.core.work_calendar import DayKind

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
enabled = "sure"
days_off = ["2026-12-31"]
[notify]
colour = "red"
"""
    )
    assert {(p.key, p.message) for p in policy.problems} == {
        ("timezone", "unknown time zone 'Mars/Base'"),
        ("quiet.enabled", "must be true or false"),
        ("notify.colour", "unknown setting"),  # no notify.sound: too unlike to be meant
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
        "quiet.days_off = [2027-04-13]\n[calendar.tables.2027]\n"
        'holidays = { 2027-01-01 = "元旦" }\nmakeup_days = [2027-02-20]\n'
    )
    assert policy.problems == ()
    assert policy.values["quiet.days_off"] == ["2027-04-13"]


def test_every_bad_date_of_a_year_is_named_in_one_problem() -> None:
    # From county IT: three bad dates, and each round of `desk policy check` named one.
    policy = parse_policy(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-02-30" = "春节", "2027-2-6" = "春节" }\n'
        'makeup_days = ["2027-02-14", "2027/02/20"]\n'
    )
    assert [(p.key, p.message) for p in policy.problems] == [
        (
            "calendar.tables",
            "2027: '2027-02-30', '2027-2-6' and '2027/02/20' are not dates like 2026-12-31",
        )
    ]


def test_every_unknown_key_of_a_year_is_named() -> None:
    policy = parse_policy(
        "[calendar.tables.2027]\n"
        'holiday = { "2027-01-01" = "元旦" }\nmakeupdays = []\nworkdays = []\n'
    )
    (problem,) = policy.problems
    assert problem.message == (
        "2027: unknown keys 'holiday', 'makeupdays' and 'workdays': use holidays, "
        "makeup_days; 2027: has no holidays"
    )


def test_a_bad_date_is_dropped_and_the_rest_of_its_year_and_the_other_years_apply() -> None:
    policy = parse_policy(
        '[calendar.tables.2027]\nholidays = { "2027-01-01" = "元旦" }\n'
        '[calendar.tables.2028]\nholidays = { "2028-01-01" = "元旦", "2028-13-01" = "x" }\n'
    )
    (problem,) = policy.problems  # the window counts one problem, as the check does
    assert problem.key == "calendar.tables"
    assert problem.message.startswith("2028: '2028-13-01' is not a date")
    assert problem.applies == (
        "2027 applies whole; 2028 applies without '2028-13-01': holidays 01-01, no make-up days"
    )
    assert policy.values["calendar.tables"] == {
        "2027": {"holidays": {"2027-01-01": "元旦"}, "makeup_days": []},
        "2028": {"holidays": {"2028-01-01": "元旦"}, "makeup_days": []},
    }
    assert policy.apply({})["calendar.tables"] == policy.values["calendar.tables"]


def test_a_year_that_is_no_year_is_named_as_such() -> None:
    policy = parse_policy('[calendar.tables]\n"27" = { holidays = { "2027-01-01" = "元旦" } }\n')
    (problem,) = policy.problems
    assert (problem.message, problem.applies) == ("'27' is not a year like 2027", "")
    assert "calendar.tables" not in policy.values


def test_a_day_both_holiday_and_make_up_day_is_neither() -> None:
    policy = parse_policy(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-02-14" = "春节" }\n'
        'makeup_days = ["2027-02-14", "2027-02-20"]\n'
    )
    (problem,) = policy.problems
    assert problem.message == "2027: 2027-02-14 is both a holiday and a make-up day"
    assert policy.values["calendar.tables"] == {
        "2027": {"holidays": {"2027-01-01": "元旦"}, "makeup_days": ["2027-02-20"]}
    }


def test_a_make_up_day_on_a_weekday_drops_that_day_alone_and_says_what_stands() -> None:
    # From township IT: 2027-10-08, a Friday, listed as a make-up day dropped all of 2027,
    # and the 春节 make-up Saturday 2027-02-20 read as a weekend.
    policy = parse_policy(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-02-05" = "春节", "2027-02-06" = "春节", '
        '"2027-02-07" = "春节", "2027-10-01" = "国庆节", "2027-10-02" = "国庆节" }\n'
        'makeup_days = ["2027-01-31", "2027-02-20", "2027-09-26", "2027-10-08"]\n'
    )
    (problem,) = policy.problems
    assert problem.message == (
        "2027: 2027-10-08 is not a Saturday or Sunday: make-up days are weekend days made "
        "working days"
    )
    assert problem.applies == (
        "2027 applies without 2027-10-08: holidays 01-01, 02-05 to 02-07 and 10-01 to 10-02, "
        "make-up days 01-31, 02-20 and 09-26"
    )
    table = policy.values["calendar.tables"]["2027"]
    assert table["makeup_days"] == ["2027-01-31", "2027-02-20", "2027-09-26"]
    assert len(table["holidays"]) == 6
    day = official_calendar(policy.apply({})).day(date(2027, 2, 20))
    assert day.kind is DayKind.MAKEUP


def test_a_year_whose_every_holiday_is_bad_is_dropped_whole() -> None:
    # A table replaces its whole year: with no holiday left it would make 元旦 a workday.
    policy = parse_policy(
        '[calendar.tables.2027]\nholidays = { "2027-13-01" = "元旦" }\n'
        'makeup_days = ["2027-02-20"]\n'
    )
    (problem,) = policy.problems
    assert problem.message == (
        "2027: '2027-13-01' is not a date like 2026-12-31; 2027: no holiday is left"
    )
    assert (problem.applies, "calendar.tables" in policy.values) == ("", False)


def test_a_make_up_day_on_a_weekday_and_a_holiday_without_a_name_are_refused() -> None:
    policy = parse_policy(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-01-02" = " " }\n'
        'makeup_days = ["2027-01-05", "2027-02-20"]\n'  # a Tuesday, a Saturday
    )
    (problem,) = policy.problems
    assert problem.message == (
        "2027: 2027-01-02 has no holiday name; 2027: 2027-01-05 is not a Saturday or "
        "Sunday: make-up days are weekend days made working days"
    )


def test_a_year_table_without_holidays_is_refused() -> None:
    # It would replace the whole year, the 元旦 and 春节 desk foresees included.
    policy = parse_policy('[calendar.tables.2027]\nmakeup_days = ["2027-02-20"]\n')
    (problem,) = policy.problems
    assert problem.message == "2027: has no holidays"


def test_a_make_up_day_listed_twice_is_one() -> None:
    policy = parse_policy(
        '[calendar.tables.2027]\nholidays = { "2027-01-01" = "元旦" }\n'
        'makeup_days = ["2027-02-20", "2027-02-20"]\n'
    )
    assert policy.problems == ()
    assert policy.values["calendar.tables"]["2027"]["makeup_days"] == ["2027-02-20"]


def test_a_day_both_off_and_working_is_a_problem_of_the_working_days() -> None:
    # The settings dialog refuses such a day: "a day cannot be both".
    policy = parse_policy(
        'quiet.days_off = ["2027-02-14", "2027-02-15"]\n'
        'quiet.workdays = ["2027-02-15", "2027-02-14", "2027-02-21"]\n'
    )
    assert [(p.key, p.message) for p in policy.problems] == [
        (
            "quiet.workdays",
            "2027-02-14 and 2027-02-15 are also in quiet.days_off: a day cannot be both a "
            "day off and a working day",
        )
    ]
    assert "quiet.workdays" not in policy.values
    assert policy.values["quiet.days_off"] == ["2027-02-14", "2027-02-15"]


def test_yes_and_no_written_as_text_or_numbers_are_read_as_meant_with_a_warning() -> None:
    policy = parse_policy(
        'accounts.demo = "no"\nnotify.sound = "否"\nquiet.enabled = 1\n'
        'notify.hide_text = " Yes "\naccounts.auto_join_invites = "maybe"\n'
    )
    assert {k: policy.values[k] for k in ("accounts.demo", "notify.sound", "quiet.enabled")} == {
        "accounts.demo": False,
        "notify.sound": False,
        "quiet.enabled": True,
    }
    assert policy.values["notify.hide_text"] is True
    assert {w.key for w in policy.warnings} == {
        "accounts.demo",
        "notify.sound",
        "quiet.enabled",
        "notify.hide_text",
    }
    (problem,) = policy.problems
    assert (problem.key, problem.message) == ("accounts.auto_join_invites", "must be true or false")


def test_a_misspelt_or_misplaced_name_gets_the_setting_meant() -> None:
    policy = parse_policy(
        'lock = ["quiet.window", "quiet.hide_text", "accounts.dmeo"]\nnotify.sond = true\n'
    )
    assert sorted(p.message for p in policy.problems) == [
        "unknown setting 'accounts.dmeo' (did you mean accounts.demo?)",
        "unknown setting 'quiet.hide_text' (did you mean notify.hide_text?)",
        "unknown setting 'quiet.window' (did you mean quiet.windows?)",
        "unknown setting (did you mean notify.sound?)",
    ]


def test_it_can_set_and_lock_the_window_a_ding_is_to_be_confirmed_in() -> None:
    # A unit whose rule is half an hour sets it for every PC; 0 would turn it off.
    policy = parse_policy(
        'lock = ["escalation.confirm_within_minutes"]\n[escalation]\nconfirm_within_minutes = 30\n'
    )
    assert policy.problems == ()
    assert policy.locked == {"escalation.confirm_within_minutes"}
    assert policy.values["escalation.confirm_within_minutes"] == 30
    (problem,) = parse_policy("[escalation]\nconfirm_within_minutes = -5\n").problems
    assert problem.key == "escalation.confirm_within_minutes"


def test_a_lock_written_after_a_table_says_it_belongs_before_the_first_table() -> None:
    # From IT: the mistake the README warns about got "quiet.windows: unknown day 'lock'".
    policy = parse_policy(
        'ui.language = "zh_CN"\n'
        "[quiet.windows]\n"
        'fri = ["00:00-08:30", "17:30-24:00"]\n'
        'lock = ["quiet.windows"]\n'
    )
    assert [str(p) for p in policy.problems] == [
        "lock: written after [quiet.windows], TOML reads it as quiet.windows.lock: lock "
        "belongs before the first table, at the top of the file (until it is moved, nothing "
        "it names is locked)"
    ]
    # The table's own days still apply; nothing is locked until the lock is moved.
    assert policy.values["quiet.windows"]["fri"] == ["00:00-08:30", "17:30-24:00"]
    assert policy.locked == frozenset()


def test_a_lock_on_a_setting_the_file_does_not_set_is_warned() -> None:
    # An IT tester misspelt the setting and locked it by its right name: every PC was
    # pinned to no breakthrough group, and the check said only "unknown setting".
    policy = parse_policy(
        'lock = ["quiet.breakthrough_groups", "notify.sound"]\n'
        'quiet.breakthru_groups = ["!flood:county"]\n'
    )
    assert policy.values["quiet.breakthrough_groups"] == []
    assert [str(w) for w in policy.warnings] == [
        "quiet.breakthrough_groups: locked but not set in this file (the lock pins "
        "quiet.breakthrough_groups to its default on every PC: see `desk policy template`)",
        "notify.sound: locked but not set in this file (the lock pins notify.sound to its "
        "default, true, on every PC)",
    ]
    assert [p.key for p in policy.problems] == ["quiet.breakthru_groups"]


def test_one_bad_key_of_a_groups_rule_drops_that_key_alone() -> None:
    # From county IT: priority written under the flood group's rule lost every group's rule.
    policy = parse_policy(
        '[notify.groups."!flood:county"]\nmode = "all"\nthrottle_minutes = 10\npriority = "重要"\n'
        '[notify.groups."机关工会群"]\nmode = "mute"\n'
        '[notify.groups."!chat:county"]\nmode = "mentions_urgent"\n'
        '[notify.groups."!typo:county"]\nmdoe = "mute"\n'
    )
    (problem,) = policy.problems
    assert problem.key == "notify.groups"
    assert problem.message == (
        "!flood:county: unknown key 'priority': use mode, throttle_minutes (did you mean "
        "triage.group_priority?); !typo:county: unknown key 'mdoe': use mode, throttle_minutes"
    )
    assert problem.applies == (
        "'!flood:county' applies without 'priority': mode all, throttle_minutes 10; "
        "'!typo:county' is dropped; the other 2 groups apply as written"
    )
    assert policy.values["notify.groups"] == {
        "!flood:county": {"mode": "all", "throttle_minutes": 10},
        "机关工会群": {"mode": "mute", "throttle_minutes": 0},
        "!chat:county": {"mode": "mentions_urgent", "throttle_minutes": 0},
    }


def test_a_bad_mode_drops_the_mode_and_keeps_the_rules_throttle() -> None:
    policy = parse_policy(
        '[notify.groups."!a"]\nmode = "loud"\nthrottle_minutes = 30\n'
        '[notify.groups."!b"]\nmode = "mute"\n'
    )
    (problem,) = policy.problems
    assert problem.message == "!a: mode must be one of all, mentions_urgent, mute"
    assert problem.applies == (
        "'!a' applies without 'mode': mode all, throttle_minutes 30; the other group applies "
        "as written"
    )
    assert policy.values["notify.groups"]["!a"] == {"mode": "all", "throttle_minutes": 30}


def test_a_policy_presets_group_priorities_in_english_or_chinese() -> None:
    policy = parse_policy(
        'lock = ["triage.group_priority"]\n'
        '[triage.group_priority]\n"!flood:county" = "重要"\n"机关工会群" = "次要"\n'
        '"!chat:county" = "Normal"\n'
    )
    assert policy.problems == ()
    assert policy.locked == {"triage.group_priority"}
    assert policy.values["triage.group_priority"] == {
        "!flood:county": "important",
        "机关工会群": "low",
        "!chat:county": "normal",
    }


def test_a_group_priority_of_no_known_word_drops_that_group_alone() -> None:
    policy = parse_policy(
        '[triage.group_priority]\n"!flood:county" = "重要"\n"机关工会群" = "高"\n"!x" = 1\n'
    )
    (problem,) = policy.problems
    assert problem.key == "triage.group_priority"
    assert problem.message == (
        "机关工会群: '高' is not a priority: use important, normal or low (重要, 普通, 次要); "
        "!x: 1 is not a priority: use important, normal or low (重要, 普通, 次要)"
    )
    assert problem.applies == (
        "'机关工会群' and '!x' are dropped; the other group applies as written"
    )
    assert policy.values["triage.group_priority"] == {"!flood:county": "important"}
    nothing = parse_policy('triage.group_priority = "重要"\n')
    assert [(p.key, p.message) for p in nothing.problems] == [
        (
            "triage.group_priority",
            'must map groups to important, normal or low, like {"县防指工作群" = "重要"}',
        )
    ]


def test_a_locked_server_is_the_only_one_and_is_matched_as_a_browser_would() -> None:
    county = "https://matrix.county.gov.cn"
    locked = parse_policy(
        f'lock = ["accounts.default_homeserver"]\naccounts.default_homeserver = "{county}"\n'
    )
    assert locked_server(locked) == county
    assert same_server(county, "HTTPS://Matrix.County.gov.cn/")
    assert not same_server(county, "https://matrix.county.gov.cn:8448")
    # A scheme's own port, written or not, is one server (a reviewer: :443 was refused).
    assert same_server(county, "https://matrix.county.gov.cn:443/")
    assert not same_server(county, "http://matrix.county.gov.cn")
    assert same_server("http://10.0.0.5", "http://10.0.0.5:80")
    assert not same_server(county, "https://matrix.county.gov.cn:notaport")
    assert locked_server(parse_policy(f'accounts.default_homeserver = "{county}"\n')) == ""
    # Locked at its empty default: no server to hold accounts to.
    assert locked_server(parse_policy('lock = ["accounts.default_homeserver"]\n')) == ""
