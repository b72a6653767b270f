"""The language of what desk shows before its store opens: the passphrase prompt and its
error, on a desk whose user chose a language, and on a first start."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desk.app.gui import run_gui
from desk.app.settings_flow import open_settings
from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import open_store
from desk.ui import i18n
from desk.ui.ding_composer import DingComposer
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.passphrase_dialog import PassphraseDialog
from desk.ui.post_composer import PostComposer
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N
from tests.helpers.seed import sync_demo


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


@pytest.fixture(autouse=True)
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store is under a passphrase: desk asks for it at each start."""
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)


def _read_prompts(typed: list[str], seen: list[list[str]]) -> None:
    """Reads each passphrase prompt as it comes up (its title and every label, into
    `seen`), and answers it with the next of `typed`, or cancels once they are used."""
    remaining = list(typed)

    def look(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog) or dialog.property("read"):
            if tries < 1000:  # a prompt that never comes: the test's asserts say so
                QTimer.singleShot(10, lambda: look(tries + 1))
            return
        dialog.setProperty("read", True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        seen.append([dialog.windowTitle(), *labels])
        if not remaining:
            dialog.reject()
            QTimer.singleShot(0, answer_the_box)
            return
        QTest.keyClicks(dialog.passphrase, remaining.pop(0))
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        QTimer.singleShot(0, look)

    def answer_the_box(tries: int = 0) -> None:
        # Cancelled, desk says it cannot go on without a passphrase: on a first start it
        # asks whether to quit (Quit), on a later one it says it is closing (OK).
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries < 1000:
                QTimer.singleShot(10, lambda: answer_the_box(tries + 1))
            return
        quit_button = box.findChild(QPushButton, "quit")
        if quit_button is not None:
            quit_button.click()
        else:
            box.accept()

    QTimer.singleShot(0, look)


def _choose_in_settings(
    qtbot: QtBot, data: DataDir, clock: ManualClock, ops: StoreOps, language: str
) -> None:
    """The user opens settings on their desk, picks `language` under General, and OKs."""
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    try:
        queries = InboxQueries(store.sessions)
        window = MainWindow(queries, ops, clock, SHANGHAI)
        qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
        saved: list[bool] = []
        dialog = open_settings(
            window,
            SettingsStore(store.sessions),
            queries,
            ops,
            clock,
            data.root,
            lambda: saved.append(True),
        )
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.accept()
        qtbot.waitUntil(lambda: saved == [True])
    finally:
        store.close()


def test_the_passphrase_prompt_and_its_error_are_in_the_language_the_user_chose(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, ops: StoreOps
) -> None:
    # From a tester: 简体中文 chosen in settings on an English system, desk restarted,
    # and the prompt and "Wrong passphrase" were English: the choice was in the store
    # the prompt opens.
    data = DataDir(tmp_path / "desk").ensure()
    _choose_in_settings(qtbot, data, clock, ops, "zh_CN")
    seen: list[list[str]] = []
    _read_prompts(["not the passphrase"], seen)

    assert run_gui(str(data.root)) == 1

    assert len(seen) == 2
    assert seen[0] == ["desk：本机数据密码", "请输入 desk 本机数据密码。"]
    assert seen[1] == [
        "desk：本机数据密码",
        "请输入 desk 本机数据密码。",
        "本机数据密码不正确，请重新输入（数据未作任何改动）。",
    ]


def test_a_first_start_on_a_c_locale_is_in_chinese(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Linux box set up without a locale (LANG=C.UTF-8) started desk in English; the
    # officials desk is for read Chinese.
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("C"))
    seen: list[list[str]] = []
    _read_prompts([], seen)

    assert run_gui(str(tmp_path / "desk")) == 1

    assert len(seen) == 1
    assert seen[0][:2] == [
        "desk：本机数据密码",
        "本机没有可用的系统凭据存储，desk 将用密码保护本机加密数据。请设置至少 8 个字符的本机"
        "数据密码。忘记此密码，数据将无法恢复。",
    ]


def _quit_when_up(seen: list[str], tries: int = 0) -> None:
    """Quits desk from its window once it is up, noting the window's title in `seen`."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in shown if w.isVisible()), None)
    if window is None:
        if tries < 3000:  # a window that never comes: the test's asserts say so
            QTimer.singleShot(10, lambda: _quit_when_up(seen, tries + 1))
        return
    seen.append(window.search.placeholderText())
    window.quitRequested.emit()


def test_the_stores_language_wins_over_the_one_kept_beside_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store brought back from a backup without the file beside it, or with an older
    # one: the user's choice in the store stands, and the next start's prompt follows it.
    data = DataDir(tmp_path / "desk").ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    SettingsStore(store.sessions).set("ui.language", "zh_TW")
    store.close()
    i18n.keep_language(data.language_file, "en")
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _quit_when_up(seen))

    _run_desk(data)

    assert seen == ["搜尋待處理訊息（ / ）"], "the window in the store's language"
    assert i18n.kept_language(data.language_file) == "zh_TW"


def _answer_in_turn(steps: list[tuple[type, str, tuple[str, ...]]]) -> None:
    """Answers the modal dialogs as they come up, one step each: (kind, the button to
    click or "Enter", what to type first into its edit boxes)."""
    remaining = list(steps)

    def look(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        kind, answer, typed = remaining[0]
        if not isinstance(dialog, kind) or dialog.property("answered"):
            if tries < 1000:  # a dialog that never comes: the test's asserts say so
                QTimer.singleShot(10, lambda: look(tries + 1))
            return
        dialog.setProperty("answered", True)
        remaining.pop(0)
        if isinstance(dialog, PassphraseDialog):
            for edit, text in zip((dialog.passphrase, dialog.repeat), typed, strict=False):
                QTest.keyClicks(edit, text)
        if answer == "Enter":
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        else:
            next(b for b in dialog.findChildren(QPushButton) if b.text() == answer).click()
        if remaining:
            QTimer.singleShot(0, look)

    QTimer.singleShot(0, look)


def test_starting_afresh_keeps_the_language_the_user_chose(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, ops: StoreOps
) -> None:
    # From review: after Start afresh (a forgotten passphrase) the new store's "system"
    # overwrote the choice kept beside it: a user who chose 简体中文 on an English
    # system was back in English.
    data = DataDir(tmp_path / "desk").ensure()
    _choose_in_settings(qtbot, data, clock, ops, "zh_CN")
    _answer_in_turn(
        [
            (PassphraseDialog, "忘记了？", ()),
            (QMessageBox, "重新开始", ()),
            (PassphraseDialog, "Enter", ("chosen afresh 2026", "chosen afresh 2026")),
        ]
    )
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _quit_when_up(seen))

    _run_desk(data)

    assert seen == ["搜索消息（不含已办，按 / 键）"], "the new store's window in Chinese"
    assert i18n.kept_language(data.language_file) == "zh_CN", "and the next start's prompt"
    store = open_store(data, "chosen afresh 2026", backend=fail.Keyring())
    try:
        assert SettingsStore(store.sessions).get("ui.language") == "zh_CN"
    finally:
        store.close()


def test_choosing_a_language_is_not_held_up_by_a_lock_another_pc_left(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, ops: StoreOps
) -> None:
    # From review: the data dir on a network share, and another PC's lock on language.ini
    # left there (QSettings' QLockFile): saving the settings froze the window for 30 s.
    data = DataDir(tmp_path / "desk").ensure()
    data.language_file.with_name("language.ini.lock").write_text("4242\ndesk\notherpc\n")
    started = time.monotonic()

    _choose_in_settings(qtbot, data, clock, ops, "zh_CN")

    assert time.monotonic() - started < 10
    assert i18n.kept_language(data.language_file) == "zh_CN"


def test_a_language_file_that_cannot_be_written_is_said_once(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    ops: StoreOps,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A folder in its place stands for one the OS refuses (root, who runs the tests, writes
    # past a read-only file): every save logged it again, and nothing else failed.
    data = DataDir(tmp_path / "desk").ensure()
    data.language_file.mkdir()

    _choose_in_settings(qtbot, data, clock, ops, "zh_CN")
    _choose_in_settings(qtbot, data, clock, ops, "en")

    said = [r.getMessage() for r in caplog.records if r.name == "desk.ui.i18n"]
    assert said == ["the language could not be kept in language.ini: IsADirectoryError"]
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    try:
        assert SettingsStore(store.sessions).get("ui.language") == "en", "saved all the same"
    finally:
        store.close()


def _unmarked_window() -> MainWindow | None:
    """The window shown, unless it is marked "before" (the one before a restart)."""
    for widget in QApplication.topLevelWidgets():
        shown = isinstance(widget, MainWindow) and widget.isVisible()
        if shown and not widget.property("before"):
            return widget
    return None


def test_choosing_another_language_offers_to_restart_and_the_window_comes_back_in_it(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A label saying 重启后生效 was all a tester got on OK (48_after_lang): desk asks
    # whether to restart now, and the window comes back in the language chosen, with what
    # was written in the reply box, without asking for the passphrase again.
    data = DataDir(tmp_path / "desk").ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    sync_demo(store, clock)
    store.close()
    monkeypatch.delenv("DESK_PASSPHRASE", raising=False)
    seen: list[str] = []
    drafted: list[int] = []
    prompts: list[str] = []

    def prompted(tries: int = 0) -> None:
        # Answered once; one coming after the restart would be left up, and the window
        # never come back (the asserts say so). The prompt is then still looked for, and
        # counted, until the window is back.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and not dialog.property("read"):
            dialog.setProperty("read", True)
            prompts.append(dialog.windowTitle())
            if len(prompts) == 1:
                QTest.keyClicks(dialog.passphrase, PASSPHRASE)
                QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
            else:
                dialog.reject()
        if len(seen) < 6 and tries < 2000:
            QTimer.singleShot(10, lambda: prompted(tries + 1))

    def before(tries: int = 0) -> None:
        window = _unmarked_window()
        if window is None or window.detail.row_id is None:
            if tries < 1000:
                QTimer.singleShot(10, lambda: before(tries + 1))
            else:
                _give_up()
            return
        window.setProperty("before", True)
        seen.append(window.search.placeholderText())
        # In Urgent, on its second card: the window comes back there, not on All's first.
        sidebar = window.sidebar
        urgent = sidebar.findItems("Urgent", Qt.MatchFlag.MatchRecursive)[0]
        QTest.mouseClick(
            sidebar.viewport(),
            Qt.MouseButton.LeftButton,
            pos=sidebar.visualItemRect(urgent).center(),
        )
        QTest.keyClick(window.list, Qt.Key.Key_J)
        assert _reply_on(window) and window.reply_box.row is not None
        drafted.append(window.reply_box.row.id)
        window.reply_box.text.insertPlainText("村里的数字下午报")
        _restart_in_chinese(window, seen.append, after)

    def after(tries: int = 0) -> None:
        window = _unmarked_window()
        if window is None or window.reply_box.draft_for(drafted[0]) == "":
            if tries < 1000:
                QTimer.singleShot(10, lambda: after(tries + 1))
            else:
                _give_up()
            return
        seen.append(window.search.placeholderText())
        seen.append(window.reply_box.draft_for(drafted[0]))
        seen.append(window.sidebar.currentItem().text(0))
        seen.append(str(window.detail.row_id == drafted[0]))
        window.quitRequested.emit()

    QTimer.singleShot(0, prompted)
    QTimer.singleShot(0, before)
    _run_desk(data)

    assert len(prompts) == 1, "the passphrase was asked once, at the start"
    assert seen[0] == "Search open messages ( / )"
    assert seen[1].startswith("The new language applies when desk starts again.")
    assert seen[2:] == ["搜索消息（不含已办，按 / 键）", "村里的数字下午报", "紧急", "True"]
    assert i18n.kept_language(data.language_file) == "zh_CN"


def test_a_ding_being_written_is_kept_and_open_again_after_the_restart_for_a_language(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The prompt says what the user was writing is kept: the DING composer, open beside
    # the settings, went with the old window and its text with it.
    data = DataDir(tmp_path / "desk").ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    sync_demo(store, clock)
    store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    written: list[tuple[str, str, tuple[str, ...], bool]] = []
    reopened: list[tuple[str, str, tuple[str, ...], bool]] = []
    titles: list[str] = []

    def held(composer: DingComposer) -> tuple[str, str, tuple[str, ...], bool]:
        """What the user sees in it: group, text, who is ticked, and whether to everyone."""
        return (
            composer.group.currentText(),
            composer.text.toPlainText(),
            composer.checked_members(),
            composer.everyone.isChecked(),
        )

    def before(tries: int = 0) -> None:
        window = _unmarked_window()
        if window is None:
            if tries < 1000:
                QTimer.singleShot(10, lambda: before(tries + 1))
            return
        window.setProperty("before", True)
        window.new_ding_action.trigger()
        composer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DingComposer))
        composer.group.setCurrentIndex(1)
        composer.members.item(0).setCheckState(Qt.CheckState.Checked)
        composer.text.insertPlainText("紧急：今晚8点前到岗")
        written.append(held(composer))
        _restart_in_chinese(window, lambda _question: None, after)

    def after(tries: int = 0) -> None:
        window = _unmarked_window()
        composer = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, DingComposer) and w.isVisible() and w.parent() is window
            ),
            None,
        )
        if window is None or composer is None:
            if tries < 1000:
                QTimer.singleShot(10, lambda: after(tries + 1))
            else:
                _give_up()
            return
        reopened.append(held(composer))
        titles.append(composer.windowTitle())
        window.quitRequested.emit()

    QTimer.singleShot(0, before)
    _run_desk(data)

    ((group, text, ticked, everyone),) = written
    assert group and text == "紧急：今晚8点前到岗" and len(ticked) == 1 and not everyone
    assert reopened == written, "group, who must confirm and text, as they were"
    assert titles == ["新建 DING"], "in the window of the language chosen"


def test_a_new_message_being_written_is_kept_and_open_again_after_the_restart_for_a_language(
    qtbot: QtBot, tmp_path: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the DING composer's: the prompt says what the user was writing is kept.
    data = DataDir(tmp_path / "desk").ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    sync_demo(store, clock)
    store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    written: list[tuple[str, str]] = []
    reopened: list[tuple[str, str]] = []
    titles: list[str] = []

    def before(tries: int = 0) -> None:
        window = _unmarked_window()
        if window is None:
            if tries < 1000:
                QTimer.singleShot(10, lambda: before(tries + 1))
            return
        window.setProperty("before", True)
        window.new_message_action.trigger()
        composer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PostComposer))
        composer.group.setCurrentIndex(1)
        composer.text.insertPlainText("明早八点例会，请准时参加")
        written.append((composer.group.currentText(), composer.text.toPlainText()))
        _restart_in_chinese(window, lambda _question: None, after)

    def after(tries: int = 0) -> None:
        window = _unmarked_window()
        composer = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, PostComposer) and w.isVisible() and w.parent() is window
            ),
            None,
        )
        if window is None or composer is None:
            if tries < 1000:
                QTimer.singleShot(10, lambda: after(tries + 1))
            else:
                _give_up()
            return
        reopened.append((composer.group.currentText(), composer.text.toPlainText()))
        titles.append(composer.windowTitle())
        window.quitRequested.emit()

    QTimer.singleShot(0, before)
    _run_desk(data)

    ((group, text),) = written
    assert group and text == "明早八点例会，请准时参加"
    assert reopened == written, "group and text, as they were"
    assert titles == ["新消息"], "in the window of the language chosen"


def _restart_in_chinese(
    window: MainWindow, question: Callable[[str], None], after: Callable[[], None]
) -> None:
    """Chooses 简体中文 in the settings, passes the restart question's text to `question`,
    answers it "Restart now", then runs `after`."""
    window.settings_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()

    def asked(tries: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "restartQuestion":
            if tries < 1000:
                QTimer.singleShot(10, lambda: asked(tries + 1))
            else:
                _give_up()
            return
        question(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Restart now").click()
        QTimer.singleShot(0, after)

    QTimer.singleShot(0, asked)


def _run_desk(data: DataDir) -> None:
    """desk's own start on `data`, until it quits; it must quit cleanly."""
    switch_interval = sys.getswitchinterval()  # run_gui sets the process's own
    try:
        assert run_gui(str(data.root)) == 0
    finally:
        sys.setswitchinterval(switch_interval)


def _give_up() -> None:
    """A step that never came: desk quits, and the test's asserts say which."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | SettingsDialog) and widget.isVisible():
            widget.reject()
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.quitRequested.emit()


def _reply_on(window: MainWindow) -> bool:
    """Opens the reply box on the card shown, once there is one."""
    if window.detail.row_id is None:
        return False
    window.reply_action.trigger()
    return window.reply_box.row is not None
