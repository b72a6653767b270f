"""The flood bench's stall locator names where a stalled thread stood."""

from __future__ import annotations

import threading
import time

from tests.bench.stall_watch import StallWatch


def _held_up_in_a_slot(release: threading.Event) -> None:
    # Blocked as a slow slot blocks the GUI thread: no heartbeat until it returns.
    release.wait(5)


def test_a_gap_in_the_heartbeats_is_named_by_where_the_thread_stood() -> None:
    release = threading.Event()
    last = [time.perf_counter()]
    watched = threading.Thread(target=_held_up_in_a_slot, args=(release,))
    watched.start()
    assert watched.ident is not None
    watch = StallWatch(watched.ident, last)
    watch.start()
    try:
        # The stall lasts until the watch has sampled it.
        while not watch.worst():
            release.wait(0.01)
        release.set()
        watched.join()
    finally:
        watch.stop()
    [(stalled_ms, places), *_] = watch.worst()
    assert isinstance(stalled_ms, float) and stalled_ms >= 30
    assert any(str(p).startswith("[gui]") and "_held_up_in_a_slot" in str(p) for p in places)


def test_no_gap_no_stall() -> None:
    last = [time.perf_counter()]
    watch = StallWatch(threading.get_ident(), last)
    watch.start()
    for _ in range(20):
        last[0] = time.perf_counter()
        time.sleep(0.005)
    watch.stop()
    assert watch.worst() == []
