"""Inbox queries over the real SQLCipher store: search paths, schema agreement, ranking."""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, select, text, update
from sqlalchemy.schema import CreateIndex

from desk.connectors.protocol import (
    AckEvent,
    GroupInfo,
    IncomingMessage,
    MessageEdit,
    Redaction,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.due_days import day_span
from desk.core.escalation import LadderConfig
from desk.core.messages import Role, Tier
from desk.core.urgency import ASKED_YOU_BAND
from desk.store import inbox, ranking, tables
from desk.store.escalations import EscalationStore
from desk.store.inbox import LIKE_COST, InboxQueries, InboxRow, View, ViewKind
from desk.store.models import Base, Message, from_ms, to_ms
from desk.store.ranking import ranked_score, rerank
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.helpers.plans import query_plans
from tests.helpers.seed import sync_demo
from tests.helpers.text_indexes import assert_indexes_hold_exactly_the_searchable


@pytest.fixture
def demo_store(store: Store, clock: ManualClock) -> Store:
    sync_demo(store, clock)
    return store


@pytest.mark.parametrize("needle", ["转移", "收到", "洄水湾", "人居环境", "自建房"])
def test_search_finds_chinese_substrings_of_any_length(demo_store: Store, needle: str) -> None:
    found = _found(demo_store, needle)
    assert found and found == _containing(demo_store, needle)


def _found(store: Store, needle: str) -> set[int]:
    """The cards a search shows (it looks in every tier)."""
    queries = InboxQueries(store.sessions)
    return set(queries.page(View(ViewKind.ALL, search=needle), limit=10**6).ids)


# What a search shows: open cards, not the folded copies and acks behind them; a card
# whose copy holds the text shows too, where its newest match is.
_CARDS = "done = 0 AND ack_of IS NULL AND (cluster IS NULL OR cluster = remote_id)"


def _holding(
    store: Store, condition: str, needle: str, cards: str = _CARDS, acked_by: str = ""
) -> list[int]:
    """The ids of `cards` whose text or a folded copy's text meets `condition` (on `text`,
    with the needle as :n), or that `acked_by` acknowledged (or a copy) unless it was the
    user, newest match first."""
    copy_condition = condition.replace("text", "copy.text")
    copies = (
        "FROM messages AS copy "
        "WHERE copy.account_id = messages.account_id AND copy.cluster = "
        "messages.remote_id AND copy.remote_id != messages.remote_id AND copy.ack_of IS NULL"
    )
    with store.sessions() as session:
        found = session.execute(
            text(
                "SELECT id, max(CASE WHEN " + condition + " THEN id ELSE 0 END, "
                f"coalesce((SELECT max(copy.id) {copies} AND " + copy_condition + "), 0), "
                "coalesce((SELECT max(ack.id) FROM messages AS ack "
                "WHERE ack.account_id = messages.account_id AND ack.sender_name = :who "
                "AND instr(ack.reasons, '\"from_you\"') = 0 AND (ack.ack_of = messages.remote_id "
                f"OR ack.ack_of IN (SELECT copy.remote_id {copies}))), 0)) AS at "
                f"FROM messages WHERE {cards} AND at > 0 ORDER BY at DESC"
            ),
            {"n": needle, "who": acked_by},
        )
        return [row.id for row in found]


def _containing(store: Store, needle: str) -> set[int]:
    return set(_holding(store, "instr(text, :n) > 0", needle))


def _liked(store: Store, needle: str) -> set[int]:
    """What a LIKE scan of the texts finds (ASCII letters in either case), as desk did."""
    pattern = "%" + needle.replace("%", "\\%").replace("_", "\\_") + "%"
    return set(_holding(store, "text LIKE :n ESCAPE '\\'", pattern))


@pytest.mark.parametrize(
    "needle", ["通知", "紧急", "收到", "：请", "9点", "(1", "村（", "_%", "的"]
)
def test_short_searches_find_exactly_the_messages_containing_them(
    demo_store: Store, needle: str
) -> None:
    found = _found(demo_store, needle)
    assert found == _containing(demo_store, needle) == _liked(demo_store, needle)


@pytest.mark.parametrize("kind", [ViewKind.ALL, ViewKind.URGENT, ViewKind.NOISE, ViewKind.DONE])
@pytest.mark.parametrize("needle", ["应急", "预警", "应急响应"])
def test_a_search_in_a_view_lists_its_cards_holding_the_text_newest_first(
    demo_store: Store, clock: ManualClock, kind: ViewKind, needle: str
) -> None:
    queries = InboxQueries(demo_store.sessions)
    # Some of the cards holding it are done: Done has some to find, the others fewer.
    some = queries.page(View(ViewKind.ALL, search=needle), limit=40).ids
    queries.set_done(some[::3], True, clock.now())
    view = View(kind, search=needle)
    rank = "" if view.tier is None else f" AND tier_rank = {view.tier.rank}"
    cards = (
        f"done = {int(kind is ViewKind.DONE)}{rank} AND ack_of IS NULL "
        "AND (cluster IS NULL OR cluster = remote_id)"
    )
    expected = _holding(demo_store, "instr(text, :n) > 0", needle, cards)
    assert expected or kind is ViewKind.NOISE  # notices are rarely noise
    assert _paged(queries, view, 7) == expected


def test_a_search_asks_the_indexes_of_cards_and_copies_not_each_match(demo_store: Store) -> None:
    # The statement runs on the driver's cursor, out of SQLAlchemy's sight: its plan is read
    # here, and the notices' cards are looked up through SQLAlchemy.
    queries = InboxQueries(demo_store.sessions)
    for needle in ("通知", "请各村"):
        found = inbox._index_match(needle)
        assert found is not None
        index, phrase, _loose = found
        statement = inbox._cards_search(index.name, inbox._card_test(View()))
        with demo_store.engine.connect() as conn:
            plans = [
                row[-1]
                for row in conn.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {statement}", (phrase, 0, 10**9)
                )
            ]
        plans += query_plans(demo_store, lambda n=needle: queries.page(View(search=n)))
        assert any("ix_messages_card_ids" in p for p in plans), plans
        assert any("COVERING INDEX ix_messages_copy_cards" in p for p in plans), plans
        assert not any("SEARCH messages USING INTEGER PRIMARY KEY" in p for p in plans), plans


def test_two_character_search_folds_ascii_case_as_before(store: Store, clock: ManualClock) -> None:
    (account,) = ensure_default_account(store, clock)
    texts = ["Ok，收到", "请回复OK", "oK了", "ÄB 小写不算", "äb"]
    Ingestor(store, SHANGHAI, clock).apply(account.id, _texts_batch(clock, texts))
    for needle in ("ok", "OK", "äb", "ÄB"):
        assert _found(store, needle) == _liked(store, needle), needle
    assert len(_found(store, "ok")) == 3
    assert len(_found(store, "äb")) == 1


