"""A DING's (or urgent item's) escalation ladder as shown, without the store that keeps it.

Apart from desk.store.escalations, which loads SQLAlchemy's ORM: the tray, the banner and
the escalation coordinator use these on the GUI thread, where the ORM is not wanted at
the start (issue 8); the store's ladders are read on the store thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk.core.escalation import Unreminded


@dataclass(frozen=True, slots=True)
class Ladder:
    message_id: int
    started: datetime
    fired: int
    snoozed_until: datetime | None
    group_name: str
    sender_name: str
    text: str
    sent: datetime | None = None  # when the DING was posted
    # When it is due, and whether that is the time of a meeting (which starts, and is not
    # overdue): the banner says it as the card does.
    deadline: datetime | None = None
    event: bool = False
    demo: bool = False  # the demo workspace's: invented, and its alerts say so
    # The start of the meeting its due time only gets ready for (see reasons.READIES).
    readied: datetime | None = None
    # As a round of the escalation found it (the store keeps neither): no alert is left,
    # the ladder having run its course; or the one alert left is its last call, then.
    ended: bool = False
    last_call: datetime | None = None
    # A DING (not an urgent item rung like one), and, with no due time of its own, by
    # when it is to be confirmed (as a round found it, from the setting: see
    # LadderConfig.confirm_by).
    ding: bool = True
    confirm_by: datetime | None = None
    # Why desk never reminded the user of it, if it did not (see Unreminded).
    unreminded: Unreminded | None = None
    # The card that shows it in the inbox when that is another message's: a copy folded
    # into a notice waits on the notice's card, and is confirmed with it (see `card`).
    card_id: int | None = None

    @property
    def card(self) -> int:
        """The id of the card that shows it in the inbox: confirming it is confirming
        that card, with every DING folded into it, as `a` on the card does."""
        return self.card_id if self.card_id is not None else self.message_id

    @property
    def called_before(self) -> datetime | None:
        """What its last call comes before: its due time, else its confirm-by time."""
        return self.deadline if self.deadline is not None else self.confirm_by

    def alerting(self, now: datetime) -> bool:
        """Whether it alerts at `now`: not snoozed, or its snooze is over."""
        return self.snoozed_until is None or self.snoozed_until <= now


# What `EscalationStore.acknowledge` returns for an urgent item that is no DING: its ladder
# ended, nothing queued to send.
CONFIRMED_HERE = ""
