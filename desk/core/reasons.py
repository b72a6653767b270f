"""The catalogue of reason codes and their plain-English wording (the CLI's voice).

The UI translates the same codes through Qt; see desk/ui/reason_text.py.

A reason is fixed when triage runs, but "due soon" ages: `standing_at` turns it into
the reason that holds at the instant it is shown (due in 12 min, overdue by 16 min).
"""

from __future__ import annotations

import contextlib
import math
from datetime import datetime, timedelta

from desk.core.messages import Reason

_MINUTE = timedelta(minutes=1)
# Given to a card when a copy of its notice came more pressing than it (see ingest).
COPY_MORE_PRESSING = "copy_more_pressing"
# ...or a copy asked for it sooner than the card did (a relay's own earlier due time).
COPY_SOONER = "copy_sooner"
# Folded into a notice: one first posted elsewhere, or the same group's own again.
SAME_NOTICE = "same_notice"
REPOSTED = "reposted"
FOLDED = frozenset({SAME_NOTICE, REPOSTED})
# Given to a message the user sent (here or on another device): no task for them.
FROM_YOU = "from_you"
# Given to a message its sender changed after it came (a meeting moved): read it again.
EDITED = "edited"
# Reasons for a calmer tier: they no longer hold once a message is raised above it.
CALMER = frozenset({"notice", "question", "for_information", "routine_report", "sign_up_chain"})

# code -> English template; {name} placeholders are filled from the reason's args.
ENGLISH: dict[str, str] = {
    "ding": "DING",
    "mention": "@you",
    "role_owner": "from group owner",
    "role_admin": "from group admin",
    "urgent_words": "urgent wording",
    "reads_urgent": "reads like an emergency",
    "task_words": "asks for action",
    "deadline": "deadline {when}",
    # As triage saw it when the message came; {hours} alone in reasons stored before the
    # reason carried its due time and minutes.
    "deadline_soon": "due within {hours} h",
    # A deadline_soon as it stands when shown (standing_at).
    "due_in_min": "due in {minutes} min",
    "due_in_h": "due in {hours} h",
    "overdue_min": "overdue by {minutes} min",
    "overdue_h": "overdue by {hours} h",
    "deadline_passed": "deadline passed",
    "same_notice": "same notice as in {group}",
    COPY_MORE_PRESSING: "more pressing as posted in {group}",
    COPY_SOONER: "due sooner as posted in {group}",
    FROM_YOU: "sent by you",
    REPOSTED: "reposted in this group",
    EDITED: "edited by its sender",
    "ack": "acknowledgement reply",
    "flattery": "flattery reply",
    "chitchat": "chit-chat",
    "sticker": "sticker or emoji",
    "red_packet": "red packet",
    "checkin": "photo check-in",
    "notice": "notice",
    "group_weight": "group weight {weight}",
    "user_correction": "corrected by you",
    "sender_weight": "sender weight {weight}",
    "asks_you": "a question put to you",
    "question": "a question to the group",
    "for_information": "for information only",
    "routine_report": "routine report",
    "sign_up_chain": "sign-up chain",
}


def describe(reason: Reason) -> str:
    if reason.code == "deadline_soon" and reason.arg("minutes").isdigit():
        minutes = int(reason.arg("minutes"))
        if minutes < 60:
            return f"due within {minutes} min"
        return f"due within {hours_text(minutes)} h"
    template = ENGLISH.get(reason.code)
    if template is None:
        return reason.code
    return template.format_map(_Args(reason.args))


class _Args(dict[str, str]):
    def __init__(self, args: tuple[tuple[str, str], ...]) -> None:
        super().__init__(args)

    def __missing__(self, key: str) -> str:
        return "?"


def standing_at(reason: Reason, now: datetime, due: datetime | None = None) -> Reason:
    """A deadline_soon reason as it stands at `now`, against its due time (or `due` for a
    reason stored before it carried one): due_in_min / due_in_h while time is left,
    overdue_min / overdue_h after, deadline_passed once a day late. Minutes under an hour,
    hours otherwise (see hours_text). A deadline reason once its time has passed is
    worded the same way. Any other reason, or one with no due time, is kept."""
    if reason.code == "deadline":
        # A due day and time, kept as such until it has passed; then as late as it is,
        # as a card that says how long is left does (12-02 16:00 read as still to come).
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(reason.arg("when"))
            if when.tzinfo is not None and when <= now:
                return standing_at(Reason.of("deadline_soon", due=when.isoformat()), now)
        return reason
    if reason.code != "deadline_soon":
        return reason
    with contextlib.suppress(ValueError):
        due = datetime.fromisoformat(reason.arg("due"))
    if due is None or due.tzinfo is None:
        return reason
    left = due - now
    if left > timedelta(0):
        minutes = math.ceil(left / _MINUTE)
        if minutes < 60:
            return Reason.of("due_in_min", minutes=str(minutes))
        return Reason.of("due_in_h", hours=hours_text(minutes))
    late = max(1, math.floor(-left / _MINUTE))
    if late < 60:
        return Reason.of("overdue_min", minutes=str(late))
    if late < 24 * 60:
        return Reason.of("overdue_h", hours=hours_text(late))
    return Reason.of("deadline_passed")


def hours_text(minutes: int) -> str:
    """90 -> '1.5', 120 -> '2', 1092 -> '18': hours with one decimal under ten, none when
    whole (18.2 hours late read as a machine's count)."""
    if minutes >= 600:
        return str(round(minutes / 60))
    text = f"{minutes / 60:.1f}"
    return text.removesuffix(".0")
