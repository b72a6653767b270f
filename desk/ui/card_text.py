"""The words under a card: where else the notice was posted, who acknowledged it, why it ranks."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desk.core.escalation import confirm_by
from desk.core.match_spans import Needle, Span
from desk.core.messages import ENCRYPTED_PLACEHOLDER, Reason, Role
from desk.core.placeholders import fill
from desk.core.reasons import (
    BY_YOU,
    CONFIRMED_BY_YOU,
    FROM_YOU,
    NAMES_UNIT,
    SUPERSEDED,
    answered_as,
    due_reason,
    how_late,
    overdue,
    removed_by,
    replied,
    row_event,
    row_readied,
)
from desk.store.inbox import Ack, InboxRow, ViewKind, named_spans
from desk.sync.replies import SHOU_DAO
from desk.ui.group_label import group_of_account
from desk.ui.reason_text import reason_text

if TYPE_CHECKING:
    from desk.core.triage.roll_call import RollCall

NAMES_SHOWN = 3


def role_label(role: Role) -> str:
    if role is Role.OWNER:
        return QCoreApplication.translate("Role", "owner")
    if role is Role.ADMIN:
        return QCoreApplication.translate("Role", "admin")
    return ""


def short_time(ts: datetime, tz: ZoneInfo, now: datetime) -> str:
    local = ts.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def re_ding_text(row: InboxRow, tz: ZoneInfo, now: datetime) -> str:
    """That the card's DING was DINGed again, when, and to how many: 再次 DING 08:52（3 人）
    on the user's own (its latest re-DING, to the unconfirmed), 再次 DING 08:52 on one to
    them (its latest re-DING, folded in: not its words passed on plainly); "" for any
    other card. A re-DING stood as a second card (a tester); folded, the card says it
    came again."""
    sent = row.sent_ding
    if sent is not None:
        if not sent.re_dings:
            return ""
        at = short_time(sent.last_ding, tz, now)
        if sent.re_ding_to is None:
            return fill(QCoreApplication.translate("Card", "DING again %1"), at)
        # A plain name as the count: lupdate reads no call or attribute there.
        asked = sent.re_ding_to
        text = QCoreApplication.translate("Card", "DING again %1 (to %n)", "", asked)
        return fill(text, at)
    if row.ding and row.re_dinged is not None:
        return fill(
            QCoreApplication.translate("Card", "DING again %1"),
            short_time(row.re_dinged, tz, now),
        )
    return ""


def message_text(row: InboxRow) -> str:
    """The text to show: the placeholder for an end-to-end encrypted event is translated,
    and a withdrawn message says who withdrew it, as WeChat says 张三撤回了一条消息 (and
    DingTalk 李四撤回了张三的一条消息, for a group admin's)."""
    if row.withdrawn is not None:
        return _withdrawn_text(row)
    if row.text == ENCRYPTED_PLACEHOLDER:
        return QCoreApplication.translate(
            "Card", "Encrypted message: desk cannot read end-to-end encrypted rooms yet."
        )
    return row.text


def _withdrawn_text(row: InboxRow) -> str:
    yours = any(reason.code == FROM_YOU for reason in row.reasons)
    by = removed_by(row.reasons)
    if by == BY_YOU:
        text = QCoreApplication.translate("Card", "You withdrew a message by %1")
        return fill(text, row.sender_name)
    if by is not None:
        if yours:
            return fill(QCoreApplication.translate("Card", "%1 withdrew a message of yours"), by)
        text = QCoreApplication.translate("Card", "%1 withdrew a message by %2")
        return fill(text, by, row.sender_name)
    if yours:
        return QCoreApplication.translate("Card", "You withdrew a message")
    return fill(QCoreApplication.translate("Card", "%1 withdrew a message"), row.sender_name)


def listed(items: tuple[str, ...]) -> str:
    return QCoreApplication.translate("Card", ", ").join(items)


def also_in_names(row: InboxRow) -> tuple[str, ...]:
    """The groups a card's notice also came in, each another account's said with whose it
    is (桐坪镇党政办（@second）: two accounts of one official in one group, one card)."""
    whose = (*row.also_in_whose, *("" for _n in row.also_in[len(row.also_in_whose) :]))
    return tuple(group_of_account(name, w) for name, w in zip(row.also_in, whose, strict=True))


def also_in_text(row: InboxRow) -> str:
    if not row.also_in:
        return ""
    return QCoreApplication.translate("Card", "also in: %1").replace(
        "%1", listed(also_in_names(row))
    )


def acks_text(row: InboxRow, limit: int | None = NAMES_SHOWN) -> str:
    if not row.ack_count:
        return ""
    everyone = row.ack_names
    if row.acked_by_you:
        # The user's own 收到, sent from their phone: said first, as "me", not by their name.
        everyone = (_me(), *everyone)
    text = QCoreApplication.translate("Card", "acknowledged ×%1 (%2)")
    return fill(text, str(row.ack_count), _first_names(everyone, limit))


def waiting_text(row: InboxRow) -> str:
    """The user's own reply to the card while the outbox holds it unsent (offline): 收到 ·
    待发送. Kept and sent on reconnect, it showed nowhere on its card (a tester); once
    sent, it counts under 收到 (我) as any other does. So too a DING's confirmation made
    offline: 确认 · 待发送 (the card said only 已确认, and its sender saw nothing yet)."""
    if row.confirmation_waiting and not row.waiting_replies:
        return QCoreApplication.translate("Card", "confirmation · waiting to be sent")
    if not row.waiting_replies:
        return ""
    if SHOU_DAO in row.waiting_replies:
        return QCoreApplication.translate("Card", "收到 · waiting to be sent")
    return QCoreApplication.translate("Card", "reply · waiting to be sent")


def named_first(row: InboxRow, needle: Needle | None) -> InboxRow:
    """`row` with those who acknowledged it that a search for `needle` names (as the
    store looks for senders, see `named_spans`) first among its ack names: the store
    lists a notice for their 收到, and its card named the first three of 18, not them."""
    named = tuple(name for name in row.ack_names if named_spans(name, name, needle))
    if not named or row.ack_names[: len(named)] == named:
        return row
    rest = tuple(name for name in row.ack_names if name not in named)
    return replace(row, ack_names=(*named, *rest))


def acker_spans(line: str, row: InboxRow, needle: Needle | None) -> tuple[Span, ...]:
    """Where a search for `needle` names those who acknowledged the card in `line`, the
    card's line (`summary`): in its acks (`acks_text`), name by name as they list them;
    not in the reasons, groups or replies said around them."""
    said = acks_text(row)
    at = line.find(said) if said else -1
    if at < 0:
        return ()
    end = at + len(said)
    spans: list[Span] = []
    for name in row.ack_names:
        place = line.find(name, at, end)
        if place < 0:
            break  # past the names the card shows
        spans += [(place + s, place + e) for s, e in named_spans(name, name, needle)]
        at = place + len(name)
    return tuple(spans)


def _me() -> str:
    """The user, in the lists of who confirmed and who answered a notice."""
    return QCoreApplication.translate("Card", "me")


def _first_names(names: tuple[str, ...], limit: int | None) -> str:
    """The first `limit` names (all of them for None), and an ellipsis for the rest."""
    shown = listed(names if limit is None else names[:limit])
    if limit is not None and len(names) > limit:
        shown += QCoreApplication.translate("Card", ", …")
    return shown


def answers_text(row: InboxRow) -> str:
    """How many replied to the card's notice with more than 收到, and the first names:
    five villages' reports on it read as five notices of their own (a tester)."""
    if not row.answers:
        return ""
    # By their units where names say them (竹溪村-庞德顺 → 竹溪村): the line is read for
    # which villages have answered, and whole names ran off it (a tester). The user's
    # own first, as "me", as their 收到 is: by their name it read as someone else's.
    mine = tuple(_me() for a in row.answers if a.yours)[:1]
    others = (unit_of(a.name) for a in row.answers if not a.yours)
    names = tuple(dict.fromkeys((*mine, *others)))
    text = QCoreApplication.translate("Card", "replies ×%1 (%2)")
    return fill(text, str(len(row.answers)), _first_names(names, NAMES_SHOWN))


# Units not yet reported named on the card itself, at most: more are listed in the pane.
MISSING_SHOWN = 2


def roll_call_text(row: InboxRow, tz: ZoneInfo | None = None, now: datetime | None = None) -> str:
    """How many of the units the notice asks have reported (已报 5/6), and who not yet when
    few are left: the boss asks on Monday which of last week's notices are still owed.
    First, where the notice asks the user's own unit, whether it has (本镇已报（严国栋
    08:34）, 本镇还没报): under a district's notice the question is "have WE?"."""
    call = row.roll_call
    if call is None:
        return ""
    mine = own_unit_text(row, tz, now)
    done, asked = str(len(call.reported)), str(len(call.expected))
    # The user's unit is said first, not again among those missing.
    missing = tuple(u for u in call.missing if u != call.own)
    if not call.missing:
        if call.named:
            # The units a reminder named (还差上坪村、新街社区没报), by name: 各村（社区）已报齐
            # （2 个） read as every village.
            text = QCoreApplication.translate("Card", "all reported: %1")
            return _after(mine, fill(text, listed(call.expected)))
        return _after(mine, fill(_all_reported(call.expected), asked))
    kind = _counted(call)
    if missing and len(missing) <= MISSING_SHOWN:
        if kind:
            text = QCoreApplication.translate("Card", "reported by %1: %2/%3, not yet: %4")
            return _after(mine, fill(text, kind, done, asked, listed(missing)))
        text = QCoreApplication.translate("Card", "reported %1/%2, not yet: %3")
        return _after(mine, fill(text, done, asked, listed(missing)))
    if kind:
        text = QCoreApplication.translate("Card", "reported by %1: %2/%3")
        return _after(mine, fill(text, kind, done, asked))
    return _after(mine, fill(QCoreApplication.translate("Card", "reported %1/%2"), done, asked))


def _counted(call: RollCall) -> str:
    """Whose reports the count counts (各村（社区）), where the line of the user's own unit
    speaks of another (see RollCall.others); "" where it need not say."""
    # Loaded already: a card has a roll call only once its rules have run.
    from desk.core.triage.roll_call import Level

    kind = call.others
    if kind is None:
        return ""
    if kind is Level.VILLAGE:
        return QCoreApplication.translate("Card", "villages")
    if kind is Level.TOWN:
        return QCoreApplication.translate("Card", "towns")
    return QCoreApplication.translate("Card", "units")


def _after(first: str, rest: str) -> str:
    return f"{first} · {rest}" if first else rest


def own_unit_text(row: InboxRow, tz: ZoneInfo | None = None, now: datetime | None = None) -> str:
    """Whether the user's own unit has reported on the card's notice: 本镇已报（严国栋 08:34）,
    本单位已报（我 08:34）, 本镇还没报; nothing where the notice does not ask it, or the unit
    is not known."""
    call = row.roll_call
    if call is None or call.own is None:
        return ""
    kind = _own_kind(call.own)
    if call.own_by is None:
        return _NOT_YET[kind]()
    who = call.own_by or _me()
    if call.own_at is not None and tz is not None and now is not None:
        who = f"{who} {short_time(call.own_at, tz, now)}"
    return fill(_REPORTED[kind](), who)


def _own_kind(unit: str) -> str:
    for ending in ("镇", "乡", "街道"):
        if unit.endswith(ending):
            return ending
    return ""


# By the kind of the user's unit: 本镇, 本乡, 本街道, else 本单位.
_REPORTED = {
    "镇": lambda: QCoreApplication.translate("Card", "our town reported (%1)"),
    "乡": lambda: QCoreApplication.translate("Card", "our township reported (%1)"),
    "街道": lambda: QCoreApplication.translate("Card", "our street office reported (%1)"),
    "": lambda: QCoreApplication.translate("Card", "our unit reported (%1)"),
}
_NOT_YET = {
    "镇": lambda: QCoreApplication.translate("Card", "our town has not reported"),
    "乡": lambda: QCoreApplication.translate("Card", "our township has not reported"),
    "街道": lambda: QCoreApplication.translate("Card", "our street office has not reported"),
    "": lambda: QCoreApplication.translate("Card", "our unit has not reported"),
}


def _all_reported(units: tuple[str, ...]) -> str:
    """已报齐, saying of which kind the units are: the township's own villages all in under a
    district's notice to the towns read as though the district's ask were met (a tester)."""
    # Loaded already: a card has a roll call only once its rules have run.
    from desk.core.triage.roll_call import Level, level_of

    levels = {level_of(unit) for unit in units}
    if levels == {Level.VILLAGE}:
        return QCoreApplication.translate("Card", "all %1 villages reported")
    if levels == {Level.TOWN}:
        return QCoreApplication.translate("Card", "all %1 towns reported")
    return QCoreApplication.translate("Card", "all %1 reported")


def roll_call_lines(
    row: InboxRow,
    tz: ZoneInfo | None = None,
    now: datetime | None = None,
    *,
    whole_names: bool = False,
) -> tuple[str, ...]:
    """Under the notice in the reading pane: whether the user's own unit has reported,
    first; then who has not reported, and who has. `whole_names`: each unit's name held
    together (see `unbroken`), for a text that wraps."""
    call = row.roll_call
    if call is None:
        return ()
    named = unbroken if whole_names else str

    def names(units: tuple[str, ...]) -> str:
        return listed(tuple(named(unit) for unit in units))

    lines = [text for text in (own_unit_text(row, tz, now),) if text]
    if call.missing:
        text = QCoreApplication.translate("Card", "Not yet reported: %1")
        lines.append(fill(text, names(call.missing)))
    if call.reported:
        # Not an empty 已报： under the user's own notice at 0/8.
        text = QCoreApplication.translate("Card", "Reported: %1")
        lines.append(fill(text, names(call.reported)))
    return tuple(lines)


# U+2060 WORD JOINER: no line break where it stands, and nothing to see. Chinese breaks
# between any two characters: a narrow pane at large text split 新街社区 as 新街社 / 区.
WORD_JOINER = "\u2060"


def unbroken(name: str) -> str:
    """`name` with a word joiner between its characters: a line wraps before or after it,
    not inside it (one longer than a line still wraps: Qt breaks anywhere then)."""
    return WORD_JOINER.join(name)


def without_joiners(text: str) -> str:
    """`text` as the reader copies it: without the joiners `unbroken` put in."""
    return text.replace(WORD_JOINER, "")


def unreported_units(row: InboxRow | None) -> tuple[str, ...] | None:
    """The units that have not reported yet on the user's own notice that asks them to
    (已报 5/8: the other three; at 0/8, all of them), whom DING 未报的 rings; () once all
    have; None for any other card (not the user's, or its units unknown), where the command
    does not apply.
    Not the user's own unit, where the notice asks it: a DING does not remind oneself."""
    if row is None or row.roll_call is None:
        return None
    if not any(reason.code == FROM_YOU for reason in row.reasons):
        return None
    call = row.roll_call
    return tuple(unit for unit in call.missing if unit != call.own)


def unreported_name() -> str:
    """The command's name, as the keyboard shortcuts (F1) list it whatever the card: its
    menu text says why where it cannot be used, and made F1's row too long to fit."""
    return QCoreApplication.translate("Card", "DING the &unreported…")


def unreported_command(units: tuple[str, ...] | None) -> tuple[str, str]:
    """The command's menu text, and why it cannot be used where it cannot ("" where it
    can): DING 未报的 (3)…; DING 未报的：都已报齐."""
    if units is None:
        # Why it is greyed out, in its own words: said only in a tooltip, a mouse user
        # resting on nothing never met it (a tester, at 175 %).
        return (
            QCoreApplication.translate(
                "Card", "DING the unreported: first select a notice of yours asking for reports"
            ),
            QCoreApplication.translate(
                "Card", "Select a notice of yours that asks units to report."
            ),
        )
    if not units:
        return (
            QCoreApplication.translate("Card", "DING the unreported: all have reported"),
            QCoreApplication.translate("Card", "All the units asked have reported."),
        )
    owed = len(units)
    text = QCoreApplication.translate("Card", "DING the &unreported (%n)…", "", owed)
    return text, ""


def roll_call_heading(row: InboxRow) -> str:
    """Over `roll_call_lines`: the count, whose reports it counts where the line of the
    user's own unit speaks of another (各村（社区）已报 8/8 over 本镇还没报), and what counts
    (a report in a group, not 收到)."""
    call = row.roll_call
    if call is None:
        return ""
    kind = _counted(call)
    if kind:
        text = QCoreApplication.translate(
            "Card", "Reported by %1: %2 of %3 (a report in the groups; 收到 alone is no report):"
        )
        return fill(text, kind, str(len(call.reported)), str(len(call.expected)))
    text = QCoreApplication.translate(
        "Card", "Reported %1 of %2 units (a report in the groups; 收到 alone is no report):"
    )
    return fill(text, str(len(call.reported)), str(len(call.expected)))


def answers_heading(row: InboxRow) -> str:
    """Over the list of `answer_lines`: how many replies answer the notice."""
    return fill(QCoreApplication.translate("Card", "Replies ×%1:"), str(len(row.answers)))


def unit_of(name: str) -> str:
    """The unit a display name opens with (竹溪村 of 竹溪村-庞德顺), else the name."""
    unit, dash, person = name.replace("－", "-").partition("-")
    return unit if dash and unit.strip() and person.strip() else name


def answer_lines(
    row: InboxRow, tz: ZoneInfo, now: datetime, limit: int | None = None, width: int | None = None
) -> tuple[str, ...]:
    """Each reply to the card's notice on a line of its own, oldest first: where (when the
    notice was in more than one group), who, when, and what it said (its first `width`
    characters); past `limit`, how many more."""
    lines = []
    for answer in row.answers if limit is None else row.answers[:limit]:
        said = " ".join(answer.text.split())
        if width is not None and len(said) > width:
            said = said[: width - 1] + "…"
        who = _me() if answer.yours else answer.name
        head = _who_where_when(row, answer.group_name, who, answer.ts, tz, now)
        lines.append(fill(QCoreApplication.translate("Card", "%1: %2"), head, said))
    return _and_more(lines, len(row.answers), limit)


def acks_heading(row: InboxRow) -> str:
    """Over the list of `ack_lines`: how many confirmed (people, as the card counts them
    and the list lists them)."""
    return fill(QCoreApplication.translate("Card", "acknowledged ×%1:"), str(row.ack_count))


def ack_lines(
    row: InboxRow,
    tz: ZoneInfo,
    now: datetime,
    limit: int | None = None,
    words: Mapping[tuple[str, datetime], str] | None = None,
) -> tuple[str, ...]:
    """Each person who confirmed the card's notice on a line of its own, in the order of
    their first confirmation: where (when the notice was in more than one group: every
    group they confirmed in), who, when first; past `limit`, how many more. The county
    asks who confirmed a notice, where and when (a tester); a line per group per person
    read as 11 under 收到 ×8, which counts people (a tester). An ack that says more than
    收到 (`words`, by sender and time: 收到，本周五前交) says it too, as a reply's line
    does: as a name alone, the promise was lost (a tester)."""
    people: dict[tuple[str, bool], list[Ack]] = {}
    for ack in row.acks:
        # The user's own under whatever name: a 收到 from the phone and a DING confirmed.
        people.setdefault(("", True) if ack.yours else (ack.name, False), []).append(ack)
    everyone = list(people.values())
    lines = []
    for acks in everyone if limit is None else everyone[:limit]:
        first = acks[0]
        who = _me() if first.yours else first.name
        where = listed(tuple(dict.fromkeys(ack.group_name for ack in acks)))
        head = _who_where_when(row, where, who, first.ts, tz, now)
        said = next((said for ack in acks if (said := (words or {}).get((ack.name, ack.ts)))), None)
        if said:
            head = fill(QCoreApplication.translate("Card", "%1: %2"), head, " ".join(said.split()))
        lines.append(head)
    return _and_more(lines, len(everyone), limit)


def _who_where_when(
    row: InboxRow, group_name: str, who: str, ts: datetime, tz: ZoneInfo, now: datetime
) -> str:
    """A line of a notice's confirmations or replies: the group (only where the notice
    was posted in more than one), who, when."""
    where = (group_name,) if row.also_in and group_name else ()
    return " · ".join((*where, who, short_time(ts, tz, now)))


def _and_more(lines: list[str], total: int, limit: int | None) -> tuple[str, ...]:
    """`lines`, the first `limit` of `total`, and past them how many more."""
    if limit is not None and total > limit:
        more = QCoreApplication.translate("Card", "and %1 more")
        lines.append(fill(more, str(total - limit)))
    return tuple(lines)


def refused_text(row: InboxRow) -> str:
    """Said on a DING the user confirmed when the server refused to pass the confirmation
    on: shown as confirmed, its sender would have waited for nothing."""
    if not row.confirmation_refused:
        return ""
    return QCoreApplication.translate("Card", "your confirmation did not reach the group")


def reason_lines(
    row: InboxRow, tz: ZoneInfo, now: datetime, *, passed_steps: bool = False
) -> tuple[str, ...]:
    """Why the row ranks, a line a reason, as it stands at `now` (a due time draws nearer,
    then passes). A card the user moved to information or noise asks nothing by any time.
    A due time is said once: by how soon, where triage said that too (截止 12-03 23:43、8
    分钟后截止 said it twice, a tester; the reading pane gives the time on a line of its
    own), and once passed, its day and time and how soon read alike (已逾期 5.8 小时). Of
    a notice's steps, the next still ahead; those passed too with `passed_steps` (the
    reading pane; see `as_shown`)."""
    row = row.standing_at(now)
    shown = row.shown_reasons(now, passed_steps=passed_steps)
    return tuple(dict.fromkeys(reason_text(r, tz, now, row.deadline) for r in shown))


def reasons_text(row: InboxRow, tz: ZoneInfo, now: datetime, *, passed_steps: bool = False) -> str:
    return listed(reason_lines(row, tz, now, passed_steps=passed_steps))


def due_text(row: InboxRow, tz: ZoneInfo, now: datetime) -> str:
    """When a task is due, as it stands at `now`: how long is left, or how late it is,
    within SAYS_HOW_LONG of its due time ("due in 9 min", "overdue by 16 min"); its day
    and time further off. A meeting's time starts and begins instead, and so does, once
    it has begun, a time only getting ready for it. Nothing for a card that asks for no
    action."""
    said = _due_said(row, tz, now)
    return reason_text(said, tz, now) if said is not None else ""


def confirmed_ahead_text(row: InboxRow, tz: ZoneInfo, now: datetime) -> str:
    """When the user confirmed the card's DING, where `due_text` does not say it: while
    its due time is still ahead (said first: a 收到 confirms receipt, not the task). Two
    DINGs confirmed alike read differently, 已确认 04:38 on one and only 今天 22:00 开始 on
    the other (tester test52b)."""
    row = row.standing_at(now)
    confirmed = row.confirmed_at
    if confirmed is None or replied(row.reasons) is not None:
        return ""
    said = _due_said(row, tz, now)
    if said is not None and said.code == CONFIRMED_BY_YOU:
        return ""
    return reason_text(Reason.of(CONFIRMED_BY_YOU, at=confirmed.isoformat()), tz, now)


def due_late(row: InboxRow, tz: ZoneInfo, now: datetime) -> bool:
    """Whether the due time `due_text` states has passed at `now`: the one that governs
    where copies of the notice asked for others (see InboxRow.standing_at), so that the
    card's colour for it tells what its words do."""
    said = _due_said(row, tz, now)
    return said is not None and overdue(said)


def _due_said(row: InboxRow, tz: ZoneInfo, now: datetime) -> Reason | None:
    """The reason `due_text` words: the card's due time as it stands at `now`, or that the
    user answered it; None where it states none."""
    row = row.standing_at(now)
    if not row.tier.asks_action:
        return None
    answered = replied(row.reasons)
    if answered is not None:
        # Answered by the user: when, not how late it would be (see reasons.REPLIED).
        return answered_as(answered, row.reasons, now)
    confirmed = row.confirmed_note(now)
    if confirmed is not None:
        # Its due time, once passed, said too (see reason_text): Due today keeps it.
        due = {"due": row.deadline.isoformat()} if row.deadline is not None else {}
        return answered_as(
            Reason.of(CONFIRMED_BY_YOU, at=confirmed.isoformat(), **due), row.reasons, now
        )
    if row.deadline is None or row.all_reported:
        return None
    event = row_event(row.reasons, row.deadline)
    meeting = row_readied(row.reasons, row.deadline)
    return due_reason(row.deadline, now, event, meeting, tz)


def due_words(
    due: datetime, event: bool, tz: ZoneInfo, now: datetime, meeting: datetime | None = None
) -> str:
    """A due time `due` as a card says it at `now` (see `due_text`); of a meeting's time
    when `event`; of a time getting ready for the meeting starting at `meeting`."""
    return reason_text(due_reason(due, now, event, meeting, tz), tz, now)


def confirm_words(by: datetime, tz: ZoneInfo, now: datetime) -> str:
    """By when a DING with no due time is to be confirmed, and how long is left (or how
    late it is), counted as a due time's are: 应在 21:40 前确认 · 还有 16 分钟. Not said as a
    due time: it is the unit's window for the confirmation, not the task's."""
    when = short_time(by, tz, now)
    left = by - now
    if left > timedelta(0):
        minutes = math.ceil(left / timedelta(minutes=1))
        if minutes < 60:
            text = QCoreApplication.translate("Card", "Confirm by %1 · %2 min left")
            return fill(text, when, str(minutes))
        if minutes % 60 == 0:
            text = QCoreApplication.translate("Card", "Confirm by %1 · %2 h left")
            return fill(text, when, str(minutes // 60))
        # Hours and minutes, as a due time's (see reasons._hours_and_minutes).
        text = QCoreApplication.translate("Card", "Confirm by %1 · %2 h %3 min left")
        return fill(text, when, *map(str, divmod(minutes, 60)))
    late = max(1, math.floor(-left / timedelta(minutes=1)))
    if late >= 24 * 60:
        # Days, as a task's passed due time says them (已逾期 12 天): 已超时 329 小时 56 分
        # beside cards saying days read as another clock (a tester).
        text = QCoreApplication.translate("Card", "Confirm by %1 · %2")
        return fill(text, when, reason_text(how_late(by, now), tz, now))
    if late < 60:
        text = QCoreApplication.translate("Card", "Confirm by %1 · %2 min late")
        return fill(text, when, str(late))
    if late % 60 == 0:
        text = QCoreApplication.translate("Card", "Confirm by %1 · %2 h late")
        return fill(text, when, str(late // 60))
    text = QCoreApplication.translate("Card", "Confirm by %1 · %2 h %3 min late")
    return fill(text, when, *map(str, divmod(late, 60)))


def confirm_text(row: InboxRow, tz: ZoneInfo, now: datetime, within: timedelta | None) -> str:
    """By when an unconfirmed DING naming no time is to be confirmed, by the time its
    sender set or else `within` of being posted (the setting
    escalation.confirm_within_minutes; None: off), as its banner says
    it: 应在 21:40 前确认 · 还有 16 分钟; the time its sender set beside a due time of its
    own that comes later (see core confirm_by). Nothing once confirmed."""
    if not (row.ding and row.pinned):
        return ""
    by = confirm_by(row.ts, row.deadline, within, row.ding_due)
    return confirm_words(by, tz, now) if by is not None else ""


# Reasons that make a card the user's own before the naming of their unit does.
_ADDRESSED = frozenset({"mention", "asks_you", "addresses_you"})


def addressed_text(row: InboxRow, tz: ZoneInfo, now: datetime) -> str:
    """@我 (or 点名叫我, 问您的问题) where the card is put to the user, as its reasons say it:
    where its line gives way to what the card hides (收到 ×2), the reading pane said @我
    and the card's line did not (a tester)."""
    for reason in row.shown_reasons(now):
        if reason.code in _ADDRESSED:
            return reason_text(reason, tz, now)
    return ""


def unit_named_text(row: InboxRow) -> str:
    """点名本单位 where naming the user's own unit is what makes the card their task and
    its line says nothing else of the unit (a roll call's 本镇还没报 does): the reading pane
    listed 点名本单位（桐坪镇）, the card, its line given to 收到 ×2, nothing (a tester)."""
    codes = {reason.code for reason in row.reasons}
    if NAMES_UNIT not in codes or row.mentions_me or codes & _ADDRESSED:
        return ""
    if own_unit_text(row):
        return ""
    return QCoreApplication.translate("Card", "names your unit")


def summary(
    row: InboxRow,
    tz: ZoneInfo,
    now: datetime,
    confirm_within: timedelta | None = None,
    *,
    acks_first: bool = False,
) -> str:
    """One line: folding and acks (what the card hides) after what replaced the notice and
    the due time, which they must not hide (nearly every notice is answered), else the
    reasons (a short @我 or 点名本单位 kept before what the card hides, see
    `addressed_text` and `unit_named_text`);
    first of all, a confirmation that did not reach the group, then by when an
    unconfirmed DING naming no time is to be confirmed (see `confirm_text`). A DING the
    user sent says first how many have confirmed it; the 收到 replies among them are not
    counted again as acks. `acks_first` for a card a search lists for someone's 收到:
    who acknowledged it before all, as a card's preview starts at what the search found
    (after the due time, the name was cut off the line)."""
    if row.sent_ding is not None:
        return " · ".join([reason_lines(row, tz, now)[0], *filter(None, [also_in_text(row)])])
    acks, also_in, answers = acks_text(row), also_in_text(row), answers_text(row)
    # The user's own reply waiting first of what the card hides: after the groups and
    # names, a narrow card's line cut it off.
    waiting = waiting_text(row)
    parts = [p for p in (waiting, also_in, acks, answers) if p]
    first = [
        p
        for p in (
            refused_text(row),
            confirm_text(row, tz, now, confirm_within),
            replaced_text(row, tz, now) if parts else "",
            due_text(row, tz, now) if parts else "",
            confirmed_ahead_text(row, tz, now) if parts else "",
            addressed_text(row, tz, now) if parts else "",
            unit_named_text(row) if parts else "",
            roll_call_text(row, tz, now),
        )
        if p
    ]
    if acks_first and acks:
        # Else the line as it reads without the search: with no acks, a card in one group
        # alone said its reasons in place of its due time, which the names then cut off.
        return " · ".join([acks, *first, *(p for p in (waiting, also_in, answers) if p)])
    return " · ".join(first + (parts or [p for p in (reasons_text(row, tz, now),) if p]))


def replaced_text(row: InboxRow, tz: ZoneInfo, now: datetime) -> str:
    """What replaced the card's notice (已更正：见 …), said even where its copies and acks
    fill the line: a corrected meeting notice answered by five 收到 read as standing, its
    correction in the reading pane alone (a tester)."""
    for reason in row.reasons:
        if reason.code in SUPERSEDED:
            return reason_text(reason, tz, now)
    return ""


def draft_mark() -> str:
    """Before the text of a card a reply is written for and not sent: [草稿], as chat
    clients mark a conversation holding one."""
    return QCoreApplication.translate("Card", "[Draft]")


def spoken_text(
    row: InboxRow,
    tz: ZoneInfo,
    now: datetime,
    confirm_within: timedelta | None = None,
    *,
    drafted: bool = False,
) -> str:
    """The card as a screen reader says it: what the painted card shows by bold type,
    badges and colour (unread, its tier, a DING waiting, a reply written for it and not
    sent when `drafted`), then who, when, what and why."""
    # Here, not at the top: `desk inbox` reads this module, and the side list's module
    # loads Qt's widgets, which a server with no desktop libraries cannot (review).
    from desk.ui.sidebar import view_name

    states: list[str] = []
    if not row.read:
        states.append(QCoreApplication.translate("Card", "unread"))
    states.append(view_name(ViewKind(row.tier.value)))
    if row.holds_ding:
        states.append("DING")
    if row.pinned:
        states.append(QCoreApplication.translate("Role", "unconfirmed"))
    if drafted:
        states.append(QCoreApplication.translate("Card", "reply written, not sent"))
    who = f"{row.group_name} · {row.sender_name}"
    role = role_label(row.sender_role)
    if role:
        who += f" ({role})"
    said = fill(
        QCoreApplication.translate("Card", "%1, %2: %3"),
        who,
        short_time(row.ts, tz, now),
        " ".join(message_text(row).split()),
    )
    line = summary(row, tz, now, confirm_within)
    return listed((*states, said, *(p for p in (line,) if p)))
