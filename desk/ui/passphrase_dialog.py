"""Asking for the store's passphrase, or choosing one for a new store."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.store import keys
from desk.ui.style import ERROR, set_tone

MIN_LENGTH = keys.MIN_PASSPHRASE_LENGTH


class PassphraseDialog(QDialog):
    # The result of "Forgot it?": neither accepted nor cancelled.
    FORGOTTEN = 2

    def __init__(self, *, new: bool, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new = new
        self.setWindowTitle(self.tr("desk: passphrase"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        if new:
            intro = self.tr(
                "No system keychain is available, so desk protects its encrypted database "
                "with a passphrase. Choose one of at least %1 characters. Without it the "
                "data cannot be recovered."
            ).replace("%1", str(MIN_LENGTH))
        else:
            intro = self.tr("Enter the passphrase of your desk database.")
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText(
            self.tr("New passphrase") if new else self.tr("Passphrase")
        )
        # A screen reader names an edit box by this, not by its placeholder.
        self.passphrase.setAccessibleName(self.passphrase.placeholderText())
        layout.addWidget(self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(self.tr("Repeat the passphrase"))
        self.repeat.setAccessibleName(self.repeat.placeholderText())
        self.repeat.setVisible(new)
        layout.addWidget(self.repeat)
        self.error = QLabel(error)
        set_tone(self.error, ERROR)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if not new:
            # A forgotten passphrase has a way out (a new store beside the old one); a
            # tester tried seven times and found none.
            forgot = buttons.addButton(self.tr("Forgot it?"), QDialogButtonBox.ButtonRole.HelpRole)
            forgot.setObjectName("forgot")
            forgot.clicked.connect(lambda: self.done(self.FORGOTTEN))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.passphrase.text()

    def _check(self) -> None:
        if self._new and len(self.value()) < MIN_LENGTH:
            self.error.setText(
                self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
            )
        elif self._new and self.value() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
        elif not self.value():
            self.error.setText(self.tr("Enter the passphrase."))
        else:
            self.accept()
