"""desk on a dark theme (Windows 11 in dark mode) and a high-contrast one (black, white,
yellow): every text painted reads on what it is painted on, and a switch of theme while
desk runs reaches what was already shown. The light theme keeps its colours."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView, QWidget
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.contrast import contrast_ratio
from desk.core.messages import Reason, Role, Tier
from desk.core.quiet_grid import CELLS
from desk.core.quiet_hours import official_calendar
from desk.core.settings import QUIET_ROWS
from desk.store.escalations import Ladder
from desk.store.inbox import InboxRow, ViewKind
from desk.ui.day_field import DayField
from desk.ui.day_list import DayListEditor, DayNote
from desk.ui.detail_pane import DetailPane
from desk.ui.ding_banner import DingBanner
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.inbox_model import ROW_ROLE
from desk.ui.quiet_grid_editor import QUIET, QuietGridEditor
from desk.ui.sidebar import Sidebar
from desk.ui.status_text import LinkedStatus
from desk.ui.style import NOTE, rgb
from tests.conftest import SHANGHAI
from tests.ui.test_detail_pane import _row as plain_row

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI)
Role_ = QPalette.ColorRole


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (Role_.Text, Role_.WindowText, Role_.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


# What Qt gives a dark theme on Linux (GTK's) and Windows' "High Contrast Black".
DARK = _palette(
    {
        Role_.Window: "#323232",
        Role_.WindowText: "#f0f0f0",
        Role_.Base: "#242424",
        Role_.AlternateBase: "#2c2c2c",
        Role_.Text: "#f0f0f0",
        Role_.Button: "#323232",
        Role_.ButtonText: "#f0f0f0",
        Role_.Highlight: "#308cc6",
        Role_.HighlightedText: "#f0f0f0",
        Role_.Link: "#308cc6",
        Role_.Mid: "#262626",
    },
    disabled_text="#828282",
)
HIGH_CONTRAST = _palette(
    {
        Role_.Window: "#000000",
        Role_.WindowText: "#ffffff",
        Role_.Base: "#000000",
        Role_.AlternateBase: "#000000",
        Role_.Text: "#ffffff",
        Role_.Button: "#000000",
        Role_.ButtonText: "#ffffff",
        Role_.Highlight: "#ffff00",
        Role_.HighlightedText: "#000000",
        Role_.Link: "#ffff00",
        Role_.Mid: "#808080",
    },
    disabled_text="#3ff23f",
)


@pytest.fixture
def theme(qtbot: QtBot) -> Iterator[None]:
    """Puts the application's palette back after a test that changed it."""
    before = QPalette(QApplication.palette())
    yield
    QApplication.setPalette(before)


def _switch(qtbot: QtBot, palette: QPalette, *shown: QWidget) -> None:
    """Sets the application's palette, as a change of the system's theme does, and waits
    until the shown widgets have it (Qt hands it on in posted events)."""
    QApplication.setPalette(palette)
    window = palette.color(Role_.Window)
    qtbot.waitUntil(lambda: all(w.palette().color(Role_.Window) == window for w in shown))


def _ratio(a: QColor, b: QColor) -> float:
    return contrast_ratio(rgb(a), rgb(b))


