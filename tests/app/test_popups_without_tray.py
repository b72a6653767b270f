"""Pop-ups where there is no system tray (GNOME without its tray extension, a bare window
manager): desk shows its own, as messaging apps do (a tester on 元旦 got none at all)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.app.desk_app import DeskApp
from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.escalations import EscalationStore
from desk.store.models import Message
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.main_window import MainWindow
from desk.ui.notifier import MOST_POPUPS, MOST_ROWS, TIMEOUT_MS, Notification, Popup
from tests.app.test_escalation import MONDAY_10, order_batch
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.connection_pragma import PragmaSwitch
from tests.helpers.gathered import let_alerts_gather


class NoTray:
    """desk running on a desktop with no tray (offscreen Qt has none either)."""

    def __init__(self, qtbot: QtBot, store: Store) -> None:
        self.tray = False
        self.qtbot, self.store, self.clock = qtbot, store, ManualClock(MONDAY_10)
        self.app = DeskApp(
            store,
            SettingsStore(store.sessions),
            self.clock,
            SHANGHAI,
            scheduler=paused_scheduler(),
            has_tray=lambda: self.tray,
        )
        qtbot.addWidget(self.app.window, before_close_func=MainWindow.allow_close)
        (self.account,) = ensure_default_account(store, self.clock)
        Ingestor(store, SHANGHAI, self.clock).apply(self.account.id, SyncBatch(next_cursor="c0"))
        self.app.start()
        self.settle()

    def settle(self) -> None:
        let_alerts_gather(self.qtbot, self.app, self.clock)

    def ding(self, remote_id: str = "d1") -> None:
        batch = order_batch(remote_id, self.clock.now())
        Ingestor(self.store, SHANGHAI, self.clock).apply(self.account.id, batch)
        self.app.relay.ingested.emit(None)
        self.settle()

    def popups(self) -> list[Popup]:
        return list(self.app.notifier.popups.shown)


@pytest.fixture
def desk(qtbot: QtBot, store: Store) -> Iterator[NoTray]:
    running = NoTray(qtbot, store)
    yield running
    running.app.stop()


def test_a_ding_shows_desks_own_pop_up_with_its_text_where_there_is_no_tray(
    desk: NoTray,
) -> None:
    desk.ding()
    (popup,) = desk.popups()
    assert popup.isVisible()
    assert popup.title.text() == "[Demo] DING · 区防汛工作群 · 区应急局"
    assert "立即到岗" in popup.body.text()
    assert "Unconfirmed: Confirm (A) confirms it" in popup.body.text()
    assert popup.windowType() == Qt.WindowType.ToolTip
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # desk's window keeps the keys: as a Tool window the pop-up became the active one, and
    # e and Shift+R on the list did nothing (the answer benchmark's keys).
    assert QApplication.activeWindow() is not popup
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    # Bottom-right of the screen's free area, above any taskbar.
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(popup.frameGeometry())
    assert area.right() - popup.frameGeometry().right() < 20
    assert area.bottom() - popup.frameGeometry().bottom() < 20


def test_clicking_the_pop_up_opens_the_dings_card(desk: NoTray) -> None:
    desk.ding()
    window = desk.app.window
    window.hide()  # minimised or behind others: the pop-up brings it
    (popup,) = desk.popups()
    desk.qtbot.mouseClick(popup.body, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: window.isVisible())
    desk.settle()
    row = window._current_row()
    assert row is not None and "立即到岗" in row.text
    assert desk.popups() == [], "a pop-up clicked is gone"


def _ding_id(desk: NoTray, remote_id: str) -> int:
    with desk.store.sessions() as session:
        return int(session.scalar(select(Message.id).where(Message.remote_id == remote_id)))


def test_a_dings_pop_up_says_it_is_confirming_and_goes_once_the_store_has_it(
    desk: NoTray,
) -> None:
    # A tester: Confirm took the pop-up away at once, while the confirmation was only
    # queued for the store thread; had the store refused it, the user went on believing
    # it confirmed. It says 正在确认… until the store has it, then goes (in ms: the store
    # thread answers at once), and other pop-ups stay.
    desk.ding("d1")
    desk.app.notifier.show(Notification("钟书记", "通知"), sound=False)
    ding_popup, other = desk.popups()
    (row,) = ding_popup.rows
    desk.qtbot.mouseClick(row.confirm_button, Qt.MouseButton.LeftButton)
    assert ding_popup.isVisible(), "not before the store has it"
    assert not row.confirm_button.isEnabled()
    assert row.confirm_button.text() == "Confirming…"
    desk.qtbot.waitUntil(lambda: desk.popups() == [other])
    assert not EscalationStore(desk.store.sessions).is_running(_ding_id(desk, "d1"))
    desk.settle()
    assert desk.popups() == [other]


def test_a_confirmation_the_store_refuses_keeps_the_pop_up_saying_so_with_retry(
    desk: NoTray,
) -> None:
    desk.ding("d1")
    (popup,) = desk.popups()
    (row,) = popup.rows
    refusing = PragmaSwitch(desk.store.engine, "query_only", "ON")  # a disk that refuses
    desk.app.window.confirm_ding(_ding_id(desk, "d1"))  # `a`, the banner's or the tray's
    assert row.confirm_button.text() == "Confirming…"
    desk.settle()
    assert desk.popups() == [popup] and popup.isVisible()
    assert row.status.isVisible()
    assert row.status.text().startswith("Not confirmed: desk could not save it (")
    assert row.confirm_button.isEnabled() and row.confirm_button.text() == "Retry"
    popup.timer.timeout.emit()
    assert popup.isVisible(), "it waits for the user, not for a timeout"
    assert EscalationStore(desk.store.sessions).is_running(_ding_id(desk, "d1"))
    refusing.undo()
    desk.qtbot.mouseClick(row.confirm_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: desk.popups() == [])
    assert not EscalationStore(desk.store.sessions).is_running(_ding_id(desk, "d1"))


def _dings_in_one_round(desk: NoTray, *remote_ids: str) -> list[int]:
    """DINGs synced in before one escalation round, as after a laptop wakes."""
    for n, remote_id in enumerate(remote_ids):
        at = desk.clock.now() - timedelta(minutes=len(remote_ids) - n)
        batch = order_batch(remote_id, at, text=f"【DING】第{n + 1}号令：立即到岗，报到岗情况。")
        Ingestor(desk.store, SHANGHAI, desk.clock).apply(desk.account.id, batch)
    desk.app.relay.ingested.emit(None)
    desk.settle()
    return [_ding_id(desk, remote_id) for remote_id in remote_ids]


def test_dings_ringing_together_are_listed_in_one_pop_up_each_with_confirm_and_open(
    desk: NoTray,
) -> None:
    # A tester: three DINGs came due in one round and one pop-up showed the first; the
    # others were out of reach until their ladders' next step.
    ids = _dings_in_one_round(desk, "d1", "d2", "d3")
    (popup,) = desk.popups()
    assert popup.title.text() == "[Demo] 3 DINGs to confirm"
    assert {row.item.message_id for row in popup.rows} == set(ids)
    for row in popup.rows:
        assert row.head.isVisible() and row.head.text() == "区防汛工作群 · 区应急局"
        assert "立即到岗" in row.line.text() and row.confirm_button.isVisible()
    # Confirmed one by one from the pop-up: each leaves it once the store has it.
    second = popup.rows[1]
    desk.qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: second not in popup.rows)
    assert popup.isVisible() and popup.title.text() == "[Demo] 2 DINGs to confirm"
    assert not EscalationStore(desk.store.sessions).is_running(second.item.message_id)
    # Keys, once the user turns to it (a click on it): A confirms the one whose button
    # has the focus.
    _turn_to(desk, popup)
    last = popup.rows[-1]
    last.open_button.setFocus()
    desk.qtbot.keyClick(popup, Qt.Key.Key_A)
    assert last.confirm_button.text() == "Confirming…"
    desk.qtbot.waitUntil(lambda: len(popup.rows) == 1)
    # Enter presses the button with the focus: Open shows the DING's card.
    (left,) = popup.rows
    left.open_button.setFocus()
    desk.qtbot.keyClick(left.open_button, Qt.Key.Key_Return)
    desk.settle()
    row = desk.app.window._current_row()
    assert row is not None and row.id == left.item.message_id
    assert desk.popups() == []


def _turn_to(desk: NoTray, popup: Popup) -> None:
    """The user clicks the pop-up (its title, no button): it takes the keys."""
    assert not popup.isActiveWindow(), "never on its own"
    desk.qtbot.mouseClick(popup.title, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(popup.isActiveWindow)
    assert popup.isVisible(), "a click beside its buttons neither opens nor closes it"


def test_esc_closes_a_dings_pop_up_and_its_dings_still_ring(desk: NoTray) -> None:
    _dings_in_one_round(desk, "d1", "d2")
    (popup,) = desk.popups()
    _turn_to(desk, popup)
    desk.qtbot.keyClick(popup, Qt.Key.Key_Escape)
    desk.qtbot.waitUntil(lambda: desk.popups() == [])
    assert desk.app.window.ding_banner.isVisible()


def test_a_later_rounds_pop_up_lists_the_dings_still_ringing_from_the_last(
    desk: NoTray,
) -> None:
    # A DING coming while the pop-up of another is up: one pop-up lists both, not two
    # covering each other.
    desk.ding("d1")
    desk.clock.advance(timedelta(minutes=1))
    desk.ding("d2")
    (popup,) = desk.popups()
    assert popup.title.text() == "[Demo] 2 DINGs to confirm"
    assert [row.item.message_id for row in popup.rows] == [
        _ding_id(desk, "d2"),
        _ding_id(desk, "d1"),
    ]


def test_a_dings_pop_up_goes_once_a_round_finds_it_confirmed_elsewhere(desk: NoTray) -> None:
    # Confirmed on the phone: the next round no longer runs its ladder.
    desk.ding("d1")
    assert len(desk.popups()) == 1
    EscalationStore(desk.store.sessions).acknowledge(_ding_id(desk, "d1"), desk.clock.now())
    desk.app.escalation.refresh()
    desk.settle()
    desk.qtbot.waitUntil(lambda: desk.popups() == [])


def test_the_pop_up_goes_after_the_same_timeout_as_the_trays(desk: NoTray) -> None:
    # A message's pop-up: a DING's stays until confirmed (see below).
    desk.app.notifier.show(Notification("title", "body"), sound=False)
    (popup,) = desk.popups()
    assert popup.timer.isActive() and popup.timer.interval() == TIMEOUT_MS
    popup.timer.timeout.emit()  # TIMEOUT_MS passed
    desk.qtbot.waitUntil(lambda: desk.popups() == [])
    assert not popup.isVisible()


def test_several_pop_ups_stack_upwards_and_close_up_when_one_goes(desk: NoTray) -> None:
    notifier = desk.app.notifier
    for n in range(3):
        notifier.show(Notification(f"title {n}", f"body {n}"), sound=False)
    first, second, third = desk.popups()
    assert first.geometry().bottom() < second.geometry().top()
    assert second.geometry().bottom() < third.geometry().top(), "the newest lowest"
    lowest = third.geometry().top()
    third.timer.timeout.emit()
    desk.qtbot.waitUntil(lambda: desk.popups() == [first, second])
    assert second.geometry().top() == lowest
    for n in range(3, 3 + MOST_POPUPS):
        notifier.show(Notification(f"title {n}", f"body {n}"), sound=False)
    assert len(desk.popups()) == MOST_POPUPS, "the oldest make room"


def test_a_tray_appearing_while_desk_runs_takes_the_pop_ups_back(desk: NoTray) -> None:
    desk.tray = True
    assert desk.app.notifier.uses_tray is desk.app.notifier.tray.supportsMessages()
    desk.tray = False
    assert not desk.app.notifier.uses_tray


@pytest.fixture
def pointer() -> Iterator[None]:
    """The pointer back where it was: left at the screen's bottom right, it stood over the
    windows of the tests run after these, and two of test_main_window's failed."""
    was = QCursor.pos()
    yield
    QCursor.setPos(was)


