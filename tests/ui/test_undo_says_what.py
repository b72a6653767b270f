"""Ctrl+Z says what it took back, as the undo stack knows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import InboxRow, ViewKind
from desk.store.models import Message
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from tests.helpers.busy_store import write_lock_held
from tests.helpers.settled import settle
from tests.ui.test_main_window import _badge, _demo_window, _press, _withdraw


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _undo(qtbot: QtBot, window: MainWindow) -> str:
    settle(qtbot, window)
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone"))
    settle(qtbot, window)
    return window.statusBar().currentMessage()


def _first_plain_card(window: MainWindow, tier: Tier) -> None:
    """Selects the first card of `tier` that no DING pins (`e` leaves those alone)."""
    for row in range(window.model.rowCount()):
        card = window.model.inbox_row(row)
        if card is not None and card.tier is tier and not card.pinned:
            window.list.setCurrentIndex(window.model.index(row))
            return
    raise AssertionError(f"no {tier} card")


def test_undoing_done_says_marked_done(qtbot: QtBot, window: MainWindow) -> None:
    # From a tester: "已撤销。" did not say what was undone.
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    _press(qtbot, window, Qt.Key.Key_E)
    assert _undo(qtbot, window) == "Undone: marked done."


def test_undoing_a_move_names_the_tier(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    _press(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Moved to Info"))
    assert _undo(qtbot, window) == "Undone: moved to Info."


def test_undoing_unread_and_a_return_from_done_say_so(qtbot: QtBot, window: MainWindow) -> None:
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    _press(qtbot, window, Qt.Key.Key_U)
    assert _undo(qtbot, window) == "Undone: marked unread."
    _press(qtbot, window, Qt.Key.Key_E)
    settle(qtbot, window)
    window.sidebar.select_view(ViewKind.DONE)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_E)
    assert _undo(qtbot, window) == "Undone: moved back to the inbox."


def test_undoing_shift_c_says_how_many_were_marked_read(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_view(ViewKind.URGENT)
    window.list.setFocus()
    _press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Marked "))
    said = window.statusBar().currentMessage()
    count = said.removeprefix("Marked ").split(" ")[0]
    assert int(count) > 0
    assert _undo(qtbot, window) == f"Undone: marked {count} message(s) read."
    assert _badge(window, ViewKind.URGENT) != ""


def test_an_undo_the_database_refuses_is_said_and_kept_to_try_again(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # Ctrl+Z said "Undone" at once, then "Not saved", and the change could not be taken
    # back any more: its undo was gone.
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    _press(qtbot, window, Qt.Key.Key_U)
    settle(qtbot, window)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    with write_lock_held(store):
        _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
    assert not any(text.startswith("Undone") for text in said)
    assert window.statusBar().currentMessage() == (
        "Could not undo: marked unread (the local database is busy). Ctrl+Z tries again."
    )
    assert _undo(qtbot, window) == "Undone: marked unread."


def test_unread_the_database_refuses_names_the_card_and_leaves_nothing_to_undo(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    card = window._current_row()
    assert card is not None
    # The window's own writes first (the selected card's read mark): a write already
    # waiting for the lock when it is taken waits desk's 10 s, past any helper's switch.
    settle(qtbot, window)
    with write_lock_held(store):
        _press(qtbot, window, Qt.Key.Key_U)
        settle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        f"Could not mark the message from {card.sender_name} in {card.group_name} unread "
        "(the local database is busy)."
    )
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_undo_says_what_it_undoes_at_once_before_the_store_answers(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    # From a tester: Ctrl+Z brought the done card back, the counts changed, and no word
    # of the undo showed at 0.3, 1.2 or 1.8 s: the status bar still said 已同步 · 08:33.
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    _press(qtbot, window, Qt.Key.Key_E)
    settle(qtbot, window)
    with write_lock_held(store, wait_ms=2000):
        _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().currentMessage() == "Undoing: marked done…"
        assert window.statusBar().message.isVisible()
    settle(qtbot, window)


def test_undoing_done_after_the_notices_first_post_was_withdrawn_brings_its_copies_back(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # A notice forwarded into other groups, marked done, was then recalled where it was
    # first posted; Ctrl+Z brought back only "… withdrew a message", and the notice, as
    # its other groups still hold it, stayed in Done.
    window.list.setFocus()
    folded = _select_folded_card(window)
    with store.sessions() as session:
        copies = set(
            session.scalars(
                select(Message.id).where(
                    Message.cluster == folded.remote_id, Message.id != folded.id
                )
            )
        )
    assert copies
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Marked done"))
    settle(qtbot, window)
    _withdraw(window, store, clock, folded)
    settle(qtbot, window)

    assert _undo(qtbot, window) == "Undone: marked done."

    with store.sessions() as session:
        done = session.scalars(select(Message.done).where(Message.id.in_(copies))).all()
    assert not any(done), "every copy is back in the inbox"
    listed = {
        row.id
        for r in range(window.model.rowCount())
        if (row := window.model.inbox_row(r)) is not None
    }
    assert listed & copies, "the notice lists again, from a group that still holds it"


def _select_folded_card(window: MainWindow) -> InboxRow:
    """Selects the first card forwarded into other groups that no DING pins."""
    for r in range(window.model.rowCount()):
        card = window.model.inbox_row(r)
        if card is not None and card.also_in and not card.pinned and card.withdrawn is None:
            window.list.setCurrentIndex(window.model.index(r))
            return card
    raise AssertionError("no folded card")


def _message_menu(window: MainWindow) -> QMenu:
    (menu,) = [
        act.menu()
        for act in window.menuBar().actions()
        if act.menu() is not None and window.undo_action in act.menu().actions()
    ]
    return menu


def test_undo_is_in_reach_of_the_mouse_and_says_what_it_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A tester with the mouse: no 撤销 on the right-click menu, 撤销 in 消息 not saying
    # what, and "按 Ctrl+Z 撤销" in the status bar with nothing to click.
    window.list.setFocus()
    _first_plain_card(window, Tier.ACTION)
    before = [a.text() for a in window.card_menu().actions()]
    assert not any(text.startswith("Undo") for text in before)

    _press(qtbot, window, Qt.Key.Key_E)
    settle(qtbot, window)
    menu = window.card_menu()
    assert "Undo: marked done" in [a.text() for a in menu.actions()]
    menu.deleteLater()
    message_menu = _message_menu(window)
    message_menu.aboutToShow.emit()
    assert window.undo_action.text() == "Undo: marked done"
    assert window.undo_action.isEnabled()
    message_menu.aboutToHide.emit()

    # The status bar's "undo" is a link doing the same.
    bar = window.status_bar
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Marked done"))
    label = bar.message
    assert "<a " in label.text()
    shown = QTextDocument()
    shown.setHtml(label.text())
    plain = shown.toPlainText()
    at = plain.rindex("undo")
    metrics = label.fontMetrics()
    x = label.contentsRect().left() + metrics.horizontalAdvance(plain[:at])
    x += metrics.horizontalAdvance("undo") // 2
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, label.height() // 2))
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Undone"))
    assert bar.currentMessage() == "Undone: marked done."
    settle(qtbot, window)
    assert not any(a.text().startswith("Undo") for a in window.card_menu().actions())
    message_menu.aboutToShow.emit()
    assert window.undo_action.text() == "Undo"
    assert not window.undo_action.isEnabled()
    message_menu.aboutToHide.emit()
    assert window.undo_action.isEnabled()  # Ctrl+Z still says there is nothing to undo
