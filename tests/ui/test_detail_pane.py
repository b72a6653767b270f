from dataclasses import replace
from datetime import datetime

from pytestqt.qtbot import QtBot

from desk.connectors.protocol import ENCRYPTED_PLACEHOLDER
from desk.core.messages import Role, Tier
from desk.store.inbox import GroupCount, InboxRow, NoticeCopy
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


def test_a_card_shows_what_a_copy_adds_and_its_own_due_time(qtbot: QtBot) -> None:
    copy = NoticeCopy(
        id=2,
        group_name="桐坪镇村（社区）联络群",
        sender_name="贺春梅",
        ts=datetime(2026, 11, 23, 9, 15, tzinfo=SHANGHAI),
        added=("请各村（社区）于1小时内完成危险区域人员再排查，结果报镇应急办。",),
        deadline=datetime(2026, 11, 23, 10, 15, tzinfo=SHANGHAI),
    )
    pane = DetailPane(SHANGHAI, copies_of=lambda card: [copy] if card == 1 else [])
    qtbot.addWidget(pane)
    card = replace(
        _row("【云岫区气象台】暴雨橙色预警信号"), cluster="$e", also_in=(copy.group_name,)
    )
    pane.show_row(card)
    shown = pane.toPlainText()
    assert "桐坪镇村（社区）联络群 · 贺春梅 · 11-23 09:15 adds:" in shown
    assert "请各村（社区）于1小时内完成危险区域人员再排查" in shown
    assert "Due: 2026-11-23 10:15" in shown
    # A copy that only repeats the card, due when it is, shows nothing more.
    repeat = replace(copy, added=())
    plain = DetailPane(SHANGHAI, copies_of=lambda _card: [repeat])
    qtbot.addWidget(plain)
    plain.show_row(replace(card, deadline=copy.deadline))
    assert "adds:" not in plain.toPlainText()