@pytest.mark.usefixtures("pointer")
def test_a_pop_up_stays_while_the_mouse_is_on_it_and_goes_after_it_leaves(
    desk: NoTray,
) -> None:
    desk.app.notifier.show(Notification("钟丽华回复您的 DING", "收到"), sound=False)
    (popup,) = desk.popups()
    QCursor.setPos(popup.geometry().center())
    popup.timer.timeout.emit()  # TIMEOUT_MS passed while the user reads it
    assert desk.popups() == [popup] and popup.isVisible(), "not gone from under the pointer"
    QCursor.setPos(popup.geometry().topLeft() - QPoint(50, 50))
    QApplication.sendEvent(popup, QEvent(QEvent.Type.Leave))
    assert popup.timer.isActive() and popup.timer.interval() == TIMEOUT_MS
    popup.timer.timeout.emit()
    desk.qtbot.waitUntil(lambda: desk.popups() == [])


@pytest.mark.usefixtures("pointer")
def test_a_pop_up_timed_out_under_the_pointer_goes_once_it_is_away_without_a_leave_event(
    desk: NoTray,
) -> None:
    # Shown under a pointer standing still (by the tray, where the pop-ups come), a window
    # gets no Enter on some platforms, and so no Leave when the pointer goes: the pop-up
    # waited for one, on top of every window, until its × was clicked.
    desk.app.notifier.show(Notification("钟丽华回复您的 DING", "收到"), sound=False)
    (popup,) = desk.popups()
    QCursor.setPos(popup.geometry().center())
    popup.timer.stop()  # as its single shot fires
    popup.timer.timeout.emit()
    assert popup.isVisible()
    assert popup.timer.isActive(), "looked at again, not left to a Leave that may not come"
    popup.timer.stop()
    QCursor.setPos(popup.geometry().topLeft() - QPoint(50, 50))
    popup.timer.timeout.emit()
    desk.qtbot.waitUntil(lambda: desk.popups() == [])


