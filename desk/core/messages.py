"""The message as every layer sees it, and the verdict triage gives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# What an overdue item keeps of its time pressure, and for how long (see urgency_score).
OVERDUE_FLOOR = 1.0
OVERDUE_HOURS = 12
# The text of a message desk cannot read (an end-to-end encrypted event), as connectors
# store it. The UI translates a message whose text is exactly this; triage treats it as
# plain text.
ENCRYPTED_PLACEHOLDER = "encrypted message — not supported yet"


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


class Tier(StrEnum):
    URGENT = "urgent"
    ACTION = "action"
    INFO = "info"
    NOISE = "noise"

    @property
    def rank(self) -> int:
        """0 for the most pressing tier; the inbox sorts on it."""
        return _TIER_RANK[self]

    @property
    def asks_action(self) -> bool:
        """Whether a message of this tier asks something of the reader, so that a due
        time counts for it (information and noise ask nothing by any time)."""
        return self.rank <= _TIER_RANK[Tier.ACTION]


_TIER_RANK = {Tier.URGENT: 0, Tier.ACTION: 1, Tier.INFO: 2, Tier.NOISE: 3}


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message, as a connector delivers it (corpus field names)."""

    id: str
    group_id: str
    group_name: str
    sender_id: str
    sender_name: str
    sender_role: Role
    ts: datetime  # aware
    text: str
    mentions_me: bool = False
    ding: bool = False
    # Sent by the user (here or on another device): what it answers, it answers for them.
    from_me: bool = False
    # A DING the user sent (here or on another device): an item of its own, whatever its
    # words. Folded as a copy of their notice of the same words, it took that notice's
    # card, and the 收到 to the DING counted on the notice (a tester); a notice after it
    # is no copy of it either. Its re-DINGs find it by their link, not by the words.
    sent_ding: bool = False

    def __post_init__(self) -> None:
        if self.ts.tzinfo is None:
            raise ValueError("Message.ts must be timezone-aware")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a message got its tier: a code and its arguments, worded by the UI or CLI."""

    code: str
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: str, **args: str) -> Reason:
        return cls(code, tuple(sorted(args.items())))

    def arg(self, name: str) -> str:
        return dict(self.args).get(name, "")


@dataclass(frozen=True, slots=True)
class Supersession:
    """A later message replacing an earlier notice it does not fold with (a correction,
    a warning signal at another level, or lifted; see triage.superseding).

    `root` is the cluster root id of the notice replaced (its first message), `by` the
    id of the message that replaces it; `kind` is correction, level or lifted, and
    `level` the new warning's colour (red, orange, yellow, blue) for kind level.
    """

    root: str
    by: str
    kind: str
    level: str = ""


@dataclass(frozen=True, slots=True)
class Standing:
    """What stands of a notice after a later message replaced it (see
    triage.superseding.standing), as the store asks when the replacement is applied, or
    when either text changes.

    `replaced`: the later message replaces it as triage judges the two texts now (an edit
    may have made the later one another message). `asks`: it asks something the later
    one does not (a relay's own task beside the meeting a correction moves), so its card
    keeps its tier. `due`: its due time moved as the correction moves it (the meeting
    at 3 pm, now 4 pm), or None where that is not clear.
    """

    replaced: bool
    asks: bool = False
    due: datetime | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What triage decided for one message.

    `cluster` is the id of the first message of the same notice (None while it
    stands alone); `ack_of` is the id of the notice an acknowledgement answers, and
    `answers` that of the notice a reply with more to say reports on (see
    triage.answers; from `reassess`, "" when an edit left no answer, None to keep it);
    for the user's own reply, `answers_too` the other tasks of theirs it answers with it
    (a task and the later question asking after it).
    `supersedes` links it to the earlier notices it replaces, or (for a message that
    came after its replacement) to the later message that replaces it: the tier, cluster and
    due time are triage's as ever; the store moves the replaced notice's cards.
    """

    tier: Tier
    score: float
    reasons: tuple[Reason, ...] = field(default=())
    cluster: str | None = None
    deadline: datetime | None = None
    ack: bool = False
    ack_of: str | None = None
    answers: str | None = None
    answers_too: tuple[str, ...] = ()
    supersedes: tuple[Supersession, ...] = ()
