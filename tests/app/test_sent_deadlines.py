"""A DING the user sent passes its deadline with people unconfirmed: one notification."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from desk.app.sent_deadlines import CATCH_UP_AT_MOST, SentDingDeadlines
from desk.connectors.protocol import AckEvent, SyncBatch
from desk.core.clock import ManualClock
from desk.resources import resource
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.sync.ingest import Ingestor, IngestResult
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

    def caught_up(self) -> None:
        """The first sync after the start has drained what came while desk was closed."""
        self.watch.refresh(IngestResult(self.demo.ref.id, 0, caught_up=True))
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
    # Marked as the demo's other pop-ups are (a tester: this one alone was not).
    assert told.title == f"[Demo] DING deadline {due} passed"
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


def _restart(sender: Sender) -> None:
    """desk quits and starts again: the watch made anew, nothing kept in memory."""
    sender.watch.watch.stop()
    sender.watch = SentDingDeadlines(
        lambda: sender.dings, sender.ops, sender.notifier, sender.clock, SHANGHAI
    )


def _send(sender: Sender, text: str, deadline: datetime) -> None:
    members = sender.dings.members(sender.demo.ref.id, GROUP)
    chosen = tuple(p.user_id for p in members[:3])
    sender.dings.send(sender.demo.ref.id, GROUP, text, deadline=deadline, recipients=chosen)
    sender.demo.round()  # the server has it


def test_a_deadline_told_is_not_told_again_after_a_restart(sender: Sender) -> None:
    # What was told was kept in memory: a restart past the deadline said it again, or
    # (only deadlines passing after the start were told) lost it.
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    sender.clock.advance(timedelta(minutes=31))
    sender.look()
    assert len(sender.shown) == 1
    _restart(sender)
    sender.refresh()
    sender.clock.advance(timedelta(minutes=5))
    sender.look()
    assert len(sender.shown) == 1, "told again after a restart"
    assert sender.dings.sent()[0].deadline_told is not None


def test_a_deadline_passed_while_desk_was_closed_is_told_once_at_the_next_start(
    sender: Sender,
) -> None:
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    sender.watch.watch.stop()  # desk quits before the deadline...
    sender.clock.advance(timedelta(hours=14))  # ...and starts the next morning
    _restart(sender)
    sender.refresh()
    assert sender.shown == [], "not before the first sync caught up"
    sender.caught_up()
    (told,) = sender.shown
    # Not today's 14:30: the day is said with a deadline of another day.
    due = deadline.astimezone(SHANGHAI).strftime("%H:%M")
    assert told.title == f"[Demo] DING deadline yesterday {due} passed"
    _restart(sender)
    sender.refresh()
    sender.look()
    assert len(sender.shown) == 1


def _confirm(sender: Sender, store: Store, who: tuple[str, ...], at: datetime) -> None:
    """Confirmations of the DING the server holds, as a sync batch brings them."""
    sent = sender.dings.sent()[0]
    assert sent.remote_id is not None
    acks = tuple(AckEvent(f"a-{user}", GROUP, user, sent.remote_id, at) for user in who)
    Ingestor(store, SHANGHAI, sender.clock).apply(
        sender.demo.ref.id, SyncBatch(next_cursor=f"acks-{len(who)}", acks=acks)
    )


def test_a_deadline_passed_while_closed_is_judged_after_the_first_sync_caught_up(
    sender: Sender, store: Store
) -> None:
    # A tester: quit at 22:00 with people unconfirmed, the last of them confirmed at
    # 22:05, restarted at 22:40: 仍有 6 人未确认 while 我发出的 DING said 20/20 (the
    # confirmation came with the first sync, after the deadline was judged).
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    asked = sender.dings.sent()[0].roster.unconfirmed
    assert len(asked) == 3
    sender.watch.watch.stop()  # desk quits
    sender.clock.advance(timedelta(minutes=50))
    _restart(sender)
    sender.refresh()  # the start's look, before sync: nothing said yet
    assert sender.shown == []
    _confirm(sender, store, tuple(p.user_id for p in asked), deadline - timedelta(minutes=5))
    sender.refresh()
    sender.caught_up()
    assert not sender.dings.sent()[0].roster.unconfirmed
    assert sender.shown == [], "all confirmed by then: nothing to say"
    # Judged once: noted as told all the same.
    assert sender.dings.sent()[0].deadline_told is not None
    _restart(sender)
    sender.caught_up()
    sender.look()
    assert sender.shown == []


def test_after_the_catch_up_the_deadline_says_who_is_still_unconfirmed(
    sender: Sender, store: Store
) -> None:
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    asked = sender.dings.sent()[0].roster.unconfirmed
    sender.watch.watch.stop()
    sender.clock.advance(timedelta(minutes=50))
    _restart(sender)
    sender.refresh()
    _confirm(sender, store, (asked[0].user_id,), deadline - timedelta(minutes=5))
    sender.caught_up()
    (told,) = sender.shown
    assert told.body.startswith("2 not yet confirmed"), told.body


def test_an_account_that_never_catches_up_has_its_deadline_said_in_the_end(
    sender: Sender,
) -> None:
    # Offline at the start: said as the store stands rather than never.
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    sender.watch.watch.stop()
    sender.clock.advance(timedelta(minutes=50))
    _restart(sender)
    sender.refresh()
    sender.clock.advance(CATCH_UP_AT_MOST - timedelta(seconds=1))
    sender.look()
    assert sender.shown == []
    sender.clock.advance(timedelta(seconds=10))  # (the watch's slack)
    sender.look()
    (told,) = sender.shown
    assert told.body.startswith("3 not yet confirmed")


def test_a_catch_up_heard_before_the_watch_was_made_counts(sender: Sender) -> None:
    # desk builds its services after the first paint; the demo's sync may catch up first:
    # DeskApp hands in the accounts heard of, or the deadline waited ten minutes.
    deadline = sender.clock.now() + timedelta(minutes=30)
    _send(sender, "请三位站长马上回电", deadline)
    sender.refresh()
    sender.watch.watch.stop()
    sender.clock.advance(timedelta(minutes=50))
    sender.watch = SentDingDeadlines(
        lambda: sender.dings,
        sender.ops,
        sender.notifier,
        sender.clock,
        SHANGHAI,
        caught_up=(sender.demo.ref.id,),
    )
    sender.refresh()
    assert len(sender.shown) == 1
