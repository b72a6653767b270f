"""The ring drawn round whatever in the window has the keyboard's focus.

Fusion shows little of it: a selected row looks the same whether its list has the focus or
not, and the reading pane and a flat tool button show nothing at all. After Tab the keys
went somewhere no one could see, and the list of views and groups seemed never to get them
(a tester, session 35).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget

# How thick the ring is drawn. A pane's ring lies on its frame and just outside it, never
# over the pane's contents: overlapping them, it made every scroll of the list repaint the
# whole list instead of moving what was drawn (Qt scrolls by copying only what nothing
# overlaps).
THICKNESS = 2


class FocusRing(QWidget):
    """Follows the focus inside `window`, drawn round the focused widget over everything
    else there; hidden while the focus is elsewhere (another window, a dialog) or in a
    line edit, which shows its own. Passes every click through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        # The target and the widgets it sits in, whose moves and resizes move it.
        self._watched: list[QWidget] = []
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def target(self) -> QWidget | None:
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new if new is not None and self._rings(new) else None)

    def _rings(self, widget: QWidget) -> bool:
        return (
            widget.window() is self.window()
            and widget is not self
            and not isinstance(widget, QLineEdit)
        )

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            # A window being closed deletes its panes before this ring, and takes the
            # focus from them meanwhile: one may be gone already.
            with contextlib.suppress(RuntimeError):
                watched.removeEventFilter(self)
        self._watched = []
        self._target = widget
        if widget is None:
            self.hide()
            return
        at: QWidget | None = widget
        while at is not None and at is not self.window():
            at.installEventFilter(self)
            self._watched.append(at)
            at = at.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES:
            self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        around = QRect(target.mapTo(self.window(), QPoint(0, 0)), target.size())
        if isinstance(target, QAbstractScrollArea):
            # On its frame (a pixel or two) and just outside, clear of what it shows.
            outside = max(0, THICKNESS - target.frameWidth())
        else:
            outside = THICKNESS + 1  # a button's own edge stays to be seen
        ring = around.adjusted(-outside, -outside, outside, outside)
        self.setGeometry(ring)
        inner = QRect(0, 0, ring.width(), ring.height()).adjusted(
            THICKNESS, THICKNESS, -THICKNESS, -THICKNESS
        )
        self.setMask(QRegion(0, 0, ring.width(), ring.height()).subtracted(QRegion(inner)))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))


_MOVES = (
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
)
