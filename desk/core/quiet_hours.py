"""Quiet hours: is now quiet, why, and until when — across midnight and whole holidays.

Weekday rows of windows apply to ordinary days; weekend days made working days (调休)
use the `makeup` row; statutory holidays and days off are quiet all day. All times are
wall-clock times in the user's zone, so a DST change moves nothing a person would see.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from desk.core.quiet_state import WHOLE_DAYS, NextQuiet, QuietReason, QuietState
from desk.core.settings import WEEKDAYS, parse_window
from desk.core.work_calendar import Day, DayKind, WorkCalendar, YearTable, missing_years

# Far enough to span the longest holiday run (Spring Festival plus a weekend).
HORIZON_DAYS = 40
# A window wholly inside these minutes of the day is a daytime block, not night.
DAY_STARTS = 6 * 60
DAY_ENDS = 20 * 60


@dataclass(frozen=True, slots=True)
class Override:
    quiet: bool
    until: datetime
    since: datetime | None = None  # when it was set (older stored values have none)


@dataclass(frozen=True, slots=True)
class QuietConfig:
    tz: tzinfo
    windows: Mapping[str, Sequence[str]]
    enabled: bool = True
    holidays_all_day: bool = True
    override: Override | None = None
    # The user's own days off: quiet all day whatever `holidays_all_day` says of the
    # statutory ones.
    days_off: frozenset[date] = frozenset()


@dataclass(frozen=True, slots=True)
class _Stretch:
    start: datetime
    end: datetime
    reason: QuietReason
    holiday_name: str | None
    day: date


class QuietHoursPolicy:
    def __init__(self, config: QuietConfig, calendar: WorkCalendar) -> None:
        self.config = config
        self.calendar = calendar
        # Each day's windows, as worked out once: an alert check asks `state_at` of every
        # message quiet hours woke, and each answer worked out some 40 days of windows
        # again (10 s of the store thread at night on a loaded PC, the user's `e` waiting
        # behind it: a tester). A policy is made anew whenever the settings change.
        self._days: dict[date, list[_Stretch]] = {}

    def state_at(self, instant: datetime) -> QuietState:
        if instant.tzinfo is None:
            raise ValueError("state_at needs an aware datetime")
        override = self.config.override
        if (
            override is not None
            and instant < override.until
            and (override.since is None or instant >= override.since)
        ):
            end = override.until
            if override.quiet:
                # Quiet for an hour at 21:00 is quiet until 08:30: the schedule takes over.
                after = self._scheduled(override.until)
                if after.quiet and after.until is not None:
                    end = after.until
            return QuietState(override.quiet, self._local(end), QuietReason.MANUAL)
        return self._scheduled(instant)

    def morning(self, instant: datetime) -> datetime | None:
        """When the quiet run holding `instant`, or else the next one, ends by the schedule
        (08:30 with the default windows): what "quiet until the morning" means, after
        midnight too. None with quiet hours off."""
        state = self._scheduled(instant)
        if state.quiet:
            return state.until
        starts = self.next_change_of_schedule(instant)
        return self._scheduled(starts).until if starts is not None else None

    def last_run(self, instant: datetime) -> tuple[datetime, datetime] | None:
        """The start and end of the last quiet run that ended by `instant`, before the run
        holding it if it is quiet: what a digest sums up. Held messages posted before its
        end are that run's, not the present one's (desk closed on a quiet Saturday and
        opened on 元旦 counted the Saturday's among the holiday's: a tester). A switch of
        the user's own (quiet for an hour) counts as a run of its own."""
        local = self._local(instant)
        today = local.date()
        stretches = self._stretches(today - timedelta(days=HORIZON_DAYS), today + timedelta(days=1))
        boundary = _run_start(stretches, local) if self._scheduled(instant).quiet else local
        override = self.config.override
        if (
            override is not None
            and override.since is not None
            and override.quiet
            and override.since <= local < override.until
        ):
            boundary = min(boundary, self._local(override.since))
        ends = [s.end for s in stretches if s.end <= boundary]
        end = max(ends) if ends else None
        if (
            override is not None
            and override.quiet
            and override.since is not None
            and override.until <= boundary
            and (end is None or override.until > end)
        ):
            return self._local(override.since), self._local(override.until)
        if end is None:
            return None
        return _run_start(stretches, end - timedelta(microseconds=1)), end

    def run_began(self, instant: datetime) -> datetime:
        """When the scheduled quiet run holding `instant` began (`instant` itself out of
        one): where a digest of what was held from then counts from."""
        local = self._local(instant)
        if not self._scheduled(instant).quiet:
            return local
        today = local.date()
        days = self._stretches(today - timedelta(days=HORIZON_DAYS), today + timedelta(days=1))
        return _run_start(days, local)

    def next_quiet(self, instant: datetime) -> NextQuiet | None:
        """When the schedule is next quiet, while it is not now; None while quiet, or with
        quiet hours off."""
        if not self.config.enabled or self._scheduled(instant).quiet:
            return None
        start = self.next_change_of_schedule(instant)
        if start is None:
            return None
        until = self._scheduled(start).until
        midnight = start.hour == start.minute == 0
        whole = midnight and until is not None and until - start >= timedelta(days=1)
        return NextQuiet(start, whole)

    def scheduled_quiet(self, instant: datetime) -> bool:
        """Whether the schedule (windows, weekends, holidays) holds `instant` quiet, whatever
        the user's switch says: a quiet period the user starts by hand (an hour, until the
        morning) does not replace the last digest, the schedule's next one does."""
        return self._scheduled(instant).quiet

    def next_change_of_schedule(self, instant: datetime) -> datetime | None:
        """The next instant a scheduled quiet run begins after `instant`."""
        local = self._local(instant)
        today = local.date()
        starts = [
            s.start
            for s in self._stretches(today, today + timedelta(days=HORIZON_DAYS))
            if s.start > local
        ]
        return min(starts) if starts else None

    def _scheduled(self, instant: datetime) -> QuietState:
        """The state by the windows and the calendar alone, whatever the override says."""
        if not self.config.enabled:
            return QuietState(False, None, QuietReason.WORKDAY)
        local = self._local(instant)
        today = local.date()
        stretches = self._stretches(today - timedelta(days=1), today + timedelta(days=1))
        current = [s for s in stretches if s.start <= local < s.end]
        if not current:
            makeup = self.calendar.day(today).kind is DayKind.MAKEUP
            return QuietState(
                False, None, QuietReason.MAKEUP_WORKDAY if makeup else QuietReason.WORKDAY
            )
        # A window of today speaks for today; yesterday's only if it runs past midnight.
        chosen = max(current, key=lambda s: (s.day, s.reason in WHOLE_DAYS))
        end = self._run_end(local, today)
        name = chosen.holiday_name
        if (
            chosen.reason not in WHOLE_DAYS
            and end is not None
            and end.date() > today + timedelta(days=1)
        ):
            # The eve's night that runs on through a holiday is quiet for the holiday's
            # sake: 免打扰（元旦）至 01-04 08:30 at 18:00 on 31 December (a tester).
            name = next(
                (
                    s.holiday_name
                    for s in self._stretches(today + timedelta(days=1), end.date())
                    if s.reason is QuietReason.HOLIDAY and s.start < end
                ),
                None,
            )
        return QuietState(True, end, chosen.reason, name)

    def next_change(self, instant: datetime) -> datetime | None:
        """The next instant the state flips (quiet ends or begins), for scheduling the digest."""
        state = self.state_at(instant)
        if state.until is not None:
            return state.until
        return self.next_change_of_schedule(instant)

    def unknown_years(self, instant: datetime) -> list[int]:
        """The years the calendar only guesses at that the UI warns about (see
        work_calendar.missing_years): the settings and the status bar name the same."""
        return missing_years(self._local(instant).date(), self.year_settled)

    def year_settled(self, year: int) -> bool:
        """Whether `year`'s days off need no more asking for: its official table is
        known, or days off or make-up working days were entered for it. Once the user
        had added 2027-01-01, `desk quiet` still asked her to add 2027's days (a tester):
        desk cannot know which days are still to come, only whether she has been there."""
        if self.calendar.known(year):
            return True
        entered = self.config.days_off | self.calendar.workdays()
        return any(day.year == year for day in entered)

    def _local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.config.tz)

    def _run_end(self, local: datetime, today: date) -> datetime:
        """End of the unbroken quiet run holding `local`, joining windows that touch."""
        stretches = sorted(
            self._stretches(today - timedelta(days=1), today + timedelta(days=HORIZON_DAYS)),
            key=lambda s: s.start,
        )
        end = local
        for stretch in stretches:
            if stretch.start <= end and stretch.end > end:
                end = stretch.end
        return end

    def _stretches(self, first: date, last: date) -> list[_Stretch]:
        out: list[_Stretch] = []
        day = first
        days = self._days
        while day <= last:
            stretches = days.get(day)
            if stretches is None:
                stretches = days[day] = self._day_stretches(day, self.calendar.day(day))
            out.extend(stretches)
            day += timedelta(days=1)
        return out

    def _day_stretches(self, day: date, kind: Day) -> list[_Stretch]:
        holiday = kind.kind is DayKind.HOLIDAY
        if (holiday and self.config.holidays_all_day) or day in self.config.days_off:
            # A day off of the user's own on a holiday still goes by the holiday's name.
            why = QuietReason.HOLIDAY if holiday else QuietReason.DAY_OFF
            return [
                _Stretch(self._wall(day, 0), self._wall(day, 24 * 60), why, kind.holiday_name, day)
            ]
        if kind.kind is DayKind.MAKEUP:
            row, reason = "makeup", QuietReason.NIGHT
        elif kind.kind is DayKind.WEEKEND or (
            kind.kind is DayKind.HOLIDAY and not self.config.holidays_all_day
        ):
            row = WEEKDAYS[day.weekday()]
            reason = QuietReason.WEEKEND if day.weekday() >= 5 else QuietReason.NIGHT
        else:
            row, reason = WEEKDAYS[day.weekday()], QuietReason.NIGHT
        stretches = []
        for window in self.config.windows.get(row, ()):
            start_min, end_min = parse_window(window)
            if end_min <= start_min:
                end_min += 24 * 60  # crosses midnight into the next day
            why = reason
            if reason is QuietReason.NIGHT and start_min >= DAY_STARTS and end_min <= DAY_ENDS:
                why = QuietReason.DAYTIME
            stretches.append(
                _Stretch(self._wall(day, start_min), self._wall(day, end_min), why, None, day)
            )
        return stretches

    def _wall(self, day: date, minutes: int) -> datetime:
        """A wall-clock time `minutes` after the start of `day`, in the user's zone."""
        days, minute_of_day = divmod(minutes, 24 * 60)
        d = day + timedelta(days=days)
        hour, minute = divmod(minute_of_day, 60)
        return datetime(d.year, d.month, d.day, hour, minute, tzinfo=self.config.tz)


