"""The DING menu opens the composer (Ctrl+D) and the roster; a sent DING shows up there."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.core import settings
from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.models import Group
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.ui.detail_pane import ROSTER_LINK
from desk.ui.ding_dialogs import DingDialogs
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import SHANGHAI
from tests.helpers.demo_desk import DemoAccount


@pytest.fixture
def window(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> Iterator[tuple[MainWindow, DingDialogs, DemoAccount]]:
    demo = DemoAccount(store, clock)
    demo.round()
    ops = StoreOps()
    main = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(main, before_close_func=MainWindow.allow_close)
    sent: list[None] = []
    dialogs = DingDialogs(
        DingOutbox(store, clock),
        ops,
        SHANGHAI,
        main,
        lambda: sent.append(None),
        # As desk.app.gui wires them.
        group_in_view=lambda: main.model.view.group_id,
    )
    main.dingComposeRequested.connect(dialogs.open_composer)
    main.dingRosterRequested.connect(dialogs.open_roster)
    main.show()
    qtbot.waitExposed(main)
    yield main, dialogs, demo
    if hasattr(main, "allow_close"):
        main.allow_close()
    ops.shutdown()
    demo.close()


def test_ctrl_d_composes_and_the_roster_lists_the_ding(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot
) -> None:
    main, dialogs, demo = window
    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    composer = dialogs.composer
    assert composer is not None and composer.isVisible()
    composer.group.setCurrentIndex(0)
    composer.text.insertPlainText("紧急：全体人员十分钟内到镇政府集合")
    with qtbot.waitSignal(composer.sent, timeout=5000):
        composer.send_button.click()
    assert "DING queued" in main.statusBar().currentMessage()
    demo.round()
    main.sent_dings_action.trigger()
    roster = dialogs.roster
    assert roster is not None and roster.isVisible()
    assert roster.list.count() == 1
    assert roster.summary.text().startswith("0 of ")


def test_in_all_the_composer_asks_for_a_group_until_a_ding_went_out(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot
) -> None:
    # It took the selected card's group: reading a district notice in All, Ctrl+D and a
    # few words rang the district's leaders where the user meant their villages (tester).
    main, dialogs, _demo = window
    assert main.model.view.group_id is None, "in All, no group is in view"
    qtbot.waitUntil(lambda: main.model.rowCount() > 3)
    rows = [main.model.inbox_row(i) for i in range(main.model.rowCount())]
    main.list.setCurrentIndex(main.model.index(3, 0))
    main.dingComposeRequested.emit()
    composer = dialogs.composer
    assert composer is not None and composer.chosen_group() is None
    assert composer.group.currentText() == "" and composer.send_button.text() == "Send DING"
    composer.text.insertPlainText("紧急：十分钟内到村委会")
    composer.send_button.click()
    assert composer.error.text() == "Choose a group." and composer.isVisible()
    composer.group.setCurrentIndex(composer.group.findText("桐坪镇防汛应急指挥群"))
    chosen = composer.chosen_group()
    assert chosen is not None
    with qtbot.waitSignal(composer.sent, timeout=5000):
        composer.send_button.click()
    qtbot.waitUntil(lambda: dialogs.composer is None or not dialogs.composer.isVisible())
    # Another card selected now: the next DING starts where the last one went.
    other = next(i for i, r in enumerate(rows) if r is not None and r.group_id != chosen)
    main.list.setCurrentIndex(main.model.index(other, 0))
    main.dingComposeRequested.emit()
    again = dialogs.composer
    assert again is not None and again.chosen_group() == chosen


def _sidebar_groups(main: MainWindow, qtbot: QtBot) -> list[QTreeWidgetItem]:
    groups = main.sidebar.topLevelItem(1)
    qtbot.waitUntil(lambda: groups.childCount() > 3)
    return [groups.child(i) for i in range(groups.childCount())]


def _click(main: MainWindow, qtbot: QtBot, item: QTreeWidgetItem) -> None:
    """Views a group as a person does: a click on its name in the sidebar."""
    at = main.sidebar.visualItemRect(item).center()
    qtbot.mouseClick(main.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=at)


def _ctrl_d(main: MainWindow, qtbot: QtBot) -> None:
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    qtbot.keyClick(main, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def _ding_group(
    main: MainWindow, dialogs: DingDialogs, qtbot: QtBot, item: QTreeWidgetItem, text: str
) -> None:
    """Sends a DING to everyone in a group as a person does: its view, Ctrl+D, the words."""
    _click(main, qtbot, item)
    _ctrl_d(main, qtbot)
    composer = dialogs.composer
    assert composer is not None
    composer.text.insertPlainText(text)
    with qtbot.waitSignal(composer.sent, timeout=5000):
        composer.send_button.click()


def test_ctrl_d_starts_on_the_group_in_view_also_while_the_composer_is_open(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot
) -> None:
    main, dialogs, _demo = window
    groups = _sidebar_groups(main, qtbot)
    first, second = groups[2], groups[5]
    _click(main, qtbot, first)
    _ctrl_d(main, qtbot)
    composer = dialogs.composer
    assert composer is not None and composer.group.currentText() == first.text(0)
    # Left open, empty, while the user goes on to another group and presses Ctrl+D there.
    _click(main, qtbot, second)
    _ctrl_d(main, qtbot)
    assert dialogs.composer is composer and composer.group.currentText() == second.text(0)
    # A draft already written stays on the group it was written for.
    composer.text.insertPlainText("紧急：十分钟内到村委会")
    _click(main, qtbot, first)
    _ctrl_d(main, qtbot)
    assert composer.group.currentText() == second.text(0)


def test_a_group_the_user_left_in_view_starts_where_the_last_ding_went(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot, store: Store
) -> None:
    main, dialogs, _demo = window
    groups = _sidebar_groups(main, qtbot)
    sent_to, left = groups[4], groups[1]
    _ding_group(main, dialogs, qtbot, sent_to, "紧急：十分钟内到村委会")
    qtbot.waitUntil(lambda: dialogs.composer is None or not dialogs.composer.isVisible())
    with store.sessions() as session, session.begin():
        group = session.scalars(select(Group).where(Group.name == left.text(0))).one()
        group.left_ms = 1
    _click(main, qtbot, left)
    _ctrl_d(main, qtbot)
    again = dialogs.composer
    assert again is not None and again.group.currentText() == sent_to.text(0)


def test_groups_are_listed_in_one_order_in_the_sidebar_settings_and_composer(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot, store: Store
) -> None:
    main, dialogs, _demo = window
    in_sidebar = [item.text(0) for item in _sidebar_groups(main, qtbot)]
    _ctrl_d(main, qtbot)
    composer = dialogs.composer
    assert composer is not None
    in_composer = [composer.group.itemText(i) for i in range(composer.group.count())]
    values = {s.name: s.default for s in settings.DECLARED}
    groups, people = InboxQueries(store.sessions).directory()
    dialog = SettingsDialog(values, groups, people, [])
    qtbot.addWidget(dialog)
    table = dialog.group_table
    in_rules = [table.item(r, 0).text() for r in range(table.rowCount())]
    ticks = dialog.breakthrough_groups
    in_break_through = [ticks.item(i).text() for i in range(ticks.count())]
    assert in_composer == in_rules == in_break_through == in_sidebar


def test_the_ding_the_user_sent_counts_its_confirmations_in_the_inbox_and_opens_the_roster(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot, clock: ManualClock
) -> None:
    # From a tester: their own DING came back from sync as a plain information card.
    main, dialogs, demo = window
    main.detail.sentDingRequested.connect(dialogs.open_roster)  # as desk.app.gui wires it
    _ding_group(
        main, dialogs, qtbot, _sidebar_groups(main, qtbot)[2], "紧急：今晚8点前各村上报转移人数"
    )

    def sync(after: timedelta) -> InboxRow:
        """Time passes, the worker syncs, and the app relays its ingest signal."""
        clock.advance(after)
        for result in demo.round():
            main.on_ingested(result)
        qtbot.waitUntil(main.idle)
        rows = [main.model.inbox_row(i) for i in range(main.model.rowCount())]
        (mine,) = [r for r in rows if r is not None and r.sent_ding is not None]
        return mine

    mine = sync(timedelta(0))
    roster = mine.sent_roster
    assert roster is not None and not roster.confirmed and len(roster.unconfirmed) > 1
    everyone = roster.expected
    assert mine.tier is Tier.INFO and not mine.pinned and not mine.ding
    delegate = InboxDelegate(SHANGHAI, clock)
    line = delegate._card(mine, 560, QFont()).summary.text()
    assert line == f"DING sent by you: 0/{everyone} confirmed, {everyone} not yet"
    main.list.setCurrentIndex(main.model.index(main.model.row_of(mine.id) or 0, 0))
    assert f"Not yet confirmed ({everyone})" in main.detail.toPlainText()

    # The demo's colleagues confirm over the next minutes; the card and the pane follow.
    mine = sync(timedelta(minutes=10))
    roster = mine.sent_roster
    assert roster is not None and 0 < len(roster.confirmed) < everyone
    shown = f"{len(roster.confirmed)}/{everyone} confirmed"
    assert shown in delegate._card(mine, 560, QFont()).summary.text()
    assert main.detail.toPlainText().count(shown) == 1
    assert f"Confirmed ({len(roster.confirmed)}): " in main.detail.toPlainText()

    main.detail.anchorClicked.emit(QUrl(ROSTER_LINK))
    assert dialogs.roster is not None and dialogs.roster.isVisible()
    current = dialogs.roster.list.currentItem()
    assert current is not None and current.text().startswith("紧急：今晚8点前各村上报转移人数")
    assert dialogs.roster.summary.text() == f"{len(roster.confirmed)} of {everyone} confirmed"


def test_the_first_key_typed_after_ctrl_d_goes_into_the_ding(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot
) -> None:
    # As after Ctrl+N (a tester's "qing ge cun" became "ing ge cun"): typed before the
    # window manager has made the composer active, the keys still reach the inbox.
    main, dialogs, _demo = window
    _click(main, qtbot, _sidebar_groups(main, qtbot)[2])
    qtbot.waitUntil(lambda: main.model.view.group_id is not None)
    qtbot.waitUntil(lambda: main.model.rowCount() > 0)
    main.list.setCurrentIndex(main.model.index(0, 0))
    rows = main.model.rowCount()
    _ctrl_d(main, qtbot)
    composer = dialogs.composer
    assert composer is not None and composer.focusWidget() is composer.text
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is main
    qtbot.keyClicks(focused, "qing ge cun")
    assert composer.text.toPlainText() == "qing ge cun"
    assert main.model.rowCount() == rows, "no key reached the inbox"
