"""Coming back to desk after a weekend: the line that says what came, lists it, and goes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desk.connectors.protocol import SyncBatch
from desk.core.absence import LEAST_ABSENCE, NOTE_EVERY, Absence
from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.core.quiet_state import QuietReason, QuietState
from desk.store.inbox import CameWhileAway, InboxQueries, View, ViewKind
from desk.store.models import Message, to_ms
from desk.store.presence import keep_absence, last_present, note_present
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor, IngestResult
from desk.sync.status import SyncState, SyncStatus
from desk.ui import inbox_model, text_size
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.sidebar import OPEN_COUNTED
from desk.ui.window_place import WindowPlace
from tests.conftest import SHANGHAI
from tests.helpers.settled import settle
from tests.helpers.weekend import (
    FRIDAY_LEFT,
    FRIDAY_TASK,
    MONDAY_BACK,
    NOTICE,
    posted,
    weekend,
)


def _open(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    ops = StoreOps()
    # Recounted after each change, not every 5 s: the tests do not wait for a timer.
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI, away_recount_ms=0)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    settle(qtbot, win)
    yield win
    ops.shutdown()


@pytest.fixture
def back_on_monday(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """desk last in use on Friday at 18:04, opened on Monday at 10:00."""
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    yield from _open(qtbot, store, clock)


def _listed_texts(win: MainWindow) -> list[str]:
    rows = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
    return [row.text for row in rows if row is not None]


def test_the_line_says_what_came_since_friday_counted_as_the_views_count(
    back_on_monday: MainWindow,
) -> None:
    win = back_on_monday
    line = win.away_line
    assert line.isVisible()
    # The notice forwarded into three groups counts once: three cards came, not seven.
    away = View(ViewKind.AWAY, came=(to_ms(FRIDAY_LEFT), to_ms(win._clock.now())))
    came = win._queries.came_while_away(away)
    assert came.total == 3
    said = line.said.full_text()
    assert said.startswith("While you were away (since Fri 18:04), 3 arrived: ")
    for tier, n in came.per_tier.items():
        assert f"{tier.value.capitalize()} {n}" in said
    # A screen reader reads the line by its name.
    assert line.accessibleName() == said


def test_the_line_and_the_views_say_what_they_count(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # A tester saw 紧急 9 on the line and 紧急 7 at the left: the line counts what arrived,
    # read or not, the views what is unread, and neither said so.
    win = back_on_monday
    said = win.away_line.said
    assert " arrived: " in said.full_text()
    assert "read or not" in said.toolTip()
    assert (
        "the numbers at the left count what is not done yet in Urgent, Action and Due & overdue"
        in said.toolTip()
    )
    assert "read or not" in win.away_line.accessibleDescription()
    views = win._queries.view_counts()
    open_cards = win._queries.open_counts(win._today)
    for kind, item in win.sidebar._view_items.items():
        if kind in OPEN_COUNTED:
            cards = open_cards[kind]
            assert item.text(1) == (str(cards.open) if cards.open else "")
            said = f"{cards.open} "
            if kind is ViewKind.DUE:  # today's and the overdue apart, as its name says
                said = f"Due today {cards.open - cards.overdue} · overdue {cards.overdue} "
            assert item.toolTip(1).startswith(said) or not cards.open
            continue
        n = views.get(kind, 0) if kind is not ViewKind.DONE else 0
        assert item.text(1) == (str(n) if n else "")
        assert item.toolTip(1) == item.toolTip(0) == (f"{n} unread" if n else "")
    away = win.sidebar._away
    assert away.toolTip(1) == f"{away.text(1)} unread of 3 arrived"


def test_once_some_are_read_the_line_the_sidebar_and_the_list_say_unread_first_alike(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # A tester: 离开期间 2 at the left, the line 新到 7 条…其中 2 条未读, the list 离开期间到了
    # 7 条: three numbers, two of them 7, for one list of which two cards were unread.
    win = back_on_monday
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY and win.model.rowCount() == 3)
    win._queries.set_read([win.model.ids[-1]], True)
    win._recount_away()
    away = win.sidebar._away
    qtbot.waitUntil(lambda: away.text(1) == "2")
    assert win.away_line.said.full_text().startswith(
        "While you were away (since Fri 18:04): 2 unread of 3 arrived ("
    )
    assert away.toolTip(1) == "2 unread of 3 arrived"
    assert win.found_label.full_text() == "2 unread of 3 that came while you were away · Esc: back"
    settle(qtbot, win)


@pytest.fixture
def at_150() -> Iterator[None]:
    text_size.apply(150)
    yield
    text_size.restore()


@pytest.mark.usefixtures("at_150")
def test_a_long_weekend_s_line_fits_a_small_screen_s_window_at_150_percent(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    win = back_on_monday
    # As the window opens on a 1366 x 768 screen.
    win.resize(1200, 768)
    came = CameWhileAway({Tier.URGENT: 9, Tier.ACTION: 26, Tier.INFO: 97}, unread=121)
    win.away_line.say(came, FRIDAY_LEFT, win._clock.now(), SHANGHAI)
    settle(qtbot, win)
    said = win.away_line.said
    assert said.full_text() == (
        "While you were away (since Fri 18:04): 121 unread of 132 arrived "
        "(Urgent 9 · Action 26 · Info 97)"
    )
    assert not said.is_elided()


def test_show_only_these_lists_what_came_and_esc_goes_back(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    win = back_on_monday
    all_texts = _listed_texts(win)
    assert FRIDAY_TASK in all_texts
    qtbot.mouseClick(win.away_line.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert win.model.view.kind is ViewKind.AWAY
    texts = _listed_texts(win)
    assert len(texts) == 3 and texts.count(NOTICE) == 1
    assert FRIDAY_TASK not in texts
    # In the inbox's order, as All lists them.
    assert texts == [t for t in all_texts if t in texts]
    assert win.found_label.full_text() == "3 came while you were away · Esc: back"
    qtbot.keyClick(win.list, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL
    # Ctrl+8 lists them again, as the Go menu's 离开期间 does.
    qtbot.keyClick(win.list, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert win.model.view.kind is ViewKind.AWAY


def test_esc_from_the_reading_pane_goes_back_as_the_header_says(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # A tester clicked the reading pane in 离开期间 and pressed Esc: the header says
    # "Esc: back", and nothing she could see happened (the focus went to the list).
    win = back_on_monday
    win.show()
    qtbot.waitExposed(win)
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY and win.model.rowCount() == 3)
    win.detail.setFocus()
    qtbot.keyClick(win.detail, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY)
    win.sidebar.setFocus()
    qtbot.keyClick(win.sidebar, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL


def test_esc_from_the_search_box_goes_to_the_list_not_out_of_it(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # / in 离开期间, then Esc, thought better of: the search box goes, as everywhere
    # else, and the list stays; one more Esc from the list goes back.
    win = back_on_monday
    win.show()
    qtbot.waitExposed(win)
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY and win.model.rowCount() == 3)
    qtbot.keyClick(win.list, Qt.Key.Key_Slash)
    qtbot.waitUntil(win.search.hasFocus)
    qtbot.keyClick(win.search, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.AWAY
    assert win.list.hasFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL


@pytest.fixture
def paged_by_two(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """Back on Monday, the list read two cards at a time (200 in the app)."""
    monkeypatch.setattr(inbox_model, "PAGE", 2)
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    yield from _open(qtbot, store, clock)


def test_the_away_list_s_header_says_the_number_counted_not_a_page_s(
    qtbot: QtBot, paged_by_two: MainWindow
) -> None:
    # A tester read 离开期间到了 200 条以上 over the list, beside 264 at the left and on
    # the line: the list reads a page at a time, the number was known all along.
    win = paged_by_two
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY)
    # Before the event loop's next turn: then the list reads its last card, on screen (and
    # the store thread counts the view, see InboxModel.set_view).
    assert win.model.canFetchMore(QModelIndex()), "a page short of the list"
    assert win.found_label.full_text() == "3 came while you were away · Esc: back"
    settle(qtbot, win)
    assert win.found_label.full_text() == "3 came while you were away · Esc: back"


def test_dismissed_the_line_stays_gone_through_later_recounts(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    win = back_on_monday
    win.away_line.dismiss_button.setFocus()
    qtbot.keyClick(win.away_line.dismiss_button, Qt.Key.Key_Space)
    assert not win.away_line.isVisible()
    win.request_refresh()
    settle(qtbot, win)
    assert not win.away_line.isVisible()
    # What came is still under the views.
    assert win.sidebar.away() is not None


def test_the_line_goes_once_everything_that_came_is_read(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    win = back_on_monday
    win.show_away()
    settle(qtbot, win)
    qtbot.keyClick(win.list, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    assert not win.away_line.isVisible()
    # Friday's task, read or not, was never part of it: still unread in All.
    assert win._queries.view_counts()[ViewKind.ALL] >= 1


@pytest.fixture
def an_hour_after(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """desk quit an hour ago, started again."""
    weekend(store, clock)
    note_present(store.sessions, clock.now() - timedelta(hours=1))
    yield from _open(qtbot, store, clock)


@pytest.fixture
def first_start(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """desk never ran on this store before."""
    weekend(store, clock)
    yield from _open(qtbot, store, clock)


def test_a_start_an_hour_after_quitting_says_nothing(an_hour_after: MainWindow) -> None:
    win = an_hour_after
    assert not win.away_line.isVisible() and win.sidebar.away() is None
    win.show_away()
    assert win.statusBar().currentMessage().startswith("You have not been away")


def test_a_start_an_hour_after_quitting_says_held_nothing_yet(an_hour_after: MainWindow) -> None:
    win = an_hour_after
    # As the alerts tell it: not quiet on Monday at 08:30.
    win.quiet_indicator.show_state(QuietState(False, None, QuietReason.WORKDAY), 0, MONDAY_BACK)
    win.show_held()
    assert win.statusBar().currentMessage().startswith("Nothing held during quiet hours yet")


def test_a_first_start_says_desk_was_not_running_before_it(
    qtbot: QtBot, first_start: MainWindow
) -> None:
    # On a first start on Monday after quiet hours, Ctrl+7 said nothing was held *yet*, as
    # if quiet hours were still to end, and Ctrl+8 said "you have not been away" after a
    # weekend (a tester): desk was not running then, and what came is in the inbox.
    win = first_start
    qtbot.waitUntil(lambda: win.presence.first_start)
    # As the alerts tell it: not quiet on Monday at 08:30.
    win.quiet_indicator.show_state(QuietState(False, None, QuietReason.WORKDAY), 0, MONDAY_BACK)
    win.show_held()
    assert (
        win.statusBar()
        .currentMessage()
        .startswith(
            "desk was not running during the last quiet hours, so it held nothing: "
            "what came before it started is in the inbox as usual."
        )
    )
    win.show_away()
    assert (
        win.statusBar()
        .currentMessage()
        .startswith(
            "desk was not running here before this start, so there is no absence to tell of: "
            "what came before it started is in the inbox as usual."
        )
    )


def _touch(qtbot: QtBot, win: MainWindow) -> None:
    """The user clicks in the window (on the status bar: it changes nothing there), the
    click coming as the system's do, to the window first."""
    bar = win.statusBar()
    at = bar.mapTo(win, bar.rect().center())
    QTest.mouseClick(win.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), at)


