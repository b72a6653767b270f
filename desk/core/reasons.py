"""The catalogue of reason codes and their plain-English wording (the CLI's voice).

The UI translates the same codes through Qt; see desk/ui/reason_text.py.

A reason is fixed when triage runs, but "due soon" ages: `standing_at` turns it into
the reason that holds at the instant it is shown (due in 12 min, overdue by 16 min).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from itertools import pairwise

from desk.core.dings import Roster
from desk.core.due_days import DAY_CODES, on_day
from desk.core.group_priority import POLICY, SET_BY
from desk.core.messages import Reason

_MINUTE = timedelta(minutes=1)
# An argument of a due-time reason ("1"): the message asks the villages to report by then
# (请各村（社区）于1小时内…报镇应急办), the due time of those its town passes the notice down
# to. A card of a notice not asking villages itself does not take it from such a copy (a
# district warning's card was 已逾期 3 小时 by the township's hour for its villages).
FOR_VILLAGES = "villages"
# Given to a card when a copy of its notice came more pressing than it (see ingest).
COPY_MORE_PRESSING = "copy_more_pressing"
# ...or a copy asked for it sooner than the card did (a relay's own earlier due time).
COPY_SOONER = "copy_sooner"
# The same, of a copy posted again in the card's own group (see `as_shown`).
COPY_MORE_PRESSING_HERE = "copy_more_pressing_here"
COPY_SOONER_HERE = "copy_sooner_here"
# Arguments of COPY_SOONER: the copy's due time (ISO), the card's own that it stands in
# front of (or another copy's, less soon), and whether that one is a meeting's time
# (EVENT); see `fall_back`.
SOONER_DUE = "due"
OWN_DUE = "own"
OWN_EVENT = "own_event"
# Said in place of COPY_SOONER once the copy's due time ({when}) has passed and the card
# is due at its own again: what the relay in {group} asked for stays in sight.
COPY_SOONER_PASSED = "copy_sooner_passed"
_HERE = {COPY_MORE_PRESSING: COPY_MORE_PRESSING_HERE, COPY_SOONER: COPY_SOONER_HERE}
# A later step of a notice that sets more than one due-by time (周一前完成自查，周三上午10点
# 前报送报告): the card due at {due} is due at {then} once {due} has passed, one reason a
# step (see `later_due_reasons`, `fall_back`). Said in its place once it has: {when}
# passed, due at {then} now (said by the card's due time, not again here).
THEN_DUE = "then_due"
THEN_AT = "then"
DUE_PASSED_THEN = "due_passed_then"
# Folded into a notice: one first posted elsewhere, or the same group's own again.
SAME_NOTICE = "same_notice"
# Information with nothing to do, as triage calls it; a reply that answers a notice is
# said as one (ANSWERS: desk.core.triage.answers), not as a notice of its own.
NOTICE = "notice"
# A reply with more than 收到 to a notice of its group.
ANSWERS = "answers"
# A pure acknowledgement (收到, 好的, 👍), folded under the notice it confirms.
ACK = "ack"
# ...one that adds a promise or a time (好的，马上发您; 收到，本周五前交): told by triage, so
# that the window's process need not load its rules to show the words where the acks are
# listed, and to take the user's own, quoting a task, as their answer to it.
ACK_PROMISE = "ack_promise"
# Said in its place of one desk found no notice for, a card of its own: that it found
# none, and the start of the message the ack follows in its group ({message}; none when
# nothing comes before it). "Acknowledgement reply" (回复"收到") said only what the card
# showed already, under a 👍 too (a tester).
ACK_UNMATCHED = "ack_unmatched"
ACK_UNMATCHED_AFTER = "ack_unmatched_after"
# How much of the message followed its reason names.
FOLLOWED_CHARS = 24
REPOSTED = "reposted"
FOLDED = frozenset({SAME_NOTICE, REPOSTED})
# Given to a message the user sent (here or on another device): no task for them.
FROM_YOU = "from_you"
# ...one that, read as its readers read it, is urgent ({urgent}: "1") or due at {due}
# (ISO): the replies to it come through quiet hours while it is open (see
# notify_policy.OwnItem). Stored with it, as the sender's own card drops both; never shown.
SENT_PRESSING = "sent_pressing"
# Given to a task asked of the user once a message of theirs answers it ({at}, ISO): it
# lists last in its tier, and says so in place of its due time (已逾期 2 天 on a card the
# user had answered at once read as work still to do, a tester).
REPLIED = "replied"
# Said by a card, in place of its due time, once every unit it asked has reported on its
# notice (see as_shown): a reminder that asked only by a time (…12点截止，还差上坪村、新街
# 社区没报) was left with no reason at all, #2 in To do (a tester).
ALL_REPORTED = "all_reported"
# Said of a DING the user confirmed ({at}, ISO), in place of its due time, as REPLIED of
# a task answered: never stored, the confirmation is (see InboxRow.confirmed_at). A DING
# confirmed with 收到 still read 已逾期 14 分钟 in red (a tester).
CONFIRMED_BY_YOU = "confirmed_by_you"
# Said in its place of a DING the user sent, with how far confirming it has got (see
# `sent_ding_reason`): asking no one (alone in the group), some still to confirm, or all.
SENT_DING = "sent_ding"
SENT_DING_WAITING = "sent_ding_waiting"
SENT_DING_DONE = "sent_ding_done"
# ...some still to confirm by the DING's deadline (`due`, ISO), or past it: the sender saw
# no deadline on their own card, and nothing when it passed (a tester).
SENT_DING_DUE = "sent_ding_due"
SENT_DING_OVERDUE = "sent_ding_overdue"
# Given to a message its sender changed after it came (a meeting moved): read it again.
# One that came back from done says why (its EDITED_WHY): the edit asks for something
# sooner, or for more (desk.core.asks_more).
EDITED = "edited"
EDITED_WHY = "why"
EDITED_SOONER = "sooner"
EDITED_MORE = "more"
# Given to a message the triage engine failed on (raised or hung) and that was stored
# without it, so that the rest of its batch and every later one reach the inbox (see
# desk.sync.set_aside).
UNSORTED = "unsorted"
# Given to a withdrawn message a group admin removed, not its sender: another ({name}),
# or the user. Said by the withdrawn message's own line, not among the reasons.
REMOVED_BY = "removed_by"
REMOVED_BY_YOU = "removed_by_you"
_REMOVED = frozenset({REMOVED_BY, REMOVED_BY_YOU})
# Given to the cards of a notice a later one replaced (see triage.superseding): by a
# correction, by the same hazard's warning signal at another {level}, by the same emergency
# response at another {level} (Ⅲ), or by its lifting; each names the group and time of
# what replaced it. By the kind of Supersession.
SUPERSEDED_BY = {
    "correction": "corrected_by",
    "level": "replaced_by_level",
    "lifted": "lifted_by",
    "response": "replaced_by_response",
}
SUPERSEDED = frozenset(SUPERSEDED_BY.values())
# Given to a message that asks the user's own unit ({unit}, as the message names it) to
# act or report, or points out its problems in a 通报 (see triage.unit_named).
NAMES_UNIT = "names_unit"
# A due time's argument saying it is when something happens (a meeting, a muster), not the
# time by which something is due: once past, it has begun, it is not overdue.
EVENT = "event"
# A due time's argument giving the start (ISO) of the meeting that the due-by time only
# gets ready for (2:40前完成调试 before the 3:00 meeting; see triage.deadlines
# .readied_meeting): owed until then, and once the meeting has begun the card reads as
# the meeting's time, begun and then passed, not as a task overdue.
READIES = "readies"
# ...and what begins then, where it is no meeting (see `Readies`); absent for a meeting.
READIES_KIND = "readies_kind"
# Reasons for a calmer tier: they no longer hold once a message is raised above it.
CALMER = frozenset(
    {NOTICE, "report_back", "question", "for_information", "routine_report", "sign_up_chain"}
)
# Noise that says nothing to read (an ack, flattery, a sticker, a red packet): it stays
# noise whoever sends it, whatever the user taught triage about them.
SAYS_NOTHING = frozenset(
    {ACK, ACK_UNMATCHED, ACK_UNMATCHED_AFTER, "flattery", "sticker", "red_packet"}
)
# Reasons that state a due time.
_DUE_CODES = frozenset({"deadline", "deadline_soon"})
# ...and those that state the later steps of one (not said of a card that asks nothing).
_STEP_CODES = frozenset({THEN_DUE, DUE_PASSED_THEN})

# code -> English template; {name} placeholders are filled from the reason's args.
ENGLISH: dict[str, str] = {
    "ding": "DING",
    "mention": "@you",
    "role_owner": "from group owner",
    "role_admin": "from group admin",
    "urgent_words": "urgent wording",
    "reads_urgent": "reads like an emergency",
    "task_words": "asks for action",
    # Words of a task in what triage still calls information: nothing says by when.
    "task_undated": "has a request, no deadline",
    "deadline": "deadline {when}",
    # As triage saw it when the message came; {hours} alone in reasons stored before the
    # reason carried its due time and minutes.
    "deadline_soon": "due within {hours} h",
    # A deadline_soon as it stands when shown (standing_at).
    "due_in_min": "due in {minutes} min",
    "due_in_h": "due in {hours} h",
    # Hours and minutes, as a clock reads (8 小时 54 分后截止), not 8.9 hours (a tester).
    "due_in_hm": "due in {hours} h {minutes} min",
    "overdue_min": "overdue by {minutes} min",
    "overdue_h": "overdue by {hours} h",
    "overdue_hm": "overdue by {hours} h {minutes} min",
    "overdue_d": "overdue by {days} d",
    # Within DAYS_WITH_HOURS, the hours beside the days (1 天 22 小时 read as 1 天, a tester).
    "overdue_dh": "overdue by {days} d {hours} h",
    # Further off, by its day in the user's zone (see desk.core.due_days).
    "due_today": "due today {time}",
    "due_tomorrow": "due tomorrow {time}",
    "due_day_after": "due the day after tomorrow {time}",
    "due_on_weekday": "due {weekday} {date} {time} · {days} days left",
    "due_on_date": "due {date} {time} · {days} days left",
    # The same, for the time of a meeting or a muster (EVENT).
    "event_at": "at {when}",
    "event_today": "starts today {time}",
    "event_tomorrow": "starts tomorrow {time}",
    "event_day_after": "starts the day after tomorrow {time}",
    "event_on_weekday": "starts {weekday} {date} {time} · in {days} days",
    "event_on_date": "starts {date} {time} · in {days} days",
    "starts_in_min": "starts in {minutes} min",
    "starts_in_h": "starts in {hours} h",
    "starts_in_hm": "starts in {hours} h {minutes} min",
    "began_min": "began {minutes} min ago",
    "began_h": "began {hours} h ago",
    "began_hm": "began {hours} h {minutes} min ago",
    "event_passed": "time passed",
    "same_notice": "same notice as in {group}",
    COPY_MORE_PRESSING: "more pressing as posted in {group}",
    COPY_SOONER: "due sooner as posted in {group}",
    COPY_MORE_PRESSING_HERE: "more pressing as posted again here",
    COPY_SOONER_HERE: "due sooner as posted again here",
    COPY_SOONER_PASSED: "{group} asked for it by {when}",
    THEN_DUE: "next due {then}",
    DUE_PASSED_THEN: "due {when} passed",
    FROM_YOU: "sent by you",
    REPLIED: "you replied {at}",
    CONFIRMED_BY_YOU: "you confirmed {at}",
    SENT_DING: "DING sent by you",
    SENT_DING_WAITING: "DING sent by you: {confirmed}/{expected} confirmed, {unconfirmed} not yet",
    SENT_DING_DONE: "DING sent by you: all {expected} confirmed",
    SENT_DING_DUE: "DING sent by you: due {due} · {confirmed}/{expected} confirmed, "
    "{unconfirmed} not yet",
    SENT_DING_OVERDUE: "DING sent by you: due {due} passed · {confirmed}/{expected} confirmed, "
    "{unconfirmed} not yet",
    REPOSTED: "reposted in this group",
    ALL_REPORTED: "every unit asked has reported",
    EDITED: "edited by its sender",
    UNSORTED: "desk could not sort this message automatically",
    "corrected_by": "corrected: see {group} {when}",
    "replaced_by_level": "replaced: see the {level} warning in {group} {when}",
    "replaced_by_response": "replaced: the response is now level {level}, see {group} {when}",
    "lifted_by": "lifted: see {group} {when}",
    ACK: "acknowledgement reply",
    ACK_PROMISE: "with a promise or a time",
    ACK_UNMATCHED: "a “got it” reply, not matched to a notice",
    ACK_UNMATCHED_AFTER: (
        "a “got it” reply, not matched to a notice; before it in the group: {message}"
    ),
    "flattery": "flattery reply",
    "chitchat": "chit-chat",
    "sticker": "sticker or emoji",
    "red_packet": "red packet",
    "checkin": "photo check-in",
    NOTICE: "notice",
    ANSWERS: "reply to: {notice}",
    # Information that tells of word passed on (已通知到…): done, not a notice.
    "report_back": "report back",
    "group_weight": "group weight {weight}",
    "user_correction": "corrected by you",
    "sender_weight": "sender weight {weight}",
    "lesson_read": "you moved this sender's like here out of Noise before",
    "lesson_put_away": "you moved this sender's like here to Noise before",
    "asks_you": "a question put to you",
    # An order opened by the reader's name (李明，周五前交材料), without an @.
    "addresses_you": "addresses you by name",
    NAMES_UNIT: "names your unit ({unit})",
    "question": "a question to the group",
    "for_information": "for information only",
    "routine_report": "routine report",
    "sign_up_chain": "sign-up chain",
}


def replaced(reasons: Sequence[Reason]) -> bool:
    """Whether a later notice replaced the message's and it asks nothing of its own (see
    SUPERSEDED and STILL_ASKS)."""
    return any(r.code in SUPERSEDED and not r.arg(STILL_ASKS) for r in reasons)


def replied(reasons: Sequence[Reason]) -> Reason | None:
    """The reason saying a message of the user's answered the task (REPLIED), if one does."""
    return next((r for r in reasons if r.code == REPLIED), None)


