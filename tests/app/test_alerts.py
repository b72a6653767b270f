"""Notifications as the user meets them: held at night, urgent ones through, the morning digest."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desk.app.alerts import AlertCoordinator
from desk.app.desk_app import DeskApp
from desk.connectors.protocol import (
    DingRequest,
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.messages import Role, Tier
from desk.core.quiet_state import QuietReason, QuietState
from desk.resources import resource
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Account, Message
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui import i18n
from desk.ui.main_window import MainWindow
from desk.ui.notifier import Notification, Notifier
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.busy_store import write_lock_held
from tests.helpers.read_only_store import make_read_only
from tests.helpers.settled import settle

TUESDAY_NIGHT = datetime(2026, 11, 24, 23, 10, tzinfo=SHANGHAI)


class Desk:
    """The parts of the running app that alerts touch, over a real store."""

    def __init__(self, qtbot: QtBot, store: Store, clock: ManualClock) -> None:
        self.store, self.clock, self.qtbot = store, clock, qtbot
        self.ops = StoreOps()
        # As on Windows, macOS, KDE (offscreen Qt has none): without a tray desk shows its
        # own pop-ups (tests/app/test_popups_without_tray.py).
        self.notifier = Notifier(QIcon(str(resource("icons", "desk.svg"))), has_tray=lambda: True)
        self.scheduler = paused_scheduler()
        self.alerts = AlertCoordinator(
            store.sessions,
            SettingsStore(store.sessions),
            self.ops,
            self.notifier,
            clock,
            SHANGHAI,
            self.scheduler,
            store.damage,
        )
        # Counted at once, what came while away: these tests pass nights, and a key after
        # one is the user back; spaced recounts would outlast a status message's 4 s.
        self.window = MainWindow(
            InboxQueries(store.sessions), self.ops, clock, SHANGHAI, away_recount_ms=0
        )
        self.alerts.morningChanged.connect(self.window.quiet_indicator.set_morning)
        self.alerts.nextQuietChanged.connect(self.window.quiet_indicator.set_next_quiet)
        self.alerts.heldListed.connect(self.window.quiet_indicator.set_listed)
        self.alerts.quietChanged.connect(self.window.quiet_indicator.show_state)
        self.notifier.openRequested.connect(self.window.open_message)
        self.window.urgentUnread.connect(self.notifier.set_urgent_count)
        self.window.quiet_indicator.overrideRequested.connect(self.alerts.set_override)
        qtbot.addWidget(self.window, before_close_func=MainWindow.allow_close)
        self.shown: list[Notification] = []
        self.notifier.shown.connect(self.shown.append)
        self.quiet: list[tuple[QuietState, int]] = []
        self.digested: list[str] = []
        self.alerts.digested.connect(lambda line, *_ids: self.digested.append(line))
        # As desk.app.desk_app wires them.
        self.alerts.digested.connect(self.window.show_digest)
        self.alerts.digestLapsed.connect(self.window.drop_digest)
        self.notifier.heldRequested.connect(self.window.show_held)
        self.alerts.quietChanged.connect(lambda q, held, _now: self.quiet.append((q, held)))
        (self.account,) = ensure_default_account(store, clock)
        self.ingestor = Ingestor(store, SHANGHAI, clock)
        # The account synced before: what arrives now is news, not first-sync history.
        self.ingestor.apply(self.account.id, SyncBatch(next_cursor="c0"))
        self._n = 0

    def arrive(
        self, text: str, *, ding: bool = False, role: Role = Role.OWNER, mentions_me: bool = False
    ) -> None:
        """A message arrives through the sync engine, then desk looks at it."""
        self._n += 1
        members = (MemberInfo("u1", "钟书记", role), MemberInfo("u-me", "我", Role.MEMBER))
        batch = SyncBatch(
            next_cursor=f"c{self._n}",
            groups=(GroupInfo("g1", "镇机关干部群", members=members),),
            messages=(
                IncomingMessage(
                    remote_id=f"m{self._n}",
                    group_id="g1",
                    sender_id="u1",
                    sender_name="钟书记",
                    sender_role=role,
                    ts=self.clock.now(),
                    text=text,
                    ding=ding,
                    mentions_me=mentions_me,
                ),
            ),
        )
        self.ingestor.apply(self.account.id, batch)
        self.refresh()

    def refresh(self) -> None:
        with self.qtbot.waitSignal(self.alerts.quietChanged, timeout=5000):
            self.alerts.refresh()

    def close(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
            self.ops.shutdown()


@pytest.fixture
def desk(qtbot: QtBot, store: Store) -> Iterator[Desk]:
    running = Desk(qtbot, store, ManualClock(TUESDAY_NIGHT))
    yield running
    running.close()


def test_at_night_an_ordinary_item_is_held_and_counted(desk: Desk) -> None:
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    assert desk.shown == []
    state, held = desk.quiet[-1]
    assert (state.quiet, state.reason, held) == (True, QuietReason.NIGHT, 1)
    assert "08:30" in desk.window.quiet_indicator.text()
    assert "1" in desk.window.quiet_indicator.text()


def test_at_night_an_urgent_item_comes_through(desk: Desk) -> None:
    desk.arrive("紧急通知：洄水湾村河段水位超警，请立即组织沿河群众转移！")
    # A DING's alerts come from its escalation ladder (tests/app/test_escalation.py).
    desk.arrive("全体人员十分钟内到镇政府集合", ding=True)
    assert len(desk.shown) == 1
    assert all(n.urgent for n in desk.shown)
    desk.window.on_ingested(None)  # the window recounts after each sync
    desk.qtbot.waitUntil(lambda: desk.notifier.tray.toolTip() == "desk: 2 urgent")
    # Marked as the demo workspace's (the account here): test_demo_workspace.py.
    assert desk.shown[0].title == "[Demo] 镇机关干部群 · 钟书记"
    # What was said leads the pop-up; why it came through follows (from a new user).
    assert desk.shown[0].body.splitlines()[0].startswith("紧急通知：洄水湾村河段水位超警")
    # And why it woke the user though quiet hours hold the rest (a tester on 元旦).
    assert desk.shown[0].body.splitlines()[-1] == (
        "Came through quiet hours: Urgent (urgent items always do)"
    )


def test_at_night_an_always_notify_group_s_message_says_why_it_came_through(
    desk: Desk,
) -> None:
    # Labelled with the group's name alone, it read as though quiet hours had failed
    # (tester).
    settings = SettingsStore(desk.store.sessions)
    settings.set("quiet.breakthrough_groups", ["g1"])
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    assert [n.title for n in desk.shown] == ["[Demo] 镇机关干部群 (always-notify group) · 钟书记"]
    settings.set("quiet.breakthrough_groups", [])
    settings.set("quiet.breakthrough_senders", ["u1"])
    desk.arrive("周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。")
    assert desk.shown[-1].title == "[Demo] 镇机关干部群 · 钟书记 (always-notify person)"
    # By day nothing comes through quiet hours: nothing to explain.
    desk.clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI))
    desk.arrive("请各村周五前报送防汛物资清单。")
    assert desk.shown[-1].title == "[Demo] 镇机关干部群 · 钟书记"


def test_the_digest_comes_when_quiet_hours_end(desk: Desk) -> None:
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.arrive("周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。")
    assert desk.alerts.scheduled_for() == datetime(2026, 11, 25, 8, 30, tzinfo=SHANGHAI)
    # The scheduler would call refresh at 08:30; the test moves the clock and calls it.
    desk.clock.set(datetime(2026, 11, 25, 8, 31, tzinfo=SHANGHAI))
    desk.refresh()
    (summary,) = desk.shown
    assert summary.message_id is None
    assert "2" in summary.title and "镇机关干部群 2" in summary.body
    # And a line for the window, where it stays after the pop-up has passed (tester).
    assert desk.digested == ["Held during quiet hours (since yesterday 18:00): 2 (Action 2)"]
    state, held = desk.quiet[-1]
    assert (state.quiet, held) == (False, 0)
    desk.refresh()
    assert len(desk.shown) == 1, "a digest is sent once"


def test_the_digest_survives_a_restart(desk: Desk, qtbot: QtBot, store: Store) -> None:
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.close()
    morning = ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=SHANGHAI))
    again = Desk(qtbot, store, morning)
    try:
        again.refresh()
        assert len(again.shown) == 1 and again.shown[0].message_id is None
    finally:
        again.close()


def test_clicking_a_notification_opens_that_item(desk: Desk) -> None:
    desk.arrive("紧急通知：洄水湾村河段水位超警，请立即组织沿河群众转移！")
    desk.window.sidebar.select_view(ViewKind.NOISE)  # looking elsewhere
    desk.notifier.tray.messageClicked.emit()
    current = desk.window.model.inbox_row(desk.window.list.currentIndex().row())
    assert current is not None and current.id == desk.shown[-1].message_id
    assert current.tier is Tier.URGENT


def test_muted_groups_and_the_text_free_setting(desk: Desk) -> None:
    settings = SettingsStore(desk.store.sessions)
    settings.set("notify.hide_text", True)
    desk.clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=SHANGHAI))
    desk.arrive("紧急通知：洄水湾村河段水位超警，请立即组织沿河群众转移！")
    assert "转移" not in desk.shown[-1].body
    settings.set("notify.groups", {"g1": {"mode": "mute", "throttle_minutes": 0}})
    desk.arrive("紧急：请马上核对转移人数。")
    assert len(desk.shown) == 1
    with desk.store.sessions() as session:
        states = session.scalars(select(Message.notify_state).order_by(Message.id)).all()
    assert states == ["notify", "silent"]


def test_pausing_quiet_hours_from_the_status_bar(desk: Desk) -> None:
    desk.refresh()
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        desk.window.quiet_indicator.pause_until.trigger()
    state, _held = desk.quiet[-1]
    assert (state.quiet, state.reason) == (False, QuietReason.MANUAL)
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    assert len(desk.shown) == 1
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        desk.window.quiet_indicator.resume.trigger()
    assert desk.quiet[-1][0].quiet


def test_quiet_until_the_morning_after_midnight_is_this_morning(desk: Desk) -> None:
    desk.clock.set(datetime(2026, 11, 25, 0, 40, tzinfo=SHANGHAI))  # Wednesday, 00:40
    desk.refresh()
    indicator = desk.window.quiet_indicator
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.pause_until.trigger()  # paused: notifying until the schedule's end
    assert indicator.quiet_morning.text() == "Quiet until 08:30"
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_morning.trigger()
    state, _held = desk.quiet[-1]
    assert (state.quiet, state.until) == (True, datetime(2026, 11, 25, 8, 30, tzinfo=SHANGHAI))


def test_the_arrow_offers_no_quiet_until_that_already_holds(desk: Desk) -> None:
    # A Friday and a Monday off, on the Thursday night: quiet hours last until Tuesday
    # morning, and the arrow offered "quiet until Tue 12/8 08:30", which did nothing (tester).
    SettingsStore(desk.store.sessions).set("quiet.days_off", ["2026-12-04", "2026-12-07"])
    desk.clock.set(datetime(2026, 12, 3, 23, 34, tzinfo=SHANGHAI))
    desk.refresh()
    indicator = desk.window.quiet_indicator

    def offered() -> list[str]:
        return [action.text() for action in indicator.menu().actions() if action.isVisible()]

    assert indicator.text() == "Quiet until Tue 12/8 08:30"
    # Quiet for 1 hour changed nothing either (it only made the schedule a manual switch):
    # only pausing them and their settings are offered.
    assert offered() == [
        "Pause quiet hours until Tue 12/8 08:30",
        "Pause quiet hours for 1 hour",
        "",
        "Quiet hours settings…",
    ]
    _answer_when_asked("Notify")
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.pause_until.trigger()  # paused, once confirmed: until Tuesday morning
    assert indicator.text() == "Notifying until Tue 12/8 08:30"
    assert offered() == [
        "Quiet for 1 hour",
        "Quiet until Tue 12/8 08:30",
        "Follow the schedule again",
        "",
        "Quiet hours settings…",
    ]


def _answer_when_asked(button_text: str, asked: list[str] | None = None) -> None:
    """Clicks `button_text` in the next question box once it is up."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        if asked is not None:
            asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, look)


