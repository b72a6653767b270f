"""The status bar says when quiet hours cannot know next year's holidays, until IT supplies them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.app.settings_flow import unknown_years_ahead
from desk.core import settings
from desk.core.clock import ManualClock
from desk.core.policy import parse_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui import i18n
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import SettingsDialog
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
        assert warning.text().startswith("No official holiday schedule(s) for 2035, 2036 · ")
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


def test_the_settings_and_the_status_bar_name_the_same_years(qtbot: QtBot, store: Store) -> None:
    # From a tester: on 4 January the settings named 2027 and 2028, the status bar 2027;
    # next year's table comes out in the autumn.
    app = _started(qtbot, store, datetime(2035, 1, 4, 9, 0, tzinfo=SHANGHAI))
    try:
        assert app.window.calendar_warning.text().startswith(
            "No official holiday schedule(s) for 2035 · "
        )
        values = SettingsStore(store.sessions).all()
        assert unknown_years_ahead(values, app._clock.now()) == [2035]
    finally:
        app.stop()


def test_english_says_one_schedule_or_two(qtbot: QtBot, store: Store) -> None:
    # From a tester: "calendar for 2027, 2028 is not available… that year's table".
    translator = i18n.load_desk_translator("en")
    assert translator is not None, "desk_en.qm missing: run `python3 dev.py test`"
    QCoreApplication.installTranslator(translator)
    app = _started(qtbot, store, LATE_2035)
    try:
        assert app.window.calendar_warning.text().startswith(
            "No official holiday schedules for 2035, 2036 · "
        )
        assert app.window.calendar_warning.toolTip().endswith("includes the official schedules.")
        app.window.warn_calendar([2035])
        assert app.window.calendar_warning.text().startswith(
            "No official holiday schedule for 2035 · "
        )
        values = {s.name: s.default for s in settings.DECLARED}
        dialog = SettingsDialog(values, [], [], [2035])
        qtbot.addWidget(dialog)
        said = dialog.calendar_warning.text()
        assert said.startswith("desk does not have the official holiday schedule for 2035 yet")
        assert said.endswith("a policy that includes the schedule.")
    finally:
        app.stop()
        QCoreApplication.removeTranslator(translator)
