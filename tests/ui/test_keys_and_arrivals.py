"""Keys that take the selected card out of its place while new messages arrive: the
selection moves to the card that followed it, never to one that has just arrived."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.connectors.protocol import IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role, Tier
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Group, Message
from desk.store.paths import DataDir
from desk.store.store import Store, open_store
from desk.sync.ingest import Ingestor
from desk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE, SHANGHAI, TEST_SCRYPT_N
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle
from tests.ui.test_main_window import _demo_window, _press

# An @me request as the tester saw it arrive, from the district's government group.
ASK = "区防指的续报模板发我一下"


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _demo_window(qtbot, store, clock)


def _ask(store: Store, clock: ManualClock, remote_id: str) -> tuple[int, IncomingMessage]:
    """The account, and the @me request arriving in the store's first group now."""
    with store.sessions() as session:
        account_id, group = session.execute(
            select(Message.account_id, Group.remote_id)
            .join(Group, Group.id == Message.group_id)
            .order_by(Message.id)
            .limit(1)
        ).one()
    asked = IncomingMessage(
        remote_id,
        group,
        "u-li",
        "李科长",
        Role.ADMIN,
        clock.now() + timedelta(seconds=5),
        ASK,
        mentions_me=True,
    )
    return account_id, asked


def _arrive(store: Store, clock: ManualClock, remote_id: str) -> int:
    """The request is synced into the store (the window not told yet); its id."""
    account_id, asked = _ask(store, clock, remote_id)
    Ingestor(store, SHANGHAI, clock).apply(account_id, SyncBatch(remote_id, messages=(asked,)))
    with store.sessions() as session:
        found = session.scalar(select(Message.id).where(Message.remote_id == remote_id))
    assert found is not None
    return found


def _where_it_lands(tmp_path: Path, clock: ManualClock) -> int:
    """The row in All that the request takes when it arrives, learnt on a second demo
    store like the test's: the window's cursor is put there before it arrives."""
    probe = open_store(
        DataDir(tmp_path / "probe").ensure(),
        PASSPHRASE,
        backend=fail.Keyring(),
        scrypt_n=TEST_SCRYPT_N,
    )
    try:
        sync_demo(probe, clock)
        arrived = _arrive(probe, clock, "probe")
        return InboxQueries(probe.sessions).page(View(), None, 10_000).ids.index(arrived)
    finally:
        probe.close()


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    settle(qtbot, window)


def _done(store: Store, message_id: int) -> bool:
    with store.sessions() as session:
        return bool(session.scalar(select(Message.done).where(Message.id == message_id)))


@pytest.mark.parametrize(
    ("key", "what"),
    [(Qt.Key.Key_E, "marked done"), (Qt.Key.Key_3, "moved to Info")],
)
def test_a_card_arriving_at_the_cursors_row_is_not_the_next_keys_target(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: ManualClock,
    tmp_path: Path,
    key: Qt.Key,
    what: str,
) -> None:
    # From a tester pressing `e` every 0.12 s in All while messages came in: a new @me
    # request was inserted exactly at the cursor's row, and the next `e` swept it into
    # Done unseen.
    landing = _where_it_lands(tmp_path, clock)
    window.list.setFocus()
    for _ in range(landing):
        _press(qtbot, window, Qt.Key.Key_J)
    _settled(qtbot, window)
    looked_at = window.model.inbox_row(landing)
    following = window.model.message_id(landing + 1)
    assert looked_at is not None and following is not None
    assert window.list.currentIndex().row() == landing
    assert looked_at.tier is Tier.ACTION  # `3` takes it out of its place in All

    arrived = _arrive(store, clock, "new-ask")  # while the key is on its way
    _press(qtbot, window, key)
    qtbot.waitUntil(lambda: window.model.row_of(arrived) is not None)
    _settled(qtbot, window)
    assert window.model.row_of(arrived) == landing, "it arrived at the cursor's row"
    current = window.model.message_id(window.list.currentIndex().row())
    assert current == following, f"after the card {what}, the one that followed it"

    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.model.row_of(following) is None)
    _settled(qtbot, window)
    assert _done(store, following)
    assert not _done(store, arrived)
    assert window.model.row_of(arrived) is not None


