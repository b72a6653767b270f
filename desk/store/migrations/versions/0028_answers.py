"""The notice a reply answers, unquoted (a unit's report on it, a 收到 with more said), as
triage reads it; a card lists those, and the replies that quote it, as its answers.

Revision ID: 0028
Revises: 0027
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("answers", sa.String(length=255), nullable=True))
    # A card reads its answers by either link: few messages have one, so both are partial.
    op.create_index(
        "ix_messages_answers",
        "messages",
        ["account_id", "answers"],
        sqlite_where=sa.text("answers IS NOT NULL"),
    )
    op.create_index(
        "ix_messages_replies",
        "messages",
        ["account_id", "reply_to"],
        sqlite_where=sa.text("reply_to IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_replies", table_name="messages")
    op.drop_index("ix_messages_answers", table_name="messages")
    op.drop_column("messages", "answers")
