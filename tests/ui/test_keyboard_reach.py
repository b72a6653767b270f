"""Every pane and every group within reach of the keyboard, and where the keys go always
in sight (a tester, session 35: Tab seemed never to reach the list of views and groups,
after Tab nothing showed where the keys went, and Go listed views only)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.core.quiet_state import QuietReason, QuietState
from desk.store.escalations import Ladder
from desk.store.first_days import close_guide
from desk.store.inbox import CameWhileAway, View, ViewKind
from desk.store.store import Store
from desk.ui.group_switcher import GroupSwitcher
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, type_chinese


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """desk past its first days: no guide over the inbox takes a place in Tab's order."""
    close_guide(store.sessions)
    for win in _demo_window(qtbot, store, clock):
        win.activateWindow()
        qtbot.waitUntil(lambda w=win: QApplication.activeWindow() is w)
        yield win


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab(qtbot: QtBot, back: bool = False) -> QWidget | None:
    widget = _focused()
    assert widget is not None
    if back:
        qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return _focused()


def _in_window(win: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())


def _ringed(win: MainWindow, widget: QWidget) -> bool:
    """Whether the focus ring is drawn, and drawn around `widget` (on its edge, or just
    outside it)."""
    ring = win.focus_ring
    if not ring.isVisible():
        return False
    around = _in_window(win, widget)
    return ring.geometry().contains(around) and around.adjusted(-3, -3, 3, 3).contains(
        ring.geometry().intersected(win.rect())
    )


def test_the_cards_have_the_keys_when_the_window_opens(window: MainWindow) -> None:
    # The views and groups had them, first in Tab's order, and ↓ changed the view.
    assert _focused() is window.list
    assert _ringed(window, window.list)


def test_tab_goes_round_the_panes_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    # Back to the views and groups from the list: two Shift+Tabs, not six Tabs round the
    # banner and the status bar.
    assert _tab(qtbot, back=True) is window.search
    assert _tab(qtbot, back=True) is window.sidebar
    assert _tab(qtbot) is window.search
    assert _tab(qtbot) is window.list
    assert _tab(qtbot) is window.detail


def test_tab_reaches_the_first_days_guide_above_the_views(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    for win in _demo_window(qtbot, store, clock):
        assert win.guide.isVisible()
        win.sidebar.setFocus()
        assert _tab(qtbot, back=True) is win.guide.dismiss_button
        assert _tab(qtbot, back=True) is win.guide.quiet_button
        assert _tab(qtbot) is win.guide.dismiss_button
        qtbot.keyClick(win.guide.dismiss_button, Qt.Key.Key_Space)
        assert not win.guide.isVisible() and _focused() is win.list


@pytest.mark.parametrize("line", ["guide", "away_line"])
def test_esc_on_a_line_s_buttons_closes_it(
    qtbot: QtBot, store: Store, clock: ManualClock, line: str
) -> None:
    # From a tester: neither × line could be closed from the keyboard.
    for win in _demo_window(qtbot, store, clock):
        _show_the_lines(win, clock)
        shown = getattr(win, line)
        for button in (shown.dismiss_button, shown.findChildren(QPushButton)[0]):
            assert shown.isVisible()
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Escape)
            assert not shown.isVisible(), "closed by Esc"
            assert _focused() is win.list
            shown.show()
        closed = ViewKind.AWAY if line == "away_line" else None
        assert win.model.view.kind is not closed


@pytest.mark.parametrize("line", ["ding_banner", "away_line"])
def test_a_line_that_goes_by_itself_hands_the_keys_to_the_cards(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, line: str
) -> None:
    # The DING confirmed with Space on the banner's 确认收到 (or the line's last card
    # read): the line went, the keys fell to the next in Tab's order (a line under it,
    # or the views, where ↓ changed the view instead of the card).
    _show_the_lines(window, clock)
    shown = getattr(window, line)
    shown.findChildren(QPushButton)[0].setFocus()
    if line == "ding_banner":
        window.ding_banner.show_ladders([])
    else:
        window.away_line.hide()
    assert _focused() is window.list
    view = window.model.view
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    assert window.model.view == view


def _show_the_lines(win: MainWindow, clock: ManualClock) -> None:
    """Every line and link the window may show, shown: the DING banner, the away line,
    the guide, what quiet hours held, the calendar warning, the quiet switch."""
    now = clock.now()
    win.ding_banner.show_ladders(
        [Ladder(1, now, 1, None, "镇防汛指挥部群", "钟书记", "马上到岗", now)]
    )
    came = CameWhileAway({Tier.ACTION: 1, Tier.INFO: 3}, 4)
    win.away_line.say(came, now - timedelta(days=2), now, SHANGHAI)
    win.guide.show()
    win.show_digest("Held during quiet hours: 3", [1, 2, 3])
    win.warn_calendar([2027])
    night = QuietState(True, now + timedelta(hours=9), QuietReason.NIGHT)
    win.quiet_indicator.show_state(night, 3, now)


