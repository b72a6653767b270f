"""The window's three panes side by side (views and groups, the cards, the reading pane),
the first as wide as its names ask where the window has room for it, and folded away
where the window is too narrow for three readable columns at the text size in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# The views' width when desk first opened at 1200 px; the first pane is never made
# narrower than this by its names (a window narrower than that has its own minimums).
FIRST_WIDTH = 230
# The most of the window the first pane takes for its names unasked: at 1366 px, about
# 340, and the cards and the reading pane keep the rest (a maximised window at 150 %
# elided every group to 桐坪镇安全生产…, a tester).
FIRST_SHARE = 0.25
# What each pane needs to be read, in characters of the text size in use (a CJK
# character's width): the views their names and counts, a card its group and sender
# beside its time, the reading pane a line of words. At 683 px and 175 % all three
# stood, each too narrow to read: cards without their group, 6 characters a line (a
# tester). In sum 42: a half of 1366 px keeps three columns at 100 %, a 900 px window
# at 150 % too, a half screen at 150 % and 175 % has two.
SIDEBAR_CHARS = 10
CARDS_CHARS = 16
READING_CHARS = 16


def three_columns_fit(total: int, char_width: int) -> bool:
    """Whether a splitter `total` wide has room for the views, the cards and the reading
    pane, each as many characters wide as it needs to be read."""
    return total >= (SIDEBAR_CHARS + CARDS_CHARS + READING_CHARS) * char_width


def first_pane_width(wanted: int, total: int, least: int, rest_least: int) -> int:
    """The first pane's width in a splitter `total` wide: what its names want, between
    FIRST_WIDTH and FIRST_SHARE of the total, and never so much that the other panes fall
    under their least widths (`rest_least`) nor itself under its own (`least`)."""
    width = min(max(wanted, FIRST_WIDTH), max(FIRST_WIDTH, round(total * FIRST_SHARE)))
    return max(least, min(width, total - rest_least))


class PaneSplitter(QSplitter):
    """Sizes its first pane to `first_wants()` (see first_pane_width) as the window is
    resized or the text size changes, until the user drags that pane's edge: from then
    on the width they chose is theirs (`first_chosen`, kept with the window's layout).
    Where three columns do not fit (three_columns_fit) the first pane folds away, the
    others sharing its room, and comes back once they do: `foldedChanged(bool)` says so.

    Signals: foldedChanged(bool) when the first pane is about to fold away (True) or to
    come back."""

    foldedChanged = Signal(bool)

    def __init__(self, first_wants: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_wants = first_wants
        self.first_chosen = False
        self.folded = False
        # The first pane's width and the panes' state as they stood before it folded
        # away: the width the user gave it comes back with it, and a layout saved folded
        # keeps it (QSplitter saves a hidden pane as 0 wide; it came back at its least,
        # its names cut, a width the user had not chosen).
        self._first_before = 0
        self._unfolded = QByteArray()
        self.splitterMoved.connect(self._moved)

    def _moved(self, _pos: int, index: int) -> None:
        # Handle 1 is the first pane's right edge; the one between the cards and the
        # reading pane leaves the first pane's width as it is.
        if index == 1:
            self.first_chosen = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_first()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The panes take the new font after the splitter: measured once they have.
            QTimer.singleShot(0, self, self.fit_first)

    def _fold(self) -> None:
        """Folds the first pane away or brings it back as the width and the text size
        now ask; the cards and the reading pane share what it gave up evenly."""
        if self.count() < 3:
            return
        total = self.width()
        folded = not three_columns_fit(total, self.fontMetrics().horizontalAdvance("国"))
        if folded == self.folded:
            return
        self.folded = folded
        # Said before the pane goes: the keys it has can be given on while it is there.
        self.foldedChanged.emit(folded)
        first = self.widget(0)
        if folded:
            self._first_before = self.sizes()[0]
            self._unfolded = super().saveState()
            first.hide()
            room = total - 2 * self.handleWidth()
            self.setSizes([0, room // 2, room - room // 2])
        else:
            first.show()
            if self.first_chosen:
                self._set_first(self._first_before)

    def saveState(self) -> QByteArray:
        """As QSplitter's, the panes as they stood before the first folded away while
        it is folded."""
        return self._unfolded if self.folded else super().saveState()

    def fit_first(self) -> None:
        """Folds the first pane away where three columns do not fit; else makes it as
        wide as first_pane_width says, the width it gives or takes shared by the others
        as they stand."""
        self._fold()
        if self.folded or self.first_chosen or self.count() < 2:
            return
        sizes = self.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        first = self.widget(0)
        rest = [self.widget(i) for i in range(1, self.count())]
        target = first_pane_width(
            self._first_wants(),
            total,
            first.minimumWidth(),
            sum(w.minimumWidth() for w in rest),
        )
        if abs(target - sizes[0]) <= 1:
            return
        self._set_first(target)

    def _set_first(self, target: int) -> None:
        """The first pane `target` wide, the width it gives or takes shared by the others
        as they stand."""
        sizes = self.sizes()
        others, room = sizes[1:], sum(sizes) - target
        shared = sum(others) or 1
        widths = [round(room * w / shared) for w in others]
        widths[-1] = room - sum(widths[:-1])
        self.setSizes([target, *widths])
