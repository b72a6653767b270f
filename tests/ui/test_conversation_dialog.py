"""T (Message → Show conversation): the selected message among its group's, as they came."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.conversation import Conversation
from desk.store.inbox import InboxRow, View, ViewKind
from desk.store.store import Store
from desk.ui.conversation_dialog import ConversationDialog
from desk.ui.main_window import MainWindow
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, _press


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _opened(qtbot: QtBot, window: MainWindow) -> ConversationDialog:
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.conversation_dialog is not None)
    dialog = window.conversation_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: ConversationDialog) -> list[str]:
    return [dialog.messages.item(i).text() for i in range(dialog.messages.count())]


def _select(qtbot: QtBot, dialog: ConversationDialog, message_id: int) -> None:
    """Moves the selection to `message_id` with the arrow keys, as a person would."""
    ids = [
        dialog.messages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(len(_texts(dialog)))
    ]
    step = ids.index(message_id) - dialog.messages.currentRow()
    for _ in range(abs(step)):
        qtbot.keyClick(dialog.messages, Qt.Key.Key_Down if step > 0 else Qt.Key.Key_Up)
    assert dialog.selected_id() == message_id


def test_t_shows_the_card_among_its_group_s_messages_in_the_order_they_came(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: a village's report found by search, and no way to see what it
    # answered, nor the messages before and after it in its group.
    window.list.setFocus()
    row = window._current_row()
    assert row is not None
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)

    assert dialog.windowTitle() == f"Conversation in {row.group_name}"
    shown = "\n".join(_texts(dialog))
    assert row.text.splitlines()[0] in shown
    # Its neighbours in that group are there, its acks among them.
    found = window._queries.conversation(row.id)
    assert found is not None and len(found.said) > 1
    assert all(s.text.splitlines()[0] in shown for s in found.said if s.text and not s.withdrawn)
    # The selected message is marked, and scrolled to.
    assert dialog.selected_id() == row.id
    here = dialog.messages.visualItemRect(dialog.messages.currentItem())
    assert dialog.messages.viewport().rect().intersects(here)


def test_the_conversation_is_in_the_card_menu_and_esc_closes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.list.setFocus()
    assert window.conversation_action in window.card_menu().actions()
    window.conversation_action.trigger()
    dialog = _opened(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.conversation_dialog is None)


def _card_at(window: MainWindow, wanted: Callable[[InboxRow], bool]) -> InboxRow:
    """Selects the first card of the list that is `wanted`."""
    for i in range(window.model.rowCount()):
        row = window.model.inbox_row(i)
        if row is not None and wanted(row):
            window.list.setCurrentIndex(window.model.index(i))
            window.list.setFocus()
            return row
    raise AssertionError("no such card in the demo's first page")


def test_t_on_a_forwarded_notice_offers_each_of_its_groups(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a tester: a card "also in" two groups, and T showed its own group alone; who had
    # replied to the copy in the other group could not be seen.
    row = _card_at(window, lambda r: len(r.also_in) >= 2)
    queries = window._queries
    read_on: list[str] = []
    reads = queries.conversation

    def conversation(message_id: int) -> Conversation | None:
        read_on.append(threading.current_thread().name)
        return reads(message_id)

    monkeypatch.setattr(queries, "conversation", conversation)
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)

    groups = [dialog.groups.itemText(i) for i in range(dialog.groups.count())]
    assert groups == [row.group_name, *row.also_in]
    assert dialog.groups.isVisible()
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Down)
    title = f"Conversation in {row.also_in[0]}"
    qtbot.waitUntil(lambda: dialog.windowTitle() == title)
    # Around the copy posted there, which is marked.
    copy = queries.conversation_places(row.id)[1].message_id
    assert dialog.selected_id() == copy
    found = reads(copy)
    assert found is not None
    assert _texts(dialog)[[s.id for s in found.said].index(copy)].endswith(
        next(s.text for s in found.said if s.id == copy)
    )
    # Read on the store thread, never on the GUI's.
    assert len(read_on) == 2 and all(name.startswith("desk-store") for name in read_on)


def test_a_card_nothing_is_folded_into_offers_no_groups(qtbot: QtBot, window: MainWindow) -> None:
    _card_at(window, lambda r: not r.also_in)
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)
    assert dialog.groups.isHidden()


def test_enter_on_a_message_selects_its_card_and_closes_the_conversation(
    qtbot: QtBot, window: MainWindow
) -> None:
    # From a tester: Enter closed the dialog (its default button), and nothing else.
    queries = window._queries
    everything = View(ViewKind.ALL)
    row = _card_at(window, lambda r: r.cluster is None and not r.ding)
    found = queries.conversation(row.id)
    assert found is not None
    other = next(s.id for s in found.said if s.id != row.id and queries.lists(everything, s.id))
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)
    _select(qtbot, dialog, other)

    qtbot.keyClick(dialog.messages, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.conversation_dialog is None)
    settle(qtbot, window)
    assert window._current_id() == other
    assert window.model.view == everything


def test_enter_on_an_ack_selects_the_card_of_its_notice(qtbot: QtBot, window: MainWindow) -> None:
    queries = window._queries
    everything = View(ViewKind.ALL)

    def confirmed(row: InboxRow) -> bool:
        found = queries.conversation(row.id)
        return found is not None and any(
            s.ack and queries.card_of(s.id) == row.id for s in found.said
        )

    row = _card_at(window, confirmed)
    found = queries.conversation(row.id)
    assert found is not None
    ack = next(s.id for s in found.said if s.ack and queries.card_of(s.id) == row.id)
    assert not queries.lists(everything, ack)
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)
    _select(qtbot, dialog, ack)

    qtbot.keyClick(dialog.messages, Qt.Key.Key_Enter)

    qtbot.waitUntil(lambda: window.conversation_dialog is None)
    settle(qtbot, window)
    assert window._current_id() == row.id
    assert "card of its notice" in window.statusBar().currentMessage()


def test_enter_on_noise_seen_from_all_says_where_it_is_and_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    queries = window._queries

    def noise_near(row: InboxRow) -> int | None:
        found = queries.conversation(row.id)
        for said in found.said if found is not None else ():
            shown = queries.row(said.id)
            if (
                shown is not None
                and shown.tier is Tier.NOISE
                and queries.card_of(said.id) == said.id
            ):
                return said.id
        return None

    row = _card_at(window, lambda r: noise_near(r) is not None)
    noise = noise_near(row)
    assert noise is not None
    before = window._current_id()
    _press(qtbot, window, Qt.Key.Key_T)
    dialog = _opened(qtbot, window)
    _select(qtbot, dialog, noise)

    qtbot.keyClick(dialog.messages, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: "it is in Noise" in window.statusBar().currentMessage())
    settle(qtbot, window)
    assert window.conversation_dialog is dialog and dialog.isVisible()
    assert window._current_id() == before
    assert window.model.view == View(ViewKind.ALL)


def test_t_on_another_card_with_the_conversation_open_keeps_the_new_one_working(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Not modal, the conversation leaves the window its keys: T on another card opens
    # that card's. The first, closed for it, was deleted after: its going forgot the new
    # one, which then showed no other group of its notice, and Esc left it open.
    _card_at(window, lambda r: not r.also_in)
    _press(qtbot, window, Qt.Key.Key_T)
    first = _opened(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = _card_at(window, lambda r: len(r.also_in) >= 2)
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    _press(qtbot, window, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: bool(gone))  # deleted after the next was shown
    dialog = window.conversation_dialog
    assert dialog is not None, "the conversation shown is still the window's"
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Down)
    title = f"Conversation in {row.also_in[0]}"
    qtbot.waitUntil(lambda: dialog.windowTitle() == title)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.conversation_dialog is None)
    assert not dialog.isVisible()
