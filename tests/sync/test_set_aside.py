"""A message the triage engine fails on (raises, or never answers) is stored without it,
as a task or an urgent item that says desk could not sort it, and sync goes on."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sqlalchemy import func, select, update

from desk.connectors.protocol import (
    IncomingMessage,
    MessageEdit,
    SyncBatch,
)
from desk.core.backoff import BackoffPolicy
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Message as CoreMessage
from desk.core.messages import Tier, Verdict
from desk.core.triage import TriageEngine
from desk.core.triage_config import TriageConfig
from desk.store.escalations import EscalationStore
from desk.store.models import Account, Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.set_aside import SET_ASIDE_AFTER, find_culprits
from desk.sync.status import SyncState, SyncStatus
from desk.sync.triage_process import (
    LocalTriage,
    TriageFailed,
    TriageProcess,
    TriageUnavailable,
)
from desk.sync.worker import SyncWorker
from tests.conftest import SHANGHAI
from tests.helpers.connectors import BatchesOnly
from tests.helpers.group_posts import post
from tests.sync.test_ingest import _WARNING, _WARNING_WITH_ORDER, _groups
from tests.sync.test_worker import _account_of

# What trips the poisoned engine's rule: a text no real rule fails on.
POISON = "【巡查】"
FORWARD = "转发：请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。"


class _PoisonedEngine(TriageEngine):
    """The real engine, with a rule that raises on POISON (its state moved on by the
    messages before), quoting the text as Python's errors do; triaged, judged again or
    recalled alike. Each time it meets POISON goes into `met`."""

    def __init__(self, config: TriageConfig, met: list[str]) -> None:
        super().__init__(config)
        self._met = met

    def process(self, message: CoreMessage) -> Verdict:
        self._fail_on(message)
        return super().process(message)

    def reassess(self, message: CoreMessage) -> Verdict:
        self._fail_on(message)
        return super().reassess(message)

    def recall(
        self,
        message: CoreMessage,
        tier: Tier,
        cluster: str | None,
        ack: bool,
        *,
        answered: bool = False,
        due: bool = False,
    ) -> None:
        self._fail_on(message)
        super().recall(message, tier, cluster, ack, answered=answered, due=due)

    def _fail_on(self, message: CoreMessage) -> None:
        if POISON in message.text:
            self._met.append(message.id)
            raise ValueError(f"bad pattern in {message.text!r}")


class _PoisonedTriage(LocalTriage):
    """This process's triage, its engines poisoned; `met` lists each message they failed on,
    as often as they did."""

    def __init__(self) -> None:
        super().__init__()
        self.met: list[str] = []

    def configure(self, account_id: int, config: TriageConfig) -> None:
        self._engines[account_id] = _PoisonedEngine(config, self.met)


def _applied(ingestor: Ingestor, account_id: int, batch: SyncBatch) -> IngestResult:
    """The batch stored as the sync worker stores it: tried again after a triage failure,
    up to the tries that set its culprits aside."""
    for _try in range(SET_ASIDE_AFTER - 1):
        with contextlib.suppress(TriageFailed, TriageUnavailable):
            return ingestor.apply(account_id, batch)
    return ingestor.apply(account_id, batch)


def _five(now: datetime, poison: IncomingMessage) -> SyncBatch:
    """A notice, a chat, the poison, an ack and a forward of the notice, a minute apart."""
    messages = (
        post("notice", now),
        post("chat", now + timedelta(minutes=1), "今晚谁去吃烧烤？", group="g2"),
        dataclasses.replace(poison, ts=now + timedelta(minutes=2)),
        post("ack", now + timedelta(minutes=3), "收到", sender=("u2", "赵六")),
        post("forward", now + timedelta(minutes=4), FORWARD, group="g2"),
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
    poison = post("poison", now, f"{POISON}请各村今天下班前上报")
    batch = _five(now, poison)
    ingestor = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
    with caplog.at_level(logging.ERROR, logger="desk"):
        # At once: the engine raising would raise again, a batch tried again as it was.
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
    ingestor.apply(account.id, SyncBatch("c2", (), (post("again", later, FORWARD, "g2"),)))
    assert _rows(store)["again"][1] == "notice"
    # And after a restart, whose engine is warmed from the store without it.
    restarted = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
    restarted.apply(account.id, SyncBatch("c3", (), (post("third", later, FORWARD, "g2"),)))
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
        post("poison", now, f"{POISON}{text}"), ding=ding, mentions_me=mentions_me
    )
    batch = dataclasses.replace(_five(now, poison), me_name="李明")
    ingestor = Ingestor(store, SHANGHAI, clock, _PoisonedTriage())
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

    hangs_at_us = _HANGS_AT_US

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is not None and dt.microsecond == self.hangs_at_us and _in_child():
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
    poison = post("poison", now, "请各村今天下班前上报")
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


class _StallingZone(_HangingZone):
    """As _HangingZone, but the message at _HANGS_AT_US stops its triage process only the
    first `times` times (counted in the file `stalls`): a slow PC that stalled, not a
    pattern that never ends."""

    def __init__(self, stalls: Path, times: int) -> None:
        self.stalls, self.times = stalls, times

    def __getinitargs__(self) -> tuple[Path, int]:  # how a tzinfo is pickled to the process
        return self.stalls, self.times

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is not None and dt.microsecond == _HANGS_AT_US and _in_child():
            stalled = len(self.stalls.read_text()) if self.stalls.exists() else 0
            if stalled < self.times:
                self.stalls.write_text("x" * (stalled + 1))
                os.kill(os.getpid(), signal.SIGSTOP)
        return timedelta(hours=8)


def test_a_message_a_triage_process_stalled_on_once_in_the_search_is_sorted(
    store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    # Named at its first hang, a 收到 a stalling PC was busy with became a task, and so
    # did every 收到 after it until desk restarted (review).
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    batch = _five(now, post("poison", now, "请各村今天下班前上报"))
    stalled = dataclasses.replace(
        batch.messages[2], ts=batch.messages[2].ts.replace(microsecond=_HANGS_AT_US)
    )
    batch = dataclasses.replace(batch, messages=(*batch.messages[:2], stalled, *batch.messages[3:]))
    # The batch's two tries and the search's first look stall; the look after does not.
    zone = _StallingZone(tmp_path / "stalls", SET_ASIDE_AFTER + 1)
    ingestor = Ingestor(store, zone, clock, TriageProcess(reply_timeout_s=2.0))
    try:
        # The search finds no culprit, and the batch fails as it did: the sync worker's
        # next try stores it.
        with pytest.raises(TriageUnavailable):
            _applied(ingestor, account.id, batch)
        ingestor.apply(account.id, batch)
    finally:
        ingestor.close()
    rows = _rows(store)
    assert [r for r, (_t, _c, reasons) in rows.items() if "unsorted" in _codes(reasons)] == []
    assert rows["poison"][0] == "action"


def test_the_search_takes_the_messages_in_order_and_names_each_that_fails() -> None:
    # Unit test of the split logic: every failure costs a fresh engine, fed the good
    # messages before it; at most MOST_SET_ASIDE + 1 are named.
    now = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
    texts = ["收到", f"{POISON}一", "今晚谁去吃烧烤？", f"{POISON}二", "好的"]
    messages = [
        CoreMessage(
            f"m{i}",
            "g",
            "g群",
            "u1",
            "王五",
            post("x", now).sender_role,
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


def test_a_poison_forwarded_into_four_groups_is_set_aside_four_times_by_one_search(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    text = f"{POISON}请各村今天下班前上报"
    five = _five(now, post("poison", now, text))
    # Forwarded as it was, or with the spaces a forward may add.
    copies = tuple(
        post(f"copy{g}", now + timedelta(minutes=5), said, group=f"g{g}")
        for g, said in ((3, text), (4, f" {text}\n"), (5, text.replace("请", "请 ")))
    )
    batch = dataclasses.replace(
        five, groups=_groups("g", "g2", "g3", "g4", "g5"), messages=(*five.messages, *copies)
    )
    triage = _PoisonedTriage()
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    assert _applied(ingestor, account.id, batch).new_messages == 8
    rows = _rows(store)
    for copy in ("poison", "copy3", "copy4", "copy5"):
        assert rows[copy][0] == "action" and _codes(rows[copy][2]) == ["unsorted"]
    assert rows["notice"][0] == "action" and rows["ack"][0] == "noise"
    assert rows["forward"][1] == "notice"
    # Met as the batch was triaged, then once in the search: never a copy.
    assert triage.met == ["poison", "poison"]
    # Forwarded again later: stored at once, triage not asked.
    again = post("again", now + timedelta(minutes=20), text, group="g2")
    ingestor.apply(account.id, SyncBatch("c2", (), (again,)))
    assert _codes(_rows(store)["again"][2]) == ["unsorted"]
    assert triage.met == ["poison", "poison"]


def test_an_edit_of_an_unsorted_message_stores_its_new_text_and_sync_goes_on(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    triage = _PoisonedTriage()
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    _applied(ingestor, account.id, _five(now, post("poison", now, f"{POISON}请今天上报")))
    fixed = f"{POISON}请各村今天下班前上报"  # the typo fixed: triage would fail as before
    edit = MessageEdit("poison", "g", "u1", fixed, now + timedelta(minutes=6), "e1")
    later = post("later", now + timedelta(minutes=7), FORWARD, "g2")
    result = _applied(ingestor, account.id, SyncBatch("c2", (), (later,), edits=(edit,)))
    assert (result.new_messages, result.changed_messages) == (1, 1)
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        assert (row.text, row.tier, row.read) == (fixed, "action", False)
        assert _codes(row.reasons) == ["edited", "unsorted"]
    assert _rows(store)["later"][1] == "notice"
    assert triage.met == ["poison", "poison"]  # the edit was not given to triage


def test_an_edit_triage_fails_on_is_stored_unsorted_and_the_batch_goes_through(
    store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    # The search looked at new messages only: a sorted message edited into a text triage
    # fails on failed its batch at every retry, and the sync behind it.
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    triage = _PoisonedTriage()
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    ingestor.apply(account.id, SyncBatch("c1", _groups("g", "g2"), (post("notice", now),)))
    edited = f"{POISON}请各村今天下班前上报"
    edit = MessageEdit("notice", "g", "u1", edited, now + timedelta(minutes=1), "e1")
    later = (
        post("ack", now + timedelta(minutes=2), "收到", sender=("u2", "赵六")),
        post("forward", now + timedelta(minutes=3), FORWARD, group="g2"),
    )
    with caplog.at_level(logging.ERROR, logger="desk"):
        result = ingestor.apply(account.id, SyncBatch("c2", (), later, edits=(edit,)))
    assert (result.new_messages, result.changed_messages) == (2, 1)
    rows = _rows(store)
    assert _codes(rows["notice"][2])[:2] == ["edited", "unsorted"]
    assert rows["notice"][0] == "action"
    assert rows["ack"][0] == "noise" and rows["forward"][1] == "notice"
    with store.sessions() as session:
        assert session.get_one(Account, account.id).cursor == "c2"
        row = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert (row.text, row.unsorted_by) == (edited, LocalTriage.rules)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "message notice is stored unsorted" in logged and POISON not in logged


class _FixedTriage(LocalTriage):
    """The rules of a later desk, where the rule that failed was fixed; counts what its
    engines were given to sort."""

    rules = "fixed"

    def __init__(self) -> None:
        super().__init__()
        self.sorted: list[str] = []

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        self.sorted.extend(m.id for m in messages)
        return super().process(account_id, messages)


class _AgainTriage(_PoisonedTriage):
    """The rules that failed, counting what its engines were given to sort."""

    def __init__(self) -> None:
        super().__init__()
        self.sorted: list[str] = []

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        self.sorted.extend(m.id for m in messages)
        return super().process(account_id, messages)


def _to_resort(store: Store, rules: str) -> int:
    """How many messages stored unsorted wait to be sorted again by `rules`."""
    with store.sessions() as session:
        return session.scalar(
            select(func.count()).where(
                Message.unsorted_by.is_not(None), Message.unsorted_by != rules
            )
        )


def _synced(
    store: Store,
    clock: ManualClock,
    triage: LocalTriage,
    on_ingested: Callable[[IngestResult], None] = lambda _result: None,
) -> list[SyncStatus]:
    """Starts a sync worker with `triage` over the poisoned connector's account (its
    first batch stored), until its second batch is stored, nothing waits to be sorted
    again, and it says so."""
    said: list[SyncStatus] = []
    later = threading.Event()

    def status(status: SyncStatus) -> None:
        said.append(status)
        if (
            status.state is SyncState.UP_TO_DATE
            and "later" in _rows(store)
            and not _to_resort(store, triage.rules)
        ):
            later.set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        on_ingested,
        backoff=BackoffPolicy(initial_s=0.0, jitter=0.0),
        poll_wait_s=0.05,
        triage=triage,
    )
    worker.start()
    try:
        assert later.wait(30)
    finally:
        worker.stop()
    return said


def _set_aside_and_read(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, int]:
    """The poisoned connector's account, its first batch stored with the poison set
    aside, and the poison's card read by the user: the account's id and the card's."""
    account_id = _account_of(store, monkeypatch, _PoisonedBatchConnector)
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account_id, _PoisonedBatchConnector(clock).first()
    )
    with store.transaction() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        assert _codes(row.reasons) == ["unsorted"]
        row.read = True
        return account_id, row.id


