"""DING escalation state (so a restart resumes the ladder) and pinning unconfirmed DINGs.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "escalations",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("started_ms", sa.BigInteger(), nullable=False),
        sa.Column("fired", sa.Integer(), nullable=False),
        sa.Column("snoozed_until_ms", sa.BigInteger(), nullable=True),
        sa.Column("acked_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id"),
    )
    # Plain ALTER TABLE (batch mode would drop the FTS triggers on `messages`).
    op.add_column(
        "messages", sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    # Unconfirmed DINGs sort first within their tier.
    op.drop_index("ix_messages_inbox", "messages")
    op.create_index(
        "ix_messages_inbox",
        "messages",
        ["done", "tier_rank", sa.text("pinned DESC"), sa.text("score DESC"), sa.text("ts_ms DESC")],
    )


def downgrade() -> None:
    op.drop_index("ix_messages_inbox", "messages")
    op.create_index(
        "ix_messages_inbox",
        "messages",
        ["done", "tier_rank", sa.text("score DESC"), sa.text("ts_ms DESC")],
    )
    op.drop_column("messages", "pinned")
    op.drop_table("escalations")
