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
_NON_WORD = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def canonical(text: str) -> str:
    """Half-width, simplified, lower-case text with line breaks kept."""
    return _canonical(text)


@lru_cache(maxsize=4096)
def _canonical(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return str(_T2S.convert(folded)).lower()


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
    return _NON_WORD.sub("", strip_placeholders(strip_forward_prefix(text)))


def clauses(text: str) -> list[str]:
    """Split canonical text into clauses at sentence punctuation and line breaks."""
    return [part for part in _CLAUSE_SPLIT.split(text) if part.strip()]


_CLAUSE_SPLIT = re.compile(r"[。;；!！?？\n]+")
