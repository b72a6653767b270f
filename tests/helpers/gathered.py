"""Letting DING alerts that wait for others due with them (GATHER) come, as time would."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.escalation import GATHER


def let_alerts_gather(qtbot: QtBot, app: DeskApp, clock: ManualClock) -> None:
    """Once the store's work is done: if alerts due wait, GATHER passes and the round the
    scheduler would run then comes, with their one pop-up."""
    qtbot.waitUntil(app.ops_idle, timeout=5000)
    if app.escalation.gathering:
        clock.advance(GATHER)
        app.escalation.refresh()
        qtbot.waitUntil(app.ops_idle, timeout=5000)