def test_two_character_search_follows_edits_and_redactions(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    texts = ["紧急通知：今晚防汛", "关于防汛的紧急部署", "明天开会", "收到"]
    ingestor.apply(account.id, _texts_batch(clock, texts))
    ids = {t: i for i, t in _ids_by_text(store).items()}
    assert _found(store, "紧急") == {ids[texts[0]], ids[texts[1]]}
    assert _found(store, "开会") == {ids[texts[2]]}

    clock.advance(timedelta(minutes=5))
    ingestor.apply(
        account.id,
        SyncBatch(
            next_cursor="edited",
            edits=(
                MessageEdit("m0", "g", "u1", "通知：今晚防汛", clock.now()),
                MessageEdit("m2", "g", "u1", "明天紧急开会", clock.now()),
            ),
            redactions=(Redaction("m1", "g"),),
        ),
    )
    assert _found(store, "紧急") == {ids[texts[2]]}
    assert _found(store, "开会") == {ids[texts[2]]}
    assert _found(store, "防汛") == {ids[texts[0]]}
    assert _found(store, "紧急") == _liked(store, "紧急")
    # The pair index itself follows, redacted rows gone from it.
    with store.sessions() as session:
        indexed = session.scalars(
            text("SELECT rowid FROM messages_pairs_fts WHERE messages_pairs_fts MATCH '\"紧急\"'")
        )
        assert set(indexed) == {ids[texts[2]]}
    assert_indexes_hold_exactly_the_searchable(store)


def test_an_ack_is_found_once_an_edit_makes_it_a_message(store: Store, clock: ManualClock) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(
        account.id, _texts_batch(clock, ["请各村今晚上报排查台账", "收到"], first_sender="u0")
    )
    ids = {t: i for i, t in _ids_by_text(store).items()}
    assert _found(store, "收到") == set()
    assert_indexes_hold_exactly_the_searchable(store)

    clock.advance(timedelta(minutes=5))
    edit = MessageEdit("m1", "g", "u1", "收到，排查发现两处隐患，已上报", clock.now())
    ingestor.apply(account.id, SyncBatch(next_cursor="edited", edits=(edit,)))
    assert _found(store, "收到") == {ids["收到"]}
    assert _found(store, "两处隐患") == {ids["收到"]}
    assert_indexes_hold_exactly_the_searchable(store)


def _texts_batch(clock: ManualClock, texts: list[str], first_sender: str = "u1") -> SyncBatch:
    """`texts` from u1 in order, a minute apart, ending now; the first from `first_sender`
    (an ack answers only someone else's notice)."""
    return SyncBatch(
        next_cursor="texts",
        groups=(GroupInfo("g", "测试群"),),
        messages=tuple(
            IncomingMessage(
                remote_id=f"m{n}",
                group_id="g",
                sender_id=first_sender if n == 0 else "u1",
                sender_name="王五",
                sender_role=Role.MEMBER,
                ts=clock.now() - timedelta(minutes=len(texts) - n),
                text=body,
            )
            for n, body in enumerate(texts)
        ),
    )


def _ids_by_text(store: Store) -> dict[int, str]:
    with store.sessions() as session:
        return {i: t for i, t in session.execute(select(Message.id, Message.text))}


def test_search_of_three_or_more_characters_uses_the_fts_index(demo_store: Store) -> None:
    with demo_store.sessions() as session:
        hits = session.scalar(
            text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '\"洄水湾\"'")
        )
    assert hits and hits >= 3


def test_a_one_character_search_of_every_message_finds_only_those_holding_it(
    demo_store: Store,
) -> None:
    queries = InboxQueries(demo_store.sessions)
    found = queries.page(View(search="户", unfolded=True), limit=10**6).ids
    with demo_store.sessions() as session:
        holding = session.scalars(text("SELECT id FROM messages WHERE instr(text, '户') > 0"))
        assert set(found) == set(holding)


def test_search_text_is_not_sql(demo_store: Store) -> None:
    for needle in ['"', "%", "_", "' OR 1=1 --", 'a"b"c', "NEAR(", "防 OR 汛"]:
        assert _found(demo_store, needle) == _containing(demo_store, needle), needle


def test_models_agree_with_the_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The inbox index's DESC columns are written as text, which autogenerate cannot compare.
    real = [d for d in diff if "ix_messages_inbox" not in str(d) and "fts" not in str(d)]
    assert real == []
    with store.engine.connect() as conn:
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        assert {t for (t,) in triggers} == {
            "messages_fts_ad",
            "messages_fts_au",
            "messages_pairs_ad",
            "messages_pairs_au",
            "unread_counts_ai",
            "unread_counts_ad",
            "unread_counts_au",
            "open_counts_ai",
            "open_counts_ad",
            "open_counts_au",
            "twins_follow_first",
            "first_follows_twin",
            "twins_outlive_first",
        }


def test_partial_indexes_hold_the_rows_the_models_say(store: Store) -> None:
    # autogenerate does not compare an index's WHERE: a migration that copied a condition
    # from the models could drift from them unseen, and SQLite would stop using the index.
    with store.engine.connect() as conn:
        stored = dict(
            conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all()
        )
        for index in Message.__table__.indexes:
            where = index.dialect_options["sqlite"]["where"]
            if where is None:
                continue
            made = str(CreateIndex(index).compile(dialect=conn.dialect))
            assert " ".join(stored[index.name].split()) == " ".join(made.split()), index.name


def test_due_soon_rises_within_its_tier_as_time_passes(
    demo_store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_store.sessions() as session:
        dated = session.scalars(
            select(Message).where(Message.deadline_ms.is_not(None), Message.done.is_(False))
        ).all()
    assert dated
    latest = max(m.deadline_ms for m in dated if m.deadline_ms is not None)
    clock.set(from_ms(latest) + timedelta(minutes=1))
    assert rerank(demo_store.sessions, clock.now()) > 0
    with demo_store.sessions() as session:
        last = session.scalars(select(Message).where(Message.deadline_ms == latest)).first()
        assert last is not None and last.tier in ("urgent", "action")
        # Lately overdue: still above what has no due time.
        assert last.score > last.base_score + 1.0
    clock.advance(timedelta(days=30))
    assert rerank(demo_store.sessions, clock.now()) > 0
    # Long overdue now: an urgent item ranks by its wording, an action below every untimed
    # one, and each stays so.
    with demo_store.sessions() as session:
        for message in session.scalars(select(Message).where(Message.deadline_ms.is_not(None))):
            if abs(message.score - ASKED_YOU_BAND) < 1e12:
                # Asked of the user, by @ or by name: that band holds it (see urgency).
                assert any(code in ("mention", "addresses_you") for code, _ in message.reasons)
            elif message.tier == "action":
                assert message.score < message.base_score - 1e12
            else:
                assert message.score == pytest.approx(message.base_score)
    # A whole rerank (on opening) reads none of them again: a year of deadlines would be.
    computing = ranking.ranked_score
    read: list[float] = []
    monkeypatch.setattr(ranking, "ranked_score", lambda *a: read.append(computing(*a)) or read[-1])
    assert rerank(demo_store.sessions, clock.now()) == 0
    assert read == []


def _open_dated(store: Store) -> list[Message]:
    with store.sessions() as session:
        return list(
            session.scalars(
                select(Message)
                .where(Message.deadline_ms.is_not(None), Message.done.is_(False))
                .order_by(Message.deadline_ms, Message.id)
            )
        )


def test_rerank_writes_in_small_transactions_and_misses_no_row(
    demo_store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a tester: the first rerank of a 300,000-message store rewrote 91,836 scores in
    # one 4.9 s transaction on the store thread, and key presses waited behind it.
    monkeypatch.setattr(ranking, "STEP_ROWS", 5)
    written: list[int] = []
    pending = [0]

    def count(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.startswith("UPDATE messages SET score"):
            pending[0] += len(parameters) if isinstance(parameters, list) else 1

    def committed(_conn: Any) -> None:
        written.append(pending[0])
        pending[0] = 0

    dated = _open_dated(demo_store)
    clock.set(from_ms(min(m.deadline_ms for m in dated if m.deadline_ms)) - timedelta(hours=1))
    event.listen(demo_store.engine, "before_cursor_execute", count)
    event.listen(demo_store.engine, "commit", committed)
    try:
        moved = rerank(demo_store.sessions, clock.now())
    finally:
        event.remove(demo_store.engine, "before_cursor_execute", count)
        event.remove(demo_store.engine, "commit", committed)
    assert moved > 10
    assert sum(written) == moved and max(written) <= 5
    # Stepping through due times shared by many copies of a notice skipped none of them.
    for message in _open_dated(demo_store):
        expected = ranked_score(message.tier, message.base_score, message.deadline_ms, clock.now())
        assert message.score == pytest.approx(expected), message.id


def test_rerank_leaves_a_score_written_since_it_read_the_row(
    demo_store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From review: rerank wrote back scores by id, over what ingest had written meanwhile
    # (here an edit that took the due time out of a task).
    dated = _open_dated(demo_store)
    soonest = dated[0]
    assert soonest.deadline_ms is not None
    clock.set(from_ms(soonest.deadline_ms) - timedelta(minutes=30))
    stale = ranked_score(soonest.tier, soonest.base_score, soonest.deadline_ms, clock.now())
    assert stale != pytest.approx(soonest.score)
    computing = ranking.ranked_score

    def edit_meanwhile() -> None:
        with demo_store.transaction() as session:
            session.execute(
                update(Message)
                .where(Message.id == soonest.id)
                .values(deadline_ms=None, score=Message.base_score)
            )

    def with_an_edit_first(*args: Any, **kwargs: Any) -> float:
        monkeypatch.setattr(ranking, "ranked_score", computing)
        # Another thread, as ingest is.
        editor = threading.Thread(target=edit_meanwhile)
        editor.start()
        editor.join()
        return computing(*args, **kwargs)

    monkeypatch.setattr(ranking, "ranked_score", with_an_edit_first)
    assert rerank(demo_store.sessions, clock.now()) > 0
    with demo_store.sessions() as session:
        row = session.get_one(Message, soonest.id)
        assert (row.deadline_ms, row.score) == (None, row.base_score)


def _paged(queries: InboxQueries, view: View, size: int) -> list[int]:
    """The whole view, page by page, each page told the cards shown so far (as the inbox
    pages): a row on two pages is an error."""
    page = queries.page(view, limit=size)
    ids = list(page.ids)
    while page.after is not None:
        page = queries.page(view, page.after, size, shown=frozenset(ids))
        ids += page.ids
    assert len(ids) == len(set(ids)), "a row on two pages"
    return ids


def _newest_match(store: Store, needle: str) -> dict[int, int]:
    """Each card's newest message, itself or a copy folded into it, whose text holds
    `needle`."""
    with store.sessions() as session:
        rows = session.execute(
            select(Message.id, Message.remote_id, Message.cluster, Message.ack_of, Message.text)
        ).all()
    heads = {r.remote_id: r.id for r in rows}
    newest: dict[int, int] = {}
    for r in rows:
        if needle not in r.text:
            continue
        if r.cluster is None or r.cluster == r.remote_id:
            card = r.id
        elif r.ack_of is None:
            card = heads[r.cluster]
        else:
            continue
        newest[card] = max(newest.get(card, 0), r.id)
    return newest


def test_paging_gives_the_rows_of_the_whole_ordered_view(demo_store: Store) -> None:
    # Ties everywhere: equal scores and times, pinned DINGs, done rows; only the id is left
    # to tell rows apart, so a page boundary inside a tie must neither skip nor repeat.
    with demo_store.transaction() as session:
        session.execute(text("UPDATE messages SET score = 1.5 WHERE id % 3 = 0"))
        session.execute(text("UPDATE messages SET ts_ms = 1700000000000 WHERE id % 4 = 0"))
        session.execute(text("UPDATE messages SET pinned = 1 WHERE id % 11 = 0"))
        # Marked done at five times only: ties in Done's order too.
        session.execute(
            text("UPDATE messages SET done = 1, done_ms = 1700000000000 + id % 5 WHERE id % 7 = 0")
        )
        largest_group = session.scalar(
            text("SELECT group_id FROM messages GROUP BY group_id ORDER BY count(*) DESC")
        )
    queries = InboxQueries(demo_store.sessions)
    views = [
        View(ViewKind.ALL),
        View(ViewKind.ALL, unfolded=True),
        View(ViewKind.URGENT),
        View(ViewKind.INFO),
        View(ViewKind.NOISE),
        View(ViewKind.DONE),
        View(ViewKind.GROUP, group_id=largest_group),
        View(ViewKind.ALL, search="通知"),
        View(ViewKind.ALL, search="收到"),
        View(ViewKind.ALL, search="请各村"),
        View(ViewKind.ALL, search="村"),
        View(ViewKind.GROUP, group_id=largest_group, search="村"),
    ]
    for view in views:
        whole = queries.page(view, limit=100_000)
        assert whole.after is None
        rows = queries.rows(whole.ids)
        with demo_store.sessions() as session:
            stored = {
                m.id: m for m in session.scalars(select(Message).where(Message.id.in_(whole.ids)))
            }
        if len(view.search) > 1:
            # By arrival, as the text index: a card where the newest of its text and its
            # copies' that hold the needle is (a relay lists its notice where it is).
            newest = _newest_match(demo_store, view.search)
            expected = sorted(whole.ids, key=lambda i: -newest[i])
        elif view.kind is ViewKind.DONE and not view.search:
            expected = sorted(whole.ids, key=lambda i: (-(stored[i].done_ms or 0), -i))
        elif view.search:
            expected = sorted(whole.ids, key=lambda i: (-stored[i].ts_ms, -i))
        else:
            expected = sorted(
                whole.ids,
                key=lambda i: (
                    rows[i].tier.rank,
                    not rows[i].pinned,
                    -rows[i].score,
                    -stored[i].ts_ms,
                    i,
                ),
            )
        assert len(whole.ids) > 3, view
        assert whole.ids == expected, view
        for size in (1, 2, 7, 50):
            assert _paged(queries, view, size) == whole.ids, (view, size)


def test_every_view_pages_as_it_lists_in_one_page(demo_store: Store, clock: ManualClock) -> None:
    # Each page reads its ids, then the key of its last card apart (InboxQueries._plain_page):
    # a key of another card, or a view's own values given to the wrong statement, skips or
    # repeats cards at the boundary. Ties, so that only the id tells rows apart there.
    with demo_store.transaction() as session:
        session.execute(text("UPDATE messages SET score = 1.5 WHERE id % 3 = 0"))
        session.execute(text("UPDATE messages SET ts_ms = 1700000000000 WHERE id % 4 = 0"))
        session.execute(text("UPDATE messages SET deadline_ms = 1700000000000 WHERE id % 5 = 0"))
        ids = list(session.scalars(text("SELECT id FROM messages ORDER BY id")))
    queries = InboxQueries(demo_store.sessions)
    now = to_ms(clock.now())
    views = [
        View(ViewKind.ACTION),
        View(ViewKind.DUE),
        View(ViewKind.AWAY, came=(0, now)),
        View(ViewKind.HELD, ids=tuple(ids[::2]), asks=tuple(ids[:40:3]), woken=tuple(ids[:40:9])),
        View(ViewKind.ALL, search="  "),
    ]
    for view in views:
        whole = queries.page(view, limit=100_000)
        assert whole.after is None
        assert len(whole.ids) > 3, view
        for size in (1, 2, 7):
            assert _paged(queries, view, size) == whole.ids, (view, size)


class _WritesAfterFirstRead:
    """A driver's cursor whose first statement is followed by `write` on another thread,
    as the store thread's (or sync's) write lands while the GUI thread pages."""

    def __init__(self, cursor: Any, write: Callable[[], None]) -> None:
        self._cursor, self._write = cursor, write
        self._read = False

    def execute(self, *args: Any) -> Any:
        done = self._cursor.execute(*args)
        if not self._read and args[0].lstrip().upper().startswith("SELECT"):
            self._read = True
            writer = threading.Thread(target=self._write)
            writer.start()
            writer.join()
        return done

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def test_a_page_says_where_the_next_one_starts_as_it_was_read(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Review of perf47p: a page of ids, then the key of its last card read apart, a
    # moment later. A rerank landing between the two (the store thread's, or a sync
    # batch's) moved that card, and the next page sought from its new place: cards
    # skipped, or listed twice, until the list was read again.
    queries = InboxQueries(demo_store.sessions)
    view = View(ViewKind.ALL)
    before = queries.page(view, None, 5)
    assert before.after is not None
    last = before.ids[-1]

    def rerank() -> None:
        with demo_store.transaction() as session:
            session.execute(text(f"UPDATE messages SET score = score - 500 WHERE id = {last}"))

    real = inbox.driver_cursor

    @contextlib.contextmanager
    def racing(unit: Any) -> Iterator[Any]:
        with real(unit) as cursor:
            yield _WritesAfterFirstRead(cursor, rerank)

    monkeypatch.setattr(inbox, "driver_cursor", racing)
    page = queries.page(view, None, 5)
    monkeypatch.undo()
    assert page.ids == before.ids
    assert page.after == before.after, "where the next page starts, as the page was read"


def _recounted(store: Store) -> tuple[dict[str, int], dict[int, int]]:
    """The badges by their definition: unread open messages that are not attached acks,
    per tier over the cards, per group over every copy its view lists (not a re-DING, nor
    a notice posted again in a group where it stands: each is listed on its card)."""
    open_unread = "read = 0 AND done = 0 AND ack_of IS NULL"
    on_its_card = " OR ".join(
        rule.format(m="messages")
        for rule in (tables.RE_DING_RECEIVED, tables.RE_DING_OWN, tables.REPOSTED_IN_GROUP)
    )
    listed = f"NOT (cluster IS NOT NULL AND cluster != remote_id AND ({on_its_card}))"
    with store.sessions() as session:
        per_tier = session.execute(
            text(
                f"SELECT tier, count(*) FROM messages WHERE {open_unread} "
                "AND (cluster IS NULL OR cluster = remote_id) GROUP BY tier"
            )
        )
        per_group = session.execute(
            text(
                f"SELECT group_id, count(*) FROM messages WHERE {open_unread} AND {listed} "
                "GROUP BY group_id"
            )
        )
        return {t: n for t, n in per_tier}, {g: n for g, n in per_group}


def _badges(store: Store) -> tuple[dict[str, int], dict[int, int]]:
    queries = InboxQueries(store.sessions)
    per_tier = {k.value: n for k, n in queries.view_counts().items() if k is not ViewKind.ALL}
    per_group = {g.id: g.unread for g in queries.group_counts()}
    return (
        {t: n for t, n in per_tier.items() if n},
        {g: n for g, n in per_group.items() if n},
    )


def test_the_badges_read_after_every_sync_batch_leave_no_cycles_behind(
    demo_store: Store,
) -> None:
    """The window recounts after each batch, ten times a minute all day; what the counts
    leave in reference cycles waits for a full collection, which a busy sync puts off
    (desk.app.gc_schedule): a soak kept thousands of such objects an hour."""
    queries = InboxQueries(demo_store.sessions)
    recount = (queries.view_counts, queries.group_counts, queries.invite_count)
    for count in recount:
        count()  # first uses fill SQLAlchemy's caches
    gc.collect()  # no automatic collection meanwhile: tests/conftest.py disables it
    for _batch in range(10):
        for count in recount:
            count()
    assert gc.collect() == 0


def test_the_group_badges_find_the_re_dings_without_reading_every_unread_message(
    demo_store: Store,
) -> None:
    # The re-DINGs a group's badge leaves out were sought among the unread (every message
    # read, in the bench's store of 100,000 unread: 4.4 s), and the user's own among every
    # open message (0.5 s), before the window's first counts. The DING copies have an
    # index of their own; the user's re-DINGs are read from the resends on.
    queries = InboxQueries(demo_store.sessions)
    plans = query_plans(demo_store, queries.group_counts, whole=True)
    re_dings = [p.rsplit(" :: ", 1)[-1] for p in plans if "ding_resends" in p]
    assert re_dings, plans
    assert any("ix_messages_ding_copies" in p for p in re_dings), re_dings
    assert re_dings.index(
        next(p for p in re_dings if "resend" in p and p.startswith("SCAN"))
    ) < re_dings.index(next(p for p in re_dings if " own " in p)), re_dings
    assert not any("ix_messages_done_ms" in p for p in re_dings), re_dings


def test_the_re_dings_posted_again_are_sought_among_the_fewer_of_unread_and_copies(
    demo_store: Store,
) -> None:
    # Sought among the unread, a store of 100,000 unread read every one (5.7 s); among
    # the copies, a store of few unread would read every copy. Either way, the same.
    queries = InboxQueries(demo_store.sessions)
    with demo_store.engine.connect() as conn:
        by_unread = sorted(conn.execute(inbox._UNREAD_RE_DINGS).all())
        by_copies = sorted(conn.execute(inbox._UNREAD_RE_DINGS_BY_COPIES).all())
        assert by_unread == by_copies
        unread = conn.exec_driver_sql(inbox._UNREAD_TOTAL).scalar_one()
        copies = conn.exec_driver_sql(inbox._COPIES_UP_TO, (10**9,)).scalar_one()
        assert copies > 0
        chosen = inbox._unread_re_dings(conn)
    assert chosen is (
        inbox._UNREAD_RE_DINGS_BY_COPIES if copies <= unread else inbox._UNREAD_RE_DINGS
    )
    queries.mark_view_read(View(ViewKind.ALL))
    queries.mark_view_read(View(ViewKind.NOISE))
    with demo_store.engine.connect() as conn:
        if conn.exec_driver_sql(inbox._UNREAD_TOTAL).scalar_one() < copies:
            assert inbox._unread_re_dings(conn) is inbox._UNREAD_RE_DINGS
    with demo_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE unread_counts SET n = n + 1000000")
    with demo_store.engine.connect() as conn:
        assert inbox._unread_re_dings(conn) is inbox._UNREAD_RE_DINGS_BY_COPIES


def test_unread_badges_follow_reads_dones_corrections_folds_and_redactions(
    demo_store: Store, clock: ManualClock
) -> None:
    queries = InboxQueries(demo_store.sessions)
    assert _badges(demo_store) == _recounted(demo_store)
    ids = queries.page(View(ViewKind.ALL), limit=30).ids
    queries.set_read(ids[:10], True)
    queries.set_done(ids[10:15], True, clock.now())
    queries.correct_tier(ids[20], Tier.NOISE, clock.now())
    queries.set_read(ids[:3], False)
    assert _badges(demo_store) == _recounted(demo_store)

    (account,) = ensure_default_account(demo_store, clock)
    ingestor = Ingestor(demo_store, SHANGHAI, clock)
    notice = "请各村于明天下午5点前报送本村防汛物资清单，逾期未报的将通报。"
    texts = [notice, "收到", "转发：" + notice, "收到"]
    ingestor.apply(account.id, _texts_batch(clock, texts))
    clock.advance(timedelta(minutes=5))
    ingestor.apply(
        account.id,
        SyncBatch(
            next_cursor="more",
            edits=(MessageEdit("m1", "g", "u1", "今晚谁值班？", clock.now()),),
            redactions=(Redaction("m3", "g"),),
        ),
    )
    tiers, groups = _badges(demo_store)
    assert (tiers, groups) == _recounted(demo_store)
    assert sum(tiers.values()) < sum(groups.values())  # the forwarded copy counts in its group


@pytest.mark.parametrize("needle", ["收到", "通知", "防火"])
def test_a_search_read_in_windows_finds_what_one_walk_finds(demo_store: Store, needle: str) -> None:
    queries = InboxQueries(demo_store.sessions)
    view = View(search=needle, unfolded=True)
    whole = queries.page(view, limit=10**6).ids
    stepped, steps = _in_steps(queries, view, limit=2, window=7)
    assert stepped == whole
    assert steps > len(whole) // 2


def _in_steps(queries: InboxQueries, view: View, limit: int, window: int) -> tuple[list[int], int]:
    """The view's ids read page by page, each page at most `limit` ids from a `window`
    of ids; and how many pages that took."""
    stepped: list[int] = []
    after = None
    steps = 0
    while True:
        page = queries.page(view, after, limit=limit, window=window)
        assert len(page.ids) <= limit
        stepped.extend(page.ids)
        steps += 1
        after = page.after
        if after is None:
            return stepped, steps


@pytest.mark.parametrize(
    ("needle", "kind"), [("紧", ViewKind.ALL), ("镇", ViewKind.INFO), ("1.", ViewKind.ALL)]
)
def test_a_search_only_a_like_answers_is_read_in_steps_too(
    demo_store: Store, needle: str, kind: ViewKind
) -> None:
    # One character, or punctuation: each look read every card's text at once (0.45 s
    # with the window frozen at 300,000 messages), now a bounded number of cards a step.
    queries = InboxQueries(demo_store.sessions)
    view = View(kind, search=needle)
    whole = queries.page(view, limit=10**6).ids
    stepped, steps = _in_steps(queries, view, limit=3, window=5 * LIKE_COST)
    assert stepped == whole
    assert steps > 2


def test_a_card_lists_what_its_copies_add_and_a_copy_opens_on_its_card(
    demo_store: Store,
) -> None:
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        notice, copy = session.execute(
            select(Message.id, Message.remote_id)
            .where(Message.text.like("%橙色预警%"))
            .order_by(Message.ts_ms)
        ).all()[:2]
        assert session.scalar(select(Message.cluster).where(Message.id == copy.id)) == (
            notice.remote_id
        )
    (found,) = [c for c in queries.copies(notice.id) if c.id == copy.id]
    assert found.added == ("各村立即组织危险区域人员转移，转移一户报一户。",)
    assert queries.copies(copy.id) == [], "a copy is no card"
    # What only the relaying office wrote finds the card, once, in the views it is in.
    for needle in ("转移一户报一户", "户报"):
        assert queries.page(View(search=needle)).ids == [notice.id]
        assert queries.page(View(ViewKind.URGENT, search=needle)).ids == [notice.id]
        assert queries.page(View(ViewKind.NOISE, search=needle)).ids == []
        assert queries.page(View(ViewKind.DONE, search=needle)).ids == []
    assert queries.card_of(copy.id) == notice.id
    assert queries.card_of(notice.id) == notice.id


@pytest.mark.parametrize("needle", ["轉移一戶報一戶", "結果報鎮應急辦", "緊急", "戶"])
def test_a_search_in_traditional_characters_finds_the_simplified_text(
    demo_store: Store, needle: str
) -> None:
    queries = InboxQueries(demo_store.sessions)
    simplified_needle = needle.translate(str.maketrans("轉戶報結鎮應辦緊", "转户报结镇应办紧"))
    found = queries.page(View(search=needle), limit=10**6).ids
    assert found and found == queries.page(View(search=simplified_needle), limit=10**6).ids


_NOTICE = "请各村于本周五下午5点前将秸秆禁烧巡查台账报镇农业办，逾期未报的将在全镇通报。"


def _posted(clock: ManualClock, *posts: tuple[str, str, str]) -> SyncBatch:
    """(group, sender, text) in order, a minute apart, ending now."""
    groups = sorted({group for group, _sender, _text in posts})
    return SyncBatch(
        next_cursor="posts",
        groups=tuple(GroupInfo(g, f"{g}群") for g in groups),
        messages=tuple(
            IncomingMessage(
                remote_id=f"p{n}",
                group_id=group,
                sender_id=sender,
                sender_name=sender,
                sender_role=Role.ADMIN if n == 0 else Role.MEMBER,
                ts=clock.now() - timedelta(minutes=len(posts) - n),
                text=body,
            )
            for n, (group, sender, body) in enumerate(posts)
        ),
    )


def _ingested(
    store: Store, clock: ManualClock, batch: SyncBatch, *messages: IncomingMessage
) -> InboxQueries:
    """The inbox once `batch` is stored, with `messages` in place of its own if given."""
    (account,) = ensure_default_account(store, clock)
    stored = replace(batch, messages=messages) if messages else batch
    Ingestor(store, SHANGHAI, clock).apply(account.id, stored)
    return InboxQueries(store.sessions)


def test_a_card_names_its_copies_groups_and_everyone_who_acked_any_copy(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "甲", "收到"),
        ("三组", "镇农业办", f"转发：{_NOTICE}"),
        ("三组", "乙", "收到"),
        ("二组", "镇农业办", _NOTICE),
        ("二组", "甲", "收到"),
        ("三组", "镇农业办", f"【转】{_NOTICE}"),
        ("三组", "丙", "收到！"),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (card,) = [r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values() if r.cluster]
    assert card.group_name == "一组群"
    # In the order the copies came, each group once, and the card's own group not at all.
    assert card.also_in == ("三组群", "二组群")
    # Acks to the notice and to each copy, oldest first, each person once.
    assert card.ack_names == ("甲", "乙", "丙")


def test_a_card_lists_each_ack_with_its_group_and_time_oldest_first(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: the county asked who confirmed a notice, when, and in which group;
    # the card named them all in one run, groups mixed, with no time.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "甲", "收到"),
        ("三组", "镇农业办", f"转发：{_NOTICE}"),
        ("三组", "乙", "收到"),
        ("三组", "乙", "好的"),
        ("二组", "镇农业办", _NOTICE),
        ("二组", "甲", "收到"),
        ("二组", "李明", "收到"),
    )
    own = replace(batch.messages[7], from_me=True)
    batch = replace(batch, messages=(*batch.messages[:7], own))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (card,) = [r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values() if r.cluster]
    minute = timedelta(minutes=1)
    # 乙's 好的 after his 收到 in the same group is not a second confirmation; 甲's in
    # another group is; the user's own from the phone is theirs.
    assert [(a.name, a.group_name, a.ts, a.yours) for a in card.acks] == [
        ("甲", "一组群", clock.now() - 7 * minute, False),
        ("乙", "三组群", clock.now() - 5 * minute, False),
        ("甲", "二组群", clock.now() - 2 * minute, False),
        ("李明", "二组群", clock.now() - minute, True),
    ]
    assert card.ack_names == ("甲", "乙")


def test_a_card_lists_the_replies_that_answer_its_notice_in_any_of_its_groups(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: five villages' reports on a notice were five notices of their own,
    # and the notice said nothing of them; a 收到 with a promise was not counted either.
    # Groups named 一片/二片: a 一组群 is a village team's own, where villagers' chat is noise.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一片", "镇农业办", _NOTICE),
        ("一片", "甲村", "甲村收到，台账周五前报"),
        ("一片", "甲", "收到"),
        ("二片", "镇农业办", f"转发：{_NOTICE}"),
        ("二片", "乙村", "乙村台账已报镇农业办，本周巡查12次，无焚烧。"),
        ("二片", "丙村", "请问台账用哪个表？"),
        ("二片", "丁村", "丁村禁烧台账已报农业办"),
    )
    # 丙村's question quotes the notice (a Matrix reply), the others say nothing of it.
    quoted = replace(batch.messages[5], reply_to="p3")
    batch = replace(batch, messages=(*batch.messages[:5], quoted, batch.messages[6]))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    rows = queries.rows(queries.page(View(ViewKind.ALL), limit=50).ids).values()
    (card,) = [r for r in rows if r.cluster]
    minute = timedelta(minutes=1)
    assert [(a.name, a.group_name, a.ts) for a in card.answers] == [
        ("甲村", "一片群", clock.now() - 6 * minute),
        ("乙村", "二片群", clock.now() - 3 * minute),
        ("丙村", "二片群", clock.now() - 2 * minute),
        ("丁村", "二片群", clock.now() - minute),
    ]
    assert card.answers[1].text == "乙村台账已报镇农业办，本周巡查12次，无焚烧。"
    # Still cards of their own, as what they say may matter of itself; the pure ack is not.
    assert {r.sender_name for r in rows} >= {"甲村", "乙村", "丙村", "丁村"}
    assert card.ack_names == ("甲",)


def test_a_task_the_user_answered_says_so_and_lists_last_in_its_tier(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: "@方晓宁 …汇总一下，半小时内发我" read 已逾期 16 分钟 at the top of
    # Urgent after the user had sent the figures.
    batch = _posted(
        clock,
        ("党政办", "钟主任", "@李明 今天下班前把各村转移人数汇总一下发我"),
        ("党政办", "钟主任", "@李明 明天下班前把值班表排好发我"),
        ("党政办", "李明", "钟主任，汇总好了：全镇累计转移89人，安置点7个，已发您。"),
    )
    asked = [replace(m, mentions_me=True) for m in batch.messages[:2]]
    own = replace(batch.messages[2], from_me=True)
    queries = _ingested(store, clock, batch, *asked, own)
    ids = queries.page(View(ViewKind.ACTION)).ids
    rows = [queries.rows(ids)[i] for i in ids]
    # The tasks as listed: the one still to do first, though due later.
    assert [r.remote_id for r in rows] == ["p1", "p0"]
    (replied,) = [r for r in rows[1].reasons if r.code == "replied"]
    assert replied.arg("at") == (clock.now() - timedelta(minutes=1)).isoformat()
    assert [(a.name, a.yours) for a in rows[1].answers] == [("李明", True)]
    # Read, as a thread replied to is; the task still to do stays unread.
    assert (rows[0].read, rows[1].read) == (False, True)
    # Still so once the scores are brought to a later time, when its due time has passed.
    clock.advance(timedelta(hours=20))
    rerank(store.sessions, clock.now())
    assert [queries.rows([i])[i].remote_id for i in queries.page(View(ViewKind.ACTION)).ids] == [
        "p1",
        "p0",
    ]


def test_the_user_s_answer_to_a_chase_says_both_the_task_and_the_chase_are_answered(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: the user's 报了 to the boss's …报区委办了吗？ answered the question
    # only; the task it asked after still read 已逾期.
    batch = _posted(
        clock,
        ("党政办", "钟主任", "改了几处，已发你微信，今天下班前报区委办"),
        ("党政办", "钟主任", "@李明 防汛专报报区委办了吗？"),
        ("党政办", "李明", "报了，区委办霍思琪已回复收到"),
    )
    chase = replace(batch.messages[1], mentions_me=True)
    own = replace(batch.messages[2], from_me=True)
    queries = _ingested(store, clock, batch, batch.messages[0], chase, own)
    ids = queries.page(View(ViewKind.ALL)).ids
    replied = {
        row.remote_id
        for row in queries.rows(ids).values()
        if any(r.code == "replied" for r in row.reasons)
    }
    assert replied == {"p0", "p1"}


def test_a_quoted_reply_of_the_user_s_to_a_task_reads_replied(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: replied from desk's reading pane (a Matrix reply to the task), the
    # @-task still read 10 分钟内 and stood unread: its figures say nothing of being done.
    batch = _posted(
        clock,
        ("党政办", "钟书记", "@李明 把各村续报数字对一下，10分钟内给我"),
        ("党政办", "钟书记", "@李明 明天下班前把值班表排好发我"),
        ("党政办", "李明", "东山37，西岭21，其余没变"),
    )
    asked = [replace(m, mentions_me=True) for m in batch.messages[:2]]
    own = replace(batch.messages[2], from_me=True, reply_to="p0")
    queries = _ingested(store, clock, batch, *asked, own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    (replied,) = [r for r in rows["p0"].reasons if r.code == "replied"]
    assert replied.arg("at") == (clock.now() - timedelta(minutes=1)).isoformat()
    assert rows["p0"].deadline is None and rows["p0"].read
    # The other task, not quoted, is still to do.
    assert not [r for r in rows["p1"].reasons if r.code == "replied"]
    assert not rows["p1"].read


def test_the_user_s_quoted_shou_dao_counts_under_the_notice_it_quotes(
    store: Store, clock: ManualClock
) -> None:
    # 回复收到 from the reading pane, on a notice with a later one below it in the group:
    # the 收到 went under the later one, the last said there, and the notice quoted read
    # as not confirmed by the user.
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "镇党政办", "【通知】明天上午9点在三楼会议室召开安全生产会议，请各村书记参加。"),
        ("一组", "李明", "收到"),
    )
    own = replace(batch.messages[2], from_me=True, reply_to="p0")
    queries = _ingested(store, clock, batch, *batch.messages[:2], own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    assert rows["p0"].acked_by_you
    assert not rows["p1"].acked_by_you


def test_the_user_s_quoted_promise_reads_replied_and_keeps_its_words(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: `r` on "@方晓宁 区防指的续报模板发我一下", sent 好的，马上发您: the card
    # said 收到 ×1（我）, not 已回复, and the reading pane 我 · 08:31 without the words.
    batch = _posted(
        clock,
        ("党政办", "钟丽华", "@李明 区防指的续报模板发我一下"),
        ("党政办", "钟丽华", "@李明 明天下班前把值班表排好发我"),
        ("党政办", "李明", "好的，马上发您"),
    )
    asked = [replace(m, mentions_me=True) for m in batch.messages[:2]]
    own = replace(batch.messages[2], from_me=True, reply_to="p0")
    queries = _ingested(store, clock, batch, *asked, own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    assert [r.code for r in rows["p0"].reasons if r.code == "replied"] == ["replied"]
    assert not [r for r in rows["p1"].reasons if r.code == "replied"]
    # Its words there to read, among the replies: the user's answer, as the card says
    # (已回复). A later tester found it under 收到 ×1 and their next reply, a sentence
    # too, under 回复 ×1.
    assert [(a.text, a.yours) for a in rows["p0"].answers] == [("好的，马上发您", True)]
    assert rows["p0"].acks == ()


def test_the_user_s_quoted_replies_to_a_task_are_listed_together(
    store: Store, clock: ManualClock
) -> None:
    batch = _posted(
        clock,
        ("党政办", "钟丽华", "@李明 区防指的续报模板发我一下"),
        ("党政办", "李明", "好的，马上发给你。"),
        ("党政办", "李明", "模板已发你微信，请查收"),
    )
    asked = replace(batch.messages[0], mentions_me=True)
    own = [replace(m, from_me=True, reply_to="p0") for m in batch.messages[1:]]
    queries = _ingested(store, clock, batch, asked, *own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    assert [a.text for a in rows["p0"].answers] == ["好的，马上发给你。", "模板已发你微信，请查收"]
    assert rows["p0"].acks == ()
    assert [r.code for r in rows["p0"].reasons if r.code == "replied"] == ["replied"]


def test_a_deep_page_leaves_out_the_user_s_quoted_replies_without_reading_each_card(
    store: Store, clock: ManualClock
) -> None:
    # Whether a card is the user's reply under its quote was read from each card's row
    # (reply_to is in no inbox index): paging All to its 10,000th card read 12,600 rows,
    # 200-250 ms at 100,000 messages. A deep page asks the replies' own index which cards
    # are replies, and lists the same cards in the same order.
    batch = _posted(
        clock,
        ("党政办", "钟丽华", "@李明 区防指的续报模板发我一下"),
        ("党政办", "李明", "好的，马上发给你。"),
        ("党政办", "王芳", "我这里也有一份"),
        ("办公室", "赵刚", "明天上午九点开会"),
        ("办公室", "李明", "模板已发你微信，请查收"),
        ("办公室", "孙丽", "收到，会准时参加"),
    )
    m = batch.messages
    queries = _ingested(
        store,
        clock,
        batch,
        replace(m[0], mentions_me=True),
        replace(m[1], from_me=True, reply_to="p0"),
        replace(m[2], reply_to="p0"),  # someone else's quoted reply: a card of its own
        m[3],
        replace(m[4], from_me=True, reply_to="p9"),  # quotes nothing stored: listed
        replace(m[5], reply_to="p3"),
    )
    views = [View(ViewKind.ALL)] + [
        View(ViewKind.GROUP, group_id=g.id) for g in queries.group_counts()
    ]
    with store.engine.connect() as conn:
        for view in views:
            sql, values = inbox.plain_page_statement(view, None, inbox.DEEP_PAGE_LIMIT)
            plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", values)]
            assert any("COVERING INDEX ix_messages_replies" in p for p in plan), plan
            deep = queries.page(view, limit=inbox.DEEP_PAGE_LIMIT).ids
            paged: list[int] = []
            after = None
            while True:
                page = queries.page(view, after, limit=2)
                paged.extend(page.ids)
                if page.after is None:
                    break
                after = page.after
            assert deep == paged, view
    every = queries.page(View(ViewKind.ALL), limit=inbox.DEEP_PAGE_LIMIT).ids
    listed = {r.remote_id for r in queries.rows(every).values()}
    assert "p1" not in listed and {"p0", "p2"} <= listed


def test_the_user_s_quoted_promise_to_a_notice_is_their_reply_not_their_shou_dao(
    store: Store, clock: ManualClock
) -> None:
    # ui44: listed among the replies, the quoted promise counted nowhere Shift+R looked
    # (acked_by_you), and a bare 收到 went after it. Both count as the user's answer; only
    # the bare one as their 收到.
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("二组", "镇党政办", "【通知】明天上午9点在三楼会议室召开安全生产会议，请各村书记参加。"),
        ("一组", "李明", "好的，马上发给你。"),
        ("二组", "李明", "收到"),
    )
    own = [
        replace(batch.messages[2], from_me=True, reply_to="p0"),
        replace(batch.messages[3], from_me=True, reply_to="p1"),
    ]
    queries = _ingested(store, clock, batch, *batch.messages[:2], *own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    worded, bare = rows["p0"], rows["p1"]
    assert worded.replied_by_you and not worded.acked_by_you
    assert [(a.text, a.yours) for a in worded.answers] == [("好的，马上发给你。", True)]
    assert bare.acked_by_you and not bare.replied_by_you


def test_due_today_lists_a_task_answered_with_a_quoted_promise_as_answered(
    store: Store, clock: ManualClock
) -> None:
    # The promise is the user's answer (已回复): Due today keeps the task, after the one
    # still owed, though it was due first; and Shift+R reads it as answered.
    batch = _posted(
        clock,
        ("党政办", "钟丽华", "@李明 今天下午3点前把值班表排好发我"),
        ("党政办", "钟丽华", "@李明 今天下午5点前把各村转移人数报我"),
        ("党政办", "李明", "好的，马上发给你。"),
    )
    asked = [replace(m, mentions_me=True) for m in batch.messages[:2]]
    own = replace(batch.messages[2], from_me=True, reply_to="p0")
    queries = _ingested(store, clock, batch, *asked, own)
    rows = {r.remote_id: r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()}
    answered, owed = rows["p0"], rows["p1"]
    assert answered.replied_by_you and not owed.replied_by_you
    start, end = day_span(clock.now(), SHANGHAI)
    today = (to_ms(start), to_ms(end))
    assert queries.page(View(ViewKind.DUE, today=today)).ids == [owed.id, answered.id]
    assert queries.open_counts(today)[ViewKind.DUE].open == 2


def test_an_ack_with_a_promise_keeps_its_words_and_a_bare_one_has_none(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: 收到，本周五前交 was a name under 收到 ×3, its date lost; a quoted bare
    # 收到 of the user's (回复收到) still only confirms.
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "甲", "收到"),
        ("一组", "乙", "收到，本周五前交"),
        ("一组", "李明", "收到"),
    )
    own = replace(batch.messages[3], from_me=True, reply_to="p0")
    queries = _ingested(store, clock, batch, *batch.messages[:3], own)
    card = _card_of(queries, "p0")
    row = queries.rows([card])[card]
    assert row.ack_count == 3
    assert not [r for r in row.reasons if r.code == "replied"]
    assert list(queries.ack_words(card).values()) == ["收到，本周五前交"]


def test_a_promise_after_a_bare_ack_is_read_on_that_person_s_line(
    store: Store, clock: ManualClock
) -> None:
    # From a reviewer: 乙 said 收到, then 收到，本周五前交; the pane listed 乙 · 09:58 (the
    # first, the one line a person gets in a group) and the promise was lost, though
    # "收到 first, the promise later" is what the words are there for. In another group the
    # same person's bare 收到 stays bare.
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "乙", "收到"),
        ("一组", "甲", "收到"),
        ("一组", "乙", "收到，本周五前交"),
        ("三组", "镇农业办", f"转发：{_NOTICE}"),
        ("三组", "乙", "收到"),
    )
    queries = _ingested(store, clock, batch)
    card = _card_of(queries, "p0")
    row = queries.rows([card])[card]
    assert row.ack_count == 2
    assert [(a.group_name, a.name) for a in row.acks] == [
        ("一组群", "乙"),
        ("一组群", "甲"),
        ("三组群", "乙"),
    ]
    first = row.acks[0]
    assert first.ts == clock.now() - timedelta(minutes=5)
    assert queries.ack_words(card) == {(first.name, first.ts): "收到，本周五前交"}


def _answered_card(store: Store, clock: ManualClock, *more: IncomingMessage) -> InboxRow:
    """The notice of 一组, answered by 甲村 (and what `more` adds), as its card reads."""
    answer = ("一组", "甲村", "甲村收到，台账周五前报")
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), answer)
    queries = _ingested(store, clock, batch, *batch.messages, *more)
    return queries.rows([_card_of(queries, "p0")])[_card_of(queries, "p0")]


def _card_of(queries: InboxQueries, remote_id: str) -> int:
    rows = queries.rows(queries.page(View(ViewKind.ALL, unfolded=True), limit=50).ids)
    (found,) = [r.id for r in rows.values() if r.remote_id == remote_id]
    return found


def test_an_answer_edited_into_something_else_is_no_longer_listed(
    store: Store, clock: ManualClock
) -> None:
    assert [a.name for a in _answered_card(store, clock).answers] == ["甲村"]
    (account,) = ensure_default_account(store, clock)
    ingest = Ingestor(store, SHANGHAI, clock)
    edit = MessageEdit("p1", "一组", "甲村", "发错群了，大家周末愉快", clock.now())
    ingest.apply(account.id, SyncBatch(next_cursor="edit", edits=(edit,)))
    queries = InboxQueries(store.sessions)
    card = _card_of(queries, "p0")
    assert queries.rows([card])[card].answers == ()


def test_a_withdrawn_answer_is_no_longer_listed(store: Store, clock: ManualClock) -> None:
    # From review: it stayed, its name and time over an empty text.
    _answered_card(store, clock)
    (account,) = ensure_default_account(store, clock)
    gone = Redaction(target_id="p1", group_id="一组", ts=clock.now())
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, SyncBatch(next_cursor="gone", redactions=(gone,))
    )
    queries = InboxQueries(store.sessions)
    card = _card_of(queries, "p0")
    assert queries.rows([card])[card].answers == ()


def test_an_answer_that_also_quotes_the_notice_is_listed_once_and_a_late_quoted_ack_not(
    store: Store, clock: ManualClock
) -> None:
    # From review: 回复 ×2 for one reply met by both links; a 收到 quoting the notice hours
    # later listed as an answer.
    quoting = IncomingMessage(
        remote_id="p9",
        group_id="一组",
        sender_id="乙村",
        sender_name="乙村",
        sender_role=Role.MEMBER,
        ts=clock.now() + timedelta(minutes=1),
        text="乙村禁烧巡查台账已报镇农业办，共12次",
        reply_to="p0",
    )
    late_ack = replace(
        quoting, remote_id="p10", text="收到", ts=clock.now() + timedelta(hours=9), sender_id="丙"
    )
    card = _answered_card(store, clock, quoting, late_ack)
    assert [a.name for a in card.answers] == ["甲村", "乙村"]


def test_a_ding_confirmed_in_desk_lists_the_user_when_they_confirmed(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", "紧急：全体到镇政府集合"), ("一组", "甲", "收到"))
    ding = replace(batch.messages[0], ding=True)
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, replace(batch, messages=(ding, batch.messages[1]))
    )
    queries = InboxQueries(store.sessions)
    (card_id,) = queries.page(View(ViewKind.ALL)).ids
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    clock.advance(timedelta(minutes=3))
    assert ladders.acknowledge(card_id, clock.now()) is not None
    card = queries.rows([card_id])[card_id]
    assert [(a.group_name, a.ts, a.yours) for a in card.acks] == [
        ("一组群", clock.now() - timedelta(minutes=4), False),
        ("一组群", clock.now(), True),
    ]


def test_a_received_ding_counts_those_who_confirmed_it_without_a_message(
    store: Store, clock: ManualClock
) -> None:
    # 乙 confirmed the DING with a 收到 reaction, which leaves no message whose ack_of is
    # the DING: the card said 收到 ×1（我） after the user confirmed (a tester). 甲's 收到
    # message, recorded as a confirmation too as it came, counts once; the user's own
    # confirmations (their user ids, under either account) are theirs, not another's.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", "紧急：全体到镇政府集合"), ("一组", "甲", "收到"))
    ding = replace(batch.messages[0], ding=True)
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, replace(batch, messages=(ding, batch.messages[1]))
    )
    now = to_ms(clock.now())
    with store.transaction() as session:
        session.execute(
            text("UPDATE accounts SET config = json_set(config, '$.user_id', '@me') WHERE id = :a"),
            {"a": account.id},
        )
        # The user's second account (its confirmation is theirs too).
        session.execute(
            tables.accounts.insert().values(
                kind="matrix", label="@me2", config={"user_id": "@me2"}, created_ms=now
            )
        )
        for user_id, name, at, source, remote_id in (
            ("@me", "李明", now, "ack", "$mine"),
            ("@me2", "李明（县）", now, "ack", "$mine2"),
            ("@yi", "乙", now + 1, "ack", "$yi"),
        ):
            session.execute(
                tables.ding_confirmations.insert().values(
                    account_id=account.id,
                    ding_remote_id="p0",
                    user_id=user_id,
                    name=name,
                    ts_ms=at,
                    source=source,
                    remote_id=remote_id,
                )
            )
    with store.sessions() as session:
        recorded = session.execute(
            select(tables.ding_confirmations.c.name, tables.ding_confirmations.c.source)
        ).all()
    assert len(recorded) == 4
    queries = InboxQueries(store.sessions)
    (card_id,) = queries.page(View(ViewKind.ALL)).ids
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert ladders.acknowledge(card_id, clock.now()) is not None
    card = queries.rows([card_id])[card_id]
    assert card.acked_by_you
    assert card.ack_names == ("甲", "乙")
    assert card.ack_count == 3
    assert [(a.name, a.group_name, a.yours) for a in card.acks] == [
        ("甲", "一组群", False),
        ("", "一组群", True),
        ("乙", "一组群", False),
    ]


def test_the_confirmations_of_a_page_s_dings_are_read_by_their_key(
    store: Store, clock: ManualClock
) -> None:
    # One statement per account for the page's DINGs, each looked up by the unique key of
    # ding_confirmations, and the 收到 it was read from by the messages' key.
    with store.engine.connect() as conn:
        plans = [
            str(row[-1])
            for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {inbox._OTHERS_CONFIRMED}", ('["p0"]', 1)
            )
        ]
    assert any("done USING INDEX sqlite_autoindex_ding_confirmations_1" in p for p in plans), plans
    assert any("ack USING INDEX sqlite_autoindex_messages_1" in p for p in plans), plans
    assert any("sent USING COVERING INDEX ix_outbox_remote" in p for p in plans), plans
    # The accounts, a handful of rows, are the only table read whole.
    assert [p for p in plans if p.startswith("SCAN")] == [
        "SCAN wanted VIRTUAL TABLE INDEX 1:",
        "SCAN own",
    ], plans


def test_the_user_s_own_ack_from_another_device_counts_as_theirs_not_by_name(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "甲", "收到"),
        ("一组", "李明", "收到"),
        ("一组", "乙", "收到"),
    )
    # 李明's 收到, typed on their phone, comes back as the account's own message.
    own = replace(batch.messages[2], from_me=True)
    batch = replace(batch, messages=(*batch.messages[:2], own, batch.messages[3]))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (card,) = [r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()]
    assert card.ack_names == ("甲", "乙")
    assert card.acked_by_you
    assert card.ack_count == 3


def test_someone_else_of_the_user_s_name_still_counts_among_the_acks(
    store: Store, clock: ManualClock
) -> None:
    # From review: another 李明's 收到 vanished with the user's own.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "李明", "收到"),
        ("一组", "甲", "收到"),
    )
    own = replace(batch.messages[1], remote_id="own", sender_id="me", from_me=True)
    other = replace(batch.messages[1], remote_id="other", sender_id="another-李明")
    batch = replace(batch, messages=(batch.messages[0], own, other, batch.messages[2]))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    (card,) = [r for r in queries.rows(queries.page(View(ViewKind.ALL)).ids).values()]
    assert card.acked_by_you
    assert card.ack_names == ("李明", "甲")


def test_a_card_reads_its_copies_and_their_acks_from_the_indexes_alone(
    demo_store: Store,
) -> None:
    # All three statements run on the driver's cursor, out of SQLAlchemy's sight.
    with demo_store.engine.connect() as conn:
        heads = json.dumps(["m1", "m2"])
        plans = [
            row[-1]
            for statement, parameters in (
                (inbox._COPY_GROUPS, (heads, 1)),
                (inbox._ACKS, (heads, 1, heads, 1)),
                (inbox._OWN_ACKS, (heads, 1, heads, 1)),
            )
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
    assert any("COVERING INDEX ix_messages_cluster" in p for p in plans), plans
    assert any("COVERING INDEX ix_messages_ack_of" in p for p in plans), plans
    # The user's own acks are read from their rows, but only theirs are in that index.
    assert any("USING INDEX ix_messages_own_acks" in p for p in plans), plans
    # Every other step over the messages is an index search that reads no message's row.
    reads = [
        p
        for p in plans
        if p.split(" ")[1:2] in (["copy"], ["ack"], ["messages"]) and "own_acks" not in p
    ]
    assert reads, plans
    assert all(p.startswith("SEARCH") and "COVERING INDEX" in p for p in reads), plans


# A person's cards: what they posted (or a copy of it), what they acknowledged (or a copy
# of it), and the texts that name them.
_BY_OR_NAMING = "(instr(text, :n) > 0 OR sender_name = :who)"


def _holding_by(store: Store, needle: str, who: str) -> list[int]:
    return _holding(store, _BY_OR_NAMING, needle, acked_by=who)


@pytest.mark.parametrize(
    ("needle", "who"),
    [
        ("鲁大成", "洄水湾村-鲁大成"),
        ("郝文涛", "郝文涛"),
        ("柯俊", "柯俊"),
        ("洄水湾村-鲁大成", "洄水湾村-鲁大成"),
    ],
)
def test_a_search_for_a_person_lists_what_they_posted_and_where_they_are_named(
    demo_store: Store, needle: str, who: str
) -> None:
    queries = InboxQueries(demo_store.sessions)
    expected = _holding_by(demo_store, needle, who)
    assert len(expected) > len(_holding(demo_store, "instr(text, :n) > 0", needle))
    assert _paged(queries, View(search=needle), 5) == expected


def test_a_unit_before_the_dash_is_not_a_person(demo_store: Store) -> None:
    # 洄水湾村-鲁大成 and 洄水湾卫生室-… post there; a search for the village lists what
    # names it, not everything its people posted.
    for needle in ("洄水湾村", "区政府办"):
        assert _found(demo_store, needle) == _containing(demo_store, needle)


def test_a_person_who_left_every_group_is_still_found(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        session.execute(text("DELETE FROM members WHERE name = '柯俊'"))
    expected = _holding_by(demo_store, "柯俊", "柯俊")
    assert _paged(InboxQueries(demo_store.sessions), View(search="柯俊"), 5) == expected


def test_a_search_for_a_person_in_a_group_and_only_the_text_in_every_message(
    demo_store: Store,
) -> None:
    # A group's search lists its cards and copies, not acks; the every-message view (the
    # CLI's) searches the text alone.
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        group_id = session.scalar(text("SELECT group_id FROM messages WHERE sender_name = '柯俊'"))
        posted = session.execute(
            text(
                "SELECT id FROM messages "
                "WHERE group_id = :g AND sender_name = '柯俊' AND ack_of IS NULL"
            ),
            {"g": group_id},
        )
        in_group = {row.id for row in posted}
        named = {
            row.id
            for row in session.execute(text("SELECT id FROM messages WHERE instr(text, '柯俊')"))
        }
    found = _paged(queries, View(ViewKind.GROUP, group_id, "柯俊"), 2)
    assert in_group and in_group <= set(found)
    assert found == sorted(found, reverse=True)
    assert set(queries.page(View(search="柯俊", unfolded=True), limit=10**6).ids) == named


def test_a_search_for_a_person_reads_the_index_of_senders_in_order(demo_store: Store) -> None:
    queries = InboxQueries(demo_store.sessions)
    plans = query_plans(demo_store, lambda: queries.page(View(search="鲁大成")))
    with demo_store.engine.connect() as conn:
        index, phrase, _loose = inbox._index_match("鲁大成") or (None, "", False)
        assert index is not None
        statement = inbox._cards_search(index.name, inbox._card_test(View()), True)
        plans += [
            row[-1]
            for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}",
                (phrase, 0, 10**9) + ('["洄水湾村-鲁大成"]', 0, 10**9) * 2,
            )
        ]
    assert any("ix_messages_sender" in p for p in plans), plans
    assert any("COVERING INDEX ix_messages_acks_by_sender" in p for p in plans), plans
    # Whether an ack is the user's own is asked of the index of their acks by its key.
    assert any("INDEX ix_messages_own_acks" in p and "rowid=?" in p for p in plans), plans
    # The reads merge in order: the text's matches are not sorted (only the posts and the
    # acks of the names, from their indexes), nor looked up before their turn.
    assert any("MERGE (UNION)" in p for p in plans), plans
    assert sum("TEMP B-TREE FOR ORDER BY" in p for p in plans) <= 2, plans


def test_a_task_moved_to_information_loses_its_due_times_place_at_once(
    demo_store: Store, clock: ManualClock
) -> None:
    # From a tester: moved to 通知, an overdue card went to the top of it until the next
    # rerank, minutes later.
    with demo_store.sessions() as session:
        task = session.scalars(
            select(Message).where(Message.tier == "action", Message.deadline_ms.is_not(None))
        ).first()
        assert task is not None and task.deadline_ms is not None
        task_id, base, due = task.id, task.base_score, task.deadline_ms
    clock.set(from_ms(due) + timedelta(minutes=5))
    rerank(demo_store.sessions, clock.now())
    queries = InboxQueries(demo_store.sessions)
    correction = queries.correct_tier(task_id, Tier.INFO, clock.now())
    assert correction is not None
    with demo_store.sessions() as session:
        assert session.get_one(Message, task_id).score == pytest.approx(base)
    queries.undo_correction(correction, clock.now())
    with demo_store.sessions() as session:
        restored = session.get_one(Message, task_id)
        assert restored.score == pytest.approx(ranked_score("action", base, due, clock.now()))
        assert restored.score > base + 1.0


_DINGS_CONFIRMED = [
    # The card's own DING (a tester: a 收到 typed on the phone showed as 我, a DING
    # confirmed in desk did not).
    ((("一组", "镇农业办", _NOTICE), ("一组", "甲", "收到")), 0),
    # A DING copy in 二组 folded under the notice posted plainly in 一组 (review).
    ((("一组", "镇农业办", _NOTICE), ("一组", "甲", "收到"), ("二组", "镇农业办", _NOTICE)), 2),
]


@pytest.mark.parametrize(("posts", "ding_at"), _DINGS_CONFIRMED)
def test_a_ding_the_user_confirmed_counts_them_among_its_acks(
    store: Store, clock: ManualClock, posts: tuple[tuple[str, str, str], ...], ding_at: int
) -> None:
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, *posts)
    messages = list(batch.messages)
    messages[ding_at] = replace(messages[ding_at], ding=True)
    Ingestor(store, SHANGHAI, clock).apply(account.id, replace(batch, messages=tuple(messages)))
    queries = InboxQueries(store.sessions)

    def card() -> InboxRow:
        rows = queries.rows(queries.page(View(ViewKind.ALL)).ids).values()
        (row,) = [r for r in rows if r.remote_id == "p0"]
        return row

    assert (card().ack_names, card().acked_by_you) == (("甲",), False)
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert ladders.acknowledge(card().id, clock.now()) is not None
    assert card().acked_by_you and card().ack_count == 2


def test_action_lists_what_falls_due_soonest_first(demo_store: Store, clock: ManualClock) -> None:
    # A tester found tasks due that afternoon on page three, below tasks due next week
    # that were worded more strongly.
    rerank(demo_store.sessions, clock.now())
    ids = _paged(InboxQueries(demo_store.sessions), View(ViewKind.ACTION), 7)
    with demo_store.sessions() as session:
        rows = {m.id: m for m in session.scalars(select(Message).where(Message.id.in_(ids)))}
    now_ms = to_ms(clock.now())

    def hours(message: Message) -> float | None:
        due = message.deadline_ms
        return None if due is None else (due - now_ms) / 3_600_000

    def asked_you(message: Message) -> bool:
        return abs(message.score - ASKED_YOU_BAND) < 1e12

    shown = [hours(rows[i]) for i in ids]
    soon = [h for h in shown if h is not None and 0 <= h < 5]
    late = [h for h in shown if h is not None and -12 < h < 0]
    week = [h for h in shown if h is not None and 5 <= h < 7 * 24]
    asked = [i for i in ids if asked_you(rows[i])]
    assert soon and week and asked
    head = len(soon) + len(late)
    assert shown[:head] == [*sorted(soon), *sorted(late)]
    # Then what is asked of the user with no due time, or long late (see ASKED_YOU_BAND),
    # then the rest of the week.
    assert ids[head : head + len(asked)] == asked
    assert shown[head + len(asked) : head + len(asked) + len(week)] == sorted(week)
    # ...however the text is worded: a stronger task due later lists below.
    bases = [rows[i].base_score for i in ids[: len(soon) + len(week)]]
    assert bases != sorted(bases, reverse=True)


def test_a_meeting_over_for_hours_leaves_the_head_of_action_and_a_late_task_stays(
    demo_store: Store, clock: ManualClock
) -> None:
    # From a tester: a lecture the evening before still stood above the day's tasks.
    def is_event(message: Message) -> bool:
        return any(
            code == "deadline" and args.get("event") == "1" for code, args in message.reasons
        )

    # The demo's meeting (a relay, m0170) asks the villages to check the warning signs
    # before it: it stays in Action when a correction moves the meeting (m0194), due at
    # the meeting's new time.
    dated = [m for m in _open_dated(demo_store) if m.tier == "action"]
    meeting = next(m for m in dated if is_event(m))
    assert meeting.remote_id == "m0170"
    task = next(m for m in dated if not is_event(m))
    for message in (meeting, task):
        assert message.deadline_ms is not None
        clock.set(from_ms(message.deadline_ms) + timedelta(hours=3))
        rerank(demo_store.sessions, clock.now())
        with demo_store.sessions() as session:
            row = session.get_one(Message, message.id)
            if message is meeting:
                assert row.score < row.base_score - 1e12
            else:
                assert row.score > row.base_score + 1.0


def test_a_confirmation_the_server_refused_is_not_counted_and_the_card_says_so(
    demo_store: Store, clock: ManualClock
) -> None:
    EscalationStore(demo_store.sessions).start_new(clock.now(), LadderConfig(), False)
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        ding = session.scalars(select(Message.id).where(Message.pinned.is_(True))).first()
    assert ding is not None
    before = queries.row(ding)
    assert before is not None and not before.acked_by_you
    assert EscalationStore(demo_store.sessions).acknowledge(ding, clock.now())
    confirmed = queries.row(ding)
    assert confirmed is not None and confirmed.acked_by_you
    assert not confirmed.confirmation_refused
    # As the outbox marks it when the server refuses it for good (a group where only its
    # admins may post; tests/connectors/matrix has Synapse do so).
    with demo_store.transaction() as session:
        session.execute(text("UPDATE outbox SET state = 'failed' WHERE ack_of IS NOT NULL"))
    refused = queries.row(ding)
    assert refused is not None and refused.confirmation_refused
    assert not refused.acked_by_you and refused.ack_count == before.ack_count
    # The same card in a page of the inbox (read a page at a time, not a row).
    assert queries.rows(queries.page(View(ViewKind.URGENT)).ids)[ding].confirmation_refused


def _listed_out_of_due_order(store: Store, now_ms: int) -> list[int]:
    """The Action cards listed above one their due times, at `now_ms`, put before them
    (pinned DINGs aside, which list first whatever their due time)."""
    ids = InboxQueries(store.sessions).page(View(ViewKind.ACTION), limit=10**6).ids
    with store.sessions() as session:
        rows = {m.id: m for m in session.scalars(select(Message).where(Message.id.in_(ids)))}
    now = from_ms(now_ms)
    listed = [rows[i] for i in ids if not rows[i].pinned]
    placed = [
        (m.id, ranked_score(m.tier, m.base_score, m.deadline_ms, now, m.reasons)) for m in listed
    ]
    return [mid for (mid, place), (_, below) in pairwise(placed) if place < below - 1e-6]


def _task_due_within_hours(store: Store, now_ms: int, hours: float) -> int:
    ids = InboxQueries(store.sessions).page(View(ViewKind.ACTION), limit=10**6).ids
    with store.sessions() as session:
        for message in session.scalars(select(Message).where(Message.id.in_(ids))):
            due = message.deadline_ms
            if due is not None and now_ms < due < now_ms + hours * 3_600_000:
                return message.id
    raise AssertionError("the demo has no task due that soon")


@pytest.mark.parametrize(
    ("away", "later"), [("done", timedelta(days=3)), ("moved", timedelta(hours=6))]
)
def test_a_card_brought_back_lists_where_its_due_time_is_now(
    demo_store: Store, clock: ManualClock, away: str, later: timedelta
) -> None:
    # Seen on the demo: marked done on Friday morning while due at noon, brought back from
    # Done on Monday, it listed among Monday's tasks due within the hour, "已过截止时间".
    # Moved to 通知 while due that morning, the move undone after lunch, likewise.
    queries = InboxQueries(demo_store.sessions)
    rerank(demo_store.sessions, clock.now())
    task = _task_due_within_hours(demo_store, to_ms(clock.now()), 5)
    if away == "done":
        queries.set_done([task], True, clock.now())
        back = functools.partial(queries.set_done, [task], False)
    else:
        correction = queries.correct_tier(task, Tier.INFO, clock.now())
        assert correction is not None
        back = functools.partial(queries.undo_correction, correction)
    clock.advance(later)
    rerank(demo_store.sessions, clock.now())
    back(clock.now())
    assert _listed_out_of_due_order(demo_store, to_ms(clock.now())) == []


def test_a_refused_confirmation_given_again_from_the_phone_is_no_longer_said_refused(
    demo_store: Store, clock: ManualClock
) -> None:
    # Refused in desk, the user confirmed on the phone once the group let members answer:
    # the card still said their confirmation had not reached the group, and left out 我.
    EscalationStore(demo_store.sessions).start_new(clock.now(), LadderConfig(), False)
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        ding = session.scalars(select(Message).where(Message.pinned.is_(True))).first()
        assert ding is not None
        group = session.execute(
            text("SELECT remote_id FROM groups WHERE id = :g"), {"g": ding.group_id}
        ).scalar_one()
        account = session.execute(text("SELECT id, config FROM accounts")).one()
    me = json.loads(account.config)["user_id"]
    assert EscalationStore(demo_store.sessions).acknowledge(ding.id, clock.now())
    with demo_store.transaction() as session:
        session.execute(text("UPDATE outbox SET state = 'failed' WHERE ack_of IS NOT NULL"))
    refused = queries.row(ding.id)
    assert refused is not None and refused.confirmation_refused
    from_phone = AckEvent("$phone-ack", group, me, ding.remote_id, clock.now())
    Ingestor(demo_store, SHANGHAI, clock).apply(
        account.id, SyncBatch("after-phone", acks=(from_phone,))
    )
    confirmed = queries.row(ding.id)
    assert confirmed is not None and not confirmed.confirmation_refused
    assert confirmed.acked_by_you


def test_a_withdrawn_ding_whose_confirmation_was_refused_asks_for_no_other_way(
    demo_store: Store, clock: ManualClock
) -> None:
    # Withdrawn, a DING asks nothing: its card told the user to confirm by phone all the
    # same whenever the page held another DING they had confirmed.
    EscalationStore(demo_store.sessions).start_new(clock.now(), LadderConfig(), False)
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        dings = list(session.scalars(select(Message).where(Message.pinned.is_(True))).all())
        account_id = session.execute(text("SELECT id FROM accounts")).scalar_one()
    assert len(dings) >= 2
    gone, kept = dings[0], dings[1]
    for ding in (gone, kept):
        EscalationStore(demo_store.sessions).acknowledge(ding.id, clock.now())
    with demo_store.transaction() as session:
        session.execute(text("UPDATE outbox SET state = 'failed' WHERE ack_of IS NOT NULL"))
    assert all(r.confirmation_refused for r in queries.rows([gone.id, kept.id]).values())
    with demo_store.sessions() as session:
        group = session.execute(
            text("SELECT remote_id FROM groups WHERE id = :g"), {"g": gone.group_id}
        ).scalar_one()
    Ingestor(demo_store, SHANGHAI, clock).apply(
        account_id, SyncBatch("withdrawn", redactions=(Redaction(gone.remote_id, group),))
    )
    rows = queries.rows([gone.id, kept.id])
    assert rows[gone.id].withdrawn is not None and not rows[gone.id].confirmation_refused
    assert rows[kept.id].confirmation_refused


def test_a_refused_confirmation_of_a_ding_copy_names_the_copys_sender(
    store: Store, clock: ManualClock
) -> None:
    # The DING passed on into 二组 by 镇政府办 was refused there: the reading pane asked
    # the user to confirm to 镇农业办, who posted the notice plainly and asked nothing.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("一组", "镇农业办", _NOTICE), ("二组", "镇政府办", _NOTICE))
    messages = list(batch.messages)
    messages[1] = replace(messages[1], ding=True)
    Ingestor(store, SHANGHAI, clock).apply(account.id, replace(batch, messages=tuple(messages)))
    queries = InboxQueries(store.sessions)

    def card() -> InboxRow:
        rows = queries.rows(queries.page(View(ViewKind.ALL)).ids).values()
        (row,) = [r for r in rows if r.remote_id == "p0"]
        return row

    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert ladders.acknowledge(card().id, clock.now()) is not None
    with store.transaction() as session:
        session.execute(text("UPDATE outbox SET state = 'failed' WHERE ack_of IS NOT NULL"))
    assert card().sender_name == "镇农业办"
    assert card().confirmation_refused == ("镇政府办",)


def test_a_card_holding_a_folded_ding_shows_it_and_names_whom_confirming_it_confirms(
    store: Store, clock: ManualClock
) -> None:
    # 新华镇·郭磊伟 posted the notice plainly, 青石镇·周伟磊 DINGed it: the card stood 未确认
    # with no DING on it, and `a` said it confirmed 郭磊伟's DING while the outbox sent the
    # confirmation to 青石镇 for 周伟磊's (a tester).
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("新华镇安全生产", "郭磊伟", _NOTICE), ("青石镇工作", "周伟磊", _NOTICE))
    messages = list(batch.messages)
    messages[1] = replace(messages[1], ding=True)
    Ingestor(store, SHANGHAI, clock).apply(account.id, replace(batch, messages=tuple(messages)))
    queries = InboxQueries(store.sessions)

    def card() -> InboxRow:
        rows = queries.rows(queries.page(View(ViewKind.ALL)).ids).values()
        (row,) = [r for r in rows if r.remote_id == "p0"]
        return row

    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    waiting = card()
    assert waiting.pinned and not waiting.ding
    assert waiting.holds_ding, "the card shows the DING folded into it"
    (folded,) = waiting.folded_dings
    assert (folded.sender_name, folded.group_name) == ("周伟磊", "青石镇工作群")
    assert waiting.dings_owed == (("周伟磊", "青石镇工作群"),)
    assert ladders.acknowledge(waiting.id, clock.now()) is not None
    with store.sessions() as session:
        sent_to = session.execute(
            text(
                "SELECT messages.sender_name, groups.name FROM outbox "
                "JOIN groups ON groups.remote_id = outbox.group_remote_id "
                "JOIN messages ON messages.remote_id = outbox.ack_of "
                "WHERE outbox.ack_of IS NOT NULL"
            )
        ).all()
    # What the card said it confirms is what went to the server, and nothing else.
    assert [tuple(r) for r in sent_to] == list(waiting.dings_owed)
    confirmed = card()
    assert not confirmed.pinned and confirmed.folded_dings == ()
    assert confirmed.holds_ding and confirmed.ding_confirmed, "a DING confirmed, as its own"


