"""`desk policy check` and the policy applied by `desk quiet`, as IT staff use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_commands import desk
from tests.core.test_policy import GOOD


def test_check_a_good_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(GOOD, "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "ok: 7 setting(s), 2 locked"


def test_check_reports_each_problem_with_its_key(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('timezone = "Mars/Base"\n[quiet]\nwindow = []\n', "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert (
        f"{policy}: timezone: unknown time zone 'Mars/Base' (timezone keeps its default)" in lines
    )
    assert f"{policy}: quiet.window: unknown setting (did you mean quiet.windows?)" in lines
    missing = desk("policy", "check", str(tmp_path / "nope.toml"))
    assert missing.returncode == 1 and "cannot read" in missing.stdout


def test_quiet_follows_the_system_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(GOOD, "utf-8")
    result = desk(
        "quiet",
        "--at",
        "2027-02-08T10:00:00+08:00",
        "--json",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy)},
    )
    # 2027 is unknown to the calendar package; the policy's table knows nothing of
    # 2027-02-08 beyond it being a Monday: a working day.
    assert json.loads(result.stdout)["reason"] == "workday"
    holiday = desk(
        "quiet",
        "--at",
        "2027-02-06T10:00:00+08:00",
        "--json",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy)},
    )
    assert json.loads(holiday.stdout)["holiday_name"] == "春节"
    assert "no official calendar" not in holiday.stderr


def test_check_finds_misspelt_keys_inside_tables_and_takes_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[notify.groups."机关工会群"]\nmdoe = "mute"\n'
        '[calendar.tables.2027]\nmakeup_day = ["2027-02-20"]\n',
        "utf-8",
    )
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    assert "mdoe" in result.stdout and "makeup_day" in result.stdout, result.stdout
    # As Notepad and PowerShell 5 save UTF-8.
    policy.write_bytes(b"\xef\xbb\xbf" + b"quiet.enabled = false\n")
    assert desk("policy", "check", str(policy)).stdout.strip() == "ok: 1 setting(s), 0 locked"


def test_a_file_that_is_not_toml_is_said_to_apply_in_nothing(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[quiet.windows\nmon = []\n", "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "nothing in this file would apply"


def test_no_policy_at_the_system_place_is_no_problem_but_a_named_one_missing_is(
    tmp_path: Path,
) -> None:
    from desk.store.policy_file import policy_path

    env = {k: v for k, v in os.environ.items() if k != "DESK_POLICY_FILE"}
    if not policy_path().exists():  # (a machine with a real policy checks that one)
        result = subprocess.run(
            [sys.executable, "-m", "desk", "policy", "check"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0 and result.stdout.startswith("no policy at ")
    misspelt = desk("policy", "check", env={"DESK_POLICY_FILE": str(tmp_path / "polcy.toml")})
    assert misspelt.returncode == 1
    assert "names" in misspelt.stdout and "does not exist" in misspelt.stdout


def test_the_template_names_every_setting_and_uncommented_is_a_valid_policy() -> None:
    from desk.cli.policy_cmd import NOT_FOR_POLICY, template
    from desk.core import settings
    from desk.core.policy import parse_policy

    text = template()
    for setting in settings.DECLARED:
        assert (f"# {setting.name} = " in text) is (setting.name not in NOT_FOR_POLICY)
    uncommented = "\n".join(
        line[2:] for line in text.splitlines() if line.startswith("# ") and " = " in line
    )
    policy = parse_policy(uncommented)
    assert policy.problems == ()
    assert set(policy.locked) == {"quiet.windows", "app.start_at_login"}


def test_desk_version() -> None:
    result = desk("--version")
    assert result.returncode == 0 and result.stdout.startswith("desk ")


def test_desk_version_imports_no_store_sync_or_triage() -> None:
    # install.sh asks every PC for `desk-cli --version`: it imported the whole store, sync
    # and triage stack (~1 s of CPU in the bundle) to print one line.
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['desk', '--version']\n"
        "try:\n"
        "    runpy.run_module('desk', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "heavy = ('desk.store.store', 'desk.core.triage', 'desk.sync', 'sqlalchemy', 'PySide6')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')\n"
        "    or m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("desk "), lines
    assert lines[1] == "[]", "imported for --version: " + lines[1]


def test_a_setting_with_a_problem_is_said_to_keep_its_default_and_a_lock_to_pin_it(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'lock = ["quiet.windows"]\n[quiet.windows]\nmon = ["00:00-08:00"]\ntues = []\n', "utf-8"
    )
    lines = desk("policy", "check", str(policy)).stdout.splitlines()
    assert lines[0].endswith(
        "(the lock pins quiet.windows to its default on every PC: see `desk policy template`)"
    )


def test_a_locked_yes_no_written_as_text_locks_what_it_says_with_a_warning(
    tmp_path: Path,
) -> None:
    # From township IT: demo = "no" with a lock pinned the demo ON on every PC.
    policy = tmp_path / "policy.toml"
    policy.write_text('lock = ["accounts.demo"]\naccounts.demo = "no"\n', "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f"{policy}: warning: accounts.demo: 'no' read as false: write accounts.demo = false, "
        "unquoted",
        "ok: 1 setting(s), 1 locked (1 warning(s) above)",
    ]


def test_a_locked_value_of_no_clear_meaning_says_what_the_lock_forces(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('lock = ["accounts.demo"]\naccounts.demo = "maybe"\n', "utf-8")
    lines = desk("policy", "check", str(policy)).stdout.splitlines()
    assert lines[0] == (
        f"{policy}: accounts.demo: must be true or false (the lock pins accounts.demo to its "
        "default, true, on every PC)"
    )


def test_a_misspelt_lock_gets_the_setting_it_was_meant_for(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('lock = ["quiet.window"]\n', "utf-8")
    lines = desk("policy", "check", str(policy)).stdout.splitlines()
    assert lines[0] == (
        f"{policy}: lock: unknown setting 'quiet.window' (did you mean quiet.windows?)"
    )


def test_a_policy_saved_as_gbk_is_read_and_said_to_be_saved_as_utf8(tmp_path: Path) -> None:
    # Notepad's default (ANSI) on a Chinese Windows 10 1809, the oldest desk runs on.
    policy = tmp_path / "policy.toml"
    policy.write_bytes('[calendar.local_holidays]\n2027-04-13 = "泼水节"\n'.encode("gbk"))
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f"warning: {policy} is not UTF-8 and was read as Chinese (GBK) text: save it as "
        "UTF-8 (Notepad: File > Save As, Encoding: UTF-8)",
        "ok: 1 setting(s), 0 locked (1 warning(s) above)",
    ]
    quiet = desk(
        "quiet",
        "--json",
        "--at",
        "2027-04-13T10:00",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy)},
    )
    assert json.loads(quiet.stdout)["holiday_name"] == "泼水节"
    policy.write_bytes(b"\xff\xfeq\x00")  # neither: UTF-16, Notepad's "Unicode"
    assert desk("policy", "check", str(policy)).stdout.splitlines()[0] == (
        f"{policy} is not UTF-8 text: save it as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)"
    )


def test_an_administrator_turns_the_demo_workspace_off(tmp_path: Path) -> None:
    # From IT staff: the demo's invented DINGs (暴雨橙色预警…全体机关干部即刻取消休假) rang on
    # officials' PCs, and no policy key could keep the demo away.
    policy = tmp_path / "policy.toml"
    policy.write_text("[accounts]\ndemo = false\n", "utf-8")
    checked = desk("policy", "check", str(policy))
    assert checked.stdout.strip() == "ok: 1 setting(s), 0 locked"
    assert "# accounts.demo = true" in desk("policy", "template").stdout.splitlines()
    data = str(tmp_path / "desk-data")
    env = {"DESK_POLICY_FILE": str(policy)}
    synced = desk("sync", "--once", "--data-dir", data, env=env)
    assert synced.returncode == 1, synced.stderr  # nothing synced (see the test below)
    assert "demo" not in synced.stdout
    listed = desk("account", "list", "--data-dir", data, env=env)
    assert listed.stdout.startswith("no accounts yet")


def test_sync_with_no_account_and_the_demo_off_says_so_and_fails(tmp_path: Path) -> None:
    # From IT: `desk-cli sync --once` printed nothing and exited 0, as if it had synced.
    policy = tmp_path / "policy.toml"
    policy.write_text("[accounts]\ndemo = false\n", "utf-8")
    data = str(tmp_path / "desk-data")

    synced = desk("sync", "--once", "--data-dir", data, env={"DESK_POLICY_FILE": str(policy)})

    assert synced.returncode == 1
    assert synced.stdout == ""
    assert synced.stderr == (
        "desk: no account to sync (the administrator's policy, accounts.demo = false, keeps "
        "the demo workspace away): "
        "desk account add matrix --homeserver URL --user @id:server --password-stdin adds "
        "one\n"
    )


def test_sync_with_the_demo_turned_off_says_it_removed_the_demo_there(tmp_path: Path) -> None:
    # An IT tester: on a PC that had synced the demo, `desk sync --once` under a policy
    # with accounts.demo = false took the demo's messages away and said only "no
    # account to sync". Removing it is what the policy means (the window's next start
    # does it too): said, with what went.
    data = str(tmp_path / "desk-data")
    first = desk("sync", "--once", "--data-dir", data)
    assert first.returncode == 0, first.stderr
    synced = int(first.stdout.split(":")[1].split()[0])
    policy = tmp_path / "policy.toml"
    policy.write_text("accounts.demo = false\n", "utf-8")
    env = {"DESK_POLICY_FILE": str(policy)}

    turned_off = desk("sync", "--once", "--data-dir", data, env=env)

    assert turned_off.returncode == 1
    assert turned_off.stdout == (
        f"removed the demo workspace and its {synced} invented messages: the "
        f"administrator's policy turns it off (accounts.demo = false, in {policy})\n"
    )
    assert turned_off.stderr.startswith("desk: no account to sync")
    again = desk("sync", "--once", "--data-dir", data, env=env)
    assert (again.returncode, again.stdout) == (1, ""), "nothing left to remove"
    assert desk("inbox", "--json", "--data-dir", data, env=env).stdout == ""


def test_check_names_every_bad_date_of_a_year_in_one_line(tmp_path: Path) -> None:
    # From county IT preparing 2027: three bad dates took three rounds of checking.
    policy = tmp_path / "policy.toml"
    policy.write_text(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-02-30" = "春节", "2027-2-6" = "春节" }\n'
        'makeup_days = ["2027-02-14", "2027/02/20"]\n',
        "utf-8",
    )
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{policy}: calendar.tables: 2027: '2027-02-30', '2027-2-6' and '2027/02/20' are not "
        "dates like 2026-12-31 (2027 applies without '2027-02-30', '2027-2-6' and "
        "'2027/02/20': holidays 01-01, make-up days 02-14)",
        "1 problem(s); the valid settings would still apply",
    ]


def test_check_says_the_other_years_of_the_tables_apply(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[calendar.tables.2027]\nholidays = { "2027-01-01" = "元旦" }\n'
        '[calendar.tables.2028]\nholidays = { "2028-01-01" = "元旦" }\n'
        'makeup_days = ["2028-01-01"]\n',
        "utf-8",
    )
    (line, _count) = desk("policy", "check", str(policy)).stdout.splitlines()
    assert line == (
        f"{policy}: calendar.tables: 2028: 2028-01-01 is both a holiday and a make-up day; "
        "2028: no holiday is left (2027 applies whole; 2028 is dropped whole: desk's own "
        "calendar stands for it)"
    )
    quiet = desk(
        "quiet",
        "--json",
        "--at",
        "2027-01-01T10:00:00+08:00",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy)},
    )
    assert json.loads(quiet.stdout)["holiday_name"] == "元旦"


def test_one_weekday_make_up_day_leaves_the_rest_of_the_year_and_says_so(
    tmp_path: Path,
) -> None:
    # From township IT: 2027-10-08 (a Friday) as a make-up day dropped all of 2027, and
    # the 春节 make-up Saturday read as a weekend.
    policy = tmp_path / "policy.toml"
    policy.write_text(
        "[calendar.tables.2027]\n"
        'holidays = { "2027-01-01" = "元旦", "2027-02-05" = "春节", "2027-02-06" = "春节", '
        '"2027-02-07" = "春节", "2027-02-08" = "春节", "2027-10-01" = "国庆节" }\n'
        'makeup_days = ["2027-01-31", "2027-02-20", "2027-09-26", "2027-10-08"]\n',
        "utf-8",
    )
    check = desk("policy", "check", str(policy))
    assert check.stdout.splitlines()[0] == (
        f"{policy}: calendar.tables: 2027: 2027-10-08 is not a Saturday or Sunday: make-up "
        "days are weekend days made working days (2027 applies without 2027-10-08: holidays "
        "01-01, 02-05 to 02-08 and 10-01, make-up days 01-31, 02-20 and 09-26)"
    )
    quiet = desk(
        "quiet",
        "--json",
        "--at",
        "2027-02-20T09:00",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy)},
    )
    assert json.loads(quiet.stdout) == {
        "quiet": False,
        "until": None,
        "reason": "makeup_workday",  # a Saturday worked, named so (fix47f)
        "holiday_name": None,
    }


def test_check_refuses_a_day_both_off_and_working(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('quiet.days_off = ["2027-02-14"]\nquiet.workdays = ["2027-02-14"]\n', "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{policy}: quiet.workdays: 2027-02-14 is also in quiet.days_off: a day cannot be "
        "both a day off and a working day (quiet.workdays keeps its default)"
    )


def test_check_notes_a_table_for_a_year_desk_knows_and_passes_it(tmp_path: Path) -> None:
    # An administrator may correct a built-in year, but a table of one day drops the rest.
    policy = tmp_path / "policy.toml"
    policy.write_text('[calendar.tables.2025]\nholidays = { "2025-01-01" = "元旦" }\n', "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "note: calendar.tables replaces desk's built-in holidays of 2025 whole: a day its "
        "table leaves out is an ordinary day",
        "ok: 1 setting(s), 0 locked",
    ]


def _selftest(tmp_path: Path, policy: Path) -> list[str]:
    """`desk selftest`'s policy and holiday calendar lines, with `policy` in force."""
    result = desk(
        "selftest",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy), "DESK_PASSPHRASE": ""},
    )
    return [line for line in result.stdout.splitlines() if "policy:" in line or "calendar:" in line]


