"""`desk sync --once`: sync every account (or the demo workspace) without a window; with
none to sync (the demo turned off), it says so and fails. A demo workspace turned off
goes first, and it says so, and whether the administrator's policy or the user's own
setting turned it off."""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TypeVar

from desk.cli.common import (
    ADD_ACCOUNT,
    DEFAULT_TZ,
    fail,
    log,
    open_for_cli,
    proxy_failure_text,
    server_reason,
    store_error_text,
)
from desk.cli.speech import translate
from desk.connectors.protocol import AuthError, ConnectorError
from desk.core.backoff import BackoffPolicy
from desk.core.clock import SystemClock
from desk.store.demo import DEMO_SETTING
from desk.store.page_check import check_pages_if_due
from desk.store.policy_file import policy_path
from desk.store.store import Store, StoreError
from desk.sync.accounts import (
    DemoOff,
    connect,
    demo_off,
    demo_turned_off,
    ensure_default_account,
)
from desk.sync.ingest import Ingestor
from desk.sync.outbox import flush as flush_outbox
from desk.sync.triage_process import TriageFailed, where_failed
from desk.sync.worker import sync_account_once

T = TypeVar("T")
# A one-shot sync waits out a server's "slow down" this often, each wait at most this long.
RATE_LIMIT_ATTEMPTS = 6
RATE_LIMIT_MAX_WAIT_S = 60.0


def run(args: argparse.Namespace) -> int:
    store = open_for_cli(args, create=True)
    if store is None:
        return 2
    try:
        # Damage where sync's reads do not go was found only by selftest, while sync went
        # on writing into the file (IT): every page is read first, once a day at most.
        if not check_pages_if_due(store, SystemClock().now()):
            _refuse_damaged(store)
            return 2
        return asyncio.run(_sync_all(store))
    finally:
        store.close()


def _refuse_damaged(store: Store) -> None:
    """Says, as opening a damaged store says it, that nothing is written to this one."""
    damaged = StoreError("damaged", str(store.data_dir.database))
    fail(store_error_text(damaged, store.data_dir))


def _damage_noted(store: Store) -> bool:
    """Whether damage was found in this store: by this command, or by a desk beside it
    (the window) since this command opened it."""
    return store.damage.found is not None or store.data_dir.damage_marker.exists()


