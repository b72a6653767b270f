"""Twins: the same event of the same room received under two accounts (an IT tester set desk
up with two accounts of one official, both in the same groups, and every notice there showed
as two cards). The second account's row keeps all its own account's links (its folding, the
acks to it, edits) and names the first account's row in `twin_of`: that row's card stands
for both, and the two rows' read and done follow each other. A twin is no card: the card
condition (tables.CARD_HEADS), the partial indexes that state it and the count triggers of
0009 and 0035 leave it out.

Revision ID: 0039
Revises: 0038
"""

import sqlalchemy as sa
from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

# Before: tables.CARD_HEADS as 0008, 0012 and 0035 stated it; after: as it is now.
_HEADS_BEFORE = "cluster IS NULL OR cluster = remote_id"
_HEADS = "(cluster IS NULL OR cluster = remote_id) AND twin_of IS NULL"
_INBOX_ORDER = ["tier_rank", "neg_pinned", "neg_score", "neg_ts_ms"]
# The partial indexes of cards: their columns, and their condition of which {heads} is part.
_CARD_INDEXES = {
    "ix_messages_cards_inbox": (["done", *_INBOX_ORDER], "ack_of IS NULL AND ({heads})"),
    "ix_messages_card_ids": (["id", "done", "tier_rank"], "ack_of IS NULL AND ({heads})"),
    "ix_messages_due": (
        ["done", "deadline_ms", "tier_rank", "read", "due_begins"],
        "deadline_ms IS NOT NULL AND ack_of IS NULL AND ({heads})",
    ),
}


def _card(r: str, heads: str) -> str:
    """`heads` said of the row `r` (new, old)."""
    for column in ("cluster", "remote_id", "twin_of"):
        heads = heads.replace(column, f"{r}.{column}")
    return f"({heads})"


def _unread_triggers(heads: str, update_of: str) -> dict[str, str]:
    """The triggers of 0009, with `heads` for what a card is."""
    counted = "{r}.read = 0 AND {r}.done = 0 AND {r}.ack_of IS NULL"
    key = "group_id = {r}.group_id AND tier = {r}.tier AND card = {card}"
    add = (
        "INSERT INTO unread_counts (group_id, tier, card, n) "
        f"SELECT new.group_id, new.tier, {_card('new', heads)}, 1 "
        f"WHERE {counted.format(r='new')} "
        "ON CONFLICT (group_id, tier, card) DO UPDATE SET n = n + 1;"
    )
    remove = (
        "UPDATE unread_counts SET n = n - 1 "
        f"WHERE {counted.format(r='old')} AND {key.format(r='old', card=_card('old', heads))};"
    )
    return {
        "unread_counts_ai": f"AFTER INSERT ON messages BEGIN {add} END",
        "unread_counts_ad": f"AFTER DELETE ON messages BEGIN {remove} END",
        "unread_counts_au": f"AFTER UPDATE OF {update_of} ON messages BEGIN {remove} {add} END",
    }


def _open_triggers(heads: str, update_of: str) -> dict[str, str]:
    """The triggers of 0035, with `heads` for what a card is."""
    counted = "{r}.done = 0 AND {r}.ack_of IS NULL AND {card}"
    add = (
        "INSERT INTO open_counts (tier, n) SELECT new.tier, 1 "
        f"WHERE {counted.format(r='new', card=_card('new', heads))} "
        "ON CONFLICT (tier) DO UPDATE SET n = n + 1;"
    )
    remove = (
        "UPDATE open_counts SET n = n - 1 "
        f"WHERE {counted.format(r='old', card=_card('old', heads))} AND tier = old.tier;"
    )
    return {
        "open_counts_ai": f"AFTER INSERT ON messages BEGIN {add} END",
        "open_counts_ad": f"AFTER DELETE ON messages BEGIN {remove} END",
        "open_counts_au": f"AFTER UPDATE OF {update_of} ON messages BEGIN {remove} {add} END",
    }


