"""Positions in a text as Qt counts them, in UTF-16 units: a character beyond the Basic
Multilingual Plane (🔥, most emoji, rare CJK ideographs) is two of them and one of Python's,
and a mark placed by Python's count fell that many characters short of its words."""

from __future__ import annotations

import re
from bisect import bisect_left

from desk.core.match_spans import Span

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def in_utf16(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """`spans` of `text`'s characters as spans of its UTF-16 units."""
    astral = [found.start() for found in _ASTRAL.finditer(text)]
    if not astral:
        return spans
    # Each character beyond the plane before an index adds one unit to it.
    return tuple((s + bisect_left(astral, s), e + bisect_left(astral, e)) for s, e in spans)
