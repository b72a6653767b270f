"""Damaging a real store inside, as a failing disk or a bad copy does: the file's header and
schema read fine, a page in the middle does not."""

from __future__ import annotations

from sqlalchemy import text

from desk.store.store import Store

# Read for the cards of the first page (who else acknowledged each), not while opening.
ACKS_INDEX = "ix_messages_ack_of"
# Read by a search (and by ingest, which indexes new messages), not by the first screen.
TEXT_INDEX = "messages_fts_data"


def damage_inside(store: Store, index: str = ACKS_INDEX) -> None:
    """Closes `store` and writes garbage over the root page of `index` (or table): opening the store
    still works (its first page and its schema are sound), reading through that index
    fails with SQLITE_CORRUPT (SQLCipher's check of each page fails)."""
    with store.engine.connect() as conn:
        root = conn.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :name"), {"name": index}
        ).scalar_one()
        page_size = int(conn.execute(text("PRAGMA page_size")).scalar_one())
    store.close()  # the last connection checkpoints the WAL into the file and removes it
    database = store.data_dir.database
    assert not database.with_name(database.name + "-wal").exists()
    with database.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0xA5]) * page_size)
