"""What the status bar says about sync: each account's state, and the one to show."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    SYNCING = "syncing"
    # New messages have waited beyond the usual to be sorted and stored (see
    # desk.sync.worker.SORTING_SAID_AFTER_S): "up to date" would hide them.
    SORTING = "sorting"
    UP_TO_DATE = "up_to_date"
    OFFLINE = "offline"
    SIGN_IN = "sign_in"  # credentials refused: retrying will not help
    # The store was found damaged: nothing more is written to it, and sync resumes only
    # once desk starts again (see desk.store.damage). The reason says which: store_corrupt.
    STOPPED = "stopped"
    # No account to sync (the demo turned off, none added, or the last one removed): said
    # by the worker itself, never one account's. Without it the window said "Starting…"
    # for as long as it ran (IT).
    NO_ACCOUNT = "no_account"


# Which state the status bar shows when accounts differ: the one that asks most of the
# user. A refused sign-in needs them; offline, messages may be missed; sorting, they are
# coming.
_SEVERITY = {
    SyncState.NO_ACCOUNT: -1,  # (no account's own)
    SyncState.UP_TO_DATE: 0,
    SyncState.SYNCING: 1,
    SyncState.SORTING: 2,
    SyncState.OFFLINE: 3,
    SyncState.SIGN_IN: 4,
    SyncState.STOPPED: 5,
}


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: SyncState
    at: datetime
    reason: str | None = None  # a code: "network", "rate_limited", "store_read_only", ...
    retry_in_s: float | None = None
    # The account it is about (its label, the user id), where desk syncs several and this
    # one is offline or refused: which of them to look at.
    account: str | None = None
    # While SORTING: how many new messages wait (none: only edits and withdrawals do).
    unsorted: int = 0
    # When a sign-in was refused: that account's id, for signing it in again. With two
    # accounts the window's 重新登录 opened an empty dialog (IT tester): it knew not which.
    account_id: int | None = None
    # When this account last caught up in this run (None: not yet): 离线，上次同步 08:30
    # in the Accounts dialog. Neither this nor `accounts` is part of what the status says
    # (equal statuses say the same in the status bar).
    synced_at: datetime | None = field(default=None, compare=False)
    # Each account's own status, by account id, on the one that stands for them all: the
    # Accounts dialog lists them, where the status bar says only the worst.
    accounts: tuple[tuple[int, SyncStatus], ...] = field(default=(), compare=False)


class AccountStatuses:
    """Each account's last status, kept on the sync thread, and the one status that
    stands for them all: the worst, so that one account up to date does not hide another
    offline (each used to overwrite the last)."""

    def __init__(self) -> None:
        self._by_account: dict[int, tuple[str, SyncStatus]] = {}
        self._synced_at: dict[int, datetime] = {}

    def set(self, account_id: int, label: str, status: SyncStatus) -> SyncStatus:
        """Records an account's status; returns the one to show now."""
        if status.state is SyncState.UP_TO_DATE:
            self._synced_at[account_id] = status.at
        status = replace(status, synced_at=self._synced_at.get(account_id))
        self._by_account[account_id] = (label, status)
        shown = self.overall()
        assert shown is not None
        return shown

    def drop(self, account_id: int) -> SyncStatus | None:
        """Forgets a removed account; the status to show without it (None: no account)."""
        self._by_account.pop(account_id, None)
        self._synced_at.pop(account_id, None)
        return self.overall()

    def not_sending(self) -> frozenset[int]:
        """The accounts that cannot send until the user acts: to be signed in again.
        Another account's reply to the same room need not wait behind theirs (see
        outbox.held_behind_others). Not those offline: that may pass within the wait."""
        return frozenset(
            account_id
            for account_id, (_label, status) in self._by_account.items()
            if status.state is SyncState.SIGN_IN
        )

    def overall(self) -> SyncStatus | None:
        shown = self._worst()
        if shown is None:
            return None
        each = tuple((i, self._by_account[i][1]) for i in sorted(self._by_account))
        return replace(shown, accounts=each)

    def _worst(self) -> SyncStatus | None:
        if not self._by_account:
            return None
        # The worst state; among accounts in it, the first added.
        worst_id = max(
            self._by_account,
            key=lambda i: (_SEVERITY[self._by_account[i][1].state], -i),
        )
        label, worst = self._by_account[worst_id]
        if worst.state is SyncState.UP_TO_DATE:
            # All up to date: as of the account that synced least recently.
            return replace(worst, at=min(s.at for _l, s in self._by_account.values()))
        if worst.state is SyncState.SIGN_IN:
            worst = replace(worst, account_id=worst_id)
        if len(self._by_account) > 1 and worst.state in (SyncState.OFFLINE, SyncState.SIGN_IN):
            return replace(worst, account=label)
        return worst
