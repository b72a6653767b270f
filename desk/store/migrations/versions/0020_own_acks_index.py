"""A partial index of the acks the user sent from another device (a 收到 typed on the
phone): a card says "acknowledged ×3 (me, …)" instead of the user's own name, found
without reading the ack rows themselves (a county group's notice has hundreds).

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The condition as it stands in this revision (tables.OWN_ACK may change later).
    op.create_index(
        "ix_messages_own_acks",
        "messages",
        ["account_id", "ack_of", "sender_name"],
        sqlite_where=sa.text("ack_of IS NOT NULL AND instr(reasons, '\"from_you\"') > 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_own_acks", "messages")
