"""Opening the sign-in dialog from the window: a new account, or one the server refused."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.app.accounts_flow import open_add_account
from desk.core.clock import ManualClock
from desk.core.policy import parse_policy
from desk.store.models import Account
from desk.store.settings_store import SettingsStore
from desk.store.store import Store


def _matrix_account(
    store: Store,
    user: str = "@wangli:tongping.local",
    server: str = "https://im.tongping.gov.cn",
) -> int:
    with store.transaction() as session:
        account = Account(
            kind="matrix",
            label=user,
            config={"homeserver": server, "user_id": user},
            created_ms=0,
        )
        session.add(account)
        session.flush()
        return account.id


def test_signing_in_again_asks_only_for_the_password(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    _matrix_account(store)
    settings = SettingsStore(store.sessions)
    dialog = open_add_account(None, store, settings, clock, lambda: None, again=True)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in again"
    assert dialog.homeserver.text() == "https://im.tongping.gov.cn"
    assert dialog.user.text() == "@wangli:tongping.local"
    assert dialog.password.hasFocus() or dialog.focusWidget() is dialog.password
    assert "enter the password" in dialog.status.text()


def test_with_two_accounts_signing_in_again_fills_in_the_refused_one(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # IT tester, two accounts in one desk: 重新登录 opened an empty 添加账号 dialog.
    _matrix_account(store)
    hantao = _matrix_account(store, "@hantao:synapse.local", "http://synapse.local:8008")
    settings = SettingsStore(store.sessions)
    dialog = open_add_account(
        None,  # type: ignore[arg-type]
        store,
        settings,
        clock,
        lambda: None,
        again=True,
        account_id=hantao,
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in again"
    assert dialog.homeserver.text() == "http://synapse.local:8008"
    assert dialog.user.text() == "@hantao:synapse.local"
    assert "enter the password" in dialog.status.text()


def test_adding_an_account_starts_empty(qtbot: QtBot, store: Store, clock: ManualClock) -> None:
    _matrix_account(store)
    settings = SettingsStore(store.sessions)
    dialog = open_add_account(None, store, settings, clock, lambda: None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add account"
    assert dialog.user.text() == ""


def test_a_locked_server_cannot_be_replaced_in_the_dialog(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # A county IT tester locked it, and the dialog let users type any server over it.
    _matrix_account(store)
    county = "https://matrix.county.gov.cn"
    policy = parse_policy(
        f'lock = ["accounts.default_homeserver"]\n[accounts]\ndefault_homeserver = "{county}"\n'
    )
    settings = SettingsStore(store.sessions, policy)
    dialog = open_add_account(None, store, settings, clock, lambda: None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.homeserver.text() == county
    assert dialog.homeserver.isReadOnly()
    assert "policy" in dialog.homeserver.toolTip()
    # Signing in again, the account added before the lock signs in to its own server (a
    # reviewer: offered the county's, it could sign in nowhere), held all the same.
    again = open_add_account(None, store, settings, clock, lambda: None, again=True)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.homeserver.text() == "https://im.tongping.gov.cn"
    assert again.homeserver.isReadOnly()
    assert again.user.text() == "@wangli:tongping.local"
    unlocked = open_add_account(None, store, SettingsStore(store.sessions), clock, lambda: None)  # type: ignore[arg-type]
    qtbot.addWidget(unlocked)
    assert not unlocked.homeserver.isReadOnly() and unlocked.homeserver.toolTip() == ""
