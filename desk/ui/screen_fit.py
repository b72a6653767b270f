"""Keeping a top-level window on its screen: a first window fills a screen too small for
its size, else takes that size, and a place and size kept from a bigger screen are
brought inside the one it lands on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QWindowStateChangeEvent
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window (title bar, borders) is known only once it
# has framed the window; before that this much is kept free for it. A Windows title bar at
# 150 % is about 31 logical pixels, the window managers of Linux desktops less.
FRAME_ALLOWANCE = QMargins(8, 34, 8, 8)
# Kept free around a first window, so that it reads as a window and not as a maximised one.
FIRST_MARGIN = 16


def fitted_size(wanted: QSize, available: QRect, frame: QMargins, margin: int) -> QSize:
    """`wanted`, made smaller where it (with its frame and `margin` on every side) does
    not fit in `available`."""
    room_w = available.width() - frame.left() - frame.right() - 2 * margin
    room_h = available.height() - frame.top() - frame.bottom() - 2 * margin
    return QSize(min(wanted.width(), room_w), min(wanted.height(), room_h))


def fitted_geometry(geometry: QRect, available: QRect, frame: QMargins) -> QRect:
    """The client `geometry` made small enough that it and its frame fit in `available`,
    then moved (as little as it takes) to lie inside it."""
    size = fitted_size(geometry.size(), available, frame, 0)
    outer = QRect(
        geometry.topLeft() - QPoint(frame.left(), frame.top()),
        QSize(
            size.width() + frame.left() + frame.right(),
            size.height() + frame.top() + frame.bottom(),
        ),
    )
    # Right and bottom first, then left and top: on a screen too small for the window even
    # at its minimum, its title bar (and so its move handle) stays reachable.
    outer.moveRight(min(outer.right(), available.right()))
    outer.moveBottom(min(outer.bottom(), available.bottom()))
    outer.moveLeft(max(outer.left(), available.left()))
    outer.moveTop(max(outer.top(), available.top()))
    return QRect(outer.topLeft() + QPoint(frame.left(), frame.top()), size)


def screen_of(widget: QWidget) -> QScreen:
    """The screen the widget's middle lies on (where a kept geometry put it), else the one
    Qt gave it."""
    found = QGuiApplication.screenAt(widget.geometry().center())
    return found if found is not None else widget.screen()


def frame_margins(widget: QWidget) -> QMargins:
    """The frame around a window that has one, else the allowance for it."""
    outer, inner = widget.frameGeometry(), widget.geometry()
    if outer == inner:
        return FRAME_ALLOWANCE
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def fills_screen_first(wanted: QSize, available: QRect) -> bool:
    """Whether a first window `wanted` big (with its frame and margin) does not fit in the
    screen's free area `available`: cut to fit, it was a window a little smaller than
    the screen, on 1366x768 as on 1280x720 at 150 %, with its list, reading pane and
    group names cut (a new user); there it is maximised instead."""
    return fitted_size(wanted, available, FRAME_ALLOWANCE, FIRST_MARGIN) != wanted


def size_for_first_start(widget: QWidget, wanted: QSize) -> None:
    """Sizes a window that has no kept geometry: `wanted`, or less on a smaller screen,
    in the middle of the screen's free area (without the taskbar)."""
    available = widget.screen().availableGeometry()
    size = fitted_size(wanted, available, FRAME_ALLOWANCE, FIRST_MARGIN)
    size = size.expandedTo(widget.minimumSize())
    widget.resize(size)
    # A window's move() places its frame: centred as the window alone, the frame's title
    # bar pushed it down by its height, and a tester's 1200x694 on 1366x768 ran below the
    # screen's bottom edge once brought down from maximised.
    outer = QRect(QPoint(0, 0), size.grownBy(FRAME_ALLOWANCE))
    outer.moveCenter(available.center())
    widget.move(outer.topLeft())


def keep_on_screen(widget: QWidget) -> None:
    """Brings a window's restored geometry inside the free area of the screen it lands on:
    one kept on a bigger screen, or at a higher resolution, would hang off this one, with
    the status bar out of sight. A maximised or full-screen window is the screen's own."""
    state = widget.windowState()
    if state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    available = screen_of(widget).availableGeometry()
    fitted = fitted_geometry(widget.geometry(), available, frame_margins(widget))
    fitted.setSize(fitted.size().expandedTo(widget.minimumSize()))
    if fitted != widget.geometry():
        widget.setGeometry(fitted)


_SCREENS_OWN = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


class KeptOnScreen(QObject):
    """Brings a window inside its screen when it comes down from maximised (or full
    screen): the size it then takes was set before any frame was known, and a first
    window maximised on 1366x768, brought down, hung a few pixels below the screen's
    edge, its status bar's bottom out of sight (a tester). The window manager moves and
    resizes it in steps after (or before) the state: fitted once they have stopped for
    SETTLE_MS."""

    SETTLE_MS = 50

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self._fit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowStateChange and isinstance(event, QWindowStateChangeEvent):
            was, now = event.oldState(), self._window.windowState()
            if was & _SCREENS_OWN and not now & (_SCREENS_OWN | Qt.WindowState.WindowMinimized):
                self._settle.start()
        elif self._settle.isActive() and kind in (QEvent.Type.Move, QEvent.Type.Resize):
            self._settle.start()  # still on its way
        return False

    def _fit(self) -> None:
        if self._window.isVisible():
            keep_on_screen(self._window)
