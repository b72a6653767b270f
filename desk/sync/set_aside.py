"""Finding the messages of a batch that the triage engine fails on, to store them without it.

A message that trips a bug in a rule (the engine raises: TriageFailed) or a pathological
pattern (the triage process never answers and is ended: TriageUnavailable) failed its
whole batch, and the batch was tried again for ever: every later message of the account,
an urgent DING among them, waited behind it. Once a batch has failed SET_ASIDE_AFTER times
in a row, its messages are triaged again one at a time, in order, by a fresh engine: the
first that fails is a culprit. The engine that failed may hold half of what that message
changed (or be gone with its process), so the next round has a fresh one, warmed from the
store as a new triage process is, and fed the good messages before the culprit: the rest
fold as they would have.

Cost: one at a time costs a round trip per message (well under a millisecond), and each
culprit one failure. For a batch of 200 with one message that hangs, the worst case is one
reply timeout (triage_process.REPLY_TIMEOUT_S, 30 s), a new child's start and warm-up
(about 2 s here) and the other 199 triaged twice (about 1 s). A bisection would have paid
a reply timeout for every half that held it: up to 8 (4 minutes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk.core.messages import Message, Verdict
from desk.sync.triage_process import Triage, TriageFailed, TriageUnavailable, where_failed

# Failures of one batch in a row before its culprits are looked for: the first may be a
# child paged out or killed from outside, which a new child's try gets past.
SET_ASIDE_AFTER = 2
# More culprits than this in one batch is no poisoned message but an engine that fails on
# everything (or a triage process that cannot run): looking on would cost a warm-up, or a
# reply timeout, for every message. The batch then fails as before, said in the status.
MOST_SET_ASIDE = 3


@dataclass(frozen=True, slots=True)
class Culprit:
    """A message the engine failed on, and where it failed (no message text)."""

    remote_id: str
    where: str


def find_culprits(
    triage: Triage,
    account_id: int,
    messages: Sequence[Message],
    afresh: Callable[[], None],
) -> list[Culprit]:
    """The messages of `messages` (in arrival order) the engine fails on, no more than
    MOST_SET_ASIDE + 1 (the search stops there). `afresh` gives the account a fresh engine.
    What fails outside a message (no engine to be had, desk closing) is raised: a culprit
    is told only once a fresh engine went on past it."""
    culprits: list[Culprit] = []
    good: list[Message] = []
    start = 0
    while len(culprits) <= MOST_SET_ASIDE:
        afresh()
        if good:
            triage.process(account_id, good)
        answered: list[Verdict] = []
        try:
            triage.pipeline(account_id, [[m] for m in messages[start:]], answered.extend)
        except (TriageFailed, TriageUnavailable) as exc:
            failed = start + len(answered)
            good.extend(messages[start:failed])
            culprits.append(Culprit(messages[failed].id, _where(exc)))
            start = failed + 1
        else:
            return culprits
    return culprits


def _where(failure: TriageFailed | TriageUnavailable) -> str:
    """Where the engine failed: the frames of its traceback, or what became of its process
    (no answer in 30 s), worded by desk, never quoting the message."""
    if isinstance(failure, TriageFailed):
        return where_failed(str(failure))
    return str(failure)