def test_the_card_after_a_done_one_is_followed_by_id_through_a_refresh_between(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    # The list re-read for the sync batch before the `e` came back: the arrival stood at
    # the cursor's row by then, and the selection went to that row.
    landing = _where_it_lands(tmp_path, clock)
    window.list.setFocus()
    for _ in range(landing):
        _press(qtbot, window, Qt.Key.Key_J)
    _settled(qtbot, window)
    following = window.model.message_id(landing + 1)
    arrived = _arrive(store, clock, "new-ask")
    window.on_ingested(None)  # its re-read is queued before the key's
    _press(qtbot, window, Qt.Key.Key_E)
    _settled(qtbot, window)
    assert window.model.row_of(arrived) is not None
    assert window.model.message_id(window.list.currentIndex().row()) == following


def test_a_card_that_just_arrived_under_the_cursor_takes_a_second_key(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    # The last card of a view done, the view is empty; a request arriving there is
    # selected as it comes, and the next `e`, meant for the card before, would sweep it
    # away unseen.
    window.sidebar.select_view(ViewKind.URGENT)
    window.list.setFocus()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    for message_id in [window.model.message_id(r) for r in range(window.model.rowCount())]:
        row = window._queries.row(message_id)
        assert row is not None
        if row.pinned:
            window._queries.set_done((message_id,), True, clock.now())  # only plain cards
    window.on_ingested(None)
    _settled(qtbot, window)
    while window.model.rowCount():
        gone = window.model.message_id(window.list.currentIndex().row())
        _press(qtbot, window, Qt.Key.Key_E)
        qtbot.waitUntil(lambda gone=gone: window.model.row_of(gone) is None)
        _settled(qtbot, window)
    account_id, asked = _ask(store, clock, "urgent-ask")
    urgent = IncomingMessage(
        asked.remote_id,
        asked.group_id,
        asked.sender_id,
        asked.sender_name,
        Role.OWNER,
        asked.ts,
        "【紧急】" + ASK + "，立即！",
        mentions_me=True,
    )
    window.on_ingested(
        Ingestor(store, SHANGHAI, clock).apply(account_id, SyncBatch("u", messages=(urgent,)))
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    _settled(qtbot, window)
    arrived = window.model.message_id(0)
    assert arrived is not None

    _press(qtbot, window, Qt.Key.Key_E)
    _settled(qtbot, window)
    assert not _done(store, arrived)
    assert window.statusBar().currentMessage() == (
        "This message has just arrived: look it over, then press e again."
    )
    _press(qtbot, window, Qt.Key.Key_E)  # seen now
    qtbot.waitUntil(lambda: _done(store, arrived))


def test_a_card_that_arrived_a_while_ago_under_the_cursor_takes_one_key(
    qtbot: QtBot, window: MainWindow, store: Store, clock: ManualClock
) -> None:
    window.sidebar.select_view(ViewKind.NOISE)
    window.list.setFocus()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window._queries.set_done(
        tuple(window._queries.page(View(ViewKind.NOISE), None, 10_000).ids), True, clock.now()
    )
    window.on_ingested(None)
    _settled(qtbot, window)
    assert window.model.rowCount() == 0
    account_id, asked = _ask(store, clock, "chat")
    chat = IncomingMessage(
        "chat", asked.group_id, "u-wang", "王五", Role.MEMBER, asked.ts, "哈哈哈 好的👍"
    )
    window.on_ingested(
        Ingestor(store, SHANGHAI, clock).apply(account_id, SyncBatch("c", messages=(chat,)))
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    _settled(qtbot, window)
    arrived = window.model.message_id(0)
    assert arrived is not None
    clock.advance(timedelta(seconds=3))  # read by now
    _press(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: _done(store, arrived))
