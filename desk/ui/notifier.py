"""The tray icon, pop-up notifications and their sounds.

Where there is no system tray (GNOME without its tray extension, a bare window manager)
or it shows no messages, desk shows its own pop-ups (`PopupStack`): a sleeping duty
officer with no sound got nothing but the banner of a window perhaps behind others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.resources import resource
from desk.store.ladders import Ladder
from desk.ui.demo_mark import demo_marked
from desk.ui.elided_label import ElidedLabel

log = logging.getLogger("desk.ui.notifier")
TIMEOUT_MS = 10_000
# desk's own pop-ups on screen at once (see PopupStack): more push the oldest out.
MOST_POPUPS = 4
# What PopupStack.warm lays out: never shown, never translated; Chinese, Latin and digits,
# as a DING's pop-up says them.
_WARM_TITLE = "DING · 镇机关干部群 ABC 123"
_WARM_BODY = "紧急通知：请各村（社区）今晚8点前上报转移人数，收到请回复。Ok 2026-12-07 18:00"
# Between pop-ups, and from the screen's edge, in pixels.
POPUP_GAP = 8
# How long after a clicked pop-up closes the window that had the keys gets them back
# (see Popup.closeEvent), in ms.
FOCUS_BACK_MS = 100
# DINGs a pop-up lists at once, some 70-80 px each (110 wrapped in full, see RingingRow):
# eight after a weekend ran off a 768 px screen. The next comes up as one is confirmed;
# the banner has them all.
MOST_ROWS = 4


@dataclass(frozen=True, slots=True)
class RingingItem:
    """One DING (or urgent item rung like one) in its alert's pop-up, with its own Confirm
    and Open: `message_id` the DING's, `card` the card that shows it (the same, or the
    notice's it is folded into), `head` who and where, `line` what and by when."""

    message_id: int
    card: int
    head: str
    line: str
    ding: bool = True  # else an urgent item rung like a DING (the setting)
    demo: bool = False  # the demo workspace's (see demo_mark)


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    body: str
    message_id: int | None = None  # None for a digest or a summary
    urgent: bool = False
    # The morning digest of what quiet hours held: a click lists those messages.
    held: bool = False
    # Pop-ups with the same key are one, updated in place (the replies to one item of the
    # user's own, coming in all night: one pop-up, not forty); None: each its own.
    key: str | None = None
    # A DING's alert (or an urgent item's rung like one): the ids of its message and of
    # the card that shows it. It goes once that is confirmed, anywhere: it stayed saying
    # 未确认…再按 A 确认收到 for some 10 s after `a` confirmed it (a tester).
    rings: frozenset[int] = frozenset()
    # The DINGs of a round's alert, the most pressing first, each confirmed or opened from
    # the pop-up: a round that rang three showed the first alone, the others lost until
    # their ladders' next step (a tester). Shown by desk's own pop-up, tray or not: the
    # system's balloon holds no buttons.
    items: tuple[RingingItem, ...] = ()
    # What a DING's alert says under the DINGs it lists (why it rang through quiet hours).
    notes: str = ""


