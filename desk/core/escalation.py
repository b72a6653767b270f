"""The escalation ladder of an unconfirmed DING: when to alert again, and how loudly.

At once: banner, sound and a notification that breaks quiet hours. Then every
`repeat_every`: sound and notification again. From `attention_after` on, each step
also asks the window manager for attention and flashes the tray. After `stop_after`
the ladder ends and the item stays pinned as unconfirmed; a DING due later than that
is called once more, as loudly, `LAST_CALL_BEFORE` its due time (the last call): the
half hour before a DING due in an hour went by in silence (a tester). Steps missed
while desk was closed, asleep or snoozed are not replayed one by one: the loudest one
due fires once.

A DING whose words name no time has no due time, yet many units rule that one not
confirmed within an hour is a violation: `confirm_within` gives it a confirm-by time,
posted + that long, which its last call and its banner go by as by a due time. It is a
window for the confirmation, not the task's due time: triage's deadline is not moved.
A DING whose sender set the time to confirm by (desk's composer does) goes by that time
instead, where it is one a sender could mean: after the DING was posted and within
`SENDER_CONFIRM_BY_AT_MOST` of it; any other falls back to the window.

A ladder always runs until its first flash: the flash comes with the first repeat at or
after `attention_after`, and only steps before `stop_after` fire, so a `stop_after` at or
before that step would leave a ladder that never repeats or never flashes. Settings are
whole minutes, so the shortest consistent `stop_after` is that step plus one minute.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import IntEnum
from typing import NamedTuple


class Level(IntEnum):
    FIRST = 1  # banner, sound, notification
    REPEAT = 2  # sound and notification again
    ATTENTION = 3  # also taskbar attention and a flashing tray icon
    LAST_CALL = 4  # as loud as ATTENTION, before the DING is due: said to be the last


MINUTE = timedelta(minutes=1)
# The banner's "remind me later" choices, in minutes.
SNOOZE_MINUTES = (5, 15, 60)
LONGEST_SNOOZE = timedelta(minutes=max(SNOOZE_MINUTES))
# How long before a DING is due its last call comes: time left to do what it asks (be
# there, report) and confirm, where five minutes is too late for most orders. One call,
# not two: the ladder ended to stop a barrage, and one more is a reminder, not another.
LAST_CALL_BEFORE = timedelta(minutes=10)
# Alerts falling due within this of the first make one pop-up and one sound: after a
# restart, eight DINGs synced in over a few batches popped up and sounded eight times.
GATHER = timedelta(seconds=2)
# The furthest a sender's confirm-by time may lie after its DING: a DING calls for now,
# so one to be confirmed later than this was set by mistake, and the window stands.
SENDER_CONFIRM_BY_AT_MOST = timedelta(days=7)
# A wall clock that falls behind time passing by more than this was set back.
CLOCK_SET_BACK = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class LadderConfig:
    repeat_every: timedelta = timedelta(minutes=2)
    attention_after: timedelta = timedelta(minutes=10)
    stop_after: timedelta = timedelta(minutes=30)
    # None: a DING with no due time of its own has no confirm-by time either.
    confirm_within: timedelta | None = timedelta(minutes=60)

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> LadderConfig:
        def minutes(name: str) -> timedelta:
            value = values[name]
            assert isinstance(value, int)
            return timedelta(minutes=value)

        within = minutes("escalation.confirm_within_minutes")
        # Each value was checked on its own; an older settings file or a policy may
        # still hold a combination that never repeats or flashes, so it is mended here.
        return cls(
            repeat_every=minutes("escalation.repeat_minutes"),
            attention_after=minutes("escalation.attention_after_minutes"),
            stop_after=minutes("escalation.stop_after_minutes"),
            confirm_within=within if within else None,
        ).consistent()

    @property
    def first_attention(self) -> timedelta:
        """How long after the start the first step that flashes is due: the first repeat
        at or after `attention_after` (never the first alert itself)."""
        repeats = max(1, -(-self.attention_after // self.repeat_every))
        return repeats * self.repeat_every

    def consistent(self) -> LadderConfig:
        """This ladder, running at least until its first flash.

        `stop_after` is raised rather than the other steps lowered: an unconfirmed DING
        is better alerted once too often than never flashed.
        """
        least = self.first_attention + MINUTE
        return self if self.stop_after >= least else replace(self, stop_after=least)

    def steps(self, started: datetime, due: datetime | None = None) -> list[tuple[datetime, Level]]:
        """Every alert of a ladder begun at `started`, of a DING due at `due`, in order."""
        out = [(started, Level.FIRST)]
        at = started + self.repeat_every
        while at < started + self.stop_after:
            level = Level.ATTENTION if at - started >= self.attention_after else Level.REPEAT
            out.append((at, level))
            at += self.repeat_every
        last_call = self.last_call(started, due)
        if last_call is not None:
            out.append((last_call, Level.LAST_CALL))
        return out

    def last_call(self, started: datetime, due: datetime | None) -> datetime | None:
        """When a ladder begun at `started` calls its DING due at `due` once more: only
        after the ladder's end, which alerts often enough until then."""
        if due is None:
            return None
        at = due - LAST_CALL_BEFORE
        return at if at >= started + self.stop_after else None

    def confirm_by(
        self, posted: datetime | None, deadline: datetime | None, asked: datetime | None = None
    ) -> datetime | None:
        """By when a DING posted at `posted` is to be confirmed (see `confirm_by`)."""
        return confirm_by(posted, deadline, self.confirm_within, asked)

    def begun(self, posted: datetime, now: datetime) -> datetime:
        """When the ladder of a DING posted at `posted` and first seen at `now` counts as
        begun: now; or, for one older than a whole ladder (it came while desk was closed or
        offline), a whole ladder ago, as though it had run while desk could not alert. Its
        steps then are all due together, so it alerts once, as loudly as a ladder ends,
        and stops (such a DING alerted not at all, with its reply perhaps still due)."""
        if posted >= now - self.stop_after:
            return now
        return now - self.stop_after


