"""The red banner over the inbox while a DING waits for confirmation.

It says when its DING is due or, naming no time, by when it is to be confirmed (see
desk/core/escalation.py); when desk will alert again (a snooze's end, the last call
before either) and, once its alerts have run their course, that desk stopped them (or, of
one whose reminders all fell due while desk was not running, that): the
DING stays here unconfirmed, and the quiet after its ladder is desk's, not a fault.
"""

from __future__ import annotations

import html
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from desk.core.clock import Clock
from desk.core.escalation import SNOOZE_MINUTES, Unreminded
from desk.core.placeholders import fill
from desk.core.reasons import row_event, row_readied
from desk.ui.card_text import confirm_words, due_words, short_time
from desk.ui.demo_mark import demo_marked
from desk.ui.elided_label import ElidedLabel
from desk.ui.pointer_calm import PointerCalm
from desk.ui.style import DING_COLOUR, NOTE, set_tone

if TYPE_CHECKING:
    from desk.store.inbox import InboxRow
    from desk.store.ladders import Ladder

# Narrower room than this beside the buttons shows the group and sender but none of the
# DING's words: the buttons then go to a line of their own.
LEAST_TEXT_WIDTH = 360
# Qt's QWIDGETSIZE_MAX: no upper bound on a widget's height.
QWIDGETSIZE_MAX = 16_777_215
# How long the banner says which DING was just confirmed, before the next one it shows:
# the next one's red banner, 未确认 like the last, read as though `a` had done nothing, and
# a tester's second `a` confirmed it unread.
CONFIRMED_NOTE_MS = 8000
# A window at least this many banner lines tall holds the banner's place while no DING
# waits (see BannerPlace): 884 px for a line of 34, a 1080-line screen's at 100 %. At
# 1366×768 (22 lines at 100 %, 15 at 150 %) the held line, with the demo line, the away
# line and the first-days guide, left some nine cards at 100 % and five at 150 % (a
# tester): on a window that short it takes no room.
HELD_LINES = 26


# A record, not a dataclass: about 1 ms less of the GUI thread at the start (issue 8).
class _Shown(NamedTuple):
    """What the banner says of its DING, worded anew as the minutes pass."""

    what: str
    sent: datetime | None
    snoozed_until: datetime | None
    count: int
    deadline: datetime | None
    event: bool
    demo: bool  # the demo workspace's: invented, and said so first
    readied: datetime | None = None  # the meeting its due time gets ready for
    ended: bool = False  # no alert is left (see Ladder)
    last_call: datetime | None = None  # the one alert left, before it is due
    confirm_by: datetime | None = None  # with no due time, when it is to be confirmed by
    unreminded: Unreminded | None = None  # why desk never reminded the user of it