def _actionable(win: MainWindow) -> list[QWidget]:
    """What the window shows that a click acts on: its buttons, links and panes."""
    found: list[QWidget] = [win.sidebar, win.search, win.list, win.detail]
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or win.menuBar().isAncestorOf(widget):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and "<a " in widget.text()
        ):
            found.append(widget)
    return found


def _screen_order(win: MainWindow, widget: QWidget) -> tuple[int, int, int]:
    """Where `widget` is read: the lines over the panes top to bottom, each left to right;
    the panes left to right, each top to bottom; the status bar left to right."""
    place = _in_window(win, widget)
    panes = _in_window(win, win._splitter)
    if place.bottom() < panes.top():
        line = widget
        while line.parentWidget() is not win.centralWidget():
            line = line.parentWidget()
        return (0, _in_window(win, line).top(), place.left())
    if place.top() > panes.bottom():
        return (2, place.left(), place.top())
    return (1, place.left(), place.top())


def test_tab_reaches_every_control_shown_in_screen_order(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # From a tester (1280 × 720, 125 %): Tab skipped the status bar's 查看 and 设置节假日,
    # the away line's 只看这些 and ×, and went from the status bar up to the banner.
    window.resize(1280, 720)
    _show_the_lines(window, clock)
    qtbot.wait(10)
    wanted = _actionable(window)
    assert window.demo_label.link in wanted, "the demo line's link"
    window.list.setFocus()
    went: list[QWidget] = []
    while (focused := _focused()) is not None and focused not in went:
        went.append(focused)
        assert len(went) <= 60
        _tab(qtbot)
    # Round from the top of the window, where Tab goes on from the status bar.
    top = went.index(window.demo_label.link) if window.demo_label.link in went else 0
    reached = went[top:] + went[:top]
    names = {id(w): w.objectName() or type(w).__name__ for w in wanted}
    missed = [names[id(w)] for w in wanted if w not in reached]
    assert not missed, (
        f"never reached by Tab: {[names.get(id(w), type(w).__name__) for w in reached]}"
    )
    assert reached == sorted(reached, key=lambda w: _screen_order(window, w))
    # Shift+Tab goes the same way back.
    back = [_tab(qtbot, back=True) for _ in went]
    assert back == list(reversed(went))


def test_after_tab_a_ring_shows_where_the_keys_go(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    # As the alerts tell it once they run: the quiet switch takes the keys then.
    night = QuietState(True, clock.now() + timedelta(hours=9), QuietReason.NIGHT)
    window.quiet_indicator.show_state(night, 3, clock.now())
    window.search.setFocus()
    assert _tab(qtbot, back=True) is window.sidebar
    assert _ringed(window, window.sidebar)
    # The search box shows its focus itself, as every edit box does.
    assert _tab(qtbot) is window.search
    assert not window.focus_ring.isVisible()
    for pane in (window.list, window.detail):
        assert _tab(qtbot) is pane
        assert _ringed(window, pane), type(pane).__name__
    # The reply bar's buttons under the message, then, past the panes, the quiet switch
    # of the status bar (a flat button that shows no focus of its own): ringed too, and
    # nowhere else.
    for button in (window.reply_box.bar_reply, window.reply_box.bar_shou_dao):
        assert _tab(qtbot) is button
        assert _ringed(window, button)
    assert _tab(qtbot) is window.quiet_indicator
    assert _ringed(window, window.quiet_indicator)
    assert not _ringed(window, window.detail)


def test_the_ring_follows_its_pane_when_the_panes_are_resized(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list.setFocus()
    assert _ringed(window, window.list)
    sizes = window._splitter.sizes()
    window._splitter.setSizes([sizes[0] + 60, sizes[1] - 60, sizes[2]])
    qtbot.waitUntil(lambda: _ringed(window, window.list))


def test_down_in_the_views_and_groups_reaches_a_group(qtbot: QtBot, window: MainWindow) -> None:
    window.search.setFocus()
    sidebar = _tab(qtbot, back=True)
    assert sidebar is window.sidebar
    for _ in range(7):  # past Urgent, Action, Due today … Done, and the Groups heading
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert window.model.view.kind is ViewKind.GROUP


def _open_switcher(qtbot: QtBot, win: MainWindow) -> GroupSwitcher:
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    switcher = win.group_switcher
    assert switcher is not None
    qtbot.waitUntil(switcher.isVisible)
    return switcher


def _group_id(win: MainWindow, name: str) -> int:
    return next(gid for gid, known in win._group_names.items() if known == name)


def test_ctrl_g_opens_a_group_typed_by_part_of_its_name(qtbot: QtBot, window: MainWindow) -> None:
    switcher = _open_switcher(qtbot, window)
    qtbot.waitUntil(switcher.filter.hasFocus)
    # Every group, in the order the side list shows them.
    side = window.sidebar.topLevelItem(1)
    assert switcher.shown() == [side.child(i).text(0) for i in range(side.childCount())]
    type_chinese(switcher.filter, "指挥")
    assert switcher.shown() == ["桐坪镇防汛应急指挥群"]
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.group_switcher is None)
    assert window.model.view == View(ViewKind.GROUP, _group_id(window, "桐坪镇防汛应急指挥群"))
    assert window.sidebar.currentItem().text(0) == "桐坪镇防汛应急指挥群"
    # Straight on to its messages: j and the arrows work at once.
    qtbot.waitUntil(window.list.hasFocus)
    assert window.list.currentIndex().row() == 0


def test_the_arrows_choose_among_the_groups_found(qtbot: QtBot, window: MainWindow) -> None:
    switcher = _open_switcher(qtbot, window)
    type_chinese(switcher.filter, "防汛")
    found = switcher.shown()
    assert len(found) == 2 and all("防汛" in name for name in found)
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Down)
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.model.view == View(ViewKind.GROUP, _group_id(window, found[1]))


def test_esc_leaves_the_group_switcher_and_the_view_as_it_was(
    qtbot: QtBot, window: MainWindow
) -> None:
    switcher = _open_switcher(qtbot, window)
    type_chinese(switcher.filter, "指挥")
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.group_switcher is None)
    assert window.model.view == View()


