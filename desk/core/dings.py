"""DINGs the user sends: who must confirm, who has, and when a reminder may go out. Pure."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from desk.core.receipt_words import RECEIPT_BREAK, RECEIPT_WORD

# At most one re-DING of the same DING in this time: reminders, not a barrage.
RE_DING_INTERVAL = timedelta(minutes=5)


# A reply that opens with a receipt (收到, 已收到, 好的, 收到了) and then a break, before
# whatever else it says: 收到，请问我们村转移到哪个安置点？ confirms the DING, though its
# question makes it no pure ack (it stays a reply, shown in full). The break keeps out
# what only begins with the word: 收到通知后请立即上报, 收到没有？ (Said twice, it is a receipt
# whatever follows: 收到收到老桥冲断了.) The words are triage's (see receipt_words).
@functools.cache
def _opening_receipt() -> re.Pattern[str]:
    # Compiled at its first use, by sync: about 1.5 ms that the window's cold start, which
    # imports this module for its types, need not pay before its first paint (issue 8).
    return re.compile(
        rf"\s*(?:{RECEIPT_WORD}{RECEIPT_WORD}|(?:{RECEIPT_WORD}{RECEIPT_BREAK}*)+"
        rf"(?:(?<={RECEIPT_BREAK})|$))"
    )


@dataclass(frozen=True, slots=True)
class Confirmation:
    user_id: str
    name: str
    ts: datetime


@dataclass(frozen=True, slots=True)
class Person:
    user_id: str
    name: str


@dataclass(frozen=True, slots=True)
class Roster:
    """Who confirmed a DING (earliest first) and who still has not (in member order)."""

    confirmed: tuple[Confirmation, ...]
    unconfirmed: tuple[Person, ...]

    @property
    def expected(self) -> int:
        return len(self.confirmed) + len(self.unconfirmed)


def build_roster(
    recipients: Iterable[str] | None,
    members: Mapping[str, str],
    me: Iterable[str],
    confirmations: Iterable[Confirmation],
) -> Roster:
    """`recipients` None means everyone in the group but the sender (`me`: the sender's ids).

    `members` maps user id to display name, in the group's order. Each person counts
    once, at their earliest confirmation (of the DING or any re-DING of it). A DING sent
    to some members counts only theirs: a 收到 in the group from someone it did not ask
    confirms nothing.
    """
    mine = set(me)
    wanted = list(recipients) if recipients is not None else list(members)
    asked = set(wanted) if recipients is not None else None
    earliest: dict[str, Confirmation] = {}
    for c in confirmations:
        if c.user_id in mine or (asked is not None and c.user_id not in asked):
            continue
        if c.user_id not in earliest or c.ts < earliest[c.user_id].ts:
            earliest[c.user_id] = c
    unconfirmed = tuple(
        Person(user_id, members.get(user_id, user_id))
        for user_id in dict.fromkeys(wanted)
        if user_id not in mine and user_id not in earliest
    )
    confirmed = tuple(sorted(earliest.values(), key=lambda c: (c.ts, c.user_id)))
    return Roster(confirmed, unconfirmed)


def re_ding_wait(last_ding: datetime, now: datetime) -> timedelta:
    """How long until the unconfirmed may be DINGed again (zero: now)."""
    return max(timedelta(0), last_ding + RE_DING_INTERVAL - now)


def opens_with_receipt(text: str) -> bool:
    """Whether a reply confirms receipt first, whatever it goes on to say or ask."""
    return _opening_receipt().match(text) is not None


@dataclass(frozen=True, slots=True)
class DingDue:
    """A DING the user sent with a deadline, how many it asked have not confirmed, and
    whether the user was told it passed (kept in the store, across restarts)."""

    outbox_id: int
    deadline: datetime
    unconfirmed: int
    told: bool = False
    account_id: int = 0


def deadlines_passed(dings: Iterable[DingDue], now: datetime) -> list[DingDue]:
    """Those whose deadline passed by `now` with someone unconfirmed, not told yet: the
    sender hears once that they may DING them again, as it passes or, if desk was closed
    then, at the next start (only those passing while desk ran were told: one passed
    overnight was never said, a tester)."""
    return [d for d in dings if d.unconfirmed and d.deadline <= now and not d.told]


def deadlines_settled(
    dings: Iterable[DingDue],
    now: datetime,
    *,
    caught_up: Collection[int],
    wait_until: datetime,
) -> list[DingDue]:
    """Those whose deadline passed by `now`, not told yet, that can be judged now (to be
    noted as told, and said if someone is still unconfirmed). A deadline waits for its
    account to have caught up with what came while desk was closed: judged at once, a
    DING all confirmed by 22:05, desk closed, was said at 22:40 to have 6 unconfirmed, the
    confirmation coming with the first sync (a tester). So does one passing while that
    sync still runs (desk started at 21:58, due 22:00): the store is as behind. Not
    forever: an account offline is judged at `wait_until` as it stands."""
    return [
        d
        for d in dings
        if d.deadline <= now and not d.told and (d.account_id in caught_up or now >= wait_until)
    ]


def awaiting_catch_up(
    dings: Iterable[DingDue],
    now: datetime,
    *,
    caught_up: Collection[int],
    wait_until: datetime,
) -> bool:
    """Whether a deadline passed waits for its account's first sync to catch up."""
    settled = {
        d.outbox_id
        for d in deadlines_settled(dings, now, caught_up=caught_up, wait_until=wait_until)
    }
    return any(d.deadline <= now and not d.told and d.outbox_id not in settled for d in dings)


def next_deadline(dings: Iterable[DingDue], now: datetime) -> datetime | None:
    """The next deadline still to pass with someone unconfirmed; None when there is none."""
    ahead = [d.deadline for d in dings if d.unconfirmed and d.deadline > now]
    return min(ahead, default=None)


def of_units(units: Iterable[str], members: Iterable[Person]) -> tuple[Person, ...]:
    """The members who speak for these units (竹溪村-庞德顺 for 竹溪村, 上坪 for 上坪村), in
    the group's order: whom a DING to the units not yet reported on a notice rings
    (the user's own notice, 已报 5/8, and no one step to remind the other three)."""
    # Loaded where asked: the roll call's rules are triage's, not every DING's.
    from desk.core.triage.roll_call import same_unit, unit_of_name

    wanted = list(units)
    return tuple(
        person
        for person in members
        if (unit := unit_of_name(person.name)) is not None
        and any(same_unit(unit, owed) for owed in wanted)
    )
