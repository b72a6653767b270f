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
