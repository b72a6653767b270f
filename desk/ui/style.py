"""Colours and sizes shared by the list, the detail pane and the sidebar."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desk.core.messages import Role, Tier

TIER_COLOURS = {
    Tier.URGENT: QColor("#d93025"),
    Tier.ACTION: QColor("#e8710a"),
    Tier.INFO: QColor("#1a73e8"),
    Tier.NOISE: QColor("#9aa0a6"),
}
ROLE_COLOURS = {
    Role.OWNER: QColor("#b06000"),
    Role.ADMIN: QColor("#188038"),
    Role.MEMBER: QColor("#80868b"),
}
DING_COLOUR = QColor("#d93025")
