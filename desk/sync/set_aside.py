"""Finding the messages of a batch that the triage engine fails on, to store them without it.

A message that trips a bug in a rule (the engine raises: TriageFailed) or a pathological
pattern (the triage process never answers and is ended: TriageHung) failed its whole
batch, and the batch was tried again for ever: every later message of the account, an
urgent DING among them, waited behind it. At the engine's first failure (it would fail
again), or once a triage process has stopped SET_ASIDE_AFTER times in a row, the batch's
messages are triaged again one at a time, in order, by a fresh engine: the first that fails
is a culprit, and so is every copy of its text (a notice forwarded into several groups),
which is not asked about again. The engine that failed may hold half of what that message
changed (or be gone with its process), so the next round has a fresh one, warmed from the
store as a new triage process is, and fed the good messages before the culprit: the rest
fold as they would have. The batch's edits are judged after its new messages, one at a
time, as applying them does: an edit whose text the engine fails on is stored unsorted
too. (Rules of a later desk sort such messages again: see Ingestor.resort.)

Cost: one at a time costs a round trip per message (well under a millisecond), and each
culprit text one failure, a fresh engine and the good messages before it fed again.
Measured here with a triage process (two busy cores, the corpus repeated): a first sync's
batch of 5,000 took 4.8 s in chunks of 200, 4.1 s one at a time, and feeding 4,999 back in
one request 3.6 s. The worst case is a batch of 5,000 whose last message hangs: each of
the two tries of the batch waits out a reply timeout (triage_process.REPLY_TIMEOUT_S, 30 s,
and 2 s for its chunk of 200) behind 5 s of work, the search 4 s and two more timeouts (the
message it hung on is given to a new child once more, to tell a hang from a stall), a
new child's start and warm-up (about 2 s) and the 4,999 fed again (4 s), and the batch is
then stored (5 s): about two and a half minutes, and another 70 s for each further text it
hangs on, during which the ingest thread, shared by every account, does nothing else; a PC
several times slower pays several times the 25 s of work. One that raises costs no timeouts: about
15 s, or 4 s more for each further text. A bisection would have paid a reply timeout for
every half that held it: up to 13 at 5,000 (6 minutes).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk.core.messages import Message, Verdict
from desk.sync.triage_process import (
    Triage,
    TriageFailed,
    TriageUnavailable,
    where_failed,
)

# Failures of one batch in a row before its culprits are looked for, when the triage
# process stopped (no answer, or gone): the first may be a child paged out or killed from
# outside, which a new child's try gets past. The engine raising is looked into at once:
# it is deterministic, and would raise again.
SET_ASIDE_AFTER = 2
# More texts than this failing in one batch is no poisoned message but an engine that fails
# on everything (or a triage process that cannot run): looking on would cost a warm-up, or
# a reply timeout, for every message. The batch then fails as before, said in the status.
# Copies of one text (a notice forwarded into several groups) count once.
MOST_SET_ASIDE = 3


@dataclass(frozen=True, slots=True)
class Culprit:
    """A message the engine failed on, its text's key (see text_key), and where it failed
    (no message text)."""

    remote_id: str
    key: bytes
    where: str


def text_key(text: str) -> bytes:
    """What a message's text is known by here: copies of a notice forwarded into several
    groups share it, whatever spaces or full-width forms a forward changed. A digest, so
    that the texts remembered are not held."""
    canonical = "".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.blake2b(canonical.encode(), digest_size=16).digest()


def find_culprits(
    triage: Triage,
    account_id: int,
    messages: Sequence[Message],
    afresh: Callable[[], None],
    edited: Sequence[Message] = (),
) -> list[Culprit]:
    """The messages of `messages` (in arrival order), then of `edited` (messages as edits
    make them say, in the order they apply), the engine fails on, with every copy of their
    texts, which is not asked about again; the search stops past MOST_SET_ASIDE texts.
    `afresh` gives the account a fresh engine.

    The engine raising on a message names it. A process that hung on it, or died (killed
    by the user or the OOM killer), is given it again on a fresh engine, and names it only
    when that fails too: a slow PC stalling once on 收到 named it, and every 收到 after it
    was set aside as a task until desk restarted. What fails outside a message (no engine
    to be had, desk closing) is raised."""
    found: dict[bytes, str] = {}  # the texts failed on, and where
    good: list[Message] = []
    rest = list(messages)
    died_on: str | None = None
    # Whether the engine has half of what a message it failed on changed (or is the one
    # that failed the batch).
    worn = True
    while rest and len(found) <= MOST_SET_ASIDE:
        afresh()
        if good:
            triage.process(account_id, good)
        answered: list[Verdict] = []
        try:
            triage.pipeline(account_id, [[m] for m in rest], answered.extend)
        except (TriageFailed, TriageUnavailable) as exc:
            good.extend(rest[: len(answered)])
            rest, died_on = _blame(exc, rest[len(answered) :], died_on, found)
        else:
            good.extend(rest)
            worn = False
            break
    # An edit is judged again (reassess) on an engine that has seen the batch's new
    # messages, as applying it does.
    edits = [m for m in edited if text_key(m.text) not in found]
    died_on = None
    while edits and len(found) <= MOST_SET_ASIDE:
        if worn:
            afresh()
            if good:
                triage.process(account_id, good)
        try:
            triage.reassess(account_id, edits[0])
        except (TriageFailed, TriageUnavailable) as exc:
            worn = True
            edits, died_on = _blame(exc, edits, died_on, found)
        else:
            edits = edits[1:]
    return [
        Culprit(m.id, key, found[key])
        for m in (*messages, *edited)
        if (key := text_key(m.text)) in found
    ]


def _blame(
    failure: TriageFailed | TriageUnavailable,
    pending: list[Message],
    died_on: str | None,
    found: dict[bytes, str],
) -> tuple[list[Message], str | None]:
    """After the engine failed on the first of `pending`: if it raised, or its process
    stopped on it a second time, its text is named in `found` and every copy of it leaves
    `pending`; else it stays first, to be given once more to a fresh engine. Returns what
    is still pending and the message a process last stopped on."""
    failed = pending[0]
    if isinstance(failure, TriageFailed) or died_on == failed.id:
        key = text_key(failed.text)
        found[key] = _where(failure)
        return [m for m in pending if text_key(m.text) != key], died_on
    return pending, failed.id


def _where(failure: TriageFailed | TriageUnavailable) -> str:
    """Where the engine failed: the frames of its traceback, or what became of its process
    (no answer in 30 s), worded by desk, never quoting the message."""
    if isinstance(failure, TriageFailed):
        return where_failed(str(failure))
    return str(failure)
