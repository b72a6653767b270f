"""What a card the user moved to another tier says for it: triage's reasons that argued for
a tier the user overruled are not shown as reasons for the one they chose.

A 闲聊 card moved to 通知 read "通知 — 我手动归类、群管理员发布、闲聊", and a notice moved to
待办 "待办 — 我手动归类、群主发布、通知公告" (a tester). The store keeps every reason triage
gave (a sticker moved out of noise and back is still a sticker, see desk.core.lessons, and
Ctrl+Z puts the card back as it was): only what is shown is chosen here.

Two kinds of reason: a *verdict* names what kind of message triage took it for (闲聊, 通知公告,
要求办理, 紧急用语), and so argues for a tier; a *fact* says who sent it, to whom, when it is
due, where else it came (群主发布, @我, 截止 18:00, 也发在…), true whatever tier it is in.
A corrected card keeps its facts and those verdicts that agree with its tier.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk.core.messages import Reason, Tier
from desk.core.reasons import CALMER, SAYS_NOTHING

# The reason a card the user moved carries (see desk.store.weights), said first.
USER_CORRECTION = "user_correction"
# Its argument naming the tier triage gave the card (desk.store.weights keeps it).
TRIAGED = "triaged"

_ASKING = frozenset({Tier.URGENT, Tier.ACTION})
_NOT_NOISE = frozenset({Tier.URGENT, Tier.ACTION, Tier.INFO})

# Each verdict, and the tiers it agrees with. Any code not listed is a fact.
# - What says nothing (收到, 奉承, 表情, 红包; SAYS_NOTHING), chit-chat and a photo check-in
#   argue for noise alone.
# - A notice, a report back, a question to the group, for-information, a routine report
#   or a sign-up chain argues for information alone (CALMER: triage drops them itself
#   when a copy raises the card); moved to noise, 通知公告 read as why it is chit-chat.
# - Words of a task argue that it asks something (action, or urgent, which asks sooner);
#   a request with no due time argues it is more than noise.
# - Urgent wording, or a message that reads as an emergency, argues for urgent alone.
# - The lessons earlier corrections left for the sender in the group: the one that put
#   their like away argues for noise; the one that reads it, against.
# Not verdicts, kept on every tier: the sender's role, @我, 点名叫我, a question put to the
# user and the naming of their unit (whom it is put to, a fact the user may still want to
# see on a card they put in 通知), DING, due times, weights, copies, edits and replies.
ARGUES_FOR: dict[str, frozenset[Tier]] = {
    **{code: frozenset({Tier.NOISE}) for code in SAYS_NOTHING},
    "chitchat": frozenset({Tier.NOISE}),
    "checkin": frozenset({Tier.NOISE}),
    "lesson_put_away": frozenset({Tier.NOISE}),
    **{code: frozenset({Tier.INFO}) for code in CALMER},
    "task_words": _ASKING,
    "task_undated": _NOT_NOISE,
    "lesson_read": _NOT_NOISE,
    "urgent_words": frozenset({Tier.URGENT}),
    "reads_urgent": frozenset({Tier.URGENT}),
}


def argues_against(code: str, tier: Tier) -> bool:
    """Whether a reason with `code` argues for another tier than `tier` (a verdict that
    disagrees with it); a fact never does."""
    agrees = ARGUES_FOR.get(code)
    return agrees is not None and tier not in agrees


def reasons_for_tier(reasons: Sequence[Reason], tier: Tier) -> tuple[Reason, ...]:
    """The reasons a card in `tier` shows: on one the user moved there (it carries
    USER_CORRECTION), that reason first, then its facts and the verdicts that agree with
    `tier`, in triage's order; any other card's reasons as they are (triage's own tier is
    what its verdicts argued for)."""
    said = [r for r in reasons if r.code == USER_CORRECTION]
    if said and said[0].arg(TRIAGED) == tier.value:
        # Moved away and back where triage put it: triage's own card again in what it
        # says (the reading pane said 我手动归类 of a card moved to Noise and back, a
        # tester); the store keeps it corrected, so a later triage does not move it.
        return tuple(r for r in reasons if r.code != USER_CORRECTION)
    if not said:
        return tuple(reasons)
    return (
        said[0],
        *(r for r in reasons if r.code != USER_CORRECTION and not argues_against(r.code, tier)),
    )
