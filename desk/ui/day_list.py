"""A list of dates to add to and take from, with a date picker: days off, working days."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.core.work_calendar import Day
from desk.ui.date_words import day_with_weekday
from desk.ui.day_field import DayField
from desk.ui.line_height import line_height
from desk.ui.style import REFUSED, WARNING, set_tone

# Where a listed day keeps its date, YYYY-MM-DD, beside the words that say it.
_ISO = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class DayNote:
    """What to tell the user of a picked date; a refused one is not added."""

    text: str
    refused: bool


class DayListEditor(QWidget):
    """The dates as YYYY-MM-DD, in order; the picker opens on `opens_on`, a date typed
    without its year is the next from `today`, and `name` is what a screen reader calls
    it. `check` says what is wrong with a picked date, if anything: shown under the list.
    `day_of` marks the official calendar's holidays and make-up days on the calendar.
    `note`: where to say it, laid out by the caller (see `day_note`); one of its own under
    the list if not given.

    Signals: changed() once a date was added to the list or taken from it."""

    changed = Signal()

    def __init__(
        self,
        days: Iterable[str],
        today: date,
        opens_on: date,
        parent: QWidget | None = None,
        *,
        name: str,
        check: Callable[[date], DayNote | None] = lambda _day: None,
        day_of: Callable[[date], Day] | None = None,
        note: QLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.days = QListWidget()
        self.days.setMaximumHeight(110)
        for day in sorted(days):
            self._list(day)
        self.picker = DayField(today, opens_on, name=name, day_of=day_of)
        self.picker.submitted.connect(self.add_picked)
        self.add = QPushButton(self.tr("Add"))
        self.add.clicked.connect(self.add_picked)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._remove_current)
        self.note = note or day_note()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.days, 1)
        buttons = QVBoxLayout()
        for widget in (self.picker, self.add, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch()
        row.addLayout(buttons)
        column.addLayout(row)
        if note is None:
            column.addWidget(self.note)

    def dates(self) -> list[str]:
        return sorted(self.days.item(i).data(_ISO) for i in range(self.days.count()))

    def _list(self, day: str) -> None:
        """Lists `day` (YYYY-MM-DD) with its weekday, 2027-01-01（周五）: a tester adding
        2027's days off counted on her fingers which were Fridays. Its date stays in the
        item's data; the words begin with it, so they sort as the dates do."""
        try:
            shown = day_with_weekday(date.fromisoformat(day))
        except ValueError:  # a setting's value the policy let through as written
            shown = day
        item = QListWidgetItem(shown)
        item.setData(_ISO, day)
        self.days.addItem(item)

    def add_picked(self) -> None:
        """Adds the typed or picked date, once, unless it names no date or the check
        refuses it; says what it found."""
        day = self.picker.date()
        if day is None:
            typed = self.picker.text.text().strip()
            self._show(
                DayNote(
                    self.tr(
                        "“%1” is not a date. Type it as 2027-01-04, or pick it on the calendar."
                    ).replace("%1", typed)
                    if typed
                    else self.tr("Type a date, such as 2027-01-04, or pick it on the calendar."),
                    refused=True,
                )
            )
            return
        note = self._check(day)
        self._show(note)
        if note is not None and note.refused:
            return
        self.picker.set_date(day)  # as it is listed: 2027年1月4日 reads 2027-01-04
        self.picker.select_all()
        if day.isoformat() not in self.dates():
            self._list(day.isoformat())
            self.days.sortItems()
            self.changed.emit()

    def _remove_current(self) -> None:
        taken = self.days.takeItem(self.days.currentRow())
        # What the note said of an earlier pick no longer holds once the list changed.
        self._show(None)
        if taken is not None:  # None: no date was selected
            self.changed.emit()

    def _show(self, note: DayNote | None) -> None:
        self.note.setText(note.text if note else "")
        if note is not None:
            set_tone(self.note, REFUSED if note.refused else WARNING)
        self.note.setVisible(note is not None)


def day_note() -> QLabel:
    """A note on picked dates, hidden until there is something to say, its room kept: a
    note coming and going under the days off pushed the working days' list, and its Add
    button, away from the mouse."""
    note = QLabel()
    note.setObjectName("day_note")
    note.setWordWrap(True)
    note.setMinimumHeight(math.ceil(3 * line_height(note.font())))
    policy = note.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    # It wraps to the width it is given and never widens its column: the refusal of
    # 1月4日, one long line wide, moved the date columns sideways.
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    note.setSizePolicy(policy)
    note.hide()
    return note
