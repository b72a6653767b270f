"""The Matrix connector: sync, back-fill and send over the client-server API.

Initial sync uses a filter with a bounded timeline per room (`initial_history`);
later syncs long-poll. When the server cuts a room's timeline short (`limited`),
the gap back to the previous sync token is filled from `/messages` before the
batch is returned, so the batch and its cursor cover every event in between.
Room state is cached per process; a room first seen by an incremental sync has
its current state fetched once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from nio import Api, MessageDirection

from desk.connectors.matrix import events as ev
from desk.connectors.matrix.transport import ServerConfig, Transport
from desk.connectors.matrix.wire import outgoing_event
from desk.connectors.protocol import (
    AuthError,
    BadItem,
    ConnectorError,
    Outgoing,
    SendResult,
    SyncBatch,
)
from desk.core.clock import Clock

log = logging.getLogger("desk.connectors.matrix")

# How many recent events per room the first sync fetches.
DEFAULT_INITIAL_HISTORY = 100
# Per room in a later sync; more than this between two syncs is back-filled.
INCREMENTAL_TIMELINE = 100
BACKFILL_PAGE = 500
BACKFILL_CAP = 20_000  # events per room and gap; past it a bad item says so
# Fetched attachments are held in memory and stored whole; Synapse's default upload cap is 50 MB.
MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Credentials:
    user_id: str
    access_token: str
    device_id: str

    def secrets(self) -> dict[str, str]:
        return {"access_token": self.access_token, "device_id": self.device_id}


@dataclass(frozen=True, slots=True)
class MatrixSettings:
    """An account's config: what `desk account add` stores (no secrets)."""

    server: ServerConfig
    user_id: str
    initial_history: int = DEFAULT_INITIAL_HISTORY
    me_name: str | None = None

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> MatrixSettings:
        return cls(
            server=ServerConfig(
                homeserver=str(config["homeserver"]),
                ca_bundle=config.get("ca_bundle") or None,
                proxy=config.get("proxy"),
            ),
            user_id=str(config["user_id"]),
            initial_history=int(config.get("initial_history", DEFAULT_INITIAL_HISTORY)),
            me_name=config.get("me_name") or None,
        )

    def to_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"homeserver": self.server.homeserver, "user_id": self.user_id}
        if self.server.ca_bundle:
            config["ca_bundle"] = self.server.ca_bundle
        if self.server.proxy is not None:
            config["proxy"] = self.server.proxy
        if self.initial_history != DEFAULT_INITIAL_HISTORY:
            config["initial_history"] = self.initial_history
        return config


def sync_filter(timeline_limit: int) -> dict[str, Any]:
    """Rooms' state and timelines only; members in full (roles need them)."""
    nothing = {"not_types": ["*"]}
    return {
        "presence": nothing,
        "account_data": nothing,
        "room": {
            "timeline": {"limit": timeline_limit},
            "state": {"lazy_load_members": False},
            "ephemeral": nothing,
            "account_data": nothing,
        },
    }


async def login(
    server: ServerConfig, user_id: str, password: str, device_name: str = "desk"
) -> Credentials:
    """Signs in with a password; the answer's token and device id are the account's secrets."""
    transport = Transport(server)
    try:
        method, path, data = Api.login(user_id, password, device_name)
        body: dict[str, Any] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": password,
            "initial_device_display_name": device_name,
        }
        del data  # nio's body uses the deprecated top-level "user"; send the identifier form
        try:
            answer = await transport.request(method, path, body, authenticated=False)
        except ConnectorError as exc:
            # A web page (HTML) or a JSON error: a wrong password, or no Matrix server there.
            if exc.reason in ("rejected", "bad_response"):
                raise await _refusal(transport) from None
            # A web server that takes no POST answers 501; a Matrix server behind a proxy
            # whose sign-in is down, a 502 page. Only the second is a server error.
            if exc.reason == "server_error" and await _not_matrix(transport):
                raise ConnectorError("not_matrix") from None
            raise
        try:
            return Credentials(
                str(answer["user_id"]), str(answer["access_token"]), str(answer["device_id"])
            )
        except KeyError:
            raise ConnectorError("bad_response") from None
    finally:
        await transport.close()


