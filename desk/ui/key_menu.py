"""A menu that writes a letter pressed alone as it is typed, j, as the keyboard shortcuts
list (F1) and the README write it: Qt writes J, which beside Shift+C reads as if it too took
Shift (a tester read the Go menu's J and K against F1's j and k)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem

from desk.ui.key_text import key_text


class KeyMenu(QMenu):
    """A QMenu whose items show their shortcut as `key_text` writes it. Only what is drawn
    changes: the actions' text and shortcuts stay as they are, and so does what a screen
    reader is told."""

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        name, tab, key = option.text.partition("\t")
        shortcut = action.shortcut()
        # Qt puts the shortcut after a tab; a text with a tab of its own is left alone.
        if tab and key == shortcut.toString(QKeySequence.SequenceFormat.NativeText):
            option.text = f"{name}\t{key_text(shortcut)}"
