"""Escalation rounds find what needs a DING ladder without reading every message, and leave
the DINGs of a first sync's history alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import or_, select, text

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Reason, Tier
from desk.core.reasons import at_reason
from desk.store import schema
from desk.store.escalations import CONFIRMED_HERE, EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message, to_ms
from desk.store.outbox import OutboxItem
from desk.store.ranking import rerank
from desk.store.store import Store
from desk.store.weights import correct_tier
from tests.helpers.plans import query_plans
from tests.helpers.seed import sync_demo

DAY_MS = 24 * 3600 * 1000


@pytest.mark.parametrize("urgent_items", [False, True])
def test_a_round_reads_the_open_alerts_index_not_the_inbox(
    store: Store, clock: ManualClock, urgent_items: bool
) -> None:
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    plans = query_plans(
        store, lambda: escalations.start_new(clock.now(), LadderConfig(), urgent_items)
    )
    assert any("ix_messages_alertable" in p for p in plans), plans
    assert not any(":: SCAN messages" in p for p in plans), plans


def test_the_running_ladders_are_read_from_the_ladders_not_the_inbox(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    ladders: list[object] = []
    plans = query_plans(store, lambda: ladders.extend(escalations.running(clock.now())))
    assert ladders
    # Driven by the ladders; each message found by its key, not by an inbox index.
    assert not any("messages USING INDEX" in p or ":: SCAN messages" in p for p in plans), plans


def test_a_round_starts_one_ladder_per_open_ding_and_pins_it(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    with store.sessions() as session:
        dings = set(
            session.scalars(
                select(Message.id).where(Message.ding.is_(True), Message.done.is_(False))
            )
        )
    escalations = EscalationStore(store.sessions)
    assert dings
    assert escalations.start_new(clock.now(), LadderConfig(), False) == len(dings)
    assert escalations.start_new(clock.now(), LadderConfig(), False) == 0
    with store.sessions() as session:
        pinned = set(session.scalars(select(Message.id).where(Message.pinned.is_(True))))
    assert dings <= pinned


def _open_dings(store: Store) -> list[tuple[int, int]]:
    """(id, ts_ms) of the demo's open DINGs, oldest first: yesterday's and one of 72 min ago."""
    with store.sessions() as session:
        rows = session.execute(
            select(Message.id, Message.ts_ms)
            .where(Message.ding.is_(True), Message.done.is_(False))
            .order_by(Message.ts_ms)
        )
        return [(message_id, ts_ms) for message_id, ts_ms in rows]


def _account_added(store: Store, ms: int) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE accounts SET created_ms = :ms"), {"ms": ms})


def test_dings_from_days_before_the_account_was_added_are_history_not_alerts(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    (old, _ts_old), (recent, ts_recent) = _open_dings(store)
    # Added 2.5 days after the recent DING: yesterday's (a day older) is over three days older.
    _account_added(store, ts_recent + 5 * DAY_MS // 2)
    escalations = EscalationStore(store.sessions)

    assert escalations.start_new(clock.now(), LadderConfig(), False) == 1
    assert escalations.start_new(clock.now(), LadderConfig(), False) == 0  # not asked again
    assert [ladder.message_id for ladder in escalations.running(clock.now())] == [recent]
    assert not escalations.is_running(old)
    with store.sessions() as session:
        assert session.get_one(Message, recent).pinned
        assert not session.get_one(Message, old).pinned
    # Still confirmable by hand: the sender's roster learns of it.
    assert escalations.acknowledge(old, clock.now()) is not None


def test_the_upgrade_retires_history_ladders_of_earlier_desks(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    (old, _ts_old), (recent, ts_recent) = _open_dings(store)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    config = schema._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0012")
    _account_added(store, ts_recent + 5 * DAY_MS // 2)
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")

    assert [ladder.message_id for ladder in escalations.running(clock.now())] == [recent]
    with store.sessions() as session:
        assert session.get_one(Message, recent).pinned
        assert not session.get_one(Message, old).pinned


def test_the_banner_s_dings_come_in_the_order_the_inbox_lists_their_cards(
    store: Store, clock: ManualClock
) -> None:
    # A tester: the banner led with a DING of 10-26 for a meeting 88 days off, while the
    # list's first DINGs were of 11-29; after `a`, 下一条 went to that one again.
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    (older, _), (newer, _) = _open_dings(store)[:2]
    queries = InboxQueries(store.sessions)

    def banner() -> list[int]:
        return [ladder.message_id for ladder in escalations.running(clock.now(), LadderConfig())]

    def listed() -> list[int]:
        ids = queries.page(View(ViewKind.ALL)).ids
        rows = queries.rows(ids)
        return [card for card in ids if rows[card].pinned]

    def due(message_id: int, minutes: int | None) -> None:
        when = None if minutes is None else to_ms(clock.now()) + minutes * 60 * 1000
        with store.engine.begin() as conn:
            conn.execute(
                text("UPDATE messages SET deadline_ms = :due WHERE id = :id"),
                {"due": when, "id": message_id},
            )
        rerank(store.sessions, clock.now())

    assert len(banner()) >= 2
    assert banner() == listed()
    due(older, 88 * 24 * 60)  # far off: not over the day's
    assert banner() == listed()
    assert banner().index(newer) < banner().index(older)
    for older_in, newer_in in ((30, -5), (None, None), (-5, 10)):
        due(older, older_in)
        due(newer, newer_in)
        assert banner() == listed(), (older_in, newer_in)


def test_a_ding_naming_no_time_carries_its_confirm_by_time(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    (no_time, _), (due_later, _) = _open_dings(store)[:2]
    now_ms = to_ms(clock.now())
    with store.engine.begin() as conn:
        for message_id, ts_ms, due_ms in (
            (no_time, now_ms - 20 * 60_000, None),
            (due_later, now_ms - 5 * 60_000, now_ms + 50 * 60_000),
        ):
            conn.execute(
                text("UPDATE messages SET ts_ms = :ts, deadline_ms = :due WHERE id = :id"),
                {"ts": ts_ms, "due": due_ms, "id": message_id},
            )
    ladders = {d.message_id: d for d in escalations.running(clock.now(), LadderConfig())}
    assert ladders[no_time].confirm_by == clock.now() + timedelta(minutes=40)
    assert ladders[due_later].confirm_by is None, "its own due time stands"
    ladders = {
        d.message_id: d for d in escalations.running(clock.now(), LadderConfig(confirm_within=None))
    }
    assert ladders[no_time].confirm_by is None, "with no confirm window, it names no time"


def _open_urgent_item(store: Store, clock: ManualClock | None = None) -> int:
    """An urgent card of the demo that is no DING, unread and open; with `clock`, posted a
    minute ago (one older than a whole ladder when the setting is turned on does not ring)."""
    with store.sessions.begin() as session:
        found = session.scalars(
            select(Message.id).where(
                Message.tier == "urgent",
                Message.ding.is_(False),
                Message.done.is_(False),
                Message.read.is_(False),
                or_(Message.cluster.is_(None), Message.cluster == Message.remote_id),
            )
        ).first()
        assert found is not None
        if clock is not None:
            message = session.get_one(Message, found)
            message.ts_ms = to_ms(clock.now() - timedelta(minutes=1))
    return found


def test_an_urgent_item_moved_to_a_calmer_tier_stops_alerting_and_is_unpinned(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    urgent = _open_urgent_item(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), True)
    assert escalations.is_running(urgent)
    # The official moves it to Action (`2`): no DING asked for a confirmation.
    correct_tier(store.sessions, urgent, Tier.ACTION, clock.now())
    escalations.start_new(clock.now(), LadderConfig(), True)
    assert urgent not in [ladder.message_id for ladder in escalations.running(clock.now())]
    with store.sessions() as session:
        assert not session.get_one(Message, urgent).pinned
    # An urgent copy rings through its card, not again of its own.
    with store.sessions() as session:
        copies = session.scalars(
            select(Message.id).where(
                Message.tier == "urgent",
                Message.ding.is_(False),
                Message.cluster.is_not(None),
                Message.cluster != Message.remote_id,
            )
        ).all()
    assert copies and not any(escalations.is_running(c) for c in copies)
    # A DING moved to Action still waits for its confirmation.
    (ding, _ts), *_rest = _open_dings(store)
    correct_tier(store.sessions, ding, Tier.ACTION, clock.now())
    escalations.start_new(clock.now(), LadderConfig(), True)
    assert escalations.is_running(ding)


def test_a_ladder_says_whether_its_due_time_is_a_meeting(store: Store, clock: ManualClock) -> None:
    """The banner says "meeting at 15:00" or "due 15:00" as the card does; read from the
    reason stating the due time, among others that say nothing of it."""
    sync_demo(store, clock)
    (meeting, _), (task, _) = _open_dings(store)
    due = clock.now() + timedelta(hours=2)
    with store.sessions.begin() as session:
        for message_id, event in ((meeting, True), (task, False)):
            row = session.get_one(Message, message_id)
            row.deadline_ms = to_ms(due)
            said = [Reason.of("ding"), at_reason(due, event), Reason.of("mention")]
            row.reasons = [[r.code, dict(r.args)] for r in said]
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)

    ladders = {ladder.message_id: ladder for ladder in escalations.running(clock.now())}
    assert ladders[meeting].event and ladders[meeting].deadline == due
    assert not ladders[task].event and ladders[task].deadline == due


def test_a_ladder_names_the_meeting_its_set_up_time_gets_ready_for(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    (set_up, _), (task, _) = _open_dings(store)
    due = clock.now() + timedelta(hours=2)
    meeting = due + timedelta(minutes=20)
    with store.sessions.begin() as session:
        for message_id, readies in ((set_up, meeting), (task, None)):
            row = session.get_one(Message, message_id)
            row.deadline_ms = to_ms(due)
            said = [Reason.of("ding"), at_reason(due, False, readies)]
            row.reasons = [[r.code, dict(r.args)] for r in said]
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)

    ladders = {ladder.message_id: ladder for ladder in escalations.running(clock.now())}
    assert ladders[set_up].readied == meeting and not ladders[set_up].event
    assert ladders[task].readied is None


def test_a_snooze_the_clock_jumped_over_comes_back_to_its_own_length(
    store: Store, clock: ManualClock
) -> None:
    # A snooze taken before desk kept its length (migration 0025) is held to the longest.
    sync_demo(store, clock)
    (older, _), (recent, _) = _open_dings(store)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    ahead = clock.now() + timedelta(days=1)  # snoozed by a clock a day fast
    escalations.snooze(recent, ahead, timedelta(minutes=5))
    escalations.snooze(older, ahead, timedelta(minutes=5))
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE escalations SET snoozed_ms = NULL WHERE message_id = :id"), {"id": older}
        )

    escalations.bound(clock.now(), timedelta(minutes=60))

    until = {ladder.message_id: ladder.snoozed_until for ladder in escalations.running(clock.now())}
    assert until[recent] == clock.now() + timedelta(minutes=5)
    assert until[older] == clock.now() + timedelta(minutes=60)


def test_confirming_an_urgent_item_that_is_no_ding_sends_nothing(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: with urgent items rung like DINGs, confirming an @ that was no DING
    # sent a 收到 to the group, and said the sender would see it.
    sync_demo(store, clock)
    urgent = _open_urgent_item(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), True)
    assert escalations.is_running(urgent)
    assert escalations.acknowledge(urgent, clock.now()) == CONFIRMED_HERE
    assert not escalations.is_running(urgent)
    with store.sessions() as session:
        assert session.scalars(select(OutboxItem)).all() == []
        assert session.get_one(Message, urgent).read


def test_an_urgent_item_read_before_urgent_items_ring_does_not_ring(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: turning the setting on made the urgent items already read (and one
    # already answered) 未确认.
    sync_demo(store, clock)
    urgent = _open_urgent_item(store, clock)
    with store.sessions.begin() as session:
        session.get_one(Message, urgent).read = True
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), True)
    assert not escalations.is_running(urgent)
    with store.sessions() as session:
        assert not session.get_one(Message, urgent).pinned


def test_turning_urgent_items_on_rings_only_those_within_a_ladder_of_now(
    store: Store, clock: ManualClock
) -> None:
    # From a tester: ticking 紧急事项也像 DING 一样提醒 made every old urgent card 未确认 (the
    # banner went from 2 to 8), and after a restart the first pop-up for one posted an hour
    # before said 最后一次提醒. One posted before its ladder would have ended is history.
    sync_demo(store, clock)
    config = LadderConfig()
    fresh = _open_urgent_item(store, clock)
    with store.sessions.begin() as session:
        old = session.scalars(
            select(Message.id).where(
                Message.tier == "urgent",
                Message.ding.is_(False),
                Message.done.is_(False),
                Message.read.is_(False),
                Message.id != fresh,
                or_(Message.cluster.is_(None), Message.cluster == Message.remote_id),
            )
        ).first()
        assert old is not None
        session.get_one(Message, old).ts_ms = to_ms(
            clock.now() - config.stop_after - timedelta(minutes=1)
        )
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), config, True, turned_on=True)
    assert escalations.is_running(fresh)
    assert not escalations.is_running(old)
    with store.sessions() as session:
        assert not session.get_one(Message, old).pinned
    # Recorded: a later round, or a restart, does not ring it either.
    clock.advance(timedelta(minutes=5))
    escalations.start_new(clock.now(), config, True)
    assert not escalations.is_running(old)


def _old_unrung_urgent_item(store: Store, clock: ManualClock, config: LadderConfig) -> int:
    """An urgent card of the demo that is no DING, posted an hour before a whole ladder
    ago, with no ladder yet (it came while desk was closed)."""
    urgent = _open_urgent_item(store, clock)
    with store.sessions.begin() as session:
        session.get_one(Message, urgent).ts_ms = to_ms(
            clock.now() - config.stop_after - timedelta(hours=1)
        )
    return urgent


def test_an_urgent_item_that_comes_late_with_the_setting_on_rings_however_old(
    store: Store, clock: ManualClock
) -> None:
    # Review of fix47f: with urgent items rung like DINGs all along, a 紧急 order posted at
    # 07:30 while desk was closed (or offline, or behind a sync backlog) and synced at
    # 08:40 never rang, was never pinned, and no banner said it: judged by when it was
    # posted, it counted as one of the old urgent cards of the moment the setting was
    # turned on. It comes now, and rings as a DING found as late does (once, loudly).
    sync_demo(store, clock)
    config = LadderConfig()
    late = _old_unrung_urgent_item(store, clock, config)
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), config, True) >= 1
    assert escalations.is_running(late)
    with store.sessions() as session:
        assert session.get_one(Message, late).pinned
