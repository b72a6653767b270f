"""Triage engines, one per account, in this process or in a child process of their own.

Triage is pure Python and busy: on a thread of the window's process it holds the GIL that
every paint and timer of the window needs. During a flood of 1,000 messages/s that stalled
the window for 50-85 ms at a time (21 ms with triage taken out). `TriageProcess` runs the
same engines in a child: the sync thread hands it a whole batch over a pipe and waits,
holding no lock, while the child works on another core.

Both kinds answer the same calls, keyed by account id; `LocalTriage` serves the headless
`desk sync` and the tests of ingest, and is what the child runs.

`pipeline` hands a batch over in chunks and lets the caller store each chunk's verdicts
while the child works on the next: ingest then takes about as long as the slower of the
two instead of both together.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import queue
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from desk import __version__
from desk.core.messages import Message, Standing, Tier, Verdict
from desk.core.triage_config import TriageConfig

if TYPE_CHECKING:
    from desk.core.triage import TriageEngine

log = logging.getLogger("desk.sync.triage")

# How long a new child may take over its first answer: its start (its interpreter and the
# triage engine's imports, about a second here) on a slow office PC under load, or with an
# antivirus scanning the new process.
START_TIMEOUT_S = 120.0
# How long a child that has answered before may stay silent, and how much longer for each
# message a request asks about. Here, on two busy cores, a chunk of 200 (ingest's) took
# 0.5 s and a warm-up's recall of 3,000 0.7 s: at 30 s and 10 ms a message (32 s and
# 60 s), a PC several times slower is still far inside, and a request of 5,000 in one
# gets 80 s for its 4 s. A child silent that long is stuck (stopped, swapped out and
# starved, looping): it is ended and a new one takes the batch. It had 120 s for every
# answer, and new messages waited two minutes behind one that would never come.
REPLY_TIMEOUT_S = 30.0
PER_MESSAGE_S = 0.01
# A child idle this long may have been paged out (a 4 GB office PC with a hard disk, after
# the lunch break or overnight, an antivirus scanning): its next answer gets a new child's
# time, as its pages come back, rather than ending it for a new start that costs more.
IDLE_S = 600.0
# Python's default collects the young generation every 700 net allocations, and each time
# walked the engine's freshest state again (its shingle sets and clause lists, hundreds of
# items each): 8 % of triage's time over 100,000 messages. At 10,000 most of a message's
# temporaries are gone before a collection comes; cycles are rare here (none found in
# 100,000 messages) and still collected, later. The older generations keep Python's
# thresholds: (10,000, 50, 1,000) measured the same.
TRIAGE_GC_THRESHOLDS = (10_000, 10, 10)
# Which rules the engines run: the desk that ships them, as a release is what changes them
# for a user. A message they failed on is stored unsorted, with this (see ingest.resort):
# other rules sort it again, these never retry it. By the version alone: a build from the
# source between releases (a developer's) sorts such messages again only once the version
# changes. (A digest of the rules' source would not do: a frozen bundle ships them
# compiled.)
RULES = __version__


class Recalled(NamedTuple):
    """A stored message and what was decided about it (see TriageEngine.recall)."""

    message: Message
    tier: Tier
    cluster: str | None
    ack: bool
    # It answers a notice (see desk.core.triage.answers), and its due time.
    answered: bool = False
    due: datetime | None = None


class TriageUnavailable(Exception):
    """The triage process stopped or did not answer; the batch can be tried again."""


class TriageHung(TriageUnavailable):
    """The triage process gave no answer in time (a pattern that never ends, or a child
    stopped or starved), and was ended; not a child that died or was closed."""


class TriageFailed(RuntimeError):
    """The engine raised in the triage process (a bug: trying again would fail again)."""


class Triage(Protocol):
    @property
    def generation(self) -> int:
        """Changes when engines configured before are gone (a new triage process)."""

    @property
    def rules(self) -> str:
        """Which rules the engines run (see RULES)."""

    def configure(self, account_id: int, config: TriageConfig) -> None:
        """A fresh engine for the account (replacing any it had)."""

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None: ...

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]: ...

    def pipeline(
        self,
        account_id: int,
        chunks: Sequence[Sequence[Message]],
        each: Callable[[list[Verdict]], None],
    ) -> None:
        """Calls `each` with the verdicts of every chunk in turn."""

    def reassess(self, account_id: int, message: Message) -> Verdict: ...

    def passed_dues(
        self, account_id: int, asked: list[tuple[str, datetime]]
    ) -> list[datetime | None]:
        """For each text and time, the due-by time the text states for that day that had
        passed by then (see passed_due_that_day), read with the account's zone and working
        days."""

    def standing(
        self,
        account_id: int,
        newer: Message,
        olders: Sequence[tuple[Message, datetime | None]],
        kind: str,
    ) -> list[Standing]:
        """What stands of each of `olders` (a message and its card's due time) that
        `newer` replaced as `kind` (see TriageEngine.standing)."""

    def forget(self, account_id: int | None = None) -> None:
        """Drops the account's engine, or every engine."""

    def close(self) -> None: ...


class LocalTriage:
    """The engines in this process."""

    # Engines here go only when forgotten.
    generation = 0
    rules = RULES

    def __init__(self) -> None:
        self._engines: dict[int, TriageEngine] = {}

    def configure(self, account_id: int, config: TriageConfig) -> None:
        # Imported here: the window's process, which hands triage to a TriageProcess, never
        # loads the engine and its rules (a fifth of a second of regex compiling).
        from desk.core.triage import TriageEngine

        self._engines[account_id] = TriageEngine(config)

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None:
        engine = self._engines[account_id]
        with _reported("recall"):
            for message, tier, cluster, ack, answered, due in recalled:
                engine.recall(message, tier, cluster, ack, answered=answered, due=due)

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]:
        process = self._engines[account_id].process
        with _reported("process"):
            return [process(message) for message in messages]

    def pipeline(
        self,
        account_id: int,
        chunks: Sequence[Sequence[Message]],
        each: Callable[[list[Verdict]], None],
    ) -> None:
        for chunk in chunks:
            # What `each` raises goes on as is.
            with _reported("process"):
                verdicts = self.process(account_id, chunk)
            each(verdicts)

    def reassess(self, account_id: int, message: Message) -> Verdict:
        engine = self._engines[account_id]
        with _reported("reassess"):
            return engine.reassess(message)

    def passed_dues(
        self, account_id: int, asked: list[tuple[str, datetime]]
    ) -> list[datetime | None]:
        from desk.core.triage.deadlines import passed_due_that_day
        from desk.core.triage.normalize import canonical

        config = self._engines[account_id].config
        with _reported("passed_dues"):
            return [
                passed_due_that_day(canonical(text), ts, config.tz, config.work_calendar)
                for text, ts in asked
            ]

    def standing(
        self,
        account_id: int,
        newer: Message,
        olders: Sequence[tuple[Message, datetime | None]],
        kind: str,
    ) -> list[Standing]:
        engine = self._engines[account_id]
        with _reported("standing"):
            return [engine.standing(newer, older, kind, due) for older, due in olders]

    def forget(self, account_id: int | None = None) -> None:
        if account_id is None:
            self._engines.clear()
        else:
            self._engines.pop(account_id, None)

    def close(self) -> None:
        self._engines.clear()


