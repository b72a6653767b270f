"""A new account with only group invites: the empty list says what brings its messages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.store import tables
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.status import SyncState, SyncStatus
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI, paused_scheduler


def test_with_only_invites_the_empty_list_points_to_them(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # IT tester, a new Synapse account invited to two groups: the list said 这里没有消息。
    # with nothing of the 2 个群邀请 link at the bottom.
    with store.transaction() as session:
        account_id = session.execute(
            tables.accounts.insert().values(
                kind="matrix", label="@hantao:s", config={"user_id": "@hantao:s"}, created_ms=0
            )
        ).inserted_primary_key[0]
        for room in ("!a:s", "!b:s"):
            session.execute(
                tables.invites.insert().values(
                    account_id=account_id, remote_id=room, name=room, seen_ms=0
                )
            )
    app = DeskApp(
        store,
        SettingsStore(store.sessions),
        clock,
        SHANGHAI,
        scheduler=paused_scheduler(),
        has_tray=lambda: True,
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        window = app.window
        window.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
        qtbot.waitUntil(lambda: window.invites_label.isVisibleTo(window), timeout=5000)
        qtbot.waitUntil(
            lambda: window.list.empty_text().startswith("No messages yet: 2 group invite(s)"),
            timeout=5000,
        )
        assert "Group invites…" in window.list.empty_text()
    finally:
        app.stop()
