"""Message → New message… (Ctrl+N): an ordinary message to one of the user's groups, the
notice a township secretary sends her villages, neither a reply nor a DING.

`PostComposer` is the dialog: the group (the DING composer's `GroupPicker`, searchable),
the text, Send (Ctrl+Enter); Esc asks before what was written is thrown away.
`PostDialogs` opens it, one at a time, on the group of the card being read, and follows
what it queued as the reply box follows replies: the status bar says 等待发送 until the
server has the message (also one an earlier run left queued, offline), then 已发送; one
the server refuses comes back into the composer with what was written.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.placeholders import fill
from desk.sync.posts import GroupClosed, Posted, PostOutbox
from desk.sync.replies import ReplyState
from desk.ui.group_picker import GroupPicker
from desk.ui.line_height import line_height
from desk.ui.ops import StoreOps, failure_text
from desk.ui.style import error_line
from desk.ui.typed_ahead import TypedAhead

# Lines of text the box shows before it scrolls: a notice runs to a few sentences.
TEXT_LINES = 6


@dataclass(frozen=True, slots=True)
class PostDraft:
    """What a composer holds, for a new one to hold it again: the window is built anew
    when the user picks another language, and the prompt promises to keep what they wrote."""

    group: int | None  # the group's row
    text: str


@dataclass(frozen=True, slots=True)
class RefusedHeld:
    """The refused messages PostDialogs holds, for a window built anew to hold them again:
    `given_back`, the one in the composer (its text is the composer's draft), and
    `waiting`, each with what the status bar said, those waiting for the composer."""

    given_back: Posted | None = None
    waiting: tuple[tuple[Posted, str], ...] = ()


class PostComposer(QDialog):
    """Signals: sent(Posted) once the message is in the outbox; the dialog then closes."""

    sent = Signal(object)

    def __init__(self, posts: PostOutbox, ops: StoreOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posts = posts
        self._ops = ops
        self._sending = False
        self._quitting = False
        self.asking: QMessageBox | None = None
        self.setWindowTitle(self.tr("New message"))
        self.setMinimumWidth(520)
        self.group = GroupPicker(posts.groups(), self.tr("Choose a group…"))
        self.group.setObjectName("post_group")
        self.group.setCurrentIndex(0 if self.group.count() == 1 else -1)  # one: no choice
        self.text = QPlainTextEdit()
        self.text.setObjectName("post_text")
        self.text.setPlaceholderText(
            self.tr("What to tell the group, e.g. 请各村于今天17:00前报送防汛值班表")
        )
        self.text.setTabChangesFocus(True)
        lines = TEXT_LINES * line_height(self.text.font())
        margins = 2 * self.text.document().documentMargin() + 2 * self.text.frameWidth()
        self.text.setMinimumHeight(math.ceil(lines + margins))
        self.error = error_line("post_error")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        group_label = QLabel(self.tr("&Group:"))
        group_label.setBuddy(self.group)
        form.addRow(group_label, self.group)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # Enter took a group: what to say comes next.
        self.group.taken.connect(self.text.setFocus)
        self.text.textChanged.connect(self._text_changed)
        self.group.currentIndexChanged.connect(lambda _i: self._clear_error())
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.send)
        self._text_changed()
        if self.group.count() == 0:
            self._show_error(self.tr("No groups yet: wait for the first sync."))
        (self.group if self.group.chosen() is None else self.text).setFocus()

    def choose_group(self, group_id: int | None) -> bool:
        """Starts on this group (the card's, the one in view); False, and no change, if it
        is not one a message can go to."""
        if not self.group.choose(group_id):
            return False
        self.text.setFocus()  # the group is chosen: what to say comes next
        return True

    def untouched(self) -> bool:
        """Nothing written yet: moving to another group loses nothing."""
        return not self.text.toPlainText().strip()

    def restore(self, group_id: int | None, text: str, error: str = "") -> None:
        """Holds `text` for `group_id` again (a message the server refused), saying why."""
        self.choose_group(group_id)
        self.text.setPlainText(text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.setFocus()
        self._show_error(error)

    def chosen_group(self) -> int | None:
        """The row of the group chosen, to start on it next time."""
        return self.group.chosen_row()

    def draft(self) -> PostDraft:
        return PostDraft(self.chosen_group(), self.text.toPlainText())

    def send(self) -> None:
        if self._sending:
            return
        data = self.group.chosen()
        text = self.text.toPlainText().strip()
        if data is None:
            self._show_error(self.tr("Choose a group."), self.group)
            return
        if not text:
            self._show_error(self.tr("Write the message first."), self.text)
            return
        account_id, remote_id = data
        self._sending = True
        self.send_button.setEnabled(False)
        self._show_error("")
        posts = self._posts
        self._ops.run(
            lambda: posts.send(account_id, remote_id, text),
            self._queued,
            self._not_queued,
        )

    def _queued(self, posted: Posted) -> None:
        self._sending = False
        self.sent.emit(posted)
        self.done(QDialog.DialogCode.Accepted.value)

    def _not_queued(self, error: BaseException) -> None:
        self._sending = False
        self._text_changed()
        if isinstance(error, GroupClosed) and error.left:
            said = fill(
                self.tr("You are no longer in “%1”: a message cannot go there."), error.group_name
            )
        elif isinstance(error, GroupClosed):
            said = self.tr("desk cannot write in an end-to-end encrypted group yet.")
        elif isinstance(error, LookupError):
            said = self.tr("That group is no longer stored: choose another.")
        else:
            # Why, not only "try again": on a full disk trying again does nothing.
            said = fill(self.tr("The message was not queued (%1)."), failure_text(error))
        self._show_error(said)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not event.spontaneous():
            # Not the user's ×: Qt's quit closes every window, and one that refuses
            # cancels it (desk's Quit did nothing while a message was being written).
            self._quitting = True
        super().closeEvent(event)

    @property
    def quitting(self) -> bool:
        """Closed by desk's quit, not by the user."""
        return self._quitting

    def reject(self) -> None:
        """Esc, Cancel, the window's ×: what was written is not thrown away unasked."""
        if self._sending and not self._quitting:
            return  # queued a moment from now: closing would hide that it went
        if self.untouched() or self._quitting:
            super().reject()
            return
        if self.asking is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New message"),
            self.tr("Discard the message you wrote?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("post_discard")
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
        # Enter, and Esc, keep it: thrown away is a step to take on purpose.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.asking = box

        def answered(_result: int) -> None:
            self.asking = None
            box.deleteLater()
            if box.clickedButton() is discard:
                QDialog.reject(self)
            else:
                # Back to writing: the window manager gave the keys to the main window
                # once the question closed (a Ctrl+Enter then went there, not to Send).
                self.activateWindow()
                self.text.setFocus()

        box.finished.connect(answered)
        box.open()

    def _text_changed(self) -> None:
        # An empty message cannot go: Send is greyed out until there is something to say.
        if not self._sending:
            self.send_button.setEnabled(bool(self.text.toPlainText().strip()))
        self._clear_error()

    def _clear_error(self) -> None:
        if not self._sending:
            self._show_error("")

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if focus is not None:
            focus.setFocus()


class PostDialogs(QObject):
    """Owns the open composer and follows the messages it queued.

    Signals: said(str) with what the status bar is to say of a message (waiting, sent,
    refused); pendingChanged(int) with how many wait to be sent."""

    said = Signal(str)
    pendingChanged = Signal(int)

    def __init__(
        self,
        posts: PostOutbox,
        ops: StoreOps,
        window: QMainWindow,
        send_now: Callable[[], None] = lambda: None,
        groups_wanted: Callable[[], Iterable[int | None]] = lambda: (),
    ) -> None:
        super().__init__(window)
        self._posts, self._ops, self._window = posts, ops, window
        self._send_now = send_now
        self._groups_wanted = groups_wanted
        self._last_group: int | None = None
        self.composer: PostComposer | None = None
        # The messages in the outbox, by transaction id, with the group each went to.
        self._queued: dict[str, Posted] = {}
        self._checking = False
        self._check_again = False
        # Refused while another message was being written in the composer, with what the
        # status bar said: each comes back into it once that one is sent or closed.
        self._refused_later: list[tuple[Posted, str]] = []
        # The refused message given back into the open composer, until it is sent again
        # or the user closes the composer: kept for the next run should desk quit first.
        self._given_back: Posted | None = None

    def open_composer(self, draft: PostDraft | None = None) -> None:
        """Opens the composer on the group of the card being read, else the one in view,
        else where the last message went; an empty one still open follows the user.
        With `draft` (the window built anew), it holds that again."""
        if self.composer is None:
            self.composer = self._new_composer()
            if draft is not None:
                self.composer.restore(draft.group, draft.text)
            else:
                self._choose_wanted(self.composer, last=True)
        elif self.composer.untouched():
            self._choose_wanted(self.composer, last=False)
        self.composer.show()
        self.composer.raise_()
        self.composer.activateWindow()
        if not self.composer.isActiveWindow():
            # What is typed at once goes into it, not to the inbox behind it.
            ahead = TypedAhead(self.composer)
            self.composer.finished.connect(lambda _result: ahead.stop())

    def open_draft(self) -> PostDraft | None:
        """What the open composer holds; None when none is open or it is empty."""
        if self.composer is None or self.composer.untouched():
            return None
        return self.composer.draft()

    def refused_held(self) -> RefusedHeld:
        """The refused messages held (the window is built anew): only the open draft was
        carried over, and those waiting for the composer were lost (a review)."""
        return RefusedHeld(self._given_back, tuple(self._refused_later))

    def hold_refused(self, held: RefusedHeld) -> None:
        """Holds again what `refused_held` said, after `open_composer` took the draft."""
        if held.given_back is not None and self.composer is not None:
            self._given_back = held.given_back
        self._refused_later.extend(held.waiting)
        self._give_back_waiting()

    def give_back_kept(self, kept: list[Posted]) -> None:
        """Gives back the refused messages an earlier run kept (see keep_for_next_run)."""
        self._refused_later.extend((posted, self._refused_text(posted)) for posted in kept)
        self._give_back_waiting()

    def keep_for_next_run(self) -> None:
        """Keeps which messages are to come back should the server have refused them (desk
        quits): the one given back into the composer, those waiting for it, and those still
        queued, whose refusal may come after the last check. Queued on the store thread,
        which quitting lets finish."""
        held = [p.txn_id for p, _said in self._refused_later]
        if self._given_back is not None:
            held.insert(0, self._given_back.txn_id)
        held.extend(self._queued)
        posts = self._posts
        self._ops.run(lambda: posts.keep_refused(held))

    def _give_back_waiting(self) -> None:
        if self._refused_later and (self.composer is None or self.composer.untouched()):
            self._give_back(*self._refused_later.pop(0))

    def _new_composer(self) -> PostComposer:
        composer = PostComposer(self._posts, self._ops, self._window)
        composer.sent.connect(self._sent)
        composer.finished.connect(self._composer_closed)
        return composer

    def _choose_wanted(self, composer: PostComposer, *, last: bool) -> None:
        wanted = [*self._groups_wanted(), self._last_group if last else None]
        for group in wanted:
            if composer.choose_group(group):
                return

    def pending(self) -> int:
        return len(self._queued)

    def follow(self, waiting: list[Posted]) -> None:
        """Follows messages an earlier run left queued as this run's."""
        for posted in waiting:
            self._queued.setdefault(posted.txn_id, posted)
        if waiting:
            self.pendingChanged.emit(len(self._queued))

    def _sent(self, posted: Posted) -> None:
        self._last_group = posted.group_id
        self._given_back = None  # its words went again, as a new message
        self._queued[posted.txn_id] = posted
        self.pendingChanged.emit(len(self._queued))
        self.said.emit(fill(self.tr("Waiting to send: message to “%1”."), posted.group_name))
        self._send_now()

    def check_queued(self, _result: object = None) -> None:
        """Reads how the queued messages stand (after each sync round)."""
        if not self._queued:
            return
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        posts, wanted = self._posts, list(self._queued)
        self._ops.run(lambda: posts.states(wanted), self._states_read, self._states_unread)

    def _states_unread(self, _error: BaseException) -> None:
        self._checking = False

    def _states_read(self, states: dict[str, ReplyState]) -> None:
        self._checking = False
        for txn_id, state in states.items():
            posted = self._queued.get(txn_id)
            if posted is None or state is ReplyState.QUEUED:
                continue
            del self._queued[txn_id]
            if state is ReplyState.SENT:
                self.said.emit(fill(self.tr("Sent: message to “%1”."), posted.group_name))
            else:
                self._refused(posted)
        self.pendingChanged.emit(len(self._queued))
        if self._check_again:
            self._check_again = False
            self.check_queued()

    def _refused(self, posted: Posted) -> None:
        """Refused by the server (a group where only its admins may post): what was
        written comes back into the composer, unless another is being written there."""
        said = self._refused_text(posted)
        self.said.emit(said)
        if self.composer is not None and not self.composer.untouched():
            # Not over what is being written; nor dropped, as "kept" promised (its words
            # were gone for good): it comes back once that one is done with.
            self._refused_later.append((posted, said))
            return
        self._give_back(posted, said)

    def _refused_text(self, posted: Posted) -> str:
        return fill(
            self.tr(
                "Your message did not reach “%1”: the server refused it (in a group where "
                "only its admins may post, members cannot write there). What you wrote is kept."
            ),
            posted.group_name,
        )

    def _give_back(self, posted: Posted, said: str) -> None:
        if self.composer is None:
            self.composer = self._new_composer()
        self.composer.restore(posted.group_id, posted.text, said)
        self._given_back = posted
        self.composer.show()

    def _composer_closed(self) -> None:
        quitting = False
        if self.composer is not None:
            quitting = self.composer.quitting
            self.composer.deleteLater()
            self.composer = None
        if not quitting:
            self._given_back = None  # the user closed it, asked first (see reject)
        # Not as desk quits: a window opened then would hold the quit up.
        if self._refused_later and not quitting:
            self._give_back(*self._refused_later.pop(0))
