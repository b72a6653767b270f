"""The one status the status bar shows for several accounts: the worst, and whose."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.sync.status import AccountStatuses, SyncState, SyncStatus
from tests.conftest import SHANGHAI

AT = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)


def _status(state: SyncState, minutes: int = 0, reason: str | None = None) -> SyncStatus:
    return SyncStatus(state, AT + timedelta(minutes=minutes), reason, 30 if reason else None)


def test_an_account_offline_is_not_hidden_by_one_up_to_date_after_it() -> None:
    statuses = AccountStatuses()
    statuses.set(2, "@fang:gov.cn", _status(SyncState.OFFLINE, 0, "server_error"))
    shown = statuses.set(1, "demo", _status(SyncState.UP_TO_DATE, 1))
    assert shown.state is SyncState.OFFLINE
    assert shown.reason == "server_error" and shown.retry_in_s == 30
    assert shown.account == "@fang:gov.cn"
    assert shown.at == AT  # its countdown runs from when it went offline


def test_a_refused_sign_in_comes_before_offline() -> None:
    statuses = AccountStatuses()
    statuses.set(1, "@a:x", _status(SyncState.OFFLINE, 0, "network"))
    shown = statuses.set(2, "@b:y", _status(SyncState.SIGN_IN, 0, "M_UNKNOWN_TOKEN"))
    assert (shown.state, shown.account) == (SyncState.SIGN_IN, "@b:y")
    # Which account to sign in again, by id (labels need not be unique).
    assert shown.account_id == 2
    shown = statuses.set(2, "@b:y", _status(SyncState.UP_TO_DATE, 2))
    assert (shown.state, shown.account) == (SyncState.OFFLINE, "@a:x")


def test_all_up_to_date_says_so_as_of_the_least_recent() -> None:
    statuses = AccountStatuses()
    statuses.set(1, "demo", _status(SyncState.UP_TO_DATE, 5))
    shown = statuses.set(2, "@b:y", _status(SyncState.UP_TO_DATE, 3))
    assert shown == SyncStatus(SyncState.UP_TO_DATE, AT + timedelta(minutes=3))
    assert statuses.set(2, "@b:y", _status(SyncState.SYNCING, 4)).state is SyncState.SYNCING


def test_one_account_is_not_named_and_a_removed_one_is_forgotten() -> None:
    statuses = AccountStatuses()
    offline = _status(SyncState.OFFLINE, 0, "network")
    assert statuses.set(1, "@a:x", offline) == offline
    statuses.set(2, "@b:y", _status(SyncState.UP_TO_DATE))
    assert statuses.drop(1) == _status(SyncState.UP_TO_DATE)
    assert statuses.drop(2) is None


def test_new_messages_waiting_in_one_account_are_not_hidden_by_another_up_to_date() -> None:
    statuses = AccountStatuses()
    statuses.set(1, "@a:x", SyncStatus(SyncState.SORTING, AT, unsorted=12))
    shown = statuses.set(2, "@b:y", _status(SyncState.UP_TO_DATE, 1))
    assert (shown.state, shown.unsorted) == (SyncState.SORTING, 12)
    assert statuses.set(2, "@b:y", _status(SyncState.OFFLINE, 2, "network")).state is (
        SyncState.OFFLINE
    )
