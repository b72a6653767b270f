"""An index of what each person posted, by name, acks left out: a search for 韦建军 lists
his posts as well as the texts that name him, and finds them without reading every row.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_messages_sender", "messages", ["sender_name"], sqlite_where=sa.text("ack_of IS NULL")
    )


def downgrade() -> None:
    op.drop_index("ix_messages_sender", "messages")
