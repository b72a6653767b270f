"""A demo account driven the way the sync worker drives it, one round at a time."""

from __future__ import annotations

import asyncio

from desk.connectors.protocol import Connector
from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.sync.accounts import AccountRef, connect, ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.outbox import flush
from desk.sync.worker import sync_account_once
from tests.conftest import SHANGHAI


class DemoAccount:
    """One connector kept across rounds (the demo remembers what was sent to it)."""

    def __init__(self, store: Store, clock: ManualClock) -> None:
        self.store, self.clock = store, clock
        (self.account,) = ensure_default_account(store, clock)
        self.connector: Connector = connect(self.account, clock)
        self.ingestor = Ingestor(store, SHANGHAI, clock)

    @property
    def ref(self) -> AccountRef:
        return self.account

    def round(self) -> list[IngestResult]:
        """What the worker does each turn: send the outbox, then sync."""

        async def go() -> list[IngestResult]:
            await flush(self.connector, self.account.id, self.store, self.clock)
            return await sync_account_once(self.connector, self.account, self.store, self.ingestor)

        return asyncio.run(go())

    def close(self) -> None:
        asyncio.run(self.connector.close())
