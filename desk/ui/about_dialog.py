"""Help → About desk: the version, where desk keeps its data and which policy applies, to
read out or copy to IT support."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.core.placeholders import fill
from desk.core.policy import FILE, Policy
from desk.store.paths import DataDir
from desk.ui.policy_text import file_problem_text


class AboutDialog(QDialog):
    """The version of desk, its data dir, Qt's and Python's versions and the system, as
    text to select or copy whole (a support call reads them out or pastes them)."""

    def __init__(
        self,
        data_dir: DataDir,
        policy_file: Path,
        policy: Policy | None,
        parent: QWidget | None = None,
    ) -> None:
        """`policy_file`: where desk reads an administrator's policy; `policy`, the one
        it read there at start, None if there was none (IT's first question: is mine the
        one in force?). The logs folder too: IT looked for it here and did not find it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About desk"))
        heading = QLabel(fill(self.tr("desk %1"), __version__))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        lines = [
            fill(self.tr("Version: %1"), __version__),
            fill(self.tr("Data folder: %1"), str(data_dir.root)),
            fill(self.tr("Logs: %1"), str(data_dir.logs)),
            self._policy_line(policy_file, policy),
            fill(self.tr("Qt: %1 (PySide6 %2)"), qVersion(), pyside_version),
            fill(self.tr("Python: %1"), platform.python_version()),
            fill(self.tr("System: %1"), platform.platform()),
        ]
        # A label sizes itself to all of its lines (a text box cut the system's line and
        # scrolled); selectable, and the Copy button takes it whole.
        self.details = QLabel("\n".join(lines))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _policy_line(self, file: Path, policy: Policy | None) -> str:
        if policy is None:
            return fill(self.tr("Administrator policy: none (desk reads %1)"), str(file))
        if policy.unread:
            # Why, not "unreadable" of a file read with a typo in it.
            problem = next(p for p in policy.problems if p.key == FILE)
            why = file_problem_text(problem, str(file), QCoreApplication.translate)
            return fill(self.tr("Administrator policy: none of it applies: %1"), why)
        if policy.problems:
            problems = self.tr("%n problem(s)", "", len(policy.problems))
            return fill(
                self.tr("Administrator policy: %1 (%2; the rest applies)"), str(file), problems
            )
        return fill(self.tr("Administrator policy: %1"), str(file))

    def text(self) -> str:
        return self.details.text()

    def copy(self) -> None:
        """Puts the whole text on the clipboard, for a mail or a ticket to IT support."""
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))