def _run_start(stretches: Sequence[_Stretch], local: datetime) -> datetime:
    """Where the unbroken run of `stretches` holding `local` began, joining windows that
    touch (`local` itself when none holds it)."""
    start = local
    for stretch in sorted(stretches, key=lambda s: s.end, reverse=True):
        if stretch.start < start <= stretch.end:
            start = stretch.start
    return start


def policy_from_settings(values: Mapping[str, object]) -> QuietHoursPolicy:
    """The policy that validated settings values (see desk.core.settings) describe."""
    tz = ZoneInfo(str(values["timezone"]))
    override_value = values.get("quiet.override")
    override = None
    if isinstance(override_value, Mapping):
        since = override_value.get("since")
        override = Override(
            quiet=override_value["mode"] == "quiet",
            until=datetime.fromisoformat(str(override_value["until"])),
            since=datetime.fromisoformat(str(since)) if since else None,
        )
    days_off = frozenset(date.fromisoformat(str(d)) for d in _list(values.get("quiet.days_off")))
    config = QuietConfig(
        tz=tz,
        windows=_mapping(values["quiet.windows"]),
        enabled=bool(values.get("quiet.enabled", True)),
        holidays_all_day=bool(values.get("quiet.holidays_all_day", True)),
        override=override,
        days_off=days_off,
    )
    return QuietHoursPolicy(
        config,
        WorkCalendar(_year_tables(values), _local_holidays(values), _workdays(values)),
    )


