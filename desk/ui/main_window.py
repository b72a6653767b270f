"""The main window: sidebar of views and groups, the inbox list, the detail pane."""

from __future__ import annotations

import functools
import html
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QImage, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desk.core.absence import LEAST_ABSENCE, Absence
from desk.core.clock import Clock
from desk.core.due_days import day_span
from desk.core.first_days import guide_due
from desk.core.gist import first_words
from desk.core.list_place import left_its_place
from desk.core.match_spans import search_terms
from desk.core.messages import Tier
from desk.core.placeholders import fill
from desk.store import roll_calls
from desk.store.demo import Workspace
from desk.store.inbox import (
    CameWhileAway,
    GroupCount,
    InboxQueries,
    InboxRow,
    OpenCards,
    View,
    ViewKind,
    lists_by_time,
    warm_page_statements,
)
from desk.store.read_marks import STEP_ROWS, MarkProgress, ViewReadMark
from desk.store.tables import to_ms
from desk.sync.status import SyncState, SyncStatus
from desk.ui.away_line import AwayLine, since_words
from desk.ui.bring_back import bring_back
from desk.ui.card_text import (
    listed,
    message_text,
    unreported_command,
    unreported_name,
    unreported_units,
)
from desk.ui.close_button import CLOSE_LINE_KEY
from desk.ui.correction_text import correction_foreseen, correction_said
from desk.ui.detail_pane import DetailPane
from desk.ui.ding_banner import BannerPlace, DingBanner
from desk.ui.elided_label import ElidedLabel
from desk.ui.first_days_guide import FirstDaysGuide
from desk.ui.first_paint import AfterFirstPaint
from desk.ui.focus_ring import FocusRing
from desk.ui.group_label import group_of_account
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.inbox_model import (
    NEIGHBOURS,
    DoneTally,
    InboxModel,
    ReadOn,
    Snapshot,
    count_done,
    neighbours,
)
from desk.ui.inbox_view import InboxView
from desk.ui.key_menu import KeyMenu
from desk.ui.key_text import LISTED_AS, key_text, mnemonic_rows, plain_text
from desk.ui.keys_home import KeysHomeOnHide
from desk.ui.ops import StoreOps, cause_text, failure_text
from desk.ui.panes import PaneSplitter
from desk.ui.presence import PresenceWatch
from desk.ui.quiet_indicator import QuietIndicator
from desk.ui.reading_column import ReadingColumn
from desk.ui.reply_box import CLOSE_KEY, SEND_KEY, ReplyBox, is_yours
from desk.ui.screen_fit import (
    KeptOnScreen,
    fills_screen_first,
    keep_on_screen,
    size_for_first_start,
)
from desk.ui.search_field import SearchField
from desk.ui.sidebar import VIEW_ORDER, Sidebar, view_key, view_name
from desk.ui.status_bar import StatusBar
from desk.ui.status_text import (
    LinkedStatus,
    LinkLabel,
    offline_reason,
    syncing_text,
    up_to_date_text,
)
from desk.ui.style import WARNING, set_tone
from desk.ui.throttle import Throttle
from desk.ui.views_button import ViewsButton, as_written

if TYPE_CHECKING:
    from desk.store.conversation import Conversation, Place
    from desk.store.ranking import RerankStep
    from desk.store.weights import Correction

    # Only named: the ingest code brings the triage engine, which the window does not run.
    from desk.sync.ingest import IngestResult
    from desk.ui.attachment_image import TooLarge
    from desk.ui.conversation_dialog import ConversationDialog
    from desk.ui.group_switcher import GroupSwitcher
    from desk.ui.shortcuts_dialog import ShortcutGroup, ShortcutsDialog
    from desk.ui.window_place import WindowPlace

# What a count reads (see MainWindow._counting_work): the views', the groups', the invites,
# the workspace, the open cards, and the morning digest's held list with its count.
_Counts = tuple[
    dict[ViewKind, int],
    list[GroupCount],
    int,
    Workspace,
    dict[ViewKind, OpenCards],
    tuple[View, tuple[int, int]] | None,
    int,
]

SEARCH_DELAY_MS = 200
# The window's size and place and the panes' widths, kept between starts (see
# restore_layout).
_GEOMETRY = "window/geometry"
_PANES = "window/panes"
# Whether the user dragged the sidebar's edge: the width they chose is kept, not refitted
# to its names.
_SIDEBAR_CHOSEN = "window/sidebar_chosen"
# The view (its kind, and the group's id) and the card the user left the window on: a
# tester left on Action with a card read came back to All and its first card.
_VIEW = "window/view"
_GROUP = "window/group"
_CARD = "window/card"
# The views kept between starts: the held and away lists are brought back by what they
# list (the digest, the absence), their Esc's view kept in their place.
_KEPT_KINDS = frozenset(
    (
        ViewKind.ALL,
        ViewKind.URGENT,
        ViewKind.ACTION,
        ViewKind.DUE,
        ViewKind.INFO,
        ViewKind.NOISE,
        ViewKind.DONE,
        ViewKind.GROUP,
    )
)
MIN_WIDTH = 640
# The first window's size where the screen has room for it (1920x1080, 1600x900).
FIRST_SIZE = QSize(1200, 760)
# Qt's QWIDGETSIZE_MAX: no upper bound on a widget's width.
_NO_LIMIT = 16_777_215
# The status bar's own spacing around a passing message, in pixels.
_MESSAGE_MARGIN = 24
# Room between the status bar's widgets, more than its layout's, measured or not: a
# crowded bar found roomy would elide the words it should have kept whole.
_STATUS_SPACING = 8
# Each pane's least width and its share of a change in the window's width: the views keep
# their names (elided past about ten characters), a card its badges, sender and time,
# the reading pane a few words a line.
_PANE_MINIMUMS = ((130, 0), (290, 1), (170, 1))
# A task moves in Action when it falls due within 5 hours, falls due, and is long late: a
# minute after, not five (a task late for minutes stood at the head of Action). A rerank
# that moves nothing writes nothing, and the list is not read again.
RERANK_INTERVAL_MS = 60 * 1000
# Texts worded against the clock ("due in 12 min") are redrawn this often.
# How often the clock is looked at for a new minute, to word "due in 9 min" anew. Not a
# minute: a timer runs on the steady clock, and after sleep or a clock set forward the
# cards read hours old for up to a minute (a week-long tester's run).
AGEING_CHECK_MS = 5 * 1000
# However many sync batches arrive, the list re-reads the store at most this often: a
# flood of a thousand messages a second would otherwise keep the GUI thread busy.
REFRESH_SPACING_MS = 400
# Shift+C asks first when the view's badge counts more unread than this: a stray Shift+C
# marked hundreds read without a word (undo exists, but a bulk change that size is asked
# about); a handful is marked at once.
MARK_ALL_WITHOUT_ASKING = 50
# How long "已将 193 条…标为已读 … 撤销" stands after Shift+C: a mark of hundreds ends
# seconds after Enter, while the user looks at the list and the badges, and in 6 s it
# had gone before they looked down (a tester saw only 已同步, and no undo).
MARKED_ALL_SAID_MS = 20_000
# How long Ctrl+Z's words stay: 4 s passed unread while the eyes were on the list (a tester).
UNDO_SAID_MS = 8000
# A card that came under the cursor by arriving, not by the user's move, this recently is
# not what a key pressed now was meant for: `e` every 0.12 s swept a new @me request into
# Done unseen (a tester). Longer ago, the user has had it in the reading pane.
ARRIVAL_GRACE = timedelta(seconds=1.5)
# How long the status bar says what quiet hours held, once they end: read on arrival.
# Go → Held while quiet (Ctrl+7) lists them after.
DIGEST_SHOWN_MS = 10 * 60_000
# An absence that began no earlier than this before the quiet run a digest sums up spans
# nearly what it does: 离开期间 is not listed beside it (see MainWindow._away_listed).
AWAY_BESIDE_QUIET = timedelta(hours=1)
# What came while the user was away is counted again at most this often, after sync
# batches and reads: its unread part reads each card's row (83 ms for a weekend at
# 1,000,000 messages, 350 ms for two weeks away, all unread), on the store thread that
# also takes the user's marks.
AWAY_RECOUNT_MS = 5000
# A day is noted as one desk was used on this long after it is first looked at, not at
# once: the first reads find a damaged store, and nothing may be written to it before
# (the start then kept the file as found for a rescue); a start quit within the minute
# is no day of use either.
GUIDE_NOTE_MS = 60_000
# A DING that came up under the selection (the one above confirmed, or taken back) is
# read once it has been in the reading pane this long: a press sooner is the second half
# of `a a` (150 ms, a tester). At 5 s, a tester who read the next DING and pressed `a`
# was told to press it again.
DING_READ_GRACE = timedelta(seconds=1)
# How long "press a again" stands in the status bar: the press that answers it confirms.
TOLD_AGAIN_MS = 8000
# How long after the user pressed the mouse on a DING's pop-up `a` in this window is meant
# for that DING, whichever card is selected (see note_popup_ding).
POPUP_A_GRACE = timedelta(seconds=5)
# The groups whose first screen is laid out ahead after the start (see _warm_views), the
# most unread first.
WARMED_GROUPS = 3


class _ViewMark:
    """A Shift+C: its steps on the store thread, and how far the window has taken it.

    A plain class, and _Undo a NamedTuple, not dataclasses: this module loads before the
    first paint, where a dataclass costs about 0.5 ms of the GUI thread to create (issue 8).
    """

    __slots__ = ("started", "steps", "taken_back", "unread", "view")

    def __init__(self, view: View, steps: ViewReadMark) -> None:
        self.view = view
        self.steps = steps
        # The view's badge as it began: what its progress counts towards.
        self.unread = 0
        self.started = False
        self.taken_back = False


class _Undo(NamedTuple):
    """How to take one change back, and which message to select afterwards."""

    revert: Callable[[], object]
    # None after a change to a whole view: the selection stays on its row.
    message_id: int | None
    # What the change was, said when it is taken back ("marked done"); a whole view's
    # mark says how many it marked once taken back.
    what: str = ""
    # A whole view marked read: taken back step by step, not by `revert`.
    view_mark: _ViewMark | None = None


# What the sync status says that a notice must not cover (see MainWindow.show_notice).
_SYNC_TROUBLES = frozenset({SyncState.OFFLINE, SyncState.SIGN_IN, SyncState.STOPPED})