def sent_due(reasons: Sequence[Reason]) -> datetime | None:
    """The due time a message the user sent set its readers (SENT_PRESSING), if it set
    one: their own card keeps no deadline of its own (no task for them), yet what reminds
    the readers of it (DING 未报的) is to say it."""
    return aware_instant(next((r.arg("due") for r in reasons if r.code == SENT_PRESSING), ""))


def aware_instant(value: object) -> datetime | None:
    """The time a reason's argument says (ISO 8601 with its offset), or None where it says
    none: empty, not a time, or without an offset (no instant at all)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def unmatched_ack(reasons: Sequence[Reason], followed: str | None) -> tuple[Reason, ...]:
    """The reasons of an acknowledgement desk found no notice for, shown as a card of its
    own: ACK said as ACK_UNMATCHED, naming the start of `followed`, the text of the message
    before it in its group, where there is one."""
    said = " ".join((followed or "").split())
    if len(said) > FOLLOWED_CHARS:
        said = said[: FOLLOWED_CHARS - 1] + "…"
    loose = Reason.of(ACK_UNMATCHED_AFTER, message=said) if said else Reason.of(ACK_UNMATCHED)
    return tuple(loose if r.code == ACK else r for r in reasons)


# A group weight that stands for a priority set for the group, said as who set it, as the
# window says it (desk.ui.reason_text), not as a number.
_MARKED = {
    ("important", False): "you marked this group important",
    ("low", False): "you marked this group low priority",
    ("important", True): "your administrator made this group important",
    ("low", True): "your administrator made this group low priority",
}


def describe(reason: Reason) -> str:
    marked = (reason.arg("marked"), reason.arg(SET_BY) == POLICY)
    if reason.code == "group_weight" and marked in _MARKED:
        return _MARKED[marked]
    if reason.code == "deadline" and is_event(reason):
        reason = Reason.of("event_at", when=reason.arg("when"))
    if reason.code == "deadline_soon" and reason.arg("minutes").isdigit():
        minutes = int(reason.arg("minutes"))
        verb = "starts" if is_event(reason) else "due"
        if minutes < 60:
            return f"{verb} within {minutes} min"
        return f"{verb} within {hours_text(minutes)} h"
    template = ENGLISH.get(reason.code)
    if template is None:
        return reason.code
    if reason.code in DAY_CODES:
        # Its weekday by name (the reason holds ISO's number, 1 for Monday).
        shown = dict(reason.args)
        with contextlib.suppress(ValueError, IndexError):
            shown["weekday"] = _WEEKDAYS[int(shown.get("weekday", "")) - 1]
        reason = Reason(reason.code, tuple(shown.items()))
    if reason.code in SUPERSEDED or reason.code in _TIMED:
        # Its day and time, as a card shows a due time (not an ISO stamp).
        shown = dict(reason.args)
        for name in _TIMED.get(reason.code, ("when",)):
            with contextlib.suppress(ValueError):
                shown[name] = datetime.fromisoformat(shown[name]).strftime("%m-%d %H:%M")
        reason = Reason(reason.code, tuple(shown.items()))
    return template.format_map(_Args(reason.args))


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# The arguments of a reason that are instants, shown as a day and time.
_TIMED = {
    # Not an ISO stamp beside "next due 12-11 17:30" (a tester, of `desk inbox`); the
    # deadline field of `desk triage` keeps the whole instant.
    "deadline": ("when",),
    "event_at": ("when",),
    COPY_SOONER_PASSED: ("when",),
    THEN_DUE: (THEN_AT,),
    DUE_PASSED_THEN: ("when",),
    SENT_DING_DUE: ("due",),
    SENT_DING_OVERDUE: ("due",),
    REPLIED: ("at",),
    CONFIRMED_BY_YOU: ("at",),
}


# Arguments of a SUPERSEDED reason that no text shows: the remote id of the message that
# replaced the card (its withdrawal brings the card back), and the card's due time (ms)
# before it was dropped (moved back to Action by the user, the card is due again).
REPLACED_BY = "by"
WAS_DUE = "was_due_ms"
# ...set ("1") on a card that keeps its tier: it asks something the correction does not (a
# relay's own task beside the meeting moved; see triage.superseding.own_task). Its due time
# stays, or follows the correction's.
STILL_ASKS = "asks"
# ...the later messages that replace the card's notice too, as JSON [[code, level, remote
# id], ...] in the order they came: the one named withdrawn, the next takes its place.
ALSO_BY = "also"


def superseded_reason(
    kind: str, group: str, when: datetime, level: str = "", by: str = ""
) -> Reason:
    """The reason on a card of a notice that a later message replaced (see SUPERSEDED_BY):
    the later message's group and time, and the new warning's colour for kind level; `by`
    is the later message's remote id (see REPLACED_BY)."""
    args = {"group": group, "when": when.isoformat()}
    if kind in ("level", "response"):
        args["level"] = level
    if by:
        args[REPLACED_BY] = by
    return Reason.of(SUPERSEDED_BY[kind], **args)


