"""A search's words marked where it matched: in the cards it lists and in the reading pane,
and gone with the search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import NoticeCopy, named_spans, search_needle
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.detail_pane import DetailPane
from desk.ui.inbox_delegate import _marks
from desk.ui.main_window import MainWindow
from desk.ui.style import MATCH_BOX
from tests.conftest import SHANGHAI
from tests.ui.test_detail_pane import _row as plain_row
from tests.ui.test_main_window import _window_over, type_chinese

# The match lies far beyond what a card's line shows of it.
LONG = (
    "各位同事：根据区委区政府统一部署，结合我镇实际，现就近期重点工作安排如下。"
    "一是继续抓好秋冬季森林防火，各村要落实网格化巡查责任，严禁野外用火；"
    "二是做好人居环境整治回头看，清理房前屋后杂物；三是加强安全生产隐患排查。"
    "请各村于本周五前上报防汛物资储备情况，逾期通报。"
)
POSTS = {
    "long": ("区政府办-孟凡", LONG),
    "simple": ("党政办-李明", "紧急通知：明日全镇中小学停课一天。"),
    "traditional": ("党政办-李明", "轉發：緊急通知，明日停課。"),
    "latin": ("卫健办-王芳", "HPV疫苗第二针接种安排，请适龄女生家长留意 hpv 接种时间。"),
    # An emoji is two of Qt's characters (UTF-16) and one of Python's.
    "fire": ("农办-赵强", "🔥" * 8 + " 消防演练：明日停课 🔥🔥 消防演练"),
    # The group (镇政府办) and the sender's unit (党政办) in the text too.
    "town": ("党政办-李明", "镇政府办通知：请党政办各同志到镇政府三楼开会。"),
    # The one- and two-character searches fold ASCII letters only; the trigrams fold all.
    "umlaut": ("卫健办-王芳", "Äpfel und äpfel"),
    # A name with a space, found by a search of two words.
    "spaced": ("Li Ming", "下午的汇报材料我来准备。"),
    # Longer than the reading pane is tall.
    "ledger": (
        "农办-赵强",
        "\n".join(f"第{n}项：按要求完成本周工作。" for n in range(1, 61))
        + "\n请报送秸秆禁烧巡查台账。",
    ),
}


# A Roman numeral as one character, and in letters (NFKC's spelling of it).
NUMERALS = {
    "roman": ("应急办-周敏", "启动Ⅲ级应急响应，请各村值班。"),
    "spelt": ("应急办-周敏", "防汛III级响应已解除。"),
    "other": ("应急办-周敏", "Ⅱ级响应"),
}


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _window_of(qtbot, store, clock, POSTS)


# A notice and who confirmed it, in order: the card names the first three, and the user
# (桐坪镇-方晓宁) first of all, as 我.
ACKED_NOTICE = "请各村于本周五下午5点前将秸秆禁烧巡查台账报镇农业办，逾期未报的将在全镇通报。"
ACKERS = ("上坪村-甲", "上坪村-乙", "上坪村-丙", "上坪村-丁", "白鹭镇-蓝海涛", "桐坪镇-方晓宁")


@pytest.fixture
def acked_window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    (account,) = ensure_default_account(store, clock)
    names = ("区政府办-孟凡", *ACKERS)
    members = tuple(MemberInfo(f"u{n}", name, Role.MEMBER) for n, name in enumerate(names))
    start = clock.now() - timedelta(minutes=len(names))
    notice = IncomingMessage("n", "g", "u0", names[0], Role.ADMIN, start, ACKED_NOTICE)
    acks = tuple(
        IncomingMessage(
            f"a{n}",
            "g",
            f"u{n}",
            name,
            Role.MEMBER,
            start + timedelta(minutes=n),
            "收到",
            from_me=name == "桐坪镇-方晓宁",
        )
        for n, name in enumerate(names)
        if n
    )
    members = tuple(replace(m, role=Role.ADMIN) if not n else m for n, m in enumerate(members))
    batch = SyncBatch("c1", (GroupInfo("g", "镇政府办", members=members),), (notice, *acks))
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    yield from _window_over(qtbot, store, clock)


@pytest.fixture
def numerals_window(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[MainWindow]:
    yield from _window_of(qtbot, store, clock, NUMERALS)


def _window_of(
    qtbot: QtBot, store: Store, clock: ManualClock, posted: dict[str, tuple[str, str]]
) -> Iterator[MainWindow]:
    (account,) = ensure_default_account(store, clock)
    members = tuple(
        MemberInfo(f"u{n}", name, Role.MEMBER)
        for n, name in enumerate(sorted({name for name, _ in posted.values()}))
    )
    ids = {m.name: m.user_id for m in members}
    posts = tuple(
        IncomingMessage(remote_id, "g", ids[name], name, Role.MEMBER, clock.now(), text)
        for remote_id, (name, text) in posted.items()
    )
    batch = SyncBatch("c1", (GroupInfo("g", "镇政府办", members=members),), posts)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    yield from _window_over(qtbot, store, clock)


def _search(qtbot: QtBot, win: MainWindow, needle: str) -> None:
    """Types `needle` into the search box as an input method commits it, and runs it."""
    win.search.setFocus()
    win.search.selectAll()
    type_chinese(win.search, needle)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.model.canFetchMore(QModelIndex()))


def _leave_search(qtbot: QtBot, win: MainWindow) -> None:
    """Esc in the list, as a person leaves a search."""
    win.list.setFocus()
    qtbot.keyClick(win.list, Qt.Key.Key_Escape)
    assert win.search.text() == ""


def _row_of(win: MainWindow, text: str) -> int:
    rows = [win.model.inbox_row(r) for r in range(win.model.rowCount())]
    (found,) = [n for n, row in enumerate(rows) if row is not None and row.text == text]
    return found


def _box_pixels(win: MainWindow, row: int) -> int:
    """How many pixels of the card at `row`, as painted, are the mark's yellow."""
    win.list.viewport().update()
    image = win.list.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = win.list.visualRect(win.model.index(row))
    box = MATCH_BOX.rgb()
    return sum(
        image.pixel(x, y) == box
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom()))
        for x in range(max(0, rect.left()), min(image.width(), rect.right()), 2)
    )


