"""`desk attachment fetch MESSAGE_ID [--save FILE]`: fetch a file message's content.

The content goes into the encrypted store (fetched once; later calls read it from
there). `--save` writes a copy where the user asks, outside the data dir, since
that copy is plaintext.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desk.cli.common import data_dir, fail, open_for_cli
from desk.cli.speech import translate
from desk.connectors.protocol import AuthError, ConnectorError
from desk.core.clock import SystemClock
from desk.store.attachments import attachment_by_remote_id
from desk.store.models import Message
from desk.sync.attachments import fetch_attachment

if TYPE_CHECKING:
    from desk.store.store import Store


def _why_nothing(store: Store, remote_id: str) -> str:
    """Why the message `remote_id` has no attachment to fetch: there is no such message,
    or it carries no file."""
    with store.sessions() as session:
        found = session.scalar(select(Message.id).where(Message.remote_id == remote_id).limit(1))
    if found is None:
        said = translate(
            "Cli", "no message {id} in this data dir (`desk inbox --json` shows each one's id)"
        )
    else:
        said = translate("Cli", "message {id} carries no file")
    return said.format(id=remote_id)


def run_fetch(args: argparse.Namespace) -> int:
    save: Path | None = args.save
    if save is not None and save.resolve().is_relative_to(data_dir(args).root.resolve()):
        fail(translate("Cli", "--save must point outside the data dir: the copy is not encrypted"))
        return 2
    store = open_for_cli(args)
    if store is None:
        return 2
    try:
        info = attachment_by_remote_id(store.sessions, args.message_id)
        if info is None:
            # Two causes, worded apart: IT read "no attachment on message nosuch" of an id
            # no message has.
            fail(_why_nothing(store, args.message_id))
            return 1
        try:
            fetched = asyncio.run(fetch_attachment(store, info, SystemClock()))
        except AuthError as exc:
            fail(
                translate(
                    "Cli", "the server refused the credentials ({reason}); sign in again"
                ).format(reason=exc.reason)
            )
            return 1
        except ConnectorError as exc:
            fail(
                translate("Cli", "could not fetch the attachment: {reason}").format(
                    reason=exc.reason
                )
            )
            return 1
    finally:
        store.close()
    if save is not None:
        try:
            save.write_bytes(fetched.content)
        except OSError as exc:
            # It is in the store all the same; only the copy failed.
            fail(
                translate("Cli", "fetched, but could not write {file}: {why}").format(
                    file=save, why=exc.strerror
                )
            )
            return 1
    said = (
        translate("Cli", "{kind} {name}: {size} bytes, from the server")
        if fetched.downloaded
        else translate("Cli", "{kind} {name}: {size} bytes, already in the store")
    )
    print(said.format(kind=info.kind, name=info.name, size=len(fetched.content)))
    return 0
