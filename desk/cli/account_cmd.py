"""`desk account add|list|remove`: the server accounts desk syncs.

    desk account add matrix --homeserver URL --user @id:server --password-stdin
        (--homeserver may be left out where the administrator's policy sets
        accounts.default_homeserver)
    desk account list
    desk account remove ID
    desk account shared ID on|off
        (an account signed in by several people, a duty room's: what it sends is not
        the user's own; `add --shared` says so as it adds one)

The password is read from standard input and used once, to sign in; the access
token and device id it yields go to the OS keychain (or, where the store is
passphrase-protected, into the encrypted store). Neither is printed or logged.
"""

from __future__ import annotations

import argparse
import ssl
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desk.cli.common import (
    ADD_ACCOUNT,
    fail,
    no_store_yet,
    open_for_cli,
    proxy_failure_text,
    server_reason,
)
from desk.cli.speech import translate
from desk.core.clock import SystemClock
from desk.core.policy import SERVER_SETTING, locked_server, same_server
from desk.store.credentials import CredentialStore
from desk.store.demo import DEMO_KIND, remove_demo_accounts
from desk.store.models import Account, Message
from desk.store.policy_file import load_policy
from desk.sync.accounts import set_shared, sign_out_and_remove
from desk.sync.sign_in import SignInError, add_matrix_account

if TYPE_CHECKING:
    from desk.store.store import Store


def run_add(args: argparse.Namespace) -> int:
    policy = load_policy(logged=False)
    server = locked_server(policy)
    # As the window's Add account fills it in: with the server locked, IT's script asked
    # for --homeserver all the same (an IT tester).
    homeserver = (args.homeserver or str(policy.values.get(SERVER_SETTING, ""))).strip()
    if not homeserver:
        said = translate(
            "Cli",
            "which server? Give --homeserver URL (the administrator's policy names none in "
            "{setting})",
        )
        fail(said.format(setting=SERVER_SETTING))
        return 2
    if not homeserver.startswith(("https://", "http://")):
        said = translate(
            "Cli", "the homeserver address must start with https:// (or http://): {homeserver}"
        )
        fail(said.format(homeserver=homeserver))
        return 2
    # Another server than the policy's: only an account added there before the lock (it
    # keeps syncing) signing in again, as the window lets it.
    held = bool(server) and not same_server(server, homeserver)
    if held and no_store_yet(args):
        _refuse_locked(server, homeserver)
        return 2
    ca_bundle = None
    if args.ca_bundle:
        ca_bundle = _ca_bundle(args.ca_bundle)
        if ca_bundle is None:
            return 2
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        fail(translate("Cli", "no password on standard input"))
        return 2
    store = open_for_cli(args, create=True)
    if store is None:
        return 2
    if held and not _added_before(store, homeserver, args.user):
        store.close()
        _refuse_locked(server, homeserver)
        return 2
    try:
        added = add_matrix_account(
            store,
            SystemClock(),
            homeserver,
            args.user,
            password,
            ca_bundle=ca_bundle,
            initial_history=args.initial_history,
            shared=args.shared,
        )
        # As the window's Add account does: a real account ends the demo, whose invented
        # DINGs would otherwise ring beside the real ones.
        demo_removed = remove_demo_accounts(store)
    except SignInError as exc:
        if exc.code == "unreachable" and exc.reason == "proxy":
            # This computer's setting, as a data dir it cannot use: exit 2.
            fail(proxy_failure_text(exc.detail))
            return 2
        texts = {
            "refused": translate("Cli", "the server refused this user id and password"),
            "unreachable": translate("Cli", "cannot sign in at {homeserver}: {reason}"),
            "keychain": translate(
                "Cli", "the keychain refused the account's token ({reason}); nothing was added"
            ),
        }
        reason = server_reason(exc.reason) if exc.code == "unreachable" else exc.reason
        fail(texts[exc.code].format(homeserver=homeserver, reason=reason))
        return 1
    finally:
        del password
        store.close()
    # In the store's language, as `remove` answers: "Added account 2…" stood in English
    # where removing one said 已删除账号 2 (a tester).
    said = {
        (False, "keychain"): translate(
            "Cli", "added account {id}: {user} (token kept in the keychain)"
        ),
        (False, "store"): translate("Cli", "added account {id}: {user} (token kept in the store)"),
        (True, "keychain"): translate(
            "Cli", "signed in again to account {id}: {user} (token kept in the keychain)"
        ),
        (True, "store"): translate(
            "Cli", "signed in again to account {id}: {user} (token kept in the store)"
        ),
    }[(added.renewed, "keychain" if added.token_kept_in == "keychain" else "store")]
    print(said.format(id=added.id, user=added.user_id))
    if args.shared and added.renewed:
        # Signed in again: the account was there, and perhaps not shared yet.
        shared = argparse.Namespace(**{**vars(args), "id": added.id, "state": "on"})
        if run_shared(shared) != 0:
            return 1
    elif args.shared:
        print(_shared_said(added.id, True))
    if demo_removed:
        print(translate("Cli", "removed the demo workspace and its invented messages"))
    return 0


