"""An index of what the user sent by its server id: a page of the inbox asks which of its
cards are DINGs the user sent (to say how many have confirmed), and confirmations and
withdrawals look up the outbox item of a message the same way; without it each of these
read the whole outbox, every 收到 the user ever sent included.

Revision ID: 0022
Revises: 0021
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbox_remote", "outbox", ["account_id", "remote_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_remote", "outbox")
