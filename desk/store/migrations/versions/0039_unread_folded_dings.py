"""An index of the unread DINGs folded under another card: a group's unread badge leaves
out the re-DINGs among them, listed on their DING's card as the group's view lists them
(the badge counted a re-DING the view did not list, and Mark all as read left it).

Revision ID: 0039
Revises: 0038
"""

import sqlalchemy as sa
from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

# As desk.store.tables.UNREAD_FOLDED_DING, written out: a migration stays as it ran.
_WHERE = "read = 0 AND done = 0 AND ding = 1 AND cluster != remote_id"


def upgrade() -> None:
    op.create_index(
        "ix_messages_unread_folded_dings",
        "messages",
        ["group_id"],
        sqlite_where=sa.text(_WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_unread_folded_dings", "messages")
