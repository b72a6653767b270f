"""The reply box's line saying where a reply goes, read whole on a small screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.store import Store
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.settled import settle


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def text_scale(request: pytest.FixtureRequest) -> Iterator[float]:
    """The text at 100 % and at 150 % (Windows' larger text, as a tester's laptop)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * request.param)
    app.setFont(font)
    yield request.param
    app.setFont(before)


def test_a_folded_notice_s_reply_line_shows_the_groups_it_does_not_go_to(
    qtbot: QtBot, store: Store, clock: ManualClock, text_scale: float
) -> None:
    # A tester at 1366x768: 只发到“云岫区应急管理·防汛工作群”（这条通知也在桐坪镇防汛应急指…,
    # the groups the reply does NOT go to cut off.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    ops = StoreOps()
    try:
        win = MainWindow(queries, ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.resize(1366, 728)
        win.show()
        qtbot.waitExposed(win)
        settle(qtbot, win)
        ids = queries.page(View(ViewKind.ALL), limit=500).ids
        folded = next(r for r in queries.rows(ids).values() if len(r.also_in) >= 1)
        win.reply_box.open_for(folded)
        settle(qtbot, win)
        where = win.reply_box.where_label
        qtbot.waitUntil(lambda: where.height() >= where.heightForWidth(where.width()))
        said = where.text()
        assert said.startswith(f"Goes to “{folded.group_name}” only, not to ")
        assert all(group in said for group in folded.also_in)
        # Shown whole: no wider than the pane, and as tall as its lines.
        assert where.width() <= win.detail.width() + 20
        assert where.height() >= where.heightForWidth(where.width()) > 0
    finally:
        ops.shutdown()
