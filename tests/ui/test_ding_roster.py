"""The roster follows confirmations as the demo delivers them; re-DING waits 5 minutes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desk.core.clock import ManualClock
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.dings import DingOutbox
from desk.ui.ding_roster import DingRoster
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.busy_store import write_lock_held
from tests.helpers.demo_desk import DemoAccount

GROUP = "g05"


class Sender:
    """The user, the demo workspace behind the sync engine, and the roster window."""

    def __init__(self, qtbot: QtBot, store: Store, clock: ManualClock) -> None:
        self.qtbot, self.clock = qtbot, clock
        self.demo = DemoAccount(store, clock)
        self.demo.round()
        self.dings = DingOutbox(store, clock)
        self.ops = StoreOps()
        self.roster: DingRoster | None = None

    def open_roster(self) -> DingRoster:
        self.roster = DingRoster(self.dings, self.ops, SHANGHAI)
        self.qtbot.addWidget(self.roster)
        self.roster.show()
        return self.roster

    def sync(self, after: timedelta = timedelta(0)) -> None:
        """Time passes, the worker syncs, and the app relays its ingest signal."""
        self.clock.advance(after)
        results = self.demo.round()
        if self.roster is not None and any(r.confirmations for r in results):
            self.roster.refresh(results[-1])

    def close(self) -> None:
        self.ops.shutdown()
        self.demo.close()


@pytest.fixture
def sender(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[Sender]:
    running = Sender(qtbot, store, clock)
    yield running
    running.close()


def _names(widget: object) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[attr-defined]


def test_the_roster_fills_in_as_confirmations_arrive(sender: Sender) -> None:
    sender.dings.send(sender.demo.ref.id, GROUP, "紧急：今晚8点前各村上报转移人数")
    roster = sender.open_roster()
    assert roster.summary.text() == "Waiting to be sent…"
    sender.sync()
    roster.refresh()
    everyone = roster.unconfirmed.count()
    assert everyone > 10 and roster.confirmed.count() == 0
    assert roster.summary.text() == f"0 of {everyone} confirmed"
    counts = []
    for _ in range(10):
        sender.sync(timedelta(minutes=1))
        counts.append(roster.confirmed.count())
        assert roster.confirmed.count() + roster.unconfirmed.count() == everyone
    assert counts == sorted(counts) and 0 < counts[-1] < everyone
    first = roster.confirmed.item(0).text()
    assert " · 10:" in first, "who confirmed, and when"
    assert roster.summary.text() == f"{counts[-1]} of {everyone} confirmed"
    assert f"{counts[-1]}/{everyone} confirmed" in roster.list.item(0).text()


def test_a_ding_the_server_turned_down_says_it_was_not_sent(sender: Sender, store: Store) -> None:
    sender.dings.send(sender.demo.ref.id, GROUP, "紧急：今晚8点前各村上报转移人数")
    # As the outbox records a permanent refusal (M_FORBIDDEN: the user left the group).
    with store.transaction() as session:
        session.execute(
            update(OutboxItem).values(state=OutboxState.FAILED.value, last_error="rejected")
        )
    roster = sender.open_roster()
    assert roster.summary.text().startswith("Not sent: the server turned it down")
    assert roster.list.item(0).text().splitlines()[1].startswith("not sent · ")
    assert not roster.re_ding_button.isEnabled()


def test_re_ding_is_refused_within_five_minutes_then_goes_to_the_unconfirmed(
    sender: Sender, qtbot: QtBot
) -> None:
    sender.dings.send(sender.demo.ref.id, GROUP, "紧急：防汛值班人员立即到岗")
    sender.sync()
    roster = sender.open_roster()
    sender.sync(timedelta(minutes=2))
    # Whether anyone has confirmed yet varies from run to run: the second's tick updates
    # the countdown either way.
    roster._ticker.timeout.emit()
    button = roster.re_ding_button
    assert not button.isEnabled()
    assert button.text() == "Re-DING possible in 3:00"
    button.click()  # refused: nothing happens
    assert sender.dings.sent()[0].re_dings == 0
    sender.clock.advance(timedelta(minutes=2, seconds=50))
    roster._ticker.timeout.emit()  # the second's tick; the test never sleeps
    assert button.text() == "Re-DING possible in 0:10" and not button.isEnabled()
    sender.sync(timedelta(seconds=10))
    roster.refresh()
    unconfirmed = roster.unconfirmed.count()
    assert button.isEnabled() and button.text() == f"Re-DING the unconfirmed ({unconfirmed})"
    with qtbot.waitSignal(roster.reDinged, timeout=5000):
        button.click()
    assert roster.status.text() == "Re-DING queued."
    assert not button.isEnabled() and button.text() == "Re-DING possible in 5:00"
    (ding,) = sender.dings.sent()
    assert ding.re_dings == 1
    sender.sync()
    sender.sync(timedelta(minutes=10))
    assert roster.unconfirmed.count() < unconfirmed, "some confirm the reminder"
    assert roster.list.count() == 1, "a re-DING is not a DING of its own"


def test_an_empty_roster_says_how_to_send_one(sender: Sender, tmp_path: Path) -> None:
    roster = sender.open_roster()
    assert roster.empty.isVisible()
    assert not roster.re_ding_button.isEnabled()


def test_a_long_ding_is_cut_at_the_end_of_the_list_not_behind_a_scroll_bar(
    sender: Sender,
) -> None:
    text = "紧急：各村（社区）今晚8点前把山洪灾害危险区人员转移情况、安置点名单和值班表上报镇防办"
    sender.dings.send(sender.demo.ref.id, GROUP, text)
    sender.sync()
    roster = sender.open_roster()
    roster.resize(600, 400)
    sender.qtbot.waitUntil(lambda: roster.list.count() == 1)
    assert not roster.list.horizontalScrollBar().isVisible()
    assert roster.list.item(0).toolTip().startswith(text), "the whole DING on hover"
    # The count comes before the group's name, which the edge may cut.
    assert roster.list.item(0).text().split("\n")[1].startswith("0/")


def test_a_re_ding_the_database_refuses_says_why_and_can_be_tried_again(
    sender: Sender, qtbot: QtBot, store: Store
) -> None:
    sender.dings.send(sender.demo.ref.id, GROUP, "紧急：防汛值班人员立即到岗")
    sender.sync()
    sender.sync(timedelta(minutes=6))
    roster = sender.open_roster()
    button = roster.re_ding_button
    assert button.isEnabled()
    with write_lock_held(store):
        button.click()
        qtbot.waitUntil(sender.ops.idle)
    # The button stayed greyed for good, and nothing was said (a tester).
    assert roster.status.text() == "Re-DING not queued (the local database is busy)."
    assert sender.dings.sent()[0].re_dings == 0
    assert button.isEnabled(), "it can be tried again"
    with qtbot.waitSignal(roster.reDinged, timeout=5000):
        button.click()
    assert sender.dings.sent()[0].re_dings == 1


def test_a_ding_queued_offline_says_it_waits_until_the_server_has_it(sender: Sender) -> None:
    queued = sender.clock.now().astimezone(SHANGHAI).strftime("%H:%M")
    sender.dings.send(sender.demo.ref.id, GROUP, "紧急：今晚8点前各村上报转移人数")
    roster = sender.open_roster()
    header = roster.header.text().splitlines()[0]
    assert header.endswith(f"queued {queued} · waiting to be sent"), header
    assert "sent " + queued not in header
    # Back online twenty minutes later: the server takes it then.
    sender.clock.advance(timedelta(minutes=20))
    went = sender.clock.now().astimezone(SHANGHAI).strftime("%H:%M")
    sender.sync()
    roster.refresh()
    header = roster.header.text().splitlines()[0]
    assert header.endswith(f"sent {went}"), header
    assert f" · {went} · " in roster.list.item(0).text()
