"""The sync worker thread: statuses, retries with back-off, clean stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy import func, select

from desk.connectors.protocol import (
    AuthError,
    ConnectorError,
    DingRequest,
    Outgoing,
    SendResult,
    SyncBatch,
)
from desk.core.backoff import BackoffPolicy
from desk.core.clock import Clock, ManualClock
from desk.core.triage_config import TriageConfig
from desk.store import escalations
from desk.store.credentials import CredentialStore
from desk.store.inbox import InboxQueries, View
from desk.store.models import Account, Message
from desk.store.store import Store, open_store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import IngestResult
from desk.sync.outbox import enqueue
from desk.sync.status import SyncState, SyncStatus
from desk.sync.triage_process import LocalTriage, TriageFailed, TriageProcess
from desk.sync.worker import SyncWorker
from tests.conftest import PASSPHRASE, SHANGHAI
from tests.helpers.connectors import BatchesOnly
from tests.helpers.damaged_store import TEXT_INDEX, damage_inside
from tests.helpers.group_posts import post as _post
from tests.helpers.read_only_store import make_read_only
from tests.sync.test_ingest import _batch, _column, _groups


class _Recorder:
    def __init__(self) -> None:
        self.statuses: list[SyncStatus] = []
        self.ingested: list[IngestResult] = []
        self.up_to_date = threading.Event()

    def status(self, status: SyncStatus) -> None:
        self.statuses.append(status)
        if status.state is SyncState.UP_TO_DATE:
            self.up_to_date.set()


def test_worker_syncs_the_demo_and_stops_cleanly(store: Store, clock: ManualClock) -> None:
    seen = _Recorder()
    worker = SyncWorker(store, clock, SHANGHAI, seen.status, seen.ingested.append)
    worker.start()
    try:
        assert seen.up_to_date.wait(30)
    finally:
        worker.stop()
    assert seen.statuses[0].state is SyncState.SYNCING
    assert sum(r.new_messages for r in seen.ingested) >= 300
    # Once drained, said once: what waits on what came while desk was closed (a sent
    # DING's deadline that passed meanwhile) is judged then.
    (caught_up,) = [r for r in seen.ingested if r.caught_up]
    assert seen.ingested.index(caught_up) > 0
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) >= 300


def test_messages_given_back_to_sorting_while_syncing_are_sorted_again(
    store: Store, clock: ManualClock
) -> None:
    # An account said shared beside the running window (sync.accounts.set_shared) gives
    # what its id sent back to sorting: sorted only at the next start of desk, the duty
    # room's urgent notice stayed the user's own, silent, for the day.
    seen = _Recorder()
    marked = threading.Event()
    resorted = threading.Event()
    # Past the first polls, and so the sorting again of what the start found (none).
    polled_on = threading.Event()

    def status(status: SyncStatus) -> None:
        seen.status(status)
        if sum(s.state is SyncState.UP_TO_DATE for s in seen.statuses) >= 3:
            polled_on.set()

    def ingested(result: IngestResult) -> None:
        seen.ingested.append(result)
        if marked.is_set() and result.changed_messages:
            resorted.set()

    worker = SyncWorker(store, clock, SHANGHAI, status, ingested, poll_wait_s=0.01)
    worker.start()
    try:
        assert polled_on.wait(30)
        with store.transaction() as session:
            row = session.scalars(select(Message).order_by(Message.id).limit(1)).one()
            row.unsorted_by = ""
            given_back = row.id
        marked.set()
        assert resorted.wait(30)
    finally:
        worker.stop()
    with store.sessions() as session:
        assert session.get_one(Message, given_back).unsorted_by is None


def test_an_account_removed_while_syncing_ends_its_sync_without_a_store_error(
    store: Store, clock: ManualClock
) -> None:
    ended = threading.Event()
    seen = _Recorder()

    def status(status: SyncStatus) -> None:
        seen.status(status)
        if status.state is SyncState.OFFLINE:
            ended.set()

    class _Ended(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "was removed" in record.getMessage():
                ended.set()

    handler = _Ended()
    logger = logging.getLogger("desk.sync")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    worker = SyncWorker(store, clock, SHANGHAI, status, seen.ingested.append, poll_wait_s=0.01)
    worker.start()
    try:
        assert seen.up_to_date.wait(30)
        # As `desk account remove` does beside the running window.
        with store.transaction() as session:
            for account in session.scalars(select(Account)):
                session.delete(account)
        assert ended.wait(30)
    finally:
        worker.stop()
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert not [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    # The window is told to re-read a store without the account's groups.
    assert seen.ingested[-1].new_messages == 0
    # And that none is left to sync: not "up to date", which said syncing went on.
    assert seen.statuses[-1].state is SyncState.NO_ACCOUNT


def test_with_no_account_to_sync_the_first_round_says_so(
    store: Store, clock: ManualClock, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The administrator turned the demo off and no account was added: nothing was said,
    # and the window said "Starting…" for as long as it ran (IT).
    policy = tmp_path / "policy.toml"
    policy.write_text("[accounts]\ndemo = false\n", "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    said = threading.Event()
    seen = _Recorder()

    def status(status: SyncStatus) -> None:
        seen.status(status)
        said.set()

    worker = SyncWorker(store, clock, SHANGHAI, status, seen.ingested.append)
    worker.start()
    try:
        assert said.wait(30)
    finally:
        worker.stop()
    assert [s.state for s in seen.statuses] == [SyncState.NO_ACCOUNT]


def _account_of(
    store: Store, monkeypatch: Any, connector: Any, config: Mapping[str, Any] | None = None
) -> int:
    """An account synced through `connector`, a connector kind registered for the test."""
    from desk.connectors import registry

    real = registry.available
    monkeypatch.setattr(registry, "available", lambda: {**real(), connector.kind: connector})
    with store.transaction() as session:
        account = Account(
            kind=connector.kind, label=connector.kind, config=dict(config or {}), created_ms=0
        )
        session.add(account)
        session.flush()
        return account.id


class _FlakyConnector(BatchesOnly):
    """Fails twice like a dropped network, then answers; the second failure asks for a pause."""

    kind: ClassVar[str] = "flaky"
    calls = 0

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        type(self).calls += 1
        if self.calls == 1:
            raise ConnectionResetError
        if self.calls == 2:
            raise ConnectorError("rate_limited", retry_after_s=0.0)
        if cursor is None:
            return _batch(self._clock.now(), ["x1", "x2"])
        return SyncBatch(next_cursor=cursor)


def test_failures_show_offline_with_a_reason_then_recover(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    _account_of(store, monkeypatch, _FlakyConnector)
    seen = _until_up_to_date(store, clock)
    offline = [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    assert [s.reason for s in offline[:2]] == ["network", "rate_limited"]
    assert sum(r.new_messages for r in seen.ingested) == 2


def _until_up_to_date(store: Store, clock: ManualClock) -> _Recorder:
    """Runs a worker that retries at once until it first reports being up to date."""
    seen = _Recorder()
    worker = _eager_worker(store, clock, seen)
    worker.start()
    try:
        assert seen.up_to_date.wait(30)
    finally:
        worker.stop()
    return seen


def _until_offline(store: Store, clock: ManualClock, **worker: Any) -> _Recorder:
    """Runs a worker until it first reports being offline (its retry is a minute away)."""
    offline = threading.Event()
    seen = _Recorder()

    def status(status: SyncStatus) -> None:
        seen.status(status)
        if status.state is SyncState.OFFLINE:
            offline.set()

    running = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        seen.ingested.append,
        backoff=BackoffPolicy(initial_s=60.0, jitter=0.0),
        **worker,
    )
    running.start()
    try:
        assert offline.wait(30)
    finally:
        running.stop()
    return seen


class _MutedConnector(_FlakyConnector):
    """A server whose groups let only their admins post: it refuses all the user sends."""

    kind: ClassVar[str] = "muted"

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        return SyncBatch(next_cursor=cursor or "c1")

    async def send(self, item: Outgoing) -> SendResult:
        raise ConnectorError("rejected")


def test_what_the_server_refuses_to_send_is_reported_as_news(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # A confirmation refused for good was only logged: the user took their DING as
    # confirmed, and its sender never heard.
    account_id = _account_of(store, monkeypatch, _MutedConnector)
    enqueue(store, account_id, "g", "", clock=clock, ack_of="$ding")
    enqueue(store, account_id, "g", "请立即报送", clock=clock, ding=DingRequest(None, None))
    seen = _until_up_to_date(store, clock)
    refused = [r for r in seen.ingested if r.refused_confirmations or r.refused_dings]
    assert [(r.refused_confirmations, r.refused_dings) for r in refused] == [(1, 1)]


def test_a_refused_reply_is_reported_as_a_reply_not_as_a_ding(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # The reply box keeps what the user wrote when the group turns it down: told that a
    # reply, not a DING, did not reach the group.
    account_id = _account_of(store, monkeypatch, _MutedConnector)
    enqueue(store, account_id, "g", "各村数字已核对", clock=clock, reply_to="$task")
    seen = _until_up_to_date(store, clock)
    refused = [r for r in seen.ingested if r.refused_replies or r.refused_dings]
    assert [(r.refused_replies, r.refused_dings) for r in refused] == [(1, 0)]


class _MutedThenDroppedConnector(_MutedConnector):
    """Refuses the user's confirmation for good, then drops the network once on the DING
    queued after it."""

    kind: ClassVar[str] = "muted-then-dropped"
    sends = 0

    async def send(self, item: Outgoing) -> SendResult:
        type(self).sends += 1
        if item.ack_of is not None:
            raise ConnectorError("rejected")
        if self.sends == 2:
            raise ConnectorError("network")
        return SendResult(remote_id=f"$sent{self.sends}")


def test_a_refusal_is_reported_when_the_network_drops_on_the_next_item(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # The outbox marked the confirmation failed, then raised on the drop: the report of
    # the refusal went with it, and the next flush no longer sees a failed item.
    account_id = _account_of(store, monkeypatch, _MutedThenDroppedConnector)
    enqueue(store, account_id, "g", "", clock=clock, ack_of="$ding")
    enqueue(store, account_id, "g", "请立即报送", clock=clock, ding=DingRequest(None, None))
    seen = _until_up_to_date(store, clock)
    assert sum(r.refused_confirmations for r in seen.ingested) == 1
    assert sum(r.refused_dings for r in seen.ingested) == 0


class _BackOnlineConnector(_MutedConnector):
    """Cannot send at first (the network down), then sends."""

    kind: ClassVar[str] = "back-online"
    sends = 0

    async def send(self, item: Outgoing) -> SendResult:
        type(self).sends += 1
        if self.sends == 1:
            raise ConnectorError("network")
        return SendResult(remote_id=f"$sent{self.sends}")


def test_a_confirmation_made_offline_is_reported_sent_when_it_goes(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # Confirmed offline, its card said 待发送 (IT tester): once it goes, the window is
    # told, to re-read the card and say 已发送, though no message may come with it.
    account_id = _account_of(store, monkeypatch, _BackOnlineConnector)
    enqueue(store, account_id, "g", "", clock=clock, ack_of="$ding")
    seen = _until_up_to_date(store, clock)
    assert sum(r.sent_confirmations for r in seen.ingested) == 1


class _DownConnector(_FlakyConnector):
    """A server that cannot be reached at all."""

    kind: ClassVar[str] = "down"

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        raise ConnectionRefusedError


def _retry_now_tries_again(store: Store, clock: ManualClock) -> None:
    """Runs a worker until it is offline with ten minutes to wait, presses "retry now",
    and sees it try again (offline a second time) at once."""
    tries = [threading.Event(), threading.Event()]
    seen: list[SyncStatus] = []

    def status(status: SyncStatus) -> None:
        seen.append(status)
        offline = [s for s in seen if s.state is SyncState.OFFLINE]
        for i in range(min(len(offline), 2)):
            tries[i].set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        lambda _r: None,
        backoff=BackoffPolicy(initial_s=600.0, jitter=0.0),
    )
    worker.start()
    try:
        assert tries[0].wait(30)
        worker.retry_now()
        assert tries[1].wait(30)
    finally:
        worker.stop()


def test_retry_now_ends_the_back_off_wait(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    _account_of(store, monkeypatch, _DownConnector)
    _retry_now_tries_again(store, clock)


def test_retry_now_while_the_server_is_down_leaves_the_next_wait_as_it_was(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # A tester's press of 现在重试 at retry 7 (71 s) made the next wait 151 s: desk synced
    # two minutes after the server was back.
    _account_of(store, monkeypatch, _DownConnector)
    offline: list[SyncStatus] = []
    tries = [threading.Event(), threading.Event()]

    def status(status: SyncStatus) -> None:
        if status.state is SyncState.OFFLINE:
            offline.append(status)
            tries[min(len(offline), 2) - 1].set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        lambda _r: None,
        backoff=BackoffPolicy(initial_s=10.0, jitter=0.0),
    )
    worker.start()
    try:
        assert tries[0].wait(30)
        worker.retry_now()
        assert tries[1].wait(30)
    finally:
        worker.stop()
    assert [s.retry_in_s for s in offline] == [10.0, 10.0]


def test_retry_now_works_while_the_store_fails_before_the_first_sync(
    store: Store, clock: ManualClock
) -> None:
    make_read_only(store)  # no account yet: making the default one fails
    _retry_now_tries_again(store, clock)


class _TokenConnector(_FlakyConnector):
    """Refuses the sign-in while its token is the revoked one."""

    kind: ClassVar[str] = "token"

    def __init__(self, clock: Clock, token: str) -> None:
        super().__init__(clock)
        self._token = token

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        if self._token == "revoked":
            raise AuthError("unknown_token")
        return SyncBatch(next_cursor=cursor or "c1")

    servers: ClassVar[list[str]] = []

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> _TokenConnector:
        cls.servers.append(str(config.get("homeserver")))
        return cls(clock, secrets.get("access_token", ""))


def test_an_account_signed_in_again_elsewhere_syncs_on_without_a_restart(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    account_id = _account_of(store, monkeypatch, _TokenConnector, {"homeserver": "https://old"})
    CredentialStore(store).save(account_id, {"access_token": "revoked"})
    refused, synced = threading.Event(), threading.Event()

    def status(status: SyncStatus) -> None:
        if status.state is SyncState.SIGN_IN:
            refused.set()
        elif status.state is SyncState.UP_TO_DATE and refused.is_set():
            synced.set()

    worker = SyncWorker(store, clock, SHANGHAI, status, lambda _r: None, poll_wait_s=0.01)
    worker.start()
    try:
        assert refused.wait(30)
        # `desk account add` for the same user, beside the running window, at the
        # server's new address.
        with store.transaction() as session:
            session.get_one(Account, account_id).config = {"homeserver": "https://new"}
        CredentialStore(store).save(account_id, {"access_token": "fresh"})
        worker.retry_now()  # rather than waiting for the next look
        assert synced.wait(30)
    finally:
        worker.stop()
    assert _TokenConnector.servers[-1] == "https://new"


def test_an_account_removed_while_its_sign_in_is_refused_leaves_the_window(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    account_id = _account_of(store, monkeypatch, _TokenConnector)
    CredentialStore(store).save(account_id, {"access_token": "revoked"})
    refused, told = threading.Event(), threading.Event()
    ingested: list[IngestResult] = []

    def status(status: SyncStatus) -> None:
        if status.state is SyncState.SIGN_IN:
            refused.set()

    def on_ingested(result: IngestResult) -> None:
        ingested.append(result)
        told.set()

    worker = SyncWorker(store, clock, SHANGHAI, status, on_ingested, poll_wait_s=0.01)
    worker.start()
    try:
        assert refused.wait(30)
        with store.transaction() as session:
            session.delete(session.get_one(Account, account_id))
        worker.retry_now()
        assert told.wait(30)  # the window re-reads a store without its groups
    finally:
        worker.stop()
    assert ingested == [IngestResult(account_id, 0)]


def test_a_read_only_database_shows_offline_with_that_cause(
    store: Store, clock: ManualClock
) -> None:
    ensure_default_account(store, clock)  # made while the database could still be written
    make_read_only(store)
    seen = _until_offline(store, clock)
    (first,) = [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    assert first.reason == "store_read_only"
    assert not seen.ingested


def test_a_store_that_fails_before_the_first_sync_shows_offline_not_starting_for_ever(
    store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    # No account yet: the worker's first write (the demo account) is refused. A damaged
    # file fails the same way, here, and had ended the sync thread without a word.
    make_read_only(store)
    seen = _until_offline(store, clock)
    (first,) = [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    assert first.reason == "store_read_only"
    assert "before syncing" in caplog.text


class _FailingTriage(LocalTriage):
    """An engine with a bug: it raises on every batch, as the triage process reports it."""

    def pipeline(self, account_id: int, chunks: Any, each: Any) -> None:
        # As traceback.format_exc() words a chained failure with a note: each of its
        # messages may quote the text being triaged.
        raise TriageFailed(
            "triage process failed in process: Traceback (most recent call last):\n"
            '  File "engine.py", line 1, in process\n'
            "ValueError: invalid literal for int() with base 10: '请各村今'\n\n"
            "During handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n"
            '  File "engine.py", line 3, in process\n'
            "KeyError: 请各村立即上报\n"
            "第二行：今天下班前\n"
            "while parsing 请各村立即上报"
        )


def test_a_triage_failure_shows_offline_and_logs_where_not_what(
    store: Store, clock: ManualClock, caplog: Any
) -> None:
    with caplog.at_level("ERROR", logger="desk"):
        seen = _until_offline(store, clock, triage=_FailingTriage())
    (first,) = [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    assert first.reason == "triage_failed"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert 'File "engine.py", line 1, in process' in logged
    assert 'File "engine.py", line 3, in process' in logged
    assert "ValueError" in logged and "KeyError" in logged
    assert "请各村" not in logged and "下班前" not in logged


class _BuggyConnector(_FlakyConnector):
    """Raises what no one foresaw once (an event from the year 33658), then answers."""

    kind: ClassVar[str] = "buggy"
    # Its own count: the flaky connector's, inherited, is past 1 once its test has run.
    calls = 0

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        type(self).calls += 1
        if self.calls == 1:
            raise ValueError("year 33658 is out of range: 请各村下班前报送")
        return SyncBatch(next_cursor="c1")


def test_an_unforeseen_error_is_said_logged_and_retried_not_syncing_for_ever(
    store: Store, clock: ManualClock, monkeypatch: Any, caplog: Any
) -> None:
    # It ended the account's task without a word: the status said "syncing" for ever,
    # and no message or DING came again until desk was restarted.
    monkeypatch.setattr(_BuggyConnector, "calls", 0)
    _account_of(store, monkeypatch, _BuggyConnector)
    with caplog.at_level("ERROR", logger="desk"):
        seen = _until_up_to_date(store, clock)
    (offline,) = [s for s in seen.statuses if s.state is SyncState.OFFLINE]
    assert offline.reason == "sync_failed"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "in sync" in logged
    assert "请各村" not in logged


class _ServerErrorConnector:
    """A server that answers 503 to everything."""

    kind: ClassVar[str] = "down"

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        raise ConnectorError("server_error")

    async def send(self, item: Outgoing) -> SendResult:
        raise ConnectorError("server_error")

    async def close(self) -> None:
        return None

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> _ServerErrorConnector:
        return cls()


def test_with_two_accounts_one_offline_the_status_stays_offline_and_names_it(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    ensure_default_account(store, clock)  # the demo, which syncs on all the while
    _account_of(store, monkeypatch, _ServerErrorConnector)
    statuses: list[SyncStatus] = []
    ingested: list[IngestResult] = []
    seen_enough = threading.Event()

    def status(status: SyncStatus) -> None:
        statuses.append(status)
        offline = [i for i, s in enumerate(statuses) if s.state is SyncState.OFFLINE]
        # The demo has reported again and again since the other account went offline.
        if offline and len(statuses) - offline[0] > 5 and ingested:
            seen_enough.set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        ingested.append,
        backoff=BackoffPolicy(initial_s=60.0, jitter=0.0),  # no retry during the test
        poll_wait_s=0.01,
    )
    worker.start()
    try:
        assert seen_enough.wait(30)
    finally:
        worker.stop()
    first = next(i for i, s in enumerate(statuses) if s.state is SyncState.OFFLINE)
    after = statuses[first:]
    assert {(s.state, s.reason, s.account) for s in after} == {
        (SyncState.OFFLINE, "server_error", "down")
    }
    assert {s.at for s in after} == {statuses[first].at}  # one countdown, not restarted


class _HeldConnector(_FlakyConnector):
    """A group with one message; then, once `let_through` is set, a notice to three
    villages: what the server holds for desk while its triage process is stuck."""

    kind: ClassVar[str] = "held"
    let_through = threading.Event()

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        now = self._clock.now()
        if cursor is None:
            return SyncBatch("c1", _groups("g"), (_post("first", now, "收到"),))
        if cursor == "c1" and self.let_through.is_set():
            return SyncBatch("c2", (), tuple(_post(f"new{i}", now) for i in range(3)))
        await asyncio.sleep(wait_s)  # a long poll that ended quietly
        return SyncBatch(next_cursor=cursor)


class _StatusLog:
    """The statuses the worker says, and a wait for the next of a state."""

    def __init__(self) -> None:
        self.said: list[SyncStatus] = []
        self._changed = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self._changed:
            self.said.append(status)
            self._changed.notify_all()

    def next(self, state: SyncState, after: int = 0) -> int:
        """Where the first status in `state` after the `after`th is, once said."""
        with self._changed:
            found = self._changed.wait_for(
                lambda: [i for i, s in enumerate(self.said) if i >= after and s.state is state],
                timeout=60,
            )
        assert found, f"no {state} after {self.said[after:]}"
        return found[0]


def held_messages_triaged_by_a_stuck_child(
    store: Store,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    on_status: Callable[[SyncStatus], None],
    on_ingested: Callable[[IngestResult], None],
    until: Callable[[], None],
    backoff: BackoffPolicy,
) -> TriageProcess:
    """Syncs a held account with a real triage process until `until` returns: after the
    first batch (the first UP_TO_DATE it is told of) the child is stopped (SIGSTOP) and
    three new messages let through. The triage process answers in 2 s or is replaced; a
    batch is said to be sorting after 1 s (its child started before: the first batch takes
    milliseconds). Returns the triage process, closed."""
    _account_of(store, monkeypatch, _HeldConnector)
    monkeypatch.setattr(_HeldConnector, "let_through", threading.Event())
    triage = TriageProcess(reply_timeout_s=2.0)
    triage.configure(0, TriageConfig(tz=SHANGHAI))  # started: its start is not in the test
    first = threading.Event()

    def status(status: SyncStatus) -> None:
        if status.state is SyncState.UP_TO_DATE:
            first.set()
        on_status(status)

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        status,
        on_ingested,
        backoff=backoff,
        poll_wait_s=0.05,
        triage=triage,
        sorting_said_after_s=1.0,
    )
    stopped = triage.pid
    assert stopped is not None
    worker.start()
    try:
        assert first.wait(30)
        os.kill(stopped, signal.SIGSTOP)
        _HeldConnector.let_through.set()
        until()
    finally:
        worker.stop()
        with contextlib.suppress(ProcessLookupError):
            os.kill(stopped, signal.SIGCONT)
            os.kill(stopped, signal.SIGKILL)
    return triage


def test_new_messages_held_by_a_stuck_triage_process_are_said_then_arrive(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    # The status said "up to date" for two minutes while new messages waited at the server
    # behind a triage process that never answered: a user waiting for a notice read that
    # there was none.
    said = _StatusLog()
    ingested: list[IngestResult] = []
    steps: dict[str, int] = {}

    def until_the_messages_arrive() -> None:
        steps["up to date"] = said.next(SyncState.UP_TO_DATE)
        steps["sorting"] = said.next(SyncState.SORTING, steps["up to date"])
        steps["failed"] = said.next(SyncState.OFFLINE, steps["sorting"])
        steps["arrived"] = said.next(SyncState.UP_TO_DATE, steps["failed"])

    with caplog.at_level("INFO", logger="desk"):
        held_messages_triaged_by_a_stuck_child(
            store,
            clock,
            monkeypatch,
            said,
            ingested.append,
            until_the_messages_arrive,
            BackoffPolicy(initial_s=0.0, jitter=0.0),
        )
    # The ordinary first batch was not said to be sorting; the stuck one was, with its
    # count, until its triage process was given up.
    assert SyncState.SORTING not in {s.state for s in said.said[: steps["up to date"]]}
    assert said.said[steps["sorting"]].unsorted == 3
    between = {s.state for s in said.said[steps["sorting"] + 1 : steps["failed"]]}
    assert between <= {SyncState.SORTING}
    assert said.said[steps["failed"]].reason == "triage"
    # Taken again by a new child: every message of the batch, once.
    assert sorted(_column(store, Message.tier)) == ["first", "new0", "new1", "new2"]
    assert sum(r.new_messages for r in ingested) == 4
    # Logged once, saying what happened.
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "no answer to process in 2 s" in errors[0]


class _NewsConnector(_FlakyConnector):
    """A server with new messages at every sync: each batch is written to the store (and
    to its text index)."""

    kind: ClassVar[str] = "news"
    calls = 0

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        type(self).calls += 1
        return _batch(self._clock.now(), [f"n{self.calls}"])


class _QuietConnector(_NewsConnector):
    """A server with nothing new: sync only reads the store."""

    kind: ClassVar[str] = "quiet"

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        type(self).calls += 1
        return SyncBatch(next_cursor="c1")


def _damaged_with(store: Store, monkeypatch: Any, connector: Any) -> Store:
    """`store`, with an account synced through `connector`, its text index damaged and
    opened again: the window's reads pass, what writes or searches the text does not."""
    monkeypatch.setattr(connector, "calls", 0)
    _account_of(store, monkeypatch, connector)
    damage_inside(store, TEXT_INDEX)
    return open_store(store.data_dir, PASSPHRASE, backend=fail.Keyring())


