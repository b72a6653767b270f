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
    # Found by the inbox's index (every value of its leading columns named): the few
    # withdrawn rows without a look at the rest. By withdrawn_ms, which has no index, the
    # whole table was read, 0.11 s at 100,000 messages while desk opened.
    op.execute(
        sa.text(
            "UPDATE messages SET score = :new, base_score = :new"
            " WHERE done IN (0, 1) AND tier_rank IN (0, 1, 2, 3) AND neg_pinned IN (0, -1)"
            " AND neg_score = -:old AND withdrawn_ms IS NOT NULL AND base_score = :old"
        ).bindparams(old=old, new=new)
    )


def upgrade() -> None:
    _move(_OLD, _NEW)


def downgrade() -> None:
    _move(_NEW, _OLD)
