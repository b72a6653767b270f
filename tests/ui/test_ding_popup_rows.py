"""Pop-ups under a flood: a DING's listing many builds rows for those shown only, the next
as one goes; a burst of message pop-ups builds only those left on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desk.resources import resource
from desk.ui.notifier import (
    MOST_POPUPS,
    MOST_ROWS,
    Notification,
    Notifier,
    Popup,
    PopupStack,
    RingingItem,
    RingingRow,
    ringing_title,
)


def _alert(ids: range) -> Notification:
    items = tuple(
        RingingItem(n, n, f"区防汛工作群 · 值班员{n}", f"第{n}号令：立即到岗，报到岗情况。")
        for n in ids
    )
    rings = frozenset(ids)
    return Notification(ringing_title(items), "", ids[0], True, rings=rings, items=items)


def _rows(popup: Popup) -> list[RingingRow]:
    """The rows the pop-up holds, those it let go deleted first."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return popup.findChildren(RingingRow)


def test_a_pop_up_for_200_dings_builds_the_rows_it_shows_and_the_next_as_one_is_confirmed(
    qtbot: QtBot,
) -> None:
    # Each round's pop-up lists every DING still waiting: a row (labels, two buttons,
    # layouts) for each of 150 after a weekend held the GUI thread 200-400 ms a round,
    # for four shown (issue 8).
    stack = PopupStack()
    asked: list[int] = []
    stack.confirmRequested.connect(asked.append)
    popup = stack.add(_alert(range(1, 201)))
    try:
        assert len(_rows(popup)) == MOST_ROWS
        assert [row.item.message_id for row in popup.rows] == [1, 2, 3, 4]
        assert popup.more.text().startswith("196 more waiting")
        assert popup.title.text() == "200 DINGs to confirm"
        for n in range(1, MOST_ROWS + 1):
            qtbot.mouseClick(popup.rows[0].confirm_button, Qt.MouseButton.LeftButton)
            assert asked[-1] == n
            popup.confirming(n)
            popup.drop(n)  # the store has it (Notifier.confirmed)
            assert len(_rows(popup)) <= MOST_ROWS
        fifth = popup.rows[0]
        assert fifth.item.message_id == 5 and fifth.isVisibleTo(popup)
        qtbot.mouseClick(fifth.confirm_button, Qt.MouseButton.LeftButton)
        assert asked[-1] == 5
        assert popup.title.text() == "196 DINGs to confirm"
        assert popup.more.text().startswith("192 more waiting")
    finally:
        stack.clear()


def test_what_became_of_a_confirmation_of_a_ding_not_shown_yet_is_said_once_its_row_is(
    qtbot: QtBot,
) -> None:
    # Confirmed from the banner while under the "more waiting" line, refused by the
    # store: its row, once up, says so with Retry, and the pop-up waits for the user;
    # carried so into the pop-up of a later round too.
    stack = PopupStack()
    popup = stack.add(_alert(range(1, 11)))
    try:
        popup.confirming(6)
        popup.failed(7, "disk full")
        assert len(_rows(popup)) == MOST_ROWS
        popup.timer.timeout.emit()
        assert popup.isVisible()
        later = stack.add(_alert(range(11, 12)))
        assert stack.shown == [later]
        assert [item.message_id for item in later.waiting] == [11, *range(1, 11)]
        for n in (11, 1, 2, 3, 4, 5):
            later.drop(n)
        six, seven = later.rows[:2]
        assert six.item.message_id == 6 and not six.confirm_button.isEnabled()
        assert six.confirm_button.text() == "Confirming…"
        assert seven.item.message_id == 7 and seven.confirm_button.text() == "Retry"
        assert "disk full" in seven.status.text() and seven.status.isVisibleTo(later)
        assert not later.timer.isActive(), "it waits for the store and the user"
        later.drop(6)
        later.drop(7)
        assert later.timer.isActive()
    finally:
        stack.clear()


def _titles(notifier: Notifier) -> list[str]:
    return [popup.notification.title for popup in notifier.popups.shown]


def test_a_burst_of_pop_ups_builds_only_those_left_on_screen_as_shown_one_by_one(
    qtbot: QtBot,
) -> None:
    # A sync batch of a flood brought a dozen urgent items: each pop-up was built, laid
    # out and placed, and all but the last MOST_POPUPS closed again in the same slot.
    icon = QIcon(str(resource("icons", "desk.svg")))
    by_each = Notifier(icon, has_tray=lambda: False)
    at_once = Notifier(icon, has_tray=lambda: False)
    try:
        for notifier in (by_each, at_once):
            notifier.show(_alert(range(1, 3)), sound=False)  # a DING's stays
            notifier.show(Notification("钟书记", "请回复"), sound=False)
        burst = [Notification(f"紧急 {n}", "今晚8点前上报", 100 + n, True) for n in range(12)]
        for notification in burst:
            by_each.show(notification, sound=False)
        built: list[Notification] = []
        add = at_once.popups.add
        at_once.popups.add = lambda n: built.append(n) or add(n)  # type: ignore[method-assign]
        told: list[Notification] = []
        at_once.shown.connect(told.append)
        at_once.show_each(burst, sound=False)
        assert told == burst, "each still said shown, in order"
        assert built == burst[-(MOST_POPUPS - 1) :]
        assert _titles(at_once) == _titles(by_each)
        assert _titles(at_once)[1:] == ["紧急 9", "紧急 10", "紧急 11"]
        # Fewer than the room: each built, the oldest message's pushed out as ever.
        for notifier in (by_each, at_once):
            notifier.show_each(burst[:2], sound=False)
        assert _titles(at_once) == _titles(by_each)
    finally:
        by_each.close_popups()
        at_once.close_popups()