def _best(image: QImage, area: QRect, background: QColor) -> float:
    """The contrast of the strongest pixel in `area` against `background`: a glyph's core
    is drawn in its pen's colour, its edges are blended."""
    return max(
        _ratio(image.pixelColor(x, y), background)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def _urgent_row(**changes: object) -> InboxRow:
    row = replace(
        plain_row("请各村书记立即到岗坐镇指挥"),
        tier=Tier.URGENT,
        also_in=("桐坪镇防汛应急指挥群",),
    )
    return replace(row, **changes)


class _Card:
    """One card in a list, painted by the real delegate, grabbed as the screen shows it."""

    def __init__(self, qtbot: QtBot, row: InboxRow) -> None:
        model = QStandardItemModel()
        item = QStandardItem()
        item.setData(row, ROW_ROLE)
        model.appendRow(item)
        self.view = QListView()
        qtbot.addWidget(self.view)
        self.delegate = InboxDelegate(SHANGHAI, ManualClock(NOW), self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(model)
        self.view.resize(560, 160)
        self.view.show()
        qtbot.waitExposed(self.view)
        self.row = row
        self.image = self.view.viewport().grab().toImage()
        self.rect = self.view.visualRect(model.index(0, 0))
        self.line_h = QFontMetrics(self.view.font()).height()
        # Between the tier bar and the text, above the first line: the card's background.
        self.background = self.image.pixelColor(self.rect.left() + 6, self.rect.top() + 1)

    def line(self, n: int) -> QRect:
        """The card's nth line (0: header, 1: preview, 2: why), right of the tier bar."""
        top = self.rect.top() + 5 + n * (self.line_h + 4)
        return QRect(self.rect.left() + 12, top, self.rect.width() - 24, self.line_h)

    def contrast(self, n: int) -> float:
        return _best(self.image, self.line(n), self.background)


@pytest.mark.parametrize("palette", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_every_line_of_a_card_reads_on_a_dark_theme(
    qtbot: QtBot, theme: None, palette: QPalette
) -> None:
    QApplication.setPalette(palette)
    unread = _Card(qtbot, _urgent_row())
    assert unread.background == palette.color(Role_.Base)
    assert unread.contrast(0) >= 7, "the group and sender"
    assert unread.contrast(1) >= 7, "an unread card's words"
    # The line that says why it is urgent was the light card's dark red: 2.2:1 on dark.
    assert unread.contrast(2) >= 4.5
    # The tier bar stands out from the card as a mark must (3:1).
    bar = unread.image.pixelColor(unread.rect.left() + 1, unread.rect.center().y())
    assert _ratio(bar, unread.background) >= 3
    read = _Card(qtbot, _urgent_row(read=True))
    # A read card's words are greyed, but can still be read, and less loud than unread ones.
    assert 3 <= read.contrast(1) < unread.contrast(1) or palette is HIGH_CONTRAST


@pytest.mark.parametrize("palette", [None, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
def test_badges_keep_their_white_words_legible_on_every_theme(
    qtbot: QtBot, theme: None, palette: QPalette | None
) -> None:
    if palette is not None:
        QApplication.setPalette(palette)
    card = _Card(qtbot, _urgent_row(ding=True, pinned=True, sender_role=Role.OWNER))
    laid = card.delegate._card(card.row, card.rect.width(), card.view.font())
    assert [b.text.text() for b in laid.badges] == ["DING", "unconfirmed", "owner"]
    top = card.rect.top() + 5
    for badge in laid.badges:
        box = QRect(card.rect.left() + badge.x, top - 1, badge.width, card.line_h + 2)
        fill = card.image.pixelColor(box.left() + 2, box.center().y())
        assert fill.name() == badge.colour.name()
        assert _best(card.image, box.adjusted(2, 2, -2, -2), fill) >= 4.5, badge.text.text()


def test_on_the_light_theme_a_card_keeps_its_colours(qtbot: QtBot) -> None:
    card = _Card(qtbot, _urgent_row())
    assert card.background == QColor("#ffffff")
    bar = card.image.pixelColor(card.rect.left() + 1, card.rect.center().y())
    assert bar == QColor("#d93025")
    summary = card.line(2)
    colours = {
        card.image.pixelColor(x, y).name()
        for x in range(summary.left(), summary.right())
        for y in range(summary.top(), summary.bottom())
    }
    assert "#a7251c" in colours, "the why line a shade darker than urgent's red"


def test_a_task_the_user_answered_says_so_in_grey_not_in_its_tier_s_red(qtbot: QtBot) -> None:
    # Answered, it owes nothing: 已回复 in the urgent red read as a warning still.
    replied = Reason.of("replied", at=NOW.isoformat())
    card = _Card(qtbot, _urgent_row(reasons=(Reason.of("mention"), replied)))
    summary = card.line(2)
    colours = {
        card.image.pixelColor(x, y).name()
        for x in range(summary.left(), summary.right())
        for y in range(summary.top(), summary.bottom())
    }
    assert "#a7251c" not in colours
    assert NOTE.on(card.background).name() in colours


def _cell(grid: QuietGridEditor, image: QImage, row: int, column: int) -> QColor:
    centre = grid.visualRect(grid.model().index(row, column)).center()
    return image.pixelColor(grid.viewport().mapTo(grid, centre))


def _half_quiet_grid(qtbot: QtBot) -> QuietGridEditor:
    grid = QuietGridEditor()
    qtbot.addWidget(grid)
    grid.set_grid({row: [c < CELLS // 2 for c in range(CELLS)] for row in QUIET_ROWS})
    grid.show()
    qtbot.waitExposed(grid)
    return grid


@pytest.mark.parametrize("palette", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_quiet_cells_stand_apart_on_a_dark_theme_and_awake_ones_do_not_glare(
    qtbot: QtBot, theme: None, palette: QPalette
) -> None:
    QApplication.setPalette(palette)
    grid = _half_quiet_grid(qtbot)
    image = grid.grab().toImage()
    quiet, awake = _cell(grid, image, 0, 2), _cell(grid, image, 0, CELLS - 2)
    assert _ratio(quiet, awake) >= 3
    assert awake.lightness() < 100, "a white cell glared in a dark dialog"
    assert quiet.blue() > quiet.red() and quiet.blue() > quiet.green(), "called blue"
    grid.setEnabled(False)  # quiet hours switched off: greyed, still told apart
    image = grid.grab().toImage()
    off, awake_off = _cell(grid, image, 0, 2), _cell(grid, image, 0, CELLS - 2)
    assert _ratio(off, awake_off) >= 1.5 and _ratio(off, awake_off) < _ratio(quiet, awake)


def test_on_the_light_theme_the_grid_keeps_white_and_navy(qtbot: QtBot) -> None:
    grid = _half_quiet_grid(qtbot)
    image = grid.grab().toImage()
    assert _cell(grid, image, 0, 2) == QUIET.light == QColor("#3c4a8c")
    assert _cell(grid, image, 0, CELLS - 2) == QColor("#ffffff")


def test_the_sidebar_recolours_its_tier_views_when_the_theme_turns_dark(
    qtbot: QtBot, theme: None
) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.show()
    urgent = sidebar._view_items[ViewKind.URGENT]
    assert urgent.foreground(0).color() == QColor("#d93025")
    _switch(qtbot, DARK, sidebar)
    base = sidebar.palette().color(Role_.Base)
    for kind in (ViewKind.URGENT, ViewKind.ACTION, ViewKind.INFO, ViewKind.NOISE):
        shown = sidebar._view_items[kind].foreground(0).color()
        assert _ratio(shown, base) >= 4.5, kind


def test_the_reading_pane_is_written_again_in_the_dark_themes_colours(
    qtbot: QtBot, theme: None
) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(NOW))
    qtbot.addWidget(pane)
    pane.show()
    # Withdrawn too, for its greyed lines (review: hard-coded grey, 3.9:1 on dark).
    withdrawn = datetime(2026, 11, 23, 9, 20, tzinfo=SHANGHAI)
    pane.show_row(replace(_urgent_row(), group_encrypted=True, withdrawn=withdrawn))
    _switch(qtbot, DARK, pane)
    base = pane.palette().color(Role_.Base)
    colours = set(re.findall(r"color:(#[0-9a-f]{6})", pane.toHtml()))
    assert len(colours) >= 2, "the tier's word and the notes are coloured"
    assert all(_ratio(QColor(c), base) >= 4.5 for c in colours), colours


def test_a_note_and_a_status_link_follow_a_switch_to_dark_and_back(
    qtbot: QtBot, theme: None
) -> None:
    day = date(2026, 11, 23)
    days = DayListEditor([], day, day, name="休息日", check=lambda _d: DayNote("已是休息日", True))
    status = LinkedStatus()
    for widget in (days, status):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    days.add_picked()
    status.set_text("缺少 2027 年的官方节假日安排 ·", "holidays", "设置节假日")
    assert days.note.palette().color(Role_.WindowText) == QColor("#b3261e")
    status.link.grab()  # painted once in the light theme, as it had been on the screen
    _switch(qtbot, DARK, days.note, status.link)
    note = days.note.palette()
    assert _ratio(note.color(Role_.WindowText), note.color(Role_.Window)) >= 4.5
    # The link kept the light theme's blue (1.5:1) on a status bar gone dark; now it is
    # in the dark theme's own link colour (its underline is drawn solid in it).
    link = status.link
    image = link.grab().toImage()
    painted = {
        image.pixelColor(x, y).name() for x in range(link.width()) for y in range(link.height())
    }
    assert DARK.color(Role_.Link).name() in painted
    assert _best(image, link.rect(), DARK.color(Role_.Window)) >= 3
    light = QPalette(QColor("#efefef"))
    _switch(qtbot, light, days.note)
    assert days.note.palette().color(Role_.WindowText) == QColor("#b3261e")


@pytest.mark.parametrize("palette", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_the_day_calendars_days_read_on_a_dark_theme(
    qtbot: QtBot, theme: None, palette: QPalette
) -> None:
    # Every working day was marked in near-black: 1.04:1 on the dark theme's cells.
    QApplication.setPalette(palette)
    day = date(2026, 9, 10)
    field = DayField(day, day, name="休息日", day_of=official_calendar({}).day)
    qtbot.addWidget(field)
    field.popup.aboutToShow.emit()  # marks the month shown, as opening it does
    field.calendar.setCurrentPage(2026, 10)
    cells = field.calendar.palette().color(Role_.Base)
    # 国庆节, a make-up Saturday, an ordinary Saturday and an ordinary Monday.
    for day in (date(2026, 10, 1), date(2026, 10, 10), date(2026, 10, 17), date(2026, 10, 12)):
        shown = field.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        assert _ratio(shown.foreground().color(), cells) >= 4.5, day


def test_the_ding_banners_buttons_turn_dark_with_the_theme(qtbot: QtBot, theme: None) -> None:
    banner = DingBanner(ManualClock(NOW), SHANGHAI)
    qtbot.addWidget(banner)
    started = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
    banner.show_ladders([Ladder(1, started, 1, None, "镇防汛指挥部群", "钟书记", "立即到岗")])
    qtbot.waitExposed(banner)
    _switch(qtbot, DARK, banner.ack_button)
    # Under the banner's old style sheet they stayed light in a window gone dark.
    assert banner.ack_button.palette().color(Role_.Button) == QColor("#323232")
    image = banner.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#d93025")
    words = banner.label.geometry()
    assert _best(image, words, QColor("#d93025")) >= 4.5


def test_a_note_is_legible_on_a_light_window() -> None:
    # Fusion's light window, and a white one.
    for background in (QColor("#efefef"), QColor("#ffffff")):
        assert _ratio(NOTE.on(background), background) >= 4.5
