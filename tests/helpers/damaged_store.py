"""Damaging a real store inside, as a failing disk or a bad copy does: the file's header and
schema read fine, a page in the middle does not."""

from __future__ import annotations

import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from desk.store.store import Store

# Read for the cards of the first page (who else acknowledged each), not while opening.
ACKS_INDEX = "ix_messages_ack_of"
# Read by a search (and by ingest, which indexes new messages), not by the first screen.
TEXT_INDEX = "messages_fts_data"
# What the inbox's views page through, a card a row in their order.
CARDS_INDEX = "ix_messages_cards_inbox"
# SQLCipher 4's bytes kept at each page's end: the IV (16) and the HMAC-SHA512 (64).
_RESERVED = 80
# SQLite's b-tree page kinds (https://sqlite.org/fileformat.html#b_tree_pages).
_INDEX_INTERIOR, _INDEX_LEAF = 2, 10


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


def damage_past(store: Store, entries: int, index: str = CARDS_INDEX) -> None:
    """Closes `store` and writes garbage over the first leaf page of `index` that holds
    none of its first `entries` entries: a view read through it pages that far, and
    fails on the next page, as a list scrolled onto a bad sector does.

    Valid for the views that page through `index` in its own order: with the default,
    those listing the cards of every group in the inbox's order (the Inbox, a tier),
    folded as they are by default. A group's view, a search, Done or an unfolded view
    reads other indexes, and meets the damage, if at all, elsewhere. The store must be
    keyed raw (a 256-bit AES key), as open_store keys it: the pages are decrypted here
    with that key."""
    with store.engine.connect() as conn:
        root = conn.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :name"), {"name": index}
        ).scalar_one()
        page_size = int(conn.execute(text("PRAGMA page_size")).scalar_one())
    password = store.engine.url.password
    assert password is not None and password.startswith("x'")
    key = bytes.fromhex(password[2:-1])
    # SQLCipher 4 takes a raw key of 32 bytes (64 hex digits) as the AES-256 key itself;
    # 48 or more would hold the salt too, and the pages would not decrypt with it.
    assert len(key) == 32, f"a raw key of {len(key)} bytes"
    store.close()
    database = store.data_dir.database
    pages = _Pages(database.read_bytes(), page_size, key)
    seen = 0
    for leaf, cells in pages.leaves(root):
        if leaf is not None and seen >= entries:
            with database.open("r+b") as handle:
                handle.seek((leaf - 1) * page_size)
                handle.write(bytes([0xA5]) * page_size)
            return
        seen += cells
    raise AssertionError(f"{index} has no leaf past its first {entries} entries")


class _Pages:
    """The pages of a SQLCipher 4 file opened with a raw key, read as SQLite sees them."""

    def __init__(self, data: bytes, page_size: int, key: bytes) -> None:
        self._data, self._size, self._key = data, page_size, key

    def page(self, number: int) -> bytes:
        whole = self._data[(number - 1) * self._size : number * self._size]
        start = 16 if number == 1 else 0  # the first page begins with the key's salt
        end = self._size - _RESERVED
        decrypt = Cipher(algorithms.AES(self._key), modes.CBC(whole[end : end + 16])).decryptor()
        return bytes(start) + decrypt.update(whole[start:end]) + decrypt.finalize()

    def leaves(self, number: int) -> list[tuple[int | None, int]]:
        """The index b-tree under page `number` in its order: (leaf page, its entries), and
        (None, 1) for each entry an interior page holds between its children."""
        page = self.page(number)
        header = 100 if number == 1 else 0
        kind = page[header]
        (cells,) = struct.unpack(">H", page[header + 3 : header + 5])
        if kind == _INDEX_LEAF:
            return [(number, cells)]
        assert kind == _INDEX_INTERIOR, kind
        found: list[tuple[int | None, int]] = []
        for cell in range(cells):
            at = header + 12 + 2 * cell
            (offset,) = struct.unpack(">H", page[at : at + 2])
            found += self.leaves(struct.unpack(">I", page[offset : offset + 4])[0])
            found.append((None, 1))
        return found + self.leaves(struct.unpack(">I", page[header + 8 : header + 12])[0])


# Written to by nothing the demo's sync or the window's first screen does: damage there is
# met by no read of desk's, only by a read of every page.
UNREAD_INDEX = "ix_ding_resends_outbox"


def damage_unread(store: Store, index: str = UNREAD_INDEX) -> None:
    """Closes `store` and overwrites 72 bytes in the middle of the root page of `index`,
    as IT did to a copy of desk.db: the window and sync go on as usual, and only a read
    of every page (PRAGMA quick_check) finds it."""
    with store.engine.connect() as conn:
        root = conn.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = :name"), {"name": index}
        ).scalar_one()
        page_size = int(conn.execute(text("PRAGMA page_size")).scalar_one())
    store.close()
    with store.data_dir.database.open("r+b") as handle:
        handle.seek((root - 1) * page_size + page_size // 2)
        handle.write(bytes([0x5A]) * 72)