def test_a_card_whose_own_ding_was_confirmed_owes_only_the_copy_folded_in_since(
    store: Store, clock: ManualClock
) -> None:
    # The card's own DING confirmed, the same notice DINGed again in another group pins
    # the card once more: `a` confirms the copy's alone (the store sends one), so it must
    # not say it confirmed 2 DINGs, the card's sender's again among them.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(clock, ("新华镇安全生产", "郭磊伟", _NOTICE), ("青石镇工作", "周伟磊", _NOTICE))
    first, copy = (replace(m, ding=True) for m in batch.messages)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(account.id, replace(batch, messages=(first,)))
    queries = InboxQueries(store.sessions)
    ladders = EscalationStore(store.sessions)

    def card() -> InboxRow:
        rows = queries.rows(queries.page(View(ViewKind.ALL)).ids).values()
        (row,) = [r for r in rows if r.remote_id == "p0"]
        return row

    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert card().dings_owed == (("郭磊伟", "新华镇安全生产群"),)
    assert ladders.acknowledge(card().id, clock.now()) is not None
    ingestor.apply(account.id, replace(batch, next_cursor="again", messages=(copy,)))
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    waiting = card()
    assert waiting.pinned, "the copy's DING waits on the card"
    assert waiting.dings_owed == (("周伟磊", "青石镇工作群"),)
    assert ladders.acknowledge(waiting.id, clock.now()) is not None
    with store.sessions() as session:
        sent_to = session.execute(
            text(
                "SELECT messages.sender_name FROM outbox "
                "JOIN messages ON messages.remote_id = outbox.ack_of "
                "WHERE outbox.ack_of IS NOT NULL ORDER BY outbox.id"
            )
        ).all()
    assert [r[0] for r in sent_to] == ["郭磊伟", "周伟磊"]


