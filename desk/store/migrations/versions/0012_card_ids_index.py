"""An index of which messages are cards, by id, for searches: each match of a search was
looked up in the messages themselves, a page of the encrypted file per match, and a
greeting posted in many groups matched thousands of folded copies to show one card
(0.3-1.3 s at a million messages; 40 ms through this index).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# As tables.CARD_HEADS: SQLite uses a partial index only where the query states its terms.
_CARDS = "ack_of IS NULL AND (cluster IS NULL OR cluster = remote_id)"


def upgrade() -> None:
    op.create_index(
        "ix_messages_card_ids",
        "messages",
        ["id", "done", "tier_rank"],
        sqlite_where=sa.text(_CARDS),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_card_ids", "messages")
