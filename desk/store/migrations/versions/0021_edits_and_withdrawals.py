"""Edits and withdrawals kept on the message: which edit its text comes from (an older
edit arriving in a later batch overwrote a newer one), the text as first posted (a
redacted edit reverts to it), and when its sender withdrew it (a redacted message had
left the inbox without a trace). A withdrawn message stays, its text gone from it and
from the text indexes: their triggers leave it out, as they leave out folded acks.

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("edited_ms", sa.BigInteger()),
    ("edit_id", sa.String(255)),
    ("original_text", sa.Text()),
    ("withdrawn_ms", sa.BigInteger()),
)


# As in 0011, each condition now also asks that the row was not withdrawn.
_SEARCHABLE = "{r}.ack_of IS NULL AND {r}.withdrawn_ms IS NULL"
_TRIGRAM_DELETE = (
    "INSERT INTO messages_fts(messages_fts, rowid, text) "
    "SELECT 'delete', old.id, old.text WHERE " + _SEARCHABLE.format(r="old") + ";"
)
_TRIGRAM_INSERT = (
    "INSERT INTO messages_fts(rowid, text) SELECT new.id, new.text WHERE "
    + _SEARCHABLE.format(r="new")
    + ";"
)
_PAIRS_DELETE = (
    "DELETE FROM messages_pairs_fts WHERE " + _SEARCHABLE.format(r="old") + " AND rowid = old.id;"
)
_PAIRS_INSERT = (
    "INSERT INTO messages_pairs_fts(rowid, pairs) SELECT new.id, desk_pairs(new.text) WHERE "
    + _SEARCHABLE.format(r="new")
    + ";"
)
_CHANGES = "AFTER UPDATE OF text, ack_of, withdrawn_ms ON messages"
TRIGGERS = {
    "messages_fts_ad": f"AFTER DELETE ON messages BEGIN {_TRIGRAM_DELETE} END",
    "messages_fts_au": f"{_CHANGES} BEGIN {_TRIGRAM_DELETE} {_TRIGRAM_INSERT} END",
    "messages_pairs_ad": f"AFTER DELETE ON messages BEGIN {_PAIRS_DELETE} END",
    "messages_pairs_au": f"{_CHANGES} BEGIN {_PAIRS_DELETE} {_PAIRS_INSERT} END",
}
# The triggers of 0011, which the downgrade puts back.
_OLD_TRIGGERS = {
    name: body.replace(" AND old.withdrawn_ms IS NULL", "")
    .replace(" AND new.withdrawn_ms IS NULL", "")
    .replace("text, ack_of, withdrawn_ms", "text, ack_of")
    for name, body in TRIGGERS.items()
}


def _replace_triggers(triggers: dict[str, str]) -> None:
    for name, body in triggers.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


# SQLite's own ADD and DROP COLUMN, as the earlier migrations: batch mode would drop the
# text index triggers on `messages`.
def upgrade() -> None:
    for name, kind in _COLUMNS:
        op.add_column("messages", sa.Column(name, kind, nullable=True))
    op.create_index(
        "ix_messages_edit_id",
        "messages",
        ["account_id", "edit_id"],
        sqlite_where=sa.text("edit_id IS NOT NULL"),
    )
    _replace_triggers(TRIGGERS)


def downgrade() -> None:
    # Withdrawn rows stay out of the indexes: their text is empty, which indexes nothing.
    _replace_triggers(_OLD_TRIGGERS)
    op.drop_index("ix_messages_edit_id", "messages")
    for name, _kind in reversed(_COLUMNS):
        op.drop_column("messages", name)
