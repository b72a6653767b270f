"""Open cards per tier, kept by triggers as the unread counts of 0009 are: the sidebar's
紧急 and 待办 say how many cards are not done yet, read or not (a tester's 紧急 1 stood
beside ten red cards opened but not done), read after every sync batch from a few rows.
And an index of the open cards by due time, which the 今日到期 view pages and counts
from without a look at the rows, holding whether each due time is when something begins
(a virtual column): a meeting of an earlier day has begun, it is not overdue, and telling
so from each overdue card's reasons took 55 ms at 100,000 messages.

Revision ID: 0035
Revises: 0034
"""

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None

# A card counts while it is not done: a message that heads its card, not an attached ack.
_COUNTED = (
    "{r}.done = 0 AND {r}.ack_of IS NULL AND ({r}.cluster IS NULL OR {r}.cluster = {r}.remote_id)"
)
_ADD = (
    "INSERT INTO open_counts (tier, n) SELECT new.tier, 1 "
    "WHERE " + _COUNTED.format(r="new") + " "
    "ON CONFLICT (tier) DO UPDATE SET n = n + 1;"
)
_REMOVE = (
    "UPDATE open_counts SET n = n - 1 WHERE " + _COUNTED.format(r="old") + " AND tier = old.tier;"
)


def _due_args_say(code: str, *keys: str) -> str:
    at = f"instr(reasons, '[\"{code}\", {{')"
    args = f"substr(reasons, {at}, instr(substr(reasons, {at}), '}}'))"
    said = " OR ".join(f"instr({args}, '{key}') > 0" for key in keys)
    return f"CASE WHEN {at} > 0 THEN {said} ELSE 0 END"


# Whether a due time is when something begins, or the time to be ready by for it (a meeting,
# a muster): tables.DUE_BEGINS as this revision wrote it.
_DUE_BEGINS = " OR ".join(
    "(" + _due_args_say(code, '"event": "1"', '"readies": ') + ")"
    for code in ("deadline", "deadline_soon")
)
TRIGGERS = {
    "open_counts_ai": f"AFTER INSERT ON messages BEGIN {_ADD} END",
    "open_counts_ad": f"AFTER DELETE ON messages BEGIN {_REMOVE} END",
    "open_counts_au": (
        "AFTER UPDATE OF done, ack_of, tier, cluster, remote_id ON messages "
        f"BEGIN {_REMOVE} {_ADD} END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "open_counts",
        sa.Column("tier", sa.String(10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tier"),
    )
    op.execute(
        "INSERT INTO open_counts (tier, n) SELECT tier, count(*) FROM messages "
        "WHERE " + _COUNTED.format(r="messages") + " GROUP BY tier"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.add_column(
        "messages",
        sa.Column("due_begins", sa.Boolean(), sa.Computed(_DUE_BEGINS, persisted=False)),
    )
    op.create_index(
        "ix_messages_due",
        "messages",
        ["done", "deadline_ms", "tier_rank", "read", "due_begins"],
        sqlite_where=sa.text(
            "deadline_ms IS NOT NULL AND ack_of IS NULL "
            "AND (cluster IS NULL OR cluster = remote_id)"
        ),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_due", "messages")
    op.drop_column("messages", "due_begins")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("open_counts")
