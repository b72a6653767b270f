"""desk → Accounts… (Ctrl+Shift+A): each account desk syncs, its state in words, and adding,
signing in again, saying it is shared (a duty room's, 值班室) or not, and removing one.
Removing took `desk account remove` at a terminal,
which officials never open; the README spoke of removing in the window all the same.

The dialog shows and asks; the app layer (desk.app.accounts_flow) reads the accounts and
does the removal and the shared switch off the GUI thread, and tells the dialog how it
went.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.placeholders import fill
from desk.sync.status import SyncState, SyncStatus
from desk.ui.answer_relay import AnswerRelay
from desk.ui.group_label import account_title
from desk.ui.ops import failure_text
from desk.ui.server_reasons import server_reason_text
from desk.ui.status_text import account_state_text
from desk.ui.style import ERROR, NOTE, set_tone

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AccountLine:
    """An account as the dialog lists it."""

    id: int
    name: str  # the user's display name there ("" before its first sync)
    user_id: str  # @liumin2:server ("" for the demo)
    server: str  # its homeserver ("" for the demo)
    demo: bool = False
    # Signed in by several people (a duty room's): what its id sends is not the user's.
    shared: bool = False


class AccountsDialog(QDialog):
    """Signals: addRequested() for 添加账号…; signInAgainRequested(int) for 重新登录… on a
    refused account (its id); accountsChanged() once an account was removed (the inbox is
    read again without it).

    `read_accounts()` lists the accounts (on the GUI thread: a few rows);
    `messages_of(account_id)` counts the messages removing it deletes, for the question;
    `remove(account_id)` removes it, off the GUI thread (see desk.app.accounts_flow), and
    returns why the server could not sign it out, or None; `set_shared(account_id, on)`
    says it shared or not, off the GUI thread too, and returns how many stored messages
    were sorted again (raises LookupError where the account went meanwhile)."""

    addRequested = Signal()
    signInAgainRequested = Signal(int)
    accountsChanged = Signal()

    def __init__(
        self,
        tz: tzinfo,
        now: Callable[[], datetime],
        read_accounts: Callable[[], list[AccountLine]],
        messages_of: Callable[[int], int],
        remove: Callable[[int], str | None],
        parent: QWidget | None = None,
        set_shared: Callable[[int, bool], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._read_accounts = read_accounts
        self._messages_of = messages_of
        self._remove = remove
        self._set_shared = set_shared
        self._relay = AnswerRelay()
        # A method of the dialog, not a lambda: Qt drops the connection when it goes.
        self._relay.answered.connect(self._answered)
        self._shared_relay = AnswerRelay()
        self._shared_relay.answered.connect(self._shared_answered)
        self._accounts: list[AccountLine] = []
        self._items: list[QTreeWidgetItem] = []  # the accounts' lines, in their order
        self._status: SyncStatus | None = None
        # The account being removed (its line says so), None while nothing is.
        self._removing: int | None = None
        # The account being said shared or not, None while none is.
        self._sharing: int | None = None
        self.asking: QMessageBox | None = None
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumWidth(720)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("User id"), self.tr("Server"), self.tr("State")]
        )
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._offer())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long the server takes is not known
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.progress.hide()
        self.add_button = QPushButton(self.tr("Add account…"))
        self.again_button = QPushButton(self.tr("Sign in again…"))
        self.shared_button = QPushButton(self.tr("Mark as &shared…"))
        self.shared_button.setVisible(set_shared is not None)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(self.addRequested)
        self.again_button.clicked.connect(self._sign_in_again)
        self.shared_button.clicked.connect(self._ask_shared)
        self.remove_button.clicked.connect(self._ask_remove)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.again_button, self.shared_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.set_accounts(read_accounts())

    # What the app layer tells it.

    def set_accounts(self, accounts: Sequence[AccountLine]) -> None:
        """The accounts to list, the selection kept on the same account where it stays."""
        chosen = self.chosen()
        self._accounts = list(accounts)
        self.list.clear()
        self._items = []
        for account in self._accounts:
            name = self.tr("Demo workspace") if account.demo else account.name
            if account.shared:
                name = fill(self.tr("%1 (shared)"), name or account.user_id)
            item = QTreeWidgetItem([name, account.user_id, account.server, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            if account.shared:
                item.setToolTip(
                    0,
                    self.tr(
                        "Shared: several people sign in to it (a duty room's). What it "
                        "sends is not yours, except what this computer sent."
                    ),
                )
            self.list.addTopLevelItem(item)
            self._items.append(item)
        self._show_states()
        keep = next((i for i, a in enumerate(self._accounts) if chosen and a.id == chosen.id), 0)
        if self._accounts:
            self.list.setCurrentItem(self._items[keep])
        self._offer()

    def accounts(self) -> list[AccountLine]:
        return list(self._accounts)

    def set_status(self, status: SyncStatus | None) -> None:
        """Sync's last status, each account's in it (see SyncStatus.accounts)."""
        self._status = status
        listed = {a.id for a in self._accounts}
        if status is not None and {i for i, _s in status.accounts} - listed:
            # One added meanwhile (signed in from here, or `desk account add`).
            self.set_accounts(self._read_accounts())
        self._show_states()
        self._offer()

    def removed(self, account_id: int, not_signed_out: str | None) -> None:
        """Account `account_id` was removed; `not_signed_out`: why the server could not sign
        its device out (a reason code), None where it did or had none to."""
        self._busy(None)
        account = self._line(account_id)
        if account is None or account.demo:
            self._say(self.tr("The demo workspace was removed."))
        elif not_signed_out is None:
            self._say(
                fill(
                    self.tr("%1 was removed, and this computer signed out of it."),
                    self._title(account),
                )
            )
        else:
            self._say(
                fill(
                    self.tr(
                        "%1 was removed from this computer. It could not be signed out on "
                        "the server (%2): this computer stays in the account's device list "
                        "there until someone removes it."
                    ),
                    self._title(account),
                    server_reason_text(not_signed_out),
                ),
                error=True,
            )

    def not_removed(self, account_id: int, why: str) -> None:
        """Removing account `account_id` failed (`why`, in words): nothing was removed."""
        self._busy(None)
        account = self._line(account_id)
        name = self._title(account) if account is not None else str(account_id)
        self._say(
            fill(self.tr("%1 could not be removed (%2). Nothing was removed."), name, why),
            error=True,
        )

    def _line(self, account_id: int) -> AccountLine | None:
        return next((a for a in self._accounts if a.id == account_id), None)

    def _title(self, account: AccountLine) -> str:
        if account.demo:
            return self.tr("the demo workspace")
        return account_title(account.name, account.user_id)

    # What it shows.

    def chosen(self) -> AccountLine | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self._accounts if a.id == wanted), None)

    def state_of(self, account_id: int) -> SyncStatus | None:
        status = self._status
        if status is None:
            return None
        if not status.accounts and status.state in (SyncState.STOPPED, SyncState.OFFLINE):
            # The store's, not one account's (sync halted on damage, or the store failed
            # before any account synced): each was listed as 等待同步, as if about to sync.
            return status
        return dict(status.accounts).get(account_id)

    def _show_states(self) -> None:
        now = self._now()
        for item, account in zip(self._items, self._accounts, strict=True):
            if account.id == self._removing:
                said = self.tr("Removing…")
            elif account.id == self._sharing:
                said = self.tr("Saving…")
            elif account.demo:
                said = self.tr("Built in: its messages are invented")
            else:
                said = account_state_text(self.state_of(account.id), self._tz, now)
            item.setText(3, said)
            item.setToolTip(3, said)

    def _offer(self) -> None:
        """Each button for what it can do to the account chosen: 重新登录 for one whose
        sign-in was refused, 移除 for any but the demo alone (desk would bring it back)."""
        chosen = self.chosen()
        busy = self._removing is not None or self._sharing is not None
        state = self.state_of(chosen.id) if chosen else None
        self.add_button.setEnabled(not busy)
        self.again_button.setEnabled(
            not busy
            and chosen is not None
            and not chosen.demo
            and state is not None
            and state.state is SyncState.SIGN_IN
        )
        alone = chosen is not None and chosen.demo and len(self._accounts) == 1
        self.remove_button.setEnabled(not busy and chosen is not None and not alone)
        self.remove_button.setToolTip(
            self.tr("Add your work account first: the demo workspace goes with it.")
            if alone
            else ""
        )
        # The demo workspace is no account anyone signs in to: nothing to share.
        shared = chosen is not None and chosen.shared
        self.shared_button.setText(
            self.tr("Not &shared…") if shared else self.tr("Mark as &shared…")
        )
        self.shared_button.setEnabled(not busy and chosen is not None and not chosen.demo)

    def _say(self, text: str, *, error: bool = False) -> None:
        set_tone(self.note, ERROR if error else NOTE)
        self.note.setText(text)

    def _busy(self, account_id: int | None, *, sharing: bool = False) -> None:
        self._removing = None if sharing else account_id
        self._sharing = account_id if sharing else None
        self.progress.setVisible(account_id is not None)
        self.list.setEnabled(account_id is None)
        if account_id is None:
            # Disabled, the list had handed the keys on (to 移除…): back to it, or the next
            # key pressed acts on a button the user never chose (a screenshot).
            self.list.setFocus()
        self._show_states()
        self._offer()

    def _sign_in_again(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.signInAgainRequested.emit(chosen.id)

    def _ask_remove(self) -> None:
        """Asks first, saying what removing does; Remove starts it (removeRequested)."""
        chosen = self.chosen()
        if chosen is None or self._removing is not None:
            return
        count = self._messages_of(chosen.id)
        if chosen.demo:
            question = self.tr("Remove the demo workspace?")
            detail = self.tr(
                "Its %n invented message(s) are deleted from this computer. Your accounts "
                "and their messages are not touched.",
                "",
                count,
            )
        else:
            question = fill(
                self.tr("Remove %1 from desk?"), account_title(chosen.name, chosen.user_id)
            )
            # Before its first sync it has none: 其 0 条消息将从本机删除 read oddly.
            deleted = (
                self.tr(
                    "Its %n message(s) are deleted from this computer, and this computer is "
                    "signed out of the account on the server %1. What you read and marked "
                    "done comes back if you add the same user on the same server again.",
                    "",
                    count,
                )
                if count
                else self.tr(
                    "It has no messages on this computer yet. This computer is signed out of "
                    "the account on the server %1."
                )
            )
            detail = fill(deleted, chosen.server)
        self._ask(
            self.tr("Remove account"),
            question,
            detail,
            (self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole),
            lambda: self._start_removing(chosen),
        )

    def _ask(
        self,
        title: str,
        question: str,
        detail: str,
        yes: tuple[str, QMessageBox.ButtonRole],
        then: Callable[[], None],
    ) -> None:
        """Asks `question` first, in a box of its own that leaves the window free (the
        store thread's answers keep coming), and calls `then` if the user chose `yes`
        (its words and role). Enter and Esc cancel: removing an account, or marking it
        shared, sorts its messages anew, not to be done by a slip of the key."""
        asking = QMessageBox(self)
        asking.setIcon(QMessageBox.Icon.Question)
        asking.setWindowTitle(title)
        asking.setText(question)
        asking.setInformativeText(detail)
        chosen = asking.addButton(*yes)
        cancel = asking.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        asking.setDefaultButton(cancel)
        asking.setEscapeButton(cancel)
        self.asking = asking

        def answered() -> None:
            self.asking = None
            if asking.clickedButton() is chosen:
                then()

        asking.finished.connect(lambda _result: answered())
        asking.open()

    def _start_removing(self, account: AccountLine) -> None:
        self._busy(account.id)
        self._say(fill(self.tr("Removing %1…"), self._title(account)))
        # The worker touches only these: the dialog may be gone when it is done.
        relay, remove, account_id = self._relay, self._remove, account.id

        def work() -> None:
            try:
                relay.answered.emit((account_id, remove(account_id), None))
            except Exception as exc:  # said in the dialog, never a traceback
                relay.answered.emit((account_id, None, exc))

        # A thread for each removal, one at a time (see `removing`), which ends with it:
        # the dialog closed meanwhile and opened again is the same one, which hears how it
        # went (see accounts_flow.AccountsWindow) and may then remove another.
        threading.Thread(target=work, name="desk-remove-account", daemon=True).start()

    def _answered(self, answer: tuple[int, str | None, Exception | None]) -> None:
        account_id, not_signed_out, error = answer
        if error is not None:
            log.error("account %d not removed (%s)", account_id, type(error).__name__)
            self.not_removed(account_id, failure_text(error))
        else:
            self.removed(account_id, not_signed_out)
        self.set_accounts(self._read_accounts())
        self.accountsChanged.emit()

    @property
    def removing(self) -> int | None:
        """The account being removed, None while none is."""
        return self._removing

    def _ask_shared(self) -> None:
        """Asks first, saying in plain words what a shared account means (as `desk
        account shared` says it); 设为共用 / 取消共用 starts it."""
        chosen = self.chosen()
        busy = self._removing is not None or self._sharing is not None
        if chosen is None or chosen.demo or busy or self._set_shared is None:
            return
        title = self._title(chosen)
        on = not chosen.shared
        if on:
            question = fill(self.tr("Mark %1 as a shared account?"), title)
            detail = self.tr(
                "A shared account is one several people sign in to, such as a duty "
                "room's (值班室). What it sends is then not yours: a colleague's DING "
                "from it rings, and an urgent notice from it is unread, as anyone "
                "else's. What this computer sent from it stays yours.\n\n"
                "Messages from it stored before become someone else's and are sorted "
                "again; a DING among them does not ring again: it was stored as yours, "
                "without its DING."
            )
            yes = self.tr("Mark as shared")
        else:
            question = fill(self.tr("Make %1 yours alone?"), title)
            detail = self.tr(
                "What it sends is then yours: read, silent, never a DING for you to "
                "confirm. Messages from it stored before become yours again, read."
            )
            yes = self.tr("Not shared")
        self._ask(
            self.tr("Shared account"),
            question,
            detail,
            (yes, QMessageBox.ButtonRole.AcceptRole),
            lambda: self._start_sharing(chosen, on),
        )

    def _start_sharing(self, account: AccountLine, on: bool) -> None:
        set_shared = self._set_shared
        if set_shared is None:
            return
        self._busy(account.id, sharing=True)
        self._say(fill(self.tr("Saving %1…"), self._title(account)))
        # The worker touches only these: the dialog may be gone when it is done.
        relay, account_id = self._shared_relay, account.id

        def work() -> None:
            try:
                relay.answered.emit((account_id, on, set_shared(account_id, on), None))
            except Exception as exc:  # said in the dialog, never a traceback
                relay.answered.emit((account_id, on, 0, exc))

        threading.Thread(target=work, name="desk-share-account", daemon=True).start()

    def _shared_answered(self, answer: tuple[int, bool, int, Exception | None]) -> None:
        account_id, on, changed, error = answer
        self._busy(None)
        account = self._line(account_id)
        title = self._title(account) if account is not None else str(account_id)
        if isinstance(error, LookupError):
            self._say(
                fill(
                    self.tr(
                        "%1 is no longer in desk (it was removed meanwhile). Nothing was changed."
                    ),
                    title,
                ),
                error=True,
            )
        elif error is not None:
            log.error("account %d not changed (%s)", account_id, type(error).__name__)
            self._say(
                fill(
                    self.tr("%1 could not be changed (%2). Nothing was changed."),
                    title,
                    failure_text(error),
                ),
                error=True,
            )
        elif on:
            said = fill(
                self.tr(
                    "%1 is shared now: what it sends is not yours (a colleague's DING from "
                    "it rings), except what this computer sent."
                ),
                title,
            )
            if changed:
                said = self._then(
                    said,
                    self.tr(
                        "%n message(s) from it stored before are someone else's now, sorted "
                        "again (an urgent one unread rings); a DING among them does not ring "
                        "again: it was stored as yours, without its DING.",
                        "",
                        changed,
                    ),
                )
            self._say(said)
        else:
            said = fill(self.tr("%1 is yours alone now: what it sends is yours."), title)
            if changed:
                said = self._then(
                    said,
                    self.tr(
                        "%n message(s) from it stored before are yours again, read.", "", changed
                    ),
                )
            self._say(said)
        self.set_accounts(self._read_accounts())
        self.accountsChanged.emit()

    def _then(self, first: str, second: str) -> str:
        # Two sentences, in Chinese without the space between them (除外。 此前 read oddly).
        return fill(self.tr("%1 %2", "two sentences, one after the other"), first, second)
