"""The index of rare words that finds relays retold in other words: its memory."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from desk.core.triage.folding import fingerprint
from desk.core.triage.normalize import canonical
from desk.core.triage.retold import PRUNE_EVERY, RetoldIndex
from tests.bench.triage_traffic import generate

TZ = ZoneInfo("Asia/Shanghai")


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
