"""`desk sync --once` on a batch triage fails on: the rest is stored, and what cannot be
is said in one line, never a traceback or the message's text."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.connectors import registry
from desk.connectors.protocol import SyncBatch
from desk.core import triage
from desk.store.demo import DEMO_KIND, DEMO_SETTING
from desk.store.models import Account, Message, Setting
from desk.store.paths import DataDir
from desk.store.store import Store, open_store
from tests.cli.test_commands import PASSPHRASE_ENV
from tests.conftest import SHANGHAI
from tests.helpers.connectors import BatchesOnly
from tests.helpers.group_posts import post
from tests.sync.test_set_aside import POISON, _five, _PoisonedEngine

# A Monday morning, as the other sync tests' clock.
_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)


class _PoisonConnector(BatchesOnly):
    """Gives the five messages with a poison among them (see test_set_aside), or as many
    texts triage fails on as `poisons`, then nothing new."""

    kind: ClassVar[str] = "poisoned"
    poisons: ClassVar[int] = 1

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        if cursor is not None:
            return SyncBatch(next_cursor=cursor)
        batch = _five(_NOW, post("poison", _NOW, f"{POISON}请各村今天下班前上报"))
        more = tuple(
            post(f"poison{i}", _NOW + timedelta(minutes=5 + i), f"{POISON}第{i}条")
            for i in range(1, self.poisons)
        )
        return SyncBatch(batch.next_cursor, batch.groups, (*batch.messages, *more))


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A data dir whose one account syncs through _PoisonConnector, triaged by an engine
    with a rule that raises on POISON."""
    # Not PYTHON_KEYRING_BACKEND: keyring keeps the backend it first finds for the whole
    # process (see test_commands).
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE_ENV["DESK_PASSPHRASE"])
    real = registry.available
    monkeypatch.setattr(registry, "available", lambda: {**real(), "poisoned": _PoisonConnector})
    monkeypatch.setattr(triage, "TriageEngine", functools.partial(_PoisonedEngine, met=[]))
    directory = tmp_path / "desk-data"
    store = open_store(DataDir(directory), PASSPHRASE_ENV["DESK_PASSPHRASE"])
    with store.transaction() as session:
        session.add(Account(kind="poisoned", label="county", config={}, created_ms=0))
    store.close()
    return str(directory)


def _stored(data: str) -> dict[str, list[str]]:
    """Each stored message's reason codes."""
    store: Store = open_store(DataDir(Path(data)), PASSPHRASE_ENV["DESK_PASSPHRASE"])
    try:
        with store.sessions() as session:
            rows = session.execute(select(Message.remote_id, Message.reasons)).all()
        return {remote_id: [code for code, _args in reasons] for remote_id, reasons in rows}
    finally:
        store.close()


def test_a_poisoned_batch_is_stored_with_that_message_unsorted(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--once", "--data-dir", data]) == 0
    out, err = capsys.readouterr()
    assert "poisoned account 1: 5 new messages, 0 skipped" in out
    assert err == ""
    stored = _stored(data)
    assert stored["poison"] == ["unsorted"]
    assert len(stored) == 5 and "unsorted" not in stored["notice"]


def test_a_batch_triage_fails_on_throughout_is_one_line_not_a_traceback(
    data: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # More texts failing than a poisoned message makes: an engine that fails on everything.
    monkeypatch.setattr(_PoisonConnector, "poisons", 5)
    assert main(["sync", "--once", "--data-dir", data]) == 1
    out, err = capsys.readouterr()
    assert err == (
        "desk: account 1 (poisoned): sorting failed on a batch of new messages, which was "
        "not stored; logs/desk.log in the data dir says where\n"
    )
    assert "new messages," not in out
    assert _stored(data) == {}
    log = "\n".join(r.getMessage() for r in caplog.records)
    assert "account 1: triage failed" in log and "ValueError" in log
    assert "请各村" not in log and "第1条" not in log


@pytest.mark.parametrize(
    ("policy", "users", "whose"),
    [
        # A user's own setting, no policy file at all: an official read that IT had
        # turned the demo off, and asked IT, who had not.
        (None, False, "your own setting turns it off"),
        ("accounts.demo = false\n", None, "the administrator's policy turns it off"),
        # Locked, the policy's value holds whatever the user chose.
        ('lock = ["accounts.demo"]\naccounts.demo = false\n', True, "the administrator's"),
        # The user's value is the one in force, though the policy presets the same.
        ("accounts.demo = false\n", False, "your own setting turns it off"),
    ],
)
def test_sync_names_who_turned_the_demo_off(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    policy: str | None,
    users: bool | None,
    whose: str,
) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE_ENV["DESK_PASSPHRASE"])
    policy_file = tmp_path / "policy.toml"
    if policy is not None:
        policy_file.write_text(policy, "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy_file))
    directory = tmp_path / "desk-data"
    store = open_store(DataDir(directory), PASSPHRASE_ENV["DESK_PASSPHRASE"])
    with store.transaction() as session:
        session.add(Account(kind=DEMO_KIND, label="demo", config={}, created_ms=0))
        if users is not None:
            session.add(Setting(name=DEMO_SETTING, value=users))
    store.close()

    assert main(["sync", "--once", "--data-dir", str(directory)]) == 1

    out, err = capsys.readouterr()
    assert out.startswith("removed the demo workspace and its 0 invented messages: " + whose)
    if "own" in whose:
        assert "administrator" not in out + err
        assert out.endswith("(accounts.demo = false, kept in this data dir)\n")
        assert err.startswith("desk: no account to sync (your own setting accounts.demo = false")
    else:
        assert f"(accounts.demo = false, in {policy_file})" in out
        assert err.startswith("desk: no account to sync (the administrator's policy")
    assert err.endswith(
        "desk account add matrix --homeserver URL --user @id:server --password-stdin adds one\n"
    )
