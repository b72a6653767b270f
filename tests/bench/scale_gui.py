"""The GUI half of the scale bench, run by `scale.py` in a fresh process per measurement.

    python -m tests.bench.scale_gui --data-dir DIR --mode cold|interact|flood [...]

Starts desk the way a user does (`desk.app.gui.run_gui`: unlock with DESK_PASSPHRASE,
sync worker, alerts, window), with the bench connector registered for the store's
`bench` account. Offscreen. Prints one JSON object as its last line:

- cold:     seconds from DESK_BENCH_T0 (the parent's clock just before it started this
            process) to the end of the first paint of an inbox with rows; time spent
            unlocking (scrypt, on its own thread), the GUI thread's wait for that key, and
            opening the store; peak and current RSS;
- interact: from --first-click-ms after the first paint (1 s: a person's first click; 0
            measures a click that comes with the paint, while start-up work still runs),
            view switches Urgent -> All -> the largest group,
            paging to the 10,000th row of All by the scroll bar, and searches read from
            --queries, each timed from the user's action to the repainted list;
- flood:    a --rate msg/s flood for --seconds through the real SyncWorker (from 1 s
            after it first polls: desk starts it after the first paint), with a 5 ms
            QTimer heartbeat on the GUI thread; the longest gap beyond 5 ms;
- restart:  a store in use started again (its window's place, view and card kept): the
            GUI thread's CPU time and the wall time to the first paint, to the DING banner
            shown (if any), and to a settled window (no store job left, none of its cards
            drawn empty), and, with a 5 ms heartbeat from the paint until then, the GUI
            thread's longest stall, its stalls over 50 ms and where they were; then End
            pressed in the view shown until its last card is selected: the presses, and
            the time from the first.
- answer:   --actions key presses (--key: shift+r replies 收到, which confirms a DING once
            the server echoes it back; e marks done) on the first unanswered card of
            --view (Urgent), from --first-click-ms after the first paint, each watched for
            --watch-s with the 5 ms heartbeat: how long the GUI thread stalled in all and
            at most while the answer went out, came back, and the selection moved on.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import importlib.abc
import importlib.util
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desk import cli
from desk.store import keys

if TYPE_CHECKING:
    from tests.bench.scale_connector import FloodPlan
    from tests.bench.scale_gui_window import Bench

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


def children_peak_rss_mb() -> float:
    """Peak resident set size of this process's children together (the triage process),
    in MB, from /proc; 0 where there is none."""
    me = str(os.getpid())
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The parent's pid is the 4th field, after the name in parentheses.
            if stat.read_text().rsplit(")", 1)[1].split()[1] != me:
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError):
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM"):
                total += int(line.split()[1]) / 1024
    return total


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class AfterImport(importlib.abc.MetaPathFinder):
    """Calls `then(module)` once the module `name` has been imported (by someone else).

    The bench instruments desk's GUI module this way instead of importing it (and Qt) itself:
    the `desk` command loads them only after it has started unlocking the key.
    """

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self._name = name
        self._then = then
        self._found = False
        if name in sys.modules:
            then(sys.modules[name])
        else:
            sys.meta_path.insert(0, self)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if self._found or fullname != self._name:
            return None
        # Left in sys.meta_path, spent: removed, it shifted the list under another thread
        # going through it (the key's thread importing cryptography), which then missed
        # the path finder: ModuleNotFoundError: cryptography.exceptions (CI).
        self._found = True
        spec = importlib.util.find_spec(fullname)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        exec_module = loader.exec_module

        def exec_then(module: ModuleType) -> None:
            exec_module(module)
            self._then(module)

        loader.exec_module = exec_then  # type: ignore[method-assign]
        return spec


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


@dataclass
class Timers:
    unlock: Timed = field(default_factory=Timed)
    open_store: Timed = field(default_factory=Timed)
    store_ready: Timed = field(default_factory=Timed)


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument(
        "--mode", choices=("cold", "interact", "flood", "answer", "restart"), default="cold"
    )
    parser.add_argument("--queries", help="JSON list of search strings (interact)")
    parser.add_argument("--rounds", type=int, default=3, help="view-switch rounds (interact)")
    parser.add_argument(
        "--first-click-ms",
        type=int,
        default=1000,
        help="interact: how long after the first paint the first switch comes",
    )
    parser.add_argument("--actions", type=int, default=8, help="key presses (answer)")
    parser.add_argument("--key", choices=("shift+r", "e"), default="shift+r", help="(answer)")
    parser.add_argument(
        "--view", choices=("urgent", "action", "all"), default="urgent", help="(answer)"
    )
    parser.add_argument(
        "--watch-s", type=float, default=5.0, help="answer: heartbeat watched after each key"
    )
    parser.add_argument(
        "--no-heartbeat",
        action="store_true",
        help="answer, restart: the GUI thread's CPU time only; the heartbeat's timer events, 200 a "
        "second, are events an application-wide event filter sees too",
    )
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
    result: dict[str, Any] = {"mode": args.mode}
    timers = Timers()
    keys.KeyVault.unlock = timers.unlock.wrap(keys.KeyVault.unlock)  # type: ignore[method-assign]
    plan: FloodPlan | None = None
    if args.mode == "flood":
        from tests.bench import scale_connector
        from tests.bench.scale_traffic import ScaleTraffic

        count = int(args.rate * args.seconds)
        traffic = ScaleTraffic(args.seed, TZ, start=datetime.now(TZ), id_prefix=f"flood{int(t0)}-")
        plan = scale_connector.FloodPlan(list(traffic.messages(count)), args.rate)

    def install_connector(_registry: ModuleType) -> None:
        # When desk loads its connector registry: the bench's connector and its imports
        # are not part of desk's start-up, and do not run ahead of it.
        from tests.bench import scale_connector

        scale_connector.install(plan)

    AfterImport("desk.connectors.registry", install_connector)
    benches: list[Bench] = []

    def instrument(gui: ModuleType) -> None:
        gui.open_store = timers.open_store.wrap(gui.open_store)  # type: ignore[attr-defined]
        unlock = timers.store_ready.wrap(gui.unlock)  # type: ignore[attr-defined]

        def unlock_then_measure(*a: Any, **kw: Any) -> Any:
            # desk asks for its store once its QApplication exists, before its window.
            from PySide6.QtWidgets import QApplication

            from tests.bench.scale_gui_window import Bench

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            benches.append(Bench(app, args, t0, timers, plan, result))
            return unlock(*a, **kw)

        gui.unlock = unlock_then_measure  # type: ignore[attr-defined]

    AfterImport("desk.app.gui", instrument)
    # As a user starts it: the `desk` command, which opens the window.
    code = cli.main(["gui", "--data-dir", args.data_dir])
    result["exit_code"] = code
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
