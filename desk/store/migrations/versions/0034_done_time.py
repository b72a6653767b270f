"""When each message was marked done: Done lists what was marked done last first (a tester's
notice just marked done sat at the bottom, under five chats newer by their own time).
Messages marked done before this desk are taken as marked done when they came: no other
time is known, and the order they had stays.

Revision ID: 0034
Revises: 0033
"""

import sqlalchemy as sa
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("done_ms", sa.BigInteger(), nullable=True))
    # Every done row gets one: Done pages by (done_ms, id), which a NULL would break.
    op.execute("UPDATE messages SET done_ms = ts_ms WHERE done = 1")
    op.create_index(
        "ix_messages_done_ms",
        "messages",
        ["done", "done_ms"],
        sqlite_where=sa.text("ack_of IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_done_ms", table_name="messages")
    op.drop_column("messages", "done_ms")
