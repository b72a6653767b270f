"""The window built again in another language comes back where the user was: the view,
its search, the card they went to (a tester came back to All and its first card)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.window_place import WindowPlace
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


def _window(qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps) -> MainWindow:
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    return window


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def _reopened(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, place: WindowPlace
) -> MainWindow:
    """The window built in the last one's place, as desk.app.gui builds it: the place
    taken over before the first paint."""
    window = _window(qtbot, store, clock, ops)
    window.return_to(place)
    return _shown(qtbot, window)


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps) -> MainWindow:
    sync_demo(store, clock)
    return _shown(qtbot, _window(qtbot, store, clock, ops))


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.list, key, modifier)


def _type_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _shown_card(window: MainWindow) -> int | None:
    index = window.list.currentIndex()
    listed = window.model.message_id(index.row()) if index.isValid() else None
    assert listed == window.detail.row_id, "the reading pane shows the card selected"
    return listed


def test_a_group_and_the_card_chosen_in_it_come_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    entries = window.sidebar.group_entries()
    busiest = max(
        entries, key=lambda e: len(window._queries.page(View(ViewKind.GROUP, e.group_id)).ids)
    )
    window.sidebar.select_group(busiest.group_id)
    window.list.setFocus()
    _key(qtbot, window, Qt.Key.Key_J)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    assert chosen is not None and window.list.currentIndex().row() == 2

    again = _reopened(qtbot, store, clock, ops, window.place())
    assert again.model.view == window.model.view
    assert again.sidebar.currentItem().text(0) == busiest.shown
    assert _shown_card(again) == chosen


def test_a_search_in_urgent_and_its_card_come_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    _key(qtbot, window, Qt.Key.Key_2, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_Slash)
    _type_chinese(window.search, "转移")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.model.rowCount() >= 2
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)

    again = _reopened(qtbot, store, clock, ops, window.place())
    assert again.model.view == View(ViewKind.URGENT, search="转移")
    assert again.search.text() == "转移"
    assert again.sidebar.currentItem().text(0) == window.sidebar.currentItem().text(0)
    assert _shown_card(again) == chosen


def test_what_quiet_hours_held_comes_back_and_esc_still_goes_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    held = window._queries.page(View(ViewKind.INFO), None, 5).ids
    line = "Held during quiet hours: 5 (Info 5)"
    _key(qtbot, window, Qt.Key.Key_3, ctrl=True)  # Action, where Esc goes back to
    window.show_digest(line, held)
    _key(qtbot, window, Qt.Key.Key_7, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    assert window.model.view.kind is ViewKind.HELD and chosen in held

    again = _reopened(qtbot, store, clock, ops, window.place())
    assert again.model.view == window.model.view
    assert _shown_card(again) == chosen
    # The services started, the digest kept from before is said again: the card stays.
    again.show_digest(line, held)
    settle(qtbot, again)
    assert _shown_card(again) == chosen
    again.list.setFocus()
    _key(qtbot, again, Qt.Key.Key_Escape)
    assert again.model.view.kind is ViewKind.ACTION


def test_a_card_or_group_gone_since_leaves_the_first_card_and_all(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    _key(qtbot, window, Qt.Key.Key_2, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    assert chosen is not None
    place = window.place()
    # Marked done on the phone meanwhile.
    window._queries.set_done((chosen,), True, clock.now())
    again = _reopened(qtbot, store, clock, ops, place)
    assert again.model.view.kind is ViewKind.URGENT
    assert again.list.currentIndex().row() == 0 and _shown_card(again) != chosen

    gone = WindowPlace(View(ViewKind.GROUP, group_id=10**9), None, View(), "")
    elsewhere = _reopened(qtbot, store, clock, ops, gone)
    assert elsewhere.model.view == View()
    assert elsewhere.sidebar.currentItem().text(0) == "All"


def test_desks_own_first_card_is_not_kept_as_the_users(window: MainWindow) -> None:
    # Not chosen, the first card is the view's first when the window comes back, as at
    # any opening, whichever card that is by then.
    assert window.place() == WindowPlace(View(), None, View(), "")


def _restarted(qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps) -> MainWindow:
    """A window of the next start, as desk.app's start builds it: the kept layout read
    before it shows."""
    window = _window(qtbot, store, clock, ops)
    window.restore_layout(store.data_dir.root / "window.ini")
    return _shown(qtbot, window)


def _left(window: MainWindow, store: Store) -> None:
    """The window left as at a quit (closing to the tray keeps the same)."""
    window.restore_layout(store.data_dir.root / "window.ini")
    window.save_layout()


def test_a_restart_comes_back_to_the_view_and_the_card_chosen_in_it(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A tester left Action with a card read and came back to All and its first card.
    _key(qtbot, window, Qt.Key.Key_3, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    assert window.model.view.kind is ViewKind.ACTION and window.list.currentIndex().row() == 2
    _left(window, store)

    again = _restarted(qtbot, store, clock, ops)
    assert again.model.view == View(ViewKind.ACTION)
    assert again.sidebar.currentItem().text(0) == window.sidebar.currentItem().text(0)
    assert _shown_card(again) == chosen


def test_a_restart_comes_back_to_a_group_without_its_search(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    entry = window.sidebar.group_entries()[0]
    window.sidebar.select_group(entry.group_id)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    window.search.setText("zzz")  # typed, not yet run: the card is still the one read
    _left(window, store)

    again = _restarted(qtbot, store, clock, ops)
    assert again.model.view == View(ViewKind.GROUP, entry.group_id)
    assert again.search.text() == ""
    assert _shown_card(again) == chosen


def test_a_restart_after_the_card_went_shows_the_views_first_and_desks_own_choice_stays(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    _key(qtbot, window, Qt.Key.Key_2, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    chosen = _shown_card(window)
    assert chosen is not None
    _left(window, store)
    window._queries.set_done((chosen,), True, clock.now())  # done on the phone meanwhile
    again = _restarted(qtbot, store, clock, ops)
    assert again.model.view.kind is ViewKind.URGENT
    assert again.list.currentIndex().row() == 0 and _shown_card(again) != chosen
    # desk's own first card was not the user's: not kept as a choice.
    assert again.place().card is None


def test_a_restart_out_of_the_held_list_comes_back_where_its_esc_goes(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    held = window._queries.page(View(ViewKind.INFO), None, 5).ids
    _key(qtbot, window, Qt.Key.Key_4, ctrl=True)  # Info, where Esc goes back to
    window.show_digest("Held during quiet hours: 5 (Info 5)", held)
    _key(qtbot, window, Qt.Key.Key_7, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    assert window.model.view.kind is ViewKind.HELD
    _left(window, store)

    again = _restarted(qtbot, store, clock, ops)
    assert again.model.view == View(ViewKind.INFO)
    assert again.list.currentIndex().row() == 0


def test_a_ding_waiting_still_leads_after_a_restart_into_another_view(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=False)
    _key(qtbot, window, Qt.Key.Key_4, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    _left(window, store)

    again = _restarted(qtbot, store, clock, ops)
    assert again.model.view.kind is ViewKind.INFO
    # Shown from the first card of All before the first paint, as at every start.
    assert again.ding_banner.message_id is not None
    assert again.ding_banner.isVisible()


def test_a_window_built_in_another_language_keeps_its_place_over_the_kept_one(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    _key(qtbot, window, Qt.Key.Key_3, ctrl=True)
    _left(window, store)  # the old window's quit
    place = WindowPlace(View(ViewKind.URGENT, search="转移"), None, View(), "")
    again = _window(qtbot, store, clock, ops)
    again.return_to(place)
    again.restore_layout(store.data_dir.root / "window.ini")
    _shown(qtbot, again)
    assert again.model.view == View(ViewKind.URGENT, search="转移")


@pytest.mark.parametrize("row", [0, 1])
def test_the_card_a_restart_brings_back_stays_selected_as_a_re_read_moves_it(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, ops: StoreOps, row: int
) -> None:
    # A tester relaunched at 22:30: Action opened on the card kept, and 15 s later the
    # sync's re-read sorted it down and the reading pane showed another card.
    _key(qtbot, window, Qt.Key.Key_3, ctrl=True)
    _key(qtbot, window, Qt.Key.Key_J)
    if row == 0:
        _key(qtbot, window, Qt.Key.Key_K)
    chosen = _shown_card(window)
    assert chosen is not None and window.list.currentIndex().row() == row
    _left(window, store)

    again = _restarted(qtbot, store, clock, ops)
    assert _shown_card(again) == chosen
    with store.sessions() as session, session.begin():
        session.execute(update(Message).where(Message.id == chosen).values(score=-1000.0))
    again.request_refresh()
    settle(qtbot, again)

    assert again.model.row_of(chosen) not in (None, row), "the re-read moved it"
    assert _shown_card(again) == chosen
