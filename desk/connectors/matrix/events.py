"""Matrix answers → desk's typed values. Pure functions: no I/O, no clock, no logging.

A `/sync` answer (or a `/messages` page, or a room's `/state`) goes in; groups,
messages, edits, redactions, DING acknowledgements and bad items come out. Room
state (names, power levels, creators, encryption) is kept in `RoomState`, which
the connector caches between calls; parsing never changes a state it was given.
Nothing here raises on a malformed event: it becomes a `BadItem`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desk.connectors.matrix.mentions import writes_name
from desk.connectors.protocol import (
    AckEvent,
    Attachment,
    BadItem,
    ConnectorError,
    DingRequest,
    GroupInfo,
    IncomingMessage,
    Invite,
    MemberInfo,
    MessageEdit,
    Redaction,
    attachment_text,
)
from desk.core.messages import ENCRYPTED_PLACEHOLDER, Role

DING_KEY = "org.desk.ding"
# How desk acknowledges a DING: a 收到 reaction to it. Earlier desks sent an event of
# their own type, still read.
REACTION_TYPE = "m.reaction"
ACK_KEY = "收到"
ACK_TYPE = "org.desk.ack"
# Reactions that acknowledge (a set, not triage's ack rules: those would load the whole
# engine into the window's process, which leaves triage to a process of its own).
_ACK_REACTIONS = frozenset(
    {ACK_KEY, "已收到", "收到！", "已阅", "好的", "好", "明白", "ok"}
    | {"👍", "👌", "✅", "✔", "☑", "🆗", "🙏"}
)
OWNER_POWER = 100
ADMIN_POWER = 50

# Events that are neither messages nor state desk needs, and are not "bad" either.
_IGNORED_TYPES = frozenset(
    {
        "m.room.message.feedback",
        "m.room.pinned_events",
        "m.room.server_acl",
        "m.poll.response",
        "m.poll.end",
        "org.matrix.msc3381.poll.response",
        "org.matrix.msc3381.poll.end",
        "m.room.guest_access",
        "m.room.history_visibility",
        "m.room.join_rules",
        "m.room.avatar",
        "m.room.third_party_invite",
        "m.room.tombstone",
        "m.space.child",
        "m.space.parent",
    }
)
_IGNORED_PREFIXES = ("m.call.", "org.matrix.call.", "m.key.verification.")
# Message types that carry a file; the value is desk's attachment kind.
_ATTACHMENT_MSGTYPES = {
    "m.file": "file",
    "m.image": "image",
    "m.audio": "audio",
    "m.video": "video",
}
# An old-style reply quotes what it answers: "> <@a:b> original\n> more\n\nthe reply".
_REPLY_FALLBACK = re.compile(r"\A(?:>[^\n]*(?:\n|\Z))+\n?")


@dataclass(slots=True)
class RoomState:
    """What desk knows of one room's state; `apply` folds one state event in."""

    room_id: str
    room_version: str = "1"
    name: str = ""
    topic: str = ""
    canonical_alias: str = ""
    creators: frozenset[str] = frozenset()
    power_users: dict[str, int] = field(default_factory=dict)
    users_default: int = 0
    members: dict[str, str] = field(default_factory=dict)  # joined user id -> display name
    encrypted: bool = False

    def copy(self) -> RoomState:
        return RoomState(
            self.room_id,
            self.room_version,
            self.name,
            self.topic,
            self.canonical_alias,
            self.creators,
            dict(self.power_users),
            self.users_default,
            dict(self.members),
            self.encrypted,
        )

    def apply(self, event: Mapping[str, Any]) -> bool:
        """Folds in one state event; False if it is malformed (the state stays as it was)."""
        kind, key, content = event.get("type"), event.get("state_key"), event.get("content")
        if not isinstance(kind, str) or not isinstance(key, str) or not isinstance(content, dict):
            return False
        if kind == "m.room.create":
            sender = event.get("sender")
            if not isinstance(sender, str):
                return False
            extra = content.get("additional_creators", [])
            if not isinstance(extra, list):
                extra = []
            self.creators = frozenset([sender, *(u for u in extra if isinstance(u, str))])
            self.room_version = str(content.get("room_version", "1"))
        elif kind == "m.room.power_levels":
            users = content.get("users", {})
            if not isinstance(users, dict):
                return False
            levels = {str(u): _int(level) for u, level in users.items()}
            self.power_users = {u: v for u, v in levels.items() if v is not None}
            self.users_default = _int(content.get("users_default", 0)) or 0
        elif kind == "m.room.member":
            membership = content.get("membership")
            if membership == "join":
                name = content.get("displayname")
                self.members[key] = name if isinstance(name, str) and name else _localpart(key)
            else:
                self.members.pop(key, None)
        elif kind == "m.room.name":
            name = content.get("name", "")
            self.name = name if isinstance(name, str) else ""
        elif kind == "m.room.topic":
            topic = content.get("topic", "")
            self.topic = topic if isinstance(topic, str) else ""
        elif kind == "m.room.canonical_alias":
            alias = content.get("alias") or ""
            self.canonical_alias = alias if isinstance(alias, str) else ""
        elif kind == "m.room.encryption":
            self.encrypted = bool(content.get("algorithm"))
        return True

    @property
    def creators_privileged(self) -> bool:
        """From room version 12 on, creators hold unlimited power outside the power levels."""
        version = self.room_version
        return (version.isdigit() and int(version) >= 12) or version.startswith("org.matrix.hydra")

    def role_of(self, user_id: str) -> Role:
        if self.creators_privileged and user_id in self.creators:
            return Role.OWNER
        level = self.power_users.get(user_id, self.users_default)
        if level >= OWNER_POWER:
            return Role.OWNER
        if level >= ADMIN_POWER:
            return Role.ADMIN
        return Role.MEMBER

    def display_name(self, user_id: str) -> str:
        return self.members.get(user_id) or _localpart(user_id)

    def title(self, me: str) -> str:
        if self.name:
            return self.name
        if self.canonical_alias:
            return self.canonical_alias
        others = sorted(self.display_name(u) for u in self.members if u != me)
        return ", ".join(others[:5]) or self.room_id

    def group_info(self, me: str) -> GroupInfo:
        return GroupInfo(
            remote_id=self.room_id,
            name=self.title(me),
            topic=self.topic,
            members=tuple(
                MemberInfo(user_id, name, self.role_of(user_id))
                for user_id, name in sorted(self.members.items())
            ),
            encrypted=self.encrypted,
        )


