"""The names messages were posted under, for a search for a person: the members of a
group are rewritten on every sync, and lose who left or changed their name.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "senders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False, unique=True),
    )
    # Read from the index of senders (0016), not the rows.
    op.execute(
        "INSERT INTO senders (name) SELECT DISTINCT sender_name FROM messages "
        "WHERE ack_of IS NULL ORDER BY sender_name"
    )


def downgrade() -> None:
    op.drop_table("senders")
