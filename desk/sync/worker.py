"""The sync loop: one asyncio task per account, in a thread of its own.

Callbacks run on the worker thread; the app layer relays them to the GUI as
queued Qt signals.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import logging
import random
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from traceback import format_exc
from zoneinfo import ZoneInfo

from sqlalchemy.exc import NoResultFound, SQLAlchemyError

from desk.connectors.protocol import AuthError, Connector, ConnectorError, SyncBatch
from desk.core.backoff import BackoffPolicy, FailedAttempts
from desk.core.clock import Clock
from desk.store.credentials import CredentialStore
from desk.store.damage import DamageFound
from desk.store.database import failure_cause
from desk.store.models import Account
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.sync.accounts import AccountRef, configured_accounts, connect, ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.invites import join_invites_if_wanted
from desk.sync.outbox import flush as flush_outbox
from desk.sync.status import AccountStatuses, SyncState, SyncStatus
from desk.sync.triage_process import Triage, TriageFailed, TriageUnavailable, where_failed

log = logging.getLogger("desk.sync")

StatusCallback = Callable[[SyncStatus], None]
IngestCallback = Callable[[IngestResult], None]

# A batch not stored after this long is said in the status ("Sorting 12 new messages…")
# in place of "up to date": its messages are at the server and not in the inbox, and a
# user waiting for a notice must not read that there is none. Ordinary batches stay well
# inside it on a PC several times slower than this one, so it never flickers: one of 1,000
# messages takes about half a second, the first after a start two (with the triage
# process's own start and warm-up). A stuck triage process is said within moments, long
# before its reply timeout ends it (desk.sync.triage_process.REPLY_TIMEOUT_S).
SORTING_SAID_AFTER_S = 5.0


async def sync_account_once(
    connector: Connector,
    account: AccountRef,
    store: Store,
    ingestor: Ingestor,
    wait_s: float = 0,
    on_result: IngestCallback | None = None,
    on_slow: Callable[[SyncBatch], None] | None = None,
    slow_after_s: float = SORTING_SAID_AFTER_S,
) -> list[IngestResult]:
    """Drains what the server has now (following `more`), each batch committed on its own
    and handed to `on_result` as soon as it is; joins pending invites when the user's
    setting says so, and syncs their groups in. A batch with messages to sort that is not
    stored within `slow_after_s` is handed to `on_slow` meanwhile."""
    results: list[IngestResult] = []
    while True:
        cursor = _cursor(store, account.id)
        batch = await connector.sync(cursor, wait_s=wait_s)
        result = await _apply(ingestor, account.id, batch, on_slow, slow_after_s)
        results.append(result)
        if on_result is not None:
            on_result(result)
        wait_s = 0
        if batch.more:
            continue
        # Groups joined just now sync at once rather than at the next long poll.
        if not await join_invites_if_wanted(connector, store, account.id):
            return results


async def _apply(
    ingestor: Ingestor,
    account_id: int,
    batch: SyncBatch,
    on_slow: Callable[[SyncBatch], None] | None,
    slow_after_s: float,
) -> IngestResult:
    """Stores the batch on the ingest thread, telling `on_slow` if it takes long."""
    applying = asyncio.ensure_future(asyncio.to_thread(ingestor.apply, account_id, batch))
    try:
        if on_slow is not None and (batch.messages or batch.edits or batch.redactions):
            done, _pending = await asyncio.wait({applying}, timeout=slow_after_s)
            if not done:
                on_slow(batch)
        return await applying
    finally:
        applying.cancel()  # nothing once done; desk stopping meanwhile ends the wait


# How often a refused account looks for new credentials (signed in again elsewhere).
SIGN_IN_CHECK_S = 20.0
# How often the worker looks for an account added beside it (`desk account add` while the
# window runs): nothing of one synced until desk started again (a tester), while a removal
# reached the window in 15 s, as its next sync failed.
ACCOUNTS_CHECK_S = 15.0


def _account_ref(store: Store, account_id: int) -> AccountRef | None:
    with store.sessions() as session:
        row = session.get(Account, account_id)
        return AccountRef.of(row) if row else None


def _cursor(store: Store, account_id: int) -> str | None:
    with store.sessions() as session:
        return session.get_one(Account, account_id).cursor


class SyncWorker:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        tz: ZoneInfo,
        on_status: StatusCallback,
        on_ingested: IngestCallback,
        *,
        backoff: BackoffPolicy | None = None,
        poll_wait_s: float = 25.0,
        triage: Triage | None = None,
        sorting_said_after_s: float = SORTING_SAID_AFTER_S,
        accounts_check_s: float = ACCOUNTS_CHECK_S,
    ) -> None:
        """`triage` runs the engines (a TriageProcess in the window: see its module); the
        worker closes it when it stops. By default they run on the ingest thread."""
        self._store = store
        self._clock = clock
        self._on_status = on_status
        self._on_ingested = on_ingested
        self._backoff = backoff or BackoffPolicy()
        self._poll_wait_s = poll_wait_s
        self._sorting_said_after_s = sorting_said_after_s
        self._accounts_check_s = accounts_check_s
        self._ingestor = Ingestor(store, tz, clock, triage)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._wakers: list[asyncio.Event] = []
        # "Retry now": ends every wait before a retry (not the outbox's waker, which a
        # DING sent or confirmed sets, and must not cut a server's Retry-After short).
        self._retry: asyncio.Event | None = None
        # Touched on the sync thread's loop only.
        self._statuses = AccountStatuses()
        self._halted = False
        # Each account's sync, by account id (on the loop); those ended for a removal from
        # the window (see end_account), which the look for new accounts leaves alone.
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._ended: set[int] = set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="desk-sync", daemon=True)
        self._thread.start()
        self._started.wait(5)

    def stop(self, timeout: float = 10.0) -> None:
        if self._stop is not None:
            self._soon(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._ingestor.close()

    def _run(self) -> None:
        asyncio.run(self._main())
        if self._halted:
            # Nothing more to triage until desk starts again: its process goes now.
            self._ingestor.close()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        # Store work (ingest) always on one thread: the database keeps a connection per
        # thread, and asyncio's default pool would spread batches over several.
        self._loop.set_default_executor(
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-ingest")
        )
        self._stop = asyncio.Event()
        self._retry = asyncio.Event()
        self._started.set()
        stop_watching = self._store.damage.subscribe(self._on_damage)
        try:
            if self._damaged():  # found before this worker started
                self._halt()
            await self._sync_accounts()
        finally:
            stop_watching()

    async def _sync_accounts(self) -> None:
        """Syncs every account until desk stops, or sync halts."""
        assert self._stop is not None
        accounts = await self._accounts()
        if accounts is None:  # stopped while the store failed
            return
        if not accounts:
            # Adding one starts a new worker (desk.app.sync_host): until then, this is all.
            self._on_status(SyncStatus(SyncState.NO_ACCOUNT, self._clock.now()))
        tasks = self._tasks
        self._wakers = []

        def start(found: list[AccountRef]) -> None:
            for account in found:
                if account.id in self._ended:
                    continue  # being removed from the window (see end_account)
                # An ended sync under an id the store holds: its account was removed (see
                # _gone) and another added since took its id again (SQLite gives the
                # highest one again): `desk account remove 2` then `add`, never synced.
                if account.id not in tasks or tasks[account.id].done():
                    waker = asyncio.Event()
                    self._wakers.append(waker)
                    tasks[account.id] = asyncio.create_task(self._account_loop(account, waker))

        start(accounts)
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self._accounts_check_s)
            if self._stop.is_set() or self._halted:
                break
            # One added beside the running window (`desk account add`) syncs now, as a
            # removal ends its sync; one removed since keeps its ended task, restarted only
            # for an account added under its id.
            try:
                start(await asyncio.to_thread(configured_accounts, self._store))
            except Exception as exc:
                # A busy or failing store: looked at again next time, the syncs running on
                # (each says its own store errors).
                log.info("new accounts not looked for (%s)", type(exc).__name__)
        await self._stop.wait()
        for task in tasks.values():
            task.cancel()
        await asyncio.gather(*tasks.values(), return_exceptions=True)

    async def _accounts(self) -> list[AccountRef] | None:
        """The accounts to sync. A store that fails here (a full disk, a read-only file)
        is said in the status and the log, and tried again with back-off: without this the
        sync thread ended and the window said "starting" for ever. A damaged one halts
        sync (see _halt)."""
        assert self._stop is not None
        failed = FailedAttempts()
        while not self._stop.is_set():
            try:
                return await asyncio.to_thread(ensure_default_account, self._store, self._clock)
            except SQLAlchemyError as exc:
                if self._damaged():
                    return None
                attempt = failed.failed()
                cause = failure_cause(exc)
                log.error("store error %s (%s) before syncing", type(exc).__name__, cause)
                delay = self._backoff.delay(attempt, rand=random.random())
                self._on_status(
                    SyncStatus(SyncState.OFFLINE, self._clock.now(), f"store_{cause}", delay)
                )
                if await self._wait_or_retry(delay, self._stop):
                    failed.asked()
        return None

    def end_account(self, account_id: int, timeout: float = 10.0) -> None:
        """Ends the sync of an account about to be removed from the window, and waits
        until it has ended and what it was storing is stored: a CLI removal reached the
        running sync only when its next store write failed, up to 15 s later. Its status
        goes from the status bar. Not on the sync thread; returns at once when sync is
        not running."""
        loop = self._loop
        if loop is None or not loop.is_running():
            return
        future = asyncio.run_coroutine_threadsafe(self._end_account(account_id), loop)
        try:
            future.result(timeout)
        except (concurrent.futures.TimeoutError, concurrent.futures.CancelledError):
            # Stopped meanwhile, or stuck: the removal goes ahead (a sync that writes to
            # the removed account ends on its own, see _gone).
            log.info("account %d: its sync did not end in %.0f s", account_id, timeout)

    async def _end_account(self, account_id: int) -> None:
        self._ended.add(account_id)
        task = self._tasks.get(account_id)
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        # A batch of it still being stored on the ingest thread (one thread, in order)
        # is stored before the removal starts; then its triage engine goes, which stayed
        # in the triage process for the rest of the session (a CLI removal loses it at
        # its first refused write).
        try:
            await asyncio.get_running_loop().run_in_executor(
                None, self._ingestor.forget, account_id
            )
        except Exception as exc:  # the engine is no reason not to remove the account
            log.info("account %d: its triage engine stays (%s)", account_id, type(exc).__name__)
        shown = self._statuses.drop(account_id)
        if not self._halted:
            self._on_status(shown or SyncStatus(SyncState.NO_ACCOUNT, self._clock.now()))

    def resume_account(self, account_id: int) -> None:
        """After a removal from the window: the account, if still there (the removal
        failed), syncs again from the next look for accounts."""
        self._soon(lambda: self._ended.discard(account_id))

    def _on_damage(self, _found: DamageFound) -> None:
        """The store met damage, on whichever thread read it: sync halts on its own."""
        self._soon(self._halt)

    def _halt(self) -> None:
        """Stops syncing a damaged store, once: each retry failed on the same page, in a
        loop of failures in the log, and nothing more may be written to it anyway. The
        status says why for as long as desk runs."""
        if self._halted:
            return
        self._halted = True
        assert self._stop is not None
        log.error("sync stopped: the database is damaged (it resumes once desk starts again)")
        self._on_status(SyncStatus(SyncState.STOPPED, self._clock.now(), "store_corrupt"))
        self._stop.set()

    def _damaged(self) -> bool:
        """Whether the store was found damaged: sync halts (see _halt), with no retry."""
        return self._store.damage.found is not None

    def retry_now(self) -> None:
        """Ends a wait before retrying (the user asked to try again now)."""
        if self._retry is not None and not self._halted:
            self._soon(self._retry.set)

    async def _wait_or_retry(self, delay: float, *also: asyncio.Event) -> bool:
        """Sleeps `delay`, or less when told to retry now (or one of `also` is set);
        whether the user asked to retry now."""
        retry = self._retry
        assert retry is not None
        waits = [asyncio.ensure_future(e.wait()) for e in (retry, *also)]
        try:
            await asyncio.wait(waits, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            # Seen done even when another account's wait has cleared the press already.
            asked = waits[0].done()
        finally:
            for w in waits:
                w.cancel()
        # Answered: every wait it found has ended (a press made while a try was under way
        # ends the wait after it at once, as the user asked).
        retry.clear()
        return asked

    def wake(self) -> None:
        """Sends what was just queued in the outbox now, not after the current long poll."""
        if not self._halted:
            for waker in self._wakers:
                self._soon(waker.set)

    def _soon(self, callback: Callable[[], object]) -> None:
        """Runs `callback` on the sync thread's loop, if it still runs: it ends when sync
        halts, and a DING confirmed on a damaged store then asked to send from a Qt slot,
        whose RuntimeError skipped the slot's refresh."""
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(callback)

    async def _flush_on_wake(
        self, connector: Connector, account: AccountRef, waker: asyncio.Event, lock: asyncio.Lock
    ) -> None:
        while True:
            await waker.wait()
            waker.clear()
            async with lock:
                try:
                    await self._flush(connector, account)
                except (ConnectorError, OSError, TimeoutError, SQLAlchemyError) as exc:
                    # The sync loop retries with back-off; nothing queued is lost.
                    log.info("account %d: outbox waits (%s)", account.id, type(exc).__name__)

    async def _account_loop(self, account: AccountRef, waker: asyncio.Event) -> None:
        """Syncs the account until desk stops; signed in again after a refusal, it syncs
        on as the account now stands (its server may have moved with the new sign-in)."""
        current: AccountRef | None = account
        while current is not None and await self._sync_account(current, waker):
            log.info("account %d: signed in again, its sync resumes", account.id)
            current = await asyncio.to_thread(_account_ref, self._store, account.id)

    async def _sync_account(self, account: AccountRef, waker: asyncio.Event) -> bool:
        """Whether the account was signed in again after a refusal (sync it afresh)."""
        # What the connector signs in with: new ones, later, mean the user signed in again.
        signed_in_with = await asyncio.to_thread(CredentialStore(self._store).load, account.id)
        connector = connect(account, self._clock, self._store)
        failed = FailedAttempts()
        again = False
        self._status(account, SyncState.SYNCING)
        lock = asyncio.Lock()
        flusher = asyncio.create_task(self._flush_on_wake(connector, account, waker, lock))
        # Whether messages stored unsorted by other rules may wait to be sorted again.
        resorting = True
        # Whether this account has caught up once since it started syncing here.
        caught_up = False
        try:
            while True:
                try:
                    wait = (
                        0.0
                        if failed.count or resorting or not self._synced_once(account)
                        else self._poll_wait_s
                    )
                    async with lock:
                        await self._flush(connector, account)
                    # Each batch is reported as it commits: during a flood the server
                    # keeps saying `more`, and the inbox must not wait for the end.
                    await sync_account_once(
                        connector,
                        account,
                        self._store,
                        self._ingestor,
                        wait,
                        self._report,
                        functools.partial(self._sorting, account),
                        self._sorting_said_after_s,
                    )
                    failed.succeeded()
                    if not caught_up:
                        caught_up = True
                        self._on_ingested(IngestResult(account.id, 0, caught_up=True))
                    self._status(account, SyncState.UP_TO_DATE)
                    # Looked for after every poll, not only until the first ran out: an
                    # account made shared meanwhile (sync.accounts.set_shared, from the
                    # window or `desk account shared`) gives its messages back to sorting.
                    # One read of a partial index when there are none.
                    resorting = await self._resort(account)
                except AuthError as exc:
                    log.warning("account %d: credentials refused (%s)", account.id, exc.reason)
                    self._status(account, SyncState.SIGN_IN, exc.reason)
                    again = await self._until_signed_in_again(account, signed_in_with)
                    break
                except ConnectorError as exc:
                    failed.failed()
                    await self._wait_retry(account, failed, exc.reason, exc.retry_after_s)
                except (OSError, TimeoutError) as exc:
                    failed.failed()
                    log.warning("account %d: network error %s", account.id, type(exc).__name__)
                    await self._wait_retry(account, failed, "network", None)
                except TriageUnavailable as exc:
                    # Nothing of the batch was stored; a new triage process takes it again.
                    failed.failed()
                    log.error("account %d: %s", account.id, exc)
                    await self._wait_retry(account, failed, "triage", None)
                except TriageFailed as exc:
                    # The engine raised on this batch: nothing was stored. Tried again, the
                    # messages it fails on are stored without it (see set_aside); failing
                    # still (an engine that fails on everything), the status says so
                    # instead of syncing for ever. The log gets where it failed, not the
                    # message's text.
                    attempt = failed.failed()
                    if attempt == 1:
                        log.error(
                            "account %d: triage failed\n%s", account.id, where_failed(str(exc))
                        )
                    else:  # the same batch again: where was logged once
                        log.error("account %d: triage failed again (%d)", account.id, attempt)
                    await self._wait_retry(account, failed, "triage_failed", None)
                except SQLAlchemyError as exc:
                    if self._damaged():
                        return False
                    gone = isinstance(exc, NoResultFound)
                    if gone and _account_ref(self._store, account.id) is None:
                        # Removed (`desk account remove` beside the running window): its
                        # sync ends, with no "database failed" for what was meant, and the
                        # window re-reads a store without its groups.
                        self._gone(account)
                        return False
                    # A full disk, a locked or read-only file: nothing was committed, so
                    # retrying is safe. The status says which (store_read_only, ...).
                    failed.failed()
                    cause = failure_cause(exc)
                    log.error(
                        "account %d: store error %s (%s)", account.id, type(exc).__name__, cause
                    )
                    await self._wait_retry(account, failed, f"store_{cause}", None)
                except Exception:
                    if self._damaged():  # met on the driver's own cursor
                        return False
                    # Anything else ended the account's task without a word, its status
                    # "syncing" for ever (an event from year 33658). Said, logged where it
                    # failed (never the text of a message), and tried again with back-off.
                    attempt = failed.failed()
                    if attempt == 1:
                        log.error(
                            "account %d: sync failed\n%s", account.id, where_failed(format_exc())
                        )
                    await self._wait_retry(account, failed, "sync_failed", None)
        finally:
            flusher.cancel()
            await asyncio.gather(flusher, return_exceptions=True)
            await connector.close()
        return again

    async def _resort(self, account: AccountRef) -> bool:
        """Sorts again a slice of what was stored unsorted by other rules than these (see
        Ingestor.resort) on the ingest thread, reported once it commits; whether more may
        wait. One slice between polls, each after what the server had: the whole lot at
        the start held back the first poll, 20 messages a hung triage process takes 30 s
        on each held a DING for 20 minutes. What fails is logged and waits for the next
        start: sync goes on."""
        try:
            result = await asyncio.to_thread(self._ingestor.resort, account.id)
        except Exception:
            if not self._damaged():
                log.error(
                    "account %d: messages stored unsorted not sorted again\n%s",
                    account.id,
                    where_failed(format_exc()),
                )
            return False
        if result is None:
            return False
        self._report(result)
        return True

    async def _until_signed_in_again(self, account: AccountRef, refused: Mapping[str, str]) -> bool:
        """After a refused sign-in: whether the account got new credentials (signed in
        again from the window or with `desk account add`), looked for every little while;
        False once desk stops or the account is gone (the window then re-reads without it)."""
        stop = self._stop
        assert stop is not None  # set before any account's sync starts
        while not stop.is_set():
            await self._wait_or_retry(SIGN_IN_CHECK_S, stop)
            if stop.is_set():
                return False
            if await asyncio.to_thread(_account_ref, self._store, account.id) is None:
                self._gone(account)
                return False
            now = await asyncio.to_thread(CredentialStore(self._store).load, account.id)
            if now and now != refused:
                return True
        return False

    def _gone(self, account: AccountRef) -> None:
        """The account was removed (`desk account remove` beside the running window): its
        sync ends, and the window re-reads a store without its groups."""
        log.info("account %d was removed: its sync ends", account.id)
        shown = self._statuses.drop(account.id)
        self._on_status(shown or SyncStatus(SyncState.NO_ACCOUNT, self._clock.now()))
        self._on_ingested(IngestResult(account.id, 0))

    async def _flush(self, connector: Connector, account: AccountRef) -> None:
        """Sends the outbox; what the server refused for good is reported as news: the
        user confirmed a DING, sent one, or replied, and it never reached the group. Reported also
        when a later item fails and raises: a refused item is not sent again, so this is
        the only time to say so."""
        refused: list[OutboxItem] = []
        sent: list[OutboxItem] = []
        try:
            await flush_outbox(
                connector,
                account.id,
                self._store,
                self._clock,
                refused=refused,
                sent_items=sent,
                not_sending=self._statuses.not_sending(),
            )
        finally:
            if sent and len(self._wakers) > 1:
                # Another account's item to the same room may have waited behind these
                # (outbox.held_behind_others): it goes now, not after its long poll.
                self.wake()
            # A confirmation made offline (its sending failed before), sent now: its
            # card's 待发送 goes, and the status bar says it went (no batch may follow to
            # re-read the card). One sent at once needs no word: "the sender will see it"
            # was said as it was confirmed.
            sent_confirmations = sum(item.ack_of is not None and item.attempts > 0 for item in sent)
            if refused or sent_confirmations:
                confirmations = sum(item.ack_of is not None for item in refused)
                dings = sum(item.ding is not None for item in refused)
                self._report(
                    IngestResult(
                        account.id,
                        0,
                        refused_confirmations=confirmations,
                        refused_dings=dings,
                        refused_replies=len(refused) - confirmations - dings,
                        sent_confirmations=sent_confirmations,
                    )
                )

    def _report(self, result: IngestResult) -> None:
        if (
            result.new_messages
            or result.bad_items
            or result.changed_messages
            or result.confirmations
            or result.refused_confirmations
            or result.sent_confirmations
            or result.refused_dings
            or result.refused_replies
        ):
            self._on_ingested(result)

    def _sorting(self, account: AccountRef, batch: SyncBatch) -> None:
        """The batch waits to be sorted beyond the usual (a triage process stuck, a slow
        disk): the status says so, and how many new messages, until the next is said."""
        self._status(account, SyncState.SORTING, unsorted=len(batch.messages))

    def _synced_once(self, account: AccountRef) -> bool:
        return _cursor(self._store, account.id) is not None

    async def _wait_retry(
        self,
        account: AccountRef,
        failed: FailedAttempts,
        reason: str,
        retry_after_s: float | None,
    ) -> None:
        """Waits out the back-off, or until the user asks to retry now (the try that
        follows then does not count against the back-off if it fails)."""
        attempt = failed.count
        delay = self._backoff.delay(
            attempt,
            retry_after_s=retry_after_s,
            rand=random.random(),
            unreachable=reason == "network",
        )
        log.info(
            "account %d: sync failed (%s); retry %d in %.1f s", account.id, reason, attempt, delay
        )
        self._status(account, SyncState.OFFLINE, reason, delay)
        if await self._wait_or_retry(delay):
            failed.asked()
        self._status(account, SyncState.SYNCING)

    def _status(
        self,
        account: AccountRef,
        state: SyncState,
        reason: str | None = None,
        retry: float | None = None,
        unsorted: int = 0,
    ) -> None:
        """Says the status that now stands for all accounts, this one's just changed; once
        sync halted, the halt's stands."""
        if self._halted:
            return
        status = SyncStatus(state, self._clock.now(), reason, retry, unsorted=unsorted)
        self._on_status(self._statuses.set(account.id, account.label, status))