async def _sync_all(store: Store) -> int:
    clock = SystemClock()
    # Triage in this process (LocalTriage): a message the engine raises on is stored
    # unsorted at the first failure (see desk.sync.set_aside), but one it hangs on cannot
    # be interrupted here, as a triage process is: the command then runs until it is
    # ended, and the window's sync, which has a triage process, sets it aside.
    ingestor = Ingestor(store, DEFAULT_TZ, clock)
    off = demo_off(store)
    removed = demo_turned_off(store)
    if removed is not None and off is not None:
        # What the setting means, and the window's next start would do: said, not done
        # behind a "no account" (an IT tester saw a demo's messages vanish unannounced).
        said = translate(
            "Cli", "removed the demo workspace and its {removed} invented messages: {why}"
        )
        print(said.format(removed=removed, why=_why_off(off)))
    accounts = ensure_default_account(store, clock)
    if not accounts:
        # Only with the demo turned off. Exit 1, as a command that found nothing to act on
        # (`account remove` of no account): a script must not read "synced" (IT).
        said = translate("Cli", "no account to sync ({why}): {add} adds one")
        fail(said.format(why=_kept_away(off), add=ADD_ACCOUNT))
        return 1
    status = 0
    for account in accounts:
        if _damage_noted(store):
            _refuse_damaged(store)
            return 2
        started = time.perf_counter()
        connector = connect(account, clock, store)
        try:
            sent_ids: list[str] = []  # kept across retries: a flush may fail half-way
            flushed = await _waiting_out_rate_limits(
                partial(flush_outbox, connector, account.id, store, clock, sent_ids=sent_ids)
            )
            results = await _waiting_out_rate_limits(
                partial(sync_account_once, connector, account, store, ingestor)
            )
        except AuthError as exc:
            said = translate(
                "Cli",
                "account {id} ({kind}): the server refused the credentials ({reason}); "
                "sign in again with `desk account add`",
            )
            fail(said.format(id=account.id, kind=account.kind, reason=exc.reason))
            status = 1
            continue
        except ConnectorError as exc:
            if exc.reason == "proxy":
                # This computer's setting, as a data dir it cannot use: exit 2.
                fail(proxy_failure_text(exc.detail))
                status = 2
                continue
            server = account.config.get("homeserver")
            said = (
                translate("Cli", "account {id} ({kind}) at {server}: sync failed: {reason}")
                if server
                else translate("Cli", "account {id} ({kind}): sync failed: {reason}")
            )
            fail(
                said.format(
                    id=account.id,
                    kind=account.kind,
                    server=server,
                    reason=server_reason(exc.reason),
                )
            )
            status = 1
            continue
        except TriageFailed as exc:
            # Triage failed on more than a few messages of a batch, or on an edit: nothing
            # of the batch was stored, and the next run will fail on it too. Its traceback
            # may quote the message: the log gets where it failed, the user one line.
            log.error("account %d: triage failed\n%s", account.id, where_failed(str(exc)))
            said = translate(
                "Cli",
                "account {id} ({kind}): sorting failed on a batch of new messages, which was "
                "not stored; logs/desk.log in the data dir says where",
            )
            fail(said.format(id=account.id, kind=account.kind))
            status = 1
            continue
        finally:
            await connector.close()
        if sent_ids or flushed.failed:
            said = translate("Cli", "{kind} account {id}: sent {sent}, refused {refused}")
            print(
                said.format(
                    kind=account.kind, id=account.id, sent=len(sent_ids), refused=flushed.failed
                )
            )
        new = sum(r.new_messages for r in results)
        bad = sum(r.bad_items for r in results)
        elapsed = time.perf_counter() - started
        said = translate(
            "Cli", "{kind} account {id}: {new} new messages, {bad} skipped, {seconds} s"
        )
        print(
            said.format(
                kind=account.kind, id=account.id, new=new, bad=bad, seconds=f"{elapsed:.2f}"
            )
        )
    return status


def _why_off(off: DemoOff) -> str:
    """Who turned the demo off, and where: an official told "the administrator's policy"
    asked IT, who had set none; the user's own value is in the store, the policy's in its
    file."""
    if off is DemoOff.USER:
        said = translate(
            "Cli", "your own setting turns it off ({setting} = false, kept in this data dir)"
        )
        return said.format(setting=DEMO_SETTING)
    said = translate(
        "Cli", "the administrator's policy turns it off ({setting} = false, in {file})"
    )
    return said.format(setting=DEMO_SETTING, file=policy_path())


def _kept_away(off: DemoOff | None) -> str:
    """What keeps the demo away, where there is no account (the demo is then off)."""
    if off is DemoOff.USER:
        said = translate("Cli", "your own setting {setting} = false keeps the demo workspace away")
    else:
        said = translate(
            "Cli", "the administrator's policy, {setting} = false, keeps the demo workspace away"
        )
    return said.format(setting=DEMO_SETTING)


async def _waiting_out_rate_limits(step: Callable[[], Awaitable[T]]) -> T:
    """Runs `step`, waiting as long as the server asks when it answers "too many requests"."""
    policy = BackoffPolicy(max_s=RATE_LIMIT_MAX_WAIT_S)
    for attempt in range(1, RATE_LIMIT_ATTEMPTS + 1):
        try:
            return await step()
        except ConnectorError as exc:
            if exc.reason != "rate_limited" or attempt == RATE_LIMIT_ATTEMPTS:
                raise
            delay = policy.delay(attempt, retry_after_s=exc.retry_after_s)
            print(f"rate limited by the server; waiting {delay:.1f} s")
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")
