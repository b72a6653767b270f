"""The store's tables as ORM classes (the tables themselves, and what their columns hold, are
in desk.store.tables). Times are UTC milliseconds: cheap to sort and compare."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy.orm import DeclarativeBase, Mapped, deferred

from desk.store import tables

# Read here by many modules; defined beside the tables, which the first paint reads
# without this module.
from desk.store.tables import from_ms as from_ms
from desk.store.tables import to_ms as to_ms


class Base(DeclarativeBase):
    metadata = tables.metadata


class Account(Base):
    __table__ = tables.accounts
    # `shared` is given on insert (its Python default): no RETURNING to fetch the server's
    # default, which made SQLite's insert of an account scan every child table's key.
    __mapper_args__: ClassVar[dict[str, Any]] = {"eager_defaults": False}

    id: Mapped[int]
    kind: Mapped[str]
    label: Mapped[str]
    config: Mapped[dict[str, Any]]
    cursor: Mapped[str | None]
    created_ms: Mapped[int]
    shared: Mapped[bool]


class Group(Base):
    __table__ = tables.groups

    id: Mapped[int]
    account_id: Mapped[int]
    remote_id: Mapped[str]
    name: Mapped[str]
    topic: Mapped[str]
    weight: Mapped[float]
    priority: Mapped[str | None]
    encrypted: Mapped[bool]
    left_ms: Mapped[int | None]


class Member(Base):
    __table__ = tables.members

    id: Mapped[int]
    group_id: Mapped[int]
    user_id: Mapped[str]
    name: Mapped[str]
    role: Mapped[str]


class Message(Base):
    __table__ = tables.messages

    id: Mapped[int]
    account_id: Mapped[int]
    remote_id: Mapped[str]
    group_id: Mapped[int]
    sender_id: Mapped[str]
    sender_name: Mapped[str]
    sender_role: Mapped[str]
    ts_ms: Mapped[int]
    text: Mapped[str]
    mentions_me: Mapped[bool]
    ding: Mapped[bool]
    ding_due_ms: Mapped[int | None]
    reply_to: Mapped[str | None]
    tier: Mapped[str]
    tier_rank: Mapped[int]
    score: Mapped[float]
    base_score: Mapped[float]
    reasons: Mapped[list[list[Any]]]
    cluster: Mapped[str | None]
    deadline_ms: Mapped[int | None]
    ack: Mapped[bool]
    ack_of: Mapped[str | None]
    answers: Mapped[str | None]
    read: Mapped[bool]
    done: Mapped[bool]
    done_ms: Mapped[int | None]
    corrected: Mapped[bool]
    pinned: Mapped[bool]
    notify_state: Mapped[str | None]
    edited_ms: Mapped[int | None]
    edit_id: Mapped[str | None]
    original_text: Mapped[str | None]
    withdrawn_ms: Mapped[int | None]
    unsorted_by: Mapped[str | None]
    neg_pinned: Mapped[int]
    neg_score: Mapped[float]
    neg_ts_ms: Mapped[int]
    due_begins: Mapped[bool]
    twin_of: Mapped[int | None]


class Sender(Base):
    """Every name a message was posted under, acks included: a search for a person finds
    what they posted or confirmed in a group they have since left, or under a name they
    have since changed, which the members of a group no longer hold."""

    __table__ = tables.senders

    id: Mapped[int]
    name: Mapped[str]


class UnreadCount(Base):
    """Unread, open messages per group, tier and whether they head a card, kept by the
    triggers of migration 0009 so that badges never count the whole inbox."""

    __table__ = tables.unread_counts

    group_id: Mapped[int]
    tier: Mapped[str]
    card: Mapped[bool]
    n: Mapped[int]


class OpenCount(Base):
    """Cards not done per tier, read or not, kept by the triggers of migration 0035 so
    that the sidebar's 紧急 and 待办 never count the whole inbox."""

    __table__ = tables.open_counts

    tier: Mapped[str]
    n: Mapped[int]


class Attachment(Base):
    """The file a message carries: metadata from sync, content only once the user fetched it.

    The content lives in this (SQLCipher) database, so it is encrypted on disk with
    everything else and leaves with its message when that is redacted.
    """

    __table__ = tables.attachments

    message_id: Mapped[int]
    kind: Mapped[str]
    url: Mapped[str]
    name: Mapped[str]
    mimetype: Mapped[str | None]
    size: Mapped[int | None]
    fetched_ms: Mapped[int | None]
    content: Mapped[bytes | None] = deferred(tables.attachments.c.content)


class Invite(Base):
    """A group the user is invited to and has not joined: listed until accepted or declined."""

    __table__ = tables.invites

    id: Mapped[int]
    account_id: Mapped[int]
    remote_id: Mapped[str]
    name: Mapped[str]
    inviter_id: Mapped[str | None]
    inviter_name: Mapped[str | None]
    seen_ms: Mapped[int]


class Escalation(Base):
    """The ladder of one DING; rebuilt into scheduler jobs at start-up, never only there."""

    __table__ = tables.escalations

    message_id: Mapped[int]
    started_ms: Mapped[int]
    fired: Mapped[int]
    snoozed_until_ms: Mapped[int | None]
    snoozed_ms: Mapped[int | None]
    acked_ms: Mapped[int | None]
    history: Mapped[bool]
    unreminded: Mapped[int | None]


class SenderWeight(Base):
    """What the user taught triage about one sender, by correcting tiers."""

    __table__ = tables.sender_weights

    id: Mapped[int]
    account_id: Mapped[int]
    sender_id: Mapped[str]
    weight: Mapped[float]


class SenderLesson(Base):
    """What a correction across the noise line taught triage about one sender in one group
    (see desk.core.lessons): their like there is read, or put away. The latest one stands."""

    __table__ = tables.sender_lessons

    id: Mapped[int]
    group_id: Mapped[int]
    sender_id: Mapped[str]
    lesson: Mapped[str]


class Setting(Base):
    __table__ = tables.settings

    name: Mapped[str]
    value: Mapped[Any]


class DingConfirmation(Base):
    """Who confirmed which DING (see desk.store.dings)."""

    __table__ = tables.ding_confirmations

    id: Mapped[int]
    account_id: Mapped[int]
    ding_remote_id: Mapped[str]
    user_id: Mapped[str]
    name: Mapped[str]
    ts_ms: Mapped[int]
    source: Mapped[str]
    remote_id: Mapped[str | None]


class DingResend(Base):
    """A re-DING (`txn_id` in the outbox) of the DING queued as outbox item `outbox_id`."""

    __table__ = tables.ding_resends

    id: Mapped[int]
    outbox_id: Mapped[int]
    txn_id: Mapped[str]
    created_ms: Mapped[int]
