"""What a connector promises the sync engine, as typed values.

A connector turns a server's answers into these values and never touches the
store; the sync engine writes them. Parsing one bad item must not fail a sync:
the connector returns a BadItem in its place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Protocol, runtime_checkable

from desk.core.clock import Clock
from desk.core.messages import Role


@dataclass(frozen=True, slots=True)
class MemberInfo:
    user_id: str
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class GroupInfo:
    remote_id: str
    name: str
    topic: str = ""
    members: tuple[MemberInfo, ...] = ()
    # End-to-end encrypted: desk cannot read its messages yet, and says so per group.
    encrypted: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file, image, voice message or video sent as a message.

    Only what it is travels with sync; the content is fetched when the user asks
    (see `MediaSource`), so a group full of photos costs no bandwidth until opened.
    """

    kind: str  # one of ATTACHMENT_LABELS
    url: str  # where the connector fetches the content from (Matrix: an mxc:// URI)
    name: str
    mimetype: str | None = None
    size: int | None = None  # bytes, as the sender's client declared it


# What an attachment message's text starts with, so triage, search and every list
# that shows only text still say what arrived. Chinese: it is what the groups speak.
ATTACHMENT_LABELS = {"file": "文件", "image": "图片", "audio": "语音", "video": "视频"}


def attachment_text(kind: str, name: str, caption: str = "") -> str:
    """The stored text of an attachment message, e.g. "[文件] 报表.xlsx"."""
    text = f"[{ATTACHMENT_LABELS.get(kind, ATTACHMENT_LABELS['file'])}] {name}"
    return f"{text} {caption}" if caption else text


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """A message as the server has it; group and sender refer to remote ids."""

    remote_id: str
    group_id: str
    sender_id: str
    sender_name: str
    sender_role: Role
    ts: datetime
    text: str
    mentions_me: bool = False
    ding: bool = False
    # A DING's time to confirm by, as its sender set it (Matrix: org.desk.ding.deadline);
    # None where they set none, or not a time. Whether it is one they could mean, the
    # escalation decides (core.escalation.confirm_by).
    ding_due: datetime | None = None
    reply_to: str | None = None
    attachment: Attachment | None = None
    # Sent by the account's own user (here or on another device): read, never notified,
    # and no task for them.
    from_me: bool = False
    # A DING the user sent from another device (their phone): whom it asks to confirm, so
    # its card counts confirmations as one sent from desk does. Never a DING for the user
    # (`ding` stays False). None for what desk sent itself: its outbox has that already.
    own_ding: DingRequest | None = None
    # A DING to the user that repeats an earlier one (a re-DING to the unconfirmed): the
    # server's id of that one, so that its card is the first DING's, not a second one.
    repeats: str | None = None
    # What desk sent itself, as the server gives it back: the transaction id it was sent
    # under (an outbox item's), which says what it is before the send's answer gives the
    # outbox its remote id (the answer lost, or later than the sync). None otherwise.
    txn_id: str | None = None


@dataclass(frozen=True, slots=True)
class MessageEdit:
    """The sender replaced the text of an earlier message; applied only if the sender matches,
    and only if it is the latest edit of it (by `ts`, then `remote_id`), however late it comes."""

    target_id: str
    group_id: str
    sender_id: str
    text: str
    ts: datetime
    # The edit's own id: a redaction that names it takes the edit back. An edit without
    # one cannot be taken back on its own.
    remote_id: str = ""


@dataclass(frozen=True, slots=True)
class Redaction:
    """An earlier event was removed on the server. A message: its sender withdrew it, or
    a group admin removed it, and its text goes from the store (its card stays and says
    so). An edit: the message reads as it did before that edit."""

    target_id: str
    group_id: str
    ts: datetime | None = None  # when it was removed, if the server says
    # Who removed it, if the server says: another than its sender is a group admin.
    by_id: str | None = None
    by_name: str | None = None


@dataclass(frozen=True, slots=True)
class AckEvent:
    """An explicit acknowledgement of a DING (`org.desk.ack`), for the escalation ladder."""

    remote_id: str
    group_id: str
    sender_id: str
    target_id: str
    ts: datetime