async def _refusal(transport: Transport) -> ConnectorError:
    """Why a sign-in was turned down: a wrong user or password, unless no Matrix server
    answers there at all (a wrong path, another web site), which a password cannot fix."""
    try:
        await _versions(transport)
    except ConnectorError as exc:
        return exc
    return AuthError("wrong_password")


async def _not_matrix(transport: Transport) -> bool:
    """Whether what answers at this address is surely no Matrix server (one that is down
    or failing behind its proxy may say nothing useful: not surely none)."""
    try:
        await _versions(transport)
    except ConnectorError as exc:
        return exc.reason == "not_matrix"
    return False


async def _versions(transport: Transport) -> None:
    """Asks for the versions of the API the server speaks, which every Matrix server
    answers without a sign-in; ConnectorError("not_matrix") for an answer of another kind
    (a web page, a 404, JSON without versions), the error met otherwise."""
    try:
        answer = await transport.request("GET", "/_matrix/client/versions", authenticated=False)
    except ConnectorError as exc:
        if exc.reason in ("rejected", "bad_response"):
            raise ConnectorError("not_matrix") from None
        raise
    if not isinstance(answer.get("versions"), list):
        raise ConnectorError("not_matrix")


async def logout(server: ServerConfig, access_token: str) -> None:
    transport = Transport(server, access_token)
    try:
        method, path = Api.logout(access_token)
        await transport.request(method, path, {})
    finally:
        await transport.close()


@dataclass(frozen=True, slots=True)
class _Handed:
    """The room changes of a batch handed to the worker, and the cursor that follows it."""

    cursor: str
    states: dict[str, ev.RoomState]
    left: tuple[str, ...]


