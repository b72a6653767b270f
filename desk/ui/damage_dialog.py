"""Telling the user that desk's database was found damaged while it ran, and the ways out.

Only the status bar said it (本机数据已损坏), for as long as one failure's message stayed
there, and nothing offered a way out: the next start's first reads often passed again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desk.core.placeholders import fill


class DamageDialog(QMessageBox):
    """Says the database could not be read at `found_at` (a time of day), that nothing more
    is written to it and sync has stopped, and what the user can do: restore `data_dir`
    from a backup, or restart desk, whose start then offers Start afresh.

    Signals: restartRequested() when the user chooses to restart desk now.
    """

    restartRequested = Signal()

    def __init__(self, found_at: str, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("desk"))
        self.setText(
            fill(
                self.tr(
                    "desk could not read part of its database at %1: the file is damaged.\n\n"
                    "So that nothing more is lost, desk writes nothing more to it, and sync "
                    "has stopped: new messages and DINGs no longer reach desk. Until desk "
                    "starts again, keep an eye on urgent matters on your phone.\n\n"
                    "What you can do:\n"
                    "• Restore desk's folder %2 from a backup (ask your IT staff), then "
                    "start desk.\n"
                    "• Or restart desk and choose Start afresh: desk moves the damaged files "
                    "aside (nothing is deleted) and starts with an empty inbox; add your "
                    "accounts again, and their messages come back from the server."
                ),
                found_at,
                str(data_dir),
            )
        )
        self.restart_button = self.addButton(
            self.tr("Restart desk"), QMessageBox.ButtonRole.AcceptRole
        )
        later = self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restart_button)
        self.setEscapeButton(later)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.restart_button:
            self.restartRequested.emit()
