"""`desk sync --once`: sync every account (or the demo workspace) without a window."""

from __future__ import annotations

import argparse
import asyncio
import time

from desk.cli.common import DEFAULT_TZ, add_data_dir, fail, open_for_cli
from desk.connectors.protocol import ConnectorError
from desk.core.clock import SystemClock
from desk.store.store import Store
from desk.sync.accounts import connect, ensure_default_account
from desk.sync.ingest import Ingestor
from desk.sync.worker import sync_account_once


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sync", help="sync accounts without a window")
    parser.add_argument("--once", action="store_true", required=True, help="sync once and exit")
    add_data_dir(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        return asyncio.run(_sync_all(store))
    finally:
        store.close()


async def _sync_all(store: Store) -> int:
    clock = SystemClock()
    ingestor = Ingestor(store, DEFAULT_TZ, clock)
    status = 0
    for account in ensure_default_account(store, clock):
        started = time.perf_counter()
        connector = connect(account, clock)
        try:
            results = await sync_account_once(connector, account, store, ingestor)
        except ConnectorError as exc:
            fail(f"account {account.id} ({account.kind}): sync failed: {exc.reason}")
            status = 1
            continue
        finally:
            await connector.close()
        new = sum(r.new_messages for r in results)
        bad = sum(r.bad_items for r in results)
        elapsed = time.perf_counter() - started
        print(
            f"{account.kind} account {account.id}: {new} new messages, {bad} skipped, "
            f"{elapsed:.2f} s"
        )
    return status
