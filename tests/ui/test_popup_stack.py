"""desk's own pop-ups (PopupStack) and the dialogs of desk they must not cover."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desk.ui.notifier import Notification, PopupStack


def _area() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_pop_up_stays_clear_of_a_dialog_open_at_the_bottom_right(qtbot: QtBot) -> None:
    # At 175 % a pop-up covered Settings' OK and Cancel, and its × brought the next one
    # (a tester, mouse only).
    area = _area()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.setGeometry(area.right() - 700, area.bottom() - 500, 680, 480)
    dialog.show()
    stack = PopupStack()
    shown = [
        stack.add(Notification(f"通知 {n}", "请各村明天下午5点前报送台账。")) for n in range(3)
    ]
    try:
        for popup in shown:
            assert not popup.frameGeometry().intersects(dialog.frameGeometry())
            assert area.contains(popup.frameGeometry())
        # Closed, the pop-ups go back to the bottom right.
        dialog.close()
        stack.add(Notification("通知", "再来一条"))
        newest = stack.shown[-1].frameGeometry()
        assert newest.right() > area.center().x()
    finally:
        stack.clear()


def test_a_dialog_opened_under_the_pop_ups_moves_them_clear(qtbot: QtBot) -> None:
    area = _area()
    stack = PopupStack()
    popup = stack.add(Notification("通知", "请各村明天下午5点前报送台账。"))
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.setModal(True)
        dialog.setGeometry(area.right() - 700, area.bottom() - 500, 680, 480)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: not popup.frameGeometry().intersects(dialog.frameGeometry()))
    finally:
        stack.clear()


def test_a_pop_up_readied_ahead_shows_nothing_and_the_first_then_shows_as_ever(
    qtbot: QtBot,
) -> None:
    # The first pop-up's layout held the GUI thread under a flood (issue 8): one is laid
    # out and drawn off screen after the first paint. Nothing is shown by it, nothing
    # of it stays, and the first real pop-up then comes as it would have.
    from PySide6.QtWidgets import QApplication

    from desk.ui.notifier import Popup

    def popups() -> list[Popup]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, Popup)]

    # Another test's DING pop-up may still stand (they stay until confirmed): only the
    # ones this stack makes count.
    before = set(popups())
    stack = PopupStack()
    stack.warm()
    assert stack.shown == []
    assert not any(p.isVisible() for p in popups() if p not in before)
    qtbot.waitUntil(lambda: set(popups()) <= before)  # deleted, once the loop runs
    popup = stack.add(Notification("DING · 镇机关干部群", "请各村今晚8点前上报转移人数。"))
    try:
        assert popup.isVisible() and stack.shown == [popup]
        assert popup.height() >= popup.heightForWidth(popup.width()) > 0
        assert _area().contains(popup.frameGeometry())
    finally:
        stack.clear()


def _ding(message_id: int = 1) -> Notification:
    from desk.ui.notifier import RingingItem

    item = RingingItem(message_id, message_id, "应急管理群 · 祁峰", "【DING】今晚8点前上报转移人数")
    return Notification("1 条 DING 待确认", "", message_id, urgent=True, items=(item,))


def _away() -> None:
    """The pointer somewhere no pop-up is: the screen's top left."""
    from PySide6.QtGui import QCursor

    QCursor.setPos(_area().topLeft())


def test_the_ding_pop_up_keeps_its_place_as_ordinary_pop_ups_come_and_go(qtbot: QtBot) -> None:
    # Ordinary pop-ups arriving under it pushed the DING's pop-up up the screen, and three
    # clicks aimed at its 确认 landed on another pop-up (a tester, s08 → s09).
    _away()
    stack = PopupStack()
    try:
        ding = stack.add(_ding())
        where = ding.frameGeometry()
        first = stack.add(Notification("通知", "请各村明天下午5点前报送台账。"))
        assert ding.frameGeometry() == where
        stack.add(Notification("通知 2", "再来一条"))
        assert ding.frameGeometry() == where
        first.close()
        assert ding.frameGeometry() == where
        for popup in stack.shown:
            assert popup is ding or not popup.frameGeometry().intersects(where)
    finally:
        stack.clear()