def _noted_as_present(qtbot: QtBot, store: Store, clock: ManualClock, win: MainWindow) -> None:
    """What the user did just now is what the store says at the next note."""
    did = clock.now()
    clock.advance(timedelta(minutes=1))
    win.presence.timer.timeout.emit()
    qtbot.waitUntil(lambda: last_present(store.sessions) == did)


def test_a_key_or_a_click_in_a_dialog_is_presence(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    # A dialog is a window of its own: the user writing in desk's settings is in desk.
    win = first_start
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    dialog = QDialog(win)
    dialog.setLayout(QVBoxLayout())
    field = QLineEdit()
    dialog.layout().addWidget(field)
    dialog.show()
    dialog.activateWindow()
    # The user writes once it has the focus (which comes to it a moment after it shows).
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    field.setFocus()
    clock.advance(NOTE_EVERY)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert field.text() == "a"
    _noted_as_present(qtbot, store, clock, win)
    clock.advance(NOTE_EVERY)
    QTest.mouseClick(
        dialog.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), QPoint(2, 2)
    )
    _noted_as_present(qtbot, store, clock, win)
    # Left open while the user went to another program, and clicked in again.
    browser = QWidget()
    qtbot.addWidget(browser)
    browser.show()
    browser.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is browser.windowHandle())
    clock.advance(NOTE_EVERY)
    QTest.mouseClick(
        dialog.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), QPoint(2, 2)
    )
    _noted_as_present(qtbot, store, clock, win)
    dialog.close()


