"""`desk invites [list|accept ID|decline ID]`: groups the user is invited to and has not joined.

Invites come in with `desk sync --once`; an accepted group's messages come with the
next sync. With the setting `accounts.auto_join_invites` on, sync accepts them itself.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from desk.cli.common import fail, open_for_cli
from desk.connectors.protocol import AuthError, ConnectorError
from desk.core.clock import SystemClock
from desk.store.invites import pending_invites
from desk.store.store import Store
from desk.sync.invites import answer_pending


def run_list(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        invites = pending_invites(store.sessions)
        for invite in invites:
            print(
                f"{invite.account_id}\t{invite.group_id}\t{invite.name}\t{invite.inviter_id or ''}"
            )
        if not invites:
            # On stderr: a script reading the list still reads no lines.
            print("no invites waiting", file=sys.stderr)
    finally:
        store.close()
    return 0


def run_answer(args: argparse.Namespace) -> int:
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        return asyncio.run(_answer(store, args.group_id, accept=args.action == "accept"))
    finally:
        store.close()


async def _answer(store: Store, group_id: str, *, accept: bool) -> int:
    try:
        await answer_pending(store, SystemClock(), group_id, accept=accept)
    except LookupError:
        fail(f"no invite to {group_id}")
        return 1
    except AuthError as exc:
        fail(f"the server refused the credentials ({exc.reason}); sign in again")
        return 1
    except ConnectorError as exc:
        fail(f"could not answer the invite: {exc.reason}")
        return 1
    print(("joined " if accept else "declined ") + group_id)
    return 0
