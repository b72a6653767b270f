"""When the user left a group, or was removed from it: the group stays, with what it
held, but is said to be left and is offered no more for a DING.

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


# SQLite's own ADD and DROP COLUMN, as the earlier migrations: a batch copy of the table
# would drop `groups`, and with it, by their foreign key, every message.
def upgrade() -> None:
    op.add_column("groups", sa.Column("left_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("groups", "left_ms")