class DingBanner(QWidget):
    """Signals: acknowledgeRequested(int), snoozeRequested(int, int minutes), openRequested(int)."""

    acknowledgeRequested = Signal(int)
    snoozeRequested = Signal(int, int)
    openRequested = Signal(int)

    def __init__(self, clock: Clock, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock, self._tz = clock, tz
        self.setObjectName("dingBanner")
        # Red, its words white and bold, on any theme. Painted, not a style sheet: under
        # one, the buttons kept the light theme's palette after a switch to dark.
        self._message_id: int | None = None
        self._shown: _Shown | None = None
        # The ladders as the escalation last gave them, and the DINGs the user confirmed
        # that they may still hold: shown gone from the key press on (see show_confirming).
        self._ladders: list[Ladder] = []
        self._confirming: set[int] = set()
        # The copies' DINGs confirmed with a card's, by the card (see show_confirming).
        self._copies_confirming: dict[int, set[int]] = {}
        # The DING shown before the ladders came (see show_waiting), until they come.
        self._waiting: tuple[int, _Shown] | None = None
        # Who sent the DING just confirmed, said before the next one for a moment.
        self._confirmed_from: str | None = None
        self._confirmed_count = 1
        # Whether the one confirmed was a DING, not an urgent item rung like one.
        self._confirmed_ding = True
        self._note_ends = QTimer(self)
        self._note_ends.setSingleShot(True)
        self._note_ends.setInterval(CONFIRMED_NOTE_MS)
        self._note_ends.timeout.connect(self._end_note)
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._layout = layout
        # Its tooltip is the whole DING, rich text so that a long notice wraps.
        self.label = ElidedLabel(tips=False)
        # Takes the room the layout gives it rather than asking for the whole line.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setObjectName("dingText")
        white = QPalette()
        white.setColor(QPalette.ColorRole.WindowText, QColor(Qt.GlobalColor.white))
        self.label.setPalette(white)
        bold = self.label.font()
        bold.setBold(True)
        self.label.setFont(bold)
        self.label.setMinimumWidth(100)
        # As tall as a line of Chinese before it shows any: a label is as tall as its words,
        # and Chinese, drawn in a fallback font, stands taller than Latin letters (18 px
        # against 14 offscreen). Empty, the banner's held place was 4 px short of a DING.
        self._fit_label_height()
        layout.addWidget(self.label, 1)
        self.open_button = QPushButton(self.tr("Show"))
        self.open_button.clicked.connect(self._open)
        self.ack_button = QPushButton(self.tr("Confirm (&A)"))
        self.ack_button.setObjectName("ack")
        # Set apart by its bold words, not as the default button: outside a dialog that
        # gives Enter nothing, and its frame, drawn always, read as the keyboard's focus.
        bold = self.ack_button.font()
        bold.setBold(True)
        self.ack_button.setFont(bold)
        self.ack_button.clicked.connect(self._acknowledge)
        # A DING that takes the place of the one just confirmed is not confirmed by the
        # second half of a double click on the button (a reviewer): a confirmation cannot
        # be taken back.
        self.rearm = QTimer(self)
        self.rearm.setSingleShot(True)
        self.rearm.timeout.connect(lambda: self.ack_button.setEnabled(True))
        # A push button with a menu keeps room for its arrow (a QToolButton's instant popup
        # drew it over the last character) and matches the buttons beside it.
        # Its key, as Confirm's: S in the window (DING → Remind me later), Alt+S here.
        self.snooze_button = QPushButton(self.tr("Remind me later (&S)"))
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_MINUTES:
            action = QAction(self.tr("In %1 minutes").replace("%1", str(minutes)), menu)
            action.setData(minutes)
            action.triggered.connect(lambda _c=False, m=minutes: self._snooze(m))
            menu.addAction(action)
        menu.aboutToShow.connect(self._word_snoozes)
        self.snooze_button.setMenu(menu)
        self._fit_snooze()
        buttons = QHBoxLayout()
        # Holds the buttons to the right when they have a line of their own.
        buttons.addStretch(1)
        for widget in (self.open_button, self.ack_button, self.snooze_button):
            buttons.addWidget(widget)
        layout.addLayout(buttons)
        self._buttons = buttons
        self.hide()

    def _fit_snooze(self) -> None:
        """Room for Remind me later's words clear of its drop-down arrow at any text size:
        its size hint counts the arrow's width once, and at 125 % the arrow covered the
        ")" of 稍后提醒(S) (a tester). Its words are given the arrow's room on both sides,
        so they stay centred and whole."""
        button = self.snooze_button
        option = QStyleOptionButton()
        button.initStyleOption(option)
        style = button.style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, button)
        words = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
        button.setMinimumWidth(words + 2 * (arrow + margin + frame))

    def _fit_label_height(self) -> None:
        self.label.setMinimumHeight(self.label.fontMetrics().size(0, "DING · 收到").height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "label"):
            # Another text size (View → Larger text): a line of Chinese is taller now.
            self._fit_label_height()
            if hasattr(self, "snooze_button"):
                self._fit_snooze()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit(event.size().width())
        super().resizeEvent(event)

    def fit(self, width: int) -> None:
        """Puts the buttons beside the words, or on a line of their own when `width` leaves
        the words too little room."""
        margins = self._layout.contentsMargins()
        beside = (
            width
            - margins.left()
            - margins.right()
            - self._buttons.sizeHint().width()
            - self._layout.spacing()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if beside >= LEAST_TEXT_WIDTH
            else QBoxLayout.Direction.TopToBottom
        )
        if direction != self._layout.direction():
            self._layout.setDirection(direction)
            # Hidden, the banner's place is still held at its height (see BannerPlace).
            self.updateGeometry()

    @property
    def on_two_lines(self) -> bool:
        """Whether the buttons are on a line of their own, under the words."""
        return self._layout.direction() == QBoxLayout.Direction.TopToBottom

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), DING_COLOUR)

    @property
    def message_id(self) -> int | None:
        return self._message_id

    def show_ladders(self, ladders: list[Ladder]) -> None:
        """Shows the first DING still alerting, or the first of them all snoozed: the one
        snoozed stood over the one still ringing, and the next S and A went to it again (a
        tester). Those being confirmed are left out (see `show_confirming`)."""
        self._ladders = list(ladders)
        self._waiting = None
        # Gone from the ladders, a confirmation is the store's: it holds it from now on.
        self._confirming &= {ladder.message_id for ladder in ladders}
        # A card's copies are kept under it while one still waits: the card itself may
        # have no ladder (posted plainly, DINGed in another group), and its refusal must
        # still bring them back (see stop_confirming).
        self._copies_confirming = {
            card: kept
            for card, copies in self._copies_confirming.items()
            if (kept := copies & self._confirming)
        }
        self._show_ladders()

    def ladder_of(self, message_id: int) -> Ladder | None:
        """DING `message_id`'s ladder, if the banner has it."""
        return next((d for d in self._ladders if d.message_id == message_id), None)

    def ladders_on(self, card_id: int) -> list[Ladder]:
        """The ladders of the DINGs card `card_id` shows: its own, and the copies' folded
        into it (see Ladder.card), in the banner's order."""
        return [d for d in self._ladders if d.card == card_id]

    def show_confirming(
        self,
        message_id: int,
        sender_name: str,
        *,
        copies: Collection[int] = (),
        count: int = 1,
        ding: bool = True,
    ) -> None:
        """The user confirmed DING `message_id`: it leaves the banner now, not when the
        store has it (a busy store thread took 2 s), and the banner says so for a moment
        over the next DING it shows. `copies`: the DINGs folded into its card, confirmed
        with it (their ladders are theirs, and the count stayed until the next round);
        `count` DINGs confirmed in all, `sender_name` sent the one when it is one; `ding`
        false: it is an urgent item rung like a DING, and said to be one."""
        self._confirming.add(message_id)
        self._confirming.update(copies)
        self._copies_confirming[message_id] = set(copies)
        self._confirmed_from = sender_name
        self._confirmed_count = count
        self._confirmed_ding = ding
        self._note_ends.start()
        if self._message_id == message_id and not any(
            ladder.message_id == message_id for ladder in self._ladders
        ):
            self._ladders = []  # shown before the ladders came (show_waiting)
        self._show_ladders()

    def stop_confirming(self, message_id: int) -> None:
        """The store refused to confirm DING `message_id`: it is shown again."""
        if message_id not in self._confirming and message_id not in self._copies_confirming:
            return
        self._confirming.discard(message_id)
        self._confirming -= self._copies_confirming.pop(message_id, set())
        self._end_note()
        if self._waiting is not None and self._waiting[0] == message_id:
            # Shown before the ladders came: without this it stayed hidden, unconfirmed,
            # until the next round (a reviewer).
            self._show(*self._waiting)
            return
        self._show_ladders()

    def _end_note(self) -> None:
        self._note_ends.stop()
        self._confirmed_from = None
        if self._shown is not None:
            self._word()

    def _show_ladders(self) -> None:
        ladders = [ding for ding in self._ladders if ding.message_id not in self._confirming]
        if not ladders:
            self._message_id = None
            self._shown = None
            # Gone, the banner says it enough: no note waits to stand over a later DING.
            self._note_ends.stop()
            self._confirmed_from = None
            self.hide()
            return
        now = self._clock.now()
        first = next((ding for ding in ladders if ding.alerting(now)), ladders[0])
        self._show(
            first.message_id,
            _Shown(
                self._what(first.group_name, first.sender_name, first.text, ding=first.ding),
                first.sent,
                first.snoozed_until,
                len(ladders),
                first.deadline,
                first.event,
                first.demo,
                first.readied,
                first.ended,
                first.last_call,
                first.confirm_by,
                first.unreminded,
            ),
        )

    def show_waiting(self, first: InboxRow) -> None:
        """Shows the DING that the inbox's first card says waits, before the escalation
        (which starts after the first paint) tells which and how many: the banner,
        appearing a moment later, moved the inbox down under the reader's eyes; with its
        place held (BannerPlace), the quiet line would still turn red as they read."""
        self._waiting = (
            first.id,
            _Shown(
                self._what(first.group_name, first.sender_name, first.text, ding=first.ding),
                first.ts,
                None,
                1,
                first.deadline,
                row_event(first.reasons, first.deadline),
                first.demo,
                row_readied(first.reasons, first.deadline),
            ),
        )
        self._show(*self._waiting)

    def _what(self, group_name: str, sender_name: str, text: str, *, ding: bool = True) -> str:
        # Who and what before the group: a group's long name (云岫区应急管理·防汛工作群)
        # first left four characters of the DING's words at 150 % on a 1366 px screen.
        # The sender's name often says their unit (区应急局-祁峰), the card the group.
        # An urgent item rung like a DING (the setting) is said to be one: "DING · 覃立新"
        # over an @ that was none read as a DING its sender waited on (a tester).
        what = self.tr("DING · %1: %2 · %3") if ding else self.tr("Urgent · %1: %2 · %3")
        return fill(what, sender_name, text, group_name)

    def _show(self, message_id: int, shown: _Shown) -> None:
        if self._message_id not in (None, message_id) and self.isVisible():
            self.ack_button.setEnabled(False)
            self.rearm.start(QApplication.doubleClickInterval())
        self._message_id = message_id
        self._shown = shown
        self._word()
        self.show()

    def refresh_ageing(self) -> None:
        """Words the DING's due time anew ("due in 16 min"), as the cards are."""
        if self._shown is not None:
            self._word()

    def _word(self) -> None:
        shown = self._shown
        assert shown is not None
        now = self._clock.now()
        head = " ".join(shown.what.split())
        if shown.sent is not None:
            # When it was posted: yesterday's DING reads otherwise than this morning's.
            head = short_time(shown.sent, self._tz, now) + " " + head
        if shown.deadline is not None:
            # As its card says it (26 分钟后截止): the card was the only place that did.
            due = due_words(shown.deadline, shown.event, self._tz, now, shown.readied)
            head = fill(self.tr("%1 · %2"), due, head)
        if shown.confirm_by is not None:
            # 应在 21:40 前确认 · 还有 16 分钟: where it names no time, its unit's rule does;
            # the time its sender set, before its due time, first (see core confirm_by).
            head = fill(self.tr("%1 · %2"), confirm_words(shown.confirm_by, self._tz, now), head)
        if shown.snoozed_until is not None and shown.snoozed_until > now:
            # Snoozed, it stays here: saying until when shows that it was.
            head = (
                self.tr("Alerts again at %1 · ").replace(
                    "%1", short_time(shown.snoozed_until, self._tz, now)
                )
                + head
            )
        elif shown.last_call is not None and shown.last_call > now:
            # The ladder is over, and the quiet until its last call is meant.
            head = fill(
                self.tr("Last reminder at %1 · %2"),
                short_time(shown.last_call, self._tz, now),
                head,
            )
        # Why it is still unconfirmed, at length, after what it says: "在本机开始使用 desk
        # 之前收到，尚未确认" before it left no room at 1366 px for the DING's own words (a
        # tester). The short "Reminders stopped" stays first.
        elif shown.ended and shown.unreminded is Unreminded.ARRIVED:
            # Never reminded: "reminders stopped" read as though desk had nagged and given
            # up, of a DING that came while it was closed (a tester). Offline for as long, it
            # came late all the same.
            head = fill(self.tr("%1 · came while desk was closed or offline (unconfirmed)"), head)
        elif shown.ended and shown.unreminded is Unreminded.BEFORE_SETUP:
            # On a first start: "while desk was closed" told a new user they had closed it.
            head = fill(
                self.tr("%1 · came before desk was first used on this computer (unconfirmed)"),
                head,
            )
        elif shown.ended and shown.unreminded is Unreminded.REMINDERS:
            head = fill(
                self.tr("%1 · reminders fell due while desk was not running (unconfirmed)"),
                head,
            )
        elif shown.ended:
            # Quiet from now on, on purpose: it read as though desk had stopped working.
            head = fill(self.tr("Reminders stopped (unconfirmed) · %1"), head)
        if self._confirmed_from is not None:
            # Short, after the count: the next DING's banner looked like the last one's.
            one = (
                self.tr("✓ %1's DING confirmed · next: %2")
                if self._confirmed_ding
                else self.tr("✓ %1's urgent message confirmed · next: %2")
            )
            head = (
                fill(one, self._confirmed_from, head)
                if self._confirmed_count <= 1
                else fill(
                    self.tr("✓ %n DINGs confirmed · next: %1", "", self._confirmed_count), head
                )
            )
        if shown.count > 1:
            # First, where a long notice cannot push it out of sight.
            more = self.tr("%1 unconfirmed · ").replace("%1", str(shown.count))
            head = more + head
        if shown.demo:
            # Before all else, where no narrow window elides it: an invented order.
            head = demo_marked(head)
        self.label.set_full_text(head)
        # Rich text, so that a long notice wraps in the tooltip instead of running off;
        # with what a DING is, which a tester (56) was never told.
        meaning = self.tr("A DING is an urgent notice each person must confirm they received.")
        self.label.setToolTip(f"<p>{html.escape(head)}</p><p>{html.escape(meaning)}</p>")

    def offer_snooze(self) -> bool:
        """Opens the snooze choices under their button, the first one active, for the
        keyboard (DING → Remind me later); False when no DING waits."""
        if self._message_id is None or not self.isVisible():
            return False
        button = self.snooze_button
        menu = button.menu()
        # Not the button's showMenu(): that waits in an event loop of its own.
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        menu.setActiveAction(menu.actions()[0])
        return True

    def _word_snoozes(self) -> None:
        """Says of each snooze that would ring after the DING is due, or is to be
        confirmed, that it would (a tester snoozed a DING due 21:33 until 22:05 unwarned):
        it is still offered, as the user may be at it already."""
        menu = self.snooze_button.menu()
        now = self._clock.now()
        due = self._shown.deadline if self._shown is not None else None
        # Naming no time, the time it is to be confirmed by, said as that and not as due.
        by = self._shown.confirm_by if self._shown is not None and due is None else None
        for action in menu.actions():
            minutes = int(action.data())
            text = self.tr("In %1 minutes").replace("%1", str(minutes))
            later = now + timedelta(minutes=minutes)
            if due is not None and now < due < later:
                text = fill(
                    self.tr("In %1 minutes (after it is due, %2)"),
                    str(minutes),
                    short_time(due, self._tz, now),
                )
            elif by is not None and now < by < later:
                text = fill(
                    self.tr("In %1 minutes (after it is to be confirmed, %2)"),
                    str(minutes),
                    short_time(by, self._tz, now),
                )
            action.setText(text)

    def _acknowledge(self) -> None:
        if self._message_id is not None:
            self.acknowledgeRequested.emit(self._message_id)

    def _snooze(self, minutes: int) -> None:
        if self._message_id is not None:
            self.snoozeRequested.emit(self._message_id, minutes)

    def _open(self) -> None:
        if self._message_id is not None:
            self.openRequested.emit(self._message_id)


