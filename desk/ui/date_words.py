"""Days and times as desk says them to people: a weekday with any date more than a day
away (至 1月4日（周一）08:00, 2027-01-01（周五）), in the window and in the commands.

Only QtCore here: the commands import it without loading the widgets. `translate` is
QCoreApplication.translate in the window; a command passes its own (desk.cli.speech).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.placeholders import fill
from desk.core.quiet_reason import QuietReason

Translate = Callable[[str, str], str]

# Why it is quiet, as the window's quiet switch and `desk quiet` both say it.
QUIET_REASONS = {
    QuietReason.NIGHT: QT_TRANSLATE_NOOP("QuietIndicator", "night"),
    QuietReason.DAYTIME: QT_TRANSLATE_NOOP("QuietIndicator", "quiet block of the day"),
    QuietReason.WEEKEND: QT_TRANSLATE_NOOP("QuietIndicator", "weekend"),
    QuietReason.HOLIDAY: QT_TRANSLATE_NOOP("QuietIndicator", "holiday"),
    QuietReason.DAY_OFF: QT_TRANSLATE_NOOP("QuietIndicator", "day off"),
    QuietReason.MANUAL: QT_TRANSLATE_NOOP("QuietIndicator", "switched on by you"),
}

# Said of a day within the week, here, in the line over the inbox and by the quiet switch
# (21:00 起 · 周六全天).
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("AwayLine", "Mon"),
    QT_TRANSLATE_NOOP("AwayLine", "Tue"),
    QT_TRANSLATE_NOOP("AwayLine", "Wed"),
    QT_TRANSLATE_NOOP("AwayLine", "Thu"),
    QT_TRANSLATE_NOOP("AwayLine", "Fri"),
    QT_TRANSLATE_NOOP("AwayLine", "Sat"),
    QT_TRANSLATE_NOOP("AwayLine", "Sun"),
)


def _qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def weekday_name(day: date, translate: Translate = _qt) -> str:
    return translate("AwayLine", WEEKDAY_NAMES[day.weekday()])


def day_and_time(moment: datetime, translate: Translate = _qt) -> str:
    """A local time on another day: 1月4日（周一）08:00, Mon 1/4 08:00. A bare 01-04 08:00
    left the tester counting which day of the week she went back to work."""
    template = translate("DateWords", QT_TRANSLATE_NOOP("DateWords", "%3 %1/%2 %4"))
    return fill(
        template,
        str(moment.month),
        str(moment.day),
        weekday_name(moment.date(), translate),
        moment.strftime("%H:%M"),
    )


def day_with_weekday(day: date, translate: Translate = _qt) -> str:
    """A listed day as typed, with its weekday: 2027-01-01（周五）, 2027-01-01 (Fri)."""
    template = translate("DateWords", QT_TRANSLATE_NOOP("DateWords", "%1 (%2)"))
    return fill(template, day.isoformat(), weekday_name(day, translate))
