"""Reports on a notice, and confirmations of a DING, as a real desk stores them, across
a restart: a new ingestor knows the notice only from the store."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.models import Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI

_VILLAGES = ("竹溪村", "青山村", "桐坪村", "石门村", "上坪村", "洄水村", "岳家村", "大坪村")
_NOTICE = "各村今天上午10点前报送当前累计转移人数，请各村支书抓紧落实。"
_SECRETARY = ("u0", "镇党政办-方晓宁")


def _members() -> tuple[MemberInfo, ...]:
    return (
        MemberInfo(_SECRETARY[0], _SECRETARY[1], Role.OWNER),
        *(MemberInfo(f"v{n}", f"{v}-支书", Role.MEMBER) for n, v in enumerate(_VILLAGES)),
    )


def _post(remote_id: str, at: datetime, text: str, sender: tuple[str, str]) -> IncomingMessage:
    return IncomingMessage(
        remote_id=remote_id,
        group_id="g",
        sender_id=sender[0],
        sender_name=sender[1],
        sender_role=Role.OWNER if sender == _SECRETARY else Role.MEMBER,
        ts=at,
        text=text,
        # The secretary is the desk's user: his notice is his own post.
        from_me=sender == _SECRETARY,
    )


def _village(n: int) -> tuple[str, str]:
    return (f"v{n}", f"{_VILLAGES[n]}-支书")


def _report(village: str, moved: int) -> str:
    return f"{village}已转移{moved}人，累计转移{moved}人"


def _answers(store: Store) -> dict[str, Any]:
    with store.sessions() as session:
        return {r: a for r, a in session.execute(select(Message.remote_id, Message.answers))}


def test_a_report_after_a_restart_answers_the_notice_stored_before_it(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now().replace(hour=8, minute=0)
    reports = tuple(
        _post(f"r{n}", now + timedelta(minutes=5 + n), _report(v, n + 3), _village(n))
        for n, v in enumerate(_VILLAGES[:7])
    )
    Ingestor(store, SHANGHAI, clock).apply(
        account.id,
        SyncBatch(
            "c1",
            (GroupInfo("g", "镇防汛群", members=_members()),),
            (_post("notice", now, _NOTICE, _SECRETARY), *reports),
        ),
    )
    before = _answers(store)
    assert all(before[f"r{n}"] == "notice" for n in range(7)), before
    # desk quit and started again: a new ingestor, which knows the notice from the store.
    late = _post("r7", now + timedelta(minutes=40), _report("大坪村", 7), _village(7))
    Ingestor(store, SHANGHAI, clock).apply(account.id, SyncBatch("c2", (), (late,)))
    assert _answers(store)["r7"] == "notice"
