"""Typed tables of the store. Times are UTC milliseconds: cheap to sort and compare."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Computed,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.core.reasons import FROM_YOU


class Base(DeclarativeBase):
    pass


def to_ms(instant: datetime) -> int:
    return int(instant.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The sync cursor is saved in the same transaction as the batch it covers.
    cursor: Mapped[str | None] = mapped_column(Text, default=None)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Group(Base):
    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("account_id", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text, default="")
    # Added to triage's points for this group's messages; corrections move it, and so
    # does the priority the user sets in the settings (desk.core.group_priority).
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    # That priority ("important" or "low"; None if never set or set back to normal), so
    # that a message's reason can say the user marked the group, not that they moved it.
    priority: Mapped[str | None] = mapped_column(String(10), default=None)
    # End-to-end encrypted on the server: desk cannot read its messages yet.
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # When the user left it or was removed from it (None while they are in it).
    left_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("group_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(10))


# What may need a DING ladder (open, unacknowledged DINGs and urgent items); escalation
# rounds state it, or the DING half of it, so SQLite reads its partial index.
ALERTABLE = "(ding IS 1 OR tier = 'urgent') AND done IS 0 AND ack IS 0"
# Unread and open: SQLite uses the partial index of these only where a query repeats this.
UNREAD = "read = 0 AND done = 0"
# An ack the user sent from another device (its reasons say "from_you"): SQLite uses the
# partial index of these only where a query repeats this, with the table named `ack`.
OWN_ACK = f"ack.ack_of IS NOT NULL AND instr(ack.reasons, '\"{FROM_YOU}\"') > 0"
# Columns of the inbox order, all ascending; the row id breaks ties.
INBOX_ORDER = ("tier_rank", "neg_pinned", "neg_score", "neg_ts_ms")
# A message that heads its card: no copy of a notice shown elsewhere. SQLite uses a
# partial index only when the query repeats its condition: `inbox._folded_away` does.
CARD_HEADS = "cluster IS NULL OR cluster = remote_id"


def _due_args_say(code: str, *keys: str) -> str:
    """SQL: whether the arguments of the reason `code` in `reasons` (as stored, json.dumps
    of sorted keys) hold one of `keys`. String functions, not json_each: a generated
    column holds no subquery. A JSON string holds no unescaped quote, so no text a
    reason quotes can pass for a key; no value of a due reason holds a brace."""
    at = f"instr(reasons, '[\"{code}\", {{')"
    args = f"substr(reasons, {at}, instr(substr(reasons, {at}), '}}'))"
    said = " OR ".join(f"instr({args}, '{key}') > 0" for key in keys)
    return f"CASE WHEN {at} > 0 THEN {said} ELSE 0 END"


# Whether a card's due time is when something begins, a meeting or a muster (reasons.EVENT),
# or the time to be ready by for one (reasons.READIES): past, it has begun, not fallen
# overdue, and Due today leaves it out of the overdue.
_BEGINS_KEYS = ('"event": "1"', '"readies": ')
DUE_BEGINS = " OR ".join(
    "(" + _due_args_say(code, *_BEGINS_KEYS) + ")" for code in ("deadline", "deadline_soon")
)
# A copy of a notice, folded into the notice's card.
NOTICE_COPIES = "ack_of IS NULL AND cluster IS NOT NULL AND cluster != remote_id"


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account_id", "remote_id"),
        # The inbox's order: tier, unconfirmed DINGs, score, newest first (then id).
        Index("ix_messages_inbox", "done", *INBOX_ORDER),
        # The same over the cards alone, as the views show them: a page is read from
        # the index, without a look at the rows it skips or holds.
        Index(
            "ix_messages_cards_inbox",
            "done",
            *INBOX_ORDER,
            sqlite_where=text(f"ack_of IS NULL AND ({CARD_HEADS})"),
        ),
        Index(
            "ix_messages_group_inbox",
            "group_id",
            "done",
            *INBOX_ORDER,
            sqlite_where=text("ack_of IS NULL"),
        ),
        # Searches and Done, newest first; acks never show there, so they stay out.
        Index("ix_messages_cards_ts", "done", "ts_ms", sqlite_where=text("ack_of IS NULL")),
        # Done, what was marked done last first, paged by (done_ms, id) as the one above.
        Index("ix_messages_done_ms", "done", "done_ms", sqlite_where=text("ack_of IS NULL")),
        # Which messages are cards, by id: a search asks it of each match (inbox._cards_search).
        Index(
            "ix_messages_card_ids",
            "id",
            "done",
            "tier_rank",
            sqlite_where=text(f"ack_of IS NULL AND ({CARD_HEADS})"),
        ),
        # Which messages are copies, by id, and of which notice: a search shows a matching
        # copy's card (inbox._cards_search). Every column the search reads of a copy is
        # here, so that it reads the index alone.
        Index(
            "ix_messages_copy_cards",
            "id",
            "account_id",
            "cluster",
            "remote_id",
            "ack_of",
            sqlite_where=text(NOTICE_COPIES),
        ),
        # What someone posted, by name: a search for a person (inbox._senders_named).
        Index("ix_messages_sender", "sender_name", sqlite_where=text("ack_of IS NULL")),
        # ...and what they acknowledged (inbox._cards_search), the notice each answers in it.
        Index(
            "ix_messages_acks_by_sender",
            "sender_name",
            "id",
            "account_id",
            "ack_of",
            sqlite_where=text("ack_of IS NOT NULL"),
        ),
        # What "Mark all as read" reads (read_marks): the few unread of a large store.
        Index("ix_messages_unread", "group_id", sqlite_where=text(UNREAD)),
        # A group by time; with the sender, who posted there lately is read from the index
        # alone (roll_calls._SEEN), not from rows decrypted page by page.
        Index("ix_messages_group", "group_id", "ts_ms", "sender_name"),
        Index("ix_messages_ts", "ts_ms"),
        # Both cover what a card reads of its notice's copies and their acks (inbox._folds).
        Index("ix_messages_ack_of", "account_id", "ack_of", "ts_ms", "sender_name"),
        # ...and which of those acks the user sent, from another device (inbox._folds).
        Index(
            "ix_messages_own_acks",
            "account_id",
            "ack_of",
            "sender_name",
            sqlite_where=text(OWN_ACK.replace("ack.", "")),
        ),
        Index("ix_messages_cluster", "account_id", "cluster", "group_id", "ts_ms", "remote_id"),
        # A card's answers, by either link (inbox: what replied to a notice).
        Index(
            "ix_messages_answers",
            "account_id",
            "answers",
            sqlite_where=text("answers IS NOT NULL"),
        ),
        Index(
            "ix_messages_replies",
            "account_id",
            "reply_to",
            sqlite_where=text("reply_to IS NOT NULL"),
        ),
        Index("ix_messages_notify_state", "notify_state"),
        # What re-ranking reads as deadlines approach, without a look at the rows.
        Index(
            "ix_messages_open_deadlines",
            "done",
            "deadline_ms",
            "tier",
            "base_score",
            "score",
            sqlite_where=text("deadline_ms IS NOT NULL"),
        ),
        # The 今日到期 view: open cards by due time, counted and paged from the index alone.
        Index(
            "ix_messages_due",
            "done",
            "deadline_ms",
            "tier_rank",
            "read",
            "due_begins",
            sqlite_where=text(f"deadline_ms IS NOT NULL AND ack_of IS NULL AND ({CARD_HEADS})"),
        ),
        # What an escalation round reads. `done` and `ack` hold one value here, yet lead
        # so that the planner, matching the query's equalities, prefers this index.
        Index("ix_messages_alertable", "done", "ack", "ts_ms", sqlite_where=text(ALERTABLE)),
        # Which message an edit was applied to: a redaction names the edit, not the message.
        Index(
            "ix_messages_edit_id",
            "account_id",
            "edit_id",
            sqlite_where=text("edit_id IS NOT NULL"),
        ),
        # The few stored unsorted, oldest first: what new rules sort again (ingest.resort).
        Index(
            "ix_messages_unsorted",
            "account_id",
            "ts_ms",
            sqlite_where=text("unsorted_by IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(255))
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    sender_id: Mapped[str] = mapped_column(String(255))
    sender_name: Mapped[str] = mapped_column(Text)
    sender_role: Mapped[str] = mapped_column(String(10))
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    mentions_me: Mapped[bool] = mapped_column(Boolean, default=False)
    ding: Mapped[bool] = mapped_column(Boolean, default=False)
    # A DING's time to confirm by, as its sender set it (IncomingMessage.ding_due).
    ding_due_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reply_to: Mapped[str | None] = mapped_column(String(255), default=None)
    tier: Mapped[str] = mapped_column(String(10))
    tier_rank: Mapped[int] = mapped_column(Integer)
    # `base_score` is triage's verdict; `score` adds time pressure (due soon rises; in
    # Action, bands of due time above untimed tasks' base scores, and below them for what
    # is due later than a week or long overdue: see urgency_score) and is what the inbox
    # sorts on, refreshed as deadlines approach. Compare scores within one tier only.
    score: Mapped[float] = mapped_column(Float, default=0.0)
    base_score: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    reasons: Mapped[list[list[Any]]] = mapped_column(JSON, default=list)
    cluster: Mapped[str | None] = mapped_column(String(255), default=None)
    deadline_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    ack: Mapped[bool] = mapped_column(Boolean, default=False)
    ack_of: Mapped[str | None] = mapped_column(String(255), default=None)
    # The notice it answers unquoted, as triage reads it (a quoted reply has `reply_to`).
    answers: Mapped[str | None] = mapped_column(String(255), default=None)
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the user last marked it done: Done lists by it. Kept when it opens again (a
    # correction came, the user took it back), for the done state then restored.
    done_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # An unconfirmed DING: first in its tier until the user acknowledges it.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # None until the notifier has looked at it; then notify / hold / silent / digested.
    notify_state: Mapped[str | None] = mapped_column(String(10), default=None)
    # The edit its text comes from: its time and id (the latest wins, as on Matrix, however
    # late it arrives), and the text as first posted, to go back to when that edit is
    # redacted. All None for a message never edited.
    edited_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    edit_id: Mapped[str | None] = mapped_column(String(255), default=None)
    original_text: Mapped[str | None] = mapped_column(Text, default=None)
    # When its sender withdrew it (redacted on Matrix, recalled in WeChat's words): the
    # row stays, as a card that says so, its text gone.
    withdrawn_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # For a message stored unsorted (triage failed on it): the rules that failed (see
    # triage_process.RULES; '' for rules not known), which are not asked again. None for
    # every other.
    unsorted_by: Mapped[str | None] = mapped_column(String(64), default=None)
    # The inbox order (pinned, score and time descending) as ascending columns: keyset
    # paging compares row values, which SQLite matches only against ascending index
    # columns. Virtual: computed on read, stored only in the indexes.
    neg_pinned: Mapped[int] = mapped_column(Integer, Computed("-pinned", persisted=False))
    neg_score: Mapped[float] = mapped_column(Float, Computed("-score", persisted=False))
    neg_ts_ms: Mapped[int] = mapped_column(BigInteger, Computed("-ts_ms", persisted=False))
    # Whether its due time is when something begins (DUE_BEGINS): virtual, read by Due today
    # from its index alone, not from each overdue card's reasons.
    due_begins: Mapped[bool] = mapped_column(Boolean, Computed(DUE_BEGINS, persisted=False))


class Sender(Base):
    """Every name a message was posted under, acks included: a search for a person finds
    what they posted or confirmed in a group they have since left, or under a name they
    have since changed, which the members of a group no longer hold."""

    __tablename__ = "senders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class UnreadCount(Base):
    """Unread, open messages per group, tier and whether they head a card, kept by the
    triggers of migration 0009 so that badges never count the whole inbox."""

    __tablename__ = "unread_counts"

    group_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tier: Mapped[str] = mapped_column(String(10), primary_key=True)
    card: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class OpenCount(Base):
    """Cards not done per tier, read or not, kept by the triggers of migration 0035 so
    that the sidebar's 紧急 and 待办 never count the whole inbox."""

    __tablename__ = "open_counts"

    tier: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class Attachment(Base):
    """The file a message carries: metadata from sync, content only once the user fetched it.

    The content lives in this (SQLCipher) database, so it is encrypted on disk with
    everything else and leaves with its message when that is redacted.
    """

    __tablename__ = "attachments"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    mimetype: Mapped[str | None] = mapped_column(String(255), default=None)
    size: Mapped[int | None] = mapped_column(BigInteger, default=None)
    fetched_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # Last, so reading the metadata never pages the content in.
    content: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)


