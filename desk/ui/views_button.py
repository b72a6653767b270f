"""The views and groups as a button over the cards, where the window is too narrow for
the sidebar beside them: it says which is in view, and its menu lists them all, with
their counts, as the sidebar does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desk.store.inbox import View
from desk.ui.sidebar import Sidebar


def as_written(name: str) -> str:
    """A group's name for a button's or a menu's text, where Qt reads & as the mark of an
    Alt key: 党建&宣传群 read 党建宣传群, and Alt+宣 chose it."""
    return name.replace("&", "&&")


class ViewsButton(QToolButton):
    """Shows the sidebar's view in view; its menu, built as it opens, chooses another
    through the sidebar, so that choosing here is choosing there (its keys, its signal)."""

    def __init__(self, sidebar: Sidebar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sidebar = sidebar
        self.setObjectName("viewsButton")
        self.setAccessibleName(self.tr("Views and groups"))
        self.setToolTip(self.tr("Views and groups (the window is too narrow to list them)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self)
        menu.aboutToShow.connect(self._fill)
        self.setMenu(menu)
        # As the sidebar names it now: another chosen, or the one in view renamed,
        # muted, left or gone with its account (it kept the name it had when chosen).
        sidebar.currentItemChanged.connect(lambda _item, _before: self._name())
        sidebar.relisted.connect(self._name)
        self._name()

    def _name(self) -> None:
        self.setText(as_written(self._sidebar.current_name()))

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        # One of them is in view: marked as a choice of one, not as boxes to tick.
        one = QActionGroup(menu)
        for entry in self._sidebar.entries():
            if entry.view is None:
                menu.addSection(entry.name)
                continue
            # After a tab: drawn on the right, where the sidebar has its counts.
            name = as_written(entry.name)
            text = f"{name}\t{entry.count}" if entry.count else name
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(entry.current)
            one.addAction(action)
            action.triggered.connect(lambda _checked=False, view=entry.view: self._choose(view))

    def _choose(self, view: View) -> None:
        self._sidebar.select(view)
        self._name()