class Notifier(QObject):
    """Shows notifications through the system tray and plays their sound.

    Signals: shown(Notification) after each one is shown; openRequested(int) when the
    user clicks a notification about a message; heldRequested() when they click the
    digest of what quiet hours held; showWindowRequested() from the tray;
    acknowledgeRequested(int) when the user confirms a DING from the tray menu;
    quitRequested() from the tray menu; soundsUnplayable() once, when the sounds turn out
    not to play on this computer (see load_sounds).
    """

    shown = Signal(object)
    openRequested = Signal(int)
    # The DING of a pop-up the user pressed the mouse on (see Popup.turnedTo).
    popupTurnedTo = Signal(int)
    heldRequested = Signal()
    showWindowRequested = Signal()
    acknowledgeRequested = Signal(int)
    quitRequested = Signal()
    soundsUnplayable = Signal()

    def __init__(
        self,
        icon: QIcon,
        parent: QObject | None = None,
        *,
        has_tray: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._icon = icon
        self._last: Notification | None = None
        # Asked at each pop-up: a tray that appears or goes while desk runs is followed.
        self._has_tray = has_tray
        self.popups = PopupStack()
        self.popups.clicked.connect(self._open)
        # A DING's Confirm in its pop-up: as the banner's (see MainWindow.confirm_ding).
        self.popups.confirmRequested.connect(self.acknowledgeRequested)
        self.popups.openRequested.connect(self.openRequested)
        self.popups.turnedTo.connect(self.popupTurnedTo)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(self.tr("desk"))
        menu = QMenu()
        # The DING waiting longest, confirmed in one click from the notification area.
        self.confirm_action = QAction(menu)
        self.confirm_action.setVisible(False)
        self.confirm_action.triggered.connect(self._confirm)
        self._confirm_id: int | None = None
        open_action = QAction(self.tr("Open desk"), menu)
        open_action.triggered.connect(self.showWindowRequested)
        quit_action = QAction(self.tr("Quit desk"), menu)
        quit_action.triggered.connect(self.quitRequested)
        menu.addAction(self.confirm_action)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        self._menu = menu
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self._clicked)
        self.tray.activated.connect(self._activated)
        self.tray.show()
        # QtMultimedia and the audio backend take a while to start: not before the window
        # is painted (see load_sounds), unless a sound is wanted first.
        self._sounds: dict[str, QObject] | None = None
        self._sounds_unplayable = False
        self._current = icon
        self._urgent_count = 0
        blank = QPixmap(64, 64)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)
        self._flashes = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(500)
        self._flash_timer.timeout.connect(self._blink)

    def offer_confirmation(self, ladders: list[Ladder]) -> None:
        """Puts "Confirm DING · group" for the first waiting DING at the top of the tray
        menu (as the banner shows it); none waiting takes it away."""
        first = ladders[0] if ladders else None
        self._confirm_id = first.message_id if first else None
        # Confirmed elsewhere (another device, a notice confirmed with its copies): a
        # round no longer runs its ladder.
        running = {ladder.message_id for ladder in ladders}
        self.popups.close_where(lambda n: bool(n.rings) and not n.rings & running)
        # Of a pop-up listing several, those no round runs any more leave it.
        for popup in list(self.popups.shown):
            for item in popup.notification.items:
                if item.message_id not in running:
                    popup.drop(item.message_id, exact=True)
        self.confirm_action.setVisible(first is not None)
        if first is not None:
            self.confirm_action.setText(
                self.tr("Confirm DING · %1").replace("%1", first.group_name)
            )

    def _confirm(self) -> None:
        if self._confirm_id is not None:
            self.acknowledgeRequested.emit(self._confirm_id)

    @property
    def uses_tray(self) -> bool:
        """Whether pop-ups go through the tray now (else desk shows its own)."""
        return self._has_tray() and QSystemTrayIcon.supportsMessages()

    def show(self, notification: Notification, *, sound: bool) -> None:
        self._last = notification
        if self.uses_tray and not notification.items:
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if notification.urgent
                else (QSystemTrayIcon.MessageIcon.Information)
            )
            self.tray.showMessage(notification.title, notification.body, kind, TIMEOUT_MS)
        else:
            self.popups.add(notification)
        if sound:
            self.play("urgent" if notification.urgent else "notify")
        self.shown.emit(notification)

    def show_each(self, notifications: Sequence[Notification], *, sound: bool) -> None:
        """Shows `notifications` one after the other, as `show` each; desk's own pop-ups
        that the later ones of them push out at once (MOST_POPUPS on screen) are never
        built, though each is still `shown` and sounds as before. A sync batch of a flood
        brought a dozen urgent items, each a pop-up laid out, placed and closed again
        within the same slot (issue 8)."""
        passed_over = 0
        if all(n.key is None and not n.items for n in notifications) and not self.uses_tray:
            passed_over = len(notifications) - self.popups.room
        for n, notification in enumerate(notifications):
            if n < passed_over:
                self._last = notification
                if sound:
                    self.play("urgent" if notification.urgent else "notify")
                self.shown.emit(notification)
            else:
                self.show(notification, sound=sound)

    def warm_popups(self) -> None:
        """Readies desk's own pop-up ahead of the first (PopupStack.warm): a DING's alert
        is desk's own tray or not (see `show`), and on a desktop with a tray the first
        DING's still held the GUI thread for its layout."""
        self.popups.warm()

    def load_sounds(self) -> None:
        """Loads the sounds; where they cannot play (no QtMultimedia, no audio output, or
        an output that refuses them), says so once through soundsUnplayable. DING alerts
        were silent there with no word of it, and the self-test said ok (IT)."""
        if self._sounds is not None:
            return
        with _qt_messages_past_python():
            self._sounds = _load_sounds(self)
            outputs = _audio_outputs()
        if not self._sounds or not outputs:
            self._unplayable()
            return
        for effect in self._sounds.values():
            effect.statusChanged.connect(self._sound_status)  # type: ignore[attr-defined]
            self._sound_status()

    def _sound_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        assert self._sounds is not None
        if any(
            isinstance(e, QSoundEffect) and e.status() is QSoundEffect.Status.Error
            for e in self._sounds.values()
        ):
            self._unplayable()

    def _unplayable(self) -> None:
        if self._sounds_unplayable:
            return
        self._sounds_unplayable = True
        log.warning("alert sounds cannot play on this computer")
        self.soundsUnplayable.emit()

    @property
    def sounds_unplayable(self) -> bool:
        """Whether the sounds were found not to play here (see load_sounds)."""
        return self._sounds_unplayable

    def play(self, name: str) -> None:
        self.load_sounds()
        assert self._sounds is not None
        effect = self._sounds.get(name)
        if effect is not None:
            effect.play()

    def flash(self, times: int = 6) -> None:
        """Blinks the tray icon for a few seconds (the attention step of a DING)."""
        self._flashes = times * 2
        if not self._flash_timer.isActive():
            self._flash_timer.start()

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def _blink(self) -> None:
        self._flashes -= 1
        self.tray.setIcon(self._blank if self._flashes % 2 else self._current)
        if self._flashes <= 0:
            self._flash_timer.stop()
            self.tray.setIcon(self._current)

    def set_urgent_count(self, count: int) -> None:
        """A red badge on the tray icon while urgent items are unread."""
        if count == self._urgent_count:
            return  # recounted after every sync batch: no new icon to draw
        self._urgent_count = count
        self._current = _badged(self._icon, count) if count else self._icon
        if not self._flash_timer.isActive():
            self.tray.setIcon(self._current)
        self.tray.setToolTip(
            self.tr("desk: %1 urgent").replace("%1", str(count)) if count else self.tr("desk")
        )

    def confirming(self, message_id: int) -> None:
        """DING (or card) `message_id` is being confirmed: its line in its alert's pop-up
        says so, its Confirm disabled, until the store has it (`confirmed`) or refused it
        (`confirm_failed`). Gone at once, the pop-up told a user whose confirmation the
        store then refused that it was confirmed (a tester)."""
        for popup in list(self.popups.shown):
            popup.confirming(message_id)

    def confirmed(self, message_id: int) -> None:
        """The store has DING (or card) `message_id` confirmed: its line leaves its alert's
        pop-up, and the pop-up goes once none is left (the tray's balloon, where one is
        used, is the system's and goes in its own time)."""
        for popup in list(self.popups.shown):
            popup.drop(message_id)
        self.popups.close_where(lambda n: not n.items and message_id in n.rings)

    def confirm_failed(self, message_id: int, why: str) -> None:
        """The store did not record the confirmation of `message_id`: its pop-up stays,
        saying so and `why`, with its Confirm to try again."""
        for popup in list(self.popups.shown):
            popup.failed(message_id, why)

    def close_popups(self) -> None:
        """desk is quitting: its own pop-ups go with it."""
        self.popups.clear()

    def _clicked(self) -> None:
        self._open(self._last)

    def _open(self, notification: Notification | None) -> None:
        """What a click on a pop-up does: its message's card, the held list, or the window."""
        if notification is not None and notification.message_id is not None:
            self.openRequested.emit(notification.message_id)
        elif notification is not None and notification.held:
            self.heldRequested.emit()
        else:
            self.showWindowRequested.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.showWindowRequested.emit()


