"""A due time further off than reasons.SAYS_HOW_LONG, said as an official counts it: by
calendar day in the user's zone (明天 17:30 截止; 截止 12-08（周二）17:30 · 还有 5 天), not
as a date alone. A tester on a Monday, of 截止 12-08 17:30, had to work out which weekday
that was and how many days were left.

The core speaks in codes: each reason carries the day's parts (date, weekday, time, how
many days ahead) and the UI and the CLI word them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from desk.core.messages import Reason

# Within two weeks a weekday says more than a date (下周二); further off, the date and how
# many days are left do.
WEEKDAY_DAYS = 14
# Today, tomorrow, the day after: said by those words, as one says them aloud.
_NEAR = ("today", "tomorrow", "day_after")
_STEMS = {False: "due", True: "event"}
ON_WEEKDAY = "on_weekday"
ON_DATE = "on_date"
DAY_CODES = frozenset(
    f"{stem}_{when}" for stem in _STEMS.values() for when in (*_NEAR, ON_WEEKDAY, ON_DATE)
)


def said_day_time(due: datetime, tz: tzinfo, event: bool = False) -> tuple[date, str]:
    """The day and clock time a person says the due time `due` by, in `tz`: a time to be
    done by at midnight is the end of the day before (12月9日24:00截止 is 12-09 24:00, not
    12-10 00:00, which read as a day later than the notice says, a tester); the time of
    something that happens (`event`) at midnight starts its day. Display only: the
    instant is the same."""
    local = due.astimezone(tz)
    if not event and local.time() == time():
        return local.date() - timedelta(days=1), "24:00"
    return local.date(), local.strftime("%H:%M")


def days_ahead(due: datetime, now: datetime, tz: tzinfo) -> int:
    """How many calendar days after `now`'s day `due` falls, both as read in `tz`: 23:00
    tonight is 0 days ahead, 08:00 tomorrow 1, whatever the hours between."""
    return (due.astimezone(tz).date() - now.astimezone(tz).date()).days


def day_span(now: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """`now`'s day as read in `tz`, from its midnight to the next (the 今日到期 view's
    today). By the zone's calendar, so that a day 23 or 25 hours long ends where the zone
    says it does."""
    day = now.astimezone(tz).date()
    return (
        datetime.combine(day, time(), tzinfo=tz),
        datetime.combine(day + timedelta(days=1), time(), tzinfo=tz),
    )


def on_day(due: datetime, now: datetime, tz: tzinfo, event: bool) -> Reason:
    """The reason stating `due`, at least SAYS_HOW_LONG after `now`, by its day as read in
    `tz`: today, tomorrow or the day after by those words; within WEEKDAY_DAYS by its date
    and weekday and how many days are left; further off by its date (with its year in
    another year) and the days left. Of the time of a meeting when `event`."""
    day, clock = said_day_time(due, tz, event)
    days = (day - now.astimezone(tz).date()).days
    if 0 <= days < len(_NEAR):
        when = _NEAR[days]
    elif 0 < days <= WEEKDAY_DAYS:
        when = ON_WEEKDAY
    else:
        when = ON_DATE
    same_year = day.year == now.astimezone(tz).year
    return Reason.of(
        f"{_STEMS[event]}_{when}",
        when=due.isoformat(),
        date=day.strftime("%m-%d" if same_year else "%Y-%m-%d"),
        time=clock,
        days=str(days),
        weekday=str(day.isoweekday()),
    )
