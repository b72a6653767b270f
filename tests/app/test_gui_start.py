"""Starting the window when it cannot start: a dialog that says why, then a non-zero exit."""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desk import __version__
from desk.app.desk_app import DeskApp
from desk.app.gui import data_dir_error_text, open_for_the_window, run_gui, unlock
from desk.app.single_instance import InstanceServer
from desk.core.clock import ManualClock
from desk.store.keys import unlock_early
from desk.store.paths import DataDir, DataDirUnusable
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, StoreError, open_store, unlock_key
from desk.ui import i18n
from desk.ui.passphrase_dialog import PassphraseDialog
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N, paused_scheduler
from tests.helpers.damaged_store import damage_inside
from tests.helpers.seed import sync_demo


def _read_and_close_the_dialog(seen: list[str], buttons: list[list[str]] | None = None) -> None:
    """Reads the modal message box once it is up (and the buttons it offers, into
    `buttons`), then closes it as the user would."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog.text())
        if buttons is not None:
            buttons.append([b.text() for b in dialog.findChildren(QPushButton)])
        dialog.accept()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "{blocking} is a file, not a folder."),
        ("zh_CN", "{blocking} 是一个文件，不是文件夹。"),
    ],
)
def test_a_data_dir_under_a_file_is_shown_in_a_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    reason: str,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'ui.language = "{language}"\n', "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    blocking = tmp_path / "afile"
    blocking.write_text("not a directory\n", "utf-8")
    seen: list[str] = []
    _read_and_close_the_dialog(seen)

    assert run_gui(str(blocking / "desk")) == 1

    assert len(seen) == 1
    assert str(blocking / "desk") in seen[0]
    assert reason.format(blocking=blocking) in seen[0]
    assert blocking.read_text("utf-8") == "not a directory\n"
    # The translators installed for the dialog are gone again.
    wrong = "Wrong passphrase. Nothing was changed."
    assert QApplication.translate("Store", wrong) == wrong


def test_a_damaged_key_file_is_named_with_what_to_do(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data.key_file.write_bytes(b"\x00not a key\n")
    database = data.database.read_bytes()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    _read_and_close_the_dialog(seen)

    assert run_gui(str(data.root)) == 1

    assert len(seen) == 1
    assert f"The key file {data.key_file} is damaged" in seen[0]
    assert "Restore desk.key from a backup" in seen[0]
    assert data.database.read_bytes() == database, "nothing was changed"


def test_a_key_file_the_os_refuses_is_not_called_damaged_nor_set_aside(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a data-safety tester: desk.key held by another program was "damaged", and
    # Start afresh set a healthy store aside. A folder in its place is refused alike by
    # the OS (root, who runs the tests, reads past chmod 000).
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    kept = data.key_file.read_bytes()
    data.key_file.unlink()
    data.key_file.mkdir()
    (data.key_file / "desk.key").write_bytes(kept)
    database = data.database.read_bytes()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    buttons: list[list[str]] = []
    _read_and_close_the_dialog(seen, buttons)

    assert run_gui(str(data.root)) == 1

    assert seen == [
        f"desk cannot read its key file {data.key_file}: it is a folder, not a file. Check "
        "the file's permissions, or close the program holding it, then start desk again; "
        "nothing was changed."
    ]
    assert "Start afresh" not in buttons[0]
    assert data.database.read_bytes() == database, "nothing was changed"
    assert not list(data.root.glob("set-aside-*"))


def test_a_key_file_without_permission_is_said_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    real_read_text = Path.read_text

    def forbidden(path: Path, *args: object, **kwargs: object) -> str:
        if path == data.key_file:  # chmod 000, as another user's file is to this one
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_text(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", forbidden)
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    buttons: list[list[str]] = []
    _read_and_close_the_dialog(seen, buttons)

    assert unlock(data) is None

    assert len(seen) == 1
    assert f"desk cannot read its key file {data.key_file}: permission denied." in seen[0]
    assert "Start afresh" not in buttons[0]


def test_a_database_the_os_refuses_is_said_so_not_blamed_on_the_disk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a data-safety tester: "the disk may be full or failing" for a desk.db this
    # user may not open. A folder in its place is refused by the OS even to root.
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data.database.rename(data.root / "kept.db")
    data.database.mkdir()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    buttons: list[list[str]] = []
    _read_and_close_the_dialog(seen, buttons)

    assert unlock(data) is None

    assert seen == [
        f"desk cannot open its database {data.database}: it is a folder, not a file. Check "
        "its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the "
        "program holding it, then start desk again; nothing was changed."
    ]
    assert "Start afresh" not in buttons[0]
    assert not list(data.root.glob("set-aside-*"))


def _click_when_up(kind: type, button_text: str, seen: list[str]) -> None:
    """Clicks the button reading `button_text` of the next modal `kind` once it is up."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog.text() if isinstance(dialog, QMessageBox) else type(dialog).__name__)
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == button_text)
        button.click()

    QTimer.singleShot(0, look)