def test_a_holiday_says_its_name_and_pausing_all_of_it_asks_first(desk: Desk) -> None:
    desk.clock.set(datetime(2027, 1, 1, 10, 0, tzinfo=SHANGHAI))  # 元旦, off until Monday
    desk.refresh()
    indicator = desk.window.quiet_indicator
    assert indicator.text() == "Quiet (New Year's Day) until Mon 1/4 08:30"
    asked: list[str] = []
    _answer_when_asked("Cancel", asked)
    indicator.pause_until.trigger()
    assert asked == ["Notify you of every message until Mon 1/4 08:30, as on a working day?"]
    desk.refresh()
    assert desk.quiet[-1][0].quiet, "a click that was not meant pauses nothing"
    assert indicator.text() == "Quiet (New Year's Day) until Mon 1/4 08:30"


def test_quiet_for_an_hour_at_night_says_when_quiet_really_ends(desk: Desk) -> None:
    desk.refresh()  # Tuesday 23:10, a working night
    indicator = desk.window.quiet_indicator
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_hour.trigger()
    assert indicator.text() == "Quiet until tomorrow 08:30"


def test_a_digest_of_many_groups_says_how_many_more_there_are() -> None:
    from desk.app.alerts import _digest_parts
    from desk.core.notify_policy import Digest

    groups = tuple((f"{n}号群", 6 - n) for n in range(6))
    _title, _tiers, groups_said = _digest_parts(
        Digest(21, {Tier.INFO: 21}, groups), TUESDAY_NIGHT, SHANGHAI
    )
    assert groups_said.endswith(" and 2 more groups")


def test_the_morning_is_worded_against_the_refresh_that_found_it(desk: Desk) -> None:
    desk.clock.set(datetime(2026, 11, 24, 23, 50, tzinfo=SHANGHAI))
    desk.refresh()
    desk.clock.set(datetime(2026, 11, 25, 0, 10, tzinfo=SHANGHAI))  # the first after midnight
    desk.refresh()
    assert desk.window.quiet_indicator.quiet_morning.text() == "Quiet until 08:30"


def test_quiet_for_an_hour_the_database_refuses_is_said_not_shown_as_quiet(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # 免打扰 1 小时 on a busy database: nothing changed, and nothing said so (a tester).
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        indicator, bar = app.window.quiet_indicator, app.window.statusBar()
        qtbot.waitUntil(
            lambda: (
                indicator.text().startswith(("Notifications on", "On · quiet")) and app.ops_idle()
            )
        )
        with write_lock_held(store):
            indicator.quiet_hour.trigger()
            qtbot.waitUntil(lambda: bar.currentMessage() != "")
            qtbot.waitUntil(app.ops_idle)
        assert bar.currentMessage() == (
            "Quiet hours were not changed (the local database is busy)."
        )
        assert indicator.text().startswith(("Notifications on", "On · quiet"))
        assert app.settings.get("quiet.override") is None
    finally:
        app.stop()


def test_alerts_go_on_when_the_database_cannot_be_written(desk: Desk, store: Store) -> None:
    # A full disk at start: recording what was decided failed, the round ended there, and
    # the quiet switch stayed blank while nothing was notified (tester).
    desk.clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=SHANGHAI))  # a working morning
    desk.arrive("请各村今天下午4点前报送防溺水排查表。")
    assert len(desk.shown) == 1
    desk._n += 1
    desk.ingestor.apply(
        desk.account.id,
        SyncBatch(
            next_cursor="late",
            messages=(
                IncomingMessage(
                    "late", "g1", "u1", "钟书记", Role.OWNER, desk.clock.now(), "【紧急】立即到岗！"
                ),
            ),
        ),
    )
    make_read_only(store)
    desk.refresh()  # says the quiet state, or waits in vain
    assert len(desk.shown) == 2 and "立即到岗" in desk.shown[-1].body
    desk.refresh()
    assert len(desk.shown) == 2, "decided once, though the store could not record it"


MORNING = datetime(2026, 11, 25, 8, 31, tzinfo=SHANGHAI)
# Held through the night (a Tuesday's), oldest first.
NIGHT_POSTS = (
    "请各村明天下午5点前报送本周安全生产检查台账。",
    "周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。",
    "明天上午镇卫生院开展免费体检，请有需要的同志前往。",
)


def _night_and_morning(desk: Desk, *, asking: str = "") -> None:
    """The night's posts, one every ten minutes (`asking`, @ the user, after the first),
    then the morning's first look, after quiet hours."""
    for n, text in enumerate(NIGHT_POSTS):
        desk.arrive(text)
        if n == 0 and asking:
            desk.clock.advance(timedelta(minutes=5))
            desk.arrive(asking, mentions_me=True)
        desk.clock.advance(timedelta(minutes=10))
    desk.clock.set(MORNING)
    desk.refresh()


def test_the_morning_digest_names_what_was_put_to_you(desk: Desk) -> None:
    # 暂缓 18 条（待办 3、通知 15）said how many, not what was asked of whom (a tester).
    _night_and_morning(desk, asking="@我 请明天上午10点前把防汛值班表报给党政办。")
    (line,) = desk.digested
    assert line.startswith("Held during quiet hours (since yesterday 18:00): 4 (")
    # Past the @ it opens with, which "asking you" says.
    assert line.endswith(" · 1 asking you: 钟书记 “请明天上午10点前把防汛值班表…”")
    (summary,) = desk.shown
    assert "1 asking you: 钟书记 “请明天上午10点前把防汛值班表报给党政办。”" in summary.body


def test_a_task_put_to_you_by_name_is_named_as_an_at_is(desk: Desk, store: Store) -> None:
    with store.transaction() as session:
        session.get(Account, desk.account.id).config = {"me_name": "李明"}
    _night_and_morning(desk)
    desk.arrive("李明，周五前把防汛物资台账交到党政办。")  # at 08:31: not held
    desk.clock.set(datetime(2026, 11, 25, 23, 0, tzinfo=SHANGHAI))
    desk.arrive("李明，周五前把防汛物资清单交到党政办。")
    desk.clock.set(datetime(2026, 11, 26, 8, 31, tzinfo=SHANGHAI))
    desk.refresh()
    # Posted again, it folds into the morning's card, which the digest names as it lists it.
    assert desk.digested[-1].endswith(" · 1 asking you: 钟书记 “李明，周五前把防汛物资台账交到…”")


def _shown(desk: Desk, qtbot: QtBot) -> MainWindow:
    window = desk.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    settle(qtbot, window)
    return window


def _listed(window: MainWindow) -> list[str]:
    rows = (window.model.inbox_row(r) for r in range(window.model.rowCount()))
    return [row.text for row in rows if row is not None]