@dataclass(frozen=True, slots=True)
class Me:
    """The account's own user: its id and the names others may write to mention it."""

    user_id: str
    names: tuple[str, ...] = ()


@dataclass(slots=True)
class Parsed:
    """What a run of events turned into, in server order."""

    messages: list[IncomingMessage] = field(default_factory=list)
    edits: list[MessageEdit] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    acks: list[AckEvent] = field(default_factory=list)
    bad: list[BadItem] = field(default_factory=list)

    def extend(self, other: Parsed) -> None:
        self.messages.extend(other.messages)
        self.edits.extend(other.edits)
        self.redactions.extend(other.redactions)
        self.acks.extend(other.acks)
        self.bad.extend(other.bad)


@dataclass(frozen=True, slots=True)
class Gap:
    """A room whose timeline the server cut short: fetch `/messages` back from `prev_batch`."""

    room_id: str
    prev_batch: str


@dataclass(slots=True)
class SyncParse:
    next_batch: str
    states: dict[str, RoomState]  # every joined room seen, its state after this answer
    changed: list[str]  # rooms whose name, topic or members changed (or are new)
    events: Parsed
    gaps: list[Gap]
    invites: list[Invite] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # rooms the user left or was uninvited from


class MalformedSync(ValueError):
    """The answer as a whole is unusable (no next_batch): nothing in it can be trusted."""