class _Args(dict[str, str]):
    def __init__(self, args: tuple[tuple[str, str], ...]) -> None:
        super().__init__(args)

    def __missing__(self, key: str) -> str:
        return "?"


def is_event(reason: Reason) -> bool:
    """Whether a due-time reason gives when something happens (see EVENT)."""
    return reason.arg(EVENT) == "1"


class Readies(StrEnum):
    """What begins at the time a due-by time gets ready for (see READIES): a meeting
    (2:40前完成调试, 3:00 视频会议), a duty taken up (7:20前到岗 for 7:30—11:30 文明交通劝导, read
    as 07:30 开会 by a tester), or a span of hours of something else (8:00-12:00 义诊)."""

    MEETING = "meeting"
    DUTY = "duty"
    START = "start"


def readied(reason: Reason) -> datetime | None:
    """The start of the meeting a due-time reason's time gets ready for (see READIES)."""
    with contextlib.suppress(ValueError):
        at = datetime.fromisoformat(reason.arg(READIES))
        if at.tzinfo is not None:
            return at
    return None


def standing_at(
    reason: Reason, now: datetime, due: datetime | None = None, tz: tzinfo | None = None
) -> Reason:
    """A reason stating a due time (deadline, deadline_soon; `due` for a deadline_soon
    stored before it carried one) as it stands at `now`, worded as `due_reason` words it:
    by how long is left within SAYS_HOW_LONG of it, by its day and time further off (with
    the user's zone `tz`, by calendar day: tomorrow, in 5 days; see due_days), and
    once passed by how late it is (in days once a day late). Two cards due at the
    same 17:30 read 8 小时后截止 and 截止 12-04 17:30, a tester: one was stated so by
    triage when it came, close to its time, the other a day before. The time of a meeting
    (is_event) starts in, began, and passed instead; so does, once its own time has
    passed, a time that only gets a meeting ready (READIES): nothing is left to do but the
    meeting (a tester: 已逾期 10 分钟 on the card, 10 分钟后开始 on its copy, for one
    meeting). Any other reason, or one with no due time, is kept."""
    # Its own time comes before the meeting's; unreadable, the meeting's stands for it.
    if (
        reason.code in _DUE_CODES
        and (meeting := readied(reason)) is not None
        and (_stated(reason) or meeting) <= now
    ):
        return _how_long(meeting, now, event=True)
    event = is_event(reason)
    if reason.code == "deadline":
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(reason.arg("when"))
            if when.tzinfo is not None and when - now < SAYS_HOW_LONG:
                return _how_long(when, now, event)
            if when.tzinfo is not None and tz is not None:
                return on_day(when, now, tz, event)
        return Reason.of("event_at", when=reason.arg("when")) if event else reason
    if reason.code != "deadline_soon":
        return reason
    with contextlib.suppress(ValueError):
        due = datetime.fromisoformat(reason.arg("due"))
    if due is None or due.tzinfo is None:
        return reason
    if due - now >= SAYS_HOW_LONG:
        if tz is not None:
            return on_day(due, now, tz, event)
        return Reason.of("event_at" if event else "deadline", when=due.isoformat())
    return _how_long(due, now, event)


