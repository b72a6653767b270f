"""The Qt half of the scale bench's GUI process: the first-paint probe and the measurements.

`scale_gui` imports this only once desk has loaded Qt (in `desk.app.gui`), so that the
process starts as the `desk` command does.
"""

from __future__ import annotations

import argparse
import itertools
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMetaObject, QModelIndex, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desk.store.inbox import ViewKind
from desk.ui.inbox_model import PAGE, ROW_ROLE
from desk.ui.main_window import MainWindow
from tests.bench.scale_gui import (
    HEARTBEAT_MS,
    SCROLL_TARGET,
    Timers,
    children_peak_rss_mb,
    ms,
    percentile,
    rss_mb,
)
from tests.bench.stall_watch import StallWatch

if TYPE_CHECKING:
    # Not imported here: importing it loads desk's connector registry, which the bench's
    # connector joins when desk itself loads it (scale_gui.install_connector).
    from tests.bench.scale_connector import FloodPlan

SETTLE_MS = 1000
# answer: a gap a person can see (a frame at 60 Hz) counts as a stall; between two key
# presses, the card to answer is selected this long before (its own reads and paints done).
SEEN_STALL_S = 1 / 60
SELECTED_MS = 1500


class FirstPaint(QObject):
    """Calls `then` once the inbox list has finished painting rows for the first time.

    It watches the list's viewport alone (see `watch`): a Python filter of the whole
    application is called for every event of every Qt object, each of them wrapped for
    Python first, and a QTreeWidget made under it (the sidebar) made PySide6 create 128 Qt
    enum classes: 12 ms of the GUI thread that desk's start-up, unwatched, does not spend.
    """

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._seen = False
        self._watched: QObject | None = None

    def watch(self, window: MainWindow) -> None:
        """Watches the list of `window`, the first one made (the one the process starts)."""
        if self._watched is None:
            self._watched = window.list.viewport()
            self._watched.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if isinstance(view, QAbstractItemView) and view.model().rowCount() > 0:
                self._seen = True
                # Runs once this paint event has been handled.
                QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._then()


