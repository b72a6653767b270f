"""How long the user snoozed a DING for, so that a clock set back while desk was closed
brings the snooze back to its own length, not to the longest one.

Revision ID: 0025
Revises: 0024
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


# SQLite's own ADD and DROP COLUMN (see 0019): a batch copy of `escalations` is not needed
# for a nullable column, and snoozes taken before it keep the longest snooze as their bound.
def upgrade() -> None:
    op.add_column("escalations", sa.Column("snoozed_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("escalations", "snoozed_ms")
