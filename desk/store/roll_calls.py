"""Who has reported on the cards of a page that ask units to report (see
desk.core.triage.roll_call): read when the cards are read, for those alone.

A card asks units when its text does (请各村于周六前报送…), and is counted only once a unit
has answered it (its answers are read with the page already): most cards cost one regex.
For those, the copies' texts (the township's forward asks the villages where the district
asked the towns) and who is seen in their groups: the members, and the senders of the
group's latest messages.

A reminder of who has not reported yet (还差上坪村、新街社区没报) is counted too, by the reports
that came after it in its group: once those it names are in, it is done as its notice is.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from desk.core.reasons import FROM_YOU
from desk.store.damage import driver_cursor

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session
    from sqlcipher3.dbapi2 import Cursor

    from desk.core.own_unit import OwnUnit
    from desk.core.triage.roll_call import Ask, RollCall

# The group's latest messages whose senders count as seen there: a month of a busy group.
SENDERS_READ = 2000
# A reminder of who has not reported yet (还差上坪村、新街社区没报) is done by their reports
# that came after it in its group, within the days a notice's answers come in (see
# desk.core.triage.answers.ANSWER_WINDOW), the first so many of them.
CHASE_ANSWERED_WITHIN_MS = 3 * 24 * 60 * 60 * 1000
CHASE_REPLIES_READ = 200
# A reminder says who has not (没, 沒, 未) or who is missing (差, 缺): asked of the raw
# text, before the card's text is made canonical.
_MAY_CHASE = re.compile("[没沒未差缺]")

# By the cluster's index: left to choose, SQLite read every card of the account by the
# index of acks (ack_of IS NULL), some 100 ms at 100,000 messages.
_COPIES = text(
    "SELECT m.group_id, g.name, m.text FROM messages AS m INDEXED BY ix_messages_cluster "
    "JOIN groups AS g ON g.id = m.group_id "
    "WHERE m.account_id = :account AND m.cluster = :head "
    "AND m.remote_id != :head AND m.ack_of IS NULL ORDER BY m.ts_ms LIMIT 50"
)
# Who is seen in a group: its members, then the senders of its latest messages (from
# the index alone, ix_messages_group), each name where it first comes. Read on the
# driver's cursor: through SQLAlchemy, 2,000 rows took twice as long (2 ms against 1).
_MEMBERS = "SELECT name FROM members WHERE group_id = :group"
_SENDERS = "SELECT sender_name FROM messages WHERE group_id = :group ORDER BY ts_ms DESC LIMIT :n"
# The same messages summed up where they lie in the index: which rows they are, as an
# insert or a delete (a withdrawn 收到) in the group changes them. A message's group, time
# and sender never change once stored (an id freed by deleting the newest row comes back
# with a later time), so while the sums stand, so do the senders read with them. A third
# of a millisecond for 2,000 rows, where bringing them into Python took 2-5 ms (100,000
# messages, tests/bench/scale.py); the time of the newest alone missed a delete.
_WINDOW = (
    "SELECT count(*), sum(id), sum(ts_ms) FROM ("
    "SELECT id, ts_ms FROM messages WHERE group_id = :group ORDER BY ts_ms DESC LIMIT :n)"
)
# How many groups' senders a `SendersSeen` keeps: a district's user is in a hundred.
GROUPS_KEPT = 256
# The reports after a reminder in its group: the answers to a notice (by either link), as
# a 收到 or a word of another thing is none.
_REPORTS_AFTER = text(
    "SELECT sender_name, text FROM messages INDEXED BY ix_messages_group "
    "WHERE group_id = :group AND ts_ms > :ts AND ts_ms <= :until "
    "AND (answers IS NOT NULL OR reply_to IS NOT NULL) AND withdrawn_ms IS NULL "
    "ORDER BY ts_ms LIMIT :n"
)


def warm() -> None:
    """Loads what a roll call is counted with (the rules' regexes, the converter to
    simplified characters, the user's unit's), for the store thread's spare time after the first
    paint: loaded by the first page that had a card with answers, it was a view switch's
    on the GUI thread, 30-60 ms of it on top of the switch's own (issue 8). Reads no
    store."""
    from desk.core.own_unit import OwnUnit
    from desk.core.triage.normalize import canonical
    from desk.core.triage.roll_call import ask_of

    ask_of(canonical("请各村于周六前报送"))
    OwnUnit.of("桐坪镇")


def roll_calls(
    session: Session | Connection,
    cards: Iterable[tuple[Any, Sequence[Any]]],
    unit: Callable[[], OwnUnit | None] = lambda: None,
    senders: SendersSeen | None = None,
) -> dict[int, RollCall]:
    """By message id, the roll call of each card that asks units to report and has an
    answer (the user's own, from the start), and of each reminder naming the units not
    yet reported that one of them has reported since (see `_chase`); `cards` pairs each
    message row (id, account_id, remote_id, cluster, group_id, ts_ms, text, reasons) with
    its answers (each with `name`, `text`, `ts` and `yours`). `unit` tells the user's
    unit, asked once, and only when a card asks units: where the notice asks it, its roll
    call says first whether it has reported. `senders` keeps who posted lately in each
    group from one call to the next (see `SendersSeen`)."""
    # Loaded with the first card that has answers, not with the window: the rules' regexes
    # and the converter to simplified characters cost start-up some 40 ms.
    from desk.core.triage.normalize import canonical
    from desk.core.triage.roll_call import Reply, ask_of, roll_call

    found: dict[int, RollCall] = {}
    seen: dict[str, list[str]] = {}
    mine: list[OwnUnit | None] = []
    for m, answers in cards:
        if m.text is None:
            continue
        # The user's own notice is counted from the start (已报 0/8), for DING 未报的 to
        # ring every unit before any has reported; others' once a unit has answered.
        yours = any(code == FROM_YOU for code, _args in m.reasons)
        own = ask_of(canonical(m.text)) if answers or yours else None
        if own is None:
            chase = _chase(session, m) if _MAY_CHASE.search(m.text) else None
            if chase is not None:
                found[m.id] = chase
            continue
        asks: list[tuple[str, Ask]] = [(str(m.group_id), own)]
        # The groups' ids by name: an answer says where it was sent by the group's name.
        names = {m.group_name: str(m.group_id)}
        if m.cluster == m.remote_id:
            copies = session.execute(_COPIES, {"account": m.account_id, "head": m.remote_id}).all()
            for group_id, group_name, said in copies:
                names.setdefault(group_name, str(group_id))
                ask = ask_of(canonical(said or ""))
                if ask is not None:
                    asks.append((str(group_id), ask))
        lowest = min(ask.level for _, ask in asks)
        for group, ask in asks:
            if ask.level == lowest and group not in seen:
                with driver_cursor(session) as cursor:
                    cursor.execute(_MEMBERS, {"group": int(group)})
                    members = [name for (name,) in cursor.fetchall()]
                    posted = (
                        senders.of(cursor, int(group))
                        if senders is not None
                        else _senders(cursor, int(group))
                    )
                seen[group] = list(dict.fromkeys(name for name in (*members, *posted) if name))
        replies = [
            Reply(a.name, canonical(a.text), a.yours, a.ts, names.get(a.group_name, ""))
            for a in answers
        ]
        if not mine:
            mine.append(unit())
        call = roll_call(asks, seen, replies, mine[0], yours=yours)
        if call is not None:
            found[m.id] = call
    return found


class SendersSeen:
    """Per group, the senders of its latest SENDERS_READ messages, each once, newest
    first, as last read, kept while the group's messages are the same ones (`_WINDOW`).

    Each page of cards read again a group's 2,000 latest senders for each card asking units
    to report there: 14,217 rows for 27 cards near All's 10,000th row at 100,000 messages,
    87 % of reading them, again on every page and every re-read (a flood re-reads after
    each batch). Not for sharing between threads: InboxQueries keeps one per thread."""

    def __init__(self, most: int = GROUPS_KEPT) -> None:
        self._most = most
        self._kept: OrderedDict[int, tuple[tuple[Any, ...], tuple[str, ...]]] = OrderedDict()

    def of(self, cursor: Cursor, group: int) -> tuple[str, ...]:
        """The senders of `group`'s latest messages, newest first, each once, read on
        the driver's `cursor` unless kept."""
        # Summed before the senders are read, never after: a write committed in between
        # leaves sums that no longer match, and the senders are read again next time.
        cursor.execute(_WINDOW, {"group": group, "n": SENDERS_READ})
        window = tuple(cursor.fetchone())
        kept = self._kept.get(group)
        if kept is not None and kept[0] == window:
            self._kept.move_to_end(group)
            return kept[1]
        names = _senders(cursor, group)
        self._kept[group] = (window, names)
        self._kept.move_to_end(group)
        while len(self._kept) > self._most:
            self._kept.popitem(last=False)
        return names


def _senders(cursor: Cursor, group: int) -> tuple[str, ...]:
    """The senders of `group`'s latest SENDERS_READ messages, newest first, each once."""
    cursor.execute(_SENDERS, {"group": group, "n": SENDERS_READ})
    return tuple(dict.fromkeys(name for (name,) in cursor.fetchall() if name))


def _chase(session: Session | Connection, m: Any) -> RollCall | None:
    """The roll call of a reminder naming the units that have not reported yet (还差上坪村、
    新街社区没报): by their reports since, in its group. None for any other card."""
    from desk.core.triage.normalize import canonical
    from desk.core.triage.roll_call import Reply, chase_roll_call, chased

    units = chased(canonical(m.text))
    if not units:
        return None
    rows = session.execute(
        _REPORTS_AFTER,
        {
            "group": m.group_id,
            "ts": m.ts_ms,
            "until": m.ts_ms + CHASE_ANSWERED_WITHIN_MS,
            "n": CHASE_REPLIES_READ,
        },
    )
    return chase_roll_call(units, (Reply(name, canonical(said or "")) for name, said in rows))