def confirm_by(
    posted: datetime | None,
    deadline: datetime | None,
    within: timedelta | None,
    asked: datetime | None = None,
) -> datetime | None:
    """By when a DING posted at `posted` is to be confirmed: by the time its sender
    `asked`, if it is one they could mean and comes before the DING's due time
    (`deadline`), said beside it (a DING set to be confirmed by 15:10 under the 1-hour rule,
    its text saying 18:00前到…集合, said only 截止 18:00 to a tester); else, with no due time
    of its own, `within` of being posted (one that has keeps it, and is called before it)."""
    if posted is None:
        return None
    if (
        asked is not None
        and posted < asked <= posted + SENDER_CONFIRM_BY_AT_MOST
        and (deadline is None or asked < deadline)
    ):
        return asked
    if deadline is not None:
        return None
    return posted + within if within is not None else None


def least_stop_minutes(repeat_minutes: int, attention_after_minutes: int) -> int:
    """The shortest consistent `stop_after`, in minutes, for these other two steps."""
    config = LadderConfig(repeat_minutes * MINUTE, attention_after_minutes * MINUTE)
    return (config.first_attention + MINUTE) // MINUTE


def latest_attention_minutes(repeat_minutes: int, stop_after_minutes: int) -> int:
    """The latest `attention_after`, in minutes, that still flashes before `stop_after`
    (the last repeat before it); 0 when even the first repeat comes too late."""
    return max(0, (stop_after_minutes - 1) // repeat_minutes * repeat_minutes)


class Tick(NamedTuple):
    fire: Level | None  # what to do now, if anything
    fired: int  # steps taken so far (store it)
    next_at: datetime | None  # when to look again; None once the ladder has ended

    @property
    def finished(self) -> bool:
        return self.next_at is None


def tick(
    config: LadderConfig,
    started: datetime,
    fired: int,
    now: datetime,
    snoozed_until: datetime | None = None,
    *,
    due: datetime | None = None,
) -> Tick:
    """The ladder's state at `now`, given how many steps were already taken, of a DING
    due at `due` (if it has a due time: see `LadderConfig.last_call`).

    While snoozed nothing fires; when the snooze ends, the steps it covered are due
    together and the loudest of them fires once.
    """
    steps = config.steps(started, due)
    if snoozed_until is not None and now < snoozed_until:
        return Tick(None, fired, snoozed_until)
    levels = [level for at, level in steps[fired:] if at <= now]
    taken = fired + len(levels)
    next_at = steps[taken][0] if taken < len(steps) else None
    return Tick(max(levels) if levels else None, taken, next_at)


class Unreminded(IntEnum):
    """Why desk never reminded the user of a DING, its reminders all due together: it came
    while desk was not running (ARRIVED), or its reminders fell due while desk was not
    running, after its first alert (REMINDERS), or it came before desk was first started
    in this data dir (BEFORE_SETUP). "提醒已停止" then read as though desk had nagged and
    given up (a tester); "desk 关闭或离线时收到" on a first start, as though the new user
    had closed desk (a tester)."""

    ARRIVED = 1
    REMINDERS = 2
    BEFORE_SETUP = 3


def unreminded(
    config: LadderConfig,
    started: datetime,
    fired: int,
    step: Tick,
    snoozed_until: datetime | None,
    running_since: datetime,
    first_session: bool = False,
) -> Unreminded | None:
    """Whether the round taking `step`, of a ladder begun at `started` after `fired` steps,
    takes the rest of its reminders together, up to its end, none of them shown, because
    desk was not running (it has run since `running_since`): a ladder begun late takes them
    all at once (see `begun`: it came while desk was closed or offline); one whose first
    alert was shown, the rest, if its first reminder fell due before desk started. Not
    after a snooze, which the user chose. In desk's `first_session` in its data dir, one
    begun late before the session began came before desk was there to remind of it."""
    ladder_end = len(config.steps(started))  # its last call, if any, apart
    if snoozed_until is not None or fired > 1 or step.fired < ladder_end:
        return None
    if step.fired - fired <= 1:
        return None
    if fired == 0:
        # Begun late before this session: posted earlier still. One begun after it came
        # while the first session's PC slept or was offline, desk set up by then.
        before_setup = first_session and started < running_since
        return Unreminded.BEFORE_SETUP if before_setup else Unreminded.ARRIVED
    return Unreminded.REMINDERS if started + config.repeat_every < running_since else None


def set_back(last_now: datetime, last_elapsed: float, now: datetime, elapsed: float) -> timedelta:
    """How far the wall clock was set back since it read `last_now` (and the elapsed
    clock, which nobody sets, read `last_elapsed`); zero for less than CLOCK_SET_BACK.
    Counted from the time that passed, not from the last reading: set back an hour at
    10:50, a round at 9:55 had seen only five minutes of it."""
    behind = last_now + timedelta(seconds=elapsed - last_elapsed) - now
    return behind if behind > CLOCK_SET_BACK else timedelta(0)
