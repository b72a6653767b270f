"""The guide over the inbox in desk's first days: what desk does, the keys that move
through it, and where quiet hours are set (see desk.core.first_days)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.core.placeholders import fill
from desk.ui.close_button import EscapeCloses, close_button


class FirstDaysGuide(QFrame):
    """Signals: quietHoursRequested() for the settings at their quiet hours; dismissed()
    when closed, for good."""

    quietHoursRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstDaysGuide")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Wrapped, not elided as the away line is: cut, it would lose the keys it is for.
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.quiet_button = QPushButton()
        self.quiet_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.quiet_button.clicked.connect(self.quietHoursRequested)
        self.dismiss_button = close_button(self._dismiss)
        self._more = ""
        EscapeCloses(self, self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.addWidget(self.said, 1)
        row.addWidget(self.quiet_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def say(self, down: str, up: str, open_key: str, confirm: str, all_keys: str) -> None:
        """Says the guide with the keys as F1 writes them: next and previous card, open,
        confirm a DING, the list of every key. A screen reader reads it as the guide's
        name, and again with the quiet hours' button as it is tabbed to (the guide
        itself is no focus stop)."""
        # One line at 175 % on 1280 × 720: three lines of it, under a DING's banner, left
        # room for four cards until it was closed (a tester). The mouse first, the keys
        # second: a tester (56, mouse only) read keys alone, and DING said nowhere what
        # it is; here, where it is first met, it does. The rest is in 帮助 → 什么是 DING
        # (see more_words), and in its tooltip.
        words = fill(
            self.tr(
                "Right-click a message to confirm a DING (an urgent notice each person "
                "must confirm), reply to it or mark it done; %1 lists every key."
            ),
            all_keys,
        )
        self._more = fill(
            self.tr(
                "desk gathers your work groups into one inbox, the most pressing first. "
                "With the keys: %1/%2 or ↑/↓ move, %3 opens, %4 confirms a DING, %5 lists "
                "every key. Quiet hours hold ordinary notifications in the evening, at "
                "weekends and on holidays."
            ),
            down,
            up,
            open_key,
            confirm,
            all_keys,
        )
        why = self.tr("Shown in desk's first days; × closes it for good.")
        self.said.setText(words)
        self.said.setToolTip(fill(self.tr("%1\n\nMore in Help → What is a DING?"), self._more))
        self.setAccessibleName(f"{words} {self._more}")
        self.setAccessibleDescription(why)
        self.quiet_button.setText(self.tr("Set quiet hours…"))
        self.quiet_button.setAccessibleDescription(words)
        close = self.tr("Close this guide")
        self.dismiss_button.setToolTip(close)
        self.dismiss_button.setAccessibleName(close)
        self.dismiss_button.setAccessibleDescription(why)

    def more_words(self) -> str:
        """What the guide's one line leaves out: what desk does, the keys that move
        through it, what quiet hours hold (said in 帮助 → 什么是 DING)."""
        return self._more

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
