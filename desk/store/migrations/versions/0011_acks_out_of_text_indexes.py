"""Acknowledgements folded under a notice leave the text indexes. No search shows them
(they are counted under their notice), yet they filled the lists of words such as 收到:
at 1,000,000 messages a search for 收到 read 86,000 index entries and looked up each
message, to show two (2 to 8 s, with the window waiting).

An edit can turn an ack into a message of its own (its `ack_of` is cleared with the new
text), so the update triggers look at both.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TRIGRAM_DELETE = (
    "INSERT INTO messages_fts(messages_fts, rowid, text) "
    "SELECT 'delete', old.id, old.text WHERE old.ack_of IS NULL;"
)
_TRIGRAM_INSERT = (
    "INSERT INTO messages_fts(rowid, text) SELECT new.id, new.text WHERE new.ack_of IS NULL;"
)
_PAIRS_DELETE = "DELETE FROM messages_pairs_fts WHERE old.ack_of IS NULL AND rowid = old.id;"
_PAIRS_INSERT = (
    "INSERT INTO messages_pairs_fts(rowid, pairs) "
    "SELECT new.id, desk_pairs(new.text) WHERE new.ack_of IS NULL;"
)
TRIGGERS = {
    "messages_fts_ad": f"AFTER DELETE ON messages BEGIN {_TRIGRAM_DELETE} END",
    "messages_fts_au": (
        f"AFTER UPDATE OF text, ack_of ON messages BEGIN {_TRIGRAM_DELETE} {_TRIGRAM_INSERT} END"
    ),
    "messages_pairs_ad": f"AFTER DELETE ON messages BEGIN {_PAIRS_DELETE} END",
    "messages_pairs_au": (
        f"AFTER UPDATE OF text, ack_of ON messages BEGIN {_PAIRS_DELETE} {_PAIRS_INSERT} END"
    ),
}
_OLD_TRIGGERS = {
    "messages_fts_ad": (
        "AFTER DELETE ON messages BEGIN INSERT INTO messages_fts(messages_fts, rowid, text) "
        "VALUES ('delete', old.id, old.text); END"
    ),
    "messages_fts_au": (
        "AFTER UPDATE OF text ON messages BEGIN INSERT INTO messages_fts(messages_fts, rowid, "
        "text) VALUES ('delete', old.id, old.text); INSERT INTO messages_fts(rowid, text) "
        "VALUES (new.id, new.text); END"
    ),
    "messages_pairs_ad": (
        "AFTER DELETE ON messages BEGIN DELETE FROM messages_pairs_fts WHERE rowid = old.id; END"
    ),
    "messages_pairs_au": (
        "AFTER UPDATE OF text ON messages BEGIN DELETE FROM messages_pairs_fts WHERE rowid = "
        "old.id; INSERT INTO messages_pairs_fts(rowid, pairs) VALUES (new.id, "
        "desk_pairs(new.text)); END"
    ),
}


def _replace_triggers(triggers: dict[str, str]) -> None:
    for name, body in triggers.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    op.execute(
        "INSERT INTO messages_fts(messages_fts, rowid, text) "
        "SELECT 'delete', id, text FROM messages WHERE ack_of IS NOT NULL"
    )
    op.execute(
        "DELETE FROM messages_pairs_fts "
        "WHERE rowid IN (SELECT id FROM messages WHERE ack_of IS NOT NULL)"
    )
    _replace_triggers(TRIGGERS)


def downgrade() -> None:
    _replace_triggers(_OLD_TRIGGERS)
    op.execute(
        "INSERT INTO messages_fts(rowid, text) SELECT id, text FROM messages "
        "WHERE ack_of IS NOT NULL"
    )
    op.execute(
        "INSERT INTO messages_pairs_fts(rowid, pairs) "
        "SELECT id, desk_pairs(text) FROM messages WHERE ack_of IS NOT NULL"
    )
