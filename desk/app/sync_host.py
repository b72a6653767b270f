"""The running sync worker, which a new account replaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.sync.worker import SyncWorker


class SyncHost:
    """Owns the running sync worker; a new account means a new worker."""

    def __init__(self, make: Callable[[], SyncWorker]) -> None:
        self._make = make
        self._worker: SyncWorker | None = None

    def start(self) -> None:
        self._worker = self._make()
        self._worker.start()

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def wake(self) -> None:
        if self._worker is not None:
            self._worker.wake()

    def end_account(self, account_id: int) -> None:
        """Ends the sync of an account about to be removed, and waits for it to end (off
        the GUI thread: see SyncWorker.end_account)."""
        worker = self._worker
        if worker is not None:
            worker.end_account(account_id)

    def resume_account(self, account_id: int) -> None:
        worker = self._worker
        if worker is not None:
            worker.resume_account(account_id)

    def retry_now(self) -> None:
        if self._worker is not None:
            self._worker.retry_now()