def test_a_rerank_since_the_last_leaves_nothing_for_a_whole_one(
    demo_store: Store, clock: ManualClock
) -> None:
    # Every minute a rerank reads only what fell long overdue since the last one, not a
    # year of open dated tasks; it must leave no score behind that a whole rerank moves.
    rerank(demo_store.sessions, clock.now())
    for hours in (1, 7, 13, 30, 24 * 9):
        last = clock.now()
        clock.advance(timedelta(hours=hours))
        rerank(demo_store.sessions, clock.now(), since=last)
        assert rerank(demo_store.sessions, clock.now()) == 0, hours


def test_reranks_a_minute_or_so_apart_leave_nothing_for_a_whole_one(
    demo_store: Store, clock: ManualClock
) -> None:
    # Steps of uneven length over nine days: the demo's due times cross every edge of
    # Action's bands (a week, 5 hours, due, 2 and 12 hours late) between two reranks.
    rerank(demo_store.sessions, clock.now())
    for step, minutes in enumerate(itertools.islice(itertools.cycle((1, 7, 59, 61, 193)), 200)):
        last = clock.now()
        clock.advance(timedelta(minutes=minutes))
        rerank(demo_store.sessions, clock.now(), since=last)
        assert rerank(demo_store.sessions, clock.now()) == 0, (step, clock.now())


