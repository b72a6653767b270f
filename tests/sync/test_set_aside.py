"""A message the triage engine fails on (raises, or never answers) is stored without it,
as a task or an urgent item that says desk could not sort it, and sync goes on."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
import threading
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any, ClassVar

import pytest
from sqlalchemy import select

from desk.connectors.protocol import IncomingMessage, Outgoing, SendResult, SyncBatch
from desk.core.backoff import BackoffPolicy
from desk.core.clock import Clock, ManualClock
from desk.core.messages import Message as CoreMessage
from desk.core.messages import Verdict
from desk.store.models import Account, Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.sync.status import SyncState, SyncStatus
from desk.sync.triage_process import (
    LocalTriage,
    Recalled,
    TriageFailed,
    TriageProcess,
    TriageUnavailable,
)
from desk.sync.worker import SyncWorker
from tests.conftest import SHANGHAI
from tests.sync.test_ingest import _groups, _post
from tests.sync.test_worker import _account_of

# What trips the poisoned engine's rule: a text no real rule fails on.
POISON = "【巡查】"
FORWARD = "转发：请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。"


class _PoisonedTriage(LocalTriage):
    """The real engine, with a rule that raises on POISON after the messages before it in
    its request were triaged (its state moved on), quoting the text as Python's errors do."""

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        verdicts = []
        for message in messages:
            if POISON in message.text:
                raise ValueError(f"bad pattern in {message.text!r}")
            verdicts.extend(super().process(account_id, [message]))
        return verdicts

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None:
        # The rule fails on the text whether triaged or recalled.
        if any(POISON in r.message.text for r in recalled):
            raise ValueError("bad pattern")
        super().recall(account_id, recalled)


def _five(now: datetime, poison: IncomingMessage) -> SyncBatch:
    """A notice, a chat, the poison, an ack and a forward of the notice, a minute apart."""
    messages = (
        _post("notice", now),
        _post("chat", now + timedelta(minutes=1), "今晚谁去吃烧烤？", group="g2"),
        dataclasses.replace(poison, ts=now + timedelta(minutes=2)),
        _post("ack", now + timedelta(minutes=3), "收到", sender=("u2", "赵六")),
        _post("forward", now + timedelta(minutes=4), FORWARD, group="g2"),
    )
    return SyncBatch("c1", _groups("g", "g2"), messages)


def _rows(store: Store) -> dict[str, tuple[str, str | None, list[Any]]]:
    with store.sessions() as session:
        query = select(Message.remote_id, Message.tier, Message.cluster, Message.reasons)
        return {r: (tier, cluster, reasons) for r, tier, cluster, reasons in session.execute(query)}


def _codes(reasons: list[Any]) -> list[str]:
    return [code for code, _args in reasons]


