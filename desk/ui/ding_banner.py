"""The red banner over the inbox while a DING waits for confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from desk.store.escalations import Ladder

SNOOZE_MINUTES = (5, 15, 60)


class DingBanner(QWidget):
    """Signals: acknowledgeRequested(int), snoozeRequested(int, int minutes), openRequested(int)."""

    acknowledgeRequested = Signal(int)
    snoozeRequested = Signal(int, int)
    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dingBanner")
        # A plain QWidget subclass ignores a style sheet's background without this.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#dingBanner { background: #d93025; } "
            "#dingBanner QLabel { color: white; font-weight: bold; }"
        )
        self._message_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("dingText")
        self.label.setMinimumWidth(100)
        layout.addWidget(self.label, 1)
        self.open_button = QPushButton(self.tr("Show"))
        self.open_button.clicked.connect(self._open)
        self.ack_button = QPushButton(self.tr("Confirm (A)"))
        self.ack_button.setObjectName("ack")
        self.ack_button.setDefault(True)
        self.ack_button.clicked.connect(self._acknowledge)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Remind me later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_MINUTES:
            action = QAction(self.tr("In %1 minutes").replace("%1", str(minutes)), menu)
            action.triggered.connect(lambda _c=False, m=minutes: self._snooze(m))
            menu.addAction(action)
        self.snooze_button.setMenu(menu)
        for widget in (self.open_button, self.ack_button, self.snooze_button):
            layout.addWidget(widget)
        self.hide()

    @property
    def message_id(self) -> int | None:
        return self._message_id

    def show_ladders(self, ladders: list[Ladder]) -> None:
        if not ladders:
            self._message_id = None
            self.hide()
            return
        first = ladders[0]
        self._message_id = first.message_id
        text = " ".join(first.text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        head = self.tr("DING · %1 · %2: %3").replace("%1", first.group_name)
        head = head.replace("%2", first.sender_name).replace("%3", text)
        if len(ladders) > 1:
            # First, where a long notice cannot push it out of sight.
            more = self.tr("%1 unconfirmed · ").replace("%1", str(len(ladders)))
            head = more + head
        self.label.setText(head)
        self.label.setToolTip(first.text)
        self.show()

    def _acknowledge(self) -> None:
        if self._message_id is not None:
            self.acknowledgeRequested.emit(self._message_id)

    def _snooze(self, minutes: int) -> None:
        if self._message_id is not None:
            self.snoozeRequested.emit(self._message_id, minutes)

    def _open(self) -> None:
        if self._message_id is not None:
            self.openRequested.emit(self._message_id)