class MatrixConnector:
    kind: ClassVar[str] = "matrix"

    def __init__(self, settings: MatrixSettings, transport: Transport, clock: Clock) -> None:
        self._settings = settings
        self._t = transport
        self._clock = clock
        # The rooms' state as the store holds it: what the last committed batch listed.
        self._states: dict[str, ev.RoomState] = {}
        # What the last batch handed out changes, kept until the worker syncs from its
        # cursor (the store committed it). A batch the store failed is fetched again from
        # the old cursor, and must list its rooms again: taken as known at once, a failed
        # first sync lost every group and so every message, for good.
        self._handed: _Handed | None = None

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> MatrixConnector:
        settings = MatrixSettings.from_config(config)
        # Without a token every call raises AuthError: the worker then asks to sign in again.
        return cls(settings, Transport(settings.server, secrets.get("access_token")), clock)

    @property
    def user_id(self) -> str:
        return self._settings.user_id

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        handed, self._handed = self._handed, None
        if handed is not None and cursor == handed.cursor:
            self._states.update(handed.states)
            for room_id in handed.left:
                # Its state ends with the user outside: joined again, it comes back in
                # full (as a group the batch lists), not as a room that seems unchanged.
                self._states.pop(room_id, None)
        initial = cursor is None
        limit = self._settings.initial_history if initial else INCREMENTAL_TIMELINE
        method, path = Api.sync(
            "",
            since=cursor,
            timeout=int(wait_s * 1000),
            filter=sync_filter(limit),
            set_presence="offline",
        )
        body = await self._t.request(
            method, path, timeout_s=wait_s + self._settings.server.request_timeout_s
        )
        known = dict(self._states)
        fetched: list[str] = []
        if not initial:
            for room_id in ev.rooms_without_state(body, known):
                known[room_id] = await self._room_state(room_id)
                fetched.append(room_id)
        me_name = await self._display_name() if initial else self._settings.me_name
        me = ev.Me(self.user_id, (me_name,) if me_name else ())
        try:
            parsed = ev.parse_sync(body, known, me, fetched=frozenset(fetched))
        except ev.MalformedSync:
            raise ConnectorError("bad_response") from None
        events = ev.Parsed()
        rooms = ev.joined_rooms(body)
        for gap in parsed.gaps:
            if initial:
                # The server caps a timeline (Synapse: 100); fetch the rest of the history wanted.
                timeline = rooms[gap.room_id].get("timeline") or {}
                cap = self._settings.initial_history - len(timeline.get("events") or ())
                if cap <= 0:
                    continue
            else:
                cap = BACKFILL_CAP
            state = parsed.states[gap.room_id]
            events.extend(await self._backfill(gap, cursor, state, me, cap))
        events.extend(parsed.events)
        changed = dict.fromkeys([*fetched, *parsed.changed])
        self._handed = _Handed(parsed.next_batch, dict(parsed.states), tuple(parsed.left))
        return SyncBatch(
            next_cursor=parsed.next_batch,
            groups=tuple(parsed.states[r].group_info(self.user_id) for r in changed),
            messages=tuple(events.messages),
            bad_items=tuple(events.bad),
            me_name=me_name if initial else None,
            edits=tuple(events.edits),
            redactions=tuple(events.redactions),
            acks=tuple(events.acks),
            invites=tuple(parsed.invites),
            invites_gone=tuple(parsed.left),
        )

    async def send(self, item: Outgoing) -> SendResult:
        event_type, content = outgoing_event(item, self.user_id)
        # The transaction id was fixed when the item was queued: the server answers a
        # repeat with the first event's id instead of posting twice.
        method, path, _ = Api.room_send("", item.group_id, event_type, content, item.txn_id)
        answer = await self._t.request(method, path, content)
        event_id = answer.get("event_id")
        if not isinstance(event_id, str):
            raise ConnectorError("bad_response")
        return SendResult(event_id)

    async def download(self, url: str) -> bytes:
        """An attachment's content through the authenticated media endpoint
        (`/_matrix/client/v1/media`): servers that follow spec v1.11 refuse the old one."""
        server_name, media_id = ev.parse_mxc(url)
        method, path = Api.download(server_name, media_id)
        return await self._t.request_bytes(method, path, max_bytes=MAX_ATTACHMENT_BYTES)

    async def join(self, group_id: str) -> None:
        method, path = Api.join("", group_id)
        await self._t.request(method, path, {})

    async def leave(self, group_id: str) -> None:
        method, path = Api.room_leave("", group_id)
        await self._t.request(method, path, {})

    async def close(self) -> None:
        await self._t.close()

    async def _room_state(self, room_id: str) -> ev.RoomState:
        method, path = Api.room_get_state("", room_id)
        answer = await self._t.request_list(method, path)
        return ev.state_from_events(room_id, answer)

    async def _display_name(self) -> str | None:
        method, path = Api.profile_get_displayname(self.user_id)
        try:
            answer = await self._t.request(method, path)
        except ConnectorError as exc:
            if exc.reason == "rejected":  # no profile: mentions by user id only
                return None
            raise
        name = answer.get("displayname")
        return name if isinstance(name, str) and name else None

    async def _backfill(
        self, gap: ev.Gap, since: str | None, state: ev.RoomState, me: ev.Me, cap: int
    ) -> ev.Parsed:
        """The events before a limited timeline: back to the previous sync token (`since`),
        or, at the first sync, up to `cap` more events of history."""
        newest_first: list[Mapping[str, Any]] = []
        token: str | None = gap.prev_batch
        while token is not None and len(newest_first) < cap:
            method, path = Api.room_messages(
                "",
                gap.room_id,
                start=token,
                end=since,
                direction=MessageDirection.back,
                limit=min(BACKFILL_PAGE, cap - len(newest_first)),
            )
            page, end = ev.messages_page(await self._t.request(method, path))
            newest_first.extend(page)
            token = end if page and end != token else None
        parsed = ev.parse_events(
            gap.room_id, list(reversed(newest_first)), state, me, apply_state=False
        )
        if since is not None and token is not None and len(newest_first) >= cap:
            parsed.bad.append(BadItem("gap", "backfill_capped", gap.room_id))
        log.info("back-filled %d events in a limited timeline", len(newest_first))
        return parsed
