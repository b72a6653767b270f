"""Triage quality and speed bench: `python tests/bench/triage_quality.py [--corpus PATH]`.

`--corpus tests/data/triage_challenge.jsonl` measures the hand-written challenge set (another
district, a New Year holiday, other wording) that checks triage generalises beyond dev.jsonl;
`--skip-throughput` leaves out the slow speed run.

Runs the engine over the labelled corpus (default ../shared/corpus/dev.jsonl beside the
repository) and prints the metrics defined in that corpus's README: urgent recall, tier
macro-F1 and confusion matrix, duplicate-pair precision/recall/F1, hard negatives wrongly
merged, deadline exact-match rate, ack F1; then throughput on seeded generated traffic
(at least 100,000 messages, so anything quadratic shows).

Importable: the metric functions take plain values so a fast test can check them.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desk.core.messages import Message, Role, Verdict  # noqa: E402
from desk.core.triage import TriageConfig, TriageEngine  # noqa: E402
from desk.sync.ingest import CHUNK  # noqa: E402
from desk.sync.triage_process import collect_for_triage, settle_after  # noqa: E402

try:
    from tests.bench.triage_traffic import generate
except ImportError:  # run as a script from tests/bench
    from triage_traffic import generate  # type: ignore[no-redef]

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
TIERS = ("urgent", "action", "info", "noise")
TZ = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True, slots=True)
class Gold:
    tier: str
    cluster: str | None
    deadline: datetime | None
    ack: bool
    hard_negative_of: str | None


@dataclass(frozen=True, slots=True)
class Predicted:
    tier: str
    cluster: str | None
    deadline: datetime | None
    ack: bool


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


# ---------------------------------------------------------------- metrics


def prf(true_positive: int, predicted: int, actual: int) -> PRF:
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def urgent_recall(gold: dict[str, Gold], pred: dict[str, Predicted]) -> float:
    urgent = [i for i, g in gold.items() if g.tier == "urgent"]
    if not urgent:
        return 1.0
    return sum(pred[i].tier == "urgent" for i in urgent) / len(urgent)


def confusion(gold: dict[str, Gold], pred: dict[str, Predicted]) -> Counter[tuple[str, str]]:
    return Counter((g.tier, pred[i].tier) for i, g in gold.items())


def tier_macro_f1(gold: dict[str, Gold], pred: dict[str, Predicted]) -> float:
    matrix = confusion(gold, pred)
    scores = []
    for tier in TIERS:
        tp = matrix[(tier, tier)]
        predicted = sum(n for (_, p), n in matrix.items() if p == tier)
        actual = sum(n for (g, _), n in matrix.items() if g == tier)
        scores.append(prf(tp, predicted, actual).f1)
    return sum(scores) / len(scores)


def cluster_pairs(clusters: dict[str, str | None]) -> set[frozenset[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for message_id, cluster in clusters.items():
        if cluster is not None:
            members[cluster].append(message_id)
    return {
        frozenset(pair)
        for group in members.values()
        for pair in itertools.combinations(sorted(group), 2)
    }


def duplicate_pairs(gold: dict[str, Gold], pred: dict[str, Predicted]) -> PRF:
    gold_pairs = cluster_pairs({i: g.cluster for i, g in gold.items()})
    pred_pairs = cluster_pairs({i: p.cluster for i, p in pred.items()})
    return prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))


def hard_negatives_merged(gold: dict[str, Gold], pred: dict[str, Predicted]) -> list[str]:
    merged = []
    for message_id, g in gold.items():
        other = g.hard_negative_of
        if other is None or other not in pred:
            continue
        cluster = pred[message_id].cluster
        if cluster is not None and cluster == pred[other].cluster:
            merged.append(message_id)
    return merged


def deadline_exact(gold: dict[str, Gold], pred: dict[str, Predicted]) -> float:
    counted = [i for i, g in gold.items() if g.deadline is not None or pred[i].deadline]
    if not counted:
        return 1.0
    return sum(gold[i].deadline == pred[i].deadline for i in counted) / len(counted)


def ack_f1(gold: dict[str, Gold], pred: dict[str, Predicted]) -> PRF:
    tp = sum(g.ack and pred[i].ack for i, g in gold.items())
    return prf(tp, sum(p.ack for p in pred.values()), sum(g.ack for g in gold.values()))


# ---------------------------------------------------------------- running


def parse_message(raw: dict[str, Any]) -> Message:
    return Message(
        id=raw["id"],
        group_id=raw["group_id"],
        group_name=raw["group_name"],
        sender_id=raw["sender_id"],
        sender_name=raw["sender_name"],
        sender_role=Role(raw.get("sender_role", "member")),
        ts=datetime.fromisoformat(raw["ts"]),
        text=raw["text"],
        mentions_me=bool(raw.get("mentions_me", False)),
        ding=bool(raw.get("ding", False)),
    )


def parse_gold(raw: dict[str, Any]) -> Gold:
    label = raw["label"]
    deadline = label.get("deadline")
    return Gold(
        tier=label["tier"],
        cluster=label.get("cluster"),
        deadline=datetime.fromisoformat(deadline) if deadline else None,
        ack=bool(label.get("ack")),
        hard_negative_of=label.get("hard_negative_of"),
    )


def load_corpus(path: Path) -> tuple[list[Message], dict[str, Gold]]:
    messages, gold = [], {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                raw = json.loads(line)
                messages.append(parse_message(raw))
                gold[raw["id"]] = parse_gold(raw)
    return messages, gold


def run_engine(
    messages: Iterable[Message], config: TriageConfig | None = None
) -> dict[str, Verdict]:
    engine = TriageEngine(config or TriageConfig(tz=TZ))
    return {m.id: engine.process(m) for m in sorted(messages, key=lambda m: m.ts)}


def predictions(verdicts: dict[str, Verdict]) -> dict[str, Predicted]:
    """Verdicts as the CLI reports them: a cluster's first message joins its cluster."""
    roots = {v.cluster for v in verdicts.values() if v.cluster is not None}
    return {
        i: Predicted(
            tier=v.tier.value,
            cluster=v.cluster or (i if i in roots else None),
            deadline=v.deadline,
            ack=v.ack,
        )
        for i, v in verdicts.items()
    }


