"""Escalation rounds find what needs a DING ladder without reading every message."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore
from desk.store.models import Message
from desk.store.store import Store
from tests.helpers.plans import query_plans
from tests.helpers.seed import sync_demo


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
    plans = query_plans(store, lambda: ladders.extend(escalations.running()))
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
