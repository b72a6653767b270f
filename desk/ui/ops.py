"""Store writes off the GUI thread, results back on it (after Anki's CollectionOp)."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from desk.core.where import frames, innermost_in
from desk.store.database import failure_cause

log = logging.getLogger("desk.ui.ops")

# How long background work waits for the user's at most (seconds): a DING's round is not
# put off for as long as the user keeps keys pressed.
LATER_WAITS = 2.0
# How many places of unexpected failures are remembered, to log each one's frames once.
REMEMBERED_PLACES = 100

_CAUSE_TEXT = {
    "read_only": QT_TRANSLATE_NOOP("StoreOps", "can't write the local database: it is read-only"),
    "busy": QT_TRANSLATE_NOOP("StoreOps", "the local database is busy"),
    "full": QT_TRANSLATE_NOOP("StoreOps", "the disk is full"),
    "corrupt": QT_TRANSLATE_NOOP(
        "StoreOps", "the local database is damaged: restore desk's folder from a backup"
    ),
    "io": QT_TRANSLATE_NOOP(
        "StoreOps", "the disk holding the local database cannot be read or written"
    ),
    "other": QT_TRANSLATE_NOOP("StoreOps", "the local database failed"),
}


def cause_text(cause: str) -> str:
    """The words for a store failure's cause (`desk.store.database.failure_cause`)."""
    return QCoreApplication.translate("StoreOps", _CAUSE_TEXT.get(cause, _CAUSE_TEXT["other"]))


def failure_text(error: BaseException) -> str:
    """The words for why a store operation raised `error`."""
    return cause_text(failure_cause(error))