def how_late(due: datetime, now: datetime) -> Reason:
    """How late something due at `due` is at `now`, as a task's due time says it (已逾期
    3 分钟 … 已逾期 1 天 5 小时, 已逾期 12 天): a DING's confirm-by time said 已超时 329 小时
    56 分 where the card beside it said days (a tester)."""
    return _how_long(due, max(now, due), event=False)


def _how_long(due: datetime, now: datetime, event: bool) -> Reason:
    """How long is left until `due`, or how late it is: minutes under an hour, hours
    otherwise (see hours_text), days once a day late, with their hours under
    DAYS_WITH_HOURS (已过截止时间 beside 已逾期 3 分钟 said less of the one more late, a
    tester); a meeting's time (`event`),
    event_passed once it has begun EVENT_HOURS ago."""
    left = due - now
    if left > timedelta(0):
        minutes = math.ceil(left / _MINUTE)
        in_minutes, in_hours = _AHEAD[event]
        if minutes < 60:
            return Reason.of(in_minutes, minutes=str(minutes))
        return _hours_and_minutes(in_hours, minutes)
    late = max(1, math.floor(-left / _MINUTE))
    late_minutes, late_hours = _LATE[event]
    if late < 60:
        return Reason.of(late_minutes, minutes=str(late))
    if late < (EVENT_HOURS if event else 24) * 60:
        return _hours_and_minutes(late_hours, late)
    if event:
        return Reason.of("event_passed")
    days, rest = divmod(late, 24 * 60)
    hours = rest // 60
    if days < DAYS_WITH_HOURS and hours:
        return Reason.of("overdue_dh", days=str(days), hours=str(hours))
    return Reason.of("overdue_d", days=str(days))