def test_clicking_the_digest_lists_what_quiet_hours_held_newest_first(
    desk: Desk, qtbot: QtBot
) -> None:
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    desk.arrive("上午10点在党政办碰头，请各线负责人参加。")  # the morning's: not held
    window.on_ingested(None)
    settle(qtbot, window)
    label = window.digest_label
    assert label.isVisible() and label.text().startswith(
        "Held during quiet hours (since yesterday 18:00): 3 ("
    )
    qtbot.mouseClick(label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert _listed(window) == list(reversed(NIGHT_POSTS))
    assert window.sidebar.currentItem().text(0) == "Held while quiet"
    assert (
        window.found_label.full_text()
        == "3 held while quiet · tasks first, then newest · Esc: back"
    )
    # And back where the user was.
    qtbot.waitUntil(window.list.hasFocus)
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.model.view == View()
    assert window.sidebar.currentItem().text(0) == "All"


def test_what_quiet_hours_held_lists_what_asks_you_first_then_the_rest_newest_first(
    desk: Desk, qtbot: QtBot
) -> None:
    # The digest named the @-asks; the list put them at the bottom, under the notices.
    window = _shown(desk, qtbot)
    asking = "@我 请明天上午10点前把防汛值班表报给党政办。"
    _night_and_morning(desk, asking=asking)
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _listed(window) == [asking, *reversed(NIGHT_POSTS)]
    assert window.found_label.full_text() == (
        "4 held while quiet · asking you first, then tasks, then newest · Esc: back"
    )


def test_the_digests_tooltip_says_its_line_once_when_the_window_is_narrow(
    desk: Desk, qtbot: QtBot
) -> None:
    # Elided, the line came in its tooltip twice: as the words cut short, and as the
    # start of what a click does.
    window = _shown(desk, qtbot)
    window.resize(480, window.height())
    _night_and_morning(desk, asking="@我 请明天上午10点前把防汛值班表报给党政办。")
    settle(qtbot, window)
    (line,) = desk.digested
    said = window.digest_label.said
    qtbot.waitUntil(said.is_elided)
    assert said.toolTip().count(line) == 1
    assert said.toolTip().startswith(line)


def test_ctrl_7_lists_what_quiet_hours_held_and_shift_c_marks_it_read(
    desk: Desk, qtbot: QtBot
) -> None:
    window = _shown(desk, qtbot)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    # Before the first alert check answers, desk cannot tell yet: not a wrong "nothing".
    assert window.statusBar().currentMessage() == "Reading what quiet hours held…"
    desk.refresh()
    assert window.statusBar().currentMessage().startswith("Nothing held during quiet hours yet")
    _night_and_morning(desk)
    window.sidebar.select_view(ViewKind.INFO)
    qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert _listed(window) == list(reversed(NIGHT_POSTS))
    qtbot.keyClick(window.list, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Marked 3 message(s) read. Ctrl+Z undoes."
    assert all(window.model.inbox_row(r).read for r in range(3))
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Undone: marked 3 message(s) read."
    assert not any(window.model.inbox_row(r).read for r in range(3))
    qtbot.keyClick(window.list, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.model.view == View(ViewKind.INFO)


def test_the_held_list_puts_tasks_before_notices_as_the_inbox_does(
    desk: Desk, qtbot: QtBot
) -> None:
    # The one task held sat last, under a photo of lunch posted after it (a tester).
    window = _shown(desk, qtbot)
    task = "请桐坪镇联络员明天上午10点前回个电话，报送值班表。"
    lunch = "[图片] 应急指挥室盒饭到了，先吃饭再干活"
    desk.arrive(task)
    desk.clock.advance(timedelta(minutes=10))
    desk.arrive(lunch)
    desk.clock.set(MORNING)
    desk.refresh()
    settle(qtbot, window)
    rows = {row.text: row for row in window._queries.rows(list(range(1, 10))).values()}
    assert rows[task].tier.rank < rows[lunch].tier.rank
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _listed(window) == [task, lunch]
    assert window.found_label.full_text() == (
        "2 held while quiet · tasks first, then newest · Esc: back"
    )


def test_clicking_the_digests_pop_up_lists_what_quiet_hours_held(desk: Desk, qtbot: QtBot) -> None:
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    desk.notifier.tray.messageClicked.emit()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert len(_listed(window)) == 3


def test_a_search_in_what_quiet_hours_held_looks_there_alone(desk: Desk, qtbot: QtBot) -> None:
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    desk.arrive("防汛物资仓库今天上午盘点，请相关同志到场。")  # the morning's: not held
    window.show_held()
    window.search.setText("防汛")
    window.search.returnPressed.emit()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert _listed(window) == [NIGHT_POSTS[1]]
    # A word only a LIKE answers (one character) too.
    window.search.setText("检")
    window.search.returnPressed.emit()
    qtbot.waitUntil(lambda: not window.model.canFetchMore(QModelIndex()))
    settle(qtbot, window)
    assert _listed(window) == [NIGHT_POSTS[2], NIGHT_POSTS[0]]


def test_after_a_restart_the_same_morning_the_digest_still_lists_what_was_held(
    desk: Desk, qtbot: QtBot, store: Store
) -> None:
    # Officials restart their PCs in the morning: at 08:40 the line and the entry had gone.
    asking = "@我 请明天上午10点前把防汛值班表报给党政办。"
    _night_and_morning(desk, asking=asking)
    (line,) = desk.digested
    desk.close()
    again = Desk(qtbot, store, ManualClock(datetime(2026, 11, 25, 8, 40, tzinfo=SHANGHAI)))
    try:
        window = _shown(again, qtbot)
        again.refresh()
        assert again.digested == [line]
        assert again.shown == [], "its pop-up came before the restart"
        assert window.digest_label.isVisible()
        window.list.setFocus()
        qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
        assert _listed(window) == [asking, *reversed(NIGHT_POSTS)]
        # Once the next quiet period starts it is the night's to hold, not the last one's.
        again.clock.set(datetime(2026, 11, 25, 23, 0, tzinfo=SHANGHAI))
        again.refresh()
    finally:
        again.close()
    later = Desk(qtbot, store, ManualClock(datetime(2026, 11, 26, 8, 40, tzinfo=SHANGHAI)))
    try:
        later.refresh()
        assert later.digested == []
        assert later.window.sidebar.held() is None
    finally:
        later.close()


def test_the_digest_and_its_list_go_when_the_next_quiet_period_starts(
    desk: Desk, qtbot: QtBot
) -> None:
    # Kept until the next quiet period starts, they stayed all evening and night in a
    # window left open, and went only at a restart: the night's 免打扰期间 read as the last.
    window = _shown(desk, qtbot)
    _night_and_morning(desk, asking="@我 请明天上午10点前把防汛值班表报给党政办。")
    assert window.sidebar.held() is not None
    window.sidebar.select(window.sidebar.held())
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    desk.clock.set(datetime(2026, 11, 25, 8, 50, tzinfo=SHANGHAI))
    desk.refresh()
    assert window.digest_label.isVisible() and window.sidebar.held() is not None
    desk.clock.set(datetime(2026, 11, 25, 23, 0, tzinfo=SHANGHAI))
    desk.refresh()
    assert not window.digest_label.isVisible()
    assert window.sidebar.held() is None
    settle(qtbot, window)
    assert window.model.view.kind is not ViewKind.HELD, "back where the user was before"


URGENT_ASK = "@方晓宁 把各村续报数字对一下，10分钟内给我"


def test_the_digest_names_an_urgent_ask_that_came_through_while_you_slept(
    desk: Desk, qtbot: QtBot
) -> None:
    # Not held, so not named: a user asleep at 21:05 met it in the morning as one of many.
    window = _shown(desk, qtbot)
    desk.clock.set(datetime(2026, 11, 24, 21, 5, tzinfo=SHANGHAI))
    desk.arrive(URGENT_ASK, mentions_me=True)
    assert len(desk.shown) == 1 and desk.shown[0].urgent
    desk.clock.set(TUESDAY_NIGHT)
    _night_and_morning(desk)
    (line,) = desk.digested
    assert line.startswith("Held during quiet hours (since yesterday 18:00): 3 (")
    assert line.endswith(" · 1 alerted while quiet: 钟书记 “把各村续报数字对一下，10分钟…”")
    assert (
        "1 alerted while quiet: 钟书记 “把各村续报数字对一下，10分钟内给我”" in desk.shown[-1].body
    )
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _listed(window) == [URGENT_ASK, *reversed(NIGHT_POSTS)]
    # Listed first, not held: the list's count is the status bar's (a tester read 36
    # above the list, 35 below it).
    assert window.found_label.full_text() == (
        "3 held while quiet, 1 more alerted as usual"
        " · asking you first, then tasks, then newest · Esc: back"
    )


@pytest.fixture
def chinese() -> Iterator[None]:
    """desk in Chinese from its window's making: its words are the longer there."""
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None, "desk_zh_CN.qm missing: run `python3 dev.py test`"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_held_lists_long_line_leaves_the_search_box_its_placeholder(
    chinese: None, desk: Desk, qtbot: QtBot, size: tuple[int, int]
) -> None:
    # The line above the held list squeezed the search box beside it to "搜索消息（不含已…"
    # on a 1366 px screen (a tester): the line gives way, whole in its tooltip.
    window = _shown(desk, qtbot)
    window.resize(*size)
    desk.clock.set(datetime(2026, 11, 24, 21, 5, tzinfo=SHANGHAI))
    desk.arrive(URGENT_ASK, mentions_me=True)
    desk.clock.set(TUESDAY_NIGHT)
    _night_and_morning(desk, asking="@我 请明天上午10点前把防汛值班表报给党政办。")
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    line = window.found_label
    assert line.full_text().startswith("免打扰期间暂缓 4 条，另有 1 条已照常提醒")
    for font_size in (window.font().pointSizeF(), window.font().pointSizeF() * 1.25):
        font = window.font()
        font.setPointSizeF(font_size)
        window.setFont(font)
        settle(qtbot, window)
        # Laid out in the new font, as before it is painted: settle may return before
        # the layout request a font change posts is handled.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        search = window.search
        room = search.width() - search.textMargins().left() - search.textMargins().right()
        assert room >= search.fontMetrics().horizontalAdvance(search.placeholderText())
        # What the line shows fits it, not cut off mid-glyph.
        assert line.isVisible()
        assert line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width()
    assert line.full_text() in line.toolTip()
    assert line.toolTip().endswith(window._held_tip)


def test_the_list_of_a_night_that_held_nothing_says_what_came_through(
    desk: Desk, qtbot: QtBot
) -> None:
    # Only an urgent ask came in the night: its list read 0 held while quiet, 1 more
    # urgent alerted (免打扰期间暂缓 0 条，另有 1 条…), where the morning's pop-up said the ask.
    window = _shown(desk, qtbot)
    desk.clock.set(datetime(2026, 11, 24, 21, 5, tzinfo=SHANGHAI))
    desk.arrive(URGENT_ASK, mentions_me=True)
    desk.clock.set(MORNING)
    desk.refresh()
    (line,) = desk.digested
    assert line.startswith("1 alerted while quiet: ")
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _listed(window) == [URGENT_ASK]
    assert window.found_label.full_text() == (
        "1 alerted as usual while quiet, none held · Esc: back"
    )


def test_the_list_does_not_call_an_ask_urgent_that_came_through_for_its_sender(
    desk: Desk, qtbot: QtBot
) -> None:
    # A task @ the user from an always-notify person came through at night: the list's
    # line said 另有 1 条紧急消息已照常提醒, and the card said 待办.
    SettingsStore(desk.store.sessions).set("quiet.breakthrough_senders", ["u1"])
    window = _shown(desk, qtbot)
    ask = "@我 请明天上午10点前把防汛值班表报给党政办。"
    desk.arrive(ask, mentions_me=True)
    assert len(desk.shown) == 1 and not desk.shown[0].urgent
    desk.clock.advance(timedelta(minutes=5))
    SettingsStore(desk.store.sessions).set("quiet.breakthrough_senders", [])
    _night_and_morning(desk)
    qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert _listed(window) == [ask, *reversed(NIGHT_POSTS)]
    assert window.found_label.full_text() == (
        "3 held while quiet, 1 more alerted as usual"
        " · asking you first, then tasks, then newest · Esc: back"
    )


def test_an_urgent_ask_read_at_night_is_not_named_in_the_morning(desk: Desk) -> None:
    desk.clock.set(datetime(2026, 11, 24, 21, 5, tzinfo=SHANGHAI))
    desk.arrive(URGENT_ASK, mentions_me=True)
    with desk.store.transaction() as session:
        session.execute(update(Message).values(read=True))
    desk.clock.set(TUESDAY_NIGHT)
    _night_and_morning(desk)
    (line,) = desk.digested
    assert "alerted while quiet" not in line


def test_a_night_that_held_nothing_still_names_the_ask_that_came_through(desk: Desk) -> None:
    desk.clock.set(datetime(2026, 11, 24, 21, 5, tzinfo=SHANGHAI))
    desk.arrive(URGENT_ASK, mentions_me=True)
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == ["1 alerted while quiet: 钟书记 “把各村续报数字对一下，10分钟…”"]
    assert (
        desk.shown[-1].title == "1 alerted while quiet: 钟书记 “把各村续报数字对一下，10分钟内给我”"
    )
    desk.refresh()
    assert len(desk.digested) == 1, "said once"


def test_the_count_of_what_is_held_lists_those_it_counts_before_quiet_hours_end(
    desk: Desk, qtbot: QtBot, store: Store
) -> None:
    # 免打扰至明天 08:30 · 7 条暂缓, and Ctrl+7 said nothing was held yet: the count was of
    # the night so far, the list only the morning digest's (a tester, on a Sunday).
    window = _shown(desk, qtbot)
    for text in NIGHT_POSTS:
        desk.arrive(text)
        desk.clock.advance(timedelta(minutes=10))
    desk.arrive("收到")  # a colleague's ack of the last: no message the list shows
    with store.sessions.begin() as session:
        # Done by the user meanwhile: out of the list, as out of every view but Done.
        session.execute(update(Message).where(Message.text == NIGHT_POSTS[0]).values(done=True))
    desk.refresh()
    indicator = window.quiet_indicator
    assert indicator.text().endswith(" · 2 held")
    assert "Ctrl+7" in indicator.toolTip()
    (listing,) = [a for a in indicator.menu().actions() if a.isVisible() and "held" in a.text()]
    listing.trigger()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD
    assert _listed(window) == list(reversed(NIGHT_POSTS[1:]))
    assert (
        window.found_label.full_text()
        == "2 held while quiet · tasks first, then newest · Esc: back"
    )
    # Ctrl+7 lists the same two, and what comes held meanwhile joins them.
    window.sidebar.select_view(ViewKind.INFO)
    settle(qtbot, window)
    qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert _listed(window) == list(reversed(NIGHT_POSTS[1:]))
    desk.arrive("明天上午10点在党政办碰头，请各线负责人参加。")
    window.on_ingested(None)
    settle(qtbot, window)
    assert indicator.text().endswith(" · 3 held")
    assert len(_listed(window)) == 3


def test_a_night_whose_held_were_all_done_says_nothing_of_them_at_noon(
    desk: Desk, store: Store
) -> None:
    # All the night held was marked done before the morning, so nothing was digested; one
    # taken back out of Done at noon then popped up "held during quiet hours: 1", and the
    # next night's 暂缓 counted it among its own.
    for text in NIGHT_POSTS:
        desk.arrive(text)
    with store.sessions.begin() as session:
        session.execute(update(Message).where(Message.text.in_(NIGHT_POSTS)).values(done=True))
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == [] and desk.shown == []
    with store.sessions.begin() as session:
        session.execute(update(Message).where(Message.text == NIGHT_POSTS[0]).values(done=False))
    desk.clock.set(MORNING.replace(hour=12))
    desk.refresh()
    assert desk.digested == [] and desk.shown == []
    desk.clock.set(MORNING.replace(hour=23))
    desk.arrive("明天上午10点在党政办碰头，请各线负责人参加。")
    assert desk.quiet[-1][1] == 1, "tonight's own"


def test_a_held_message_marked_done_at_night_leaves_the_count_at_once(
    qtbot: QtBot, store: Store
) -> None:
    # Ctrl+7 listed 2 after one was marked done, and the status bar said 3 held until
    # the next message came, hours later on a quiet night (a reviewer).
    clock = ManualClock(TUESDAY_NIGHT)
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(account.id, SyncBatch(next_cursor="c0"))
    members = (MemberInfo("u1", "钟书记", Role.OWNER),)
    posts = tuple(
        IncomingMessage(f"m{n}", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text)
        for n, text in enumerate(NIGHT_POSTS)
    )
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    window = app.window
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
        groups = (GroupInfo("g1", "镇机关干部群", members=members),)
        app.relay.ingested.emit(ingestor.apply(account.id, SyncBatch("c1", groups, posts)))
        indicator = window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().endswith(" · 3 held"), timeout=5000)
        window.show_held()
        settle(qtbot, window)
        assert len(_listed(window)) == 3
        qtbot.keyClick(window.list, Qt.Key.Key_E)
        qtbot.waitUntil(lambda: len(_listed(window)) == 2 and app.ops_idle(), timeout=5000)
        settle(qtbot, window)
        qtbot.waitUntil(app.ops_idle, timeout=5000)
        assert indicator.text().endswith(" · 2 held")
    finally:
        app.stop()


def test_a_notice_forwarded_into_four_groups_is_held_once(desk: Desk, qtbot: QtBot) -> None:
    # One notice forwarded into 4 groups at night and one other: the status bar said
    # 5 条暂缓 and the held list showed the notice four times, though the inbox folds it
    # into one card (a tester). Held, listed and digested by card.
    window = _shown(desk, qtbot)
    members = (MemberInfo("u1", "钟书记", Role.OWNER), MemberInfo("u-me", "我", Role.MEMBER))
    groups = tuple(
        GroupInfo(f"g{n}", name, members=members)
        for n, name in enumerate(("镇机关干部群", "防汛工作群", "村支书群", "安全生产群"))
    )
    forwarded = tuple(
        IncomingMessage(
            f"fwd{n}", f"g{n}", "u1", "钟书记", Role.OWNER, desk.clock.now(), NIGHT_POSTS[0]
        )
        for n in range(4)
    )
    desk.ingestor.apply(desk.account.id, SyncBatch("c-fwd", groups, forwarded))
    desk.clock.advance(timedelta(minutes=10))
    desk.arrive(NIGHT_POSTS[1])
    assert desk.quiet[-1][1] == 2
    window.show_held()
    settle(qtbot, window)
    assert _listed(window) == [NIGHT_POSTS[1], NIGHT_POSTS[0]]
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested[-1].startswith("Held during quiet hours (since yesterday 18:00): 2 (")
    window.show_held()
    settle(qtbot, window)
    assert _listed(window) == [NIGHT_POSTS[1], NIGHT_POSTS[0]]


def test_the_list_of_what_quiet_hours_hold_goes_when_they_end_with_nothing_to_say(
    desk: Desk, qtbot: QtBot, store: Store
) -> None:
    # Opened at night, all of it then marked done: no digest in the morning, and 暂缓期间
    # stayed under the views all day, an empty list that Ctrl+7 kept going back to.
    window = _shown(desk, qtbot)
    desk.arrive(NIGHT_POSTS[0])
    window.show_held()
    settle(qtbot, window)
    assert window.model.view.kind is ViewKind.HELD and len(_listed(window)) == 1
    with store.sessions.begin() as session:
        session.execute(update(Message).values(done=True))
    desk.clock.set(MORNING)
    desk.refresh()
    settle(qtbot, window)
    assert desk.digested == []
    assert window.sidebar.held() is None
    assert window.model.view.kind is not ViewKind.HELD


def test_a_quiet_run_that_ended_while_desk_was_closed_is_digested_on_its_own(
    desk: Desk, qtbot: QtBot, store: Store
) -> None:
    # Held on Tuesday night, desk closed; opened on Thursday night, quiet again: the
    # status bar counted Tuesday's as tonight's, and the morning's digest summed both
    # (a tester: 13 条暂缓 on 元旦 were a Saturday's). Its line says from when it counts:
    # Tuesday's run, not Wednesday's, the last to end, which held none.
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.close()
    again = Desk(qtbot, store, ManualClock(datetime(2026, 11, 26, 23, 0, tzinfo=SHANGHAI)))
    try:
        again.refresh()
        assert again.digested == ["Held during quiet hours (since Tue 18:00): 1 (Action 1)"]
        state, held = again.quiet[-1]
        assert (state.quiet, held) == (True, 0)
        assert "held" not in again.window.quiet_indicator.text()
        again._n = 10  # a new message, not the first again
        again.arrive("周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。")
        assert again.quiet[-1][1] == 1
        # The line lists what it counts; Ctrl+7 what tonight holds.
        window = again.window
        qtbot.mouseClick(window.digest_label.said, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert _listed(window) == ["请各村明天下午5点前报送本周安全生产检查台账。"]
        window.show_held()
        settle(qtbot, window)
        assert _listed(window) == ["周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。"]
        # Said in the line, not popped up in quiet hours: its pop-up comes when they end,
        # one with the night's, since Tuesday (Ctrl+7 and the line agree then).
        assert again.shown == []
        again.clock.set(datetime(2026, 11, 27, 8, 31, tzinfo=SHANGHAI))
        again.refresh()
        assert again.digested[-1] == "Held during quiet hours (since Tue 18:00): 2 (Action 2)"
        (summary,) = again.shown
        assert summary.title == "Held during quiet hours (since Tue 18:00): 2"
    finally:
        again.close()


def test_while_notifying_the_status_bar_says_when_quiet_hours_begin(desk: Desk) -> None:
    # 提醒已开启 alone on a Friday evening: nothing said 21:00 would be quiet (a tester).
    desk.clock.set(datetime(2026, 12, 18, 17, 42, tzinfo=SHANGHAI))
    desk.refresh()
    indicator = desk.window.quiet_indicator
    assert indicator.text() == "On · quiet from 18:00"
    # A Friday evening left loud: the weekend, quiet all day, is what comes next.
    windows = SettingsStore(desk.store.sessions).get("quiet.windows")
    SettingsStore(desk.store.sessions).set("quiet.windows", {**windows, "fri": ["00:00-08:30"]})
    desk.clock.set(datetime(2026, 12, 18, 19, 42, tzinfo=SHANGHAI))
    desk.refresh()
    assert indicator.text() == "On · quiet all day tomorrow"


def test_quiet_hours_switched_off_in_settings_show_at_once_on_a_busy_store(
    qtbot: QtBot, store: Store
) -> None:
    # After OK the switch kept the old quiet end for 48 s: it waited on the store's
    # thread, busy with sync and triage (a tester, under load).
    app = DeskApp(
        store,
        SettingsStore(store.sessions),
        ManualClock(TUESDAY_NIGHT),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    busy = threading.Event()
    try:
        indicator = app.window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().startswith("Quiet until") and app.ops_idle())
        dialog = app._open_settings()
        app.ops.run(lambda: busy.wait(10))  # a sync batch holding the store's thread
        dialog.quiet_enabled.setChecked(False)
        dialog.accept()
        assert indicator.text() == "Notifications on"
        assert app.window.statusBar().currentMessage() == "Saving the settings…"
        busy.set()
        qtbot.waitUntil(app.ops_idle)
        assert app.settings.get("quiet.enabled") is False
        assert app.window.statusBar().currentMessage() == ""
    finally:
        busy.set()
        app.stop()


def test_settings_the_store_refuses_after_ok_are_taken_back_from_the_window(
    qtbot: QtBot, store: Store
) -> None:
    # OK showed quiet hours off at once; the database then refused the save and the
    # dialog came back, but the status bar went on saying they were off and "Saving the
    # settings…" for good, though nothing was saved.
    app = DeskApp(
        store,
        SettingsStore(store.sessions),
        ManualClock(TUESDAY_NIGHT),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        indicator = app.window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().startswith("Quiet until") and app.ops_idle())
        was = indicator.text()
        dialog = app._open_settings()
        dialog.quiet_enabled.setChecked(False)
        with write_lock_held(store):
            dialog.accept()
            assert indicator.text() == "Notifications on"
            qtbot.waitUntil(dialog.isVisible)
            qtbot.waitUntil(app.ops_idle)
        assert app.settings.get("quiet.enabled") is True
        assert indicator.text() == was
        assert app.window.statusBar().currentMessage() == ""
    finally:
        app.stop()


def test_ok_keeps_quiet_hours_paused_from_the_status_bar_while_settings_were_open(
    qtbot: QtBot, store: Store
) -> None:
    # OK worked from the settings read when the dialog opened: quiet hours paused from
    # the status bar meanwhile read as quiet again until the store had the save (a
    # reviewer).
    app = DeskApp(
        store,
        SettingsStore(store.sessions),
        ManualClock(TUESDAY_NIGHT),
        SHANGHAI,
        scheduler=paused_scheduler(),
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    busy = threading.Event()
    try:
        indicator = app.window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().startswith("Quiet until") and app.ops_idle())
        dialog = app._open_settings()
        indicator.pause_until.trigger()
        qtbot.waitUntil(lambda: not indicator.text().startswith("Quiet") and app.ops_idle())
        paused = indicator.text()
        app.ops.run(lambda: busy.wait(10))  # a sync batch holding the store's thread
        dialog.sound.setChecked(not dialog.sound.isChecked())
        dialog.accept()
        assert indicator.text() == paused
        busy.set()
        qtbot.waitUntil(app.ops_idle)
        assert indicator.text() == paused
    finally:
        busy.set()
        app.stop()


def test_what_quiet_hours_held_stays_listed_when_the_save_ending_them_is_refused(
    qtbot: QtBot, store: Store
) -> None:
    # OK showed quiet hours off at once, and that dropped the list of what they held so
    # far (Ctrl+7); the store then refused the save, quiet hours went on, the list gone.
    clock = ManualClock(TUESDAY_NIGHT)
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(account.id, SyncBatch(next_cursor="c0"))
    members = (MemberInfo("u1", "钟书记", Role.OWNER),)
    posts = tuple(
        IncomingMessage(f"m{n}", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text)
        for n, text in enumerate(NIGHT_POSTS)
    )
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    window = app.window
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
        groups = (GroupInfo("g1", "镇机关干部群", members=members),)
        app.relay.ingested.emit(ingestor.apply(account.id, SyncBatch("c1", groups, posts)))
        indicator = window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().endswith(" · 3 held"), timeout=5000)
        window.show_held()
        settle(qtbot, window)
        qtbot.waitUntil(app.ops_idle)
        dialog = app._open_settings()
        dialog.quiet_enabled.setChecked(False)
        with write_lock_held(store):
            dialog.accept()
            assert indicator.text() == "Notifications on"
            qtbot.waitUntil(dialog.isVisible)
            qtbot.waitUntil(app.ops_idle)
        assert indicator.text().endswith(" · 3 held")
        held = window.sidebar.held()
        assert held is not None and held.holding
        assert window.model.view.kind is ViewKind.HELD and len(_listed(window)) == 3
    finally:
        app.stop()


def test_a_pc_woken_past_the_start_of_quiet_hours_says_them_at_once(
    qtbot: QtBot, store: Store
) -> None:
    # The scheduler waits out its time in the machine's uptime, which stops while the PC
    # sleeps: woken at 19:10, nothing arriving, the switch said 提醒已开启 · 18:00 起免打扰
    # until the next message, an hour of sleep late.
    clock = ManualClock(datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI))
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        indicator = app.window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text() == "On · quiet from 18:00")
        qtbot.waitUntil(app.ops_idle)
        clock.set(datetime(2026, 11, 24, 19, 10, tzinfo=SHANGHAI))
        app.alerts.wall_check.timeout.emit()
        qtbot.waitUntil(app.ops_idle)
        assert indicator.text() == "Quiet until tomorrow 08:30"
    finally:
        app.stop()