def test_traditional_characters_find_a_group(qtbot: QtBot, window: MainWindow) -> None:
    switcher = _open_switcher(qtbot, window)
    type_chinese(switcher.filter, "指揮")
    assert switcher.shown() == ["桐坪镇防汛应急指挥群"]


def test_pinyin_initials_find_a_group_as_in_wechat(qtbot: QtBot, window: MainWindow) -> None:
    switcher = _open_switcher(qtbot, window)
    qtbot.keyClicks(switcher.filter, "zhq")  # 指挥群
    assert switcher.shown() == ["桐坪镇防汛应急指挥群"]
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.model.view == View(ViewKind.GROUP, _group_id(window, "桐坪镇防汛应急指挥群"))


def test_a_name_no_group_holds_is_said(qtbot: QtBot, window: MainWindow) -> None:
    switcher = _open_switcher(qtbot, window)
    type_chinese(switcher.filter, "水利局")
    assert switcher.shown() == []
    assert switcher.none_found.isVisible()
    assert (
        switcher.none_found.text()
        == "No group's name holds “水利局”, nor has those pinyin initials."
    )
    qtbot.keyClick(switcher.filter, Qt.Key.Key_Return)  # nothing to open: stays open
    assert switcher.isVisible()


def test_the_go_menu_offers_the_groups(window: MainWindow) -> None:
    go = next(m for m in window.menuBar().actions() if m.text() == "&Go").menu()
    texts = {a.text(): a.shortcut().toString() for a in go.actions()}
    assert texts["Go to group…"] == "Ctrl+G"


def test_tab_leaves_the_reading_pane_past_its_links(qtbot: QtBot, window: MainWindow) -> None:
    found = window._queries.page(View(search="yunxiu"), limit=5).ids
    assert found
    window.show_message(found[0])
    settle(qtbot, window)
    assert "https://" in window.detail.toPlainText()
    window.list.setFocus()
    assert _tab(qtbot) is window.detail
    stops = 0
    while _focused() is window.detail:
        stops += 1
        assert stops <= 3, "Tab stayed in the reading pane"
        _tab(qtbot)
    # And back in, and out again the other way.
    assert _tab(qtbot, back=True) is window.detail
    stops = 0
    while _focused() is window.detail:
        stops += 1
        assert stops <= 3, "Shift+Tab stayed in the reading pane"
        _tab(qtbot, back=True)
    assert _focused() is window.list


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_on_a_status_bar_link_follows_it(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, key: Qt.Key
) -> None:
    # From a tester: 设置节假日 and 查看 could only be clicked.
    _show_the_lines(window, clock)
    link = window.calendar_warning.link
    window.quiet_indicator.setFocus()
    assert _tab(qtbot) is link
    with qtbot.waitSignal(window.settingsRequested, timeout=1000):
        qtbot.keyClick(link, key)