def due_reason(
    due: datetime,
    now: datetime,
    event: bool,
    meeting: datetime | None = None,
    tz: tzinfo | None = None,
) -> Reason:
    """How a card states its due time at `now` in the user's zone `tz` (see standing_at);
    `meeting`, the start of the meeting it gets ready for (see READIES)."""
    return standing_at(soon_reason(due, event, meeting=meeting), now, tz=tz)


def row_event(reasons: tuple[Reason, ...], due: datetime | None) -> bool:
    """Whether a card's due time `due` is the time of a meeting: its reason stating that
    time says so (a relay's sooner due time, taken in its place, is a due time)."""
    if due is None:
        return False
    for reason in reasons:
        if reason.code == "deadline" and is_event(reason):
            with contextlib.suppress(ValueError):
                if datetime.fromisoformat(reason.arg("when")) == due:
                    return True
    return False


def row_readies(reasons: Sequence[Reason], due: datetime | None) -> Readies:
    """What begins at the start `row_readied` gives (a meeting for reasons stored before
    they said)."""
    if due is not None:
        for reason in reasons:
            if reason.code in _DUE_CODES and readied(reason) is not None and _stated(reason) == due:
                with contextlib.suppress(ValueError):
                    return Readies(reason.arg(READIES_KIND) or Readies.MEETING)
    return Readies.MEETING