def test_a_message_set_aside_is_sorted_at_the_next_start_once_the_rule_is_fixed(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account_id, card = _set_aside_and_read(store, clock, monkeypatch)
    triage = _FixedTriage()
    _synced(store, clock, triage)
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        # Its card, sorted as triage sorts it: a task due today, and read as it was.
        assert (row.id, row.tier, row.read, row.unsorted_by) == (card, "action", True, None)
        assert "unsorted" not in _codes(row.reasons) and "deadline" in _codes(row.reasons)
        assert session.scalar(select(func.count()).where(Message.remote_id == "poison")) == 1
    assert triage.sorted.count("poison") == 1
    assert _rows(store)["later"][1] == "notice"


def test_the_rules_that_failed_on_a_message_do_not_try_it_again(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_aside_and_read(store, clock, monkeypatch)
    triage = _AgainTriage()
    _synced(store, clock, triage)
    assert "poison" not in triage.sorted and triage.met == []
    assert _codes(_rows(store)["poison"][2]) == ["unsorted"]


def test_rules_that_fail_on_it_again_keep_it_unsorted_and_try_it_once(
    store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account.id, _five(now, post("poison", now, f"{POISON}请回复"))
    )

    class _StillPoisoned(_PoisonedTriage):
        rules = "not fixed"

    triage = _StillPoisoned()
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    with caplog.at_level(logging.ERROR, logger="desk"):
        assert ingestor.resort(account.id) == IngestResult(account.id, 0, frozenset())
        assert ingestor.resort(account.id) is None
    assert triage.met == ["poison"]
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        assert (_codes(row.reasons), row.unsorted_by) == (["unsorted"], "not fixed")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "message poison stays unsorted" in logged and "请回复" not in logged


class _SlowTriage(_FixedTriage):
    """The rules of a later desk, slow on the poison (as on a pattern it takes 30 s on)
    until `go` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        if any(m.id == "poison" for m in messages):
            self.go.wait(10)
        return super().process(account_id, messages)


def test_new_messages_are_stored_before_those_sorted_again(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sorted again before the first poll, 20 messages a hung triage process took 30 s
    # on each held back a DING for 20 minutes (review).
    _set_aside_and_read(store, clock, monkeypatch)
    triage = _SlowTriage()
    waiting_when_stored: list[int] = []

    def ingested(result: IngestResult) -> None:
        if result.new_messages:
            waiting_when_stored.append(_to_resort(store, triage.rules))
            triage.go.set()

    _synced(store, clock, triage, ingested)
    assert waiting_when_stored == [1]
    assert _rows(store)["poison"][0] == "action"


class _ReadWhileSorting(_FixedTriage):
    """The rules of a later desk; while they judge the poison, the user reads the
    notice's card in the window (another thread, as the window's writes are): what that
    write met goes into `failed`."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.failed: list[BaseException] = []

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        if any(m.id == "poison" for m in messages):
            reading = threading.Thread(target=self._read_notice)
            reading.start()
            reading.join()
        return super().process(account_id, messages)

    def _read_notice(self) -> None:
        try:
            with self._store.transaction() as session:
                session.execute(
                    update(Message).where(Message.remote_id == "notice").values(read=True)
                )
        except Exception as exc:
            self.failed.append(exc)


def test_triage_sorts_again_outside_the_store_s_write_lock(
    store: Store, clock: ManualClock
) -> None:
    # Judged under the lock, a message triage hung on held it 30 s: marking a card read
    # failed with "database is locked" (review).
    now = clock.now()
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account.id, _five(now, post("poison", now, f"{POISON}请回复"))
    )
    triage = _ReadWhileSorting(store)
    assert Ingestor(store, SHANGHAI, clock, triage).resort(account.id) is not None
    assert triage.failed == [] and "poison" in triage.sorted
    with store.sessions() as session:
        read = session.scalar(select(Message.read).where(Message.remote_id == "notice"))
        left = session.scalar(select(Message.unsorted_by).where(Message.remote_id == "poison"))
    assert (read, left) == (True, None)


