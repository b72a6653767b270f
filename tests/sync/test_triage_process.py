"""Triage in a child process: the same verdicts as in this one, and a child that dies costs
a retry of the batch, never a message."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desk.connectors.protocol import SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Message as CoreMessage
from desk.core.messages import Tier, Verdict
from desk.core.triage import TriageConfig
from desk.store.models import Account, Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import CHUNK, LAST_CHUNK, Ingestor, chunked
from desk.sync.triage_process import (
    TRIAGE_GC_THRESHOLDS,
    LocalTriage,
    Recalled,
    TriageFailed,
    TriageProcess,
    TriageUnavailable,
    serve,
    settle_after,
)
from tests.bench.triage_quality import DEFAULT_CORPUS, load_corpus
from tests.bench.triage_traffic import generate
from tests.conftest import SHANGHAI
from tests.core.test_triage_superseding import MEETING_MOVED, RELAY_WITH_TASK, SAT, message
from tests.helpers.group_posts import post
from tests.sync.test_ingest import _column, _groups, _two_accounts

CORPUS = DEFAULT_CORPUS


def _corpus_in_order() -> list[CoreMessage]:
    messages, _gold = load_corpus(CORPUS)
    return sorted(messages, key=lambda m: m.ts)


@pytest.fixture
def child() -> Iterator[TriageProcess]:
    triage = TriageProcess(reply_timeout_s=60)
    yield triage
    triage.close()


def test_the_child_gives_the_verdicts_this_process_gives(child: TriageProcess) -> None:
    messages = _corpus_in_order()
    config = TriageConfig(me_names=("李明",), tz=SHANGHAI)
    local = LocalTriage()
    for triage in (local, child):
        triage.configure(1, config)
        # The first fifty as recalled from the store, the rest triaged in two batches.
        triage.recall(1, [Recalled(m, Tier.INFO, None, False) for m in messages[:50]])
    half = len(messages) // 2
    expected = local.process(1, messages[50:half]) + local.process(1, messages[half:])
    got = child.process(1, messages[50:half]) + child.process(1, messages[half:])
    assert got == expected
    assert sum(v.cluster is not None for v in got) > 20  # folding state crossed batches
    assert child.reassess(1, messages[-1]) == local.reassess(1, messages[-1])


def test_a_dead_child_is_reported_and_the_next_call_starts_another(child: TriageProcess) -> None:
    messages, _gold = load_corpus(CORPUS)
    child.configure(1, TriageConfig(tz=SHANGHAI))
    first = child.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    with pytest.raises(TriageUnavailable):
        child.process(1, messages[:10])
    # A new child, which has no engine for the account until it is configured again: an
    # error of the engine's caller, reported with the child's traceback.
    assert child.generation == 2
    with pytest.raises(TriageFailed, match="KeyError"):
        child.process(1, messages[:10])
    assert child.pid not in (None, first)
    child.configure(1, TriageConfig(tz=SHANGHAI))
    assert len(child.process(1, messages[:10])) == 10


def test_a_stopped_child_is_given_up_after_the_reply_timeout_and_another_takes_over() -> None:
    # A child stopped (SIGSTOP, an antivirus holding it) held new messages back for 120 s
    # however little it had been asked. With no reply time of its own, a request is given
    # the start's time when the child is new, and its time per message.
    messages = sorted(generate(600, SHANGHAI, 5), key=lambda m: m.ts)
    triage = TriageProcess(reply_timeout_s=0.0, start_timeout_s=60.0)
    stopped = None
    try:
        triage.configure(1, TriageConfig(tz=SHANGHAI))  # answered as the child started
        assert len(triage.process(1, messages[:500])) == 500  # in their 5 s
        stopped = triage.pid
        assert stopped is not None
        os.kill(stopped, signal.SIGSTOP)
        asked = time.monotonic()
        with pytest.raises(TriageUnavailable, match="no answer to process in 0 s"):
            triage.process(1, messages[500:501])
        assert time.monotonic() - asked < 5
        with pytest.raises(ProcessLookupError):
            os.kill(stopped, 0)  # ended, not left stopped
        triage.configure(1, TriageConfig(tz=SHANGHAI))  # a new child, given its start's time
        assert len(triage.process(1, messages[:500])) == 500
        assert triage.pid not in (None, stopped)
    finally:
        if stopped is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(stopped, signal.SIGCONT)
                os.kill(stopped, signal.SIGKILL)
        triage.close()


def test_a_child_asked_after_a_long_idle_is_given_a_new_childs_time() -> None:
    # Paged out over lunch on a slow PC, it was ended for a new start that costs more.
    messages = sorted(generate(10, SHANGHAI, 5), key=lambda m: m.ts)
    # The start's time serves the first start too: 1 s was too little for a new child on a
    # busy machine (a CI run failed so), 5 s is ample and still tells it from the 0 s given
    # to a child that answered a moment ago.
    triage = TriageProcess(reply_timeout_s=0.0, start_timeout_s=5.0, idle_s=0.0)
    stopped = None
    try:
        triage.configure(1, TriageConfig(tz=SHANGHAI))
        stopped = triage.pid
        assert stopped is not None
        os.kill(stopped, signal.SIGSTOP)
        with pytest.raises(TriageUnavailable, match="no answer to process in 5 s"):
            triage.process(1, messages[:1])
    finally:
        if stopped is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(stopped, signal.SIGCONT)
                os.kill(stopped, signal.SIGKILL)
        triage.close()


def test_close_ends_the_child(child: TriageProcess) -> None:
    child.configure(1, TriageConfig(tz=SHANGHAI))
    pid = child.pid
    assert pid is not None
    child.close()
    assert child.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_ingest_through_a_child_that_dies_stores_every_message_once(
    store: Store, clock: ManualClock, child: TriageProcess
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock, child)
    now = clock.now()
    ingestor.apply(account.id, SyncBatch("c1", _groups("g", "g2"), (post("notice", now),)))
    pid = child.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    forward = post(
        "forward",
        now + timedelta(minutes=5),
        "转发：请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。",
        group="g2",
    )
    batch = SyncBatch("c2", (), (forward,))
    with pytest.raises(TriageUnavailable):
        ingestor.apply(account.id, batch)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1
        assert session.get_one(Account, account.id).cursor == "c1"
    # Tried again, as the sync loop does: a new child, warmed from the store, folds the
    # forward into the notice it never saw.
    ingestor.apply(account.id, batch)
    with store.sessions() as session:
        rows = dict(session.execute(select(Message.remote_id, Message.cluster)).all())
    assert rows == {"notice": "notice", "forward": "notice"}
    ingestor.close()
    assert child.pid is None


def test_a_batch_goes_to_triage_in_order_with_a_short_last_chunk() -> None:
    # The last chunk's writing overlaps no triage: it is the short one.
    items = list(range(1000))
    chunks = chunked(items)
    assert [len(c) for c in chunks] == [CHUNK] * 4 + [1000 - 4 * CHUNK - LAST_CHUNK, LAST_CHUNK]
    assert [i for c in chunks for i in c] == items
    for n in (0, 1, CHUNK, CHUNK + 1, 2 * CHUNK + LAST_CHUNK, 777):
        chunks = chunked(items[:n])
        assert [i for c in chunks for i in c] == items[:n]
        assert all(0 < len(c) <= CHUNK for c in chunks)
        assert len(chunks) <= 1 or len(chunks[-1]) == LAST_CHUNK


def test_a_child_that_dies_mid_batch_leaves_the_batch_unstored_then_stored_once(
    store: Store, clock: ManualClock, child: TriageProcess
) -> None:
    # A batch of several chunks, the child killed as the second chunk's verdicts are
    # written: nothing of the batch stays (one transaction), and tried again every message
    # is stored once, in order.
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock, child)
    now = clock.now()
    ingestor.apply(account.id, SyncBatch("c1", _groups("g"), (post("first", now),)))
    count = 2 * CHUNK + LAST_CHUNK + 7
    posts = tuple(
        post(f"m{i:04d}", now + timedelta(seconds=i + 1), f"第{i}条：今天天气不错")
        for i in range(count)
    )
    batch = SyncBatch("c2", (), posts)
    real_insert = Ingestor._insert_rows
    written = 0

    def dying_insert(self: Ingestor, *args: object, **kwargs: object) -> None:
        nonlocal written
        written += 1
        if written == 2:
            pid = child.pid
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
        real_insert(self, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Ingestor, "_insert_rows", dying_insert)
        with pytest.raises(TriageUnavailable):
            ingestor.apply(account.id, batch)
    with store.sessions() as session:
        assert session.scalars(select(Message.remote_id)).all() == ["first"]
        assert session.get_one(Account, account.id).cursor == "c1"
    ingestor.apply(account.id, batch)
    with store.sessions() as session:
        stored = session.scalars(select(Message.remote_id).order_by(Message.id)).all()
        assert session.get_one(Account, account.id).cursor == "c2"
    assert stored == ["first", *(p.remote_id for p in posts)]
    ingestor.close()


def test_the_child_collects_young_garbage_less_often_than_python_does() -> None:
    # At Python's default a young collection came every 700 allocations and walked the
    # engine's newest state each time: 8 % of triage's time (see TRIAGE_GC_THRESHOLDS).
    saved = gc.get_threshold()
    python_default = (700, 10, 10)
    gc.set_threshold(*python_default)
    requests_out, requests_in = multiprocessing.Pipe(duplex=False)
    _answers_out, answers_in = multiprocessing.Pipe(duplex=False)
    requests_in.send(None)  # the parent's sign to end, at once
    try:
        serve(requests_out, answers_in)
        assert gc.get_threshold() == TRIAGE_GC_THRESHOLDS != python_default
    finally:
        gc.set_threshold(*saved)


def test_the_child_keeps_what_its_engines_hold_out_of_every_collection() -> None:
    # Walked by every young collection, the engines' state cost 4 % of triage's CPU (see
    # settle_after); frozen after each answer, no collection walks it again.
    saved = gc.get_threshold()
    messages = _corpus_in_order()[:20]
    requests_out, requests_in = multiprocessing.Pipe(duplex=False)
    answers_out, answers_in = multiprocessing.Pipe(duplex=False)
    requests_in.send(("configure", (1, TriageConfig(tz=SHANGHAI))))
    requests_in.send(("process", (1, messages)))
    requests_in.send(None)
    try:
        serve(requests_out, answers_in)
        assert answers_out.recv() == (True, None)
        ok, verdicts = answers_out.recv()
        assert ok and len(verdicts) == len(messages)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)


class _Linked:
    me: _Linked | None = None


def test_an_engine_replaced_or_dropped_in_the_child_is_collected_though_frozen() -> None:
    # A cycle frozen with the engines' state stays for the child's life, unless the engine
    # it belonged to going (configure, forget: also after the engine raised) collects it.
    cycle = _Linked()
    cycle.me = cycle
    gone = weakref.ref(cycle)
    del cycle
    gc.freeze()
    try:
        settle_after("process")
        gc.collect()
        assert gone() is not None  # frozen: no collection sees it
        settle_after("forget")
        assert gone() is None
        cycle = _Linked()
        cycle.me = cycle
        gone = weakref.ref(cycle)
        del cycle
        settle_after("process")
        settle_after("configure")
        assert gone() is None
    finally:
        gc.unfreeze()


def test_the_windows_process_does_not_load_the_engine() -> None:
    # What desk's window process imports, the sync worker included: the engine and its
    # rules load only in the triage process.
    code = (
        "import sys, desk.app.gui, desk.sync.worker, desk.sync.triage_process; "
        "print(sorted(m for m in sys.modules if m.startswith('desk.core.triage')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout.strip()
    assert loaded == "['desk.core.triage_config']"


def test_closing_ends_a_call_in_flight_and_starts_no_other_child(child: TriageProcess) -> None:
    messages = list(generate(20_000, SHANGHAI, 3))
    child.configure(1, TriageConfig(tz=SHANGHAI))
    pid = child.pid
    outcome: list[BaseException] = []

    def triage_a_large_batch() -> None:
        try:
            child.process(1, messages)
        except BaseException as exc:  # what the ingest thread would see
            outcome.append(exc)

    worker = threading.Thread(target=triage_a_large_batch)
    worker.start()
    child.close()  # as the window does at shutdown, while a batch may be in flight
    worker.join(60)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], TriageUnavailable)
    with pytest.raises(TriageUnavailable):
        child.configure(1, TriageConfig(tz=SHANGHAI))
    assert child.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid or 0, 0)


def test_after_the_child_dies_every_account_is_warmed_again(
    store: Store, clock: ManualClock, child: TriageProcess
) -> None:
    first, second_id = _two_accounts(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock, child)
    now = clock.now()
    for account_id in (first.id, second_id):
        ingestor.apply(account_id, SyncBatch("c1", _groups("g", "g2"), (post("notice", now),)))
    os.kill(child.pid or 0, signal.SIGKILL)
    later = now + timedelta(minutes=5)
    with pytest.raises(TriageUnavailable):
        ingestor.apply(first.id, SyncBatch("c2", (), (post("a", later, "收到"),)))
    ingestor.apply(first.id, SyncBatch("c2", (), (post("a", later, "收到"),)))
    # The other account's engine was in the dead child too: warmed again, not a failure.
    forward = post(
        "forward", later, "转发：请各村于明天17点前报送秸秆禁烧巡查台账，逾期通报。", group="g2"
    )
    ingestor.apply(second_id, SyncBatch("c2", (), (forward,)))
    assert _column(store, Message.cluster, second_id)["forward"] == "notice"


def test_a_quiet_poll_starts_no_triage_process(
    store: Store, clock: ManualClock, child: TriageProcess
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock, child)
    ingestor.apply(account.id, SyncBatch("c1", _groups("g"), (), me_name="李明"))
    assert child.pid is None
    # The first message warms an engine that knows the name the quiet batch told.
    mention = post("m", clock.now(), "@李明 马上把台账发我", sender=("u2", "赵六"))
    ingestor.apply(account.id, SyncBatch("c2", (), (mention,)))
    assert child.pid is not None
    assert _column(store, Message.tier)["m"] == "urgent"


def test_a_pipeline_gives_each_chunk_the_verdicts_one_call_gives(child: TriageProcess) -> None:
    messages = _corpus_in_order()
    config = TriageConfig(me_names=("李明",), tz=SHANGHAI)
    local = LocalTriage()
    for triage in (local, child):
        triage.configure(1, config)
    expected = local.process(1, messages)
    chunks = [messages[i : i + 40] for i in range(0, len(messages), 40)]
    got: list[list[Verdict]] = []
    child.pipeline(1, chunks, got.append)
    assert [len(g) for g in got] == [len(c) for c in chunks]
    assert [v for g in got for v in g] == expected


def test_a_pipeline_whose_writer_fails_leaves_no_answer_behind(child: TriageProcess) -> None:
    messages = _corpus_in_order()
    child.configure(1, TriageConfig(tz=SHANGHAI))
    generation = child.generation
    chunks = [messages[i : i + 30] for i in range(0, 120, 30)]

    def fail_on_the_first(verdicts: list[Verdict]) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        child.pipeline(1, chunks, fail_on_the_first)
    # The chunk sent ahead was answered and read: the next call gets its own answer, from
    # the same child.
    again = child.process(1, [messages[200]])
    assert len(again) == 1 and again[0].tier in Tier
    assert child.generation == generation


def test_a_writer_error_reaches_the_caller_as_itself_and_keeps_the_child(
    child: TriageProcess,
) -> None:
    messages = _corpus_in_order()
    child.configure(1, TriageConfig(tz=SHANGHAI))
    generation = child.generation

    def writer(verdicts: list[Verdict]) -> None:
        raise PermissionError("the store's file")

    with pytest.raises(PermissionError):
        child.pipeline(1, [messages[:50], messages[50:100]], writer)
    assert child.generation == generation  # every account's engine is still warm


@pytest.mark.parametrize("error", [MemoryError, KeyboardInterrupt])
def test_an_error_while_reading_what_is_owed_ends_the_child(
    child: TriageProcess, error: type[BaseException]
) -> None:
    # Found by review: the answer owed stayed in the pipe, and every later call read the
    # answer of the call before it.
    messages = _corpus_in_order()
    child.configure(1, TriageConfig(tz=SHANGHAI))
    answers = child._answers
    assert answers is not None
    real_poll = answers.poll
    polls = 0

    def poll(timeout: float = 0.0) -> bool:
        nonlocal polls
        polls += 1
        if polls == 2:  # waiting for the answer owed after the writer failed
            raise error()
        return real_poll(timeout)

    def writer(verdicts: list[Verdict]) -> None:
        raise RuntimeError("store failed")

    answers.poll = poll  # type: ignore[method-assign]
    with pytest.raises((RuntimeError, error)):
        child.pipeline(1, [messages[:20], messages[20:40]], writer)
    answers.poll = real_poll  # type: ignore[method-assign]
    child.configure(1, TriageConfig(tz=SHANGHAI))
    assert len(child.process(1, messages[40:43])) == 3


def test_a_request_cut_off_half_sent_ends_the_child(child: TriageProcess) -> None:
    messages = _corpus_in_order()
    child.configure(1, TriageConfig(tz=SHANGHAI))
    conn = child._requests
    assert conn is not None
    real_send = conn._send  # type: ignore[attr-defined]
    sends = 0

    def send(buffer: bytes, write: object = None) -> None:
        nonlocal sends
        sends += 1
        if sends == 2:  # the second chunk: half of it, then an interrupt
            real_send(bytes(buffer[: len(buffer) // 2]))
            raise KeyboardInterrupt
        real_send(buffer)

    conn._send = send  # type: ignore[attr-defined]
    generation = child.generation
    with pytest.raises(KeyboardInterrupt):
        child.pipeline(1, [messages[:20], messages[20:40], messages[40:60]], lambda v: None)
    conn._send = real_send  # type: ignore[attr-defined]
    assert child.generation == generation + 1  # not kept with half a request in its pipe


def test_the_child_reads_a_due_time_passed_when_posted_as_this_process_does(
    child: TriageProcess,
) -> None:
    # Ingest asks for it under a card a copy raises; the window's process must not load
    # the rules to read it.
    config = TriageConfig(tz=SHANGHAI)
    local = LocalTriage()
    for triage in (local, child):
        triage.configure(1, config)
    posted = datetime(2026, 12, 3, 21, 27, tzinfo=SHANGHAI)
    text = "请于12月3日17:30前报送上半年工作总结。"
    asked = [(text, posted), ("请于12月4日17:30前报送。", posted)]
    dues = child.passed_dues(1, asked)
    assert dues == local.passed_dues(1, asked)
    assert dues == [datetime(2026, 12, 3, 17, 30, tzinfo=SHANGHAI), None]


def test_the_child_says_what_stands_of_a_corrected_notice_as_this_process_does(
    child: TriageProcess,
) -> None:
    # Ingest asks it when a correction replaces a notice, or either is edited; the
    # window's process must not load the rules to judge it.
    local = LocalTriage()
    for triage in (local, child):
        triage.configure(1, TriageConfig(tz=SHANGHAI))
    relay = message(RELAY_WITH_TASK, 1, SAT)
    moved = message(MEETING_MOVED, 2, SAT + timedelta(hours=5))
    olders = [(relay, datetime(2026, 12, 6, 15, 0, tzinfo=SHANGHAI))]

    stands = child.standing(1, moved, olders, "correction")

    assert stands == local.standing(1, moved, olders, "correction")
    assert stands[0].asks and stands[0].due == datetime(2026, 12, 6, 16, 0, tzinfo=SHANGHAI)
