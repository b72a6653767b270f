"""The sidebar's unread counts, as they change after sync batches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desk.store.inbox import GroupCount, OpenCards, ViewKind
from desk.ui import i18n
from desk.ui.sidebar import LISTED_ORDER, Sidebar, view_key


def test_the_count_column_widens_to_show_a_larger_count_in_full(qtbot: QtBot) -> None:
    sidebar = _shown(qtbot, 260, 400)
    names = [f"桐坪镇第{i}网格工作群" for i in range(40)]
    sidebar.set_counts({ViewKind.ALL: 9}, [GroupCount(i, n, 1) for i, n in enumerate(names)])
    narrow = sidebar.columnWidth(1)
    sidebar.set_counts(
        {ViewKind.ALL: 123456}, [GroupCount(i, n, 12345) for i, n in enumerate(names)]
    )
    qtbot.waitUntil(lambda: sidebar.columnWidth(1) > narrow)
    shown = sidebar.topLevelItem(0).child(0)
    assert shown.text(1) == "123456"
    assert sidebar.columnWidth(1) >= sidebar.fontMetrics().horizontalAdvance("123456")


def test_a_long_muted_group_keeps_its_mark_when_its_name_is_cut(qtbot: QtBot) -> None:
    sidebar = _shown(qtbot, 200, 300)
    name = "桐坪镇河长制暨人居环境整治工作群"
    sidebar.set_counts({}, [GroupCount(1, name, 3, remote_id="g1")])
    sidebar.set_muted(frozenset({"g1"}))
    item = sidebar.topLevelItem(1).child(0)
    shown = sidebar.fontMetrics().elidedText(
        item.text(0), sidebar.textElideMode(), sidebar.visualItemRect(item).width()
    )
    assert "…" in shown and shown.startswith("(muted)"), shown


def test_groups_that_share_their_start_and_end_stay_apart_when_cut(qtbot: QtBot) -> None:
    sidebar = _shown(qtbot, 110, 300)
    names = ["桐坪镇机关干部工作群", "桐坪镇村（社区）书记工作群", "桐坪镇网格员工作群"]
    sidebar.set_counts({}, [GroupCount(i, n, 3, remote_id=f"g{i}") for i, n in enumerate(names)])
    groups = sidebar.topLevelItem(1)
    shown = set()
    for i in range(groups.childCount()):
        item = groups.child(i)
        width = sidebar.visualItemRect(item).width()
        shown.add(sidebar.fontMetrics().elidedText(item.text(0), sidebar.textElideMode(), width))
    assert any("…" in s for s in shown), shown
    assert len(shown) == len(names), shown


def test_a_group_muted_by_name_in_a_policy_shows_as_muted(qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({}, [GroupCount(1, "机关工会群", 3, remote_id="g1")])
    sidebar.set_muted(frozenset({"机关工会群"}))
    assert sidebar.topLevelItem(1).child(0).text(0).startswith("(muted)")


def test_a_groups_count_says_it_counts_messages_not_cards(qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({}, [GroupCount(1, "机关工会群", 3, remote_id="g1")])
    tip = sidebar.topLevelItem(1).child(0).toolTip(1)
    assert tip == "3 unread message(s) in this group, copies and replies included"


def test_a_right_click_on_a_group_shows_that_group_and_on_a_heading_nothing(
    qtbot: QtBot,
) -> None:
    sidebar = _shown(qtbot, 260, 400)
    sidebar.set_counts({}, [GroupCount(7, "桐坪镇党政办", 3)])
    chosen: list[object] = []
    sidebar.viewChosen.connect(chosen.append)
    group = sidebar.topLevelItem(1).child(0)
    view = sidebar.select_at(sidebar.visualItemRect(group).center())
    assert view is not None and (view.kind, view.group_id) == (ViewKind.GROUP, 7)
    assert chosen == [view] and sidebar.currentItem() is group
    heading = sidebar.topLevelItem(1)
    assert sidebar.select_at(sidebar.visualItemRect(heading).center()) is None
    assert sidebar.currentItem() is group


def test_groups_that_are_gone_leave_and_new_ones_take_their_place_by_pinyin(
    qtbot: QtBot,
) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.show()
    demo = [GroupCount(1, "桐坪镇党政办", 3), GroupCount(2, "桐坪镇防汛应急指挥群", 5)]
    sidebar.set_counts({}, demo)
    chosen: list[object] = []
    sidebar.viewChosen.connect(chosen.append)
    sidebar.setCurrentItem(sidebar.topLevelItem(1).child(1))
    # The demo workspace removed, a server account's groups in: one sorts before the rest.
    sidebar.set_counts({}, [GroupCount(7, "县应急局工作群", 2), GroupCount(8, "镇政府工作群", 4)])
    groups = sidebar.topLevelItem(1)
    assert [groups.child(i).text(0) for i in range(groups.childCount())] == [
        "县应急局工作群",
        "镇政府工作群",
    ]
    # The group in view went with them: All is shown, and said.
    assert sidebar.currentItem() is sidebar.topLevelItem(0).child(0)
    assert chosen[-1].kind is ViewKind.ALL
    sidebar.set_counts(
        {},
        [
            GroupCount(9, "乡村振兴工作群", 1),
            GroupCount(7, "县应急局工作群", 2),
            GroupCount(8, "镇政府工作群", 4),
        ],
    )
    # By pinyin: xian, xiang, zhen (in code points 乡 comes before 县).
    assert [groups.child(i).text(0) for i in range(groups.childCount())] == [
        "县应急局工作群",
        "乡村振兴工作群",
        "镇政府工作群",
    ]


def test_a_group_the_user_left_is_greyed_and_says_so(qtbot: QtBot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.show()
    sidebar.set_counts({}, [GroupCount(1, "党政办三人小组", 2, left=True)])
    item = sidebar.topLevelItem(1).child(0)
    assert item.text(0) == "(left) 党政办三人小组"
    assert item.toolTip(0).startswith("You are no longer in 党政办三人小组")
    assert item.data(0, Qt.ItemDataRole.ForegroundRole) is not None


def test_a_new_group_does_not_scroll_the_list_being_read(qtbot: QtBot) -> None:
    sidebar = _shown(qtbot, 240, 300)
    groups = [GroupCount(i, f"桐坪镇第{i:02d}网格工作群", i) for i in range(40)]
    sidebar.set_counts({}, groups)
    sidebar.setCurrentItem(sidebar.topLevelItem(1).child(30))
    bar = sidebar.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    sidebar.set_counts({}, [GroupCount(99, "乡村振兴工作群", 1), *groups])
    assert bar.value() == before
    assert sidebar.currentItem().text(0) == "桐坪镇第30网格工作群"


def _ink_right(image: QImage, row: QRect) -> int:
    """The rightmost column in `row` that holds a dark pixel (the count's digits)."""
    for x in range(row.right(), row.left() - 1, -1):
        for y in range(row.top(), row.bottom() + 1):
            if image.pixelColor(x, y).lightness() < 128:
                return x
    return -1


def test_counts_are_right_aligned_with_room_to_the_edge(qtbot: QtBot) -> None:
    sidebar = _shown(qtbot, 240, 400)
    sidebar.set_counts(
        {ViewKind.ALL: 187},
        [GroupCount(1, "群", 3)],
        {ViewKind.URGENT: OpenCards(10, 2), ViewKind.ACTION: OpenCards(7, 0)},
    )
    sidebar.setCurrentItem(sidebar.topLevelItem(1).child(0))  # no view highlighted
    views = sidebar.topLevelItem(0)
    qtbot.waitUntil(lambda: views.child(0).text(1) == "187")
    shot = sidebar.viewport().grab().toImage()
    rights = []
    for i in range(3):
        item = views.child(i)
        rect = sidebar.visualItemRect(item)
        column = QRect(
            sidebar.columnViewportPosition(1), rect.top(), sidebar.columnWidth(1), rect.height()
        )
        rights.append(_ink_right(shot, column))
    # The last digits line up, and the widest count keeps its distance from the edge.
    assert max(rights) - min(rights) <= 1, rights
    assert sidebar.viewport().width() - 1 - max(rights) >= 6


def _shown(qtbot: QtBot, width: int, height: int) -> Sidebar:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(width, height)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    return sidebar


@pytest.fixture
def chinese() -> Iterator[None]:
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None, "desk_zh_CN.qm missing: run `python3 dev.py test`"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _due_item(sidebar: Sidebar) -> tuple[str, str, str]:
    """The due view's row: its name, its count and its count's tip."""
    (row,) = [e for e in sidebar.entries() if e.view is not None and e.view.kind is ViewKind.DUE]
    item = sidebar.topLevelItem(0).child(LISTED_ORDER.index(ViewKind.DUE))
    return row.name, row.count, item.toolTip(1)


def test_the_due_view_is_named_for_the_overdue_too_and_its_tip_counts_each(
    qtbot: QtBot,
) -> None:
    # 今日到期 9239 on a big store with nothing due that day: all of them overdue, which
    # only its tooltip said (a tester). Still last, on Ctrl+9.
    sidebar = _shown(qtbot, 260, 400)
    sidebar.set_counts({}, [], {ViewKind.DUE: OpenCards(9239, 12, overdue=9239)})
    assert _due_item(sidebar) == (
        "Due & overdue",
        "9239",
        "Due today 0 · overdue 9239 (not done yet)\n12 of them unread",
    )
    assert LISTED_ORDER[-1] is ViewKind.DUE and view_key(ViewKind.DUE) == "Ctrl+9"
    sidebar.set_counts({}, [], {ViewKind.DUE: OpenCards(5, 0, overdue=2)})
    assert _due_item(sidebar)[1:] == (
        "5",
        "Due today 3 · overdue 2 (not done yet)\nAll of them read",
    )


def test_in_chinese_the_due_view_is_到期_逾期_and_its_tip_says_today_s_and_the_overdue(
    chinese: None, qtbot: QtBot
) -> None:
    sidebar = _shown(qtbot, 260, 400)
    sidebar.set_counts({}, [], {ViewKind.DUE: OpenCards(7, 0, overdue=4)})
    name, count, tip = _due_item(sidebar)
    assert (name, count) == ("到期/逾期", "7")
    assert tip.splitlines()[0].startswith("今日到期 3 · 已逾期 4")