def test_selftest_fails_on_a_policy_that_is_not_toml_and_on_a_named_one_missing(
    tmp_path: Path,
) -> None:
    # From a tester: with a broken policy the self-test said "9 passed, 0 failed".
    policy = tmp_path / "policy.toml"
    policy.write_text('[calendar.tables.2027]\nholidays = { "2027-01-01" = "元旦",\n', "utf-8")
    result = desk(
        "selftest",
        "--data-dir",
        str(tmp_path / "data"),
        env={"DESK_POLICY_FILE": str(policy), "DESK_PASSPHRASE": ""},
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("11 passed, 1 failed")
    (failed,) = [line for line in lines if line.startswith("FAIL")]
    assert failed.startswith(
        f"FAIL policy: {policy} has 1 problem(s) (none of it applies); run `desk policy check` "
        "for all of them. The first: (file): not valid TOML:"
    )
    missing = tmp_path / "polcy.toml"
    assert _selftest(tmp_path, missing)[0] == (
        f"FAIL policy: DESK_POLICY_FILE names {missing}, which does not exist"
    )


def test_selftest_counts_a_policys_problems_and_passes_a_good_one(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('timezone = "Mars/Base"\nquiet.enabled = "sure"\n', "utf-8")
    assert _selftest(tmp_path, policy)[0] == (
        f"FAIL policy: {policy} has 2 problem(s) (the rest applies); run `desk policy check` "
        "for all of them. The first: timezone: unknown time zone 'Mars/Base'"
    )
    policy.write_text(GOOD, "utf-8")
    assert _selftest(tmp_path, policy)[0] == f"ok   policy: {policy}: 7 setting(s), 2 locked"


def test_selftest_says_where_this_and_next_years_holidays_come_from(tmp_path: Path) -> None:
    from desk.core.work_calendar import WorkCalendar

    this_year = date.today().year
    policy = tmp_path / "policy.toml"
    policy.write_text(
        f'[calendar.tables.{this_year + 1}]\nholidays = {{ "{this_year + 1}-01-01" = "元旦" }}\n',
        "utf-8",
    )
    calendar = _selftest(tmp_path, policy)[1]
    this = "built in" if WorkCalendar().known(this_year) else "missing"
    assert calendar.startswith(
        f"ok   holiday calendar: {this_year} {this}; {this_year + 1} from the policy"
    )
    # Before the State Council publishes (December): said, and no failure.
    policy.write_text("", "utf-8")
    known = WorkCalendar().known
    years = "; ".join(
        f"{year} {'built in' if known(year) else 'missing'}" for year in (this_year, this_year + 1)
    )
    calendar = _selftest(tmp_path, policy)[1]
    assert calendar.startswith(f"ok   holiday calendar: {years}")
    assert ("desk assumes Monday to Friday" in calendar) is ("missing" in years)


def test_the_policy_found_is_named_when_checked_without_a_file(tmp_path: Path) -> None:
    # An IT tester could not tell which file `desk policy check` had found and checked.
    policy = tmp_path / "policy.toml"
    policy.write_text("notify.sound = false\n", "utf-8")
    checked = desk("policy", "check", env={"DESK_POLICY_FILE": str(policy)})
    assert checked.stdout.strip() == f"ok: {policy}: 1 setting(s), 0 locked"


def test_check_says_which_group_rule_key_is_dropped_and_passes_group_priorities(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[notify.groups."!flood:county"]\nmode = "all"\npriority = "重要"\n'
        '[notify.groups."机关工会群"]\nmode = "mute"\n',
        "utf-8",
    )
    (line, _count) = desk("policy", "check", str(policy)).stdout.splitlines()
    assert line == (
        f"{policy}: notify.groups: !flood:county: unknown key 'priority': use mode, "
        "throttle_minutes (did you mean triage.group_priority?) ('!flood:county' applies "
        "without 'priority': mode all, throttle_minutes 0; the other group applies as written)"
    )
    policy.write_text(
        'lock = ["triage.group_priority"]\n[triage.group_priority]\n"!flood:county" = "重要"\n',
        "utf-8",
    )
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "ok: 1 setting(s), 1 locked"
    assert "# triage.group_priority = {}" in desk("policy", "template").stdout


def test_a_policy_this_user_may_not_look_up_is_said_unread_not_a_traceback(
    tmp_path: Path,
) -> None:
    # A policy folder closed to users (/etc/desk at 0700, set up by IT as root): every
    # start and every command ended in a traceback, selftest --json with no JSON. A name
    # too long stands in for it here, where tests run as root and nothing is closed.
    env = {"DESK_POLICY_FILE": str(tmp_path / ("x" * 300))}

    check = desk("policy", "check", env=env)
    assert "Traceback" not in check.stderr, check.stderr
    assert check.returncode == 1 and "cannot read" in check.stdout
    quiet = desk("quiet", "--data-dir", str(tmp_path / "data"), env=env)
    assert "Traceback" not in quiet.stderr, quiet.stderr
    assert quiet.returncode == 0
    selftest = desk("selftest", "--json", "--data-dir", str(tmp_path / "data"), env=env)
    checks = {c["name"]: c for c in json.loads(selftest.stdout)["checks"]}
    assert checks["policy"]["status"] == "fail"
    assert "cannot read" in checks["policy"]["detail"]


def test_check_says_what_a_locked_server_does_to_accounts_already_added(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'lock = ["accounts.default_homeserver"]\n'
        'accounts.default_homeserver = "https://matrix.county.gov.cn"\n',
        "utf-8",
    )
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "note: accounts.default_homeserver is locked: accounts are added only on "
        "https://matrix.county.gov.cn; one a user added on another server before keeps "
        "syncing until removed (desk account remove)",
        "ok: 1 setting(s), 1 locked",
    ]


def test_a_policy_file_there_but_unreadable_is_one_warning_line_of_every_command(
    tmp_path: Path,
) -> None:
    # `desk-cli sync --once` as a user the policy's mode shut out synced the demo the policy
    # turns off, with exit code 0 and not a word (IT). Tests run as root, whom no mode
    # shuts out: a folder where the file should be stands in for it.
    unreadable = tmp_path / "policy.toml"
    unreadable.mkdir()
    env = {"DESK_POLICY_FILE": str(unreadable)}
    warning = (
        f"desk: warning: the administrator's policy does not apply: cannot read {unreadable} "
        "(it is a folder, not a file); desk runs on its defaults and this user's settings "
        "(tell IT: desk policy check)"
    )
    synced = desk("sync", "--once", "--data-dir", str(tmp_path / "data"), env=env)
    assert synced.returncode == 0
    assert synced.stderr.splitlines() == [warning]
    quiet = desk("quiet", "--data-dir", str(tmp_path / "data"), env=env)
    assert quiet.stderr.splitlines() == [warning]
    # The commands that report the policy themselves say it once, their way.
    check = desk("policy", "check", env=env)
    assert check.stderr == "" and "cannot read" in check.stdout


def test_an_unreadable_policy_is_said_in_the_language_of_the_line_with_its_path(
    tmp_path: Path,
) -> None:
    # "警告：管理员策略未生效：cannot read /etc/desk/policy.toml: Permission denied；…": the
    # OS's English inside the Chinese line (an IT tester).
    unreadable = tmp_path / "policy.toml"
    unreadable.mkdir()
    env = {"DESK_POLICY_FILE": str(unreadable), "LANG": "zh_CN.UTF-8", "LC_ALL": ""}

    quiet = desk("quiet", "--data-dir", str(tmp_path / "data"), env=env)

    assert quiet.stderr.splitlines()[0] == (
        f"desk: 警告：管理员策略未生效：无法读取 {unreadable}（它是文件夹，不是文件）；desk "
        "按默认设置和本用户自己的设置运行（请告知信息化部门：desk policy check）"
    )


def test_a_policy_this_user_may_not_read_is_said_so_in_the_line_s_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The tester's own case, a file at 0600 of root's: tests run as root, whom no mode
    # shuts out, so the OS's refusal is made here.
    from desk.cli import _warn_of_an_unread_policy, speech
    from desk.store.paths import DataDir

    policy = tmp_path / "policy.toml"
    policy.write_text("[accounts]\ndemo = false\n", "utf-8")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == policy:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    monkeypatch.setattr(speech, "_chosen", {})
    data = DataDir(tmp_path / "data")
    data.ensure()
    data.language_file.write_text("[ui]\nlanguage=zh_TW\n", "utf-8")
    speech.speak_for(data)

    _warn_of_an_unread_policy()

    said = capsys.readouterr().err
    assert f"管理員策略未生效：無法讀取 {policy}（沒有權限）；" in said, said
    assert "Permission denied" not in said


def _checked(
    file: Path,
    language: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> list[str]:
    """`desk policy check FILE` run through desk's main(), for a user whose desk speaks
    `language`: its lines."""
    from desk.cli import main, speech

    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "language.ini").write_text(f"[ui]\nlanguage={language}\n", "utf-8")
    monkeypatch.setenv("DESK_DATA_DIR", str(data))
    monkeypatch.delenv("DESK_POLICY_FILE", raising=False)
    monkeypatch.setattr(speech, "_chosen", {})
    capsys.readouterr()
    assert main(["policy", "check", str(file)]) == 1
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(
    ("written", "zh_cn", "zh_tw", "en"),
    [
        (
            b"[quiet]\nenabled = = true\n",
            "{file} 不是有效的 TOML：错误在第 2 行第 11 列",
            "{file} 不是有效的 TOML：錯誤在第 2 行第 11 欄",
            "{file} is not valid TOML: the error is at line 2, column 11",
        ),
        (
            b'timezone = "Asia/Shanghai',
            "{file} 不是有效的 TOML：文件在某个值的中间结束（有引号或括号没有闭合）",
            "{file} 不是有效的 TOML：檔案在某個值的中間結束（有引號或括號沒有閉合）",
            "{file} is not valid TOML: it ends inside a value (a quote or a bracket not closed)",
        ),
        (
            b"\xff\xfeq\x00",
            "{file} 不是 UTF-8 文本：请另存为 UTF-8（记事本：文件 > 另存为，编码：UTF-8）",
            "{file} 不是 UTF-8 文字：請另存為 UTF-8（記事本：檔案 > 另存新檔，編碼：UTF-8）",
            "{file} is not UTF-8 text: save it as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)",
        ),
        (
            None,  # a folder where the file should be
            "无法读取 {file}（它是文件夹，不是文件）",
            "無法讀取 {file}（它是資料夾，不是檔案）",
            "cannot read {file} (it is a folder, not a file)",
        ),
        (
            b"#" * (1024 * 1024 + 10),
            "{file} 有 1025 KB，超过任何策略文件的大小（最多 1024 KB）：是不是选错了文件？",
            "{file} 有 1025 KB，超過任何策略檔案的大小（最多 1024 KB）：是不是選錯了檔案？",
            "{file} is 1025 KB, larger than any policy file (at most 1024 KB): is it the right "
            "file?",
        ),
    ],
    ids=["syntax", "cut_short", "not_utf8", "folder", "too_big"],
)
def test_check_says_what_is_wrong_with_the_whole_file_in_the_users_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    written: bytes | None,
    zh_cn: str,
    zh_tw: str,
    en: str,
) -> None:
    # "(file): not valid TOML: Expected '=' …" under a Chinese desk: tomllib's English, and
    # IT read it out to a user whose window said 管理员策略未生效 (an IT tester).
    file = tmp_path / "policy.toml"
    if written is None:
        file.mkdir()
    else:
        file.write_bytes(written)
    for language, said, last in (
        ("zh_CN", zh_cn, "此文件中的任何内容都不会生效"),
        ("zh_TW", zh_tw, "此檔案中的任何內容都不會生效"),
        ("en", en, "nothing in this file would apply"),
    ):
        lines = _checked(file, language, tmp_path, monkeypatch, capsys)
        assert lines == [said.format(file=file), last], language


def test_check_says_unknown_names_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "policy.toml"
    file.write_text(
        'lock = ["quiet.window"]\nnotify = true\n[office]\nname = "x"\n[quiet.windowz]\nmon = []\n',
        "utf-8",
    )
    # The colon after the path in the line's language: "p.toml: [office]：" mixed both (IT).
    assert _checked(file, "zh_CN", tmp_path, monkeypatch, capsys) == [
        f"{file}：notify：这是一组设置（notify.hide_text，…），不能写成单个值",
        f"{file}：[office]：未知的表",
        f"{file}：quiet.windowz：未知的设置（是否想写 quiet.windows？）",
        f"{file}：lock：未知的设置 'quiet.window'（是否想写 quiet.windows？）",
        "4 个问题；有效的设置仍会生效",
    ]
