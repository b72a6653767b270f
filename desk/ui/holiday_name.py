"""A holiday's name in the interface's language: the calendar names them in Chinese, as
officials and administrators' tables do (国庆节), and a 繁體 or English window showed
春节 as it stood (a tester)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The names desk.core.work_calendar gives; a name from an administrator's table that is
# none of these is shown as written.
KNOWN = (
    QT_TRANSLATE_NOOP("Holiday", "元旦"),
    QT_TRANSLATE_NOOP("Holiday", "春节"),
    QT_TRANSLATE_NOOP("Holiday", "清明"),
    QT_TRANSLATE_NOOP("Holiday", "劳动节"),
    QT_TRANSLATE_NOOP("Holiday", "端午"),
    QT_TRANSLATE_NOOP("Holiday", "中秋"),
    QT_TRANSLATE_NOOP("Holiday", "国庆节"),
)


def holiday_name(name: str) -> str:
    return QCoreApplication.translate("Holiday", name) if name in KNOWN else name