def test_an_hour_of_quiet_by_hand_keeps_the_digest_and_joins_what_it_held(
    desk: Desk, qtbot: QtBot
) -> None:
    # After 元旦 a tester chose 免打扰 1 小时 at 08:31: the holiday's line and list went at
    # once, and when the hour ended only its one held item was listed: the 34 were lost.
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    indicator = window.quiet_indicator
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_hour.trigger()
    assert desk.quiet[-1][0].quiet
    desk.arrive("请各村上报春节值班人员名单。")  # held by the hour
    assert desk.quiet[-1][1] == 1
    assert window.digest_label.isVisible(), "the night's line stays through the hour"
    # Listed at once under the views, what the hour holds beside the night's (not the
    # night's alone until Ctrl+7), counted as the arrow's entry counts it.
    held = window.sidebar.held()
    assert held is not None and held.holding and len(held.ids) == len(NIGHT_POSTS)
    assert indicator.listed() == len(NIGHT_POSTS) + 1
    assert [e.count for e in window.sidebar.entries() if e.view == held] == ["4"]
    # Ctrl+7 while the hour lasts: what it holds so far beside the night's, in one list.
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert _listed(window) == ["请各村上报春节值班人员名单。", *reversed(NIGHT_POSTS)]
    # The hour ends: what it held joins the night's, in one line and one list.
    desk.clock.advance(timedelta(hours=1, minutes=1))
    desk.refresh()
    assert desk.digested[-1].startswith("Held during quiet hours (since yesterday 18:00): 4 (")
    window.show_held()
    settle(qtbot, window)
    assert _listed(window) == ["请各村上报春节值班人员名单。", *reversed(NIGHT_POSTS)]
    # The next scheduled quiet period is the night's: then the digest goes.
    desk.clock.set(datetime(2026, 11, 25, 23, 0, tzinfo=SHANGHAI))
    desk.refresh()
    assert window.sidebar.held() is None