class MainWindow(QMainWindow):
    """Signals: settingsRequested(), addAccountRequested(), accountsRequested(),
    aboutRequested() and passphraseChangeRequested() from the menu (the app layer owns the
    stores and knows the data dir);
    urgentUnread(int) whenever the count of unread urgent items is recounted (the last
    count is `urgent_unread`);
    acknowledgeRequested(int) for `a` on a DING's card, or the banner's or tray's Confirm (see
    confirm_ding); quitRequested() from the menu;
    closedToTray() when closing the window left desk running in the tray;
    dingComposeRequested() and dingRosterRequested() from the DING menu;
    postComposeRequested() from Message → New message… (Ctrl+N);
    dingUnreportedRequested(InboxRow, tuple) from DING 未报的 (the card, the units);
    textSizeRequested(int) from the View menu: 1 larger, -1 smaller, 0 the normal size
    (the app layer applies and keeps it; see set_text_size).
    """

    settingsRequested = Signal()
    # The settings at their quiet hours (the first days' guide).
    quietHoursRequested = Signal()
    addAccountRequested = Signal()
    accountsRequested = Signal()
    # "retry now" on the offline status: sync tries again without waiting out its back-off.
    retryRequested = Signal()
    invitesRequested = Signal()
    # Help → About desk: the app layer knows the data dir it names.
    aboutRequested = Signal()
    # desk → Change passphrase…, offered (passphrase_action shown) by the app layer where
    # the store's key is under a passphrase.
    passphraseChangeRequested = Signal()
    # The refused sign-in's link: Add account, filled in for that account (its id; 0: not
    # known).
    signInAgainRequested = Signal(int)
    # The link after "sync stopped" on a damaged database: what the user can do.
    damageHelpRequested = Signal()
    urgentUnread = Signal(int)
    acknowledgeRequested = Signal(int)
    quitRequested = Signal()
    closedToTray = Signal()
    dingComposeRequested = Signal()
    dingRosterRequested = Signal()
    postComposeRequested = Signal()
    # DING 未报的: the user's own notice (an InboxRow) and the units not reported on it.
    dingUnreportedRequested = Signal(object, object)
    textSizeRequested = Signal(int)
    # A message marked done or unread, moved to a tier, or that undone: its alerts may end.
    itemsChanged = Signal()

    def __init__(
        self,
        queries: InboxQueries,
        ops: StoreOps,
        clock: Clock,
        tz: ZoneInfo,
        *,
        has_tray: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        refresh_spacing_ms: int = REFRESH_SPACING_MS,
        away_recount_ms: int = AWAY_RECOUNT_MS,
        mark_step_rows: int = STEP_ROWS,
        no_account_hint: bool = False,
        roll_calls_after_paint: bool = False,
        opening_after_services: bool = False,
    ) -> None:
        """`no_account_hint`: with no account at all, the status bar says how to add one
        (the administrator turned the demo off; otherwise the demo comes with the first
        sync). `roll_calls_after_paint`: the cards shown first are read without their roll
        calls, which a re-read just after the first paint brings (see
        InboxModel.hold_roll_calls). `opening_after_services`: that re-read and the
        opening rerank wait, after the first paint, for `start_opening_work` (the
        services' first store jobs queued: the DING banner comes before them)."""
        super().__init__()
        self._no_account_hint = no_account_hint
        # Group invites waiting: with no group joined yet, the empty list points to them.
        self._invites = 0
        self._has_tray = has_tray
        self._mark_step_rows = mark_step_rows
        # The Shift+C being asked about, stepping, or being taken back: one at a time.
        self._view_mark: _ViewMark | None = None
        self._group_names: dict[int, str] = {}
        # Shift+C's question while it is asked.
        self.mark_question: QMessageBox | None = None
        # Asked before an urgent, DING or @me message goes to Noise (see _correct).
        self.correct_question: QMessageBox | None = None
        self._queries = queries
        self._ops = ops
        self._tz = tz
        self._undo: list[_Undo] = []
        self._selecting = False
        # The card the user answered 收到 while it was selected, and the cards around it
        # then: answered, it sinks in the list, and the selection stays at its place, on
        # the card that followed it, as after `e`, instead of following it down to the
        # cards of days ago (a tester lost her place after a reply). Not after a reply
        # written in the box: see `_reply_queued`.
        self._answered_card: tuple[int, Sequence[int]] | None = None
        # What the status bar says of the card shown, which another view makes stale.
        self._card_note: str | None = None
        # A waiting DING that came to stand under the selection when the one above it was
        # confirmed, and when: nobody has read it yet, however quick the next `a`, until it
        # has been in the reading pane a while (see DING_READ_GRACE).
        self._moved_under: tuple[int, datetime] | None = None
        # The DING of a pop-up the user last pressed the mouse on, and when (note_popup_ding).
        self._popup_ding: tuple[int, datetime] | None = None
        # Whose DINGs each confirmation under way confirms, as said when it was asked for
        # (see dings_confirmed_by): the card, shown confirmed, no longer says.
        self.confirming_owed: dict[int, tuple[tuple[str, str], ...]] = {}
        # The DING last said to want a second `a`: not said so again when a re-read lands
        # the selection on it anew (a tester's took three presses).
        self._told_again: int | None = None
        # The DING the status bar said to press `a` again for, and when: the press that
        # answers it confirms, whatever re-read landed the selection on it meanwhile (a
        # tester's second DING was refused twice, 2 s apart, as if it had just come up).
        # Only the user's own move to another card forgets it (see `_on_current`).
        self._told_at: tuple[int, datetime] | None = None
        # A card that arrived under the selection, and when: see ARRIVAL_GRACE.
        self._arrived_under: tuple[int, datetime] | None = None
        self._asked_for: int | None = None
        # The cards marked done that the search shown finds, counted on the store thread
        # for what the list says of Done; its generation drops a count started before the
        # last (a card marked done since).
        self._done: DoneTally | None = None
        self._done_generation = 0
        self._done_say = False
        # The search whose count in Done the status bar said: once a search, not after
        # each card marked done in it.
        self._done_said = ""
        self._quitting = False
        self._counting = False
        # The first screens of the views a user goes to next laid out (see _warm_views):
        # once the groups are counted and the opening work may start.
        self._views_warmed = False
        self._counted_groups: Sequence[GroupCount] | None = None
        self._opening_started = False
        self.urgent_unread = 0
        self._count_again = False
        # Changes asked (`_change`) whose store job has not come back: only the last one
        # back shows its counts and re-read.
        self._changes_queued = 0
        self._refreshing = False
        self._refresh_again = False
        self.setWindowTitle(self.tr("desk"))
        # Half of a 1280-pixel-wide screen (1920 at 150 %), for snapping beside another
        # window; the panes' own minimums below keep each of them usable there.
        self.setMinimumSize(MIN_WIDTH, 480)
        # Smaller on a small screen (1366x768 less a taskbar; 1920x1080 at 150 %), where
        # 1200x760 hid the status bar below the screen's edge: the size brought down from
        # the maximised first window there (see restore_layout).
        size_for_first_start(self, FIRST_SIZE)
        self._kept_on_screen = KeptOnScreen(self)

        self.sidebar = Sidebar()
        self.model = InboxModel(queries, tz, clock, self)
        self.list = InboxView()
        self.list.set_empty_text(self._empty_text)
        self.list.setModel(self.model)
        self.list.rowsOnScreenChanged.connect(self.model.set_rows_on_screen)
        self.list.endWanted.connect(self._go_to_end)
        # End's read to the view's last card is under way.
        self._ending = False
        self.model.rowsInserted.connect(self._first_results)
        self.cards = InboxDelegate(tz, clock, self.list)
        self.list.setItemDelegate(self.cards)
        self.list.fit_rows()
        self.search = SearchField()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.detail = DetailPane(
            tz,
            clock,
            attachment_of=queries.attachment,
            copies_of=queries.copies,
            ack_words_of=queries.ack_words,
            confirmed_as_of=queries.confirmed_as,
            picture_of=self._read_picture,
        )
        self.model.viewChanged.connect(self._mark_search)

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        # How many cards the search found, beside the box it was typed in (a tester had
        # to count them); gone with the search.
        # Elided where the search box beside it needs the room: the held list's line
        # is long (its whole in the tooltip).
        self.found_label = ElidedLabel(8)
        self.found_label.setObjectName("foundLabel")
        self.found_label.setContentsMargins(6, 0, 6, 0)
        self.found_label.hide()
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        # The sidebar's place where the window is too narrow for it (see PaneSplitter).
        self.views_button = ViewsButton(self.sidebar)
        self.views_button.hide()
        search_row.addWidget(self.views_button)
        search_row.addWidget(self.search)
        search_row.addWidget(self.found_label)
        column.addLayout(search_row)
        column.addWidget(self.list)
        self.model.modelReset.connect(self._show_found)
        self.model.paged.connect(self._show_found)
        # Under the cards, when the store could not read the view further (see
        # _show_read_failure): the list just ended there, and Qt asked for it again.
        self.list_note = QLabel()
        self.list_note.setObjectName("listNote")
        self.list_note.setWordWrap(True)
        self.list_note.setContentsMargins(10, 4, 10, 4)
        set_tone(self.list_note, WARNING)
        self.list_note.hide()
        column.addWidget(self.list_note)
        # Queued: a row's read fails inside the list's paint, where a label shown and the
        # viewport updated would paint again from within it.
        self.model.readFailed.connect(self._show_read_failure, Qt.ConnectionType.QueuedConnection)
        self.model.readRecovered.connect(self._hide_read_failure)
        self.model.modelReset.connect(self.list_note.hide)
        # The reply box under the message it answers: the message stays in sight while
        # the reply is written (R, or the pane's link).
        self.reply_box = ReplyBox(ops)
        reading = ReadingColumn(self.detail, self.reply_box)
        splitter = PaneSplitter(self.sidebar.names_width)
        splitter.foldedChanged.connect(self._fold_sidebar)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(middle)
        splitter.addWidget(reading)
        splitter.setSizes([230, 560, 410])
        # A pane dragged to nothing could not be found again (there is no menu for it),
        # and Enter opens a message in the reading pane: none of them folds away. A
        # narrow window narrows the list and the reading pane, not the views.
        splitter.setChildrenCollapsible(False)
        for pane, (least, stretch) in zip(
            (self.sidebar, middle, reading), _PANE_MINIMUMS, strict=True
        ):
            pane.setMinimumWidth(least)
            splitter.setStretchFactor(splitter.indexOf(pane), stretch)
        self._splitter = splitter
        self._layout_file: Path | None = None
        self.ding_banner = DingBanner(clock, tz)
        # While the demo workspace is there, its messages are invented, and a line over
        # the inbox (and the DING banner) says so always: its DINGs rang as real orders
        # (IT staff). Never elided: whole or not at all. With no account at all (the demo
        # turned off), how to add one.
        self.demo_label = LinkedStatus(least_chars=100)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.layout().setContentsMargins(10, 4, 10, 4)
        bold = self.demo_label.said.font()
        bold.setBold(True)
        self.demo_label.said.setFont(bold)
        set_tone(self.demo_label.said, WARNING)
        self.demo_label.linkActivated.connect(lambda _link: self.addAccountRequested.emit())
        self.demo_label.hide()
        central = QWidget()
        stack = QVBoxLayout(central)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        stack.addWidget(self.demo_label)
        # Held while no DING waits: nothing under it moves as one comes or goes.
        self.banner_place = BannerPlace(self.ding_banner)
        stack.addWidget(self.banner_place)
        # What came while the user was away (see _came_back): across the window, where
        # its counts are read whole; in the list's column they were cut at 1366 px.
        self.away_line = AwayLine()
        self.away_line.showRequested.connect(self.show_away)
        self.away_line.dismissed.connect(self._away_dismissed)
        self._absence: Absence | None = None
        self._away_closed = False
        self._counting_away = False
        self._count_away_again = False
        # A count found something came: recounts are spaced from then on (see _recount_away).
        self._away_found = False
        # The last count of what came while away: the list's label says its unread too.
        self._away_came: CameWhileAway | None = None
        self._away_recount = Throttle(self._count_away, away_recount_ms, self)
        stack.addWidget(self.away_line)
        # Under the banner and the away line: at 150 % on a 768 px screen it takes its
        # lines from the list, never them off the screen.
        self.guide = FirstDaysGuide()
        self.guide.quietHoursRequested.connect(self.quietHoursRequested)
        self.guide.dismissed.connect(self._guide_closed)
        # The day desk was last seen in use on: the guide is looked at again on the next.
        self._guide_day: date | None = None
        self._guide_note = QTimer(self)
        self._guide_note.setSingleShot(True)
        self._guide_note.setInterval(GUIDE_NOTE_MS)
        self._guide_note.timeout.connect(self._note_day_used)
        stack.addWidget(self.guide)
        stack.addWidget(splitter, 1)
        self.setCentralWidget(central)
        # The cards have the keys when the window opens, not the first of Tab's order: ↓
        # changed the view there.
        self.list.setFocus()
        self.focus_ring = FocusRing(self)

        # Whether desk is offline comes before the calendar warning beside it.
        self.sync_label = LinkedStatus(least_chars=8)
        self.sync_label.set_text(self.tr("Starting…"))
        # Its links: signing in again when the server refused the sign-in, retrying now
        # when offline.
        self.sync_label.linkActivated.connect(self._on_status_link)
        self._retry_at = datetime.min.replace(tzinfo=tz)
        self._offline_because = ""
        self._offline_account: str | None = None
        # The account whose sign-in the server refused: the one 重新登录 signs in again.
        self._sign_in_account_id = 0
        # Why sync waits to retry: a code of the sync worker's (network, store_full,
        # triage, ...). Not every one is the network's.
        self._offline_code = ""
        # Whether the sync label says a short thing (up to date), kept whole by
        # `_fit_status`; the years the calendar warning names, and whether it is worded
        # short (None: not worded yet).
        self._sync_brief = False
        self._calendar_years = ""
        self._calendar_count = 0
        self._calendar_short: bool | None = None
        # Until the first sync has settled (up to date, offline, no account…), an empty
        # store is still loading: a first start on a new data folder said 这里没有消息。 for
        # the 3 s before the demo came (a tester).
        self._first_sync_pending = True
        # What the first sync is doing, said under the loading words while the list is
        # empty (正在整理 120 条新消息…): seconds of a bare 正在载入 read as a hang.
        self._loading_step = ""
        self._first_sync_settled = False
        self._workspace: Workspace | None = None
        # Whether a passing message asked the calendar warning to take its short form.
        self._short_for_message = False
        # The focus policies of the status bar's words that gave way (see _give_way).
        self._gone_focus: dict[QWidget, Qt.FocusPolicy] = {}
        self._retry_tick = QTimer(self)
        self._retry_tick.setInterval(1000)
        self._retry_tick.timeout.connect(self._show_retry)
        self.count_label = QLabel()
        self.quiet_indicator = QuietIndicator(tz)
        self.calendar_warning = LinkedStatus()
        set_tone(self.calendar_warning.said, WARNING)
        # Its link opens the settings, whose first tab is where those days are added.
        self.calendar_warning.linkActivated.connect(lambda _link: self.settingsRequested.emit())
        self.calendar_warning.hide()
        # Its passing messages elide; QStatusBar's own were cut mid-word (tester).
        self.status_bar = StatusBar()
        self.setStatusBar(self.status_bar)
        # Its link: 撤销 in "按 Ctrl+Z 撤销" (see _say_undoable).
        self.status_bar.messageLinkActivated.connect(self._undo_last)
        # What quiet hours held, said when they end: a click lists those messages. First
        # in the bar, its link 查看 first in it: placed after the sync state, and before
        # its words, it moved whenever the words right of it came or changed width, the
        # quiet switch's first state and the calendar warning at the end of the start,
        # 320 px left onto 设置节假日 under a click aimed at it (a tester). Where nothing
        # comes before it, it stays put; its words elide after it.
        self.digest_label = LinkedStatus(least_chars=12, link_first=True)
        self.digest_label.setObjectName("digestLabel")
        self.digest_label.said.elide_at_breaks(True)
        self.digest_label.set_clickable("held")
        self.digest_label.linkActivated.connect(lambda _link: self._show_digested())
        self.digest_label.hide()
        self._digest_timer = QTimer(self)
        self._digest_timer.setSingleShot(True)
        self._digest_timer.setInterval(DIGEST_SHOWN_MS)
        self._digest_timer.timeout.connect(self._hide_digest)
        # The view the held list was opened from, where Esc goes back to.
        self._before_held = View()
        self._held_tip = ""
        # The HELD list shown, as far as paged, and its cards and those alerted, counted.
        self._held_counted: tuple[tuple[View, tuple[int, ...]], tuple[int, int]] | None = None
        # The list of the digest said in the status bar, for its link.
        self._digested: tuple[View, str] | None = None
        # When the quiet run that digest sums up began (None: not said), and when the
        # digest was said (that run had ended by then).
        self._digest_began: datetime | None = None
        self._digest_at = datetime.min.replace(tzinfo=tz)
        self.statusBar().addWidget(self.digest_label)
        self.statusBar().addWidget(self.sync_label, 1)
        # A group not joined sends nothing: an invite waiting is said where it is seen.
        self.invites_label = LinkLabel()
        self.invites_label.linkActivated.connect(lambda _link: self.invitesRequested.emit())
        self.invites_label.hide()
        self.statusBar().addPermanentWidget(self.invites_label)
        # The quiet switch left of the calendar link: its width changes (· 3 held), which
        # moved the link under a click aimed at it, onto the switch (tester).
        self.statusBar().addPermanentWidget(self.quiet_indicator)
        self.quiet_indicator.reworded.connect(self._fit_width)
        self.statusBar().addPermanentWidget(self.calendar_warning)
        self.statusBar().addPermanentWidget(self.count_label)
        # While a reply, or a new message, waits for the server (offline): said until it
        # is sent.
        self._replies_waiting = 0
        # DINGs confirmed offline, each confirmation waiting to go (see _say_pending).
        self._confirmations_waiting = 0
        self._posts_waiting = 0
        self.reply_pending_label = QLabel()
        self.reply_pending_label.setObjectName("replyPending")
        self.reply_pending_label.hide()
        self.statusBar().addPermanentWidget(self.reply_pending_label)
        self.reply_box.said.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.reply_box.pendingChanged.connect(self._replies_pending)
        # A card holding a reply written and not sent says so ([草稿]) until it is sent
        # or cleared.
        self.reply_box.draftsChanged.connect(self.model.set_drafted)
        self.reply_box.closed.connect(self.list.setFocus)
        self._chain_tab_order()
        KeysHomeOnHide(self.list, (self.ding_banner, self.away_line, self.guide))
        self.reply_box.replyRequested.connect(self._reply)
        self.reply_box.shouDaoRequested.connect(self._reply_shou_dao)
        self.reply_box.queued.connect(self._reply_queued)
        # The banner's Confirm as `a` on the DING's card (see confirm_ding).
        self.ding_banner.acknowledgeRequested.connect(self.confirm_ding)
        self.statusBar().messageChanged.connect(self._room_for_message)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.sidebar.viewChosen.connect(self._choose_view)
        self.ding_banner.openRequested.connect(self._show_banner_ding)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.clicked.connect(self._on_click)
        # A card marked done or brought back changes what Done holds of the search.
        self.itemsChanged.connect(self._recount_done)
        self._add_actions()
        self._clock = clock
        # A notice that gives way to a sync problem (see show_notice): its words, short
        # wording and until when it is to be said; and whether a sync problem is said.
        self._notice: tuple[str, str, datetime] | None = None
        self._notice_waiting = False  # it gave way to a sync problem (or came during one)
        # Notices that came while another was said: each after it, for its whole time.
        # At the start, the policy's warning went after a second under the sound warning
        # (IT): no notice cuts another short.
        self._notices_next: list[tuple[str, str, int]] = []
        self.status_bar.messageChanged.connect(self._notice_ended)
        self._sync_troubled = False
        # The last status sync said, each account's in it: the Accounts dialog lists them.
        self.sync_status: SyncStatus | None = None
        self._reranking = False
        # The store was found damaged: nothing more is written to it (see stop_writing).
        self._writes_stopped = False
        # When the last whole rerank ran: the next reads only what fell long overdue since.
        self._reranked_at: datetime | None = None
        # The view and card a notification opened, while the store thread pages to it.
        self._opening: tuple[View, int] | None = None
        self._rerank_timer = QTimer(self)
        self._rerank_timer.setInterval(RERANK_INTERVAL_MS)
        self._rerank_timer.timeout.connect(self.rerank)
        self._rerank_timer.start()
        self._aged_at = self._minute()
        # The user's today, which Due today lists: moved on at midnight by the minutely
        # check below (left running overnight, in the tray or quiet).
        self._today = self._today_now()
        self.sidebar.set_today(self._today)
        self._ageing_timer = QTimer(self)
        self._ageing_timer.setInterval(AGEING_CHECK_MS)
        self._ageing_timer.timeout.connect(self._age_on_a_new_minute)
        self._ageing_timer.start()
        self._refresh_throttle = Throttle(self._start_refresh, refresh_spacing_ms, self)
        # Whether the selected card is one the user went to, not the first card desk showed.
        self._user_chose = False
        # Whether return_to took over another window's place (see restore_layout).
        self._returned = False
        if roll_calls_after_paint:
            self.model.hold_roll_calls()
        # Rows a paint finds uncached come from the store thread (see read_rows_with)...
        self.model.read_rows_with(ops.run, functools.partial(ops.run, first=True))
        # ...and the first screen's with the first page, before the first paint, as many
        # as the screen could show: the list is laid out (maximised, restored) only later,
        # and the rest of a tall window's first cards waited behind the store thread's
        # start-up work, drawn empty.
        self.model.set_rows_on_screen(self._rows_the_screen_fits())
        self._show_view(View())
        if self.model.read_error is not None:
            # A store damaged inside: desk's start offers Start afresh (desk.app.gui).
            raise self.model.read_error
        # Scores age while desk is closed: opened on a Monday, Friday's tasks late by then
        # listed as if just late until the first timed rerank. After the first paint, which
        # shows the order as stored: its steps on the store thread held the GIL meanwhile
        # (a cold start of 0.94 s against 0.53 on a 100,000-message store whose scores had
        # all to move); its re-read then moves what it moved.
        self._opening_rerank = AfterFirstPaint(self.list.viewport(), self._opening_painted)
        self._roll_calls_held = roll_calls_after_paint
        # The opening work waits for `start_opening_work`, and whether the paint came.
        self._opening_held = opening_after_services
        self._opening_due = False
        # When the user was last here is a store read: after the first paint too.
        self.presence = PresenceWatch(self, queries, ops, clock)
        self.presence.returned.connect(self._came_back)
        self.presence.stored.connect(self._away_known)
        # Ctrl+7 or Ctrl+8 pressed before the start's store reads could answer it: the
        # view shown then, to go on from once the answer comes (see `_answer_later`).
        self._held_asked_in: View | None = None
        self._away_asked_in: View | None = None
        self._presence_start = AfterFirstPaint(self.list.viewport(), self.presence.start)
        self._hold_the_banners_place()
        # Read here, not with the counts a moment later: the line over the inbox, appearing
        # after the first paint, moved the inbox down under the reader's eyes.
        self._show_workspace(queries.workspace())
        self._look_at_guide()
        self._update_counts()

    def _rows_the_screen_fits(self) -> int:
        """The cards the list could show at most on this window's screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        height = max(1, self.list.verticalHeader().defaultSectionSize())
        tall = screen.availableGeometry().height() if screen is not None else 0
        return max(self.list.rows_on_screen(), -(-tall // height))

    def _opening_painted(self) -> None:
        # The page statements, at once on a thread of their own: they read no store. As
        # background work of the store thread they waited behind the first counts (at
        # 100,000 messages seconds, the bench's all unread) and the services' start, and a
        # first click on a group just after the counts showed compiled its statements on
        # the GUI thread (13 ms of its CPU, 40 with a loaded machine's waits). The store
        # thread's job (`_after_first_paint`) then finds them compiled.
        threading.Thread(target=warm_page_statements, name="desk-warm-pages", daemon=True).start()
        if self._opening_held:
            self._opening_due = True
        else:
            self._after_first_paint(self._roll_calls_held)

    def start_opening_work(self) -> None:
        """The re-read and rerank held after the first paint (`opening_after_services`)
        go to the store thread now, or just after the paint if it has not come yet. On a
        restarted 100,000-message desk they took 6 s of the store thread, and the DING
        banner's round waited behind them (issue 8)."""
        self._opening_held = False
        if self._opening_due:
            self._opening_due = False
            self._after_first_paint(self._roll_calls_held)

    def _after_first_paint(self, roll_calls_held: bool) -> None:
        # The page statements of the views a user goes to next (any group, the tiers),
        # compiled in the store thread's spare time: background work, which the user's
        # next job passes. Compiled at the first switch to each, on the GUI thread.
        self._ops.run(warm_page_statements, later=True, once="warm page statements")
        # The roll calls' rules, on the store thread, not on a thread of their own: its
        # converter to simplified characters (OpenCC, C++) held the GIL there waiting for
        # the loader's lock, while the store thread, loading QtMultimedia for the services,
        # held that lock and waited for the GIL to log a Qt message: desk hung (a test).
        self._ops.run(roll_calls.warm, later=True, once="warm roll calls")
        if roll_calls_held:
            # The cards and the reading pane as read before the paint lack their roll
            # calls (本镇还没报 · 已报 5/6): re-read, they gain them a moment later.
            self.model.release_roll_calls()
            self.request_refresh()
        self.rerank(opening=True)
        # After them: the cards laid out ahead are of the order as reranked.
        self._opening_started = True
        self._warm_views()

    def _hold_the_banners_place(self) -> None:
        """Shows, before the first paint, the DING banner the escalation will show a moment
        after it, when the first card is a DING waiting for confirmation (they lead their
        tier): read from the card the pane shows already, not from the escalation's store,
        whose loading cost the start 10 ms (reading the first page's other rows, 12).
        Its place is held (BannerPlace): this spares the reader the quiet line turning red
        a moment after the window appeared."""
        first = self.model.inbox_row(0) if self.model.rowCount() else None
        # A DING itself, not a card pinned by a DING folded into it: that pin may outlive
        # its ladder (the DING recalled), and the banner would come and go.
        if first is not None and first.pinned and first.ding:
            self.ding_banner.show_waiting(first)

    # actions

    def _add_actions(self) -> None:
        def action(text: str, keys: list[str], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(self.tr("Next message"), ["J"], lambda: self._move(1))
        self.prev_action = action(self.tr("Previous message"), ["K"], lambda: self._move(-1))
        self.open_action = action(self.tr("Open message"), ["Return", "Enter"], self._open)
        self.done_action = action(self.tr("Mark done"), ["E"], self._mark_done)
        self.detail.set_done_key(key_text(self.done_action.shortcut()))
        # Del, as a mail program's Delete takes a message out of the inbox (a Windows user
        # pressed it and nothing happened): 已办 is the nearest, and it is taken back as
        # `e` is, by its 撤销 link or Ctrl+Z. In Done it does not bring the card back.
        self.delete_action = action(
            self.tr("Mark done (as e)"),
            ["Delete"],
            self._delete_key,
        )
        self.unread_action = action(self.tr("Mark unread"), ["U"], self._mark_unread)
        # Shift+C, as Thunderbird marks a folder read.
        self.all_read_action = action(
            self.tr("Mark all in this view read"), ["Shift+C"], self._mark_all_read
        )
        self.undo_action = action(self.tr("Undo"), [], self._undo_last)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.search_action = action(self.tr("Search"), ["/"], self._focus_search)
        # Ctrl+F too, the search key of every other program (a tester pressed it first).
        finds = QKeySequence.keyBindings(QKeySequence.StandardKey.Find) or [QKeySequence("Ctrl+F")]
        self.search_action.setShortcuts([QKeySequence("/"), *finds])
        self.ack_action = action(self.tr("Confirm DING"), ["A"], self._acknowledge)
        # R, as mail programs reply: a box under the reading pane, quoting whom it answers.
        self.reply_action = action(self.tr("Reply…"), ["R"], self._reply)
        # The reply sent all day to notices (many units count a notice without one unread).
        self.reply_shou_dao_action = action(
            self.tr("Reply 收到"), ["Shift+R"], self._reply_shou_dao
        )
        # T, for the thread it came in: what a 收到 answered, what a notice was asked.
        self.conversation_action = action(
            self.tr("Show conversation"), ["T"], self._show_conversation
        )
        # Ctrl+C on the list only: in the search box and the reading pane it copies what is
        # selected there, as everywhere else.
        self.copy_action = QAction(self.tr("Copy message"), self.list)
        self.copy_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self._copy_message)
        self.list.addAction(self.copy_action)
        names = {
            Tier.URGENT: self.tr("Move to Urgent"),
            Tier.ACTION: self.tr("Move to Action"),
            Tier.INFO: self.tr("Move to Info"),
            Tier.NOISE: self.tr("Move to Noise"),
        }
        # The keys 1-4, in the tiers' order.
        self.correct_actions = {
            tier: action(names[tier], [str(key)], lambda _c=False, t=tier: self._correct(t))
            for key, tier in enumerate(names, start=1)
        }
        # Ctrl+digit, as browsers and chat clients switch tabs: the bare digits move a card.
        self.view_actions = [
            action(
                self.tr("Go to %1").replace("%1", as_written(view_name(kind))),
                [view_key(kind)],
                lambda _checked=False, kind=kind: self.sidebar.select_view(kind),
            )
            for kind in VIEW_ORDER
        ]
        # Listed last in the sidebar, after the held and away lists, as its digit is.
        self.due_action = action(
            self.tr("Go to %1").replace("%1", as_written(view_name(ViewKind.DUE))),
            [view_key(ViewKind.DUE)],
            lambda _checked=False: self.sidebar.select_view(ViewKind.DUE),
        )
        # Ctrl+G, as editors go to a line: a group found by a part of its name.
        self.group_action = action(self.tr("Go to group…"), ["Ctrl+G"], self._choose_group)
        self.group_switcher: GroupSwitcher | None = None
        # Ctrl+7, after the six views: listed under them once quiet hours have held any.
        self.held_action = action(
            view_name(ViewKind.HELD), [view_key(ViewKind.HELD)], self.show_held
        )
        # Ctrl+8: what came while the user was away, listed once they come back.
        self.away_action = action(
            view_name(ViewKind.AWAY), [view_key(ViewKind.AWAY)], self.show_away
        )
        self.away_line.retranslate(key_text(self.away_action.shortcut()))
        self.quiet_indicator.set_held_key(key_text(self.held_action.shortcut()))
        self.quiet_indicator.heldRequested.connect(self.show_held)
        # Before Ctrl+7's answer (_held_known): a key pressed while the state was unknown
        # finds the list already there.
        self.quiet_indicator.stateShown.connect(self._follow_held)
        self.quiet_indicator.stateShown.connect(self._held_known)
        self.quiet_indicator.notQuiet.connect(self._drop_holding)
        self._build_menus()
        self.quiet_indicator.settingsRequested.connect(self.settings_action.trigger)
        self.guide.say(
            *(
                key_text(act.shortcut())
                for act in (
                    self.next_action,
                    self.prev_action,
                    self.open_action,
                    self.ack_action,
                    self.shortcuts_action,
                )
            )
        )
        self.back_action = action(self.tr("Back to list"), ["Escape"], self._back_to_list)
        # Down from the search box into its cards, as from any search field to its list
        # (a tester pressed it and stayed in the box). The box's own: elsewhere Down moves.
        self.into_results_action = QAction(self.tr("Go to the results"), self.search)
        self.into_results_action.setShortcut(QKeySequence("Down"))
        self.into_results_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.into_results_action.triggered.connect(self._into_results)
        self.search.addAction(self.into_results_action)

    def _menu(self, title: str) -> KeyMenu:
        """A menu of the menu bar, its keys written as F1 writes them (see KeyMenu)."""
        menu = KeyMenu(title, self)
        self.menuBar().addMenu(menu)
        return menu

    def _build_menus(self) -> None:
        desk_menu = self._menu(self.tr("&desk"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
        if not settings_action.shortcuts():
            settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.settingsRequested)
        desk_menu.addAction(settings_action)
        self.settings_action = settings_action
        # Each account, its state, and adding, signing in again and removing one: removing
        # took `desk account remove` at a terminal, which officials never open.
        self.accounts_action = QAction(self.tr("A&ccounts…"), self)
        self.accounts_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.accounts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # F1 names what is done there, the shared switch too (Alt+S there): a duty room's
        # account said shared nowhere else but at a terminal.
        self.accounts_action.setProperty(
            LISTED_AS,
            self.tr("Accounts (Alt+S there: shared or not)"),
        )
        self.accounts_action.triggered.connect(self.accountsRequested)
        desk_menu.addAction(self.accounts_action)
        add_account = QAction(self.tr("&Add account…"), self)
        add_account.triggered.connect(self.addAccountRequested)
        desk_menu.addAction(add_account)
        self.invites_action = QAction(self.tr("Group &invites…"), self)
        self.invites_action.triggered.connect(self.invitesRequested)
        desk_menu.addAction(self.invites_action)
        # Officials never open a terminal, where `desk passphrase` was the only way.
        self.passphrase_action = QAction(self.tr("Change &passphrase…"), self)
        self.passphrase_action.triggered.connect(self.passphraseChangeRequested)
        self.passphrase_action.setVisible(False)  # a key in the keychain has no passphrase
        desk_menu.addAction(self.passphrase_action)
        desk_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit desk"), self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        if not quit_action.shortcuts():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quitRequested)
        desk_menu.addAction(quit_action)
        self.quit_action = quit_action
        message_menu = self._menu(self.tr("&Message"))
        # Ctrl+N, as every program's New: a message of the user's own to a group, no DING.
        self.new_message_action = message_menu.addAction(self.tr("&New message…"))
        self.new_message_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_message_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_message_action.triggered.connect(self.postComposeRequested)
        message_menu.addSeparator()
        for act in (
            self.ack_action,
            self.open_action,
            self.reply_action,
            self.reply_shou_dao_action,
            self.conversation_action,
            self.copy_action,
            self.done_action,
            self.unread_action,
            self.all_read_action,
            self.undo_action,
        ):
            message_menu.addAction(act)
        # Confirm DING greyed there unless the selected card is a DING waiting for it (a
        # tester found it offered on a chat card). Only while the menu is open: `a` on
        # another card still brings up the DING that waits (see _acknowledge).
        message_menu.aboutToShow.connect(self._offer_confirming)
        message_menu.aboutToHide.connect(lambda: self.ack_action.setEnabled(True))
        message_menu.aboutToShow.connect(self._name_undo)
        message_menu.aboutToHide.connect(self._unname_undo)
        move_menu = KeyMenu(self.tr("Move to"), message_menu)
        message_menu.addMenu(move_menu)
        for act in self.correct_actions.values():
            move_menu.addAction(act)
        self._build_view_menu()
        go_menu = self._menu(self.tr("&Go"))
        for act in (self.next_action, self.prev_action, self.search_action):
            go_menu.addAction(act)
        go_menu.addSeparator()
        # As the sidebar lists them, and so in their digits' order.
        for act in (*self.view_actions, self.held_action, self.away_action, self.due_action):
            go_menu.addAction(act)
        go_menu.addSeparator()
        go_menu.addAction(self.group_action)
        ding_menu = self._menu(self.tr("D&ING"))
        self.new_ding_action = ding_menu.addAction(self.tr("&New DING…"))
        self.new_ding_action.setShortcut(QKeySequence("Ctrl+D"))
        self.new_ding_action.triggered.connect(self.dingComposeRequested)
        # The banner's snooze by keyboard: its choices open under its button. S, free of
        # the other single keys; Alt+S is the button's own.
        self.snooze_action = ding_menu.addAction(self.tr("&Remind me later…"))
        self.snooze_action.setShortcut(QKeySequence("S"))
        self.snooze_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.snooze_action.triggered.connect(self._offer_snooze)
        self.sent_dings_action = ding_menu.addAction(self.tr("DINGs I &sent…"))
        self.sent_dings_action.triggered.connect(self.dingRosterRequested)
        # The user's own notice asking units to report (已报 5/8): a DING to the members of
        # those not reported yet, in one step (see unreported_units).
        self.ding_unreported_action = ding_menu.addAction("")
        self.ding_unreported_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.ding_unreported_action.setProperty(LISTED_AS, unreported_name())
        self.ding_unreported_action.triggered.connect(self._ding_unreported)
        ding_menu.aboutToShow.connect(lambda: self._offer_unreported(self._current_row()))
        ding_menu.setToolTipsVisible(True)  # why DING 未报的 is greyed out
        self.detail.unreportedDingRequested.connect(self._ding_unreported)
        self._offer_unreported(None)
        # Help last, as in every Windows program, with About in it, where it is looked for.
        help_menu = self._menu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        # F1 anywhere; ? where no text field takes it as a character (the list, the panes).
        helps = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.setShortcuts([*(helps or [QKeySequence("F1")]), QKeySequence("?")])
        self.shortcuts_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.conversation_dialog: ConversationDialog | None = None
        # T's card and the widget that had the keys then, until its conversation is read
        # (see _conversation_read); None once the user went on (Esc, another card, R).
        self._conversation_asked: tuple[int, QWidget | None] | None = None
        # What a DING is, where a mouse user looks for it: only the first days' guide said
        # it, in passing (a tester found no entry in 帮助).
        self.ding_help_action = help_menu.addAction(self.tr("What is a &DING?"))
        self.ding_help_action.triggered.connect(self._explain_ding)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("A&bout desk…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.aboutRequested)
        help_menu.addAction(self.about_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_card_menu)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.customContextMenuRequested.connect(self._show_view_menu)

    def _explain_ding(self) -> None:
        ding = self.tr(
            "A DING is an urgent message that each person it names must confirm "
            "receiving. It rings through quiet hours and keeps alerting until you "
            "confirm it (a, or Confirm on the red banner). A DING of yours lists who "
            "has confirmed and who not yet, and can ring those again."
        )
        # With what the first days' guide, one line, leaves out: its keys, quiet hours.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "DING",
            f"{ding}\n\n{self.guide.more_words()}",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("ding_help")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _build_view_menu(self) -> None:
        """Text size, as browsers and office programs change it: Ctrl++ (Ctrl+= too, the
        same key unshifted), Ctrl+-, Ctrl+0. The cards' grey and red lines were about
        11 px, and neither the settings nor these keys made them larger (tester)."""
        view_menu = self._menu(self.tr("&View"))

        def sized(text: str, keys: list[QKeySequence], step: int) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(lambda _checked=False: self.textSizeRequested.emit(step))
            view_menu.addAction(act)
            return act

        zoom_in = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        zoom_out = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        larger_keys = [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        self.larger_action = sized(
            self.tr("&Larger text"),
            larger_keys + [k for k in zoom_in if k not in larger_keys],
            1,
        )
        smaller_keys = [QKeySequence("Ctrl+-")]
        self.smaller_action = sized(
            self.tr("&Smaller text"),
            smaller_keys + [k for k in zoom_out if k not in smaller_keys],
            -1,
        )
        self.normal_size_action = sized(self.tr("&Actual size"), [QKeySequence("Ctrl+0")], 0)
        view_menu.addSeparator()
        self.text_size_note = view_menu.addAction("")
        self.text_size_note.setEnabled(False)
        self.set_text_size(100, locked=False)

    def set_text_size(self, percent: int, *, locked: bool) -> None:
        """Says the text size in the View menu; an administrator's lock greys its items."""
        for act in (self.larger_action, self.smaller_action, self.normal_size_action):
            act.setEnabled(not locked)
            act.setToolTip(self.tr("Set by your administrator") if locked else "")
        self.text_size_note.setText(
            self.tr("Text size: %1 % (set by your administrator)").replace("%1", str(percent))
            if locked
            else self.tr("Text size: %1 %").replace("%1", str(percent))
        )

    def _chain_tab_order(self) -> None:
        """Tab goes as the window is read: the lines across the top, left to right (the
        demo line's link, the DING banner, the away line, the guide), then the panes
        (views and groups, the search, the cards, the message and the reply under it),
        then the status bar's links and switches; Shift+Tab back. From the status bar it
        went up to the banner and then to the views, past the away line and the guide,
        and never reached 查看 or 设置节假日 (a tester)."""
        banner, box = self.ding_banner, self.reply_box
        for first, then in pairwise(
            (
                self.demo_label.link,
                banner.open_button,
                banner.ack_button,
                banner.snooze_button,
                self.away_line.show_button,
                self.away_line.dismiss_button,
                self.guide.quiet_button,
                self.guide.dismiss_button,
                self.sidebar,
                self.views_button,
                self.search,
                self.list,
                self.detail,
                box.text,
                box.shou_dao_button,
                box.close_button,
                box.send_button,
                box.bar_reply,
                box.bar_shou_dao,
                self.digest_label.link,
                self.sync_label.link,
                self.invites_label,
                self.quiet_indicator,
                self.calendar_warning.link,
            )
        ):
            QWidget.setTabOrder(first, then)

    def shortcut_groups(self) -> list[ShortcutGroup]:
        """The window's keys by what they are for; a keyed action no group names is
        listed under Other, so that the overview cannot leave one out."""
        # The dialog's module comes with F1, not with the window (issue 8).
        from desk.ui.shortcuts_dialog import ShortcutGroup

        arrows = (("↑", "↓"), self.tr("Previous or next card"))
        ends = (
            tuple(key_text(QKeySequence(k)) for k in (Qt.Key.Key_Home, Qt.Key.Key_End)),
            self.tr("First or last card"),
        )
        # Shift+Tab too: the way back from the cards to the views and groups.
        tab = (
            tuple(key_text(QKeySequence(k)) for k in (Qt.Key.Key_Tab, "Shift+Tab")),
            self.tr("Next or previous pane"),
        )
        groups = [
            ShortcutGroup(
                self.tr("Navigate"),
                (
                    self.next_action,
                    self.prev_action,
                    self.open_action,
                    self.search_action,
                    self.into_results_action,
                    self.back_action,
                ),
                (arrows, ends, tab),
            ),
            ShortcutGroup(
                self.tr("Act on a card"),
                (
                    self.reply_action,
                    self.reply_shou_dao_action,
                    self.done_action,
                    self.delete_action,
                    self.unread_action,
                    self.conversation_action,
                    self.copy_action,
                    *self.correct_actions.values(),
                    self.all_read_action,
                    self.undo_action,
                ),
            ),
            ShortcutGroup(
                self.tr("Views"),
                (
                    *self.view_actions,
                    self.held_action,
                    self.away_action,
                    self.due_action,
                    self.group_action,
                ),
            ),
            ShortcutGroup(
                self.tr("DING"),
                (
                    self.ack_action,
                    self.snooze_action,
                    self.new_ding_action,
                    self.ding_unreported_action,
                ),
                # The banner's own buttons' letters (确认收到(A)): a tester found them
                # written there and nowhere in this list.
                mnemonic_rows(
                    (self.ding_banner.ack_button, self.ding_banner.snooze_button),
                    self.tr("%1 (on the DING banner)"),
                ),
            ),
            ShortcutGroup(
                self.tr("Reply box"),
                (),
                (
                    ((key_text(SEND_KEY),), plain_text(self.reply_box.send_button.text())),
                    ((key_text(CLOSE_KEY),), plain_text(self.reply_box.close_button.text())),
                ),
            ),
            ShortcutGroup(
                self.tr("New message"),
                (self.new_message_action,),
                (
                    ((key_text(SEND_KEY),), self.tr("Send it (in the new message)")),
                    (
                        (key_text(CLOSE_KEY),),
                        self.tr("Close it, asking first if something is written"),
                    ),
                ),
            ),
            ShortcutGroup(
                self.tr("Text size"),
                (self.larger_action, self.smaller_action, self.normal_size_action),
            ),
        ]
        named = {a for g in groups for a in g.actions}
        named.update((self.settings_action, self.shortcuts_action, self.quit_action))
        rest = [a for a in self.findChildren(QAction) if a.shortcuts() and a not in named]
        other = (self.settings_action, self.shortcuts_action, *rest, self.quit_action)
        close_line = (
            (key_text(CLOSE_LINE_KEY),),
            self.tr("Close the away line or the guide (on its buttons)"),
        )
        groups.append(ShortcutGroup(self.tr("Other"), other, (close_line,)))
        return groups

    def _show_shortcuts(self) -> None:
        """Built from the actions as they are when it opens; one at a time. Window-modal,
        not exec(): the store thread's answers keep coming while it is read, and Esc
        closes it rather than reaching the list behind it."""
        dialog = self.shortcuts_dialog
        if dialog is None or not dialog.isVisible():
            if dialog is not None:
                dialog.deleteLater()
            from desk.ui.shortcuts_dialog import ShortcutsDialog  # at the first F1

            dialog = ShortcutsDialog(self.shortcut_groups(), self)
            dialog.finished.connect(lambda _result: self.activateWindow())
            self.shortcuts_dialog = dialog
        dialog.open()

    def _offer_confirming(self) -> None:
        row = self._current_row()
        self.ack_action.setEnabled(row is not None and row.pinned)

    def _offer_unreported(self, row: InboxRow | None) -> None:
        """DING 未报的 as the selected card allows it: with how many units, or greyed
        out saying why (all reported; not a notice of the user's asking for reports)."""
        units = unreported_units(row)
        text, why = unreported_command(units)
        self.ding_unreported_action.setText(text)
        self.ding_unreported_action.setEnabled(not why)
        self.ding_unreported_action.setToolTip(why or plain_text(text))
        self.ding_unreported_action.setStatusTip(why)

    def _ding_unreported(self) -> None:
        row = self._current_row()
        units = unreported_units(row)
        _text, why = unreported_command(units)
        if why or row is None or not units:
            self.statusBar().showMessage(why, 6000)
            return
        self.dingUnreportedRequested.emit(row, units)

    def card_menu(self) -> QMenu:
        """The selected card's right-click menu: confirming its DING comes first while it
        waits for that (by mouse, the banner's button confirms only the banner's DING);
        on the user's own notice asking for reports, DING 未报的 next."""
        menu = KeyMenu(self.list)
        menu.setToolTipsVisible(True)  # why DING 未报的 is greyed out
        row = self._current_row()
        if row is not None and row.pinned:
            menu.addAction(self.ack_action)
            menu.addSeparator()
        if unreported_units(row) is not None:
            self._offer_unreported(row)
            menu.addAction(self.ding_unreported_action)
            menu.addSeparator()
        if row is not None and is_yours(row):
            self._grey_shou_dao(menu)
        for act in (
            self.reply_action,
            self.reply_shou_dao_action,
            self.conversation_action,
            self.copy_action,
            self.done_action,
            self.unread_action,
        ):
            menu.addAction(act)
        for tier, act in self.correct_actions.items():
            if row is None or row.tier is not tier:  # not "Move to Urgent" on an urgent card
                menu.addAction(act)
        if self._undo:
            # By mouse too, saying what (a tester found undo by Ctrl+Z only).
            menu.addSeparator()
            self._name_undo()
            menu.addAction(self.undo_action)
            menu.aboutToHide.connect(self._unname_undo)
        return menu

    def _name_undo(self) -> None:
        """The Undo menu item says what it takes back (撤销：标记为已办), greyed with nothing
        to take back; while a menu shows it."""
        last = self._undo[-1] if self._undo else None
        self.undo_action.setText(
            fill(self.tr("Undo: %1"), last.what)
            if last is not None and last.what
            else self.tr("Undo")
        )
        self.undo_action.setEnabled(last is not None)

    def _unname_undo(self) -> None:
        """Undo as F1 lists it again; Ctrl+Z with nothing to take back says so."""
        self.undo_action.setText(self.tr("Undo"))
        self.undo_action.setEnabled(True)

    def _say_undoable(self, text: str, timeout: int) -> None:
        """`text`, which offers Ctrl+Z, in the status bar, its word for undo a link doing
        the same (a tester with the mouse had nothing to click)."""
        link = self.tr("undo", "the word of 'Press Ctrl+Z to undo' made a link that undoes")
        self.status_bar.showMessage(text, timeout, link=link)

    def _show_card_menu(self, at: QPoint) -> None:
        clicked = self.list.indexAt(at)
        if not clicked.isValid():
            return  # no card under the mouse: nothing to act on
        self.list.setCurrentIndex(clicked)
        menu = self.card_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.list.viewport().mapToGlobal(at))

    def _show_view_menu(self, at: QPoint) -> None:
        view = self.sidebar.select_at(at)
        if view is None or view.kind is ViewKind.DONE:
            return  # a heading, or Done: nothing unread to mark
        menu = KeyMenu(self.sidebar)
        menu.addAction(self.all_read_action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.sidebar.viewport().mapToGlobal(at))

    def _choose_group(self) -> None:
        """Ctrl+G: the groups to choose from, as the side list has them; one at a time.
        Window-modal, not exec(): the store thread's answers keep coming while it is open."""
        if self.group_switcher is not None and self.group_switcher.isVisible():
            self.group_switcher.activateWindow()
            return
        # Its module loads when it is first asked for, not before the first paint.
        from desk.ui.group_switcher import GroupSwitcher

        switcher = GroupSwitcher(self.sidebar.group_entries(), self)
        switcher.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        switcher.groupChosen.connect(self._go_to_group)
        switcher.finished.connect(lambda _result: self.activateWindow())
        switcher.destroyed.connect(self._switcher_closed)
        self.group_switcher = switcher
        switcher.open()

    def _switcher_closed(self) -> None:
        self.group_switcher = None

    def _go_to_group(self, group_id: int) -> None:
        """The group chosen by name: shown, and the keys in its cards."""
        self.sidebar.select_group(group_id)
        self.list.setFocus()

    def _move(self, step: int) -> None:
        self._confirmed_from = None  # moved on before the confirmation came back
        self._moved_under = None
        self._arrived_under = None
        current = self.list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select_row(max(0, min(row, self.model.rowCount() - 1)), read=True)
        # j after R, before the box was drawn: what is typed next is still the box's, as
        # the user saw no list to type to; on the list it acted as keys (3 moved a card).
        if not self.reply_box.holding_keys():
            self.list.setFocus()

    def _open(self) -> None:
        if self.detail.hasFocus() and self.detail.picture_shown():
            # Enter on the reading pane opens its picture larger (the window's Enter
            # reaches the pane before its own key handling does).
            self.detail.open_picture()
            return
        if self.search.hasFocus():
            self._apply_search()
            self.list.setFocus()
            self._select_row(0)
            return
        row = self._current_row()
        if row is not None:
            self._show_in_pane(row)
            self.detail.setFocus()
            self._mark_read(row)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _into_results(self) -> None:
        """Down in the search box: the search run, and into its cards, at the one selected
        there (back in the box with `/`, the user had one), else the first, as Enter."""
        self._apply_search()
        self.list.setFocus()
        if not self.list.currentIndex().isValid():
            self._select_row(0)

    def _back_to_list(self) -> None:
        """Esc: from the search box or the reading pane to the list, and out of the held
        or away list back to the view before it; in the list, away with a search that has
        been run, the card selected in its results still selected
        in the whole view: it jumped to the top, and the user lost the card they had
        found (a tester)."""
        self._conversation_asked = None  # Esc after T, before it came: never mind
        if self._leave_conversation():
            return
        if self.search.text() and (self.search.hasFocus() or self.list.hasFocus()):
            found = self._current_id()
            self.search.clear()
            self._apply_search()
            if found is not None and found != self._current_id():
                self._keep_card(found)
        elif not self.search.hasFocus() and self.model.view.kind in (
            ViewKind.HELD,
            ViewKind.AWAY,
        ):
            # Out of what quiet hours held or came while away, back where the user was,
            # from wherever in the window the key came (the reply box and the dialogs keep
            # their own Esc): the header says "Esc: back", and from the reading pane Esc
            # only took the focus to the list, which nobody sees (a tester). Not from the
            # search box: Esc there leaves the box, as in every view, and / then Esc
            # threw the list away with it. The card the user was on stays selected, in
            # sight, where the view gone back to lists it, as Esc from a reading pane
            # keeps it elsewhere: the top card was selected instead (a tester).
            reading = self._current_id()
            self.sidebar.select(self._before_held)
            if reading is not None and reading != self._current_id():
                self._keep_card(reading)
        self.list.setFocus()

    def show_digest(
        self,
        line: str,
        held: Sequence[int],
        asks: Sequence[int] = (),
        woken: Sequence[int] = (),
        began: datetime | None = None,
    ) -> None:
        """Says in the status bar what quiet hours held (`line`), and lists the messages
        `held` under the views, those put to the user and notified meanwhile (`woken`)
        first, then those put to the user (`asks`); a click on the line, or Ctrl+7, shows
        them. `began`: when the quiet run it sums up began (see _away_listed)."""
        self._digest_began = began
        self._digest_at = self._clock.now()
        key = key_text(self.held_action.shortcut())
        tip = fill(
            self.tr(
                "%1\n\nClick to list them, those asking you first, then tasks, newest first "
                "(%2; Esc goes back)."
            )
            if asks or woken
            else self.tr(
                "%1\n\nClick to list them, tasks first, newest first (%2; Esc goes back)."
            ),
            line,
            key,
        )
        self._held_tip = tip
        self._digested = (
            View(ViewKind.HELD, ids=tuple(held), asks=tuple(asks), woken=tuple(woken)),
            tip,
        )
        # Counted at once as its line says it (see Sidebar.set_held_view), then read.
        self.sidebar.set_held(tuple(held), tuple(asks), tip, tuple(woken))
        self._list_away()
        self._update_counts()  # its count in the sidebar
        self.digest_label.set_text(line, "held", self.tr("Show", "the link before the digest"))
        self.digest_label.setToolTip(tip)
        # Under a passing message (the sound notice at a start), shown when it goes: beside
        # it both were cut, 本机无法播放… and …通知 … (a tester at 150 %).
        self.status_bar.show_beneath(self.digest_label, True)
        self._digest_timer.start()
        self._fit_status()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()
        self.banner_place.fit_height(event.size().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The banner's line is taller at a larger text size: the window that held
            # its place at 100 % may no longer be tall enough (see BannerPlace).
            self.banner_place.fit_height(self.height())

    def drop_digest(self) -> None:
        """A quiet period started: the last digest is the past's. Its line goes, and what
        it listed under the views (back where the user was, if they were there)."""
        self._digest_timer.stop()
        self._digested = None
        self._digest_began = None
        self._list_away()
        if self.sidebar.held() is not None:
            if self.model.view.kind is ViewKind.HELD:
                self.sidebar.select(self._before_held)
            self.sidebar.drop_held()
        self._hide_digest()

    def _drop_holding(self) -> None:
        """Quiet hours ended: the list of what they held so far goes (back where the user
        was, if they were there). A digest, said first, has put its own list in its
        place; with nothing to say (all of it marked done), it stayed all day, empty."""
        held = self.sidebar.held()
        if held is None or not held.holding:
            return
        if self.model.view.kind is ViewKind.HELD:
            self.sidebar.select(self._before_held)
        self.sidebar.drop_held()

    def _hide_digest(self) -> None:
        self.status_bar.show_beneath(self.digest_label, False)
        self._fit_status()

    def _fit_status(self) -> None:
        """Words the status bar for the room it has (`_word_status`), then lets what does
        not fit whole give way (`_fit_width`)."""
        self._word_status()
        self._fit_width()

    def _word_status(self) -> None:
        """Gives the morning digest the room it needs in the status bar: where the words
        beside it do not all fit whole, the calendar warning takes its short form (the
        whole in its tooltip), and it and an up-to-date sync time are kept whole, so that
        the digest, whose tooltip holds it whole, is what elides. At 1366 px the digest
        left 已同步 · 08… and 缺… (a tester)."""
        bar = self.statusBar()
        calendar = self.calendar_warning
        crowded = False
        if self.digest_label.isVisibleTo(self):
            self._word_calendar(short=False)
            shown = [
                w
                for w in (
                    self.sync_label,
                    self.digest_label,
                    self.invites_label,
                    self.quiet_indicator,
                    calendar,
                    self.count_label,
                    self.reply_pending_label,
                )
                if w.isVisibleTo(self)
            ]
            wanted = sum(w.sizeHint().width() + _STATUS_SPACING for w in shown)
            crowded = wanted > bar.width() - _MESSAGE_MARGIN
        self._word_calendar(short=crowded or self._short_for_message)
        calendar.said.keep_whole(crowded)
        self.sync_label.said.keep_whole(crowded and self._sync_brief)

    def _fit_width(self) -> None:
        """Where the status bar is too narrow for its standing words whole, they give way
        whole, in the order they give way to a passing message (see _room_for_message),
        the calendar warning first taking its short form: at 683 px and 175 % they were
        cut mid-word, 已同步 · 08… and 缺… (a tester). A brief sync state keeps its room;
        so does the morning digest, at the least its first words. A passing message takes its
        room first (see _room_for_message)."""
        message = self.status_bar.currentMessage()
        if message:
            self._room_for_message(message)
            return
        standing = (self.calendar_warning, self.invites_label, self.quiet_indicator)
        for widget in (*standing, self.count_label):
            self._give_way(widget, gone=False)
        # A brief sync state (已同步 · 08:55) whole; a long one (offline, its reason, the
        # seconds to the next try) may elide, its tooltip saying it all.
        sync = self.sync_label
        needed = (sync.sizeHint() if self._sync_brief else sync.minimumSizeHint()).width()
        needed += _STATUS_SPACING
        if self.digest_label.isVisibleTo(self):
            needed += self.digest_label.minimumSizeHint().width() + _STATUS_SPACING
        kept = (self.count_label, self.reply_pending_label)
        shown = [w for w in (*standing, *kept) if w.isVisibleTo(self)]
        room = self.status_bar.width() - _MESSAGE_MARGIN - needed
        room -= sum(w.sizeHint().width() + _STATUS_SPACING for w in shown)
        calendar = self.calendar_warning
        if room < 0 and calendar in shown:
            before = calendar.sizeHint().width()
            self._word_calendar(short=True)
            room += before - calendar.sizeHint().width()
        for widget in self._giving_way():
            if room >= 0:
                break
            if widget in shown:
                room += widget.sizeHint().width() + _STATUS_SPACING
                self._give_way(widget, gone=True)

    def _give_way(self, widget: QWidget, *, gone: bool) -> None:
        """`widget`, a standing word of the status bar, 0 px wide and out of the Tab
        order while it has given way, back as it was when not: Tab landed on a quiet
        switch 0 px wide, the focus vanished, and Space there turned quiet hours off
        unseen."""
        widget.setMaximumWidth(0 if gone else _NO_LIMIT)
        for part in (widget, *widget.findChildren(QWidget)):
            if gone and part not in self._gone_focus:
                self._gone_focus[part] = part.focusPolicy()
                part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            elif not gone and part in self._gone_focus:
                part.setFocusPolicy(self._gone_focus.pop(part))

    def _fold_sidebar(self, folded: bool) -> None:
        """The views button in the sidebar's place while the window is too narrow for it
        (see PaneSplitter); the keys the sidebar had go to the cards, not to the next
        control in the Tab order, and the button's back to the sidebar."""
        if folded and self.sidebar.hasFocus():
            self.list.setFocus()
        if not folded and self.views_button.hasFocus():
            # Back to the sidebar the button stood for, shown first (the splitter shows
            # it after saying so): hidden under the keys, the button gave them to the
            # search box, where j and k were typed.
            self.sidebar.show()
            self.sidebar.setFocus()
        self.views_button.setVisible(folded)

    def _giving_way(self) -> tuple[QWidget, ...]:
        """The status bar's standing words in the order they give way, to a passing
        message or to a narrow window: the invites and the quiet switch before the
        calendar warning, the unread count last."""
        return (self.invites_label, self.quiet_indicator, self.calendar_warning, self.count_label)

    def _show_digested(self) -> None:
        """Lists what the digest's line counts: a run that ended while desk was closed,
        said while the present one holds others, listed the present one's (a tester)."""
        if self._digested is None:
            self.show_held()
            return
        view, self._held_tip = self._digested
        self.sidebar.set_held_view(view, self._held_tip)
        self._update_counts()  # its count, if the list was what quiet hours hold
        self.sidebar.select_view(ViewKind.HELD)
        self.list.setFocus()

    def show_held(self) -> None:
        """Lists what quiet hours held, what asks the user first, the keys in the list;
        while they last, what they hold so far, as the status bar counts it."""
        indicator = self.quiet_indicator
        if indicator.quiet_seen() is None and self.sidebar.held() is None:
            # Right after a start, before the first alert check answers: a digest kept
            # from before the restart, or what quiet hours hold so far, is not known yet,
            # and "nothing held" said meanwhile was wrong for seconds (a tester).
            self._held_asked_in = self._answer_later(self._reading_text(ViewKind.HELD))
            return
        if indicator.held():
            self._list_holding()
        elif self.sidebar.held() is None:
            if self.presence.first_start and self.quiet_indicator.quiet_seen() is False:
                # "Nothing held yet" read as if quiet hours were still to end, on a first
                # start after they had (a tester, Monday 08:35).
                said = self.tr(
                    "desk was not running during the last quiet hours, so it held nothing: "
                    "what came before it started is in the inbox as usual."
                )
            else:
                said = self.tr(
                    "Nothing held during quiet hours yet: desk says what they held when they end."
                )
            self.statusBar().showMessage(said, 5000)
            return
        self.sidebar.select_view(ViewKind.HELD)
        self.list.setFocus()

    def _list_holding(self) -> None:
        """Lists under the views what quiet hours hold so far, with its count as the status
        bar's switch says it (the list's own, see QuietIndicator.listed)."""
        indicator = self.quiet_indicator
        key = key_text(self.held_action.shortcut())
        if indicator.quiet_by_hand() and self._digested is not None:
            # A quiet period the user started by hand keeps the last digest (see
            # desk.app.alerts): what it holds so far is listed with what that one listed,
            # which it joins when it ends; listed alone, the holiday's 34 seemed gone.
            digested, _tip = self._digested
            tip = fill(
                self.tr(
                    "What quiet hours hold so far and what their last digest listed, "
                    "newest first (%1; Esc goes back)."
                ),
                key,
            )
            view = View(
                ViewKind.HELD,
                ids=digested.ids,
                asks=digested.asks,
                woken=digested.woken,
                holding=True,
            )
        else:
            tip = fill(
                self.tr(
                    "What quiet hours hold so far, tasks first, newest first (%1; Esc goes back). "
                    "desk says what they held when they end."
                ),
                key,
            )
            view = View(ViewKind.HELD, holding=True)
        self._held_tip = tip
        self.sidebar.set_held_view(view, tip)
        self.sidebar.set_held_count(indicator.listed())

    def _follow_held(self) -> None:
        """Lists what quiet hours hold under the views whenever the status bar counts any,
        with the same count, and not once they hold none: the bar said 27 条暂缓 while the
        sidebar listed no 免打扰期间 until Ctrl+7 was pressed, and after a restart neither
        (a tester). What a digest listed stays until the next quiet period."""
        indicator = self.quiet_indicator
        if indicator.held():
            self._list_holding()
            return
        held = self.sidebar.held()
        if held is None or not held.holding or not indicator.quiet_now():
            # Quiet hours ended (notQuiet drops the list, or a digest has put its own in
            # its place), or settings not saved yet end them: kept until the store says.
            return
        # All that was held marked done meanwhile: back to the digest's list, if one is
        # kept through a quiet hour by hand, else no empty list.
        if self._digested is not None:
            view, self._held_tip = self._digested
            self.sidebar.set_held_view(view, self._held_tip)
            self._update_counts()  # its count, not what quiet hours held
            return
        if self.model.view.kind is ViewKind.HELD:
            self.sidebar.select(self._before_held)
        self.sidebar.drop_held()

    def _came_back(self, absence: Absence) -> None:
        """The user is back after `absence`: what came meanwhile is listed under the views,
        and the line over the list says how much, once counted (off the GUI thread, with
        the badges: sync may still be bringing in what came, and each batch recounts).
        The same absence said again (kept in the store, read after a restart that took it
        over already) changes nothing: the line dismissed stays so, the list shown stays."""
        if absence == self._absence:
            return
        self._absence = absence
        self._away_closed = False
        self._away_found = False
        self._away_came = None
        since = since_words(absence.since, self._clock.now(), self._tz)
        tip = fill(
            self.tr(
                "What came in since you were last in desk (%1), in the inbox's order "
                "(%2; Esc goes back)."
            ),
            since,
            key_text(self.away_action.shortcut()),
        )
        self.sidebar.set_away(
            View(ViewKind.AWAY, came=(to_ms(absence.since), to_ms(absence.until))), tip
        )
        self.away_line.setToolTip(tip)
        self._update_counts()

    def _count_away(self) -> None:
        """Counts what came while away off the GUI thread; a request while a count runs
        makes one more after it (a Shift+C's marks land meanwhile)."""
        away = self.sidebar.away()
        if away is None:
            return
        if self._counting_away:
            self._count_away_again = True
            return
        self._counting_away, self._count_away_again = True, False
        self._ops.run(
            lambda: self._queries.came_while_away(away),
            lambda came: self._show_away(away, came),
            self._away_counted,
            later=True,
        )

    def _away_counted(self, _result: object = None) -> None:
        # A failure is logged by the store ops; the next change counts again.
        self._counting_away = False
        if self._count_away_again:
            self._recount_away()

    def _recount_away(self) -> None:
        """Counts what came while away again: at once until a count finds something, then
        at most every AWAY_RECOUNT_MS. What came is brought by the first sync after the
        return, just after the first count found nothing yet, and the spacing then held
        the line back 5 s behind it (a tester saw it 14-17 s after launch). Counting
        nothing is cheap: the spacing is for the count of a long absence."""
        if self._away_found:
            self._away_recount.request()
        else:
            self._count_away()

    def _show_away(self, counted: View, came: CameWhileAway) -> None:
        """Says what came while away, `counted` over that absence's list, until the line
        is dismissed or all of it is read."""
        absence = self._absence
        if absence is None or counted != self.sidebar.away():
            # The count of an absence a newer one replaced while it ran (the one kept,
            # said at the start, then the night just found): all of the old one read, it
            # forgot the new one, and the next start offered nothing (a reviewer). The new
            # one's count follows (_away_counted).
            self._away_counted()
            return
        self._away_found = self._away_found or came.total > 0
        self._away_counted()
        self._away_came = came
        self.sidebar.set_away_unread(came.unread, came.total, listed=self._away_listed())
        if self.model.view.kind is ViewKind.AWAY:
            self._show_found()
        if came.total and not came.unread:
            # All that came is read: the next start offers it no more.
            self.presence.forget(absence)
        if self._away_closed or not came.unread:
            self.away_line.hide()
            return
        # Said as of today, not as of the return: an absence kept and offered again the
        # day after began the day before "yesterday" (a reviewer).
        self.away_line.say(came, absence.since, self._clock.now(), self._tz)

    def _away_listed(self) -> bool:
        """Whether 离开期间 is listed under the views beside 免打扰期间: not where the
        absence began within the quiet run the digest sums up, or within AWAY_BESIDE_QUIET
        before it. Then both listed nearly the same span by two numbers no word told
        apart, 离开期间 6 and 免打扰期间 17 on a Monday (a tester): the morning's list is
        the digest's, which its line and Ctrl+7 name; the line over the list still says
        what came while away, with its own span, and its 查看 or Ctrl+8 lists it. An
        absence begun after the digest was said (gone out at 09:00, back at 17:30) is
        listed: that run held none of it."""
        absence, began = self._absence, self._digest_began
        if absence is None or began is None or self._digested is None:
            return True
        return not began - AWAY_BESIDE_QUIET <= absence.since <= self._digest_at

    def _list_away(self) -> None:
        """Lists 离开期间 again where it was left out beside the digest, now gone."""
        came = self._away_came
        if came is not None and self._absence is not None:
            self.sidebar.set_away_unread(came.unread, came.total, listed=self._away_listed())

    def _look_at_guide(self) -> None:
        """Shows the first days' guide, or hides it, as the days desk was used on say
        (see desk.core.first_days), and notes today among them. Read before the first
        paint, as the workspace is: appearing after it, it moved the inbox down."""
        today = self._clock.now().astimezone(self._tz).date()
        if today == self._guide_day:
            return
        self._guide_day = today
        kept = self._queries.first_days()
        self.guide.setVisible(guide_due(kept.days, today, kept.guide_closed))
        if not kept.guide_closed and today not in kept.days:
            self._guide_note.start()

    def _note_day_used(self) -> None:
        day = self._guide_day
        if day is not None and not self._writes_stopped:
            self._ops.run(lambda: self._queries.note_day_used(day))

    def _guide_closed(self) -> None:
        if not self._writes_stopped:
            self._ops.run(self._queries.close_guide)
        self.list.setFocus()

    def _away_dismissed(self) -> None:
        self._away_closed = True
        if self._absence is not None:
            self.presence.forget(self._absence)
        self.list.setFocus()

    def show_away(self) -> None:
        """Lists what came while the user was away, in the inbox's order."""
        if not self.presence.known and self.sidebar.away() is None:
            # Right after a start, before the absence kept is read: "you have not been
            # away" said meanwhile, after a weekend away, was wrong for seconds (a tester).
            self._away_asked_in = self._answer_later(self._reading_text(ViewKind.AWAY))
            return
        if self.sidebar.away() is None:
            hours = int(LEAST_ABSENCE.total_seconds() // 3600)
            if self.presence.first_start:
                # "You have not been away" after a weekend, on a first start (a tester).
                said = self.tr(
                    "desk was not running here before this start, so there is no absence "
                    "to tell of: what came before it started is in the inbox as usual. "
                    "After %n hour(s) or more away from desk, it says what came meanwhile.",
                    "",
                    hours,
                )
            else:
                said = self.tr(
                    "You have not been away yet: after %n hour(s) or more away from desk, it "
                    "says what came meanwhile.",
                    "",
                    hours,
                )
            self.statusBar().showMessage(said, 5000)
            return
        self.sidebar.select_view(ViewKind.AWAY)
        self.list.setFocus()

    def _reading_text(self, kind: ViewKind) -> str:
        """What the held (or away) list says while what it lists is still being read."""
        if kind is ViewKind.HELD:
            return self.tr("Reading what quiet hours held…")
        return self.tr("Reading what came while you were away…")

    def _answer_later(self, reading: str) -> View:
        """Says `reading` until the answer to a key pressed before the start's store
        reads could answer it; the view shown now, which the answer goes on from."""
        self.statusBar().showMessage(reading)
        return self.model.view

    def _answered_now(self, asked_in: View | None, answer: Callable[[], None]) -> None:
        """The answer to a key pressed while desk was reading (`asked_in`: the view shown
        then, None if none was pressed): given if the user is still where they pressed
        it, not a jump away from a view chosen meanwhile; the reading line goes either way."""
        if asked_in is None:
            return
        self.statusBar().clearMessage()
        if self.model.view == asked_in:
            answer()

    def _held_known(self) -> None:
        """The quiet state is known: a Ctrl+7 pressed before gets its answer."""
        asked_in, self._held_asked_in = self._held_asked_in, None
        self._answered_now(asked_in, self.show_held)

    def _away_known(self) -> None:
        """The absence kept is read: a Ctrl+8 pressed before gets its answer."""
        asked_in, self._away_asked_in = self._away_asked_in, None
        self._answered_now(asked_in, self.show_away)

    def _leave_conversation(self) -> bool:
        """Closes the conversation dialog, if open, for a key that came to this window (Esc,
        R): typed as it opened, before it had the keys (T, Esc, R typed fast, a tester),
        or with this window chosen over it. Whether one was open."""
        dialog = self.conversation_dialog
        if dialog is None:
            return False
        self.conversation_dialog = None  # closed now, deleted later
        dialog.close()
        return True

    def _reply(self) -> None:
        """R: the reply box on the selected card, its text ready to be written."""
        self._leave_conversation()
        row = self._current_row()
        if row is not None:
            self._mark_read(row)  # answering it is reading it
            self.reply_box.open_for(row)

    def _reply_shou_dao(self) -> None:
        """Shift+R: 收到 sent as a reply to the selected card; not to the user's own
        message, which they do not confirm (a tester was offered it on their notice)."""
        row = self._current_row()
        if row is None:
            return
        if is_yours(row):
            self.statusBar().showMessage(self._not_confirmed_why(), 6000)
            return
        self._mark_read(row)  # answering it is reading it
        self.reply_box.reply_shou_dao(row)

    def _not_confirmed_why(self) -> str:
        # Said as the reply bar's greyed Reply 收到 says it.
        return self.reply_box.not_confirmed_why()

    def _grey_shou_dao(self, menu: QMenu) -> None:
        """Reply 收到 greyed in `menu`, saying why, while it shows the user's own card."""
        why = self._not_confirmed_why()
        self.reply_shou_dao_action.setEnabled(False)
        self.reply_shou_dao_action.setToolTip(why)

        def again() -> None:
            self.reply_shou_dao_action.setEnabled(True)
            self.reply_shou_dao_action.setToolTip("")

        menu.aboutToHide.connect(again)

    def _replies_pending(self, count: int) -> None:
        if count != self._replies_waiting:
            # A reply queued, sent or refused: its card says 收到 · 待发送 while it waits.
            self._replies_waiting = count
            self.request_refresh()
        self._say_pending()

    def set_posts_pending(self, count: int) -> None:
        """How many new messages (Message → New message…) wait to be sent."""
        self._posts_waiting = count
        self._say_pending()

    def _say_pending(self) -> None:
        """Says how many of what the user sent wait to go out (offline): replies (收到 too),
        new messages, and DINGs' confirmations. It said 2 条回复待发送 with a DING's
        confirmation queued beside them, three to go (a tester): each counted, in words
        that fit them all."""
        replies, posts = self._replies_waiting, self._posts_waiting
        confirming = self._confirmations_waiting
        total = replies + posts + confirming
        if confirming and total == confirming:
            text = self.tr("%n DING confirmation(s) waiting to be sent", "", total)
        elif confirming:
            # Replies or messages, and confirmations, which are neither.
            text = self.tr("%n item(s) waiting to be sent: replies and confirmations", "", total)
        elif posts:
            # Not "reply(s)": a notice of the user's own answers nothing.
            text = self.tr("%n message(s) waiting to be sent", "", total)
        else:
            text = self.tr("%n reply(s) waiting to be sent", "", total)
        if total:
            # Set apart from the unread count left of it: one space between them read as
            # one phrase, 443 条未读 1 条回复待发送 (a tester).
            self.reply_pending_label.setText(fill(self.tr("· %1"), text))
        self.reply_pending_label.setVisible(bool(total))
        # The others give way to it: it was counted nowhere, and cut them at 150 %.
        self._fit_width()

    def _show_conversation(self) -> None:
        """The selected message among those around it in its group, with the groups its
        notice was forwarded into, read on the store thread, shown in a dialog of its own."""
        row = self._current_row()
        if row is None:
            return
        message_id = row.id
        queries = self._queries
        self._conversation_asked = (message_id, self.focusWidget())

        def read() -> tuple[Conversation | None, tuple[Place, ...]]:
            return queries.conversation(message_id), queries.conversation_places(message_id)

        self._ops.run(read, self._conversation_read)

    def _read_picture(
        self,
        message_id: int,
        bound: QSize,
        done: Callable[[QImage | TooLarge | None], None],
        failed: Callable[[], None],
    ) -> None:
        """Reads an attached picture on the store thread, decoded there at the size it is
        shown at (see DetailPane); a store failure calls `failed` (StoreOps logs it)."""

        def read() -> QImage | TooLarge | None:
            # Its module loads when the first picture is read (on the store thread): not in
            # the window's start (issue 8).
            from desk.ui.attachment_image import read_image

            return read_image(self._queries.attachment_content(message_id), bound)

        self._ops.run(
            read,
            done,
            lambda _error: failed(),
        )

    def _conversation_read(self, found: tuple[Conversation | None, tuple[Place, ...]]) -> None:
        conversation, places = found
        asked, self._conversation_asked = self._conversation_asked, None
        current = self._current_id()
        if asked is None or asked != (current, self.focusWidget()):
            # The user went on while it was read (a busy store thread): Esc, another card,
            # or R and a reply typed. A tester's T, Esc, R and 好的，马上核对: the dialog came
            # after R and took the keys typed for the box, which opened empty.
            return
        if conversation is None:
            return  # withdrawn and removed meanwhile: nothing to show
        # Loaded when first opened: its module (and the 14 Qt enum classes it makes) cost
        # the GUI thread some 2 ms before the first paint.
        from desk.ui.conversation_dialog import ConversationDialog

        if self.conversation_dialog is not None:
            self.conversation_dialog.close()
        dialog = ConversationDialog(conversation, self._tz, self._clock.now(), places, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # This dialog's own going: one closed for the next (T on another card, the window
        # keeping its keys) is deleted after that one is shown, and must not forget it.
        dialog.destroyed.connect(lambda: self._conversation_closed(dialog))
        dialog.groupChosen.connect(self._read_conversation_at)
        dialog.messageChosen.connect(self._go_to_said)
        self.conversation_dialog = dialog
        # Not modal: the keys typed before the window manager gives it the keys still come
        # to this window (see _leave_conversation), where a modal one had them dropped.
        dialog.show()

    def _conversation_closed(self, dialog: ConversationDialog) -> None:
        if self.conversation_dialog is dialog:
            self.conversation_dialog = None

    def _read_conversation_at(self, message_id: int) -> None:
        """Another group of the notice, chosen in the dialog: the conversation around the
        copy there, read on the store thread."""
        dialog = self.conversation_dialog

        def read(found: Conversation | None) -> None:
            # Not into a dialog closed, or opened anew, meanwhile.
            if dialog is not None and self.conversation_dialog is dialog:
                dialog.show_conversation(found)

        self._ops.run(lambda: self._queries.conversation(message_id), read)

    def _go_to_said(self, message_id: int) -> None:
        """Enter on a message of the conversation: its card selected, in the view the user
        is in when it lists it, else in All, and the dialog closed. Where neither shows it
        (noise, seen from All; a done message) the status bar says where it is, and the
        dialog stays open. Asked on the store thread."""
        view = self.model.view
        everything = View(ViewKind.ALL)
        queries = self._queries

        def find() -> tuple[View, int] | ViewKind | None:
            card = queries.card_of(message_id)
            for shown in dict.fromkeys((message_id, card)):
                if queries.lists(view, shown):
                    return view, shown
            if view != everything and queries.lists(everything, card):
                return everything, card
            row = queries.row(card)
            if row is not None and row.done:
                return ViewKind.DONE
            if row is not None and row.tier is Tier.NOISE:
                return ViewKind.NOISE
            return None

        def found(where: tuple[View, int] | ViewKind | None) -> None:
            if not isinstance(where, tuple):
                said = (
                    self.tr("This message has no card in the inbox.")
                    if where is None
                    else fill(
                        self.tr("No card here or in All shows this message: it is in %1."),
                        view_name(where),
                    )
                )
                self.statusBar().showMessage(said, 8000)
                return
            shown_in, card = where
            if shown_in != self.model.view:
                if shown_in != everything:
                    return  # the user went elsewhere meanwhile
                self.search.clear()
                self.sidebar.select_view(ViewKind.ALL)
                if self.model.view != everything:
                    # The sidebar was on All already, searched: it has no change to tell.
                    self._show_view(everything)
            if self.conversation_dialog is not None:
                self.conversation_dialog.close()
            self._show_card(card)
            if card != message_id:
                # An ack, a forwarded copy: the card its notice stands on.
                self.statusBar().showMessage(
                    self.tr("It has no card of its own: the card of its notice is selected."),
                    8000,
                )
            elif shown_in != view:
                self.statusBar().showMessage(
                    self.tr("This view does not list it: shown in All."), 8000
                )

        self._ops.run(find, found)

    def _copy_message(self) -> None:
        """Puts the selected message on the clipboard as the reading pane shows it: group,
        sender, time, due time, who confirmed, and the text, for a reply to the county."""
        row = self._current_row()
        if row is None:
            return
        if self.detail.row_id != row.id:
            self._show_in_pane(row)
        QGuiApplication.clipboard().setText(self.detail.toPlainText())
        self.statusBar().showMessage(self.tr("Message copied."), 3000)

    def _keep_card(self, message_id: int) -> None:
        """Selects the card `message_id` where the view lists it, paged to on the store
        thread if it lies deeper than the list has read; the top stays selected if the
        view does not list it. Not marked read: only selected again."""
        found = self.model.row_of(message_id)
        if found is not None:
            self._select_row(found)
            return
        view = self.model.view

        def still_listed(lists: bool) -> None:
            # Not if the user moved to another view or search meanwhile.
            if lists and self.model.view == view:
                self._show_card(message_id, read=False)

        # Asked on the store thread, as every read (a review found it on the GUI's).
        self._ops.run(lambda: self._queries.lists(view, message_id), still_listed)

    def _delete_key(self) -> None:
        """Del: marks the card done, as `e`; in Done, where `e` takes a card back to the
        inbox, says so instead of doing that, which Del does not mean."""
        if self.model.view.kind is ViewKind.DONE:
            if self._current_row() is not None:
                self.statusBar().showMessage(
                    fill(
                        self.tr(
                            "This card is done already: press %1 to move it back to the inbox."
                        ),
                        key_text(self.done_action.shortcut()),
                    ),
                    5000,
                )
            return
        self._mark_done()

    def _mark_done(self) -> None:
        row = self._current_row()
        if row is None:
            return
        done = self.model.view.kind is not ViewKind.DONE  # in Done, `e` brings it back
        # A DING confirmed is shown unpinned at once, before the store has it.
        if done and row.pinned:
            # Put away unconfirmed, a DING would stop alerting and its sender would never
            # learn it was seen: the rules count that as a missed DING.
            self._card_note = self.tr(
                "This DING waits for your confirmation: press A to confirm it first."
            )
            self.statusBar().showMessage(self._card_note, 8000)
            return
        if self._just_arrived(row, self.done_action):
            return
        ids, before, done_at = (row.id,), row.done, row.done_at
        now = self._clock.now()
        # What the store marked, copies and acks too (filled on the store thread, where the
        # undo runs after it): the undo takes back those, not what the card's id finds
        # then (its first post withdrawn, the copies fold under another).
        marked: list[int] = []

        def mark() -> None:
            marked.extend(self._queries.set_done(ids, done, now))

        # Undone later, a card comes back where its due time puts it then, or to its place
        # in Done. Offered at once: a Ctrl+Z pressed before the store answers takes back
        # this change.
        undo = _Undo(
            lambda: self._queries.set_done(
                marked or ids, before, self._clock.now(), done_at=done_at
            ),
            row.id,
            self.tr("marked done") if done else self.tr("moved back to the inbox"),
        )
        self._undo.append(undo)

        # Which message, as `a` says whose DING: a bare "marked done" after a quick j j e
        # left the user unsure which card went.
        said = fill(
            self.tr("Marked done: %1, “%2”. Press Ctrl+Z to undo.")
            if done
            else self.tr("Moved back to the inbox: %1, “%2”. Press Ctrl+Z to undo."),
            row.sender_name,
            # As its card says it: a placeholder stored for what desk cannot read is not.
            first_words(message_text(row)),
        )

        def stored(_result: object) -> None:
            self._say_undoable(said, 4000)

        def refused(error: BaseException) -> None:
            # Nothing changed: nothing to undo, and the card comes back where it was.
            self._undo = [u for u in self._undo if u is not undo]
            template = (
                self.tr("Could not mark the message from %1 in %2 done (%3).")
                if done
                else self.tr("Could not move the message from %1 in %2 back to the inbox (%3).")
            )
            said = fill(template, row.sender_name, row.group_name, failure_text(error))
            self.statusBar().showMessage(said, 15000)

        # Said done once the store has it: "Marked done" at once, then "Not saved" after
        # the busy database's wait (10 s), left the user to guess which held (a tester).
        self.statusBar().showMessage(
            self.tr("Marking done…") if done else self.tr("Moving back to the inbox…"), 15000
        )
        self._change(
            mark,
            then=stored,
            read_next=True,
            leaving=row.id,
            refused=refused,
            at_once=True,
        )

    def _acknowledge(self) -> None:
        """`a`: confirms the selected DING. With another card selected it shows the
        banner's DING first, for the next `a`: the sender learns it was seen, so a DING
        is not confirmed unread (and a confirmation cannot be taken back)."""
        row = self._current_row()
        popped, self._popup_ding = self._popup_ding, None
        if popped is not None and self._clock.now() - popped[1] <= POPUP_A_GRACE:
            ladder = self.ding_banner.ladder_of(popped[0])
            if ladder is not None and (row is None or row.id != ladder.card):
                # The pop-up the user just clicked said 再按 A 确认: its DING, read there,
                # is the one meant, not the card still selected here (another DING, which
                # was confirmed in its place, a tester). Shown, as its Open would.
                self._moved_under = None
                self._told_at = None
                self.show_message(ladder.card)
                self._confirm_card(ladder.card)
                return
        moved_under, self._moved_under = self._moved_under, None
        told, self._told_at = self._told_at, None
        answers_told = (
            row is not None
            and told is not None
            and told[0] == row.id
            and self._clock.now() - told[1] <= timedelta(milliseconds=TOLD_AGAIN_MS)
        )
        if (
            row is not None
            and row.pinned
            and not answers_told
            and moved_under is not None
            and moved_under[0] == row.id
            and self._clock.now() - moved_under[1] <= DING_READ_GRACE
        ):
            # `a a` confirmed the next DING too, 150 ms after it came up (a tester). Shown
            # longer, it has been read: one `a` confirms it (80 s later, a tester's first
            # `a` only said to press again, and the DING alerted once more).
            self.statusBar().showMessage(
                self.tr("This DING waits for your confirmation: press a again to confirm it."),
                TOLD_AGAIN_MS,
            )
            self._told_again = row.id
            self._told_at = (row.id, self._clock.now())
            return
        if row is not None and row.pinned:
            # Confirming it is having seen it: `e` then is meant for it, however new.
            self._arrived_under = None
            listed = self.model.ids
            at = self.model.row_of(row.id)
            following = self.model.inbox_row(at + 1) if at is not None else None
            # On to the next DING while one waits right under it: confirmed, this one
            # leaves the pinned top, and the selection goes on to that DING at once, as
            # after `e` (it had followed the DING down past the cards in between, and
            # waited for the store: 2 s of nothing on a busy machine, a tester's second
            # `a`). With none waiting there, the selection stays on the DING confirmed, as
            # after 收到 (see `_reply_queued`): at its place if the re-read list sorts it
            # away, on it if it keeps its place. It had gone on to the card under it, a
            # DING confirmed days before, and the reading pane showed that (a tester).
            moving_on = (
                not lists_by_time(self.model.view) and following is not None and following.pinned
            )
            self._confirm_card(row.id, moving_on=moving_on)
            if moving_on:
                self._select_nearest(neighbours(listed, row.id), 0, read=True)
                self._note_landing(row.id, listed)
            elif not lists_by_time(self.model.view):
                self._answered_card = (row.id, neighbours(listed, row.id))
            return
        waiting = self.ding_banner.message_id
        if waiting is None:
            self.statusBar().showMessage(self.tr("No DING waits for confirmation."), 3000)
            return
        was = self.model.view
        shown = self.show_message(waiting)
        if shown is None:
            return  # its sender took it back: the next round takes it out of the banner
        self._told_at = (waiting, self._clock.now())
        self.statusBar().showMessage(
            self.tr("This DING waits for your confirmation: press a again to confirm it.")
            if shown == was
            else fill(
                self.tr("This DING is not listed here: shown in %1. Press a again to confirm it."),
                view_name(shown.kind),
            ),
            TOLD_AGAIN_MS,
        )

    def note_popup_ding(self, message_id: int) -> None:
        """The user pressed the mouse on the pop-up of DING `message_id`: for POPUP_A_GRACE,
        `a` here confirms it. The window manager may leave the keys with this window."""
        self._popup_ding = (message_id, self._clock.now())

    def confirm_ding(self, message_id: int) -> None:
        """The banner's or the tray's Confirm of DING `message_id`: as `a` on the card
        that shows it, whichever view is shown. A copy's DING folded into a notice waits
        on the notice's card; confirmed alone, the banner said it confirmed that one DING
        while `a` on the card confirmed, and named, each folded into it (a tester)."""
        ladder = self.ding_banner.ladder_of(message_id)
        self._confirm_card(ladder.card if ladder is not None else message_id)

    def _confirm_card(self, card_id: int, *, moving_on: bool = False) -> None:
        """Confirms the DINGs of card `card_id`: shown at once, then asked of the store
        (the app connects acknowledgeRequested to the escalation coordinator)."""
        self.show_confirming(card_id, moving_on=moving_on)
        self.acknowledgeRequested.emit(card_id)

    def show_confirming(self, message_id: int, *, moving_on: bool = False) -> None:
        """Shows DING `message_id` confirmed as the user asks for it, before the store
        has it (`confirm_failed` takes it back): its card, the banner and the status bar,
        which waited for a store thread that a busy machine held for 2 s. `moving_on`:
        the selection leaves it next, so the reading pane is not shown it again."""
        at = self.model.row_of(message_id)
        row = self.model.inbox_row(at) if at is not None else None
        owed = self.dings_confirmed_by(message_id)
        self.confirming_owed[message_id] = owed
        self.model.show_confirming(message_id)
        folded = {d.message_id for d in row.folded_dings} if row is not None else set()
        # Those the banner has on the card too: it need not be listed in the view shown.
        folded.update(d.message_id for d in self.ding_banner.ladders_on(message_id))
        folded.discard(message_id)
        # An urgent item rung like a DING (the setting) is said to be one, not a DING: "已确认
        # …覃立新 的 DING" stood over an urgent @ until the store said otherwise (a tester).
        # A card whose own message is no DING may hold DINGs folded into it: those it confirms.
        ladder = self.ding_banner.ladder_of(message_id)
        ding = (
            (row.ding if row is not None else ladder is None or ladder.ding)
            or (row is not None and bool(row.folded_dings))
            or any(d.ding for d in self.ding_banner.ladders_on(message_id))
        )
        who = (
            (row.sender_name, row.group_name)
            if row is not None
            else (ladder.sender_name, ladder.group_name)
            if ladder is not None
            else None
        )
        if ding or who is None:
            sender, words = (owed[0][0] if owed else ""), self.confirmed_words(owed)
        else:
            sender = who[0]
            words = fill(
                QCoreApplication.translate(
                    "Escalation",
                    "Confirmed the urgent message from %1 in %2: it rings no more. It is no "
                    "DING, so nothing was sent.",
                ),
                *who,
            )
        self.ding_banner.show_confirming(
            message_id, sender, copies=folded, count=len(owed) if ding else 1, ding=ding
        )
        self.statusBar().showMessage(words, 8000)
        if moving_on:
            # Painted now, before the move: the reading pane's next card takes a second or
            # more to lay out on a loaded machine (1.5 s measured), and the confirmation
            # then showed only after it.
            for widget in (self.ding_banner, self.list.viewport(), self.statusBar()):
                widget.repaint()
        elif self.detail.row_id == message_id and at is not None:
            self._show_in_pane(self.model.inbox_row(at))

    def dings_confirmed_by(self, message_id: int) -> tuple[tuple[str, str], ...]:
        """(sender, group) of each DING that confirming card or DING `message_id`
        confirms, as the store will: a card's own and the copies' folded into it (see
        InboxRow.dings_owed), else the banner's DING. A card whose DING was a copy's
        said it confirmed its own sender's, while the server got the copy's (a tester)."""
        at = self.model.row_of(message_id)
        row = self.model.inbox_row(at) if at is not None else None
        if message_id in self.confirming_owed and (row is None or not row.pinned):
            return self.confirming_owed[message_id]  # shown confirmed already
        if row is not None and row.dings_owed:
            return row.dings_owed
        # Not listed in the view shown (the banner's or the tray's Confirm): the DINGs
        # the banner has waiting on the card, its own first, as InboxRow.dings_owed.
        waiting = sorted(
            self.ding_banner.ladders_on(message_id), key=lambda d: d.message_id != message_id
        )
        if waiting:
            return tuple((d.sender_name, d.group_name) for d in waiting)
        return ((row.sender_name, row.group_name),) if row is not None else ()

    def confirmed_words(self, owed: tuple[tuple[str, str], ...]) -> str:
        """What the status bar says of the DINGs `owed` just confirmed: whose, where, and
        how many when a card held several."""
        if len(owed) == 1:
            return fill(self.tr("Confirmed the DING from %1 in %2."), *owed[0])
        if not owed:
            return self.tr("Confirmed the DING.")
        each = tuple(fill(self.tr("%1 in %2"), sender, group) for sender, group in owed)
        return fill(self.tr("Confirmed %n DINGs (%1).", "", len(owed)), listed(each))

    def confirm_failed(self, message_id: int, why: str) -> None:
        """The store did not confirm DING `message_id`: shown waiting again, and why."""
        self.model.stop_confirming(message_id)
        self.ding_banner.stop_confirming(message_id)
        at = self.model.row_of(message_id)
        if self.detail.row_id == message_id and at is not None:
            self._show_in_pane(self.model.inbox_row(at))
        self.statusBar().showMessage(fill(self.tr("The DING was not confirmed (%1)."), why), 15000)

    def _offer_snooze(self) -> None:
        if not self.ding_banner.offer_snooze():
            self.statusBar().showMessage(self.tr("No DING waits for confirmation."), 3000)

    def _show_banner_ding(self, message_id: int) -> None:
        """The DING banner's Show, said when it had to leave the view the user was in."""
        was = self.model.view
        shown = self.show_message(message_id)
        if shown is not None and shown != was:
            self.statusBar().showMessage(
                fill(self.tr("This DING is not listed here: shown in %1."), view_name(shown.kind)),
                8000,
            )

    def restore_layout(self, kept_in: Path) -> None:
        """The size, place and pane widths the user left the window at (before it shows),
        kept in the file `kept_in` from now on."""
        self._layout_file = kept_in
        saved = QSettings(str(kept_in), QSettings.Format.IniFormat)
        geometry, panes = saved.value(_GEOMETRY), saved.value(_PANES)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            # Qt's own check trusts the frame height saved with it, none when the window
            # was saved hidden in the tray; and a geometry from a bigger screen hung off.
            keep_on_screen(self)
        elif fills_screen_first(FIRST_SIZE, self.screen().availableGeometry()):
            # A first start on a screen smaller than the first size: all of it, as the
            # user would have made it (the kept geometry says so from then on).
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        if isinstance(panes, QByteArray):
            self._splitter.restoreState(panes)
        self._splitter.first_chosen = saved.value(_SIDEBAR_CHOSEN, False, bool) is True
        if not self._returned:
            # Not over the place a window built again in another language took over.
            self._go_back_to(saved)

    def _go_back_to(self, saved: QSettings) -> None:
        """The view and card kept in `saved`, without the search (a list left filtered
        and found so next morning reads as cards gone). A DING waiting still leads: its
        banner, shown from All's first card, stays whichever view comes back."""
        try:
            kind = ViewKind(str(saved.value(_VIEW, ViewKind.ALL.value)))
        except ValueError:
            return
        group = saved.value(_GROUP, None)
        card = saved.value(_CARD, None)
        try:
            group_id = int(str(group)) if group is not None and kind is ViewKind.GROUP else None
            card_id = int(str(card)) if card is not None else None
        except ValueError:
            return
        if kind not in _KEPT_KINDS or (kind is ViewKind.GROUP and group_id is None):
            return
        if kind is ViewKind.ALL and card_id is None:
            return  # as the window was built: nothing read twice
        # Here, not with the window: only a start that goes back to a place needs it.
        from desk.ui.window_place import WindowPlace

        self.return_to(WindowPlace(View(kind, group_id), card_id, View(), ""))

    def place(self) -> WindowPlace:
        """Where the user is: the view, its search as typed, and the card they went to."""
        # Asked when the window is built again in another language, not at a start.
        from desk.ui.window_place import WindowPlace

        view = replace(self.model.view, search=self.search.text())
        return WindowPlace(
            view,
            self._current_id() if self._user_chose else None,
            self._before_held,
            self._held_tip,
            self._absence,
            self._away_closed,
        )

    def return_to(self, place: WindowPlace) -> None:
        """Shows `place`, another window's (see desk.app.gui's REOPEN), before this one is
        first painted: a tester who chose another language in Urgent, a card read, came
        back to All and its first card. A group gone since leaves All, a card no longer
        listed the view's first."""
        self._returned = True
        view = place.view
        if view.kind is ViewKind.GROUP:
            # The groups come with the first counts, read a moment after the window is
            # built; read now, the group is shown at the first paint.
            groups = self._queries.group_counts()
            self._group_names = {g.id: group_of_account(g.name, g.account) for g in groups}
            self.sidebar.set_counts(
                self._queries.view_counts(), groups, self._queries.open_counts(self._today)
            )
        elif view.kind is ViewKind.HELD:
            # The held list comes back with the digest once the services start; its
            # ids are taken over now, and the digest said again changes none of them.
            self._held_tip = place.held_tip
            self.sidebar.set_held_view(view, place.held_tip)
        if place.away is not None:
            # Listed under the views now, for its view to be shown at the first paint (it
            # listed everything); its line dismissed stays so.
            self._came_back(place.away)
            self._away_closed = place.away_closed
        self.search.setText(view.search)
        self._search_timer.stop()
        # With the search as typed, so that the view is read once.
        self.sidebar.select(view)
        self._apply_search()
        if view.kind in (ViewKind.HELD, ViewKind.AWAY):
            # Esc out of the list goes back where it went in the last window: from 离开期间
            # it went to All, not to Urgent the user had come from (a reviewer).
            self._before_held = place.before_held
        card = place.card
        if card is not None and (
            self.model.row_of(card) is not None or self._queries.lists(self.model.view, card)
        ):
            self._show_card(card, read=False)
            self._user_chose = True

    def save_layout(self) -> None:
        if self._layout_file is None:
            return
        saved = QSettings(str(self._layout_file), QSettings.Format.IniFormat)
        saved.setValue(_GEOMETRY, self.saveGeometry())
        saved.setValue(_PANES, self._splitter.saveState())
        saved.setValue(_SIDEBAR_CHOSEN, self._splitter.first_chosen)
        view = self.model.view
        if view.kind not in _KEPT_KINDS:
            view = self._before_held  # the list Esc goes back to from the held or away one
        chosen = self._user_chose and self.model.view.kind in _KEPT_KINDS
        card = self._current_id() if chosen else None
        saved.setValue(_VIEW, view.kind.value if view.kind in _KEPT_KINDS else ViewKind.ALL.value)
        saved.setValue(_GROUP, view.group_id if view.kind is ViewKind.GROUP else None)
        saved.setValue(_CARD, card)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides the window: desk keeps running so a DING can still reach you.
        Without a tray to come back from (some desktops have none), it minimises instead."""
        self.save_layout()
        if self._quitting:
            event.accept()
            return
        event.ignore()
        if self._has_tray():
            self.hide()
            self.closedToTray.emit()
        else:
            self.showMinimized()

    def allow_close(self) -> None:
        """desk is quitting: closing the window really closes it now."""
        self._quitting = True

    def _mark_unread(self) -> None:
        row = self._current_row()
        if row is None:
            return
        ids, before = (row.id,), row.read
        undo = _Undo(lambda: self._queries.set_read(ids, before), row.id, self.tr("marked unread"))
        self._undo.append(undo)

        def refused(error: BaseException) -> None:
            self._undo = [u for u in self._undo if u is not undo]  # nothing to take back
            said = fill(
                self.tr("Could not mark the message from %1 in %2 unread (%3)."),
                row.sender_name,
                row.group_name,
                failure_text(error),
            )
            self.statusBar().showMessage(said, 15000)

        self._change(
            lambda: self._queries.set_read(ids, False),
            keep=row.id,
            then=lambda _r: self._say_undoable(self.tr("Marked unread. Ctrl+Z undoes."), 4000),
            refused=refused,
        )

    def _mark_all_read(self) -> None:
        """Shift+C: everything the view lists is read (a DING waiting for confirmation
        aside), asked first when that is more than a handful, in steps the store thread
        takes between other work, and taken back by Ctrl+Z as one."""
        view = self.model.view
        if view.search.strip():
            self.statusBar().showMessage(
                self.tr("Clear the search first: Shift+C marks a whole view read."), 5000
            )
            return
        if view.kind is ViewKind.DONE:
            self.statusBar().showMessage(self.tr("Done holds nothing unread to mark."), 3000)
            return
        if view.kind in (ViewKind.HELD, ViewKind.AWAY):
            self._mark_listed_read(view)
            return
        if self._view_mark is not None:
            self.statusBar().showMessage(
                self.tr("Still marking the last view read: one view at a time."), 4000
            )
            return
        mark = _ViewMark(view, self._queries.view_read_mark(view, self._mark_step_rows))
        self._view_mark = mark
        # The undo is offered at once, before the mark is done: a Ctrl+Z pressed meanwhile
        # must take back this mark, not the change before it.
        self._undo.append(_Undo(lambda: None, None, view_mark=mark))
        now = self._clock.now()

        def begin() -> tuple[int, int]:
            # What the user is asked about, and agrees to, is what there is now: a message
            # arriving while they are asked stays unread. The badge less the DINGs waiting
            # for confirmation is what is marked, and what the progress of the mark and of
            # its undo count to (they said "/38,506" and "/38,000", a tester).
            waiting = mark.steps.begin(now)
            if view.kind is ViewKind.ALL:
                counts = self._queries.view_counts()
                return max(0, counts.get(ViewKind.ALL, 0) - waiting), counts.get(ViewKind.NOISE, 0)
            return max(0, self._queries.unread_in(view) - waiting), 0

        self._ops.run(
            begin,
            lambda counts: self._ask_to_mark(mark, *counts),
            lambda error: self._mark_failed(mark, error),
        )

    def _mark_listed_read(self, view: View) -> None:
        """Shift+C on what quiet hours held or came while away: those messages read, at
        once (a night's worth, which the user has the list of before them), Ctrl+Z
        taking it back."""
        marked: list[int] = []

        def mark() -> None:
            marked.extend(self._queries.unread_listed(view))
            self._queries.set_read(marked, True)

        # Offered at once, as every undo: a Ctrl+Z before the store answers takes this back.
        undo = _Undo(lambda: self._queries.set_read(marked, False), None)
        self._undo.append(undo)

        def said(_none: object) -> None:
            if not marked:
                self._undo = [u for u in self._undo if u is not undo]
                self.statusBar().showMessage(self.tr("Nothing unread here."), 3000)
                return
            # Said when taken back, now that the count is known.
            what = self.tr("marked %n message(s) read", "", len(marked))
            self._undo = [u._replace(what=what) if u is undo else u for u in self._undo]
            self._say_undoable(
                self.tr("Marked %n message(s) read. Ctrl+Z undoes.", "", len(marked)), 6000
            )

        self._change(mark, keep=self._current_id(), then=said)

    def _ask_to_mark(self, mark: _ViewMark, unread: int, also: int) -> None:
        """Marks at once a handful; more, once the user said so (Enter), or not (Esc).
        `also`: how many unread Noise lists, marked with All."""
        mark.unread = unread
        if mark.taken_back:
            return  # Ctrl+Z came first: nothing was marked
        # Noise's too: with All nearly caught up, hundreds of chit-chat were marked read
        # without a word.
        if unread + also <= MARK_ALL_WITHOUT_ASKING:
            self._step_mark(mark)
            return
        view = mark.view
        where = (
            self._group_names.get(view.group_id, "")
            if view.kind is ViewKind.GROUP and view.group_id is not None
            else view_name(view.kind)
        )
        question = (
            # Noise's apart, and the sum said: "193 条…闲聊中的 88 条也一并" left a tester
            # asking whether the 193 held the 88 (All counts no chit-chat: 281 in all).
            fill(
                self.tr(
                    "Mark the %Ln unread message(s) in “%1” read, and the %2 unread in “%3” "
                    "besides (%4 in all)?",
                    "",
                    unread,
                ),
                where,
                str(also),
                view_name(ViewKind.NOISE),
                str(unread + also),
            )
            if also
            else fill(self.tr("Mark the %Ln unread message(s) in “%1” read?", "", unread), where)
        )
        self.mark_question = self._ask(
            self.tr("Mark all read"),
            question,
            # Noise holds no DING (a tester read this warning there and wondered).
            self.tr("Ctrl+Z undoes.")
            if view.kind is ViewKind.NOISE
            else self.tr("A DING that waits for your confirmation stays unread. Ctrl+Z undoes."),
            self.tr("Mark read"),
            lambda yes: self._answered(mark, yes),
            yes_by_default=True,
        )

    def _ask(
        self,
        title: str,
        text: str,
        informative: str,
        yes_text: str,
        answered: Callable[[bool], None],
        yes_by_default: bool,
    ) -> QMessageBox:
        """A question beside the window, yes or Cancel (Esc); `answered` learns which.
        Not exec(): the store thread's answers keep coming while it is asked."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self
        )
        box.setInformativeText(informative)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes if yes_by_default else no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            # The keys go back to the window (where no window manager hands them back,
            # none reached it: Ctrl+Z did nothing).
            self.activateWindow()
            answered(box.clickedButton() is yes)

        box.finished.connect(finished)
        box.open()
        return box

    def _answered(self, mark: _ViewMark, yes: bool) -> None:
        self.mark_question = None
        if yes:
            self._step_mark(mark)
            return
        self._drop_view_mark(mark)
        self.statusBar().showMessage(self.tr("Nothing was marked read."), 3000)

    def _drop_view_mark(self, mark: _ViewMark) -> None:
        """The mark is over, and leaves nothing to take back."""
        self._view_mark = None
        self._undo = [u for u in self._undo if u.view_mark is not mark]

    def _step_mark(self, mark: _ViewMark) -> None:
        mark.started = True
        self._ops.run(
            mark.steps.step,
            lambda progress: self._marked_step(mark, progress),
            lambda error: self._mark_failed(mark, error),
        )

    def _marked_step(self, mark: _ViewMark, progress: MarkProgress) -> None:
        """A step of the mark is stored: the next one is queued behind what the user did
        meanwhile; after the last, the list and the badges are read again."""
        if mark.taken_back:
            return  # Ctrl+Z stopped it; taking it back is queued behind this step
        if not progress.finished:
            # The progress alone: a re-read of the list and the badges a step kept the GUI
            # thread busy, and keys lagged by seconds through a mark of 38,000 (a tester).
            # Both are read again once the mark is through.
            self._show_progress(self.tr("Marked %1 of %2 read…"), progress.rows, mark.unread)
            self._step_mark(mark)
            return
        self._view_mark = None
        if not progress.marked:
            self._drop_view_mark(mark)  # nothing to take back
        if progress.marked:
            # As the badge counted them; else the copies and replies under read cards.
            count = progress.rows or progress.marked
            if progress.rows and progress.also:
                # Noise marked with All: the groups' badges dropped by more than All's did.
                text = fill(
                    self.tr(
                        "Marked %n message(s) read, and %1 more in “%2” (%3 in all). "
                        "Ctrl+Z undoes.",
                        "",
                        count,
                    ),
                    str(progress.also),
                    view_name(ViewKind.NOISE),
                    str(count + progress.also),
                )
            else:
                text = self.tr("Marked %n message(s) read. Ctrl+Z undoes.", "", count)
        elif progress.waiting:
            text = self.tr("Nothing else unread here.")
        else:
            text = self.tr("Nothing unread here.")
        if progress.waiting:
            text += " " + self.tr(
                "%n item(s) still wait for your confirmation.", "", progress.waiting
            )
        self._change(
            lambda: None,
            keep=self._current_id(),
            then=lambda _none: self._say_undoable(text, MARKED_ALL_SAID_MS),
        )

    def _take_back(self, mark: _ViewMark) -> None:
        """Ctrl+Z on a Shift+C, done or still stepping: what it marked is unread again,
        in steps as it was marked; a mark not begun yet never begins."""
        mark.taken_back = True
        if not mark.started:
            self._view_mark = None
            self._say_undone(self.tr("mark all read (nothing was marked yet)"))
            return
        self._view_mark = mark
        self._ops.run(
            mark.steps.unmark_step,
            lambda progress: self._unmarked_step(mark, progress),
            lambda error: self._mark_failed(mark, error),
        )

    def _unmarked_step(self, mark: _ViewMark, progress: MarkProgress) -> None:
        if not progress.finished:
            self._show_progress(
                self.tr("Made %1 of %2 unread again…"),
                progress.marked,
                progress.marked + progress.left,
            )
            self._take_back(mark)
            return
        self._view_mark = None
        what = self.tr("marked %n message(s) read", "", progress.marked)
        self._change(lambda: None, then=lambda _none: self._say_undone(what))

    def _mark_failed(self, mark: _ViewMark, error: BaseException) -> None:
        """A step failed: what the steps before stored stays, and Ctrl+Z takes it back
        (or the rest of it); saying so beats a mark that seems to stop."""
        self._view_mark = None
        if mark.taken_back and mark.started:
            mark.taken_back = False
            self._undo.append(_Undo(lambda: None, None, view_mark=mark))
        elif not mark.started:
            self._drop_view_mark(mark)
        self.statusBar().showMessage(
            self.tr("Not saved (%1).").replace("%1", failure_text(error)), 10000
        )
        self.request_refresh()

    def _show_progress(self, template: str, done: int, total: int) -> None:
        """A long mark's progress, in the status bar until its next step or its end."""
        locale = QLocale()
        said = fill(template, locale.toString(done), locale.toString(max(done, total)))
        self.statusBar().showMessage(said)

    def _correct(self, tier: Tier) -> None:
        row = self._current_row()
        if row is None:
            return
        if row.tier is tier:
            self.statusBar().showMessage(
                self.tr("Already in %1.").replace("%1", view_name(ViewKind(tier.value))), 3000
            )
            return
        if self._just_arrived(row, self.correct_actions[tier]):
            return
        if tier is Tier.NOISE and (row.tier is Tier.URGENT or row.mentions_me or row.pinned):
            # One key sent an urgent @me request, due in minutes, to Noise at once, and
            # taught desk to rank such messages there (a tester, expecting a view switch).
            # What the move would teach, asked of the store's own steps (rolled back):
            # the question promised "similar messages ranked lower" where the move
            # taught nothing or put a lesson away instead (a tester).
            now = self._clock.now()
            self._ops.run(
                lambda: self._queries.foresee_correction(row.id, tier, now),
                lambda foreseen: self._ask_to_correct(row, tier, foreseen),
            )
            return
        self._correct_now(row, tier)

    def _ask_to_correct(self, row: InboxRow, tier: Tier, foreseen: Correction | None) -> None:
        if self.correct_question is not None or foreseen is None:
            # Asked already (the key pressed twice), or moved there meanwhile.
            return

        def answered(yes: bool) -> None:
            self.correct_question = None
            if yes:
                self._correct_now(row, tier)

        # Which of them it is (a tester: "urgent, a DING or addressed to you" left them
        # to guess), and what the move teaches, only what it teaches.
        if row.pinned:
            what = self.tr("It is a DING that waits for your confirmation.")
        elif row.mentions_me:
            what = self.tr("It is addressed to you.")
        else:
            what = self.tr("It is urgent.")
        self.correct_question = self._ask(
            self.tr("Move to Noise"),
            self.tr("Move this message to Noise?"),
            correction_foreseen(row, foreseen, what),
            self.tr("Move to Noise"),
            answered,
            yes_by_default=False,
        )

    def _correct_now(self, row: InboxRow, tier: Tier) -> None:
        """Moves the message to `tier`; the status bar says what the store learnt from
        it, by whose messages follow (see correction_said), not what it was predicted to."""
        message_id = row.id

        def corrected(correction: Correction | None) -> None:
            if correction is not None:
                revert = functools.partial(self._undo_correction, correction)
                what = fill(self.tr("moved to %1"), view_name(ViewKind(tier.value)))
                self._undo.append(_Undo(revert, message_id, what))
            # Longer than a plain move's: it names a sender and a group to read.
            self._say_undoable(correction_said(row, tier, correction), 8000)

        now = self._clock.now()
        self._change(
            lambda: self._queries.correct_tier(message_id, tier, now),
            then=corrected,
            leaving=message_id,
        )

    def _undo_correction(self, correction: Correction) -> None:
        """Store-thread work: undone later, a card comes back where its due time puts it
        then."""
        self._queries.undo_correction(correction, self._clock.now())

    def _undo_last(self) -> None:
        if self._view_mark is not None and self._view_mark.taken_back:
            # Taking back the last one first: a change before it, taken back meanwhile,
            # could be overwritten by its remaining steps.
            self.statusBar().showMessage(
                self.tr("Still taking back the last mark: a moment."), 3000
            )
            return
        if not self._undo:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 3000)
            return
        last = self._undo.pop()
        if last.view_mark is not None:
            self._take_back(last.view_mark)
            return
        at = len(self._undo)

        def refused(error: BaseException) -> None:
            # Still to be taken back, where it was on the stack: "Undone" at once, then
            # "Not saved", had lost it.
            self._undo.insert(min(at, len(self._undo)), last)
            said = fill(
                self.tr("Could not undo: %1 (%2). Ctrl+Z tries again."),
                last.what,
                failure_text(error),
            )
            self.statusBar().showMessage(said, 15000)

        # Said at once, before the store answers: the answer came late on a busy machine,
        # and the tester saw the counts change and no word of the undo.
        doing = fill(self.tr("Undoing: %1…"), last.what) if last.what else self.tr("Undoing…")
        self.statusBar().showMessage(doing, UNDO_SAID_MS)
        self._change(
            last.revert,
            keep=last.message_id,
            then=lambda _r: self._say_undone(last.what),
            refused=refused,
        )

    def _say_undone(self, what: str) -> None:
        """What Ctrl+Z took back ("Undone: marked done."): a bare "Undone." after a run
        of `e` and `3` left the user to guess which (a tester)."""
        said = fill(self.tr("Undone: %1."), what) if what else self.tr("Undone.")
        self.statusBar().showMessage(said, UNDO_SAID_MS)

    def _change(
        self,
        work: Callable[[], Any],
        *,
        keep: int | None = None,
        then: Callable[[Any], None] | None = None,
        read_next: bool = False,
        leaving: int | None = None,
        refused: Callable[[BaseException], None] | None = None,
        at_once: bool = False,
    ) -> None:
        """Runs a store write off the GUI thread, re-reads the list there too, then shows
        it and re-selects; if the store refused the write, `refused` says so (by default
        the status bar says "Not saved" and why).

        The selection stays on message `keep` if it is still shown; after message
        `leaving` left its place (done, moved to a tier), it goes to the card that
        followed it now, by id: a card arriving meanwhile at its row is not it. Else it
        stays on the same row. With `read_next`, the card the user's action moved them to
        counts as read (it is in the reading pane, as after `j`).

        `at_once`: message `leaving` leaves the list now, and the selection moves on now,
        not once the store has made the change (on a busy machine `e` showed nothing for
        4 s: a tester); the store's answer then leaves the selection where the user is.
        `refused` brings the card back.
        """
        position = max(0, self.list.currentIndex().row())
        was = self._current_id()
        listed = self.model.ids
        nearby = neighbours(listed, leaving) if leaving is not None else ()
        moved = at_once and leaving is not None and was == leaving
        if at_once and leaving is not None:
            self._selecting = True  # the row's removal moves the current index: not a read
            try:
                self.model.hide_leaving(leaving)
            finally:
                self._selecting = False
            if moved:
                # Painted first, as after `a` (see `show_confirming`): the next card's read
                # mark and reading pane took 0.8 s more on a loaded machine.
                self.list.viewport().repaint()
                self.statusBar().repaint()
                self._select_nearest(nearby, position, read=read_next)
                self._note_landing(was, listed)
        landed = self._current_id()
        reread = self._reread(keep=() if keep is None else (keep,))
        count = self._counting_work()

        def job() -> tuple[Any, Snapshot | ReadOn, _Counts | None]:
            result = work()
            # Counted in the change's own job: counted in a job of its own after the change
            # came back, 紧急 said 4 for 5 s beside an Urgent list emptied by 8 e (a tester),
            # the count waiting behind background work on a loaded PC.
            try:
                counts: _Counts | None = count()
            except Exception:
                counts = None  # saved all the same: counted again below, failing logged
            return result, reread(), counts

        def after(done: tuple[Any, Snapshot | ReadOn, _Counts | None]) -> None:
            result, read, counts = done
            self._changes_queued -= 1
            if leaving is not None:
                # Made: every re-read from now on reads the list without it.
                self.model.stop_leaving(leaving)
            # Shown by the last change queued only: each shown in turn, the sidebar laid
            # out anew and the list re-read after every one of 8 quick `e`, the window
            # took Ctrl+3 seconds late on a loaded PC (a tester). The last one's job ran
            # after all the others' writes.
            last = self._changes_queued == 0
            if counts is None:
                self._update_counts()
            elif last:
                self._shown_counts(counts)
                if self.sidebar.away() is not None:
                    self._recount_away()
            if moved and not last:
                # Out of the list and the selection moved on already.
                self.itemsChanged.emit()
                if then is not None:
                    then(result)
                return
            # Saved by then: a read that fails leaves the list as it was (StoreOps logged it).
            self._read_on(read, lambda snapshot: shown(result, snapshot), lambda _error: None)

        def shown(result: Any, snapshot: Snapshot) -> None:
            if self._show_snapshot(snapshot, nearby) and not moved:
                target = self.model.row_of(keep) if keep is not None else None
                if target is not None:
                    self._select_row(target)
                else:
                    self._select_nearest(nearby, position, read=read_next)
                self._note_landing(was, listed)
            self.itemsChanged.emit()
            if then is not None:
                then(result)

        def failed(error: BaseException) -> None:
            self._changes_queued -= 1
            if self._changes_queued == 0:
                self._update_counts()  # those before left counting to this one
            if at_once and leaving is not None:
                # Taken out of the list at once, the card comes back, selected again if
                # the selection is still where it went.
                self.model.stop_leaving(leaving)
                if moved and self._current_id() == landed:
                    self._asked_for = leaving  # no card arriving: the user's own, back
                    self._change(lambda: None, keep=leaving)
                else:
                    self.request_refresh()
            # Nothing was changed; saying so beats a key press that seems to do nothing.
            if refused is not None:
                refused(error)
                return
            self.statusBar().showMessage(
                self.tr("Not saved (%1).").replace("%1", failure_text(error)), 10000
            )

        self._changes_queued += 1
        self._ops.run(job, after, failed)

    def refresh_ageing(self) -> None:
        """Redraws what reads differently as the clock moves: the cards on screen (only
        those with a due time lay out anew) and the reading pane's reasons."""
        self._aged_at = self._minute()
        self.list.viewport().update()
        self.detail.refresh_ageing()
        self.ding_banner.refresh_ageing()

    def _minute(self) -> datetime:
        return self._clock.now().replace(second=0, microsecond=0)

    def _today_now(self) -> tuple[int, int]:
        start, end = day_span(self._clock.now(), self._tz)
        return to_ms(start), to_ms(end)

    def _age_on_a_new_minute(self) -> None:
        if self._minute() != self._aged_at:
            self.refresh_ageing()
            # Its 明天 08:30 and 21:00 起 are said against the time: a quiet night asks the
            # alerts nothing new, and the switch said 明天 08:30 past midnight.
            self.quiet_indicator.set_now(self._clock.now())
            today = self._today_now()
            if today != self._today:
                # A new day: what was due tomorrow is due today.
                self._today = today
                self.sidebar.set_today(today)
                if self.model.view.kind is ViewKind.DUE:
                    # Re-read in place, not shown anew: the card read at midnight (a flood
                    # night) stays in the reading pane, and its reply box with it.
                    self.model.move_on(replace(self.model.view, today=today))
                    self.request_refresh()
                self._update_counts()
            # Left running for days (started at sign-in), desk is used on each of them;
            # in the tray too (isVisible is False there): opened the next morning, the
            # window showed yesterday's guide, which went a minute later.
            if not self.guide.isHidden():
                self._look_at_guide()

    def rerank(self, *, opening: bool = False) -> None:
        """Re-orders by time pressure (deadlines drawing near), off the GUI thread.

        A step at a time, each a store job of its own: the key presses queued meanwhile
        run between them (in one job, a first rerank of a large store held them for
        seconds). The list is read again once, after the last step, if a score moved.

        The selection stays on its card, unless this is the rerank on `opening` and the
        card is the first one desk showed, not one the user went to: the first card is
        then shown afresh (followed down the list, Monday's card stood selected below
        Thursday's, on a window just opened on Thursday)."""
        if self._reranking or self._writes_stopped:
            return  # the last one is still stepping (a large store, a slow disk)
        self._reranking = True
        now, since = self._clock.now(), self._reranked_at
        moved = 0

        def step(after: tuple[int, int] | None) -> None:
            self._ops.run(
                lambda: self._queries.rerank_step(now, after, since), stepped, stopped, later=True
            )

        def stepped(result: RerankStep) -> None:
            nonlocal moved
            moved += result.moved
            if result.resume_after is not None:
                step(result.resume_after)
                return
            self._reranking = False
            self._reranked_at = now
            if moved:
                first_shown = opening and not self._user_chose
                self._change(lambda: None, keep=None if first_shown else self._current_id())

        def stopped(_error: BaseException) -> None:
            # Logged by the store ops; the next round starts afresh.
            self._reranking = False

        step(None)

    def stop_writing(self) -> None:
        """The store was found damaged, and refuses every write: the window stops the
        writes it makes of itself, each of which would fail and be logged, every minute for
        the timed rerank. The order then stays as it was stored (the cards' due times
        still read anew on screen), and a card moved to stays unread; what the user asks
        for (done, a tier) is tried and said to be refused."""
        self._writes_stopped = True
        self._rerank_timer.stop()

    def open_message_list(self) -> None:
        """Brings the window forward (tray click, a second launch), maximised if the user
        left it so; Windows may only flash it in the taskbar."""
        bring_back(self)
        self.raise_()
        self.activateWindow()

    def open_message(self, message_id: int) -> bool:
        """Shows that very message, from a notification: in All, noise in Noise, a done
        one in Done, whatever view or search the window was in; a copy of a notice, or an
        ack, on the card that shows it. False if it is gone. A card past what the list has
        paged is shown once the store thread has paged to it: the window stays free
        meanwhile."""
        self.open_message_list()
        return self._open_in_its_view(message_id)

    def _open_in_its_view(self, message_id: int) -> bool:
        """`open_message` in a window already in front."""
        self.search.clear()
        message_id = self._queries.card_of(message_id)
        row = self._queries.row(message_id)
        if row is None:
            return False
        kind = (
            ViewKind.DONE
            if row.done
            else ViewKind.NOISE
            if row.tier is Tier.NOISE
            else ViewKind.ALL
        )
        view = View(kind)
        if not self._queries.lists(view, message_id):
            # An ack or a copy whose notice was taken back: no view shows it on its own.
            return False
        if self.model.view != view:
            self.sidebar.select_view(kind)
        if self.model.view != view:
            # The sidebar was on that view already, searched: it has no change to tell.
            self._show_view(view)
        self._show_card(message_id)
        return True

    def show_message(self, message_id: int) -> View | None:
        """Shows the message from within the window (`a` on another card, the DING
        banner's Show): in the view and search the user is in when they list it, as the
        user left them; else as a notification opens it (`open_message`). The view it is
        shown in; None if it is gone.

        A group lists the copies posted there; the other views, the card they fold into.
        Asked by id, of the cards the list has read first: a search left behind for a
        DING it listed lost the user their place (a tester, in Urgent searching 转移)."""
        view = self.model.view
        for shown in dict.fromkeys((message_id, self._queries.card_of(message_id))):
            if self.model.row_of(shown) is not None or self._queries.lists(view, shown):
                self._show_card(shown)
                return view
        # Not raised as for a notification: the window is in front already.
        return self.model.view if self._open_in_its_view(message_id) else None

    def _go_to_end(self) -> None:
        """End before the list has read its view to the end: the store thread reads the
        ids to the last card in large steps, and the last screenful's rows, and the last
        card is selected. Qt went to the last card read, which read one more page."""
        if self._ending:
            return
        self._ending = True
        current = self.model.message_id(self.list.currentIndex().row())
        keep = () if current is None else (current,)

        def shown(snapshot: Snapshot) -> None:
            self._ending = False
            # Moved since (Home, j) while it was read: the user's move stands. The list
            # was pulled to its end, and the last card marked read unseen.
            moved = self.model.message_id(self.list.currentIndex().row()) != current
            if self._show_snapshot(snapshot) and not moved:
                self._select_row(self.model.rowCount() - 1, read=True)

        def failed(_error: BaseException) -> None:
            self._ending = False  # StoreOps has logged it; End may be pressed again

        self._ops.run(
            self.model.reread(keep=keep, to_end=True),
            lambda read: self._read_on(read, shown, failed),
            failed,
        )

    def _show_card(self, message_id: int, *, read: bool = True) -> None:
        """Selects the card of the view shown, paging to it on the store thread if the
        list has not read that far; marked read if `read`."""
        # The user asked for this card (a notification, the banner, `a`): when the list
        # comes to it, it has not just arrived under a key meant for another.
        self._asked_for = message_id
        if self._arrived_under is not None and self._arrived_under[0] == message_id:
            self._arrived_under = None
        found = self.model.row_of(message_id)
        if found is not None:
            self._open_row(found, read=read)
            return
        # Until it is shown, every refresh pages as far as it too: one planned from the
        # shorter list and applied after it would take the card away again (review).
        self._opening = (self.model.view, message_id)
        # If it fails, StoreOps logged it; the card stays where it was.
        self._ops.run(
            self.model.reread(keep=(message_id,), through=message_id),
            lambda done: self._read_on(
                done,
                lambda snapshot: self._opened(snapshot, message_id, read=read),
                lambda _error: None,
            ),
            lambda _error: None,
        )

    def _opened(self, snapshot: Snapshot, message_id: int, *, read: bool = True) -> None:
        """The view paged as far as the card a notification opened: shown, unless the user
        has moved to another view meanwhile."""
        if self._opening is not None and self._opening[1] == message_id:
            self._opening = None
        if self._show_snapshot(snapshot) and (found := self.model.row_of(message_id)) is not None:
            self._open_row(found, read=read)

    def _open_row(self, row: int, *, read: bool = True) -> None:
        self._select_row(row, read=read)
        self.list.setFocus()

    def _current_id(self) -> int | None:
        row = self._current_row()
        return row.id if row is not None else None

    # views and search

    def _first_results(self, _parent: QModelIndex, first: int, _last: int) -> None:
        """A search's first cards, found a step after it started, become current."""
        if first == 0 and not self.list.currentIndex().isValid():
            self._select_row(0)

    def _empty_text(self) -> str:
        """What an empty list says: that it could not be read, that a search is still
        looking, found nothing (and where done messages went), or that the view is empty."""
        view = self.model.view
        needle = view.search.strip()
        if self.model.read_error is not None:
            return fill(
                self.tr("This list could not be read (%1)."), failure_text(self.model.read_error)
            )
        if self.model.canFetchMore(QModelIndex()):
            return self.tr("Searching…") if needle else ""
        if not needle:
            if self._first_sync_pending and view.kind in (ViewKind.HELD, ViewKind.AWAY):
                # What came while away, or was held, comes with the first sync after a
                # restart: 这里没有消息。 said before it was read was a wrong "none".
                reading = self._reading_text(view.kind)
                return f"{reading}\n{self._loading_step}" if self._loading_step else reading
            if self._first_sync_pending and not self.sidebar.group_entries():
                loading = (
                    self.tr("Loading the demo workspace…")
                    if self._workspace is Workspace.DEMO
                    else self.tr("Loading messages…")
                )
                return f"{loading}\n{self._loading_step}" if self._loading_step else loading
            if (
                self._workspace is Workspace.NO_ACCOUNT
                and self._no_account_hint
                and not self.sidebar.group_entries()
            ):
                # "No messages here" on a first start with the demo kept away read as a
                # broken desk (an IT tester): say what fills the list.
                return self.tr(
                    "No account yet. Add your work account (desk menu, Add account…) and "
                    "the messages of all your groups gather here."
                )
            if self._invites and not self.sidebar.group_entries():
                # Only invites, no group joined: 这里没有消息。 said nothing of the
                # 2 个群邀请 link at the bottom that brings the messages (IT tester).
                return self.tr(
                    "No messages yet: %n group invite(s) wait for you. Accept them with the "
                    "invites link at the bottom right (or desk menu, Group invites…), and "
                    "their groups' messages gather here.",
                    "",
                    self._invites,
                )
            if view.kind is ViewKind.DUE:
                return self.tr("Nothing open is due today, and nothing is overdue.")
            return self.tr("No messages here.")
        words = search_terms(needle)
        found_none = (
            fill(self.tr("No message here holds “%1”."), needle)
            if len(words) == 1
            # Each word, not the words as one phrase: a message must hold them all.
            else fill(
                self.tr("No message here holds all of %1."),
                # “防汛”、“转移”: as a list is written (a tester read the space as a slip).
                listed(tuple(fill(self.tr("“%1”"), word) for word in words)),
            )
        )
        # How many cards marked done hold it, once counted: the same sentence whether or
        # not any did told the user nothing (a tester's notice, marked done, and 地震,
        # found nowhere, read alike).
        in_done = self._done_text(needle)
        if view.kind is ViewKind.ALL:
            if in_done is None:
                return found_none + "\n" + self.tr("Messages marked done are in Done.")
            return "\n".join(filter(None, (found_none, in_done)))
        # A search looks only in the view it is typed in; All looks in every tier and
        # group, and Ctrl+1 keeps the search as it goes there (a tester's HPV, searched in
        # Info, was in Action). Not a count of All's: that walks every match.
        all_key = self._view_key(ViewKind.ALL)
        elsewhere = fill(
            self.tr("Press %1 to search the open messages in %2.")
            if view.kind is ViewKind.DONE or in_done is not None
            else self.tr("Press %1 to search %2; messages marked done are in Done."),
            all_key,
            view_name(ViewKind.ALL),
        )
        return "\n".join(filter(None, (found_none, elsewhere, in_done)))

    def _show_found(self) -> None:
        """Says how many cards the search shown found: "or more" while the list may page
        in more (a search pages as the user scrolls, as the list does); nothing without a
        search, or while it is still looking for its first."""
        model = self.model
        found = model.rowCount()
        # A counted view has as many rows as it lists, its ids read or not.
        more = model.canFetchMore(QModelIndex()) and not model.counted
        if (
            model.view.kind is ViewKind.HELD
            and not model.view.search.strip()
            and model.read_error is None
        ):
            # Where this list comes from, in what order, and how to leave it, where a
            # search says its count. What came through while quiet is listed first but
            # was not held: counted apart, the count is the status bar's (a tester read
            # 暂缓 36 above the list and 35 below it).
            alerted = 0
            if model.view.woken:
                # Counted in the store: more may have come through than a page lists
                # (11 ms at 4,000 held). Again only once the list changed: this runs
                # after every page and every re-read.
                listed = (model.view, tuple(model.ids))
                if self._held_counted is None or self._held_counted[0] != listed:
                    self._held_counted = (listed, self._queries.held_counts(model.view))
                found, alerted = self._held_counted[1]
                more = False
            held = found - alerted
            short = ""
            if not found and self._first_sync_pending:
                # Not 暂缓 0 条 before the first sync after a start is read (see
                # `_first_read_after_sync`), which brings what they hold.
                said = fill(self.tr("%1 · Esc: back"), self._reading_text(ViewKind.HELD))
            elif alerted and not held and not more:
                # Nothing held, only what came through: not 暂缓 0 条 (its digest's
                # pop-up and line say only what came through too).
                said = self.tr(
                    "%n alerted as usual while quiet, none held · Esc: back", "", alerted
                )
            elif alerted:
                said = self.tr(
                    "%n held while quiet, %1 more alerted as usual"
                    " · asking you first, then tasks, then newest · Esc: back",
                    "",
                    held,
                ).replace("%1", str(alerted))
                short = self.tr("%n held, %1 alerted · Esc: back", "", held).replace(
                    "%1", str(alerted)
                )
            elif (model.view.asks or model.view.woken) and not more:
                said = self.tr(
                    "%n held while quiet · asking you first, then tasks, then newest · Esc: back",
                    "",
                    found,
                )
            elif model.view.asks or model.view.woken:
                said = self.tr(
                    "%n or more held while quiet · asking you first, then tasks, then newest"
                    " · Esc: back",
                    "",
                    found,
                )
            elif not more:
                said = self.tr(
                    "%n held while quiet · tasks first, then newest · Esc: back", "", found
                )
            else:
                said = self.tr(
                    "%n or more held while quiet · tasks first, then newest · Esc: back", "", found
                )
            if not alerted and held:
                # Where the line does not fit beside the search box (150 % at 1366 px), its
                # count and the way back whole, the order in the tooltip: cut, it read
                # 免打扰期间暂缓 136 条 · 待办在前，… (a tester).
                short = (
                    self.tr("%n held while quiet · Esc: back", "", found)
                    if not more
                    else self.tr("%n or more held while quiet · Esc: back", "", found)
                )
            self.found_label.set_full_text(said, short)
            self.found_label.set_extra_tip(self._held_tip)
            self.found_label.show()
            return
        if (
            model.view.kind is ViewKind.AWAY
            and not model.view.search.strip()
            and model.read_error is None
        ):
            came = self._away_came
            if more and came is not None and model.view == self.sidebar.away():
                # Counted already, for the line and the count at the left: the list reads
                # 200 at a time, and said "200 or more" beside their 264 (a tester).
                found, more = max(found, came.total), False
            if not found and self._first_sync_pending:
                # Not 离开期间到了 0 条 before the first sync after a start is read: it
                # brings what came meanwhile (a tester read 0 for seconds after a weekend).
                said = fill(self.tr("%1 · Esc: back"), self._reading_text(ViewKind.AWAY))
            elif more:
                said = self.tr("%n or more came while you were away · Esc: back", "", found)
            elif came is not None and came.total == found > came.unread:
                # Unread first, as 离开期间 counts at the left and the line over the list
                # says it: 7 came here beside a 2 there read as two lists (a tester).
                said = fill(
                    self.tr(
                        "%n unread of %1 that came while you were away · Esc: back", "", came.unread
                    ),
                    str(found),
                )
            else:
                said = self.tr("%n came while you were away · Esc: back", "", found)
            self.found_label.set_full_text(said)
            self.found_label.set_extra_tip(self.away_line.toolTip())
            self.found_label.show()
            return
        if not model.view.search.strip() or model.read_error is not None or (more and not found):
            self.found_label.hide()
            return
        said = self.tr("%n or more found", "", found) if more else self.tr("%n found", "", found)
        # Not newest first at the top, which a search had always been (two testers looked
        # for the notice under a day's chatter): the label says so, where there is a top.
        if model.standing_out:
            self.found_label.set_full_text(fill(self.tr("%1 · notices and tasks first"), said))
            self.found_label.set_extra_tip(
                self.tr(
                    "Notices and tasks come first: what waits for your confirmation (a DING, or an "
                    "urgent item escalated like one), then "
                    "those with the words in their title, then urgent, to-do, confirmed or "
                    "answered ones. Then the rest. Each part is newest first."
                )
            )
        else:
            self.found_label.set_full_text(said)
            self.found_label.set_extra_tip(self.tr("Newest first."))
        self.found_label.show()

    def _view_key(self, kind: ViewKind) -> str:
        """The shortcut that shows the view `kind`, as the menus write it."""
        return key_text(self.view_actions[VIEW_ORDER.index(kind)].shortcut())

    def _done_text(self, needle: str) -> str | None:
        """What the list says of the cards marked done that hold `needle`: how many and
        how to see them, "" where none do, None while they are not counted (or could not
        be: a needle no text index answers, the store busy)."""
        done = self._done
        if done is None or done.needle != needle or done.going_on:
            return None
        if not done.count:
            return ""
        if done.through:
            template = self.tr("%n message(s) marked done match: %1 shows them.", "", done.count)
        else:
            template = self.tr(
                "%n or more messages marked done match: %1 shows them.", "", done.count
            )
        return fill(template, self._view_key(ViewKind.DONE))

    def _show_read_failure(self, cause: str) -> None:
        """Says why the list ends where the store could not read it further: in the empty
        list as its empty text, under the cards it has as a line."""
        if self.model.read_error is None:
            return  # read again, or another view shown, since it was said
        if self.model.rowCount() == 0:
            self.list.viewport().update()
            return
        self.list_note.setText(
            fill(self.tr("The rest of this list could not be read (%1)."), cause_text(cause))
        )
        self.list_note.show()

    def _hide_read_failure(self) -> None:
        """The list was read again after a failure that was not damage: said no more."""
        self.list_note.hide()
        self.list.viewport().update()

    def _mark_search(self, view: View) -> None:
        """Marks the words of the search shown in the cards and the reading pane; none
        once the search is cleared."""
        self.cards.set_search(view.search)
        self.detail.set_search(view.search)
        # Listed for when they came: a notice posted again then is given that time.
        self.cards.set_came_again(view.kind in (ViewKind.HELD, ViewKind.AWAY))

    def _choose_view(self, view: View) -> None:
        self._show_view(replace(view, search=self.search.text()))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        view = self.model.view
        if view.search != self.search.text():
            self._show_view(replace(view, search=self.search.text()))

    def _count_done(self, *, behind_writes: bool = False) -> None:
        """Counts on the store thread the cards marked done that the search shown finds,
        unless counted already. A new search only where the store thread has nothing else
        to do, or its first job would go ahead of the user's own writes (done, read)
        queued behind it after each pause in typing; skipped, the list says where done
        messages are, as it did. A recount after a write (`behind_writes`) goes behind it."""
        view = self.model.view
        needle = view.search.strip()
        if not needle or view.kind is ViewKind.DONE:
            return
        if self._done is not None and self._done.needle == needle:
            return  # counted, or counting
        if not behind_writes and not self._ops.idle():
            return
        self._done_generation += 1
        self._done = DoneTally(needle)
        # Said in passing for a search the user just ran, not after a card marked done.
        self._done_say = not behind_writes
        self._count_done_on(self._done)

    def _count_done_on(self, tally: DoneTally) -> None:
        generation = self._done_generation
        self._ops.run(
            functools.partial(count_done, self._queries, tally),
            lambda counted: self._done_counted(generation, counted),
            lambda _error: self._done_counted(generation, None),
        )

    def _recount_done(self) -> None:
        """A card marked done or brought back: Done's count of the search is stale."""
        self._done = None
        self._count_done(behind_writes=True)

    def _done_counted(self, generation: int, tally: DoneTally | None) -> None:
        """A store job of the count came back: on to the next, or said where it is."""
        if generation != self._done_generation:
            return  # a count begun since replaces it
        self._done = tally
        if tally is None:
            self.list.viewport().update()
            return
        if tally.going_on:
            self._count_done_on(tally)
            return
        self.list.viewport().update()
        view = self.model.view
        said = self._done_text(view.search.strip())
        if not said or not self._done_say or self.model.rowCount() == 0:
            return
        if self._done_said == tally.needle:
            return
        # The cards found do not say that Done holds more: said once a search, in passing.
        self._done_said = tally.needle
        template = (
            self.tr("%n message(s) marked done hold “%1” too: %2 shows them.", "", tally.count)
            if tally.through
            else self.tr(
                "%n or more messages marked done hold “%1” too: %2 shows them.", "", tally.count
            )
        )
        self.statusBar().showMessage(
            fill(template, tally.needle, self._view_key(ViewKind.DONE)), 6000
        )

    def _show_view(self, view: View) -> None:
        listed = (ViewKind.HELD, ViewKind.AWAY)
        if view.kind in listed and self.model.view.kind not in listed:
            self._before_held = replace(self.model.view, search="")
        self.model.set_view(view)
        # In Done, E takes a card back (a tester read "Mark done" on a done card's menu).
        if view.kind is ViewKind.DONE:
            self.done_action.setText(self.tr("Move back to the inbox"))
        else:
            self.done_action.setText(self.tr("Mark done"))
        if not view.search.strip():
            # Counted again for the next search: what is done may change meanwhile.
            self._done, self._done_said = None, ""
            self._done_generation += 1
        self._count_done()
        hint = (
            self.tr("Search done messages ( / )")
            if view.kind is ViewKind.DONE
            else self.tr("Search open messages ( / )")
        )
        self.search.setPlaceholderText(hint)
        # A screen reader names an edit box by this, not by its placeholder.
        self.search.setAccessibleName(hint)
        if self._card_note is not None and self.statusBar().currentMessage() == self._card_note:
            # Read in Noise, "This DING waits…" named no card there (a tester).
            self.statusBar().clearMessage()
        self._card_note = None
        self._select_row(0)

    # reacting to the store

    def on_ingested(self, result: IngestResult | None) -> None:
        self.request_refresh()
        # A reply back from the server as the user's own, or refused: the box follows.
        self.reply_box.check_queued()
        if result is None:
            return
        # Sent, the user took it as done: a refusal is said at once, not left in a log.
        refused: list[str] = []
        if result.refused_confirmations:
            refused.append(
                self.tr(
                    "%n confirmation(s) did not reach the group: the server refused them. "
                    "Confirm to the sender another way.",
                    "",
                    result.refused_confirmations,
                )
            )
        if result.refused_replies:
            # Said in detail by the reply box for one it follows; this for any other (one
            # queued before desk was last closed).
            refused.append(
                self.tr(
                    "%n reply(s) did not reach the group: the server refused them.",
                    "",
                    result.refused_replies,
                )
            )
        if result.refused_dings:
            refused.append(
                self.tr(
                    "%n DING(s) did not reach the group: the server refused them "
                    "(see DING → DINGs I sent…).",
                    "",
                    result.refused_dings,
                )
            )
        if refused:
            self.statusBar().showMessage(" ".join(refused), 30_000)
        elif result.sent_confirmations:
            # Confirmed offline, the card said 待发送: now the sender has it.
            self.statusBar().showMessage(
                self.tr(
                    "Sent: %n DING confirmation(s) made while offline reached the group.",
                    "",
                    result.sent_confirmations,
                ),
                10_000,
            )

    def request_refresh(self) -> None:
        """Re-reads the list and the counts soon, off the GUI thread. Requests fold into
        one: at most one re-read runs at a time, and they start `refresh_spacing_ms`
        apart (the first after a quiet spell at once)."""
        # A sync batch or the Accounts dialog may have added, removed or renamed an
        # account: the reading pane's 以…确认 reads them again (see confirmed_as).
        self._queries.forget_accounts()
        if self._refreshing:
            self._refresh_again = True
        else:
            self._refresh_throttle.request()

    def idle(self) -> bool:
        """No refresh, recount or rerank is waiting or running (tests wait for this)."""
        return not (
            self._refresh_throttle.pending()
            or self._refreshing
            or self._counting
            or self._opening_rerank.pending
            or self._opening_due
            or self._presence_start.pending
            or self._away_recount.pending()
            or self._counting_away
            or self._reranking
            or self.model.reading
            or self._ending
        )

    def _start_refresh(self) -> None:
        self._refreshing = True
        self._refresh_again = False
        self._ops.run(
            self._reread(),
            lambda read: self._read_on(read, self._refreshed, self._refresh_failed),
            self._refresh_failed,
        )
        self._update_counts()

    def _read_on(
        self,
        read: Snapshot | ReadOn,
        then: Callable[[Snapshot], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Runs what is left of a re-read (a search's further windows), each part a store
        job of its own, then `then` with the view it read."""
        if isinstance(read, ReadOn):
            self._ops.run(read.work, lambda more: self._read_on(more, then, failed), failed)
        else:
            then(read)

    def _refreshed(self, snapshot: Snapshot) -> None:
        self._refreshing = False
        self._show_snapshot(snapshot)
        self._first_read_after_sync()
        if self._refresh_again:
            self.request_refresh()

    def _refresh_failed(self, _error: BaseException) -> None:
        # StoreOps has logged it; the next change or sync batch tries again.
        self._refreshing = False
        self._first_read_after_sync()

    def _first_read_after_sync(self) -> None:
        """The first sync settled while a re-read was due: now read, an empty list is
        empty (see `_follow_first_sync`)."""
        if (
            self._first_sync_pending
            and self._first_sync_settled
            and not (self._refreshing or self._refresh_throttle.pending())
        ):
            self._first_sync_pending = False
            self.list.viewport().update()
            # The held and away lists' counts said they were reading until now.
            self._show_found()

    def _reread(self, keep: tuple[int, ...] = ()) -> Callable[[], Snapshot | ReadOn]:
        """The store-thread work of a refresh: the rows on screen come back with the ids."""
        viewport = self.list.viewport()
        top = self.list.indexAt(QPoint(1, 1))
        bottom = self.list.indexAt(QPoint(1, viewport.height() - 2))
        # A list shorter than the screen has no row at its bottom: the model re-reads a
        # screenful (as many rows as the list told it fit).
        span = bottom.row() - top.row() + 1 if top.isValid() and bottom.isValid() else None
        # At the top of the list new arrivals come into sight; further down, the first
        # card on screen stays where it is (see `_show_snapshot`).
        anchor = top_row = None
        if top.isValid() and self.list.verticalScrollBar().value() > 0:
            # A row of a counted view not read yet: the re-read reads the ids to it, on
            # the store thread (see InboxModel.message_id).
            anchor = self.model.read_id(top.row())
            top_row = top.row() if anchor is None else None
        current = self.model.message_id(self.list.currentIndex().row())
        wanted = keep if current is None else (*keep, current)
        opening = self._opening
        through = opening[1] if opening is not None and opening[0] == self.model.view else None
        return self.model.reread(anchor, span, wanted, through, top_row=top_row)

    def _show_snapshot(self, snapshot: Snapshot, nearby: Sequence[int] | None = None) -> bool:
        """Shows a re-read list in place: the selected message stays selected (or, if it
        left the view, the card that followed it: the first of `nearby` still shown, by
        default those around it before), and the list does not jump. A selected card in
        sight stays in sight.

        Until the user chooses a card, the selection is desk's: a DING pinned above the
        view's top card, the one shown first, takes its place while the top is in sight
        (the DINGs pinned a moment after the window opened left the reading pane on the
        third card); scrolled away from, the list is the user's to read. Any other card
        sorted above it leaves the selection on it: a tester read the card 待办 opened on
        after a restart, and the sync's re-read 15 s later put another in the pane."""
        bar = self.list.verticalScrollBar()
        top = self.list.indexAt(QPoint(1, 1))
        # Not read yet (a counted view): the list stays at that row (see `_reread`).
        anchor = self.model.read_id(top.row()) if top.isValid() and bar.value() > 0 else None
        current_index = self.list.currentIndex()
        current = self.model.message_id(current_index.row()) if current_index.isValid() else None
        in_sight = current_index.isValid() and self._in_sight(current_index)
        listed = self.model.ids  # as it was: `apply` puts a new list in its place
        self._selecting = True  # nothing the user did: no read marks
        try:
            # Paged on as far as the screen is now, if it was paged further meanwhile.
            changed = self.model.apply(snapshot, reaching=anchor)
        finally:
            self._selecting = False
        if changed is None:
            return False
        # Only if the top card moved: at the end of its scroll range Qt shows the last card
        # whole at the foot and the top one cut off, and putting that one at the top again
        # scrolled the last card, the one selected after `j` to it, out of sight (tester).
        if (
            anchor is not None
            and (row := self.model.row_of(anchor)) is not None
            and row != top.row()
        ):
            self.list.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
        now = self.list.currentIndex()
        # Desk's own choice, the top card in sight: a DING pinned above takes its place.
        desks_top = not self._user_chose and in_sight and current_index.row() == 0
        if current is None:
            self._select_row(0)
        elif not now.isValid() and desks_top and self._pinned_on_top():
            # Gone in the re-read that pinned it: not the card that had followed.
            self._select_row(0)
        elif not now.isValid():
            # By id, not by row: a card arriving in the same re-read may stand at its row.
            around = neighbours(listed, current) if nearby is None else nearby
            self._select_nearest(around, current_index.row())
        elif (followed := self._left_after_answer(current, listed)) is not None:
            self._select_nearest(followed, current_index.row())
        elif desks_top and now.row() != 0 and self._pinned_on_top():
            self._select_row(0)
        elif current in changed:
            self._show_in_pane(self.model.inbox_row(now.row()))
        kept = self.list.currentIndex()
        if in_sight and kept.isValid() and self.model.message_id(kept.row()) == current:
            self.list.scrollTo(kept)
        self._note_landing(current, listed)
        return True

    def _pinned_on_top(self) -> bool:
        """The list's first card is a DING waiting to be confirmed."""
        top = self.model.inbox_row(0)
        return top is not None and top.pinned

    def _in_sight(self, index: QModelIndex) -> bool:
        """The card at `index` is shown whole in the list."""
        return self.list.viewport().rect().contains(self.list.visualRect(index))

    def _select_nearest(self, candidates: Sequence[int], row: int, *, read: bool = False) -> None:
        """Selects the first of `candidates` the list shows, else row `row`."""
        for message_id in candidates:
            found = self.model.row_of(message_id)
            if found is not None:
                self._select_row(found, read=read)
                return
        self._select_row(max(0, row), read=read)

    def _note_landing(self, was: int | None, listed: Sequence[int]) -> None:
        """Marks the card the selection came to without the user's move, away from
        message `was`, if nobody can have read it yet: a waiting DING (the one above
        confirmed, or the one selected taken back by its sender), or a card not in
        `listed`, the list before: one that has just arrived."""
        landed = self._current_row()
        if landed is None or landed.id == was:
            return
        if landed.id == self._asked_for:
            self._asked_for = None
            return
        if landed.pinned and landed.id != self._told_again:
            self._moved_under = (landed.id, self._clock.now())
        if landed.id != self._told_again:
            self._told_again = None  # left: a later landing on it is news again
        if landed.id not in listed:
            self._arrived_under = (landed.id, self._clock.now())

    def _just_arrived(self, row: InboxRow, key: QAction) -> bool:
        """Whether a key aimed at `row` was meant for the card before it: `row` arrived
        under the selection a moment ago. Says so, and lets the next press through."""
        if self._arrived_under is None or self._arrived_under[0] != row.id:
            return False
        at = self._arrived_under[1]
        self._arrived_under = None
        if self._clock.now() - at > ARRIVAL_GRACE:
            return False
        self.statusBar().showMessage(
            fill(
                self.tr("This message has just arrived: look it over, then press %1 again."),
                key_text(key.shortcut()),
            ),
            8000,
        )
        return True

    def _reply_queued(self, card_id: int, shou_dao: bool) -> None:
        """A reply to card `card_id` is on its way: answered, the card will sink when the
        server has it. After 收到 (Shift+R), a key that answers and is done with a card as
        `e` and `a` are, the selection, if still on it, stays at its place, on the card that
        followed it (see `_left_after_answer`). After a reply written in the box it stays
        on the card, the list following it: seconds later, no key pressed, the next card
        took its place and a tester's `e` marked that one done."""
        if self._current_id() != card_id:
            return
        if shou_dao:
            self._answered_card = (card_id, neighbours(self.model.ids, card_id))
        else:
            self._answered_card = None
            # Answered, the card is the user's, not desk's first card to put back at the top.
            self._user_chose = True

    def _left_after_answer(self, current: int, listed: Sequence[int]) -> Sequence[int] | None:
        """The cards around the card just answered, if the selected card is that one and
        the re-read list moved it away from them (`listed`: the list before)."""
        if self._answered_card is None or self._answered_card[0] != current:
            return None
        if not left_its_place(listed, self.model.ids, current, NEIGHBOURS):
            return None  # re-read for something else: not moved yet
        followed = self._answered_card[1]
        self._answered_card = None
        return followed

    def show_notice(self, text: str, timeout_ms: int, short: str = "") -> None:
        """Says `text` (`short` where it does not fit) in the status bar for `timeout_ms`,
        where it covers the sync status, unless a sync problem is said: a problem comes
        first, and the notice waits for the status to be well again, for the rest of its
        time. The sound notice stood for a minute over 登录已失效 and 离线, refused two
        seconds after the start (IT); the settings say it beside Play a sound anyway."""
        if self._notice is not None:
            # Another notice is said, or waits: this one comes after it (IT).
            self._notices_next.append((text, short, timeout_ms))
            return
        self._notice = (text, short, self._clock.now() + timedelta(milliseconds=timeout_ms))
        self._notice_waiting = self._sync_troubled
        if not self._sync_troubled:
            self.status_bar.showMessage(text, timeout_ms, short=short)

    def _notice_ended(self, text: str) -> None:
        """The bar cleared: a notice said (not one waiting) is over, at the end of its time
        or under a later message that ended; the next notice, if any, is said."""
        if text or self._notice is None or self._notice_waiting:
            return
        self._notice = None
        self._say_next_notice()

    def _say_next_notice(self) -> None:
        if self._notices_next:
            text, short, timeout_ms = self._notices_next.pop(0)
            self.show_notice(text, timeout_ms, short)

    def _notice_gives_way(self) -> None:
        """A sync problem is said: the notice covering it goes, and waits."""
        if self._notice is not None and self.status_bar.currentMessage() == " ".join(
            self._notice[0].split()
        ):
            # Waiting before the bar clears: cleared, a notice said is over (_notice_ended).
            self._notice_waiting = True
            self.status_bar.clearMessage()

    def _say_waiting_notice(self) -> None:
        """The notice that gave way (show_notice), for the rest of its time, if any is left
        and no other passing message is said (按 Ctrl+Z 撤销 is not stepped on: the notice
        waits for a later status)."""
        if self._notice is None or not self._notice_waiting:
            return
        if self.status_bar.currentMessage():
            return
        text, short, until = self._notice
        left_ms = int((until - self._clock.now()).total_seconds() * 1000)
        self._notice_waiting = False
        if left_ms <= 0:
            self._notice = None
            self._say_next_notice()
            return
        self.status_bar.showMessage(text, left_ms, short=short)

    def show_sync_status(self, status: SyncStatus) -> None:
        self.sync_status = status
        if status.state is not SyncState.SYNCING:
            # A try is no verdict: offline, each retry said 正在同步 until it failed again,
            # and the notice came back over the bar at every one, and went at every failure.
            self._sync_troubled = status.state in _SYNC_TROUBLES
            if self._sync_troubled:
                self._notice_gives_way()
            else:
                self._say_waiting_notice()
        self._retry_tick.stop()
        self._sync_brief = False
        if self._first_sync_pending:
            self._follow_first_sync(status)
        when = status.at.astimezone(self._tz).strftime("%H:%M")
        # With several accounts, which one (the status is the worst of them).
        self._offline_account = status.account
        if status.state is SyncState.SIGN_IN:
            # Add account with the same user id signs that account in again.
            self._sign_in_account_id = status.account_id or 0
            said = (
                fill(self.tr("The server refused the sign-in of %1:"), status.account)
                if status.account
                else self.tr("The server refused the sign-in:")
            )
            self._show_linked(said, "sign-in")
            return
        if status.state is SyncState.STOPPED:  # the database is damaged: no retry
            self._show_linked(self.tr("Sync stopped: the local database is damaged."), "damage")
            return
        if status.state is SyncState.OFFLINE:
            self._retry_at = status.at + timedelta(seconds=status.retry_in_s or 0)
            self._offline_because = self._offline_reason(status.reason)
            self._offline_code = status.reason or ""
            self._show_retry()
            self._retry_tick.start()
            return
        if status.state is SyncState.NO_ACCOUNT:
            # The words of the line over the inbox, which links to adding one.
            text = self.tr("No account yet")
        elif status.state is SyncState.SYNCING:
            text = syncing_text()
        elif status.state is SyncState.SORTING:
            text = (
                self.tr("Sorting %n new message(s)…", "", status.unsorted)
                if status.unsorted
                else self.tr("Sorting new messages…")
            )
        else:
            text = up_to_date_text(when)
        self.sync_label.set_text(text)
        # Short enough to keep whole beside the morning digest (see `_fit_status`).
        self._sync_brief = True
        self._fit_status()

    def _follow_first_sync(self, status: SyncStatus) -> None:
        """Keeps the empty list saying what the first sync is doing until its messages are
        on screen. Settled (up to date, offline, no account…), the list says it is empty
        only once the re-read its last batch asked for is shown: the status came before
        that re-read, and 这里没有消息。 stood meanwhile (seconds on a busy computer)."""
        if status.state is SyncState.SORTING and status.unsorted:
            self._loading_step = self.tr("Sorting %n new message(s)…", "", status.unsorted)
        elif status.state is SyncState.SYNCING:
            self._loading_step = syncing_text()
        else:
            self._loading_step = ""
            self._first_sync_settled = True
            self._first_read_after_sync()
        self.list.viewport().update()

    def _room_for_message(self, text: str) -> None:
        """A passing message (按 Ctrl+Z 撤销, 请先按 A 确认) comes first: on a narrow window
        the status bar's standing words give way while it shows. They had cut it to a few
        characters (tester). The calendar warning first takes its short form (缺 2027 年假日,
        No 2027 holidays), then the invites and the quiet switch go, then the warning, and
        the unread count last: in English the sound message at 1366 px took the whole
        warning away, where the Chinese one left it standing (tester). A message with a
        short wording takes it before any of them goes: at 150 % the sound message took
        them all (the quiet switch, the warning, the count)."""
        calendar = self.calendar_warning
        standing = (calendar, self.invites_label, self.quiet_indicator, self.count_label)
        for widget in standing:
            self._give_way(widget, gone=False)
        if self._short_for_message:
            self._short_for_message = False
            self._word_status()
        if not text:
            self._fit_width()
            return
        bar = self.status_bar
        # What waits to be sent stands too, and never gives way.
        shown = [w for w in (*standing, self.reply_pending_label) if w.isVisible()]
        room = bar.width() - sum(w.sizeHint().width() + _STATUS_SPACING for w in shown)
        room -= _MESSAGE_MARGIN
        needed = bar.fontMetrics().horizontalAdvance(text)
        if room < needed and calendar in shown:
            before = calendar.sizeHint().width()
            self._short_for_message = True
            self._word_status()
            room += before - calendar.sizeHint().width()
        brief = bar.short_wording()
        if room < needed and brief:
            # Said in it (see ElidedLabel), the standing words stay.
            needed = bar.fontMetrics().horizontalAdvance(brief)
        for widget in self._giving_way():
            if room >= needed:
                break
            if widget in shown:
                room += widget.sizeHint().width() + _STATUS_SPACING
                self._give_way(widget, gone=True)

    def _show_retry(self) -> None:
        """Offline, or unable to save on this computer, counting down to the next try (a
        number that stood still read as a hang), with the try to be had at once."""
        left = max(0.0, (self._retry_at - self._clock.now()).total_seconds())
        if self._offline_code in ("triage", "triage_failed"):
            said = self._sorting_failed(f"{left:.0f}")
        elif self._offline_code.startswith("store_"):
            # "Offline (the disk is full)" sent users to check the network (a tester). The
            # disk is every account's: none is named.
            said = fill(
                self.tr("Cannot save to this computer (%1), retrying in %2 s"),
                self._offline_because,
                f"{left:.0f}",
            )
        elif self._offline_account:
            # The state first, the account last: on a narrow window the words elide from
            # the end, and "@zhangsan… 现在重试" said nothing was wrong (tester).
            said = fill(
                self.tr("Offline (%1), retrying in %2 s: %3"),
                self._offline_because,
                f"{left:.0f}",
                self._offline_account,
            )
        else:
            said = fill(
                self.tr("Offline (%1), retrying in %2 s"), self._offline_because, f"{left:.0f}"
            )
        self._show_linked(said, "retry")

    def _sorting_failed(self, left: str) -> str:
        """Sorting new messages failed, retrying in `left` seconds. Not "Offline": the
        server answered, and its messages wait for desk's own sorting (every account's)."""
        if self._offline_code == "triage_failed":  # the engine raised: a bug, for IT
            return fill(
                self.tr("Sorting new messages failed: the log file says where. Retrying in %1 s"),
                left,
            )
        # Its process stopped or stuck: a new one takes the messages again.
        return fill(self.tr("Sorting new messages failed, retrying in %1 s"), left)

    def _show_linked(self, said: str, link: str) -> None:
        words = {
            "sign-in": self.tr("sign in again"),
            "retry": self.tr("retry now"),
            "damage": self.tr("what to do"),
        }
        self.sync_label.set_text(said, link, words[link])

    def _on_status_link(self, link: str) -> None:
        if link == "sign-in":
            self.signInAgainRequested.emit(self._sign_in_account_id)
        elif link == "damage":
            self.damageHelpRequested.emit()
        else:
            self.statusBar().showMessage(self.tr("Trying again…"), 3000)
            self.retryRequested.emit()

    def set_confirm_within(self, within: timedelta | None) -> None:
        """How long a DING naming no time has to be confirmed: its card says by when
        (see card_text.confirm_text)."""
        self.model.confirm_within = within
        self.cards.set_confirm_within(within)
        self.list.viewport().update()

    def warn_calendar(self, years: list[int]) -> None:
        """Says, for as long as it holds, that quiet hours cannot know some year's holidays."""
        self.calendar_warning.setVisible(bool(years))
        self._calendar_years = listed(tuple(str(y) for y in years))
        self._calendar_count = len(years)
        self._calendar_short = None
        if years:
            self._fit_status()

    def _word_calendar(self, *, short: bool) -> None:
        """The calendar warning in full, or short beside the morning digest (see
        `_fit_status`): 缺 2027 年假日, the whole in its tooltip."""
        if not self._calendar_years or self._calendar_short is short:
            return
        self._calendar_short = short
        years = self._calendar_years
        count = self._calendar_count
        full = self.tr("No official holiday schedule(s) for %1", "", count).replace("%1", years)
        said = self.tr("No %1 holidays").replace("%1", years) if short else full
        link = self.tr("add days off")
        self.calendar_warning.set_text(f"{said} ·", "days", link)
        tip = self.tr(
            "Quiet hours assume Monday to Friday with only the holidays desk can foresee. "
            "Add other days off and make-up working days in Settings, or ask IT for a "
            "policy that includes the official schedule(s).",
            "",
            count,
        )
        self.calendar_warning.setToolTip(fill(self.tr("%1.\n\n%2"), full, tip) if short else tip)

    def _offline_reason(self, reason: str | None) -> str:
        return offline_reason(reason)

    def _update_counts(self) -> None:
        """Reads the unread counts per view and group off the GUI thread; requests while
        one runs fold into a single rerun after it."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True
        self._count_again = False
        if self.sidebar.away() is not None:
            self._recount_away()
        self._ops.run(self._counting_work(), self._show_counts, self._counts_failed)

    def _counting_work(self) -> Callable[[], _Counts]:
        """The store-thread work of a count (see `_update_counts`)."""
        queries, today = self._queries, self._today
        # A digest's list counted with the views (what quiet hours hold so far is the
        # status bar's count, see _list_holding): every view had its count, and the
        # digest's none (a tester, 08:35 after a night).
        held = self.sidebar.held()
        digest = held if held is not None and not held.holding else None
        return lambda: (
            queries.view_counts(),
            queries.group_counts(),
            queries.invite_count(),
            queries.workspace(),
            queries.open_counts(today),
            (digest, queries.held_counts(digest)) if digest is not None else None,
            queries.confirmations_waiting(),
        )

    def _counts_failed(self, _error: BaseException) -> None:
        # Logged by the store ops. Counting again is left to the next change: left
        # "counting", one failed read (a busy disk) kept the counts as they were for good.
        self._counting = False
        if self._count_again:
            self._update_counts()

    def _show_counts(self, counts: _Counts) -> None:
        self._counting = False
        self._shown_counts(counts)
        if self._count_again:
            self._update_counts()

    def _shown_counts(self, counts: _Counts) -> None:
        views, groups, invites, workspace, open_cards, digest, confirming = counts
        if confirming != self._confirmations_waiting:
            self._confirmations_waiting = confirming
            self._say_pending()
        if digest is not None and digest[0] == self.sidebar.held():
            # What it held, as the status bar counted it all night and the list's own
            # line says it: not what came through while quiet, listed first.
            cards, alerted = digest[1]
            self.sidebar.set_held_count(cards - alerted)
        if invites != self._invites:
            self._invites = invites
            self.list.viewport().update()  # the empty list's text names the invites
        self._show_workspace(workspace)
        self._group_names = {g.id: group_of_account(g.name, g.account) for g in groups}
        self.invites_label.setVisible(invites > 0)
        if invites:
            said = self.tr("%n group invite(s)", "", invites)
            self.invites_label.setText(f'<a href="invites">{html.escape(said)}</a>')
        self.sidebar.set_counts(views, groups, open_cards)
        # The groups' names came: the sidebar as wide as they ask, where there is room.
        self._splitter.fit_first()
        self.urgent_unread = views.get(ViewKind.URGENT, 0)
        self.urgentUnread.emit(self.urgent_unread)
        self.count_label.setText(
            self.tr("%1 unread").replace("%1", str(views.get(ViewKind.ALL, 0)))
        )
        # The count and the invites as wide as they now read (188 条未读, 1 个群邀请).
        self._fit_width()
        self._counted_groups = groups
        self._warm_views()

    def _warm_views(self) -> None:
        """The first screens of the tiers, All and the groups with the most unread,
        read in the store thread's spare time and laid out ahead (InboxDelegate.warm):
        the first switch to each then draws cards laid out already (issue 8). Once, when
        the groups are counted and the opening work may start: not ahead of the DING
        banner's first round (see `start_opening_work`)."""
        groups = self._counted_groups
        if self._views_warmed or groups is None or not self._opening_started:
            return
        self._views_warmed = True
        views = [View(kind) for kind in (ViewKind.URGENT, ViewKind.ACTION, ViewKind.ALL)]
        busiest = sorted((g for g in groups if g.unread), key=lambda g: -g.unread)
        views += [View(ViewKind.GROUP, group_id=g.id) for g in busiest[:WARMED_GROUPS]]
        views = [view for view in views if view != self.model.view]
        queries, rows = self._queries, self.list.rows_on_screen()

        def read() -> list[InboxRow]:
            found: dict[int, InboxRow] = {}
            for view in views:
                ids = [i for i in queries.page(view, None, rows).ids if i not in found]
                read = queries.rows(ids)
                found.update((i, read[i]) for i in ids if i in read)
            return list(found.values())

        def lay_out(found: list[InboxRow]) -> None:
            self.cards.warm(found, self.list.columnWidth(0), self.list.font())

        # Logged by the store ops if it fails: the switches then lay out as before.
        self._ops.run(read, lay_out, lambda _error: None, later=True, once="warm views")

    def _show_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.list.viewport().update()  # the empty list's text names the workspace
        label = self.demo_label
        add = self.tr("Add account")
        if workspace is Workspace.DEMO:
            label.set_text(self.tr("Demo workspace: its messages are invented"), "add", add)
            tip = self.tr(
                "desk is showing its built-in demo workspace, so that you can try it: "
                "its groups, people, notices and DINGs are made up. Add your work "
                "account (desk menu, Add account…) to use desk for real; the demo "
                "workspace is removed then."
            )
        elif workspace is Workspace.NO_ACCOUNT and self._no_account_hint:
            label.set_text(self.tr("No account yet"), "add", add)
            tip = self.tr(
                "desk has no account to sync. Add your work account (desk menu, Add "
                "account…); your IT staff can tell you the server's address."
            )
        else:
            tip = ""
        # With no account no DING can come: "No DING waits" under "No account yet" said
        # nothing, on a line of its own.
        self.banner_place.hold(workspace is not Workspace.NO_ACCOUNT)
        # Rich text, so that it wraps: as one line it ran across the screen.
        label.setToolTip(f"<p>{html.escape(tip)}</p>" if tip else "")
        label.setVisible(bool(tip))

    # selection

    def _show_in_pane(self, row: InboxRow | None) -> None:
        """The reading pane shows `row`, and the reply bar under it acts on it."""
        self.detail.show_row(row)
        self.reply_box.set_card(row)
        self._offer_unreported(row)

    def _current_row(self) -> InboxRow | None:
        index = self.list.currentIndex()
        return self.model.inbox_row(index.row()) if index.isValid() else None

    def _select_row(self, row: int, *, read: bool = False) -> None:
        """Makes `row` current. Only a user's move (`read`) marks it read: a DING that
        desk itself put first at start-up must not count as seen."""
        if self.model.rowCount() == 0:
            self._show_in_pane(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row)
        self._selecting = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        finally:
            self._selecting = False
        self.list.scrollTo(index)
        if read:
            self._user_chose = True
            self._mark_read(self._current_row())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.inbox_row(current.row()) if current.isValid() else None
        self._show_in_pane(row)
        if not self._selecting:
            self._answered_card = None  # the user went on: the card answered is not theirs now
            self._moved_under = None  # the user's own choice of card
            self._popup_ding = None  # `a` is for this card now
            if row is None or row.id != self._told_again:
                # Gone on from the DING told to want a second `a`: one put under the
                # selection again later is guarded again (see _note_landing).
                self._told_again = None
            if row is None or self._told_at is None or row.id != self._told_at[0]:
                self._told_at = None
            self._arrived_under = None
            self._user_chose = True
            # Arrow keys or a click: reading it in the pane is reading it; `u` undoes that.
            self._mark_read(row)

    def _on_click(self, index: QModelIndex) -> None:
        if index == self.list.currentIndex():
            # The card already selected, clicked: chosen as much as by a change of card,
            # which a click on it does not make.
            self._moved_under = None
            self._popup_ding = None
            self._arrived_under = None
            self._user_chose = True
            # Desk's own first selection is not reading; a click on it is.
            self._mark_read(self._current_row())

    def _mark_read(self, row: InboxRow | None) -> None:
        # A card read may fold unread copies (All's card of a notice forwarded to a group),
        # or be a copy folded under a notice elsewhere: those are read with it.
        folds = row is not None and (row.cluster is not None or bool(row.also_in))
        if row is not None and (not row.read or folds) and not self._writes_stopped:
            self._ops.run(lambda: self._queries.read_card(row.id), self._after_read)

    def _after_read(self, marked: list[int]) -> None:
        if marked:
            self.request_refresh()
