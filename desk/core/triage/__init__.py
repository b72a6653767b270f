"""Triage: priority tiers with reasons, notice folding, ack collapse and deadlines.

Pure Python: no Qt, no database, no I/O. `TriageEngine.process` takes messages in
timestamp order and returns a `Verdict` for each; `urgency_score` re-ranks by time.

The engine loads on first use of `TriageEngine`, not with the package: the window's
process reads a few light modules of it (normalize, roll_call) and never runs the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desk.core.triage_config import TriageConfig
from desk.core.urgency import urgency_score

if TYPE_CHECKING:
    from desk.core.triage.engine import TriageEngine

__all__ = ["TriageConfig", "TriageEngine", "urgency_score"]


def __getattr__(name: str) -> Any:
    if name == "TriageEngine":
        from desk.core.triage.engine import TriageEngine

        return TriageEngine
    raise AttributeError(name)
