"""Asking for the store's passphrase, choosing one for a new store, or changing it."""

from __future__ import annotations

import errno
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk.core.placeholders import fill
from desk.store import keys
from desk.store.paths import OsRefusal
from desk.ui.ops import StoreOps, cause_text
from desk.ui.style import ERROR, set_tone

MIN_LENGTH = keys.MIN_PASSPHRASE_LENGTH


def new_passphrase_error(typed: str, repeated: str) -> str:
    """Why `typed` (and `repeated`) cannot become the store's passphrase, in the user's
    words (keys.new_passphrase_problem's rule); empty if it can."""
    problem = keys.new_passphrase_problem(typed, repeated)
    if problem is keys.NewPassphraseProblem.TOO_SHORT:
        text = QCoreApplication.translate("PassphraseDialog", "Use at least %1 characters.")
        return fill(text, str(MIN_LENGTH))
    if problem is keys.NewPassphraseProblem.DIFFER:
        return QCoreApplication.translate("PassphraseDialog", "The two passphrases differ.")
    return ""


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
        refused = new_passphrase_error(self.value(), self.repeat.text()) if self._new else ""
        if refused:
            self.error.setText(refused)
        elif not self.value():
            self.error.setText(self.tr("Enter the passphrase."))
        else:
            self.accept()