def _resorted(store: Store, clock: ManualClock, batch: SyncBatch) -> tuple[int, Ingestor]:
    """The default account, `batch` stored by poisoned rules, then what they set aside
    sorted again by fixed ones: the account's id, and the ingestor of the fixed rules."""
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(account.id, batch)
    return account.id, Ingestor(store, SHANGHAI, clock, _FixedTriage())


def _warning_and_poisoned_order(clock: ManualClock) -> SyncBatch:
    """An information notice (a weather warning), and a poisoned copy of it in another
    group that adds an order due tonight."""
    now = clock.now()
    return SyncBatch(
        "c1",
        _groups("g", "g2"),
        (
            post("notice", now, _WARNING),
            post("order", now + timedelta(minutes=1), f"{POISON}{_WARNING_WITH_ORDER}", "g2"),
        ),
    )


def test_a_card_raised_by_a_copy_sorted_again_keeps_what_the_user_did_with_it(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor = _resorted(store, clock, _warning_and_poisoned_order(clock))
    with store.transaction() as session:
        card = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert card.tier == "info"
        card.read = card.done = True
    assert ingestor.resort(account_id) is not None
    with store.sessions() as session:
        card = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert card.tier == "urgent" and ["copy_more_pressing", {"group": "g2群"}] in card.reasons
        assert (card.read, card.done) == (True, True)


def test_an_urgent_card_the_user_read_rings_not_when_sorted_again(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor = _resorted(store, clock, _warning_and_poisoned_order(clock))
    with store.transaction() as session:
        session.execute(update(Message).where(Message.remote_id == "notice").values(read=True))
    assert ingestor.resort(account_id) is not None
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=True) == 0
    assert escalations.running(clock.now()) == []
    with store.sessions() as session:
        card = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert (card.tier, card.pinned) == ("urgent", False)


def test_after_sorting_again_triage_knows_the_latest_notice_as_the_latest(
    store: Store, clock: ManualClock
) -> None:
    now = clock.now()
    poison = post("poison", now, f"{POISON}请各村今天下班前上报")
    notice = post("notice", now + timedelta(hours=1))
    batch = SyncBatch("c1", _groups("g", "g2"), (poison, notice))
    account_id, ingestor = _resorted(store, clock, batch)
    assert ingestor.resort(account_id) is not None
    ack = post("ack", now + timedelta(hours=1, minutes=1), "收到", sender=("u2", "赵六"))
    ingestor.apply(account_id, SyncBatch("c2", (), (ack,)))
    with store.sessions() as session:
        acked = session.scalar(select(Message.ack_of).where(Message.remote_id == "ack"))
    assert acked == "notice"


def test_a_message_whose_tier_the_user_set_is_no_longer_unsorted_and_the_window_told(
    store: Store, clock: ManualClock
) -> None:
    now = clock.now()
    batch = _five(now, post("poison", now, f"{POISON}请回复"))
    account_id, ingestor = _resorted(store, clock, batch)
    with store.transaction() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        row.tier, row.tier_rank, row.corrected = "info", Tier.INFO.rank, True
    result = ingestor.resort(account_id)
    # Its card says unsorted no more: the window reads it again (review: it was not told).
    assert result is not None and result.changed_messages == 1
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == "poison")).one()
        assert (row.tier, row.unsorted_by, _codes(row.reasons)) == ("info", None, [])