class PaintCount(QObject):
    """Counts the paints of the widget it filters the events of (the list's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def press_return(window: MainWindow) -> None:
    # Qt emits the signal: PySide6 6.12.0's Python-side `emit()` drops a reference to the
    # bool it returns, and a few hundred of them abort Python 3.11 (bool_dealloc).
    QMetaObject.invokeMethod(window.search, "returnPressed")


class Bench:
    """Measures one GUI process; made when desk asks for its store, before its window."""

    def __init__(
        self,
        app: QApplication,
        args: argparse.Namespace,
        t0: float,
        timers: Timers,
        plan: FloodPlan | None,
        result: dict[str, Any],
    ) -> None:
        self.app = app
        self.args = args
        self.t0 = t0
        self.timers = timers
        self.plan = plan
        self.result = result
        self.settled = False
        self.probe = FirstPaint(self.painted)
        built = MainWindow.__init__
        probe = self.probe

        def watched(window: MainWindow, *args: Any, **kwargs: Any) -> None:
            built(window, *args, **kwargs)
            probe.watch(window)

        MainWindow.__init__ = watched  # type: ignore[method-assign]
        self.paints = PaintCount()

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
            # The GUI thread's own CPU time from the process start (this is that thread):
            # what the start-up costs, less what other processes on a busy machine take.
            cold_cpu_s=round(time.thread_time(), 4),
            unlock_s=round(self.timers.unlock.seconds, 4),
            open_store_s=round(self.timers.open_store.seconds, 4),
            # The GUI thread's wait for the key, unlocked on a thread meanwhile (scrypt).
            key_wait_s=round(self.timers.store_ready.seconds - self.timers.open_store.seconds, 4),
            rss_peak_mb=round(peak, 1),
            rss_mb=round(current, 1),
            first_rows=window.model.rowCount(),
        )
        window.list.viewport().installEventFilter(self.paints)
        if self.args.mode == "interact":
            QTimer.singleShot(self.args.first_click_ms, self.interact)
        elif self.args.mode == "answer":
            QTimer.singleShot(self.args.first_click_ms, self.answer)
        elif self.args.mode == "flood":
            QTimer.singleShot(0, self.flood)
        elif self.args.mode == "restart":
            self.restart()
        else:
            self.quit()

    # restart

    def restart(self) -> None:
        """Watches the window from its first paint until it settles, then presses End."""
        window = self.window()
        began = time.time()
        blank = [0]
        quiet = [time.time()]
        model = window.model
        data = type(model).data

        def counted(m: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            found = data(m, index, role)
            if found is None and role == ROW_ROLE:
                blank[0] += 1
            return found

        type(model).data = counted  # type: ignore[method-assign]

        def at(name: str) -> None:
            self.result[f"{name}_s"] = round(time.time() - self.t0, 3)
            self.result[f"{name}_cpu_s"] = round(time.thread_time(), 3)

        # From the first paint until settled, a 5 ms heartbeat (unless --no-heartbeat):
        # how long the GUI thread went without handling events, and where (stall_watch).
        gaps: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now
            stalls.release()

        heartbeat = QTimer(self.app)
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        stalls = StallWatch(threading.get_ident(), last)

        def stop_heartbeat() -> None:
            if self.args.no_heartbeat:
                return
            heartbeat.stop()
            stalls.stop()
            beyond = [g - HEARTBEAT_MS / 1000 for g in gaps]
            self.result.update(
                max_stall_ms=ms(max(beyond, default=0.0)),
                stalls_over_50ms=sum(1 for g in beyond if g > 0.05),
                stalled_over_50ms_s=round(sum(g for g in beyond if g > 0.05), 3),
                stall_where=stalls.worst(),
            )

        if not self.args.no_heartbeat:
            heartbeat.start()
            stalls.start()

        def watch() -> None:
            if "banner_s" not in self.result and window.ding_banner.isVisible():
                at("banner")
            # `reading`: rows a paint asked for, on the store thread (not in every checkout).
            reading = bool(getattr(model, "reading", False))
            # The store thread quiet for a second (the window's own flags stay up while a
            # minutely timer waits).
            if not (window._ops.idle() and not reading):
                quiet[0] = time.time()
            settled = time.time() - quiet[0] > 1
            if settled and time.time() - began > 2:
                at("settled")
                stop_heartbeat()
                self.result["blank_cards_painted"] = blank[0]
                poll.stop()
                QTimer.singleShot(0, self.press_end)
            elif time.time() - began > 300:
                self.result["settled_s"] = None
                stop_heartbeat()
                poll.stop()
                self.quit()

        poll = QTimer(self.app)
        poll.timeout.connect(watch)
        poll.start(50)
        self._poll = poll

    def press_end(self) -> None:
        """End until the view's last card is selected: the presses, and the time from the
        first press to the selection of that card (the view's ids read here first,
        untimed)."""
        window = self.window()
        model = window.model
        last_id = window._queries.page(model.view, None, 10_000_000).ids[-1]
        window.list.setFocus()
        began = time.perf_counter()
        presses = 0

        def there() -> bool:
            return model.message_id(window.list.currentIndex().row()) == last_id

        while presses < 15 and not there():
            QTest.keyClick(window.list, Qt.Key.Key_End)
            presses += 1
            until = time.perf_counter() + 30
            # Not time.sleep: under libfaketime (the tester's fake clock) it fails.
            while not there() and time.perf_counter() < until:
                self.app.processEvents()
                if window._ops.idle() and not getattr(window, "_ending", False):
                    break
        self.result.update(
            end_presses=presses,
            end_s=round(time.perf_counter() - began, 3),
            end_reached=there(),
            end_rows=model.rowCount(),
        )
        self.quit()

    # interact

    def settle(self) -> None:
        """Runs what the last action left for the event loop, its paints included. The
        list is painted here if that did not paint it; repainting it regardless painted
        every search twice (the update Qt had queued, then the forced one), and the
        sidebar, which a search leaves as it was, once for nothing."""
        list_paints = self.paints.count
        self.app.processEvents()
        if self.paints.count == list_paints:
            self.window().list.viewport().repaint()

    def drawn(self) -> bool:
        """Every row on the list's screen has its card read."""
        view, model = self.window().list, self.window().model
        top, bottom = view.rowAt(1), view.rowAt(view.viewport().height() - 2)
        if bottom < 0:
            bottom = model.rowCount() - 1
        return all(model.index(r).data(ROW_ROLE) is not None for r in range(top, bottom + 1))

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
        cpu_began = time.thread_time()
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
        self.result["scroll_10k_paint_cpu_ms"] = ms(time.thread_time() - cpu_began)
        # ...and until the cards on screen are drawn: rows read on the store thread were
        # drawn empty at the repaint above.
        while not self.drawn():
            time.sleep(0.001)  # the store thread's turn; not the GUI thread's CPU
            self.app.processEvents()
        window.list.viewport().repaint()
        self.result["scroll_10k_drawn_ms"] = ms(time.perf_counter() - began)
        self.result["scroll_10k_cpu_ms"] = ms(time.thread_time() - cpu_began)
        self.result["scroll_rows"] = model.rowCount()
        self.result["scroll_pages"] = len(pages)
        self.result["scroll_page_max_ms"] = ms(max(pages, default=0.0))
        self.result["scroll_page_slowest_ms"] = sorted((ms(p) for p in pages), reverse=True)[:5]

        queries = []
        if self.args.queries:
            queries = json.loads(Path(self.args.queries).read_text("utf-8"))
        by_length: dict[str, list[float]] = {}
        # The GUI thread's CPU time for the same: what the search costs, which the other
        # processes of a busy machine do not inflate (its wall time was 5-10x it there).
        cpu_by_length: dict[str, list[float]] = {}
        found: dict[str, list[int]] = {}
        whole: list[float] = []
        slowest: list[tuple[float, str]] = []
        root = window.list.rootIndex()
        for query in queries:
            window.search.setText(query)
            began = time.perf_counter()
            cpu_began = time.thread_time()
            took = self.timed(lambda: press_return(window))
            cpu_by_length.setdefault(str(len(query)), []).append(time.thread_time() - cpu_began)
            # A search reads on in steps between events until its first screen is full:
            # `took` is how long the window was busy at once, this how long the results took.
            while model.canFetchMore(root) and model.rowCount() < PAGE:
                self.app.processEvents()
            whole.append(time.perf_counter() - began)
            by_length.setdefault(str(len(query)), []).append(took)
            slowest.append((took, query))
            found.setdefault(str(len(query)), []).append(model.rowCount())
        window.search.setText("")
        press_return(window)
        self.settle()
        # Not at the top: this module loads before the first paint, which it would delay.
        import statistics

        every = [t for times in by_length.values() for t in times]
        if every:
            self.result["search_p50_ms"] = ms(statistics.median(every))
            self.result["search_p95_ms"] = ms(percentile(every, 0.95))
            self.result["search_max_ms"] = ms(max(every))
            # Which needles: what to profile next.
            self.result["search_slowest"] = [[q, ms(t)] for t, q in sorted(slowest)[-5:][::-1]]
            self.result["search_results_p95_ms"] = ms(percentile(whole, 0.95))
            self.result["search_results_max_ms"] = ms(max(whole))
            cpu = [t for times in cpu_by_length.values() for t in times]
            self.result["search_cpu_p50_ms"] = ms(statistics.median(cpu))
            self.result["search_cpu_p95_ms"] = ms(percentile(cpu, 0.95))
            for length, times in sorted(by_length.items()):
                self.result[f"search_{length}ch_p50_ms"] = ms(statistics.median(times))
                self.result[f"search_{length}ch_p95_ms"] = ms(percentile(times, 0.95))
                self.result[f"search_{length}ch_hits_median"] = statistics.median(found[length])
                cpu = cpu_by_length[length]
                self.result[f"search_{length}ch_cpu_p50_ms"] = ms(statistics.median(cpu))
                self.result[f"search_{length}ch_cpu_p95_ms"] = ms(percentile(cpu, 0.95))
        peak, current = rss_mb()
        self.result["rss_after_use_peak_mb"] = round(peak, 1)
        self.result["rss_after_use_mb"] = round(current, 1)
        self.quit()

    # answer

    def answer(self) -> None:
        window = self.window()
        if window.sidebar.topLevelItem(1).childCount() == 0:
            QTimer.singleShot(50, self.answer)  # the counts first (see `interact`)
            return
        window.sidebar.select_view(ViewKind(self.args.view))
        self.settle()
        window.list.setFocus()
        self.answers = Answers(self)
        self.answers.start()

    # flood

    def flood(self) -> None:
        plan = self.plan
        assert plan is not None
        if not plan.polled.is_set():
            # desk starts its sync worker after the first paint; the flood measures a
            # running desk, not the rest of its start-up (what it does in the background
            # once the window shows): it begins a moment after the worker first polls.
            QTimer.singleShot(10, self.flood)
            return
        if not self.settled:
            self.settled = True
            QTimer.singleShot(SETTLE_MS, self.flood)
            return
        gaps: list[float] = []
        last = [time.perf_counter()]
        began = time.perf_counter()
        deadline = began + self.args.seconds + self.args.drain_timeout

        def beat() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now
            stalls.release()

        stalls = StallWatch(threading.get_ident(), last)

        def check() -> None:
            now = time.perf_counter()
            drained = plan.drained_at is not None and time.monotonic() > plan.drained_at + 1.0
            if not drained and now < deadline:
                return
            heartbeat.stop()
            watcher.stop()
            stalls.stop()
            self.result.update(
                max_stall_ms=ms(max(gaps, default=0.0) - HEARTBEAT_MS / 1000),
                stall_p99_ms=ms(percentile(gaps, 0.99) - HEARTBEAT_MS / 1000),
                stalls_over_50ms=sum(1 for g in gaps if g - HEARTBEAT_MS / 1000 > 0.05),
                heartbeats=len(gaps),
                # Where the GUI thread was in the longest gaps (see stall_watch).
                stall_where=stalls.worst(),
                flood_window_s=round(sum(gaps), 3),
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
            # Triage runs in a child process: what it holds is desk's memory too.
            self.result["rss_flood_children_peak_mb"] = round(children_peak_rss_mb(), 1)
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
        stalls.start()
        plan.go.set()


class Answers:
    """The answer mode: `--actions` key presses on the first card of `--view` not answered
    yet, each watched for `--watch-s` by a heartbeat on the GUI thread (see Bench.answer)."""

    def __init__(self, bench: Bench) -> None:
        self.bench = bench
        self.window = bench.window()
        self.args = bench.args
        self.beats: list[float] = []
        self.last = [time.perf_counter()]
        self.pressed: list[int] = []
        self.actions: list[dict[str, Any]] = []
        self.worst: list[list[object]] = []
        self.key_at = 0.0
        self.cpu_at = 0.0
        self.moved_at: float | None = None
        self.stalls: StallWatch | None = None
        self.heartbeat = QTimer(bench.app)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self._beat)
        self.window.list.selectionModel().currentChanged.connect(self._current_changed)
        # How long the reading pane took to show each card while a key's answer was
        # watched: the longest single piece of a stall named so far.
        self.shown: list[float] = []
        detail = self.window.detail
        show_row = detail.show_row

        def timed_show_row(*a: Any, **kw: Any) -> None:
            began = time.perf_counter()
            try:
                show_row(*a, **kw)
            finally:
                if self.key_at:
                    self.shown.append(time.perf_counter() - began)

        detail.show_row = timed_show_row  # type: ignore[method-assign]

    def start(self) -> None:
        if not self.args.no_heartbeat:
            self.heartbeat.start()
        self._next()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.beats.append(now)
        self.last[0] = now
        if self.stalls is not None:
            self.stalls.release()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.moved_at is None and self.pressed and self.key_at:
            row = self.window.model.inbox_row(current.row()) if current.isValid() else None
            if row is None or row.id != self.pressed[-1]:
                self.moved_at = time.perf_counter()

    def _wanted(self, r: int) -> bool:
        row = self.window.model.inbox_row(r)
        if row is None or row.id in self.pressed:
            return False
        if self.args.key == "e":
            # A DING waiting for the user is confirmed before it is done (desk says so).
            return not (row.done or row.pinned or (row.ding and row.confirmed_at is None))
        return not (row.acked_by_you or row.withdrawn is not None or row.group_encrypted)

    def _next(self) -> None:
        """Selects the card to answer next (the selected one, if not answered yet)."""
        if len(self.actions) >= self.args.actions:
            self._finish()
            return
        window = self.window
        current = window.list.currentIndex()
        if not (current.isValid() and self._wanted(current.row())):
            found = next((r for r in range(window.model.rowCount()) if self._wanted(r)), None)
            if found is None:
                self._finish()
                return
            window.list.setCurrentIndex(window.model.index(found))
        QTimer.singleShot(SELECTED_MS, self._press)

    def _press(self) -> None:
        window = self.window
        row = window.model.inbox_row(window.list.currentIndex().row())
        assert row is not None
        self.pressed.append(row.id)
        self.moved_at = None
        self.shown = []
        self.stalls = StallWatch(threading.get_ident(), self.last)
        self.stalls.start()
        self.key_at = time.perf_counter()
        self.cpu_at = time.thread_time()
        if self.args.key == "e":
            QTest.keyClick(window.list, Qt.Key.Key_E)
        else:
            QTest.keyClick(window.list, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
        QTimer.singleShot(round(self.args.watch_s * 1000), self._watched)

    def _watched(self) -> None:
        end = time.perf_counter()
        cpu = time.thread_time() - self.cpu_at
        assert self.stalls is not None
        self.stalls.stop()
        self.worst.extend(self.stalls.worst(3))
        began = self.key_at
        before = [b for b in self.beats if b < began]
        times = [before[-1] if before else began, *(b for b in self.beats if began <= b <= end)]
        late = [
            later - earlier - HEARTBEAT_MS / 1000 for earlier, later in itertools.pairwise(times)
        ]
        seen = [s for s in late if s > SEEN_STALL_S]
        self.actions.append(
            {
                "stall_ms": ms(sum(seen)),
                "max_ms": ms(max(late, default=0.0)),
                "over_50ms": sum(1 for s in late if s > 0.05),
                "moved_s": round(self.moved_at - began, 3) if self.moved_at else None,
                "show_row_ms": [ms(s) for s in self.shown],
                # The GUI thread's own work meanwhile (its CPU time, the heartbeat's too):
                # what other processes on a busy machine add to the stalls is not in it.
                "gui_cpu_ms": ms(cpu),
                # What desk said of the key (a refusal says why nothing moved).
                "said": self.window.statusBar().currentMessage(),
            }
        )
        self.key_at = 0.0
        self._next()

    def _finish(self) -> None:
        import statistics

        self.heartbeat.stop()
        result = self.bench.result
        actions = self.actions
        result["answer_key"] = self.args.key
        result["answer_actions"] = len(actions)
        if actions:
            result["answer_stall_ms_median"] = ms(
                statistics.median(a["stall_ms"] for a in actions) / 1000
            )
            result["answer_max_ms_median"] = ms(
                statistics.median(a["max_ms"] for a in actions) / 1000
            )
            result["answer_max_ms"] = max(a["max_ms"] for a in actions)
            result["answer_gui_cpu_ms_median"] = ms(
                statistics.median(a["gui_cpu_ms"] for a in actions) / 1000
            )
            result["answer_stall_ms_total"] = round(sum(a["stall_ms"] for a in actions), 1)
            result["answer_moved"] = sum(1 for a in actions if a["moved_s"] is not None)
        result["answer_detail"] = actions
        # Whether the keys did what they do (as far as the rows loaded tell): a card marked
        # done leaves Urgent; a 收到 is the user's ack once its echo is stored.
        model = self.window.model
        at = {card: r for r, card in enumerate(model.ids)}
        if self.args.key == "e":
            answered = [card for card in self.pressed if card not in at]
        else:
            rows = [model.inbox_row(at[card]) for card in self.pressed if card in at]
            answered = [row.id for row in rows if row is not None and row.acked_by_you]
        result["answer_answered"] = len(answered)
        result["stall_where"] = sorted(self.worst, key=lambda w: -float(w[0]))[:5]  # type: ignore[arg-type]
        self.bench.quit()
