"""The text indexes of the messages: two FTS5 tables inside the encrypted file.

- `messages_fts`: trigrams of the text (external content), for needles of 3+ characters.
- `messages_pairs_fts`: every pair of adjacent characters as a word of its own, for
  two-character needles. The trigram index cannot match fewer than three characters (see
  PITFALLS), a LIKE decrypts and scans every row, and 紧急 and 通知 are common searches.
  Contentless: it holds words and row ids, not the text.

Neither holds the acks folded under a notice: no search shows them, and they made 收到
a word of 86,000 entries at a million messages. Ingest adds new messages to both with
one INSERT ... SELECT per chunk (`index_new`).
Through an AFTER INSERT trigger FTS5 flushed its pending entries to disk at the end of
each row's statement: about 8,000 rows/s against 50,000 in one statement (measured here).
Edits and redactions, one row at a time, reach both indexes through triggers; the pair
trigger calls the SQL function `PAIRS_FUNCTION`, which every desk connection registers.

The pair table's `ascii` tokenizer keeps every non-ASCII character and every ASCII letter
and digit in a word, and folds ASCII letters to lower case, as LIKE does. A pair that
holds an ASCII space or punctuation mark is cut by it; such needles go to LIKE instead.
It holds no positions (detail=none), so it finds a longer needle only loosely: the
messages holding each of its pairs, somewhere (`pairs_query`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, column, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PAIRS_FUNCTION = "desk_pairs"
# Host parameters per statement stay well under SQLite's limit.
_CHUNK = 500

TRIGRAMS = table("messages_fts", column("rowid"), column("text"), column("messages_fts"))
PAIRS = table("messages_pairs_fts", column("rowid"), column("pairs"), column("messages_pairs_fts"))


def pair_words(text: str) -> str:
    """The text's adjacent character pairs, space-separated (map and join, not a loop:
    this runs for every message stored)."""
    return " ".join(map(str.__add__, text, text[1:]))


def pair_indexed(needle: str) -> bool:
    """Whether the pair index answers a search for `needle` exactly."""
    return len(needle) == 2 and all(not c.isascii() or c.isalnum() for c in needle)


def pair_query(needle: str) -> str:
    """The FTS5 query that finds the two-character `needle`."""
    assert pair_indexed(needle), needle
    return '"' + needle + '"'


def pairs_indexed(needle: str) -> bool:
    """Whether the pair index answers a search for `needle` of two characters or more,
    loosely for more (see `pairs_query`)."""
    return len(needle) >= 2 and all(not c.isascii() or c.isalnum() for c in needle)


def pairs_query(needle: str) -> str:
    """The FTS5 query that finds the messages holding every pair of `needle`: exactly
    those that hold it for two characters; for more, those too that hold its pairs apart
    (III级 in II and I级), which the caller sets aside. A phrase of pairs would be exact,
    but a table without positions refuses one."""
    assert pairs_indexed(needle), needle
    pairs = dict.fromkeys(map(str.__add__, needle, needle[1:]))
    return "(" + " AND ".join(map(pair_query, pairs)) + ")"


def index_new(session: Session | Connection, account_id: int, remote_ids: Sequence[str]) -> None:
    """Adds messages just inserted, and not yet indexed, to both text indexes.

    The caller leaves out the acks folded under a notice: asked to skip them here, with
    `ack_of IS NULL`, SQLite read every unfolded message through the ack index instead of
    the new ones by key (14 s a batch at a million messages).
    """
    # Through the driver: SQLAlchemy built, and bound in Python, the IN of each chunk anew,
    # holding the GIL the window's thread waited for.
    # Session is not imported at run time: the window's first paint loads this module, and
    # sqlalchemy.orm is the store thread's to load.
    bind = session if isinstance(session, Connection) else session.connection()
    for start in range(0, len(remote_ids), _CHUNK):
        chunk = remote_ids[start : start + _CHUNK]
        new = f"account_id = ? AND remote_id IN ({', '.join('?' * len(chunk))})"
        bind.exec_driver_sql(
            f"INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages WHERE {new}",
            (account_id, *chunk),
        )
        # A one-character message has no pair to find it by (a 👍 confirming nothing).
        # Their words made here in one go: as SQLite called PAIRS_FUNCTION for each row,
        # the ingest thread took the GIL back from the window's thread once a row.
        found = bind.exec_driver_sql(
            f"SELECT id, text FROM messages WHERE {new} AND length(text) >= 2",
            (account_id, *chunk),
        ).all()
        if found:
            bind.exec_driver_sql(
                "INSERT INTO messages_pairs_fts (rowid, pairs) VALUES (?, ?)",
                [(row_id, pair_words(text)) for row_id, text in found],
            )
