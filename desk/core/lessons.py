"""What a tier correction teaches triage, decided in one place: the store learns from it
and the status bar promises it by the same answer.

Between action and information, a correction teaches through the sender's and the group's
weights (points). Across the line with noise it teaches a lesson of its own, kept for the
sender in that group alone: read their noise that says something, or put away their
information that asks nothing. Noise is read from a message's shape, not counted in
points, so no weight can stand for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from desk.core.messages import Tier
from desk.core.reasons import SAYS_NOTHING


class Lesson(StrEnum):
    """What the user taught triage about one sender in one group, across the noise line."""

    # Moved their noise up to information or action: their chat, reports and check-ins
    # there are read as information.
    READ = "read"
    # Moved their information down to noise: what asks nothing of the reader is put away.
    PUT_AWAY = "put_away"


def teaches(was: Tier, to: Tier, reason_codes: Iterable[str], dated: bool) -> bool:
    """Whether moving a message from `was` to `to` teaches triage anything about its sender
    (`dated`: the message has a due time).

    Urgent is the rules' alone (a DING, an emergency, an @ due soon), moved to or from; an
    ack, a sticker or a red packet stays noise whoever sends it, moved out of noise or
    back; and a task with a due time stays one after a single correction down (the
    sender's next dated task is a task)."""
    if Tier.URGENT in (was, to):
        return False
    if was is Tier.ACTION and dated and to.rank > was.rank:
        return False
    # A corrected card keeps triage's reasons: a sticker moved to information and back to
    # noise is still a sticker, and its move back teaches no more than its move out.
    return not any(code in SAYS_NOTHING for code in reason_codes)


def lesson_of(was: Tier, to: Tier) -> Lesson | None:
    """The lesson a correction that teaches (see `teaches`) leaves for its sender in its
    group: only one out of noise reads, and only one from information to noise puts away;
    others move points alone. The lesson is all such a correction teaches: it moves no
    points, which are the sender's in every group."""
    if was is Tier.NOISE:
        return Lesson.READ
    if was is Tier.INFO and to is Tier.NOISE:
        return Lesson.PUT_AWAY
    return None
