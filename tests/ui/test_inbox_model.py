"""The inbox model pages ids in from the store: more at a time the deeper someone goes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import timedelta

import pytest
import sqlcipher3
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, InboxRow, Page, PageKey, View, ViewKind
from desk.store.store import Store
from desk.ui import inbox_model
from desk.ui.inbox_model import PAGE, DoneTally, InboxModel, ReadOn, Snapshot, count_done
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo


class _Recorded(InboxQueries):
    """The real queries, noting how many ids each page asked for."""

    def __init__(self, store: Store) -> None:
        super().__init__(store.sessions)
        self.limits: list[int] = []
        self.windows: list[int | None] = []

    def page(
        self,
        view: View,
        after: PageKey | None = None,
        limit: int = 200,
        window: int | None = None,
        shown: AbstractSet[int] = frozenset(),
    ) -> Page:
        self.limits.append(limit)
        self.windows.append(window)
        return super().page(view, after, limit, window, shown)


def test_each_further_page_is_larger_and_a_new_view_starts_small(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = _Recorded(store)
    model = InboxModel(queries, SHANGHAI, clock)
    every_message = View(unfolded=True)
    model.set_view(every_message)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert queries.limits[:2] == [PAGE, 2 * PAGE]
    whole = queries.page(every_message, limit=10**6).ids
    assert model.rowCount() == len(whole) > 2 * PAGE
    # A re-read after the store changed keeps every row paged in as far as a card it
    # keeps (the selected one, the screen's top)...
    snapshot = model.reread(keep=(whole[-1],))()
    assert isinstance(snapshot, Snapshot)
    model.apply(snapshot)
    assert [model.message_id(r) for r in range(model.rowCount())] == whole
    # ...and no further than a page past them: paged deep and back at the top, every
    # refresh read the whole depth again (0.9 s a key press at 300,000 messages).
    model.refresh()
    kept = model.rowCount()
    assert PAGE < kept < len(whole)
    assert [model.message_id(r) for r in range(kept)] == whole[:kept]
    assert model.canFetchMore(QModelIndex())

    queries.limits.clear()
    model.set_view(View())
    assert queries.limits == [PAGE]


def test_a_re_read_the_list_was_paged_past_meanwhile_is_paged_on_as_deep(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    every_message = View(unfolded=True)
    whole = queries.page(every_message, limit=10**6).ids
    model = InboxModel(queries, SHANGHAI, clock)
    model.set_view(every_message)
    # A re-read begun at the top of the list (a sync batch, start-up's rerank)...
    work = model.reread()
    # ...while the user pages on, to a card below all it reads.
    model.fetchMore(QModelIndex())
    depth = model.rowCount()
    on_screen = model.message_id(depth - 5)
    assert on_screen is not None
    snapshot = work()
    assert isinstance(snapshot, Snapshot)
    assert on_screen not in snapshot.ids

    model.apply(snapshot, reaching=on_screen)

    # Not cut back to where the re-read began: the screen would jump up.
    assert model.rowCount() >= depth
    assert list(model.ids) == whole[: model.rowCount()]
    # Paging on from there lists each card once, in order.
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert list(model.ids) == whole


def test_a_search_reads_in_steps_and_shows_its_cards_as_they_are_found(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync_demo(store, clock)
    queries = _Recorded(store)
    searched = View(search="收到", unfolded=True)
    whole = queries.page(searched, limit=10**6).ids
    assert len(whole) > 4
    # Windows of a few message ids: the demo's matches lie in many of them.
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 3)
    model = InboxModel(queries, SHANGHAI, clock)
    queries.windows.clear()
    model.set_view(searched)
    # One fetch looks through at most SEARCH_STEPS windows before the event loop runs.
    assert 0 < len(queries.windows) <= inbox_model.SEARCH_STEPS
    assert set(queries.windows) == {3}
    assert model.rowCount() < len(whole)
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()) or model.rowCount() >= PAGE)
    assert [model.message_id(r) for r in range(model.rowCount())] == whole
    # ...and no more steps than fit in its time (通知 in Done took all four, holding the
    # window 0.1-0.2 s at 300,000 messages): with none to spare, one step a fetch.
    monkeypatch.setattr(inbox_model, "SEARCH_BUDGET_S", 0.0)
    model.set_view(View())
    queries.windows.clear()
    model.set_view(searched)
    assert queries.windows == [3]
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()) or model.rowCount() >= PAGE)
    assert [model.message_id(r) for r in range(model.rowCount())] == whole


class _Paced(_Recorded):
    """As _Recorded; each step of a search takes a millisecond of the clock per message
    id of its window, as a needle whose matches the view mostly does not show does."""

    def __init__(self, store: Store, clock: ManualClock) -> None:
        super().__init__(store)
        self.clock = clock
        self.took: list[float] = []

    def page(
        self,
        view: View,
        after: PageKey | None = None,
        limit: int = 200,
        window: int | None = None,
        shown: AbstractSet[int] = frozenset(),
    ) -> Page:
        if window is not None:
            self.clock.advance(timedelta(milliseconds=window))
            self.took.append(window / 1000)
        return super().page(view, after, limit, window, shown)


def test_a_search_slow_in_its_view_looks_through_smaller_windows(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 通知 in Done read every match of a window of 50,000 ids for the few done, 278 ms with
    # the window frozen, step after step.
    sync_demo(store, clock)
    queries = _Paced(store, clock)
    searched = View(search="收到", unfolded=True)
    whole = queries.page(searched, limit=10**6).ids
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 64)
    monkeypatch.setattr(inbox_model, "SMALLEST_SEARCH_WINDOW", 2)
    model = InboxModel(queries, SHANGHAI, clock)
    queries.took.clear()
    model.set_view(searched)
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()) or model.rowCount() >= PAGE)
    first, *after = queries.took
    assert first == 0.064 and after, "a window of 64 ids at a millisecond each"
    assert max(after) <= inbox_model.SEARCH_STEP_S, "then no step longer than a step may take"
    assert [model.message_id(r) for r in range(model.rowCount())] == whole, "and all found"


def test_the_next_window_fits_a_step_and_grows_back_while_quick() -> None:
    window = inbox_model.SEARCH_WINDOW
    assert inbox_model.next_window(window, 0.25) == 4_000  # 20 ms at that pace
    assert inbox_model.next_window(4_000, 0.005) == 8_000
    assert inbox_model.next_window(window, 0.001) == window
    assert inbox_model.next_window(1_000, 10.0) == inbox_model.SMALLEST_SEARCH_WINDOW
    assert inbox_model.next_window(8_000, 0.015) == 8_000  # inside the step: as it is


def test_a_card_found_by_its_copies_in_several_steps_shows_once(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync_demo(store, clock)
    queries = _Recorded(store)
    # The demo of the clock's November is its forest-fire week (demo_season).
    searched = View(search="森林火险橙色预警")
    whole = queries.page(searched, limit=10**6).ids
    copies_found = queries.page(View(search="森林火险橙色预警", unfolded=True), limit=10**6).ids
    assert len(copies_found) > len(whole) > 0, "the copies hold the words too"
    # Windows of a few message ids: the card and each of its copies in steps of their own.
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 3)
    model = InboxModel(queries, SHANGHAI, clock)
    model.set_view(searched)
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    assert [model.message_id(r) for r in range(model.rowCount())] == whole


def test_a_refresh_during_a_one_character_search_reads_it_window_by_window(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a tester: a refresh while 鑫 was searched read every card's text in one store
    # job, 0.4-0.5 s at 300,000 messages, after every sync batch.
    sync_demo(store, clock)
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 100)  # four cards a look
    queries = _Recorded(store)
    model = InboxModel(queries, SHANGHAI, clock)
    view = View(search="会")  # one character: only a LIKE finds it
    model.set_view(view)
    qtbot.waitUntil(lambda: not model.canFetchMore(QModelIndex()))
    found = [model.message_id(r) for r in range(model.rowCount())]
    assert found and found == queries.search_order(view, queries.page(view, limit=10**6).ids)
    queries.windows.clear()
    read = model.reread()()
    jobs = 1
    while isinstance(read, ReadOn):
        read = read.work()
        jobs += 1
    assert jobs > 3
    assert queries.windows and None not in queries.windows
    assert read.ids == found


def _driver_error(code: int, words: str) -> sqlcipher3.dbapi2.DatabaseError:
    """The driver's error for SQLite's result `code`, as it raises it."""
    error = sqlcipher3.dbapi2.DatabaseError(words)
    error.sqlite_errorcode = code
    return error


class _Failing(InboxQueries):
    """The real queries, except that the next `pages_failing` pages past the first fail
    with `error` (a disk an antivirus scan holds a moment, a damaged page), and so does
    each read of rows that takes in one of `rows_failing`."""

    def __init__(
        self,
        store: Store,
        error: sqlcipher3.dbapi2.DatabaseError,
        pages_failing: int = 0,
        rows_failing: AbstractSet[int] = frozenset(),
    ) -> None:
        super().__init__(store.sessions)
        self.error, self.pages_failing, self.rows_failing = error, pages_failing, rows_failing
        self.rows_failed = 0

    def page(
        self,
        view: View,
        after: PageKey | None = None,
        limit: int = 200,
        window: int | None = None,
        shown: AbstractSet[int] = frozenset(),
    ) -> Page:
        if after is not None and self.pages_failing:
            self.pages_failing -= 1
            raise self.error
        return super().page(view, after, limit, window, shown)

    def rows(self, ids: Sequence[int], *, with_roll_calls: bool = True) -> dict[int, InboxRow]:
        if self.rows_failing.intersection(ids):
            self.rows_failed += 1
            raise self.error
        return super().rows(ids, with_roll_calls=with_roll_calls)


def test_a_page_the_disk_held_a_moment_is_read_at_the_next_try_and_the_list_says_so(
    qtbot: QtBot, store: Store, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    # Every failure stopped the list until another view was shown, a disk held a moment
    # (an antivirus scan on Windows) as a damaged page: the rest never read, and the note
    # under the cards stayed, however often it was refreshed.
    sync_demo(store, clock)
    queries = _Failing(store, _driver_error(sqlcipher3.dbapi2.SQLITE_IOERR, "disk I/O error"), 2)
    model = InboxModel(queries, SHANGHAI, clock)
    said: list[str] = []
    model.readFailed.connect(said.append)
    model.readRecovered.connect(lambda: said.append("read again"))
    caplog.set_level(logging.INFO, logger="desk")
    model.set_view(View(unfolded=True))
    assert model.rowCount() == PAGE

    model.fetchMore(QModelIndex())
    assert said == ["io"] and model.read_error is not None
    assert model.canFetchMore(QModelIndex()), "the next page tries again"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE, "held still"
    model.refresh()
    assert said == ["io", "read again"] and model.read_error is None
    model.fetchMore(QModelIndex())
    assert model.rowCount() > PAGE
    assert [r.getMessage() for r in caplog.records if r.name == "desk.ui.inbox"] == [
        "the list could not be read for now: DatabaseError (io)"
    ]


def test_rows_met_on_a_damaged_page_are_read_once_however_often_they_are_painted(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Each paint read them again, and each read failed, replacing the GUI thread's
    # connection to the store every time.
    sync_demo(store, clock)
    every_message = View(unfolded=True)
    ids = InboxQueries(store.sessions).page(every_message, limit=PAGE).ids
    damaged = _driver_error(sqlcipher3.dbapi2.SQLITE_CORRUPT, "database disk image is malformed")
    queries = _Failing(store, damaged, rows_failing={ids[40]})
    model = InboxModel(queries, SHANGHAI, clock)
    said: list[str] = []
    model.readFailed.connect(said.append)
    model.set_view(every_message)

    for _paint in range(3):
        assert model.inbox_row(40) is None
    assert queries.rows_failed == 1
    assert said == ["corrupt"]
    assert not model.canFetchMore(QModelIndex())
    far = model.inbox_row(120)
    assert far is not None and far.id == ids[120], "the rest still reads"


def test_done_cards_holding_a_search_are_counted_in_windows_each_once(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    found = queries.page(View(search="通知"), limit=10**6).ids
    queries.set_done(found, True, clock.now())
    done = View(ViewKind.DONE, search="通知")
    expected = len(queries.page(done, limit=10**6).ids)
    assert expected == len(found) > 3
    # Windows smaller than the store, one a job: the count goes on where it stopped.
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(inbox_model, "SEARCH_STEPS", 1)
    tally: DoneTally | None = DoneTally("通知")
    jobs = 0
    while tally is not None and tally.going_on:
        tally = count_done(queries, tally)
        jobs += 1
    assert tally is not None and tally.through and tally.count == expected
    assert jobs > 1
    # A needle no text index answers is not counted: a LIKE over Done is too slow.
    assert count_done(queries, DoneTally("知")) is None


def test_a_count_of_done_cards_past_its_jobs_is_said_unfinished(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    queries.set_done(queries.page(View(search="通知"), limit=10**6).ids, True, clock.now())
    monkeypatch.setattr(inbox_model, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(inbox_model, "SEARCH_STEPS", 1)
    monkeypatch.setattr(inbox_model, "DONE_COUNT_JOBS", 2)
    tally: DoneTally | None = DoneTally("通知")
    while tally is not None and tally.going_on:
        tally = count_done(queries, tally)
    assert tally is not None and not tally.through and tally.jobs == 2


def _notices_with_copies(store: Store) -> list[tuple[int, int]]:
    """(card, a copy of its notice) for each notice of the demo posted in several groups."""
    with store.sessions.connect() as session:
        found = session.execute(
            text(
                "SELECT head.id, min(copy.id) FROM messages AS head JOIN messages AS copy "
                "ON copy.account_id = head.account_id AND copy.cluster = head.remote_id "
                "WHERE copy.cluster != copy.remote_id AND copy.ack_of IS NULL "
                "AND head.ack_of IS NULL AND head.cluster = head.remote_id "
                "AND head.twin_of IS NULL GROUP BY head.id ORDER BY head.id"
            )
        ).all()
    return [(card, copy) for card, copy in found]


def test_a_count_of_done_cards_is_the_done_views_own_with_copies_come_after_the_mark(
    store: Store, clock: ManualClock
) -> None:
    # The count looks only at the text matches among the cards marked done and their
    # notices' copies (perf47d): a copy that came after its card was marked done stays
    # not done, and still shows the card in Done, as does one marked with it.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    notices = _notices_with_copies(store)
    assert len(notices) >= 4
    (by_itself, _), (by_copy, marked_copy), (by_late_copy, late_copy), (open_card, open_copy) = (
        notices[:4]
    )
    needle = "防汛物资清点"
    with store.sessions.begin() as session:
        session.execute(text("UPDATE messages SET text = replace(text, '防汛', '')"))
        for holder in (by_itself, marked_copy, late_copy, open_card, open_copy):
            session.execute(
                text("UPDATE messages SET text = text || :w WHERE id = :id"),
                {"w": needle, "id": holder},
            )
    queries.set_done([by_itself, by_copy, by_late_copy], True, clock.now())
    with store.sessions.begin() as session:
        # As a copy posted after the mark is stored: not done.
        session.execute(text("UPDATE messages SET done = 0 WHERE id = :id"), {"id": late_copy})
    plain = set(queries.page(View(ViewKind.DONE, search=needle), limit=10**6).ids)
    assert plain == {by_itself, by_copy, by_late_copy}

    tally: DoneTally | None = DoneTally(needle)
    while tally is not None and tally.going_on:
        tally = count_done(queries, tally)
    assert tally is not None and tally.count == len(plain) == 3
    assert tally.through and tally.cards == plain
    # ...looked for among the done cards' own, not by every match.
    assert tally.among is not None and late_copy in tally.among
    assert open_copy not in tally.among


def test_a_count_of_done_cards_stops_at_its_cap_and_says_or_more(
    store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hint needs no more than DONE_COUNT_CAP: a frequent word was counted through
    # every match in the store (perf47d). Past the cards among which it looks, too.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    queries.set_done(queries.page(View(search="通知"), limit=10**6).ids, True, clock.now())
    expected = len(queries.page(View(ViewKind.DONE, search="通知"), limit=10**6).ids)
    assert expected > 3
    for among_most in (inbox_model.DONE_AMONG_MOST, 0):
        monkeypatch.setattr(inbox_model, "DONE_AMONG_MOST", among_most)
        monkeypatch.setattr(inbox_model, "DONE_COUNT_CAP", 3)
        tally: DoneTally | None = DoneTally("通知")
        while tally is not None and tally.going_on:
            tally = count_done(queries, tally)
        assert tally is not None and not tally.through and tally.count == 3
        monkeypatch.setattr(inbox_model, "DONE_COUNT_CAP", expected)
        tally = DoneTally("通知")
        while tally is not None and tally.going_on:
            tally = count_done(queries, tally)
        assert tally is not None and tally.count == expected
