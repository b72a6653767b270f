"""Adding an account from the window, and restarting sync so it is synced at once; the
Accounts dialog, which lists them, says one shared or not and removes one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from desk.core.clock import Clock
from desk.core.policy import SERVER_SETTING
from desk.store.demo import DEMO_KIND, DEMO_SETTING, has_demo, remove_demo_accounts
from desk.store.models import Account, Message
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import set_shared, sign_out_and_remove
from desk.sync.sign_in import AddedAccount, add_matrix_account
from desk.sync.status import SyncStatus

if TYPE_CHECKING:
    from desk.app.sync_host import SyncHost
    from desk.ui.account_dialog import AccountDialog
    from desk.ui.accounts_dialog import AccountLine, AccountsDialog


def open_add_account(
    parent: QWidget,
    store: Store,
    settings: SettingsStore,
    clock: Clock,
    accounts_changed: Callable[[], None],
    *,
    again: bool = False,
    account_id: int | None = None,
) -> AccountDialog:
    """`again`: from the refused sign-in's link; the dialog asks only for the password of
    the account whose sign-in was refused (`account_id`, or the one server account)."""
    with store.sessions() as session:
        # Turned off by the administrator, the demo is not there to offer removing.
        offer_demo_removal = has_demo(session) and bool(settings.get(DEMO_SETTING))
        servers = {a.id: a.config for a in session.query(Account).filter(Account.kind == "matrix")}
    homeserver = str(settings.get(SERVER_SETTING))
    # Locked, the policy's server is the only one offered for a new account, and can be
    # typed over by no one.
    server_locked = SERVER_SETTING in settings.locked and bool(homeserver)
    user = ""
    # With two accounts, the refused one by its id: it used to be prefilled only when there
    # was one, and 重新登录 opened an empty dialog (IT tester, two accounts in one desk).
    refused = servers.get(account_id) if account_id is not None else None
    if refused is None and len(servers) == 1:
        refused = next(iter(servers.values()))
    if again and refused is not None:
        # Signing in again is to the account's own server, locked or not: an account added
        # before the policy locked another (it keeps syncing) could sign in nowhere (a
        # reviewer). Held as the lock holds it.
        homeserver = str(refused.get("homeserver", homeserver))
        user = str(refused.get("user_id", ""))

    def sign_in(server: str, user: str, password: str) -> AddedAccount:
        return add_matrix_account(store, clock, server, user, password)

    # Imported when first opened: the window's start does not need the dialog's code.
    from desk.ui.account_dialog import AccountDialog

    dialog = AccountDialog(
        sign_in,
        homeserver,
        offer_demo_removal,
        parent,
        signing_in_again=user,
        server_locked=server_locked,
    )

    def added(_account: object) -> None:
        if dialog.remove_demo.isChecked():
            remove_demo_accounts(store)
        accounts_changed()

    dialog.added.connect(added)
    dialog.open()
    return dialog


def account_lines(store: Store) -> list[AccountLine]:
    """The accounts as the Accounts dialog lists them, first added first."""
    from desk.ui.accounts_dialog import AccountLine

    with store.sessions() as session:
        rows = [
            (a.id, a.kind, a.label, dict(a.config), bool(a.shared)) for a in session.query(Account)
        ]
    return [
        AccountLine(
            id=account_id,
            name=str(config.get("me_name") or ""),
            user_id="" if kind == DEMO_KIND else str(config.get("user_id") or label),
            server="" if kind == DEMO_KIND else str(config.get("homeserver") or ""),
            demo=kind == DEMO_KIND,
            shared=shared,
        )
        for account_id, kind, label, config, shared in sorted(rows)
    ]


def messages_of(store: Store, account_id: int) -> int:
    """How many messages removing the account deletes."""
    with store.sessions() as session:
        return int(
            session.scalar(select(func.count(Message.id)).where(Message.account_id == account_id))
            or 0
        )


def remove_from_window(store: Store, sync: SyncHost, account_id: int) -> str | None:
    """Removes an account for the Accounts dialog, off the GUI thread: its sync ends first
    (a CLI removal reached it only up to 15 s later, see SyncWorker.end_account), then it
    is signed out and removed as `desk account remove` does; the demo workspace as the Add
    account dialog removes it. Why the server could not sign it out, or None."""
    sync.end_account(account_id)
    try:
        with store.sessions() as session:
            kind = session.scalar(select(Account.kind).where(Account.id == account_id))
        if kind == DEMO_KIND:
            remove_demo_accounts(store)
            return None
        return sign_out_and_remove(store, account_id)
    finally:
        # Still there (the removal failed), it syncs again; gone, nothing restarts it.
        sync.resume_account(account_id)


def open_accounts(
    parent: QWidget,
    store: Store,
    tz: tzinfo,
    clock: Clock,
    sync: SyncHost,
    status: SyncStatus | None,
    statuses: SignalInstance,
    add_account: Callable[[QWidget, bool, int], None],
    accounts_changed: Callable[[], None],
) -> AccountsDialog:
    """The Accounts dialog over the store's accounts, their states from `status` and then
    each one `statuses` carries. `add_account(parent, again, account_id)` opens the sign-in
    dialog; `accounts_changed()` after a removal or the shared switch re-reads the inbox."""
    from desk.ui.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(
        tz,
        clock.now,
        lambda: account_lines(store),
        lambda i: messages_of(store, i),
        lambda i: remove_from_window(store, sync, i),
        parent,
        # As `desk account shared`: the sync worker sorts what it gave back between polls.
        lambda i, on: set_shared(store, i, on),
    )
    dialog.set_status(status)
    statuses.connect(dialog.set_status)

    def removed() -> None:
        if not dialog.accounts():
            # None left: sync starts again as at a first start (the demo, where it is on,
            # or 尚无账号), as adding one restarts it.
            sync.restart()
        accounts_changed()

    dialog.accountsChanged.connect(removed)
    dialog.addRequested.connect(lambda: add_account(dialog, False, 0))
    dialog.signInAgainRequested.connect(lambda i: add_account(dialog, True, i))
    dialog.open()
    return dialog


class AccountsWindow:
    """desk → Accounts…: one dialog at a time, brought forward if open; `make()` opens a
    new one."""

    def __init__(self, make: Callable[[], AccountsDialog]) -> None:
        self._make = make
        self.dialog: AccountsDialog | None = None

    def show(self) -> AccountsDialog:
        dialog = self.dialog
        if dialog is not None and (dialog.isVisible() or dialog.removing is not None):
            # Closed while it removed an account, it is the one to hear how that went:
            # deleted, the removal went on with no one to re-read the inbox or restart
            # sync, and a new dialog offered to remove the same account again.
            if not dialog.isVisible():
                dialog.open()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        if dialog is not None:
            dialog.deleteLater()
        self.dialog = self._make()
        return self.dialog
