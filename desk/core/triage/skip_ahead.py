"""Faster searches of a few large rule patterns, with the same matches.

Python's regex engine skips ahead to where a match may start only when every branch of a
pattern opens with a plain character. A rule pattern of many branches, some opening with
a class or a group (`\\d{1,2}点`, `(?:娃|孩)…`), is tried in full at every character of
the text. `skip_ahead` puts a lookahead of the characters any match can open with in
front of such a pattern, so that the engine drops most positions at one class test:
`tiers._EMERGENCY` is searched about three times faster on the bench's notices.

The set is read from the pattern itself, so a rule edited or added keeps it right; where
it cannot be read (a branch may match nothing, or open with any character), the pattern
is returned as it was. Only speed changes: a match starts at one of those characters
whatever the lookahead says, and the lookahead adds no group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

try:
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose regex parser moved: no skipping
    _parser = None

# A first-character set too wide to skip anything worth its test.
_MOST_CLASS_ITEMS = 400


def skip_ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, or one finding exactly its matches that skips to where they may start."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    try:
        opening = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
        if opening is None or opening[1] or len(opening[0]) > _MOST_CLASS_ITEMS:
            return pattern
        starts = "".join(dict.fromkeys(opening[0]))
        return re.compile(f"(?=[{starts}])(?:{pattern.pattern})", pattern.flags)
    except (re.error, AttributeError, RecursionError, TypeError, ValueError):
        return pattern


# Each reader below gives, for a piece of a parsed pattern, the class items (as regex
# source) that its first character may match, and whether it may match nothing; None
# when that cannot be told.
_Opening = tuple[list[str], bool]


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Opening | None:
    found: list[str] = []
    for op, arg in items:
        opening = _item(op, arg)
        if opening is None:
            return None
        found += opening[0]
        if not opening[1]:
            return found, False
    return found, True


def _item(op: Any, arg: Any) -> _Opening | None:
    p = _parser
    if op is p.LITERAL:
        return [re.escape(chr(arg))], False
    if op is p.IN:
        items = [_class_item(kind, value) for kind, value in arg]
        kept = [item for item in items if item is not None]
        return (kept, False) if len(kept) == len(items) else None
    if op is p.BRANCH:
        found: list[str] = []
        empty = False
        for branch in arg[1]:
            opening = _sequence(branch.data)
            if opening is None:
                return None
            found += opening[0]
            empty = empty or opening[1]
        return found, empty
    if op is p.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        return None if add_flags & re.IGNORECASE else _sequence(inner.data)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT):
        least, _most, inner = arg
        opening = _sequence(inner.data)
        return None if opening is None else (opening[0], opening[1] or least == 0)
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        # Zero-width: the first character comes from what follows.
        return [], True
    return None


def _class_item(kind: Any, value: Any) -> str | None:
    p = _parser
    if kind is p.LITERAL:
        return re.escape(chr(value))
    if kind is p.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is p.CATEGORY:
        return {
            p.CATEGORY_DIGIT: r"\d",
            p.CATEGORY_SPACE: r"\s",
            p.CATEGORY_WORD: r"\w",
        }.get(value)
    # A negated class and the like: no set to skip by.
    return None
