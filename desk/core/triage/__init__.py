"""Triage: priority tiers with reasons, notice folding, ack collapse and deadlines.

Pure Python: no Qt, no database, no I/O. `TriageEngine.process` takes messages in
timestamp order and returns a `Verdict` for each; `urgency_score` re-ranks by time.
"""

from desk.core.triage.engine import TriageEngine
from desk.core.triage_config import TriageConfig
from desk.core.urgency import urgency_score

__all__ = ["TriageConfig", "TriageEngine", "urgency_score"]
