"""The mark on what the demo workspace's invented messages say where they alert: the DING
banner and the pop-ups. Its DINGs read as real orders (暴雨橙色预警…全体机关干部即刻取消休假)
and rang on officials' PCs with nothing to tell them apart (IT staff)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.core.placeholders import fill


def demo_marked(text: str) -> str:
    """`text` (a banner's line, a pop-up's title) marked as the demo's: 【演示】 in Chinese."""
    return fill(QCoreApplication.translate("Demo", "[Demo] %1"), text)
