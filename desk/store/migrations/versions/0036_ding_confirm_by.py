"""The time a DING's sender set to confirm it by (org.desk.ding.deadline): its card and
banner said the default one-hour window, 23:06, where 王镇长 had asked for 22:36 (a
tester). DINGs stored before have none: the window stands for them.

Revision ID: 0036
Revises: 0035
"""

import sqlalchemy as sa
from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("ding_due_ms", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("messages", "ding_due_ms")
