"""The line over the inbox that says what came while the user was away, and lists it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desk.core.absence import DaySaid, day_said
from desk.core.messages import Tier
from desk.core.placeholders import fill
from desk.store.inbox import CameWhileAway, ViewKind
from desk.ui.close_button import EscapeCloses, close_button
from desk.ui.date_words import WEEKDAY_NAMES
from desk.ui.elided_label import ElidedLabel
from desk.ui.pointer_calm import PointerCalm
from desk.ui.sidebar import view_name

# The tiers said, in the views' order; noise is not listed, as All lists none.
_TIERS = (
    (Tier.URGENT, ViewKind.URGENT),
    (Tier.ACTION, ViewKind.ACTION),
    (Tier.INFO, ViewKind.INFO),
)


def since_words(since: datetime, now: datetime, tz: ZoneInfo) -> str:
    """When the user left, as a person says it: 今天 / 昨天 / 周五 18:04, or 11月3日 18:04."""
    local = since.astimezone(tz)
    clock = local.strftime("%H:%M")
    said = day_said(since, now, tz)
    translate = QCoreApplication.translate
    if said is DaySaid.TODAY:
        return fill(translate("AwayLine", "today %1"), clock)
    if said is DaySaid.YESTERDAY:
        return fill(translate("AwayLine", "yesterday %1"), clock)
    if said is DaySaid.WEEKDAY:
        weekday = translate("AwayLine", str(WEEKDAY_NAMES[local.weekday()]))
        return fill(translate("AwayLine", "%1 %2", "a weekday and a time"), weekday, clock)
    return fill(
        translate("AwayLine", "%1/%2 %3", "month, day and time"),
        str(local.month),
        str(local.day),
        clock,
    )


class AwayLine(QFrame):
    """Signals: showRequested() for the list of what came; dismissed() when closed."""

    showRequested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("awayLine")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.said = ElidedLabel(least_chars=16)
        self.show_button = QPushButton()
        self.show_button.setFlat(True)
        self.show_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_button.clicked.connect(self.showRequested)
        self.dismiss_button = close_button(self._dismiss)
        EscapeCloses(self, self._dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 4, 2)
        row.addWidget(self.said, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.dismiss_button)
        self._calm = PointerCalm(self)
        self.retranslate("")
        self.hide()

    def retranslate(self, key: str) -> None:
        """The buttons' words, the list's shortcut `key` named in the first."""
        words = self.tr("Show only these")
        self.show_button.setText(fill(self.tr("%1 (%2)"), words, key) if key else words)
        self.show_button.setAccessibleName(words)
        close = self.tr("Dismiss")
        self.dismiss_button.setToolTip(close)
        self.dismiss_button.setAccessibleName(close)

    def say(self, came: CameWhileAway, since: datetime, now: datetime, tz: ZoneInfo) -> None:
        """Says 您离开期间（周五 18:04 起）新到 56 条：紧急 2 · 待办 14 · 通知 40, and once the
        user has read some, how many are still unread first (您离开期间（…起）：2 条未读，共新到
        7 条（紧急 1 · 通知 6）), the number the sidebar shows: cards, as the views count
        them. A screen reader reads it as the line appears, and with 只看这些 as it is
        tabbed to: the line itself is no focus stop, and a reviewer tabbing through it
        heard only 只看这些 and 关闭.

        It counts what arrived, read or not, where the views beside it count what is
        unread: a tester saw 紧急 9 here and 紧急 7 at the left, and neither said what it
        counted. The line says 新到 (arrived), and its tooltip says how the two differ."""
        tiers = " · ".join(
            fill(self.tr("%1 %2", "a view and its count"), view_name(kind), str(n))
            for tier, kind in _TIERS
            if (n := came.per_tier.get(tier, 0))
        )
        if came.unread < came.total:
            # Unread first, the number 离开期间 shows at the left (as every view's count):
            # the line led with 新到 7 条 and ended 其中 2 条未读 beside a 2 there, and a
            # tester read two numbers for one list (its seven cards, five of them grey).
            words = fill(
                self.tr(
                    "While you were away (since %1): %n unread of %2 arrived (%3)",
                    "",
                    came.unread,
                ),
                since_words(since, now, tz),
                str(came.total),
                tiers,
            )
        else:
            words = fill(
                self.tr("While you were away (since %1), %n arrived: %2", "", came.total),
                since_words(since, now, tz),
                tiers,
            )
        counts = fill(
            self.tr(
                "These count all that arrived while you were away, read or not; the "
                "numbers at the left count what is not done yet in %1, %2 and %3, and "
                "what is unread in the other views."
            ),
            view_name(ViewKind.URGENT),
            view_name(ViewKind.ACTION),
            view_name(ViewKind.DUE),
        )
        self.said.set_full_text(words)
        self.said.set_extra_tip(counts)
        self.setAccessibleName(words)
        self.setAccessibleDescription(counts)
        self.show_button.setAccessibleDescription(words)
        if self.isHidden():
            # Counted a moment after the return, it came as the user reached for a card,
            # and pushed the panes down under the pointer: it waits for the pointer.
            self._calm.when_calm(self._appear)

    def _appear(self) -> None:
        if self.isHidden():
            self.show()
            # Once, as it comes: each sync's recount changes the words, and a reader
            # interrupted by every one of them would hear little else.
            from PySide6.QtGui import QAccessible, QAccessibleEvent  # as in desk.ui.status_bar

            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def setVisible(self, visible: bool) -> None:
        if not visible:
            # Dismissed, or all of it read, before it came: it comes no more.
            self._calm.cancel()
        super().setVisible(visible)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
