"""Text normalisation shared by every triage step.

Two views of a message's text are used:
- `canonical`: NFKC (full-width → half-width), traditional → simplified, newlines kept;
  deadline and pattern matching read this one, so punctuation still separates clauses.
- `fold_key`: the canonical text with forwarding prefixes, URLs, bracketed stickers,
  emoji, punctuation and whitespace removed; near-duplicate detection reads this one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from desk.core import nfkc_table

_T2S = opencc.OpenCC("t2s")

# Forwarding headers as officials type them, at the very start of a message or line.
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:[\[【(]\s*(?:转|转发|转载|扩散)\s*[\]】)]|"
    r"(?:转发|转自|转给大家|转|扩散一下|分享)[^:\n]{0,12}?(?:通知|提示|提醒)?\s*[:：]"
    r")\s*"
)
_URL = re.compile(r"https?://\S+|www\.\S+")
# [图片], [抱拳], [动画表情] … : client placeholders for stickers and media.
_PLACEHOLDER = re.compile(r"\[[^\[\]\s]{1,6}\]")
# Anything that is not a letter or digit of some script: punctuation, emoji, symbols, spaces.
NON_WORD = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def canonical(text: str) -> str:
    """Half-width, simplified, lower-case text with line breaks kept."""
    return _canonical(text)


@lru_cache(maxsize=4096)
def _canonical(text: str) -> str:
    return str(_T2S.convert(nfkc(text))).lower()


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, about ten times faster on chat text.

    Full NFKC decomposes and recomposes every character, though in Chinese chat only the
    full-width punctuation and digits change. So: map each character of the Basic
    Multilingual Plane that NFKC changes to its own NFKC form (a regex finds the few), and
    keep the result if it is already NFKC. It then equals NFKC of the text, because
    NFKC(a + b) == NFKC(NFKC(a) + NFKC(b)); otherwise (combining marks to compose,
    characters outside the table) fall back to full NFKC of the mapped text.
    """
    mapped = _COMPAT.sub(_compat_form, text)
    if unicodedata.is_normalized("NFKC", mapped):
        return mapped
    return unicodedata.normalize("NFKC", mapped)


# Read from a table written ahead (tools/make_nfkc_table.py): built here, it walked 65,536
# characters at every start of the window, the triage process and the command line.
_COMPAT = re.compile(nfkc_table.CHARS)
_COMPAT_FORMS = nfkc_table.FORMS
_COMPAT_LOOKUP = _COMPAT_FORMS.__getitem__


def _compat_form(match: re.Match[str]) -> str:
    return _COMPAT_LOOKUP(match.group())


def strip_forward_prefix(text: str) -> str:
    """Drop a leading 转发：/【转】/转 X：header (repeatedly, for chains of forwards)."""
    previous = None
    while previous != text:
        previous = text
        text = _FORWARD_PREFIX.sub("", text, count=1)
    return text


def strip_placeholders(text: str) -> str:
    """Remove URLs and [sticker] placeholders, keeping the words around them."""
    return _PLACEHOLDER.sub(" ", _URL.sub(" ", text))


def blank_noise(text: str) -> str:
    """The text with forwarding headers, URLs and [sticker] placeholders turned into
    spaces, keeping every other character at its offset (so time mentions found in the
    full text still line up)."""
    stripped = strip_forward_prefix(text)
    head = " " * (len(text) - len(stripped))
    return head + _PLACEHOLDER.sub(_spaces, _URL.sub(_spaces, stripped))


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def fold_key(text: str) -> str:
    """Only the words and digits of a canonical text: what folding compares."""
    return NON_WORD.sub("", strip_placeholders(strip_forward_prefix(text)))


def clauses(text: str) -> list[str]:
    """Split canonical text into clauses at sentence punctuation and line breaks."""
    return [part for part in _CLAUSE_SPLIT.split(text) if part.strip()]


_CLAUSE_SPLIT = re.compile(r"[。;；!！?？\n]+")


# A bracketed aside that only lists or explains: no figure, due word, order or name in it
# ((专业队、半专业队人数，风力灭火机、水泵数量), not (4月9日前), (请附照片), (@李明)).
_PLAIN_ASIDE = re.compile(r"\([^()\n\d请报交前急@]{1,60}\)")


def without_asides(text: str) -> str:
    """Canonical `text` with its plain asides left out: an order across one is one order
    (各乡镇今天12点前把扑火队伍集结情况（…人数，…数量）报县森防办), however long the list."""
    if "(" not in text:
        return text
    return _PLAIN_ASIDE.sub("", text)


# What ends a clause, and what ends a sentence, in canonical text.
CLAUSE_MARKS = ",，。;；!！?？\n"
SENTENCE_MARKS = "。;；!！?？\n"


def clause_start(text: str, at: int, marks: str = CLAUSE_MARKS, since: int = 0) -> int:
    """Where the clause holding position `at` begins: just after the last of `marks` before
    it, or `since` when there is none after `since`."""
    if not 0 <= since <= at <= len(text):
        # Counted from the end, as str.rfind reads a negative or too large position.
        return max(since, max(text.rfind(mark, since, at) for mark in marks) + 1)
    # One pass in the regex engine (greedy to `at`, then back to the last mark), where a
    # search per mark cost a dozen scans and a Python generator: the rules ask this of
    # nearly every match in a notice.
    found = _last_mark(marks).match(text, since, at)
    return found.end() if found is not None else since


@lru_cache(maxsize=8)
def _last_mark(marks: str) -> re.Pattern[str]:
    return re.compile(rf"[\s\S]*[{re.escape(marks)}]")


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


@lru_cache(maxsize=2048)
def char_pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent Chinese characters in `text` (cached: reports and reminders
    recur word for word)."""
    return frozenset(run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1))
