"""After damage is found, desk's timed jobs stand down: nothing more is tried that would be
refused and logged round after round, while what reads still works and a DING waiting for
confirmation still alerts."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.store.inbox import ViewKind
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import open_store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui import inbox_model
from desk.ui.damage_dialog import DamageDialog
from desk.ui.main_window import MainWindow
from desk.ui.notifier import Notification
from tests.app.test_damage_found import SEARCHED, _click, _search
from tests.app.test_escalation import order_batch
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N, paused_scheduler
from tests.helpers.damaged_store import TEXT_INDEX, damage_inside, damage_past
from tests.helpers.gathered import let_alerts_gather
from tests.helpers.seed import sync_demo


class Damaged:
    """desk running over the demo's store with a DING waiting, whose text index is
    damaged: the window opens, a search meets the damage."""

    def __init__(self, qtbot: QtBot, root: Path, clock: ManualClock) -> None:
        self.qtbot, self.clock = qtbot, clock
        data = DataDir(root).ensure()
        store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
        sync_demo(store, clock)
        (account,) = ensure_default_account(store, clock)
        Ingestor(store, SHANGHAI, clock).apply(account.id, order_batch("d1", clock.now()))
        damage_inside(store, TEXT_INDEX)
        self.store = open_store(data, PASSPHRASE, backend=fail.Keyring())
        self.app = DeskApp(
            self.store,
            SettingsStore(self.store.sessions),
            clock,
            SHANGHAI,
            scheduler=paused_scheduler(),
            has_tray=lambda: True,  # as on Windows: the DING's alerts are pop-ups
        )
        qtbot.addWidget(self.app.window, before_close_func=MainWindow.allow_close)
        self.shown: list[Notification] = []
        self.app.notifier.shown.connect(self.shown.append)
        self.app.start()
        self.settle()

    def settle(self) -> None:
        let_alerts_gather(self.qtbot, self.app, self.clock)

    def search_meets_the_damage(self) -> None:
        """A search reads the damaged page; the user answers the dialog with Later."""
        _search(self.qtbot, self.app.window, SEARCHED)
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DamageDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamageDialog)
        _click(dialog, "Later")

    def meet_the_damage(self) -> None:
        """The search meets the damage, and the user goes back to the inbox."""
        self.search_meets_the_damage()
        window = self.app.window
        window.search.clear()
        self.qtbot.keyClick(window.search, Qt.Key.Key_Return)
        assert window.model.rowCount() > 0, "the inbox reads as before"
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        self.settle()

    def minutes_pass(self, minutes: int) -> None:
        """Time passes, and the timed jobs run as their timers and the scheduler would
        have them: the DING's ladder and the alerts' round, and the list's rerank."""
        self.clock.advance(timedelta(minutes=minutes))
        self.app.refresh()
        self.app.window.rerank()
        self.settle()

    def stop(self) -> None:
        self.app.stop()
        self.store.close()


@pytest.fixture
def damaged(qtbot: QtBot, tmp_path: Path, clock: ManualClock) -> Iterator[Damaged]:
    running = Damaged(qtbot, tmp_path / "desk", clock)
    yield running
    running.stop()


def _logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.name.startswith("desk")]


def test_after_damage_the_timed_jobs_write_nothing_and_log_nothing_while_a_ding_still_alerts(
    damaged: Damaged, caplog: pytest.LogCaptureFixture
) -> None:
    # The ladder's steps, the alerts' round and the rerank each tried their write after
    # the user pressed Later, and the log said it was refused, round after round.
    assert len(damaged.shown) == 1, "the DING alerted as desk started"
    damaged.meet_the_damage()
    caplog.clear()
    caplog.set_level(logging.INFO, logger="desk")

    for _step in range(6):
        alerted = len(damaged.shown)
        damaged.minutes_pass(2)
        assert len(damaged.shown) == alerted + 1, "the DING still alerts at each step"
    assert damaged.app.window.ding_banner.isVisible()
    # Due times drawing near: the rerank would move cards (and write their scores).
    damaged.minutes_pass(5 * 60)

    assert _logged(caplog) == []