def test_a_scroll_over_the_window_while_another_program_has_the_focus_is_presence(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    win = first_start
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    browser = QWidget()
    qtbot.addWidget(browser)
    browser.show()
    browser.activateWindow()
    qtbot.waitActive(browser)
    qtbot.waitUntil(lambda: not win.isActiveWindow())
    clock.advance(NOTE_EVERY)
    at = QPointF(win.list.mapTo(win, win.list.rect().center()))
    scrolled = QWheelEvent(
        at,
        win.mapToGlobal(at),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier(0),
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(win.windowHandle(), scrolled)
    _noted_as_present(qtbot, store, clock, win)


def test_presence_is_noted_as_the_user_does_something_and_a_night_asleep_is_an_absence(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    win = first_start
    # A first start has no past to tell of; it notes the present.
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    assert not win.away_line.isVisible()
    assert win.presence.timer.isActive()
    clock.advance(NOTE_EVERY)
    _touch(qtbot, win)
    clicked = clock.now()
    clock.advance(timedelta(minutes=1))
    win.presence.timer.timeout.emit()
    qtbot.waitUntil(lambda: last_present(store.sessions) == clicked)
    # The PC slept through the night with the window active, and a task came meanwhile:
    # on waking, the timer fires, and the first click tells the night.
    clock.advance(LEAST_ABSENCE + timedelta(hours=2))
    posted(store, clock, clock.now() - timedelta(hours=1), "请明天上午9点前报送值班表")
    win.presence.timer.timeout.emit()
    _touch(qtbot, win)
    settle(qtbot, win)
    assert win.away_line.isVisible()
    assert win.away_line.said.full_text().startswith(
        "While you were away (since today 10:05), 1 arrived: "
    )


def test_a_weekend_with_the_window_left_active_and_untouched_is_an_absence(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    # A reviewer left desk the active window over a weekend on a PC that locks its screen
    # but never sleeps: its 5-min timer noted "present" all weekend, as the window was
    # active, and on Monday no line said what had come.
    win = first_start
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    left = clock.now()
    for _ in range(int(timedelta(hours=62) / NOTE_EVERY)):
        clock.advance(NOTE_EVERY)
        win.presence.timer.timeout.emit()
    settle(qtbot, win)
    assert last_present(store.sessions) == left
    posted(store, clock, left + timedelta(hours=20), "请明天上午9点前报送值班表")
    _touch(qtbot, win)  # Monday
    settle(qtbot, win)
    assert win.away_line.isVisible()
    said = win.away_line.said.full_text()
    assert said.startswith("While you were away (since Mon 10:00), 1 arrived"), said


def test_leaving_the_window_notes_the_last_thing_the_user_did(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    clock.advance(timedelta(minutes=2))
    _touch(qtbot, first_start)
    clicked = clock.now()
    # Quit an hour later, maybe by the system shutting down: the user was last here then.
    clock.advance(timedelta(hours=1))
    first_start.presence.leave()
    qtbot.waitUntil(lambda: last_present(store.sessions) == clicked)


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


def _started_again(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, place: WindowPlace | None = None
) -> MainWindow:
    """A window over the same store, as desk starts again; with `place`, built in the last
    one's place (another language chosen, desk.app.gui's REOPEN)."""
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI, away_recount_ms=0)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    if place is not None:
        win.return_to(place)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    settle(qtbot, win)
    return win


def _quit(qtbot: QtBot, win: MainWindow) -> None:
    """Quits as desk does: the user was present until now (a store write)."""
    win.presence.leave()
    settle(qtbot, win)
    win.allow_close()
    win.close()


def test_the_window_rebuilt_in_another_language_comes_back_to_what_came_while_away(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A tester, back on Monday in 离开期间, chose another language and 立即重启: neither the
    # line nor 离开期间 came back, and the list was of everything (200 条以上, from before
    # Friday).
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    win = _started_again(qtbot, store, clock, ops)
    said = win.away_line.said.full_text()
    win.show_away()
    settle(qtbot, win)
    listed = _listed_texts(win)
    assert len(listed) == 3
    place = win.place()
    clock.advance(timedelta(minutes=3))
    _quit(qtbot, win)
    again = _started_again(qtbot, store, clock, ops, place)
    assert again.model.view.kind is ViewKind.AWAY
    assert _listed_texts(again) == listed
    assert again.found_label.full_text() == "3 came while you were away · Esc: back"
    assert again.away_line.isVisible() and again.away_line.said.full_text() == said
    assert again.sidebar.away() is not None


def test_what_came_while_away_is_offered_after_a_quit_or_a_reboot_until_dismissed(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # Quitting noted "present now", and the next start found no absence: the weekend's
    # line was lost for good, and so it was by a reboot at 09:00 after the 08:35 return.
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    win = _started_again(qtbot, store, clock, ops)
    said = win.away_line.said.full_text()
    assert said.startswith("While you were away (since Fri 18:04), 3 arrived: ")
    clock.advance(timedelta(minutes=20))
    _quit(qtbot, win)
    clock.advance(timedelta(minutes=5))
    again = _started_again(qtbot, store, clock, ops)
    assert again.away_line.isVisible() and again.away_line.said.full_text() == said
    assert again.sidebar.away() is not None
    # A reboot: no quit, the presence noted minutes before.
    clock.advance(timedelta(minutes=30))
    rebooted = _started_again(qtbot, store, clock, ops)
    assert rebooted.away_line.said.full_text() == said
    # Dismissed, it is offered no more.
    rebooted.away_line.dismiss_button.click()
    _quit(qtbot, rebooted)
    after = _started_again(qtbot, store, clock, ops)
    assert not after.away_line.isVisible() and after.sidebar.away() is None


def test_what_came_while_away_all_read_is_offered_no_more_after_a_restart(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    _quit(qtbot, _started_again(qtbot, store, clock, ops))
    # Offered again, until all of it is read.
    win = _started_again(qtbot, store, clock, ops)
    assert win.sidebar.away() is not None
    win.show_away()
    settle(qtbot, win)
    qtbot.keyClick(win.list, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    _quit(qtbot, win)
    again = _started_again(qtbot, store, clock, ops)
    assert not again.away_line.isVisible() and again.sidebar.away() is None


def test_the_line_comes_as_soon_as_the_first_sync_brings_what_came(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A tester saw the line 14-17 s after launch: the first count, before the first sync
    # brought the weekend in, found nothing, and the recount waited out its 5 s spacing.
    note_present(store.sessions, FRIDAY_LEFT)
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.sidebar.away() is not None)
    qtbot.waitUntil(lambda: not win._counting_away)
    assert not win.away_line.isVisible()
    weekend(store, clock)  # the first sync's batch
    win.request_refresh()
    # Within a second or two of the batch, not AWAY_RECOUNT_MS after the first count.
    qtbot.waitUntil(win.away_line.isVisible, timeout=1500)
    assert win.away_line.said.full_text().startswith("While you were away (since Fri 18:04)")
    settle(qtbot, win)


def test_a_pc_woken_and_left_for_another_app_first_still_tells_the_weekend(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    # A reviewer closed the lid on Friday with desk active and, on Monday, clicked the
    # browser first: desk noted "present now" as it lost the focus, before its timer
    # fired (up to 5 min after waking), and the weekend was never told.
    win = first_start
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    left = clock.now()
    clock.advance(timedelta(hours=62))  # asleep: no timer fires
    posted(store, clock, left + timedelta(hours=20), "请明天上午9点前报送值班表")
    browser = QWidget()
    qtbot.addWidget(browser)
    browser.show()
    browser.activateWindow()
    qtbot.waitActive(browser)
    qtbot.waitUntil(lambda: not win.isActiveWindow())
    clock.advance(timedelta(minutes=2))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    settle(qtbot, win)
    assert win.away_line.isVisible()
    said = win.away_line.said.full_text()
    assert said.startswith("While you were away (since Mon 10:00), 1 arrived")


def test_a_night_found_at_the_start_outlives_the_count_of_the_absence_kept_before_it(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A reviewer: back on Monday from the weekend (kept), all of it read on the phone after
    # quitting at 18:00. Started on Tuesday, desk found the night; the count of Monday's
    # absence, landing after, found all read and forgot the night in its place: a reboot
    # minutes later said nothing of what had come overnight.
    weekend(store, clock)
    keep_absence(store.sessions, Absence(FRIDAY_LEFT, MONDAY_BACK))
    monday_quit = datetime(2026, 11, 23, 18, 0, tzinfo=SHANGHAI)
    note_present(store.sessions, monday_quit)
    with store.sessions.begin() as session:
        session.execute(update(Message).values(read=True))
    clock.advance(datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI) - clock.now())
    posted(store, clock, clock.now() - timedelta(hours=2), "请今天上午10点前报送值班表")
    win = _started_again(qtbot, store, clock, ops)
    said = win.away_line.said.full_text()
    assert said.startswith("While you were away (since yesterday 18:00), 1 arrived"), said
    clock.advance(timedelta(minutes=5))
    rebooted = _started_again(qtbot, store, clock, ops)  # no quit
    assert rebooted.away_line.isVisible() and rebooted.away_line.said.full_text() == said


def test_an_absence_offered_again_the_next_day_says_its_day_as_of_today(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A reviewer, back on Monday from a Sunday of overtime left at 08:00, started desk again
    # on Tuesday morning after a short look at 01:10 (no new absence of 8 h): the line
    # still offered said "since yesterday 08:00", yesterday being Monday.
    weekend(store, clock)
    sunday_left = datetime(2026, 11, 22, 8, 0, tzinfo=SHANGHAI)
    keep_absence(
        store.sessions, Absence(sunday_left, datetime(2026, 11, 23, 8, 30, tzinfo=SHANGHAI))
    )
    posted(store, clock, sunday_left + timedelta(hours=4), "请各村明天上午10点前报送灾情统计")
    note_present(store.sessions, datetime(2026, 11, 24, 1, 10, tzinfo=SHANGHAI))
    clock.advance(datetime(2026, 11, 24, 8, 30, tzinfo=SHANGHAI) - clock.now())
    win = _started_again(qtbot, store, clock, ops)
    said = win.away_line.said.full_text()
    assert said.startswith("While you were away (since Sun 08:00), 1 arrived"), said
    assert "(Sun 08:00)" in win.away_line.toolTip()


def test_esc_from_what_came_after_a_language_restart_goes_back_where_it_went_before(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A reviewer in 离开期间, come from Urgent, chose another language and 立即重启: Esc then
    # went to All, where it had gone back to Urgent in the first window.
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    win = _started_again(qtbot, store, clock, ops)
    win.sidebar.select_view(ViewKind.URGENT)
    settle(qtbot, win)
    qtbot.keyClick(win.list, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert win.model.view.kind is ViewKind.AWAY
    place = win.place()
    _quit(qtbot, win)
    again = _started_again(qtbot, store, clock, ops, place)
    assert again.model.view.kind is ViewKind.AWAY
    again.list.setFocus()
    qtbot.keyClick(again.list, Qt.Key.Key_Escape)
    assert again.model.view.kind is ViewKind.URGENT


def test_a_screen_reader_hears_what_came_as_the_line_comes_and_on_tabbing_to_it(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reviewer with a screen reader: the words were only the name of the line, no focus
    # stop; tabbing from the views, they heard 只看这些 and 关闭 alone, and nothing said
    # that the line had come.
    alerts: list[QObject] = []

    def heard(event: QAccessibleEvent) -> None:
        if event.type() is QAccessible.Event.Alert:
            alerts.append(event.object())

    monkeypatch.setattr(QAccessible, "updateAccessibility", heard)
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    win = _started_again(qtbot, store, clock, ops)
    line = win.away_line
    said = line.said.full_text()
    assert said.startswith("While you were away (since Fri 18:04), 3 arrived")
    assert alerts == [line] and line.accessibleName() == said
    # Said once as it comes, not again at each recount.
    win.request_refresh()
    settle(qtbot, win)
    assert alerts == [line]
    # Above the views, as on the screen: Shift+Tab from them, past the guide.
    win.guide.hide()
    win.sidebar.setFocus()
    qtbot.keyClick(win.sidebar, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(line.dismiss_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    tabbed_to = QApplication.focusWidget()
    assert tabbed_to is line.show_button
    assert tabbed_to.accessibleName() == "Show only these"
    assert tabbed_to.accessibleDescription() == said


def _opening(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """The window just shown, before its first paint: nothing read from the store yet."""
    ops = StoreOps()
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI, away_recount_ms=0)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    yield win
    ops.shutdown()


@pytest.fixture
def restarted_after_the_weekend(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> Iterator[MainWindow]:
    """desk last in use on Friday at 18:04, restarted on Monday: its absence kept."""
    weekend(store, clock)
    note_present(store.sessions, FRIDAY_LEFT)
    keep_absence(store.sessions, Absence(FRIDAY_LEFT, clock.now()))
    yield from _opening(qtbot, store, clock)


def test_ctrl_8_right_after_a_restart_says_it_reads_then_lists_what_came(
    qtbot: QtBot, restarted_after_the_weekend: MainWindow
) -> None:
    # Right after a restart Ctrl+8 said "you have not been away yet" after a weekend away,
    # for the seconds before the absence kept was read: a wrong "nothing".
    win = restarted_after_the_weekend
    win.show_away()
    said = win.statusBar().currentMessage()
    assert said.startswith("Reading what came while you were away"), said
    assert win.model.view.kind is not ViewKind.AWAY
    # Once read, the key press is answered: the list of what came.
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY)
    assert win.model.rowCount() > 0
    assert not win.statusBar().currentMessage().startswith("Reading")
    settle(qtbot, win)


def test_ctrl_7_right_after_a_restart_says_it_reads_until_the_first_answer(
    qtbot: QtBot, restarted_after_the_weekend: MainWindow
) -> None:
    # Before the first alert check answered, Ctrl+7 said nothing had been held yet,
    # though the night's digest, kept, was about to be listed again.
    win = restarted_after_the_weekend
    settle(qtbot, win)
    win.sidebar.select_view(ViewKind.INFO)
    win.show_held()
    said = win.statusBar().currentMessage()
    assert said.startswith("Reading what quiet hours held"), said
    assert "Nothing held" not in said
    # The first answer, as the alerts give it: the kept digest, then the state.
    held = tuple(win.model.ids[:3])
    win.show_digest("夜间暂缓 3 条", held)
    win.sidebar.select_view(ViewKind.INFO)
    win.quiet_indicator.show_state(QuietState(False, None, QuietReason.WORKDAY), 0, MONDAY_BACK)
    assert win.model.view.kind is ViewKind.HELD
    assert tuple(win.model.ids) == held


def test_ctrl_7_waits_for_the_first_answer_and_then_says_none_were_held(
    qtbot: QtBot, restarted_after_the_weekend: MainWindow
) -> None:
    win = restarted_after_the_weekend
    settle(qtbot, win)
    win.show_held()
    assert win.statusBar().currentMessage().startswith("Reading what quiet hours held")
    win.quiet_indicator.show_state(QuietState(False, None, QuietReason.WORKDAY), 0, MONDAY_BACK)
    assert win.statusBar().currentMessage().startswith("Nothing held during quiet hours yet")


@pytest.fixture
def restarted_before_the_weekend_came(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> Iterator[MainWindow]:
    """desk last in use on Friday, restarted on Monday: the absence kept, the weekend's
    messages not synced yet."""
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, SyncBatch(next_cursor="friday"))
    note_present(store.sessions, FRIDAY_LEFT)
    keep_absence(store.sessions, Absence(FRIDAY_LEFT, clock.now()))
    yield from _open(qtbot, store, clock)


def test_what_came_while_away_says_it_is_reading_until_the_first_sync_is_read(
    qtbot: QtBot, store: Store, clock: ManualClock, restarted_before_the_weekend_came: MainWindow
) -> None:
    # Right after a restart, 离开期间到了 0 条 and 这里没有消息。 stood for the seconds
    # before the first sync brought the weekend in and its re-read was shown: a wrong 0.
    win = restarted_before_the_weekend_came
    win.show_away()
    assert win.model.view.kind is ViewKind.AWAY and win.model.rowCount() == 0
    assert win.found_label.full_text() == "Reading what came while you were away… · Esc: back"
    assert win.list.empty_text() == "Reading what came while you were away…"
    win.show_sync_status(SyncStatus(SyncState.SYNCING, clock.now()))
    assert win.list.empty_text() == "Reading what came while you were away…\nSyncing…"
    win.on_ingested(weekend_result(store, clock))
    win.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
    qtbot.waitUntil(lambda: win.model.rowCount() > 0)
    settle(qtbot, win)
    assert win.found_label.full_text() == "3 came while you were away · Esc: back"


def test_an_absence_over_which_nothing_came_says_0_once_the_first_sync_is_read(
    qtbot: QtBot, clock: ManualClock, restarted_before_the_weekend_came: MainWindow
) -> None:
    win = restarted_before_the_weekend_came
    win.show_away()
    win.show_sync_status(SyncStatus(SyncState.UP_TO_DATE, clock.now()))
    settle(qtbot, win)
    assert win.found_label.full_text() == "0 came while you were away · Esc: back"
    assert win.list.empty_text() == "No messages here."


def test_what_quiet_hours_held_says_it_is_reading_until_the_first_sync_is_read(
    qtbot: QtBot, clock: ManualClock, restarted_before_the_weekend_came: MainWindow
) -> None:
    win = restarted_before_the_weekend_came
    # Quiet hours hold (a restart at night): what they hold so far comes with the sync.
    quiet = QuietState(True, MONDAY_BACK + timedelta(hours=1), QuietReason.NIGHT)
    win.quiet_indicator.show_state(quiet, 2, clock.now())
    win.show_held()
    assert win.model.view.kind is ViewKind.HELD and win.model.rowCount() == 0
    assert win.list.empty_text() == "Reading what quiet hours held…"
    assert win.found_label.full_text() == "Reading what quiet hours held… · Esc: back"


def weekend_result(store: Store, clock: ManualClock) -> IngestResult:
    """The weekend's messages as the first sync brings them (see tests.helpers.weekend)."""
    weekend(store, clock)
    (account,) = ensure_default_account(store, clock)
    return IngestResult(account.id, new_messages=9)


def test_esc_from_the_reading_pane_keeps_the_card_read_selected_and_in_sight(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # A tester read the third card that came while away and pressed Esc: back in All,
    # the first card was selected and the one she had read was out of sight, where Esc
    # from a reading pane elsewhere keeps the card she was on.
    win = back_on_monday
    win.list.setMaximumHeight(130)  # a short list (a large text size): about two cards
    win.show()
    qtbot.waitExposed(win)
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY and win.model.rowCount() == 3)
    win.list.setCurrentIndex(win.model.index(2))
    read = win._current_id()
    assert read is not None
    qtbot.keyClick(win.list, Qt.Key.Key_Return)
    win.detail.setFocus()
    qtbot.keyClick(win.detail, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL
    qtbot.waitUntil(lambda: win._current_id() == read)
    settle(qtbot, win)
    assert win._current_id() == read and win.list.hasFocus()
    # Scrolled to it: the top card is out of sight.
    assert not win.list.viewport().rect().contains(win.list.visualRect(win.model.index(0)))
    shown = win.list.visualRect(win.list.currentIndex())
    assert win.list.viewport().rect().contains(shown), (shown, win.list.viewport().rect())


@pytest.fixture
def monday_not_yet_back(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    """The weekend's messages in, the window open, the return not yet found."""
    weekend(store, clock)
    yield from _open(qtbot, store, clock)


def test_while_away_is_listed_with_its_count_never_a_bare_name_first(
    qtbot: QtBot, monday_not_yet_back: MainWindow, clock: ManualClock
) -> None:
    # During the start a tester saw 离开期间 listed at the left with no number, then 6 a
    # few seconds later: the count comes off the GUI thread. It is listed once counted.
    win = monday_not_yet_back
    entries = win.sidebar.entries
    assert "While away" not in [e.name for e in entries()]
    shown: list[tuple[str, ...]] = []
    win.sidebar.relisted.connect(
        lambda: shown.append(tuple(e.count for e in entries() if e.name == "While away"))
    )
    win._came_back(Absence(FRIDAY_LEFT, clock.now()))
    assert "While away" not in [e.name for e in entries()]
    qtbot.waitUntil(lambda: [e.count for e in entries() if e.name == "While away"] == ["3"])
    assert ("",) not in shown, shown


def test_while_away_is_not_listed_beside_a_digest_of_nearly_the_same_span(
    qtbot: QtBot, back_on_monday: MainWindow
) -> None:
    # On Monday a tester read 免打扰期间 17 and 离开期间 6 at the left, for quiet hours
    # from Friday 18:00 and an absence from 18:02, and nothing said how they differ. Beside
    # the digest of a quiet run that began about when she left, its list is the morning's;
    # the line over the list still says what came while away, since when, and lists it.
    win = back_on_monday

    def names() -> list[str]:
        return [e.name for e in win.sidebar.entries()]

    qtbot.waitUntil(lambda: "While away" in names())
    quiet_began = FRIDAY_LEFT.replace(hour=18, minute=0)
    win.show_digest("Held during quiet hours (since Fri 18:00): 2", [1, 2], began=quiet_began)
    qtbot.waitUntil(lambda: "While away" not in names())
    assert "Held while quiet" in names()
    assert win.away_line.isVisible() and win.sidebar.away() is not None
    # Away since well before quiet hours began: both listed.
    later = quiet_began.replace(hour=21)
    win.show_digest("Held during quiet hours (since Fri 21:00): 2", [1, 2], began=later)
    qtbot.waitUntil(lambda: "While away" in names())
    win.show_digest("Held during quiet hours (since Fri 18:00): 2", [1, 2], began=quiet_began)
    qtbot.waitUntil(lambda: "While away" not in names())
    # The digest gone (the next quiet period began), it is listed again.
    win.drop_digest()
    qtbot.waitUntil(lambda: "While away" in names())
    # Its 查看 (Ctrl+8) lists it beside the digest, shows it, and it stays listed.
    win.show_digest("Held during quiet hours (since Fri 18:00): 2", [1, 2], began=quiet_began)
    qtbot.waitUntil(lambda: "While away" not in names())
    win.show_away()
    qtbot.waitUntil(lambda: win.model.view.kind is ViewKind.AWAY)
    assert "While away" in names()
    win.sidebar.select_view(ViewKind.ALL)
    win._recount_away()
    qtbot.waitUntil(win.idle)
    assert "While away" in names()