@dataclass(frozen=True, slots=True)
class Invite:
    """The user was invited to a group; it syncs only once the invite is accepted."""

    group_id: str
    name: str  # the group's name as the invite shows it; may be empty
    inviter_id: str | None
    # The inviter's display name as the invite's stripped state gives it (their
    # m.room.member event), else None: with no group joined, none other knows it.
    inviter_name: str | None = None


@dataclass(frozen=True, slots=True)
class BadItem:
    """An item the connector could not parse: logged by kind and reason, never by content."""

    kind: str
    reason: str
    remote_id: str | None = None


@dataclass(frozen=True, slots=True)
class SyncBatch:
    """One answer to `sync`: everything up to `next_cursor`, committed as one unit."""

    next_cursor: str
    groups: tuple[GroupInfo, ...] = ()
    messages: tuple[IncomingMessage, ...] = ()
    bad_items: tuple[BadItem, ...] = ()
    more: bool = False  # the server holds more right now; sync again at once
    me_name: str | None = None  # the user's display name, for @-mentions in text
    # Changes to messages delivered earlier (or earlier in this batch), in server order.
    edits: tuple[MessageEdit, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    acks: tuple[AckEvent, ...] = ()
    invites: tuple[Invite, ...] = ()  # new or changed invites
    # Groups the user is no longer invited to or in (declined, withdrawn, left elsewhere).
    invites_gone: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A reply or acknowledgement queued for sending.

    `txn_id` is fixed when the item is queued, so a retry never sends it twice.
    """

    txn_id: str
    group_id: str
    text: str
    reply_to: str | None = None
    ack_of: str | None = None  # an explicit acknowledgement of this DING (no text sent)
    ding: DingRequest | None = None  # send `text` as a DING
    # Who posted the message `reply_to` answers (the server's id of them), when it was
    # not the user: their client tells them of the answer.
    reply_to_sender: str | None = None
    # The group's members as last synced, so that whoever `text` names is told.
    members: tuple[MemberInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class DingRequest:
    """What makes an outgoing message a DING: a deadline and who must acknowledge it."""

    deadline: datetime | None = None
    recipients: tuple[str, ...] | None = None  # None: everyone in the group
    # A re-DING: the server's id of the DING it repeats, so the sender's other devices
    # count its confirmations for that DING.
    repeats: str | None = None


@dataclass(frozen=True, slots=True)
class SendResult:
    remote_id: str


class ConnectorError(Exception):
    """A sync or send failed; `reason` is a short code the status bar can word, `detail`
    what the words may name besides (the proxy's host:port for "proxy"), never a secret."""

    def __init__(
        self, reason: str, *, retry_after_s: float | None = None, detail: str = ""
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s
        self.detail = detail


class AuthError(ConnectorError):
    """The server no longer accepts our credentials: the user must sign in again."""


@runtime_checkable
class Connector(Protocol):
    """A server connection. Methods are coroutines; the sync worker runs their loop."""

    kind: ClassVar[str]

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        """Everything after `cursor` (None: the first sync).

        With `wait_s` > 0 the call may wait up to that long for something new.
        """
        ...

    async def send(self, item: Outgoing) -> SendResult: ...

    async def close(self) -> None: ...


@runtime_checkable
class MediaSource(Protocol):
    """A connector that can fetch an attachment's content on demand."""

    async def download(self, url: str) -> bytes:
        """The content at an `Attachment.url`; ConnectorError("rejected") if the server has none."""
        ...


@runtime_checkable
class InviteAnswerer(Protocol):
    """A connector that can accept or decline an invite to a group."""

    async def join(self, group_id: str) -> None: ...

    async def leave(self, group_id: str) -> None: ...


class ConnectorFactory(Protocol):
    """What an entry point in the group `desk.connectors` must name."""

    kind: ClassVar[str]

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> Connector:
        """A connector for one account; `clock` is the only source of "now" it may use."""
        ...