def test_a_pop_up_lists_four_dings_at_once_and_the_next_as_one_is_confirmed(
    desk: NoTray,
) -> None:
    # Eight DINGs after a weekend, some 110 px each, ran off a 768 px screen.
    _dings_in_one_round(desk, *(f"d{n}" for n in range(6)))
    (popup,) = desk.popups()
    assert popup.title.text() == "[Demo] 6 DINGs to confirm"
    assert len(popup.waiting) == 6
    assert [row.isVisible() for row in popup.rows] == [True] * MOST_ROWS
    assert popup.more.isVisible() and popup.more.text().startswith("2 more waiting")
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(popup.frameGeometry())
    fifth = popup.waiting[MOST_ROWS]
    desk.qtbot.mouseClick(popup.rows[0].confirm_button, Qt.MouseButton.LeftButton)
    desk.qtbot.waitUntil(lambda: len(popup.waiting) == 5)
    assert [row.isVisible() for row in popup.rows] == [True] * MOST_ROWS
    assert popup.rows[-1].item == fifth
    assert popup.more.text().startswith("1 more waiting")


def test_a_refused_confirmation_still_says_so_in_the_pop_up_a_later_round_lists_it_in(
    desk: NoTray,
) -> None:
    # The store refused d1's confirmation: its pop-up says so, with Retry, and waits for
    # the user. d2 then rang: the one pop-up listing both showed d1 as never tried (a
    # plain Confirm, no reason) and went after its timeout, with d1 still unconfirmed.
    desk.ding("d1")
    (popup,) = desk.popups()
    refusing = PragmaSwitch(desk.store.engine, "query_only", "ON")
    desk.app.window.confirm_ding(_ding_id(desk, "d1"))
    desk.settle()
    refusing.undo()
    (row,) = popup.rows
    assert row.confirm_button.text() == "Retry"
    desk.clock.advance(timedelta(minutes=1))
    desk.ding("d2")
    (merged,) = desk.popups()
    d1 = next(r for r in merged.rows if r.item.message_id == _ding_id(desk, "d1"))
    assert d1.status.isVisibleTo(merged)
    assert d1.status.text().startswith("Not confirmed: desk could not save it (")
    assert d1.confirm_button.text() == "Retry" and d1.confirm_button.isEnabled()
    merged.timer.timeout.emit()
    assert merged.isVisible(), "it waits for the user, as the pop-up it replaced did"


