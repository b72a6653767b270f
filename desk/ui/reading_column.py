"""The reading pane with the reply box under it, sharing the column's height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.ui.reply_box import ReplyBox


class ReadingColumn(QWidget):
    """`detail` over `box`. While the box is open in a column too short for both (175 %
    text in a 640x600 window left the box 145 px of the 282 it needs, its Send button 6 px
    high), the message gives way first: hidden, the box's line quoting it (回复 谭志远：…)
    stands for it; if the box alone is still too tall, it goes compact (see
    ReplyBox.set_compact). The message comes back as the box closes or the room grows."""

    def __init__(self, detail: QWidget, box: ReplyBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail = detail
        self._box = box
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(detail, 1)
        # The room the message leaves, hidden, goes above the box: its buttons stay at the
        # foot of the pane, under the mouse, and do not part from one another.
        column.addStretch()
        column.addWidget(box)
        # Opened or closed (shown, hidden), or its needs changed (a refusal said in it, the
        # text size): fitted again.
        box.editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            self._fit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        box = self._box
        room = self.height()
        needs = box.full_height(self.width()) if box.is_open() else 0
        # Hidden only where it would be squeezed under its least (a few lines, scrolled).
        hide = box.is_open() and room < self._detail.minimumSizeHint().height() + needs
        if self._detail.isHidden() != hide:
            self._detail.setHidden(hide)
        box.set_compact(box.is_open() and room < needs)