@contextlib.contextmanager
def _reported(call: str) -> Iterator[None]:
    """Around the engine's work on messages: what it raises is told as a triage process
    tells it (TriageFailed, with the traceback), so that the messages it fails on are set
    aside under `desk sync` too (desk.sync.set_aside), and the CLI says it in one line."""
    try:
        yield
    except TriageFailed:
        raise
    except Exception as exc:
        raise TriageFailed(f"triage failed in {call}: {traceback.format_exc()}") from exc


class TriageProcess:
    """The engines in a child process, started on first use and again after it dies.

    Calls come from one thread at a time (sync's ingest thread; `close` from the window's
    at shutdown); a lock keeps a call and its answer together all the same.
    """

    # The child is this desk's: its rules are too.
    rules = RULES

    def __init__(
        self,
        reply_timeout_s: float = REPLY_TIMEOUT_S,
        start_timeout_s: float = START_TIMEOUT_S,
        idle_s: float = IDLE_S,
    ) -> None:
        """An answer is waited for `reply_timeout_s` (`start_timeout_s` for a new child's
        first, and for the first after `idle_s` without a request), and PER_MESSAGE_S
        more for each message its request asks about."""
        self._reply_timeout_s = reply_timeout_s
        self._start_timeout_s = start_timeout_s
        self._idle_s = idle_s
        self._answered_at = 0.0  # time.monotonic() of the last answer
        self._lock = threading.Lock()
        # Requests go down one pipe and answers come up another, so that the child can read
        # the next request while it sends an answer (see `serve`).
        self._requests: Connection | None = None
        self._answers: Connection | None = None
        self._child: multiprocessing.process.BaseProcess | None = None
        # Whether the child has not answered yet: it may still be starting.
        self._fresh = False
        self._started = 0
        self._closed = False

    @property
    def generation(self) -> int:
        """Which child answers the next call: a new number means engines configured
        before are gone."""
        return self._started + (1 if self._requests is None else 0)

    def configure(self, account_id: int, config: TriageConfig) -> None:
        self._call("configure", account_id, config)

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None:
        self._call("recall", account_id, list(recalled))

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]:
        verdicts: list[Verdict] = self._call("process", account_id, list(messages))
        return verdicts

    def pipeline(
        self,
        account_id: int,
        chunks: Sequence[Sequence[Message]],
        each: Callable[[list[Verdict]], None],
    ) -> None:
        """Sends the next chunk before `each` stores this one's verdicts, so the child
        triages while the caller writes. If `each` raises, the answers still owed are read
        (or the child ended) before the exception goes on: the next call must not read an
        answer meant for this one."""
        # Pickled before anything is sent: a request that cannot be pickled fails here,
        # with the pipe untouched.
        requests = [
            bytes(ForkingPickler.dumps(("process", (account_id, list(chunk))))) for chunk in chunks
        ]
        if not requests:
            return
        with self._lock:
            if self._closed:
                raise TriageUnavailable("triage process closed")
            conn = self._requests or self._start()
            sent = received = 0
            try:
                while received < len(requests):
                    with self._exchange():
                        # One chunk ahead of the answer read next.
                        while sent < len(requests) and sent <= received + 1:
                            conn.send_bytes(requests[sent])
                            sent += 1
                        ok, value = self._answer("process", len(chunks[received]))
                    received += 1
                    if not ok:
                        raise TriageFailed(f"triage process failed in process: {value}")
                    each(value)
            except BaseException:
                if self._requests is conn:  # kept: both pipes are between messages
                    # Read what is owed; a child that cannot give it is ended, and the
                    # exception that stopped the pipeline is the one that goes on.
                    with contextlib.suppress(TriageUnavailable), self._exchange():
                        for owed in range(received, sent):
                            self._answer("process", len(chunks[owed]))
                raise

    def reassess(self, account_id: int, message: Message) -> Verdict:
        verdict: Verdict = self._call("reassess", account_id, message)
        return verdict

    def passed_dues(
        self, account_id: int, asked: list[tuple[str, datetime]]
    ) -> list[datetime | None]:
        # One round trip for a batch's every card.
        dues: list[datetime | None] = self._call("passed_dues", account_id, asked)
        return dues

    def standing(
        self,
        account_id: int,
        newer: Message,
        olders: Sequence[tuple[Message, datetime | None]],
        kind: str,
    ) -> list[Standing]:
        # One round trip for a notice's every copy.
        found: list[Standing] = self._call("standing", account_id, newer, list(olders), kind)
        return found

    def forget(self, account_id: int | None = None) -> None:
        with self._lock:
            if self._requests is None:
                return  # no child, no engines
        self._call("forget", account_id)

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        child = self._child
        return child.pid if child is not None and child.is_alive() else None

    def close(self) -> None:
        """Ends the child; a call in flight ends with TriageUnavailable, and so does every
        later one (a closed TriageProcess starts no child)."""
        self._closed = True
        if not self._lock.acquire(timeout=1.0):
            # A batch is being triaged (seconds, for a large one): end it rather than
            # hold the caller, the window's thread at shutdown, until it is done.
            child = self._child
            if child is not None:
                child.kill()
            self._lock.acquire()
        try:
            conn, answers, child = self._requests, self._answers, self._child
            self._requests = self._answers = self._child = None
        finally:
            self._lock.release()
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.send(None)  # the child's sign to return
            conn.close()
        if answers is not None:
            answers.close()
        if child is not None:
            child.join(5)
            if child.is_alive():
                child.kill()
                child.join(5)

    def _call(self, name: str, *args: Any) -> Any:
        with self._lock:
            if self._closed:
                raise TriageUnavailable("triage process closed")
            conn = self._requests or self._start()
            with self._exchange():
                conn.send((name, args))
                ok, value = self._answer(name, _messages_in(args))
        if not ok:
            raise TriageFailed(f"triage process failed in {name}: {value}")
        return value

    @contextlib.contextmanager
    def _exchange(self) -> Iterator[None]:
        """Around requests and answers crossing the pipes: a failure ends the child."""
        try:
            yield
        except TimeoutError as exc:
            # Told apart from a child that died: only a message it hangs on is set aside.
            self._discard()
            raise TriageHung(f"triage process: {exc!r}") from exc
        except (OSError, EOFError) as exc:
            # Whatever the child knew is gone with it: the next call starts a new one,
            # and the caller warms its engines again.
            self._discard()
            raise TriageUnavailable(f"triage process: {exc!r}") from exc
        except BaseException:
            # A request or an answer that did not cross whole: the pipe may hold half of
            # it, so this child answers nothing more.
            self._discard()
            raise

    def _answer(self, name: str, messages: int) -> tuple[bool, Any]:
        """The answer to a request about `messages` messages, or TimeoutError."""
        answers = self._answers
        assert answers is not None
        woken = time.monotonic() - self._answered_at >= self._idle_s
        waited = self._start_timeout_s if self._fresh or woken else self._reply_timeout_s
        timeout = waited + messages * PER_MESSAGE_S
        if not answers.poll(timeout):
            raise TimeoutError(f"no answer to {name} in {timeout:.0f} s")
        answer: tuple[bool, Any] = answers.recv()
        self._fresh = False
        self._answered_at = time.monotonic()
        return answer

    def _start(self) -> Connection:
        # Spawned, not forked: the parent runs Qt and other threads, which a fork copies
        # in whatever state they are.
        context = multiprocessing.get_context("spawn")
        requests_out, requests_in = context.Pipe(duplex=False)
        answers_out, answers_in = context.Pipe(duplex=False)
        child = context.Process(
            target=serve, args=(requests_out, answers_in), name="desk-triage", daemon=True
        )
        child.start()
        requests_out.close()
        answers_in.close()
        self._requests, self._answers, self._child = requests_in, answers_out, child
        self._fresh = True
        self._started += 1
        log.info("triage process %d started", child.pid)
        return requests_in

    def _discard(self) -> None:
        conn, answers, child = self._requests, self._answers, self._child
        self._requests = self._answers = self._child = None
        if answers is not None:
            answers.close()
        if conn is not None:
            conn.close()
        if child is not None:
            child.kill()
            child.join(5)


