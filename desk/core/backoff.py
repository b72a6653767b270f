"""How long to wait before trying a failed sync again."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    initial_s: float = 1.0
    factor: float = 2.0
    max_s: float = 300.0
    # A server out of reach (no connection at all) is looked for this often at least: one
    # restarted, or a cable plugged in again, is found within it. Under the cap for a
    # server that answers with errors, desk stayed offline two minutes against a server
    # back and working. A try that finds nobody costs the server nothing.
    unreachable_max_s: float = 30.0
    jitter: float = 0.2  # +/- this fraction, so many clients do not retry in step

    def delay(
        self,
        attempt: int,
        *,
        retry_after_s: float | None = None,
        rand: float = 0.5,
        unreachable: bool = False,
    ) -> float:
        """Seconds to wait before retry number `attempt` (1 for the first retry).

        `rand` in [0, 1) drives the jitter; a server's retry-after is a floor. `unreachable`:
        the try found no server at all (capped at `unreachable_max_s`).
        """
        cap = min(self.max_s, self.unreachable_max_s) if unreachable else self.max_s
        base = min(cap, self.initial_s * self.factor ** max(0, attempt - 1))
        jittered = base * (1 + self.jitter * (2 * rand - 1))
        if retry_after_s is not None:
            jittered = max(jittered, retry_after_s)
        return min(jittered, max(cap, retry_after_s or 0.0))


@dataclass(slots=True)
class FailedAttempts:
    """Failed automatic tries in a row, which the back-off counts. A try the user asked for
    ("retry now") that fails is not one more: it made the next automatic wait twice as
    long (71 s became 151 s), and a server back meanwhile was found minutes late."""

    count: int = 0
    _asked: bool = field(default=False, init=False)

    def failed(self) -> int:
        """Counts a failed try (unless the user asked for it); the attempt number to wait for."""
        if not self._asked or self.count == 0:
            self.count += 1
        self._asked = False
        return self.count

    def asked(self) -> None:
        """The user asked for the next try: it does not count if it fails."""
        self._asked = True

    def succeeded(self) -> None:
        self.count = 0
        self._asked = False
