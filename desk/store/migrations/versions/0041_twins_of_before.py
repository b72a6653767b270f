"""Twins of before: a store that had two accounts of one official in the same groups before
0039 holds each event of those groups twice, both rows cards, and the inbox shows it twice
to this day (0039 made twins of what came from then on). The later row of each event (the
same event id in a room of the same remote id) becomes a twin of the earlier, as ingest
would have stored it (sync.ingest._take_twins), or of the one that is a DING where the
other is none (a DING addressed to one account holds the card, confirmed from there).

A row that was a twin already of a row made a twin here (a third account's, stored after
0039) becomes a twin of the card: no query follows a twin of a twin.

The rows then agree as the triggers of 0039 keep them: read if either was read, done if
either was done, at the latest time one was put away. But not done where the card is a
DING still waiting for its confirmation: a DING is not put away unconfirmed, and the card
asks for it. A twin's own ladder, if it still rang, is on record (history), as a twin's
is: it rings through its card, once (see EscalationStore.start_new). The unread and open
counts follow by their triggers (0039 made them read twin_of, read and done).

Revision ID: 0041
Revises: 0040
"""

from collections import defaultdict

from alembic import op
from sqlalchemy import Connection, text

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

# The rows of an event under one account that another account holds too, neither a twin:
# by the unique index of (account, remote id), one probe a row of the other account.
_DOUBLED = (
    "SELECT mine.id, mine.remote_id, room.remote_id, mine.ding, mine.read, mine.done, "
    "mine.done_ms FROM messages AS other "
    "JOIN messages AS mine ON mine.account_id = :mine AND mine.remote_id = other.remote_id "
    "JOIN groups AS room ON room.id = mine.group_id "
    "JOIN groups AS other_room ON other_room.id = other.group_id "
    "WHERE other.account_id = :other AND other.twin_of IS NULL AND mine.twin_of IS NULL "
    "AND room.remote_id = other_room.remote_id"
)
# A ladder that still rings: neither confirmed nor on record.
_RINGING = "acked_ms IS NULL AND history = 0"

_Row = tuple[int, bool, bool, bool, int | None]  # id, ding, read, done, done_ms


def _doubled(conn: Connection) -> list[list[_Row]]:
    """The rows of each event held under more than one account, none a twin yet."""
    accounts = [int(a) for (a,) in conn.exec_driver_sql("SELECT id FROM accounts ORDER BY id")]
    events: defaultdict[tuple[str, str], dict[int, _Row]] = defaultdict(dict)
    for mine in accounts:
        for other in accounts:
            if other == mine:
                continue
            found = conn.execute(text(_DOUBLED), {"mine": mine, "other": other})
            for row_id, remote_id, room, ding, read, done, done_ms in found:
                events[(remote_id, room)][int(row_id)] = (
                    int(row_id),
                    bool(ding),
                    bool(read),
                    bool(done),
                    done_ms,
                )
    return [sorted(rows.values()) for rows in events.values() if len(rows) > 1]


def upgrade() -> None:
    conn = op.get_bind()
    doubled = _doubled(conn)
    if not doubled:
        return
    ringing = {
        int(i)
        for (i,) in conn.execute(text(f"SELECT message_id FROM escalations WHERE {_RINGING}"))
    }
    twins: list[dict[str, object]] = []
    agreed: list[dict[str, object]] = []
    # The twins of each row made a twin here, as its card: a third account's, stored
    # after 0039, of whichever row it found first.
    theirs: dict[int, dict[str, object]] = {}
    for rows in doubled:
        # The first stored (the lowest id), or the first DING where not all are.
        dings = [row for row in rows if row[1]]
        card = dings[0] if dings and len(dings) < len(rows) else rows[0]
        read = any(row[2] for row in rows)
        done = card[3] if card[0] in ringing else any(row[3] for row in rows)
        put_away = [row[4] for row in rows if row[3] and row[4] is not None]
        done_ms = max(put_away, default=None) if done else None
        for row in rows:
            # Only those that differ: each update fires the twin and count triggers, 8 s of
            # the 10 s at 100,000 events held twice where every row was written again.
            if (row[2], row[3], row[4]) != (read, done, done_ms):
                agreed.append({"id": row[0], "read": read, "done": done, "done_ms": done_ms})
            if row is not card:
                twins.append({"id": row[0], "card": card[0]})
                theirs[row[0]] = {"card": card[0], "read": read, "done": done, "done_ms": done_ms}
    # The twins already there (stored after 0039, by the partial index of twins): those of
    # a row made a twin here follow its card.
    repointed = [
        {"id": int(twin_id), **theirs[int(first_id)]}
        for twin_id, first_id in conn.exec_driver_sql(
            "SELECT id, twin_of FROM messages WHERE twin_of IS NOT NULL"
        )
        if int(first_id) in theirs
    ]
    # Each an executemany: a store with every group shared holds as many events as rows.
    conn.execute(text("UPDATE messages SET twin_of = :card WHERE id = :id"), twins)
    if agreed:
        conn.execute(
            text(
                "UPDATE messages SET read = :read, done = :done, done_ms = :done_ms WHERE id = :id"
            ),
            agreed,
        )
    # Left twins of a twin, which no card query follows (the held list showed no card for
    # one held, and a card read left it unread): by the partial index of twins.
    if repointed:
        conn.execute(
            text(
                "UPDATE messages SET twin_of = :card, read = :read, done = :done, "
                "done_ms = :done_ms WHERE id = :id"
            ),
            repointed,
        )
    conn.execute(
        text(f"UPDATE escalations SET history = 1 WHERE message_id = :id AND {_RINGING}"),
        [{"id": twin["id"]} for twin in twins],
    )
    conn.execute(
        text("UPDATE messages SET pinned = 0 WHERE id = :id"), [{"id": t["id"]} for t in twins]
    )


def downgrade() -> None:
    # Twins are twins: 0039's downgrade makes every row a card again.
    pass
