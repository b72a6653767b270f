"""Status-bar texts that give way on a narrow window: the words elide, a link stays whole."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk.ui.elided_label import ElidedLabel
from desk.ui.style import follows_palette


class LinkedStatus(QWidget):
    """Words, then a link after them: on a narrow window the words elide and the link
    keeps its place whole (a squeezed 现在重试 or 设置节假日 could not be clicked).

    Signals: linkActivated(str), with the link's name.
    """

    linkActivated = Signal(str)

    def __init__(self, least_chars: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.said = ElidedLabel(least_chars)
        self.link = LinkLabel()
        self.link.linkActivated.connect(self.linkActivated)
        self.link.hide()
        self._words = ""
        self._click: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.fontMetrics().horizontalAdvance(" "))
        row.addWidget(self.said)
        row.addWidget(self.link)
        row.addStretch(1)

    def set_text(self, said: str, link: str | None = None, words: str = "") -> None:
        """Shows `said`, and after it `words` as the link named `link` (none without)."""
        self.said.set_full_text(said)
        self.link.setVisible(link is not None)
        if link is not None:
            self.link.setText(f'<a href="{html.escape(link)}">{html.escape(words)}</a>')
        self._words = words if link is not None else ""

    def set_clickable(self, link: str | None) -> None:
        """Makes a click anywhere on it follow the link named `link`, not a click on the
        link's words alone (None: those alone)."""
        self._click = link
        if link is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._click is not None and event.button() is Qt.MouseButton.LeftButton:
            event.accept()  # so that the release comes here too
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if self._click is not None and event.button() is Qt.MouseButton.LeftButton and inside:
            self.linkActivated.emit(self._click)
            return
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if follows_palette(event) and self.link.text():
            # A label's link keeps the colour of the palette it was set under: the light
            # theme's dark blue stayed on a status bar gone dark. Set anew (an equal text
            # is not).
            shown = self.link.text()
            self.link.clear()
            self.link.setText(shown)

    def text(self) -> str:
        """All it says, the link's words too, whole however narrow it is drawn."""
        said = self.said.full_text()
        return f"{said} {self._words}" if self._words else said

    def setToolTip(self, tip: str) -> None:
        super().setToolTip(tip)
        self.said.set_extra_tip(tip)
        self.link.setToolTip(tip)


class LinkLabel(QLabel):
    """A label whose text holds a link: one Tab stop (the window's focus ring shows it),
    and Enter or Space follows its first link. The status bar's 查看 and 设置节假日 could
    only be clicked (a tester); Qt's own keyboard links took two Tabs to reach each. Not
    a click's focus stop: a click on the link leaves the keys where they were."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._follows(event):
            # Its own, before the window's Return (open the card) or Space takes it.
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        found = _HREF.search(self.text())
        if self._follows(event) and found is not None:
            event.accept()
            self.linkActivated.emit(html.unescape(found.group(1)))
            return
        super().keyPressEvent(event)

    def _follows(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or _HREF.search(self.text()) is None:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        return event.key() in keys and mods == Qt.KeyboardModifier.NoModifier


_HREF = re.compile(r'href="([^"]*)"')