def joined_rooms(body: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    rooms = body.get("rooms")
    join = rooms.get("join") if isinstance(rooms, dict) else None
    if not isinstance(join, dict):
        return {}
    return {str(k): v for k, v in join.items() if isinstance(v, dict)}


def rooms_without_state(body: Mapping[str, Any], known: Mapping[str, RoomState]) -> list[str]:
    """Joined rooms in an incremental answer whose state must be fetched before parsing."""
    return [room_id for room_id in joined_rooms(body) if room_id not in known]


def state_from_events(room_id: str, events: Iterable[Mapping[str, Any]]) -> RoomState:
    """A room's state from a `/state` answer (or any list of state events)."""
    state = RoomState(room_id)
    for event in events:
        if isinstance(event, dict) and "state_key" in event:
            state.apply(event)
    return state


def parse_sync(
    body: Mapping[str, Any],
    known: Mapping[str, RoomState],
    me: Me,
    *,
    fetched: frozenset[str] = frozenset(),
) -> SyncParse:
    """One `/sync` answer. `known` holds the state of rooms seen before (not changed here).

    Rooms in `fetched` had their current state fetched just now, so the answer's
    `state` block (older than that) is not applied to them.
    """
    next_batch = body.get("next_batch")
    if not isinstance(next_batch, str) or not next_batch:
        raise MalformedSync("no next_batch")
    states: dict[str, RoomState] = {}
    changed: list[str] = []
    out = Parsed()
    gaps: list[Gap] = []
    for room_id, room in joined_rooms(body).items():
        before = known.get(room_id)
        state = before.copy() if before is not None else RoomState(room_id)
        signature = _signature(state) if before is not None else None
        state_block = room.get("state")
        if room_id not in fetched and isinstance(state_block, dict):
            for event in _events(state_block):
                if not state.apply(event):
                    out.bad.append(_bad(event, "malformed_state"))
        timeline = room.get("timeline")
        timeline = timeline if isinstance(timeline, dict) else {}
        out.extend(parse_events(room_id, _events(timeline), state, me, apply_state=True))
        states[room_id] = state
        if signature is None or _signature(state) != signature:
            changed.append(room_id)
        prev_batch = timeline.get("prev_batch")
        if timeline.get("limited") and isinstance(prev_batch, str):
            gaps.append(Gap(room_id, prev_batch))
    rooms = body.get("rooms")
    rooms = rooms if isinstance(rooms, dict) else {}
    leave = rooms.get("leave")
    for room_id, room in (leave if isinstance(leave, dict) else {}).items():
        # What was posted up to the user's leaving (a notice, then the removal) is theirs.
        before = known.get(str(room_id))
        state = before.copy() if before is not None else RoomState(str(room_id))
        room = room if isinstance(room, dict) else {}
        for event in _events(room.get("state") or {}):  # names and roles, as for a join
            state.apply(event)
        timeline = room.get("timeline")
        if isinstance(timeline, dict):
            out.extend(parse_events(str(room_id), _events(timeline), state, me, apply_state=True))
    return SyncParse(
        next_batch,
        states,
        changed,
        out,
        gaps,
        invites=_invites(rooms.get("invite"), me),
        left=[str(r) for r in leave] if isinstance(leave, dict) else [],
    )


def _invites(block: object, me: Me) -> list[Invite]:
    """Invites from the stripped state the server shows an invited user (no timeline)."""
    if not isinstance(block, dict):
        return []
    invites = []
    for room_id, room in block.items():
        events = _events(room.get("invite_state") or {}) if isinstance(room, dict) else []
        state = state_from_events(str(room_id), events)
        inviter = next(
            (
                e.get("sender")
                for e in events
                if e.get("type") == "m.room.member"
                and e.get("state_key") == me.user_id
                and isinstance(e.get("content"), dict)
                and e["content"].get("membership") == "invite"
            ),
            None,
        )
        name = state.name or state.canonical_alias
        inviter_id = inviter if isinstance(inviter, str) else None
        invites.append(Invite(str(room_id), name, inviter_id, _display_name(events, inviter_id)))
    return invites


def _display_name(events: Sequence[Mapping[str, Any]], user_id: str | None) -> str | None:
    """The display name `user_id`'s member event in an invite's stripped state gives: the
    invite list showed the raw id (@zhuren:…) where it was there to say (IT tester)."""
    if user_id is None:
        return None
    for e in events:
        content = e.get("content")
        if (
            e.get("type") == "m.room.member"
            and e.get("state_key") == user_id
            and isinstance(content, dict)
        ):
            name = content.get("displayname")
            if isinstance(name, str) and name.strip():
                return name.strip()
    return None


def parse_events(
    room_id: str,
    events: Sequence[Mapping[str, Any]],
    state: RoomState,
    me: Me,
    *,
    apply_state: bool,
) -> Parsed:
    """Timeline events in server order. With `apply_state`, state events update `state`
    as they come, so each sender's role is the one they had when they wrote."""
    out = Parsed()
    for event in events:
        kind = event.get("type")
        if not isinstance(kind, str):
            out.bad.append(_bad(event, "malformed"))
            continue
        if "state_key" in event:
            if apply_state and not state.apply(event):
                out.bad.append(_bad(event, "malformed_state"))
            continue
        _parse_one(room_id, kind, event, state, me, out)
    return out


# The times a message can have been sent at: from 2000 to 2100, in ms since the epoch.
_SANE_MS = (946_684_800_000, 4_102_444_800_000)


def _parse_one(
    room_id: str,
    kind: str,
    event: Mapping[str, Any],
    state: RoomState,
    me: Me,
    out: Parsed,
) -> None:
    event_id, sender, ts = event.get("event_id"), event.get("sender"), event.get("origin_server_ts")
    content = event.get("content")
    if (
        not isinstance(event_id, str)
        or not isinstance(sender, str)
        or not isinstance(ts, int)
        or not isinstance(content, dict)
    ):
        out.bad.append(_bad(event, "malformed"))
        return
    if not _SANE_MS[0] <= ts < _SANE_MS[1]:
        # A server's or a bridge's nonsense: a year 33658 stopped the account's sync for
        # good, and one in 9999 made triage's date arithmetic overflow.
        out.bad.append(_bad(event, "bad_time"))
        return
    when = datetime.fromtimestamp(ts / 1000, UTC)
    unsigned = event.get("unsigned")
    if isinstance(unsigned, dict) and "redacted_because" in unsigned:
        # Already redacted on the server: nothing to show, and any stored copy loses its text
        # (or, for an edit, the message its text again).
        out.redactions.append(_redaction(event_id, room_id, unsigned, state))
        return
    # The server names the transaction id only to the session that sent the event: this
    # desk's own, which its outbox knows already.
    txn_id = unsigned.get("transaction_id") if isinstance(unsigned, dict) else None
    sent_here = isinstance(txn_id, str)
    if kind == "m.room.message":
        _parse_message(
            room_id,
            event_id,
            sender,
            when,
            content,
            state,
            me,
            out,
            sent_here,
            txn_id if isinstance(txn_id, str) else None,
        )
    elif kind == "m.room.encrypted":
        out.messages.append(
            IncomingMessage(
                remote_id=event_id,
                group_id=room_id,
                sender_id=sender,
                sender_name=state.display_name(sender),
                sender_role=state.role_of(sender),
                ts=when,
                text=ENCRYPTED_PLACEHOLDER,
                from_me=sender == me.user_id,
            )
        )
    elif kind == "m.room.redaction":
        target = content.get("redacts", event.get("redacts"))
        if isinstance(target, str):
            out.redactions.append(
                Redaction(target, room_id, when, sender, state.display_name(sender))
            )
        else:
            out.bad.append(BadItem("redaction", "malformed", event_id))
    elif kind == ACK_TYPE:
        relates = content.get("m.relates_to")
        relates = relates if isinstance(relates, dict) else {}
        target = relates.get("event_id")
        if isinstance(target, str) and relates.get("rel_type") == "m.reference":
            out.acks.append(AckEvent(event_id, room_id, sender, target, when))
        else:
            out.bad.append(BadItem("ack", "malformed", event_id))
    elif kind == REACTION_TYPE:
        relates = content.get("m.relates_to")
        relates = relates if isinstance(relates, dict) else {}
        target, key = relates.get("event_id"), relates.get("key")
        # A 收到, 👍 or OK under a message acknowledges it; 😂 and the like say nothing.
        if (
            relates.get("rel_type") == "m.annotation"
            and isinstance(target, str)
            and isinstance(key, str)
            and key.replace("\ufe0f", "").strip().lower() in _ACK_REACTIONS
        ):
            out.acks.append(AckEvent(event_id, room_id, sender, target, when))
    elif kind in _IGNORED_TYPES or kind.startswith(_IGNORED_PREFIXES):
        return
    elif kind == "m.sticker":
        body = content.get("body")
        if isinstance(body, str):
            _parse_message(room_id, event_id, sender, when, {"body": body}, state, me, out)
    else:
        out.bad.append(BadItem("event", "unknown_type", event_id))


def _parse_message(
    room_id: str,
    event_id: str,
    sender: str,
    when: datetime,
    content: Mapping[str, Any],
    state: RoomState,
    me: Me,
    out: Parsed,
    sent_here: bool = False,
    txn_id: str | None = None,
) -> None:
    relates = content.get("m.relates_to")
    relates = relates if isinstance(relates, dict) else {}
    if relates.get("rel_type") == "m.replace":
        new = content.get("m.new_content")
        target = relates.get("event_id")
        body = new.get("body") if isinstance(new, dict) else None
        if isinstance(target, str) and isinstance(body, str):
            out.edits.append(MessageEdit(target, room_id, sender, body, when, event_id))
        else:
            out.bad.append(BadItem("edit", "malformed", event_id))
        return
    body = content.get("body")
    if not isinstance(body, str):
        out.bad.append(BadItem("message", "malformed", event_id))
        return
    reply = relates.get("m.in_reply_to")
    reply_to = reply.get("event_id") if isinstance(reply, dict) else None
    if not isinstance(reply_to, str):
        reply_to = None
    if reply_to is not None:
        body = _REPLY_FALLBACK.sub("", body, count=1) or body
    attachment = _attachment(content, body)
    if attachment is not None:
        # `body` is the file name, or a caption when `filename` names the file (spec v1.10).
        caption = body if body != attachment.name else ""
        body = attachment_text(attachment.kind, attachment.name, caption)
    ding = content.get(DING_KEY)
    is_ding = False
    ding_due = None
    own_ding = None
    repeats = None
    if isinstance(ding, dict) and sender == me.user_id:
        # The user's own DING asks others, never them; from another device, whom it asks.
        own_ding = None if sent_here else _own_ding(ding)
    elif isinstance(ding, dict):
        recipients = ding.get("recipients")
        is_ding = recipients is None or (isinstance(recipients, list) and me.user_id in recipients)
        ding_due = _ding_due(ding) if is_ding else None
        # Asked again: its card is the first DING's (one the user has confirmed rings no more).
        said = ding.get("repeats")
        repeats = said if isinstance(said, str) and said != event_id else None
    out.messages.append(
        IncomingMessage(
            remote_id=event_id,
            group_id=room_id,
            sender_id=sender,
            sender_name=state.display_name(sender),
            sender_role=state.role_of(sender),
            ts=when,
            text=body,
            mentions_me=sender != me.user_id and _mentions(content, body, state, me),
            ding=is_ding,
            ding_due=ding_due,
            reply_to=reply_to,
            attachment=attachment,
            from_me=sender == me.user_id,
            own_ding=own_ding,
            repeats=repeats,
            # Its outbox item's, before the send's answer gave that its remote id.
            txn_id=txn_id if sender == me.user_id else None,
        )
    )


def _own_ding(ding: Mapping[str, Any]) -> DingRequest | None:
    """Whom a DING the user sent asks to confirm (None: everyone in the room), by when, and
    which DING it repeats if it is a re-DING; None if it names its recipients in a way no
    desk would (then it is no DING, as for the people it would ask)."""
    recipients = ding.get("recipients")
    if recipients is not None and not isinstance(recipients, list):
        return None
    repeats = ding.get("repeats")
    return DingRequest(
        deadline=_ding_due(ding),
        recipients=(
            tuple(r for r in recipients if isinstance(r, str)) if recipients is not None else None
        ),
        repeats=repeats if isinstance(repeats, str) else None,
    )


def _ding_due(ding: Mapping[str, Any]) -> datetime | None:
    """The time a DING is to be confirmed by, as its sender set it: only a time with its
    offset, in a sane range (it is shown in the user's zone); None for any other."""
    deadline = ding.get("deadline")
    if not isinstance(deadline, str):
        return None
    try:
        due = datetime.fromisoformat(deadline)
    except ValueError:
        return None
    if due.tzinfo is None or not _SANE_MS[0] <= due.timestamp() * 1000 < _SANE_MS[1]:
        return None
    return due


def _redaction(
    event_id: str, room_id: str, unsigned: Mapping[str, Any], state: RoomState
) -> Redaction:
    """The redaction an already redacted event's `unsigned` names: when it was made, if it
    says sanely, and by whom."""
    because = unsigned.get("redacted_because")
    because = because if isinstance(because, dict) else {}
    ts = because.get("origin_server_ts")
    when = (
        datetime.fromtimestamp(ts / 1000, UTC)
        if isinstance(ts, int) and _SANE_MS[0] <= ts < _SANE_MS[1]
        else None
    )
    by = because.get("sender")
    if not isinstance(by, str):
        return Redaction(event_id, room_id, when)
    return Redaction(event_id, room_id, when, by, state.display_name(by))


def _attachment(content: Mapping[str, Any], body: str) -> Attachment | None:
    """The file an m.file/m.image/m.audio/m.video carries, if it names one we can fetch.

    Encrypted files (`file` instead of `url`) only occur in encrypted rooms, which
    desk cannot read; such a message keeps its plain text.
    """
    kind = _ATTACHMENT_MSGTYPES.get(str(content.get("msgtype")))
    url = content.get("url")
    if kind is None or not isinstance(url, str) or not url.startswith("mxc://"):
        return None
    filename = content.get("filename")
    name = filename if isinstance(filename, str) and filename else body
    info = content.get("info")
    info = info if isinstance(info, dict) else {}
    mimetype, size = info.get("mimetype"), _int(info.get("size"))
    return Attachment(
        kind=kind,
        url=url,
        name=name,
        mimetype=mimetype if isinstance(mimetype, str) and mimetype else None,
        size=size if size is not None and size >= 0 else None,
    )


def _mentions(content: Mapping[str, Any], body: str, state: RoomState, me: Me) -> bool:
    mentions = content.get("m.mentions")
    if isinstance(mentions, dict):
        users = mentions.get("user_ids")
        if isinstance(users, list) and me.user_id in users:
            return True
    # Not `room: true`, nor @所有人 in the body: a call on everyone is no mention of the
    # user. Triage reads a notice to all by its words; as "@you", every @所有人 notice
    # due within two hours would be urgent, as the labelled traffic never has them.
    # The body too, with or without `m.mentions`: earlier desks sent an empty one with
    # every reply, whatever its words named.
    names = {me.user_id, *me.names}
    if me.user_id in state.members:
        names.add(state.members[me.user_id])
    others = [n for u, n in state.members.items() if u != me.user_id]
    return any(writes_name(body, name, others) for name in names)


def _signature(state: RoomState) -> tuple[object, ...]:
    return (
        state.title(""),
        state.topic,
        tuple(sorted(state.members.items())),
        tuple(sorted((u, state.role_of(u)) for u in state.members)),
        state.encrypted,
    )


def _events(block: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    events = block.get("events")
    if not isinstance(events, list):
        return []
    return [e for e in events if isinstance(e, dict)]


def _bad(event: Mapping[str, Any], reason: str) -> BadItem:
    event_id = event.get("event_id")
    return BadItem("event", reason, event_id if isinstance(event_id, str) else None)


def _int(value: object) -> int | None:
    # Older rooms may carry power levels as strings ("50").
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def _localpart(user_id: str) -> str:
    return user_id[1:].split(":", 1)[0] if user_id.startswith("@") else user_id


def parse_mxc(url: str) -> tuple[str, str]:
    """(server name, media id) of an `mxc://server/id` URI; ConnectorError if not one."""
    server_name, _, media_id = url.removeprefix("mxc://").partition("/")
    if not url.startswith("mxc://") or not server_name or not media_id or "/" in media_id:
        raise ConnectorError("rejected")
    return server_name, media_id


def messages_page(body: Mapping[str, Any]) -> tuple[list[Mapping[str, Any]], str | None]:
    """A `/messages` page: its events in the order given, and the token to go on from."""
    end = body.get("end")
    return _events({"events": body.get("chunk")}), end if isinstance(end, str) else None
