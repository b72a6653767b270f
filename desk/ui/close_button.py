"""The × that closes a line over the inbox (the away line, the first days' guide), and Esc
that closes it from its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

# Esc on a line's buttons closes the line (listed by F1 as this key).
CLOSE_LINE_KEY = QKeySequence(Qt.Key.Key_Escape)


def close_button(closes: Callable[[], None]) -> QToolButton:
    """A flat × calling `closes`; reached by Tab, not by a click's focus, so that closing
    with the mouse leaves the keys where they were. Its words are the caller's to set."""
    button = QToolButton()
    button.setText("×")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(closes)
    return button


class EscapeCloses(QObject):
    """Esc pressed while the keys are on one of `line`'s buttons calls `closes`: tabbed
    to, the × was the only way to close the line, and Space on a × is not guessed (a
    tester). Taken before the window's own Esc (back to the list), which did nothing there.
    """

    def __init__(self, line: QWidget, closes: Callable[[], None]) -> None:
        super().__init__(line)
        self._closes = closes
        line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not _is_close_key(event):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            self._closes()
            return True
        return False


def _is_close_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == CLOSE_LINE_KEY[0].key() and mods == Qt.KeyboardModifier.NoModifier
