"""Trains desk's learned second opinion on urgency (desk/core/triage/urgent_model.py).

    .venv/bin/python tools/train_urgent_model.py                    # writes urgent_weights.py
    .venv/bin/python tools/train_urgent_model.py --cross-validate   # each set left out once

It reads every labelled set in tests/data and the single messages in tests/data/urgency
(not tests/data/holdout, which stays unseen, nor the shared dev corpus, which stays a fair
test of the model) and needs scikit-learn, which
comes with the test dependencies (`python3 dev.py test` sets them up in .venv); the app
itself only reads the weights this writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.core.messages import Role  # noqa: E402
from desk.core.triage.normalize import canonical  # noqa: E402
from desk.core.triage.urgent_model import THRESHOLD, UrgentModel, features  # noqa: E402

SETS = ROOT / "tests" / "data"
WEIGHTS = ROOT / "desk" / "core" / "triage" / "urgent_weights.py"
# Regularisation and vocabulary: chosen by leaving each blind set out in turn (see README).
# Features seen in fewer than 8 messages are left out: as good on the blind sets as 2, and a
# sixth of the table, whose lookups are most of the model's time.
C = 32.0
MIN_DF = 8


@dataclass(frozen=True)
class Example:
    set_name: str
    grams: list[str]
    urgent: bool


def examples(paths: Iterable[Path]) -> list[Example]:
    found = []
    for path in paths:
        name = path.stem.removeprefix("triage_")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text = canonical(row["text"])
            if row.get("ding") or row.get("mentions_me"):
                # The engine never asks the model about these (DING is urgent by rule, @you
                # the rules' to judge): their urgency would only teach it that an @ and a
                # name are pressing.
                continue
            grams = features(text, Role(row.get("sender_role", "member")))
            found.append(Example(name, grams, row["label"]["tier"] == "urgent"))
    return found


# Sets the rules learned from but the model does not. With O2 and P2 (a quake town and a
# drought town, most of their emergencies told first-hand in dialect) the model found no
# more of the blind sets' missed urgent items (32 at 0.65, 31 at 0.7 and 0.75) for more
# false alarms (10, 7, 5 against 6 without them), and missed 1-4 more of a reviewer's 52
# first-hand reports at the thresholds with fewer false alarms: more of one kind of data
# made it readier to call plain speech urgent, not better at it.
# R2, S2 and U2 (a Heilongjiang street office in a blizzard at 元旦, a Guangxi border
# township at 春节, a Shandong street office at 中秋) came after that evaluation; the rules
# learned from them, and the model waits for an evaluation of its own before it does; so
# with every set since, up to N3 (a Chengdu street office's 清明 of fire watch and 汛前 checks),
# O3, P3 (a Jinan street office's December of 12345 work orders, gas checks and a 文明城市
# inspection), Q3 (a Xilingol sumu's first week of December: blizzards, 转场, a grass
# fire, the border, 防疫 and CO poisoning), R3 (a Yi township in Liangshan in December:
# 冬防 checkpoints, a hill fire, 禁毒 and 控辍保学), S3 (a county 应急管理局 in a cold
# snap: 寒潮 response, road ice, a grave-side hill fire, year-end checks and 调研 visits) and
# T3 (a county 卫生健康局 in December: flu season, a vaccination round, 医保 payments), U3 (a
# county 应急管理局 and its townships in winter), V3 (a district 民政局/人社局 and its
# 街道 and 社区 in December: 送温暖, the 低保 review, 就业援助月), W3 (a county 教育局 and its
# schools in late December), X3 (a township's 党政办 and 农业农村办 before 春节), Y3 (a
# county 住建局/城管局 in a December snowstorm), Z3 (a Guizhou township in a December freeze),
# A4 (a plain-country township's 自然资源所 and 执法队 in December: 卫片图斑, 田长制), B4 (a
# Fujian coastal district's 市场监管局 before the new year: 年货市场, 电梯, 12315), C4 (a Wuhan
# street office's 平安办 over 元旦: 12345 work orders, a cold wave, 跨年夜 security, a fire) and
# D4 (a Hunan county town's 水利站 and 防汛 over 端午 and the first 汛期 rain: reservoirs over
# their flood limit, landslide evacuations, 高考).
RULES_ONLY = frozenset(
    {
        "triage_blind_o2.jsonl",
        "triage_blind_p2.jsonl",
        "triage_blind_r2.jsonl",
        "triage_blind_s2.jsonl",
        "triage_blind_u2.jsonl",
        "triage_blind_v2.jsonl",
        "triage_blind_w2.jsonl",
        "triage_blind_x2.jsonl",
        "triage_blind_y2.jsonl",
        "triage_blind_z2.jsonl",
        "triage_blind_a3.jsonl",
        "triage_blind_b3.jsonl",
        "triage_blind_c3.jsonl",
        "triage_blind_d3.jsonl",
        "triage_blind_e3.jsonl",
        "triage_blind_f3.jsonl",
        "triage_blind_g3.jsonl",
        "triage_blind_h3.jsonl",
        "triage_blind_i3.jsonl",
        "triage_blind_j3.jsonl",
        "triage_blind_k3.jsonl",
        "triage_blind_l3.jsonl",
        "triage_blind_m3.jsonl",
        "triage_blind_n3.jsonl",
        "triage_blind_o3.jsonl",
        "triage_blind_p3.jsonl",
        "triage_blind_q3.jsonl",
        "triage_blind_r3.jsonl",
        "triage_blind_s3.jsonl",
        "triage_blind_t3.jsonl",
        "triage_blind_u3.jsonl",
        "triage_blind_v3.jsonl",
        "triage_blind_w3.jsonl",
        "triage_blind_x3.jsonl",
        "triage_blind_y3.jsonl",
        "triage_blind_z3.jsonl",
        "triage_blind_a4.jsonl",
        "triage_blind_b4.jsonl",
        "triage_blind_c4.jsonl",
        "triage_blind_d4.jsonl",
    }
)


def labelled_sets() -> list[Path]:
    # The traffic sets, and single messages written to teach what urgency sounds like
    # (urgency/: first-hand reports of danger and their look-alikes, handled or past).
    traffic = [p for p in sorted(SETS.glob("triage_*.jsonl")) if p.name not in RULES_ONLY]
    return traffic + sorted((SETS / "urgency").glob("*.jsonl"))


def train(data: Sequence[Example]) -> UrgentModel:
    vectorizer = TfidfVectorizer(analyzer=_same, sublinear_tf=True, min_df=MIN_DF)
    matrix = vectorizer.fit_transform([e.grams for e in data])
    # Fitted to convergence, not to the default tolerance: where a solver stops early
    # depends on its version and BLAS, the optimum does not.
    classifier = LogisticRegression(C=C, class_weight="balanced", tol=1e-10, max_iter=10_000)
    classifier.fit(matrix, [e.urgent for e in data])
    idf, coefficients = vectorizer.idf_, classifier.coef_[0]
    table = {
        gram: (float(idf[column] * coefficients[column]), float(idf[column] ** 2))
        for gram, column in vectorizer.vocabulary_.items()
    }
    model = UrgentModel(table, float(classifier.intercept_[0]))
    # The app computes what scikit-learn computes, or the numbers above mean nothing.
    theirs = classifier.predict_proba(matrix)[:, 1]
    drift = max(abs(model.probability(e.grams) - p) for e, p in zip(data, theirs, strict=True))
    if drift > 1e-9:
        raise AssertionError(f"desk's model differs from scikit-learn's by {drift}")
    return model


def _same(grams: list[str]) -> list[str]:
    return grams


def write(model: UrgentModel, path: Path) -> None:
    lines = [
        '"""Weights of the learned urgency model. Generated by tools/train_urgent_model.py',
        "from the labelled sets in tests/data: retrain rather than edit.",
        "",
        "Each feature maps to (idf * coefficient, idf²) (see UrgentModel).",
        '"""',
        "",
        f"INTERCEPT = {_short(model.intercept)}",
        "TABLE: dict[str, tuple[float, float]] = {",
    ]
    lines += [
        f"    {gram!r}: ({_short(weight)}, {_short(idf_squared)}),"
        for gram, (weight, idf_squared) in sorted(model.table.items())
    ]
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _short(value: float) -> str:
    """Six significant digits: the logit moves by less than 1e-4, the file is half the size."""
    return repr(float(f"{value:.6g}"))


