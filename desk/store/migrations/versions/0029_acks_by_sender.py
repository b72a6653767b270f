"""Who acknowledged what, by name: a search for a person lists the notices they confirmed
(a 收到 folded under a DING's card), and finds a person who only ever confirmed.

Revision ID: 0029
Revises: 0028
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # By name and id, as a search reads a window of ids: the notice each answers is in
    # the index, so that the search reads no ack's row.
    op.create_index(
        "ix_messages_acks_by_sender",
        "messages",
        ["sender_name", "id", "account_id", "ack_of"],
        sqlite_where=sa.text("ack_of IS NOT NULL"),
    )
    # Read from that index, not the rows.
    op.execute(
        "INSERT OR IGNORE INTO senders (name) SELECT DISTINCT sender_name FROM messages "
        "WHERE ack_of IS NOT NULL ORDER BY sender_name"
    )


def downgrade() -> None:
    # The names of those who only confirmed stay: a search for them then lists nothing.
    op.drop_index("ix_messages_acks_by_sender", table_name="messages")
