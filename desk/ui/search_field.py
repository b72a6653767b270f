"""The search box, never narrower than what its placeholder says."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


class SearchField(QLineEdit):
    """A line edit whose least width shows its placeholder whole: a line beside it took
    the room, and 搜索消息（不含已办，按 / 键） read 搜索消息（不含已… (a tester)."""

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        margins = self.textMargins()
        # Room for the clear button too, which takes its share of the box once typed in.
        words = (
            self.fontMetrics().horizontalAdvance(self.placeholderText())
            + margins.left()
            + margins.right()
            + least.height()
        )
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        wide = self.style().sizeFromContents(
            QStyle.ContentsType.CT_LineEdit, option, QSize(words, least.height()), self
        )
        return QSize(max(least.width(), wide.width()), least.height())