class StoreOps(QObject):
    """Runs writes one at a time on a worker thread: work that must come `first` (what
    shows an unconfirmed DING), then what the user asked for, in the order asked, then
    background work (`later`) in its order.

    A tester's Ctrl+2 took 4.4 s on a busy machine: the view's read waited behind an
    alert check and an escalation round queued before it. Background work reads and
    writes its own state, so letting the user's work pass it changes no result the user
    sees; among the user's own, a read still follows the write asked before it.
    Background work that waited LATER_WAITS passes the user's one job at a time, each
    followed by the user's next.

    Signals: finished() after each operation's callback has run (tests wait on it);
    failed(str) with the exception type when an operation raised.
    """

    finished = Signal()
    failed = Signal(str)
    _deliver = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first: deque[tuple[str | None, Callable[[], None]]] = deque()
        self._asked: deque[Callable[[], None]] = deque()
        self._later: deque[tuple[float, str | None, Callable[[], None]]] = deque()
        # The names of background work waiting to start (see `run`'s `once`).
        self._waiting: set[str] = set()
        # Background work has just run: the user's next job, waiting or asked while it
        # ran, goes first. Passing it all at once, an alert check, an escalation round and a
        # count of what came while away held a tester's `e` 18 s on a loaded PC.
        self._let_in = False
        self._wake = threading.Condition()
        self._stopping = False
        # Started with the first operation: a StoreOps never used leaves no thread.
        self._worker: threading.Thread | None = None
        self._deliver.connect(self._on_deliver)
        self._pending = 0
        self._closed = False
        # Where unexpected failures happened, oldest first (see _log_failure).
        self._failed_at: dict[str, None] = {}

    def idle(self) -> bool:
        """No operation is queued, running, or waiting for its callback."""
        return self._pending == 0

    def run(
        self,
        work: Callable[[], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        *,
        later: bool = False,
        first: bool = False,
        once: str | None = None,
    ) -> None:
        """Runs `work` on the store thread, then `success(result)` or `failure(exception)`
        on the GUI thread; a failure is also reported through `failed`. Work `later`
        (background: alert checks, rounds, recounts) waits while the user's is queued.

        Background work named `once` is not queued again while work of that name waits
        to start: an alert check or an escalation round reads the store as it is when it
        runs, so one waiting does for all asked meanwhile. Under a sync flood each batch
        asked for both; the backlog then ran ahead of the user's reads for seconds (a
        reviewer)."""
        if self._closed:
            # desk is shutting down: a late refresh or recount has nothing left to update.
            log.info("store operation dropped after shutdown")
            return
        assert later or first or once is None, "only background work waits to be run once"
        assert not (later and first), "work is background or first, not both"
        if once is not None and once in self._waiting:
            # Its name leaves `_waiting` before it starts: the work waiting reads the store
            # after whatever this request follows.
            return
        self._pending += 1

        def job() -> None:
            try:
                self._deliver.emit(success, work(), None)
            except BaseException as exc:  # reported on the GUI thread, never lost
                self._deliver.emit(failure, None, exc)

        with self._wake:
            if first:
                self._first.append((once, job))
            elif later:
                self._later.append((time.monotonic(), once, job))
            else:
                self._asked.append(job)
            if once is not None:
                self._waiting.add(once)
            self._wake.notify()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="desk-store", daemon=True)
                self._worker.start()

    def shutdown(self, wait: bool = True) -> None:
        """Stops taking work; the store thread ends once what is queued has run, which
        this waits for unless told not to (a job that may never end)."""
        self._closed = True
        with self._wake:
            self._stopping = True
            self._wake.notify()
        if wait and self._worker is not None:
            self._worker.join()

    def _work(self) -> None:
        """The store thread: work that comes first, the user's, then background work;
        ends once stopping and nothing is left."""
        while True:
            with self._wake:
                while not (self._first or self._asked or self._later or self._stopping):
                    self._wake.wait()
                waited = (
                    bool(self._later)
                    and not self._let_in
                    and time.monotonic() - self._later[0][0] > LATER_WAITS
                )
                if self._first:
                    name, job = self._first.popleft()
                    if name is not None:
                        self._waiting.discard(name)
                elif self._asked and not waited:
                    job = self._asked.popleft()
                    self._let_in = False
                elif self._later:
                    _asked_at, name, job = self._later.popleft()
                    if name is not None:
                        self._waiting.discard(name)
                    # Ran ahead of the user's: their next job goes before the next of these,
                    # one asked while this runs too (set only if one waited already, two of
                    # these ran back to back ahead of an `e` pressed during the first).
                    self._let_in = True
                else:
                    return
            try:
                job()
            except BaseException:
                # The store thread lives on: a job that ended it would leave every later
                # one queued, and desk waiting on them for ever.
                log.exception("store job escaped its handler")

    def _log_failure(self, error: BaseException) -> None:
        """Logs why an operation failed. A failure the store does not know (a bug: an
        AttributeError, an SQL error) says where it happened, as fully the first time
        it happens there and by its innermost frame in desk after that: without, a field
        report of 15 such lines could not be traced."""
        name, cause = type(error).__name__, failure_cause(error)
        if cause != "other":
            log.error("store operation failed: %s (%s)", name, cause)
            return
        where = frames(error.__traceback__)
        path = "; ".join(where)
        if path in self._failed_at:
            place = innermost_in(error.__traceback__, "desk") or where[-1]
            log.error("store operation failed: %s (other) again at %s", name, place)
            return
        self._remember_failed_at(path)
        log.error("store operation failed: %s (other) at %s", name, path)

    def _remember_failed_at(self, path: str) -> None:
        """Remembers `path` among the REMEMBERED_PLACES latest, so that a long run of
        failures at ever new places does not grow the memory without bound; a place
        forgotten has its frames logged again."""
        self._failed_at[path] = None
        if len(self._failed_at) > REMEMBERED_PLACES:
            del self._failed_at[next(iter(self._failed_at))]

    def _on_deliver(self, then: Callable[[Any], None] | None, result: Any, error: Any) -> None:
        if self._closed:
            # Finished as desk stopped: what it would update is gone. A window started
            # again (desk.app.gui.run_gui) had the last one's sync start on the last store.
            self._pending -= 1
            return
        if error is not None:
            self._log_failure(error)
            self.failed.emit(type(error).__name__)
            result = error
        try:
            if then is not None:
                then(result)
        finally:
            self._pending -= 1
            self.finished.emit()
