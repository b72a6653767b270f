"""Lists of names to tick, where a click anywhere on a row ticks it, not only on its box."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class _KeysOnlyTicks(QStyledItemDelegate):
    """Leaves the mouse to the list (which ticks on a click anywhere on the row): a click
    on the box itself would otherwise tick it twice, once here and once there. Space
    still ticks the current row, as the delegate does it."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() in _MOUSE:
            return False
        return super().editorEvent(event, model, option, index)


def tick_on_click(widget: QListWidget) -> None:
    """A click on a name ticks or unticks it: people clicked the name, saw the row
    selected, and took it for chosen (only the small box ticked)."""
    widget.setItemDelegate(_KeysOnlyTicks(widget))
    widget.clicked.connect(lambda index: _toggle(widget, index))


def _toggle(widget: QListWidget, index: QModelIndex) -> None:
    item = widget.itemFromIndex(index)
    if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
        return
    ticked = item.checkState() is Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
