"""A DING the user sent passes its deadline with people unconfirmed: one notification."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desk.app.sent_deadlines import SentDingDeadlines
from desk.connectors.protocol import AckEvent, SyncBatch
from desk.core.clock import ManualClock
from desk.resources import resource
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.sync.ingest import Ingestor
from desk.ui.notifier import Notification, Notifier
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.demo_desk import DemoAccount

GROUP = "g05"


class Sender:
    def __init__(self, qtbot: QtBot, store: Store, clock: ManualClock) -> None:
        self.qtbot, self.clock = qtbot, clock
        self.demo = DemoAccount(store, clock)
        self.demo.round()
        self.dings = DingOutbox(store, clock)
        self.ops = StoreOps()
        self.notifier = Notifier(QIcon(str(resource("icons", "desk.svg"))), has_tray=lambda: True)
        self.shown: list[Notification] = []
        self.notifier.shown.connect(self.shown.append)
        self.watch = SentDingDeadlines(lambda: self.dings, self.ops, self.notifier, clock, SHANGHAI)

    def look(self) -> None:
        """As the wall-clock watch looks every few seconds (no waiting here)."""
        self.watch.watch.timeout.emit()
        self.qtbot.waitUntil(self.ops.idle)

    def refresh(self) -> None:
        self.watch.refresh()
        self.qtbot.waitUntil(self.ops.idle)

    def close(self) -> None:
        self.watch.watch.stop()
        self.notifier.tray.hide()
        self.notifier.close_popups()
        self.ops.shutdown()
        self.demo.close()


@pytest.fixture
def sender(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[Sender]:
    running = Sender(qtbot, store, clock)
    yield running
    running.close()


def test_a_deadline_passed_with_people_unconfirmed_is_told_once(sender: Sender) -> None:
    members = sender.dings.members(sender.demo.ref.id, GROUP)
    chosen = tuple(p.user_id for p in members[:3])
    deadline = sender.clock.now() + timedelta(minutes=30)
    sender.dings.send(
        sender.demo.ref.id, GROUP, "请三位站长马上回电", deadline=deadline, recipients=chosen
    )
    sender.demo.round()  # the server has it
    sender.refresh()
    sender.clock.advance(timedelta(minutes=29))
    sender.look()
    assert sender.shown == [], "not before its deadline"

    sender.clock.advance(timedelta(minutes=1, seconds=1))
    sender.look()
    unconfirmed = len(sender.dings.sent()[0].roster.unconfirmed)
    assert unconfirmed > 0
    (told,) = sender.shown
    due = deadline.astimezone(SHANGHAI).strftime("%H:%M")
    assert told.title == f"DING deadline {due} passed"
    assert told.body.startswith(f"{unconfirmed} not yet confirmed “请三位站长马上回电”")
    assert "DINGs I sent…" in told.body

    # Once: later looks and sync batches say nothing more.
    sender.clock.advance(timedelta(minutes=5))
    sender.look()
    sender.refresh()
    assert len(sender.shown) == 1


def test_a_deadline_everyone_met_is_not_told(sender: Sender, store: Store) -> None:
    members = sender.dings.members(sender.demo.ref.id, GROUP)
    asked = members[0].user_id
    deadline = sender.clock.now() + timedelta(minutes=30)
    sender.dings.send(
        sender.demo.ref.id, GROUP, "请站长回电", deadline=deadline, recipients=(asked,)
    )
    sender.demo.round()
    sent = sender.dings.sent()[0]
    assert sent.remote_id is not None
    ack = AckEvent("a1", GROUP, asked, sent.remote_id, sender.clock.now())
    Ingestor(store, SHANGHAI, sender.clock).apply(
        sender.demo.ref.id, SyncBatch(next_cursor="a1", acks=(ack,))
    )
    sender.refresh()
    sender.clock.advance(timedelta(minutes=31))
    sender.look()
    assert not sender.dings.sent()[0].roster.unconfirmed
    assert sender.shown == []
