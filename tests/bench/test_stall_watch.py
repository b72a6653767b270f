"""The flood bench's stall locator names where a stalled thread stood."""

from __future__ import annotations

import threading
import time
from typing import ClassVar

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


class _Token:
    """Records the thread that destroys it: a Qt widget must die on its own thread."""

    died_on: ClassVar[list[int]] = []

    def __del__(self) -> None:
        self.died_on.append(threading.get_ident())


def _stalls_holding_a_token(release: threading.Event) -> None:
    token = _Token()  # noqa: F841 - kept alive by this frame, as a slot's widgets are
    release.wait(5)


def test_what_the_sampled_frames_held_dies_on_the_watched_thread() -> None:
    release = threading.Event()
    last = [time.perf_counter()]
    watch: list[StallWatch] = []
    died_on = _Token.died_on
    died_on.clear()
    held_past_return: list[bool] = []

    def watched_thread() -> None:
        _stalls_holding_a_token(release)
        # The sampler still holds the returned frame (and the token): dropped by the
        # sampler at a moment of its own, it would die on the sampler's thread.
        held_past_return.append(not died_on)
        # The heartbeat's part after a stall: let go of what the sampler held.
        while not died_on:
            watch[0].release()
            time.sleep(0.005)

    thread = threading.Thread(target=watched_thread)
    thread.start()
    assert thread.ident is not None
    watch.append(StallWatch(thread.ident, last))
    watch[0].start()
    try:
        while not watch[0].worst():
            release.wait(0.01)
        # Sampled a few more times after the stall frame has returned.
        release.set()
        time.sleep(0.05)
        thread.join(5)
    finally:
        watch[0].stop()
    assert held_past_return == [True]
    assert died_on == [thread.ident]
