"""Why desk never reminded the user of a DING, if it did not (its reminders all fell due
while desk was not running): the banner says so, not that desk stopped reminding.

Revision ID: 0032
Revises: 0031
"""

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


# SQLite's own ADD and DROP COLUMN (see 0019): a nullable column needs no batch copy, and a
# ladder of an older desk is taken as having reminded, as that desk said it had.
def upgrade() -> None:
    op.add_column("escalations", sa.Column("unreminded", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("escalations", "unreminded")
