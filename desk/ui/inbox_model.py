"""The inbox list: ids of the current view, paged in from the store, rows in a bounded cache."""

from __future__ import annotations

import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desk.core.clock import Clock
from desk.core.search_order import RANKED, Standing, arranged, insertions
from desk.store.database import failure_cause, is_database_error
from desk.store.inbox import InboxQueries, InboxRow, Page, PageKey, View, ViewKind, indexed
from desk.ui.card_text import (
    ack_lines,
    acks_heading,
    answer_lines,
    answers_heading,
    message_text,
    reason_lines,
    roll_call_heading,
    roll_call_lines,
    spoken_text,
)

log = logging.getLogger("desk.ui.inbox")
# Confirmations a card's tooltip lists: a screenful's few lines.
ACKS_TIPPED = 10
# ...and of each reply's words, the first characters: a tooltip line does not wrap.
ANSWER_TIPPED = 30

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Whether the row is a search's first after its notices and tasks (the rest, newest first):
# the list draws a line above it.
REST_STARTS_ROLE = Qt.ItemDataRole.UserRole + 2
# Whether a reply written for the card waits unsent (see set_drafted).
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 200
# Someone who keeps paging down is going deep: each further page of ids is twice the last,
# up to this (ids are cheap; only the rows on screen are read).
MAX_PAGE = 3200
# What the store thread reads a step when it pages deep into a view for one card.
DEEP_PAGE = 20_000
# Rows read into the cache at a time around a row asked for: a screenful from it, and
# this many above it, which scrolling up shows next. Reading a card costs more than its id
# (folds, acks), and a view switch, a search or a jump down the list paints only what is
# on screen: reading 60 at a time cost a search at a million messages 2.5 ms more on
# average than 30, and its p95 49-56 ms against 46-50.
ROWS_ABOVE = 15
# The rows on screen until the view says (InboxView.rowsOnScreenChanged).
ROWS_ON_SCREEN = 15
CACHE_ROWS = 4 * PAGE

# A search looks this many message ids further down per step, and takes at most
# SEARCH_STEPS steps per fetch before the event loop has its turn again: a needle found
# mostly in rows no card shows is read in steps, and its cards show as they are found.
SEARCH_WINDOW = 50_000
SEARCH_STEPS = 4
# ...nor more steps than fit in this long: a word rare where it is searched (通知 in Done)
# took all four, and held the window 0.1-0.2 s, at 300,000 messages.
SEARCH_BUDGET_S = 0.03

# How long one window step of a search may hold the GUI thread: a needle whose matches in a
# window are mostly in messages the view does not show takes smaller windows after a slow
# one (通知 in Done read every match of a window for the few done: 278 ms a step at 100,000
# messages, none of them done), and larger ones again, up to SEARCH_WINDOW, while quick.
SEARCH_STEP_S = 0.02
SMALLEST_SEARCH_WINDOW = 1_000

# Rows read with a re-read beyond those on screen: a little scrolling stays in the cache.
REREAD_MARGIN = 10
# A view of at least this many cards is counted (InboxQueries.count) and shows every row
# at once: the rows whose ids are not read yet are drawn empty, and their ids and cards are
# read on the store thread for the rows a paint asks for (`_painted_row`), in one step from
# where the ids read end. The scroll bar then goes to All's 10,000th card at once; paged in
# as the list reached its end, it took 6 pages (12,600 ids), 540 ms at 100,000 messages
# (issue 8). A shorter view pages as before: a page or two reads it through.
COUNTED_FROM = 1_000
# A re-read counts the view again at most this often: a count costs the store thread what
# a scan of the view's index does (4 ms for All's 41,000 cards at 100,000 messages, some
# ten times that at a million), and a flood re-reads after every batch. Between counts the
# rows at the end may be a few more or fewer than the view lists, until the next count or
# until the ids are read to the end.
RECOUNT_S = 2.0
# The views whose last count is kept for when they are shown again.
KNOWN_COUNTS = 64
# The ids read beyond the last row a paint asked for: scrolling on finds them read.
IDS_BEYOND = 2 * PAGE

# The cards either side of the selected one that the selection may go to when it leaves
# its place: more than a burst of `e` presses takes away before its re-read comes back.
NEIGHBOURS = 50

_Index = QModelIndex | QPersistentModelIndex
# Runs work on the store thread, then its result or its failure on the GUI thread
# (StoreOps.run's signature).
RowReader = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None
]


# The store jobs one count of a search's matches in Done takes at most, each a few
# windows of ids (SEARCH_STEPS, SEARCH_BUDGET_S): past them the count says "or more".
DONE_COUNT_JOBS = 40
# ...and it stops at this many cards, saying "or more" too: the hint needs no more, and a
# frequent word (通知, 工作) was counted through every match in the store, 0.1-0.2 s of
# the store thread's time a search at 394,000 messages where many cards were done, the
# user's next action waiting behind it (perf47d).
DONE_COUNT_CAP = 100
# Where the cards marked done and their copies are no more than this many messages, the
# count looks only at the text matches among them (InboxQueries.done_search_ids): past it,
# done cards are common enough that the first DONE_COUNT_CAP are found soon.
DONE_AMONG_MOST = 5_000


class DoneTally(NamedTuple):
    """The cards marked done that a search for `needle` lists, as far as they were
    counted: `after` is where the count goes on, None once it is through (or given up:
    `through` says which)."""

    needle: str
    cards: frozenset[int] = frozenset()
    after: PageKey | None = None
    jobs: int = 0
    through: bool = False
    # What the count looks among (InboxQueries.done_search_ids), once its first job asked:
    # None while not asked, or where it walks every match.
    among: tuple[int, ...] | None = None
    asked: bool = False

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def going_on(self) -> bool:
        """Not counted through yet, within DONE_COUNT_JOBS, and under DONE_COUNT_CAP."""
        return not self.through and self.jobs < DONE_COUNT_JOBS and self.count < DONE_COUNT_CAP


