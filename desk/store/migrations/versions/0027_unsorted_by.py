"""Which triage rules failed on a message stored unsorted, so that rules that may judge it
(an upgrade) sort it again, and the same rules never try it again.

Revision ID: 0027
Revises: 0026
"""

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("unsorted_by", sa.String(length=64), nullable=True))
    # Rows stored unsorted before: by rules not known, which any rules now differ from. By
    # the reason's code as the JSON column holds it, a list's first item (see ingest).
    op.execute("UPDATE messages SET unsorted_by = '' WHERE instr(reasons, '[\"unsorted\"') > 0")
    op.create_index(
        "ix_messages_unsorted",
        "messages",
        ["account_id", "ts_ms"],
        sqlite_where=sa.text("unsorted_by IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_unsorted", table_name="messages")
    op.drop_column("messages", "unsorted_by")