def test_a_minutes_rerank_reads_no_action_whose_band_holds(
    demo_store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A task due in two days keeps its place for a minute: at a million messages the
    # minute's rerank read every row due from yesterday on (83,000) and moved none.
    clock.advance(timedelta(seconds=20))  # the demo's due times fall on whole hours
    rerank(demo_store.sessions, clock.now())
    computing = ranking.ranked_score
    read: list[str] = []

    def counted(tier: str, *args: Any, **kwargs: Any) -> float:
        read.append(tier)
        return computing(tier, *args, **kwargs)

    monkeypatch.setattr(ranking, "ranked_score", counted)
    last = clock.now()
    clock.advance(timedelta(minutes=1))
    rerank(demo_store.sessions, clock.now(), since=last)
    dated = _open_dated(demo_store)
    assert sum(m.tier == "action" for m in dated) > 20
    # Urgent items move by the whole hour, and are few; no action crossed an edge.
    assert read and set(read) == {"urgent"}


@pytest.mark.parametrize(
    "needle", ["", "转移", "户报", "转移一户报一户", "鲁大成", "紧", "HPV", "1.", "轉移"]
)
def test_a_view_tells_by_id_whether_it_lists_a_message_its_search_included(
    demo_store: Store, clock: ManualClock, needle: str
) -> None:
    # `a` on an ordinary card shows the DING waiting where the user is when their view and
    # search list it: asked of the view by the DING's id, it must answer as paging would,
    # for a card found by its own text, by a copy folded into it, by who posted it, by
    # the index or by a LIKE.
    queries = InboxQueries(demo_store.sessions)
    queries.set_done(queries.page(View(search="转移"), limit=6).ids[::2], True, clock.now())
    with demo_store.sessions() as session:
        copy_group = session.scalar(
            select(Message.group_id).where(
                Message.text.like("%转移一户报一户%"), Message.cluster != Message.remote_id
            )
        )
        folded = list(
            session.scalars(
                select(Message.id)
                .where(Message.cluster.is_not(None), Message.cluster != Message.remote_id)
                .limit(20)
            )
        ) + list(session.scalars(select(Message.id).where(Message.ack_of.is_not(None)).limit(5)))
    assert copy_group is not None
    views = [View(kind) for kind in ViewKind if kind is not ViewKind.GROUP]
    views.append(View(ViewKind.GROUP, copy_group))
    for unsearched in views:
        view = replace(unsearched, search=needle)
        listed = set(queries.page(view, limit=10**6).ids)
        # Only what the view lists unsearched can be found in it (All's search adds Noise).
        candidates = set(queries.page(unsearched, limit=10**6).ids) | set(folded)
        candidates |= set(queries.page(View(ViewKind.NOISE), limit=10**6).ids)
        assert listed <= candidates, view
        assert {i for i in candidates if queries.lists(view, i)} == listed, view


def test_whether_a_search_lists_a_card_is_asked_of_the_index_by_its_ids(
    demo_store: Store,
) -> None:
    # 通知 is in one message of four: the index seeks the card's and its copies' ids, and
    # never reads every match.
    queries = InboxQueries(demo_store.sessions)
    with demo_store.sessions() as session:
        copy = session.scalar(
            select(Message.id).where(
                Message.text.like("%转移一户报一户%"), Message.cluster != Message.remote_id
            )
        )
    assert copy is not None
    card = queries.card_of(copy)
    for needle in ("通知", "暴雨橙色预警", "鲁大成"):
        plans = query_plans(
            demo_store, lambda n=needle: queries.lists(View(search=n), card), whole=True
        )
        details = [p.rsplit(" :: ", 1)[1] for p in plans]
        fts = [d for d in details if "_fts" in d]
        assert fts and all("INDEX 0:=M" in d for d in fts), details
        assert any("ix_messages_cluster" in d for d in details), details
        assert not any(d.split()[:2] == ["SCAN", "messages"] for d in details), details


def _acked(store: Store, clock: ManualClock) -> dict[str, int]:
    """Two notices, each confirmed (收到, folded under its card) by people who post
    nothing else: 蓝海涛 the first notice itself and the second, 卜长林 a copy of the
    first. The ids by name."""
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "白鹭镇-蓝海涛", "收到"),
        ("三组", "镇农业办", f"转发：{_NOTICE}"),
        ("三组", "上坪村－卜长林", "收到"),
        ("二组", "镇应急办", "请各村今晚加强值班，发现险情立即上报。"),
        ("二组", "白鹭镇-蓝海涛", "收到"),
        ("二组", "丙", "明天的会改到下午"),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    with store.sessions() as session:
        rows = {
            r.remote_id: r
            for r in session.execute(select(Message.id, Message.remote_id, Message.ack_of))
        }
    assert (rows["p1"].ack_of, rows["p3"].ack_of, rows["p5"].ack_of) == ("p0", "p2", "p4")
    return {"notice": rows["p0"].id, "duty": rows["p4"].id, "ack": rows["p5"].id}


