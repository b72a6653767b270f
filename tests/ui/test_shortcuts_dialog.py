"""Help → Keyboard shortcuts (F1, ?): every key the window has, grouped, from its actions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QStyleOptionMenuItem
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.ui import i18n, text_size
from desk.ui.main_window import MainWindow
from desk.ui.screen_fit import FRAME_ALLOWANCE
from desk.ui.shortcuts_dialog import ShortcutsDialog, action_name, key_text, on_a_pc_keyboard
from tests.ui.test_main_window import _demo_window, _press

GROUPS = [
    "Navigate",
    "Act on a card",
    "Views",
    "DING",
    "Reply box",
    "New message",
    "Text size",
    "Other",
]


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _help_menu(window: MainWindow) -> list[QAction]:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"]
    return menu.actions()


def _opened(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_opens_the_shortcuts_from_anywhere_and_the_help_menu_lists_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: F1 and ? did nothing, and there was no Help menu.
    assert window.shortcuts_action in _help_menu(window)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_F1)
    dialog = _opened(qtbot, window)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert dialog.rows()[0][0] == "Navigate"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_question_mark_opens_them_from_the_list_but_types_in_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    _press(qtbot, window, Qt.Key.Key_Slash)
    qtbot.keyClicks(window.search, "?")
    assert window.search.text() == "?"
    assert window.findChild(ShortcutsDialog) is None
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    window.list.setFocus()
    qtbot.keyClick(window.list, "?")
    assert _opened(qtbot, window).isVisible()


def test_every_key_the_window_has_is_listed_under_its_group(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.shortcuts_action.trigger()
    dialog = _opened(qtbot, window)
    rows = dialog.rows()
    assert list(dict.fromkeys(g for g, _keys, _what in rows)) == GROUPS
    listed = {(keys, what) for _g, keys, what in rows}
    keyed = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert len(keyed) > 20
    for action in keyed:
        keys = tuple(
            dict.fromkeys(
                key_text(k)
                for k in action.shortcuts()
                # The keypad's Enter is said once; F13 and on are on few keyboards.
                if k != QKeySequence(Qt.Key.Key_Enter) and k[0].key().value < Qt.Key.Key_F13.value
            )
        )
        what = action_name(action)  # its name where its menu text says why it is greyed
        assert (keys, what) in listed, (keys, what)
    groups = {what: g for g, _keys, what in rows}
    assert groups["Mark done"] == "Act on a card"
    assert groups["Go to Urgent"] == "Views"
    assert groups["Remind me later"] == "DING"
    assert groups["Next message"] == "Navigate"
    assert groups["Keyboard shortcuts"] == "Other"
    # Message → New message…, with the composer's own keys.
    assert groups["New message"] == "New message"
    assert ("New message", ("Ctrl+N",), "New message") in rows
    assert ("New message", ("Ctrl+Enter",), "Send it (in the new message)") in rows
    # Text size, as browsers and office programs change it (a tester pressed Ctrl++).
    assert groups["Larger text"] == "Text size"
    larger = next(keys for _g, keys, what in rows if what == "Larger text")
    assert {"Ctrl++", "Ctrl+="} <= set(larger), larger
    # Keys the list handles itself, not by an action, are there too.
    assert ("↑", "↓") in {keys for _g, keys, _what in rows}
    # A letter alone as it is typed: J beside Shift+C read as if it too took Shift.
    keys_of = {what: keys for _g, keys, what in rows}
    assert keys_of["Next message"] == ("j",)
    shifted = [k for keys in keys_of.values() for k in keys if re.fullmatch(r"Shift\+\w", k)]
    assert shifted and all(k[-1].isupper() for k in shifted)


def test_arrow_keys_are_written_as_arrows_and_shift_tab_goes_back_through_the_panes(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: 下方向 转到搜索结果, where the rest of the list writes ↑↓, and no
    # word of Shift+Tab.
    rows = ShortcutsDialog(window.shortcut_groups(), window).rows()
    keys_of = {what: keys for _g, keys, what in rows}
    groups = {what: g for g, _keys, what in rows}
    assert keys_of["Go to the results"] == ("↓",)
    assert groups["Go to the results"] == "Navigate"
    assert keys_of["Next or previous pane"] == ("Tab", "Shift+Tab")
    assert groups["Next or previous pane"] == "Navigate"
    words = [k for _g, keys, _what in rows for k in keys]
    assert not [k for k in words if re.search(r"\b(Up|Down|Left|Right)\b", k)]


def test_the_dialog_is_shown_once_however_often_f1_is_pressed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.shortcuts_action.trigger()
    window.shortcuts_action.trigger()
    assert len(window.findChildren(ShortcutsDialog)) == 1


def test_about_desk_is_in_the_help_menu(window: MainWindow) -> None:
    assert window.about_action in _help_menu(window)
    desk_menu = window.menuBar().actions()[0].menu()
    assert window.about_action not in desk_menu.actions()


def test_keys_few_keyboards_have_are_left_out() -> None:
    # X11's standard bindings add Help, Find and Undo keys (帮助, 查找, 撤销) and F14.
    assert on_a_pc_keyboard(QKeySequence("Ctrl+Z"))
    assert on_a_pc_keyboard(QKeySequence("F1"))
    assert on_a_pc_keyboard(QKeySequence("?"))
    assert not on_a_pc_keyboard(QKeySequence(Qt.Key.Key_Help))
    assert not on_a_pc_keyboard(QKeySequence(Qt.Key.Key_Undo))
    assert not on_a_pc_keyboard(QKeySequence("F14"))


def test_a_chinese_mnemonic_goes_with_its_brackets() -> None:
    assert action_name(QAction("设置(&S)…")) == "设置"
    assert action_name(QAction("新建 DING(&N)…")) == "新建 DING"
    assert action_name(QAction("&Settings…")) == "Settings"
    assert action_name(QAction("R&&D")) == "R&D"


def _menus(menu: QMenu) -> Iterator[QMenu]:
    """The menu and its submenus."""
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def _drawn_key(menu: QMenu, action: QAction) -> str:
    """The key the menu draws after the item's name."""
    option = QStyleOptionMenuItem()
    menu.initStyleOption(option, action)
    return option.text.partition("\t")[2]


