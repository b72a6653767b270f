"""An index of what may still need a DING ladder: open, unacknowledged DINGs and urgent
items. Each escalation round (after every sync batch) looked for those without a ladder
by reading every message: 1.4 s at 100,000 messages, on the store thread the window waits
for.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Kept in step with tables.ALERTABLE: SQLite uses a partial index only for a query that
# states its condition.
_ALERTABLE = "(ding IS 1 OR tier = 'urgent') AND done IS 0 AND ack IS 0"


def upgrade() -> None:
    op.create_index(
        "ix_messages_alertable",
        "messages",
        ["done", "ack", "ts_ms"],
        sqlite_where=sa.text(_ALERTABLE),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_alertable", "messages")
