"""The views button a folded sidebar leaves over the cards: it names what is in view."""

from __future__ import annotations

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
