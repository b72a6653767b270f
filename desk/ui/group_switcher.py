"""Go → Go to group… (Ctrl+G): a group found by typing a part of its name, or the first
letters of its pinyin (fx for 防汛), opened with Enter.

With 10 to 40 groups a side list is read by scrolling and arrowing through names that
share their town at the start and 工作群 at the end; a few characters of the name find it
at once, as a chat program's quick switcher does, and so do their initials, which is how
people search in WeChat.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.pinyin_initials import holds_initials
from desk.core.simplified import simplified

_GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_FOUND_BY = Qt.ItemDataRole.UserRole + 3
# The keys the filter box hands to the list: it moves among the groups found while the
# typing stays in the box.
_LIST_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """A group as the side list shows it: its id, its name, the name shown (a muted or
    left group says so) and its unread count."""

    group_id: int
    name: str
    shown: str
    unread: int


class GroupSwitcher(QDialog):
    """Signals: groupChosen(int group id) on Enter or a double click; the dialog closes."""

    groupChosen = Signal(int)

    def __init__(self, groups: Sequence[GroupEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupSwitcher")
        self.setWindowTitle(self.tr("Go to group"))
        self.filter = QLineEdit()
        self.filter.setObjectName("groupFilter")
        hint = self.tr("Type a part of the group's name or its pinyin initials, Enter opens it")
        self.filter.setPlaceholderText(hint)
        self.filter.setAccessibleName(hint)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("groupList")
        self.list.setAccessibleName(self.tr("Groups"))
        self.list.setUniformItemSizes(True)
        for group in groups:
            shown = group.shown
            if group.unread:
                shown = (
                    self.tr("%1 (%2 unread)").replace("%1", shown).replace("%2", str(group.unread))
                )
            item = QListWidgetItem(shown, self.list)
            item.setData(_GROUP_ROLE, group.group_id)
            item.setData(_NAME_ROLE, group.name)
            item.setData(_FOUND_BY, simplified(group.name.casefold()))
        # Said, not an empty list that looks as if it were still filling.
        self.none_found = QLabel()
        self.none_found.setObjectName("noGroupFound")
        self.none_found.setWordWrap(True)
        # Under the box, where the list's first group would be (centred, it stood alone
        # in the middle of the dialog).
        self.none_found.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.none_found.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.filter)
        column.addWidget(self.none_found)
        column.addWidget(self.list)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.resize(420, 460)
        self._narrow("")

    def shown(self) -> list[str]:
        """The names of the groups the list shows now (those found), in order."""
        return [
            str(self.list.item(i).data(_NAME_ROLE))
            for i in range(self.list.count())
            if not self.list.item(i).isHidden()
        ]

    def _narrow(self, typed: str) -> None:
        """Shows the groups whose name holds every word typed, in either script (指揮
        finds 指挥) or as pinyin initials (fx finds 防汛), and makes the first of them
        current: Enter opens it."""
        words = simplified(typed.casefold()).split()
        first: QListWidgetItem | None = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = str(item.data(_FOUND_BY))
            found = all(word in name or holds_initials(name, word) for word in words)
            item.setHidden(not found)
            if found and first is None:
                first = item
        self.list.setCurrentItem(first)
        if first is not None:
            self.list.scrollToItem(first)
        self.none_found.setVisible(first is None)
        self.list.setVisible(first is not None)
        if first is None:
            self.none_found.setText(
                self.tr("No group's name holds “%1”, nor has those pinyin initials.").replace(
                    "%1", typed.strip()
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _LIST_KEYS:
                # Moved by the list itself, which skips the groups hidden by the filter.
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or item.isHidden():
            return  # nothing found: the box stays open to be typed in again
        self.accept()
        self.groupChosen.emit(int(item.data(_GROUP_ROLE)))
