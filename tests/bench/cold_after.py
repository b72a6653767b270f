"""desk's cold start, checkout against checkout:
`python tests/bench/cold_after.py --store DIR [--roots A B] [--runs 5]`.

DIR is a store `scale.py --keep DIR` built. Each round runs the floor (cold_floor.py), then
`scale_gui --mode cold` from each checkout on a fresh copy of DIR, the checkouts taking
turns at going first, so that a machine busy for a while weighs on each alike. Per
checkout: the median and range over the rounds of the GUI thread's CPU time from the
process start to the first painted inbox (what other processes on a busy machine add to
the wall time is not in it), of that wall time, and of the CPU time's ratio to the floor's
of the same round; the later checkouts' medians as ratios to the first's. After one
unmeasured start of each, which fills the bytecode and file caches. The last line of
output is one JSON object.
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


def cold(root: Path, store: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="desk-cold-") as scratch:
        data_dir = Path(scratch) / "data"
        shutil.copytree(store, data_dir)
        return run_child(
            "tests.bench.scale_gui", ["--data-dir", str(data_dir), "--mode", "cold"], 120, root
        )


def spread(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 4),
        "min": round(min(values), 4),
        "max": round(max(values), 4),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--roots", type=Path, nargs="+", default=[ROOT])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    run_child("tests.bench.cold_floor", [], 120)
    for root in args.roots:
        cold(root, args.store)
    runs: dict[Path, list[dict[str, Any]]] = {root: [] for root in args.roots}
    for n in range(args.runs):
        floor = run_child("tests.bench.cold_floor", [], 120)
        order = args.roots[n % len(args.roots) :] + args.roots[: n % len(args.roots)]
        for root in order:
            result = cold(root, args.store)
            result["cpu_ratio"] = result["cold_cpu_s"] / floor["cpu_s"]
            result["floor_cpu_s"] = floor["cpu_s"]
            runs[root].append(result)
            say(
                f"{root.name} run {n + 1}: CPU {result['cold_cpu_s']:.3f} s "
                f"(floor {floor['cpu_s']:.3f} s), wall {result['cold_start_s']:.3f} s"
            )
    summary: dict[str, Any] = {}
    for root, results in runs.items():
        summary[str(root)] = {
            key: spread([float(r[key]) for r in results])
            for key in ("cold_cpu_s", "cold_start_s", "cpu_ratio", "floor_cpu_s")
        }
        if root != args.roots[0]:
            base = summary[str(args.roots[0])]
            summary[str(root)]["vs_first"] = {
                key: round(summary[str(root)][key]["median"] / base[key]["median"], 3)
                for key in ("cold_cpu_s", "cold_start_s")
            }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