class Invite(Base):
    """A group the user is invited to and has not joined: listed until accepted or declined."""

    __tablename__ = "invites"
    __table_args__ = (UniqueConstraint("account_id", "remote_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(Text)
    inviter_id: Mapped[str | None] = mapped_column(String(255), default=None)
    seen_ms: Mapped[int] = mapped_column(BigInteger)


class Escalation(Base):
    """The ladder of one DING; rebuilt into scheduler jobs at start-up, never only there."""

    __tablename__ = "escalations"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    started_ms: Mapped[int] = mapped_column(BigInteger)
    fired: Mapped[int] = mapped_column(Integer, default=0)
    snoozed_until_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # The snooze's length: a clock set back while desk was closed brings it back to that.
    snoozed_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    acked_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # A DING from before the account was added: on record, never alerting or pinned.
    history: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Why desk never reminded the user of it (core.escalation.Unreminded), if it did not:
    # its reminders all fell due while desk was not running.
    unreminded: Mapped[int | None] = mapped_column(Integer, default=None)


class SenderWeight(Base):
    """What the user taught triage about one sender, by correcting tiers."""

    __tablename__ = "sender_weights"
    __table_args__ = (UniqueConstraint("account_id", "sender_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    sender_id: Mapped[str] = mapped_column(String(255))
    weight: Mapped[float] = mapped_column(Float, default=0.0)


class SenderLesson(Base):
    """What a correction across the noise line taught triage about one sender in one group
    (see desk.core.lessons): their like there is read, or put away. The latest one stands."""

    __tablename__ = "sender_lessons"
    __table_args__ = (UniqueConstraint("group_id", "sender_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A group row is one account's: the lesson is the account's, as its weights are.
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    sender_id: Mapped[str] = mapped_column(String(255))
    lesson: Mapped[str] = mapped_column(String(10))


class Setting(Base):
    __tablename__ = "settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
