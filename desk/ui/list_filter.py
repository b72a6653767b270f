"""Narrowing a long list of names as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QListWidget


def filter_items(widget: QListWidget, needle: str) -> None:
    """Shows only the items whose text holds `needle` (ticked ones stay ticked)."""
    needle = needle.strip().casefold()
    for i in range(widget.count()):
        item = widget.item(i)
        item.setHidden(bool(needle) and needle not in item.text().casefold())


def filter_box(widget: QListWidget, name: str, placeholder: str) -> QLineEdit:
    """A search line that narrows `widget` to the names holding what is typed."""
    box = QLineEdit()
    box.setObjectName(f"{name}_filter")
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(lambda needle: filter_items(widget, needle))
    return box
