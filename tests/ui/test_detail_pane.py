from dataclasses import replace
from datetime import datetime

from pytestqt.qtbot import QtBot

from desk.connectors.protocol import ENCRYPTED_PLACEHOLDER
from desk.core.messages import Role, Tier
from desk.store.inbox import GroupCount, InboxRow
from desk.ui.detail_pane import DetailPane
from desk.ui.sidebar import Sidebar
from tests.conftest import SHANGHAI


def _row(text: str) -> InboxRow:
    return InboxRow(
        id=1,
        remote_id="$e",
        group_id=1,
        group_remote_id="!r",
        group_name="镇工作群",
        sender_name="张三",
        sender_role=Role.MEMBER,
        ts=datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI),
        text=text,
        tier=Tier.INFO,
        score=0.0,
        reasons=(),
        cluster=None,
        deadline=None,
        read=False,
        done=False,
        ding=False,
        mentions_me=False,
    )


def test_an_encrypted_event_says_what_it_is(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI)
    qtbot.addWidget(pane)
    pane.show_row(_row(ENCRYPTED_PLACEHOLDER))
    assert "cannot read end-to-end encrypted rooms" in pane.toPlainText()
    pane.show_row(_row("请各村报送"))
    assert "请各村报送" in pane.toPlainText()


def test_an_encrypted_group_says_so_in_the_pane_and_the_sidebar(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI)
    qtbot.addWidget(pane)
    pane.show_row(replace(_row(ENCRYPTED_PLACEHOLDER), group_name="保密群", group_encrypted=True))
    assert "保密群 is end-to-end encrypted: desk cannot read its messages yet." in (
        pane.toPlainText()
    )
    pane.show_row(_row("请各村报送"))
    assert "encrypted" not in pane.toPlainText()

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({}, [GroupCount(7, "保密群", 1, encrypted=True), GroupCount(8, "工作群", 0)])
    groups = sidebar.topLevelItem(1)
    assert groups is not None
    tips = {groups.child(i).text(0): groups.child(i).toolTip(0) for i in range(2)}
    assert tips == {
        "保密群": "保密群 is end-to-end encrypted: desk cannot read its messages yet.",
        "工作群": "工作群",
    }
