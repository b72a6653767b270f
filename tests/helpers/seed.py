"""Putting demo traffic into a test store the way the app does: through the sync engine."""

from __future__ import annotations

import asyncio

from desk.core.clock import Clock
from desk.store.store import Store
from desk.sync.accounts import connect, ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.worker import sync_account_once
from tests.conftest import SHANGHAI


def sync_demo(store: Store, clock: Clock) -> list[IngestResult]:
    async def go() -> list[IngestResult]:
        (account,) = ensure_default_account(store, clock)
        connector = connect(account, clock)
        ingestor = Ingestor(store, SHANGHAI, clock)
        try:
            return await sync_account_once(connector, account, store, ingestor)
        finally:
            await connector.close()

    return asyncio.run(go())
