"""A list of dates to add to and take from, with a date picker: days off, working days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DayListEditor(QWidget):
    """The dates as YYYY-MM-DD, in order; the picker opens on `today` (desk's time zone:
    the computer's own date when None, whose clock may run in another zone)."""

    def __init__(
        self, days: Iterable[str], today: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.days = QListWidget()
        self.days.setMaximumHeight(110)
        for day in sorted(days):
            self.days.addItem(day)
        self.picker = QDateEdit(
            QDate(today.year, today.month, today.day) if today else QDate.currentDate()
        )
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.add = QPushButton(self.tr("Add"))
        self.add.clicked.connect(self.add_picked)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: self.days.takeItem(self.days.currentRow()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days, 1)
        buttons = QVBoxLayout()
        for widget in (self.picker, self.add, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch()
        row.addLayout(buttons)

    def dates(self) -> list[str]:
        return sorted(self.days.item(i).text() for i in range(self.days.count()))

    def add_picked(self) -> None:
        """Adds the picked date, once."""
        day = self.picker.date().toPython()
        assert isinstance(day, date)
        if day.isoformat() not in self.dates():
            self.days.addItem(day.isoformat())
            self.days.sortItems()