def count_done(queries: InboxQueries, tally: DoneTally) -> DoneTally | None:
    """The next store job of counting the cards marked done that hold `tally.needle`, as
    the Done view would list them: a few windows of message ids, for at most
    SEARCH_BUDGET_S, so that the user's own writes queued behind go first. None where no
    text index answers the needle (a LIKE in Done took 0.2-0.4 s a step at 100,000
    messages) or the store could not be read just then (busy, a disk held): this only
    decides what the window says of Done, and a failed look says nothing but a note in
    the log, not a failed operation."""
    if not indexed(tally.needle):
        return None
    try:
        return _count_within_budget(queries, tally)
    except Exception as exc:
        if not is_database_error(exc) or failure_cause(exc) in ("corrupt", "other"):
            raise  # damage, or a bug: the log must say it
        log.info("done messages not counted: %s", failure_cause(exc))
        return None


def _count_within_budget(queries: InboxQueries, tally: DoneTally) -> DoneTally:
    view = View(ViewKind.DONE, search=tally.needle)
    cards, after = set(tally.cards), tally.after
    until = time.monotonic() + SEARCH_BUDGET_S
    among = tally.among
    if not tally.asked:
        # Asked once a count: a card marked done meanwhile starts a new one.
        found = queries.done_search_ids(DONE_AMONG_MOST)
        among = None if found is None else tuple(found)
    for _step in range(SEARCH_STEPS):
        # No further than the cap: a page of as many stops at the last it lists.
        wanted = max(1, min(DEEP_PAGE, DONE_COUNT_CAP - len(cards)))
        page = queries.page(view, after, wanted, SEARCH_WINDOW, cards, among=among)
        cards.update(page.ids)
        after = page.after
        if after is None:
            return DoneTally(
                tally.needle, frozenset(cards), None, tally.jobs + 1, True, among, True
            )
        if len(cards) >= DONE_COUNT_CAP or time.monotonic() >= until:
            break
    return DoneTally(tally.needle, frozenset(cards), after, tally.jobs + 1, False, among, True)


def next_window(window: int, took: float) -> int:
    """The message ids the next step of a search looks through, after one through `window`
    took `took` seconds: as many as fit in SEARCH_STEP_S at that pace, or twice as many
    while a step takes under half of it; between SMALLEST_SEARCH_WINDOW and SEARCH_WINDOW."""
    if took > SEARCH_STEP_S:
        window = int(window * SEARCH_STEP_S / took)
    elif took < SEARCH_STEP_S / 2:
        window *= 2
    return min(SEARCH_WINDOW, max(SMALLEST_SEARCH_WINDOW, window))


def neighbours(ids: Sequence[int], message_id: int, reach: int = NEIGHBOURS) -> tuple[int, ...]:
    """Where the selection goes when card `message_id` leaves its place: the cards that
    followed it in `ids`, nearest first, then those before it, nearest first. Named by
    id, not by row: a card arriving meanwhile takes a row, never one of these places."""
    try:
        at = ids.index(message_id)
    except ValueError:
        return ()
    after = ids[at + 1 : at + 1 + reach]
    before = ids[max(0, at - reach) : at]
    return (*after, *reversed(before))


