"""What the window's status bar says of sync, told by the real sync worker through the
app's relay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk.app.desk_app import SyncRelay
from desk.core.backoff import BackoffPolicy
from desk.core.clock import ManualClock
from desk.store.store import Store
from desk.sync.worker import SyncWorker
from desk.ui.main_window import MainWindow
from tests.conftest import SHANGHAI
from tests.sync.test_worker import held_messages_triaged_by_a_stuck_child
from tests.ui.test_main_window import _window_over


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _window_over(qtbot, store, clock)


def _listed(window: MainWindow) -> set[str]:
    rows = (window.model.inbox_row(r) for r in range(window.model.rowCount()))
    return {row.remote_id for row in rows if row is not None}


def test_the_status_bar_says_new_messages_wait_while_triage_is_stuck(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # It said 已同步 with its time for two minutes while a notice waited behind a triage
    # process that never answered.
    relay = SyncRelay()
    relay.status.connect(window.show_sync_status)
    relay.ingested.connect(window.on_ingested)
    shown: list[str] = []
    relay.status.connect(lambda _status: shown.append(window.sync_label.text()))

    def until_the_notice_is_listed() -> None:
        qtbot.waitUntil(lambda: "Sorting 3 new message(s)…" in shown, timeout=30_000)
        qtbot.waitUntil(lambda: "new0" in _listed(window), timeout=30_000)

    held_messages_triaged_by_a_stuck_child(
        store,
        clock,
        monkeypatch,
        relay.status.emit,
        relay.ingested.emit,
        until_the_notice_is_listed,
        BackoffPolicy(initial_s=1.0, jitter=0.0),
    )
    qtbot.waitUntil(lambda: window.sync_label.text() == "Up to date · 10:00")
    stuck = shown.index("Sorting 3 new message(s)…")
    assert shown[stuck - 1 : stuck + 3] == [
        "Up to date · 10:00",  # until the batch had waited a while
        "Sorting 3 new message(s)…",
        # Its triage process given up and ended: not "Offline", which sent users to
        # check the network.
        "Sorting new messages failed, retrying in 1 s retry now",
        "Syncing…",
    ]
    # The new process may itself take a while to start on a loaded machine (a CI run
    # beside other work): the batch then says again that it is being sorted.
    retried = shown[stuck + 3 :]
    done = retried.index("Up to date · 10:00")
    assert set(retried[:done]) <= {"Syncing…", "Sorting 3 new message(s)…"}


def test_with_no_account_and_the_demo_off_the_status_bar_says_so_not_starting(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # From IT: with `accounts.demo = false` and no account, it said 正在启动… (Starting…)
    # for as long as desk ran.
    policy = tmp_path / "policy.toml"
    policy.write_text("[accounts]\ndemo = false\n", "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    relay = SyncRelay()
    relay.status.connect(window.show_sync_status)
    assert window.sync_label.text() == "Starting…"
    worker = SyncWorker(store, clock, SHANGHAI, relay.status.emit, lambda _result: None)
    worker.start()
    try:
        qtbot.waitUntil(lambda: window.sync_label.text() == "No account yet", timeout=10_000)
    finally:
        worker.stop()