_UNREAD_OF_BEFORE = "read, done, ack_of, tier, cluster, remote_id, group_id"
_OPEN_OF_BEFORE = "done, ack_of, tier, cluster, remote_id"
# Read and done, marked on either of two twins, are marked on the other: every way desk
# marks them (a card, a view's "mark all read", a DING confirmed, an edit that makes a
# card unread again) holds for both. Each only where the value differs: the update of the
# other fires the other trigger, which then finds nothing to change.
TWIN_TRIGGERS = {
    "twins_follow_first": (
        "AFTER UPDATE OF read, done ON messages WHEN new.twin_of IS NULL "
        "AND (new.read IS NOT old.read OR new.done IS NOT old.done) BEGIN "
        "UPDATE messages SET read = new.read, done = new.done, done_ms = new.done_ms "
        "WHERE twin_of = new.id AND (read IS NOT new.read OR done IS NOT new.done); END"
    ),
    "first_follows_twin": (
        "AFTER UPDATE OF read, done ON messages WHEN new.twin_of IS NOT NULL "
        "AND (new.read IS NOT old.read OR new.done IS NOT old.done) BEGIN "
        "UPDATE messages SET read = new.read, done = new.done, done_ms = new.done_ms "
        "WHERE id = new.twin_of AND (read IS NOT new.read OR done IS NOT new.done); END"
    ),
    # The first row gone (its account removed, with its messages): its twins are cards
    # again. A trigger, not a foreign key: SQLite adds a column with one only inline, which
    # reflection reads without its ON DELETE, and a table rebuilt for it copies every row.
    "twins_outlive_first": (
        "AFTER DELETE ON messages WHEN old.twin_of IS NULL BEGIN "
        "UPDATE messages SET twin_of = NULL WHERE twin_of = old.id; END"
    ),
}


def _replace(triggers: dict[str, str]) -> None:
    for name, body in triggers.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def _card_indexes(heads: str) -> None:
    for name, (columns, where) in _CARD_INDEXES.items():
        op.drop_index(name, "messages")
        op.create_index(name, "messages", columns, sqlite_where=sa.text(where.format(heads=heads)))


def upgrade() -> None:
    op.add_column("messages", sa.Column("twin_of", sa.Integer(), nullable=True))
    op.create_index(
        "ix_messages_twins", "messages", ["twin_of"], sqlite_where=sa.text("twin_of IS NOT NULL")
    )
    # No row is a twin yet: the counts stand as they are.
    _replace(_unread_triggers(_HEADS, f"{_UNREAD_OF_BEFORE}, twin_of"))
    _replace(_open_triggers(_HEADS, f"{_OPEN_OF_BEFORE}, twin_of"))
    _card_indexes(_HEADS)
    for name, body in TWIN_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TWIN_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    # Twins were counted nowhere; as cards again, they would be: counted afresh.
    _replace(_unread_triggers(_HEADS_BEFORE, _UNREAD_OF_BEFORE))
    _replace(_open_triggers(_HEADS_BEFORE, _OPEN_OF_BEFORE))
    _card_indexes(_HEADS_BEFORE)
    op.drop_index("ix_messages_twins", "messages")
    op.drop_column("messages", "twin_of")
    op.execute("DELETE FROM unread_counts")
    op.execute(
        "INSERT INTO unread_counts (group_id, tier, card, n) "
        f"SELECT group_id, tier, ({_HEADS_BEFORE}), count(*) FROM messages "
        "WHERE read = 0 AND done = 0 AND ack_of IS NULL GROUP BY 1, 2, 3"
    )
    op.execute("DELETE FROM open_counts")
    op.execute(
        "INSERT INTO open_counts (tier, n) SELECT tier, count(*) FROM messages "
        f"WHERE done = 0 AND ack_of IS NULL AND ({_HEADS_BEFORE}) GROUP BY tier"
    )
