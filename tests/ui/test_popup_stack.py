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
