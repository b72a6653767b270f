"""Reason codes from the core, worded in the user's language.

A "due soon" reason is worded as it stands when shown (due in 12 min, overdue by
16 min), from its due time and the clock, never from the hours triage once counted.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.due_days import DAY_CODES
from desk.core.group_priority import POLICY, SET_BY
from desk.core.messages import Reason
from desk.core.placeholders import fill
from desk.core.reasons import (
    ACK,
    ACK_PROMISE,
    ACK_UNMATCHED,
    ACK_UNMATCHED_AFTER,
    ALL_REPORTED,
    ANSWERS,
    CONFIRMED_BY_YOU,
    COPY_MORE_PRESSING,
    COPY_MORE_PRESSING_HERE,
    COPY_SOONER,
    COPY_SOONER_HERE,
    COPY_SOONER_PASSED,
    DUE_PASSED_THEN,
    EDITED,
    EDITED_MORE,
    EDITED_SOONER,
    EDITED_WHY,
    FROM_YOU,
    REPLIED,
    REPOSTED,
    SENT_DING,
    SENT_DING_DONE,
    SENT_DING_DUE,
    SENT_DING_OVERDUE,
    SENT_DING_WAITING,
    SUPERSEDED,
    THEN_AT,
    THEN_DUE,
    UNSORTED,
    is_event,
    standing_at,
)

_TEXT: dict[str, str] = {
    "ding": QT_TRANSLATE_NOOP("Reason", "DING"),
    "mention": QT_TRANSLATE_NOOP("Reason", "@you"),
    "role_owner": QT_TRANSLATE_NOOP("Reason", "from group owner"),
    "role_admin": QT_TRANSLATE_NOOP("Reason", "from group admin"),
    "urgent_words": QT_TRANSLATE_NOOP("Reason", "urgent wording"),
    # The learned model's call (desk/core/triage/urgent_model.py), not a rule's.
    "reads_urgent": QT_TRANSLATE_NOOP("Reason", "reads like an emergency"),
    "task_words": QT_TRANSLATE_NOOP("Reason", "asks for action"),
    # Only on information (通知) cards: what the message holds, not an order to act,
    # which read as the opposite of the tier (要求办理（未定时限）, a tester).
    "task_undated": QT_TRANSLATE_NOOP("Reason", "has a request, no deadline"),
    "deadline": QT_TRANSLATE_NOOP("Reason", "deadline %1"),
    # Only for a reason stored before it carried its due time, on a row with no deadline.
    "deadline_soon": QT_TRANSLATE_NOOP("Reason", "due within %1 h"),
    "due_in_min": QT_TRANSLATE_NOOP("Reason", "due in %1 min"),
    "due_in_h": QT_TRANSLATE_NOOP("Reason", "due in %1 h"),
    # Hours and minutes (8 小时 54 分后截止), not a decimal count of hours (a tester).
    "due_in_hm": QT_TRANSLATE_NOOP("Reason", "due in %1 h %2 min"),
    "overdue_min": QT_TRANSLATE_NOOP("Reason", "overdue by %1 min"),
    "overdue_h": QT_TRANSLATE_NOOP("Reason", "overdue by %1 h"),
    "overdue_hm": QT_TRANSLATE_NOOP("Reason", "overdue by %1 h %2 min"),
    "overdue_d": QT_TRANSLATE_NOOP("Reason", "overdue by %1 d"),
    "overdue_dh": QT_TRANSLATE_NOOP("Reason", "overdue by %1 d %2 h"),
    # Further off, by its day in the user's zone (desk.core.due_days): %1 is its time.
    "due_today": QT_TRANSLATE_NOOP("Reason", "due today %1"),
    "due_tomorrow": QT_TRANSLATE_NOOP("Reason", "due tomorrow %1"),
    "due_day_after": QT_TRANSLATE_NOOP("Reason", "due the day after tomorrow %1"),
    # %1 its date (12-08), %2 its weekday (Tue), %3 its time, %4 the calendar days left.
    "due_on_weekday": QT_TRANSLATE_NOOP("Reason", "due %2 %1 %3 · %4 days left"),
    # Past two weeks: %1 its date, %2 its time, %3 the calendar days left.
    "due_on_date": QT_TRANSLATE_NOOP("Reason", "due %1 %2 · %3 days left"),
    # The time of a meeting or a muster: it starts and begins, it is not overdue.
    "event_at": QT_TRANSLATE_NOOP("Reason", "at %1"),
    "event_today": QT_TRANSLATE_NOOP("Reason", "starts today %1"),
    "event_tomorrow": QT_TRANSLATE_NOOP("Reason", "starts tomorrow %1"),
    "event_day_after": QT_TRANSLATE_NOOP("Reason", "starts the day after tomorrow %1"),
    "event_on_weekday": QT_TRANSLATE_NOOP("Reason", "starts %2 %1 %3 · in %4 days"),
    "event_on_date": QT_TRANSLATE_NOOP("Reason", "starts %1 %2 · in %3 days"),
    "starts_in_min": QT_TRANSLATE_NOOP("Reason", "starts in %1 min"),
    "starts_in_h": QT_TRANSLATE_NOOP("Reason", "starts in %1 h"),
    "starts_in_hm": QT_TRANSLATE_NOOP("Reason", "starts in %1 h %2 min"),
    "began_min": QT_TRANSLATE_NOOP("Reason", "began %1 min ago"),
    "began_h": QT_TRANSLATE_NOOP("Reason", "began %1 h ago"),
    "began_hm": QT_TRANSLATE_NOOP("Reason", "began %1 h %2 min ago"),
    "event_passed": QT_TRANSLATE_NOOP("Reason", "time passed"),
    "same_notice": QT_TRANSLATE_NOOP("Reason", "same notice as in %1"),
    COPY_MORE_PRESSING: QT_TRANSLATE_NOOP("Reason", "more pressing as posted in %1"),
    COPY_SOONER: QT_TRANSLATE_NOOP("Reason", "due sooner as posted in %1"),
    # The same, of a copy posted again in the card's own group (desk.ui.card_text).
    COPY_MORE_PRESSING_HERE: QT_TRANSLATE_NOOP("Reason", "more pressing as posted again here"),
    COPY_SOONER_HERE: QT_TRANSLATE_NOOP("Reason", "due sooner as posted again here"),
    # A relay's sooner due time, passed: %1 is its group, %2 that day and time. The card is
    # due at its notice's own time again (desk.core.reasons.fall_back).
    COPY_SOONER_PASSED: QT_TRANSLATE_NOOP("Reason", "%1 asked for it by %2"),
    # A notice that sets more than one due-by time: %1 is its next (desk.core.reasons
    # THEN_DUE); once one has passed, %1 is that one (the next, due now, is the card's).
    THEN_DUE: QT_TRANSLATE_NOOP("Reason", "next due %1"),
    DUE_PASSED_THEN: QT_TRANSLATE_NOOP("Reason", "due %1 passed"),
    FROM_YOU: QT_TRANSLATE_NOOP("Reason", "sent by you"),
    # A task asked of the user, answered by a message of theirs: %1 is when.
    REPLIED: QT_TRANSLATE_NOOP("Reason", "you replied %1"),
    # A DING the user confirmed, said in place of its due time: %1 is when.
    CONFIRMED_BY_YOU: QT_TRANSLATE_NOOP("Reason", "you confirmed %1"),
    SENT_DING: QT_TRANSLATE_NOOP("Reason", "DING sent by you"),
    # 3/12 confirmed, 9 not yet: as DingTalk counts a DING its sender sent.
    SENT_DING_WAITING: QT_TRANSLATE_NOOP("Reason", "DING sent by you: %1/%2 confirmed, %3 not yet"),
    SENT_DING_DONE: QT_TRANSLATE_NOOP("Reason", "DING sent by you: all %1 confirmed"),
    # With its deadline (%1, a time): 截止 02:00 · 已确认 2/5; then once it has passed.
    SENT_DING_DUE: QT_TRANSLATE_NOOP(
        "Reason", "DING sent by you: due %1 · %2/%3 confirmed, %4 not yet"
    ),
    SENT_DING_OVERDUE: QT_TRANSLATE_NOOP(
        "Reason", "DING sent by you: due %1 passed · %2/%3 confirmed, %4 not yet"
    ),
    REPOSTED: QT_TRANSLATE_NOOP("Reason", "reposted in this group"),
    # In place of a card's due time once every unit it asked has reported on it.
    ALL_REPORTED: QT_TRANSLATE_NOOP("Reason", "every unit asked has reported"),
    EDITED: QT_TRANSLATE_NOOP("Reason", "edited by its sender"),
    UNSORTED: QT_TRANSLATE_NOOP("Reason", "desk could not sort this message automatically"),
    # A later notice replaced the card's (see desk.core.triage.superseding): %1 is the
    # group it came in, %2 its time, %3 the new warning's colour.
    "corrected_by": QT_TRANSLATE_NOOP("Reason", "corrected: see %1 %2"),
    "replaced_by_level": QT_TRANSLATE_NOOP("Reason", "replaced: see the %3 warning in %1 %2"),
    "lifted_by": QT_TRANSLATE_NOOP("Reason", "lifted: see %1 %2"),
    # %3 is the emergency response's level now, as the notice wrote it (Ⅲ).
    "replaced_by_response": QT_TRANSLATE_NOOP(
        "Reason", "replaced: the response is now level %3, see %1 %2"
    ),
    ACK: QT_TRANSLATE_NOOP("Reason", "acknowledgement reply"),
    ACK_PROMISE: QT_TRANSLATE_NOOP("Reason", "with a promise or a time"),
    # An ack desk found no notice for, a card of its own (desk.core.reasons.ACK_UNMATCHED);
    # %1 is the start of the message before it in its group.
    ACK_UNMATCHED: QT_TRANSLATE_NOOP("Reason", "a “got it” reply, not matched to a notice"),
    ACK_UNMATCHED_AFTER: QT_TRANSLATE_NOOP(
        "Reason", "a “got it” reply, not matched to a notice; before it in the group: %1"
    ),
    "flattery": QT_TRANSLATE_NOOP("Reason", "flattery reply"),
    "chitchat": QT_TRANSLATE_NOOP("Reason", "chit-chat"),
    "sticker": QT_TRANSLATE_NOOP("Reason", "sticker or emoji"),
    "red_packet": QT_TRANSLATE_NOOP("Reason", "red packet"),
    "checkin": QT_TRANSLATE_NOOP("Reason", "photo check-in"),
    "notice": QT_TRANSLATE_NOOP("Reason", "notice"),
    # %1: the start of the notice's first line.
    ANSWERS: QT_TRANSLATE_NOOP("Reason", "reply to: %1"),
    "report_back": QT_TRANSLATE_NOOP("Reason", "report back"),
    "user_correction": QT_TRANSLATE_NOOP("Reason", "corrected by you"),
    # Worded by their sign in reason_text (see _WEIGHT_TEXT).
    "group_weight": "you moved this group's messages up before",
    "sender_weight": "you moved this sender's messages up before",
    "lesson_read": QT_TRANSLATE_NOOP(
        "Reason", "you moved this sender's like here out of Noise before"
    ),
    "lesson_put_away": QT_TRANSLATE_NOOP(
        "Reason", "you moved this sender's like here to Noise before"
    ),
    "asks_you": QT_TRANSLATE_NOOP("Reason", "a question put to you"),
    # An order opened by the reader's name (李明，周五前交材料), without an @.
    "addresses_you": QT_TRANSLATE_NOOP("Reason", "addresses you by name"),
    # %1: the user's own unit (桐坪镇), asked to act or report, or pointed out in a 通报.
    "names_unit": QT_TRANSLATE_NOOP("Reason", "names your unit (%1)"),
    "question": QT_TRANSLATE_NOOP("Reason", "a question to the group"),
    "for_information": QT_TRANSLATE_NOOP("Reason", "for information only"),
    "routine_report": QT_TRANSLATE_NOOP("Reason", "routine report"),
    "sign_up_chain": QT_TRANSLATE_NOOP("Reason", "sign-up chain"),
}
# The single argument each worded reason shows, in order of the %1 placeholder.
_ARG = {
    "deadline": "when",
    "deadline_soon": "hours",
    "due_in_min": "minutes",
    "due_in_h": "hours",
    "overdue_min": "minutes",
    "overdue_h": "hours",
    "overdue_d": "days",
    "event_at": "when",
    "starts_in_min": "minutes",
    "starts_in_h": "hours",
    "began_min": "minutes",
    "began_h": "hours",
    "same_notice": "group",
    ANSWERS: "notice",
    ACK_UNMATCHED_AFTER: "message",
    "names_unit": "unit",
    COPY_MORE_PRESSING: "group",
    COPY_SOONER: "group",
}
# The due times a reason of a notice's steps shows, in the order of %1, %2.
_STEPS = {THEN_DUE: (THEN_AT,), DUE_PASSED_THEN: ("when",)}
# Those that show more than one, in the order of %1, %2, ...
_ARGS = {
    "due_in_hm": ("hours", "minutes"),
    "overdue_hm": ("hours", "minutes"),
    "overdue_dh": ("days", "hours"),
    "starts_in_hm": ("hours", "minutes"),
    "began_hm": ("hours", "minutes"),
    SENT_DING_WAITING: ("confirmed", "expected", "unconfirmed"),
    SENT_DING_DONE: ("expected",),
    "due_today": ("time",),
    "due_tomorrow": ("time",),
    "due_day_after": ("time",),
    "due_on_weekday": ("date", "weekday", "time", "days"),
    "due_on_date": ("date", "time", "days"),
    "event_today": ("time",),
    "event_tomorrow": ("time",),
    "event_day_after": ("time",),
    "event_on_weekday": ("date", "weekday", "time", "days"),
    "event_on_date": ("date", "time", "days"),
}
# A weekday as a due time names it, by ISO's number (1 Monday).
_WEEKDAY_TEXT = {
    "1": QT_TRANSLATE_NOOP("Weekday", "Mon"),
    "2": QT_TRANSLATE_NOOP("Weekday", "Tue"),
    "3": QT_TRANSLATE_NOOP("Weekday", "Wed"),
    "4": QT_TRANSLATE_NOOP("Weekday", "Thu"),
    "5": QT_TRANSLATE_NOOP("Weekday", "Fri"),
    "6": QT_TRANSLATE_NOOP("Weekday", "Sat"),
    "7": QT_TRANSLATE_NOOP("Weekday", "Sun"),
}
# The colour of a warning signal, as the reason of a card it replaced names it.
_LEVEL_TEXT = {
    "red": QT_TRANSLATE_NOOP("WarningLevel", "red"),
    "orange": QT_TRANSLATE_NOOP("WarningLevel", "orange"),
    "yellow": QT_TRANSLATE_NOOP("WarningLevel", "yellow"),
    "blue": QT_TRANSLATE_NOOP("WarningLevel", "blue"),
}
# A learnt weight, said as what the user did, not as a number (群权重 +0.2 read as
# jargon, from a new user): up or down by its sign.
_WEIGHT_TEXT = {
    ("group_weight", True): QT_TRANSLATE_NOOP(
        "Reason", "you moved this group's messages up before"
    ),
    ("group_weight", False): QT_TRANSLATE_NOOP(
        "Reason", "you moved this group's messages down before"
    ),
    ("sender_weight", True): QT_TRANSLATE_NOOP(
        "Reason", "you moved this sender's messages up before"
    ),
    ("sender_weight", False): QT_TRANSLATE_NOOP(
        "Reason", "you moved this sender's messages down before"
    ),
}
# A group weight the user set in the settings (its reason says which priority), said as
# that choice: "moved up before" read as something the user did not remember doing.
_MARKED_TEXT = {
    "important": QT_TRANSLATE_NOOP("Reason", "you marked this group important"),
    "low": QT_TRANSLATE_NOOP("Reason", "you marked this group low priority"),
}
# ...where the administrator's policy set it (triage.group_priority): "you marked" read as
# something the user had not done (an IT tester).
_PRESET_TEXT = {
    "important": QT_TRANSLATE_NOOP("Reason", "your administrator made this group important"),
    "low": QT_TRANSLATE_NOOP("Reason", "your administrator made this group low priority"),
}


# A task answered, or a DING confirmed, past its due time ("due", ISO, among the reason's
# arguments): it asks nothing more, yet Due today keeps it until marked done (after what
# still asks the user), and its line says why it is there: %1 is when they answered.
_PAST_DUE_TEXT = {
    REPLIED: QT_TRANSLATE_NOOP("Reason", "you replied %1 · past due"),
    CONFIRMED_BY_YOU: QT_TRANSLATE_NOOP("Reason", "you confirmed %1 · past due"),
}
# ...where that time was a meeting's (see reasons.answered_as): begun, it is not past due
# (已回复 09:40 · 已过截止 on a meeting that afternoon, from review), as 时间已过 says of it.
_EVENT_PASSED_TEXT = {
    REPLIED: QT_TRANSLATE_NOOP("Reason", "you replied %1 · time passed"),
    CONFIRMED_BY_YOU: QT_TRANSLATE_NOOP("Reason", "you confirmed %1 · time passed"),
}
# Why an edit brought a card marked done back (desk.core.reasons.EDITED_WHY).
_EDITED_WHY_TEXT = {
    EDITED_SOONER: QT_TRANSLATE_NOOP("Reason", "edited by its sender: it now asks sooner"),
    EDITED_MORE: QT_TRANSLATE_NOOP("Reason", "edited by its sender: it now asks for more"),
}


def reason_text(reason: Reason, tz: ZoneInfo, now: datetime, due: datetime | None = None) -> str:
    """The reason in the user's language as it stands at `now`; `due` is the row's
    deadline, for a "due soon" reason stored before it carried its own."""
    reason = standing_at(reason, now, due, tz)
    if reason.code == EDITED and reason.arg(EDITED_WHY) in _EDITED_WHY_TEXT:
        return QCoreApplication.translate("Reason", _EDITED_WHY_TEXT[reason.arg(EDITED_WHY)])
    if reason.code == "group_weight" and reason.arg("marked") in _MARKED_TEXT:
        marked = _PRESET_TEXT if reason.arg(SET_BY) == POLICY else _MARKED_TEXT
        return QCoreApplication.translate("Reason", marked[reason.arg("marked")])
    if reason.code in ("group_weight", "sender_weight"):
        up = not reason.arg("weight").lstrip().startswith("-")
        return QCoreApplication.translate("Reason", _WEIGHT_TEXT[(reason.code, up)])
    source = _TEXT.get(reason.code)
    if source is None:
        return reason.code
    text = QCoreApplication.translate("Reason", source)
    if reason.code in SUPERSEDED:
        level = _LEVEL_TEXT.get(reason.arg("level"))
        return fill(
            text,
            reason.arg("group"),
            _short_time(reason.arg("when"), tz, now),
            QCoreApplication.translate("WarningLevel", level) if level else reason.arg("level"),
        )
    if reason.code in (REPLIED, CONFIRMED_BY_YOU):
        if _passed(reason.arg("due"), now):
            said = _EVENT_PASSED_TEXT if is_event(reason) else _PAST_DUE_TEXT
            text = QCoreApplication.translate("Reason", said[reason.code])
        return fill(text, _short_time(reason.arg("at"), tz, now))
    if reason.code in (SENT_DING_DUE, SENT_DING_OVERDUE):
        counts = (reason.arg(name) for name in ("confirmed", "expected", "unconfirmed"))
        return fill(text, _short_time(reason.arg("due"), tz, now), *counts)
    if reason.code == COPY_SOONER_PASSED:
        # With its day, as the card's own due time beside it: passed today, 17:30 alone
        # read as still to come (截止 12-09 17:30、…要求 17:30 前完成, a tester).
        return fill(text, reason.arg("group"), _day_time(reason.arg("when"), tz))
    if reason.code in _STEPS:
        return fill(text, *(_day_time(reason.arg(name), tz) for name in _STEPS[reason.code]))
    if reason.code in DAY_CODES:
        weekday = _WEEKDAY_TEXT.get(reason.arg("weekday"), "")
        said = {"weekday": QCoreApplication.translate("Weekday", weekday) if weekday else ""}
        return fill(text, *(said.get(name, reason.arg(name)) for name in _ARGS[reason.code]))
    if reason.code in _ARGS:
        return fill(text, *(reason.arg(name) for name in _ARGS[reason.code]))
    arg_name = _ARG.get(reason.code)
    if arg_name is None:
        return text
    value = reason.arg(arg_name)
    if arg_name == "when" and value:
        with contextlib.suppress(ValueError):
            value = datetime.fromisoformat(value).astimezone(tz).strftime("%m-%d %H:%M")
    return text.replace("%1", value)


def _passed(when: str, now: datetime) -> bool:
    """Whether the instant `when` (ISO; empty: none) is past at `now`."""
    try:
        return datetime.fromisoformat(when) <= now
    except ValueError:
        return False


def _short_time(when: str, tz: ZoneInfo, now: datetime) -> str:
    """04:00 on the day it is shown, 12-05 14:30 on another."""
    try:
        at = datetime.fromisoformat(when).astimezone(tz)
    except ValueError:
        return when
    return at.strftime("%H:%M" if at.date() == now.astimezone(tz).date() else "%m-%d %H:%M")


def _day_time(when: str, tz: ZoneInfo) -> str:
    """12-09 10:00, as a reason states a due time."""
    try:
        return datetime.fromisoformat(when).astimezone(tz).strftime("%m-%d %H:%M")
    except ValueError:
        return when