def test_an_unread_urgent_card_sorted_again_rings_as_one_just_come(
    store: Store, clock: ManualClock
) -> None:
    # A 紧急 item five minutes old, unread, came out urgent, unpinned, with no ladder
    # (review).
    account_id, ingestor = _resorted(store, clock, _warning_and_poisoned_order(clock))
    clock.advance(timedelta(minutes=5))
    assert ingestor.resort(account_id) is not None
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=True) == 1
    with store.sessions() as session:
        card = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert (card.tier, card.pinned) == ("urgent", True)
    assert [ladder.message_id for ladder in escalations.running(clock.now())] == [card.id]


def test_an_urgent_card_from_before_its_account_was_added_rings_not_when_sorted_again(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    with store.transaction() as session:
        # Added a week after the notice came: the first sync's history.
        session.get_one(Account, account.id).created_ms += 7 * 24 * 3600 * 1000
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account.id, _warning_and_poisoned_order(clock)
    )
    assert Ingestor(store, SHANGHAI, clock, _FixedTriage()).resort(account.id) is not None
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=True) == 0
    with store.sessions() as session:
        card = session.scalars(select(Message).where(Message.remote_id == "notice")).one()
        assert (card.tier, card.pinned) == ("urgent", False)


def test_copies_of_a_text_triage_failed_on_are_not_given_it_again(
    store: Store, clock: ManualClock
) -> None:
    # Four copies of a text it hung on cost 8 hangs, 30 s each (review).
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    copies = tuple(
        post(f"copy{n}", now + timedelta(minutes=n), f"{POISON}请回复", group)
        for n, group in enumerate(("g", "g2", "g3", "g4"))
    )
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account.id, SyncBatch("c1", _groups("g", "g2", "g3", "g4"), copies)
    )

    class _StillPoisoned(_PoisonedTriage):
        rules = "not fixed"

    triage = _StillPoisoned()
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    slices = 0
    while ingestor.resort(account.id) is not None:
        slices += 1
        assert slices <= 4
    assert triage.met == ["copy0"] and slices == 2
    with store.sessions() as session:
        left = session.scalars(select(Message.unsorted_by).order_by(Message.ts_ms)).all()
    assert left == ["not fixed"] * 4