def official_calendar(values: Mapping[str, object]) -> WorkCalendar:
    """The working days of the office: the national calendar with an admin's year tables,
    regional holidays and the make-up days entered for a year it does not know, not the
    user's own days off (their leave moves no deadline)."""
    return WorkCalendar(_year_tables(values), _local_holidays(values), _workdays(values))


def published_calendar(values: Mapping[str, object]) -> WorkCalendar:
    """The official calendar before any day the user entered: the national one with an
    admin's year tables and regional holidays (the settings dialog checks the days the
    user adds against it)."""
    return WorkCalendar(_year_tables(values), _local_holidays(values))


def _workdays(values: Mapping[str, object]) -> list[date]:
    return [date.fromisoformat(str(d)) for d in _list(values.get("quiet.workdays"))]


def _year_tables(values: Mapping[str, object]) -> dict[int, YearTable]:
    return {
        int(year): YearTable(
            holidays={date.fromisoformat(d): name for d, name in table["holidays"].items()},
            makeup_days=frozenset(date.fromisoformat(d) for d in table["makeup_days"]),
        )
        for year, table in _mapping(values.get("calendar.tables")).items()
    }


def _local_holidays(values: Mapping[str, object]) -> dict[date, str]:
    return {
        date.fromisoformat(day): str(name)
        for day, name in _mapping(values.get("calendar.local_holidays")).items()
    }


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []
