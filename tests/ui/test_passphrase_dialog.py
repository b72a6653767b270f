"""Choosing and entering the passphrase, as a person types it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desk.ui.passphrase_dialog import MIN_LENGTH, PassphraseDialog


def _type_and_ok(qtbot: QtBot, dialog: PassphraseDialog, first: str, second: str = "") -> None:
    dialog.passphrase.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.passphrase, first)
    if dialog.repeat.isVisibleTo(dialog):
        qtbot.keyClicks(dialog.repeat, second)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_new_passphrase_must_be_long_enough_and_repeated(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    # Both fields say what goes in them.
    assert (dialog.passphrase.placeholderText(), dialog.repeat.placeholderText()) == (
        "New passphrase",
        "Repeat the passphrase",
    )
    _type_and_ok(qtbot, dialog, "short", "short")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert str(MIN_LENGTH) in dialog.error.text()
    _type_and_ok(qtbot, dialog, "long enough one", "long enough two")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()
    _type_and_ok(qtbot, dialog, "long enough one", "long enough one")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == "long enough one"


def test_unlocking_shows_the_previous_error_and_asks_once(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(new=False, error="Wrong passphrase. Nothing was changed.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.repeat.isVisibleTo(dialog)
    assert dialog.passphrase.placeholderText() == "Passphrase"
    assert "Wrong passphrase" in dialog.error.text()
    _type_and_ok(qtbot, dialog, "")
    assert dialog.result() != QDialog.DialogCode.Accepted
    _type_and_ok(qtbot, dialog, "anything")
    assert dialog.result() == QDialog.DialogCode.Accepted
