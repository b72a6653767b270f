"""Triage quality and speed bench: `python tests/bench/triage_quality.py [--corpus PATH]`.

Runs the engine over the labelled corpus (default ../shared/corpus/dev.jsonl beside the
repository) and prints the metrics defined in that corpus's README: urgent recall, tier
macro-F1 and confusion matrix, duplicate-pair precision/recall/F1, hard negatives wrongly
merged, deadline exact-match rate, ack F1; then throughput on seeded generated traffic
(at least 100,000 messages, so anything quadratic shows).

Importable: the metric functions take plain values so a fast test can check them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desk.core.messages import Message, Role, Verdict  # noqa: E402
from desk.core.triage import TriageConfig, TriageEngine  # noqa: E402

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


# ---------------------------------------------------------------- generated traffic

_TOPICS = (
    "森林防火",
    "安全生产",
    "防汛备汛",
    "燃气安全",
    "医保缴费",
    "防返贫监测",
    "人口普查",
    "禁毒宣传",
    "秸秆禁烧",
    "校园安全",
    "消防检查",
    "环境整治",
    "疫苗接种",
    "征兵体检",
)
_UNITS = ("各镇（街道）", "各村（社区）", "各办站所", "各单位", "区直各部门")
_ACKS = (
    "收到",
    "收到！",
    "已阅",
    "好的",
    "[抱拳]",
    "👍",
    "收到，马上落实",
    "领导辛苦了🌹",
    "明白",
    "1",
)
_CHAT = (
    "早上好！",
    "[动画表情]",
    "哈哈哈哈",
    "中午食堂有饺子😋",
    "周末愉快🌸",
    "[红包] 辛苦了",
    "[图片] 已到岗",
    "有人拼单奶茶吗？",
    "今天天气不错",
    "石桥村零报告",
)
_PREFIXES = ("转发：", "【转】", "转：", "请各位认真落实！\n", "")


def generate(count: int, seed: int = 7) -> Iterator[Message]:
    """Seeded synthetic traffic: notices, forwards with prefixes, acks, chat, @-tasks."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)
    groups = [(f"g{n:02d}", f"测试第{n}工作群") for n in range(40)]
    recent: list[str] = []
    ts = start
    for n in range(count):
        ts += timedelta(seconds=rng.randint(5, 90))
        group_id, group_name = rng.choice(groups)
        roll = rng.random()
        if roll < 0.18 or not recent:
            topic = rng.choice(_TOPICS)
            month, day = ts.month, min(28, ts.day + rng.randint(1, 9))
            text = (
                f"关于开展{ts.year}年第{rng.randint(1, 9)}轮{topic}专项检查的通知\n"
                f"{rng.choice(_UNITS)}：为做好{topic}工作，请于{month}月{day}日"
                f"{rng.choice(('下午5点', '中午12点', ''))}前将{topic}检查情况"
                f"（含检查{rng.randint(3, 99)}处、整改{rng.randint(1, 50)}处）报区应急局。"
            )
            recent.append(text)
            recent = recent[-200:]
        elif roll < 0.30:
            text = rng.choice(_PREFIXES) + rng.choice(recent)
            if rng.random() < 0.5:
                text += f"\n请各村（社区）于明天中午{rng.randint(9, 12)}点前报镇安监办。"
        elif roll < 0.65:
            text = rng.choice(_ACKS)
        elif roll < 0.9:
            text = rng.choice(_CHAT)
        else:
            text = f"@王磊 {rng.choice(_TOPICS)}的材料今天下午{rng.randint(2, 6)}点前发我"
        yield Message(
            id=f"gen{n:07d}",
            group_id=group_id,
            group_name=group_name,
            sender_id=f"u{rng.randint(0, 300):03d}",
            sender_name="测试用户",
            sender_role=rng.choice((Role.OWNER, Role.ADMIN, Role.MEMBER, Role.MEMBER)),
            ts=ts,
            text=text,
            mentions_me=text.startswith("@王磊"),
            ding=rng.random() < 0.005,
        )


def throughput(count: int = 100_000, seed: int = 7) -> float:
    messages = list(generate(count, seed))
    engine = TriageEngine(TriageConfig(me_names=("王磊",), tz=TZ))
    began = time.perf_counter()
    for message in messages:
        engine.process(message)
    return count / (time.perf_counter() - began)


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
    parser.add_argument("--messages", type=int, default=100_000, help="generated, for speed")
    parser.add_argument("--errors", action="store_true", help="list every wrong message")
    args = parser.parse_args(argv)
    messages, gold = load_corpus(args.corpus)
    pred = predictions(run_engine(messages))
    print(f"corpus {args.corpus} ({len(messages)} messages)")
    print(format_report(report(gold, pred)))
    if args.errors:
        print_errors(messages, gold, pred)
    if args.messages:
        rate = throughput(max(args.messages, 1))
        print(f"throughput             {rate:,.0f} messages/s on {args.messages:,} generated")
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