class _EditedWhileFailing(_PoisonedTriage):
    """Rules that still fail on the poison; as they do, its sender edits it (the window's
    thread stores the edit: another thread, as the ingest thread's own would wait)."""

    rules = "not fixed"

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store

    def process(self, account_id: int, messages: Sequence[CoreMessage]) -> list[Verdict]:
        if any(m.id == "poison" for m in messages):
            editing = threading.Thread(target=self._edit_poison)
            editing.start()
            editing.join()
        return super().process(account_id, messages)

    def _edit_poison(self) -> None:
        with self._store.transaction() as session:
            session.execute(
                update(Message).where(Message.remote_id == "poison").values(text="请回复")
            )


def test_a_message_edited_while_triage_failed_on_it_is_judged_again(
    store: Store, clock: ManualClock
) -> None:
    now = clock.now()
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account.id, _five(now, post("poison", now, f"{POISON}请回复"))
    )
    triage = _EditedWhileFailing(store)
    ingestor = Ingestor(store, SHANGHAI, clock, triage)
    assert ingestor.resort(account.id) is not None
    assert triage.met == ["poison"]
    with store.sessions() as session:
        # Its new text waits for these rules, not set aside by what the old one did.
        left = session.scalar(select(Message.unsorted_by).where(Message.remote_id == "poison"))
    assert left == LocalTriage.rules
    assert ingestor.resort(account.id) is not None
    assert ingestor.resort(account.id) is None
    assert _rows(store)["poison"][0] == "action" and triage.met == ["poison"]