@pytest.mark.parametrize("needle", ["蓝海涛", "白鹭镇-蓝海涛"])
def test_a_search_for_a_person_lists_the_notices_they_acknowledged(
    store: Store, clock: ManualClock, needle: str
) -> None:
    # A tester: 蓝海涛 was in a DING's 收到 list, and a search for him found nothing;
    # the county asks which notices a person confirmed. Newest first, by the ack's arrival.
    ids = _acked(store, clock)
    queries = InboxQueries(store.sessions)
    view = View(search=needle)
    assert queries.page(view).ids == [ids["duty"], ids["notice"]]
    assert queries.lists(view, ids["notice"]) and queries.lists(view, ids["duty"])
    # Read in windows of ids, as the list reads it, it is the same.
    stepped, steps = _in_steps(queries, view, limit=1, window=2)
    assert stepped == [ids["duty"], ids["notice"]] and steps > 2


def test_an_ack_to_a_copy_lists_the_notice_s_card(store: Store, clock: ManualClock) -> None:
    ids = _acked(store, clock)
    queries = InboxQueries(store.sessions)
    assert queries.page(View(search="卜长林")).ids == [ids["notice"]]
    assert queries.lists(View(search="卜长林"), ids["notice"])
    assert not queries.lists(View(search="卜长林"), ids["duty"])


