"""The indexes of clusters and of acks cover what a card reads of its notice's copies and
of their acks: the groups the copies came in and when, the copies' ids, and who
acknowledged them when. A greeting folded from every group for a week has hundreds of
copies, and reading each one's row, a page of the encrypted file, took up to 90 ms for
one page of cards at a million messages; from the indexes alone it takes under 10.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_messages_cluster", "messages")
    op.create_index(
        "ix_messages_cluster",
        "messages",
        ["account_id", "cluster", "group_id", "ts_ms", "remote_id"],
    )
    op.drop_index("ix_messages_ack_of", "messages")
    op.create_index(
        "ix_messages_ack_of", "messages", ["account_id", "ack_of", "ts_ms", "sender_name"]
    )


def downgrade() -> None:
    op.drop_index("ix_messages_ack_of", "messages")
    op.create_index("ix_messages_ack_of", "messages", ["account_id", "ack_of"])
    op.drop_index("ix_messages_cluster", "messages")
    op.create_index("ix_messages_cluster", "messages", ["account_id", "cluster"])
