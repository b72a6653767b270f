"""A message named by its first words, on one line: in the status bar and the reply box."""

from __future__ import annotations

# Enough to tell one notice from the next of the same sender (【紧急通知】据悉，省农村…).
GIST_CHARS = 16


def first_words(text: str, chars: int = GIST_CHARS) -> str:
    """`text` on one line, cut after `chars` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= chars else line[:chars] + "…"