def test_the_menus_write_each_key_as_the_shortcuts_list_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: the Go menu said J and K, where F1 and the README say j and k.
    listed = {
        what: keys
        for _group, keys, what in ShortcutsDialog(window.shortcut_groups(), window).rows()
    }
    menus = [m for a in window.menuBar().actions() if a.menu() for m in _menus(a.menu())]
    menus.append(window.card_menu())
    drawn = {
        action_name(action): _drawn_key(menu, action)
        for menu in menus
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    for name, key in drawn.items():
        assert key in listed[name], (name, key, listed[name])
    # A letter pressed alone, as typed; with Shift, as Qt writes it.
    assert drawn["Next message"] == "j" and drawn["Previous message"] == "k"
    singles = ["Mark done", "Mark unread", "Confirm DING", "Show conversation", "Remind me later"]
    assert [drawn[name] for name in singles] == ["e", "u", "a", "t", "s"]
    assert drawn["Mark all in this view read"] == "Shift+C"


@pytest.mark.parametrize("percent", [100, 125, 150, 175])
def test_the_dialog_fits_the_screen_at_every_text_size(
    qtbot: QtBot, window: MainWindow, percent: int
) -> None:
    # From a tester: at 150 % on 1366 x 768 the dialog was 829 px tall, its last rows and
    # Close below the screen. The test screen (800 x 800) is narrower still.
    text_size.apply(percent)
    try:
        window.shortcuts_action.trigger()
        dialog = _opened(qtbot, window)
        available = dialog.screen().availableGeometry()
        frame = FRAME_ALLOWANCE
        assert dialog.height() + frame.top() + frame.bottom() <= available.height()
        assert dialog.width() + frame.left() + frame.right() <= available.width()
        (close,) = dialog.findChildren(QDialogButtonBox)
        assert dialog.rect().contains(close.geometry())
        # What does not fit scrolls down; sideways only columns wider than the screen.
        scroll = dialog.scroll
        widget = scroll.widget()
        assert widget is not None
        if widget.sizeHint().width() + frame.left() + frame.right() < available.width() - 64:
            # The bars settle once the dialog has its size.
            qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible())
        if widget.sizeHint().height() > scroll.viewport().height():
            assert scroll.verticalScrollBar().isVisible()
    finally:
        text_size.restore()


