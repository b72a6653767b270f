"""A day typed as a person writes it (see core.typed_date) or picked on a calendar.

Not a QDateEdit: typing a whole date over its selected text kept the old year
(2027-01-04 over 2026-12-05 became 2026-01-04), and a date is typed whole far more often
than it is stepped through by section.

Signals: `submitted` when Enter is pressed in the text. A day picked on the calendar is
put in the text, to be added as one typed (a slip of the mouse adds nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desk.core.typed_date import typed_date
from desk.core.work_calendar import Day, DayKind
from desk.ui.style import Tone

# The calendar's red is a day off: a holiday on a weekday is red too, and a make-up
# Saturday (调休上班) black; both bold, as the days the official calendar moved. On a dark
# theme, light ones: the near-black of every working day was 1.04:1 on its dark cells.
_OFF = Tone(QColor("#c5221f"), QColor("#f28b82"))
_WORKING = Tone(QColor("#202124"), QColor("#e8eaed"))


class DayField(QWidget):
    submitted = Signal()

    def __init__(
        self,
        today: date,
        opens_on: date,
        parent: QWidget | None = None,
        *,
        name: str,
        day_of: Callable[[date], Day] | None = None,
    ) -> None:
        """`today` places a date typed without its year (see typed_date); `opens_on` is
        the day shown first. `day_of`: what the official calendar makes of a day, marked
        on the calendar. `name`: what a screen reader calls the field."""
        super().__init__(parent)
        self._today = today
        self._day_of = day_of
        # Its own from the start, as the arrow is: made without a parent and laid out later,
        # they stood outside the dialog's Tab chain, and Tab from the arrow went back to the
        # text (its focus proxy) for ever, never reaching Add or the next list.
        self.text = QLineEdit(opens_on.isoformat(), self)
        self.text.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.text.setToolTip(
            self.tr("Type a date (2027-01-04, 2027/1/4, 1月4日) and press Enter, or pick it")
        )
        self.text.installEventFilter(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(self._mark_month)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup = QMenu(self)
        shown = QWidgetAction(self.popup)
        shown.setDefaultWidget(self.calendar)
        self.popup.addAction(shown)
        self.popup.aboutToShow.connect(self._show_typed)
        self.open_calendar = QToolButton(self)
        self.open_calendar.setArrowType(Qt.ArrowType.DownArrow)
        self.open_calendar.setMenu(self.popup)
        self.open_calendar.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Its arrow says it opens: the menu's own indicator beside it drew a second one.
        self.open_calendar.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.text.setAccessibleName(name)
        self.open_calendar.setAccessibleName(self.tr("%1: pick on a calendar").replace("%1", name))
        self.open_calendar.setToolTip(self.tr("Pick on a calendar (Alt+Down)"))
        # Alt+Down opens a combo box's list: the same key opens the calendar from the text.
        opener = QShortcut(QKeySequence("Alt+Down"), self.text)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        opener.activated.connect(self.open_calendar.showMenu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_calendar)
        self.setFocusProxy(self.text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter adds the day: a line edit passes it on as well, and in a dialog it would
        # press OK and close the settings.
        if (
            watched is self.text
            and event.type() is QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def date(self) -> date | None:
        """The day typed or picked; None if the text names none."""
        return typed_date(self.text.text(), self._today)

    def set_date(self, day: date) -> None:
        self.text.setText(day.isoformat())

    def select_all(self) -> None:
        """Readies the text to be typed over by the next date."""
        self.text.selectAll()
        self.text.setFocus()

    def _show_typed(self) -> None:
        day = self.date()
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._mark_month(self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.setFocus()

    def _mark_month(self, year: int, month: int) -> None:
        """Marks the holidays and make-up working days of the weeks shown with `month`."""
        if self._day_of is None:
            return
        first = date(year, month, 1)
        # Chosen for the cells as they are now: the popup marks its month at each opening,
        # after any switch of theme.
        cells = self.calendar.palette().color(QPalette.ColorRole.Base)
        off, working = _OFF.on(cells), _WORKING.on(cells)
        # Eight weeks from the Monday of the week before the 1st's: more than the six a
        # month's page shows, whichever day the locale's week starts on.
        start = first - timedelta(days=first.weekday() + 7)
        for offset in range(7 * 8):
            day = start + timedelta(days=offset)
            kind = self._day_of(day).kind
            shown = QTextCharFormat()
            if kind in (DayKind.HOLIDAY, DayKind.MAKEUP):
                shown.setForeground(QBrush(off if kind is DayKind.HOLIDAY else working))
                shown.setFontWeight(QFont.Weight.Bold)
            else:
                # As Qt draws it: weekends red.
                shown.setForeground(QBrush(off if kind is DayKind.WEEKEND else working))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), shown)

    def _picked(self, day: QDate) -> None:
        self.popup.close()
        picked = day.toPython()
        assert isinstance(picked, date)
        self.set_date(picked)
        self.text.setFocus()
