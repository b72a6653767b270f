"""The priority the user set for a group (important or low), so that a message's reason
can say so; the weight it stands for is in `groups.weight`, as before.

Revision ID: 0024
Revises: 0023
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


# SQLite's own ADD and DROP COLUMN (see 0019): a batch copy of `groups` would drop every
# message by their foreign key.
def upgrade() -> None:
    op.add_column("groups", sa.Column("priority", sa.String(10), nullable=True))


def downgrade() -> None:
    op.drop_column("groups", "priority")