def test_following_the_schedule_again_after_an_hour_by_hand_keeps_the_digest(
    desk: Desk, qtbot: QtBot
) -> None:
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    indicator = window.quiet_indicator
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_hour.trigger()
    desk.clock.advance(timedelta(minutes=5))
    desk.arrive("请各村上报春节值班人员名单。")
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.resume.trigger()
    assert not desk.quiet[-1][0].quiet
    held = window.sidebar.held()
    assert held is not None and len(held.ids) == len(NIGHT_POSTS) + 1


def test_an_urgent_notice_posted_again_at_night_is_held_not_alerted_again(desk: Desk) -> None:
    # At 08:29 after 元旦, still quiet, the demo re-sent 【火情】…东线已得到控制… and it
    # popped up as 紧急 · 本群重复发送: a repeat of what had alerted once broke quiet again.
    fire = "【火情】紧急通知：凤鸣山林火东线已得到控制，请各村继续派人值守，严防复燃！"
    desk.clock.set(datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI))
    desk.arrive(fire)
    assert len(desk.shown) == 1 and desk.shown[0].urgent
    desk.clock.set(TUESDAY_NIGHT)
    desk.arrive(fire)
    assert len(desk.shown) == 1, "the repeat broke through quiet hours"
    state, held = desk.quiet[-1]
    assert state.quiet and held == 1, "held like the rest, counted on its card"
    with desk.store.sessions() as session:
        states = session.scalars(select(Message.notify_state).order_by(Message.id)).all()
    assert states == ["notify", "hold"]


def test_a_working_morning_offers_an_hour_of_quiet_not_the_whole_day(desk: Desk) -> None:
    # At 08:31 on a Monday the arrow offered 免打扰至明天 08:30: a whole working day of
    # quiet in one click (a tester). It is offered once the evening's quiet is near.
    indicator = desk.window.quiet_indicator

    def offered() -> list[str]:
        menu = indicator.menu()
        return [a.text() for a in menu.actions() if a.isVisible()] if menu is not None else []

    desk.clock.set(datetime(2026, 11, 30, 8, 31, tzinfo=SHANGHAI))  # a Monday
    desk.refresh()
    assert not desk.quiet[-1][0].quiet
    assert offered() == ["Quiet for 1 hour", "", "Quiet hours settings…"]
    desk.clock.set(datetime(2026, 11, 30, 16, 30, tzinfo=SHANGHAI))
    desk.window.quiet_indicator.set_now(desk.clock.now())
    assert offered() == [
        "Quiet for 1 hour",
        "Quiet until tomorrow 08:30",
        "",
        "Quiet hours settings…",
    ]
    # An hour of quiet chosen in the morning offers no whole day from there either.
    desk.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=SHANGHAI))
    desk.refresh()
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_hour.trigger()
    assert "Quiet until tomorrow 08:30" not in offered()


