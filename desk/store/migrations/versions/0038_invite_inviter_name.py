"""The inviter's display name as the invite gives it: with no group joined yet, no member
list knew the inviter, and the invite list showed their raw id (@zhuren:…) (IT tester).

Revision ID: 0038
Revises: 0037
"""

import sqlalchemy as sa
from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("invites", sa.Column("inviter_name", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("invites", "inviter_name")