class RingingRow(QWidget):
    """One DING's line in its alert's pop-up: who and where (when several are listed), what
    and by when, and its Confirm and Open. Confirm says 正在确认… while the store records
    it, and Retry with why when the store refused it.

    Signals: confirmRequested(int), openRequested(int) with the DING's message id."""

    confirmRequested = Signal(int)
    openRequested = Signal(int)

    def __init__(self, item: RingingItem, *, headed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        # Who and where beside the buttons (two lines there take no more room than the
        # buttons do), the start of what it says on one line (the whole on hover), and by
        # when, whole. Each wrapped in full under its own row of buttons, a DING took some
        # 110 px, and two of them covered the lower half of the reading pane at 1366x768
        # (its 收到 list and its buttons).
        self.head = QLabel()
        bold = self.head.font()
        bold.setBold(True)
        self.head.setFont(bold)
        self.line = ElidedLabel(8)
        self.when = QLabel()
        for label in (self.head, self.when):
            label.setWordWrap(True)
            # Plain text: a message's own words are never taken for markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._say_line(item)
        if not headed:
            # Hidden, never shown: setVisible(True) on a label with no parent yet showed it
            # as a window of its own, which took the activation from desk's window.
            # Alone, its words are the pop-up's body, under a title naming group and sender.
            for label in (self.head, self.line, self.when):
                label.hide()
        elif not self.when.text():
            self.when.hide()
        self.status = QLabel()
        # Why the store refused its confirmation (see `failed`), None unless it did.
        self.refused: str | None = None
        self.status.setStyleSheet("color: #d93025;")
        self.status.hide()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Confirm this DING (A)"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open it in desk to read it first (O)"))
        for button in (self.confirm_button, self.open_button):
            # Enter presses the button with the focus, as in a dialog: outside one, a
            # QPushButton takes only Space.
            button.setAutoDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(self.item.message_id))
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addStretch(0)  # the buttons at the right where the head is hidden
        top.addWidget(self.confirm_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.line)
        layout.addWidget(self.when)
        layout.addWidget(self.status)

    def _say_line(self, item: RingingItem) -> None:
        """Its words on one line, and by when (the line's second, if any) whole."""
        words, _, when = item.line.partition("\n")
        if self.line.full_text() != words:
            self.line.set_full_text(words)
        for label, text in ((self.head, item.head), (self.when, when)):
            if label.text() != text:
                label.setText(text)

    def say(self, item: RingingItem, *, headed: bool) -> None:
        """Says `item`, the same DING as a later round words it (the time left, whether it
        is its last alert), `headed` when the pop-up lists several: the row stays, with
        its buttons' focus and what its confirmation became (see Popup.renew)."""
        self.item = item
        self._say_line(item)
        # Alone, its words are the pop-up's body, under a title naming group and sender.
        self.head.setVisible(headed)
        self.line.setVisible(headed)
        self.when.setVisible(headed and bool(self.when.text()))

    def matches(self, message_id: int) -> bool:
        """Whether confirming `message_id` confirms this DING: its own id or its card's."""
        return message_id in (self.item.message_id, self.item.card)

    @property
    def busy(self) -> bool:
        """Being confirmed, or refused by the store: the pop-up waits for the user."""
        return bool(self.confirmation)

    @property
    def confirmation(self) -> dict[int, str | None]:
        """What its DING's confirmation became, where it was tried: under way (None), or
        refused by the store (why); empty where it was not (see Popup.confirmations)."""
        if self.refused is not None:
            return {self.item.message_id: self.refused}
        if not self.confirm_button.isEnabled():
            return {self.item.message_id: None}
        return {}

    def _confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.confirmRequested.emit(self.item.message_id)

    def confirming(self) -> None:
        self.refused = None
        self.status.hide()
        self.confirm_button.setEnabled(False)
        self.confirm_button.setText(self.tr("Confirming…"))

    def failed(self, why: str) -> None:
        self.refused = why
        self.status.setText(
            self.tr("Not confirmed: desk could not save it (%1). It will alert again.").replace(
                "%1", why
            )
        )
        self.status.show()
        self.confirm_button.setText(self.tr("Retry"))
        self.confirm_button.setEnabled(True)