def quit_without_a_passphrase() -> bool:
    """Asked when the dialog choosing the first passphrase is cancelled (Cancel, Esc, its
    close button): whether the user quits; False to go back and choose one. The window
    vanished with no word, and a new user did not know why (a tester). Nothing is made
    before a passphrase is chosen, so the next start is a first start again."""
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("PassphraseDialog", "desk: passphrase"),
        translate(
            "PassphraseDialog",
            "desk cannot start without a passphrase: it keeps your messages encrypted on this "
            "computer, and the passphrase is their key. Nothing has been made yet; if you "
            "quit, desk asks you to choose one at its next start.",
        ),
    )
    back = box.addButton(
        translate("PassphraseDialog", "Back to choosing a passphrase"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        translate("PassphraseDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("quit")
    box.setDefaultButton(back)
    # Esc or the close button again goes back: quitting is clicked, never a second surprise.
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is quit_button


def say_closing_without_a_passphrase() -> None:
    """Said when the dialog asking an existing store's passphrase is cancelled: desk then
    closes, having opened nothing."""
    translate = QCoreApplication.translate
    QMessageBox.information(
        None,
        translate("PassphraseDialog", "desk: passphrase"),
        translate(
            "PassphraseDialog",
            "desk is closing: without the passphrase it cannot open your encrypted messages. "
            "Nothing in them was touched; start desk again to enter it.",
        ),
    )


class ChangePassphraseDialog(QDialog):
    """The current passphrase, and a new one twice; the new one replaces it off the GUI
    thread (`change`, run on `ops`: KeyVault.change_passphrase, which raises
    keys.WrongPassphrase for a wrong current one), the dialog busy meanwhile. What goes
    wrong is said in the dialog, which stays open with what was typed.

    Signals: changed() once the new passphrase is in place (the dialog then closes).
    """

    changed = Signal()

    def __init__(
        self, change: Callable[[str, str], None], ops: StoreOps, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._change = change
        self._ops = ops
        self._busy = False
        self.setWindowTitle(self.tr("desk: change passphrase"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "desk asks for this passphrase at every start: it protects the database "
                    "on this computer. Choose a new one of at least %1 characters. Without "
                    "it the data cannot be recovered."
                ),
                str(MIN_LENGTH),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = self._field("current")
        self.new = self._field("new")
        self.repeat = self._field("repeat")
        for label, field in (
            (self.tr("&Current passphrase:"), self.current),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("&Repeat the new one:"), self.repeat),
        ):
            form.addRow(label, field)
            # Named by its label, which a screen reader does not read beside the field.
            field.setAccessibleName(label.replace("&", "").rstrip(":："))
        layout.addLayout(form)
        self.show_typed = QCheckBox(self.tr("&Show the passphrases"))
        self.show_typed.toggled.connect(self._show_typed)
        layout.addWidget(self.show_typed)
        self.error = QLabel()
        self.error.setObjectName("error")
        set_tone(self.error, ERROR)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        # Two scrypt derivations: about a second on a slow PC, with nothing else moving.
        self.progress = QWidget()
        busy_row = QHBoxLayout(self.progress)
        busy_row.setContentsMargins(0, 0, 0, 0)
        bar = QProgressBar()
        bar.setRange(0, 0)  # no steps to count: only that it goes on
        bar.setTextVisible(False)
        working = QLabel(self.tr("Changing the passphrase…"))
        bar.setAccessibleName(working.text())
        busy_row.addWidget(working)
        busy_row.addWidget(bar, 1)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter anywhere changes it. Only once in the dialog: set before, Cancel took it.
        self.change_button.setDefault(True)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        # Typing again clears what it said of the last try.
        field.textEdited.connect(lambda _text: self.error.clear())
        return field

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.repeat):
            field.setEchoMode(mode)

    def busy(self) -> bool:
        """Whether the new passphrase is being put in place."""
        return self._busy

    def _submit(self) -> None:
        if self._busy:
            return
        old, new = self.current.text(), self.new.text()
        if not old:
            self._refuse(self.current, self.tr("Enter the current passphrase."))
            return
        refused = new_passphrase_error(new, self.repeat.text())
        if refused:
            # Too short: the new one is retyped; not the same twice: the repeat is.
            short = keys.new_passphrase_problem(new) is not None
            self._refuse(self.new if short else self.repeat, refused)
            return
        self._set_busy(True)
        self._ops.run(partial(self._changed_or_refused, old, new), self._done, self._failed)

    def _changed_or_refused(self, old: str, new: str) -> bool:
        """On the store thread: whether `new` took the place of `old`; False where `old` is
        not the passphrase (a typing mistake, not a failure to log)."""
        try:
            self._change(old, new)
        except (keys.WrongPassphrase, keys.PassphraseRequired):
            return False
        return True

    def _done(self, changed: bool) -> None:
        self._set_busy(False)
        if not changed:
            self._refuse(
                self.current,
                self.tr("The current passphrase is wrong. Nothing was changed."),
            )
            return
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """The key file could not be read or written: desk.key is written whole or not at
        all (desk.store.files.write_whole), so the current passphrase still opens desk."""
        self._set_busy(False)
        text = self.tr(
            "The passphrase was not changed: %1. The current passphrase still opens desk."
        )
        self._refuse(self.new, fill(text, failure_words(error)))

    def _refuse(self, field: QLineEdit, text: str) -> None:
        self.error.setText(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current, self.new, self.repeat, self.show_typed, self.buttons):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.error.clear()

    def reject(self) -> None:
        # Esc or Cancel while the key file is being written: the work goes on, and what it
        # ends with must be said.
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def failure_words(error: BaseException) -> str:
    """Why the key file could not be changed, in the user's words."""
    refusal: OsRefusal | None = None
    if isinstance(error, keys.KeyFileUnreadable):
        refusal = error.refusal
    elif isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return cause_text("full")
        refusal = OsRefusal.from_os_error(error)
    elif isinstance(error, keys.KeyFileCorrupt):
        return QCoreApplication.translate("PassphraseDialog", "the key file desk.key is damaged")
    if refusal is None:
        return type(error).__name__
    if refusal.code == "permission_denied":
        return QCoreApplication.translate(
            "PassphraseDialog", "desk may not write its key file desk.key"
        )
    if refusal.code == "in_use":
        return QCoreApplication.translate(
            "PassphraseDialog", "another program is using the key file desk.key"
        )
    return refusal.detail or refusal.code