def _card_marks(win: MainWindow, row: int) -> tuple[str, list[str], list[str]]:
    """The card's line as laid out for painting, and the words marked in its header and line."""
    index = win.model.index(row)
    inbox_row = win.model.inbox_row(row)
    assert inbox_row is not None
    card = win.cards._card(inbox_row, win.list.visualRect(index).width(), win.list.font())
    preview, header = card.preview.text(), card.header.text()
    return (
        preview,
        [header[s:e] for s, e in card.header_spans],
        [preview[s:e] for s, e in card.preview_spans],
    )


def _pane_marks(pane: DetailPane) -> list[str]:
    return [mark.cursor.selectedText() for mark in pane.extraSelections()]


def test_a_card_shows_and_marks_a_match_beyond_its_line_s_end(
    qtbot: QtBot, window: MainWindow
) -> None:
    row = _row_of(window, LONG)
    before, _, _ = _card_marks(window, row)
    assert "防汛物资" not in before, "the notice's start is what the card shows unsearched"
    assert _box_pixels(window, row) == 0

    _search(qtbot, window, "防汛物资")
    row = _row_of(window, LONG)
    preview, _, marked = _card_marks(window, row)
    assert preview.startswith("…") and "上报防汛物资" in preview
    assert marked == ["防汛物资"]
    assert _box_pixels(window, row) > 50

    _leave_search(qtbot, window)
    row = _row_of(window, LONG)
    assert _card_marks(window, row) == (before, [], [])
    assert _box_pixels(window, row) == 0


def test_traditional_characters_mark_the_simplified_text_too(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "緊急通知")
    assert window.model.rowCount() == 2
    marked = {_card_marks(window, r)[2][0] for r in range(2)}
    assert marked == {"紧急通知", "緊急通知"}


def test_case_is_folded_as_the_search_folds_it(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "Hpv")
    (_, _, marked) = _card_marks(window, _row_of(window, POSTS["latin"][1]))
    assert marked[0] == "HPV"
    # The card's line ends before the second; the reading pane shows the card whole.
    assert _pane_marks(window.detail) == ["HPV", "hpv"]


