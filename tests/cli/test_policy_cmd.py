"""`desk policy check` and the policy applied by `desk quiet`, as IT staff use them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_commands import desk
from tests.core.test_policy import GOOD


def test_check_a_good_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(GOOD, "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "ok: 7 settings, 2 locked"


def test_check_reports_each_problem_with_its_key(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('timezone = "Mars/Base"\n[quiet]\nwindow = []\n', "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{policy}: timezone: unknown time zone 'Mars/Base'" in lines
    assert f"{policy}: quiet.window: unknown setting" in lines
    missing = desk("policy", "check", str(tmp_path / "nope.toml"))
    assert missing.returncode == 1 and "cannot read" in missing.stdout


def test_quiet_follows_the_system_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(GOOD, "utf-8")
    result = desk(
        "quiet",
        "--at",
        "2027-02-08T10:00:00+08:00",
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
    assert desk("policy", "check", str(policy)).stdout.strip() == "ok: 1 settings, 0 locked"


def test_a_file_that_is_not_toml_is_said_to_apply_in_nothing(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[quiet.windows\nmon = []\n", "utf-8")
    result = desk("policy", "check", str(policy))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "nothing in this file would apply"


def test_no_policy_at_the_system_place_is_no_problem(tmp_path: Path) -> None:
    result = desk("policy", "check", env={"DESK_POLICY_FILE": str(tmp_path / "none.toml")})
    assert result.returncode == 0
    assert result.stdout.startswith("no policy at ")


def test_the_template_names_every_setting_and_uncommented_is_a_valid_policy() -> None:
    from desk.cli.policy_cmd import template
    from desk.core import settings
    from desk.core.policy import parse_policy

    text = template()
    for setting in settings.DECLARED:
        assert f"# {setting.name} = " in text
    uncommented = "\n".join(
        line[2:]
        for line in text.splitlines()
        if line.startswith("# ") and " = " in line and "(not set)" not in line
    )
    policy = parse_policy(uncommented)
    assert policy.problems == ()
    assert set(policy.locked) == {"quiet.windows", "app.start_at_login"}


def test_desk_version() -> None:
    result = desk("--version")
    assert result.returncode == 0 and result.stdout.startswith("desk ")
