"""A group's priority as the user sets it: important, normal or low, and the group weight
each stands for (the weight tier corrections also move; see desk.store.weights)."""

from __future__ import annotations

from typing import Literal

from desk.core.messages import Reason

Priority = Literal["important", "normal", "low"]
# The administrator's presets of groups' priorities (see desk.store.group_presets).
SETTING = "triage.group_priority"
PRIORITIES: tuple[Priority, ...] = ("important", "normal", "low")

# Points added to the action/info score of the group's messages (ACTION_THRESHOLD 1.5).
# One step is one point: a borderline message (a task worded without a due time, 1.25
# points, or a dated notice for information) crosses into Action or drops to Information,
# as about two tier corrections move it (2 × (GROUP_STEP 0.25 + SENDER_STEP 0.5) = 1.5
# points, of which only 0.5 stays with the group). More would lift the group's chit-chat
# and reports wholesale; less would change no tier. Urgent and noise are decided before
# points, so an urgent item of a low group still comes through. Within LIMIT (3.0), so
# corrections can still move a set group further.
WEIGHTS: dict[Priority, float] = {"important": 1.0, "normal": 0.0, "low": -1.0}


def nearest(weight: float) -> Priority:
    """The choice closest to a group weight corrections may have moved (ties to normal:
    two corrections up, 0.5, have not yet made a group important)."""
    if weight > 0.5:
        return "important"
    if weight < -0.5:
        return "low"
    return "normal"


def marked(priority: str | None, weight: float) -> Priority | None:
    """The priority the user set, while the weight still stands for it: corrections that
    took the group back to normal since make it no longer "marked"."""
    now = nearest(weight)
    return now if now != "normal" and now == priority else None


# The argument of a group_weight reason whose priority the administrator's policy set
# (triage.group_priority), not the user: its card says who did.
SET_BY = "by"
POLICY = "policy"


def weight_reason(weight: float, marked_as: str = "", by_policy: bool = False) -> Reason:
    """The reason a group's weight gives its messages: the priority set for it where one
    was (`marked_as`), by the user or, `by_policy`, by the administrator's policy; else
    the corrections the user made."""
    if marked_as and by_policy:
        return Reason.of("group_weight", weight=f"{weight:+.1f}", marked=marked_as, by=POLICY)
    if marked_as:
        return Reason.of("group_weight", weight=f"{weight:+.1f}", marked=marked_as)
    return Reason.of("group_weight", weight=f"{weight:+.1f}")
