"""What the user did with a removed account's messages, kept for that account added again:
read, and done at its time, by event id, under the account's server and user id. Removing
an account and adding it back brought every item the user had put away back as unread
待办 (a tester). No text, sender or group is kept: only the marks, each of a message
still on the server, for the same user there (see store.kept_marks).

Revision ID: 0042
Revises: 0041
"""

import sqlalchemy as sa
from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_marks",
        sa.Column("owner", sa.String(400), primary_key=True),
        sa.Column("remote_id", sa.String(255), primary_key=True),
        sa.Column("read", sa.Boolean, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("done_ms", sa.BigInteger),
    )


def downgrade() -> None:
    op.drop_table("kept_marks")
