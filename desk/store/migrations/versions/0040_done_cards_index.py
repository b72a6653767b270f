"""The cards marked done, by their notice's key: a search counts those it finds in Done
(the hint "已办中还有 N 条") by looking only at its text matches among them and the copies
of their notices (inbox._DONE_SEARCH_IDS), not at every match in the store, which took
0.1-0.2 s of the store thread's time a search at 394,000 messages (perf47d). Only the
cards marked done are in it.

Revision ID: 0040
Revises: 0039
"""

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

# tables.CARD_HEADS as 0039 left it.
_HEADS = "(cluster IS NULL OR cluster = remote_id) AND twin_of IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_messages_done_cards",
        "messages",
        ["account_id", "remote_id"],
        sqlite_where=sa.text(f"done = 1 AND ack_of IS NULL AND ({_HEADS})"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_done_cards", "messages")