class Popup(QFrame):
    """One of desk's own pop-ups: title and body as the tray's, on top of other windows
    without taking the focus, gone after TIMEOUT_MS (`timer`) or ×; not while the mouse
    is on it. A DING's alert lists each DING it rings (`waiting`), the first MOST_ROWS in
    `rows` with their Confirm and Open; it stays until none is left (or × or Esc), never
    timed out.
    Clicked, it takes the keys: Tab between the buttons, Enter presses one, A confirms
    the DING whose button has the focus (else the first), O opens it, Esc closes. A DING's
    folds away to its title (`fold`) until clicked or renewed by the next round.

    Signals: clicked(Notification) when clicked anywhere but ×; closed(Popup) when gone;
    confirmRequested(int) and openRequested(int) from a DING's buttons; turnedTo(int) with
    the DING the user pressed the mouse on (its line, or the pop-up's only one).
    """

    clicked = Signal(object)
    closed = Signal(object)
    confirmRequested = Signal(int)
    openRequested = Signal(int)
    turnedTo = Signal(int)

    def __init__(self, notification: Notification) -> None:
        # A tool tip's kind of window, as Qt's own tray balloon (QBalloonTip) is: never
        # activated. As a Tool window, some platforms made it the active one, and desk's
        # keys (e, Shift+R, typing a reply) stopped reaching the main window. A DING's may
        # take the focus when the user clicks it (see mousePressEvent), never when shown:
        # as it came up, Alt+G meant for the dialog the user was in opened the main
        # window's menu (a tester).
        flags = (
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        super().__init__(None, flags)
        # The window that had the keys when the user clicked it: they go back there.
        self._keys_from: QWidget | None = None
        self.notification = notification
        # Never the focus: the user may be typing a reply when a DING comes.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("deskPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self._edge(notification.urgent)
        self.title = QLabel(notification.title)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.body = QLabel(notification.body)
        self.body.setWordWrap(True)
        # Plain text: a message's own words are never taken for markup.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        # A DING's folds away to its title (how many wait, on its red edge) for the user
        # reading the message under it: some 300 px over the reading pane at 1366x768.
        # The next round's alert unfolds it (see `renew`), as a click on it does.
        self.folded = False
        self.fold_button = QToolButton()
        self.fold_button.setAutoRaise(True)
        self.fold_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fold_button.clicked.connect(lambda: self.fold(not self.folded))
        self._say_fold()
        if not notification.items:
            self.fold_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        # Every DING the pop-up lists, in order; `rows` shows the first MOST_ROWS of them.
        self.waiting: list[RingingItem] = list(notification.items)
        self.rows: list[RingingRow] = []
        # What the confirmation of a DING without a row yet became: under way (None), or
        # refused by the store (why). Its row says it once built.
        self._said: dict[int, str | None] = {}
        # The rows a later round pushed below those shown (see `renew`), hidden, by DING:
        # one comes back as it was, its confirmation's state with it, when its DING is
        # among the first again. Only rows once shown: never more than the DINGs listed.
        self._spare: dict[int, RingingRow] = {}
        self._rows = QVBoxLayout()
        self._rows.setSpacing(POPUP_GAP)
        layout.addLayout(self._rows)
        layout.addWidget(self.body)
        self._list(notification)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # As wide as some 26 lines are tall: wider with a larger text size (the
        # application's font, which these labels follow), and a short line of Chinese.
        self.setFixedWidth(26 * self.fontMetrics().height())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TIMEOUT_MS)
        self.timer.timeout.connect(self._timed_out)

    def _edge(self, urgent: bool) -> None:
        edge = "#d93025" if urgent else "palette(mid)"
        self.setStyleSheet(
            f"QFrame#deskPopup {{ background: palette(window); border: 1px solid {edge};"
            f" border-left: 5px solid {edge}; }}"
        )

    def _list(self, notification: Notification) -> None:
        """A row for each of the first MOST_ROWS DINGs of `notification`, and how many
        more wait; with one, its words are the body's. The others get theirs as those
        shown go: a round lists every DING still waiting, and building a row for each of
        150 after a weekend held the GUI thread some 200-400 ms a round (issue 8)."""
        self._headed = len(notification.items) > 1
        self.more = QLabel()
        self.more.setWordWrap(True)
        self._rows.addWidget(self.more)
        self._fill()
        self._show_more()
        self.body.setVisible(bool(notification.body))

    def _fill(self) -> None:
        """Rows for the first MOST_ROWS DINGs waiting: those shown are always the first."""
        while len(self.rows) < min(MOST_ROWS, len(self.waiting)):
            row = self._row_for(self.waiting[len(self.rows)])
            self._rows.insertWidget(len(self.rows), row)
            self.rows.append(row)
            row.setVisible(not self.folded)

    def fold(self, folded: bool) -> None:
        """Folds the DINGs' list away, leaving the title (N 条 DING 待确认) on its red edge,
        or unfolds it; the stack keeps its foot where it was."""
        if folded == self.folded:
            return
        self._set_folded(folded)
        self._resized()

    def _set_folded(self, folded: bool) -> None:
        self.folded = folded
        self._say_fold()
        for row in self.rows:
            row.setVisible(not folded)
        self._show_more()
        self.body.setVisible(not folded and bool(self.notification.body))

    def _say_fold(self) -> None:
        if self.folded:
            self.fold_button.setText("+")
            self.fold_button.setToolTip(self.tr("Unfold: the DINGs waiting, each with Confirm"))
        else:
            self.fold_button.setText("−")
            self.fold_button.setToolTip(
                self.tr("Fold away to the title until the next alert (the banner lists them)")
            )

    def _row_for(self, item: RingingItem) -> RingingRow:
        """The row of `item` pushed below the others earlier, told its words now, or a new one."""
        row = self._spare.pop(item.message_id, None)
        if row is not None:
            row.say(item, headed=self._headed)
            return row
        row = RingingRow(item, headed=self._headed, parent=self)
        row.confirmRequested.connect(self.confirmRequested)
        row.openRequested.connect(self._open_item)
        # What its confirmation became while it waited without a row (see `_said`).
        if item.message_id in self._said:
            why = self._said.pop(item.message_id)
            if why is None:
                row.confirming()
            else:
                row.failed(why)
        return row

    def renew(self, notification: Notification) -> None:
        """Lists `notification`, a later round's alert (merged with what this one lists by
        PopupStack.add), in place: the rows of DINGs still shown stay, told the round's
        words (the time left), with their buttons' focus and what their confirmation
        became; rows come only for DINGs newly among the first MOST_ROWS (the row of one
        pushed below them earlier comes back, see `_spare`), and go only for those pushed
        below them. Each round closed the pop-up and built another, its rows
        and style sheet anew: some 16 ms of the GUI thread a round with 150 DINGs waiting,
        the keys taken from a user who had clicked it, and the button under the pointer
        gone from under it. It grows upwards (see PopupStack._place): the rows already
        shown stay where they were under the new ones at the top."""
        old = self.notification
        self.notification = notification
        # Each round alerts anew: a folded pop-up unfolds, as impossible to miss as ever.
        if self.folded:
            self._set_folded(False)
        if self.title.text() != notification.title:
            self.title.setText(notification.title)
        if self.body.text() != notification.body:
            self.body.setText(notification.body)
        self.body.setVisible(bool(notification.body))
        if notification.urgent != old.urgent:
            self._edge(notification.urgent)
        self._headed = len(notification.items) > 1
        items = list(notification.items)
        self.waiting = items
        had = {row.item.message_id: row for row in self.rows}
        rows: list[RingingRow] = []
        for item in items[:MOST_ROWS]:
            row = had.pop(item.message_id, None)
            if row is None:
                row = self._row_for(item)
            else:
                row.say(item, headed=self._headed)
            rows.append(row)
        for row in had.values():
            # Pushed below the rows shown: hidden, with what its confirmation became.
            self._rows.removeWidget(row)
            row.hide()
            self._spare[row.item.message_id] = row
        listed = {item.message_id for item in items}
        for message_id in [m for m in self._said if m not in listed]:
            del self._said[message_id]
        for message_id in [m for m in self._spare if m not in listed]:
            self._spare.pop(message_id).deleteLater()
        self.rows = rows
        for index, row in enumerate(rows):
            if self._rows.indexOf(row) != index:
                if self._rows.indexOf(row) >= 0:
                    self._rows.removeWidget(row)
                self._rows.insertWidget(index, row)
                row.show()
        self._show_more()
        self.layout().activate()

    def _show_more(self) -> None:
        """How many more wait than the rows show."""
        hidden = len(self.waiting) - len(self.rows)
        self.more.setText(
            self.tr("%n more waiting: the DING banner in desk's window lists them all.", "", hidden)
            if hidden > 0
            else ""
        )
        self.more.setVisible(hidden > 0 and not self.folded)

    def update_to(self, notification: Notification) -> None:
        """Says `notification` in place of its own, for TIMEOUT_MS from now."""
        self.notification = notification
        self.title.setText(notification.title)
        self.body.setText(notification.body)
        self.body.setVisible(bool(notification.body))
        self.timer.start()

    def _open_item(self, message_id: int) -> None:
        self.openRequested.emit(message_id)
        if len(self.waiting) == 1:
            self.close()  # as a click on it did; one listing others stays for them

    def _items_of(self, message_id: int, exact: bool) -> list[RingingItem]:
        """The DING `message_id` listed, or (not `exact`) those on card `message_id`."""
        return [
            item
            for item in self.waiting
            if (
                item.message_id == message_id
                if exact
                else message_id in (item.message_id, item.card)
            )
        ]

    def _row_of(self, item: RingingItem) -> RingingRow | None:
        """The row of `item`, shown or pushed below those shown (see `_spare`), if any."""
        shown = next((row for row in self.rows if row.item.message_id == item.message_id), None)
        return shown if shown is not None else self._spare.get(item.message_id)

    def confirming(self, message_id: int, *, exact: bool = False) -> None:
        for item in self._items_of(message_id, exact):
            row = self._row_of(item)
            if row is not None:
                row.confirming()
            else:
                self._said[item.message_id] = None
            self.timer.stop()  # stays until the store answers

    def failed(self, message_id: int, why: str, *, exact: bool = False) -> None:
        items = self._items_of(message_id, exact)
        for item in items:
            row = self._row_of(item)
            if row is not None:
                row.failed(why)
            else:
                self._said[item.message_id] = why
        if items:
            # Stays until the user acts: the DING is not confirmed.
            self.timer.stop()
            self._resized()

    def confirmations(self) -> dict[int, str | None]:
        """What the confirmation of each DING listed became, where it was tried: under way
        (None), or refused by the store (why)."""
        said = dict(self._said)
        for row in (*self.rows, *self._spare.values()):
            said.update(row.confirmation)
        return said

    def carry(self, said: dict[int, str | None]) -> None:
        """Says of the DINGs it lists what the pop-up it replaces said of their
        confirmation (`confirmations`): a later round's pop-up showed one under way, or
        refused, as never tried, a plain Confirm, and went after its timeout with the
        DING still unconfirmed."""
        for message_id, why in said.items():
            if why is None:
                self.confirming(message_id, exact=True)
            else:
                self.failed(message_id, why, exact=True)

    @property
    def busy(self) -> bool:
        """A DING listed is being confirmed, or was refused: it waits for the user."""
        return bool(self._said) or any(row.busy for row in (*self.rows, *self._spare.values()))

    def drop(self, message_id: int, *, exact: bool = False) -> None:
        """Takes the line of DING `message_id` (or of those on card `message_id`) away; the
        pop-up goes with its last."""
        gone = self._items_of(message_id, exact)
        if not gone:
            return
        for item in gone:
            self.waiting.remove(item)
            self._said.pop(item.message_id, None)
            row = self._row_of(item)
            self._spare.pop(item.message_id, None)
            if row is not None:
                if row in self.rows:
                    self.rows.remove(row)
                    self._rows.removeWidget(row)
                row.deleteLater()
        if not self.waiting:
            self.close()
            return
        self._fill()  # the next waiting comes up
        self._show_more()
        if len(self.notification.items) > 1:
            # Counts those left: 3 条 DING 待确认 stood over the two still waiting.
            items = tuple(self.waiting)
            self.notification = replace(self.notification, items=items)
            self.title.setText(ringing_title(items))
        if not self.busy and not self.timer.isActive():
            self.timer.start()
        self._resized()

    def _resized(self) -> None:
        """Lines come and go: the stack places it again at its new height."""
        self.layout().activate()
        stack = self.parent_stack
        if stack is not None:
            stack.place()

    parent_stack: PopupStack | None = None

    def _row_in_focus(self) -> RingingRow | None:
        focused = self.focusWidget()
        for row in self.rows:
            if focused is not None and row.isAncestorOf(focused):
                return row
        return self.rows[0] if self.rows else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self._row_in_focus()
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_A and row is not None:
            row.confirm_button.click()
        elif event.key() == Qt.Key.Key_O and row is not None:
            row.open_button.click()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.rows:
            # The user turned to it: its keys are theirs now (Tab, Enter, A, Esc).
            active = QApplication.activeWindow()
            if active is not None and active is not self:
                self._keys_from = active
            handle = self.windowHandle()
            if handle is not None:
                handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
            self.activateWindow()
            turned = self._row_at(event.position().toPoint())
            if turned is not None:
                # Where the window manager keeps the keys in desk's window, its `a` is
                # meant for this DING too: it confirmed the card selected there, another
                # DING, while this one stayed 未确认 (a tester).
                self.turnedTo.emit(turned.item.message_id)
        super().mousePressEvent(event)

    def _row_at(self, point: QPoint) -> RingingRow | None:
        """The DING pressed at `point` in the pop-up: the row there, or its only one."""
        for row in self.rows:
            if row.isVisible() and row.geometry().contains(point):
                return row
        return self.rows[0] if len(self.rows) == 1 else None

    def _timed_out(self) -> None:
        # A pop-up being read, or about to be clicked, went from under the pointer (a
        # tester): it stays while pointed at, as messaging apps' toasts do, and goes
        # TIMEOUT_MS after the pointer leaves. Asked of the pointer now, not of enter
        # events: a window shown comes with one wherever the pointer is on some platforms.
        if self.rows:
            # A DING's stays until its DINGs are confirmed (or the user closes it): timed
            # out behind a dialog a tester had opened, it never came back, and the DINGs
            # it listed were out of reach until their ladders' next step.
            return
        if not self.geometry().contains(QCursor.pos()):
            self.close()
        else:
            # Looked at again later, not left to a Leave: shown under a pointer standing
            # still, a window gets no Enter on some platforms, and so no Leave either;
            # it stayed on top of every window until its × was clicked.
            self.timer.start()

    def leaveEvent(self, event: QEvent) -> None:
        self.timer.start()  # TIMEOUT_MS from now
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            on_body = self.body.isVisible() and self.body.geometry().contains(
                event.position().toPoint()
            )
            if self.rows and not on_body:
                # A DING's pop-up opens from its Open: a click beside a button, missing it,
                # took the pop-up away with the Confirm the user was aiming at. Folded, a
                # click on its title unfolds it.
                self.fold(False)
                super().mouseReleaseEvent(event)
                return
            self.clicked.emit(self.notification)
            self.close()
        super().mouseReleaseEvent(event)

    def closeEvent(self, event: object) -> None:
        self.timer.stop()
        back = self._keys_from
        # Where no window manager hands the keys back (an override-redirect window), none
        # reached the dialog the user had been in until it was clicked.
        if self.isActiveWindow() and back is not None:
            # Once this one is gone from the screen: asked at once (X11, openbox), the keys
            # went to no window at all.
            QTimer.singleShot(FOCUS_BACK_MS, lambda: _activate(back))
        self.closed.emit(self)
        super().closeEvent(event)  # type: ignore[arg-type]


