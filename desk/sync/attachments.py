"""Fetching an attachment's content on demand, into the encrypted store."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desk.connectors.protocol import ConnectorError, MediaSource
from desk.core.clock import Clock
from desk.store.attachments import AttachmentInfo, content_of, save_content
from desk.store.models import Account
from desk.store.store import Store
from desk.sync.accounts import AccountRef, connect

log = logging.getLogger("desk.sync.attachments")


@dataclass(frozen=True, slots=True)
class FetchedAttachment:
    info: AttachmentInfo
    content: bytes
    downloaded: bool  # False: it was already in the store


async def fetch_attachment(store: Store, info: AttachmentInfo, clock: Clock) -> FetchedAttachment:
    """The attachment's content: from the store if fetched before, else from the server
    (then kept in the store). Raises ConnectorError when the server cannot supply it."""
    if info.fetched:
        stored = content_of(store.sessions, info.message_id)
        if stored is not None:
            return FetchedAttachment(info, stored, downloaded=False)
    with store.sessions() as session:
        account = session.get_one(Account, info.account_id)
        ref = AccountRef.of(account)
    connector = connect(ref, clock, store)
    try:
        if not isinstance(connector, MediaSource):
            raise ConnectorError("unsupported")
        content = await connector.download(info.url)
    finally:
        await connector.close()
    if not save_content(store, info.message_id, content, clock.now()):
        log.info("an attachment's message was removed while its content was fetched")
    return FetchedAttachment(info, content, downloaded=True)
