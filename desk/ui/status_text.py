"""Status-bar texts that give way on a narrow window: the words elide, a link stays whole."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text that elides on the right when it is given less room than it asks for;
    its tooltip then holds the whole text (before `extra_tip`, if any)."""

    def __init__(self, least_chars: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._extra_tip = ""
        self._least_chars = least_chars

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def set_extra_tip(self, tip: str) -> None:
        self._extra_tip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        return self._width_for(self._full)

    def minimumSizeHint(self) -> QSize:
        # The first few characters and the ellipsis: what it is about ("离线…"), and the
        # tooltip says the rest.
        least = self._full[: self._least_chars]
        return self._width_for(least + "…" if least != self._full else least)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _width_for(self, text: str) -> QSize:
        self.ensurePolished()  # measured in the font a style sheet may set
        margins = self.contentsMargins()
        # Eliding measures the shaped text, which may come out a pixel wider than its
        # advance: without the spare pixels a text given all it asked for lost a word.
        extra = margins.left() + margins.right() + 2 * self.margin() + 2
        height = super().sizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance(text) + extra, height)

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        tips = [self._full] if shown != self._full else []
        if self._extra_tip:
            tips.append(self._extra_tip)
        self.setToolTip("\n\n".join(tips))


class LinkedStatus(QWidget):
    """Words, then a link after them: on a narrow window the words elide and the link
    keeps its place whole (a squeezed 现在重试 or 设置节假日 could not be clicked).

    Signals: linkActivated(str), with the link's name.
    """

    linkActivated = Signal(str)

    def __init__(self, least_chars: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.said = ElidedLabel(least_chars)
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(self.linkActivated)
        self.link.hide()
        self._words = ""
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

    def text(self) -> str:
        """All it says, the link's words too, whole however narrow it is drawn."""
        said = self.said.full_text()
        return f"{said} {self._words}" if self._words else said

    def setToolTip(self, tip: str) -> None:
        super().setToolTip(tip)
        self.said.set_extra_tip(tip)
        self.link.setToolTip(tip)
