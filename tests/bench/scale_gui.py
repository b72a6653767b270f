"""The GUI half of the scale bench, run by `scale.py` in a fresh process per measurement.

    python -m tests.bench.scale_gui --data-dir DIR --mode cold|interact|flood [...]

Starts desk the way a user does (`desk.app.gui.run_gui`: unlock with DESK_PASSPHRASE,
sync worker, alerts, window), with the bench connector registered for the store's
`bench` account. Offscreen. Prints one JSON object as its last line:

- cold:     seconds from DESK_BENCH_T0 (the parent's clock just before it started this
            process) to the end of the first paint of an inbox with rows; time spent
            unlocking (scrypt) and opening the store; peak and current RSS;
- interact: after the first paint, view switches Urgent -> All -> the largest group,
            paging to the 10,000th row of All by the scroll bar, and searches read from
            --queries, each timed from the user's action to the repainted list;
- flood:    a --rate msg/s flood for --seconds through the real SyncWorker, with a
            5 ms QTimer heartbeat on the GUI thread; the longest gap beyond 5 ms.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView

import desk.app.gui as gui
from desk import cli
from desk.store import keys
from desk.store.inbox import ViewKind
from desk.ui.main_window import MainWindow
from tests.bench import scale_connector
from tests.bench.scale_traffic import ScaleTraffic

TZ = ZoneInfo("Asia/Shanghai")
HEARTBEAT_MS = 5
SCROLL_TARGET = 10_000


def rss_mb() -> tuple[float, float]:
    """(peak, current) resident set size in MB, from /proc (Linux) or getrusage."""
    try:
        status = Path("/proc/self/status").read_text()
        fields = {
            line.split(":")[0]: int(line.split()[1])
            for line in status.splitlines()
            if line.startswith(("VmHWM", "VmRSS"))
        }
        return fields["VmHWM"] / 1024, fields["VmRSS"] / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Timed:
    """Adds up the seconds spent in a function; `wrap` gives the wrapper to install."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - began

        return timed


class FirstPaint(QObject):
    """Calls `then` once the inbox list has finished painting rows for the first time."""

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__()
        self._app = app
        self._then = then
        self._seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if (
                isinstance(view, QListView)
                and view.objectName() == "inbox"
                and view.model().rowCount() > 0
            ):
                self._seen = True
                # Runs once this paint event has been handled.
                QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self._app.removeEventFilter(self)
        self._then()


def refcount_ballast() -> None:
    """Works around PySide6 6.12.0 refcount bugs on Python 3.11: `Signal.emit()` drops a
    reference to the bool it returns, and a Python `QModelIndex.data()` that yields None
    drops one to None; after a few hundred, Python aborts (`bool_dealloc`/`none_dealloc`).
    Python 3.12+ makes these objects immortal; PySide6 6.11.3 does not drop them. desk
    itself emits on every store operation, so a long session hits it too (see the README's
    Benchmarks note); the bench lifts the counts so it can measure what it came for.
    """
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


def press_return(window: MainWindow) -> None:
    # Qt emits the signal: PySide6 6.12.0's Python-side `emit()` drops a reference to the
    # bool it returns, and a few hundred of them abort Python 3.11 (bool_dealloc).
    QMetaObject.invokeMethod(window.search, "returnPressed")


