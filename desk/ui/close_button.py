"""The × that closes a line over the inbox (the away line, the first days' guide)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def close_button(closes: Callable[[], None]) -> QToolButton:
    """A flat × calling `closes`; reached by Tab, not by a click's focus, so that closing
    with the mouse leaves the keys where they were. Its words are the caller's to set."""
    button = QToolButton()
    button.setText("×")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.clicked.connect(closes)
    return button
