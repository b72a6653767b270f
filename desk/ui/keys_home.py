"""The keys back on the cards when a line over the inbox goes while they are on it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class KeysHomeOnHide(QObject):
    """Gives the keys to `home` when one of `lines` is hidden while they are on it: Qt
    hands them to the next in Tab's order, a line under it or the views, where ↓ then
    changed the view (the DING banner gone once confirmed with Space on its button).
    Closed by the user's Esc or ×, a line does the same itself."""

    def __init__(self, home: QWidget, lines: Iterable[QWidget]) -> None:
        super().__init__(home)
        self._home = home
        for line in lines:
            line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Sent before Qt moves the keys on; hidden itself, not with the window (minimised).
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QWidget)
            and watched.isHidden()
            and (focused := QApplication.focusWidget()) is not None
            and watched.isAncestorOf(focused)
        ):
            self._home.setFocus()
        return False