def test_every_word_of_a_search_is_marked_and_the_line_starts_at_the_first_found(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Typed after 防汛物资, 森林防火 comes first in the notice: the line shows it.
    _search(qtbot, window, "防汛物资\u3000森林防火")
    assert window.model.rowCount() == 1
    preview, _, marked = _card_marks(window, _row_of(window, LONG))
    assert preview.startswith("…") and marked[0] == "森林防火"
    window.list.setCurrentIndex(window.model.index(0))
    assert _pane_marks(window.detail) == ["森林防火", "防汛物资"]


def test_a_search_naming_the_sender_marks_the_name_in_the_header(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search(qtbot, window, "孟凡")
    (_, header, preview) = _card_marks(window, _row_of(window, LONG))
    assert header == ["孟凡"]
    assert preview == []
    # The reading pane marks it too, where its header names the sender (a tester saw it
    # marked on the card alone); not 区政府办, the unit.
    window.list.setCurrentIndex(window.model.index(_row_of(window, LONG)))
    assert _pane_marks(window.detail) == ["孟凡"]
    (mark,) = window.detail.extraSelections()
    start, end = mark.cursor.selectionStart(), mark.cursor.selectionEnd()
    assert window.detail.toPlainText()[start - 5 : end] == "区政府办-孟凡"


@pytest.mark.parametrize("needle", ["III级", "Ⅲ级"])
def test_a_roman_numeral_marks_it_written_either_way(
    qtbot: QtBot, numerals_window: MainWindow, needle: str
) -> None:
    # A tester: III级 found no Ⅲ级.
    window = numerals_window
    _search(qtbot, window, needle)
    assert window.model.rowCount() == 2
    for text, word in ((NUMERALS["roman"][1], "Ⅲ级"), (NUMERALS["spelt"][1], "III级")):
        row = _row_of(window, text)
        assert _card_marks(window, row)[2] == [word]
        assert _box_pixels(window, row) > 20
        window.list.setCurrentIndex(window.model.index(row))
        assert _pane_marks(window.detail) == [word]


def test_a_search_of_a_name_with_its_space_marks_the_name(qtbot: QtBot, window: MainWindow) -> None:
    # Listed, as its bearer's post, but marked nowhere before: a search of two words
    # marked no names.
    text = POSTS["spaced"][1]
    _search(qtbot, window, "Li Ming")
    (_, header, preview) = _card_marks(window, _row_of(window, text))
    assert header == ["Li Ming"]
    assert preview == []
    window.list.setCurrentIndex(window.model.index(_row_of(window, text)))
    assert _pane_marks(window.detail) == ["Li Ming"]


def test_a_search_of_several_words_marks_only_a_name_holding_them_as_typed() -> None:
    needle = search_needle("区政府办 孟凡")
    assert named_spans("区政府办 孟凡", "区政府办 孟凡", needle) == ((0, 7),)
    assert named_spans("区政府办-孟凡", "区政府办-孟凡", needle) == ()


def test_the_reading_pane_marks_every_match_and_shows_the_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 480)
    row = _row_of(window, LONG)
    window.list.setCurrentIndex(window.model.index(row))
    assert _pane_marks(window.detail) == []

    _search(qtbot, window, "村")
    window.list.setCurrentIndex(window.model.index(_row_of(window, LONG)))
    assert _pane_marks(window.detail) == ["村"] * LONG.count("村")
    mark = window.detail.extraSelections()[0]
    assert mark.format.background().color() == MATCH_BOX

    _leave_search(qtbot, window)
    assert _pane_marks(window.detail) == []


def test_the_reading_pane_scrolls_to_a_match_out_of_sight(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 480)
    _search(qtbot, window, "秸秆禁烧")
    pane = window.detail
    assert "秸秆禁烧" in pane.toPlainText()
    assert pane.verticalScrollBar().value() > 0
    (mark,) = pane.extraSelections()
    assert mark.cursor.selectedText() == "秸秆禁烧"
    assert pane.viewport().rect().contains(pane.cursorRect(mark.cursor))


def test_marks_fall_on_the_words_after_emoji(qtbot: QtBot, window: MainWindow) -> None:
    text = POSTS["fire"][1]
    # Wide enough for the whole line: narrower, its end is cut, and the second match with it.
    window.resize(1366, 600)
    qtbot.waitUntil(lambda: window.width() == 1366)
    _search(qtbot, window, "消防演练")
    row = _row_of(window, text)
    window.list.setCurrentIndex(window.model.index(row))
    assert _pane_marks(window.detail) == ["消防演练", "消防演练"]
    index = window.model.index(row)
    inbox_row = window.model.inbox_row(row)
    assert inbox_row is not None
    card = window.cards._card(inbox_row, window.list.visualRect(index).width(), window.list.font())
    preview = card.preview.text()
    assert [preview[s:e] for s, e in card.preview_spans] == ["消防演练", "消防演练"]
    # Each box starts where the words before it end, as the line is drawn.
    metrics = QFontMetrics(window.list.font())
    for (start, _), (x, _) in zip(card.preview_spans, card.preview_marks, strict=True):
        assert abs(x - metrics.horizontalAdvance(preview[:start])) <= 2


def test_the_reading_pane_marks_the_message_not_its_own_wording(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 480)
    text = POSTS["town"][1]
    # The group's name (镇政府办) heads the pane, above the message.
    _search(qtbot, window, "镇政府")
    window.list.setCurrentIndex(window.model.index(_row_of(window, text)))
    assert "镇政府办" in window.detail.toPlainText().split("\n")[0]
    marks = window.detail.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == ["镇政府", "镇政府"]
    body = window.detail.toPlainText().index(text)
    assert all(m.cursor.selectionStart() >= body for m in marks)


def test_the_header_marks_only_the_person_a_search_looked_for(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = POSTS["town"][1]
    # The store searches neither the group's name nor the sender's unit...
    for needle in ("镇政府", "党政办"):
        _search(qtbot, window, needle)
        (_, header, preview) = _card_marks(window, _row_of(window, text))
        assert header == [], needle
        assert preview[0] == needle
    # ...nor names for one character.
    simple = POSTS["simple"][1]
    _search(qtbot, window, "明")
    assert _card_marks(window, _row_of(window, simple))[1:] == ([], ["明"])
    _search(qtbot, window, "李明")
    assert _card_marks(window, _row_of(window, simple))[1:] == (["李明"], [])
    # The pane's header alike: the unit 党政办 in 党政办-李明 is not searched.
    window.list.setCurrentIndex(window.model.index(_row_of(window, text)))
    _search(qtbot, window, "党政办")
    window.list.setCurrentIndex(window.model.index(_row_of(window, text)))
    assert _pane_marks(window.detail) == ["党政办"], "in the message, not the sender's unit"


def test_a_one_character_search_folds_only_ascii_letters(qtbot: QtBot, window: MainWindow) -> None:
    text = POSTS["umlaut"][1]
    # A LIKE answers it, and does not find Ä for ä.
    _search(qtbot, window, "ä")
    assert _card_marks(window, _row_of(window, text))[2] == ["ä"]
    # The trigram index does.
    _search(qtbot, window, "äpf")
    assert _card_marks(window, _row_of(window, text))[2] == ["Äpf", "äpf"]
    # ASCII letters fold on either path.
    _search(qtbot, window, "P")
    assert _card_marks(window, _row_of(window, text))[2] == ["p", "p"]


def test_a_mark_in_right_to_left_text_is_a_box_left_to_right(qtbot: QtBot) -> None:
    font = QFont()
    (mark,) = _marks("שלום עולם", ((5, 9),), font)
    assert mark[0] < mark[1]


def test_the_reading_pane_marks_what_a_copy_adds_not_its_heading(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 23, 9, 15, tzinfo=SHANGHAI)
    copy = NoticeCopy(
        id=2,
        group_name="桐坪镇村联络群",
        sender_name="贺春梅",
        ts=at,
        added=("请各村再排查一次。", "结果报镇应急办。"),
        deadline=at + timedelta(hours=1),
    )
    pane = DetailPane(SHANGHAI, ManualClock(at), copies_of=lambda _card: [copy])
    qtbot.addWidget(pane)
    card = replace(plain_row("暴雨预警：请排查隐患"), cluster="$e", also_in=(copy.group_name,))
    pane.show_row(card)
    pane.set_search("排查")
    assert _pane_marks(pane) == ["排查", "排查"]
    for needle in ("联络群", "Due", "adds"):
        pane.set_search(needle)
        assert _pane_marks(pane) == [], needle
    pane.set_search("应急办")
    assert _pane_marks(pane) == ["应急办"]


def test_a_name_cut_before_its_dash_marks_no_unit() -> None:
    # From review: on a narrow card, 区政府办综合… was cut before its dash, and a search
    # for 综合 marked the unit, which the store does not search.
    needle = search_needle("综合")
    assert named_spans("区政府办综合科-孟凡", "区政府办综合…", needle) == ()
    assert named_spans("区政府办综合科-孟凡", "区政府办综合科-孟凡", search_needle("孟凡")) == (
        (8, 10),
    )


def _summary_marks(win: MainWindow, row: int) -> tuple[str, list[str]]:
    """The card's last line as laid out for painting, and the words marked in it."""
    index = win.model.index(row)
    inbox_row = win.model.inbox_row(row)
    assert inbox_row is not None
    card = win.cards._card(inbox_row, win.list.visualRect(index).width(), win.list.font())
    line = card.summary.text()
    return line, [line[s:e] for s, e in card.summary_spans]


def test_a_search_for_someone_who_confirmed_a_notice_names_and_marks_them_on_its_card(
    qtbot: QtBot, acked_window: MainWindow
) -> None:
    # A notice listed for 蓝海涛's 收到 showed 收到 ×6 (我, 甲, 乙, …), and nothing marked:
    # the one searched for comes first among the names, marked.
    window = acked_window
    line, marked = _summary_marks(window, _row_of(window, ACKED_NOTICE))
    assert "蓝海涛" not in line and marked == []
    assert _box_pixels(window, _row_of(window, ACKED_NOTICE)) == 0

    _search(qtbot, window, "蓝海涛")
    assert window.model.rowCount() == 1
    row = _row_of(window, ACKED_NOTICE)
    line, marked = _summary_marks(window, row)
    # First on the line, before the due time (which cut it off a narrow card's line),
    # and first of the names after the user's own.
    assert line.startswith("acknowledged ×6 (me, 白鹭镇-蓝海涛, ") and marked == ["蓝海涛"]
    assert _box_pixels(window, row) > 20
    # The reading pane marks them where it lists who confirmed, and nowhere else.
    window.list.setCurrentIndex(window.model.index(row))
    marks = _pane_marks(window.detail)
    assert marks and set(marks) == {"蓝海涛"}
    listed = window.detail.toPlainText()
    assert all(
        listed[m.cursor.selectionStart() - 4 : m.cursor.selectionEnd()] == "白鹭镇-蓝海涛"
        for m in window.detail.extraSelections()
    )

    _leave_search(qtbot, window)
    line, marked = _summary_marks(window, _row_of(window, ACKED_NOTICE))
    assert "蓝海涛" not in line and marked == []


def test_a_search_for_your_own_name_does_not_list_what_you_only_confirmed(
    qtbot: QtBot, acked_window: MainWindow
) -> None:
    # Said as 我 on the card, the user's own 收到 has no name there to mark (a new user
    # searched their own name and had every notice they confirmed, nothing marked).
    _search(qtbot, acked_window, "方晓宁")
    assert acked_window.model.rowCount() == 0


def _line_tops(pane: DetailPane) -> set[int]:
    """Where each line of the pane's page begins, in the scroll bar's pixels."""
    tops = set()
    block = pane.document().begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            tops.add(round(layout.position().y() + layout.lineAt(n).y()))
        block = block.next()
    return tops


def test_a_search_scrolls_the_pane_to_a_whole_line_and_back_to_the_top_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A tester searched 森林防火: the pane jumped to the match with the top line cut in
    # half, and stayed scrolled with the search cleared and on other cards.
    window.resize(900, 480)
    pane, bar = window.detail, window.detail.verticalScrollBar()
    _search(qtbot, window, "第40项")
    assert bar.value() > 0
    assert bar.value() in _line_tops(pane)
    (mark,) = pane.extraSelections()
    at = pane.cursorRect(mark.cursor)
    # Lines before it to read it in, and all of it in sight.
    assert at.top() >= pane.fontMetrics().height() * 2
    assert pane.viewport().rect().contains(at)

    _leave_search(qtbot, window)
    assert window.detail.row_id is not None and "第40项" in pane.toPlainText()
    assert bar.value() == 0

    # Read down the long card, then another one, and back: each from its top.
    bar.setValue(bar.maximum())
    ledger = window.list.currentIndex()
    window.list.setCurrentIndex(window.model.index(_row_of(window, LONG)))
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    window.list.setCurrentIndex(ledger)
    assert "第40项" in pane.toPlainText()
    assert bar.value() == 0


def test_a_match_in_the_first_screenful_leaves_the_header_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 480)
    bar = window.detail.verticalScrollBar()
    _search(qtbot, window, "秸秆禁烧")
    assert bar.value() > 0
    _search(qtbot, window, "第2项")
    assert "第2项" in window.detail.toPlainText()
    assert bar.value() == 0


def test_a_search_cleared_puts_the_reading_pane_back_at_its_top(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 23, 9, 15, tzinfo=SHANGHAI)
    pane = DetailPane(SHANGHAI, ManualClock(at))
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    pane.show_row(plain_row(POSTS["ledger"][1]))
    bar = pane.verticalScrollBar()
    pane.set_search("第40项")
    assert bar.value() > 0
    pane.set_search("")
    assert bar.value() == 0
