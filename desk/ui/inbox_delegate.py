"""Paints one inbox card: tier bar, group, sender with role badge, time, preview, summary."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desk.core.clock import Clock
from desk.core.messages import Role
from desk.store.inbox import InboxRow
from desk.ui.card_text import message_text, summary
from desk.ui.inbox_model import ROW_ROLE
from desk.ui.style import DING_COLOUR, ROLE_COLOURS, TIER_COLOURS

_PAD = 8
_BAR = 4


def role_label(role: Role) -> str:
    if role is Role.OWNER:
        return QCoreApplication.translate("Role", "owner")
    if role is Role.ADMIN:
        return QCoreApplication.translate("Role", "admin")
    return ""


def short_time(ts: datetime, tz: ZoneInfo, now: datetime) -> str:
    local = ts.astimezone(tz)
    if local.date() == now.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class InboxDelegate(QStyledItemDelegate):
    def __init__(self, tz: ZoneInfo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._clock = clock

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Every row the same height: the view can then skip measuring a million rows.
        height = QFontMetrics(option.font).height()
        return QSize(300, 3 * height + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: InboxRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect
        painter.fillRect(
            QRect(rect.left(), rect.top(), _BAR, rect.height()), TIER_COLOURS[row.tier]
        )

        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(not row.read)
        metrics = QFontMetrics(base)
        line_h = metrics.height()
        left = rect.left() + _BAR + _PAD
        right = rect.right() - _PAD
        top = rect.top() + _PAD // 2 + 1

        when = short_time(row.ts, self._tz, self._clock.now())
        when_w = metrics.horizontalAdvance(when)
        painter.setFont(base)
        painter.setPen(option.palette.color(QPalette.ColorGroup.Active, text_role))
        painter.drawText(
            QRect(right - when_w, top, when_w, line_h), Qt.AlignmentFlag.AlignRight, when
        )

        x = left
        if row.ding:
            x = self._badge(painter, base, x, top, line_h, "DING", DING_COLOUR)
        if row.pinned:
            unconfirmed = QCoreApplication.translate("Role", "unconfirmed")
            x = self._badge(painter, base, x, top, line_h, unconfirmed, DING_COLOUR.darker(140))
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorGroup.Active, text_role))
        header = f"{row.group_name} · {row.sender_name}"
        room = right - when_w - _PAD - x
        badge = role_label(row.sender_role)
        if badge:
            room -= metrics.horizontalAdvance(badge) + 2 * _PAD
        header = QFontMetrics(bold).elidedText(header, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawText(QRect(x, top, room, line_h), Qt.AlignmentFlag.AlignLeft, header)
        x += QFontMetrics(bold).horizontalAdvance(header) + _PAD // 2
        if badge:
            self._badge(painter, base, x, top, line_h, badge, ROLE_COLOURS[row.sender_role])

        painter.setFont(base)
        preview = " ".join(message_text(row).split())
        preview = metrics.elidedText(preview, Qt.TextElideMode.ElideRight, right - left)
        colour_group = QPalette.ColorGroup.Active if selected else QPalette.ColorGroup.Disabled
        painter.setPen(option.palette.color(colour_group, text_role))
        painter.drawText(
            QRect(left, top + line_h + _PAD // 2, right - left, line_h),
            Qt.AlignmentFlag.AlignLeft,
            preview,
        )
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.9))
        painter.setFont(small)
        if not selected:
            painter.setPen(TIER_COLOURS[row.tier].darker(130))
        line = QFontMetrics(small).elidedText(
            summary(row, self._tz), Qt.TextElideMode.ElideRight, right - left
        )
        painter.drawText(
            QRect(left, top + 2 * (line_h + _PAD // 2), right - left, line_h),
            Qt.AlignmentFlag.AlignLeft,
            line,
        )
        painter.restore()

    @staticmethod
    def _badge(
        painter: QPainter, font: QFont, x: int, top: int, height: int, text: str, colour: object
    ) -> int:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        width = QFontMetrics(small).horizontalAdvance(text) + _PAD
        box = QRect(x, top + 1, width, height - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)  # type: ignore[arg-type]
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(small)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return x + width + _PAD // 2