class _HangingOnStored(_HangingZone):
    """As _HangingZone, for a message stored: its time is kept to the millisecond."""

    hangs_at_us = _HANGS_AT_US // 1000 * 1000


def _old_rules(store: Store) -> None:
    """What is stored unsorted, as if unsorted by the rules of an earlier desk."""
    with store.transaction() as session:
        session.execute(
            update(Message).where(Message.unsorted_by.is_not(None)).values(unsorted_by="old")
        )


def test_a_hang_partway_through_a_slice_stores_what_was_judged_before_it(
    store: Store, clock: ManualClock
) -> None:
    # After a hang the new triage process had no engine for the account: storing the copy
    # judged before it asked that engine of the card the copy raised, the slice failed,
    # and at every start it hung and failed again, the rows behind it never sorted (review).
    account_id, _fixed = _resorted(store, clock, _warning_and_poisoned_order(clock))
    hangs_at = (clock.now() + timedelta(minutes=2)).replace(
        microsecond=_HangingOnStored.hangs_at_us
    )
    Ingestor(store, SHANGHAI, clock, _PoisonedTriage()).apply(
        account_id,
        SyncBatch(
            "c2",
            (),
            (
                post("hang", hangs_at, f"{POISON}请回复"),
                post("behind", clock.now() + timedelta(minutes=3), f"{POISON}{FORWARD}", "g2"),
            ),
        ),
    )
    _old_rules(store)
    ingestor = Ingestor(store, _HangingOnStored(), clock, TriageProcess(reply_timeout_s=2.0))
    slices = 0
    try:
        while ingestor.resort(account_id) is not None:
            slices += 1
            assert slices <= 4
    finally:
        ingestor.close()
    # The copy; the hang, given once more; what was behind it.
    assert slices == 3
    with store.sessions() as session:
        left = {r: u for r, u in session.execute(select(Message.remote_id, Message.unsorted_by))}
    assert left == {
        "notice": None,
        "order": None,
        "hang": TriageProcess.rules,
        "behind": None,
    }
    rows = _rows(store)
    assert rows["notice"][0] == "urgent" and rows["order"][1] == "notice"


