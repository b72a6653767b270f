"""DINGs from before an account was added are history, not alerts: the first sync of a
year pinned every one of them as unconfirmed (thousands at a million messages, all above
the day's work). A ladder now records `history`; existing stores retire such ladders and
unpin their messages.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# As escalations.HISTORY_BEFORE_ADDED_MS: three days before the account was added.
_GRACE_MS = 3 * 24 * 3600 * 1000


def upgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.add_column(
            sa.Column("history", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        sa.text(
            "UPDATE escalations SET history = 1 WHERE acked_ms IS NULL AND message_id IN ("
            " SELECT m.id FROM messages m JOIN accounts a ON a.id = m.account_id"
            " WHERE m.ts_ms < a.created_ms - :grace)"
        ).bindparams(grace=_GRACE_MS)
    )
    op.execute(
        sa.text(
            "UPDATE messages SET pinned = 0 WHERE id IN ("
            " SELECT message_id FROM escalations WHERE history = 1)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.drop_column("history")