def row_readied(reasons: Sequence[Reason], due: datetime | None) -> datetime | None:
    """The start of the meeting a card's due time `due` only gets ready for, as its reason
    stating that time says (see READIES); None for any other."""
    if due is None:
        return None
    for reason in reasons:
        if (
            reason.code in _DUE_CODES
            and (meeting := readied(reason)) is not None
            and _stated(reason) == due
        ):
            return meeting
    return None


def answered_as(answer: Reason, reasons: Sequence[Reason], now: datetime) -> Reason:
    """An answer (REPLIED, CONFIRMED_BY_YOU; its "due", the card's due time) as it is said
    among the card's `reasons` at `now`: marked EVENT where that time is a meeting's (or
    only gets one ready, and the meeting has begun: then due at the meeting's start), so
    that once passed it reads as the meeting's time passed, as the same meeting unanswered
    does, not as past due (已回复 09:40 · 已过截止 on a meeting begun that afternoon, from
    review). Any other answer is kept."""
    try:
        due = datetime.fromisoformat(answer.arg("due"))
    except ValueError:
        return answer
    said = dict(answer.args)
    meeting = row_readied(reasons, due)
    if meeting is not None and meeting <= now:
        said["due"] = meeting.isoformat()
    elif not row_event(tuple(reasons), due):
        return answer
    said[EVENT] = "1"
    return Reason.of(answer.code, **said)


def _stated(reason: Reason) -> datetime | None:
    """The due time a due-time reason (_DUE_CODES) states, or None if it cannot be read."""
    with contextlib.suppress(ValueError):
        return datetime.fromisoformat(reason.arg("when" if reason.code == "deadline" else "due"))
    return None


def soon_reason(
    due: datetime,
    event: bool,
    minutes: int | None = None,
    *,
    meeting: datetime | None = None,
    kind: Readies = Readies.MEETING,
) -> Reason:
    """The "due soon" reason of `due` (the time of a meeting when `event`, a time getting
    ready for the `kind` of thing starting at `meeting`); `minutes`, how long was left when the
    message came, as triage records it."""
    args = {"due": due.isoformat()}
    if minutes is not None:
        args["minutes"] = str(minutes)
    if event:
        args[EVENT] = "1"
    if meeting is not None:
        args[READIES] = meeting.isoformat()
        if kind is not Readies.MEETING:
            args[READIES_KIND] = kind.value
    return Reason.of("deadline_soon", **args)


def at_reason(
    due: datetime,
    event: bool,
    meeting: datetime | None = None,
    kind: Readies = Readies.MEETING,
) -> Reason:
    """The reason stating the due day and time `due` (the time of a meeting when `event`,
    a time getting ready for the `kind` of thing starting at `meeting`)."""
    args = {"when": due.isoformat()}
    if event:
        args[EVENT] = "1"
    if meeting is not None:
        args[READIES] = meeting.isoformat()
        if kind is not Readies.MEETING:
            args[READIES_KIND] = kind.value
    return Reason.of("deadline", **args)


def later_due_reasons(
    due: datetime, later: Sequence[datetime], meeting: datetime | None = None
) -> tuple[Reason, ...]:
    """The reasons of a card due at `due` whose notice sets the later steps `later`, each
    later than the one before (see THEN_DUE), and last the start of the `meeting` it
    calls, if any (EVENT)."""
    steps = (due, *later)
    reasons = [
        Reason.of(THEN_DUE, due=step.isoformat(), **{THEN_AT: after.isoformat()})
        for step, after in pairwise(steps)
    ]
    if meeting is not None and meeting > steps[-1]:
        args = {"due": steps[-1].isoformat(), THEN_AT: meeting.isoformat(), EVENT: "1"}
        reasons.append(Reason.of(THEN_DUE, **args))
    return tuple(reasons)


def standing_due(
    reasons: Sequence[Reason], due: datetime | None, now: datetime
) -> tuple[datetime | None, tuple[Reason, ...]]:
    """A card's due time and reasons as they stand at `now`: as stored, or fallen back to
    its own due time once the sooner one a copy asked for has passed, or at its notice's
    next step once a step has (see `fall_back`)."""
    fallen = fall_back(reasons, due, now)
    return fallen if fallen is not None else (due, tuple(reasons))


def fall_back(
    reasons: Sequence[Reason], due: datetime | None, now: datetime
) -> tuple[datetime, tuple[Reason, ...]] | None:
    """The due time and reasons of a card due at `due`, the sooner time a copy asked for
    (COPY_SOONER), once that time has passed at `now`: the time it stood in front of (the
    card's own, or a less soon copy's that still stands), stated by a reason, and where
    the copy asked for the passed one (COPY_SOONER_PASSED). A tester, on Monday: the card
    said 已过截止时间 for a township relay's Saturday ask, and the district notice's own
    deadline was nowhere. The same for a step of a notice that sets more (THEN_DUE): due
    at the next once it has passed (due Monday, then Wednesday: not overdue on Tuesday),
    and saying that it has (DUE_PASSED_THEN). None while the copy's time stands, or for a
    card with no later time to fall back to (stored before cards kept it, or stating
    none): it is overdue."""
    if due is None:
        return None
    said = tuple(reasons)
    fallen = None
    while due <= now:
        step = _fall_back_once(said, due)
        if step is None:
            break
        fallen = due, said = step
    return fallen


