"""What a tier correction across the noise line taught about a sender in one group: their
noise read as information there, or their information put away. It had been read from
the sender's weight, which holds across every group, and the group's, which is its
priority too.

Revision ID: 0026
Revises: 0025
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


# No lessons to carry over: the weights say nothing of which group a correction was in.
def upgrade() -> None:
    op.create_table(
        "sender_lessons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.String(length=255), nullable=False),
        sa.Column("lesson", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "sender_id"),
    )


def downgrade() -> None:
    op.drop_table("sender_lessons")
