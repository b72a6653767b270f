"""A muted group says so in the sidebar, from start-up and after the settings change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.policy import parse_policy
from desk.store.inbox import InboxQueries
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.seed import sync_demo


def _group_item(app: DeskApp, name: str) -> QTreeWidgetItem:
    groups = app.window.sidebar.topLevelItem(1)
    (item,) = [
        groups.child(i)
        for i in range(groups.childCount())
        if groups.child(i).text(0).endswith(name)
    ]
    return item


def test_a_muted_group_is_greyed_and_named_so(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    muted, other = InboxQueries(store.sessions).group_counts()[:2]
    settings = SettingsStore(store.sessions, parse_policy(""))
    settings.set("notify.groups", {muted.remote_id: {"mode": "mute", "throttle_minutes": 0}})
    app = DeskApp(store, settings, clock, SHANGHAI, scheduler=paused_scheduler())
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.window.sidebar.topLevelItem(1).childCount() > 1)
        shown = _group_item(app, muted.name)
        assert shown.text(0) == f"(muted) {muted.name}"
        assert "muted" in shown.toolTip(0)
        normal = app.window.sidebar.palette().text().color()
        assert shown.foreground(0).color() != normal
        assert _group_item(app, other.name).text(0) == other.name

        # Unmuted in the settings dialog: the name comes back as it was.
        settings.set("notify.groups", {})
        app._settings_saved()
        shown = _group_item(app, muted.name)
        assert shown.text(0) == muted.name
        assert shown.toolTip(0) == muted.name
        assert shown.data(0, Qt.ItemDataRole.ForegroundRole) is None
    finally:
        app.stop()


def test_a_muted_group_is_marked_before_the_services_start(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # From a tester: with the services after the first paint, the muted group showed
    # unmarked for its first moment.
    sync_demo(store, clock)
    (muted,) = InboxQueries(store.sessions).group_counts()[:1]
    settings = SettingsStore(store.sessions, parse_policy(""))
    settings.set("notify.groups", {muted.remote_id: {"mode": "mute", "throttle_minutes": 0}})
    app = DeskApp(
        store,
        settings,
        clock,
        SHANGHAI,
        scheduler=paused_scheduler(),
        services_after_paint=True,
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    try:
        qtbot.waitUntil(lambda: app.window.sidebar.topLevelItem(1).childCount() > 1)
        assert not app.services_started
        assert _group_item(app, muted.name).text(0) == f"(muted) {muted.name}"
    finally:
        app.stop()
