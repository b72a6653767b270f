"""The first days' guide's button opens the settings where quiet hours are set."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import SHANGHAI, paused_scheduler


def test_set_quiet_hours_opens_the_settings_at_the_quiet_hours_tab(
    qtbot: QtBot, store: Store
) -> None:
    app = DeskApp(
        store,
        SettingsStore(store.sessions),
        ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        guide = app.window.guide
        assert guide.isVisible()
        qtbot.mouseClick(guide.quiet_button, Qt.MouseButton.LeftButton)
        (dialog,) = app.window.findChildren(SettingsDialog)
        assert dialog.isVisible()
        assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Quiet hours"
        assert dialog.tabs.currentWidget().isAncestorOf(dialog.grid)
        dialog.reject()
    finally:
        app.stop()
