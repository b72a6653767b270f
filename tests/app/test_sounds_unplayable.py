"""A PC where desk's alert sounds cannot play: the window says so once, and the settings
beside Play a sound; the taskbar flash and the pop-ups still alert."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import SHANGHAI, paused_scheduler

SAID = (
    "Alert sounds cannot play on this computer (no audio output desk can use). DINGs and "
    "urgent items still flash the taskbar and show pop-ups."
)


@pytest.fixture
def desk(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApp]:
    # No audio output, as on a PC without a sound card or QtMultimedia's backend.
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(list))
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    yield app
    app.stop()


def test_the_window_says_once_that_alert_sounds_cannot_play_here(
    qtbot: QtBot, desk: DeskApp
) -> None:
    # From IT: on a PC with no audio, DING alerts were silent with no word of it.
    said: list[str] = []
    desk.window.statusBar().messageChanged.connect(said.append)

    desk.start()

    qtbot.waitUntil(lambda: SAID in said)
    desk.notifier.load_sounds()
    desk.notifier.play("urgent")
    assert said.count(SAID) == 1, "said once"

    desk.window.settingsRequested.emit()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog) and dialog.sound_note is not None
    assert dialog.sound_note.text() == (
        "Sounds cannot play on this computer (no audio output desk can use). DINGs and "
        "urgent items still flash the taskbar and show pop-ups."
    )
    dialog.reject()