def test_a_damaged_database_can_be_set_aside_to_start_afresh(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data.database.write_bytes(b"\x00" * 8192)  # damaged: nothing will ever open it
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    _click_when_up(QMessageBox, "Start afresh", seen)

    store = unlock(data)

    assert store is not None, "a new store opened"
    store.close()
    assert "Nothing is deleted" in seen[0] and str(data.root) in seen[0]
    assert "you may delete that folder" in seen[0] and "IT can still" not in seen[0]
    (aside,) = data.root.glob("set-aside-*")
    assert (aside / "desk.db").read_bytes() == b"\x00" * 8192, "the old files are kept"
    assert (aside / "desk.key").exists()


@pytest.fixture
def damaged_inside(tmp_path: Path, clock: ManualClock) -> DataDir:
    """A store with the demo's messages whose index of acknowledgements is damaged: it
    opens, and the window's first reads (the first page's cards) fail."""
    data = DataDir(tmp_path / "desk")
    data.ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    sync_demo(store, clock)
    damage_inside(store)
    return data


def test_a_store_damaged_inside_is_said_damaged_with_start_afresh_offered(
    qtbot: QtBot, damaged_inside: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a data-safety tester: the window read a damaged page while it was being built
    # and exited without a word (the driver's error, uncaught).
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    database = damaged_inside.database.read_bytes()
    seen: list[str] = []
    _click_when_up(QMessageBox, "Quit", seen)

    assert run_gui(str(damaged_inside.root)) == 1

    assert len(seen) == 1
    assert seen[0].startswith("The database file is damaged, so it cannot be opened.")
    assert "To start afresh, desk moves the database and its key" in seen[0]
    assert damaged_inside.database.read_bytes() == database, "Quit changes nothing"
    assert not list(damaged_inside.root.glob("set-aside-*"))


def test_a_store_damaged_inside_can_be_set_aside_and_the_window_opens_afresh(
    qtbot: QtBot, damaged_inside: DataDir, monkeypatch: pytest.MonkeyPatch, clock: ManualClock
) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    database = damaged_inside.database.read_bytes()
    seen: list[str] = []
    _click_when_up(QMessageBox, "Start afresh", seen)

    def window(store: Store) -> DeskApp:
        settings = SettingsStore(store.sessions, load_policy())
        desk = DeskApp(store, settings, clock, SHANGHAI, scheduler=paused_scheduler())
        return desk

    opened = open_for_the_window(damaged_inside, None, window)

    assert opened is not None
    store, desk = opened
    qtbot.addWidget(desk.window)
    try:
        assert seen[0].startswith("The database file is damaged")
        (aside,) = damaged_inside.root.glob("set-aside-*")
        assert (aside / "desk.db").read_bytes() == database, "the old files are kept"
        assert desk.window.model.rowCount() == 0, "an empty inbox, in a new store"
    finally:
        desk.stop()
        store.close()


def test_quitting_leaves_a_damaged_store_where_it_is(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data.database.write_bytes(b"\x00" * 8192)
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    _click_when_up(QMessageBox, "Quit", seen)

    assert unlock(data) is None

    assert data.database.read_bytes() == b"\x00" * 8192
    assert not list(data.root.glob("set-aside-*"))


def test_a_forgotten_passphrase_has_a_way_out(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    old_key = data.key_file.read_bytes()
    # The one the user remembers, wrong; it becomes the new store's, as typed at the start.
    monkeypatch.setenv("DESK_PASSPHRASE", "not the one it was")
    seen: list[str] = []
    _click_when_up(PassphraseDialog, "Forgot it?", seen)
    QTimer.singleShot(0, lambda: _click_when_up(QMessageBox, "Start afresh", seen))

    store = unlock(data)

    assert store is not None
    store.close()
    assert seen[0] == "PassphraseDialog"
    assert "nothing can open this database" in seen[1]
    # Said honestly: where the old files go, that nobody (IT neither) opens them without
    # the old passphrase, and that the folder may go (users read "IT can still restore
    # them" as their data being safe with IT).
    said = " ".join(seen[1].split())
    assert f"set-aside-<date>-<time>, in {data.root}" in said
    assert "open again only with the old passphrase" in said
    assert "nobody, IT staff included, can open them without it" in said
    assert "you may delete that folder" in said
    assert "restore" not in said
    (aside,) = data.root.glob("set-aside-*")
    assert (aside / "desk.key").read_bytes() == old_key


def _answer_in_turn(
    steps: list[tuple[type, str, tuple[str, ...]]],
    seen: list[str],
    errors: list[str] | None = None,
    buttons: list[list[str]] | None = None,
) -> None:
    """Answers the modal dialogs as they come up, one step each: (kind, the button to
    click, "Enter" or "Escape", what to type first into its edit boxes). `errors` gets what
    each passphrase dialog said as it came up; `buttons`, what each message box offered."""
    remaining = list(steps)

    def look(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        kind, answer, typed = remaining[0]
        if not isinstance(dialog, kind) or dialog.property("answered"):
            if tries < 500:  # a dialog that never comes: the test's asserts say so
                QTimer.singleShot(10, lambda: look(tries + 1))
            return
        dialog.setProperty("answered", True)
        remaining.pop(0)
        if isinstance(dialog, PassphraseDialog):
            seen.append("new passphrase" if dialog.repeat.isVisibleTo(dialog) else "passphrase")
            if errors is not None:
                errors.append(dialog.error.text())
            for edit, text in zip((dialog.passphrase, dialog.repeat), typed, strict=False):
                QTest.keyClicks(edit, text)
        else:
            seen.append(dialog.text())
            if buttons is not None:
                buttons.append([b.text() for b in dialog.findChildren(QPushButton)])
        if answer == "Enter":
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        elif answer == "Escape":
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        else:
            next(b for b in dialog.findChildren(QPushButton) if b.text() == answer).click()
        if remaining:
            QTimer.singleShot(0, look)

    QTimer.singleShot(0, look)


def test_starting_afresh_asks_for_a_new_passphrase_not_the_wrong_one_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No keychain: the new store is under a passphrase. The guess typed before "Forgot
    # it?" silently became the new store's, unconfirmed, and the user no longer knew it.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    seen: list[str] = []
    _answer_in_turn(
        [
            (PassphraseDialog, "Enter", ("a guess that is wrong",)),
            (PassphraseDialog, "Forgot it?", ()),
            (QMessageBox, "Start afresh", ()),
            (PassphraseDialog, "Enter", ("chosen afresh 2026", "chosen afresh 2026")),
        ],
        seen,
    )

    store = unlock(data)

    assert store is not None
    store.close()
    assert seen[:2] == ["passphrase", "passphrase"]
    assert seen[3:] == ["new passphrase"], "a new passphrase is chosen, twice"
    assert unlock_key(data, "chosen afresh 2026")
    with pytest.raises(StoreError):
        unlock_key(data, "a guess that is wrong")


@pytest.mark.parametrize("early", [True, False], ids=["unlocked-early", "at-open"])
def test_a_refused_desk_passphrase_is_named_and_the_right_one_can_be_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, early: bool
) -> None:
    # After the passphrase was changed in the window, DESK_PASSPHRASE still held the old
    # one: the dialog came up saying "wrong passphrase" before anything was typed.
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    monkeypatch.setenv("DESK_PASSPHRASE", "the passphrase before the change")
    seen: list[str] = []
    errors: list[str] = []
    _answer_in_turn(
        [
            (PassphraseDialog, "Enter", ("a guess that is wrong",)),
            (PassphraseDialog, "Enter", (PASSPHRASE,)),
        ],
        seen,
        errors,
    )

    pending = unlock_early(data.key_file, os.environ["DESK_PASSPHRASE"]) if early else None
    store = unlock(data, pending)

    assert store is not None
    store.close()
    assert "DESK_PASSPHRASE" in errors[0]
    assert "Wrong passphrase" not in errors[0]
    assert errors[1] == "Wrong passphrase. Nothing was changed.", "a typed one is the user's"


def test_a_second_launch_says_in_the_log_that_it_handed_over(qtbot: QtBot, tmp_path: Path) -> None:
    # Its "started" and "stopped" lines, between the running window's, read as the
    # window having quit (seen in a demo's desk.log).
    data = DataDir(tmp_path / "desk").ensure()
    running = InstanceServer(data)
    env = {**os.environ, "DESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "desk", "--data-dir", str(data.root)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        running.close()
    assert second.returncode == 0
    log = (data.logs / "desk.log").read_text("utf-8").splitlines()
    assert "desk window started (pid" in log[0].replace(f" {__version__}", "")
    # The system it runs on, worked out on a thread while the window's code loaded.
    assert log[0].endswith(f"{platform.platform()})")
    assert "already runs on this data dir: it comes forward, this launch ends" in log[1]
    assert f"window stopped (pid {second.pid})" in log[-1]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_sigterm_quits_as_quit_does(qtbot: QtBot, tmp_path: Path) -> None:
    # `kill`, or a service manager stopping desk, ended it on the spot: no stopped line
    # in the log, the layout not kept, the write-ahead log left beside the database.
    data = DataDir(tmp_path / "desk")
    env = {**os.environ, "DESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    running = subprocess.Popen(
        [sys.executable, "-m", "desk", "--data-dir", str(data.root)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = data.logs / "desk.log"
    try:
        # Up and syncing: its triage process is the last thing a start makes.
        qtbot.waitUntil(
            lambda: log.exists() and "triage process" in log.read_text("utf-8"), timeout=60_000
        )
        running.send_signal(signal.SIGTERM)
        qtbot.waitUntil(lambda: running.poll() is not None, timeout=30_000)
    finally:
        running.kill()
        running.wait()
    assert running.returncode == 0
    lines = log.read_text("utf-8").splitlines()
    assert any(line.endswith("SIGTERM: quitting") for line in lines)
    assert f"window stopped (pid {running.pid})" in lines[-1]
    assert (data.root / "window.ini").exists(), "the window's layout is kept"
    assert not data.database.with_name("desk.db-wal").exists(), "the database is whole"


def test_a_second_launch_says_so_when_the_running_desk_does_not_answer(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # It ended without a word, and nothing came forward (tester). The desk "running" here
    # answers nothing: this thread is busy starting the second one, as a hung one is.
    data = DataDir(tmp_path / "desk").ensure()
    running = InstanceServer(data)
    seen: list[str] = []
    _read_and_close_the_dialog(seen)
    try:
        assert run_gui(str(data.root)) == 1
    finally:
        running.close()
    assert len(seen) == 1 and "already running on this computer, but it is not" in seen[0]
    assert not data.database.exists(), "nothing opened beside the running desk"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="gives a file away")
def test_a_data_dir_restored_as_another_user_is_said_with_the_chown_not_another_folder(
    tmp_path: Path, qapp: QApplication
) -> None:
    # The window's box said "no permission … choose another folder": the user's own data
    # was there, needing only its owner back.
    data = DataDir(tmp_path / "data").ensure()
    data.database.touch()
    os.chown(data.database, 65534, 65534)
    refused = PermissionError(13, "Permission denied", str(data.database))
    said = data_dir_error_text(DataDirUnusable.from_os_error(data.root, refused))
    assert said == (
        f"desk cannot keep its data in the folder {data.root}: {data.database} belongs to "
        "nobody, not to you (root). Was a backup restored as nobody?\n\n"
        f"Ask your IT staff to give it back to you: sudo chown -R root {data.root}"
    )


def test_the_chown_said_in_the_window_runs_as_pasted_with_a_space(qapp: QApplication) -> None:
    # IT pasted `sudo chown -R zhang /home/zhang/工作 数据`: two paths, the data dir
    # left root's.
    import shlex

    root = Path("/home/zhang/工作 数据")
    refused = DataDirUnusable(
        root, root / "desk.db", "permission_denied", owned=root, owner="root", user="zhang"
    )
    said = data_dir_error_text(refused)
    command = said.split(": ")[-1]
    assert shlex.split(command) == ["sudo", "chown", "-R", "zhang", str(root)]


def test_cancelling_the_first_passphrase_says_why_and_goes_back_to_choosing_one(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new user pressed Cancel on the first dialog and desk vanished without a word.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    data = DataDir(tmp_path / "desk")
    seen: list[str] = []
    _answer_in_turn(
        [
            (PassphraseDialog, "Cancel", ()),
            (QMessageBox, "Escape", ()),  # Esc there goes back too: quitting is clicked
            (PassphraseDialog, "Escape", ()),
            (QMessageBox, "Back to choosing a passphrase", ()),
            (PassphraseDialog, "Enter", ("chosen at last 2026", "chosen at last 2026")),
        ],
        seen,
    )

    store = unlock(data)

    assert store is not None
    store.close()
    assert seen[0] == "new passphrase"
    assert seen[1].startswith("desk cannot start without a passphrase: it keeps your messages")
    assert seen[3] == seen[1]
    assert seen[2] == seen[4] == "new passphrase"
    assert unlock_key(data, "chosen at last 2026")


@pytest.mark.parametrize(
    ("language", "back", "quit_"),
    [("en", "Back to choosing a passphrase", "Quit"), ("zh_CN", "返回设置密码", "退出")],
)
def test_quitting_without_a_first_passphrase_leaves_a_first_start(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    back: str,
    quit_: str,
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    data = DataDir(tmp_path / "desk")
    seen: list[str] = []
    buttons: list[list[str]] = []
    _answer_in_turn(
        [(PassphraseDialog, "Escape", ()), (QMessageBox, quit_, ())], seen, buttons=buttons
    )
    translators = i18n.install(qapp, language)
    try:
        assert unlock(data) is None
    finally:
        i18n.uninstall(qapp, translators)

    assert sorted(buttons[0]) == sorted([back, quit_])
    # Nothing half made: no key, no database; the next start is a first start.
    assert not data.key_file.exists() and not data.database.exists()
    seen.clear()
    _answer_in_turn(
        [(PassphraseDialog, "Enter", ("chosen next time 2026", "chosen next time 2026"))], seen
    )
    store = unlock(data)
    assert store is not None
    store.close()
    assert seen == ["new passphrase"]


def test_cancelling_the_passphrase_of_a_store_says_desk_closes_and_touches_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    before = {f.name: f.read_bytes() for f in (data.key_file, data.database)}
    seen: list[str] = []
    _answer_in_turn([(PassphraseDialog, "Cancel", ()), (QMessageBox, "OK", ())], seen)

    assert unlock(data) is None

    assert seen[0] == "passphrase"
    assert seen[1] == (
        "desk is closing: without the passphrase it cannot open your encrypted messages. "
        "Nothing in them was touched; start desk again to enter it."
    )
    assert {f.name: f.read_bytes() for f in (data.key_file, data.database)} == before


@pytest.mark.parametrize("back", ["Enter", "Escape", "Back to the passphrase"])
def test_forgot_it_has_a_way_back_to_the_passphrase(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, back: str
) -> None:
    # From a tester: 忘记了？ by mistake, or the passphrase remembered on reading the
    # question, left only 重新开始 and 退出, under a red error icon.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    database = data.database.read_bytes()
    seen: list[str] = []
    offered: list[list[str]] = []
    icons: list[QMessageBox.Icon] = []

    shown = QMessageBox.exec

    def noting_the_icon(box: QMessageBox) -> int:
        icons.append(box.icon())
        return shown(box)

    monkeypatch.setattr(QMessageBox, "exec", noting_the_icon)
    _answer_in_turn(
        [
            (PassphraseDialog, "Forgot it?", ()),
            (QMessageBox, back, ()),
            (PassphraseDialog, "Enter", (PASSPHRASE,)),
        ],
        seen,
        buttons=offered,
    )

    store = unlock(data)

    assert store is not None, "opened with the passphrase remembered"
    store.close()
    assert seen[0] == "passphrase" and seen[2] == "passphrase"
    assert "nothing can open this database" in seen[1]
    assert sorted(offered[0]) == ["Back to the passphrase", "Quit", "Start afresh"]
    assert icons[:1] == [QMessageBox.Icon.Information], "asked, not an error"
    assert not list(data.root.glob("set-aside-*"))
    assert data.database.read_bytes() == database, "nothing moved or changed"


def test_quit_after_forgot_it_quits_without_asking_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From IT: 退出 under 忘记了？ brought the passphrase prompt back.
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    database = data.database.read_bytes()
    seen: list[str] = []
    _answer_in_turn(
        [
            (PassphraseDialog, "Enter", ("a guess that is wrong",)),
            (PassphraseDialog, "Forgot it?", ()),
            (QMessageBox, "Quit", ()),
            # Only if it came back: the right one, and the test's asserts say so.
            (PassphraseDialog, "Enter", (PASSPHRASE,)),
        ],
        seen,
    )

    store = unlock(data)

    if store is not None:
        store.close()
    assert store is None

    assert seen[:2] == ["passphrase", "passphrase"]
    assert "nothing can open this database" in seen[2]
    assert seen[3:] == [], "no passphrase asked again"
    assert data.database.read_bytes() == database, "nothing was changed"
    assert not list(data.root.glob("set-aside-*"))
