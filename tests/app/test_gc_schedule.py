"""Garbage collections run on the GUI thread (a worker destroying a widget crashed the
GUI), and full ones wait for sync to go quiet (a flood must not stop the GUI)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.app.gc_schedule import CollectionScheduler, deferred


@pytest.fixture(autouse=True)
def collection_as_it_was() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.fixture
def collected() -> list[int]:
    """The generations the scheduler collected, in order."""
    return []


class Cycle:
    """Garbage only a collection frees; says on which thread it went."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


# No young collection in the tests that count the full ones.
NO_YOUNG = 600_000


def test_full_collections_wait_for_quiet_then_run(qtbot: QtBot, collected: list[int]) -> None:
    gc.enable()
    scheduler = CollectionScheduler(
        quiet_ms=20, young_ms=NO_YOUNG, collect=lambda generation: collected.append(generation)
    )
    scheduler.install(freeze=False)
    try:
        assert not gc.isenabled(), "no automatic collection while installed"
        gc.collect(1)  # a young collection: one full collection is now owed
        assert deferred() > 0
        scheduler.activity()
        assert collected == []
        qtbot.waitUntil(lambda: collected == [2])
    finally:
        scheduler.uninstall()
    assert gc.isenabled(), "Python's own schedule again"


def test_past_the_ceiling_it_collects_at_once(collected: list[int]) -> None:
    scheduler = CollectionScheduler(
        quiet_ms=60_000,
        max_deferred=0,
        young_ms=NO_YOUNG,
        collect=lambda generation: collected.append(generation),
    )
    scheduler.install(freeze=False)
    try:
        gc.collect(1)
        scheduler.activity()
        assert collected == [2]
    finally:
        scheduler.uninstall()


def test_a_trickle_that_never_goes_quiet_still_gets_a_full_collection(
    collected: list[int],
) -> None:
    """The demo posts every 6 s, a busy county as often: sync never goes quiet for 10 s,
    and the garbage only a full collection frees (SQLAlchemy's statement cycles) must not
    wait for days until the young collections reach the ceiling."""
    now = [0.0]
    scheduler = CollectionScheduler(
        quiet_ms=10_000,
        max_wait_s=600,
        young_ms=NO_YOUNG,
        collect=lambda generation: collected.append(generation),
        monotonic=lambda: now[0],
    )
    scheduler.install(freeze=False)
    try:
        for ten_minutes in (1, 2):
            for _message in range(99):  # a message every 6 s, for 9 min 54 s
                gc.collect(1)
                now[0] += 6
                scheduler.activity()
            assert collected == [2] * (ten_minutes - 1)
            now[0] += 6
            scheduler.activity()
            assert collected == [2] * ten_minutes
    finally:
        scheduler.uninstall()


def test_collection_paused_for_the_start_resumes_on_the_gui_thread(qtbot: QtBot) -> None:
    scheduler = CollectionScheduler(young_ms=10)
    gc.disable()  # as `desk` does while it starts its window
    freed_on: list[str] = []
    try:
        scheduler.install(freeze=False)
        Cycle(freed_on)
        qtbot.waitUntil(lambda: freed_on != [])
        assert freed_on == [threading.main_thread().name]
    finally:
        scheduler.uninstall()
    assert not gc.isenabled(), "paused as before, until the next window"


def test_a_worker_allocating_leaves_the_gui_threads_garbage_to_the_gui_thread(
    qtbot: QtBot,
) -> None:
    """A store job building a query crossed Python's threshold and collected, on its
    thread, cycles the GUI thread had left: widgets among them crashed the GUI."""
    scheduler = CollectionScheduler(young_ms=10)
    freed_on: list[str] = []
    gc.enable()  # Python's default
    try:
        scheduler.install(freeze=False)
        Cycle(freed_on)

        def allocate() -> None:
            kept = [[n] for n in range(100_000)]  # 140 times Python's young threshold
            del kept

        worker = threading.Thread(target=allocate, name="desk-store-test")
        worker.start()
        worker.join()
        assert freed_on in ([], [threading.main_thread().name])
        qtbot.waitUntil(lambda: freed_on != [])
        assert freed_on == [threading.main_thread().name]
    finally:
        scheduler.uninstall()


def test_garbage_left_by_the_start_is_collected_in_the_first_quiet_spell(
    qtbot: QtBot,
) -> None:
    # Collected as it installed, just after the first paint, it walked every object of a
    # restarted 100,000-message desk: the GUI thread held 0.2-1 s (issue 8).
    scheduler = CollectionScheduler(quiet_ms=50, young_ms=10)
    gc.disable()
    try:
        left = weakref.ref(Cycle([]))  # unreachable at once, but only a collection frees it
        assert left() is not None
        scheduler.install()
        assert left() is not None, "not walked while the window starts"
        qtbot.waitUntil(lambda: left() is None)  # quiet: no sync stored anything
        assert gc.get_freeze_count() > 0, "what start-up built is frozen again"
    finally:
        scheduler.uninstall()
        gc.unfreeze()


def test_what_the_window_left_in_cycles_is_collected_once_it_closed() -> None:
    # The window's widgets exist when it installs the scheduler, which froze them with the
    # rest: a window started again (desk.app.gui, START_AGAIN) collected the last one's in
    # vain, and it stayed for good.
    window = Cycle([])
    left = weakref.ref(window)
    scheduler = CollectionScheduler()
    gc.disable()
    try:
        scheduler.install()
        del window
    finally:
        scheduler.uninstall()
    gc.collect()
    assert left() is None
