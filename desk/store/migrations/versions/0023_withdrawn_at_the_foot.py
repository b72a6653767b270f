"""A withdrawn card the user had read goes to the foot of its tier again: its score of
-1000 was the foot until Action listed tasks due later than a week and those long
overdue far below any base score (see desk.core.urgency), and it stood above them.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# As desk.sync.ingest.WITHDRAWN_SCORE was, and is now (desk.core.urgency.FOOT_SCORE).
_OLD, _NEW = -1000.0, -1e14


def _move(old: float, new: float) -> None:
    op.execute(
        sa.text(
            "UPDATE messages SET score = :new, base_score = :new"
            " WHERE withdrawn_ms IS NOT NULL AND base_score = :old"
        ).bindparams(old=old, new=new)
    )


def upgrade() -> None:
    _move(_OLD, _NEW)


def downgrade() -> None:
    _move(_NEW, _OLD)