def test_a_done_notice_someone_acknowledged_is_found_in_done(
    store: Store, clock: ManualClock
) -> None:
    ids = _acked(store, clock)
    queries = InboxQueries(store.sessions)
    queries.set_done([ids["notice"]], True, clock.now())
    assert queries.page(View(search="蓝海涛")).ids == [ids["duty"]]
    assert queries.page(View(ViewKind.DONE, search="蓝海涛")).ids == [ids["notice"]]
    assert not queries.lists(View(search="蓝海涛"), ids["notice"])
    # Each page passes what it has shown: the card is listed once.
    first = queries.page(View(search="蓝海涛"), limit=1)
    assert queries.page(View(search="蓝海涛"), first.after, shown=set(first.ids)).ids == []


def _own_and_acked(store: Store, clock: ManualClock) -> dict[str, int]:
    """A notice the user (桐坪镇-方晓宁) and 蓝海涛 acknowledged, a message naming the user,
    and one the user posted. The ids by what they are."""
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇农业办", _NOTICE),
        ("一组", "桐坪镇-方晓宁", "收到"),
        ("一组", "白鹭镇-蓝海涛", "收到"),
        ("二组", "镇应急办", "今晚值班表请方晓宁汇总后发群里。"),
        ("三组", "桐坪镇-方晓宁", "各村值班表已汇总，见附件。"),
    )
    # The user's own 收到 (typed on their phone) and post come back as the account's own.
    mine = {1, 4}
    posts = tuple(replace(m, from_me=n in mine) for n, m in enumerate(batch.messages))
    Ingestor(store, SHANGHAI, clock).apply(account.id, replace(batch, messages=posts))
    with store.sessions() as session:
        rows = {
            r.remote_id: r
            for r in session.execute(select(Message.id, Message.remote_id, Message.ack_of))
        }
    assert (rows["p1"].ack_of, rows["p2"].ack_of) == ("p0", "p0")
    return {"notice": rows["p0"].id, "named": rows["p3"].id, "posted": rows["p4"].id}


