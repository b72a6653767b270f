"""How the policy in force is logged (desk.store.policy_file.load_policy)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desk.store.policy_file import load_policy


def test_a_policys_problems_are_logged_once_with_what_the_lock_then_pins(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # From IT: one window start logged each problem three times (the window, its ingest,
    # its sync read the policy), without the note `desk policy check` gives.
    policy = tmp_path / "policy.toml"
    policy.write_text('lock = ["quiet.enabled"]\nquiet.enabled = 3\n', "utf-8")
    with caplog.at_level(logging.INFO, logger="desk.policy"):
        for _ in range(3):
            load_policy(policy)
    assert [r.getMessage() for r in caplog.records if r.name == "desk.policy"] == [
        f"policy {policy}: quiet.enabled: must be true or false (the lock pins "
        "quiet.enabled to its default, true, on every PC)",
        f"policy {policy}: 1 settings, 1 locked",
    ]