def _sync_thread_ends() -> bool:
    """Whether the sync thread ends on its own (its halt needs no stop from outside)."""
    deadline = time.monotonic() + 30
    while any(t.name == "desk-sync" for t in threading.enumerate()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _eager_worker(store: Store, clock: ManualClock, seen: _Recorder) -> SyncWorker:
    """A worker that would retry at once: a store failure looping would show."""
    return SyncWorker(
        store,
        clock,
        SHANGHAI,
        seen.status,
        seen.ingested.append,
        backoff=BackoffPolicy(initial_s=0.0, jitter=0.0),
        poll_wait_s=0.01,
    )


def test_a_batch_meeting_damage_stops_sync_saying_why_without_retrying(
    store: Store, clock: ManualClock, monkeypatch: Any, caplog: Any
) -> None:
    # From a data-safety tester: each round failed on the same damaged page, for ever,
    # and the status bar said only "cannot save to this computer, retrying".
    damaged = _damaged_with(store, monkeypatch, _NewsConnector)
    seen = _Recorder()
    worker = _eager_worker(damaged, clock, seen)
    try:
        with caplog.at_level("INFO", logger="desk"):
            worker.start()
            assert _sync_thread_ends()
    finally:
        worker.stop()
        damaged.close()
    assert seen.statuses[-1].state is SyncState.STOPPED
    assert seen.statuses[-1].reason == "store_corrupt"
    assert all(s.state is not SyncState.OFFLINE for s in seen.statuses)
    assert _NewsConnector.calls == 1, "no retry"
    logged = [r.getMessage() for r in caplog.records]
    assert sum("sync stopped" in line for line in logged) == 1
    assert not [line for line in logged if "retry" in line]
    assert damaged.data_dir.damage_marker.exists()


def test_damage_the_window_meets_stops_sync_too(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    damaged = _damaged_with(store, monkeypatch, _QuietConnector)
    seen = _Recorder()
    worker = _eager_worker(damaged, clock, seen)
    worker.start()
    try:
        assert seen.up_to_date.wait(30)
        # A search in the window reads the damaged page.
        with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
            InboxQueries(damaged.sessions).page(View(search="报送材料"), limit=20)
        assert _sync_thread_ends()
    finally:
        worker.stop()
        damaged.close()
    assert seen.statuses[-1] == SyncStatus(SyncState.STOPPED, clock.now(), "store_corrupt")
    # A DING confirmed afterwards asks to send now, from a Qt slot: its loop has ended.
    worker.wake()
    worker.retry_now()


def test_a_worker_started_on_a_store_found_damaged_does_not_sync(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # An account added after the damage was found starts a new worker.
    damaged = _damaged_with(store, monkeypatch, _QuietConnector)
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError):
        InboxQueries(damaged.sessions).page(View(search="报送材料"), limit=20)
    seen = _Recorder()
    worker = _eager_worker(damaged, clock, seen)
    worker.start()
    try:
        assert _sync_thread_ends()
    finally:
        worker.stop()
        damaged.close()
    assert [s.state for s in seen.statuses] == [SyncState.STOPPED]
    assert _QuietConnector.calls == 0


def test_an_account_added_beside_the_running_window_syncs_without_a_restart(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # `desk account add` while the window ran: nothing of the new account synced in 60 s,
    # and after a restart it did (a tester); a removal reached the window in 15 s.
    first = _account_of(store, monkeypatch, _TokenConnector)
    CredentialStore(store).save(first, {"access_token": "fresh"})
    caught_up: dict[int, threading.Event] = {first: threading.Event()}

    def on_ingested(result: IngestResult) -> None:
        if result.caught_up and result.account_id in caught_up:
            caught_up[result.account_id].set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        lambda _s: None,
        on_ingested,
        poll_wait_s=0.01,
        accounts_check_s=0.05,
    )
    worker.start()
    try:
        assert caught_up[first].wait(30)
        with store.transaction() as session:
            added = Account(kind=_TokenConnector.kind, label="added", config={}, created_ms=0)
            session.add(added)
            session.flush()
            second = added.id
        caught_up[second] = threading.Event()
        CredentialStore(store).save(second, {"access_token": "fresh"})
        assert caught_up[second].wait(30)
    finally:
        worker.stop()


def test_an_account_removed_and_added_again_beside_the_running_window_syncs_again(
    store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    # `desk account remove 2`, then `desk account add` (the same user, to have its marks
    # back, or the right one): the account added took the id 2 again, whose ended sync
    # the window kept as that account's, and nothing of it synced until a restart.
    first = _account_of(store, monkeypatch, _TokenConnector)
    with store.transaction() as session:
        removed = Account(kind=_TokenConnector.kind, label="second", config={}, created_ms=0)
        session.add(removed)
        session.flush()
        second = removed.id
    for account_id in (first, second):
        CredentialStore(store).save(account_id, {"access_token": "fresh"})
    caught_up = {first: threading.Event(), second: threading.Event()}

    def on_ingested(result: IngestResult) -> None:
        if result.caught_up and result.account_id in caught_up:
            caught_up[result.account_id].set()

    worker = SyncWorker(
        store,
        clock,
        SHANGHAI,
        lambda _s: None,
        on_ingested,
        poll_wait_s=0.01,
        accounts_check_s=0.05,
    )
    ended = threading.Event()
    gone = worker._gone

    def said_gone(account: Any) -> None:
        gone(account)
        ended.set()

    monkeypatch.setattr(worker, "_gone", said_gone)
    worker.start()
    try:
        assert caught_up[first].wait(30) and caught_up[second].wait(30)
        with store.transaction() as session:
            escalations.remove_account(session, second)
        assert ended.wait(30), "the removed account's sync ended"
        with store.transaction() as session:
            added = Account(kind=_TokenConnector.kind, label="again", config={}, created_ms=1)
            session.add(added)
            session.flush()
            assert added.id == second  # SQLite gives the highest id again
        caught_up[second] = threading.Event()
        CredentialStore(store).save(second, {"access_token": "fresh"})
        assert caught_up[second].wait(30)
    finally:
        worker.stop()


def test_an_account_removed_takes_its_triage_engine_with_it(
    store: Store, clock: ManualClock
) -> None:
    # Its sync ended, the engine (its messages' shingles, candidates, clauses: all of a
    # busy account's recent history) stayed in the triage process for the rest of the
    # session (frozen there since perf49t). `desk account remove` beside the window lost
    # it already: the first write for the account failed, and ingest forgot its engine.
    seen = _Recorder()
    worker = SyncWorker(store, clock, SHANGHAI, seen.status, seen.ingested.append, poll_wait_s=0.01)
    worker.start()
    try:
        assert seen.up_to_date.wait(30)
        triage = worker._ingestor._triage
        assert isinstance(triage, LocalTriage)
        (demo,) = triage._engines
        worker.end_account(demo)  # desk → 账号… → 移除, before the account is deleted
        assert demo not in triage._engines
    finally:
        worker.stop()