def _activate(window: QWidget) -> None:
    """Gives `window` the keys back, if it is still there."""
    if shiboken6.isValid(window) and window.isVisible():
        window.activateWindow()


class PopupStack(QObject):
    """desk's own pop-ups, stacked upwards from the bottom-right of the screen's free
    area (above a taskbar), the newest at the bottom, as messaging apps show theirs.

    Signals: clicked(Notification) when one is clicked; turnedTo(int) as Popup's.
    """

    clicked = Signal(object)
    confirmRequested = Signal(int)
    openRequested = Signal(int)
    turnedTo = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[Popup] = []
        # Those `_place` has put somewhere (the others are yet to show, or held).
        self._placed: set[Popup] = set()
        # While the pointer is on the stack nothing moves (see `_place`): this looks every
        # POINTER_CHECK_MS whether it has left, as the pointer's Leave does not come on
        # every platform (see Popup._timed_out). It runs only then: a DING's pop-up waits
        # for hours unattended, and nothing needs asking meanwhile.
        self._pointer = QTimer(self)
        self._pointer.setInterval(POINTER_CHECK_MS)
        self._pointer.timeout.connect(self.place)
        # A dialog opened (or closed) while pop-ups are up moves them clear of it.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.place)
        # The dialogs pop-ups wait for (see `_place`): their hiding brings those back.
        self._dialogs: set[QObject] = set()

    def add(self, notification: Notification) -> Popup:
        if notification.key is not None:
            for popup in self.shown:
                if popup.notification.key == notification.key:
                    popup.update_to(notification)
                    self._place()
                    return popup
        ringing = [p for p in self.shown if p.notification.items]
        if notification.items and ringing:
            # One pop-up for the DINGs ringing: the last round's, still listing some, lists
            # them with those due now (see `_ringing`), in place (see Popup.renew): where
            # it stood, with the keys if the user had clicked it, and each row still saying
            # what became of its confirmation.
            kept = ringing[0]
            for older in ringing:
                notification = _ringing(notification, older)
            carried: dict[int, str | None] = {}
            for older in ringing[1:]:  # one at most: never two at once
                carried.update(older.confirmations())
                older.close()
            # Its foot before the rows change: its layout grows the window as they do.
            foot = {kept: kept.geometry().bottom()} if kept in self._placed else {}
            kept.renew(notification)
            self._place(foot)
            # Once placed (shown, were it waiting for room): what it waits for stops its
            # timeout, as `carry` says.
            kept.carry(carried)
            if kept.busy:
                kept.timer.stop()
            return kept
        popup = Popup(notification)
        popup.parent_stack = self
        popup.clicked.connect(self.clicked)
        popup.confirmRequested.connect(self.confirmRequested)
        popup.openRequested.connect(self.openRequested)
        popup.turnedTo.connect(self.turnedTo)
        popup.closed.connect(self._gone)
        self.shown.append(popup)
        while len(self.shown) > MOST_POPUPS:
            # The oldest goes, but not the DINGs' (one at most, see above) for a message's:
            # a flood of urgent @s took it away within seconds, its Confirm and Retry with
            # it, while its DINGs still waited to be confirmed.
            older = self.shown[:-1]
            next((p for p in older if not p.notification.items), older[0]).close()
        popup.adjustSize()
        # Shown by `_place`, where it goes: not at all while a dialog leaves it no room.
        self._place()
        return popup

    @property
    def room(self) -> int:
        """How many pop-ups of messages stay on screen at once: a DING's is not pushed out
        by them (see `add`)."""
        return MOST_POPUPS - sum(1 for popup in self.shown if popup.notification.items)

    def warm(self) -> None:
        """Lays out and draws, off screen, a pop-up never shown, as the first one will be:
        its style sheet, its bold title's font (another file than the list's, at some
        sizes) and the shaping of its Chinese text are then loaded before it is needed.
        The first DING's pop-up held the GUI thread 78 ms under a flood at a million
        messages (issue 8), a later one some 3 ms; for an idle moment after the first
        paint."""
        popup = Popup(Notification(_WARM_TITLE, _WARM_BODY, urgent=True))
        try:
            popup.adjustSize()
            popup.resize(popup.width(), max(1, popup.heightForWidth(popup.width())))
            canvas = QPixmap(popup.size())
            popup.render(canvas)
        finally:
            popup.deleteLater()

    def clear(self) -> None:
        self.close_where(lambda _notification: True)

    def close_where(self, gone: Callable[[Notification], bool]) -> None:
        """Closes the pop-ups whose notification is `gone`."""
        for popup in list(self.shown):
            if gone(popup.notification):
                popup.close()

    def _gone(self, popup: Popup) -> None:
        self._placed.discard(popup)
        if popup in self.shown:
            self.shown.remove(popup)
            self._place()

    def place(self) -> None:
        """Places the pop-ups again (one grew or shrank)."""
        self._place()

    def _place(self, feet: dict[Popup, int] | None = None) -> None:
        """Stacks the pop-ups at the bottom right (see `_column`), the DINGs' lowest, the
        newest of the others just above it: others coming and going never move the one
        that waits for the user's 确认 (three clicks aimed at it landed on another pop-up,
        a tester). Nothing moves while the pointer is on a pop-up (see `_hold`).
        Beside a dialog of desk, where the column would cover it, the others wait hidden
        until it closes, and the DINGs' stays clear of its buttons (see `_clear_of`)."""
        screen = QGuiApplication.primaryScreen()
        if screen is None or not self.shown:
            self._pointer.stop()
            return
        area = screen.availableGeometry()
        pointer = QCursor.pos()
        held = any(p.isVisible() and p.frameGeometry().contains(pointer) for p in self._placed)
        # Where the DINGs' pop-up ends: grown or shrunk by a round or a confirmation while
        # held, it keeps its foot there, as the column does (the rows it showed stay put).
        feet = {p: p.geometry().bottom() for p in self._placed if p.notification.items} | (
            feet or {}
        )
        for popup in self.shown:
            # Wrapped lines at this width: the size hint guesses another width, and the
            # pop-up came out with blank lines, or its last line cut off.
            height = popup.heightForWidth(popup.width())
            popup.resize(popup.width(), height if height > 0 else popup.sizeHint().height())
        if held:
            self._hold(area, feet)
            return
        self._pointer.stop()
        # Top to bottom: the others, oldest first, then the DINGs' (one at most).
        column = [p for p in self.shown if not p.notification.items]
        column += [p for p in self.shown if p.notification.items]
        dialogs = _dialogs_open()
        spot = _column(area, _width(column), _tall(column), [d.frameGeometry() for d in dialogs])
        if spot is None and dialogs:
            # No room beside or above the dialog (Settings at 1366x768, 125 %): what is
            # not a DING waits until it closes, as a notification centre holds its banners
            # while the user is busy; it is in the window's list meanwhile. The DINGs'
            # stays on screen, as the banner's, clear of the buttons that end the dialog.
            held = [p for p in column if not p.notification.items]
            column = [p for p in column if p.notification.items]
            for popup in held:
                popup.timer.stop()
                popup.hide()
                self._placed.discard(popup)
            # Back when the dialog goes: its closing does not move the keys on every
            # platform (nowhere to go), and they came back only with the next pop-up.
            # Told by its Hide, not asked every POINTER_CHECK_MS while it stays open.
            self._watch(dialogs)
            spot = _column(area, _width(column), _tall(column), _clear_of(dialogs))
        x, bottom = spot if spot is not None else _column_at(area, _width(column))
        for popup in reversed(column):
            self._put(popup, QPoint(x, bottom - popup.height()))
            bottom -= popup.height() + POPUP_GAP

    def _watch(self, dialogs: list[QWidget]) -> None:
        """Places the pop-ups again once one of `dialogs` is hidden (see eventFilter)."""
        self._dialogs = {d for d in self._dialogs if shiboken6.isValid(d)}
        for dialog in dialogs:
            if dialog not in self._dialogs:
                self._dialogs.add(dialog)
                dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Hide and watched in self._dialogs:
            self._dialogs.discard(watched)
            watched.removeEventFilter(self)
            # Once it is gone (and the keys have moved, where they do): the pop-ups that
            # waited for it come back, with nothing else happening.
            QTimer.singleShot(0, self.place)
        return super().eventFilter(watched, event)

    def _hold(self, area: QRect, feet: dict[Popup, int]) -> None:
        """The pointer is on the stack: what is up stays put, as in a notification centre,
        and the stack closes ranks once it has left. A new pop-up goes above the column,
        or waits until then; the DINGs' grown or shrunk (a later round's DINGs, see
        Popup.renew) keeps its foot at `feet`, on the screen."""
        self._pointer.start()
        for popup, foot in feet.items():
            if popup.isVisible():
                popup.move(popup.x(), max(foot + 1 - popup.height(), area.top()))
        dialogs = bool(_dialogs_open())
        for popup in self.shown:
            if popup in self._placed or (dialogs and not popup.notification.items):
                continue  # a dialog's: see `_place`
            placed = [p for p in self._placed if p.isVisible()]
            top = min((p.frameGeometry().top() for p in placed), default=area.bottom())
            x = placed[0].x() if placed else area.right() - POPUP_GAP - popup.width()
            spot = QPoint(x, min(top - POPUP_GAP, area.bottom() - POPUP_GAP) - popup.height())
            where = QRect(spot, popup.size())
            others = [p.frameGeometry() for p in placed]
            if where.top() >= area.top() and not any(where.intersects(r) for r in others):
                self._put(popup, spot)

    def _put(self, popup: Popup, top_left: QPoint) -> None:
        popup.move(top_left)
        if not popup.isVisible():
            popup.show()
            popup.timer.start()
        self._placed.add(popup)


