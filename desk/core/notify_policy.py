"""Whether a new message may interrupt the user now: notify, hold for the digest, or stay silent.

Quiet hours hold ordinary items; urgent items, DINGs and the user's break-through
senders and groups come through, and so do the replies to an urgent item of the user's
own while it is open (see `OwnItem`), one pop-up an item (`by_own_item`). Per-group
rules mute a group, limit it to @me and urgent items, or throttle a bursty one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from desk.core.delivery import MUTE, Delivery
from desk.core.messages import Tier
from desk.core.quiet_state import QuietState

# A reply to an urgent item of the user's own comes through quiet hours until this long
# after the item's due time: the stragglers of a 23:30 deadline (后补, 迟报) are the very
# reports the sender sits up for, and by 01:30 they have gone to bed or chased them.
OWN_URGENT_GRACE = timedelta(hours=2)
# ...or, where it set no due time, this long after it was posted: a night's quiet run
# (22:00-08:00 is ten hours) with some to spare, so that replies to 22:40's 各村立即上报
# come through all night, and replies to last night's urgent notice not through tonight.
OWN_URGENT_OPEN = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class OwnItem:
    """An item the user sent that a message answers (quotes it, confirms it, or answers it
    unquoted, as triage linked them): its card's id, when it was posted, the due time it
    set, whether it was a DING, and whether triage read it as urgent for its readers."""

    message_id: int
    posted: datetime
    deadline: datetime | None = None
    ding: bool = False
    urgent: bool = False

    def open_until(self) -> datetime:
        """Until when replies to it still come through quiet hours (see OWN_URGENT_GRACE)."""
        if self.deadline is not None:
            return self.deadline + OWN_URGENT_GRACE
        return self.posted + OWN_URGENT_OPEN

    def pressing(self, quiet: QuietState) -> bool:
        """Whether it is urgent work the user is waiting on now: a DING, a notice triaged
        urgent, or one due within the present quiet period (各村 23:30 前上报)."""
        if self.ding or self.urgent:
            return True
        return self.deadline is not None and (quiet.until is None or self.deadline <= quiet.until)


@dataclass(frozen=True, slots=True)
class Candidate:
    message_id: int
    group_id: str
    group_name: str
    sender_id: str
    sender_name: str
    tier: Tier
    ts: datetime
    ding: bool = False
    mentions_me: bool = False
    # Its words open with the user's name (李明，周五前交材料): asked of them as an @ asks.
    addressed: bool = False
    # A copy of a notice posted before (forwarded into another group, or posted again in
    # its own): folded into that notice's card, which has had its alert.
    repeat: bool = False
    # The item of the user's own it answers, if it answers one (see OwnItem).
    answering: OwnItem | None = None
    # It only confirms (收到, 好的), saying nothing more; and its sender had confirmed
    # the item it answers (or the DING it repeats, its notice) before it.
    receipt: bool = False
    confirmed_before: bool = False
    # The same message under a second account (messages.twin_of): its first account's row
    # has its alert, a DING's ladder or a pop-up; the list shows them as one card.
    twin: bool = False

    @property
    def confirms_again(self) -> bool:
        """Whether it is a second 收到 from someone who had confirmed already (to a
        re-DING, say): it tells the user nothing they did not know."""
        return self.receipt and self.confirmed_before

    @property
    def asks_you(self) -> bool:
        """Whether it is put to the user: by @, or by name."""
        return self.mentions_me or self.addressed


# Older than this when desk first sees it (history of a first sync, a long absence):
# it is in the inbox, but a pop-up for it now would only be noise.
STALE_AFTER = timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class GroupRule:
    mode: str = "all"  # all | mentions_urgent | mute
    throttle_minutes: int = 0


@dataclass(frozen=True, slots=True)
class NotifyRules:
    breakthrough_senders: frozenset[str] = frozenset()
    breakthrough_groups: frozenset[str] = frozenset()
    groups: Mapping[str, GroupRule] = field(default_factory=dict)
    # Replies to the user's own urgent items come through quiet hours (see OwnItem).
    own_urgent_replies: bool = True

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> NotifyRules:
        groups = values.get("notify.groups")
        return cls(
            breakthrough_senders=frozenset(_strings(values.get("quiet.breakthrough_senders"))),
            breakthrough_groups=frozenset(_strings(values.get("quiet.breakthrough_groups"))),
            groups={
                str(gid): GroupRule(str(rule["mode"]), int(rule["throttle_minutes"]))
                for gid, rule in (groups.items() if isinstance(groups, Mapping) else ())
            },
            own_urgent_replies=bool(values.get("quiet.own_urgent_replies", True)),
        )

    @property
    def muted(self) -> frozenset[str]:
        """The groups that never notify, by id or name."""
        return frozenset(gid for gid, rule in self.groups.items() if rule.mode == MUTE)


class BreakThrough(StrEnum):
    """Which list let a message through quiet hours: its pop-up says so."""

    GROUP = "group"
    SENDER = "sender"
    # A reply to an urgent item of the user's own, still open (see `open_own_item`).
    OWN_URGENT = "own_urgent"


def breaks_through(candidate: Candidate, rules: NotifyRules) -> BreakThrough | None:
    """Whether the candidate's group or sender is on the break-through list (the group
    first: the whole group was let through)."""
    if candidate.group_id in rules.breakthrough_groups or (
        candidate.group_name in rules.breakthrough_groups
    ):
        return BreakThrough.GROUP
    if candidate.sender_id in rules.breakthrough_senders or (
        candidate.sender_name in rules.breakthrough_senders
    ):
        return BreakThrough.SENDER
    return None


def open_own_item(
    candidate: Candidate, quiet: QuietState, rules: NotifyRules, now: datetime
) -> OwnItem | None:
    """The urgent item of the user's own the candidate answers, if quiet hours let its
    replies through at `now`: the setting is on, the item pressing and still open. Others'
    urgent notices are not the user's to wait on: their replies are held as any; so is a
    second 收到 from someone who had confirmed (Candidate.confirms_again), which told a
    tester at night what they knew."""
    own = candidate.answering
    if not (quiet.quiet and rules.own_urgent_replies) or own is None:
        return None
    if candidate.confirms_again:
        return None
    if not own.pressing(quiet) or now > own.open_until():
        return None
    return own


@dataclass(frozen=True, slots=True)
class Decision:
    delivery: Delivery
    # A code: ding, urgent, own_urgent, repeat, twin, breakthrough, quiet, muted, stale,
    # mentions_only, throttled, noise, normal.
    why: str


def decide(
    candidate: Candidate,
    quiet: QuietState,
    rules: NotifyRules,
    last_notified: Mapping[str, datetime],
    now: datetime,
) -> Decision:
    """`last_notified` maps group ids to their last notification, for throttling."""
    # An administrator's policy names groups and people as they are known (县防指工作群),
    # the settings dialog by id: either serves.
    rule = rules.groups.get(candidate.group_id) or rules.groups.get(
        candidate.group_name, GroupRule()
    )
    if candidate.ding:
        # A DING must be confirmed: no rule keeps it quiet (the escalation ladder follows).
        return Decision(Delivery.NOTIFY, "ding")
    if candidate.twin:
        # A DING to one account, received by two more (a shared duty account): it rang as a
        # DING, and popped up again as urgent under the others, one card (a tester).
        return Decision(Delivery.SILENT, "twin")
    if rule.mode == "mute":
        return Decision(Delivery.SILENT, "muted")
    if now - candidate.ts > STALE_AFTER:
        return Decision(Delivery.SILENT, "stale")
    urgent = candidate.tier is Tier.URGENT
    if not urgent and open_own_item(candidate, quiet, rules, now) is not None:
        # At 22:40 the user sent 各村立即上报灾情，23:30前: what comes back is what they
        # sit up for, held all night as any message it was (a tester on night duty).
        # A quiet pop-up, coalesced by the app (see `by_own_item`): a 收到 counts too,
        # and a flood of them must not make forty. An urgent reply rings as urgent.
        return Decision(Delivery.NOTIFY, "own_urgent")
    if rule.mode == "mentions_urgent" and not (urgent or candidate.mentions_me):
        return Decision(Delivery.SILENT, "mentions_only")
    if candidate.tier is Tier.NOISE:
        return Decision(Delivery.SILENT, "noise")
    if quiet.quiet and candidate.repeat:
        # Its notice alerted when it first came (or was held then): the same words again
        # are no news worth waking for, however urgent. At 08:29 after 元旦 a re-sent
        # 【火情】…东线已得到控制 popped up as 紧急 · 本群重复发送 (a tester).
        return Decision(Delivery.HOLD, "repeat")
    if urgent:
        return Decision(Delivery.NOTIFY, "urgent")
    breakthrough = breaks_through(candidate, rules) is not None
    if quiet.quiet and not breakthrough:
        return Decision(Delivery.HOLD, "quiet")
    last = last_notified.get(candidate.group_id)
    if rule.throttle_minutes and last and now - last < timedelta(minutes=rule.throttle_minutes):
        return Decision(Delivery.SILENT, "throttled")
    return Decision(Delivery.NOTIFY, "breakthrough" if breakthrough else "normal")


@dataclass(frozen=True, slots=True)
class OwnAnswers:
    """The replies to one item of the user's own let through quiet hours together: one
    pop-up for them, not one each (twenty villages' 收到 in a minute)."""

    item: OwnItem
    # Newest first.
    answers: tuple[Candidate, ...]

    @property
    def senders(self) -> tuple[str, ...]:
        """Who replied, newest first, each once; those who said more than 收到 before
        those who said only that: 上坪村等 5 个回复 over 上坪村 not yet reported read
        as a contradiction."""
        said = sorted(self.answers, key=lambda c: c.tier is Tier.NOISE)
        return tuple(dict.fromkeys(c.sender_name for c in said))


def by_own_item(candidates: Iterable[Candidate]) -> list[OwnAnswers]:
    """`candidates` that answer an item of the user's own, gathered by that item, the
    item answered last first; the rest are left out."""
    gathered: dict[int, tuple[OwnItem, list[Candidate]]] = {}
    for c in sorted(candidates, key=lambda c: (c.ts, c.message_id), reverse=True):
        if c.answering is not None:
            gathered.setdefault(c.answering.message_id, (c.answering, []))[1].append(c)
    return [OwnAnswers(item, tuple(answers)) for item, answers in gathered.values()]


@dataclass(frozen=True, slots=True)
class Digest:
    """What quiet hours held back, by tier and by group (largest first); the ids of all of
    it, newest first, and of what was put to the user (@ or by name), tasks first, each
    part newest first: a count alone left them to find what asked them for what (a
    tester's 暂缓 18 条（待办 3、通知 15）). `woken`: what was put to the user and let
    through quiet hours (urgent, a DING, an always-notify sender), newest first, still
    unread: a user asleep when it came met it in the morning as one of many."""

    total: int
    by_tier: Mapping[Tier, int]
    by_group: tuple[tuple[str, int], ...]
    ids: tuple[int, ...] = ()
    asks: tuple[int, ...] = ()
    woken: tuple[int, ...] = ()
    # When the quiet run it sums up began: said in its line, beside the away line's own
    # start (免打扰期间暂缓 23 条 above 离开期间新到 4 条 read as a contradiction: a tester).
    began: datetime | None = None

    def record(self, ended: datetime, *, shown: bool = True) -> dict[str, object]:
        """As JSON for the store, with when quiet hours `ended`: a restart the same
        morning lists it again (see `kept_digest`). `shown`: false for a digest found while
        quiet again, its pop-up held until they end (see `held_over`)."""
        return {
            "ended": ended.isoformat(),
            "shown": shown,
            "total": self.total,
            "by_tier": [[tier.value, n] for tier, n in self.by_tier.items()],
            "by_group": [list(pair) for pair in self.by_group],
            "ids": list(self.ids),
            "asks": list(self.asks),
            "woken": list(self.woken),
            "began": self.began.isoformat() if self.began else None,
        }


def kept_digest(record: object) -> tuple[Digest | None, datetime | None]:
    """A stored `Digest.record` read back, and when quiet hours ended; the digest is None
    once the next quiet period has started (`lapsed`) or the record is unreadable."""
    if not isinstance(record, Mapping):
        return None, None
    try:
        ended = datetime.fromisoformat(str(record["ended"]))
    except (KeyError, ValueError):
        return None, None
    try:
        kept = Digest(
            int(record["total"]),
            {Tier(tier): int(n) for tier, n in record["by_tier"]},
            tuple((str(name), int(n)) for name, n in record["by_group"]),
            tuple(int(i) for i in record["ids"]),
            tuple(int(i) for i in record["asks"]),
            tuple(int(i) for i in record.get("woken", ())),
            datetime.fromisoformat(str(record["began"])) if record.get("began") else None,
        )
    except (KeyError, TypeError, ValueError):
        return None, ended
    return kept, ended


def held_over(record: object) -> bool:
    """Whether the kept digest `record` was found while quiet hours held again (a run that
    ended while desk was closed), its pop-up not shown yet: nothing ordinary pops up in
    quiet hours (at 08:29:40 after 元旦, before their end at 08:30: a tester), so it comes
    when they end, with what they held."""
    return isinstance(record, Mapping) and record.get("shown") is False


def lapsed(ended: datetime | None, began: datetime | None = None) -> dict[str, object]:
    """The record of a digest the next quiet period has replaced: its end is kept, as where
    the next one's alerts while quiet (`woken`) are looked for from, and when that quiet
    period `began` by the schedule as it then stood (see `quiet_began`)."""
    record: dict[str, object] = {}
    if ended is not None:
        record["ended"] = ended.isoformat()
    if began is not None:
        record["quiet_began"] = began.isoformat()
    return record


def quiet_began(
    record: object,
    ended: datetime | None,
    began: datetime | None,
    until: datetime | None = None,
) -> datetime | None:
    """When the quiet run a digest sums up began: `began` as the schedule has it now, or
    as the `record` of the last digest (`lapsed`) says it began, after that digest
    `ended`: earlier than `began`, or later than it and by `until` (the run's end, or
    now). Moved from 18:00 to 21:00 during the run, the schedule alone said （周四 21:00
    起） of a run held since 18:00; moved from 18:00 to 17:30 on Monday, （周五 17:30 起）
    of Friday's run held since 18:00 (testers). A later record is taken only up to
    `until`: from before the schedule's start of the run, it is another run's."""
    if began is None or not isinstance(record, Mapping) or not record.get("quiet_began"):
        return began
    try:
        since = datetime.fromisoformat(str(record["quiet_began"]))
    except ValueError:
        return began
    if ended is not None and since < ended:
        return began
    if since < began or (until is not None and began < since <= until):
        return since
    return began


def digest(
    held: Iterable[Candidate], woken: Iterable[Candidate] = (), began: datetime | None = None
) -> Digest:
    by_tier: dict[Tier, int] = {}
    by_group: dict[str, int] = {}
    items = sorted(held, key=lambda item: (item.ts, item.message_id), reverse=True)
    for item in items:
        by_tier[item.tier] = by_tier.get(item.tier, 0) + 1
        by_group[item.group_name] = by_group.get(item.group_name, 0) + 1
    ordered = tuple(sorted(by_group.items(), key=lambda kv: (-kv[1], kv[0])))
    # Sorted by tier alone, which keeps each tier newest first.
    asks = sorted((item for item in items if item.asks_you), key=lambda item: item.tier.rank)
    return Digest(
        len(items),
        dict(sorted(by_tier.items(), key=lambda kv: kv[0].rank)),
        ordered,
        tuple(item.message_id for item in items),
        tuple(item.message_id for item in asks),
        tuple(
            item.message_id
            for item in sorted(woken, key=lambda item: (item.ts, item.message_id), reverse=True)
        ),
        began,
    )


def joined(earlier: Digest, later: Digest) -> Digest:
    """`later`'s digest joined to `earlier`'s, which the user had not gone through yet (a
    quiet period they started by hand the morning after a holiday): one line and one list
    of all that was held since `earlier` began, the later's first in each part (newest
    first), counts added. Two lines side by side read as two different things held, and
    the status bar has room for one."""
    by_tier = dict(earlier.by_tier)
    for tier, n in later.by_tier.items():
        by_tier[tier] = by_tier.get(tier, 0) + n
    by_group = dict(earlier.by_group)
    for name, n in later.by_group:
        by_group[name] = by_group.get(name, 0) + n
    return Digest(
        earlier.total + later.total,
        dict(sorted(by_tier.items(), key=lambda kv: kv[0].rank)),
        tuple(sorted(by_group.items(), key=lambda kv: (-kv[1], kv[0]))),
        _once(later.ids, earlier.ids),
        _once(later.asks, earlier.asks),
        _once(later.woken, earlier.woken),
        earlier.began or later.began,
    )


def joined_anew(
    earlier: Digest,
    held: Iterable[Candidate],
    woken: Iterable[Candidate] = (),
    began: datetime | None = None,
) -> Digest:
    """`earlier` joined to the digest of `held` and `woken` (see `joined`), what `earlier`
    counted already left out of the later: after a restart the ledger still holds it, and
    counted twice, one such card made the status bar's 暂缓 32 条 over a list of 31 held
    and one let through (a tester)."""
    counted, told = set(earlier.ids), set(earlier.woken)
    later = digest(
        (c for c in held if c.message_id not in counted),
        (c for c in woken if c.message_id not in told),
        began,
    )
    return joined(earlier, later)


def _once(*parts: tuple[int, ...]) -> tuple[int, ...]:
    """The ids of `parts` in their order, each once."""
    return tuple(dict.fromkeys(i for part in parts for i in part))


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def reply_key(candidate: Candidate) -> str:
    """What names a reply across restarts, stored or not again: its sender and time (a row
    made anew, or decided anew, for the same reply is still the one told of)."""
    return f"{candidate.sender_id}@{int(candidate.ts.timestamp() * 1000)}"


def untold_answers(
    answered: Iterable[OwnAnswers], told: Mapping[int, frozenset[str]]
) -> list[OwnAnswers]:
    """Of the replies gathered by item, those not told of already (`told`: each item's
    reply keys, kept in the store): a reply popped up before a restart popped up again
    after it, nothing new having come (a tester). An item left with none is left out."""
    fresh = []
    for answers in answered:
        said = told.get(answers.item.message_id, frozenset())
        left = tuple(c for c in answers.answers if reply_key(c) not in said)
        if left:
            fresh.append(OwnAnswers(answers.item, left))
    return fresh
