"""An index of the unread, open messages, by group: "Mark all as read" finds the few
hundred a morning holds without reading a year of messages (a whole-table walk took
0.5 s at 100,000 and grows with the store).

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_messages_unread",
        "messages",
        ["group_id"],
        sqlite_where=sa.text("read = 0 AND done = 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_unread", "messages")