# How often the stack asks whether the pointer has left it (see PopupStack._hold), in ms.
POINTER_CHECK_MS = 250


def _width(column: list[Popup]) -> int:
    return max((popup.width() for popup in column), default=0)


def _tall(column: list[Popup]) -> int:
    return sum(popup.height() for popup in column) + POPUP_GAP * max(len(column) - 1, 0)


def _column_at(area: QRect, width: int) -> tuple[int, int]:
    """The bottom right of `area`, for a column `width` wide."""
    return area.right() - POPUP_GAP - width, area.bottom() - POPUP_GAP


class Ringing:
    """The translation context of the words that count DINGs ringing together (as
    desk.app.escalation's Escalation: lupdate writes plural forms for `Ringing.tr(text, "",
    count)`)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def ringing_title(items: tuple[RingingItem, ...]) -> str:
    """The title of a pop-up listing several alerts: N 条 DING 待确认."""
    count = len(items)
    dings = sum(item.ding for item in items)
    if dings == count:
        title = Ringing.tr("%n DINGs to confirm", "", count)
    elif dings == 0:
        title = Ringing.tr("%n urgent items to confirm", "", count)
    else:
        title = Ringing.tr("%n DINGs and urgent items to confirm", "", count)
    return demo_marked(title) if any(item.demo for item in items) else title


def _ringing(notification: Notification, older: Popup) -> Notification:
    """`notification`, a round's alert, listing too the DINGs `older` (the last round's
    pop-up) still lists: each ringing DING stays in reach until confirmed, whichever
    round rang it last."""
    new = {item.message_id for item in notification.items}
    kept = tuple(item for item in older.waiting if item.message_id not in new)
    if not kept:
        return notification
    items = notification.items + kept
    rings = notification.rings | {i for item in kept for i in (item.message_id, item.card)}
    # Its words, when it was alone, are its line's now, under its group and sender.
    title = ringing_title(items)
    return replace(notification, title=title, body=notification.notes, items=items, rings=rings)


def _dialogs_open() -> list[QWidget]:
    """desk's modal dialogs on screen: pop-ups stay clear of them, as at 175 % one
    covered Settings' OK and Cancel, and its × brought the next one (a tester)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.isModal() and not isinstance(widget, Popup)
    ]


