"""Adding a server account: homeserver, user id and password, signed in off the GUI thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.sync.sign_in import SignInError
from desk.ui.answer_relay import AnswerRelay
from desk.ui.ops import failure_text
from desk.ui.server_reasons import server_reason_text
from desk.ui.style import ERROR, set_tone, show_fixed

# @localpart:server, or the localpart alone (Matrix's characters for it).
_USER_ID = re.compile(r"@[^\s:]+:\S+|[a-z0-9._=/+-]+", re.IGNORECASE)

# (homeserver, user id, password) -> the added account's user id; raises SignInError.
SignIn = Callable[[str, str, str], Any]


class AccountDialog(QDialog):
    """Signals: added(object) with what the sign-in returned, once the account exists."""

    added = Signal(object)

    def __init__(
        self,
        sign_in: SignIn,
        default_homeserver: str = "",
        offer_demo_removal: bool = False,
        parent: QWidget | None = None,
        *,
        signing_in_again: str = "",
        server_locked: bool = False,
    ) -> None:
        """`signing_in_again`: the user id of an account whose sign-in the server refused,
        filled in with its server (`default_homeserver`): only the password is asked.
        `server_locked`: the site's policy allows `default_homeserver` alone."""
        super().__init__(parent)
        self._sign_in = sign_in
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-sign-in")
        self.setWindowTitle(
            self.tr("Sign in again") if signing_in_again else self.tr("Add account")
        )
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.homeserver = QLineEdit(default_homeserver)
        self.homeserver.setPlaceholderText("https://matrix.example.gov.cn")
        if server_locked:
            self.homeserver.setReadOnly(True)
            show_fixed(self.homeserver)
            self.homeserver.setToolTip(
                self.tr("The server of the account that signs in again.")
                if signing_in_again
                else self.tr("Set by your site's policy: accounts are added on this server only.")
            )
        self.user = QLineEdit()
        self.user.setPlaceholderText("@zhangsan:example.gov.cn")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server:"), self.homeserver)
        form.addRow(self.tr("User id:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        self.remove_demo = QCheckBox(self.tr("Remove the demo workspace"))
        self.remove_demo.setChecked(offer_demo_removal)
        self.remove_demo.setVisible(offer_demo_removal)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        sign_in_button.setText(self.tr("Sign in"))
        # Enter signs in wherever the keys are, never cancels: focus left on 取消 while
        # signing in, Enter after a retyped password closed the dialog, and the server and
        # user id typed went with it (a tester). Esc cancels.
        sign_in_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remove_demo)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if signing_in_again:
            self.user.setText(signing_in_again)
            self.status.setText(
                self.tr("The server no longer accepts this account's sign-in: enter the password.")
            )
            self.password.setFocus()
        self._https_assumed = False
        self._relay = AnswerRelay()
        # A method of the dialog, not a lambda: Qt drops the connection when it goes.
        self._relay.answered.connect(self._answered)

    def _start(self) -> None:
        server, user, password = (
            self.homeserver.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        # Said if it fails: the server may speak plain http (127.0.0.1:8008).
        self._https_assumed = bool(server) and "://" not in server
        if self._https_assumed:
            # A bare address (matrix.county.gov.cn) means the secure one, as browsers take it.
            server = "https://" + server
            self.homeserver.setText(server)
        if not server.startswith(("https://", "http://")):
            self._error(self.tr("Enter the server address, starting with https://"))
            return
        if not _USER_ID.fullmatch(user):
            # A bare name (zhangsan) is the user on this server, as the server reads it.
            self._error(self.tr("Enter your user id, like @zhangsan:example.gov.cn or zhangsan"))
            return
        if not password:
            self._error(self.tr("Enter your password."))
            return
        self._busy(True)
        set_tone(self.status, None)
        self.status.setText(self.tr("Signing in…"))

        # The worker touches only these: the dialog may be gone when it is done.
        relay, sign_in = self._relay, self._sign_in

        def work() -> None:
            try:
                relay.answered.emit((sign_in(server, user, password), None))
            except Exception as exc:  # said in the dialog, never lost with the thread
                relay.answered.emit((None, exc))

        self._pool.submit(work)

    def _answered(self, answer: tuple[Any, ...]) -> None:
        self._done(*answer)

    def _done(self, result: object, error: Exception | None) -> None:
        self._busy(False)
        if error is not None:
            # The keys go back where the next try is typed (signing in took them off the
            # fields): the address when there was no server to ask, else the password.
            if isinstance(error, SignInError) and error.code == "unreachable":
                self.homeserver.setFocus()
                self.homeserver.selectAll()
            else:
                self.password.setFocus()
        if error is not None and not isinstance(error, SignInError):
            self._error(self.tr("Signing in failed: %1.").replace("%1", failure_text(error)))
            return
        if error is None or error.code == "refused":
            # Kept when the server could not be reached: it was not the password.
            self.password.clear()
        if error is None:
            self.added.emit(result)
            self.accept()
            return
        texts = {
            "refused": self.tr("The server refused this user id and password."),
            "unreachable": self.tr("Signing in failed: %1.").replace(
                "%1", server_reason_text(error.reason)
            ),
            "keychain": self.tr("The system keychain refused to keep the sign-in token."),
        }
        text = texts.get(error.code, error.code)
        if error.code == "unreachable" and error.reason == "network":
            # What the user can check (an IT tester found the CLI said it and this did not),
            # each sentence a line of its own: wrapped, 还是 http:// went to a line away
            # from its https://.
            if self._https_assumed:
                text = self.tr(
                    "Signing in failed: no connection to the server over https://.\n"
                    "Check the address and port.\n"
                    "If the server uses http://, enter the address with http:// in front."
                )
            else:
                text = self.tr(
                    "Signing in failed: no connection to the server.\n"
                    "Check the address and port.\n"
                    "Check also which the server uses: https:// or http://."
                )
        if error.code == "unreachable" and error.reason == "untrusted_certificate":
            # The address and port are right: only IT can make the certificate trusted.
            text = self.tr(
                "Signing in failed: this computer does not trust the server's certificate.\n"
                "Ask IT to install your organisation's CA certificate in the system's "
                "certificate store."
            )
        self._error(text)

    def _busy(self, busy: bool) -> None:
        # Cancel stays: a server that takes the connection and never answers keeps the
        # sign-in waiting half a minute.
        sign_in = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for widget in (self.homeserver, self.user, self.password, sign_in):
            widget.setEnabled(not busy)
        if not busy:
            # Clicked, 登录 took the keys; disabled while signing in, it gave them up and
            # with them its place as the dialog's default: Return in the server field then
            # did nothing after an error, where a click signed in (IT tester).
            sign_in.setDefault(True)

    def _error(self, text: str) -> None:
        set_tone(self.status, ERROR)
        self.status.setText(text)

    def done(self, result: int) -> None:
        # Closes at once; a sign-in still on its way adds the account when it succeeds
        # (what was asked for), and says nothing more otherwise.
        self._pool.shutdown(wait=False)
        super().done(result)
