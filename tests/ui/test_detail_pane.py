from datetime import datetime

from pytestqt.qtbot import QtBot

from desk.connectors.protocol import ENCRYPTED_PLACEHOLDER
from desk.core.messages import Role, Tier
from desk.store.inbox import InboxRow
from desk.ui.detail_pane import DetailPane
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
