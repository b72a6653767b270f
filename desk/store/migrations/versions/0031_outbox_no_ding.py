"""Outbox items that are no DING hold SQL NULL in `ding`, as every query of DINGs reads
them: until now a confirmation of a DING was stored with JSON's `null` there, which is
not NULL, so "DINGs I sent" could list the user's confirmations as DINGs.

Revision ID: 0031
Revises: 0030
"""

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE outbox SET ding = NULL WHERE ding = 'null'")


def downgrade() -> None:
    # NULL reads as "no DING" to the older desk as well: nothing to restore.
    pass