def test_the_banner_s_reply_box_s_and_the_lines_keys_are_listed(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: F1 listed neither Alt+A / Alt+S of the DING banner, nor Ctrl+Enter
    # and Esc of the reply box, nor how to close the away line.
    window.shortcuts_action.trigger()
    rows = _opened(qtbot, window).rows()
    assert ("DING", ("Alt+A",), "Confirm (on the DING banner)") in rows
    assert ("DING", ("Alt+S",), "Remind me later (on the DING banner)") in rows
    assert ("Reply box", ("Ctrl+Enter",), "Send") in rows
    assert ("Reply box", ("Esc",), "Close") in rows
    assert ("Other", ("Esc",), "Close the away line or the guide (on its buttons)") in rows
    # By its name, not by what its greyed menu text says (请先选中您发出的…: F1's row ran
    # so long that the list no longer fitted 1280 × 720 at 125 %).
    assert ("DING", ("Ctrl+Shift+D",), "DING the unreported") in rows


@pytest.mark.parametrize(
    ("screen", "percent", "scrolls"),
    [(QRect(0, 0, 1280, 720), 125, False), (QRect(0, 0, 640, 480), 175, True)],
)
def test_every_group_is_in_sight_or_said_to_scroll(
    qtbot: QtBot, store: Store, clock: ManualClock, screen: QRect, percent: int, scrolls: bool
) -> None:
    # From a tester (Chinese, 1280 × 720, 125 %): the two columns ran below the screen,
    # 其他 out of sight, and nothing said there was more.
    text_size.apply(percent)
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    try:
        windows = _demo_window(qtbot, store, clock)
        window = next(windows)
        dialog = ShortcutsDialog(window.shortcut_groups(), window, screen)
        qtbot.addWidget(dialog)
        frame = FRAME_ALLOWANCE
        assert dialog.height() + frame.top() + frame.bottom() <= screen.height()
        assert dialog.width() + frame.left() + frame.right() <= screen.width()
        dialog.show()
        qtbot.waitExposed(dialog)
        page = dialog.scroll.widget()
        assert page is not None
        whole = page.sizeHint().height() <= dialog.scroll.viewport().height()
        assert whole is not scrolls
        assert dialog.more_below.isVisible() is scrolls
        if scrolls:
            assert dialog.scroll.verticalScrollBar().isVisible()
            # Down only: what the keys do wraps instead.
            assert not dialog.scroll.horizontalScrollBar().isVisible()
            assert page.width() <= dialog.scroll.viewport().width()
        else:
            assert dialog.columns() > 2
        next(windows, None)
    finally:
        QCoreApplication.removeTranslator(translator)
        text_size.restore()


def test_the_help_menu_says_what_a_ding_is(qtbot: QtBot, window: MainWindow) -> None:
    # A mouse-only tester found nothing in 帮助 about what a DING is.
    assert window.ding_help_action in _help_menu(window)
    window.ding_help_action.trigger()
    box = window.findChild(QMessageBox, "ding_help")
    assert box is not None
    qtbot.waitExposed(box)
    assert "must confirm" in box.text() and "quiet hours" in box.text()
    box.close()


# Each key's name as a Chinese office PC's keyboard prints it (in English, whatever the
# language), a modifier's too; a key with none printed (a letter, a digit, /) as typed.
_PRINTED = {"Ctrl", "Shift", "Alt", "Enter", "Esc", "Delete", "Insert", "Backspace", "Tab"}
_PRINTED |= {"Home", "End", "PgUp", "PgDn", "Space", "↑", "↓", "←", "→"}
_PRINTED |= {f"F{n}" for n in range(1, 13)}


def _names(key: str) -> list[str]:
    """The names in a key as F1 writes it: Ctrl++ is Ctrl and +."""
    names = key.split("+")
    return [*names[:-2], "+"] if key.endswith("++") else names


@pytest.mark.parametrize("language", [None, "zh_CN", "zh_TW"])
def test_f1_names_every_key_as_the_keyboard_prints_it_in_every_language(
    qtbot: QtBot, store: Store, clock: ManualClock, language: str | None
) -> None:
    # From a tester: F1 said Return for Enter (回车 in 简体, Ctrl+插入鍵 (Ins) and
    # 刪除鍵 (Del) in 繁體, Del, Ins, Alt+退格): none of them is printed on the keyboard.
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install(app, language) if language else []
    windows = _demo_window(qtbot, store, clock)
    try:
        window = next(windows)
        window.shortcuts_action.trigger()
        keys = {key for _g, keys, _what in _opened(qtbot, window).rows() for key in keys}
    finally:
        i18n.uninstall(app, installed)
        for _closed in windows:  # the window's own clean-up
            pass
    for key in keys:
        assert all(name in _PRINTED or len(name) == 1 for name in _names(key)), key
    assert {"Enter", "Ctrl+Enter", "Esc", "Delete", "Ctrl+Insert", "Alt+Backspace"} <= keys


def test_the_readme_keys_table_names_the_keys_as_f1_does(qtbot: QtBot, window: MainWindow) -> None:
    # F1 and the README's table are read side by side; a key one names the other must too.
    window.shortcuts_action.trigger()
    listed = {key for _g, keys, _what in _opened(qtbot, window).rows() for key in keys}
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    table = re.findall(r"^\| ([^|]*`[^|]*) \|", readme, re.M)
    keys = {key for cell in table for key in re.findall(r"`([^`]+)`", cell)}
    assert len(keys) > 30, keys
    assert keys - listed == set(), keys - listed
