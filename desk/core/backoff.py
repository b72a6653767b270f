"""How long to wait before trying a failed sync again."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    initial_s: float = 1.0
    factor: float = 2.0
    max_s: float = 300.0
    jitter: float = 0.2  # +/- this fraction, so many clients do not retry in step

    def delay(
        self, attempt: int, *, retry_after_s: float | None = None, rand: float = 0.5
    ) -> float:
        """Seconds to wait before retry number `attempt` (1 for the first retry).

        `rand` in [0, 1) drives the jitter; a server's retry-after is a floor.
        """
        base = min(self.max_s, self.initial_s * self.factor ** max(0, attempt - 1))
        jittered = base * (1 + self.jitter * (2 * rand - 1))
        if retry_after_s is not None:
            jittered = max(jittered, retry_after_s)
        return min(jittered, max(self.max_s, retry_after_s or 0.0))
