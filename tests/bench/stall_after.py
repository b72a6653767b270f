"""How long the GUI thread stalls after a key that answers a card, checkout against
checkout: `python tests/bench/stall_after.py --store DIR [--roots A B] [--runs 5]`.

DIR is a store `scale.py --keep DIR` built (passphrase "bench passphrase 基准"). Each run
copies it afresh (every run answers the same cards) and starts `scale_gui --mode answer`
from one checkout, the checkouts taking turns, so that a machine busy for a while weighs
on each alike. Per checkout: the median over runs of each run's median stall per key
(summed gaps a person sees, beyond the 5 ms heartbeat), of its longest gap, and of the GUI
thread's CPU time per key (what other processes on a busy machine add to the stalls is not
in it), and the ratios of the later checkouts' to the first's. With --no-heartbeat, the
CPU time alone: the heartbeat's 200 timer events a second are events too, and an
application-wide event filter counted them as the application's. The last line of output
is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__" and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.scale import run_child, say  # noqa: E402

MEASURED = (
    "answer_stall_ms_median",
    "answer_max_ms_median",
    "answer_max_ms",
    "answer_gui_cpu_ms_median",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--roots", type=Path, nargs="+", default=[ROOT])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--actions", type=int, default=6)
    parser.add_argument("--key", choices=("shift+r", "e"), default="shift+r")
    parser.add_argument("--watch-s", type=float, default=5.0)
    parser.add_argument("--view", choices=("urgent", "action", "all"), default="urgent")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (xcb: $DISPLAY)")
    parser.add_argument("--no-heartbeat", action="store_true", help="CPU time only")
    args = parser.parse_args(argv)
    runs: dict[Path, list[dict[str, Any]]] = {root: [] for root in args.roots}
    for n in range(args.runs):
        # Each round starts with another checkout: none always runs first after a pause.
        order = args.roots[n % len(args.roots) :] + args.roots[: n % len(args.roots)]
        for root in order:
            with tempfile.TemporaryDirectory(prefix="desk-stall-") as scratch:
                data_dir = Path(scratch) / "data"
                shutil.copytree(args.store, data_dir)
                result = run_child(
                    "tests.bench.scale_gui",
                    [
                        "--data-dir",
                        str(data_dir),
                        "--mode",
                        "answer",
                        "--actions",
                        str(args.actions),
                        "--key",
                        args.key,
                        "--watch-s",
                        str(args.watch_s),
                        "--view",
                        args.view,
                        "--first-click-ms",
                        "3000",
                        *(["--no-heartbeat"] if args.no_heartbeat else []),
                    ],
                    timeout=300,
                    root=root,
                    platform=args.platform,
                )
            runs[root].append(result)
            say(
                f"{root.name} run {n + 1}: "
                + ", ".join(f"{k} {result.get(k)}" for k in MEASURED)
                + f", answered {result.get('answer_answered')}/{result.get('answer_actions')}"
            )
    summary: dict[str, Any] = {}
    first = args.roots[0]
    for root, results in runs.items():
        medians = {k: statistics.median(float(r.get(k, 0.0)) for r in results) for k in MEASURED}
        summary[str(root)] = {
            **{k: round(v, 1) for k, v in medians.items()},
            "runs": [
                {k: r.get(k) for k in (*MEASURED, "answer_actions", "answer_answered")}
                for r in results
            ],
            "show_row_ms": sorted(
                s for r in results for a in r.get("answer_detail", []) for s in a["show_row_ms"]
            ),
        }
        if root != first:
            base = summary[str(first)]
            summary[str(root)]["ratio"] = {
                k: round(medians[k] / base[k], 2) if base[k] else None for k in MEASURED
            }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
