"""Writes desk/core/nfkc_table.py: every character of the Basic Multilingual Plane that
NFKC changes, with its NFKC form, which `desk.core.triage.normalize.nfkc` maps text by.

    .venv/bin/python tools/make_nfkc_table.py

Built at import, the table walked 65,536 characters, some 8 ms of every start of the window,
the triage process and the command line; read from this module it costs a fraction of a
millisecond. NFKC forms never change once Unicode assigns them (its stability policy), so a
table written by an older Python maps text as a newer one would; a character it lacks sends
`nfkc` to the full normalisation, still exact. A test fails while the table lags behind a
Python of its Unicode version.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "desk" / "core" / "nfkc_table.py"
# Ranges to a line of the written character class.
LINE = 8
# As ruff checks lines.
WIDTH = 100


def forms() -> dict[str, str]:
    """Each character of the Basic Multilingual Plane NFKC changes, and its NFKC form."""
    table: dict[str, str] = {}
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:  # surrogates are not characters
            continue
        char = chr(code)
        form = unicodedata.normalize("NFKC", char)
        if form != char:
            table[char] = form
    return table


def ranges(chars: list[str]) -> list[tuple[int, int]]:
    """The code points of `chars` as runs of consecutive ones, first and last."""
    runs: list[tuple[int, int]] = []
    for code in sorted(map(ord, chars)):
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _literal(text: str) -> str:
    """`text` as a double-quoted Python literal of printable ASCII."""
    return (
        '"'
        + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\u{ord(c):04x}" for c in text)
        + '"'
    )


def _entry(char: str, form: str) -> str:
    line = f"    {_literal(char)}: {_literal(form)},"
    # One Arabic ligature spells a whole phrase.
    return line if len(line) <= WIDTH else f"{line}  # noqa: E501"


def source(table: dict[str, str]) -> str:
    """The module holding `table` as FORMS and the class of its characters as CHARS."""
    runs = [chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges(list(table))]
    lines = [
        '"""Every character of the Basic Multilingual Plane that NFKC changes, with its NFKC',
        f"form (Unicode {unicodedata.unidata_version}), written by tools/make_nfkc_table.py:",
        'do not edit."""',
        "",
        "# The Unicode version of the Python that wrote it.",
        f"UNICODE = {_literal(unicodedata.unidata_version)}",
        "# The characters of FORMS, as a regex character class.",
        "CHARS = (",
        '    "["',
        *(f"    {_literal(''.join(runs[i : i + LINE]))}" for i in range(0, len(runs), LINE)),
        '    "]"',
        ")",
        "FORMS = {",
        *(_entry(char, form) for char, form in table.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    TABLE.write_text(source(forms()), encoding="utf-8")
