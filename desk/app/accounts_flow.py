"""Adding an account from the window, and restarting sync so it is synced at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desk.core.clock import Clock
from desk.core.policy import SERVER_SETTING
from desk.store.demo import DEMO_SETTING, has_demo, remove_demo_accounts
from desk.store.models import Account
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.sign_in import AddedAccount, add_matrix_account

if TYPE_CHECKING:
    from desk.ui.account_dialog import AccountDialog


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
