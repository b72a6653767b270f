"""An account signed in by several people (a township's duty room, 值班室, on several PCs):
what its id sends is not the user's own. Added as a second account, a colleague's DING
from it was taken as the official's own: it never rang, was marked read, and stayed so
once that account was removed (see sync.accounts.set_shared). Every account stored
before is the user's own, as desk took it.

Revision ID: 0044
Revises: 0043
"""

import sqlalchemy as sa
from alembic import op

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "accounts",
        sa.Column("shared", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("accounts", "shared")
