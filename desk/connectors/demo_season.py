"""Which of a demo text's seasonal variants fits the month the demo is first run in.

The demo's week was written for June (主汛期, 杨梅, 上半年总结): run in December it read as
canned (a tester). A text or a group's topic in the workspace is either one string or a
mapping from months to the string said in them, `{"5-9": "…防汛…", "10-4": "…森林防火…"}`:
a range wraps past December, and ranges join with commas ("6,8-9").
"""

from __future__ import annotations

from collections.abc import Mapping

MONTHS = range(1, 13)


def months_of(spec: str) -> frozenset[int]:
    """The months a variant's key names; ValueError for a key that is not months."""
    out: set[int] = set()
    for part in spec.split(","):
        first, _, last = part.strip().partition("-")
        start, end = int(first), int(last or first)
        if start not in MONTHS or end not in MONTHS:
            raise ValueError(f"not a month: {part!r}")
        out.update((start - 1 + k) % 12 + 1 for k in range((end - start) % 12 + 1))
    return frozenset(out)


def in_season(value: object, month: int) -> str:
    """The text said in `month`: the string itself, or the variant whose months hold it.

    A mapping with no variant for the month is malformed (ValueError): a text silently
    missing in some months would leave a hole in the demo's story only then.
    """
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise TypeError("a text is a string or a mapping of months to strings")
    for spec, text in value.items():
        if month in months_of(str(spec)):
            if not isinstance(text, str):
                raise TypeError("a seasonal variant is a string")
            return text
    raise ValueError(f"no variant for month {month}")
