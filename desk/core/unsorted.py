"""The verdict on a message the triage engine failed on (it raised, or never answered).

Such a message is stored without the engine, so that the rest of its batch and every
later one still reach the inbox (see desk.sync.set_aside). Missing an urgent item is the
worst error desk can make, so the verdict errs high: a DING or an @-mention of the user is
urgent, anything else asks for action, never information or noise: the user must see it.
Nothing here reads the text beyond an @-name, as anything of the engine might fail again.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk.core.messages import Message, Reason, Tier, Verdict
from desk.core.reasons import UNSORTED

# As the rules score what they find urgent and what asks for action (triage.tiers).
_URGENT_SCORE = 10.0
_ACTION_SCORE = 5.0


def unsorted_verdict(message: Message, me_names: Sequence[str]) -> Verdict:
    """Urgent for a DING or a message that @-mentions the user (by the connector's flag
    or an @name in the text), else action; its reasons say why, and that desk could not
    sort it."""
    mentioned = message.mentions_me or any(f"@{name}" in message.text for name in me_names)
    reasons = [Reason.of("ding")] if message.ding else []
    if mentioned:
        reasons.append(Reason.of("mention"))
    reasons.append(Reason.of(UNSORTED))
    if message.ding or mentioned:
        score = _URGENT_SCORE + (2.0 if message.ding else 0.0) + (1.0 if mentioned else 0.0)
        return Verdict(Tier.URGENT, score, tuple(reasons))
    return Verdict(Tier.ACTION, _ACTION_SCORE, tuple(reasons))
