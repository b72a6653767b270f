"""What the user did with a removed account's messages, kept for that account added again
(tables.kept_marks): removing an account and adding it back brought every item the user had
put away back as unread 待办 (a tester). Kept by event id, under the account's server and
user id: only the same user on the same server gets them back, as the same events come
again. No text, sender or group is kept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, literal, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk.core.policy import server_identity
from desk.store import tables

_CHUNK = 500


def owner_of(kind: str, config: Mapping[str, Any]) -> str | None:
    """Whose marks an account of this kind and configuration keeps: its user on its server
    (a Matrix account once it knows its user id); None for the demo, or one not signed in."""
    user, server = config.get("user_id"), config.get("homeserver")
    if kind != "matrix" or not user or not server:
        return None
    return f"{server_identity(str(server))} {user}"


def keep_marks(session: Session, account_id: int, owner: str) -> None:
    """Keeps what the user did with account `account_id`'s messages (read, done at its
    time), before it is removed with them."""
    messages = tables.messages.c
    session.execute(
        sqlite_insert(tables.kept_marks)
        .from_select(
            ["owner", "remote_id", "read", "done", "done_ms"],
            select(
                literal(owner), messages.remote_id, messages.read, messages.done, messages.done_ms
            ).where(
                messages.account_id == account_id,
                or_(messages.read.is_(True), messages.done.is_(True)),
            ),
        )
        .prefix_with("OR REPLACE")
    )


def take_marks(session: Session, owner: str | None, rows: Sequence[dict[str, object]]) -> None:
    """Gives rows about to be stored for an account of `owner` what the user did with the
    same events before it was removed: read, done at its time, and nothing told of them
    again. A twin takes its card's marks after this (see sync.ingest._take_twins)."""
    if owner is None or not rows:
        return
    kept = tables.kept_marks.c
    if session.execute(select(kept.owner).where(kept.owner == owner).limit(1)).first() is None:
        return
    ids = [str(row["remote_id"]) for row in rows]
    found: dict[str, tuple[bool, bool, int | None]] = {}
    for start in range(0, len(ids), _CHUNK):
        for remote_id, read, done, done_ms in session.execute(
            select(kept.remote_id, kept.read, kept.done, kept.done_ms).where(
                kept.owner == owner, kept.remote_id.in_(ids[start : start + _CHUNK])
            )
        ):
            found[remote_id] = (bool(read), bool(done), done_ms)
    if not found:
        return
    for row in rows:
        # Every row of one executemany holds the same keys.
        row.setdefault("done_ms", None)
        marks = found.get(str(row["remote_id"]))
        if marks is None:
            continue
        read, done, done_ms = marks
        row["read"] = bool(row["read"]) or read or done
        if done:
            row["done"] = True
            row["done_ms"] = done_ms
        row["notify_state"] = "silent"
    # Taken: the messages hold them again.
    taken = list(found)
    for start in range(0, len(taken), _CHUNK):
        session.execute(
            delete(tables.kept_marks).where(
                kept.owner == owner, kept.remote_id.in_(taken[start : start + _CHUNK])
            )
        )
