"""Text size: Ctrl++ / Ctrl+- / Ctrl+0 and the settings' choice apply to the whole window at
once, are kept for the next start, and an administrator's policy can lock them."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.policy import parse_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui import text_size
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import BASE_SIZE, SettingsDialog
from desk.ui.text_size import platform_font
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.demo_desk import DemoAccount

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI)


def _started(qtbot: QtBot, store: Store, policy: str = "") -> DeskApp:
    app = DeskApp(
        store,
        SettingsStore(store.sessions, parse_policy(policy)),
        ManualClock(NOW),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    # The window's keys work once it is the active window, as a user's click makes it.
    qtbot.waitUntil(app.window.isActiveWindow)
    return app


def _settings_of(app: DeskApp) -> SettingsDialog:
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SettingsDialog) and w.parent() is app.window and w.isVisible()
    )


def _row_height(app: DeskApp) -> int:
    return app.window.list.verticalHeader().defaultSectionSize()


def _points(app: DeskApp) -> float:
    """The size the cards are drawn in (the delegate takes the list's font)."""
    return app.window.list.font().pointSizeF()


def test_ctrl_equals_grows_the_cards_and_the_size_is_kept(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    DemoAccount(store, clock).round()
    normal = platform_font().pointSizeF()
    app = _started(qtbot, store)
    said: list[str] = []
    app.window.statusBar().messageChanged.connect(said.append)
    try:
        height = _row_height(app)
        assert _points(app) == normal
        qtbot.keyClick(app.window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _points(app) == normal * 1.25)  # the cards' font grew
        assert _row_height(app) > height * 1.15, "and each card grew with it"
        # Said in the status bar (where the alert sounds' message may follow it).
        assert "Text size: 125 %" in said
        assert app.window.text_size_note.text() == "Text size: 125 %"
        # The reading pane and the status bar follow too.
        assert app.window.detail.font().pointSizeF() == normal * 1.25
        assert app.window.count_label.font().pointSizeF() == normal * 1.25
        qtbot.keyClick(app.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _points(app) == normal * 1.5)
        qtbot.waitUntil(app.ops_idle, timeout=5000)
    finally:
        app.stop()
    assert QApplication.font().pointSizeF() == normal, "the platform's size once desk stopped"
    assert SettingsStore(store.sessions).get("ui.text_size") == 150

    again = _started(qtbot, store)
    again.window.statusBar().messageChanged.connect(said.append)
    try:
        assert _points(again) == normal * 1.5, "the next start is in the size chosen"
        assert _row_height(again) > height * 1.3
        qtbot.keyClick(again.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _points(again) == normal * 1.25)
        qtbot.keyClick(again.window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _points(again) == normal)
        assert _row_height(again) == height
        qtbot.keyClick(again.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        assert "Text size: 100 %, the smallest" in said
        qtbot.waitUntil(again.ops_idle, timeout=5000)
    finally:
        again.stop()
    assert SettingsStore(store.sessions).get("ui.text_size") == 100


def test_the_settings_choice_applies_at_ok(qtbot: QtBot, store: Store) -> None:
    normal = platform_font().pointSizeF()
    app = _started(qtbot, store)
    try:
        app.window.settings_action.trigger()
        dialog = _settings_of(app)
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(175))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: _points(app) == normal * 1.75)
        assert "175" in app.window.text_size_note.text()
        qtbot.waitUntil(app.ops_idle, timeout=5000)
    finally:
        app.stop()
    assert SettingsStore(store.sessions).get("ui.text_size") == 175


def test_a_policy_sets_and_locks_the_size(qtbot: QtBot, store: Store) -> None:
    normal = platform_font().pointSizeF()
    app = _started(qtbot, store, 'lock = ["ui.text_size"]\nui.text_size = 150\n')
    try:
        assert _points(app) == normal * 1.5
        for act in (
            app.window.larger_action,
            app.window.smaller_action,
            app.window.normal_size_action,
        ):
            assert not act.isEnabled(), "greyed in the View menu"
        qtbot.keyClick(app.window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        assert _points(app) == normal * 1.5
        assert "administrator" in app.window.text_size_note.text()
        app.window.settings_action.trigger()
        dialog = _settings_of(app)
        assert not dialog.text_size.isEnabled(), "greyed in the settings"
        assert dialog.text_size.currentData() == 150
        dialog.reject()
    finally:
        app.stop()


def test_the_settings_open_as_large_as_the_text_asks_within_the_screen(
    qtbot: QtBot, store: Store
) -> None:
    # At 150 % a dialog of its usual size cut the quiet hours' notes at the right.
    app = _started(qtbot, store, "ui.text_size = 150\n")
    try:
        app.window.settings_action.trigger()
        dialog = _settings_of(app)
        free = dialog.screen().availableGeometry()
        assert dialog.height() > BASE_SIZE.height(), "more room for larger text"
        assert free.contains(dialog.frameGeometry()), "and all of it on the screen"
        dialog.reject()
        qtbot.waitUntil(app.ops_idle, timeout=5000)
    finally:
        app.stop()


def test_the_settings_grow_with_the_text_where_the_platform_sizes_it_in_pixels(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A platform font in pixels has no point size: -1 / -1 read as no growth, and at 175 %
    # the dialog stayed 960 × 620.
    before = QApplication.font()
    pixels = QFont(before)
    pixels.setPixelSize(13)
    QApplication.setFont(pixels)
    monkeypatch.setattr(text_size, "_platform", None)  # desk finds this as the platform's
    app = _started(qtbot, store, "ui.text_size = 150\n")
    try:
        assert app.window.list.font().pixelSize() == 20
        app.window.settings_action.trigger()
        dialog = _settings_of(app)
        assert dialog.height() > BASE_SIZE.height(), "more room for larger text"
        assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
        dialog.reject()
        qtbot.waitUntil(app.ops_idle, timeout=5000)
    finally:
        app.stop()
        QApplication.setFont(before)
