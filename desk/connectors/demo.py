"""The embedded demo workspace: realistic work-group traffic with no server.

The scripted history is placed relative to the first sync of a data dir (the
anchor, kept in the cursor), so a newcomer sees today's traffic and a re-sync
adds nothing twice. After the anchor a pool of live messages plays one every
few seconds while desk runs, then, after a lull, over and over at one a minute: at the
first round's pace the same photo came back every seven minutes (a tester), now not
within twenty. Its DINGs and @-mentions of the user play only the first time. A live
message is said as in the month and on the day it is posted, not the anchor's: a demo
first run in June spoke of the flood season in December. The days its texts name are
templates, so that they fit whatever day it is first run: `{date+N}` a date after the
anchor's day, `{weekday+N}` and `{week+N}` a weekday after the message's own (see
`_dated`).

As in any work group, a message is sometimes edited or withdrawn (撤回) by its sender: a
scripted message says when with `"recalled": "<at>"`, and a live item
`{"edits": -N, "text": …}` or `{"recalls": -N}` edits or withdraws the live message N
places before it.

A DING to the user may say how long its sender gave to confirm it (`"confirm_within_minutes":
30`), as a DING sent from desk carries its time to confirm by, and which DING it repeats
(`"repeats": "<remote id>"`, a re-DING to the unconfirmed), as a re-DING sent from desk says.

A DING the user sends is confirmed by colleagues over the next minutes (some
never do), as explicit acknowledgements and a few "收到" replies. Who confirms and
when follows from the DING's transaction id; the DINGs still being confirmed
travel in the cursor, so a restart or a re-fetch neither loses nor repeats one.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from desk.connectors.demo_season import in_season
from desk.connectors.protocol import (
    AckEvent,
    BadItem,
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    MessageEdit,
    Outgoing,
    Redaction,
    SendResult,
    SyncBatch,
)
from desk.core.clock import Clock
from desk.core.messages import Role
from desk.resources import resource

ZONE = ZoneInfo("Asia/Shanghai")
LIVE_INTERVAL = timedelta(seconds=6)
LIVE_REPLAY_INTERVAL = timedelta(seconds=60)
LIVE_REPLAY_PAUSE = timedelta(minutes=14)
# After a long absence the live stream resumes near "now" instead of replaying
# thousands of messages at once.
LIVE_CATCH_UP = 20
_DAY_AT = re.compile(r"^-(\d+)d (\d{1,2}):(\d{2})$")
_MINUTES_AGO = re.compile(r"^-(\d+)m$")
# Colleagues confirm a DING between these delays after it was sent, if at all.
CONFIRM_MIN = timedelta(seconds=30)
CONFIRM_SPREAD_S = 8 * 60
NEVER_CONFIRM_PERCENT = 20
REPLY_PERCENT = 25  # of those who confirm, how many write "收到" instead
_REPLIES = ("收到", "收到！", "已收到")


@dataclass(frozen=True, slots=True)
class SentDing:
    """A DING the user sent, still being confirmed."""

    txn_id: str
    group_id: str
    sent: datetime
    targets: tuple[str, ...]  # who is asked to confirm

    @property
    def remote_id(self) -> str:
        return f"sent-{self.txn_id}"

    def schedule(self) -> list[tuple[str, datetime, bool]]:
        """(user id, when they confirm, whether by a reply), from the txn id alone.

        Shares, not chances: of three or more colleagues someone always stays silent,
        and of two or more who confirm someone always replies 收到, so every DING shows
        what the roster is for.
        """
        ranked = sorted(self.targets, key=self._draw)
        silent = len(ranked) * NEVER_CONFIRM_PERCENT // 100 or (1 if len(ranked) >= 3 else 0)
        confirming = ranked[silent:]
        replying = len(confirming) * REPLY_PERCENT // 100 or (1 if len(confirming) >= 2 else 0)
        out = []
        for index, user_id in enumerate(confirming):
            delay = CONFIRM_MIN + timedelta(seconds=(self._draw(user_id) >> 8) % CONFIRM_SPREAD_S)
            out.append((user_id, self.sent + delay, index < replying))
        return sorted(out, key=lambda s: s[1])

    def _draw(self, user_id: str) -> int:
        return int(hashlib.sha256(f"{self.txn_id}|{user_id}".encode()).hexdigest()[:12], 16)

    def to_json(self) -> list[Any]:
        return [self.txn_id, self.group_id, self.sent.isoformat(), list(self.targets)]

    @classmethod
    def from_json(cls, data: list[Any]) -> SentDing:
        return cls(str(data[0]), str(data[1]), datetime.fromisoformat(data[2]), tuple(data[3]))


@dataclass(frozen=True, slots=True)
class DemoCursor:
    anchor: datetime
    live: int  # live messages already delivered
    # DINGs still being confirmed, and the time up to which their confirmations went out.
    dings: tuple[SentDing, ...] = ()
    at: datetime | None = None

    def encode(self) -> str:
        data: dict[str, Any] = {"anchor": self.anchor.isoformat(), "live": self.live}
        if self.dings and self.at is not None:
            data["dings"] = [d.to_json() for d in self.dings]
            data["at"] = self.at.isoformat()
        return json.dumps(data)

    @classmethod
    def decode(cls, text: str) -> DemoCursor:
        data = json.loads(text)
        return cls(
            datetime.fromisoformat(data["anchor"]),
            int(data["live"]),
            tuple(SentDing.from_json(d) for d in data.get("dings", ())),
            datetime.fromisoformat(data["at"]) if data.get("at") else None,
        )


# A day named in a text, as days after the anchor's ({date+2} -> 12月5日): a notice's
# 6月28日前 read in December was due next June. A weekday, as days after the message's own
# post day: {weekday+4} the coming one bare (周五; 0 to 6 days on, so it cannot name
# today's weekday a week on), {week+4} with its week (本周五, 下周一; the date beyond
# these). The script was written for a Thursday; said on another day its 周一了 and
# 明天（周五） were wrong, and triage read 明天 where the author meant Friday. From the
# post day, not the anchor: a "minutes ago" message posted before midnight says 明天 of
# its own day, and the live pool plays on days after the anchor.
# `{month+N}` and `{year+N}` name the anchor's month or year, N on (a notice's 6月上旬 or
# 2026年度 was June's and 2026's whenever the demo ran).
_DAY_IN_TEXT = re.compile(r"\{(date|weekday|week|month|year)([+-]\d+)\}")
_WEEKDAYS = "一二三四五六日"


def _only_once(raw: Mapping[str, Any]) -> bool:
    """Whether a live item is played only in the pool's first round: an order to the user
    (a DING, an @-mention), not played again (see DemoConnector._live_item)."""
    return bool(raw.get("ding") or raw.get("mentions_me"))


def _dated(text: str, anchor: datetime, posted: datetime) -> str:
    if "{" not in text:
        return text
    today = anchor.astimezone(ZONE).date()
    posted_on = posted.astimezone(ZONE).date()

    def day(found: re.Match[str]) -> str:
        kind, days = found.group(1), int(found.group(2))
        if kind == "month":
            return str((today.month - 1 + days) % 12 + 1)
        if kind == "year":
            return str(today.year + days)
        if kind == "date":
            return _month_day(today + timedelta(days=days))
        named = posted_on + timedelta(days=days)
        weekday = f"周{_WEEKDAYS[named.weekday()]}"
        if kind == "weekday":
            if not 0 <= days <= 6:
                raise ValueError("a bare weekday names one of the coming seven days")
            return weekday
        weeks = (named - posted_on + timedelta(days=posted_on.weekday())).days // 7
        if -1 <= weeks <= 1:
            return "上本下"[weeks + 1] + weekday
        return _month_day(named)

    return _DAY_IN_TEXT.sub(day, text)


def _seasonal(value: object, anchor: datetime) -> str:
    """A text as said in the month the demo was first run (see demo_season)."""
    return in_season(value, anchor.astimezone(ZONE).month)


def live_offset(k: int, pool: int) -> timedelta:
    """When the `k`th live item of a pool of `pool` is posted, after the anchor."""
    if k < pool:
        return LIVE_INTERVAL * (k + 1)
    return LIVE_INTERVAL * pool + LIVE_REPLAY_PAUSE + LIVE_REPLAY_INTERVAL * (k - pool + 1)


def live_due(elapsed: timedelta, pool: int) -> int:
    """How many live items of a pool of `pool` are posted `elapsed` after the anchor."""
    if elapsed < LIVE_INTERVAL * pool:
        return max(0, math.floor(elapsed / LIVE_INTERVAL))
    replays = LIVE_INTERVAL * pool + LIVE_REPLAY_PAUSE
    return pool + max(0, math.floor((elapsed - replays) / LIVE_REPLAY_INTERVAL))


def _month_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


def resolve_at(at: str, anchor: datetime) -> datetime:
    """'-2d 09:15' (local time N days before the anchor's day) or '-40m' (before the anchor)."""
    if m := _MINUTES_AGO.match(at):
        return anchor - timedelta(minutes=int(m[1]))
    if m := _DAY_AT.match(at):
        day = anchor.astimezone(ZONE).date() - timedelta(days=int(m[1]))
        return datetime(day.year, day.month, day.day, int(m[2]), int(m[3]), tzinfo=ZONE)
    raise ValueError("bad 'at'")


class DemoConnector:
    kind: ClassVar[str] = "demo"

    def __init__(self, workspace: Mapping[str, Any], clock: Clock) -> None:
        self._ws = workspace
        self._clock = clock
        self._sent: list[IncomingMessage] = []
        self._new_dings: list[SentDing] = []
        # How many of each the last batch carried, and the cursor after it: they are let go
        # when the worker syncs from that cursor (the store committed them), and handed out
        # again after a batch the store failed (or the user's sent DING was lost).
        self._handed: tuple[str, int, int] | None = None
        self._roles = {
            (g["id"], m["id"]): (m["name"], Role(m["role"]))
            for g in workspace["groups"]
            for m in g["members"]
        }

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> DemoConnector:
        path = (
            Path(config["workspace"])
            if config.get("workspace")
            else resource("demo", "workspace.json")
        )
        workspace = json.loads(path.read_text("utf-8"))
        return cls(workspace, clock)

    @property
    def me(self) -> str:
        return str(self._ws["me"]["name"])

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        handed, self._handed = self._handed, None
        if handed is not None and cursor == handed[0]:
            del self._sent[: handed[1]]
            del self._new_dings[: handed[2]]
        now = self._clock.now()
        edits: list[MessageEdit] = []
        recalls: list[Redaction] = []
        if cursor is None:
            state = DemoCursor(now, 0)
            messages, recalls, bad = self._scripted(state.anchor)
            groups, bad_groups = self._groups(state.anchor)
            bad = [*bad_groups, *bad]
        else:
            state = DemoCursor.decode(cursor)
            messages, bad, groups = [], [], ()
        due = self._live_due(state.anchor, now)
        dings = (*state.dings, *self._new_dings)
        if wait_s > 0 and due <= state.live and not self._sent:
            next_at = state.anchor + live_offset(state.live, len(self._ws["live"]))
            confirm_at = [t for d in dings for _u, t, _r in d.schedule() if t > now]
            next_at = min([next_at, *confirm_at])
            await asyncio.sleep(min(wait_s, max(0.0, (next_at - now).total_seconds())))
            now = self._clock.now()
            due = self._live_due(state.anchor, now)
            # The worker sends while this sync waits: a DING sent meanwhile joins now.
            dings = (*state.dings, *self._new_dings)
        first = max(state.live, due - LIVE_CATCH_UP)
        for k in range(first, due):
            item = self._live_item(state.anchor, k)
            if item is None:
                continue
            if isinstance(item, BadItem):
                bad.append(item)
            elif isinstance(item, MessageEdit):
                edits.append(item)
            elif isinstance(item, Redaction):
                recalls.append(item)
            else:
                messages.append(item)
        messages.extend(self._sent)
        acks, replies = self._confirmations(dings, state.at, now)
        messages.extend(replies)
        waiting = tuple(d for d in dings if any(t > now for _u, t, _r in d.schedule()))
        next_cursor = DemoCursor(state.anchor, max(due, state.live), waiting, now).encode()
        self._handed = (next_cursor, len(self._sent), len(dings) - len(state.dings))
        return SyncBatch(
            next_cursor=next_cursor,
            groups=groups,
            messages=tuple(messages),
            bad_items=tuple(bad),
            me_name=self.me if cursor is None else None,
            acks=tuple(acks),
            edits=tuple(edits),
            redactions=tuple(recalls),
        )

    async def send(self, item: Outgoing) -> SendResult:
        remote_id = f"sent-{item.txn_id}"
        if item.ack_of is not None:
            # An acknowledgement is an event, not a message in the group.
            return SendResult(remote_id)
        self._sent.append(
            IncomingMessage(
                remote_id=remote_id,
                group_id=item.group_id,
                sender_id=self._ws["me"]["id"],
                sender_name=self.me,
                sender_role=self._role(item.group_id, self._ws["me"]["id"]),
                ts=self._clock.now(),
                text=item.text,
                reply_to=item.reply_to,
                from_me=True,
            )
        )
        if item.ding is not None:
            me = self._ws["me"]["id"]
            targets = item.ding.recipients
            if targets is None:
                targets = tuple(u for (g, u) in self._roles if g == item.group_id and u != me)
            self._new_dings.append(SentDing(item.txn_id, item.group_id, self._clock.now(), targets))
        return SendResult(remote_id)

    def _confirmations(
        self, dings: tuple[SentDing, ...], since: datetime | None, now: datetime
    ) -> tuple[list[AckEvent], list[IncomingMessage]]:
        acks: list[AckEvent] = []
        replies: list[IncomingMessage] = []
        for ding in dings:
            for user_id, at, by_reply in ding.schedule():
                if at > now or (since is not None and at <= since):
                    continue
                if by_reply:
                    name, role = self._roles.get((ding.group_id, user_id), (user_id, Role.MEMBER))
                    text = _REPLIES[int(hashlib.sha256(user_id.encode()).hexdigest(), 16) % 3]
                    replies.append(
                        IncomingMessage(
                            remote_id=f"{ding.remote_id}-re-{user_id}",
                            group_id=ding.group_id,
                            sender_id=user_id,
                            sender_name=name,
                            sender_role=role,
                            ts=at,
                            text=text,
                            reply_to=ding.remote_id,
                        )
                    )
                else:
                    acks.append(
                        AckEvent(
                            remote_id=f"{ding.remote_id}-ack-{user_id}",
                            group_id=ding.group_id,
                            sender_id=user_id,
                            target_id=ding.remote_id,
                            ts=at,
                        )
                    )
        return acks, replies

    async def close(self) -> None:
        return None

    def _groups(self, anchor: datetime) -> tuple[tuple[GroupInfo, ...], list[BadItem]]:
        """The groups, each topic as said in the anchor's month. A topic with no variant
        for it (a workspace written for some seasons) costs the group its topic, not the
        demo: raised, it failed the first sync whole, for ever."""
        month = anchor.astimezone(ZONE).month
        groups: list[GroupInfo] = []
        bad: list[BadItem] = []
        for g in self._ws["groups"]:
            try:
                topic = in_season(g.get("topic", ""), month)
            except (TypeError, ValueError):
                topic = ""
                bad.append(BadItem("group", "malformed", str(g["id"])))
            members = tuple(MemberInfo(m["id"], m["name"], Role(m["role"])) for m in g["members"])
            groups.append(
                GroupInfo(remote_id=g["id"], name=g["name"], topic=topic, members=members)
            )
        return tuple(groups), bad

    def _role(self, group_id: str, user_id: str) -> Role:
        return self._roles.get((group_id, user_id), ("", Role.MEMBER))[1]

    def _scripted(
        self, anchor: datetime
    ) -> tuple[list[IncomingMessage], list[Redaction], list[BadItem]]:
        messages: list[IncomingMessage] = []
        recalls: list[Redaction] = []
        bad: list[BadItem] = []
        for raw in self._ws["messages"]:
            try:
                ts = resolve_at(raw["at"], anchor)
                recalled = resolve_at(raw["recalled"], anchor) if "recalled" in raw else None
            except (KeyError, ValueError, TypeError):
                bad.append(BadItem("message", "bad_time", raw.get("id")))
                continue
            parsed = self._parse(raw, raw.get("id"), ts, anchor)
            if isinstance(parsed, BadItem):
                bad.append(parsed)
                continue
            messages.append(parsed)
            if recalled is not None:
                recalls.append(Redaction(parsed.remote_id, parsed.group_id, recalled))
        messages.sort(key=lambda m: m.ts)
        return messages, recalls, bad

    def _live_due(self, anchor: datetime, now: datetime) -> int:
        if not self._ws.get("live"):
            return 0
        return live_due(now - anchor, len(self._ws["live"]))

    def _live_item(
        self, anchor: datetime, k: int
    ) -> IncomingMessage | MessageEdit | Redaction | BadItem | None:
        """The `k`th live item after `anchor`; None for one played only the first time."""
        pool = self._ws["live"]
        raw = pool[k % len(pool)]
        ts = anchor + live_offset(k, len(pool))
        back = raw.get("edits", raw.get("recalls"))
        if back is not None:
            # The live message `back` places before, in this round of the pool.
            if not isinstance(back, int) or not 0 < -back <= k % len(pool):
                return BadItem("message", "malformed", f"live-{k}")
            target = pool[(k + back) % len(pool)]
            if k + back >= len(pool) and _only_once(target):
                return None  # its message was not played again
            if "recalls" in raw:
                return Redaction(f"live-{k + back}", str(target.get("group")), ts)
            group, sender = str(target.get("group")), str(target.get("sender"))
            try:
                text = _dated(_seasonal(raw.get("text"), ts), ts, ts)
            except (TypeError, ValueError):
                return BadItem("message", "malformed", f"live-{k}")
            return MessageEdit(f"live-{k + back}", group, sender, text, ts, f"live-{k}")
        if k >= len(pool) and _only_once(raw):
            # The pool plays again, but not its orders to the user: a DING a second time
            # would be a new one to confirm, and played as chatter its words (30 分钟内报送,
            # 务必…) came back every few minutes as a new order with no DING (a tester).
            return None
        # Said as on the day it is posted: its season and the year it names.
        return self._parse(raw, f"live-{k}", ts, ts)

    def _parse(
        self, raw: Mapping[str, Any], remote_id: str | None, ts: datetime, anchor: datetime
    ) -> IncomingMessage | BadItem:
        try:
            group_id, sender_id = str(raw["group"]), str(raw["sender"])
            name, role = self._roles[(group_id, sender_id)]
            text = _seasonal(raw["text"], anchor)
            if remote_id is None:
                raise TypeError
            within = raw.get("confirm_within_minutes")
            ding = bool(raw.get("ding", False))
            return IncomingMessage(
                remote_id=remote_id,
                group_id=group_id,
                sender_id=sender_id,
                sender_name=name,
                sender_role=role,
                ts=ts,
                text=_dated(text, anchor, ts),
                mentions_me=bool(raw.get("mentions_me", False)),
                ding=ding,
                ding_due=ts + timedelta(minutes=float(within)) if ding and within else None,
                from_me=sender_id == self._ws["me"]["id"],
                # A re-DING names the scripted DING it repeats, as a Matrix one does.
                repeats=str(raw["repeats"]) if ding and raw.get("repeats") else None,
            )
        except KeyError:
            return BadItem("message", "unknown_group_or_sender", remote_id)
        except (TypeError, ValueError):
            return BadItem("message", "malformed", remote_id)
