"""Help → About desk: what IT support asks for, to read out or copy."""

from __future__ import annotations

import platform
from datetime import datetime
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desk import __version__
from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.policy import Policy, parse_policy
from desk.store.paths import DataDir
from desk.store.policy_file import ENV_POLICY_FILE, load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui.about_dialog import AboutDialog
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI, paused_scheduler


def test_the_help_menu_shows_the_version_data_folder_and_policy_to_copy(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text('ui.language = "zh_CN"\n', "utf-8")
    monkeypatch.setenv(ENV_POLICY_FILE, str(policy))
    app = DeskApp(
        store,
        SettingsStore(store.sessions, load_policy()),
        ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        window = app.window
        assert window.about_action in window.menuBar().actions()[-1].menu().actions()
        window.about_action.trigger()
        dialog = window.findChild(AboutDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)
        text = dialog.text()
        for wanted in (
            __version__,
            str(store.data_dir.root),
            f"Logs: {store.data_dir.logs}",  # IT looked for them here
            qVersion(),
            pyside_version,
            platform.python_version(),
            f"Administrator policy: {policy}",  # IT asks which policy is in force
        ):
            assert wanted in text
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == text
        dialog.close()
    finally:
        app.stop()


@pytest.mark.parametrize(
    ("policy", "said"),
    [
        (None, "Administrator policy: none (desk reads {file})"),
        (
            parse_policy("ui.language = ["),
            "Administrator policy: none of it applies: {file} is not valid TOML: it ends "
            "inside a value",
        ),
        (
            parse_policy('ui.language = "xx"\nquiet.enabled = 3'),
            "Administrator policy: {file} (2 problem(s); the rest applies)",
        ),
    ],
)
def test_about_says_whether_the_policy_read_at_start_applies(
    qtbot: QtBot, tmp_path: Path, policy: Policy | None, said: str
) -> None:
    # A reviewer: the file's being there is not its applying (a policy that does not parse).
    file = tmp_path / "policy.toml"
    dialog = AboutDialog(DataDir(tmp_path), file, policy)
    qtbot.addWidget(dialog)
    assert said.format(file=file) in dialog.text()
