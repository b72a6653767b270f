"""Triage in the inbox: the engine's base score beside the time-adjusted one, tier
corrections, sender weights, and indexes for folded notices and attached acks.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never batch mode: batch mode copies `messages` into a new table
    # and the FTS triggers die with the old one.
    op.add_column(
        "messages", sa.Column("base_score", sa.Float(), nullable=False, server_default="0")
    )
    op.add_column(
        "messages", sa.Column("corrected", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_index("ix_messages_ack_of", "messages", ["account_id", "ack_of"])
    op.create_index("ix_messages_cluster", "messages", ["account_id", "cluster"])
    op.execute("UPDATE messages SET base_score = score")
    # Group weights became additive shifts (0 = neutral) instead of factors (1 = neutral).
    op.execute("UPDATE groups SET weight = 0.0 WHERE weight = 1.0")
    op.create_table(
        "sender_weights",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "sender_id"),
    )


def downgrade() -> None:
    op.drop_table("sender_weights")
    op.execute("UPDATE groups SET weight = 1.0 WHERE weight = 0.0")
    op.drop_index("ix_messages_cluster", "messages")
    op.drop_index("ix_messages_ack_of", "messages")
    op.drop_column("messages", "corrected")
    op.drop_column("messages", "base_score")