def test_the_digest_says_when_quiet_began_though_its_start_was_moved_meanwhile(
    desk: Desk,
) -> None:
    # Quiet from 18:00; at 21:30 the tester moved the evening's start to 21:00, and the
    # morning's digest said （周二 21:00 起）, not when the held run really began.
    desk.clock.set(datetime(2026, 11, 24, 18, 5, tzinfo=SHANGHAI))
    desk.refresh()
    assert desk.quiet[-1][0].quiet
    desk.clock.set(datetime(2026, 11, 24, 21, 30, tzinfo=SHANGHAI))
    settings = SettingsStore(desk.store.sessions)
    windows = dict(settings.all()["quiet.windows"])
    windows["tue"] = ["00:00-08:30", "21:00-24:00"]
    settings.set("quiet.windows", windows)
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == ["Held during quiet hours (since yesterday 18:00): 1 (Action 1)"]


def test_the_digest_says_when_quiet_began_though_its_start_was_moved_earlier_since(
    desk: Desk,
) -> None:
    # Quiet from 18:00 on Friday; on Monday morning the tester set the evening's start to
    # 17:30, and the digest said （周五 17:30 起）: today's schedule, not Friday's.
    desk.clock.set(datetime(2026, 11, 24, 18, 5, tzinfo=SHANGHAI))
    desk.refresh()
    assert desk.quiet[-1][0].quiet
    desk.clock.set(datetime(2026, 11, 24, 21, 30, tzinfo=SHANGHAI))
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.clock.set(datetime(2026, 11, 25, 8, 0, tzinfo=SHANGHAI))
    settings = SettingsStore(desk.store.sessions)
    windows = dict(settings.all()["quiet.windows"])
    windows["tue"] = ["00:00-08:30", "17:30-24:00"]
    settings.set("quiet.windows", windows)
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == ["Held during quiet hours (since yesterday 18:00): 1 (Action 1)"]


def test_the_digest_says_quiet_began_at_an_hour_by_hand_that_ran_into_the_schedule(
    desk: Desk,
) -> None:
    # Quiet by hand from 17:00, into the evening's quiet at 18:00: what came at 17:10 was
    # held, and the morning's digest said （昨天 18:00 起）, the schedule's start recorded
    # as it began (fix49f took a recorded start later than the run's), after what it held.
    tuesday = datetime(2026, 11, 24, 17, 0, tzinfo=SHANGHAI)
    desk.clock.set(tuesday)
    desk.refresh()
    assert not desk.quiet[-1][0].quiet
    SettingsStore(desk.store.sessions).set(
        "quiet.override",
        {
            "mode": "quiet",
            "since": tuesday.isoformat(),
            "until": tuesday.replace(hour=18, minute=30).isoformat(),
        },
    )
    desk.refresh()
    assert desk.quiet[-1][0].quiet
    desk.clock.set(tuesday.replace(minute=10))
    desk.arrive("请各村明天下午5点前报送本周安全生产检查台账。")
    desk.clock.set(tuesday.replace(hour=18, minute=5))
    desk.refresh()
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == ["Held during quiet hours (since yesterday 17:00): 1 (Action 1)"]


def test_the_arrow_counts_the_joined_list_it_opens_during_an_hour_by_hand(
    desk: Desk, qtbot: QtBot
) -> None:
    # During an hour of quiet chosen right after a digest, the arrow's item said 列出暂缓的
    # 1 条消息 (the hour's own) and opened the night's 3 beside it: 4 in the list.
    window = _shown(desk, qtbot)
    _night_and_morning(desk)
    indicator = window.quiet_indicator
    with desk.qtbot.waitSignal(desk.alerts.quietChanged, timeout=5000):
        indicator.quiet_hour.trigger()
    desk.arrive("请各村上报春节值班人员名单。")
    assert desk.quiet[-1][1] == 1
    assert indicator.text().endswith(" · 1 held"), "the bar counts what the hour holds"
    indicator.list_held.trigger()
    settle(qtbot, window)
    listed = len(_listed(window))
    assert listed == len(NIGHT_POSTS) + 1
    assert indicator.list_held.text().startswith(f"List the {listed} held message")
    assert f"The arrow lists the {listed} held message" in indicator.toolTip()


def test_a_notice_posted_again_at_night_is_listed_as_held_at_its_new_time(
    desk: Desk, qtbot: QtBot
) -> None:
    # The demo re-sent 请桐坪镇联络员回个电话 two days on, in quiet hours: the held list gave
    # the card its first post's 11-24 17:30 among the night's, which only the reading
    # pane said came again.
    window = _shown(desk, qtbot)
    task = NIGHT_POSTS[0]  # a task, as that one is to the demo's 桐坪镇
    desk.clock.set(datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI))
    desk.arrive(task)
    desk.clock.set(datetime(2026, 11, 24, 19, 0, tzinfo=SHANGHAI))
    desk.arrive(NIGHT_POSTS[1])  # held, before the notice came again
    desk.clock.set(TUESDAY_NIGHT)
    desk.arrive(task)
    desk.clock.set(MORNING)
    desk.refresh()
    window.on_ingested(None)
    window.show_held()
    settle(qtbot, window)

    def times() -> list[str]:
        rows = (window.model.inbox_row(r) for r in range(window.model.rowCount()))
        return [
            window.cards._card(row, 560, window.list.font()).when.text()
            for row in rows
            if row is not None
        ]

    night = TUESDAY_NIGHT.strftime("%m-%d %H:%M")
    # Newest first, as the list says it is: by when it came again, not by its first post.
    assert times() == [f"{night} again", "11-24 19:00"]
    # Elsewhere the card keeps its first post's time, where it is listed by rank.
    window.sidebar.select_view(ViewKind.ALL)
    settle(qtbot, window)
    assert "11-24 17:30" in times()


def test_at_night_the_replies_to_the_user_s_own_urgent_notice_pop_up_once_quietly(
    desk: Desk,
) -> None:
    # 22:40: the user, on night duty, sent an urgent notice; the villages answer it.
    sent_at = datetime(2026, 11, 24, 22, 40, tzinfo=SHANGHAI)
    villages = ("凤鸣村", "竹溪村", "大坪村", "洄水湾村", "上坪村")
    members = (
        MemberInfo("u-me", "我", Role.OWNER),
        *(MemberInfo(f"v{i}", f"{name}-支书", Role.MEMBER) for i, name in enumerate(villages)),
    )
    group = GroupInfo("g1", "镇机关干部群", members=members)

    def batch(n: int, *messages: IncomingMessage) -> SyncBatch:
        return SyncBatch(next_cursor=f"own{n}", groups=(group,), messages=messages)

    own = IncomingMessage(
        remote_id="own-1",
        group_id="g1",
        sender_id="u-me",
        sender_name="我",
        sender_role=Role.OWNER,
        ts=sent_at,
        text="紧急通知：各村立即上报灾情，23:30前报镇应急办。",
        from_me=True,
    )
    desk.ingestor.apply(desk.account.id, batch(0, own))
    desk.refresh()
    assert desk.shown == []

    def reply(i: int, text: str, at: datetime) -> IncomingMessage:
        return IncomingMessage(
            remote_id=f"r{i}-{at.minute}",
            group_id="g1",
            sender_id=f"v{i}",
            sender_name=f"{villages[i]}-支书",
            sender_role=Role.MEMBER,
            ts=at,
            text=text,
            reply_to="own-1",
        )

    # 23:10: five answers in one sync batch, a 收到 among them: one pop-up, no sound.
    desk.ingestor.apply(
        desk.account.id,
        batch(
            1,
            *(
                reply(i, f"{villages[i]}：已转移群众{i + 3}户，无人员伤亡。", TUESDAY_NIGHT)
                for i in range(4)
            ),
            reply(4, "收到", TUESDAY_NIGHT),
        ),
    )
    played: list[str] = []
    desk.notifier.play = played.append  # type: ignore[method-assign]
    # desk's own pop-ups (no tray), where one stacked on another would show.
    desk.notifier._has_tray = lambda: False
    desk.refresh()
    (popup,) = desk.shown
    assert played == []
    assert not popup.urgent and popup.key is not None
    # Named by who reported, the one who only said 收到 after them.
    assert popup.title == ("[Demo] 洄水湾村 and others: 5 replies · reported 4/5, not yet: 上坪村")
    lines = popup.body.splitlines()
    assert lines[-1] == (
        "Came through quiet hours: replying to your urgent notice “紧急通知：各村立即上报灾情，2…”"
    )
    # Its click opens the user's own notice, whose card lists the replies.
    own_id = desk.store.sessions().scalar(select(Message.id).where(Message.remote_id == "own-1"))
    assert popup.message_id == own_id
    assert len(desk.notifier.popups.shown) == 1
    # 23:20: one more: the same pop-up, counted on, not a second one stacked.
    desk.clock.set(datetime(2026, 11, 24, 23, 20, tzinfo=SHANGHAI))
    desk.ingestor.apply(
        desk.account.id, batch(2, reply(0, "凤鸣村续报：又转移2户。", desk.clock.now()))
    )
    desk.refresh()
    assert len(desk.shown) == 2
    assert desk.shown[-1].title.startswith("[Demo] 凤鸣村 and others: 6 replies")
    assert desk.shown[-1].body.splitlines()[0] == "凤鸣村-支书 “凤鸣村续报：又转移2户。”"
    (shown,) = desk.notifier.popups.shown
    assert shown.title.text() == desk.shown[-1].title
    # Past its due time and the grace: held as any message.
    desk.clock.set(datetime(2026, 11, 25, 1, 31, tzinfo=SHANGHAI))
    desk.ingestor.apply(
        desk.account.id, batch(3, reply(1, "竹溪村补报：道路已抢通。", desk.clock.now()))
    )
    desk.refresh()
    assert len(desk.shown) == 2
    assert desk.quiet[-1][1] >= 1


