"""The tray icon, pop-up notifications and their sounds.

Where there is no system tray (GNOME without its tray extension, a bare window manager)
or it shows no messages, desk shows its own pop-ups (`PopupStack`): a sleeping duty
officer with no sound got nothing but the banner of a window perhaps behind others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import (
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
    QMouseEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
)

from desk.resources import resource
from desk.store.ladders import Ladder

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
        if self.uses_tray:
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

    def warm_popups(self) -> None:
        """Readies desk's own pop-up ahead of the first (PopupStack.warm); the tray's
        balloons are the system's, and need nothing."""
        if not self.uses_tray:
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

    def confirmed(self, message_id: int) -> None:
        """DING (or card) `message_id` is confirmed, or is being: its alerts' pop-ups go at
        once, before the store has it (the tray's balloon, where one is used, is the
        system's and goes in its own time)."""
        self.popups.close_where(lambda n: message_id in n.rings)

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


class Popup(QFrame):
    """One of desk's own pop-ups: title and body as the tray's, on top of other windows
    without taking the focus, gone after TIMEOUT_MS (`timer`) or ×; not while the mouse
    is on it.

    Signals: clicked(Notification) when clicked anywhere but ×; closed(Popup) when gone.
    """

    clicked = Signal(object)
    closed = Signal(object)

    def __init__(self, notification: Notification) -> None:
        # A tool tip's kind of window, as Qt's own tray balloon (QBalloonTip) is: never
        # activated. As a Tool window, some platforms made it the active one, and desk's
        # keys (e, Shift+R, typing a reply) stopped reaching the main window.
        super().__init__(
            None,
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.notification = notification
        # Never the focus: the user may be typing a reply when a DING comes.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("deskPopup")
        self.setFrameShape(QFrame.Shape.Box)
        edge = "#d93025" if notification.urgent else "palette(mid)"
        self.setStyleSheet(
            f"QFrame#deskPopup {{ background: palette(window); border: 1px solid {edge};"
            f" border-left: 5px solid {edge}; }}"
        )
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
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # As wide as some 26 lines are tall: wider with a larger text size (the
        # application's font, which these labels follow), and a short line of Chinese.
        self.setFixedWidth(26 * self.fontMetrics().height())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TIMEOUT_MS)
        self.timer.timeout.connect(self._timed_out)

    def update_to(self, notification: Notification) -> None:
        """Says `notification` in place of its own, for TIMEOUT_MS from now."""
        self.notification = notification
        self.title.setText(notification.title)
        self.body.setText(notification.body)
        self.timer.start()

    def _timed_out(self) -> None:
        # A pop-up being read, or about to be clicked, went from under the pointer (a
        # tester): it stays while pointed at, as messaging apps' toasts do, and goes
        # TIMEOUT_MS after the pointer leaves. Asked of the pointer now, not of enter
        # events: a window shown comes with one wherever the pointer is on some platforms.
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
            self.clicked.emit(self.notification)
            self.close()
        super().mouseReleaseEvent(event)

    def closeEvent(self, event: object) -> None:
        self.timer.stop()
        self.closed.emit(self)
        super().closeEvent(event)  # type: ignore[arg-type]


class PopupStack(QObject):
    """desk's own pop-ups, stacked upwards from the bottom-right of the screen's free
    area (above a taskbar), the newest at the bottom, as messaging apps show theirs.

    Signals: clicked(Notification) when one is clicked.
    """

    clicked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[Popup] = []
        # A dialog opened (or closed) while pop-ups are up moves them clear of it.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._place)

    def add(self, notification: Notification) -> Popup:
        if notification.key is not None:
            for popup in self.shown:
                if popup.notification.key == notification.key:
                    popup.update_to(notification)
                    self._place()
                    return popup
        popup = Popup(notification)
        popup.clicked.connect(self.clicked)
        popup.closed.connect(self._gone)
        self.shown.append(popup)
        while len(self.shown) > MOST_POPUPS:
            self.shown[0].close()
        popup.adjustSize()
        popup.show()
        popup.timer.start()
        self._place()
        return popup

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
        if popup in self.shown:
            self.shown.remove(popup)
            self._place()

    def _place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None or not self.shown:
            return
        area = screen.availableGeometry()
        for popup in self.shown:
            # Wrapped lines at this width: the size hint guesses another width, and the
            # pop-up came out with blank lines, or its last line cut off.
            height = popup.heightForWidth(popup.width())
            popup.resize(popup.width(), height if height > 0 else popup.sizeHint().height())
        width = max(popup.width() for popup in self.shown)
        tall = sum(popup.height() for popup in self.shown) + POPUP_GAP * (len(self.shown) - 1)
        x, bottom = _column(area, width, tall, _dialogs_open())
        for popup in reversed(self.shown):
            top_left = QPoint(x, bottom - popup.height())
            popup.move(top_left)
            bottom = top_left.y() - POPUP_GAP


def _dialogs_open() -> list[QRect]:
    """Where desk's modal dialogs are on screen: pop-ups stay clear of them, as at 175 %
    one covered Settings' OK and Cancel, and its × brought the next one (a tester)."""
    return [
        widget.frameGeometry()
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.isModal() and not isinstance(widget, Popup)
    ]


def _column(area: QRect, width: int, tall: int, clear_of: list[QRect]) -> tuple[int, int]:
    """The left x and bottom y of a column of pop-ups `width` wide and `tall` high: the
    bottom right of `area`, or else the bottom left, or above the dialogs there, whichever
    first covers none of `clear_of`; the bottom right if none does."""
    right = area.right() - POPUP_GAP - width
    left = area.left() + POPUP_GAP
    bottom = area.bottom() - POPUP_GAP
    above = min((rect.top() for rect in clear_of), default=bottom) - POPUP_GAP
    for x, y in ((right, bottom), (left, bottom), (right, above), (left, above)):
        column = QRect(x, y - tall, width, tall)
        if column.top() >= area.top() and not any(column.intersects(r) for r in clear_of):
            return x, y
    return right, bottom


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