def _messages_in(args: tuple[Any, ...]) -> int:
    """How many messages a call's arguments ask about: its lists hold them (to triage,
    recalled, or the ones a notice replaced)."""
    return sum(len(arg) for arg in args if isinstance(arg, list))


_CALLS = frozenset(
    {"configure", "recall", "process", "reassess", "passed_dues", "standing", "forget"}
)


def serve(requests: Connection, answers: Connection) -> None:
    """The child's loop: each request is (method name, arguments) of a LocalTriage, and
    each answer (True, result) or (False, what went wrong); None, or the parent gone, ends
    it.

    A thread reads the requests as they come, so the parent's send of the next chunk of a
    pipeline never waits for this loop (which may itself wait to send an answer)."""
    collect_for_triage()
    triage = LocalTriage()
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read, args=(requests, inbox), name="requests", daemon=True).start()
    while True:
        request = inbox.get()
        if request is None:
            return
        if isinstance(request, Exception):  # a request this child's code cannot read
            answers.send((False, f"unreadable request: {type(request).__name__}: {request}"))
            continue
        name, args = request
        try:
            if name not in _CALLS:
                raise ValueError(f"no call {name!r}")
            answer = (True, getattr(triage, name)(*args))
        except TriageFailed as exc:  # the engine raised: its traceback, as LocalTriage tells it
            answer = (False, str(exc))
        except Exception:  # reported to the parent, with where it happened
            answer = (False, traceback.format_exc())
        try:
            answers.send(answer)
        except OSError:
            return  # the parent is gone
        # Dropped before the freeze: what is left alive now is the engines' state.
        del request, args, answer
        settle_after(name)


