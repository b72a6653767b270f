"""The group a composer writes to (a DING, a new message): a drop-down of the groups in
pinyin order that is also a search box, as Go → Go to group… is.

Typing narrows the list under it to the groups whose name holds every word typed, in
either script (指揮 finds 指挥), or their pinyin initials (fx finds 防汛); Enter, or a
click, takes one. Only a name the box shows whole is a choice: a group half typed over
is none (`chosen` says None), never the group chosen before the typing began, which the
box no longer names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from desk.core.pinyin_initials import holds_initials
from desk.core.simplified import simplified
from desk.sync.dings import GroupChoice
from desk.ui.name_order import by_pinyin

_GROUP_ROW = Qt.ItemDataRole.UserRole + 1


def found_by(name: str, typed: str) -> bool:
    """Whether the group `name` is one `typed` looks for (see the module's docstring)."""
    folded = simplified(name.casefold())
    words = simplified(typed.casefold()).split()
    return all(word in folded or holds_initials(folded, word) for word in words)


class _Found(QSortFilterProxyModel):
    """The groups the typing finds."""

    def __init__(self, picker: GroupPicker) -> None:
        super().__init__(picker)
        self.typed = ""

    def look_for(self, typed: str) -> None:
        self.beginFilterChange()
        self.typed = typed
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return found_by(str(index.data()), self.typed)


class _PickerLine(QLineEdit):
    """Keeps Enter to itself: it takes the first group found. Passed on, it pressed the
    dialog's default button (Send) from what is a search box."""

    def __init__(self, picker: GroupPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._picker.take_first_found()
            event.accept()
            return
        super().keyPressEvent(event)


class GroupPicker(QComboBox):
    """The groups `groups`, by pinyin; none chosen at first (see `choose`).

    Signals: taken() when Enter took a group (the composer moves on to its text)."""

    taken = Signal()

    def __init__(
        self, groups: Sequence[GroupChoice], placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self._line = _PickerLine(self)
        self.setLineEdit(self._line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in by_pinyin(groups, lambda group: group.name):
            self.addItem(choice.name, (choice.account_id, choice.remote_id))
            self.setItemData(self.count() - 1, choice.id, _GROUP_ROW)
        self.setPlaceholderText(placeholder)
        self._line.setPlaceholderText(placeholder)
        # A screen reader names an edit box by this, not by its placeholder or the
        # combo box's label.
        self._line.setAccessibleName(placeholder.rstrip("…."))
        self._found = _Found(self)
        self._found.setSourceModel(self.model())
        self._completer = QCompleter(self._found, self)
        # The list is narrowed by `_Found` (pinyin initials, either script), not by
        # the completer's own prefix matching, which knows neither.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._line.textEdited.connect(self._typed)
        self._line.editingFinished.connect(self._settle)
        self.setCurrentIndex(-1)

    def _typed(self, typed: str) -> None:
        self._found.look_for(typed)
        exact = self.findText(typed.strip(), Qt.MatchFlag.MatchExactly)
        if exact >= 0:
            self.setCurrentIndex(exact)
        if typed.strip() and self._found.rowCount():
            self._completer.complete()
        else:
            self._hide_found()

    def _hide_found(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _found_rows(self) -> list[int]:
        return [
            self._found.mapToSource(self._found.index(row, 0)).row()
            for row in range(self._found.rowCount())
        ]

    def take_first_found(self) -> None:
        """Enter: the group typed, else the first found, as Go to group… opens it."""
        popup = self._completer.popup()
        shown = popup is not None and popup.isVisible()
        current = popup.currentIndex() if popup is not None and shown else QModelIndex()
        self._hide_found()
        if current.isValid():
            self.setCurrentIndex(self._found.mapToSource(current).row())
        elif self.chosen() is None:
            rows = self._found_rows() if self.currentText().strip() else []
            if rows:
                self.setCurrentIndex(rows[0])
        if self.chosen() is not None:
            self.taken.emit()

    def _settle(self) -> None:
        """Leaving the box: a name typed whole, or the only group found, is chosen."""
        if self.chosen() is not None or not self.currentText().strip():
            return
        rows = self._found_rows()
        if len(rows) == 1:
            self.setCurrentIndex(rows[0])

    def chosen(self) -> tuple[int, str] | None:
        """(account id, the group's server id) of the group the box names; None when it
        names none (nothing chosen yet, or a name half typed)."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            return None
        data = self.itemData(index)
        return (int(data[0]), str(data[1])) if data is not None else None

    def chosen_row(self) -> int | None:
        """The row of the group chosen (as a group view names it), None if none is."""
        if self.chosen() is None:
            return None
        value = self.currentData(_GROUP_ROW)
        return value if isinstance(value, int) else None

    def choose(self, group_id: int | None) -> bool:
        """Chooses this group; False, and no change, if it is not among them (None, or a
        group the user left)."""
        if group_id is None:
            return False
        for index in range(self.count()):
            if self.itemData(index, _GROUP_ROW) == group_id:
                self.setCurrentIndex(index)
                return True
        return False
