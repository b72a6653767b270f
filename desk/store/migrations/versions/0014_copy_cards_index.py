"""An index of the folded copies of notices, by id, with the notice each one copies: a
search shows the card of a copy whose text matches (what a relaying office added, 结果报镇
应急办, is in its copy only), and finds that card from the copy's id without reading the
copy itself, a page of the encrypted file per match.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# As tables.NOTICE_COPIES: SQLite uses a partial index only where the query states its terms.
_COPIES = "ack_of IS NULL AND cluster IS NOT NULL AND cluster != remote_id"


def upgrade() -> None:
    op.create_index(
        "ix_messages_copy_cards",
        "messages",
        ["id", "account_id", "cluster", "remote_id", "ack_of"],
        sqlite_where=sa.text(_COPIES),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_copy_cards", "messages")
