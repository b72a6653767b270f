"""The status bar says when quiet hours cannot know next year's holidays, until IT supplies them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.policy import parse_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui import i18n
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI, paused_scheduler

# Years no calendar package can know yet, whatever its version.
LATE_2035 = datetime(2035, 12, 1, 10, 0, tzinfo=SHANGHAI)
EARLY_2035 = datetime(2035, 3, 1, 10, 0, tzinfo=SHANGHAI)
TABLES = """
[calendar.tables.2035]
holidays = { "2035-01-01" = "元旦" }
[calendar.tables.2036]
holidays = { "2036-01-01" = "元旦" }
"""


def _started(qtbot: QtBot, store: Store, when: datetime, policy: str = "") -> DeskApp:
    app = DeskApp(
        store,
        SettingsStore(store.sessions, parse_policy(policy)),
        ManualClock(when),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    return app


def test_a_missing_calendar_is_named_in_the_status_bar(qtbot: QtBot, store: Store) -> None:
    app = _started(qtbot, store, LATE_2035)
    try:
        warning = app.window.calendar_warning
        assert warning.isVisible()
        assert warning.text().startswith("No official holiday calendar for 2035, 2036 · ")
        assert "Settings" in warning.toolTip()
        # From a new user: clicking it did nothing. Its link opens the settings.
        opened: list[bool] = []
        app.window.settingsRequested.connect(lambda: opened.append(True))
        warning.linkActivated.emit("days")
        assert opened == [True]
    finally:
        app.stop()


def test_a_policy_with_the_tables_silences_it(qtbot: QtBot, store: Store) -> None:
    app = _started(qtbot, store, LATE_2035, TABLES)
    try:
        assert not app.window.calendar_warning.isVisible()
    finally:
        app.stop()


def test_next_year_is_not_mentioned_months_ahead(qtbot: QtBot, store: Store) -> None:
    app = _started(qtbot, store, EARLY_2035, TABLES.split("[calendar.tables.2036]")[0])
    try:
        assert not app.window.calendar_warning.isVisible(), "2036 is ten months away"
    finally:
        app.stop()


def test_the_years_are_listed_as_chinese_lists_them(qtbot: QtBot, store: Store) -> None:
    # From a tester: "尚未获得 2027, 2028 年…", an ASCII comma in a Chinese sentence.
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None, "desk_zh_CN.qm missing: run `python3 dev.py test`"
    QCoreApplication.installTranslator(translator)
    app = _started(qtbot, store, LATE_2035)
    try:
        app.window.warn_calendar([2035, 2036])
        assert app.window.calendar_warning.text().startswith("缺少 2035、2036 年")
    finally:
        app.stop()
        QCoreApplication.removeTranslator(translator)
