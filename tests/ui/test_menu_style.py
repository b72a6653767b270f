"""Menu items drawn whole at the largest text size (desk.ui.menu_style)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desk.ui import text_size
from desk.ui.key_menu import KeyMenu


def _row(qtbot: QtBot, menu: QMenu, text: str, width: int = 0) -> QImage:
    """How the item `text` of a desk menu is drawn, `width` wide at least."""
    menu.addAction("设置(&S)…").setShortcut(QKeySequence("Ctrl+,"))
    item = menu.addAction(text)
    menu.addAction("退出 desk(&Q)").setShortcut(QKeySequence("Ctrl+Q"))
    menu.setMinimumWidth(width)
    qtbot.addWidget(menu)
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    return menu.grab(menu.actionGeometry(item)).toImage()


# The offscreen platform neither raises a popup nor grabs the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("percent", [100, 175])
# desk's own menus, and any other (Qt's own context menus, a menu added later): the style
# is the application's, set where desk makes its QApplication (and by the tests' qapp).
@pytest.mark.parametrize("kind", [KeyMenu, QMenu], ids=["desk menu", "any menu"])
def test_the_desk_menu_s_longest_item_is_drawn_whole_at_every_text_size(
    qtbot: QtBot, percent: int, kind: type[QMenu]
) -> None:
    # At 175 % (特大) the desk menu read 更改本机数…(P)…: Fusion measures a menu item with
    # a check column narrower than it draws, and elides what no longer fits.
    text_size.apply(percent)
    try:
        text = "更改本机数据密码(&P)…"
        drawn = _row(qtbot, kind(), text)
        # The same item with room to spare: never elided.
        roomy = _row(qtbot, kind(), text, width=drawn.width() + 300)
        assert drawn.width() < roomy.width()
        # Its text as drawn with room to spare; the item's last column is its edge.
        width, height = drawn.width() - 1, drawn.height()
        assert drawn.copy(0, 0, width, height) == roomy.copy(0, 0, width, height)
    finally:
        text_size.restore()
