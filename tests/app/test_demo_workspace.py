"""The demo workspace as a user meets it: said plainly while it is there, its DINGs and
pop-ups marked as the demo's, and kept away by the administrator's `accounts.demo = false`.

From IT staff: on a fresh desk the demo's invented DINGs (暴雨橙色预警…全体机关干部即刻取消
休假) rang with the red banner, and nothing in the window said they were not real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.app.accounts_flow import open_add_account
from desk.app.desk_app import DeskApp, SyncRelay
from desk.connectors.protocol import SyncBatch
from desk.core.clock import ManualClock
from desk.core.policy import Policy
from desk.store.demo import remove_demo_accounts
from desk.store.models import Account, Message
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.sync.worker import SyncWorker
from desk.ui.main_window import MainWindow
from desk.ui.notifier import Notification
from tests.app.test_escalation import MONDAY_10, Running, order_batch
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.demo_desk import DemoAccount
from tests.helpers.gathered import let_alerts_gather


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MONDAY_10)


def _app(qtbot: QtBot, store: Store, clock: ManualClock, policy: Policy | None = None) -> DeskApp:
    settings = SettingsStore(store.sessions, policy) if policy else SettingsStore(store.sessions)
    app = DeskApp(
        store, settings, clock, SHANGHAI, scheduler=paused_scheduler(), has_tray=lambda: True
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    return app


def _demo_synced(store: Store, clock: ManualClock) -> None:
    """desk ran once on this data dir: the demo's groups and messages are in."""
    demo = DemoAccount(store, clock)
    try:
        demo.round()
    finally:
        demo.close()


def _counts(store: Store) -> tuple[int, int]:
    with store.sessions() as session:
        accounts = session.scalar(select(func.count()).select_from(Account))
        messages = session.scalar(select(func.count()).select_from(Message))
    return int(accounts or 0), int(messages or 0)


@pytest.fixture
def demo_desk(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[Running]:
    running = Running(qtbot, store, clock)  # on the demo account
    yield running
    running.stop()


def test_the_window_says_while_the_demo_is_there_that_its_messages_are_invented(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    _demo_synced(store, clock)
    app = _app(qtbot, store, clock)
    app.start()
    try:
        label = app.window.demo_label
        qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
        assert label.said.full_text() == "Demo workspace: its messages are invented"
        assert "Add account" in label.toolTip()
        with qtbot.waitSignal(app.window.addAccountRequested, timeout=1000):
            label.link.linkActivated.emit("add-account")
        # The demo removed, as adding an account in the window removes it: said no more.
        remove_demo_accounts(store)
        app.window.request_refresh()
        qtbot.waitUntil(lambda: label.isHidden(), timeout=5000)
    finally:
        app.stop()


def test_a_demo_ding_is_marked_as_the_demos_in_its_banner_and_pop_up(
    demo_desk: Running,
) -> None:
    demo_desk.ding()
    banner = demo_desk.app.window.ding_banner
    assert banner.isVisible()
    assert banner.label.full_text().startswith("[Demo] ")
    assert [n.title for n in demo_desk.shown] == ["[Demo] DING · 区防汛工作群 · 区应急局"]


def test_a_work_accounts_ding_is_not_marked(qtbot: QtBot, store: Store, clock: ManualClock) -> None:
    with store.transaction() as session:
        work = Account(kind="matrix", label="@liu:town.test", config={}, created_ms=0)
        session.add(work)
        session.flush()
        account_id = work.id
    ingest = Ingestor(store, SHANGHAI, clock)
    ingest.apply(account_id, SyncBatch(next_cursor="c0"))
    app = _app(qtbot, store, clock)
    shown: list[Notification] = []
    app.start()
    try:
        qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
        app.notifier.shown.connect(shown.append)
        ingest.apply(account_id, order_batch("d1", clock.now()))
        app.relay.ingested.emit(None)
        let_alerts_gather(qtbot, app, clock)
        assert [n.title for n in shown] == ["DING · 区防汛工作群 · 区应急局"]
        said = app.window.ding_banner.label.full_text()
        assert said.startswith("due in 30 min · 10:00 DING"), said  # no [Demo] before it
        qtbot.waitUntil(lambda: app.window.idle(), timeout=5000)
        assert app.window.demo_label.isHidden()
    finally:
        app.stop()


def test_the_administrator_turns_the_demo_off(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _demo_synced(store, clock)
    assert _counts(store)[1] > 100, "desk ran once with the demo"
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("[accounts]\ndemo = false\n", "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy_file))
    policy = load_policy()
    assert policy.problems == ()

    app = _app(qtbot, store, clock, policy)
    app.start()
    try:
        # Gone at start, with every card of it: the first paint shows none.
        assert _counts(store) == (0, 0)
        assert app.window.model.rowCount() == 0
        assert ensure_default_account(store, clock) == [], "and no new one is made"
        assert _counts(store) == (0, 0)
        # The window says what to do instead of waiting on nothing.
        label = app.window.demo_label
        qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
        assert label.said.full_text() == "No account yet"
        assert label.link.text().endswith(">Add account</a>")
        # And the empty list says what will fill it, not "No messages here".
        # And the empty list, once a sync found no account, says what will fill it, not
        # "No messages here".
        relay = SyncRelay()
        relay.status.connect(app.window.show_sync_status)
        worker = SyncWorker(store, clock, SHANGHAI, relay.status.emit, lambda _result: None)
        worker.start()
        try:
            qtbot.waitUntil(
                lambda: app.window.list.empty_text().startswith("No account yet. Add your"),
                timeout=10_000,
            )
        finally:
            worker.stop()
        dialog = open_add_account(app.window, store, app.settings, clock, lambda: None)
        qtbot.addWidget(dialog)
        assert dialog.remove_demo.isHidden(), "no demo to offer"
    finally:
        app.stop()
