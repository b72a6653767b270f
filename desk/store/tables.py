"""The store's tables, as SQLAlchemy Core `Table`s. Times are UTC milliseconds: cheap to sort
and compare.

One schema for all: desk.store.models (and the few modules with mapped classes of their own)
map these tables for the ORM, and the migrations and the schema tests read this metadata.
Code may query these tables without loading the ORM, which with the mapped classes costs a
cold start some 40 ms of the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Computed,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

from desk.core.reasons import FROM_YOU

metadata = MetaData()


def to_ms(instant: datetime) -> int:
    return int(instant.timestamp() * 1000)


def from_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


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
# What a group's view asks of each row beside its order (inbox._filters: a card or a copy,
# a re-DING, a notice posted there again), the id first: the index then gives the page's
# order, id last, with no sort.
GROUP_PAGE_ASKS = ("id", "cluster", "remote_id", "account_id", "ding", "ts_ms")
# A message that heads its card: no copy of a notice shown elsewhere, nor a twin (the same
# event of the same room received under a second account, shown on its first account's
# card). SQLite uses a partial index only when the query repeats its condition:
# `inbox._folded_away` does; so do the count triggers (migration 0039).
CARD_HEADS = "(cluster IS NULL OR cluster = remote_id) AND twin_of IS NULL"
# Re-DINGs, each listed on its DING's card, not as a row of its group (inbox._filters), so
# a group's unread badge leaves them out as its view does (InboxQueries.group_counts,
# read_marks). Of the message `{m}`, folded under another card: a DING asked again by the
# sender of an earlier DING in the same group and fold, whether that DING heads its card or
# is a copy folded under a notice posted elsewhere (inbox._re_ding_of_its_card). Apart,
# each by its index: as one OR, SQLite read the group's earlier messages...
RE_DING_RECEIVED = (
    "{m}.ding = 1 AND ("
    + " OR ".join(
        "EXISTS (SELECT 1 FROM messages AS re_card WHERE re_card.account_id = {m}.account_id "
        f"AND re_card.{column} = {{m}}.cluster "
        "AND re_card.group_id = {m}.group_id AND re_card.sender_id = {m}.sender_id "
        "AND re_card.ding = 1 AND re_card.ts_ms < {m}.ts_ms)"
        for column in ("remote_id", "cluster")
    )
    + ")"
)
# A notice posted again where it already stands (the same words sent again to the same
# group, 再次发送): folded under its card, as a re-DING is, and no row of its group either,
# whose view listed it as a second, unread card beside the card All shows read, and whose
# badge counted it (a tester: 5 in a group, 2 in All). Of the message `{m}`, folded under
# another card: not a DING (a DING passed on waits on its own, a re-DING is above), and
# the card or an earlier copy of its fold is in its group. Each way by its own index.
REPOSTED_IN_GROUP = (
    "{m}.ding IS NOT 1 AND ("
    "EXISTS (SELECT 1 FROM messages AS re_post WHERE re_post.account_id = {m}.account_id "
    "AND re_post.remote_id = {m}.cluster AND re_post.group_id = {m}.group_id) "
    "OR EXISTS (SELECT 1 FROM messages AS re_post WHERE re_post.account_id = {m}.account_id "
    "AND re_post.cluster = {m}.cluster AND re_post.group_id = {m}.group_id "
    "AND (re_post.ts_ms < {m}.ts_ms OR (re_post.ts_ms = {m}.ts_ms AND re_post.id < {m}.id))))"
)
# ...or one the user sent as a re-DING (stored without the DING flag, as their own are).
RE_DING_OWN = """EXISTS (
    SELECT 1 FROM outbox AS re_sent JOIN ding_resends AS resend ON resend.txn_id = re_sent.txn_id
    WHERE re_sent.account_id = {m}.account_id AND re_sent.remote_id = {m}.remote_id)"""


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


accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("label", String(200), nullable=False),
    Column("config", JSON, default=dict, nullable=False),
    # The sync cursor is saved in the same transaction as the batch it covers.
    Column("cursor", Text),
    Column("created_ms", BigInteger, nullable=False),
    # Signed in by several people (a township's duty room, 值班室, on several PCs): what its
    # id sends is not the user's own, under any account (see sync.accounts.set_shared).
    Column("shared", Boolean, nullable=False, default=False, server_default=false()),
)


groups = Table(
    "groups",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("remote_id", String(255), nullable=False),
    Column("name", Text, nullable=False),
    Column("topic", Text, default="", nullable=False),
    # Added to triage's points for this group's messages; corrections move it, and so
    # does the priority the user sets in the settings (desk.core.group_priority).
    Column("weight", Float, default=0.0, nullable=False),
    # That priority ("important" or "low"; None if never set or set back to normal), so
    # that a message's reason can say the user marked the group, not that they moved it.
    Column("priority", String(10)),
    # End-to-end encrypted on the server: desk cannot read its messages yet.
    Column("encrypted", Boolean, default=False, server_default=false(), nullable=False),
    # When the user left it or was removed from it (None while they are in it).
    Column("left_ms", BigInteger),
    UniqueConstraint("account_id", "remote_id"),
)


members = Table(
    "members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", String(255), nullable=False),
    Column("name", Text, nullable=False),
    Column("role", String(10), nullable=False),
    UniqueConstraint("group_id", "user_id"),
)


messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("remote_id", String(255), nullable=False),
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("sender_id", String(255), nullable=False),
    Column("sender_name", Text, nullable=False),
    Column("sender_role", String(10), nullable=False),
    Column("ts_ms", BigInteger, nullable=False),
    Column("text", Text, nullable=False),
    Column("mentions_me", Boolean, default=False, nullable=False),
    Column("ding", Boolean, default=False, nullable=False),
    # A DING's time to confirm by, as its sender set it (IncomingMessage.ding_due).
    Column("ding_due_ms", BigInteger),
    Column("reply_to", String(255)),
    Column("tier", String(10), nullable=False),
    Column("tier_rank", Integer, nullable=False),
    # `base_score` is triage's verdict; `score` adds time pressure (due soon rises; in
    # Action, bands of due time above untimed tasks' base scores, and below them for what
    # is due later than a week or long overdue: see urgency_score) and is what the inbox
    # sorts on, refreshed as deadlines approach. Compare scores within one tier only.
    Column("score", Float, default=0.0, nullable=False),
    Column("base_score", Float, default=0.0, server_default="0", nullable=False),
    Column("reasons", JSON, default=list, nullable=False),
    Column("cluster", String(255)),
    Column("deadline_ms", BigInteger),
    Column("ack", Boolean, default=False, nullable=False),
    Column("ack_of", String(255)),
    # The notice it answers unquoted, as triage reads it (a quoted reply has `reply_to`).
    Column("answers", String(255)),
    Column("read", Boolean, default=False, nullable=False),
    Column("done", Boolean, default=False, nullable=False),
    # When the user last marked it done: Done lists by it. Kept when it opens again (a
    # correction came, the user took it back), for the done state then restored.
    Column("done_ms", BigInteger),
    Column("corrected", Boolean, default=False, server_default=false(), nullable=False),
    # An unconfirmed DING: first in its tier until the user acknowledges it.
    Column("pinned", Boolean, default=False, server_default=false(), nullable=False),
    # None until the notifier has looked at it; then notify / hold / silent / digested.
    Column("notify_state", String(10)),
    # The edit its text comes from: its time and id (the latest wins, as on Matrix, however
    # late it arrives), and the text as first posted, to go back to when that edit is
    # redacted. All None for a message never edited.
    Column("edited_ms", BigInteger),
    Column("edit_id", String(255)),
    Column("original_text", Text),
    # When its sender withdrew it (redacted on Matrix, recalled in WeChat's words): the
    # row stays, as a card that says so, its text gone.
    Column("withdrawn_ms", BigInteger),
    # For a message stored unsorted (triage failed on it): the rules that failed (see
    # triage_process.RULES; '' for rules not known), which are not asked again. None for
    # every other.
    Column("unsorted_by", String(64)),
    # The inbox order (pinned, score and time descending) as ascending columns: keyset
    # paging compares row values, which SQLite matches only against ascending index
    # columns. Virtual: computed on read, stored only in the indexes.
    Column("neg_pinned", Integer, Computed("-pinned", persisted=False)),
    Column("neg_score", Float, Computed("-score", persisted=False)),
    Column("neg_ts_ms", BigInteger, Computed("-ts_ms", persisted=False)),
    # Whether its due time is when something begins (DUE_BEGINS): virtual, read by Due today
    # from its index alone, not from each overdue card's reasons.
    Column("due_begins", Boolean, Computed(DUE_BEGINS, persisted=False)),
    # The same event of the same room stored first under another account (two accounts of
    # one official in one group): the row of that account, whose card stands for both
    # (CARD_HEADS), and whose read and done this row follows both ways (triggers of
    # migration 0039). Its own account's folding, acks and edits are as for any message.
    # That row gone (its account removed), a trigger of 0039 makes it a card again.
    Column("twin_of", Integer),
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
    # A group's view: after its order and the id, what its conditions ask of each row
    # (inbox._filters), so that only a copy's row is looked at (migration 0043).
    Index(
        "ix_messages_group_inbox",
        "group_id",
        "done",
        *INBOX_ORDER,
        *GROUP_PAGE_ASKS,
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
    # The cards marked done, each with its notice's key (0040): what a search's count of
    # Done looks among, and the copies of each by ix_messages_cluster, from the index
    # alone (inbox._DONE_SEARCH_IDS). Only the done, few beside the rest.
    Index(
        "ix_messages_done_cards",
        "account_id",
        "remote_id",
        sqlite_where=text(f"done = 1 AND ack_of IS NULL AND ({CARD_HEADS})"),
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
    # ...and of them the DINGs folded under another card, the few re-DINGs among them
    # (InboxQueries.group_counts, after every sync batch: not every unread row).
    # A group by time; with the sender, who posted there lately is read from the index
    # alone (roll_calls._SENDERS, _WINDOW), not from rows decrypted page by page.
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
    # Of a notice's copies, the DINGs (inbox._WAITING_COPIES, _RE_DINGED): the few, without
    # a look at every copy's row for its `ding` (migration 0043).
    Index(
        "ix_messages_ding_copies",
        "account_id",
        "cluster",
        sqlite_where=text("ding IS 1 AND cluster IS NOT NULL"),
    ),
    # The twins of a card (see `twin_of`): few, and only where two accounts share a group.
    Index("ix_messages_twins", "twin_of", sqlite_where=text("twin_of IS NOT NULL")),
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


senders = Table(
    "senders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, unique=True, nullable=False),
)


unread_counts = Table(
    "unread_counts",
    metadata,
    Column("group_id", Integer, primary_key=True),
    Column("tier", String(10), primary_key=True),
    Column("card", Boolean, primary_key=True),
    Column("n", Integer, nullable=False),
)


open_counts = Table(
    "open_counts",
    metadata,
    Column("tier", String(10), primary_key=True),
    Column("n", Integer, nullable=False),
)


attachments = Table(
    "attachments",
    metadata,
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("url", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("mimetype", String(255)),
    Column("size", BigInteger),
    Column("fetched_ms", BigInteger),
    # Last, so reading the metadata never pages the content in.
    Column("content", LargeBinary),
)


invites = Table(
    "invites",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("remote_id", String(255), nullable=False),
    Column("name", Text, nullable=False),
    Column("inviter_id", String(255)),
    # Their display name as the invite gave it (None: not given).
    Column("inviter_name", Text),
    Column("seen_ms", BigInteger, nullable=False),
    UniqueConstraint("account_id", "remote_id"),
)


escalations = Table(
    "escalations",
    metadata,
    Column("message_id", Integer, ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True),
    Column("started_ms", BigInteger, nullable=False),
    Column("fired", Integer, default=0, nullable=False),
    Column("snoozed_until_ms", BigInteger),
    # The snooze's length: a clock set back while desk was closed brings it back to that.
    Column("snoozed_ms", BigInteger),
    Column("acked_ms", BigInteger),
    # A DING from before the account was added: on record, never alerting or pinned.
    Column("history", Boolean, default=False, server_default=false(), nullable=False),
    # Why desk never reminded the user of it (core.escalation.Unreminded), if it did not:
    # its reminders all fell due while desk was not running.
    Column("unreminded", Integer),
)


sender_weights = Table(
    "sender_weights",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("sender_id", String(255), nullable=False),
    Column("weight", Float, default=0.0, nullable=False),
    UniqueConstraint("account_id", "sender_id"),
)


sender_lessons = Table(
    "sender_lessons",
    metadata,
    Column("id", Integer, primary_key=True),
    # A group row is one account's: the lesson is the account's, as its weights are.
    Column("group_id", Integer, ForeignKey("groups.id", ondelete="CASCADE"), nullable=False),
    Column("sender_id", String(255), nullable=False),
    Column("lesson", String(10), nullable=False),
    UniqueConstraint("group_id", "sender_id"),
)


settings = Table(
    "settings",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("value", JSON, nullable=False),
)


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # the server refused it for good (e.g. no right to post there)


outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("txn_id", String(64), unique=True, nullable=False),
    Column("group_remote_id", String(255), nullable=False),
    Column("text", Text, default="", nullable=False),
    Column("reply_to", String(255)),
    Column("ack_of", String(255)),
    # {"deadline": ISO 8601 or null, "recipients": [user ids] or null} for a DING, and
    # "sent_elsewhere": true for one the user sent from another device. SQL NULL for
    # anything else, which every query of DINGs tells them by (`ding IS NOT NULL`): JSON's
    # own null, stored for a None given, listed a reply among the DINGs the user sent.
    Column("ding", JSON(none_as_null=True)),
    Column("state", String(10), default=OutboxState.PENDING.value, nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("last_error", String(40)),
    Column("created_ms", BigInteger, nullable=False),
    Column("sent_ms", BigInteger),
    Column("remote_id", String(255)),
    # When the sender was told a DING of theirs passed its deadline with people unconfirmed
    # (desk.app.sent_deadlines): said once, across restarts. NULL: not (yet) told.
    Column("deadline_told_ms", BigInteger),
    Index("ix_outbox_pending", "account_id", "state", "id"),
    # What was sent as a given message (a card that is the user's own DING, see
    # store.dings.dings_sent_as; a confirmation's target; a withdrawal).
    Index("ix_outbox_remote", "account_id", "remote_id"),
)


ding_confirmations = Table(
    "ding_confirmations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
    Column("ding_remote_id", String(255), nullable=False),
    Column("user_id", String(255), nullable=False),
    Column("name", Text, nullable=False),
    Column("ts_ms", BigInteger, nullable=False),
    # "ack" (an explicit acknowledgement event) or "reply" (a pure acknowledgement message).
    Column("source", String(10), nullable=False),
    # The server's id of the acknowledging event or message.
    Column("remote_id", String(255)),
    UniqueConstraint("account_id", "ding_remote_id", "user_id"),
)


ding_resends = Table(
    "ding_resends",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("outbox_id", Integer, ForeignKey("outbox.id", ondelete="CASCADE"), nullable=False),
    Column("txn_id", String(64), unique=True, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Index("ix_ding_resends_outbox", "outbox_id"),
)


# What the user did with a removed account's messages (read, done at its time), by event
# id, under its server and user id (`owner`): its messages, stored again when that account
# is added back, take them (see store.kept_marks, migration 0042).
kept_marks = Table(
    "kept_marks",
    metadata,
    Column("owner", String(400), primary_key=True),
    Column("remote_id", String(255), primary_key=True),
    Column("read", Boolean, nullable=False),
    Column("done", Boolean, nullable=False),
    Column("done_ms", BigInteger),
)


credentials = Table(
    "credentials",
    metadata,
    Column("account_id", Integer, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("secrets", JSON, default=dict, nullable=False),
)