def _own_notice_answered(desk: Desk, answers: tuple[str, ...], *, quoting: bool = False) -> None:
    """22:40 the user's urgent notice to the villages; at TUESDAY_NIGHT their answers.
    `quoting`: the notice is a reply of the user's quoting the county's order of 22:30."""
    villages = ("凤鸣村", "竹溪村", "大坪村")
    members = (
        MemberInfo("u-me", "我", Role.OWNER),
        MemberInfo("u-county", "县应急局-值班", Role.ADMIN),
        *(MemberInfo(f"v{i}", f"{name}-支书", Role.MEMBER) for i, name in enumerate(villages)),
    )
    county = IncomingMessage(
        remote_id="county-1",
        group_id="g1",
        sender_id="u-county",
        sender_name="县应急局-值班",
        sender_role=Role.ADMIN,
        ts=datetime(2026, 11, 24, 22, 30, tzinfo=SHANGHAI),
        text="县防指：强降雨持续，请各镇立即组织排查转移，情况随时报告。",
    )
    own = IncomingMessage(
        remote_id="own-1",
        group_id="g1",
        sender_id="u-me",
        sender_name="我",
        sender_role=Role.OWNER,
        ts=datetime(2026, 11, 24, 22, 40, tzinfo=SHANGHAI),
        text="紧急通知：各村立即上报灾情，23:30前报镇应急办。",
        from_me=True,
        reply_to="county-1" if quoting else None,
    )
    replies = tuple(
        IncomingMessage(
            remote_id=f"r{i}",
            group_id="g1",
            sender_id=f"v{i}",
            sender_name=f"{villages[i]}-支书",
            sender_role=Role.MEMBER,
            ts=TUESDAY_NIGHT,
            text=text,
            reply_to="own-1",
        )
        for i, text in enumerate(answers)
    )
    group = GroupInfo("g1", "镇机关干部群", members=members)
    posts = (county, own, *replies) if quoting else (own, *replies)
    desk.ingestor.apply(
        desk.account.id, SyncBatch(next_cursor="own", groups=(group,), messages=posts)
    )
    desk.refresh()


def test_in_chinese_the_pop_up_says_why_it_came_through(chinese: None, desk: Desk) -> None:
    _own_notice_answered(desk, ("凤鸣村：已转移群众3户。", "收到"))
    (popup,) = desk.shown
    assert popup.title == "【演示】凤鸣村等 2 个回复 · 已报 1/3，未报：竹溪村、大坪村"
    # The words of the report, not of the 收到 after it.
    assert popup.body.splitlines() == [
        "凤鸣村-支书“凤鸣村：已转移群众3户。”",
        "免打扰期间仍提醒：回复您发出的紧急通知“紧急通知：各村立即上报灾情，2…”",
    ]


def test_at_night_the_replies_to_the_user_s_urgent_notice_sent_quoting_come_through(
    desk: Desk,
) -> None:
    # The user relays the county's order quoting it (a reply, as any Matrix client sends
    # it) and asks the villages for a report by 23:30. Filed as noise under the order it
    # quotes, it lost what it asked of its readers: their answers at night were held until
    # the morning, where those to the same words unquoted came through.
    _own_notice_answered(desk, ("凤鸣村：已转移群众3户。",), quoting=True)
    (popup,) = desk.shown
    assert popup.body.splitlines()[-1] == (
        "Came through quiet hours: replying to your urgent notice “紧急通知：各村立即上报灾情，2…”"
    )
    assert desk.quiet[-1][1] == 0, "nothing held"


def test_with_the_setting_off_the_replies_to_the_user_s_own_notice_are_held(
    desk: Desk,
) -> None:
    SettingsStore(desk.store.sessions).set("quiet.own_urgent_replies", False)
    _own_notice_answered(desk, ("凤鸣村：已转移群众3户。",))
    assert desk.shown == []
    assert desk.quiet[-1][1] == 1


def _own_ding_confirmed(desk: Desk) -> None:
    """22:50 the user's DING, due 23:30, to four villages; at TUESDAY_NIGHT three 收到."""
    villages = ("凤鸣村", "竹溪村", "大坪村", "上坪村")
    members = (
        MemberInfo("u-me", "我", Role.OWNER),
        *(MemberInfo(f"v{i}", f"{name}-支书", Role.MEMBER) for i, name in enumerate(villages)),
    )
    group = GroupInfo("g1", "镇机关干部群", members=members)
    sent = datetime(2026, 11, 24, 22, 50, tzinfo=SHANGHAI)
    ding = IncomingMessage(
        remote_id="ding-1",
        group_id="g1",
        sender_id="u-me",
        sender_name="我",
        sender_role=Role.OWNER,
        ts=sent,
        text="各村支书立即到岗值守",
        from_me=True,
        own_ding=DingRequest(deadline=datetime(2026, 11, 24, 23, 30, tzinfo=SHANGHAI)),
    )
    desk.ingestor.apply(
        desk.account.id, SyncBatch(next_cursor="d0", groups=(group,), messages=(ding,))
    )
    desk.refresh()
    acks = tuple(
        IncomingMessage(
            remote_id=f"ack{i}",
            group_id="g1",
            sender_id=f"v{i}",
            sender_name=f"{villages[i]}-支书",
            sender_role=Role.MEMBER,
            ts=TUESDAY_NIGHT + timedelta(seconds=i),
            text="收到",
        )
        for i in range(3)
    )
    desk.ingestor.apply(
        desk.account.id, SyncBatch(next_cursor="d1", groups=(group,), messages=acks)
    )
    desk.refresh()


def test_at_night_the_收到_to_the_user_s_own_ding_pop_up_as_one_counting_the_roster(
    desk: Desk,
) -> None:
    # A DING the user sent from their phone at 22:50, due 23:30; the villages confirm it.
    _own_ding_confirmed(desk)
    (popup,) = desk.shown
    # A plain 收到 quoting nothing counts for the DING its sender owed (_to_owed_dings).
    # Not 大坪村 and others: 3 replies: DING sent by you: due 23:30 · …, two colons and
    # the card's words (a tester).
    assert popup.title == "[Demo] 大坪村 and others replied to your DING (3 people) · 3/4 confirmed"
    assert not popup.urgent
    assert popup.body.splitlines()[-1] == (
        "Came through quiet hours: replying to your DING “各村支书立即到岗值守”"
    )


@pytest.mark.parametrize("quoted", [True, False])
def test_at_night_a_second_收到_from_one_who_confirmed_does_not_pop_up(
    desk: Desk, quoted: bool
) -> None:
    # A tester: 凤鸣村 confirmed the user's DING, then said 收到 again to its re-DING, and
    # that popped up at night, telling nothing new. 上坪村's first 收到 still does.
    _own_ding_confirmed(desk)
    assert len(desk.shown) == 1
    desk.clock.advance(timedelta(minutes=5))
    again = IncomingMessage(
        remote_id="ding-2",
        group_id="g1",
        sender_id="u-me",
        sender_name="我",
        sender_role=Role.OWNER,
        ts=desk.clock.now(),
        text="各村支书立即到岗值守",
        from_me=True,
        own_ding=DingRequest(repeats="ding-1"),
    )
    desk.ingestor.apply(desk.account.id, SyncBatch(next_cursor="d2", messages=(again,)))
    desk.refresh()
    assert len(desk.shown) == 1, "the user's own re-DING tells them nothing"

    def receipt(remote_id: str, village: int, name: str) -> IncomingMessage:
        desk.clock.advance(timedelta(minutes=1))
        return IncomingMessage(
            remote_id=remote_id,
            group_id="g1",
            sender_id=f"v{village}",
            sender_name=f"{name}-支书",
            sender_role=Role.MEMBER,
            ts=desk.clock.now(),
            text="收到",
            reply_to="ding-2" if quoted else None,
        )

    second = receipt("ack0-again", 0, "凤鸣村")
    desk.ingestor.apply(desk.account.id, SyncBatch(next_cursor="d3", messages=(second,)))
    desk.refresh()
    assert len(desk.shown) == 1, [n.title for n in desk.shown]
    with desk.store.sessions() as session:
        state = session.scalar(
            select(Message.notify_state).where(Message.remote_id == "ack0-again")
        )
    assert state != "notify", "decided, silently"
    first = receipt("ack3", 3, "上坪村")
    desk.ingestor.apply(desk.account.id, SyncBatch(next_cursor="d4", messages=(first,)))
    desk.refresh()
    assert len(desk.shown) == 2
    assert desk.shown[-1].title.startswith("[Demo] 上坪村"), desk.shown[-1].title


def test_at_night_a_second_收到_to_the_user_s_own_notice_does_not_pop_up(desk: Desk) -> None:
    _own_notice_answered(desk, ("收到",))
    assert len(desk.shown) == 1
    desk.clock.advance(timedelta(minutes=3))
    again = IncomingMessage(
        remote_id="r0-again",
        group_id="g1",
        sender_id="v0",
        sender_name="凤鸣村-支书",
        sender_role=Role.MEMBER,
        ts=desk.clock.now(),
        text="收到",
        reply_to="own-1",
    )
    desk.ingestor.apply(desk.account.id, SyncBatch(next_cursor="again", messages=(again,)))
    desk.refresh()
    assert len(desk.shown) == 1, [n.title for n in desk.shown]


def test_an_urgent_copy_of_a_notice_that_never_alerted_breaks_through_quiet_hours(
    desk: Desk,
) -> None:
    # A repeat is held in quiet hours because its notice alerted once. Posted first in a
    # muted group (silent, never alerted), the same urgent notice forwarded at night into
    # a group the user listens to is the first they hear of it: it was held as a repeat.
    fire = "【火情】紧急通知：凤鸣山林火东线复燃，请各村立即派人上山扑救！"
    SettingsStore(desk.store.sessions).set(
        "notify.groups", {"g1": {"mode": "mute", "throttle_minutes": 0}}
    )
    desk.clock.set(datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI))
    desk.arrive(fire)
    assert desk.shown == []
    desk.clock.set(TUESDAY_NIGHT)
    members = (MemberInfo("u1", "钟书记", Role.OWNER), MemberInfo("u-me", "我", Role.MEMBER))
    forwarded = IncomingMessage(
        "fwd-fire", "g2", "u1", "钟书记", Role.OWNER, desk.clock.now(), fire
    )
    desk.ingestor.apply(
        desk.account.id,
        SyncBatch("c-fire", (GroupInfo("g2", "防汛工作群", members=members),), (forwarded,)),
    )
    desk.refresh()
    with desk.store.sessions() as session:
        rows = session.execute(
            select(Message.remote_id, Message.cluster, Message.notify_state).order_by(Message.id)
        ).all()
    assert rows[-1].cluster == rows[0].remote_id, "the forward folds into the muted post"
    assert len(desk.shown) == 1 and desk.shown[0].urgent, "held as a repeat of what never alerted"
    # Forwarded into three groups at once, it alerts once: the card, decided in the same
    # round as its copies, has alerted for them.
    groups = tuple(GroupInfo(f"f{n}", f"{n}号群", members=members) for n in range(3))
    again = "【火情】紧急通知：桐坪镇北山起火，请各村立即派人上山扑救！"
    desk.clock.advance(timedelta(minutes=5))
    forwards = tuple(
        IncomingMessage(f"fwd-{n}", f"f{n}", "u1", "钟书记", Role.OWNER, desk.clock.now(), again)
        for n in range(3)
    )
    desk.ingestor.apply(desk.account.id, SyncBatch("c-again", groups, forwards))
    desk.refresh()
    assert len(desk.shown) == 2, [n.title for n in desk.shown]


