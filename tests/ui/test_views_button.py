"""The views button a folded sidebar leaves over the cards: it names what is in view."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desk.store.inbox import GroupCount, View, ViewKind
from desk.ui.sidebar import Sidebar
from desk.ui.views_button import ViewsButton


def test_the_button_names_the_group_in_view_as_the_sidebar_does_now(qtbot: QtBot) -> None:
    # A group muted (or renamed by its owner) while in view: the sidebar said
    # "(muted) 机关工会群", the button over the cards the name it had when chosen.
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    button = ViewsButton(sidebar)
    qtbot.addWidget(button)
    sidebar.set_counts({ViewKind.ALL: 3}, [GroupCount(1, "机关工会群", 3, remote_id="g1")])
    sidebar.select(View(ViewKind.GROUP, 1))
    assert button.text() == "机关工会群"
    sidebar.set_muted(frozenset({"g1"}))
    assert button.text() == sidebar.current_name() != "机关工会群"
    sidebar.set_counts({ViewKind.ALL: 3}, [GroupCount(1, "镇机关工会群", 3, remote_id="g1")])
    assert button.text() == sidebar.current_name()
    assert "镇机关工会群" in button.text()


def test_a_group_named_with_an_ampersand_keeps_it_and_takes_no_alt_key(qtbot: QtBot) -> None:
    # Qt reads & in a button's or a menu's text as the mark of an Alt key: 党建&宣传群
    # read 党建宣传群 with 宣 underlined, and Alt+宣 opened the menu.
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    button = ViewsButton(sidebar)
    qtbot.addWidget(button)
    sidebar.set_counts({ViewKind.ALL: 3}, [GroupCount(1, "党建&宣传群", 3, remote_id="g1")])
    sidebar.select(View(ViewKind.GROUP, 1))
    assert QKeySequence.mnemonic(button.text()).isEmpty()
    assert button.text().replace("&&", "&") == "党建&宣传群"
    menu = button.menu()
    menu.aboutToShow.emit()
    (group,) = [a for a in menu.actions() if a.text().startswith("党建")]
    assert QKeySequence.mnemonic(group.text()).isEmpty()
    assert group.text().partition("\t")[0].replace("&&", "&") == "党建&宣传群"
    group.trigger()
    assert button.text().replace("&&", "&") == "党建&宣传群"
