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


def _round(ids: list[int], minute: int) -> Notification:
    """A later round's alert of DINGs `ids`, worded at `minute`: each line's time left."""
    items = tuple(
        RingingItem(
            n, n, f"区防汛工作群 · 值班员{n}", f"第{n}号令：立即到岗（{60 - minute} 分钟后截止）"
        )
        for n in ids
    )
    return Notification(ringing_title(items), "", ids[0], True, rings=frozenset(ids), items=items)


def test_a_later_round_with_one_new_ding_keeps_the_pop_up_and_the_rows_of_the_others(
    qtbot: QtBot,
) -> None:
    # Each round closed the pop-up and built another, rows and style sheet anew (16 ms of
    # the GUI thread a round with 150 waiting), and the keys went from the user who had
    # clicked it. Now the round's words go into the rows that stay, and one row comes.
    from PySide6.QtGui import QCursor, QGuiApplication
    from PySide6.QtWidgets import QApplication

    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    QCursor.setPos(screen.availableGeometry().topLeft())  # the pointer elsewhere
    stack = PopupStack()
    popup = stack.add(_round([1, 2, 3], minute=0))
    try:
        one, two, three = popup.rows
        two.confirming()
        three.failed("disk full")
        qtbot.mouseClick(popup.title, Qt.MouseButton.LeftButton)  # the user turns to it
        qtbot.waitUntil(popup.isActiveWindow)
        one.open_button.setFocus()
        where = popup.frameGeometry()
        later = stack.add(_round([9, 1, 2, 3], minute=5))
        assert later is popup and stack.shown == [popup]
        assert popup.rows[1:] == [one, two, three], "the same rows, not new ones"
        assert popup.rows[0].item.message_id == 9 and popup.rows[0].isVisibleTo(popup)
        assert len(_rows(popup)) == 4
        assert one.line.full_text() == "第1号令：立即到岗（55 分钟后截止）"
        assert popup.title.text() == "4 DINGs to confirm"
        assert two.confirm_button.text() == "Confirming…" and not two.confirm_button.isEnabled()
        assert three.confirm_button.text() == "Retry" and "disk full" in three.status.text()
        assert popup.isActiveWindow() and QApplication.focusWidget() is one.open_button
        assert popup.frameGeometry().bottomRight() == where.bottomRight(), "where it stood"
        # A fifth DING pushes the last below the rows shown: its refusal waits with it,
        # and its row comes back as one above is confirmed, or a round rings it first.
        nine = popup.rows[0]
        stack.add(_round([8, 9, 1, 2, 3], minute=6))
        assert popup.rows[1:] == [nine, one, two] and not three.isVisibleTo(popup)
        assert popup.more.text().startswith("1 more waiting")
        assert popup.busy and popup.confirmations() == {2: None, 3: "disk full"}
        popup.drop(8)
        assert popup.rows[-1] is three and three.isVisibleTo(popup)
        assert three.confirm_button.text() == "Retry" and three.status.isVisibleTo(popup)
        stack.add(_round([3, 9, 1, 2], minute=7))
        assert popup.rows == [three, nine, one, two] and len(_rows(popup)) == MOST_ROWS
        assert three.line.full_text() == "第3号令：立即到岗（53 分钟后截止）"
        stack.add(_round([7, 3, 9, 1], minute=8))
        assert popup.rows[1:] == [three, nine, one] and len(_rows(popup)) == MOST_ROWS + 1
        popup.drop(7)
        assert popup.rows == [three, nine, one, two] and len(_rows(popup)) == MOST_ROWS
        assert two.confirm_button.text() == "Confirming…" and two.isVisibleTo(popup)
        stack.add(_round([7, 3, 9, 1], minute=9))
        popup.drop(2)  # confirmed while below the rows shown: its row goes
        assert popup.confirmations() == {3: "disk full"} and len(_rows(popup)) == MOST_ROWS
    finally:
        stack.clear()


def test_with_the_pointer_on_it_a_later_round_leaves_the_rows_shown_where_they_are(
    qtbot: QtBot,
) -> None:
    # The user aiming at a DING's 确认 as a round brings another: the pop-up closed and
    # another came where it had stood, the rows a row lower under the pointer. The new
    # one comes at the top, the pop-up growing upwards.
    from PySide6.QtGui import QCursor

    stack = PopupStack()
    popup = stack.add(_round([1, 2], minute=0))
    try:
        one, two = popup.rows
        aimed = two.confirm_button
        spot = aimed.mapToGlobal(aimed.rect().center())
        QCursor.setPos(spot)
        stack.add(_round([9, 1, 2], minute=1))
        assert popup.rows[1:] == [one, two]
        assert popup.rows[0].item.message_id == 9
        assert aimed.mapToGlobal(aimed.rect().center()) == spot
    finally:
        QCursor.setPos(0, 0)
        stack.clear()


def test_a_ding_s_row_says_who_beside_its_buttons_and_its_words_on_one_line(
    qtbot: QtBot,
) -> None:
    # At 1366x768 two DINGs, each wrapped in full under its own row of buttons, covered
    # the lower half of the reading pane (its 收到 list and its buttons).
    stack = PopupStack()
    words = "【DING】凤鸣、桐坪两镇30分钟内报送山洪灾害危险区人员转移续报，务必核准数字！" * 2
    items = tuple(
        RingingItem(n, n, f"区防汛工作群 · 值班员{n}", f"{words}\n还有 {n} 分钟截止")
        for n in (1, 2)
    )
    note = Notification(ringing_title(items), "", 1, True, rings=frozenset({1, 2}), items=items)
    popup = stack.add(note)
    try:
        qtbot.waitUntil(popup.isVisible)
        row = popup.rows[0]
        assert row.head.text() == "区防汛工作群 · 值班员1"
        assert row.confirm_button.geometry().bottom() < row.line.geometry().top()
        assert row.line.full_text() == words and row.line.is_elided()
        assert row.line.toolTip() == words
        assert row.line.height() < 2 * row.line.fontMetrics().height()
        assert row.when.text() == "还有 1 分钟截止" and row.when.isVisible()
    finally:
        stack.clear()


def test_a_ding_s_pop_up_folds_to_its_title_until_the_next_round_or_a_click(
    qtbot: QtBot,
) -> None:
    # Folded for the user reading the message under it: its red title says how many
    # wait, where it stood; the next round's alert brings the list back.
    from PySide6.QtGui import QCursor, QGuiApplication

    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    QCursor.setPos(screen.availableGeometry().topLeft())  # the pointer elsewhere
    stack = PopupStack()
    popup = stack.add(_round(list(range(1, 7)), minute=0))
    try:
        qtbot.waitUntil(popup.isVisible)
        unfolded = popup.geometry()
        qtbot.mouseClick(popup.fold_button, Qt.MouseButton.LeftButton)
        assert popup.folded and popup.title.isVisible()
        assert not any(row.isVisible() for row in popup.rows) and not popup.more.isVisible()
        assert popup.height() < unfolded.height() / 3
        assert popup.geometry().bottom() == unfolded.bottom(), "its foot where it stood"
        popup.drop(1)  # confirmed in the window: the next row comes folded
        assert popup.folded and not any(row.isVisible() for row in popup.rows)
        assert popup.title.text() == "5 DINGs to confirm"
        stack.add(_round([9], minute=1))
        assert not popup.folded and all(row.isVisible() for row in popup.rows)
        assert popup.rows[0].item.message_id == 9 and popup.more.isVisible()
        popup.fold(True)
        qtbot.mouseClick(popup.title, Qt.MouseButton.LeftButton)
        assert not popup.folded and popup.isVisible()
    finally:
        stack.clear()
