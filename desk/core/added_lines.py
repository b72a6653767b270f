"""What a copy of a notice says that the notice does not: the relaying office's own order.

A notice passed down the line often gains a sentence on the way (请各村于1小时内完成…再排查，
结果报镇应急办) that is, for the reader, the part to act on. Folding shows the notice once;
this finds the sentences of a copy that the notice it folded into does not hold, however
the copy re-punctuates, widens or prefixes them, so the card can show them.

It runs in the window's process, which keeps the triage engine out; the traditional-to-
simplified table (desk.core.simplified) comes in with the first card that has copies, so
that a copy passed on in traditional characters shows only what it adds.
"""

from __future__ import annotations

import re
import unicodedata

from desk.core.simplified import simplified

# A sentence counts as the notice's own when this share of its 3-grams is in the notice.
SHARED = 0.6
# Too short to say anything of its own (好的, 转发).
MIN_WORD_CHARS = 6

_SENTENCE = re.compile(r"[^。;；!！?？\n]+[。;；!！?？]?")
# A clause: a sentence's parts between commas too (…23:35前报送，同时附签字扫描件).
_CLAUSE = re.compile(r"[^。;；!！?？，,…\n]+")
# Enough for a clause to ask something of its own (附签字件).
MIN_CLAUSE_CHARS = 4


class AddedLines:
    """What copies add to one notice: the notice's words are read once for all of them."""

    def __init__(self, notice: str) -> None:
        self._known = _trigrams(_words(notice))

    def of(self, copy: str) -> list[str]:
        """The sentences of `copy`, as written, that the notice does not hold."""
        return self._added(copy, _SENTENCE, MIN_WORD_CHARS)

    def clauses_of(self, text: str) -> list[str]:
        """The clauses of `text` that the notice does not hold: what an edit of it added
        at the end of one of its sentences."""
        return self._added(text, _CLAUSE, MIN_CLAUSE_CHARS)

    def _added(self, text: str, parts: re.Pattern[str], least: int) -> list[str]:
        added = []
        for found in parts.finditer(text):
            part = found.group().strip()
            words = _words(part)
            if len(words) < least:
                continue
            grams = _trigrams(words)
            if len(grams & self._known) < SHARED * len(grams):
                added.append(part)
        return added


def _words(text: str) -> str:
    """Only the letters and digits, full-width forms folded (ＡＢ１ → ab1), in simplified
    characters (關於 → 关于)."""
    return _NOT_WORD.sub("", simplified(unicodedata.normalize("NFKC", text).casefold()))


_NOT_WORD = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def _trigrams(words: str) -> set[str]:
    return {words[i : i + 3] for i in range(max(1, len(words) - 2))}
