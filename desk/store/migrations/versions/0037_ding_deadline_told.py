"""When the sender was told that a DING they sent passed its deadline with people
unconfirmed: kept per DING, so that it is said exactly once, across restarts, and said at
the next start when desk was closed at the deadline. It was kept in memory: a restart past
the deadline said it again, or lost it (a tester).

The DINGs whose deadline passed before this upgrade are taken as told at their deadline:
the desk before either told them as they passed or (closed then) never would; said now,
at the first start after the upgrade, days-old deadlines would pop up as news.

Revision ID: 0037
Revises: 0036
"""

import json
import time
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("deadline_told_ms", sa.BigInteger(), nullable=True))
    conn = op.get_bind()
    now_ms = int(time.time() * 1000)
    rows = conn.execute(sa.text("SELECT id, ding FROM outbox WHERE ding IS NOT NULL")).all()
    for outbox_id, raw in rows:
        ding = json.loads(raw) if isinstance(raw, str) else raw
        deadline = ding.get("deadline") if isinstance(ding, dict) else None
        if not deadline:
            continue
        due_ms = int(datetime.fromisoformat(deadline).timestamp() * 1000)
        if due_ms <= now_ms:
            conn.execute(
                sa.text("UPDATE outbox SET deadline_told_ms = :due WHERE id = :id"),
                {"due": due_ms, "id": outbox_id},
            )


def downgrade() -> None:
    op.drop_column("outbox", "deadline_told_ms")
