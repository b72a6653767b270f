"""Keys typed ahead into a window being opened (desk.ui.typed_ahead)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.typed_ahead import TypedAhead


def test_once_the_new_window_was_active_keys_typed_back_in_its_opener_stay_there(
    qtbot: QtBot,
) -> None:
    # Ctrl+N, the composer made active, and the user back in the inbox at once (to read
    # the notice again): `j` there went into the new message, for as long as the keys
    # were followed, since nothing had been typed while the composer was being opened.
    opener = QWidget()
    qtbot.addWidget(opener)
    field = QLineEdit(opener)
    QVBoxLayout(opener).addWidget(field)
    opener.show()
    opener.activateWindow()
    qtbot.waitActive(opener)
    field.setFocus()
    dialog = QDialog(opener)
    text = QPlainTextEdit(dialog)
    QVBoxLayout(dialog).addWidget(text)
    text.setFocus()
    dialog.show()
    assert not dialog.isActiveWindow(), "as the window manager has not made it active yet"
    TypedAhead(dialog)
    dialog.windowHandle().requestActivate()  # the window manager makes it active
    qtbot.waitUntil(dialog.isActiveWindow)
    opener.windowHandle().requestActivate()  # back in the inbox
    qtbot.waitUntil(opener.isActiveWindow)
    qtbot.keyClicks(field, "j")
    assert text.toPlainText() == ""
    assert field.text() == "j"
