"""What the status bar says about sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SyncState(StrEnum):
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    OFFLINE = "offline"
    SIGN_IN = "sign_in"  # credentials refused: retrying will not help


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: SyncState
    at: datetime
    reason: str | None = None  # a code: "network", "rate_limited", "store_read_only", ...
    retry_in_s: float | None = None
