"""What the two text indexes hold, checked against the stored messages."""

from __future__ import annotations

from sqlalchemy import text

from desk.store.store import Store


def assert_indexes_hold_exactly_the_searchable(store: Store) -> None:
    """Each text index holds every message but the acks folded under a notice and the
    withdrawn, once, with its current text; the trigram index is sound in itself."""
    with store.sessions() as session:
        # With rank 0 FTS5 checks its own structure (rank 1 would also compare it with
        # every row of the content table, acks included, which it leaves out on purpose).
        session.execute(
            text("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 0)")
        )
        messages = session.execute(
            text("SELECT id, text, ack_of, withdrawn_ms FROM messages")
        ).all()
        # Neither folded acks nor withdrawn messages (whose text is gone) are searchable.
        searchable = {i for i, _t, ack_of, gone in messages if ack_of is None and gone is None}
        paired = set(session.scalars(text("SELECT rowid FROM messages_pairs_fts")))
        assert paired == {i for i, t, *_ in messages if i in searchable and len(t) >= 2}
        for message_id, body, *_ in messages:
            if len(body) < 3:
                continue
            phrase = '"' + body.replace('"', '""') + '"'
            found = set(
                session.scalars(
                    text("SELECT rowid FROM messages_fts WHERE messages_fts MATCH :p"),
                    {"p": phrase},
                )
            )
            assert (message_id in found) == (message_id in searchable), (message_id, body)