def test_a_dings_confirmation_under_way_is_still_said_in_the_pop_up_a_later_round_lists_it_in(
    desk: NoTray,
) -> None:
    # 正在确认… on d1 while d2 rings: the new pop-up showed d1 with a Confirm to press
    # again, as if nothing was under way.
    desk.ding("d1")
    desk.clock.advance(timedelta(minutes=1))
    (popup,) = desk.popups()
    (row,) = popup.rows
    row.confirming()  # the store has not answered yet
    desk.app.notifier.popups.add(_with_d2(desk, popup))
    (merged,) = desk.popups()
    d1 = next(r for r in merged.rows if r.item.message_id == _ding_id(desk, "d1"))
    assert not d1.confirm_button.isEnabled() and d1.confirm_button.text() == "Confirming…"
    merged.timer.timeout.emit()
    assert merged.isVisible(), "it waits for the store"


def _with_d2(desk: NoTray, popup: Popup) -> Notification:
    """A later round's alert of a DING other than `popup`'s (as _notification words it)."""
    from dataclasses import replace

    (item,) = popup.notification.items
    other = replace(item, message_id=item.message_id + 1000, card=item.card + 1000)
    return replace(popup.notification, items=(other,), rings=frozenset({other.message_id}))


def test_an_account_removed_while_its_ding_rings_takes_its_pop_up_and_banner_with_it(
    desk: NoTray,
) -> None:
    # Removed from desk → Accounts… while its DING's pop-up was up: the pop-up and the
    # banner stayed until that DING's ladder's next step, minutes later, and their Confirm
    # said 未确认：desk 无法保存 with 重试, for a message no longer there.
    from desk.sync.accounts import sign_out_and_remove

    desk.ding("d1")
    assert desk.popups() and desk.app.window.ding_banner.isVisible()
    sign_out_and_remove(desk.store, desk.account.id)
    desk.app.accounts_changed()  # as the Accounts dialog's removal calls it
    desk.settle()
    assert desk.popups() == []
    assert not desk.app.window.ding_banner.isVisible()


