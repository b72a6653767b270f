"""A connector for the scale bench: idle, or a flood of messages at a fixed rate.

Registered by a patched `registry.factory` (a bench cannot install an entry point), so that
desk loads no other connector for the bench's account, as it would not for a real one. The
flood's messages are generated before it starts, so the sync worker pays only for what a
real connector hands over, not for the generator. What desk sends comes back in the next
sync as the user's own message, as a server echoes it: a 收到 confirms the card it answers
only then.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from desk.connectors import registry
from desk.connectors.protocol import IncomingMessage, Outgoing, SendResult, SyncBatch
from desk.core.clock import Clock
from desk.core.messages import Role
from tests.bench.scale_traffic import ME_NAME

KIND = "bench"
# The user, as the echo of what they send names them.
ME_ID = "me"
# Long-poll cap while idle: short enough that the worker stops promptly.
IDLE_WAIT_S = 0.5


@dataclass
class FloodPlan:
    """`messages` become due at `rate` per second from the moment `go` is set."""

    messages: list[IncomingMessage]
    rate: float
    max_batch: int = 1000
    go: threading.Event = field(default_factory=threading.Event)
    polled: threading.Event = field(default_factory=threading.Event)  # the worker is syncing
    started: float | None = None  # time.monotonic() when the first sync saw `go`
    started_at: datetime | None = None  # the wall clock then
    delivered: int = 0
    batches: int = 0
    largest_batch: int = 0
    drained_at: float | None = None  # every message handed over and ingested


PLAN: FloodPlan | None = None


class BenchConnector:
    kind: ClassVar[str] = KIND

    def __init__(self, plan: FloodPlan | None) -> None:
        self._plan = plan
        # Sent and not yet handed back; `_sent_now` ends an idle long poll as one is sent.
        self._echoes: list[IncomingMessage] = []
        self._sent_now = asyncio.Event()

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> BenchConnector:
        return cls(PLAN)

    async def sync(self, cursor: str | None, *, wait_s: float = 0.0) -> SyncBatch:
        plan = self._plan
        if plan is None:
            if not self._echoes:
                self._sent_now.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._sent_now.wait(), min(wait_s, IDLE_WAIT_S))
            echoes, self._echoes = tuple(self._echoes), []
            return SyncBatch(next_cursor=cursor or "idle", messages=echoes)
        plan.polled.set()
        while not plan.go.is_set():
            await asyncio.sleep(0.01)
        now = time.monotonic()
        if plan.started is None:
            plan.started, plan.started_at = now, datetime.now(UTC)
        total = len(plan.messages)
        # The worker asks again only once the previous batch is committed.
        if plan.delivered >= total:
            if plan.drained_at is None:
                plan.drained_at = now
            await asyncio.sleep(min(wait_s, IDLE_WAIT_S))
            return SyncBatch(next_cursor=cursor or "flood")
        due = min(total, int(plan.rate * (now - plan.started)))
        if due <= plan.delivered:
            # Long-poll until the next message is due, as a server would.
            next_at = plan.started + (plan.delivered + 1) / plan.rate
            await asyncio.sleep(max(0.0, next_at - now))
            due = min(total, int(plan.rate * (time.monotonic() - plan.started)))
        end = min(due, plan.delivered + plan.max_batch)
        # Dated when due, as a server dates what was just posted: the generator's times
        # rise 32 s a message, and a 30 s flood was dated up to eleven days ahead.
        assert plan.started_at is not None
        batch = tuple(
            replace(m, ts=plan.started_at + timedelta(seconds=(plan.delivered + i) / plan.rate))
            for i, m in enumerate(plan.messages[plan.delivered : end])
        )
        plan.delivered = end
        plan.batches += 1
        plan.largest_batch = max(plan.largest_batch, len(batch))
        return SyncBatch(next_cursor=f"flood:{end}", messages=batch, more=due > end)

    async def send(self, item: Outgoing) -> SendResult:
        remote_id = f"sent-{item.txn_id}"
        if item.ack_of is None:  # an acknowledgement is an event, not a message
            self._echoes.append(
                IncomingMessage(
                    remote_id=remote_id,
                    group_id=item.group_id,
                    sender_id=ME_ID,
                    sender_name=ME_NAME,
                    sender_role=Role.MEMBER,
                    ts=datetime.now(UTC),
                    text=item.text,
                    reply_to=item.reply_to,
                    from_me=True,
                )
            )
            self._sent_now.set()
        return SendResult(remote_id)

    async def close(self) -> None:
        return None


def install(plan: FloodPlan | None = None) -> None:
    """Makes accounts of kind `bench` use this connector, following `plan` if given."""
    global PLAN
    PLAN = plan
    real = registry.factory
    if getattr(real, "_bench", False):
        return

    def factory(kind: str) -> Any:
        return BenchConnector if kind == KIND else real(kind)

    factory._bench = True  # type: ignore[attr-defined]
    registry.factory = factory
