"""Keyset paging of the inbox: its order as ascending generated columns, indexed per view;
an FTS5 index of character pairs for two-character searches; ingest indexes new messages
itself (see desk.store.text_index), so the insert trigger goes.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_ORDER = ["tier_rank", "neg_pinned", "neg_score", "neg_ts_ms"]


def upgrade() -> None:
    # Plain ALTER TABLE (batch mode would drop the FTS triggers on `messages`). SQLite
    # adds only VIRTUAL generated columns this way: computed on read, stored in the
    # indexes alone, so the table's rows stay as they are.
    for name, kind, expression in (
        ("neg_pinned", sa.Integer(), "-pinned"),
        ("neg_score", sa.Float(), "-score"),
        ("neg_ts_ms", sa.BigInteger(), "-ts_ms"),
    ):
        op.add_column("messages", sa.Column(name, kind, sa.Computed(expression, persisted=False)))
    op.drop_index("ix_messages_inbox", "messages")
    op.create_index("ix_messages_inbox", "messages", ["done", *_ORDER])
    # The views show cards only: over them alone, a page is read from the index without
    # a look at the rows (1.3 s to 0.06 s for 10,000 rows of 100,000, measured).
    op.create_index(
        "ix_messages_cards_inbox",
        "messages",
        ["done", *_ORDER],
        sqlite_where=sa.text("ack_of IS NULL AND (cluster IS NULL OR cluster = remote_id)"),
    )
    op.create_index(
        "ix_messages_group_inbox",
        "messages",
        ["group_id", "done", *_ORDER],
        sqlite_where=sa.text("ack_of IS NULL"),
    )
    # Searches and Done list newest first: with `done` leading the inbox index, SQLite
    # read and sorted every open row for a search. Acks never show there: out of it.
    op.create_index(
        "ix_messages_cards_ts",
        "messages",
        ["done", "ts_ms"],
        sqlite_where=sa.text("ack_of IS NULL"),
    )

    # Ingest adds new rows to both text indexes in one statement per chunk: through
    # this trigger FTS5 flushed to disk after every row.
    op.execute("DROP TRIGGER messages_fts_ai")
    # Contentless (the text is not stored twice) and without positions: a search looks
    # up one word. `desk_pairs` is the SQL function every desk connection registers.
    op.execute(
        "CREATE VIRTUAL TABLE messages_pairs_fts USING fts5("
        "pairs, content='', contentless_delete=1, detail=none, tokenize='ascii')"
    )
    op.execute(
        "INSERT INTO messages_pairs_fts(rowid, pairs) SELECT id, desk_pairs(text) FROM messages"
    )
    op.execute(
        "CREATE TRIGGER messages_pairs_ad AFTER DELETE ON messages BEGIN "
        "DELETE FROM messages_pairs_fts WHERE rowid = old.id; END"
    )
    op.execute(
        "CREATE TRIGGER messages_pairs_au AFTER UPDATE OF text ON messages BEGIN "
        "DELETE FROM messages_pairs_fts WHERE rowid = old.id; "
        "INSERT INTO messages_pairs_fts(rowid, pairs) VALUES (new.id, desk_pairs(new.text)); END"
    )


def downgrade() -> None:
    for trigger in ("messages_pairs_ad", "messages_pairs_au"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE messages_pairs_fts")
    op.execute(
        "CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN "
        "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"
    )
    op.drop_index("ix_messages_cards_ts", "messages")
    op.drop_index("ix_messages_group_inbox", "messages")
    op.drop_index("ix_messages_cards_inbox", "messages")
    op.drop_index("ix_messages_inbox", "messages")
    op.create_index(
        "ix_messages_inbox",
        "messages",
        ["done", "tier_rank", sa.text("pinned DESC"), sa.text("score DESC"), sa.text("ts_ms DESC")],
    )
    for name in ("neg_ts_ms", "neg_score", "neg_pinned"):
        op.drop_column("messages", name)
