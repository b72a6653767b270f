"""A base for the sync tests' own connectors, which hand out batches and send nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from desk.connectors.protocol import Outgoing, SendResult
from desk.core.clock import Clock


class BatchesOnly:
    """A connector that only serves `sync` (each test's own): sending is not what these
    tests try, and there is nothing to close. Made from any config, on the clock given."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    async def send(self, item: Outgoing) -> SendResult:
        raise NotImplementedError

    async def close(self) -> None:
        return None

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], secrets: Mapping[str, str], *, clock: Clock
    ) -> Self:
        return cls(clock)