def _clear_of(dialogs: list[QWidget]) -> list[QRect]:
    """What of `dialogs` a DING's pop-up must leave uncovered when it cannot leave them
    all: the rows of buttons that end them (OK, Cancel), or their lowest lines."""
    rects: list[QRect] = []
    for dialog in dialogs:
        boxes = [box for box in dialog.findChildren(QDialogButtonBox) if box.isVisible()]
        for box in boxes:
            rects.append(QRect(box.mapToGlobal(QPoint(0, 0)), box.size()))
        if not boxes:
            frame = dialog.frameGeometry()
            strip = 4 * dialog.fontMetrics().height()
            rects.append(QRect(frame.left(), frame.bottom() - strip, frame.width(), strip))
    return rects


def _column(area: QRect, width: int, tall: int, clear_of: list[QRect]) -> tuple[int, int] | None:
    """The left x and bottom y of a column of pop-ups `width` wide and `tall` high: the
    bottom right of `area`, or else the bottom left, or above what is there, whichever
    first covers none of `clear_of`; None if none does."""
    right = area.right() - POPUP_GAP - width
    left = area.left() + POPUP_GAP
    bottom = area.bottom() - POPUP_GAP
    above = min((rect.top() for rect in clear_of), default=bottom) - POPUP_GAP
    for x, y in ((right, bottom), (left, bottom), (right, above), (left, above)):
        column = QRect(x, y - tall, width, tall)
        if column.top() >= area.top() and not any(column.intersects(r) for r in clear_of):
            return x, y
    return None