def test_after_damage_reading_goes_on_and_a_change_the_user_asks_for_says_it_was_not_saved(
    damaged: Damaged, caplog: pytest.LogCaptureFixture
) -> None:
    damaged.meet_the_damage()
    window = damaged.app.window
    window.list.setFocus()
    caplog.clear()
    caplog.set_level(logging.INFO, logger="desk")

    for _card in range(3):
        damaged.qtbot.keyClick(window.list, Qt.Key.Key_J)
        damaged.settle()
    row = window.model.inbox_row(window.list.currentIndex().row())
    assert row is not None and window.detail.isVisible()
    assert _logged(caplog) == [], "moving from card to card reads them, and writes nothing"

    # Moved to another tier than its own (Noise would be asked about first).
    damaged.qtbot.keyClick(window.list, Qt.Key.Key_3 if row.tier is Tier.ACTION else Qt.Key.Key_2)
    damaged.settle()
    assert window.statusBar().currentMessage() == (
        "Not saved (the local database is damaged: restore desk's folder from a backup)."
    )
    assert len(_logged(caplog)) == 1


DAMAGED = "the local database is damaged: restore desk's folder from a backup"


def test_a_search_that_meets_the_damage_says_so_in_the_list_and_stops_asking(
    damaged: Damaged, caplog: pytest.LogCaptureFixture
) -> None:
    # Qt asked the list for more at each scroll and paint: the failure went into Qt each
    # time, logged as uncaught, and the list said "Searching…" or found nothing.
    caplog.set_level(logging.INFO, logger="desk")
    damaged.search_meets_the_damage()
    window, root = damaged.app.window, damaged.app.window.list.rootIndex()
    assert window.list.empty_text() == f"This list could not be read ({DAMAGED})."
    assert not window.model.canFetchMore(root)

    window.list.setFocus()
    for key in (Qt.Key.Key_End, Qt.Key.Key_J, Qt.Key.Key_PageDown):
        damaged.qtbot.keyClick(window.list, key)
        window.list.scrollToBottom()
        window.list.viewport().repaint()
        damaged.settle()

    said = [line for line in _logged(caplog) if line.startswith("desk.ui.inbox")]
    assert said == ["desk.ui.inbox: the list could not be read further: DatabaseError (corrupt)"]


def _scroll_to_the_end(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.list, Qt.Key.Key_End)
    window.list.scrollToBottom()
    window.list.viewport().repaint()


def test_scrolling_onto_a_damaged_page_says_so_under_the_cards_and_asks_no_more(
    qtbot: QtBot,
    tmp_path: Path,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inbox_model, "PAGE", 50)  # the demo's inbox in pages smaller than it
    data = DataDir(tmp_path / "desk").ensure()
    store = open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    sync_demo(store, clock)
    damage_past(store, inbox_model.PAGE)
    store = open_store(data, PASSPHRASE, backend=fail.Keyring())
    desk = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(desk.window, before_close_func=MainWindow.allow_close)
    desk.start()
    window = desk.window
    caplog.set_level(logging.INFO, logger="desk")
    try:
        assert window.model.rowCount() == inbox_model.PAGE, "the first page reads"
        window.list.setFocus()
        _scroll_to_the_end(qtbot, window)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), DamageDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamageDialog)
        _click(dialog, "Later")
        # Said once the failed read's answer comes back from the store thread, which met
        # the damage and raised the dialog first.
        qtbot.waitUntil(window.list_note.isVisible)
        assert window.list_note.text() == f"The rest of this list could not be read ({DAMAGED})."
        # The pages before the damaged one read (how many: where the index's leaves
        # split, which the demo's traffic moves); none after it.
        met = window.model.rowCount()
        assert met >= inbox_model.PAGE and met % inbox_model.PAGE == 0
        for _again in range(3):
            _scroll_to_the_end(qtbot, window)
            qtbot.waitUntil(desk.ops_idle)
        assert window.model.rowCount() == met
        assert not window.model.canFetchMore(window.list.rootIndex())
        said = [line for line in _logged(caplog) if line.startswith("desk.ui.inbox")]
        assert said == [
            "desk.ui.inbox: the list could not be read further: DatabaseError (corrupt)"
        ]
        # Another view reads afresh, and says nothing of the last one's failure.
        window.sidebar.select_view(ViewKind.INFO)
        assert not window.list_note.isVisible()
    finally:
        desk.stop()
        store.close()


