"""Later due-by steps bench: `python tests/bench/later_steps.py [CORPUS ...]`.

Prints every message of the corpora (default: ../shared/corpus/*.jsonl beside the
repository and tests/data/*.jsonl) that triage gives due-by steps after its first (the
then_due reasons), with its due time, the steps and its text, so a reader can check each
step is one the reader of the notice really has: a wrong step is far worse than a missed
one (the card due at someone else's date, then overdue for ever). Ends with the count.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desk.core.reasons import THEN_AT, THEN_DUE  # noqa: E402

try:
    from tests.bench.triage_quality import TZ, load_corpus, run_engine
except ImportError:  # run as a script from tests/bench
    from triage_quality import TZ, load_corpus, run_engine  # type: ignore[no-redef]


def default_corpora() -> list[Path]:
    return sorted((ROOT.parent / "shared" / "corpus").glob("*.jsonl")) + sorted(
        (ROOT / "tests" / "data").glob("*.jsonl")
    )


def _short(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(TZ).strftime("%m-%d %H:%M")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    paths = [Path(a) for a in args] or default_corpora()
    total = 0
    for path in paths:
        messages, _ = load_corpus(path)
        texts = {m.id: m for m in messages}
        for mid, verdict in run_engine(messages).items():
            steps = [r for r in verdict.reasons if r.code == THEN_DUE]
            if not steps or verdict.deadline is None:
                continue
            total += 1
            message = texts[mid]
            posted = message.ts.astimezone(TZ).strftime("%m-%d %H:%M %a")
            due = verdict.deadline.astimezone(TZ).strftime("%m-%d %H:%M")
            later = " → ".join(_short(r.arg(THEN_AT)) for r in steps)
            print(f"{path.name}:{mid} posted {posted} | due {due} → {later}")
            print("   ", message.text.replace("\n", " ⏎ "))
    print(f"{total} messages with later steps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
