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

# A holiday's name in the interface's language: the calendar names them in Chinese, as
# officials and administrators' tables do (国庆节), and a 繁體 or English window showed 春节
# as it stood (a tester); an administrator's table may write 清明节, 五一 or the package's
# English ("New Year's Day", as desk.core.policy's example does). English is the source,
# as everywhere: `desk quiet` in English, which loads no translator, said 元旦 (a tester).
_NEW_YEAR = QT_TRANSLATE_NOOP("Holiday", "New Year's Day")
_SPRING = QT_TRANSLATE_NOOP("Holiday", "Spring Festival")
_QINGMING = QT_TRANSLATE_NOOP("Holiday", "Qingming Festival")
_LABOUR = QT_TRANSLATE_NOOP("Holiday", "Labour Day")
_DRAGON_BOAT = QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival")
_MID_AUTUMN = QT_TRANSLATE_NOOP("Holiday", "Mid-Autumn Festival")
_NATIONAL = QT_TRANSLATE_NOOP("Holiday", "National Day")
_VICTORY_70 = QT_TRANSLATE_NOOP(
    "Holiday", "70th anniversary of the victory of the War of Resistance against Japan"
)
# Every name desk.core.work_calendar gives (the package's Chinese names, the foreseen
# ones), and the usual other ways of writing them in a policy's table. A name none of
# these (a regional 泼水节, a county's 县庆) is shown as written.
HOLIDAY_NAMES = {
    **dict.fromkeys(("元旦", "New Year's Day"), _NEW_YEAR),
    **dict.fromkeys(("春节", "春節", "Spring Festival"), _SPRING),
    **dict.fromkeys(
        ("清明", "清明节", "清明節", "Tomb-sweeping Day", "Qingming", "Qingming Festival"),
        _QINGMING,
    ),
    **dict.fromkeys(
        ("劳动节", "勞動節", "五一", "五一劳动节", "国际劳动节", "Labour Day", "Labor Day"),
        _LABOUR,
    ),
    **dict.fromkeys(("端午", "端午节", "端午節", "Dragon Boat Festival"), _DRAGON_BOAT),
    **dict.fromkeys(
        ("中秋", "中秋节", "中秋節", "Mid-autumn Festival", "Mid-Autumn Festival"), _MID_AUTUMN
    ),
    **dict.fromkeys(("国庆节", "国庆", "國慶節", "國慶", "National Day"), _NATIONAL),
    **dict.fromkeys(
        ("中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "Anti-Fascist 70th Day"), _VICTORY_70
    ),
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


def holiday_name(name: str, translate: Translate = _qt) -> str:
    """A holiday's name as the interface says it (see HOLIDAY_NAMES); one desk does not
    know, as written."""
    known = HOLIDAY_NAMES.get(name.strip())
    return translate("Holiday", known) if known is not None else name
