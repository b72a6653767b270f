"""The order a search lists what it found: what the user is most likely looking for first.

A search's matches come newest first (desk.store.inbox pages them so, the index's order).
Newest first alone put a week's chatter about 值班 above the notice that asked for the duty
roster and showed who had confirmed it, off the first screen (two testers, asked "区里值班
通知，我们乡谁回过了"). As a mail client shows its top results before the rest, the newest
`RANKED` cards a search finds are put in order of their `Standing`, each standing newest
first; past them the list goes on newest first, as it is paged in, so that paging deep
never moves a card the user has scrolled past.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from enum import IntEnum

from desk.core.match_spans import Needle
from desk.core.messages import Tier

# The newest cards of a search put in order of standing: the first page the window reads.
RANKED = 200
# A title's length at most: a notice's first line, not a paragraph run on without a break.
TITLE_MOST = 80
# A heading in brackets at a text's start, as notices are headed (【紧急通知】, 【区防指】).
HEADING_BRACKETS = (("【", "】"), ("[", "]"), ("〔", "〕"))


class Standing(IntEnum):
    """How likely a card a search found is what the user looks for; the lower, the sooner."""

    WAITING = 0  # a DING waiting for the user's confirmation
    TITLED = 1  # a notice or task whose title holds every word of the search
    NOTICE = 2  # urgent, to do, or a notice someone confirmed or answered
    REST = 3  # chatter, replies, noise


def title_of(text: str) -> str:
    """A notice's title: the first line of a text of several (关于…的通知, then its body), or
    of a text of one line a heading in brackets that starts it (【紧急通知】据悉…); "" for a
    line of chat, whose one line is no title."""
    stripped = text.strip()
    first, newline, _rest = stripped.partition("\n")
    if newline:
        return first.strip() if len(first) <= TITLE_MOST else ""
    for opening, closing in HEADING_BRACKETS:
        if stripped.startswith(opening):
            end = stripped.find(closing, 1)
            if 0 < end <= TITLE_MOST:
                return stripped[: end + 1]
    return ""


def titled(text: str, needle: Needle | None) -> bool:
    """Whether the title of `text` holds every word of the search `needle`."""
    title = title_of(text)
    if not title or needle is None:
        return False
    return all(word.spans(title) for word in (replace(needle, more=()), *needle.more))


def standing(tier: Tier, answered: bool, title_holds: bool, waiting: bool = False) -> Standing:
    """A card's standing in a search: a DING `waiting` for the user's confirmation first,
    as it leads the inbox (a new user's search for 防汛 listed the one waiting third,
    under a task of days before whose title said 防汛); noise last whatever it says; a
    title that holds the search next (the notice the search names); urgent, to do, or
    confirmed or answered by someone (a notice others acted on) after it."""
    if waiting:
        return Standing.WAITING
    if tier is Tier.NOISE:
        return Standing.REST
    if title_holds:
        return Standing.TITLED
    if tier.asks_action or answered:
        return Standing.NOTICE
    return Standing.REST


def arranged(found: Sequence[int], standings: Mapping[int, Standing]) -> list[int]:
    """The cards `found` (newest first) as the search lists them: the first RANKED by
    standing, each standing newest first (a card without one last), then the rest as found."""
    head = sorted(found[:RANKED], key=lambda card: standings.get(card, Standing.REST))
    return [*head, *found[RANKED:]]


def insertions(shown: Sequence[int], listed: Sequence[int]) -> Iterable[tuple[int, list[int]]]:
    """Where the cards of `listed` that `shown` lacks go, as runs (the row each starts at in
    `listed`, its cards), first first: inserted in that order, each at its row, they turn
    `shown` into `listed`. `shown` must be `listed` with cards left out, in its order, as
    `arranged` keeps what it had listed when more is found."""
    at = 0
    run: list[int] = []
    start = 0
    for row, card in enumerate(listed):
        if at < len(shown) and shown[at] == card:
            at += 1
            if run:
                yield start, run
                run = []
            continue
        if not run:
            start = row
        run.append(card)
    if run:
        yield start, run