def test_the_user_s_own_urgent_notice_relayed_back_at_night_is_held_as_a_repeat(
    desk: Desk,
) -> None:
    # The user's own 【火情】 notice, 17:30; at 23:10 a colleague relays it into another
    # group. The user wrote it: no news. Its card was never alerted (it is theirs), and as
    # theirs it is no urgent card, so it rang with sound as the first word of a fire.
    fire = "【火情】紧急通知：凤鸣山林火东线复燃，请各村立即派人上山扑救！"
    members = (MemberInfo("u1", "钟书记", Role.OWNER), MemberInfo("u-me", "我", Role.MEMBER))
    desk.clock.set(datetime(2026, 11, 24, 17, 30, tzinfo=SHANGHAI))
    own = IncomingMessage(
        "own-fire", "g1", "u-me", "我", Role.MEMBER, desk.clock.now(), fire, from_me=True
    )
    desk.ingestor.apply(
        desk.account.id, SyncBatch("c-own", (GroupInfo("g1", "镇村群", members=members),), (own,))
    )
    desk.refresh()
    assert desk.shown == []
    desk.clock.set(TUESDAY_NIGHT)
    relayed = IncomingMessage("fwd-own", "g2", "u1", "钟书记", Role.OWNER, desk.clock.now(), fire)
    desk.ingestor.apply(
        desk.account.id,
        SyncBatch("c-fwd", (GroupInfo("g2", "防汛工作群", members=members),), (relayed,)),
    )
    desk.refresh()
    with desk.store.sessions() as session:
        cluster = session.scalar(select(Message.cluster).where(Message.remote_id == "fwd-own"))
    assert cluster == "own-fire", "the relay folds into the user's own notice"
    assert desk.shown == [], "the user's own notice woke them"
    assert desk.quiet[-1][1] == 1, "held for the morning, as a repeat"


def _restart_alerts(desk: Desk) -> None:
    """desk quits and starts again: the coordinator made anew over the same store."""
    desk.alerts.wall_check.stop()
    desk.alerts = AlertCoordinator(
        desk.store.sessions,
        SettingsStore(desk.store.sessions),
        desk.ops,
        desk.notifier,
        desk.clock,
        SHANGHAI,
        desk.scheduler,
        desk.store.damage,
    )


def test_a_reply_to_the_user_s_own_notice_told_before_a_restart_is_not_told_again(
    desk: Desk,
) -> None:
    # A tester: after a restart, 桐坪社区 回复 popped up for a reply from before it, already
    # told, nothing new having come. Decided anew (its row's decision gone), it is still
    # the reply told of: the pop-ups' memory is the store's, not the coordinator's.
    _own_notice_answered(desk, ("凤鸣村：已转移群众3户。",))
    assert len(desk.shown) == 1
    with desk.store.transaction() as session:
        session.execute(update(Message).where(Message.remote_id == "r0").values(notify_state=None))
    _restart_alerts(desk)
    desk.refresh()
    assert len(desk.shown) == 1, [n.title for n in desk.shown]
    # What comes after the restart still pops up.
    desk.clock.advance(timedelta(minutes=5))
    late = IncomingMessage(
        remote_id="r1-late",
        group_id="g1",
        sender_id="v1",
        sender_name="竹溪村-支书",
        sender_role=Role.MEMBER,
        ts=desk.clock.now(),
        text="竹溪村：已转移群众2户。",
        reply_to="own-1",
    )
    desk.ingestor.apply(desk.account.id, SyncBatch(next_cursor="late", messages=(late,)))
    desk.refresh()
    assert len(desk.shown) == 2
    assert desk.shown[-1].title.startswith("[Demo] 竹溪村 replied")


def test_in_chinese_the_pop_up_of_replies_to_a_ding_reads_as_one_line(
    chinese: None, desk: Desk
) -> None:
    _own_ding_confirmed(desk)
    (popup,) = desk.shown
    assert popup.title == "【演示】大坪村等 3 人回复您的 DING · 已确认 3/4"


def _arrive_posted(desk: Desk, text: str, posted: datetime) -> None:
    """A message posted at `posted` that reaches desk now (a late sync, a slow phone)."""
    desk._n += 1
    members = (MemberInfo("u1", "钟书记", Role.OWNER),)
    batch = SyncBatch(
        next_cursor=f"c{desk._n}",
        groups=(GroupInfo("g1", "镇机关干部群", members=members),),
        messages=(IncomingMessage(f"m{desk._n}", "g1", "u1", "钟书记", Role.OWNER, posted, text),),
    )
    desk.ingestor.apply(desk.account.id, batch)
    desk.refresh()


def test_the_digest_says_when_quiet_began_not_when_its_first_was_posted(desk: Desk) -> None:
    # Posted at 17:47, before quiet hours, it came at 18:05 and was held: the digest said
    # 免打扰期间（周三 17:47 起）of a quiet period that began at 18:00 (a tester).
    desk.clock.set(datetime(2026, 11, 24, 18, 5, tzinfo=SHANGHAI))
    _arrive_posted(desk, NIGHT_POSTS[0], datetime(2026, 11, 24, 17, 47, tzinfo=SHANGHAI))
    assert desk.quiet[-1][1] == 1
    desk.clock.set(MORNING)
    desk.refresh()
    assert desk.digested == ["Held during quiet hours (since yesterday 18:00): 1 (Action 1)"]


def test_a_digest_of_a_run_ended_unseen_does_not_pop_up_in_quiet_hours(
    desk: Desk, qtbot: QtBot, store: Store
) -> None:
    # Restarted at 08:29:10 after 元旦, the digest of an earlier night popped up at 08:29:40,
    # before quiet hours ended at 08:30 (a tester): it waits for their end.
    desk.clock.set(datetime(2026, 11, 24, 18, 5, tzinfo=SHANGHAI))
    _arrive_posted(desk, NIGHT_POSTS[0], datetime(2026, 11, 24, 17, 47, tzinfo=SHANGHAI))
    desk.close()
    again = Desk(qtbot, store, ManualClock(datetime(2026, 11, 26, 8, 29, 10, tzinfo=SHANGHAI)))
    try:
        again.refresh()
        assert again.shown == [], "nothing ordinary pops up in quiet hours"
        # The window's line says it (a line, not a pop-up), from when quiet began.
        assert again.digested == ["Held during quiet hours (since Tue 18:00): 1 (Action 1)"]
        again.refresh()
        assert again.shown == []
        again.clock.set(datetime(2026, 11, 26, 8, 30, 1, tzinfo=SHANGHAI))
        again.refresh()
        (summary,) = again.shown
        assert summary.message_id is None and "镇机关干部群 1" in summary.body
        assert again.digested[-1] == "Held during quiet hours (since Tue 18:00): 1 (Action 1)"
        again.refresh()
        assert len(again.shown) == 1, "popped up once"
    finally:
        again.close()


def test_quiet_hours_turned_off_while_items_are_held_give_the_digest(
    desk: Desk, qtbot: QtBot
) -> None:
    # On 元旦 at 09:08, 27 held, the tester unticked 法定节假日全天免打扰: notifications came
    # back on and nothing said what had been held, 免打扰期间 still 27. As pausing quiet
    # hours from the status bar does, the digest comes.
    window = _shown(desk, qtbot)
    desk.clock.set(datetime(2027, 1, 1, 9, 0, tzinfo=SHANGHAI))
    desk.refresh()
    desk.arrive(NIGHT_POSTS[0])
    desk.arrive(NIGHT_POSTS[1])
    assert desk.quiet[-1][1] == 2
    desk.clock.set(datetime(2027, 1, 1, 9, 8, tzinfo=SHANGHAI))
    SettingsStore(desk.store.sessions).set("quiet.holidays_all_day", False)
    desk.refresh()
    assert not desk.quiet[-1][0].quiet
    (summary,) = desk.shown
    assert summary.message_id is None and "镇机关干部群 2" in summary.body
    assert desk.digested == ["Held during quiet hours (since yesterday 18:00): 2 (Action 2)"]
    held = window.sidebar.held()
    assert held is not None and len(held.ids) == 2


def test_unticking_holidays_in_settings_on_a_holiday_gives_the_digest(
    qtbot: QtBot, store: Store
) -> None:
    clock = ManualClock(datetime(2027, 1, 1, 9, 0, tzinfo=SHANGHAI))
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(account.id, SyncBatch(next_cursor="c0"))
    members = (MemberInfo("u1", "钟书记", Role.OWNER),)
    posts = tuple(
        IncomingMessage(f"m{n}", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text)
        for n, text in enumerate(NIGHT_POSTS)
    )
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    window = app.window
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    shown: list[Notification] = []
    app.start()
    try:
        qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
        app.notifier.shown.connect(shown.append)
        groups = (GroupInfo("g1", "镇机关干部群", members=members),)
        app.relay.ingested.emit(ingestor.apply(account.id, SyncBatch("c1", groups, posts)))
        indicator = window.quiet_indicator
        qtbot.waitUntil(lambda: indicator.text().endswith(" · 3 held"), timeout=5000)
        qtbot.waitUntil(app.ops_idle)
        clock.set(datetime(2027, 1, 1, 9, 8, tzinfo=SHANGHAI))
        dialog = app._open_settings()
        dialog.holidays.setChecked(False)
        dialog.accept()
        qtbot.waitUntil(app.ops_idle, timeout=5000)
        assert indicator.text() == "On · quiet from 18:00"
        assert [n.message_id for n in shown] == [None]
        assert window.digest_label.isVisible()
        held = window.sidebar.held()
        assert held is not None and not held.holding and len(held.ids) == 3
    finally:
        app.stop()
