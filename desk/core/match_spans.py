"""Where a search's needle lies in a text, as the store's search finds it: the spans of the
original characters to mark, and the part of a long text to show around the first one.

The store's search (desk.store.inbox, desk.store.text_index) splits what was typed at
white space into words (`search_terms`), each of which a message must hold, and looks for
each word as typed and, where it has traditional characters, in simplified ones too
(`search_forms`), and a Roman numeral written as one character (Ⅲ级) or in letters
(III级) in the other way too; it folds case a character at a time (SQLite's trigram tokenizer folds
each letter, Ä and Ｈ included; a LIKE and the pair index fold ASCII), and nothing else:
ＨＰＶ (full width) does not find HPV. The spans here follow the
same rules, so a mark never claims a match the search did not make: which path answers a
needle (and so how it folds case, and whether it looks in senders' names) is the store's
to say (desk.store.inbox.search_needle).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from desk.core.simplified import simplified

# [start, end) in a text, by character.
Span = tuple[int, int]


# The words of a search looked for (see `search_terms`).
MOST_WORDS = 16


def search_terms(typed: str) -> tuple[str, ...]:
    """The words of a search, split at white space (an ideographic space too), each once,
    in the order typed: a message must hold every one of them, as in every mail client
    (杨梅节 直播 found nothing where two cards held both, a tester). The first MOST_WORDS:
    a paragraph pasted in made a statement deeper than SQLite takes (1,000 terms)."""
    return tuple(dict.fromkeys(typed.split()))[:MOST_WORDS]


@lru_cache(maxsize=64)
def search_forms(needle: str) -> tuple[str, ...]:
    """The needle as typed and, if it has traditional characters, in simplified ones: one
    who types 緊急通知 looks for 紧急通知 too (not the other way: a simplified character can
    stand for several traditional ones). Each of those with its Roman numerals written
    the other way (`numerals_swapped`): notices write Ⅲ级 and III级 alike. At most four."""
    forms = [needle] if needle.isascii() else [needle, simplified(needle)]
    forms += [numerals_swapped(form) for form in forms]
    return tuple(dict.fromkeys(forms))


# Ⅰ to Ⅻ, and the letters NFKC spells each in (Ⅲ: III).
_NUMERALS = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2160, 0x216C)}
_NUMERAL_OF = {letters: numeral for numeral, letters in _NUMERALS.items()}
_SPELT = str.maketrans(_NUMERALS)
_LETTERS = re.compile("[A-Za-z]+")


def numerals_swapped(text: str) -> str:
    """`text` with its Roman numerals written the other way: Ⅰ to Ⅻ in letters (Ⅲ级:
    III级); else, in a text with a character beyond ASCII, each run of letters that spells
    one, in any case, as its one character (III级, iii级: Ⅲ级). A text of ASCII alone is
    left as it is: IV, XI and I'm are English, and Ⅲ (one character) would send a search
    for III, which the trigram index answers, to a LIKE over every card."""
    if any(char in _NUMERALS for char in text):
        return text.translate(_SPELT)
    if text.isascii():
        return text
    return _LETTERS.sub(lambda run: _NUMERAL_OF.get(run[0].upper(), run[0]), text)


@dataclass(frozen=True, slots=True)
class Needle:
    """A search made ready to mark texts: its forms, case folded (each letter; or, where a
    LIKE or the pair index answers it, `ascii_case`, A to Z alone), whether the search
    looks for this word in senders' names (`names`), the search's other words (`more`),
    each folded as the path that answers it folds, and for a search of several words that
    looks for a name holding them all as typed (Li Ming), that name (`whole`). Made once a
    search (`needle_of`), then asked of each card as it is laid out."""

    forms: tuple[str, ...]
    ascii_case: bool = False
    names: bool = False
    more: tuple[Needle, ...] = ()
    whole: Needle | None = None

    @property
    def naming(self) -> Needle | None:
        """What marks a sender's name the search found: this word, or the whole text of
        several; None for a search that looks in no names."""
        return self if self.names else self.whole

    def spans(self, text: str) -> tuple[Span, ...]:
        """Every occurrence of any form of any word in `text`, as spans of its original
        characters, in order; overlapping and touching ones joined into one."""
        found = [span for word in (self, *self.more) for span in word._occurrences(text)]
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
        return tuple(joined)

    def _occurrences(self, text: str) -> list[Span]:
        """Where this word's forms lie in `text`, by its original characters, unjoined."""
        folded, origin = _ascii_folded(text, self.forms) if self.ascii_case else _folded(text)
        found: list[Span] = []
        for form in self.forms:
            at = folded.find(form)
            while at >= 0:
                found.append((at, at + len(form)))
                at = folded.find(form, at + 1)
        if origin is None:
            return found
        # Back to the original characters: a letter whose lower case is longer (İ) covers
        # all of its folded characters.
        return [(origin[start], origin[end - 1] + 1) for start, end in found]


# Bounded: every pause in typing is a search of its own.
@lru_cache(maxsize=64)
def needle_of(typed: str, *, ascii_case: bool = False, names: bool = False) -> Needle | None:
    """The needle a search box's text makes, folded as `ascii_case` says (see `Needle`);
    None for no search."""
    stripped = typed.strip()
    if not stripped:
        return None
    fold = _ascii_lower if ascii_case else str.lower
    forms = tuple(dict.fromkeys(fold(form) for form in search_forms(stripped)))
    return Needle(forms, ascii_case, names)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _ascii_folded(text: str, forms: tuple[str, ...]) -> tuple[str, None]:
    """`text` with A to Z in lower case, character for character; as it is where no form
    holds a letter A to Z could fold into (nearly always: Chinese has none)."""
    if any(char.isascii() and char.isalpha() for form in forms for char in form):
        return _ascii_lower(text), None
    return text, None


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


# A run of white space as str.split() sees it (both ask Py_UNICODE_ISSPACE).
_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """The text as a card's one line shows it: each run of white space one space, none at
    either end."""
    return " ".join(text.split())


def on_line(text: str, spans: tuple[Span, ...], upto: int | None = None) -> tuple[Span, ...]:
    """`spans` of `text` moved onto its `one_line`; those that would start at or beyond
    `upto` on it are left out, and the text is not walked to them: a card shows a line's
    first forty characters or so, and walking a 12,800-character notice to its end for
    its marks made each card's layout eight times slower."""
    # Where each span's first and last characters land on the line: a character of a run of
    # white space lands where the run's one space does (at the line's end for a run at
    # the text's end, and at its start for one at its start, which shows none).
    moved: list[Span] = []
    # Up to the first span, at C's speed: what the line drops before it.
    at = spans[0][0] if spans else 0
    while at > 0 and text[at - 1].isspace():
        at -= 1
    removed = at - len(one_line(text[:at]))
    runs = _SPACES.finditer(text, at)
    run = next(runs, None)

    def landed(index: int) -> int:
        nonlocal removed, run
        while run is not None and run.end() <= index:
            # A run at the start shows no space; any other, one.
            removed += run.end() - run.start() - (1 if run.start() else 0)
            run = next(runs, None)
        if run is not None and run.start() <= index:
            return run.start() - removed
        return index - removed

    for start, end in spans:
        first = landed(start)
        if upto is not None and first >= upto:
            break
        # Ends on the last character the span covers: its trailing space is dropped.
        last = landed(end - 1)
        # One in a run at the text's end lands just past the line's: it shows nothing.
        if run is None or run.start() > end - 1 or run.end() < len(text):
            last += 1
        if last > first:
            moved.append((first, last))
    return tuple(moved)


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