def collect_for_triage() -> None:
    """Garbage collection in this process set for a triage engine's work (see
    TRIAGE_GC_THRESHOLDS): the triage child's, and the benchmarks' that measure it."""
    gc.set_threshold(*TRIAGE_GC_THRESHOLDS)


def settle_after(call: str) -> None:
    """After each request the child answered: what the engines keep (shingle sets, the
    candidate index, clause lists) goes where no collection walks it again (gc.freeze).
    Left to the collector, every young collection walked the state of the messages since
    the last one, and more of it as the engines' older state was freed and made room
    under the threshold: from 10,000 objects to 27,000 over 20,000 messages, 4 % of
    triage's CPU, a pause of up to 65 ms at a time; frozen, 0.1 %. The engines make no
    reference cycles (none in 20,000 messages, nor in an engine dropped), and what is
    frozen is still freed when no longer referenced; an engine replaced or dropped, or
    one that raised (a traceback's frames), is collected in full here, so that no cycle
    of it stays frozen for the child's life."""
    if call in ("configure", "forget"):
        gc.unfreeze()
        gc.collect()
    gc.freeze()


def _read(requests: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            inbox.put(None)  # the parent is gone: as good as its sign to return
            return
        except Exception as exc:
            inbox.put(exc)
            continue
        inbox.put(request)
        if request is None:
            return


def where_failed(failure: str) -> str:
    """A traceback from the triage process cut to where it failed: the frames, and each
    exception's type. Messages, notes and chained causes may quote the message being
    triaged, and a log holds no message text."""
    kept = []
    for line in failure.splitlines():
        if _FRAME.match(line):
            kept.append(line.strip(" |"))
        elif found := _EXCEPTION_TYPE.match(line):
            kept.append(found.group(1))
    return "\n".join(kept)


_FRAME = re.compile(r'^[\s|+-]*File "')
_EXCEPTION_TYPE = re.compile(
    r"^[\s|+-]*([A-Za-z_][\w.]*(?:Error|Exception|Group|Failed|Warning))\b"
)
