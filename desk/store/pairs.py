"""Two-character search: every pair of adjacent characters, indexed as a word of its own.

The trigram index cannot match fewer than three characters (see PITFALLS), and a LIKE
over the messages decrypts and scans every row, while 紧急 and 通知 are common searches.
A second FTS5 table in the same encrypted file holds each message's character pairs,
written by triggers through the SQL function `PAIRS_FUNCTION`, which every connection
registers; a two-character search is then one lookup of one word.

The table's `ascii` tokenizer keeps every non-ASCII character and every ASCII letter and
digit in a word, and folds ASCII letters to lower case, as LIKE does. A pair that holds
an ASCII space or punctuation mark is cut by it; such needles go to LIKE instead.
"""

from __future__ import annotations

PAIRS_FUNCTION = "desk_pairs"


def pair_words(text: str) -> str:
    """The text's adjacent character pairs, space-separated (map and join, not a loop:
    this runs for every message stored)."""
    return " ".join(map(str.__add__, text, text[1:]))


def indexed(needle: str) -> bool:
    """Whether the pair index answers a search for `needle` exactly."""
    return len(needle) == 2 and all(not c.isascii() or c.isalnum() for c in needle)


def pair_query(needle: str) -> str:
    """The FTS5 query that finds the two-character `needle`."""
    assert indexed(needle), needle
    return '"' + needle + '"'
