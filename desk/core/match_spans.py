"""Where a search's needle lies in a text, as the store's search finds it: the spans of the
original characters to mark, and the part of a long text to show around the first one.

The store's search (desk.store.inbox, desk.store.text_index) looks for the needle as
typed, stripped, and, where it has traditional characters, in simplified ones too
(`search_forms`); it folds case a character at a time (SQLite's trigram tokenizer folds
each letter, Ä and Ｈ included; a LIKE and the pair index fold ASCII), and nothing else:
ＨＰＶ (full width) does not find HPV, nor a space a line break. The spans here follow the
same rules, so a mark never claims a match the search did not make.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from desk.core.simplified import simplified

# [start, end) in a text, by character.
Span = tuple[int, int]


@lru_cache(maxsize=64)
def search_forms(needle: str) -> tuple[str, ...]:
    """The needle as typed and, if it has traditional characters, in simplified ones: one
    who types 緊急通知 looks for 紧急通知 too (not the other way: a simplified character can
    stand for several traditional ones)."""
    if needle.isascii():
        return (needle,)
    other = simplified(needle)
    return (needle,) if other == needle else (needle, other)


@dataclass(frozen=True, slots=True)
class Needle:
    """A search made ready to mark texts: its forms, case folded. Made once a search
    (`needle_of`), then asked of each card as it is laid out."""

    forms: tuple[str, ...]

    def spans(self, text: str) -> tuple[Span, ...]:
        """Every occurrence of any form in `text`, as spans of its original characters,
        in order; overlapping and touching ones joined into one."""
        folded, origin = _folded(text)
        found: list[Span] = []
        for form in self.forms:
            at = folded.find(form)
            while at >= 0:
                found.append((at, at + len(form)))
                at = folded.find(form, at + 1)
        if not found:
            return ()
        found.sort()
        joined = [found[0]]
        for start, end in found[1:]:
            last_start, last_end = joined[-1]
            if start <= last_end:
                joined[-1] = (last_start, max(last_end, end))
            else:
                joined.append((start, end))
        if origin is None:
            return tuple(joined)
        # Back to the original characters: a letter whose lower case is longer (İ) covers
        # all of its folded characters.
        return tuple((origin[start], origin[end - 1] + 1) for start, end in joined)


# Bounded: every pause in typing is a search of its own.
@lru_cache(maxsize=64)
def needle_of(typed: str) -> Needle | None:
    """The needle a search box's text makes, as the store reads it; None for no search."""
    stripped = typed.strip()
    if not stripped:
        return None
    return Needle(tuple(dict.fromkeys(form.lower() for form in search_forms(stripped))))


def _folded(text: str) -> tuple[str, list[int] | None]:
    """`text` in lower case, and for each of its characters the original one's index;
    None where they are one to one (nearly always: Chinese has no case)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered, None
    origin: list[int] = []
    for index, char in enumerate(text):
        origin.extend([index] * len(char.lower()))
    return lowered, origin


def spaced_as_one(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """The text as a card's one line shows it (each run of white space one space, none at
    either end: `" ".join(text.split())`), and `spans` of `text` moved onto it."""
    shown: list[str] = []
    # Where each original character landed in the line.
    landed: list[int] = []
    at = 0
    pending_space = False
    for char in text:
        if char.isspace():
            pending_space = at > 0
            landed.append(at)
            continue
        if pending_space:
            shown.append(" ")
            at += 1
            pending_space = False
        shown.append(char)
        landed.append(at)
        at += 1
    line = "".join(shown)
    moved = []
    for start, end in spans:
        # Ends on the last character the span covers: its trailing space is dropped.
        first, last = landed[start], landed[end - 1] + 1
        if last > first:
            moved.append((first, min(last, len(line))))
    return line, tuple(moved)


ELLIPSIS = "…"


def around_first(
    text: str, spans: tuple[Span, ...], fits: int, before: int
) -> tuple[str, tuple[Span, ...]]:
    """The text to show in a line where `fits` of its first characters fit: as it is if
    its first span ends within them, else from `before` characters ahead of that span, an
    ellipsis first ("…前文 match 后文"), with `spans` moved onto it; from further ahead where
    the text ends before the line would (a match near the end left half the line empty).
    Where the cut falls inside a word of a language that spaces its words, the line
    starts at the next word."""
    if not spans or spans[0][1] <= fits:
        return text, spans
    first = spans[0][0]
    # The ellipsis takes one of the characters that fit.
    start = max(0, min(first - max(0, before), len(text) - (fits - len(ELLIPSIS))))
    if start == 0:
        return text, spans
    ahead = text[start:first]
    if start > 0 and not text[start - 1].isspace() and " " in ahead:
        start += ahead.index(" ") + 1
    shift = len(ELLIPSIS) - start
    return ELLIPSIS + text[start:], tuple((s + shift, e + shift) for s, e in spans if s >= start)


def within(spans: tuple[Span, ...], length: int) -> tuple[Span, ...]:
    """`spans` cut at `length`: what of them a line cut there shows."""
    return tuple((s, min(e, length)) for s, e in spans if s < length)