class _FailsOnTheWarning(_FixedTriage):
    """The rules of a later desk, whose due time of a text fails on the weather warning
    (a bug met as a slice is stored, not as it is judged)."""

    def passed_dues(
        self, account_id: int, asked: list[tuple[str, datetime]]
    ) -> list[datetime | None]:
        if any(text == _WARNING for text, _ts in asked):
            raise TriageFailed("triage failed in passed_dues: ValueError")
        return super().passed_dues(account_id, asked)


def test_a_slice_that_fails_as_it_is_stored_sets_its_culprit_aside_and_sync_goes_on(
    store: Store, clock: ManualClock
) -> None:
    # A slice that failed was logged, and sorting again stopped until the next start,
    # where it failed again (review).
    batch = _warning_and_poisoned_order(clock)
    later = post("poison", clock.now() + timedelta(minutes=2), f"{POISON}请回复")
    account_id, _fixed = _resorted(
        store, clock, dataclasses.replace(batch, messages=(*batch.messages, later))
    )
    ingestor = Ingestor(store, SHANGHAI, clock, _FailsOnTheWarning())
    assert ingestor.resort(account_id) is not None
    assert ingestor.resort(account_id) is None
    with store.sessions() as session:
        left = {r: u for r, u in session.execute(select(Message.remote_id, Message.unsorted_by))}
    assert left == {"notice": None, "order": "fixed", "poison": None}
    rows = _rows(store)
    assert rows["notice"][0] == "info" and rows["poison"][0] == "action"