def cross_validate(data: Sequence[Example]) -> None:
    """Each set left out in turn: how much of its urgent items the model alone finds."""
    names = sorted({e.set_name for e in data})
    print(f"{'left out':<12} {'urgent':>6} {'found':>6} {'false':>6}  (P(urgent) >= {THRESHOLD})")
    totals = [0, 0, 0]
    for name in names:
        model = train([e for e in data if e.set_name != name])
        held = [e for e in data if e.set_name == name]
        urgent = sum(e.urgent for e in held)
        found = sum(e.urgent and model.urgent(e.grams) for e in held)
        false = sum(not e.urgent and model.urgent(e.grams) for e in held)
        totals = [totals[0] + urgent, totals[1] + found, totals[2] + false]
        print(f"{name:<12} {urgent:>6} {found:>6} {false:>6}")
    print(f"{'all':<12} {totals[0]:>6} {totals[1]:>6} {totals[2]:>6}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cross-validate", action="store_true", help="leave each set out once")
    parser.add_argument("--output", type=Path, default=WEIGHTS, help="where the weights go")
    args = parser.parse_args(argv)
    data = examples(labelled_sets())
    if args.cross_validate:
        cross_validate(data)
        return 0
    write(train(data), args.output)
    print(f"{len(data)} messages, {sum(e.urgent for e in data)} urgent -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