# ---------------------------------------------------------------- speed


def throughput(count: int = 100_000, seed: int = 7, *, as_in_desk: bool = True) -> float:
    """Messages per second over `count` generated messages (generation not timed), with
    garbage collection set as in desk's triage process (`as_in_desk`: its thresholds, and
    what the engine keeps frozen after each chunk, as the child does after each request of
    ingest's) or Python's default."""
    messages = list(generate(count, TZ, seed))
    engine = TriageEngine(TriageConfig(me_names=("王磊",), tz=TZ))
    saved = gc.get_threshold()
    chunk = CHUNK if as_in_desk else max(count, 1)
    if as_in_desk:
        collect_for_triage()
    try:
        began = time.perf_counter()
        for start in range(0, count, chunk):
            for message in messages[start : start + chunk]:
                engine.process(message)
            if as_in_desk:
                settle_after("process")
        return count / (time.perf_counter() - began)
    finally:
        if as_in_desk:
            gc.unfreeze()
        gc.set_threshold(*saved)


# ---------------------------------------------------------------- report


def report(gold: dict[str, Gold], pred: dict[str, Predicted]) -> dict[str, Any]:
    dup = duplicate_pairs(gold, pred)
    ack = ack_f1(gold, pred)
    return {
        "urgent_recall": urgent_recall(gold, pred),
        "tier_macro_f1": tier_macro_f1(gold, pred),
        "dup_precision": dup.precision,
        "dup_recall": dup.recall,
        "dup_f1": dup.f1,
        "hard_negatives_merged": hard_negatives_merged(gold, pred),
        "deadline_exact": deadline_exact(gold, pred),
        "ack_precision": ack.precision,
        "ack_recall": ack.recall,
        "ack_f1": ack.f1,
        "confusion": confusion(gold, pred),
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"urgent recall          {result['urgent_recall']:.3f}",
        f"tier macro-F1          {result['tier_macro_f1']:.3f}",
        "confusion (rows gold, columns predicted)",
        "          " + "".join(f"{t:>8}" for t in TIERS),
    ]
    matrix = result["confusion"]
    for g in TIERS:
        lines.append(f"  {g:<8}" + "".join(f"{matrix[(g, p)]:>8}" for p in TIERS))
    lines += [
        f"dup pairs P/R/F1       {result['dup_precision']:.3f} / {result['dup_recall']:.3f}"
        f" / {result['dup_f1']:.3f}",
        f"hard negatives merged  {len(result['hard_negatives_merged'])}"
        + (f" {result['hard_negatives_merged']}" if result["hard_negatives_merged"] else ""),
        f"deadline exact         {result['deadline_exact']:.3f}",
        f"ack P/R/F1             {result['ack_precision']:.3f} / {result['ack_recall']:.3f}"
        f" / {result['ack_f1']:.3f}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--messages", type=int, default=100_000, help="generated, for speed (0 skips it)"
    )
    parser.add_argument(
        "--skip-throughput", action="store_true", help="quality only, as --messages 0"
    )
    parser.add_argument("--errors", action="store_true", help="list every wrong message")
    args = parser.parse_args(argv)
    messages, gold = load_corpus(args.corpus)
    pred = predictions(run_engine(messages))
    print(f"corpus {args.corpus} ({len(messages)} messages)")
    print(format_report(report(gold, pred)))
    if args.errors:
        print_errors(messages, gold, pred)
    if args.messages and not args.skip_throughput:
        count = max(args.messages, 1)
        rate = throughput(count)
        default = throughput(count, as_in_desk=False)
        print(
            f"throughput             {rate:,.0f} messages/s on {args.messages:,} generated"
            f" ({default:,.0f} with Python's default garbage collection)"
        )
    return 0


def print_errors(
    messages: list[Message], gold: dict[str, Gold], pred: dict[str, Predicted]
) -> None:
    for m in messages:
        g, p = gold[m.id], pred[m.id]
        wrong = []
        if g.tier != p.tier:
            wrong.append(f"tier {g.tier}->{p.tier}")
        if g.deadline != p.deadline:
            wrong.append(f"deadline {g.deadline}->{p.deadline}")
        if g.ack != p.ack:
            wrong.append(f"ack {g.ack}->{p.ack}")
        if (g.cluster is None) != (p.cluster is None):
            wrong.append(f"cluster {g.cluster}->{p.cluster}")
        if wrong:
            print(f"{m.id} {'; '.join(wrong)} | {m.text[:70]!r}")


if __name__ == "__main__":
    raise SystemExit(main())
