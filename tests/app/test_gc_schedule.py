"""Full garbage collections wait for sync to go quiet (a flood must not stop the GUI)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.app.gc_schedule import CollectionScheduler, deferred


@pytest.fixture
def collected() -> Iterator[list[int]]:
    saved = gc.get_threshold()
    calls: list[int] = []
    yield calls
    gc.set_threshold(*saved)


def test_full_collections_wait_for_quiet_then_run(qtbot: QtBot, collected: list[int]) -> None:
    scheduler = CollectionScheduler(
        quiet_ms=20, collect=lambda generation: collected.append(generation)
    )
    scheduler.install(freeze=False)
    try:
        assert gc.get_threshold()[2] > 10**6, "no automatic full collection while installed"
        gc.collect(1)  # a young collection: one full collection is now owed
        assert deferred() > 0
        scheduler.activity()
        assert collected == []
        qtbot.waitUntil(lambda: collected == [2])
    finally:
        scheduler.uninstall()
    assert gc.get_threshold()[2] < 10**6


def test_past_the_ceiling_it_collects_at_once(collected: list[int]) -> None:
    scheduler = CollectionScheduler(
        quiet_ms=60_000, max_deferred=0, collect=lambda generation: collected.append(generation)
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


def test_collection_paused_for_the_start_resumes_when_installed(collected: list[int]) -> None:
    scheduler = CollectionScheduler()
    gc.disable()  # as `desk` does while it starts its window
    try:
        scheduler.install(freeze=False)
        assert gc.isenabled()
    finally:
        scheduler.uninstall()
        gc.enable()


def test_garbage_left_by_the_start_is_collected_before_the_rest_is_frozen(
    collected: list[int],
) -> None:
    class Cycle:
        def __init__(self) -> None:
            self.me = self

    scheduler = CollectionScheduler()
    gc.disable()
    try:
        left = weakref.ref(Cycle())  # unreachable at once, but only a collection frees it
        assert left() is not None
        scheduler.install()
        assert left() is None, "freed, not frozen for good"
    finally:
        scheduler.uninstall()
        gc.unfreeze()
        gc.enable()
