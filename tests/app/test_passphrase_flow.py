"""desk → Change passphrase…: the window changes the store's passphrase, as `desk
passphrase` does at a terminal, which officials never open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.policy import EMPTY
from desk.store import keys
from desk.store.keys import KeyProtection
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, StoreError, open_store
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N, paused_scheduler
from tests.helpers.full_disk import FILLER, fill, small_disk

NEW = "a new office passphrase"


@pytest.fixture
def desk(qtbot: QtBot, store: Store) -> Iterator[DeskApp]:
    app = DeskApp(
        store,
        SettingsStore(store.sessions, EMPTY),
        ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    yield app
    app.stop()


def _opened_from_the_menu(desk: DeskApp) -> ChangePassphraseDialog:
    window = desk.window
    desk_menu = window.menuBar().actions()[0].menu()
    assert window.passphrase_action in desk_menu.actions()
    assert window.passphrase_action.isVisible()
    window.passphrase_action.trigger()
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    """Types the three passphrases as a person does, and presses Enter."""
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, again)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def _opens_with(data_dir: DataDir, passphrase: str) -> bool:
    try:
        open_store(data_dir, passphrase, backend=fail.Keyring()).close()
    except StoreError as exc:
        assert exc.code == "wrong_passphrase"
        return False
    return True


def test_the_desk_menu_changes_the_passphrase_off_the_gui_thread(
    qtbot: QtBot, desk: DeskApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From IT: only `desk passphrase` in a terminal changed it, in English.
    worked_on: list[threading.Thread] = []
    rewrap = keys.KeyVault.change_passphrase

    def change(vault: keys.KeyVault, old: str, new: str) -> None:
        worked_on.append(threading.current_thread())
        rewrap(vault, old, new)

    monkeypatch.setattr(keys.KeyVault, "change_passphrase", change)
    dialog = _opened_from_the_menu(desk)
    _type(qtbot, dialog, PASSPHRASE, NEW, NEW)
    # Busy at once, nothing to type or press meanwhile; Esc does not leave it half-way.
    assert dialog.busy() and dialog.progress.isVisible()
    assert not dialog.new.isEnabled() and not dialog.change_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: desk.window.findChild(ChangePassphraseDialog) is None)
    assert worked_on and worked_on[0] is not threading.main_thread()
    assert desk.window.statusBar().currentMessage() == (
        "Passphrase changed. desk asks for the new one from its next start."
    )
    # The open store goes on (the key is the same); a new start needs the new one. The
    # store thread first: closing the store under a job it still ran crashed the process.
    desk.ops.shutdown()
    store.close()
    assert _opens_with(store.data_dir, NEW)
    assert not _opens_with(store.data_dir, PASSPHRASE)


def test_a_wrong_current_passphrase_is_said_in_the_dialog_and_changes_nothing(
    qtbot: QtBot, desk: DeskApp, store: Store
) -> None:
    key_file = store.data_dir.key_file.read_bytes()
    dialog = _opened_from_the_menu(desk)
    _type(qtbot, dialog, "not the passphrase", NEW, NEW)
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.isVisible()
    assert dialog.error.text() == "The current passphrase is wrong. Nothing was changed."
    # Where it is to be typed again, the new one kept.
    assert dialog.focusWidget() is dialog.current
    assert dialog.current.selectedText() == "not the passphrase"
    assert dialog.new.text() == NEW and dialog.new.isEnabled()
    assert store.data_dir.key_file.read_bytes() == key_file
    # Typing again clears what it said of the last try.
    qtbot.keyClicks(dialog.current, "x")
    assert dialog.error.text() == ""


def test_too_short_or_two_different_new_passphrases_are_said_before_anything_runs(
    qtbot: QtBot, desk: DeskApp, store: Store
) -> None:
    key_file = store.data_dir.key_file.read_bytes()
    dialog = _opened_from_the_menu(desk)
    _type(qtbot, dialog, "", NEW, NEW)
    assert dialog.error.text() == "Enter the current passphrase."
    assert dialog.focusWidget() is dialog.current
    # The first-run dialog's and the CLI's rule (keys.new_passphrase_problem).
    _type(qtbot, dialog, PASSPHRASE, "short", "short")
    assert dialog.error.text() == f"Use at least {keys.MIN_PASSPHRASE_LENGTH} characters."
    assert dialog.focusWidget() is dialog.new
    _type(qtbot, dialog, PASSPHRASE, NEW, NEW + "!")
    assert dialog.error.text() == "The two passphrases differ."
    assert dialog.focusWidget() is dialog.repeat
    assert not dialog.busy() and not dialog.progress.isVisible()
    assert store.data_dir.key_file.read_bytes() == key_file
    dialog.reject()
    assert not dialog.isVisible()


def test_show_the_passphrases_shows_all_three_and_hides_them_again(
    qtbot: QtBot, desk: DeskApp
) -> None:
    dialog = _opened_from_the_menu(desk)
    fields = (dialog.current, dialog.new, dialog.repeat)
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
    box = dialog.show_typed
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Normal}
    qtbot.keyClick(dialog.show_typed, Qt.Key.Key_Space)
    assert {f.echoMode() for f in fields} == {QLineEdit.EchoMode.Password}
    # Each named for a screen reader, as its label reads.
    assert [f.accessibleName() for f in fields] == [
        "Current passphrase",
        "New passphrase",
        "Repeat the new one",
    ]


def test_a_key_file_that_cannot_be_written_leaves_the_old_passphrase_working(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data_dir = DataDir(disk / "data").ensure()
        store = open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
        store.close()
        fill(disk)
        ops = StoreOps()
        parent = QWidget()
        qtbot.addWidget(parent)
        said: list[str] = []
        try:
            from desk.app.passphrase_flow import open_change_passphrase

            dialog = open_change_passphrase(parent, store, ops, said.append, scrypt_n=TEST_SCRYPT_N)
            _type(qtbot, dialog, PASSPHRASE, NEW, NEW)
            qtbot.waitUntil(lambda: not dialog.busy())
            assert dialog.isVisible() and said == []
            assert dialog.error.text() == (
                "The passphrase was not changed: the disk is full. The current passphrase "
                "still opens desk."
            )
            dialog.reject()
        finally:
            ops.shutdown()
        # Nothing half-written beside it either.
        assert sorted(p.name for p in data_dir.root.iterdir() if "desk.key" in p.name) == [
            "desk.key"
        ]
        (disk / FILLER).unlink()  # room for the database to open in
        assert _opens_with(data_dir, PASSPHRASE)
        assert not _opens_with(data_dir, NEW)


def test_a_store_whose_key_the_keychain_holds_offers_no_passphrase_to_change(
    qtbot: QtBot, store: Store
) -> None:
    in_keychain = replace(store, protection=KeyProtection.KEYCHAIN)
    app = DeskApp(
        in_keychain,
        SettingsStore(store.sessions, EMPTY),
        ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    try:
        assert not app.window.passphrase_action.isVisible()
    finally:
        app.stop()


def test_with_desk_passphrase_set_the_message_says_to_change_it_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desk.app.passphrase_flow import changed_text

    monkeypatch.setenv(keys.ENV_PASSPHRASE, PASSPHRASE)
    assert "DESK_PASSPHRASE still holds the old one" in changed_text()
