"""Writes desk/core/pinyin_table.py: the first letters of the pinyin of every common Chinese
character, which Go to group (Ctrl+G) finds groups by (fx finds 防汛).

    .venv/bin/python tools/make_pinyin_table.py

It needs pypinyin, which comes with the test dependencies (`python3 dev.py test` sets them
up in .venv); desk itself reads only the table this writes: pypinyin's own dictionary,
loaded, holds some 13 MB for as long as desk runs, where the table is a string of 21,000
letters. Every reading of a character counts (长 gives z and c), as a person may type either.
A test fails while the table lags behind pypinyin's readings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "desk" / "core" / "pinyin_table.py"
# CJK Unified Ideographs: every character of GB 18030's common set and of Big5.
FIRST, LAST = 0x4E00, 0x9FFF
# Letters to a line of the written table.
LINE = 80


def readings() -> list[str]:
    """For each character FIRST..LAST, the first letters of its readings ("" for none):
    the one pypinyin gives first, then the others."""
    # Characters alone: the table of phrases (some 10 MB more) only decides between
    # readings in context, and every reading counts here.
    os.environ["PYPINYIN_NO_PHRASES"] = "true"
    from pypinyin import Style, pinyin

    found = []
    for code in range(FIRST, LAST + 1):
        char = chr(code)
        letters = pinyin(char, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
        initials = dict.fromkeys(
            reading[0] for group in letters for reading in group if reading.isascii()
        )
        found.append("".join(i for i in initials if i.isalpha() and i.islower()))
    return found


def source(found: list[str]) -> str:
    """The module holding `found`: FIRST_LETTERS, one letter a character ("-" for none),
    and MORE_LETTERS, each character with other readings followed by their letters."""
    first = "".join(letters[:1] or "-" for letters in found)
    more = "".join(
        chr(FIRST + i) + letters[1:] for i, letters in enumerate(found) if len(letters) > 1
    )
    lines = [
        '"""The first letters of the pinyin of the characters U+4E00 to U+9FFF, written by',
        'tools/make_pinyin_table.py from pypinyin: do not edit."""',
        "",
        f"FIRST = 0x{FIRST:04X}",
        "# One letter a character, its first reading's; - for a character with none.",
        "FIRST_LETTERS = (",
        *(f'    "{first[i : i + LINE]}"' for i in range(0, len(first), LINE)),
        ")",
        "# Each character with other readings, followed by their first letters (长 z then c).",
        "MORE_LETTERS = (",
        *(f'    "{more[i : i + LINE // 2]}"' for i in range(0, len(more), LINE // 2)),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    TABLE.write_text(source(readings()), encoding="utf-8")
    print(f"wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
