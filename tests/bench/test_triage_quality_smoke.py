"""Keeps tests/bench/triage_quality.py working: its metrics on a tiny hand-made input."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.bench import triage_quality as bench
from tests.bench.triage_traffic import generate

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 3, 9, 18, 0, tzinfo=TZ)


def gold(
    tier: str,
    cluster: str | None = None,
    deadline: datetime | None = None,
    ack: bool = False,
    hn: str | None = None,
) -> bench.Gold:
    return bench.Gold(tier, cluster, deadline, ack, hn)


def pred(
    tier: str, cluster: str | None = None, deadline: datetime | None = None, ack: bool = False
) -> bench.Predicted:
    return bench.Predicted(tier, cluster, deadline, ack)


GOLD = {
    "a": gold("urgent", "c1", AT),
    "b": gold("urgent", "c1", AT),
    "c": gold("action", "c1"),
    "d": gold("noise", ack=True),
    "e": gold("info", hn="a"),
    "f": gold("noise"),
}
PRED = {
    "a": pred("urgent", "a", AT),
    "b": pred("action", "a", AT),
    "c": pred("action", None),
    "d": pred("noise", ack=True),
    "e": pred("info", "a"),
    "f": pred("noise", ack=True),
}


def test_metrics_on_a_tiny_input() -> None:
    assert bench.urgent_recall(GOLD, PRED) == 0.5
    dup = bench.duplicate_pairs(GOLD, PRED)  # gold pairs ab ac bc; predicted ab ae be
    assert (dup.precision, dup.recall) == pytest.approx((1 / 3, 1 / 3))
    assert bench.hard_negatives_merged(GOLD, PRED) == ["e"]
    assert bench.deadline_exact(GOLD, PRED) == 1.0
    ack = bench.ack_f1(GOLD, PRED)
    assert (ack.precision, ack.recall) == (0.5, 1.0)
    matrix = bench.confusion(GOLD, PRED)
    assert matrix[("urgent", "action")] == 1
    # urgent F1 2/3, action 2/3, info 1, noise 1.
    assert bench.tier_macro_f1(GOLD, PRED) == pytest.approx((2 / 3 + 2 / 3 + 1 + 1) / 4)
    assert "urgent recall" in bench.format_report(bench.report(GOLD, PRED))


def test_deadline_metric_counts_only_messages_with_a_deadline() -> None:
    g = {"x": gold("action", deadline=AT), "y": gold("info"), "z": gold("info")}
    p = {"x": pred("action", deadline=None), "y": pred("info"), "z": pred("action", deadline=AT)}
    assert bench.deadline_exact(g, p) == 0.0


def test_predictions_give_the_first_message_its_cluster() -> None:
    messages = list(generate(400, TZ, seed=3))
    verdicts = bench.run_engine(messages)
    predicted = bench.predictions(verdicts)
    roots = {v.cluster for v in verdicts.values() if v.cluster}
    assert roots, "the generator should produce forwards that fold"
    assert all(predicted[root].cluster == root for root in roots)


def test_throughput_runs() -> None:
    assert bench.throughput(300) > 0


def test_the_challenge_set_keeps_its_targets() -> None:
    # The hand-written set in tests/data is small enough to run with the fast tests; it
    # guards the generalisation fixes (urgent recall must stay perfect).
    corpus = bench.ROOT / "tests" / "data" / "triage_challenge.jsonl"
    messages, gold = bench.load_corpus(corpus)
    result = bench.report(gold, bench.predictions(bench.run_engine(messages)))
    assert result["urgent_recall"] == 1.0
    assert result["tier_macro_f1"] >= 0.95
    assert result["ack_f1"] >= 0.98
    assert result["deadline_exact"] >= 0.95
    assert result["dup_f1"] >= 0.9
