"""Triage engines, one per account, in this process or in a child process of their own.

Triage is pure Python and busy: on a thread of the window's process it holds the GIL that
every paint and timer of the window needs. During a flood of 1,000 messages/s that stalled
the window for 50-85 ms at a time (21 ms with triage taken out). `TriageProcess` runs the
same engines in a child: the sync thread hands it a whole batch over a pipe and waits,
holding no lock, while the child works on another core.

Both kinds answer the same calls, keyed by account id; `LocalTriage` serves the headless
`desk sync` and the tests of ingest, and is what the child runs.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import traceback
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from desk.core.messages import Message, Tier, Verdict
from desk.core.triage_config import TriageConfig

if TYPE_CHECKING:
    from desk.core.triage import TriageEngine

log = logging.getLogger("desk.sync.triage")

# Long enough for the child's start (its interpreter and the triage engine's imports) on a
# slow office PC under load; a batch of 1,000 takes about a third of a second.
REPLY_TIMEOUT_S = 120.0


class Recalled(NamedTuple):
    """A stored message and what was decided about it (see TriageEngine.recall)."""

    message: Message
    tier: Tier
    cluster: str | None
    ack: bool


class TriageUnavailable(Exception):
    """The triage process stopped or did not answer; the batch can be tried again."""


class TriageFailed(RuntimeError):
    """The engine raised in the triage process (a bug: trying again would fail again)."""


class Triage(Protocol):
    @property
    def generation(self) -> int:
        """Changes when engines configured before are gone (a new triage process)."""

    def configure(self, account_id: int, config: TriageConfig) -> None:
        """A fresh engine for the account (replacing any it had)."""

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None: ...

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]: ...

    def reassess(self, account_id: int, message: Message) -> Verdict: ...

    def forget(self, account_id: int | None = None) -> None:
        """Drops the account's engine, or every engine."""

    def close(self) -> None: ...


class LocalTriage:
    """The engines in this process."""

    # Engines here go only when forgotten.
    generation = 0

    def __init__(self) -> None:
        self._engines: dict[int, TriageEngine] = {}

    def configure(self, account_id: int, config: TriageConfig) -> None:
        # Imported here: the window's process, which hands triage to a TriageProcess, never
        # loads the engine and its rules (a fifth of a second of regex compiling).
        from desk.core.triage import TriageEngine

        self._engines[account_id] = TriageEngine(config)

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None:
        engine = self._engines[account_id]
        for message, tier, cluster, ack in recalled:
            engine.recall(message, tier, cluster, ack)

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]:
        process = self._engines[account_id].process
        return [process(message) for message in messages]

    def reassess(self, account_id: int, message: Message) -> Verdict:
        return self._engines[account_id].reassess(message)

    def forget(self, account_id: int | None = None) -> None:
        if account_id is None:
            self._engines.clear()
        else:
            self._engines.pop(account_id, None)

    def close(self) -> None:
        self._engines.clear()


class TriageProcess:
    """The engines in a child process, started on first use and again after it dies.

    Calls come from one thread at a time (sync's ingest thread; `close` from the window's
    at shutdown); a lock keeps a call and its answer together all the same.
    """

    def __init__(self, reply_timeout_s: float = REPLY_TIMEOUT_S) -> None:
        self._reply_timeout_s = reply_timeout_s
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._child: multiprocessing.process.BaseProcess | None = None
        self._started = 0
        self._closed = False

    @property
    def generation(self) -> int:
        """Which child answers the next call: a new number means engines configured
        before are gone."""
        return self._started + (1 if self._conn is None else 0)

    def configure(self, account_id: int, config: TriageConfig) -> None:
        self._call("configure", account_id, config)

    def recall(self, account_id: int, recalled: Sequence[Recalled]) -> None:
        self._call("recall", account_id, list(recalled))

    def process(self, account_id: int, messages: Sequence[Message]) -> list[Verdict]:
        verdicts: list[Verdict] = self._call("process", account_id, list(messages))
        return verdicts

    def reassess(self, account_id: int, message: Message) -> Verdict:
        verdict: Verdict = self._call("reassess", account_id, message)
        return verdict

    def forget(self, account_id: int | None = None) -> None:
        with self._lock:
            if self._conn is None:
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
            conn, child = self._conn, self._child
            self._conn = self._child = None
        finally:
            self._lock.release()
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.send(None)  # the child's sign to return
            conn.close()
        if child is not None:
            child.join(5)
            if child.is_alive():
                child.kill()
                child.join(5)

    def _call(self, name: str, *args: Any) -> Any:
        with self._lock:
            if self._closed:
                raise TriageUnavailable("triage process closed")
            conn = self._conn or self._start()
            try:
                conn.send((name, args))
                if not conn.poll(self._reply_timeout_s):
                    raise TimeoutError(f"no answer to {name} in {self._reply_timeout_s:.0f} s")
                ok, value = conn.recv()
            except (OSError, EOFError, TimeoutError) as exc:
                # Whatever the child knew is gone with it: the next call starts a new one,
                # and the caller warms its engines again.
                self._discard()
                raise TriageUnavailable(f"triage process: {type(exc).__name__}") from exc
            except BaseException:
                # A request or an answer that did not cross whole: the pipe may hold half of
                # it, so this child answers nothing more.
                self._discard()
                raise
        if not ok:
            raise TriageFailed(f"triage process failed in {name}: {value}")
        return value

    def _start(self) -> Connection:
        # Spawned, not forked: the parent runs Qt and other threads, which a fork copies
        # in whatever state they are.
        context = multiprocessing.get_context("spawn")
        parent, child_end = context.Pipe()
        child = context.Process(target=serve, args=(child_end,), name="desk-triage", daemon=True)
        child.start()
        child_end.close()
        self._conn, self._child = parent, child
        self._started += 1
        log.info("triage process %d started", child.pid)
        return parent

    def _discard(self) -> None:
        conn, child = self._conn, self._child
        self._conn = self._child = None
        if conn is not None:
            conn.close()
        if child is not None:
            child.kill()
            child.join(5)


_CALLS = frozenset({"configure", "recall", "process", "reassess", "forget"})


def serve(conn: Connection) -> None:
    """The child's loop: each request is (method name, arguments) of a LocalTriage, and
    each answer (True, result) or (False, what went wrong); None, or the parent gone, ends
    it."""
    triage = LocalTriage()
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        except Exception as exc:  # a request this child's code cannot read
            conn.send((False, f"unreadable request: {type(exc).__name__}: {exc}"))
            continue
        if request is None:
            return
        name, args = request
        try:
            if name not in _CALLS:
                raise ValueError(f"no call {name!r}")
            answer = (True, getattr(triage, name)(*args))
        except Exception:  # reported to the parent, with where it happened
            answer = (False, traceback.format_exc())
        conn.send(answer)