def test_a_dings_pop_up_is_not_pushed_out_by_later_message_pop_ups(desk: NoTray) -> None:
    # Four pop-ups at most: the oldest went for each newer one, and a flood of ordinary
    # messages (urgent @s after a meeting) took the DING's away within seconds, its
    # Confirm and Retry with it, while the DING still waited to be confirmed.
    desk.ding("d1")
    (ding,) = desk.popups()
    for n in range(MOST_POPUPS):
        desk.app.notifier.show(Notification(f"钟书记 {n}", "请回复"), sound=False)
    assert len(desk.popups()) == MOST_POPUPS
    assert ding in desk.popups() and ding.isVisible()
    assert [p.title.text() for p in desk.popups() if p is not ding] == [
        f"钟书记 {n}" for n in range(1, MOST_POPUPS)
    ]


def _ding_from_duty_room(desk: NoTray, remote_id: str = "d2") -> int:
    """Y: a DING in another group, 值班室工作群, synced in now."""
    members = (MemberInfo("u2", "值班室", Role.ADMIN), MemberInfo("u-me", "我", Role.MEMBER))
    y = IncomingMessage(
        remote_id=remote_id,
        group_id="g2",
        sender_id="u2",
        sender_name="值班室",
        sender_role=Role.ADMIN,
        ts=desk.clock.now(),
        text=f"紧急：值班室请立即核实河堤险情（{remote_id}）",
        ding=True,
    )
    batch = SyncBatch(remote_id, (GroupInfo("g2", "值班室工作群", members=members),), (y,))
    Ingestor(desk.store, SHANGHAI, desk.clock).apply(desk.account.id, batch)
    desk.app.relay.ingested.emit(None)
    desk.settle()
    return _ding_id(desk, remote_id)


