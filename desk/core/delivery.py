"""How a new message reaches the user (notified, held for the digest, silent), and which
groups the user muted: what the window's first paint needs of the notification rules.

The rules themselves (desk.core.notify_policy, with seven dataclasses) load with the
alerts, after that paint: the window lists held items by their delivery and marks muted
groups in the sidebar from the first, and needs nothing else of them (issue 8).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Delivery(StrEnum):
    NOTIFY = "notify"
    HOLD = "hold"  # quiet hours: counted, summarised in the digest when they end
    SILENT = "silent"  # never notified (noise, a muted group, throttled), still in the inbox


MUTE = "mute"


def muted_groups(values: Mapping[str, object]) -> frozenset[str]:
    """The groups that never notify, by id or name, from the settings' `notify.groups`:
    the same as `NotifyRules.from_settings(values).muted`, without building the rules."""
    groups = values.get("notify.groups")
    if not isinstance(groups, Mapping):
        return frozenset()
    return frozenset(str(gid) for gid, rule in groups.items() if str(rule["mode"]) == MUTE)
