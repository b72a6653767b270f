"""The reading pane names the account that confirmed a DING where the user has more than
one (the reply box names the account it sends as): 已确认 alone did not say which."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from pytestqt.qtbot import QtBot

from desk.connectors.protocol import AckEvent, SyncBatch
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, InboxRow, View
from desk.store.models import Account
from desk.store.store import Store
from desk.sync.ingest import Ingestor
from desk.ui.detail_pane import DetailPane
from tests.conftest import SHANGHAI
from tests.store.test_inbox_queries import _NOTICE, _posted


def _account(store: Store, user: str, name: str) -> int:
    with store.transaction() as session:
        account = Account(
            kind="matrix",
            label=user,
            config={"homeserver": "https://s", "user_id": user, "me_name": name},
            created_ms=0,
        )
        session.add(account)
        session.flush()
        return account.id


def _ding_card(store: Store, clock: ManualClock, account_id: int) -> InboxQueries:
    batch = _posted(clock, ("一组", "镇政府办", _NOTICE))
    (notice,) = batch.messages
    Ingestor(store, SHANGHAI, clock).apply(
        account_id, replace(batch, messages=(replace(notice, ding=True),))
    )
    return InboxQueries(store.sessions)


def _card(queries: InboxQueries) -> InboxRow:
    (row,) = queries.rows(queries.page(View()).ids).values()
    return row


def _pane(qtbot: QtBot, clock: ManualClock, queries: InboxQueries) -> DetailPane:
    pane = DetailPane(SHANGHAI, clock, confirmed_as_of=queries.confirmed_as)
    qtbot.addWidget(pane)
    return pane


def test_a_confirmed_ding_names_the_account_that_confirmed_it_with_two_accounts(
    store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    liumin = _account(store, "@liumin2:s", "刘敏")
    queries = _ding_card(store, clock, liumin)
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    confirmed = clock.now()
    assert ladders.acknowledge(_card(queries).id, confirmed) is not None
    clock.advance(timedelta(minutes=5))
    pane = _pane(qtbot, clock, queries)
    pane.show_row(_card(queries))
    # One account: nothing more is said (which one is no question).
    assert "Confirmed as" not in pane.toPlainText(), pane.toPlainText()
    _account(store, "@duty:s", "值班室")
    queries.forget_accounts()  # as the window's re-read after the Accounts dialog
    pane.show_row(None)  # selected anew
    pane.show_row(_card(queries))
    when = confirmed.astimezone(SHANGHAI).strftime("%H:%M")
    said = f"Confirmed as 刘敏 (@liumin2:s) · {when}"
    assert said in pane.toPlainText(), pane.toPlainText()


def test_a_ding_not_yet_confirmed_names_no_account(
    store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    liumin = _account(store, "@liumin2:s", "刘敏")
    _account(store, "@duty:s", "值班室")
    queries = _ding_card(store, clock, liumin)
    EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), urgent_items=False)
    pane = _pane(qtbot, clock, queries)
    pane.show_row(_card(queries))
    assert "Confirmed as" not in pane.toPlainText(), pane.toPlainText()


def test_a_ding_confirmed_from_the_phone_names_the_account_that_sent_the_shou_dao(
    store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    liumin = _account(store, "@liumin2:s", "刘敏")
    _account(store, "@duty:s", "值班室")
    queries = _ding_card(store, clock, liumin)
    clock.advance(timedelta(minutes=3))
    from_phone = AckEvent("$phone-ack", "一组", "@liumin2:s", "p0", clock.now())
    Ingestor(store, SHANGHAI, clock).apply(liumin, SyncBatch("after-phone", acks=(from_phone,)))
    row = _card(queries)
    assert row.confirmed_at is not None
    pane = _pane(qtbot, clock, queries)
    pane.show_row(row)
    when = row.confirmed_at.astimezone(SHANGHAI).strftime("%H:%M")
    said = f"Confirmed as 刘敏 (@liumin2:s) · {when}"
    assert said in pane.toPlainText(), pane.toPlainText()


def test_the_accounts_are_read_once_and_again_after_one_is_added_or_removed(
    store: Store, clock: ManualClock, qtbot: QtBot
) -> None:
    # Each confirmed DING shown counted the accounts and read each one's config: they are
    # read once now, and again once the window says they may have changed (see
    # MainWindow.request_refresh: after a sync batch or the Accounts dialog).
    from sqlalchemy import event

    from desk.store.escalations import remove_account

    liumin = _account(store, "@liumin2:s", "刘敏")
    duty = _account(store, "@duty:s", "值班室")
    queries = _ding_card(store, clock, liumin)
    ladders = EscalationStore(store.sessions)
    ladders.start_new(clock.now(), LadderConfig(), urgent_items=False)
    card = _card(queries).id
    assert ladders.acknowledge(card, clock.now()) is not None
    read: list[str] = []

    def statement(*args: object) -> None:
        if "FROM accounts" in str(args[2]):
            read.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", statement)
    try:
        for _ in range(3):
            assert queries.confirmed_as(card) == ("刘敏", "@liumin2:s")
        assert len(read) == 1, read
        with store.transaction() as session:
            account = session.get(Account, liumin)
            assert account is not None
            account.config = {**account.config, "me_name": "刘敏（镇党政办）"}
        queries.forget_accounts()
        assert queries.confirmed_as(card) == ("刘敏（镇党政办）", "@liumin2:s")
        with store.transaction() as session:
            remove_account(session, duty)
        assert queries.confirmed_as(card) is not None, "as read until told"
        queries.forget_accounts()
        assert queries.confirmed_as(card) is None, "one account left: no question which"
        _account(store, "@duty2:s", "值班室")
        queries.forget_accounts()
        assert queries.confirmed_as(card) == ("刘敏（镇党政办）", "@liumin2:s")
    finally:
        event.remove(store.engine, "before_cursor_execute", statement)
