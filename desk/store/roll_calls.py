"""Who has reported on the cards of a page that ask units to report (see
desk.core.triage.roll_call): read when the cards are read, for those alone.

A card asks units when its text does (请各村于周六前报送…), and is counted only once a unit
has answered it (its answers are read with the page already): most cards cost one regex.
For those, the copies' texts (the township's forward asks the villages where the district
asked the towns) and who is seen in their groups: the members, and the senders of the
group's latest messages.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desk.core.triage.roll_call import Ask, RollCall

# The group's latest messages whose senders count as seen there: a month of a busy group.
SENDERS_READ = 2000

# By the cluster's index: left to choose, SQLite read every card of the account by the
# index of acks (ack_of IS NULL), some 100 ms at 100,000 messages.
_COPIES = text(
    "SELECT group_id, text FROM messages INDEXED BY ix_messages_cluster "
    "WHERE account_id = :account AND cluster = :head "
    "AND remote_id != :head AND ack_of IS NULL ORDER BY ts_ms LIMIT 50"
)
_SEEN = text(
    "SELECT name FROM members WHERE group_id = :group "
    "UNION ALL SELECT sender_name FROM ("
    "SELECT sender_name FROM messages WHERE group_id = :group ORDER BY ts_ms DESC LIMIT :n)"
)


def roll_calls(session: Session, cards: Iterable[tuple[Any, Sequence[Any]]]) -> dict[int, RollCall]:
    """By message id, the roll call of each card that asks units to report and has an
    answer; `cards` pairs each message row (id, account_id, remote_id, cluster, group_id,
    text) with its answers (each with `name` and `text`)."""
    # Loaded with the first card that has answers, not with the window: the rules' regexes
    # and the converter to simplified characters cost start-up some 40 ms.
    from desk.core.triage.normalize import canonical
    from desk.core.triage.roll_call import Reply, ask_of, roll_call

    found: dict[int, RollCall] = {}
    seen: dict[str, list[str]] = {}
    for m, answers in cards:
        if not answers or m.text is None:
            continue
        own = ask_of(canonical(m.text))
        if own is None:
            continue
        asks: list[tuple[str, Ask]] = [(str(m.group_id), own)]
        if m.cluster == m.remote_id:
            copies = session.execute(_COPIES, {"account": m.account_id, "head": m.remote_id}).all()
            for group_id, said in copies:
                ask = ask_of(canonical(said or ""))
                if ask is not None:
                    asks.append((str(group_id), ask))
        lowest = min(ask.level for _, ask in asks)
        for group, ask in asks:
            if ask.level == lowest and group not in seen:
                rows = session.execute(_SEEN, {"group": int(group), "n": SENDERS_READ})
                seen[group] = list(dict.fromkeys(name for (name,) in rows if name))
        replies = [Reply(a.name, canonical(a.text)) for a in answers]
        call = roll_call(asks, seen, replies)
        if call is not None:
            found[m.id] = call
    return found
