"""The reply box under the reading pane: a reply to one card, quoting whom it answers and
saying which group it goes to, sent as a reply to that message in its group.

Send queues the reply in the outbox (off the GUI thread, through StoreOps) and asks the
sync worker to send at once; the box closes, and the status bar says 待发送 until the
server has the reply, then 已发送. A reply the server refuses (a group where only its
admins may post) comes back into the box with what the user wrote and why it was
refused: nothing typed is lost. What is written for a card and not sent waits for it
while the user reads others (R on that card brings it back).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import zip_longest
from typing import NamedTuple

from PySide6.QtCore import QEvent, QKeyCombination, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.gist import first_words
from desk.core.placeholders import fill
from desk.core.reasons import FROM_YOU
from desk.store.inbox import InboxRow
from desk.sync.replies import SHOU_DAO, ReplyOutbox, ReplyState, ReplyTarget
from desk.ui.elided_label import ElidedLabel
from desk.ui.group_label import account_title
from desk.ui.line_height import line_height
from desk.ui.ops import StoreOps, failure_text
from desk.ui.style import NOTE, REFUSED, set_tone

# How much of the message answered the box quotes (the label elides it further).
QUOTED_CHARS = 40
# The box's own keys, which F1 lists from here: Ctrl+Enter sends, Esc closes the box.
SEND_KEY = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
CLOSE_KEY = QKeySequence(Qt.Key.Key_Escape)


# A record, not a dataclass: its module loads before the first paint (issue 8).
class _Queued(NamedTuple):
    """A reply in the outbox, until the server has it or refuses it."""

    row: InboxRow
    text: str


class ReplyEdit(QPlainTextEdit):
    """The reply's text. Esc and Ctrl+Enter are the box's, not the window's (Esc goes back
    to the list there) nor a new line's.

    Opened, it is `pending` until it has been drawn: a tester's R waited behind a busy GUI
    thread, and the j and r she pressed meanwhile, on the list as far as she could see,
    went into the box as a draft "jr"; another's reply, typed fast after R, was lost, and
    its digit 3 moved a DING to Info (a tier correction desk learns from). Meanwhile j, k
    and r are the list's (the next card, the previous, the box on the card then selected),
    what is typed is the box's text, shown as it is drawn, and any other key does nothing:
    no key pressed for the box can change a card. Once text is typed, j, k and r are
    letters of it too (the "k" of a quick "ok" moved the selection)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = True
        self._typed_ahead = False
        self._fit_lines()

    def _fit_lines(self) -> None:
        """Three lines high: most replies are one (a number, 好的); a longer one scrolls."""
        lines = 3 * line_height(self.font()) + 2 * self.document().documentMargin()
        # One pixel more: QPlainTextEdit scrolls a last line that ends on its last pixel.
        self.setFixedHeight(math.ceil(lines) + 2 * self.frameWidth() + 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The text made larger while desk runs: three lines of it (the height kept
            # from the start showed one at 175 %).
            self._fit_lines()

    def hold_keys(self) -> None:
        """Pending until the box is next drawn (it was hidden until now)."""
        self.shown = False
        self._typed_ahead = False

    def pending(self) -> bool:
        return not self.shown and self.isVisible()

    def event(self, event: QEvent) -> bool:
        if _claimed(event):
            return True
        if (
            self.pending()
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
        ):
            if _list_key(event) and not self._typed_ahead:
                event.ignore()  # the window's shortcut acts
            else:
                event.accept()  # no shortcut: the key press comes to the box
            return True
        if self.pending() and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if _box_key(event) and event.key() == CLOSE_KEY[0].key():
                event.ignore()  # to the box, which closes keeping what was typed
            elif _typed(event) and (self._typed_ahead or not _list_key(event)):
                self._typed_ahead = True
                super().keyPressEvent(event)
            else:
                event.accept()  # Ctrl+Enter, Tab, Delete...: nothing sent unseen, no change
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _box_key(event):
            event.ignore()  # to the box
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.shown = True


def _list_key(event: QKeyEvent) -> bool:
    """j, k and r: the list's keys while the box is pending (see ReplyEdit)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    keys = (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_R)
    return event.key() in keys and mods == Qt.KeyboardModifier.NoModifier


def _typed(event: QKeyEvent) -> bool:
    """Whether `event` types text (letters, digits, punctuation, a space), no command."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = event.text()
    return mods == Qt.KeyboardModifier.NoModifier and bool(text) and text.isprintable()


def _joined(refused: str, written: str) -> str:
    """A refused reply and what is written for its card besides, neither lost."""
    return f"{refused}\n\n{written}" if written.strip() else refused


def _claimed(event: QEvent) -> bool:
    """Whether `event` asks to override a shortcut with one of the box's keys, which the
    box then takes (accepted) before the window's shortcuts do."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if not _box_key(event):
        return False
    event.accept()
    return True


def _box_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    # The keypad's Enter as Return.
    key = Qt.Key.Key_Return if event.key() == Qt.Key.Key_Enter else event.key()
    return any(
        key == own.key() and mods == own.keyboardModifiers() for own in (SEND_KEY[0], CLOSE_KEY[0])
    )


# The bar's margins and spacing with the long texts, and the tighter ones with the short:
# at the reading pane's least width (170) two buttons (80 each, the style's least) fit
# only so.
_ROOMY = (QMargins(6, 3, 6, 3), 6)
_TIGHT = (QMargins(3, 3, 3, 3), 4)


class FittingBar(QWidget):
    """Buttons in a row, each with its key written on it (Reply… (R)) where the row has
    room for that, else with its short text and the long one as its tooltip: in a window
    640 wide the reading pane is 170, and the two long ones overlapped there (复收到
    （Shift+, a tester). Where even the short texts do not fit side by side (a large text
    size), one above the other: at 175 % the reply box's buttons lay over each other
    (a tester). Its least width is the widest short text's.

    `stretch_at`: where the row's free room goes (after the last button by default).
    `more`: a button whose menu offers what the `folds` buttons do, shown in their place
    while the bar is folded (see set_folded): one row, where the buttons stacked took
    more height than a short reading pane had (175 % text in a 640x600 window)."""

    def __init__(
        self,
        buttons: list[tuple[QPushButton, str]],
        stretch_at: int = -1,
        *,
        more: QToolButton | None = None,
        folds: Sequence[QPushButton] = (),
    ) -> None:
        super().__init__()
        self._buttons = [(button, button.text(), short) for button, short in buttons]
        self._more = more
        self._folds = tuple(folds)
        self._folded = False
        # Their own tooltips, given back where the long texts show.
        self._tips = [button.toolTip() for button, _short in buttons]
        # Why a button is greyed, said instead (see set_reason).
        self._reasons: dict[QPushButton, str] = {}
        # The widths `_needs` measured, by texts (long or short) and the buttons' fonts.
        self._measured: dict[tuple[bool, tuple[str, ...]], tuple[int, int]] = {}
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        for button, _long, _short in self._buttons:
            self._row.addWidget(button)
        self._row.insertStretch(stretch_at, 1)
        if more is not None:
            self._row.insertWidget(0, more)
            more.hide()
        self._set_spacing(_ROOMY)

    def _set_spacing(self, spacing: tuple[QMargins, int]) -> None:
        self._row.setContentsMargins(spacing[0])
        self._row.setSpacing(spacing[1])

    def _needs(self, long: bool) -> int:
        """The width the row takes with the long texts, or the short."""
        return self._measure(long)[0]

    def _stacked_needs(self) -> int:
        """The width the buttons take one above the other, with the short texts."""
        margins = _TIGHT[0]
        return margins.left() + margins.right() + self._measure(False)[1]

    def _measure(self, long: bool) -> tuple[int, int]:
        """The row's width with the long texts or the short, and its widest button's.

        Measured once per font: a button's text set to measure it asks the layout to be
        done again, which asked this again, and so on for as long as desk ran (half a core
        busy while idle, and every key waiting behind those layouts)."""
        key = (long, tuple(button.font().key() for button, _long, _short in self._buttons))
        measured = self._measured.get(key)
        if measured is not None:
            return measured
        margins, spacing = _ROOMY if long else _TIGHT
        taken = margins.left() + margins.right() + spacing * (len(self._buttons) - 1)
        widest = 0
        for button, long_text, short_text in self._buttons:
            said = button.text()
            button.setText(long_text if long else short_text)
            width = button.sizeHint().width()
            button.setText(said)
            taken += width
            widest = max(widest, width)
        self._measured[key] = (taken, widest)
        return taken, widest

    def full_height(self, width: int) -> int:
        """How tall the bar is unfolded at `width`: one row, or its buttons stacked."""
        heights = [button.sizeHint().height() for button, _long, _short in self._buttons]
        margins = (_ROOMY if width >= self._needs(long=True) else _TIGHT)[0]
        if width >= self._needs(long=False):
            return max(heights) + margins.top() + margins.bottom()
        spacing = _TIGHT[1] * (len(heights) - 1)
        return sum(heights) + spacing + margins.top() + margins.bottom()

    def set_folded(self, folded: bool) -> None:
        """Shows `more` in the place of the `folds` buttons, the rest in a row with their
        short texts; unfolded, all of them again, as wide as the bar allows."""
        if folded == self._folded or self._more is None:
            return
        self._folded = folded
        for button in self._folds:
            button.setHidden(folded)
        self._more.setVisible(folded)
        self.fit()

    def set_reason(self, button: QPushButton, why: str) -> None:
        """Why `button` is greyed, its tooltip at any width until "" gives back its own
        (or its long text, where the short shows)."""
        self._reasons[button] = why
        self._tip(button)

    def _tip(self, button: QPushButton) -> None:
        for (each, long_text, _short), tip in zip(self._buttons, self._tips, strict=True):
            if each is button:
                why = self._reasons.get(button, "")
                button.setToolTip(why or (tip if button.text() == long_text else long_text))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._stacked_needs(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self._needs(long=True), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._measured.clear()  # a theme's padding: the same fonts, other widths
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()  # the text size changed: what fits changed with it

    def fit(self) -> None:
        long = not self._folded and self.width() >= self._needs(long=True)
        side_by_side = self._folded or long or self.width() >= self._needs(long=False)
        self._set_spacing(_ROOMY if long else _TIGHT)
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self._row.direction() != direction:
            self._row.setDirection(direction)
        for button, long_text, short_text in self._buttons:
            text = long_text if long else short_text
            if button.text() != text:  # (a text set asks for a layout, even the same)
                button.setText(text)
            self._tip(button)


class ReplyBox(QWidget):
    """Closed, a bar of two buttons under the reading pane (Reply…, Reply 收到), which the
    user would otherwise not know of; open, the box (`editor`).

    Signals: replyRequested() and shouDaoRequested() from the bar's buttons (the window
    knows the card selected); closed() when Esc or Close put the box away (the list takes
    the keys again); said(str) with what the status bar is to say of a reply (queued,
    sent, refused); pendingChanged(int) with how many replies wait to be sent;
    draftsChanged(frozenset) with the ids of the cards a reply is written for and not
    sent (in the box or waiting for its card), whenever that set changes; queued(int, bool)
    with the card's id once a reply to it is queued, and whether that reply is 收到."""

    replyRequested = Signal()
    shouDaoRequested = Signal()
    closed = Signal()
    said = Signal(str)
    pendingChanged = Signal(int)
    draftsChanged = Signal(object)
    queued = Signal(int, bool)

    def __init__(self, ops: StoreOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._outbox: Callable[[], ReplyOutbox] | None = None
        self._send_now: Callable[[], None] = lambda: None
        self.row: InboxRow | None = None
        # What was written for each card and not sent, by card id.
        self._drafts: dict[int, str] = {}
        # ...as last said by draftsChanged.
        self._drafted: frozenset[int] = frozenset()
        self._queued: dict[str, _Queued] = {}
        # The cards a 收到 went to in this run, from the key press on (until the server
        # refuses it): a second Shift+R before the first came back sent two.
        self._shou_dao_to: set[int] = set()
        # ...and those a reply in words went to, queued in this run or left queued by the
        # last: a 收到 after it, before it came back from the server, added a bare 收到 to
        # the user's own answer.
        self._replied_to: set[int] = set()
        self._checking = False
        self._check_again = False
        # The account a reply to the card goes from, said where the user has more than one
        # (card id, 刘敏（@liumin2:server）; "" with one account).
        self._sender: tuple[int, str] | None = None
        # The complaint shown goes once the user writes (an empty reply), not a refusal,
        # which holds whatever they change.
        self._error_clears = False
        self.setObjectName("replyBox")
        self.to_label = ElidedLabel()
        self.to_label.setObjectName("replyTo")
        # Wraps, not elided: what it cut was the groups the reply does NOT go to (a tester).
        self.where_label = QLabel()
        self.where_label.setObjectName("replyWhere")
        self.where_label.setTextFormat(Qt.TextFormat.PlainText)
        self.where_label.setWordWrap(True)
        set_tone(self.where_label, NOTE)
        # ...but on one line, elided, while the box is compact (see set_compact).
        self.where_line = ElidedLabel()
        self.where_line.setObjectName("replyWhereLine")
        set_tone(self.where_line, NOTE)
        self.where_line.hide()
        self._compact = False
        self.text = ReplyEdit()
        self.text.setObjectName("replyText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Your reply (Ctrl+Enter sends, Esc closes)"))
        # A screen reader names a text box by this, and says whom it answers after it.
        self.text.setAccessibleName(self.tr("Your reply"))
        self.error = QLabel()
        self.error.setObjectName("replyError")
        self.error.setWordWrap(True)
        set_tone(self.error, REFUSED)
        self.error.hide()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("replySend")
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.shou_dao_button = QPushButton(self.tr("Reply 收到"))
        self.shou_dao_button.setObjectName("replyShouDao")
        self.shou_dao_button.setToolTip(self.tr("Sends 收到 as a reply to this message"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Esc; what you wrote waits for this card"))
        # Reply 收到 and Close, in a compact box (see set_compact).
        self.more_button = QToolButton()
        self.more_button.setObjectName("replyMore")
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("Reply 收到, or close the box (Esc)"))
        self.more_button.setAccessibleName(self.more_button.toolTip())
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.more_shou_dao = more.addAction(self.tr("Reply 收到"), self.send_shou_dao)
        more.addAction(self.tr("Close"), self.close_box)
        self.more_button.setMenu(more)
        self.buttons = FittingBar(
            [
                (self.shou_dao_button, self.tr("Reply 收到")),
                (self.close_button, self.tr("Close")),
                (self.send_button, self.tr("Send")),
            ],
            stretch_at=1,
            more=self.more_button,
            folds=(self.shou_dao_button, self.close_button),
        )
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(6, 4, 6, 6)
        editor.setSpacing(3)
        editor.addWidget(self.to_label)
        editor.addWidget(self.where_label)
        editor.addWidget(self.where_line)
        editor.addWidget(self.text)
        editor.addWidget(self.error)
        editor.addWidget(self.buttons)
        self.editor.hide()
        # The keys are written on the buttons: a tester found no way to reply, nor a hint.
        self.bar_reply = QPushButton(self.tr("Reply… (R)"))
        self.bar_reply.setObjectName("replyOpen")
        self.bar_shou_dao = QPushButton(self.tr("Reply 收到 (Shift+R)"))
        self.bar_shou_dao.setObjectName("replyShouDaoNow")
        for button in (self.bar_reply, self.bar_shou_dao):
            # Tab reaches them, a click leaves the keys on the list (R and Shift+R there).
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.bar = FittingBar(
            [
                (self.bar_reply, self.tr("Reply…")),
                (self.bar_shou_dao, self.tr("Reply 收到")),
            ]
        )
        self.bar_reply.clicked.connect(self.replyRequested)
        self.bar_shou_dao.clicked.connect(self.shouDaoRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.editor)
        self.send_button.clicked.connect(self.send)
        self.shou_dao_button.clicked.connect(self.send_shou_dao)
        self.close_button.clicked.connect(self.close_box)
        self.text.textChanged.connect(self._clear_error)
        self.text.textChanged.connect(self._note_drafts)
        self.set_card(None)

    def set_card(self, row: InboxRow | None) -> None:
        """The card selected: the bar's buttons act on it, or on none. Reply 收到 greyed
        on the user's own message, saying why, as Shift+R refuses there: the pane offered
        回复收到 under the user's own notice (a tester)."""
        can = row is not None and not self._refusal(row)
        self.bar_reply.setEnabled(can)
        self._offer_shou_dao(self.bar, self.bar_shou_dao, can, row)

    def _offer_shou_dao(
        self, bar: FittingBar, button: QPushButton, can: bool, row: InboxRow | None
    ) -> None:
        """`button` (a Reply 收到 in `bar`) enabled where a reply `can` go, but on the
        user's own `row`, where its tooltip says why."""
        yours = row is not None and is_yours(row)
        button.setEnabled(can and not yours)
        bar.set_reason(button, self.not_confirmed_why() if yours else "")

    def not_confirmed_why(self) -> str:
        """Why no 收到 goes to the user's own message."""
        return self.tr("Your own message: there is nothing to confirm.")

    def is_open(self) -> bool:
        return not self.editor.isHidden()

    def full_height(self, width: int) -> int:
        """How tall the open box is at `width` when not compact: every line of where the
        reply goes, the text's three lines, and the buttons as they fit."""
        layout = self.editor.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        parts = [
            self.to_label.sizeHint().height(),
            self.where_label.heightForWidth(inner),
            self.text.minimumHeight(),
            self.buttons.full_height(inner),
        ]
        if not self.error.isHidden():
            parts.append(self.error.heightForWidth(inner))
        spacing = layout.spacing() * (len(parts) - 1)
        return margins.top() + margins.bottom() + sum(parts) + spacing

    def set_compact(self, compact: bool) -> None:
        """Fits the open box into a reading pane shorter than it (175 % text in a 640x600
        window: 215 px for 282): where the reply goes on one line, elided (whole in its
        tooltip and for a screen reader), and Reply 收到 and Close under ⋯ beside Send, so
        that the text keeps its three lines and Send stays whole."""
        if compact == self._compact:
            return
        self._compact = compact
        self.where_label.setHidden(compact)
        self.where_line.setVisible(compact)
        self.buttons.set_folded(compact)

    def compact(self) -> bool:
        return self._compact

    def holding_keys(self) -> bool:
        """Opened and not drawn yet: the keys pressed meanwhile are held (see ReplyEdit).
        (Not `pending`: PySide answers that name on this class, which has pendingChanged,
        with 0 whatever the method says.)"""
        return self.is_open() and self.text.pending()

    def connect_outbox(
        self, outbox: Callable[[], ReplyOutbox], send_now: Callable[[], None]
    ) -> None:
        """Where replies are queued, and how the sync worker is asked to send at once."""
        self._outbox, self._send_now = outbox, send_now

    def follow_left_queued(self) -> None:
        """Follows the replies an earlier run left queued (desk closed offline) as this
        run's, and takes back what it left written and not sent: read once the window has
        its first paint."""
        if self._outbox is not None:
            outbox = self._outbox()
            self._ops.run(outbox.waiting, self._still_waiting)
            self._ops.run(outbox.kept_drafts, self._drafts_kept)

    def mark_kept_drafts(self, card_ids: frozenset[int]) -> None:
        """Marks the cards an earlier run kept a draft for (草稿) before their texts are
        taken back (follow_left_queued, once the services start): a restart's first list
        showed no 草稿 on them for the 25-35 s of 正在启动… (a tester)."""
        if card_ids and not self._drafted:
            self._drafted = card_ids
            self.draftsChanged.emit(card_ids)

    def keep_drafts(self) -> None:
        """Keeps what was written and not sent for the next run (desk quits): queued on the
        store thread, which quitting lets finish."""
        if self._outbox is None:
            return
        self._keep_draft()
        drafts, outbox = dict(self._drafts), self._outbox()
        self._ops.run(lambda: outbox.keep_drafts(drafts))

    def _drafts_kept(self, kept: dict[int, str]) -> None:
        for card_id, text in kept.items():
            # Written in this run already (the store was slow): both, neither lost.
            if self.is_open() and self.row is not None and self.row.id == card_id:
                self.text.setPlainText(_joined(text, self.text.toPlainText()))
            else:
                self._drafts[card_id] = _joined(text, self._drafts.get(card_id, ""))
        self._note_drafts()

    def _still_waiting(self, waiting: list[tuple[str, InboxRow, str]]) -> None:
        for txn_id, row, text in waiting:
            self._queued.setdefault(txn_id, _Queued(row, text))
            if text == SHOU_DAO:
                # Shift+R again after a restart, still offline, queued a second 收到.
                self._shou_dao_to.add(row.id)
            else:
                self._replied_to.add(row.id)
        if waiting:
            self.pendingChanged.emit(len(self._queued))

    # opening and closing

    def open_for(self, row: InboxRow, *, focus: bool = True) -> None:
        """Opens the box on `row`, with what was written for it before; what was written
        for another card waits for that one. Not on a card no reply can go to: the
        status bar says why. `focus`: its text takes the keys."""
        refusal = self._refusal(row)
        if refusal:
            self.said.emit(refusal)
            return
        if self.row is not None and self.row.id != row.id:
            self._keep_draft()
        if self.row is None or self.row.id != row.id:
            self.text.setPlainText(self._drafts.pop(row.id, ""))
            self._show_error("")
        self.row = row
        self._offer_shou_dao(self.buttons, self.shou_dao_button, True, row)
        self.more_shou_dao.setEnabled(not is_yours(row))
        self.to_label.set_full_text(
            fill(self.tr("Reply to %1: %2"), row.sender_name, first_words(row.text, QUOTED_CHARS))
        )
        if self._sender is not None and self._sender[0] != row.id:
            self._sender = None
        self._show_where(row)
        self._ask_sender(row)
        if self.editor.isHidden():
            self.text.hold_keys()
        self.bar.hide()
        self.editor.show()
        if focus:
            self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self._note_drafts()

    def _show_where(self, row: InboxRow) -> None:
        where = self._where(row)
        if self._sender is not None and self._sender[1]:
            # Which of the user's accounts answers (see _ask_sender), before where to.
            where = fill(self.tr("Replying as %1 · %2"), self._sender[1], where)
        self.where_label.setText(where)
        self.where_line.set_full_text(where)
        self.text.setAccessibleDescription(f"{self.to_label.full_text()} {where}")

    def _ask_sender(self, row: InboxRow) -> None:
        """Reads, off the GUI thread, which account a reply to `row` goes from, said where
        the user has more than one: with two accounts in one group, nothing said which of
        them would answer. With one, nothing more is said."""
        outbox = self._outbox
        if outbox is None:
            return
        sending = outbox()

        def found(sender: tuple[str, str] | None) -> None:
            if self.row is None or self.row.id != row.id:
                return  # another card's box by now
            title = account_title(*sender) if sender is not None else ""
            if self._sender != (row.id, title):
                self._sender = (row.id, title)
                self._show_where(self.row)

        # Unread (a busy store), the box says what it said before: nothing more to do.
        self._ops.run(lambda: sending.sender(row.id), found, lambda _error: None)

    def _where(self, row: InboxRow) -> str:
        # This account's other groups: a room another account of the user's is in too (its
        # twin, see InboxRow.also_in_whose) is the room the reply goes to.
        others = [n for n, w in zip_longest(row.also_in, row.also_in_whose, fillvalue="") if not w]
        if others:
            # A folded notice: the copy shown is the one answered, in its own group only;
            # the groups it does not go to said before why, should the line be read cut.
            return fill(
                self.tr("Goes to “%1” only, not to %2, where this notice also is"),
                row.group_name,
                "、".join(others),
            )
        return fill(self.tr("Goes to “%1”"), row.group_name)

    def close_box(self) -> None:
        self._keep_draft()
        self.row = None
        self.text.clear()
        self._show_error("")
        self._put_away()

    def _put_away(self) -> None:
        self.editor.hide()
        self.bar.show()
        self.closed.emit()

    def _keep_draft(self) -> None:
        if self.row is None:
            return
        written = self.text.toPlainText()
        if written.strip():
            self._drafts[self.row.id] = written
        else:
            self._drafts.pop(self.row.id, None)

    def drafted(self) -> frozenset[int]:
        """The ids of the cards a reply is written for and not sent: in the box, or kept
        for its card (see draftsChanged)."""
        ids = {card_id for card_id, text in self._drafts.items() if text.strip()}
        if self.is_open() and self.row is not None and self.text.toPlainText().strip():
            ids.add(self.row.id)
        return frozenset(ids)

    def _note_drafts(self) -> None:
        drafted = self.drafted()
        if drafted != self._drafted:
            self._drafted = drafted
            self.draftsChanged.emit(drafted)

    def draft_for(self, card_id: int) -> str:
        """What was written for the card and not sent ("" for none)."""
        if self.row is not None and self.row.id == card_id:
            return self.text.toPlainText()
        return self._drafts.get(card_id, "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _box_key(event) and event.key() == CLOSE_KEY[0].key():
            self.close_box()
            return
        if _box_key(event):
            self.send()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc on a button of the box closes the box, not the window's Esc (back to list).
        return _claimed(event) or super().event(event)

    # sending

    def send(self) -> None:
        if self.row is None or not self.send_button.isEnabled():
            return
        written = self.text.toPlainText()
        if not written.strip():
            self._show_error(self.tr("Write a reply first, or use Reply 收到."), clears=True)
            self.text.setFocus()
            return
        self._queue(self.row, written)

    def send_shou_dao(self) -> None:
        """收到 as a reply to the card in the box; what is written there stays."""
        if self.row is not None:
            self.reply_shou_dao(self.row)

    def reply_shou_dao(self, row: InboxRow) -> None:
        """Sends 收到 as a reply to `row` (Shift+R on a card): the box, if open, keeps
        what is written in it. Not twice: a second 收到 only adds to the group's flood; nor
        after the user's own reply in words (see `_answered_already`); nor to their own
        message, which they do not confirm."""
        if is_yours(row):
            self.said.emit(self.not_confirmed_why())
            return
        already = self._answered_already(row)
        if already:
            self.said.emit(already)
            return
        if not self._refusal(row):
            self._shou_dao_to.add(row.id)
        self._queue(row, SHOU_DAO, from_box=False)

    def _answered_already(self, row: InboxRow) -> str:
        """What the status bar says where the user has answered `row` already, so that no
        收到 goes: "" where one may. Their 收到, sent, queued in this run, or left queued by
        the last (its card's 收到 · 待发送); or their reply in words, which says more than a
        收到 would (好的，马上发给你。 counts among the replies, not under 收到), sent or
        waiting. Not a DING still to confirm: a reply in words does not confirm it, and
        Shift+R is how the user does."""
        if row.acked_by_you or row.id in self._shou_dao_to or SHOU_DAO in row.waiting_replies:
            return self.tr("You have replied 收到 to this message already.")
        worded = row.replied_by_you or row.id in self._replied_to or bool(row.waiting_replies)
        if worded and not _confirms(row):
            return self.tr("You have replied to this message already: no 收到 was sent.")
        return ""

    def _queue(self, row: InboxRow, text: str, *, from_box: bool = True) -> None:
        refusal = self._refusal(row)
        if refusal:
            if from_box or (self.is_open() and self.row is not None and self.row.id == row.id):
                self._show_error(refusal)
            else:
                self.said.emit(refusal)
            return
        outbox = self._outbox
        if outbox is None:
            return
        if from_box:
            self.send_button.setEnabled(False)
        sending = outbox()

        def queue() -> str:
            target = sending.target(row.id)
            if target is None:
                raise LookupError(row.id)
            if target.left:
                raise _LeftGroup(target)
            return sending.send(target, text)

        self._ops.run(
            queue,
            lambda txn: self._queued_ok(txn, row, text, from_box),
            lambda error: self._not_queued(error, row, text, from_box),
        )

    def _refusal(self, row: InboxRow) -> str:
        """Why no reply to `row` can be sent, "" if one can."""
        if row.group_encrypted:
            return self.tr("desk cannot write in an end-to-end encrypted group yet.")
        if row.withdrawn is not None:
            return self.tr("This message was withdrawn: there is nothing to reply to.")
        return ""

    def _queued_ok(self, txn_id: str, row: InboxRow, text: str, from_box: bool) -> None:
        self._queued[txn_id] = _Queued(row, text)
        if text != SHOU_DAO:
            self._replied_to.add(row.id)
        self.pendingChanged.emit(len(self._queued))
        # What was queued is no longer a draft, wherever the box is now: kept as one (the
        # box closed or moved on while the store was busy), it came back at the next R and
        # went twice.
        if self._drafts.get(row.id) == text:
            self._drafts.pop(row.id)
        if from_box:
            self.send_button.setEnabled(True)
            if self.row is not None and self.row.id == row.id:
                self._drafts.pop(row.id, None)
                self.row = None
                self.text.clear()
                self._put_away()
        self._note_drafts()
        # The state first: where the bar is too narrow, the end is cut, not 待发送 (a tester
        # at 150 % read "回复 镇卫生院-公卫科-易欣“收到”（“…工作群”）：待…").
        if text != SHOU_DAO:
            waiting = self.tr("Waiting to send: reply to %1 in “%2”.")
        elif _confirms(row):
            waiting = self.tr("Waiting to send: 收到 to %1 in “%2”, confirming the DING.")
        else:
            waiting = self.tr("Waiting to send: 收到 to %1 in “%2”.")
        self.said.emit(fill(waiting, row.sender_name, row.group_name))
        self.queued.emit(row.id, text == SHOU_DAO)
        self._send_now()

    def _not_queued(self, error: BaseException, row: InboxRow, text: str, from_box: bool) -> None:
        if text == SHOU_DAO:
            self._shou_dao_to.discard(row.id)
        if from_box:
            self.send_button.setEnabled(True)
        if isinstance(error, _LeftGroup):
            said = fill(
                self.tr("You are no longer in “%1”: a reply cannot go there."),
                error.target.group_name,
            )
        elif isinstance(error, LookupError):
            said = self.tr("The message is no longer stored: there is nothing to reply to.")
        else:
            said = fill(self.tr("The reply was not queued (%1)."), failure_text(error))
        if from_box and self.row is not None and self.row.id == row.id:
            self._show_error(said)
        else:
            if text != SHOU_DAO:
                self._drafts[row.id] = text
                self._note_drafts()
            self.said.emit(said)

    # following what was queued

    def check_queued(self) -> None:
        """Reads how the queued replies stand (after each sync round): the status bar says
        those sent; one refused comes back into the box."""
        if not self._queued or self._outbox is None:
            return
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        outbox = self._outbox()
        wanted = list(self._queued)
        self._ops.run(lambda: outbox.states(wanted), self._states_read, self._states_unread)

    def _states_unread(self, _error: BaseException) -> None:
        self._checking = False

    def _states_read(self, states: dict[str, ReplyState]) -> None:
        self._checking = False
        for txn_id, state in states.items():
            queued = self._queued.get(txn_id)
            if queued is None or state is ReplyState.QUEUED:
                continue
            del self._queued[txn_id]
            if state is ReplyState.SENT:
                if queued.text != SHOU_DAO:
                    sent = self.tr("Sent: reply to %1 in “%2”.")
                elif _confirms(queued.row):
                    sent = self.tr("Sent: confirmed the DING from %1, replied 收到 in “%2”.")
                else:
                    sent = self.tr("Sent: 收到 to %1 in “%2”.")
                self.said.emit(fill(sent, queued.row.sender_name, queued.row.group_name))
            else:
                self._refused(queued)
        self.pendingChanged.emit(len(self._queued))
        if self._check_again:
            self._check_again = False
            self.check_queued()

    def _refused(self, queued: _Queued) -> None:
        """The server refused the reply: it comes back into the box, with why, unless the
        box holds another reply being written, which stays; then it waits for its card."""
        row = queued.row
        if queued.text == SHOU_DAO:
            self._shou_dao_to.discard(row.id)
        elif not any(q.row.id == row.id and q.text != SHOU_DAO for q in self._queued.values()):
            # Refused, it answered nothing: a 收到 may go (the server may refuse that too).
            self._replied_to.discard(row.id)
        said = fill(
            self.tr(
                "Your reply did not reach “%1”: the server refused it (in a group where only "
                "its admins may post, members cannot answer there). What you wrote is kept; "
                "reply to %2 another way, by phone or in person."
            ),
            row.group_name,
            row.sender_name,
        )
        busy = (
            self.is_open()
            and self.row is not None
            and (self.row.id != row.id or self.text.toPlainText().strip())
        )
        if queued.text == SHOU_DAO or busy:
            if queued.text != SHOU_DAO:
                if self.is_open() and self.row is not None and self.row.id == row.id:
                    # Being written for the same card: the refused text goes above it.
                    self.text.setPlainText(_joined(queued.text, self.text.toPlainText()))
                else:
                    self._drafts[row.id] = _joined(queued.text, self._drafts.get(row.id, ""))
                    self._note_drafts()
            self.said.emit(said)
            return
        # Not the keys: the user may be typing elsewhere (a search) when the refusal comes.
        # open_for takes out what was written for the card before: kept below the refused.
        self.open_for(row, focus=False)
        self.text.setPlainText(_joined(queued.text, self.text.toPlainText()))
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self._show_error(said)
        self.said.emit(said)

    def pending(self) -> int:
        """How many replies wait to be sent."""
        return len(self._queued)

    def _clear_error(self) -> None:
        if self._error_clears:
            self._show_error("")

    def _show_error(self, text: str, *, clears: bool = False) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._error_clears = clears


class _LeftGroup(Exception):
    def __init__(self, target: ReplyTarget) -> None:
        super().__init__(target.group_name)
        self.target = target


def _confirms(row: InboxRow) -> bool:
    """Whether a 收到 to `row` confirms it: a DING waiting for the user's confirmation, which
    their 收到 back from the server ends. The status bar said only "收到 sent" (a tester)."""
    return row.ding and row.pinned


def is_yours(row: InboxRow) -> bool:
    """Whether `row` is the user's own message (sent from desk or their phone)."""
    return any(reason.code == FROM_YOU for reason in row.reasons)