def test_a_search_for_your_own_name_lists_what_you_posted_not_what_you_acknowledged(
    store: Store, clock: ManualClock
) -> None:
    # A new user searched their own name: every notice they had said 收到 to came up,
    # its card saying 收到 ×2 (我, …), their name nowhere on it to mark. What they posted
    # and where they are named, as for anyone.
    ids = _own_and_acked(store, clock)
    queries = InboxQueries(store.sessions)
    (card,) = queries.rows([ids["notice"]]).values()
    assert card.acked_by_you and card.ack_names == ("白鹭镇-蓝海涛",)
    for needle, found in (
        ("方晓宁", [ids["posted"], ids["named"]]),
        ("桐坪镇-方晓宁", [ids["posted"]]),
    ):
        view = View(search=needle)
        assert queries.page(view).ids == found, needle
        assert not queries.lists(view, ids["notice"]), needle
        assert all(queries.lists(view, card) for card in found), needle
        # Read in windows of ids, as the list reads it, it is the same.
        stepped, _steps = _in_steps(queries, view, limit=1, window=2)
        assert stepped == found, needle
    # Someone else's 收到 under the same notice still finds it by their name: the card
    # lists them.
    assert queries.page(View(search="蓝海涛")).ids == [ids["notice"]]
    assert queries.lists(View(search="蓝海涛"), ids["notice"])


def test_what_quiet_hours_held_pages_what_asks_you_first_tasks_first_then_newest(
    demo_store: Store,
) -> None:
    with demo_store.transaction() as session:
        # Ties of time, so that only the id tells rows apart at a page boundary.
        session.execute(text("UPDATE messages SET ts_ms = 1700000000000 WHERE id % 4 = 0"))
        rows = session.execute(
            text(
                "SELECT id, tier_rank, ts_ms FROM messages WHERE ack_of IS NULL AND done = 0"
                " AND (cluster IS NULL OR cluster = remote_id)"
            )
        ).all()
    # Cards, as the digest names them: the list shows a copy held as its card.
    held = tuple(r.id for r in rows[:60])
    asks = tuple(r.id for r in rows[:60:7])
    tier_rank = {r.id: r.tier_rank for r in rows}
    ts = {r.id: r.ts_ms for r in rows}
    view = View(ViewKind.HELD, ids=held, asks=asks)
    queries = InboxQueries(demo_store.sessions)

    whole = queries.page(view, limit=100_000).ids

    assert len(set(tier_rank[i] for i in asks)) > 1, "asks of more than one tier"
    first = sorted(asks, key=lambda i: (tier_rank[i], -ts[i], -i))
    # The rest tasks first too, as the inbox orders them, each tier newest first.
    rest = sorted(set(held) - set(asks), key=lambda i: (tier_rank[i], -ts[i], -i))
    assert whole == [*first, *rest]
    for size in (1, 2, 7):
        assert _paged(queries, view, size) == whole, size


def test_tasks_asked_of_you_long_late_list_the_latest_due_first(
    demo_store: Store, clock: ManualClock
) -> None:
    # From a tester: 待办 read 已逾期 3 天, 5 天, 4 天, in the order they came.
    clock.advance(timedelta(days=30))
    rerank(demo_store.sessions, clock.now())

    def asked_late() -> list[int | None]:
        ids = _paged(InboxQueries(demo_store.sessions), View(ViewKind.ACTION), 50)
        with demo_store.sessions() as session:
            rows = {m.id: m for m in session.scalars(select(Message).where(Message.id.in_(ids)))}
        return [
            rows[i].deadline_ms
            for i in ids
            if abs(rows[i].score - ASKED_YOU_BAND) < 1e12 and rows[i].deadline_ms is not None
        ]

    due = asked_late()
    assert len(due) >= 2
    assert due == sorted(due, reverse=True)
    # A store a desk before this kept (by wording, ties by arrival) is put right on opening.
    with demo_store.sessions() as session, session.begin():
        session.execute(
            update(Message)
            .where(Message.score.between(ASKED_YOU_BAND - 1e12, ASKED_YOU_BAND + 1e12))
            .where(Message.deadline_ms.is_not(None))
            .values(score=ASKED_YOU_BAND + Message.base_score)
        )
    assert rerank(demo_store.sessions, clock.now()) >= len(due)
    assert asked_late() == due


def test_a_ding_confirmed_and_past_due_lists_below_the_urgent_items_still_owed(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: three DINGs confirmed on Monday, past due, stayed the top three of
    # 全部 and 紧急 on Wednesday, above a Monday @ task still owed (已逾期 1 天 23 小时).
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇应急办", "紧急：各村30分钟内报送转移人数"),
        ("一组", "镇党委", "@我 紧急：10分钟内把续报发我"),
        ("一组", "镇农业办", "紧急：全体到镇政府集合"),
    )
    dated, asked, untimed = batch.messages
    Ingestor(store, SHANGHAI, clock).apply(
        account.id,
        replace(
            batch,
            messages=(
                replace(dated, ding=True),
                replace(asked, mentions_me=True),
                replace(untimed, ding=True),
            ),
        ),
    )
    queries = InboxQueries(store.sessions)
    urgent = View(ViewKind.URGENT)
    texts = _ids_by_text(store)
    ids = {text: mid for mid, text in texts.items()}
    ding, task, plain = ids[dated.text], ids[asked.text], ids[untimed.text]
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    assert set(queries.page(urgent).ids[:2]) == {ding, plain}
    clock.advance(timedelta(minutes=1))
    assert ladders.acknowledge(ding, clock.now()) is not None
    # Not yet due: what it ordered may still be owed, so it keeps its place by its due
    # time, under the DING still waiting.
    assert queries.page(urgent).ids[0] == plain
    assert queries.page(urgent).ids.index(ding) < queries.page(urgent).ids.index(task)
    assert ladders.acknowledge(plain, clock.now()) is not None
    # A DING with no due time asked only to be confirmed: below what is still owed at once.
    assert queries.page(urgent).ids[-1] == plain
    # Two days on, the confirmed DING is past due: below the @ task still owed.
    clock.advance(timedelta(days=2))
    rerank(store.sessions, clock.now(), since=clock.now() - timedelta(minutes=1))
    rerank(store.sessions, clock.now())
    assert queries.page(urgent).ids == [task, ding, plain]
    assert queries.page(View(ViewKind.ALL)).ids[:3] == [task, ding, plain]
    # A group given another priority moves its cards within their tiers: the confirmed
    # DINGs stay below what is owed (they went back to the top of 紧急, and the untimed
    # one, which no rerank reads, stayed there).
    for priority in ("important", "low"):
        assert queries.set_group_priority("一组", priority, clock.now()) == 3
        assert queries.page(urgent).ids == [task, ding, plain], priority
    # Its sender putting right a word of it, after it was confirmed, asks nothing new.
    words = "紧急：全体到镇政府门口集合"
    edit = MessageEdit(untimed.remote_id, "一组", untimed.sender_id, words, clock.now())
    edited = SyncBatch(next_cursor="edited", edits=(edit,))
    Ingestor(store, SHANGHAI, clock).apply(account.id, edited)
    assert queries.page(urgent).ids == [task, ding, plain]


def test_a_group_page_comes_in_its_order_from_its_index_as_without_it(demo_store: Store) -> None:
    # The group index holds what the view asks of each row (migration 0043): read from it,
    # a page is the same cards in the same order as a scan of every row sorted, and paged
    # by its keys, the same again; the index gives the order (no sort of each page).
    queries = InboxQueries(demo_store.sessions)
    groups = [g.id for g in queries.group_counts()]
    assert groups
    listed = 0
    with demo_store.engine.connect() as conn:
        for group in groups:
            view = View(ViewKind.GROUP, group_id=group)
            sql, values = inbox.plain_page_statement(view, None, 10**6)
            plan = [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", values)]
            assert "USING INDEX ix_messages_group_inbox (group_id=? AND done=?)" in plan[0], plan
            assert not any("TEMP B-TREE" in p for p in plan), plan
            scanned = sql.replace("FROM messages \n", "FROM messages NOT INDEXED \n", 1)
            assert scanned != sql
            every = [i for (i,) in conn.exec_driver_sql(scanned, values)]
            assert queries.page(view, limit=10**6).ids == every
            paged: list[int] = []
            after = None
            while True:
                page = queries.page(view, after, limit=3)
                paged.extend(page.ids)
                if page.after is None:
                    break
                after = page.after
            assert paged == every
            listed += len(every)
    assert listed > 10


def test_every_group_pages_with_statements_compiled_once_ahead_and_lists_its_own(
    demo_store: Store,
) -> None:
    # Compiled for each group, a first switch to a group spent the GUI thread's time on
    # it: one set serves them all, compiled by warm_page_statements before any is shown.
    inbox._compiled_page_statements.cache_clear()
    inbox.warm_page_statements()
    compiled = inbox._compiled_page_statements.cache_info().currsize
    queries = InboxQueries(demo_store.sessions)
    groups = [g.id for g in queries.group_counts()]
    assert len(groups) > 1
    with demo_store.engine.connect() as conn:
        for group in groups:
            ids = queries.page(View(ViewKind.GROUP, group_id=group), limit=10**6).ids
            posted_in = {
                g
                for (g,) in conn.exec_driver_sql(
                    "SELECT group_id FROM messages WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            }
            assert posted_in <= {group}
    assert inbox._compiled_page_statements.cache_info().currsize == compiled


def test_a_page_finds_the_dings_among_its_notices_copies_without_reading_every_copy(
    demo_store: Store,
) -> None:
    # A notice forwarded to every group has a copy in each: which are DINGs was read from
    # each copy's row (328 pages for one page's notices at 100,000 messages). The DING
    # copies have an index of their own.
    heads = json.dumps(["m1", "m2"])
    with demo_store.engine.connect() as conn:
        for statement in (inbox._WAITING_COPIES, inbox._RE_DINGED):
            plan = [
                row[-1]
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", (heads, 1))
            ]
            assert any("USING INDEX ix_messages_ding_copies" in p for p in plan), plan
