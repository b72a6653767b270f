"""DING 未报的: on the user's own notice asking the villages to report, one step to DING the
members of those that have not, in the composer, the notice quoted as the reminder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.models import Account
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import OutboxState
from desk.sync.accounts import ensure_default_account
from desk.sync.dings import DingOutbox
from desk.sync.ingest import Ingestor
from desk.ui import i18n
from desk.ui.card_text import roll_call_lines
from desk.ui.detail_pane import UNREPORTED_LINK
from desk.ui.ding_dialogs import DingDialogs
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI

MEMBERS = (
    MemberInfo("u-me", "白鹭镇-方晓宇", Role.OWNER),
    MemberInfo("u1", "竹溪村-庞德顺", Role.MEMBER),
    MemberInfo("u2", "上坪村-严国栋", Role.MEMBER),
    MemberInfo("u3", "杨梅岭村-蒙丽", Role.MEMBER),
    MemberInfo("u4", "花溪村-吴春燕", Role.MEMBER),
    MemberInfo("u5", "镇农业站-李站长", Role.MEMBER),
)
NOTICE = "请各村今天17:30前报送山塘排查情况"


class Township:
    """The user, a township secretary, and the villages of 镇村工作群."""

    def __init__(self, store: Store, clock: ManualClock) -> None:
        self.store, self.clock = store, clock
        (account,) = ensure_default_account(store, clock)
        self.account_id = account.id
        with store.transaction() as session:
            stored = session.get_one(Account, account.id)
            stored.config = {**stored.config, "user_id": "u-me"}
        self.ingestor = Ingestor(store, SHANGHAI, clock)
        self.batches = 0
        self.sync(groups=(GroupInfo("g1", "镇村工作群", members=MEMBERS),))

    def sync(self, **batch: Any) -> None:
        self.batches += 1
        self.ingestor.apply(self.account_id, SyncBatch(next_cursor=f"c{self.batches}", **batch))

    def post(self, remote_id: str, user_id: str, text: str, reply_to: str | None = None) -> None:
        name = next(m.name for m in MEMBERS if m.user_id == user_id)
        self.clock.advance(timedelta(minutes=2))
        said = IncomingMessage(
            remote_id,
            "g1",
            user_id,
            name,
            Role.MEMBER,
            self.clock.now(),
            text,
            reply_to=reply_to,
            from_me=user_id == "u-me",
        )
        self.sync(messages=(said,))


@pytest.fixture
def township(store: Store, clock: ManualClock) -> Township:
    town = Township(store, clock)
    town.post("$n1", "u-me", NOTICE)
    town.post("$r1", "u1", "竹溪村：已排查山塘3座，无险情")
    return town


@pytest.fixture
def window(
    qtbot: QtBot, store: Store, clock: ManualClock, township: Township
) -> Iterator[tuple[MainWindow, DingDialogs]]:
    ops = StoreOps()
    main = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(main, before_close_func=MainWindow.allow_close)
    dialogs = DingDialogs(DingOutbox(store, clock), ops, SHANGHAI, main)
    # As desk.app.gui wires it.
    main.dingUnreportedRequested.connect(dialogs.open_unreported)
    main.show()
    qtbot.waitExposed(main)
    yield main, dialogs
    main.allow_close()
    ops.shutdown()


def _select(main: MainWindow, qtbot: QtBot, remote_id: str) -> InboxRow:
    main.request_refresh()
    qtbot.waitUntil(main.idle)
    rows = [main.model.inbox_row(i) for i in range(main.model.rowCount())]
    (row,) = [r for r in rows if r is not None and r.remote_id == remote_id]
    main.list.setCurrentIndex(main.model.index(main.model.row_of(row.id) or 0, 0))
    return row


def test_ding_the_unreported_ticks_exactly_the_villages_not_reported(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    main, dialogs = window
    notice = _select(main, qtbot, "$n1")
    assert notice.roll_call is not None and notice.roll_call.reported == ("竹溪村",)
    assert main.ding_unreported_action.isEnabled()
    assert main.ding_unreported_action.text() == "DING the &unreported (3)…"
    main.activateWindow()
    qtbot.keyClick(
        main.list,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    composer = dialogs.composer
    assert composer is not None and composer.isVisible()
    assert composer.chosen_group() == notice.group_id
    assert composer.some.isChecked(), "never the whole group by default"
    # The three villages not reported, not 竹溪村 which has, nor the township's station.
    assert set(composer.checked_members()) == {"u2", "u3", "u4"}
    assert NOTICE in composer.text.toPlainText()
    assert composer.send_button.text() == "Send DING to 3 people"
    with qtbot.waitSignal(composer.sent, timeout=5000):
        composer.send_button.click()
    (sent,) = DingOutbox(store, clock).sent()
    assert sent.recipients == ("u2", "u3", "u4")


def test_at_zero_reports_it_dings_every_village_asked(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # From a tester: on their own notice, before any village had reported, DING 未报的
    # stayed greyed (请先选中一条您发出的…（已有单位报送后可用）) and the card said nothing.
    town = Township(store, clock)
    town.post("$n1", "u-me", NOTICE)
    ops = StoreOps()
    main = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(main, before_close_func=MainWindow.allow_close)
    main.show()
    qtbot.waitExposed(main)
    try:
        notice = _select(main, qtbot, "$n1")
        assert notice.roll_call is not None
        assert notice.roll_call.reported == ()
        assert notice.roll_call.missing == ("竹溪村", "上坪村", "杨梅岭村", "花溪村")
        # No empty 已报： line under it.
        assert roll_call_lines(notice) == ("Not yet reported: 竹溪村, 上坪村, 杨梅岭村, 花溪村",)
        main._offer_unreported(notice)
        assert main.ding_unreported_action.isEnabled()
        assert main.ding_unreported_action.text() == "DING the &unreported (4)…"
    finally:
        main.allow_close()
        ops.shutdown()


def test_the_reading_pane_offers_it_and_it_greys_out_once_all_have_reported(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, township: Township
) -> None:
    main, dialogs = window
    _select(main, qtbot, "$n1")
    assert "DING the unreported (3)…" in main.detail.toPlainText()
    main.detail.anchorClicked.emit(QUrl(UNREPORTED_LINK))
    assert dialogs.composer is not None
    assert set(dialogs.composer.checked_members()) == {"u2", "u3", "u4"}
    dialogs.composer.reject()

    # Their reports, each quoting the notice.
    township.post("$r2", "u2", "上坪村：已排查山塘2座，无险情", reply_to="$n1")
    township.post("$r3", "u3", "杨梅岭村：已排查山塘1座，无险情", reply_to="$n1")
    township.post("$r4", "u4", "花溪村：已排查山塘4座，无险情", reply_to="$n1")
    row = _select(main, qtbot, "$n1")
    assert row.roll_call is not None and not row.roll_call.missing
    assert not main.ding_unreported_action.isEnabled()
    assert main.ding_unreported_action.text() == "DING the unreported: all have reported"
    assert main.ding_unreported_action.statusTip() == "All the units asked have reported."
    assert "DING the unreported" not in main.detail.toPlainText()


def test_not_offered_on_someone_else_s_notice(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, township: Township, store: Store
) -> None:
    main, _dialogs = window
    township.post("$n2", "u5", "请各村今天下班前报送秸秆禁烧巡查照片")
    township.post("$r5", "u1", "竹溪村：已巡查，照片已发")
    row = _select(main, qtbot, "$n2")
    assert row.roll_call is not None, "it counts reports, but it is not the user's notice"
    assert not main.ding_unreported_action.isEnabled()
    assert "DING the unreported" not in main.detail.toPlainText()


def test_dings_i_sent_offers_it_on_a_ding_that_asks_for_reports(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, store: Store, township: Township
) -> None:
    # The user DINGed the order itself; DINGs I sent… offers the same step there.
    _main, dialogs = window
    outbox = DingOutbox(store, township.clock)
    asked = "紧急：请各村今天12:00前报送转移人数"
    txn = outbox.send(township.account_id, "g1", asked)
    with store.transaction() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == txn)).one()
        item.state, item.remote_id = OutboxState.SENT.value, "$d1"
    township.post("$d1", "u-me", asked)
    township.post("$r9", "u4", "花溪村：已转移12人", reply_to="$d1")
    dialogs.open_roster()
    roster = dialogs.roster
    assert roster is not None
    assert roster.unreported_button.isVisible()
    assert roster.unreported_button.text() == "DING the &unreported (3)…"
    roster.unreported_button.click()
    assert dialogs.composer is not None
    assert set(dialogs.composer.checked_members()) == {"u1", "u2", "u3"}
    # On a DING that asks no one to report, it is not offered.
    plain = outbox.send(township.account_id, "g1", "速回电")
    with store.transaction() as session:
        item = session.scalars(select(OutboxItem).where(OutboxItem.txn_id == plain)).one()
        item.state, item.remote_id = OutboxState.SENT.value, "$d2"
    township.post("$d2", "u-me", "速回电")
    dialogs.composer.reject()
    roster.refresh()
    roster.select(next(d.outbox_id for d in outbox.sent() if d.remote_id == "$d2"))
    assert not roster.unreported_button.isVisible()


def test_the_ding_carries_the_notice_s_due_time_while_it_is_ahead(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, township: Township
) -> None:
    # 请各村今天17:30前报送…, at 10:06: the villages are reminded of 17:30, as the DING's
    # deadline (its sender sees then who still owes it), not of no time at all.
    main, dialogs = window
    notice = _select(main, qtbot, "$n1")
    assert notice.deadline is None, "the user's own card keeps no task's due time"
    main.activateWindow()
    qtbot.keyClick(
        main.list,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    composer = dialogs.composer
    assert composer is not None
    assert composer.chosen_deadline() == datetime(2026, 11, 23, 17, 30, tzinfo=SHANGHAI)


def test_reply_shou_dao_is_not_offered_on_the_user_s_own_notice(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a tester: Shift+R (回复收到) was offered on their own notice.
    main, _dialogs = window
    _select(main, qtbot, "$n1")
    replied: list[object] = []
    monkeypatch.setattr(main.reply_box, "reply_shou_dao", replied.append)
    main.reply_shou_dao_action.trigger()
    assert replied == []
    assert main.statusBar().currentMessage() == "Your own message: there is nothing to confirm."
    menu = main.card_menu()
    assert main.reply_shou_dao_action in menu.actions()
    assert not main.reply_shou_dao_action.isEnabled()
    menu.close()
    menu.aboutToHide.emit()
    assert main.reply_shou_dao_action.isEnabled()


def test_the_reading_pane_greys_reply_shou_dao_on_the_user_s_own_notice_saying_why(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, township: Township
) -> None:
    # Shift+R refused on the user's own notice, and the pane's 回复收到 under it was still
    # there and enabled (a tester): greyed now, its tooltip saying why, in the box too.
    main, _dialogs = window
    township.post("$o1", "u5", "明天上午9点在镇农业站召开春耕工作会，请各村派人参加")
    why = "Your own message: there is nothing to confirm."
    box = main.reply_box
    _select(main, qtbot, "$n1")
    assert box.bar_shou_dao.isVisible() and not box.bar_shou_dao.isEnabled()
    assert box.bar_shou_dao.toolTip() == why
    assert box.bar_reply.isEnabled(), "a reply in words to one's own notice may go"
    # The box opened on it (R) offers no 收到 either, nor does its ⋯ menu.
    main.reply_action.trigger()
    assert box.is_open()
    assert not box.shou_dao_button.isEnabled() and box.shou_dao_button.toolTip() == why
    assert not box.more_shou_dao.isEnabled()
    with qtbot.waitSignal(box.said) as said:
        box.send_shou_dao()
    assert said.args == [why]
    box.close_box()
    # Another's message: offered again, as it was.
    _select(main, qtbot, "$o1")
    assert box.bar_shou_dao.isEnabled()
    assert box.bar_shou_dao.toolTip() != why
    main.reply_action.trigger()
    assert box.shou_dao_button.isEnabled() and box.more_shou_dao.isEnabled()
    assert box.shou_dao_button.toolTip() == "Sends 收到 as a reply to this message"


def test_greyed_on_a_ding_card_it_says_why_in_words_not_only_a_tooltip(
    window: tuple[MainWindow, DingDialogs], qtbot: QtBot, township: Township
) -> None:
    # From a tester (mouse only, 175 %): on a DING card the DING menu's 未报的 was greyed
    # with its reason in a tooltip, which a mouse resting on nothing never shows.
    main, _dialogs = window
    township.clock.advance(timedelta(minutes=2))
    ding = IncomingMessage(
        "$d9", "g1", "u5", "镇农业站-李站长", Role.MEMBER, township.clock.now(),
        "【DING】请各村立即排查山塘", ding=True,
    )  # fmt: skip
    township.sync(messages=(ding,))
    _select(main, qtbot, "$d9")
    menu = main.ding_unreported_action.associatedObjects()[0]
    menu.aboutToShow.emit()  # as the DING menu opens, by mouse
    action = main.ding_unreported_action
    assert not action.isEnabled()
    assert action.text() == (
        "DING the unreported: first select a notice of yours asking for reports"
    )
    # Said as it is shown: in the user's language.
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None
    QCoreApplication.instance().installTranslator(translator)  # type: ignore[union-attr]
    try:
        menu.aboutToShow.emit()
        assert action.text() == "DING 未报的：请先选中您发出的要求报送的通知"
    finally:
        QCoreApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