def _fall_back_once(
    reasons: tuple[Reason, ...], due: datetime
) -> tuple[datetime, tuple[Reason, ...]] | None:
    """The card due at `due` back at the time the copy that asked for `due` stood in
    front of, or at its notice's step after `due`; None when no copy asked for it and no
    step follows it, or it stood in front of nothing later."""
    for reason in reasons:
        if reason.code == THEN_DUE:
            # Due at or after the step (a correction moved it an hour on), before the next.
            with contextlib.suppress(ValueError, TypeError):
                step = datetime.fromisoformat(reason.arg("due"))
                if step <= due < datetime.fromisoformat(reason.arg(THEN_AT)):
                    return _next_step(reasons, reason, due)
            continue
        if reason.code != COPY_SOONER:
            continue
        with contextlib.suppress(ValueError):
            if datetime.fromisoformat(reason.arg(SOONER_DUE)) != due:
                continue
            own = datetime.fromisoformat(reason.arg(OWN_DUE))
            if own.tzinfo is None or own <= due:
                return None
            # Said at the offset stored, the user's zone, as the CLI words it.
            when = reason.arg(SOONER_DUE)
            passed = Reason.of(COPY_SOONER_PASSED, group=reason.arg("group"), when=when)
            kept = tuple(r for r in reasons if r.code not in _DUE_CODES and r is not reason)
            return own, (*kept, at_reason(own, reason.arg(OWN_EVENT) == "1"), passed)
    return None


def _next_step(
    reasons: tuple[Reason, ...], step: Reason, due: datetime
) -> tuple[datetime, tuple[Reason, ...]] | None:
    """The card due at `due`, a step of its notice now passed (`step`, THEN_DUE), due at
    the next step: stated by a reason, and the passed one said beside it."""
    then = datetime.fromisoformat(step.arg(THEN_AT))
    if then.tzinfo is None or then <= due:
        return None
    passed = Reason.of(DUE_PASSED_THEN, when=step.arg("due"), **{THEN_AT: step.arg(THEN_AT)})
    kept = tuple(r for r in reasons if r.code not in _DUE_CODES and r is not step)
    return then, (*kept, at_reason(then, event=step.arg(EVENT) == "1"), passed)


SAYS_HOW_LONG = timedelta(hours=12)
# Late by fewer whole days than this, the hours are said too: on Monday 08:35 a report due
# Saturday 10:00 read 已逾期 1 天, late by nearly two (a tester). Further behind, days do.
DAYS_WITH_HOURS = 3
# How long a meeting's time counts as late: while it likely runs, the user may still join
# it; after, it asks nothing (a lecture the evening before stayed at the head of Action),
# and its time has passed (已开始 18 小时 read as a meeting still running, a tester).
EVENT_HOURS = 2
_AHEAD = {False: ("due_in_min", "due_in_h"), True: ("starts_in_min", "starts_in_h")}
_LATE = {
    False: ("overdue_min", "overdue_h"),
    True: ("began_min", "began_h"),
}


# The codes `_how_long` says a task's passed due time by: late, not a meeting begun.
OVERDUE = frozenset({"overdue_min", "overdue_h", "overdue_hm", "overdue_d", "overdue_dh"})


def overdue(reason: Reason) -> bool:
    """Whether a due-time reason as it stands (see `standing_at`) says the task is late."""
    return reason.code in OVERDUE


def _hours_and_minutes(code: str, minutes: int) -> Reason:
    """The reason `code` (a *_h code) for `minutes`, an hour or more, in whole hours and
    minutes as a clock reads them (3 小时 48 分): 3.8 hours read as a machine's count (a
    tester); whole hours alone (9 小时)."""
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return Reason.of(code, hours=str(hours))
    return Reason.of(f"{code}m", hours=str(hours), minutes=str(rest))


def hours_text(minutes: int) -> str:
    """90 -> '1.5', 120 -> '2', 1092 -> '18': hours with one decimal under ten, none when
    whole (18.2 hours late read as a machine's count)."""
    if minutes >= 600:
        return str(round(minutes / 60))
    text = f"{minutes / 60:.1f}"
    return text.removesuffix(".0")