def _rung_in(damaged: Damaged, minutes: int, steps: int) -> list[int]:
    """The DINGs whose alerts came (the first of each round's) while `steps` times
    `minutes` passed."""
    alerted = len(damaged.shown)
    for _step in range(steps):
        damaged.minutes_pass(minutes)
    return [shown.message_id for shown in damaged.shown[alerted:]]


def test_after_damage_confirming_a_ding_silences_it_and_says_the_sender_was_not_told(
    damaged: Damaged,
) -> None:
    # Confirming is a write, which the damaged store refused: the DING rang on, sound,
    # raised window and flashing tray, for as long as its ladder ran, whatever the user did.
    damaged.meet_the_damage()
    window = damaged.app.window
    banner = window.ding_banner
    confirmed = banner.message_id
    assert confirmed is not None and "3 unconfirmed" in banner.label.text()
    unconfirmed_cards = _unconfirmed_cards(window)

    damaged.qtbot.mouseClick(banner.ack_button, Qt.MouseButton.LeftButton)
    damaged.settle()

    assert window.statusBar().currentMessage() == (
        "Confirmed the DING from 区应急局 in 区防汛工作群 here; desk could not save it or "
        "tell the sender (the database is damaged)."
    )
    assert banner.message_id != confirmed, "the banner shows the next DING waiting"
    assert "2 unconfirmed" in banner.label.text()
    # Its card said "unconfirmed" on, the store still holding it pinned.
    assert len(_unconfirmed_cards(window)) == len(unconfirmed_cards) - 1
    damaged.minutes_pass(1)
    assert len(_unconfirmed_cards(window)) == len(unconfirmed_cards) - 1, "a re-read too"
    # The demo's other DINGs came long before: their ladders ended as desk started.
    assert _rung_in(damaged, 2, 15) == [], "nothing rings for the rest of its ladder"


def _unconfirmed_cards(window: MainWindow) -> set[int]:
    model = window.model
    # Pinned first, on the first screen: rows further down may be on the damaged page.
    rows = (model.inbox_row(at) for at in range(min(20, model.rowCount())))
    return {row.id for row in rows if row is not None and row.pinned}


def test_after_damage_snoozing_a_ding_holds_its_alerts_until_then_and_says_it_was_not_saved(
    damaged: Damaged,
) -> None:
    damaged.meet_the_damage()
    window = damaged.app.window
    banner = window.ding_banner
    snoozed = banner.message_id
    assert _rung_in(damaged, 2, 1) == [snoozed], "it rings first"
    snooze_15 = banner.snooze_button.menu().actions()[1]
    assert snooze_15.text() == "In 15 minutes"

    snooze_15.trigger()
    damaged.settle()

    until = (damaged.clock.now() + timedelta(minutes=15)).astimezone(SHANGHAI)
    assert window.statusBar().currentMessage() == (
        f"The DING will alert again at {until:%H:%M}. Snoozed here only: desk could not "
        "save it (the database is damaged)."
    )
    # Snoozed, it gives the banner to the DING still alerting (it stood over that one).
    assert banner.message_id not in (None, snoozed)
    assert snoozed not in _rung_in(damaged, 2, 7), "it does not ring for the 15 minutes"
    assert _rung_in(damaged, 2, 1) == [snoozed], "then it rings again"
