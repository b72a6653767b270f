"""A week of half-hour cells to paint quiet hours on: click a cell, or drag a rectangle of
days × hours, to switch them; from the keyboard, the arrows and Space switch one, and
Shift+arrows mark a rectangle that Space switches as a drag does. Ctrl+Z takes back the
last change."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.core.contrast import MARK_CONTRAST
from desk.core.quiet_grid import (
    CELL_MINUTES,
    CELLS,
    Grid,
    cells_in_rectangle,
    follow_weekdays,
    hours_apart,
    weekday_cells,
)
from desk.core.settings import QUIET_ROWS
from desk.ui.style import Tone, dark_background
from desk.ui.text_size import enlarged

ROW_NAMES = {
    "mon": QT_TRANSLATE_NOOP("QuietGrid", "Monday"),
    "tue": QT_TRANSLATE_NOOP("QuietGrid", "Tuesday"),
    "wed": QT_TRANSLATE_NOOP("QuietGrid", "Wednesday"),
    "thu": QT_TRANSLATE_NOOP("QuietGrid", "Thursday"),
    "fri": QT_TRANSLATE_NOOP("QuietGrid", "Friday"),
    "sat": QT_TRANSLATE_NOOP("QuietGrid", "Saturday"),
    "sun": QT_TRANSLATE_NOOP("QuietGrid", "Sunday"),
    "makeup": QT_TRANSLATE_NOOP("QuietGrid", "Make-up working day"),
}
CELL_WIDTH = 16
ROW_HEIGHT = 22
CELLS_PER_HOUR = 60 // CELL_MINUTES
HOURS = CELLS // CELLS_PER_HOUR
MAKEUP = QUIET_ROWS.index("makeup")
# Blue on the theme's own background: white on a light one (as always), dark on a dark
# one, where white cells glared and the light theme's navy hardly stood out.
QUIET = Tone(QColor("#3c4a8c"), QColor("#7986cb"))
# Greyed with the widget (quiet hours switched off): dim on purpose.
QUIET_OFF = Tone(QColor("#b8bdd4"), QColor("#474c66"))
AWAKE = QColor("#ffffff")


# The keyboard's cell: a black ring around a white one, seen on dark and light cells alike
# (the style's dotted focus rectangle vanished on a quiet cell).
FOCUS_OUTER = QColor("#000000")
FOCUS_INNER = QColor("#ffffff")
# The keys that move the keyboard's cell: with Shift they mark a block from where it was.
_MOVES = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)
# The ways the keys leave the grid for good: not a pop-up menu or another window.
_LEAVING = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.MouseFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)


class _CellDelegate(QStyledItemDelegate):
    """Draws a cell's colour, hatched in a block marked with Shift+arrows, and a two-tone
    frame on the cell the keyboard is on."""

    def __init__(self, grid: QuietGridEditor) -> None:
        super().__init__(grid)
        self._grid = grid

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The colour is chosen as it is drawn: the theme's background may have changed.
        colour = self._grid.cell_colour(index.row(), index.column())
        painter.fillRect(option.rect, colour)
        if (index.row(), index.column()) in self._grid.marked():
            # Hatched in black on a light cell, white on a dark one: seen on both.
            hatch = FOCUS_OUTER if colour.lightness() >= 128 else FOCUS_INNER
            painter.fillRect(option.rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect
        for inset, colour in ((1, FOCUS_OUTER), (3, FOCUS_INNER)):
            pen = QPen(colour, 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        painter.restore()


class _HourHeader(QHeaderView):
    """The hours over the columns: one section an hour (its two cells), and the hour's
    number over the middle of it, every second hour, or further apart where the numbers
    need it (see desk.core.quiet_grid.hours_apart). Drawn in the half-hour sections,
    16 px each, 10 to 22 were cut at 150 % (1C, 1…)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def hour_rect(self, hour: int) -> QRect:
        """Where the section of `hour` stands in the header."""
        first = hour * CELLS_PER_HOUR
        width = sum(self.sectionSize(first + half) for half in range(CELLS_PER_HOUR))
        return QRect(self.sectionViewportPosition(first), 0, width, self.height())

    def numbered(self) -> dict[int, QRect]:
        """The hours numbered, each with where its number is drawn: centred over its
        hour, whole, the next one clear of it."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(str(hour)) for hour in range(HOURS))
        every = hours_apart(widest, self.hour_rect(0).width())
        rects = {}
        for hour in range(0, HOURS, every):
            room = self.hour_rect(hour)
            width = max(room.width(), metrics.horizontalAdvance(str(hour)) + 2)
            rects[hour] = QRect(room.center().x() - width // 2 + 1, 0, width, self.height())
        return rects

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        # Each half paints its whole hour, without a number (paintEvent adds them): Qt
        # repaints a section alone, clipped to it, and both halves must agree.
        hour = logicalIndex // CELLS_PER_HOUR
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        room = self.hour_rect(hour)
        option.rect = QRect(room.x(), rect.y(), room.width(), rect.height())
        option.section = hour
        option.text = ""
        option.position = (
            QStyleOptionHeader.SectionPosition.Beginning
            if hour == 0
            else QStyleOptionHeader.SectionPosition.End
            if hour == HOURS - 1
            else QStyleOptionHeader.SectionPosition.Middle
        )
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # Over the sections, not in them: a number may be wider than its hour.
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        for hour, rect in self.numbered().items():
            self.style().drawItemText(
                painter,
                rect,
                Qt.AlignmentFlag.AlignCenter,
                self.palette(),
                self.isEnabled(),
                str(hour),
                QPalette.ColorRole.ButtonText,
            )
        painter.end()


class QuietGridEditor(QTableWidget):
    """Signals: changed() after the user paints cells. `room`: the most it may be wide."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, room: int | None = None) -> None:
        super().__init__(len(QUIET_ROWS), CELLS, parent)
        self.setObjectName("quietGrid")
        self.setAccessibleName(self.tr("Quiet hours"))
        # The arrows move between its 336 cells; Tab leaves it (a tester pressed Tab 392
        # times and came round to where they began, never reaching OK).
        self.setTabKeyNavigation(False)
        self._quiet_word = self.tr("quiet")
        self._awake_word = self.tr("notifies")
        self._paint_to: bool | None = None
        # Where a drag began, and the cells as they were then: each move paints the
        # rectangle from there to the pointer afresh over them, so a rectangle that
        # shrinks gives back the cells it no longer covers.
        self._drag_from: tuple[int, int] = (0, 0)
        self._before_drag: Grid = {}
        # Where Shift+arrows began marking a block (see marked), None while none is.
        self._mark_from: tuple[int, int] | None = None
        # Whether the make-up working day's row follows Monday to Friday's (see
        # desk.core.quiet_grid.follow_weekdays), and whether it did when the drag began.
        self._makeup_follows = True
        self._followed_before_drag = True
        # The state lives here, not in item data: reading back thousands of item
        # QVariants tripped a PySide6 refcount bug at interpreter exit.
        self._cells: Grid = {row: [False] * CELLS for row in QUIET_ROWS}
        # The cells before each change the user made here, and whether the make-up day
        # followed the weekdays then: Ctrl+Z takes the last one back (a tester's Space
        # on a block marked from the wrong cell cleared four nights, and nothing undid it).
        self._undo: list[tuple[Grid, bool]] = []
        self._day_names = [
            QCoreApplication.translate("QuietGrid", ROW_NAMES[row]) for row in QUIET_ROWS
        ]
        self.setVerticalHeaderLabels(self._day_names)
        header = _HourHeader(self)
        self.setHorizontalHeader(header)
        # Each column's hour, for a screen reader and the header's height; drawn by the
        # header an hour at a time, in the text size chosen (at 80 % of it, as before,
        # 7 pt at 100 % was hard to read).
        self.setHorizontalHeaderLabels([str(c // CELLS_PER_HOUR) for c in range(CELLS)])
        cell_width = self._cell_width(room)
        header.setMinimumSectionSize(cell_width)  # before the default size, or it clamps it
        header.setDefaultSectionSize(cell_width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A day's name whole in a larger text size (View → Larger text): at 150 % it
        # overflowed a 22 px row, and the last row ran under the check box below.
        row_height = max(ROW_HEIGHT, self.fontMetrics().height() + 8)
        self.verticalHeader().setMinimumSectionSize(row_height)
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # With the keyboard: the arrows move among the half hours, Space turns one over.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setItemDelegate(_CellDelegate(self))
        self.setToolTip(
            self.tr(
                "Blue cells are quiet. Click a cell, or drag across days and hours to "
                "change a block of them, or move with the arrow keys and press Space; "
                "Shift+arrows mark a block for Space to change. Ctrl+Z takes back the "
                "last change."
            )
        )
        for r in range(len(QUIET_ROWS)):
            for c in range(CELLS):
                item = QTableWidgetItem()
                item.setToolTip(_span(c))
                self.setItem(r, c, item)
        self.set_grid(self._cells)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * self.frameWidth()
        self.setFixedSize(
            self.verticalHeader().sizeHint().width() + cell_width * CELLS + frame,
            header.sizeHint().height() + row_height * len(QUIET_ROWS) + frame,
        )

    def _cell_width(self, room: int | None) -> int:
        """A half hour's width, as much larger as the text (at 150 % the 16 px cells were
        hard to hit with a mouse, a tester), within `room` but never below 16 px."""
        wanted = round(CELL_WIDTH * enlarged())
        if room is None:
            return wanted
        frame = 2 * self.frameWidth()
        fits = (room - self.verticalHeader().sizeHint().width() - frame) // CELLS
        return max(CELL_WIDTH, min(wanted, fits))

    def set_grid(self, grid: Grid) -> None:
        self._undo.clear()  # the user's changes are to this grid now
        for r, row in enumerate(QUIET_ROWS):
            for c, quiet in enumerate(grid[row]):
                self._set(r, c, quiet)
        self._makeup_follows = not self.makeup_differs()

    def makeup_differs(self) -> bool:
        """Monday to Friday agree, and the make-up working day's row is not as they are."""
        weekdays = weekday_cells(self._cells)
        return weekdays is not None and self._cells["makeup"] != weekdays

    def makeup_as_weekdays(self) -> None:
        """The make-up working day's row made as Monday to Friday's, following them."""
        weekdays = weekday_cells(self._cells)
        if weekdays is None:
            return
        self._remember()
        self._makeup_follows = True
        self._show({**self.grid(), "makeup": weekdays})

    def grid(self) -> Grid:
        return {row: list(cells) for row, cells in self._cells.items()}

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        """Takes back the last change the user made in the grid, if any."""
        if not self._undo:
            return
        cells, follows = self._undo.pop()
        self._unmark()
        self._makeup_follows = follows
        self._show(cells)

    def _remember(self) -> None:
        """Keeps the cells as they are, before a change of the user's, for Ctrl+Z."""
        self._undo.append((self.grid(), self._makeup_follows))

    def toggle(self, row: str, cell: int) -> None:
        self._remember()
        wanted = self.grid()
        wanted[row][cell] = not wanted[row][cell]
        self._show(self._followed(wanted, makeup_painted=row == "makeup"))

    def marked(self) -> set[tuple[int, int]]:
        """The (row, column) cells of the block Shift+arrows marked, from where they began
        to the keyboard's cell; none while no block is marked."""
        here = self.currentIndex()
        if self._mark_from is None or not here.isValid():
            return set()
        return set(cells_in_rectangle(self._mark_from, (here.row(), here.column())))

    def _unmark(self) -> None:
        if self._mark_from is not None:
            self._mark_from = None
            self.viewport().update()

    def _quiet(self, r: int, c: int) -> bool:
        return self._cells[QUIET_ROWS[r]][c]

    def cell_colour(self, r: int, c: int) -> QColor:
        """The cell's colour on the grid's background as it is now."""
        base = self.palette().color(QPalette.ColorRole.Base)
        if not self._quiet(r, c):
            return base if dark_background(base) else QColor(AWAKE)
        if self.isEnabled():
            return QUIET.on(base, MARK_CONTRAST)
        return QUIET_OFF.on(base, minimum=1.0)

    def _set(self, r: int, c: int, quiet: bool) -> None:
        self._cells[QUIET_ROWS[r]][c] = quiet
        # Said by a screen reader: the painted cell shows its state by colour alone.
        self.item(r, c).setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{self._day_names[r]} {_span(c)}: "
            + (self._quiet_word if quiet else self._awake_word),
        )
        self.update(self.model().index(r, c))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Left by Tab or a click elsewhere, the block goes, as a selection in a list does
        # not: back on the grid, Space switched a block no longer in mind. A menu or
        # another window taking the keys for a moment leaves it.
        if event.reason() in _LEAVING:
            self._unmark()
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or not index.isValid():
            return
        self._unmark()
        # The keyboard's cell goes where the mouse went, as in a spreadsheet: Shift+arrows
        # after a click on Monday 17:30 marked a block from Monday 00:00, and its Space
        # cleared four nights unseen (a tester).
        self.setCurrentIndex(index)
        self._remember()
        # The first cell decides: a drag from a quiet cell clears, from another sets.
        self._paint_to = not self._quiet(index.row(), index.column())
        self._drag_from = (index.row(), index.column())
        self._before_drag = self.grid()
        self._followed_before_drag = self._makeup_follows
        self._paint(index)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._paint_to is None:
            return
        # Beyond the grid's edge the rectangle stops at the last row or column, as a
        # spreadsheet's does: a drag to the evening's end overshoots.
        at = event.position().toPoint()
        row = self.rowAt(min(max(at.y(), 0), self.viewport().height() - 1))
        column = self.columnAt(min(max(at.x(), 0), self.viewport().width() - 1))
        if row >= 0 and column >= 0:
            self._paint(self.model().index(row, column))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._paint_to = None
        self._before_drag = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._paint_to is not None:
            # Escape mid-drag puts the cells back; the key goes no further (it would
            # close the dialog under the mouse).
            self._paint_to = None
            self._makeup_follows = self._followed_before_drag
            self._show(self._before_drag)
            if self._undo:
                self._undo.pop()  # nothing changed after all
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Escape and self._mark_from is not None:
            self._unmark()  # the block let go, the dialog left open
            return
        if event.key() == Qt.Key.Key_Space and index.isValid() and self._mark_from is not None:
            # The block, as a drag from where the marking began to here (a tester without
            # the mouse switched one half hour at a time; Shift+→ marked nothing). It
            # becomes what Space alone makes of the keyboard's cell, the one framed and
            # looked at, as a spreadsheet's Space on a column of check boxes: decided by
            # where the marking began, a block ending on an awake evening was cleared.
            self._remember()
            self._paint_to = not self._quiet(index.row(), index.column())
            self._drag_from = self._mark_from
            self._before_drag = self.grid()
            self._followed_before_drag = self._makeup_follows
            self._paint(index)
            self._paint_to = None
            self._before_drag = {}
            self._unmark()
            return
        if event.key() == Qt.Key.Key_Space and index.isValid():
            self.toggle(QUIET_ROWS[index.row()], index.column())
            return
        if event.key() in _MOVES and index.isValid():
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                if self._mark_from is None:
                    self._mark_from = (index.row(), index.column())
            else:
                self._mark_from = None
            # The block's old extent and its new one redrawn alike.
            self.viewport().update()
        super().keyPressEvent(event)

    def _paint(self, index: QModelIndex) -> None:
        """Shows the rectangle from where the drag began to `index` painted, and every
        other cell as it was before the drag."""
        assert self._paint_to is not None
        wanted = {row: list(cells) for row, cells in self._before_drag.items()}
        for r, c in cells_in_rectangle(self._drag_from, (index.row(), index.column())):
            wanted[QUIET_ROWS[r]][c] = self._paint_to
        # As the drag began: each move paints afresh from there.
        self._makeup_follows = self._followed_before_drag
        painted = MAKEUP in (self._drag_from[0], index.row()) or (
            min(self._drag_from[0], index.row()) < MAKEUP < max(self._drag_from[0], index.row())
        )
        self._show(self._followed(wanted, makeup_painted=painted))

    def _followed(self, wanted: Grid, *, makeup_painted: bool) -> Grid:
        """`wanted` with the make-up day's row following the weekdays' where it does."""
        followed, self._makeup_follows = follow_weekdays(
            wanted, follows=self._makeup_follows, makeup_painted=makeup_painted
        )
        return followed

    def _show(self, wanted: Grid) -> None:
        """Sets the cells that differ from `wanted`; says so if any did."""
        changed = False
        for r, row in enumerate(QUIET_ROWS):
            for c, quiet in enumerate(wanted[row]):
                if self._cells[row][c] != quiet:
                    self._set(r, c, quiet)
                    changed = True
        if changed:
            self.changed.emit()


def _span(cell: int) -> str:
    start = cell * CELL_MINUTES
    end = start + CELL_MINUTES
    return f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