class ReadOn(NamedTuple):
    """A re-read not through yet: its next store job (a search's next windows)."""

    work: Callable[[], Snapshot | ReadOn]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The view re-read off the GUI thread, for `InboxModel.apply`: its ids as far as it
    was paged, where the next page starts, and fresh rows for what is on screen."""

    view: View
    ids: list[int]
    after: PageKey | None
    rows: dict[int, InboxRow]
    # A search's cards as found, newest first, and the standings of the first RANKED,
    # which put `ids` in order (desk.core.search_order).
    found: list[int] | None = None
    standings: dict[int, Standing] = field(default_factory=dict)
    # How many cards the view lists in all (InboxQueries.count), where it was counted.
    count: int | None = None


class InboxModel(QAbstractListModel):
    """Signals: viewChanged(View) after the model shows another view or search;
    readFailed(str), with its cause (desk.store.database.failure_cause), when the store
    could not read the view further (`read_error`): damaged, it is read no further until
    another view or search is shown; otherwise (busy, a disk held a moment) the next page
    or refresh tries again, and readRecovered() follows once one is read; paged() after
    each page read in or re-read applied, whether or not it brought rows (the last step of
    a search may find none, and only say that the list is through)."""

    paged = Signal()
    viewChanged = Signal(object)
    readFailed = Signal(str)
    readRecovered = Signal()

    def __init__(
        self, queries: InboxQueries, tz: ZoneInfo, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._queries = queries
        self._tz = tz
        self._clock = clock
        # How long a DING naming no time has to be confirmed (see card_text.confirm_text).
        self.confirm_within: timedelta | None = None
        self._view = View()
        self._ids: list[int] = []
        # How many cards the view lists, where it was counted (see COUNTED_FROM): the rows
        # past `_ids` are shown empty until their ids are read. Never less than `_ids`.
        self._count: int | None = None
        # A read of the ids up to a row a paint asked for is under way, and the furthest
        # row asked for meanwhile.
        self._filling = False
        self._fill_wanted = 0
        # Bumped whenever `_ids` is put in another's place: a read of further ids begun
        # before is dropped.
        self._listing = 0
        # The last count of each view lately shown (see `set_view`).
        self._known_counts: OrderedDict[View, int] = OrderedDict()
        # When the count shown was taken (time.monotonic), for RECOUNT_S.
        self._counted_at = float("-inf")
        # Where the next page starts; paging by key, not by offset, stays fast deep down.
        self._after: PageKey | None = None
        # A search's cards as the store found them, newest first, and how likely each of
        # the first RANKED is what the user looks for: `_ids` lists them in that order.
        self._found: list[int] = []
        self._standings: dict[int, Standing] = {}
        self._standing_out = 0
        self._exhausted = False
        self._fetching = False
        self._page = PAGE
        self._cache: OrderedDict[int, InboxRow] = OrderedDict()
        # Rows are read with their roll calls, unless held (see `hold_roll_calls`).
        self._roll_calls = True
        self._on_screen = ROWS_ON_SCREEN
        # Bumped by each new view, so that a search step queued for the last one is dropped.
        self._generation = 0
        # The ids a search's next step looks through on this thread (see next_window): kept
        # from search to search, as what made a step slow (the store's size, the view) does.
        self._window = SEARCH_WINDOW
        self._read_error: BaseException | None = None
        # The view met a damaged page: paged no further, and the rows read with it not
        # again. Asked at each paint, such a read failed again each time, and each failure
        # replaced the GUI thread's connection.
        self._damaged = False
        self._unreadable: set[int] = set()
        # DINGs confirmed in this window only, the store refusing the write (damaged):
        # their cards no longer say unconfirmed, though the store still holds them pinned.
        self._confirmed_here: set[int] = set()
        # DINGs the user confirmed whose confirmation the store has not yet read back:
        # shown confirmed from the key press on, not from the store's answer, which a busy
        # store thread held back for 2 s (a tester pressed `a` again).
        self._confirming: set[int] = set()
        # Cards the user put away (done, back from Done) whose change the store has not yet
        # made: out of the list from the key press on (see `hide_leaving`).
        self._leaving: set[int] = set()
        # The cards a reply is written for and not sent (ReplyBox.draftsChanged).
        self._drafted: frozenset[int] = frozenset()
        # Runs a read on the store thread (StoreOps.run): set, a paint never reads the
        # store (see `read_rows_with`).
        self._run: RowReader | None = None
        self._ahead: RowReader | None = None
        # The rows a paint asked for that are not cached, waiting for the store thread, and
        # whether a read of them is under way.
        self._wanted: dict[int, None] = {}
        self._reading = False
        # ...and those the read under way reads: a paint meanwhile does not ask for them.
        self._in_flight: frozenset[int] = frozenset()

    @property
    def view(self) -> View:
        return self._view

    @property
    def read_error(self) -> BaseException | None:
        """Why the view could not be read further, or None once it could again."""
        return self._read_error

    @property
    def ids(self) -> Sequence[int]:
        """The ids listed, in order. A re-read or another view puts a new list in its
        place, and paging only adds to its end: held across `apply`, it stays the list
        as it was before."""
        return self._ids

    def set_view(self, view: View) -> None:
        self.beginResetModel()
        self._generation += 1
        self._view = view
        self._ids = []
        self._count = None
        self._counted_at = float("-inf")
        self._fill_wanted = 0
        self._after = None
        self._found = []
        self._standings = {}
        self._standing_out = 0
        self._exhausted = False
        self._page = PAGE
        self._cache.clear()
        self._wanted.clear()
        self._read_error = None
        self._damaged = False
        self._unreadable.clear()
        self.endResetModel()
        self.fetchMore(QModelIndex())
        if not self._exhausted and not self._damaged:
            # Shown before, the view takes the count it had then until it is counted again:
            # the store thread's answer waits behind the work the switch queued (250-320 ms
            # at 100,000 messages, the scroll bar paging meanwhile). A count gone stale
            # meanwhile only adds or takes rows at the end, a moment later.
            known = self._known_counts.get(view)
            if known is not None:
                self._counted(known)
            self._ask_count()
        self.viewChanged.emit(view)

    def _remember_count(self, view: View, count: int) -> None:
        self._known_counts[view] = count
        self._known_counts.move_to_end(view)
        while len(self._known_counts) > KNOWN_COUNTS:
            self._known_counts.popitem(last=False)

    def _ask_count(self) -> None:
        """Counts the view on the store thread (see COUNTED_FROM); without one (tests of
        the model alone), here. A count that fails leaves the list paging as before."""
        queries, view, generation = self._queries, self._view, self._generation
        if view.search.strip():
            return

        def counted(count: int | None) -> None:
            if count is not None:
                self._remember_count(view, count)
            if generation == self._generation:
                self._counted(count)

        def failed(error: BaseException) -> None:
            # Damage is said once, by the store that met it and by the list where a page
            # meets it: not again for each view counted.
            stored = isinstance(error, Exception) and is_database_error(error)
            if stored and failure_cause(error) == "corrupt":
                return
            log.info("the view not counted: %s", type(error).__name__)

        if self._ahead is None:
            try:
                counted(queries.count(view))
            except Exception as exc:
                if not is_database_error(exc):
                    raise
                failed(exc)
            return
        self._ahead(lambda: queries.count(view), counted, failed)

    def _counted(self, count: int | None) -> None:
        """Shows the rows of a view counted `count` cards: those past the ids read, empty."""
        if count is None or self._exhausted or (self._count is None and count < COUNTED_FROM):
            return
        self._counted_at = time.monotonic()
        self._set_count(count)

    def _set_count(self, count: int | None) -> None:
        """The view lists `count` cards (None: as many as its ids read): rows added or
        taken at the end. Never fewer than the ids read."""
        if count is not None:
            count = max(count, len(self._ids))
        rows, new_rows = self.rowCount(), len(self._ids) if count is None else count
        if new_rows > rows:
            self.beginInsertRows(QModelIndex(), rows, new_rows - 1)
            self._count = count
            self.endInsertRows()
        elif new_rows < rows:
            self.beginRemoveRows(QModelIndex(), new_rows, rows - 1)
            self._count = count
            self.endRemoveRows()
        else:
            self._count = count

    def move_on(self, view: View) -> None:
        """Takes `view`, the view shown as read at another time (Due today's next day), in
        place: no reset, the next re-read (`reread`, `apply`) moving cards in and out
        around the selection, as after a sync."""
        self._generation += 1  # a search's further windows were of the view before
        self._view = view

    def refresh(self) -> None:
        """Re-reads the view after the store changed, on the calling thread; see `reread`."""
        read = self.reread()()
        while isinstance(read, ReadOn):
            read = read.work()
        self.apply(read)

    def reread(
        self,
        anchor: int | None = None,
        span: int | None = None,
        keep: Iterable[int] = (),
        through: int | None = None,
        *,
        to_end: bool = False,
        top_row: int | None = None,
    ) -> Callable[[], Snapshot | ReadOn]:
        """The work of a refresh, to run on the store thread: the view as far as it had
        been paged (or further, as far as message `through`), and the rows of `span` cards
        (a screenful if None) from message `anchor` (the first card on screen; the top of
        the list if None or gone) and of the messages in `keep`. `to_end`: the view to its
        last card, and the rows of its last screenful (End). `top_row`: the first row on
        screen, where its id is not read yet (a counted view; `anchor` then None): the
        ids are read as far as the screen, and the rows from it.

        A search is read again as it was found, a few windows of message ids a store job
        (see `fetchMore`): the work comes back as `ReadOn` until it is through. In one go,
        a refresh during a search for a rare character (鑫, a letter) read every card's
        text, 0.4-0.5 s on the store thread at 300,000 messages, after every sync batch.

        Made on the GUI thread, which owns the model's state; the work reads only the store.
        """
        queries, view = self._queries, self._view
        counting = (
            self._count is not None
            and not to_end
            and time.monotonic() - self._counted_at >= RECOUNT_S
        )
        kept = tuple(keep)
        rows = self._on_screen if span is None else span
        wanted = self._reach((anchor, *kept), rows)
        if top_row is not None and anchor is None and not view.search.strip():
            wanted = max(wanted, top_row + rows + REREAD_MARGIN + PAGE)

        def snapshot(
            ids: list[int],
            after: PageKey | None,
            found: list[int] | None = None,
            standings: dict[int, Standing] | None = None,
        ) -> Snapshot:
            start = 0
            if to_end:
                start = max(0, len(ids) - rows)
            elif anchor is not None:
                try:
                    start = ids.index(anchor)
                except ValueError:
                    start = 0
            elif top_row is not None:
                start = min(top_row, max(0, len(ids) - rows))
            first = max(0, start - REREAD_MARGIN)
            shown = ids[first : start + rows + REREAD_MARGIN]
            on_page = set(ids)
            wanted_rows = list(dict.fromkeys([*shown, *(k for k in kept if k in on_page)]))
            read = queries.rows(wanted_rows)
            count = queries.count(view) if counting and after is not None else None
            return Snapshot(view, ids, after, read, found, standings or {}, count)

        def searched(found: list[int], after: PageKey | None) -> Snapshot:
            standings = queries.standings(view, found[:RANKED])
            return snapshot(arranged(found, standings), after, found, standings)

        def search_from(ids: list[int], after: PageKey | None) -> Callable[[], Snapshot | ReadOn]:
            def work() -> Snapshot | ReadOn:
                found, at = list(ids), after
                until = time.monotonic() + SEARCH_BUDGET_S
                for _step in range(SEARCH_STEPS):
                    # As far as it was paged; on, a page at a time, to the card `through`
                    # the search lists further down (a DING shown where the user is).
                    seeking = to_end or (through is not None and through not in found)
                    limit = max(wanted - len(found), PAGE if seeking else 0)
                    page = queries.page(view, at, limit, SEARCH_WINDOW, set(found))
                    found.extend(page.ids)
                    at = page.after
                    seeking = to_end or (seeking and through not in page.ids)
                    if at is None or (len(found) >= wanted and not seeking):
                        return searched(found, at)
                    if time.monotonic() >= until:
                        break
                return ReadOn(search_from(found, at))

            return work

        def work() -> Snapshot | ReadOn:
            page = queries.page(view, limit=wanted)
            ids = list(page.ids)
            if to_end:
                # End: paged here in large steps, not a page a key press on the GUI
                # thread (a tester pressed End 7 times in All's 38,000 cards, each press
                # 0.2-1.9 s, and was still in the Action section).
                while page.after is not None:
                    page = queries.page(view, page.after, DEEP_PAGE)
                    ids.extend(page.ids)
            elif through is not None:
                # Paged here, not on the GUI thread: a card deep in a view (opened from a
                # notification) froze the window 0.1-0.4 s at 300,000 messages.
                seen = set(ids)
                while through not in seen and page.after is not None:
                    page = queries.page(view, page.after, DEEP_PAGE)
                    ids.extend(page.ids)
                    seen.update(page.ids)
            return snapshot(ids, page.after)

        return search_from([], None) if view.search.strip() else work

    def _paged_on(
        self, snapshot: Snapshot, after: PageKey, reaching: int
    ) -> tuple[Snapshot, PageKey | None]:
        """`snapshot` paged on from `after` as deep as the list is now, if it stops above
        card `reaching` that the list holds (see `apply`); each id once, the store having
        moved cards since the re-read. Ids alone: a page costs what the list's own paging
        costs. Not read (busy, a disk held a moment), the re-read is shown as it was."""
        ids = snapshot.ids
        if reaching in ids or reaching not in self._ids:
            return snapshot, after
        depth = len(self._ids)
        listed = set(ids)
        more: list[int] = []
        try:
            while after is not None and reaching not in listed and len(ids) + len(more) < depth:
                page = self._queries.page(self._view, after, depth - len(ids) - len(more))
                fresh = [i for i in page.ids if i not in listed]
                more.extend(fresh)
                listed.update(fresh)
                after = page.after
        except Exception as exc:
            if not is_database_error(exc):
                raise
            log.info("a re-read not paged on: %s", failure_cause(exc))
            return snapshot, snapshot.after
        return replace(snapshot, ids=[*ids, *more]), after

    def _reach(self, marks: Iterable[int | None], rows: int) -> int:
        """How many ids a refresh reads again: the list as far as it had been paged, but
        no further than a page past the furthest of `marks` (the screen's top, the cards
        kept). Paged 123,000 rows deep and back at the top, every refresh read them all
        again (0.9 s a key press at 300,000 messages); what lies beyond pages in again."""
        ids = self._ids
        furthest = 0
        for message_id in marks:
            if message_id is not None:
                with contextlib.suppress(ValueError):
                    furthest = max(furthest, ids.index(message_id))
        return max(PAGE, min(len(ids), furthest + rows + REREAD_MARGIN + PAGE))

    def apply(self, snapshot: Snapshot, *, reaching: int | None = None) -> set[int] | None:
        """Shows a re-read view without a reset: the selection and the other persistent
        indexes follow their messages, rows that did not change keep their cached card
        (and its painted text), and only changed rows are repainted. Returns the ids of
        cached cards that changed; None if the model shows another view by now (the
        snapshot is dropped).

        `reaching`: the card at the top of the screen now. A re-read of a view without a
        search that stops above it (the list was paged further while it ran) is paged on
        here, as deep as the list was: it read as far as the screen was when it began,
        and the list shrank under someone paging down, the scroll bar jumping back (at a
        million messages, start-up's re-read came while the bench paged All to its
        10,000th card: 9 pages, not 6)."""
        if snapshot.view != self._view:
            return None
        after = snapshot.after
        if reaching is not None and after is not None and snapshot.found is None:
            snapshot, after = self._paged_on(snapshot, after, reaching)
        self._after = after
        self._exhausted = after is None
        if snapshot.found is not None:
            self._found = snapshot.found
            self._standings = snapshot.standings
            self._standing_out = self._count_standing_out()
        changed: list[int] = []
        fresh: OrderedDict[int, InboxRow] = OrderedDict()
        for message_id, read in snapshot.rows.items():
            if not read.pinned:
                self._confirming.discard(message_id)  # the store has the confirmation
            row = self._as_shown(message_id, read)
            old = self._cache.get(message_id)
            if old is not None and old == row:
                fresh[message_id] = old  # the same object: the delegate's layout still holds
            else:
                fresh[message_id] = row
                if old is not None:
                    changed.append(message_id)
        # Rows not re-read may be stale (read, acknowledged since): they load again on demand.
        self._cache = fresh
        self._read_again()
        # A re-read begun before the change was made still lists the cards put away.
        ids = [i for i in snapshot.ids if i not in self._leaving] if self._leaving else snapshot.ids
        count = self._count_after(snapshot, ids, after)
        if ids == self._ids:
            # Rows may keep their places while their sort keys move (a score rose).
            for message_id in changed:
                row = self.row_of(message_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row), self.index(row))
            self._set_count(count)
            self.paged.emit()
            return set(changed)
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        rows = len(ids) if count is None else count
        persistent = self.persistentIndexList()
        moved_to = {message_id: row for row, message_id in enumerate(ids)}
        targets = [
            moved_to.get(old_ids[index.row()], -1)
            if 0 <= index.row() < len(old_ids)
            # A row not read yet stays where it is, if the list still reaches it.
            else (index.row() if len(old_ids) <= index.row() < rows else -1)
            for index in persistent
        ]
        self._ids = ids
        self._count = count
        self._listing += 1
        self.changePersistentIndexList(
            persistent, [self.index(t) if t >= 0 else QModelIndex() for t in targets]
        )
        self.layoutChanged.emit()
        self.paged.emit()
        return set(changed)

    def _count_after(
        self, snapshot: Snapshot, ids: Sequence[int], after: PageKey | None
    ) -> int | None:
        """The count of the view once `snapshot` (listing `ids`, its next page at `after`)
        is shown: its own, if it counted the view (and the view is counted, see
        COUNTED_FROM); else the one known, which the next re-read counts again. None where
        the ids are read through: the list has as many rows as they."""
        if after is None:
            return None
        if snapshot.count is not None:
            self._remember_count(snapshot.view, snapshot.count)
            self._counted_at = time.monotonic()
        count = self._count if snapshot.count is None else snapshot.count
        if count is None or (self._count is None and count < COUNTED_FROM):
            return None
        return max(count, len(ids))

    @property
    def standing_out(self) -> int:
        """How many cards a search lists before the rest, as likelier what it looks for
        (notices and tasks; desk.core.search_order); 0 without a search."""
        return self._standing_out

    def _count_standing_out(self) -> int:
        return sum(
            self._standings.get(card, Standing.REST) < Standing.REST
            for card in self._found[:RANKED]
        )

    def row_of(self, message_id: int) -> int | None:
        try:
            return self._ids.index(message_id)
        except ValueError:
            return None

    def message_id(self, row: int) -> int | None:
        """The card at `row`; its ids read here first if the list has not read them yet
        (a counted view, see COUNTED_FROM): the selection, a read mark or a re-read's
        anchor at a row only drawn so far need the card, as `inbox_row` reads its row."""
        if 0 <= row < len(self._ids):
            return self._ids[row]
        if row < 0 or row >= self.rowCount():
            return None
        self._fill_here(row)
        return self._ids[row] if row < len(self._ids) else None

    @property
    def counted(self) -> bool:
        """The view was counted: it has a row for every card it lists, their ids read or
        not (see COUNTED_FROM)."""
        return self._count is not None

    def read_id(self, row: int) -> int | None:
        """The card at `row` if its id is read, else None (see `message_id`)."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _fill_here(self, row: int) -> None:
        """Reads the view's ids on this thread as far as `row` and a little further."""
        if self._exhausted or self._damaged:
            return
        limit = max(PAGE, row + self._on_screen + IDS_BEYOND - len(self._ids))
        try:
            page = self._queries.page(self._view, self._after, limit)
        except Exception as exc:
            self._read_failed(exc)
            return
        self._read_in(page.ids, page.after)
        self._read_again()

    def _read_in(self, more: Sequence[int], after: PageKey | None) -> None:
        """Adds the ids `more`, read from where `_ids` end, up to `after`: rows drawn
        empty so far (a counted view) take them, and rows past them are added. Read
        through, the rows that stay empty go (the view counted more than it listed)."""
        self._after = after
        self._exhausted = after is None
        at = len(self._ids)
        within = max(0, min(len(more), self.rowCount() - at))
        if within:
            # In place: paging only adds to the end of `ids` (see `ids`).
            self._ids.extend(more[:within])
            self.dataChanged.emit(self.index(at), self.index(at + within - 1))
        if within < len(more):
            self.beginInsertRows(QModelIndex(), at + within, at + len(more) - 1)
            self._ids.extend(more[within:])
            if self._count is not None:
                self._count = len(self._ids)
            self.endInsertRows()
        if self._exhausted and self._count is not None:
            self._set_count(None)

    def _fill_to(self, row: int) -> None:
        """Reads the view's ids as far as `row` (a row a paint asked for, not read yet)
        and a little further, and the cards around it, on the store thread; one read at
        a time, the furthest row asked for meanwhile read next."""
        self._fill_wanted = max(self._fill_wanted, row)
        run = self._ahead
        if run is None or self._filling or self._exhausted or self._damaged:
            return
        row = self._fill_wanted
        start, after, listing = len(self._ids), self._after, self._listing
        generation, queries, view = self._generation, self._queries, self._view
        limit = max(PAGE, row + self._on_screen + IDS_BEYOND - start)
        # The cards a screenful from the row, and a few above it (see `_painted_row`).
        first, last = max(0, row - ROWS_ABOVE - start), row + self._on_screen - start
        roll_calls = self._roll_calls
        self._filling = True

        def read() -> tuple[Page, dict[int, InboxRow]]:
            page = queries.page(view, after, limit)
            return page, queries.rows(page.ids[first:last], with_roll_calls=roll_calls)

        def done(result: tuple[Page, dict[int, InboxRow]]) -> None:
            self._filling = False
            page, rows = result
            if generation != self._generation:
                return
            if self._listing == listing and len(self._ids) == start and self._after == after:
                self._read_in(page.ids, page.after)
                self._read_again()
                self.paged.emit()
            # Else the list was read further meanwhile (a re-read): on from where its ids
            # end now, if the row is still not read. The cards are the store's either way.
            self._rows_read(rows)
            if len(self._ids) <= self._fill_wanted < self.rowCount():
                self._fill_to(self._fill_wanted)

        def failed(error: BaseException) -> None:
            self._filling = False
            if generation == self._generation and isinstance(error, Exception):
                with contextlib.suppress(Exception):  # StoreOps has logged it
                    self._read_failed(error)

        run(read, done, failed)

    def set_rows_on_screen(self, rows: int) -> None:
        """How many rows the view shows at once: a read covers them in one query."""
        self._on_screen = max(1, rows)

    def confirm_here(self, message_ids: Iterable[int]) -> None:
        """Shows the DINGs `message_ids` as confirmed: confirmed in this window, which the
        damaged store could not save. Their cards said unconfirmed until desk restarted."""
        self._confirmed_here.update(message_ids)
        self._reshow()

    def show_confirming(self, message_id: int) -> None:
        """Shows the DING `message_id` as confirmed before the store has it; a re-read
        that finds it confirmed takes over, `stop_confirming` takes it back."""
        self._confirming.add(message_id)
        self._reshow()

    def hide_leaving(self, message_id: int) -> None:
        """Takes card `message_id` out of the list before the store has made the change
        that takes it out of the view: `e` waited for the store thread, 4 s on a busy
        machine (a tester). `stop_leaving` ends it, once the store answered."""
        self._leaving.add(message_id)
        at = self.row_of(message_id)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        # A new list, not this one changed: callers keep the list as it was (`ids`).
        self._ids = self._ids[:at] + self._ids[at + 1 :]
        if self._count is not None:
            self._count -= 1
        self._listing += 1
        self.endRemoveRows()

    def stop_leaving(self, message_id: int) -> None:
        """The store answered the change to card `message_id`: re-reads list it as the
        store has it (done, out of the view; refused, back in it at the next re-read)."""
        self._leaving.discard(message_id)

    def confirm_stored(self, message_id: int) -> None:
        """The store holds DING `message_id` confirmed: its card reads what the store says
        from now on (a DING sent again into it pins it anew). Cached shown confirmed, it
        stays so until re-read."""
        self._confirming.discard(message_id)

    def stop_confirming(self, message_id: int) -> None:
        """The store refused the confirmation of `message_id`: its card says unconfirmed
        again."""
        if message_id not in self._confirming:
            return  # read back confirmed already, or never shown so
        self._confirming.discard(message_id)
        cached = self._cache.get(message_id)
        if cached is None or message_id in self._confirmed_here:
            return
        # Cached as shown, unpinned; the store still holds it pinned.
        self._cache[message_id] = replace(cached, pinned=True)
        at = self.row_of(message_id)
        if at is not None:
            self.dataChanged.emit(self.index(at), self.index(at))

    def _reshow(self) -> None:
        """Repaints the cached cards that read otherwise now."""
        for message_id, row in list(self._cache.items()):
            shown = self._as_shown(message_id, row)
            if shown is not row:
                self._cache[message_id] = shown
                at = self.row_of(message_id)
                if at is not None:
                    self.dataChanged.emit(self.index(at), self.index(at))

    def hold_roll_calls(self) -> None:
        """Reads rows without their roll calls until `release_roll_calls`. For the window's
        first paint: the roll-call rules (their regexes, the converter to simplified
        characters) cost a cold start of 0.5 s some 40 ms before the first card showed; a
        re-read after the paint brings what they say."""
        self._roll_calls = False

    def release_roll_calls(self) -> None:
        """Rows read from now on come with their roll calls; those read while held are
        still cached without them, until a re-read (the window's, after its first paint)."""
        self._roll_calls = True

    def set_drafted(self, card_ids: frozenset[int]) -> None:
        """The cards a reply is written for and not sent: each is drawn and spoken with a
        mark from now on, and those that gained or lost it are repainted. A user back from
        other cards could not tell which one held the reply they had begun (a tester)."""
        changed = self._drafted ^ card_ids
        self._drafted = card_ids
        for card_id in changed:
            at = self.row_of(card_id)
            if at is not None:
                self.dataChanged.emit(self.index(at), self.index(at))

    def _as_shown(self, message_id: int, row: InboxRow) -> InboxRow:
        if row.pinned and (message_id in self._confirmed_here or message_id in self._confirming):
            return replace(row, pinned=False)
        return row

    def _cached(self, message_id: int) -> InboxRow | None:
        """The cached row of `message_id`, kept as the most recently used; None if none."""
        cached = self._cache.get(message_id)
        if cached is not None:
            self._cache.move_to_end(message_id)
        return cached

    def inbox_row(self, row: int) -> InboxRow | None:
        message_id = self.message_id(row)
        if message_id is None:
            return None
        cached = self._cached(message_id)
        if cached is not None:
            return cached
        if message_id in self._unreadable:
            return None
        # Load the rows around it in one query: scrolling asks for neighbours next. Those
        # still cached (the screen just scrolled past) are not read again.
        start = max(0, row - ROWS_ABOVE)
        cache, unreadable = self._cache, self._unreadable
        wanted = [
            i
            for i in self._ids[start : row + self._on_screen]
            if i not in cache and i not in unreadable
        ]
        try:
            loaded_rows = self._queries.rows(wanted, with_roll_calls=self._roll_calls)
        except Exception as exc:
            # Asked at each paint: raised into Qt, it was logged as uncaught every time.
            self._read_failed(exc, wanted)
            return None
        for mid, loaded in loaded_rows.items():
            cache[mid] = self._as_shown(mid, loaded)
        while len(cache) > CACHE_ROWS:
            cache.popitem(last=False)
        return cache.get(message_id)

    def read_rows_with(self, run: RowReader, ahead: RowReader | None = None) -> None:
        """Reads the rows a paint finds uncached with `run`, on the store thread, the card
        drawn empty until they come: read on the GUI thread as it painted, a restarted
        desk of 100,000 messages stayed black 47-100 s on a busy machine (a tester), each
        screenful a query, with its roll calls' rules compiled, while the store thread held
        the GIL. Without it (tests of the model alone), a paint reads them itself.

        `ahead` (`run` if None) runs the view's count and the ids of rows not read yet
        (see COUNTED_FROM) ahead of the store thread's queued work: a few milliseconds
        each, and until they come the scroll bar pages instead of jumping."""
        self._run = run
        self._ahead = run if ahead is None else ahead

    @property
    def reading(self) -> bool:
        """Rows a paint asked for are being read, or wait to be (see `read_rows_with`),
        or their ids (a counted view, see COUNTED_FROM)."""
        return self._reading or bool(self._wanted) or self._filling

    def _painted_row(self, row: int) -> InboxRow | None:
        """The row for a paint: from the cache, or None while the store thread reads it."""
        if self._run is None:
            return self.inbox_row(row)
        if not 0 <= row < len(self._ids):
            if 0 <= row < self.rowCount():
                self._fill_to(row)  # drawn empty until its id and card are read
            return None
        message_id = self._ids[row]
        cached = self._cached(message_id)
        if cached is not None:
            return cached
        if message_id not in self._unreadable:
            # A screenful from it, and a few above it, which scrolling up shows next.
            start = max(0, row - ROWS_ABOVE)
            for i in self._ids[start : row + self._on_screen]:
                if i not in self._cache and i not in self._unreadable and i not in self._in_flight:
                    self._wanted[i] = None
            self._read_wanted()
        return None

    def _read_wanted(self) -> None:
        """Reads the rows paints asked for on the store thread, one read at a time."""
        run = self._run
        if run is None or self._reading or not self._wanted:
            return
        wanted = list(self._wanted)
        self._wanted.clear()
        self._reading = True
        self._in_flight = frozenset(wanted)
        queries, roll_calls, generation = self._queries, self._roll_calls, self._generation

        def read() -> dict[int, InboxRow]:
            return queries.rows(wanted, with_roll_calls=roll_calls)

        def done(rows: dict[int, InboxRow]) -> None:
            self._reading = False
            self._in_flight = frozenset()
            # Of another view by now, the rows are still the store's: cached by id.
            self._rows_read(rows)
            self._read_wanted()

        def failed(error: BaseException) -> None:
            self._reading = False
            self._in_flight = frozenset()
            if generation == self._generation and isinstance(error, Exception):
                with contextlib.suppress(Exception):  # StoreOps has logged it
                    self._read_failed(error, wanted)

        run(read, done, failed)

    def _rows_read(self, rows: dict[int, InboxRow]) -> None:
        """Caches rows read for a paint and repaints the list. A re-read applied meanwhile
        read them as late or later: those cached stay."""
        cache = self._cache
        fresh = [mid for mid in rows if mid not in cache]
        for mid in fresh:
            cache[mid] = self._as_shown(mid, rows[mid])
        while len(cache) > CACHE_ROWS:
            cache.popitem(last=False)
        if fresh and self._ids:
            # The whole range: the view repaints what it shows, without looking up where
            # each row is (an index search of a list of 100,000 ids per row).
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            self._read_again()

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._count is None else self._count

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._damaged

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted or self._fetching or self._damaged:
            return
        try:
            self._fetch()
        except Exception as exc:
            # Qt asks again at each scroll and each paint: raised into it, the failure was
            # logged as uncaught every time, and the view went on asking.
            self._read_failed(exc)
            return
        self._read_again()

    def _read_failed(self, error: Exception, rows: Iterable[int] = ()) -> None:
        """Notes why the view, or `rows` of it, could not be read (see `readFailed`): said
        and logged once. Only damage stops it for good: a database busy or a disk held a
        moment (an antivirus scan on Windows) stopped the list until another view."""
        if not is_database_error(error):
            raise error
        cause = failure_cause(error)
        if cause == "corrupt":
            self._unreadable.update(rows)
            if self._damaged:
                return
            self._damaged = True
            log.error("the list could not be read further: %s (%s)", type(error).__name__, cause)
        elif self._read_error is not None:
            return
        else:
            log.warning("the list could not be read for now: %s (%s)", type(error).__name__, cause)
        self._read_error = error
        self.readFailed.emit(cause)

    def _read_again(self) -> None:
        """A read of the view went through: a failure that was not damage is over."""
        if self._read_error is None or self._damaged:
            return
        self._read_error = None
        self.readRecovered.emit()

    def _fetch(self) -> None:
        """The next page of the view's ids, and the first screen's rows with the first."""
        self._fetching = True
        try:
            searching = bool(self._view.search.strip())
            more: list[int] = []
            # A search would list a card again at an older match of one of its copies.
            shown = set(self._ids) if searching else set()
            elapsed = self._clock.elapsed
            until = elapsed() + SEARCH_BUDGET_S
            for _step in range(SEARCH_STEPS if searching else 1):
                want = self._page - len(more)
                window = min(self._window, SEARCH_WINDOW) if searching else None
                began = elapsed()
                page = self._queries.page(self._view, self._after, want, window, shown)
                if window is not None:
                    self._window = next_window(window, elapsed() - began)
                shown.update(page.ids)
                more.extend(page.ids)
                self._after = page.after
                if page.after is None or len(more) >= self._page or elapsed() >= until:
                    break
            self._exhausted = self._after is None
            if len(more) >= self._page:
                self._page = min(2 * self._page, MAX_PAGE)
            if not searching and self._count is not None:
                # Counted: the rows are there, drawn empty; the ids fill them.
                self._read_in(more, self._after)
            elif more:
                runs = self._searched(more) if searching else [(len(self._ids), more)]
                if not self._ids:
                    # The first screen's rows, read here rather than first in the slots the
                    # new rows set off (the window selects the first card): a store damaged
                    # inside then fails this read, which the window's start raises again
                    # (it offers Start afresh; see `read_error`), not a Qt signal's slot.
                    # Cached: the selection reads them from memory.
                    first_screen = runs[0][1][: self._on_screen]
                    read = self._queries.rows(first_screen, with_roll_calls=self._roll_calls)
                    for mid, loaded in read.items():
                        self._cache[mid] = self._as_shown(mid, loaded)
                for row, cards in runs:
                    self.beginInsertRows(QModelIndex(), row, row + len(cards) - 1)
                    self._ids[row:row] = cards
                    self.endInsertRows()
        finally:
            self._fetching = False
            self.paged.emit()
        if searching and not self._exhausted and len(self._ids) < PAGE:
            # The first screen is not full yet: look further once the event loop has run.
            generation = self._generation
            QTimer.singleShot(0, lambda: self._search_on(generation))

    def _searched(self, more: list[int]) -> list[tuple[int, list[int]]]:
        """Where the cards `more` a search found next go in its list, as runs (the row
        each starts at, its cards; see desk.core.search_order.insertions): each of the
        first RANKED found after the last card of its standing, the rest at the end, so
        that no card listed moves (desk.core.search_order)."""
        fresh = more[: max(0, RANKED - len(self._found))]
        self._found.extend(more)
        if not fresh:
            return [(len(self._ids), more)]
        self._standings.update(self._queries.standings(self._view, fresh))
        self._standing_out = self._count_standing_out()
        return list(insertions(self._ids, arranged(self._found, self._standings)))

    def _search_on(self, generation: int) -> None:
        if generation == self._generation:
            self.fetchMore(QModelIndex())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The view's headers are hidden; a screen reader should not announce a "1".
        return None

    def _tip(self, row: InboxRow) -> str | None:
        """The group and who posted, whole (a card cuts both at a large text size), why
        the card ranks, then who confirmed its notice, where and when (the card's line
        under it names three), and who answered it: from the row as read for the card,
        not read again."""
        now = self._clock.now()
        who = f"{row.group_name} · {row.sender_name}"
        parts = ["\n".join((who, *reason_lines(row, self._tz, now)))]
        if row.sent_ding is None and row.acks:
            # A tooltip does not scroll: the first ones, and the reading pane lists all.
            said = (acks_heading(row), *ack_lines(row, self._tz, now, limit=ACKS_TIPPED))
            parts.append("\n".join(said))
        if row.roll_call is not None:
            lines = roll_call_lines(row, self._tz, now)
            parts.append("\n".join((roll_call_heading(row), *lines)))
        if row.answers:
            lines = answer_lines(row, self._tz, now, limit=ACKS_TIPPED, width=ANSWER_TIPPED)
            parts.append("\n".join((answers_heading(row), *lines)))
        return "\n\n".join(p for p in parts if p) or None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._painted_row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == REST_STARTS_ROLE:
            return 0 < self._standing_out == index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.group_name} · {row.sender_name}: {message_text(row)}"
        if role == DRAFT_ROLE:
            return row.id in self._drafted
        if role == Qt.ItemDataRole.AccessibleTextRole:
            drafted = row.id in self._drafted
            return spoken_text(
                row, self._tz, self._clock.now(), self.confirm_within, drafted=drafted
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row)
        return None
