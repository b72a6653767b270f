"""Attachments of stored messages: their metadata, and their content once fetched.

The content is kept in the SQLCipher database (table `attachments`), so it is
encrypted on disk with the same key as everything else; nothing here writes a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import bindparam, select, update

from desk.store import tables
from desk.store.store import Store
from desk.store.tables import to_ms

if TYPE_CHECKING:
    from desk.store.database import Sessions


class AttachmentInfo(NamedTuple):
    message_id: int
    account_id: int
    remote_id: str  # the message's
    kind: str
    url: str
    name: str
    mimetype: str | None
    size: int | None
    fetched: bool


_COLUMNS = (
    tables.attachments.c.message_id,
    tables.messages.c.account_id,
    tables.messages.c.remote_id,
    tables.attachments.c.kind,
    tables.attachments.c.url,
    tables.attachments.c.name,
    tables.attachments.c.mimetype,
    tables.attachments.c.size,
    tables.attachments.c.fetched_ms.is_not(None),
)


# Built once: asked at every card the user selects, a statement built anew each time
# cost SQLAlchemy more than SQLite took to answer it.
_OF_MESSAGES = (
    select(*_COLUMNS)
    .join(tables.messages, tables.messages.c.id == tables.attachments.c.message_id)
    .where(tables.attachments.c.message_id.in_(bindparam("ids", expanding=True)))
)


def attachments_of(sessions: Sessions, message_ids: Sequence[int]) -> dict[int, AttachmentInfo]:
    """The attachments of these messages, by message id (messages without one are left out)."""
    if not message_ids:
        return {}
    with sessions.connect() as session:
        found = session.execute(_OF_MESSAGES, {"ids": list(message_ids)})
        return {row[0]: AttachmentInfo(*row) for row in found}


def attachment_by_remote_id(sessions: Sessions, remote_id: str) -> AttachmentInfo | None:
    """The attachment of the message with this server id (in any account)."""
    query = (
        select(*_COLUMNS)
        .join(tables.messages, tables.messages.c.id == tables.attachments.c.message_id)
        .where(tables.messages.c.remote_id == remote_id)
        .limit(1)
    )
    with sessions.connect() as session:
        row = session.execute(query).first()
    return AttachmentInfo(*row) if row is not None else None


def content_of(sessions: Sessions, message_id: int) -> bytes | None:
    """The fetched content, or None if it was never fetched."""
    with sessions.connect() as session:
        return session.scalar(
            select(tables.attachments.c.content).where(
                tables.attachments.c.message_id == message_id
            )
        )


def save_content(store: Store, message_id: int, content: bytes, now: datetime) -> bool:
    """Keeps fetched content; False if the message went meanwhile (redacted)."""
    with store.transaction() as session:
        saved = session.scalar(
            update(tables.attachments)
            .where(tables.attachments.c.message_id == message_id)
            .values(content=content, fetched_ms=to_ms(now), size=len(content))
            .returning(tables.attachments.c.message_id)
        )
        return saved is not None