class BannerPlace(QWidget):
    """The DING banner's line over the panes, held at the banner's height while no DING
    waits, where a quiet line says so. No signals.

    Why a held place: the banner, coming with a DING and going when it was confirmed,
    moved everything under it by its height (38 px) and a click aimed at a card landed on
    its neighbour. Scrolling the list by as much would keep only the list's cards in place:
    the banner spans the window, and the views and the reading pane moved all the same. At
    the top of the list, where a user triages, there is nothing to scroll back when it
    goes, and scrolling on when it comes hides the head of the first card (often the DING
    itself) and leaves the list scrolled, where new arrivals no longer come into sight
    (MainWindow._reread). A banner laid over the panes hid the search box and that first
    card. A DING may come at any moment while an account syncs, so the place is held:
    a line of height, and a known place for the red to appear.

    Held from the start only on a window HELD_LINES banner lines tall or more: on a short
    one (768 px) the line saying no DING waits took a card's room all day for a moment that
    may never come. There the place is held once a DING has shown, until the window next
    loses the focus: confirming the last DING (`a`, a click on its card) left the panes
    38 px higher under the pointer, and the next click landed on the card below (a tester).
    The line goes while the user is in another window, and comes back with the next DING
    (when the pointer rests, see PointerCalm)."""

    def __init__(self, banner: DingBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self._held = True
        # Whether the window is tall enough to hold the place (see fit_height).
        self._roomy = True
        # On a short window, whether a DING has shown since the window last lost the focus.
        self._kept = False
        # The row's coming waits for the pointer to rest (see PointerCalm).
        self._calm: PointerCalm | None = None
        self.quiet = QLabel(self.tr("No DING waits for confirmation"))
        self.quiet.setObjectName("noDing")
        # Where the banner's words stand, so that the red takes the quiet line's place.
        self.quiet.setContentsMargins(10, 6, 10, 6)
        set_tone(self.quiet, NOTE)
        policy = banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        banner.setSizePolicy(policy)
        cell = QGridLayout(self)
        cell.setContentsMargins(0, 0, 0, 0)
        # One cell: the banner over the quiet line.
        cell.addWidget(self.quiet, 0, 0)
        cell.addWidget(banner, 0, 0)
        self._cell = cell
        self._follow_banner()
        banner.installEventFilter(self)

    def hold(self, held: bool) -> None:
        """Holds the place while no DING waits, or (with no account, where none can come)
        leaves it to the panes: a banner that shows all the same takes it back."""
        self._held = held
        self._follow_banner()

    def fit_height(self, height: int) -> None:
        """Holds the place only on a window `height` px tall, HELD_LINES banner lines or
        more (at its text size: a larger text's line is taller)."""
        roomy = height >= HELD_LINES * self.banner.sizeHint().height()
        if roomy != self._roomy:
            self._roomy = roomy
            self._follow_banner()

    @property
    def holds(self) -> bool:
        """Whether the place is held while no DING waits."""
        return self._held and (self._roomy or self._kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Sent on each show() and hide(), the window's shown or not (Show and Hide wait for
        # a hidden window, and come as it is minimised).
        if watched is self.banner and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._follow_banner()
        elif (
            self._kept and event.type() == QEvent.Type.WindowDeactivate and watched is self.window()
        ):
            # The user is elsewhere: the held line can go without moving anything under
            # their pointer.
            self._kept = False
            self._follow_banner()
        return False

    def _follow_banner(self) -> None:
        waiting = not self.banner.isHidden()
        # Only one of them is there for a screen reader.
        self.quiet.setVisible(not waiting)
        if self.parentWidget() is None:  # a window of its own
            return
        if waiting and self._held and not self._roomy and not self._kept:
            self._kept = True
            self.window().installEventFilter(self)
        if self.isHidden() and (waiting or self.holds):
            # Coming: not under a pointer at work below it.
            if self._calm is None:
                self._calm = PointerCalm(self)
            self._calm.when_calm(self._come)
        elif not self.isHidden() and not (waiting or self.holds):
            self.hide()

    def _come(self) -> None:
        if not self.banner.isHidden() or self.holds:
            self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A hidden widget's resize event waits until it is shown: the banner, hidden while
        # the window narrowed, would go to two lines only as a DING came, and grow the place.
        self.banner.fit(event.size().width())
        self._align_quiet()
        super().resizeEvent(event)

    def _align_quiet(self) -> None:
        """Stands the quiet words where the banner's stand: in the middle of a line shared
        with its buttons, and on the first of two lines over them, not in the middle of
        both (14 px lower, the red words appeared above where the grey had been)."""
        if self.banner.on_two_lines:
            margins = self.quiet.contentsMargins()
            first_line = margins.top() + self.banner.label.minimumHeight() + margins.bottom()
            self.quiet.setFixedHeight(first_line)
            self._cell.setAlignment(self.quiet, Qt.AlignmentFlag.AlignTop)
        else:
            self.quiet.setMinimumHeight(0)
            self.quiet.setMaximumHeight(QWIDGETSIZE_MAX)
            self._cell.setAlignment(self.quiet, Qt.AlignmentFlag(0))
