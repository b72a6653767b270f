"""Holding desk's store thread (desk.ui.ops.StoreOps) with a job of the test's, to see what
the window and the queue do while it works: a loaded PC's long job, at will."""

from __future__ import annotations

import threading

from desk.ui.ops import StoreOps


def hold_store_thread(ops: StoreOps, *, behind: bool = False) -> threading.Event:
    """Holds the store thread with a job until the event returned is set; `behind` a job
    held already, once that one is let go. Not behind, it returns once the thread holds
    the job: what the test queues next waits behind it (a thread not started yet took work
    queued after the job before it)."""
    release, holding = threading.Event(), threading.Event()

    def hold() -> None:
        holding.set()
        release.wait()

    ops.run(hold)
    if not behind:
        assert holding.wait(5), "the store thread took the held job"
    return release