def test_a_after_clicking_a_dings_pop_up_confirms_that_ding_not_the_one_selected(
    desk: NoTray,
) -> None:
    # A tester: X selected and waiting in the banner, Y's pop-up said 点击此处打开，再按 A
    # 确认收到; she clicked it and pressed A 0.4 s later. The window manager left the keys
    # with desk's window, where `a` confirmed X, still selected; Y stayed 未确认.
    desk.ding("d1")
    first = _ding_id(desk, "d1")
    for popup in desk.popups():
        popup.close()
    window = desk.app.window
    window.open_message(first)
    desk.settle()
    assert window._current_id() == first
    desk.clock.advance(timedelta(minutes=1))
    second = _ding_from_duty_room(desk)
    (popup,) = desk.popups()
    # Listed with X, still waiting: she clicks Y's words.
    assert [row.item.message_id for row in popup.rows] == [second, first]
    desk.qtbot.mouseClick(popup.rows[0].line, Qt.MouseButton.LeftButton)
    assert popup.isVisible(), "a click on its words opens nothing: Open does"
    desk.clock.advance(timedelta(milliseconds=400))
    desk.qtbot.keyClick(window.list, Qt.Key.Key_A)  # the keys stayed in desk's window
    desk.settle()
    running = EscalationStore(desk.store.sessions)
    assert not running.is_running(second), "the DING clicked is the one confirmed"
    assert running.is_running(first)
    assert window._current_id() == second


def test_a_long_after_clicking_a_dings_pop_up_confirms_the_card_selected(desk: NoTray) -> None:
    desk.ding("d1")
    first = _ding_id(desk, "d1")
    for popup in desk.popups():
        popup.close()
    window = desk.app.window
    window.open_message(first)
    desk.settle()
    desk.clock.advance(timedelta(minutes=1))
    second = _ding_from_duty_room(desk)
    (popup,) = desk.popups()
    assert popup.rows[0].item.message_id == second
    desk.qtbot.mouseClick(popup.rows[0].line, Qt.MouseButton.LeftButton)
    desk.clock.advance(timedelta(seconds=6))  # went back to the window, read X
    desk.qtbot.keyClick(window.list, Qt.Key.Key_A)
    desk.settle()
    running = EscalationStore(desk.store.sessions)
    assert not running.is_running(first)
    assert running.is_running(second)


def test_a_dings_pop_up_stays_until_confirmed_and_a_later_one_lists_every_ding_ringing(
    desk: NoTray,
) -> None:
    # A tester opened 账号 while a DING's pop-up was up: it went, and did not come back;
    # the next round's pop-up listed 3 DINGs under a banner counting 4.
    first, second = _dings_in_one_round(desk, "d1", "d2")
    (popup,) = desk.popups()
    desk.app.window.accounts_action.trigger()
    popup.timer.timeout.emit()  # TIMEOUT_MS passed, the pointer elsewhere
    desk.qtbot.wait(50)
    assert desk.popups() == [popup] and popup.isVisible(), "stays until its DINGs are confirmed"
    # Closed by the user (×): the next round's pop-up lists the new DING with both still
    # ringing, not the new one alone.
    popup.close_button.click()
    desk.qtbot.waitUntil(lambda: desk.popups() == [])
    desk.clock.advance(timedelta(seconds=30))
    third = _ding_from_duty_room(desk, "d3")
    (later,) = desk.popups()
    assert {row.item.message_id for row in later.rows} == {first, second, third}
    assert later.title.text() == "[Demo] 3 DINGs to confirm"
