"""What quiet hours hold is listed under the views as soon as the status bar counts it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.app.desk_app import DeskApp
from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import ViewKind
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.main_window import MainWindow
from desk.ui.sidebar import view_name
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.settled import settle

# A Monday night of the demo's season, quiet hours on by default.
NIGHT = datetime(2026, 12, 7, 22, 30, tzinfo=SHANGHAI)
POSTS = (
    "请各村明天下午5点前报送本周安全生产检查台账。",
    "周四上午9点在三楼会议室召开防汛工作会议，请各村支书参会。",
    "明天上午镇卫生院开展免费体检，请有需要的同志前往。",
)


def _held_row(app: DeskApp) -> tuple[str, str] | None:
    """The held view's row in the sidebar as listed (name, count), None if not listed."""
    for entry in app.window.sidebar.entries():
        if entry.view is not None and entry.view.kind is ViewKind.HELD:
            return entry.name, entry.count
    return None


def _bar_count(app: DeskApp) -> int:
    """The count the status bar's quiet switch says: 免打扰至 … · N 条暂缓."""
    text = app.window.quiet_indicator.text()
    return int(text.rsplit(" · ", 1)[1].split()[0]) if " held" in text else 0


def _started(qtbot: QtBot, store: Store, clock: ManualClock) -> DeskApp:
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
    return app


def test_the_held_view_is_listed_with_the_status_bar_s_count_also_after_a_restart(
    qtbot: QtBot, store: Store
) -> None:
    # The status bar said 27 条暂缓 and the sidebar listed no 免打扰期间 to open them: it
    # was listed only once Ctrl+7 was pressed, and after a restart not at all (a tester).
    clock = ManualClock(NIGHT)
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(account.id, SyncBatch(next_cursor="c0"))  # synced before: news now
    members = (MemberInfo("u1", "钟书记", Role.OWNER),)
    groups = (GroupInfo("g1", "镇机关干部群", members=members),)
    posts = tuple(
        IncomingMessage(f"m{n}", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text)
        for n, text in enumerate(POSTS)
    )
    app = _started(qtbot, store, clock)
    try:
        assert _held_row(app) is None, "nothing held yet: not listed"
        app.relay.ingested.emit(ingestor.apply(account.id, SyncBatch("c1", groups, posts)))
        qtbot.waitUntil(lambda: _bar_count(app) == 3, timeout=5000)
        assert _held_row(app) == (view_name(ViewKind.HELD), "3")
    finally:
        app.stop()
    app = _started(qtbot, store, clock)
    try:
        window = app.window
        qtbot.waitUntil(lambda: _bar_count(app) == 3, timeout=5000)
        assert _held_row(app) == (view_name(ViewKind.HELD), "3")
        # Opened, it lists those it counts.
        window.sidebar.select_view(ViewKind.HELD)
        settle(qtbot, window)
        assert window.model.view.kind is ViewKind.HELD
        assert window.model.rowCount() == 3
        # All of them done: none held, the list is no longer offered, and the user is
        # back where they were.
        window.list.setFocus()
        for _ in POSTS:
            qtbot.keyClick(window.list, Qt.Key.Key_E)
            qtbot.waitUntil(app.ops_idle, timeout=5000)
            settle(qtbot, window)
        qtbot.waitUntil(lambda: _bar_count(app) == 0, timeout=5000)
        assert _held_row(app) is None
        assert window.model.view.kind is not ViewKind.HELD
    finally:
        app.stop()