def test_a_pop_up_under_the_pointer_stays_put_until_the_pointer_leaves(qtbot: QtBot) -> None:
    # As notification centres do: the stack re-flows when the pointer has left it.
    from PySide6.QtGui import QCursor

    _away()
    stack = PopupStack()
    try:
        top = stack.add(Notification("通知 1", "请各村明天下午5点前报送台账。"))
        bottom = stack.add(Notification("通知 2", "再来一条"))
        where = top.frameGeometry()
        QCursor.setPos(where.center())
        bottom.close()  # would let `top` down into its place
        stack.add(
            Notification(
                "通知 3",
                "又一条：请各村明天下午5点前报送台账，并于周五前把汇总表发到镇党政办邮箱。",
            )
        )
        assert top.frameGeometry() == where
        for popup in stack.shown:
            assert popup is top or not popup.frameGeometry().intersects(where)
        _away()
        # Gone from the stack: it closes ranks, `top` just above the newest.
        newest = stack.shown[-1]
        qtbot.waitUntil(lambda: top.frameGeometry().bottom() == newest.frameGeometry().top() - 9)
        assert newest.frameGeometry().bottom() >= _area().bottom() - 9  # at the bottom
    finally:
        stack.clear()


def test_beside_a_dialog_filling_the_screen_the_ding_stays_clear_of_its_buttons(
    qtbot: QtBot,
) -> None:
    # Settings at 1366x768, 125 % leaves no room beside or above it: the DING's pop-up
    # sat over its 确定 and 取消 (a tester, s06, e6). Now the others wait until it closes,
    # and the DING's stays on screen, clear of the buttons.
    from PySide6.QtWidgets import QDialogButtonBox, QTextEdit, QVBoxLayout

    _away()
    area = _area()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QTextEdit())
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(buttons)
    dialog.setModal(True)
    dialog.setGeometry(area.adjusted(60, 20, -60, -20))
    dialog.show()
    qtbot.waitExposed(dialog)
    stack = PopupStack()
    try:
        other = stack.add(Notification("通知", "请各村明天下午5点前报送台账。"))
        ding = stack.add(_ding())
        box = QRect(buttons.mapToGlobal(buttons.rect().topLeft()), buttons.size())
        assert ding.isVisible() and area.contains(ding.frameGeometry())
        assert not ding.frameGeometry().intersects(box)
        assert not other.isVisible()  # waits for the dialog
        stack.add(Notification("通知 2", "再来一条"))
        assert not any(p.isVisible() for p in stack.shown if p is not ding)
        dialog.close()
        # Back, the dialog gone, with nothing else happening.
        qtbot.waitUntil(lambda: all(p.isVisible() for p in stack.shown))
        assert other in stack.shown and other.timer.isActive()
    finally:
        stack.clear()


def test_a_pop_up_never_takes_the_keys_unless_clicked_and_hands_them_back(qtbot: QtBot) -> None:
    # Alt+G in the 前后消息 dialog opened the main window's menu as a pop-up came up (a
    # tester, b6): a pop-up shows without taking the keys from the active dialog; a DING's
    # takes them once clicked (A confirms), and gives them back to that dialog when it goes.
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    _away()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    stack = PopupStack()
    try:
        plain = stack.add(Notification("通知", "请各村明天下午5点前报送台账。"))
        ding = stack.add(_ding(7))
        for popup in (plain, ding):
            handle = popup.windowHandle()
            assert handle is not None
            # The window system never gives it the keys of itself.
            assert handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus
        assert QApplication.activeWindow() is dialog
        qtbot.mouseClick(ding, Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
        qtbot.waitUntil(lambda: QApplication.activeWindow() is ding)
        with qtbot.waitSignal(stack.confirmRequested) as confirmed:
            qtbot.keyClick(ding, Qt.Key.Key_A)
        assert confirmed.args == [7]
        ding.close()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    finally:
        stack.clear()


def test_no_timer_asks_for_the_pointer_while_it_is_elsewhere(qtbot: QtBot) -> None:
    # The stack asked every 250 ms for as long as pop-ups waited for a dialog, and a
    # DING's pop-up waits for hours unattended: it asks only while the pointer is on the
    # stack, and a dialog's hiding brings back what waited for it.
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

    _away()
    area = _area()
    stack = PopupStack()
    try:
        ding = stack.add(_ding())
        other = stack.add(Notification("通知", "请各村明天下午5点前报送台账。"))
        assert not stack._pointer.isActive()
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        dialog.setModal(True)
        dialog.setGeometry(area.adjusted(60, 20, -60, -20))  # no room beside it
        dialog.show()
        qtbot.waitExposed(dialog)
        stack.place()
        assert not other.isVisible() and ding.isVisible()
        assert not stack._pointer.isActive(), "nothing asked while the dialog is open"
        dialog.close()
        qtbot.waitUntil(other.isVisible)
        assert not stack._pointer.isActive()
        # On the stack: asked until it has left, then no more.
        QCursor.setPos(ding.frameGeometry().center())
        stack.add(Notification("通知 2", "再来一条"))
        assert stack._pointer.isActive()
        _away()
        qtbot.waitUntil(lambda: not stack._pointer.isActive())
    finally:
        stack.clear()
