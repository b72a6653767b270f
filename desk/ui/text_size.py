"""The window's text size: the application's font set to a percentage of the platform's
own, so that every widget, the cards' delegate and every dialog follow it at once."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desk.core.text_size import NORMAL, scaled

# The platform's font as desk found it, before it set any size of its own: each size is
# taken from it, not from the last (rounding would creep), and a window started again
# (desk.app.gui) finds it here, not the size the last one set.
_platform: QFont | None = None


def platform_font() -> QFont:
    global _platform
    if _platform is None:
        _platform = QFont(QApplication.font())
    return QFont(_platform)


def apply(percent: int) -> None:
    """Makes `percent` of the platform's size the font of the whole application."""
    font = platform_font()
    if percent != NORMAL:
        if font.pointSizeF() > 0:
            font.setPointSizeF(scaled(font.pointSizeF(), percent))
        else:  # a platform font given in pixels
            font.setPixelSize(round(scaled(font.pixelSize(), percent)))
    if font != QApplication.font():
        # Widgets without a font of their own, and those that set only a weight (bold),
        # follow; the style's per-class fonts (menus, tooltips) are reset to it.
        QApplication.setFont(font)


def enlarged() -> float:
    """How many times the platform's size the application's text is now: 1.5 at 150 %.
    A platform font given in pixels has no point size (-1), and -1 / -1 said 1."""
    now, platform = QApplication.font(), platform_font()
    if platform.pointSizeF() > 0 and now.pointSizeF() > 0:
        return now.pointSizeF() / platform.pointSizeF()
    if platform.pixelSize() > 0 and now.pixelSize() > 0:
        return now.pixelSize() / platform.pixelSize()
    return 1.0


def restore() -> None:
    """The platform's own size again (desk's window closed: tests, or a start again)."""
    apply(NORMAL)
