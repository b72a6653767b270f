"""Group priorities an administrator's policy presets: given as the user's own choice is,
through the group's weight, and the user's choice stands unless the policy locks them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import InboxQueries
from desk.store.models import Account, Group, Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI

_MEMBERS = (MemberInfo("u1", "王五", Role.OWNER), MemberInfo("u2", "赵六", Role.MEMBER))
# A task without a due time: Information as posted, a task once its group is important.
BORDERLINE = "请各村报送值班表"
GROUPS = (
    GroupInfo("!flood:county", "防汛群", members=_MEMBERS),
    GroupInfo("h", "工会群", members=_MEMBERS),
)


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(text, "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(path))


def _post(remote_id: str, group: str, clock: ManualClock) -> IncomingMessage:
    return IncomingMessage(
        remote_id=remote_id,
        group_id=group,
        sender_id="u2",
        sender_name="赵六",
        sender_role=Role.MEMBER,
        ts=clock.now() - timedelta(minutes=1),
        text=BORDERLINE,
    )


def _batch(cursor: str, clock: ManualClock, *posts: tuple[str, str]) -> SyncBatch:
    return SyncBatch(cursor, GROUPS, tuple(_post(r, g, clock) for r, g in posts))


def _message(store: Store, remote_id: str) -> tuple[str, list[list[object]]]:
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == remote_id)).one()
        return row.tier, row.reasons


def _weights(store: Store) -> dict[str, float]:
    with store.sessions() as session:
        return {name: weight for name, weight in session.execute(select(Group.name, Group.weight))}


def test_a_preset_important_group_triages_a_new_message_as_the_users_own_choice_would(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"防汛群" = "重要"\n')
    (account,) = ensure_default_account(store, clock)
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(account.id, _batch("c1", clock, ("first", "!flood:county"), ("h1", "h")))
    assert _weights(store) == {"防汛群": 1.0, "工会群": 0.0}
    # Joined with this batch: its cards move up within their tier, as at the user's choice.
    assert ["group_weight", {"weight": "+1.0", "marked": "important"}] in _message(store, "first")[
        1
    ]
    clock.advance(timedelta(minutes=5))
    ingest.apply(account.id, _batch("c2", clock, ("new", "!flood:county"), ("h2", "h")))
    tier, reasons = _message(store, "new")
    assert tier == "action", "a borderline task of an important group is a task"
    assert ["group_weight", {"weight": "+1.0", "marked": "important"}] in reasons
    assert _message(store, "h2")[0] == "info", "a group the policy leaves out is as it was"


def test_the_users_own_choice_stands_unless_the_policy_locks_the_preset(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (account,) = ensure_default_account(store, clock)
    queries = InboxQueries(store.sessions)
    # Chosen before the policy came: the user's.
    Ingestor(store, SHANGHAI, clock).apply(account.id, SyncBatch("c0", GROUPS, ()))
    queries.set_group_priority("h", "important", clock.now())
    _policy(
        tmp_path,
        monkeypatch,
        '[triage.group_priority]\n"!flood:county" = "important"\n"工会群" = "low"\n',
    )
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(account.id, _batch("c1", clock, ("a", "!flood:county"), ("b", "h")))
    assert _weights(store) == {"防汛群": 1.0, "工会群": 1.0}, "工会群 was chosen before"
    # Changed after the preset was given: the user's too.
    queries.set_group_priority("!flood:county", "normal", clock.now())
    ingest.apply(account.id, _batch("c2", clock, ("c", "!flood:county")))
    assert _weights(store)["防汛群"] == 0.0
    assert _message(store, "c")[0] == "info"

    # Locked: the group is held at the preset, whatever was chosen.
    _policy(
        tmp_path,
        monkeypatch,
        'lock = ["triage.group_priority"]\n[triage.group_priority]\n"防汛群" = "重要"\n',
    )
    locked = Ingestor(store, SHANGHAI, clock)
    locked.apply(account.id, _batch("c3", clock, ("d", "!flood:county")))
    assert _weights(store)["防汛群"] == 1.0
    assert _message(store, "d")[0] == "action"


def test_a_room_both_accounts_are_in_is_preset_for_each(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The county's flood group, joined from the work account and the personal one: the
    # second account's copy kept normal, its tasks in Information under the first's.
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"防汛群" = "重要"\n')
    (work,) = ensure_default_account(store, clock)
    with store.transaction() as session:
        personal = Account(kind="demo", label="personal", config={}, created_ms=0)
        session.add(personal)
        session.flush()
        personal_id = personal.id
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(work.id, _batch("c1", clock, ("w1", "!flood:county")))
    ingest.apply(personal_id, _batch("c1", clock, ("p1", "!flood:county")))
    with store.sessions() as session:
        weights = session.execute(
            select(Group.account_id, Group.weight).where(Group.remote_id == "!flood:county")
        )
        assert {a: w for a, w in weights} == {work.id: 1.0, personal_id: 1.0}
    clock.advance(timedelta(minutes=5))
    ingest.apply(personal_id, _batch("c2", clock, ("p2", "!flood:county")))
    assert _message(store, "p2")[0] == "action"


def test_a_choice_the_preset_agreed_with_stands_when_the_preset_changes(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user made 防汛群 important themselves; the county preset it important too, and
    # after the flood season normal: the user's own choice went with the preset.
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, SyncBatch("c0", GROUPS, ()))
    InboxQueries(store.sessions).set_group_priority("!flood:county", "important", clock.now())
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"防汛群" = "重要"\n')
    Ingestor(store, SHANGHAI, clock).apply(account.id, _batch("c1", clock, ("a", "!flood:county")))
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"防汛群" = "普通"\n')
    Ingestor(store, SHANGHAI, clock).apply(account.id, _batch("c2", clock, ("b", "!flood:county")))
    assert _weights(store)["防汛群"] == 1.0, "the user's own"


def test_a_group_taken_out_of_the_policy_goes_back_to_normal_unless_the_user_chose_since(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The county preset both groups; after the flood season it names neither. The user
    # had made 工会群 low themselves meanwhile: that stays.
    _policy(
        tmp_path,
        monkeypatch,
        '[triage.group_priority]\n"防汛群" = "重要"\n"工会群" = "重要"\n',
    )
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, _batch("c1", clock, ("a", "!flood:county")))
    assert _weights(store) == {"防汛群": 1.0, "工会群": 1.0}
    InboxQueries(store.sessions).set_group_priority("h", "low", clock.now())
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"其他群" = "重要"\n')
    ingest = Ingestor(store, SHANGHAI, clock)
    clock.advance(timedelta(minutes=5))
    ingest.apply(account.id, _batch("c2", clock, ("b", "!flood:county")))
    assert _weights(store) == {"防汛群": 0.0, "工会群": -1.0}
    assert _message(store, "b")[0] == "info", "a borderline task of a normal group"
    # Forgotten: the user's own choice of important later is theirs, and stays.
    InboxQueries(store.sessions).set_group_priority("!flood:county", "important", clock.now())
    ingest.apply(account.id, _batch("c3", clock, ("c", "!flood:county")))
    assert _weights(store)["防汛群"] == 1.0


def test_a_preset_goes_back_to_normal_when_the_policy_file_is_removed(
    store: Store, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(tmp_path, monkeypatch, '[triage.group_priority]\n"防汛群" = "重要"\n')
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, _batch("c1", clock, ("a", "!flood:county")))
    important = ["group_weight", {"weight": "+1.0", "marked": "important"}]
    assert important in _message(store, "a")[1]
    (tmp_path / "policy.toml").unlink()
    clock.advance(timedelta(minutes=5))
    # A quiet batch (nothing to triage) takes it back too.
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(account.id, SyncBatch("c2", GROUPS, ()))
    assert _weights(store)["防汛群"] == 0.0
    assert important not in _message(store, "a")[1], "its card moves back with it"
    ingest.apply(account.id, _batch("c3", clock, ("b", "!flood:county")))
    assert _message(store, "b")[0] == "info"
