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