class _RuleBug(Exception):
    """What a rule of the engine raises on a message: a bug."""


# The instant of a message the failing zone raises on in a triage process.
_FAILS_AT_US = 666_666


class _FailingZone(_HangingZone):
    """As _HangingZone; in a triage process, a message sent at _FAILS_AT_US µs past a second
    makes the engine raise (as a rule with a bug would)."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is not None and dt.microsecond == _FAILS_AT_US and _in_child():
            raise _RuleBug("bad pattern")
        return super().utcoffset(dt)


class _KilledInSearch(TriageProcess):
    """A triage process killed from outside once (the OOM killer, the user in the Task
    Manager) while messages are triaged one at a time, after its first answer there."""

    def __init__(self) -> None:
        super().__init__(reply_timeout_s=5.0)
        self.killed = False

    def pipeline(
        self,
        account_id: int,
        chunks: Sequence[Sequence[CoreMessage]],
        each: Callable[[list[Verdict]], None],
    ) -> None:
        one_at_a_time = len(chunks) > 1 and all(len(chunk) == 1 for chunk in chunks)
        if self.killed or not one_at_a_time:
            super().pipeline(account_id, chunks, each)
            return

        def killing(verdicts: list[Verdict]) -> None:
            each(verdicts)
            if not self.killed and self.pid is not None:
                self.killed = True
                os.kill(self.pid, signal.SIGKILL)

        super().pipeline(account_id, chunks, killing)


def test_a_triage_process_killed_during_the_search_sets_no_good_message_aside(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    now = clock.now()
    five = _five(now, post("poison", now, "请各村今天下班前上报"))
    # The poison last, some way behind where the process is killed.
    late = now + timedelta(minutes=5, microseconds=_FAILS_AT_US)
    poison, others = five.messages[2], (*five.messages[:2], *five.messages[3:])
    batch = dataclasses.replace(five, messages=(*others, dataclasses.replace(poison, ts=late)))
    triage = _KilledInSearch()
    ingestor = Ingestor(store, _FailingZone(), clock, triage)
    try:
        _applied(ingestor, account.id, batch)
    finally:
        ingestor.close()
    assert triage.killed
    rows = _rows(store)
    assert _codes(rows["poison"][2]) == ["unsorted"]
    assert [r for r, (_t, _c, reasons) in rows.items() if "unsorted" in _codes(reasons)] == [
        "poison"
    ]
    assert rows["notice"][0] == "action" and rows["forward"][1] == "notice"


class _PoisonedBatchConnector(BatchesOnly):
    """The five messages with a poison among them, then one more, then nothing new."""

    kind: ClassVar[str] = "poisoned"

    def first(self) -> SyncBatch:
        now = self._clock.now()
        return _five(now, post("poison", now, f"{POISON}请各村今天下班前上报"))

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        now = self._clock.now()
        if cursor is None:
            return self.first()
        if cursor == "c1":
            return SyncBatch("c2", (), (post("later", now + timedelta(minutes=9), FORWARD, "g2"),))
        await asyncio.sleep(wait_s)
        return SyncBatch(next_cursor=cursor)


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
    # Set aside at the batch's first failure: sync never said it failed.
    assert not [s for s in said if s.state is SyncState.OFFLINE]
    assert said[-1].state is SyncState.UP_TO_DATE
