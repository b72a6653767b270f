"""The DING menu opens the composer (Ctrl+D) and the roster; a sent DING shows up there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.ui.ding_dialogs import DingDialogs
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
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
        group_selected=main.selected_group,
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


def test_the_composer_starts_on_the_selected_cards_group_until_a_ding_went_out(
    window: tuple[MainWindow, DingDialogs, DemoAccount], qtbot: QtBot
) -> None:
    main, dialogs, _demo = window
    assert main.model.view.group_id is None, "in All, no group is in view"
    qtbot.waitUntil(lambda: main.model.rowCount() > 3)
    rows = [main.model.inbox_row(i) for i in range(main.model.rowCount())]
    first = rows[3]
    assert first is not None
    other = next(r for r in rows if r is not None and r.group_id != first.group_id)
    main.list.setCurrentIndex(main.model.index(3, 0))
    main.dingComposeRequested.emit()
    composer = dialogs.composer
    assert composer is not None and composer.chosen_group() == first.group_id
    composer.text.insertPlainText("紧急：十分钟内到村委会")
    with qtbot.waitSignal(composer.sent, timeout=5000):
        composer.send_button.click()
    qtbot.waitUntil(lambda: dialogs.composer is None or not dialogs.composer.isVisible())
    # Another card selected now: the next DING starts where the last one went.
    main.list.setCurrentIndex(main.model.index(rows.index(other), 0))
    main.dingComposeRequested.emit()
    again = dialogs.composer
    assert again is not None and again.chosen_group() == first.group_id
