"""What became of each message's notification: notified, held for the digest, or silent.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: batch mode would drop the FTS triggers on `messages`.
    op.add_column("messages", sa.Column("notify_state", sa.String(length=10), nullable=True))
    op.create_index("ix_messages_notify_state", "messages", ["notify_state"])
    # Messages that arrived before this version were never going to notify.
    op.execute("UPDATE messages SET notify_state = 'silent'")


def downgrade() -> None:
    op.drop_index("ix_messages_notify_state", "messages")
    op.drop_column("messages", "notify_state")
