"""Narrowing a long list of names as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget

from desk.core.simplified import simplified


def filter_items(widget: QListWidget, needle: str) -> None:
    """Shows only the items whose text holds `needle`, in either script (區 finds 区应急局:
    a tester's traditional input method found no one), and every ticked one: who is
    chosen stays in sight."""
    needle = simplified(needle.strip().casefold())
    for i in range(widget.count()):
        item = widget.item(i)
        ticked = item.checkState() is Qt.CheckState.Checked
        held = needle in simplified(item.text().casefold())
        item.setHidden(bool(needle) and not ticked and not held)


class _FilterLine(QLineEdit):
    """Keeps Enter to itself: passed on, it pressed the dialog's default button (and sent a
    DING to a whole group) from what is a search box."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def filter_box(widget: QListWidget, name: str, placeholder: str, list_title: str = "") -> QLineEdit:
    """A search line that narrows `widget` (titled `list_title`, if the placeholder does
    not say which list) to the names holding what is typed."""
    box = _FilterLine()
    box.setObjectName(f"{name}_filter")
    box.setPlaceholderText(placeholder)
    # A screen reader names an edit box by this, not by its placeholder.
    box.setAccessibleName(f"{placeholder} {list_title}".strip())
    box.setClearButtonEnabled(True)
    box.textChanged.connect(lambda needle: filter_items(widget, needle))
    return box