class Bench:
    def __init__(self, app: QApplication, args: argparse.Namespace, t0: float) -> None:
        self.app = app
        self.args = args
        self.t0 = t0
        self.result: dict[str, Any] = {"mode": args.mode}
        self.unlock, self.open_store = Timed(), Timed()
        keys.KeyVault.unlock = self.unlock.wrap(keys.KeyVault.unlock)  # type: ignore[method-assign]
        gui.open_store = self.open_store.wrap(gui.open_store)
        self.plan: scale_connector.FloodPlan | None = None
        if args.mode == "flood":
            count = int(args.rate * args.seconds)
            traffic = ScaleTraffic(
                args.seed, TZ, start=datetime.now(TZ), id_prefix=f"flood{int(t0)}-"
            )
            self.plan = scale_connector.FloodPlan(list(traffic.messages(count)), args.rate)
        scale_connector.install(self.plan)

    def quit(self) -> None:
        """As Ctrl+Q does: the window lets itself close, then the application quits."""
        self.window().quitRequested.emit()

    def window(self) -> MainWindow:
        return next(w for w in self.app.topLevelWidgets() if isinstance(w, MainWindow))

    def painted(self) -> None:
        now = time.time()
        peak, current = rss_mb()
        window = self.window()
        self.result.update(
            cold_start_s=round(now - self.t0, 4),
            unlock_s=round(self.unlock.seconds, 4),
            open_store_s=round(self.open_store.seconds, 4),
            rss_peak_mb=round(peak, 1),
            rss_mb=round(current, 1),
            first_rows=window.model.rowCount(),
        )
        if self.args.mode == "interact":
            QTimer.singleShot(0, self.interact)
        elif self.args.mode == "flood":
            QTimer.singleShot(0, self.flood)
        else:
            self.quit()

    # interact

    def settle(self) -> None:
        self.app.processEvents()
        window = self.window()
        window.list.viewport().repaint()
        window.sidebar.viewport().repaint()

    def timed(self, action: Callable[[], None]) -> float:
        began = time.perf_counter()
        action()
        self.settle()
        return time.perf_counter() - began

    def interact(self) -> None:
        window = self.window()
        sidebar = window.sidebar
        groups = sidebar.topLevelItem(1)
        if groups.childCount() == 0:
            # The groups come with the unread counts, from the store thread after the first
            # paint; on a large store they take a moment (max() of none raised in this slot,
            # and the process then idled until scale.py's timeout).
            QTimer.singleShot(50, self.interact)
            return
        largest = max(
            (groups.child(i) for i in range(groups.childCount())),
            key=lambda item: int(item.text(1) or 0),
        )
        switches: dict[str, list[float]] = {"urgent": [], "all": [], "group": []}
        for _ in range(self.args.rounds):
            switches["urgent"].append(self.timed(lambda: sidebar.select_view(ViewKind.URGENT)))
            switches["all"].append(self.timed(lambda: sidebar.select_view(ViewKind.ALL)))
            switches["group"].append(self.timed(lambda: sidebar.setCurrentItem(largest)))
        self.result["view_switch_ms"] = ms(max(max(v) for v in switches.values()))
        self.result["view_switch_detail_ms"] = {k: [ms(s) for s in v] for k, v in switches.items()}

        sidebar.select_view(ViewKind.ALL)
        self.settle()
        model, bar = window.model, window.list.verticalScrollBar()
        pages: list[float] = []
        began = time.perf_counter()
        while model.rowCount() < SCROLL_TARGET and model.canFetchMore(window.list.rootIndex()):
            rows = model.rowCount()
            step = time.perf_counter()
            bar.setValue(bar.maximum())  # the view fetches more when it reaches the end
            self.app.processEvents()
            if model.rowCount() == rows:
                model.fetchMore(window.list.rootIndex())
                self.app.processEvents()
            pages.append(time.perf_counter() - step)
        target = min(SCROLL_TARGET, model.rowCount()) - 1
        window.list.scrollTo(model.index(target))
        self.settle()
        self.result["scroll_10k_ms"] = ms(time.perf_counter() - began)
        self.result["scroll_rows"] = model.rowCount()
        self.result["scroll_pages"] = len(pages)
        self.result["scroll_page_max_ms"] = ms(max(pages, default=0.0))

        queries = []
        if self.args.queries:
            queries = json.loads(Path(self.args.queries).read_text("utf-8"))
        by_length: dict[str, list[float]] = {}
        found: dict[str, list[int]] = {}
        for query in queries:
            window.search.setText(query)
            took = self.timed(lambda: press_return(window))
            by_length.setdefault(str(len(query)), []).append(took)
            found.setdefault(str(len(query)), []).append(model.rowCount())
        window.search.setText("")
        press_return(window)
        self.settle()
        every = [t for times in by_length.values() for t in times]
        if every:
            self.result["search_p50_ms"] = ms(statistics.median(every))
            self.result["search_p95_ms"] = ms(percentile(every, 0.95))
            self.result["search_max_ms"] = ms(max(every))
            for length, times in sorted(by_length.items()):
                self.result[f"search_{length}ch_p50_ms"] = ms(statistics.median(times))
                self.result[f"search_{length}ch_p95_ms"] = ms(percentile(times, 0.95))
                self.result[f"search_{length}ch_hits_median"] = statistics.median(found[length])
        peak, current = rss_mb()
        self.result["rss_after_use_peak_mb"] = round(peak, 1)
        self.result["rss_after_use_mb"] = round(current, 1)
        self.quit()

    # flood

    def flood(self) -> None:
        plan = self.plan
        assert plan is not None
        gaps: list[float] = []
        last = [time.perf_counter()]
        began = time.perf_counter()
        deadline = began + self.args.seconds + self.args.drain_timeout

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        def check() -> None:
            now = time.perf_counter()
            drained = plan.drained_at is not None and time.monotonic() > plan.drained_at + 1.0
            if not drained and now < deadline:
                return
            heartbeat.stop()
            watcher.stop()
            self.result.update(
                max_stall_ms=ms(max(gaps, default=0.0) - HEARTBEAT_MS / 1000),
                stall_p99_ms=ms(percentile(gaps, 0.99) - HEARTBEAT_MS / 1000),
                stalls_over_50ms=sum(1 for g in gaps if g - HEARTBEAT_MS / 1000 > 0.05),
                heartbeats=len(gaps),
                flood_rate=plan.rate,
                flood_seconds=self.args.seconds,
                flood_messages=len(plan.messages),
                flood_delivered=plan.delivered,
                flood_batches=plan.batches,
                flood_largest_batch=plan.largest_batch,
                flood_drained=plan.drained_at is not None,
                # How long after the last message was due it was in the store.
                flood_lag_s=(
                    round(plan.drained_at - plan.started - len(plan.messages) / plan.rate, 3)
                    if plan.drained_at is not None and plan.started is not None
                    else None
                ),
            )
            peak, _current = rss_mb()
            self.result["rss_flood_peak_mb"] = round(peak, 1)
            self.quit()

        heartbeat = QTimer(self.app)
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        watcher = QTimer(self.app)
        watcher.setInterval(100)
        watcher.timeout.connect(check)
        heartbeat.start()
        watcher.start()
        plan.go.set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--mode", choices=("cold", "interact", "flood"), default="cold")
    parser.add_argument("--queries", help="JSON list of search strings (interact)")
    parser.add_argument("--rounds", type=int, default=3, help="view-switch rounds (interact)")
    parser.add_argument("--rate", type=float, default=1000.0, help="messages/s (flood)")
    parser.add_argument("--seconds", type=float, default=30.0, help="flood length")
    parser.add_argument("--drain-timeout", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=99, help="flood traffic seed")
    parser.add_argument(
        "--no-ballast", action="store_true", help="leave the PySide6 6.12.0 refcount bug bare"
    )
    args = parser.parse_args(argv)
    if not args.no_ballast:
        refcount_ballast()
    t0 = float(os.environ.get("DESK_BENCH_T0", time.time()))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    bench = Bench(app, args, t0)  # type: ignore[arg-type]
    probe = FirstPaint(app, bench.painted)  # type: ignore[arg-type]
    app.installEventFilter(probe)
    # As a user starts it: the `desk` command, which opens the window.
    code = cli.main(["gui", "--data-dir", args.data_dir])
    bench.result["exit_code"] = code
    print(json.dumps(bench.result, ensure_ascii=False), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
