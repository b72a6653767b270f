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
