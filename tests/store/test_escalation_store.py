"""Escalation rounds find what needs a DING ladder without reading every message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, select

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore
from desk.store.models import Message
from desk.store.store import Store
from tests.helpers.seed import sync_demo


def _plans(store: Store, action: Callable[[], object]) -> list[str]:
    """How SQLite reads each SELECT that `action` runs (EXPLAIN QUERY PLAN details)."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.engine.connect() as conn:
        return [
            row[-1]
            for statement, parameters in statements
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]


@pytest.mark.parametrize("urgent_items", [False, True])
def test_a_round_reads_the_open_alerts_index_not_the_inbox(
    store: Store, clock: ManualClock, urgent_items: bool
) -> None:
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    plans = _plans(store, lambda: escalations.start_new(clock.now(), LadderConfig(), urgent_items))
    assert any("ix_messages_alertable" in p for p in plans), plans
    assert not any(p.startswith("SCAN messages") for p in plans), plans


def test_the_running_ladders_are_read_from_the_ladders_not_the_inbox(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    ladders: list[object] = []
    plans = _plans(store, lambda: ladders.extend(escalations.running()))
    assert ladders
    # Driven by the ladders; each message found by its key, not by an inbox index.
    assert not any("messages USING INDEX" in p or "SCAN messages" in p for p in plans), plans


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
