"""The groups the user is invited to: join or decline each, answered off the GUI thread.

A group the user has not joined sends nothing, so an invite missed is a whole group
missed: the status bar says when invites wait, and this lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.connectors.protocol import AuthError, ConnectorError
from desk.store.invites import PendingInvite
from desk.ui.answer_relay import AnswerRelay
from desk.ui.ops import failure_text
from desk.ui.server_reasons import server_reason_text
from desk.ui.style import ERROR, set_tone

# (account id, group id, accept) -> None once the server agreed; raises as `answer_pending`.
Answer = Callable[[int, str, bool], None]


class InvitesDialog(QDialog):
    """Signals: answered(str group id) after the server took an answer."""

    answered = Signal(str)

    def __init__(
        self,
        invites: list[PendingInvite],
        answer: Answer,
        tz: ZoneInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group invites"))
        self._answer = answer
        self._tz = tz
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-invite")
        self._closed = False
        self._relay = AnswerRelay()  # (group id, accepted, error or None)
        # A method of the dialog, not a lambda: Qt drops the connection when it goes.
        self._relay.answered.connect(self._answered)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(4)  # two lines each: apart, or they read as four
        for invite in invites:
            item = QListWidgetItem(self._text(invite))
            item.setData(Qt.ItemDataRole.UserRole, (invite.account_id, invite.group_id))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.join_button = QPushButton(self.tr("&Join"))
        self.decline_button = QPushButton(self.tr("&Decline"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.join_button.clicked.connect(lambda: self._start(True))
        self.decline_button.clicked.connect(lambda: self._start(False))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Messages of a group come into desk once you have joined it."))
        )
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(460, 320)
        self._update_buttons()

    def _text(self, invite: PendingInvite) -> str:
        inviter = invite.inviter_name or invite.inviter_id or self.tr("someone")
        return (
            self.tr("%1\ninvited by %2 · %3")
            .replace("%1", invite.name)
            .replace("%2", inviter)
            .replace("%3", self._when(invite.seen))
        )

    def _when(self, seen: datetime) -> str:
        return seen.astimezone(self._tz).strftime("%m-%d %H:%M")

    def _start(self, accept: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        account_id, group_id = item.data(Qt.ItemDataRole.UserRole)
        self._busy(True)
        set_tone(self.status, None)
        self.status.setText(self.tr("Joining…") if accept else self.tr("Declining…"))

        # The worker touches only these: the dialog may be gone when it is done.
        relay, answer = self._relay, self._answer

        def work() -> None:
            try:
                answer(account_id, group_id, accept)
            except Exception as exc:  # shown in the dialog, never lost with the thread
                relay.answered.emit((group_id, accept, exc))
            else:
                relay.answered.emit((group_id, accept, None))

        self._pool.submit(work)

    def _answered(self, answer: tuple[Any, ...]) -> None:
        self._done(*answer)

    def _done(self, group_id: str, accepted: bool, error: BaseException | None) -> None:
        self._busy(False)
        if self._closed:
            self.deleteLater()  # closed while the answer was on its way
        if error is None or isinstance(error, LookupError):
            # Answered, here or elsewhere (the invite is gone either way).
            self._remove(group_id)
            set_tone(self.status, None)
            if error is not None:
                said = self.tr("Answered.")  # elsewhere, before this answer
            elif accepted:
                said = self.tr("Joined: its messages come in with the next sync.")
            else:
                said = self.tr("Declined.")
            self.status.setText(said)
            self.answered.emit(group_id)
            return
        set_tone(self.status, ERROR)
        if isinstance(error, AuthError):
            self.status.setText(self.tr("The server refused the sign-in: sign in again."))
        elif isinstance(error, ConnectorError) and error.reason == "rejected":
            # Withdrawn, or the group is gone: it cannot be answered any more.
            self._remove(group_id)
            self.status.setText(self.tr("The invite was withdrawn."))
            self.answered.emit(group_id)
        elif isinstance(error, ConnectorError):
            self.status.setText(
                self.tr("Not answered: %1.").replace("%1", server_reason_text(error.reason))
            )
        else:
            self.status.setText(self.tr("Not answered: %1.").replace("%1", failure_text(error)))

    def _remove(self, group_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole)[1] == group_id:
                self.list.takeItem(row)
                break
        self._update_buttons()

    def _busy(self, busy: bool) -> None:
        for widget in (self.join_button, self.decline_button, self.list):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _update_buttons(self) -> None:
        any_left = self.list.count() > 0
        self.join_button.setEnabled(any_left)
        self.decline_button.setEnabled(any_left)
        if not any_left and not self.status.text():
            self.status.setText(self.tr("No invites wait for an answer."))

    def done(self, result: int) -> None:
        """Closes at once, an answer on its way or not (a server out of reach takes half
        a minute to say so): the dialog goes when that answer has come."""
        self._pool.shutdown(wait=False)
        self._closed = True
        super().done(result)
        if self.list.isEnabled():  # not waiting for an answer
            self.deleteLater()
