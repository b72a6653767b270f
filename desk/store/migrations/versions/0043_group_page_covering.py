"""A group's page read from its index: ix_messages_group_inbox holds, after the inbox order
and the id (so that it still gives the page's order, id last, without a sort), the columns
the group view's conditions ask of each row (inbox._filters): whether it heads its notice
(cluster, remote_id), and, for a copy, whether it is a re-DING or a notice posted there
again (account_id, ding, ts_ms). SQLite then looks at a row only for the copies among a
page: the first switch to a group, its pages not yet decrypted in the window's page cache,
read 375 pages for 200 cards at 100,000 messages, 204 with this index (perf49v).

And the DINGs among copies, by their notice (ix_messages_ding_copies): the cards of a page
ask which of their copies are DINGs (inbox._WAITING_COPIES, _RE_DINGED), and `ding` is in
no other index on the notice's key: each copy's row was read, 328 pages for the 322
copies of a first group page's 7 notices at 100,000 messages (a notice forwarded to
every group), none but the DINGs' with it. Only DING copies are in it: a few rows.

Revision ID: 0043
Revises: 0042
"""

import sqlalchemy as sa
from alembic import op

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None

_ORDER = ["tier_rank", "neg_pinned", "neg_score", "neg_ts_ms"]
# In this order: the id right after the inbox order, or SQLite sorts each page (the
# columns after it would order rows of one score and time before the id does).
_ASKED = ["id", "cluster", "remote_id", "account_id", "ding", "ts_ms"]


def upgrade() -> None:
    op.drop_index("ix_messages_group_inbox", "messages")
    op.create_index(
        "ix_messages_group_inbox",
        "messages",
        ["group_id", "done", *_ORDER, *_ASKED],
        sqlite_where=sa.text("ack_of IS NULL"),
    )
    op.create_index(
        "ix_messages_ding_copies",
        "messages",
        ["account_id", "cluster"],
        sqlite_where=sa.text("ding IS 1 AND cluster IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_messages_ding_copies", "messages")
    op.drop_index("ix_messages_group_inbox", "messages")
    op.create_index(
        "ix_messages_group_inbox",
        "messages",
        ["group_id", "done", *_ORDER],
        sqlite_where=sa.text("ack_of IS NULL"),
    )
