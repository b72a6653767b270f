"""When and where Python's garbage collection runs: on the GUI thread, and its full
collections not while a flood of messages arrives.

Where: Python collects on whichever thread's allocation crosses its threshold, a store
job's or the sync worker's too. A widget the GUI thread left in a reference cycle is then
destroyed on that worker while the GUI thread may be painting it or dispatching to it (a
segmentation fault in CI, the GUI thread's stack lost, a store job building a query at
that moment). While installed, automatic collection is off and a GUI-thread timer runs
the young collections Python's thresholds call for (as calibre and pyqtgraph do for the
same crash).

When: a full collection holds the GIL, so it stops every thread, the GUI's too, for as
long as it takes to walk every long-lived object. Measured on a busy 2-core machine during
the scale bench's 1,000 msg/s flood: 0.2–0.6 s each, several per flood, as the triage
engine's state grows with the traffic (about 1 µs per object there). Young collections
take a few ms; full ones wait until sync has been quiet for a while, and what start-up
built (modules, widgets, the store's machinery) is frozen out of them.

Garbage that needs a full collection is rare in desk (reference counting frees the rest;
a full collection during a flood found 0–150 objects), so waiting costs little memory; two
ceilings still force one if sync never goes quiet: a count of middle-generation collections
(a flood) and a time (a trickle: the demo posts every 6 s, a busy county as often, so sync
is never quiet for 10 s; a 70-minute soak of the demo left 6,200 objects in cycles, about
1 MB, that the count would have freed weeks later).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("desk.app.gc")

# Sync quiet this long: the full collection runs (nobody waits on a flood to show).
QUIET_MS = 10_000
# Middle-generation collections between full ones, at most: a ceiling on the garbage that
# can wait. The timer runs one a second at most (YOUNG_MS times Python's middle threshold),
# so some five minutes of a flood.
MAX_DEFERRED = 300
# Sync never quiet this long: the full collection runs at the next activity anyway.
MAX_WAIT_S = 10 * 60
# How often the GUI thread runs a young collection: garbage waits this long at most. It
# walks only what was allocated since the last and still lives (a flood's, 1–3 ms).
YOUNG_MS = 100


class CollectionScheduler(QObject):
    """Takes collection out of Python's hands while installed. Young collections run on
    the GUI thread every `young_ms`, the middle generation's as Python would; full ones
    after `quiet_ms` without sync activity, or at once past `max_deferred` middle
    ones or `max_wait_s` since the last full one."""

    def __init__(
        self,
        quiet_ms: int = QUIET_MS,
        max_deferred: int = MAX_DEFERRED,
        max_wait_s: float = MAX_WAIT_S,
        *,
        young_ms: int = YOUNG_MS,
        collect: Callable[[int], object] = gc.collect,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._collect = collect
        self._max_deferred = max_deferred
        self._max_wait_s = max_wait_s
        self._monotonic = monotonic
        self._last_full = monotonic()
        # Whether Python collected by itself before install(); None while not installed.
        self._was_enabled: bool | None = None
        # Whether install() froze what existed then (see uninstall).
        self._froze = False
        # Whether what install() froze still holds start-up's garbage (see install).
        self._start_garbage = False
        self._young = QTimer(self)
        self._young.setInterval(young_ms)
        self._young.timeout.connect(self._collect_young)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self._collect_now)

    def install(self, *, freeze: bool = True) -> None:
        """From now on collections run on this (the GUI) thread, and full ones wait for
        quiet; with `freeze`, what exists now (start-up's objects) is left out of them for
        good. Collection paused for the start-up (`desk.cli.gui_cmd`) resumes so."""
        if self._was_enabled is not None:
            return
        if freeze:
            # Frozen at once (no walk: the young collections from now on leave start-up's
            # objects alone). What start-up left unreachable while collection was paused
            # (a first start, which makes the database, leaves some 6,000) goes with the
            # first full collection, in the first quiet spell (see `_collect_now`):
            # collected here, just after the first paint, it walked every object of a
            # restarted 100,000-message desk, and held the GUI thread (and every other)
            # 0.2-1 s while the user read the DING banner (issue 8).
            gc.freeze()
            self._start_garbage = True
        self._froze = freeze
        self._last_full = self._monotonic()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._young.start()
        if freeze:
            self._quiet.start()  # also when no sync ever stores anything (offline)

    def uninstall(self) -> None:
        """Python's own schedule again, as it was before install(); what it froze can be
        collected again: the window's own widgets were among it, and a window started again
        (desk.app.gui, START_AGAIN) collects the last one's, which stayed for good."""
        self._young.stop()
        self._quiet.stop()
        if self._froze:
            gc.unfreeze()
            self._froze = False
        self._start_garbage = False
        if self._was_enabled:
            gc.enable()
        self._was_enabled = None

    def activity(self, _what: object = None) -> None:
        """Sync stored something: the full collection waits for the next quiet spell."""
        if self._was_enabled is None:
            return
        overdue = self._monotonic() - self._last_full >= self._max_wait_s
        if deferred() > self._max_deferred or overdue:
            self._collect_now()
            return
        self._quiet.start()

    def _collect_young(self) -> None:
        """A young collection, if anything was allocated since the last; the middle
        generation's when Python's threshold says it is due (each young one counts one
        there). Python counts allocations less frees: a worker's burst, freed again by the
        time this runs, crossed its threshold, and its garbage waits for the next."""
        _young, middle, _full = gc.get_threshold()
        allocated, young_runs, _middle_runs = gc.get_count()
        if young_runs > middle:
            self._collect(1)
        elif allocated > 0:
            self._collect(0)

    def _collect_now(self) -> None:
        if self._was_enabled is None or (deferred() == 0 and not self._start_garbage):
            return
        self._quiet.stop()
        self._last_full = self._monotonic()
        middle = deferred()
        if self._start_garbage:
            # Start-up's garbage, frozen with the rest: once, walked with what start-up
            # built, which is then frozen again (see install).
            self._start_garbage = False
            gc.unfreeze()
            found = self._collect(2)
            gc.freeze()
        else:
            found = self._collect(2)
        log.debug("full collection after %d middle ones: %s unreachable", middle, found)


def deferred() -> int:
    """Middle-generation collections since the last full one (Python counts them in
    generation 2)."""
    return gc.get_count()[2]
