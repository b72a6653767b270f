"""Finding a name by the first letters of its characters' pinyin, as chat programs let a
person do: fx finds 区防汛工作群, ymlc finds 杨梅岭村.

Every reading of a character counts (长 is z or c, 重 z or c), and the letters must follow
one another in the name, anywhere in it. Characters other than Chinese ones stand for
themselves, case aside (fx2 finds 防汛2群).
"""

from __future__ import annotations

from functools import cache

from desk.core.pinyin_table import FIRST, FIRST_LETTERS, MORE_LETTERS


def letters_of(char: str) -> str:
    """The letters `char` may be typed as: its readings' first letters for a Chinese
    character (none for one pypinyin does not know), else the character itself, lower."""
    at = ord(char) - FIRST
    if 0 <= at < len(FIRST_LETTERS):
        first = FIRST_LETTERS[at]
        return "" if first == "-" else first + _more().get(char, "")
    return char.lower()


def holds_initials(name: str, typed: str) -> bool:
    """Whether `typed` (ASCII letters and digits) spells the first letters of characters
    that follow one another somewhere in `name`."""
    typed = typed.lower()
    if not typed or not typed.isascii() or not typed.isalnum():
        return False
    letters = [letters_of(char) for char in name]
    last = len(letters) - len(typed)
    return any(
        all(typed[i] in letters[start + i] for i in range(len(typed))) for start in range(last + 1)
    )


@cache
def _more() -> dict[str, str]:
    """MORE_LETTERS as a dict: character to its other readings' letters."""
    found: dict[str, str] = {}
    char = ""
    for c in MORE_LETTERS:
        if c.isascii():
            found[char] = found.get(char, "") + c
        else:
            char = c
    return found
