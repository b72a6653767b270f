"""Menu items drawn whole at every text size, in every menu of the application.

Fusion sizes a menu item with a fixed column for its check mark, but draws it with one a
fraction of the item's height wide: the larger the text, the more the text is squeezed,
and Qt elides what no longer fits. At 175 % the desk menu's 更改本机数据密码(P)… read
更改本机数…(P)… (a tester); at 200 % the items lacked 15 px."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

# Of an item's height, what its width gains: half covers what Fusion draws beyond what it
# measured up to 200 % (measured: 10 px of a 32 px item at 175 %, 15 of 37 at 200 %).
_WIDER_BY_HEIGHT = 0.5


class _WholeItems(QProxyStyle):
    """The application's style, its menu items measured wider (see the module)."""

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)
        if kind is QStyle.ContentsType.CT_MenuItem and found.isValid():
            found.setWidth(found.width() + round(found.height() * _WIDER_BY_HEIGHT))
        return found


def install(app: QApplication) -> None:
    """Has every menu of `app` measure its items so that none is elided: desk's own and
    Qt's (a text box's context menu), and any menu added later."""
    if isinstance(app.style(), _WholeItems):
        return  # a second start in the same process (the tests' application)
    app.setStyle(_WholeItems(app.style().name()))
