"""Message → Show conversation: the selected message among those around it in its group, in
the order they came, as the chat app shows them; the message itself marked and in view.
Triage sorts a group's messages apart (a notice in Action, its 收到 folded, a village's
report in Info): this puts them back together, for "what was this 收到 for?"."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desk.core.placeholders import fill
from desk.store.conversation import Conversation, Said
from desk.ui.card_text import short_time
from desk.ui.style import NOTE

# The anchor of the message asked for, scrolled to when the dialog opens.
_HERE = "here"
# How much of the selection colour marks it: the text over it stays as legible.
MARK_STRENGTH = 0.25


def _blend(base: QColor, over: QColor, share: float) -> QColor:
    """`over` laid on `base` at `share` of its strength."""
    return QColor(
        round(base.red() + (over.red() - base.red()) * share),
        round(base.green() + (over.green() - base.green()) * share),
        round(base.blue() + (over.blue() - base.blue()) * share),
    )


class ConversationDialog(QDialog):
    def __init__(
        self, found: Conversation, tz: ZoneInfo, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Conversation in %1"), found.group_name))
        self.resize(560, 620)
        self.text = QTextBrowser(self)
        self.text.setObjectName("conversation")
        self.text.setAccessibleName(self.windowTitle())
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._show(found, tz, now)

    def _show(self, found: Conversation, tz: ZoneInfo, now: datetime) -> None:
        base = self.text.palette().color(QPalette.ColorRole.Base)
        note = NOTE.on(base).name()
        highlight = self.text.palette().color(QPalette.ColorRole.Highlight)
        marked = _blend(base, highlight, MARK_STRENGTH).name()
        parts = []
        if found.more_before:
            earlier = self.tr("Earlier messages of the group are not shown.")
            parts.append(f"<p style='color:{note}'>{html.escape(earlier)}</p>")
        for said in found.said:
            parts.append(self._said_html(said, said.id == found.message_id, tz, now, note, marked))
        if found.more_after:
            later = self.tr("Later messages of the group are not shown.")
            parts.append(f"<p style='color:{note}'>{html.escape(later)}</p>")
        self.text.setHtml("".join(parts))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The message a third of the way down, what led to it above: at the top, it hid
        # the notice a 收到 answered.
        self.text.scrollToAnchor(_HERE)
        bar = self.text.verticalScrollBar()
        if bar.value() < bar.maximum():
            # Near the end it stands lower already, what came after it in view below.
            bar.setValue(max(0, bar.value() - self.text.viewport().height() // 3))

    def _said_html(
        self, said: Said, here: bool, tz: ZoneInfo, now: datetime, note: str, marked: str
    ) -> str:
        esc = html.escape
        when = short_time(said.ts, tz, now)
        text = self.tr("(withdrawn)") if said.withdrawn else said.text
        body = esc(text).replace("\n", "<br>")
        if said.ack and not here:
            body = f"<span style='color:{note}'>{body}</span>"
        head = f"<b>{esc(said.sender_name)}</b> <span style='color:{note}'>{esc(when)}</span>"
        style = f"background-color:{marked};" if here else ""
        anchor = f"<a name='{_HERE}'></a>" if here else ""
        return f"<p style='margin:6px 0;{style}'>{anchor}{head}<br>{body}</p>"
