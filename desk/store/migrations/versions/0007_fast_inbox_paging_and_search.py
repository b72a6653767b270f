"""Keyset paging of the inbox: its order as ascending generated columns, indexed per view.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
    op.create_index("ix_messages_group_inbox", "messages", ["group_id", "done", *_ORDER])


def downgrade() -> None:
    op.drop_index("ix_messages_group_inbox", "messages")
    op.drop_index("ix_messages_inbox", "messages")
    op.create_index(
        "ix_messages_inbox",
        "messages",
        ["done", "tier_rank", sa.text("pinned DESC"), sa.text("score DESC"), sa.text("ts_ms DESC")],
    )
    for name in ("neg_ts_ms", "neg_score", "neg_pinned"):
        op.drop_column("messages", name)