def as_shown(
    reasons: Sequence[Reason],
    group_name: str,
    sent_ding: Roster | None = None,
    asks_action: bool = True,
    *,
    sent_ding_due: datetime | None = None,
    now: datetime | None = None,
    passed_steps: bool = False,
    all_reported: bool = False,
    confirmed: bool = False,
) -> list[Reason]:
    """A card's reasons as the window and `desk inbox` show them, for a card in group
    `group_name`: a due time said once, by how soon where triage said that too (截止 12-03
    23:43、8 分钟后截止 said it twice, a tester), and not at all on a card whose tier asks
    for no action (moved to information, a notice asks nothing by any time); a copy posted
    again in the card's own group said so ("more pressing as posted in" the card's own
    group read as another's). Who withdrew a message is said by its own line (see
    `removed_by`). Of a notice's steps, after how soon the one due now is: the next still
    ahead at `now`, one only, and with `passed_steps` (the reading pane) those passed
    before it (see `_steps_shown`). A DING the user sent, with its roster (`sent_ding`),
    says so first, and how many have confirmed it, in place of "sent by you" (it read as
    any message of theirs, a tester). A notice every unit it asked has reported on
    (`all_reported`, see InboxRow.all_reported), and a DING the user `confirmed`, is no
    longer due, nor late, as one the user answered."""
    soon = any(r.code == "deadline_soon" for r in reasons)
    # Answered by the user: no longer due, nor late (see REPLIED).
    answered = replied(reasons) is not None or all_reported or confirmed
    shown = [
        Reason.of(_HERE[r.code]) if r.code in _HERE and r.arg("group") == group_name else r
        for r in reasons
        if not (soon and r.code == "deadline")
        and ((asks_action and not answered) or r.code not in _DUE_CODES)
        and r.code not in _REMOVED | _STEP_CODES
        and r.code != SENT_PRESSING
        and not (sent_ding is not None and r.code == FROM_YOU)
    ]
    if (
        not shown
        and all_reported
        and asks_action
        and not (replied(reasons) is not None or confirmed)
        and any(r.code in _DUE_CODES for r in reasons)
    ):
        # Its due time, its only reason, said as met: a card in To do keeps saying why
        # (see ALL_REPORTED). Beside another (请…: asks for action), its line's 已报齐 says
        # it already.
        shown.append(Reason.of(ALL_REPORTED))
    if now is not None:
        # A meeting answered, its time passed, is not past due (see answered_as).
        shown = [answered_as(r, reasons, now) if r.code == REPLIED else r for r in shown]
    # After how soon the one due now is (a step passed hid 30 分钟后截止, and then 已逾期, a
    # tester): a card cut short drops them first.
    if asks_action and not answered:
        shown += _steps_shown(reasons, now, passed_steps)
    if sent_ding is None:
        return shown
    return [sent_ding_reason(sent_ding, sent_ding_due, now), *shown]


def _steps_shown(
    reasons: Sequence[Reason], now: datetime | None, passed_steps: bool
) -> list[Reason]:
    """What a card says of its notice's steps: the next one still ahead at `now` (下一时限
    12-09 10:00), and with `passed_steps` those passed before it, each by its time (12-07
    17:30 时限已过). A card said every step (two 下一时限 side by side before the first,
    and after the last, passed ones still called 下一时限 beside 已逾期 2 天, a review): a
    time is said once, and a passed one is no next step."""
    passed = [r for r in reasons if r.code == DUE_PASSED_THEN] if passed_steps else []
    ahead = [
        r for r in reasons if r.code == THEN_DUE and (now is None or _instant(r.arg(THEN_AT)) > now)
    ]
    passed.sort(key=lambda r: _instant(r.arg("when")))
    if ahead:
        passed.append(min(ahead, key=lambda r: _instant(r.arg("due"))))
    return passed


def _instant(when: str) -> datetime:
    """A reason's time argument `when`; the earliest time for one that is none."""
    with contextlib.suppress(ValueError):
        at = datetime.fromisoformat(when)
        if at.tzinfo is not None:
            return at
    return datetime.min.replace(tzinfo=UTC)


def sent_ding_reason(
    roster: Roster, due: datetime | None = None, now: datetime | None = None
) -> Reason:
    """How far confirming a DING the user sent has got: 3/12 confirmed, 9 not yet; with
    its deadline, if it set one, and whether that has passed at `now`."""
    confirmed, expected = len(roster.confirmed), roster.expected
    if not expected:
        return Reason.of(SENT_DING)
    if not roster.unconfirmed:
        return Reason.of(SENT_DING_DONE, expected=str(expected))
    if due is not None:
        return Reason.of(
            SENT_DING_OVERDUE if now is not None and due <= now else SENT_DING_DUE,
            due=due.isoformat(),
            confirmed=str(confirmed),
            expected=str(expected),
            unconfirmed=str(len(roster.unconfirmed)),
        )
    return Reason.of(
        SENT_DING_WAITING,
        confirmed=str(confirmed),
        expected=str(expected),
        unconfirmed=str(len(roster.unconfirmed)),
    )


# What `removed_by` says of the user.
BY_YOU = ""


def removed_by(reasons: Sequence[Reason]) -> str | None:
    """Who removed a withdrawn message, when not its sender: a group admin's name, or
    BY_YOU; None when its sender withdrew it."""
    for reason in reasons:
        if reason.code == REMOVED_BY:
            return reason.arg("name")
        if reason.code == REMOVED_BY_YOU:
            return BY_YOU
    return None
