"""Done lists what was marked done last first, as a mail archive or a to-do list's completed
items: a tester's notice just marked done sat at the bottom, under five newer chats."""

from __future__ import annotations

from datetime import timedelta

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind, plain_page_statement
from desk.store.store import Store
from tests.helpers.seed import sync_demo

DONE = View(ViewKind.DONE)


def _pages(queries: InboxQueries, view: View, size: int) -> list[int]:
    ids: list[int] = []
    page = queries.page(view, None, size)
    ids += page.ids
    while page.after is not None:
        page = queries.page(view, page.after, size)
        ids += page.ids
    return ids


def test_done_lists_the_last_marked_first_whatever_the_messages_times(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    open_cards = queries.page(View(), None, 12).ids
    oldest_first = sorted(open_cards, key=lambda i: queries.rows([i])[i].ts)
    newer, oldest = oldest_first[1:6], oldest_first[0]
    # Five newer chats marked done one after the other, the oldest notice last.
    for card in newer:
        clock.advance(timedelta(minutes=1))
        queries.set_done((card,), True, clock.now())
    clock.advance(timedelta(minutes=1))
    queries.set_done((oldest,), True, clock.now())

    assert queries.page(DONE).ids == [oldest, *reversed(newer)]
    assert _pages(queries, DONE, 2) == [oldest, *reversed(newer)]
    # Opened again and marked done again: first once more.
    queries.set_done((newer[0],), False, clock.now())
    assert newer[0] not in queries.page(DONE).ids
    clock.advance(timedelta(minutes=1))
    queries.set_done((newer[0],), True, clock.now())
    assert queries.page(DONE).ids[0] == newer[0]
    # A search in Done lists by the messages' time, as every search does.
    text = queries.rows([oldest])[oldest].text
    assert oldest in queries.page(View(ViewKind.DONE, search=text[:6])).ids


def test_a_page_of_done_is_read_from_its_index_unsorted(store: Store, clock: ManualClock) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    cards = queries.page(View(), None, 30).ids
    queries.set_done(cards, True, clock.now())
    first = queries.page(DONE, None, 10)
    assert first.after is not None
    with store.engine.connect() as conn:
        statement, values = plain_page_statement(DONE, first.after, 10)
        plans = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", values)]
    assert any("ix_messages_done_ms" in p for p in plans), plans
    assert not any("TEMP B-TREE" in p for p in plans), plans
