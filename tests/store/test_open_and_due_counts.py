"""What still needs the user: 紧急 and 待办 count the cards not done, read or not (a tester's
sidebar said 紧急 1 beside ten red cards opened but not done), and 今日到期 lists and
counts the open cards due before the end of the user's today: today's first, then the
overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from desk.core.clock import ManualClock
from desk.core.due_days import day_span
from desk.core.messages import Tier
from desk.core.reasons import REPLIED
from desk.store.escalations import EscalationStore
from desk.store.inbox import (
    DUE_COUNTS,
    InboxQueries,
    OpenCards,
    View,
    ViewKind,
    due_page_statement,
)
from desk.store.models import Message, to_ms
from desk.store.store import Store
from desk.sync.ingest import _mark_replied
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo

URGENT = View(ViewKind.URGENT)
# Monday 7 December 2026, 08:35 in Shanghai.
MONDAY = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)


def _today(now: datetime) -> tuple[int, int]:
    start, end = day_span(now, SHANGHAI)
    return to_ms(start), to_ms(end)


def _every(queries: InboxQueries, view: View, size: int = 1000) -> list[int]:
    ids: list[int] = []
    page = queries.page(view, None, size)
    ids += page.ids
    while page.after is not None:
        page = queries.page(view, page.after, size)
        ids += page.ids
    return ids


def undated(session: Session) -> None:
    """No card is due but those a test dates: the demo's due times gone, and its tasks the
    user answered (which keep theirs, see ingest._mark_replied) put away as done."""
    session.execute(update(Message).values(deadline_ms=None))
    answered = text(f"instr(reasons, '\"{REPLIED}\"') > 0")
    session.execute(update(Message).where(answered).values(done=True))


def _make(store: Store, ids: list[int], tier: Tier, **values: object) -> None:
    with store.sessions() as session, session.begin():
        session.execute(
            update(Message)
            .where(Message.id.in_(ids))
            .values(tier=tier.value, tier_rank=tier.rank, **values)
        )


def test_ten_open_urgent_cards_one_unread_count_ten_one_of_them_unread(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    for card in _every(queries, URGENT):
        queries.set_done((card,), True, clock.now())
    ten = queries.page(View(ViewKind.INFO), None, 10).ids
    _make(store, ten, Tier.URGENT)
    queries.set_read(ten[1:], True)

    assert len(_every(queries, URGENT)) == 10
    assert queries.open_counts(_today(clock.now()))[ViewKind.URGENT] == OpenCards(10, 1)
    # The unread count stays what it was: the tray and the digest go by it.
    assert queries.view_counts()[ViewKind.URGENT] == 1
    # Marked done, a card leaves the list and the count.
    queries.set_done(ten[:2], True, clock.now())
    assert queries.open_counts(_today(clock.now()))[ViewKind.URGENT] == OpenCards(8, 0)
    assert len(_every(queries, URGENT)) == 8


def test_the_open_counts_are_the_lists_after_every_kind_of_change(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)

    def agree() -> None:
        counts = queries.open_counts(_today(clock.now()))
        for kind in (ViewKind.URGENT, ViewKind.ACTION):
            listed = _every(queries, View(kind))
            rows = queries.rows(listed, with_roll_calls=False)
            unread = sum(not rows[i].read for i in listed)
            assert counts[kind] == OpenCards(len(listed), unread), kind

    agree()
    action = _every(queries, View(ViewKind.ACTION))
    queries.set_read(action[:3], True)
    queries.set_done(action[3:5], True, clock.now())
    agree()
    # Corrected to another tier, and a message deleted (its account removed, say).
    _make(store, action[5:7], Tier.URGENT)
    with store.sessions() as session, session.begin():
        session.execute(text("DELETE FROM messages WHERE id = :id"), {"id": action[7]})
    agree()


def _due_ids(store: Store, count: int) -> list[int]:
    with store.sessions() as session:
        return list(
            session.scalars(
                text(
                    "SELECT id FROM messages WHERE done = 0 AND ack_of IS NULL AND"
                    " (cluster IS NULL OR cluster = remote_id) AND tier != 'noise'"
                    " ORDER BY id LIMIT :n"
                ),
                {"n": count},
            )
        )


def test_due_today_lists_today_s_soonest_first_then_the_latest_overdue_and_counts_them(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    with store.sessions() as session, session.begin():
        undated(session)
    clock.set(MONDAY)
    cards = _due_ids(store, 10)
    due = {
        cards[0]: MONDAY - timedelta(days=3),  # last Friday: overdue
        cards[1]: MONDAY + timedelta(hours=9),  # today 17:35
        cards[2]: MONDAY - timedelta(hours=1),  # today 07:35, passed
        cards[3]: MONDAY + timedelta(hours=15, minutes=24),  # today 23:59
        cards[4]: MONDAY + timedelta(hours=15, minutes=25),  # tomorrow 00:00
        cards[5]: MONDAY + timedelta(hours=2),  # today, but done
    }
    meetings = {
        cards[6]: MONDAY - timedelta(days=3),  # last Friday's meeting: begun, not overdue
        cards[7]: MONDAY - timedelta(minutes=35),  # this morning's 08:00 muster
        cards[8]: MONDAY + timedelta(hours=6),  # this afternoon's meeting
    }
    # Friday's 8:50前签到 for its 9:00 meeting, as triage words it (reasons.READIES).
    signed_in_by = MONDAY.replace(hour=8, minute=50) - timedelta(days=3)
    ready = {
        "when": signed_in_by.isoformat(),
        "readies": (signed_in_by + timedelta(minutes=10)).isoformat(),
    }
    _make(
        store,
        [cards[9]],
        Tier.ACTION,
        deadline_ms=to_ms(signed_in_by),
        reasons=[["deadline", ready]],
    )
    for card, when in due.items():
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(when))
    for card, when in meetings.items():
        at = [["deadline", {"when": when.isoformat(), "event": "1"}]]
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(when), reasons=at)
    queries = InboxQueries(store.sessions)
    queries.set_done((cards[5],), True, clock.now())
    queries.set_read((cards[2],), True)
    today = _today(clock.now())
    view = View(ViewKind.DUE, today=today)

    # The day's work on top (a tester scrolled past 17 overdue cards to reach it), then
    # what is overdue, the least late first.
    listed = [cards[2], cards[7], cards[8], cards[1], cards[3], cards[0]]
    assert queries.page(view).ids == listed
    assert _every(queries, view, 1) == listed
    # Five due today (the morning's passed too), one overdue: the sidebar's tip says them.
    assert queries.open_counts(today)[ViewKind.DUE] == OpenCards(6, 5, overdue=1)
    assert queries.lists(view, cards[3]) and not queries.lists(view, cards[4])
    assert not queries.lists(view, cards[6]) and not queries.lists(view, cards[9])
    # Searched, it lists what it lists unsearched.
    words = queries.rows([cards[1]])[cards[1]].text[:6]
    assert cards[1] in queries.page(replace(view, search=words)).ids
    # Tuesday: what was due at midnight is due today; the meetings of Monday are past.
    tuesday = View(ViewKind.DUE, today=_today(clock.now() + timedelta(days=1)))
    assert queries.page(tuesday).ids == [cards[4], cards[3], cards[1], cards[2], cards[0]]
    assert _every(queries, tuesday, 2) == [cards[4], cards[3], cards[1], cards[2], cards[0]]
    # Noise keeps its times to itself.
    _make(store, [cards[1]], Tier.NOISE)
    assert queries.open_counts(today)[ViewKind.DUE] == OpenCards(5, 4, overdue=1)


def test_due_today_is_counted_and_paged_from_its_index(store: Store, clock: ManualClock) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    cards = _due_ids(store, 30)
    for i, card in enumerate(cards):
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(clock.now()) - i * 60_000)
    view = View(ViewKind.DUE, today=(to_ms(clock.now()) - 1, to_ms(clock.now()) + 1))
    first = queries.page(view, None, 10)
    assert first.after is not None
    assert view.today is not None
    statement, values = due_page_statement(view.today, first.after, 10)
    with store.engine.connect() as conn:
        plans = [
            f":: {row[-1]}"
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", values)
        ]
    # Found by its index; sorted, today's before the overdue, in a small sort of them. The
    # tasks answered by their score's band, before the reasons (a JSON array) of each are
    # read; the DINGs confirmed from the ladders (one per DING), each looked up by key.
    assert any("ix_messages_due (done=? AND deadline_ms<?)" in p for p in plans), plans
    assert any("ix_messages_cards_inbox (done=? AND tier_rank=?" in p for p in plans), plans
    scans = [p for p in plans if ":: SCAN" in p]
    # (Besides: each part's page of rows, as the two are merged.)
    allowed = ("VIRTUAL TABLE", "ladder", "answered", "(subquery-")
    assert all(any(w in p for w in allowed) for p in scans), plans
    # Counted after every sync batch: the due cards alone are read, not every open card.
    with store.engine.connect() as conn:
        plans = [
            f":: {row[-1]}"
            for statement in DUE_COUNTS
            for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", {"start": view.today[0], "end": view.today[1]}
            )
        ]
    assert any("ix_messages_due (done=? AND deadline_ms<?)" in p for p in plans), plans
    assert all(any(w in p for w in allowed) for p in plans if ":: SCAN" in p), plans


def test_a_task_the_user_moved_to_information_leaves_due_today(
    store: Store, clock: ManualClock
) -> None:
    # Information asks nothing by any time: its card says no due time (Tier.asks_action),
    # and 今日到期 listed it among the overdue, with nothing on it saying why.
    sync_demo(store, clock)
    with store.sessions() as session, session.begin():
        undated(session)
    clock.set(MONDAY)
    overdue, today_s = _due_ids(store, 2)
    _make(store, [overdue], Tier.ACTION, deadline_ms=to_ms(MONDAY - timedelta(days=1)))
    _make(store, [today_s], Tier.URGENT, deadline_ms=to_ms(MONDAY + timedelta(hours=2)))
    queries = InboxQueries(store.sessions)
    today = _today(clock.now())
    view = View(ViewKind.DUE, today=today)
    assert queries.page(view).ids == [today_s, overdue]

    queries.correct_tier(overdue, Tier.INFO, clock.now())
    queries.correct_tier(today_s, Tier.INFO, clock.now())

    assert queries.page(view).ids == []
    assert queries.open_counts(today)[ViewKind.DUE] == OpenCards(0, 0)
    assert not queries.lists(view, overdue)


def test_due_today_follows_a_notice_s_steps_as_its_card_says_them(
    store: Store, clock: ManualClock
) -> None:
    # 今日10:00前报初稿，明日17:00前报终稿: once 10:00 has passed, the card says tomorrow's
    # step, and today's list is for what is due today. The view pages by the stored due
    # time, which ingest and the minute's rerank move on to the step that stands.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    for card in _every(queries, View(ViewKind.DUE)):
        queries.set_done((card,), True, clock.now())
    with store.sessions() as session, session.begin():
        undated(session)
    (card,) = _due_ids(store, 1)
    first = MONDAY.replace(hour=10, minute=0)
    then = first + timedelta(days=1, hours=7)
    steps = [["then_due", {"due": first.isoformat(), "then": then.isoformat()}]]
    _make(store, [card], Tier.ACTION, deadline_ms=to_ms(first), reasons=steps)
    clock.set(MONDAY)
    today = View(ViewKind.DUE, today=_today(MONDAY))
    tomorrow = View(ViewKind.DUE, today=_today(MONDAY + timedelta(days=1)))
    assert queries.page(today).ids == [card]

    since = clock.now()
    clock.set(first + timedelta(minutes=1))
    queries.rerank_step(clock.now(), None, since)
    row = queries.rows([card])[card].standing_at(clock.now())
    assert row.deadline == then
    assert queries.page(today).ids == [] and queries.page(tomorrow).ids == [card]


def test_due_today_keeps_what_the_user_answered_after_what_still_asks_them(
    store: Store, clock: ManualClock
) -> None:
    # A 待办 the user answered on Friday and never marked done left Due today at the
    # reply, as if done; one whose DING they confirmed stood among the work still owed.
    # Both stay, listed after what still asks them, in the same order.
    sync_demo(store, clock)
    with store.sessions() as session, session.begin():
        undated(session)
    clock.set(MONDAY)
    owed, today_s, replied, replied_later, replied_tomorrow, confirmed = _due_ids(store, 6)
    friday = MONDAY - timedelta(days=3)
    dated = {
        owed: friday,
        today_s: MONDAY + timedelta(hours=9),
        replied: friday + timedelta(hours=1),
        replied_later: MONDAY + timedelta(hours=10),
        replied_tomorrow: MONDAY + timedelta(days=1),
        confirmed: MONDAY - timedelta(days=1),
    }
    for card, when in dated.items():
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(when))
    _make(store, [confirmed], Tier.URGENT, ding=True)
    with store.sessions() as session, session.begin():
        for card in (replied, replied_later, replied_tomorrow):
            account_id, remote_id = session.execute(
                select(Message.account_id, Message.remote_id).where(Message.id == card)
            ).one()
            _mark_replied(session, account_id, remote_id, friday + timedelta(hours=2), friday)
    assert EscalationStore(store.sessions).acknowledge(confirmed, friday) is not None
    queries = InboxQueries(store.sessions)
    today = _today(clock.now())
    view = View(ViewKind.DUE, today=today)

    listed = [today_s, owed, replied_later, confirmed, replied]
    assert queries.page(view).ids == listed
    assert _every(queries, view, 1) == listed
    assert _every(queries, view, 2) == listed
    assert queries.open_counts(today)[ViewKind.DUE].open == 5
    assert queries.lists(view, replied) and not queries.lists(view, replied_tomorrow)
    # Marked done, it goes, as any card does.
    queries.set_done((replied,), True, clock.now())
    assert queries.page(view).ids == listed[:-1]


def test_a_meeting_of_an_earlier_day_leaves_due_today_answered_or_not(
    store: Store, clock: ManualClock
) -> None:
    # Friday's meeting has begun, not fallen overdue (its card says 时间已过): Due today
    # drops it on Monday. Answered with a 收到 on Friday, it stood there on Monday, and
    # every day after, until marked done: answering it kept it longer than ignoring it.
    sync_demo(store, clock)
    with store.sessions() as session, session.begin():
        undated(session)
    clock.set(MONDAY)
    ignored, answered, today_s = _due_ids(store, 3)
    friday_s = MONDAY - timedelta(days=3) + timedelta(hours=6)
    dated = {ignored: friday_s, answered: friday_s, today_s: MONDAY + timedelta(hours=6)}
    for card, when in dated.items():
        at = [["deadline", {"when": when.isoformat(), "event": "1"}]]
        _make(store, [card], Tier.ACTION, deadline_ms=to_ms(when), reasons=at)
    with store.sessions() as session, session.begin():
        account_id, remote_id = session.execute(
            select(Message.account_id, Message.remote_id).where(Message.id == answered)
        ).one()
        _mark_replied(session, account_id, remote_id, friday_s - timedelta(hours=2), friday_s)
    queries = InboxQueries(store.sessions)
    today = _today(clock.now())
    view = View(ViewKind.DUE, today=today)

    assert queries.page(view).ids == [today_s]
    assert _every(queries, view, 1) == [today_s]
    assert queries.open_counts(today)[ViewKind.DUE].open == 1
    assert not queries.lists(view, answered)
    words = queries.rows([answered])[answered].text[:6]
    assert answered not in queries.page(replace(view, search=words)).ids
    # Its own day, answered, it stays, after what still asks the user.
    friday = View(ViewKind.DUE, today=_today(friday_s))
    assert answered in queries.page(friday).ids and queries.lists(friday, answered)