def _ca_bundle(given: str) -> str | None:
    """The CA bundle's absolute path (the account keeps it for every later sync), or None
    after saying why it cannot serve."""
    path = Path(given).expanduser().resolve()
    try:
        ssl.create_default_context().load_verify_locations(cafile=str(path))
    except ssl.SSLError:  # (an OSError too)
        fail(translate("Cli", "the CA bundle {path} holds no PEM certificate").format(path=path))
        return None
    except OSError as exc:
        said = translate("Cli", "cannot read the CA bundle {path}: {reason}")
        fail(said.format(path=path, reason=exc.strerror or exc))
        return None
    return str(path)


def _refuse_locked(server: str, homeserver: str) -> None:
    said = translate(
        "Cli",
        "the administrator's policy locks the server to {server} ({setting}): an "
        "account on {homeserver} cannot be added",
    )
    fail(said.format(server=server, setting=SERVER_SETTING, homeserver=homeserver))


def _added_before(store: Store, homeserver: str, user: str) -> bool:
    """Whether `user` (@li:town.test, or li as the server reads it) has a Matrix account on
    `homeserver` in the store: signing in again, not adding one."""
    user = user.strip()
    with store.sessions() as session:
        configs = [
            a.config for a in session.scalars(select(Account).where(Account.kind == "matrix"))
        ]
    return any(
        same_server(str(config.get("homeserver", "")), homeserver)
        and (
            config.get("user_id") == user
            or (not user.startswith("@") and str(config.get("user_id", "")).startswith(f"@{user}:"))
        )
        for config in configs
    )


def run_list(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        secrets = CredentialStore(store)
        with store.sessions() as session:
            accounts = list(session.scalars(select(Account).order_by(Account.id)))
        if not accounts:
            # Said, not an empty line: desk syncs the demo workspace until one is added.
            print(
                translate("Cli", "no accounts yet ({command} adds one)").format(command=ADD_ACCOUNT)
            )
        for account in accounts:
            server = account.config.get("homeserver", "")
            if account.kind == DEMO_KIND:
                state = translate("Cli", "built in")
            elif secrets.load(account.id):
                state = translate("Cli", "signed in")
            else:
                state = translate("Cli", "not signed in")
            # A duty room's account, as the Accounts dialog says （共用）: a tester's list did
            # not tell it from the user's own.
            shared = translate("Cli", "shared") if account.shared else ""
            line = f"{account.id}\t{account.kind}\t{account.label}\t{server}\t{state}\t{shared}"
            print(line.rstrip())
        return 0
    finally:
        store.close()


def run_remove(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        with store.sessions() as session:
            account = session.get(Account, args.id)
            kind = account.kind if account else None
        if kind is None:
            fail(translate("Cli", "no account {id}").format(id=args.id))
            return 1
        if not args.yes and not sys.stdin.isatty():
            # No one to ask: a script's mistake (a wrong id, a loop) took an account and
            # its messages with exit code 0 (IT). As `keychain forget`, it says --yes.
            said = translate(
                "Cli",
                "removing account {id} deletes it and its messages from desk for good, and "
                "no one can be asked here (standard input is not a terminal): add --yes to "
                "do it; nothing was removed",
            )
            fail(said.format(id=args.id))
            return 2
        if not args.yes and not _confirmed(store, args.id):
            print(translate("Cli", "nothing removed"))
            return 1
        # One removal for this and the window's Accounts dialog (desk.sync.accounts).
        not_signed_out = sign_out_and_remove(store, args.id)
        if not_signed_out is not None:
            # Best effort: a server that cannot be reached keeps a dead device, nothing worse.
            said = translate(
                "Cli", "could not sign out on the server ({reason}); removing the account anyway"
            )
            print(said.format(reason=server_reason(not_signed_out)))
        # In the store's language, as the question before it: "removed account 2" stood in
        # English under a Chinese one (IT).
        print(translate("Cli", "removed account {id}").format(id=args.id))
        return 0
    finally:
        store.close()


def run_shared(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        on = args.state == "on"
        try:
            changed = set_shared(store, args.id, on)
        except LookupError:
            fail(translate("Cli", "no account {id}").format(id=args.id))
            return 1
    finally:
        store.close()
    print(_shared_said(args.id, on))
    if changed and on:
        said = translate(
            "Cli",
            "{n} messages stored from it before are someone else's now, sorted again at the "
            "next sync (an urgent one unread rings); a DING among them does not ring again: "
            "it was stored as yours, without its DING",
        )
        print(said.format(n=changed))
    elif changed:
        said = translate("Cli", "{n} messages stored from it before are yours again, read")
        print(said.format(n=changed))
    return 0


def _shared_said(account_id: int, on: bool) -> str:
    if on:
        said = translate(
            "Cli",
            "account {id} is shared: what it sends is not yours (a colleague's DING from it "
            "rings), except what this desk sent",
        )
    else:
        said = translate("Cli", "account {id} is yours alone: what it sends is yours")
    return said.format(id=account_id)


def _confirmed(store: Store, account_id: int) -> bool:
    """Asked at a terminal: removing takes the account's messages with it, for good."""
    with store.sessions() as session:
        held = session.scalar(
            select(func.count()).select_from(Message).where(Message.account_id == account_id)
        )
    try:
        # Said, as a tester found 已办 gone after adding it back: the marks are kept now.
        asked = translate(
            "Cli",
            "Remove account {id} and its {count} messages from desk? What you read and "
            "marked done comes back if you add the same user on the same server again. [y/N] ",
        )
        answer = input(asked.format(id=account_id, count=held))
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")
