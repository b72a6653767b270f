"""Driving the detail pane's "Save a copy…" link and the save dialog, as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desk.ui.detail_pane import DetailPane


def click_save_link(qtbot: QtBot, pane: DetailPane) -> None:
    cursor = pane.document().find("Save a copy…")
    assert not cursor.isNull(), pane.toPlainText()
    spot = pane.cursorRect(cursor).center() - QPoint(8, 0)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def answer_save_dialog(path: Path) -> None:
    """Types the file name into the save dialog once it is up (the dialog runs modal)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)
