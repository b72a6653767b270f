"""New messages arriving while the user reads: the list updates in place, never resets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.throttle import Throttle
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle

URGENT = "紧急通知：洄水湾村河段水位超警，请立即组织沿河群众转移！"
# Different notices: copies of one notice would fold into one card.
OTHERS = (
    "紧急：城关镇发生山体滑坡，请应急队伍10分钟内到镇政府集合。",
    "特急！全体网格员今晚8点前完成独居老人走访，逐户报平安。",
    "明天上午9点在三楼会议室召开森林防火推进会，各村书记参加。",
)


class Inbox:
    def __init__(self, qtbot: QtBot, store: Store, clock: ManualClock, spacing_ms: int) -> None:
        self.qtbot, self.store, self.clock = qtbot, store, clock
        sync_demo(store, clock)
        self.ops = StoreOps()
        self.window = MainWindow(
            InboxQueries(store.sessions), self.ops, clock, SHANGHAI, refresh_spacing_ms=spacing_ms
        )
        qtbot.addWidget(self.window, before_close_func=MainWindow.allow_close)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.settle()
        (self.account,) = ensure_default_account(store, clock)
        self.ingestor = Ingestor(store, SHANGHAI, clock)
        self._n = 0
        self.resets: list[None] = []
        self.window.model.modelReset.connect(lambda: self.resets.append(None))

    def settle(self) -> None:
        settle(self.qtbot, self.window)

    def arrive(self, *texts: str) -> None:
        """Messages come in through the sync engine; the window hears of it."""
        members = (MemberInfo("u-flood", "区应急局", Role.ADMIN),)
        messages = []
        for text in texts or (URGENT,):
            self._n += 1
            self.clock.set(self.clock.now() + timedelta(seconds=1))
            messages.append(
                IncomingMessage(
                    remote_id=f"flood-{self._n}",
                    group_id="g-flood",
                    sender_id="u-flood",
                    sender_name="区应急局",
                    sender_role=Role.ADMIN,
                    ts=self.clock.now(),
                    text=text,
                )
            )
        batch = SyncBatch(
            next_cursor=f"flood:{self._n}",
            groups=(GroupInfo("g-flood", "区防汛工作群", members=members),),
            messages=tuple(messages),
        )
        self.window.on_ingested(self.ingestor.apply(self.account.id, batch))

    def ids(self) -> list[int | None]:
        model = self.window.model
        return [model.message_id(r) for r in range(model.rowCount())]


@pytest.fixture
def inbox(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[Inbox]:
    running = Inbox(qtbot, store, clock, spacing_ms=0)
    yield running
    running.ops.shutdown()


def test_new_messages_show_and_the_selection_stays_on_its_message(
    qtbot: QtBot, inbox: Inbox
) -> None:
    window = inbox.window
    window.list.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.list, Qt.Key.Key_J)
    reading = window.model.message_id(window.list.currentIndex().row())
    shown = window.detail.toPlainText()
    before = inbox.ids()

    inbox.arrive(*OTHERS)
    inbox.settle()

    after = inbox.ids()
    assert len(set(after) - set(before)) == 3, "the new urgent items are in the list"
    assert window.model.message_id(window.list.currentIndex().row()) == reading
    assert window.list.selectionModel().isSelected(window.list.currentIndex())
    assert window.detail.toPlainText() == shown
    assert inbox.resets == [], "no model reset: selection, scroll and painted cards survive"


def test_further_down_the_first_card_on_screen_stays_put(qtbot: QtBot, inbox: Inbox) -> None:
    window = inbox.window
    bar = window.list.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = window.list.indexAt(window.list.viewport().rect().topLeft())
    first_on_screen = window.model.message_id(top.row())

    inbox.arrive(*OTHERS[:2])
    inbox.settle()

    top = window.list.indexAt(window.list.viewport().rect().topLeft())
    assert window.model.message_id(top.row()) == first_on_screen


def test_at_the_top_the_list_stays_at_the_top_as_arrivals_take_their_place(
    qtbot: QtBot, inbox: Inbox
) -> None:
    # Where the arrival ranks depends on what else is due (the demo's times follow the
    # clock): what matters is that a reader at the top stays there and it is in the list.
    inbox.arrive()
    inbox.settle()
    window = inbox.window
    assert window.list.verticalScrollBar().value() == 0
    assert window.list.indexAt(window.list.viewport().rect().topLeft()).row() == 0
    model = window.model
    # A card of its own, or, where another group told of the same emergency, that card.
    assert any(
        model.inbox_row(r).text == URGENT or "区防汛工作群" in model.inbox_row(r).also_in
        for r in range(model.rowCount())
    )


def test_a_burst_of_batches_is_one_re_read(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long spacing: everything after the first request waits for the same turn.
    inbox = Inbox(qtbot, store, clock, spacing_ms=60_000)
    try:
        rereads: list[object] = []
        model = inbox.window.model
        real = model.reread

        def counted(*args: object, **kwargs: object) -> object:
            rereads.append(args)
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(model, "reread", counted)
        for text in (URGENT, *OTHERS):
            inbox.arrive(text)
        inbox.settle()
        assert len(rereads) == 1
        assert len([i for i in inbox.ids() if i is not None]) == len(inbox.ids())
        # The next batch waits for its turn (a minute here) instead of re-reading now.
        inbox.arrive("紧急：今晚10点前上报辖区积水点位及转移人数。")
        qtbot.waitUntil(inbox.ops.idle)
        assert len(rereads) == 1 and not inbox.window.idle()
    finally:
        inbox.ops.shutdown()


def test_throttle_runs_at_once_after_a_quiet_spell_then_spaces_runs(qtbot: QtBot) -> None:
    runs: list[None] = []
    throttle = Throttle(lambda: runs.append(None), spacing_ms=50)
    throttle.request()
    throttle.request()
    assert throttle.pending()
    qtbot.waitUntil(lambda: runs == [None])
    throttle.request()
    throttle.request()
    assert throttle.pending()
    qtbot.waitUntil(lambda: len(runs) == 2)
    assert not throttle.pending()