@contextmanager
def _qt_messages_past_python() -> Iterator[None]:
    """Qt's messages go straight to stderr, past desk's Python handler (see
    desk.app.logs), while QtMultimedia and its backend load. Their libraries' static
    initialisers log (Couldn't load pipewire-0.3 library …) under the dynamic loader's
    lock, and a Python handler then waits for the GIL, which the store thread may hold
    while it waits for that same lock to load a library of its own: desk froze for good
    as its sounds loaded after the first paint (seen under the scale bench's flood)."""
    previous = qInstallMessageHandler(None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _audio_outputs() -> int:
    """How many audio outputs QtMultimedia finds (none without a backend for it)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return 0
    return len(QMediaDevices.audioOutputs())


def _load_sounds(parent: QObject) -> dict[str, QObject]:
    try:
        from PySide6.QtMultimedia import QSoundEffect
    except ImportError as exc:  # no audio stack (e.g. libpulse missing): notify silently
        log.warning("sound unavailable: %s", type(exc).__name__)
        return {}
    sounds: dict[str, QObject] = {}
    for name in ("notify", "urgent"):
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{name}.wav"))))
        sounds[name] = effect
    return sounds


def _badged(icon: QIcon, count: int) -> QIcon:
    pixmap = icon.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d93025"))
    painter.setPen(Qt.PenStyle.NoPen)
    badge = QRect(28, 0, 36, 36)
    painter.drawEllipse(badge)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)
