"""Message → Show conversation: the selected message among those around it in its group, in
the order they came, as the chat app shows them; the message itself marked and in view.
Triage sorts a group's messages apart (a notice in Action, its 收到 folded, a village's
report in Info): this puts them back together, for "what was this 收到 for?".

A notice forwarded into several groups is one card ("also in: …"): the dialog offers each
of those groups, the card's own first, and reads the conversation around the copy there.
Each message is a row of a list: Enter (or a double click) on one goes to its card."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QShowEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.placeholders import fill
from desk.store.conversation import Conversation, Place, Said
from desk.ui.card_text import short_time
from desk.ui.style import NOTE

_ID_ROLE = Qt.ItemDataRole.UserRole
_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_HERE_ROLE = Qt.ItemDataRole.UserRole + 2
# How much of the selection colour marks the selected message: the text over it stays as
# legible.
MARK_STRENGTH = 0.25
# The bar at the edge of the message the dialog was opened on, and the room beside it.
_BAR = 3
_MARGIN = 6


def _blend(base: QColor, over: QColor, share: float) -> QColor:
    """`over` laid on `base` at `share` of its strength."""
    return QColor(
        round(base.red() + (over.red() - base.red()) * share),
        round(base.green() + (over.green() - base.green()) * share),
        round(base.blue() + (over.blue() - base.blue()) * share),
    )


class _SaidDelegate(QStyledItemDelegate):
    """Draws a message as the HTML its item holds, wrapped to the list's width: the
    selected one on a tint of the selection colour, the one asked for with a bar at its
    edge."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setDocumentMargin(_MARGIN)
        wrap = QTextOption()
        # A long link, or digits without a break, wraps too: no side scrolling.
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(wrap)
        document.setHtml(str(index.data(_HTML_ROLE) or ""))
        document.setTextWidth(max(1, width - _BAR))
        return document

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width()
        height = self._document(index, width).size().height()
        # No wider than the list: the list stretches each row to its width.
        return QSize(1, int(height) + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        palette = self._view.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            base = palette.color(QPalette.ColorRole.Base)
            painter.fillRect(rect, _blend(base, highlight, MARK_STRENGTH))
        if index.data(_HERE_ROLE):
            painter.fillRect(rect.x(), rect.y(), _BAR, rect.height(), highlight)
        document = self._document(index, rect.width())
        painter.translate(rect.x() + _BAR, rect.y())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        document.documentLayout().draw(painter, context)
        painter.restore()


class ConversationDialog(QDialog):
    """Signals: groupChosen(message_id), the user chose the group of that copy (the window
    reads its conversation and hands it to `show_conversation`); messageChosen(message_id),
    Enter or a double click on that message."""

    groupChosen = Signal(int)
    messageChosen = Signal(int)

    def __init__(
        self,
        found: Conversation,
        tz: ZoneInfo,
        now: datetime,
        places: Sequence[Place] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._asked = found.message_id
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        self.groups = QComboBox(self)
        self.groups.setObjectName("conversationGroups")
        for place in places:
            self.groups.addItem(place.group_name, place.message_id)
        if len(places) > 1:
            row = QHBoxLayout()
            label = QLabel(self.tr("&Group:"), self)
            label.setBuddy(self.groups)
            row.addWidget(label)
            row.addWidget(self.groups, 1)
            layout.addLayout(row)
            self.groups.currentIndexChanged.connect(self._group_chosen)
        else:
            self.groups.hide()
        self.earlier = QLabel(self.tr("Earlier messages of the group are not shown."), self)
        self.later = QLabel(self.tr("Later messages of the group are not shown."), self)
        note = NOTE.on(self.palette().color(QPalette.ColorRole.Window))
        for label in (self.earlier, self.later):
            quiet = label.palette()
            quiet.setColor(QPalette.ColorRole.WindowText, note)
            label.setPalette(quiet)
        self.messages = QListWidget(self)
        self.messages.setObjectName("conversation")
        self.messages.setItemDelegate(_SaidDelegate(self.messages))
        self.messages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar coming and going would change the width the rows wrap to.
        self.messages.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.messages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.messages.activated.connect(self._message_chosen)
        copy = QAction(self.tr("Copy message"), self.messages)
        copy.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self._copy)
        self.messages.addAction(copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter is for the message selected, not for Close: as the dialog's default button
        # it closed the dialog when a tester pressed it on a message.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
            close.setDefault(False)
        layout.addWidget(self.earlier)
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.later)
        layout.addWidget(buttons)
        self.show_conversation(found)
        self.messages.setFocus()

    def show_conversation(self, found: Conversation | None) -> None:
        """Shows the conversation read for the group chosen last; one read for a group
        chosen before it, come late, is let go."""
        if found is None or found.message_id != self._asked:
            return
        self.setWindowTitle(fill(self.tr("Conversation in %1"), found.group_name))
        self.messages.setAccessibleName(self.windowTitle())
        self.earlier.setVisible(found.more_before)
        self.later.setVisible(found.more_after)
        self.messages.clear()
        base = self.messages.palette().color(QPalette.ColorRole.Base)
        note = NOTE.on(base).name()
        for said in found.said:
            here = said.id == found.message_id
            item = QListWidgetItem(self._said_text(said))
            item.setData(_ID_ROLE, said.id)
            item.setData(_HTML_ROLE, self._said_html(said, here, note))
            item.setData(_HERE_ROLE, here)
            self.messages.addItem(item)
            if here:
                self.messages.setCurrentItem(item)
        if self.isVisible():
            self._scroll_to_here()

    def selected_id(self) -> int | None:
        """The id of the message selected in the list."""
        item = self.messages.currentItem()
        return int(item.data(_ID_ROLE)) if item is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scroll_to_here()

    def _scroll_to_here(self) -> None:
        """The message a third of the way down, what led to it above: at the top, it hid
        the notice a 收到 answered."""
        item = self.messages.currentItem()
        if item is None:
            return
        self.messages.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
        bar = self.messages.verticalScrollBar()
        if bar.value() < bar.maximum():
            # Near the end it stands lower already, what came after it in view below.
            bar.setValue(max(0, bar.value() - self.messages.viewport().height() // 3))

    def _group_chosen(self, index: int) -> None:
        message_id = self.groups.itemData(index)
        if isinstance(message_id, int):
            self._asked = message_id
            self.groupChosen.emit(message_id)

    def _message_chosen(self, index: QModelIndex) -> None:
        message_id = index.data(_ID_ROLE)
        if isinstance(message_id, int):
            self.messageChosen.emit(message_id)

    def _copy(self) -> None:
        item = self.messages.currentItem()
        if item is not None:
            QGuiApplication.clipboard().setText(item.text())

    def _said_text(self, said: Said) -> str:
        """The message as plain text: what a screen reader says of its row, what Ctrl+C
        copies."""
        text = self.tr("(withdrawn)") if said.withdrawn else said.text
        return f"{said.sender_name} {short_time(said.ts, self._tz, self._now)}\n{text}"

    def _said_html(self, said: Said, here: bool, note: str) -> str:
        esc = html.escape
        when = short_time(said.ts, self._tz, self._now)
        text = self.tr("(withdrawn)") if said.withdrawn else said.text
        body = esc(text).replace("\n", "<br>")
        if said.ack and not here:
            body = f"<span style='color:{note}'>{body}</span>"
        head = f"<b>{esc(said.sender_name)}</b> <span style='color:{note}'>{esc(when)}</span>"
        return f"{head}<br>{body}"