def test_a_poisoned_message_is_stored_unsorted_and_the_rest_as_triage_sorts_them(
    store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    poison = _post("poison", now, f"{POISON}请各村今天下班前上报")
    batch = _five(now, poison)
    ingestor = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
    with pytest.raises(TriageFailed):
        ingestor.apply(account.id, batch)  # once: tried again as the batch was
    with caplog.at_level(logging.ERROR, logger="desk"):
        result = ingestor.apply(account.id, batch)
    assert result.new_messages == 5
    rows = _rows(store)
    assert rows["poison"][0] == "action"
    assert _codes(rows["poison"][2]) == ["unsorted"]
    assert rows["notice"][0] == "action" and rows["chat"][0] in ("info", "noise")
    assert rows["ack"][0] == "noise"
    # Folded as ever: the engine that failed was dropped, not left half-way.
    assert rows["forward"][1] == "notice"
    with store.sessions() as session:
        assert session.get_one(Account, account.id).cursor == "c1"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged.count("message poison is stored unsorted") == 1
    assert "ValueError" in logged and "下班前" not in logged
    # Later batches sync, and fold into what came before.
    later = now + timedelta(minutes=10)
    ingestor.apply(account.id, SyncBatch("c2", (), (_post("again", later, FORWARD, "g2"),)))
    assert _rows(store)["again"][1] == "notice"
    # And after a restart, whose engine is warmed from the store without it.
    restarted = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
    restarted.apply(account.id, SyncBatch("c3", (), (_post("third", later, FORWARD, "g2"),)))
    assert _rows(store)["third"][1] == "notice"


@pytest.mark.parametrize(
    ("ding", "mentions_me", "text", "reasons"),
    [
        (True, False, "请回复", ["ding", "unsorted"]),
        (False, True, "请回复", ["mention", "unsorted"]),
        (False, False, "@李明 请回复", ["mention", "unsorted"]),  # an @name in the text
    ],
)
def test_a_poisoned_ding_or_mention_is_urgent(
    store: Store,
    clock: ManualClock,
    ding: bool,
    mentions_me: bool,
    text: str,
    reasons: list[str],
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    poison = dataclasses.replace(
        _post("poison", now, f"{POISON}{text}"), ding=ding, mentions_me=mentions_me
    )
    batch = dataclasses.replace(_five(now, poison), me_name="李明")
    ingestor = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
    with pytest.raises(TriageFailed):
        ingestor.apply(account.id, batch)
    ingestor.apply(account.id, batch)
    tier, _cluster, stored = _rows(store)["poison"]
    assert (tier, _codes(stored)) == ("urgent", reasons)


# The instant of a message the hanging zone stops its triage process on: no other message
# of these tests is sent at 777777 µs past a second.
_HANGS_AT_US = 777_777


class _HangingZone(tzinfo):
    """Shanghai's time (UTC+8, no summer time), read by the triage process as the engine
    reads a message's time; in a triage process, a message sent at _HANGS_AT_US µs past a
    second stops it (as a pattern that never ends would): that request gets no answer."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is not None and dt.microsecond == _HANGS_AT_US and _in_child():
            os.kill(os.getpid(), signal.SIGSTOP)
        return timedelta(hours=8)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return "CST"


def _in_child() -> bool:
    import multiprocessing

    return multiprocessing.parent_process() is not None


def test_a_message_a_triage_process_hangs_on_is_set_aside_after_bounded_tries(
    store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    poison = _post("poison", now, "请各村今天下班前上报")
    batch = _five(now, poison)
    hanging = dataclasses.replace(poison, ts=batch.messages[2].ts.replace(microsecond=_HANGS_AT_US))
    batch = dataclasses.replace(batch, messages=(*batch.messages[:2], hanging, *batch.messages[3:]))
    triage = TriageProcess(reply_timeout_s=2.0)
    ingestor = Ingestor(store, _HangingZone(), clock, triage)
    started = []
    try:
        with pytest.raises(TriageUnavailable, match="no answer"):
            ingestor.apply(account.id, batch)
        started.append(triage.generation)
        with caplog.at_level(logging.ERROR, logger="desk"):
            ingestor.apply(account.id, batch)
        started.append(triage.generation)
    finally:
        ingestor.close()
    rows = _rows(store)
    assert rows["poison"][0] == "action" and _codes(rows["poison"][2]) == ["unsorted"]
    assert rows["notice"][0] == "action" and rows["forward"][1] == "notice"
    # Bounded: the batch's second try, then one hang while looking message by message.
    assert started[1] - started[0] <= 3
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "message poison is stored unsorted" in logged and "no answer" in logged


def test_the_search_takes_the_messages_in_order_and_names_each_that_fails() -> None:
    # Unit test of the split logic: every failure costs a fresh engine, fed the good
    # messages before it; at most MOST_SET_ASIDE + 1 are named.
    from desk.core.triage_config import TriageConfig
    from desk.sync.set_aside import find_culprits

    now = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    texts = ["收到", f"{POISON}一", "今晚谁去吃烧烤？", f"{POISON}二", "好的"]
    messages = [
        CoreMessage(
            f"m{i}",
            "g",
            "g群",
            "u1",
            "王五",
            _post("x", now).sender_role,
            now + timedelta(minutes=i),
            text,
        )
        for i, text in enumerate(texts)
    ]
    triage = _PoisonedTriage()
    fresh = []

    def afresh() -> None:
        fresh.append(True)
        triage.configure(1, TriageConfig(tz=SHANGHAI))

    found = find_culprits(triage, 1, messages, afresh)
    assert [c.remote_id for c in found] == ["m1", "m3"]
    assert len(fresh) == 3
    assert all("ValueError" in c.where and POISON not in c.where for c in found)
    many = [dataclasses.replace(m, text=f"{POISON}{m.text}") for m in messages]
    assert len(find_culprits(triage, 1, many, afresh)) == 4


class _PoisonedBatchConnector:
    """The five messages with a poison among them, then one more, then nothing new."""

    kind: ClassVar[str] = "poisoned"

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        now = self._clock.now()
        if cursor is None:
            return _five(now, _post("poison", now, f"{POISON}请回复"))
        if cursor == "c1":
            return SyncBatch("c2", (), (_post("later", now + timedelta(minutes=9), FORWARD, "g2"),))
        await asyncio.sleep(wait_s)
        return SyncBatch(next_cursor=cursor)

    async def send(self, item: Outgoing) -> SendResult:
        raise NotImplementedError

    async def close(self) -> None:
        return None

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> _PoisonedBatchConnector:
        return cls(clock)


def test_sync_goes_on_past_a_poisoned_message_and_says_up_to_date(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account_of(store, monkeypatch, _PoisonedBatchConnector)
    said: list[SyncStatus] = []
    later = threading.Event()

    def status(status: SyncStatus) -> None:
        said.append(status)
        if status.state is SyncState.UP_TO_DATE and "later" in _rows(store):
            later.set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        lambda _result: None,
        backoff=BackoffPolicy(initial_s=0.0, jitter=0.0),
        poll_wait_s=0.05,
        triage=_PoisonedTriage(),
    )
    worker.start()
    try:
        assert later.wait(30)
    finally:
        worker.stop()
    rows = _rows(store)
    assert rows["poison"][0] == "action" and rows["later"][1] == "notice"
    # Said once, then the status is what it was.
    assert [s.reason for s in said if s.state is SyncState.OFFLINE] == ["triage_failed"]
    assert said[-1].state is SyncState.UP_TO_DATE
