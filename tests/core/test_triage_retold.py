"""The index of rare words that finds relays retold in other words: its memory."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from desk.core.triage.folding import fingerprint
from desk.core.triage.normalize import canonical
from desk.core.triage.retold import PRUNE_EVERY, RetoldIndex
from tests.bench.triage_traffic import generate

TZ = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]


def test_the_index_holds_the_window_not_the_whole_session() -> None:
    index = RetoldIndex(window=timedelta(hours=6))
    held = []
    for n, message in enumerate(generate(8 * PRUNE_EVERY, TZ)):
        print_ = fingerprint(canonical(message.text), message.ts, TZ)
        if print_ is not None:
            index.add(message.id, message.ts, message.group_id, print_, message.id)
        if n % PRUNE_EVERY == PRUNE_EVERY - 1:
            held.append(index.held)
    # Six hours' worth at most, and what came since the last pruning, however long the
    # session has run: not the 16,000 messages read.
    assert max(held) < 2 * PRUNE_EVERY
    assert held[-1] < 2 * PRUNE_EVERY


# Run in processes of their own, with hash seeds under which the index once chose among
# equally rare pairs, and summed their weights, in orders of its own.
_FOLDS = """
from zoneinfo import ZoneInfo
from desk.core.triage import TriageConfig, TriageEngine
from tests.bench.triage_traffic import generate
tz = ZoneInfo("Asia/Shanghai")
engine = TriageEngine(TriageConfig(tz=tz))
for message in generate(5000, tz):
    print(message.id, engine.process(message).cluster)
"""


def test_the_same_messages_fold_alike_in_every_process() -> None:
    # Each start of desk has its own hash seed: a relay folded into its notice in one
    # and stood alone in the next (the scale bench's stores differed run to run).
    folds = [
        subprocess.run(
            [sys.executable, "-c", _FOLDS],
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "3")
    ]
    assert folds[0].count("\n") == 5000
    assert folds[0] == folds[1]
