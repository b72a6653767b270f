"""Coming back to desk after a weekend: the line that says what came, lists it, and goes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.core.absence import LEAST_ABSENCE, NOTE_EVERY
from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import to_ms
from desk.store.presence import last_present, note_present
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.settled import settle
from tests.helpers.weekend import FRIDAY_LEFT, FRIDAY_TASK, NOTICE, posted, weekend


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
    assert said.startswith("While you were away (since Fri 18:04), 3 came in: ")
    for tier, n in came.per_tier.items():
        assert f"{tier.value.capitalize()} {n}" in said
    # A screen reader reads the line by its name.
    assert line.accessibleName() == said


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
    assert win.found_label.text() == "3 came while you were away · Esc: back"
    qtbot.keyClick(win.list, Qt.Key.Key_Escape)
    assert win.model.view.kind is ViewKind.ALL
    # Ctrl+8 lists them again, as the Go menu's 离开期间 does.
    qtbot.keyClick(win.list, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert win.model.view.kind is ViewKind.AWAY


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


def test_presence_is_noted_while_active_and_a_night_asleep_is_an_absence(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    win = first_start
    # A first start has no past to tell of; it notes the present.
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    assert not win.away_line.isVisible()
    assert win.presence.timer.isActive()
    clock.advance(NOTE_EVERY)
    win.presence.timer.timeout.emit()
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    # The PC slept through the night with the window active, and a task came meanwhile:
    # on waking, the timer fires.
    clock.advance(LEAST_ABSENCE + timedelta(hours=2))
    posted(store, clock, clock.now() - timedelta(hours=1), "请明天上午9点前报送值班表")
    win.presence.timer.timeout.emit()
    settle(qtbot, win)
    assert win.away_line.isVisible()
    assert win.away_line.said.full_text().startswith(
        "While you were away (since today 10:05), 1 came in: "
    )


def test_leaving_the_window_notes_when(
    qtbot: QtBot, store: Store, clock: ManualClock, first_start: MainWindow
) -> None:
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
    clock.advance(timedelta(minutes=2))
    first_start.presence.leave()
    qtbot.waitUntil(lambda: last_present(store.sessions) == clock.now())
