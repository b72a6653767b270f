"""Numbers as notices write them: digits, or Chinese numerals up to 99 (十, 两, 二十三, 廿三)."""

from __future__ import annotations

_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def number(text: str) -> int:
    """The value of `text`; 0 when it is not a number this reads."""
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十")
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _DIGITS.get(text, 0)
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
