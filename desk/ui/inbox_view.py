"""The inbox list: a one-column table of cards, all one height.

A table, not a QListView: a list view lays out every row it holds whenever rows arrive or
move, asking the model for each row's index, and each ask is a call into Python (the
model's rowCount). With 10,000 rows paged in, that was 60 ms a page, and up to 0.6 s while
the sync thread held the GIL. A table takes its row heights from its header, which keeps
one fixed height for all rows, and touches the model only for the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)


class InboxView(QTableView):
    """Signals: rowsOnScreenChanged(int), how many rows the list shows at once, when its
    height or its rows' height changes (the model reads as many at a time); endWanted()
    when End is pressed before the model has read the view to its end."""

    rowsOnScreenChanged = Signal(int)
    # End, while the model has more rows than it read: the window reads to the last.
    endWanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self.setAccessibleName(self.tr("Inbox"))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        # Tab leaves the list, as it leaves any list; arrows move between cards.
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = self.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self._empty_text: Callable[[], str] = str

    def set_empty_text(self, text_for: Callable[[], str]) -> None:
        """What the list says when it has no card (a search that found nothing, an empty
        view): asked at each paint of an empty list, so it follows the view."""
        self._empty_text = text_for

    def empty_text(self) -> str:
        return self._empty_text()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        text = self._empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        area = self.viewport().rect().adjusted(16, 24, -16, -16)
        painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), text)

    def fit_rows(self) -> None:
        """Makes every row as tall as the delegate's card for the current font."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setDefaultSectionSize(height)
        self._rows_on_screen_changed()

    def rows_on_screen(self) -> int:
        """The rows the list shows at once, the one cut off at the bottom counted."""
        height = max(1, self.verticalHeader().defaultSectionSize())
        return -(-self.viewport().height() // height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rows_on_screen_changed()

    def _rows_on_screen_changed(self) -> None:
        self.rowsOnScreenChanged.emit(self.rows_on_screen())

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        if (
            cursorAction == QAbstractItemView.CursorAction.MoveEnd
            and model is not None
            and model.canFetchMore(QModelIndex())
        ):
            # Not the last row read so far, a page further each press (see endWanted).
            self.endWanted.emit()
            return self.currentIndex()
        # Home and End go to the first and last card, as in a list (a table's go to the
        # first and last column of the row).
        if cursorAction in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
