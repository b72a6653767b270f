"""How a card lays out its header in the room it has."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise
from typing import cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Reason, Role, Tier
from desk.core.reasons import COPY_SOONER, OWN_DUE, SOONER_DUE, at_reason
from desk.core.text_size import scaled
from desk.store.inbox import Ack, InboxQueries, InboxRow
from desk.ui.inbox_delegate import _BAR, _PAD, InboxDelegate
from desk.ui.inbox_model import ROW_ROLE, InboxModel
from desk.ui.style import DING_COLOUR, SENT_DING_COLOUR, SUMMARY_TONES
from tests.conftest import SHANGHAI
from tests.ui.test_detail_pane import _row as plain_row
from tests.ui.test_detail_pane import sent_row, zh_cn  # noqa: F401 (a fixture)

LONG_GROUP = "云岫区桐坪镇2026年度防汛抗旱暨地质灾害防治应急指挥部成员单位联络工作群（镇村两级）"
CLOCK = ManualClock(datetime(2026, 11, 23, 9, 30, tzinfo=SHANGHAI))


def _row(**changes: object) -> InboxRow:
    """An owner's unconfirmed DING in 镇工作群, with `changes`."""
    row = replace(
        plain_row("请各村立即转移"),
        sender_name="区应急局-祁峰",
        sender_role=Role.OWNER,
        tier=Tier.URGENT,
        ding=True,
        pinned=True,
    )
    return replace(row, **changes)


def test_a_long_group_name_gives_way_to_the_sender(qtbot: QtBot) -> None:
    card = InboxDelegate(SHANGHAI, CLOCK)._card(_row(group_name=LONG_GROUP), 560, QFont())
    header = card.header.text()
    assert header.endswith(" · 区应急局-祁峰")
    assert header.startswith(LONG_GROUP[:6]) and "…" in header
    # The owner badge follows the header and ends before the time.
    owner = card.badges[-1]
    bold = QFont()
    bold.setBold(True)
    assert owner.x >= card.header_x + QFontMetrics(bold).horizontalAdvance(header)
    assert owner.x + owner.width <= card.when_x


def test_the_role_badge_gives_way_to_the_group_s_first_characters(qtbot: QtBot) -> None:
    card = InboxDelegate(SHANGHAI, CLOCK)._card(_row(group_name=LONG_GROUP), 420, QFont())
    assert card.header.text() == f"{LONG_GROUP[:10]}… · 区应急局-祁峰"
    assert [b.text.text() for b in card.badges] == ["DING", "unconfirmed"]


def test_a_group_name_that_fits_is_shown_whole(qtbot: QtBot) -> None:
    card = InboxDelegate(SHANGHAI, CLOCK)._card(_row(), 560, QFont())
    assert card.header.text() == "镇工作群 · 区应急局-祁峰"


def test_too_narrow_for_both_group_and_sender_share_the_line(qtbot: QtBot) -> None:
    header = InboxDelegate(SHANGHAI, CLOCK)._card(_row(group_name=LONG_GROUP), 300, QFont())
    group, sender = header.header.text().split(" · ")
    assert group.startswith(LONG_GROUP[:4]) and group.endswith("…")
    assert sender.startswith("区应急局")


# The demo's groups that open alike: a card must tell them apart.
TWINS = ("桐坪镇机关干部工作群", "桐坪镇机关工会群")


@pytest.mark.usefixtures("zh_cn")
@pytest.mark.parametrize("percent", [125, 150, 175])
@pytest.mark.parametrize("ding", [False, True])
def test_at_a_large_text_size_a_card_still_says_which_group(
    qtbot: QtBot, percent: int, ding: bool
) -> None:
    # At 175 % on a 1366 x 768 screen, the list as the window opens (540 px wide) showed
    # "… · 区应急局-祁峰": where the notice came from was lost (tester).
    font = QFont()
    font.setPointSizeF(scaled(font.pointSizeF(), percent))
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    shown = []
    for group in TWINS:
        row = _row(group_name=group, ding=ding, pinned=ding)
        if not ding:
            row = replace(row, tier=Tier.ACTION, sender_role=Role.ADMIN)
        header = delegate._card(row, 540, font).header.text()
        assert header.endswith(" · 区应急局-祁峰"), "the sender, whole"
        shown.append(header.split(" · ")[0].rstrip("…"))
    # Each says its own group, past the 桐坪镇机关 they share.
    assert all(len(name) > len("桐坪镇机关") for name in shown)
    assert shown[0] != shown[1]


def test_a_card_s_tooltip_names_its_group_and_sender_whole(qtbot: QtBot) -> None:
    model = InboxModel(cast(InboxQueries, None), SHANGHAI, CLOCK)
    tip = model._tip(_row(group_name=LONG_GROUP))
    assert tip is not None
    assert tip.splitlines()[0] == f"{LONG_GROUP} · 区应急局-祁峰"


@pytest.mark.parametrize("size", [9.0, 10.5, 13.5])
def test_badges_are_as_large_as_the_text_and_fit_their_boxes(qtbot: QtBot, size: float) -> None:
    font = QFont()
    font.setPointSizeF(size)
    card = InboxDelegate(SHANGHAI, CLOCK)._card(_row(), 560, font)
    assert card.badge_font.pointSizeF() >= size
    assert card.badge_font.bold()
    metrics = QFontMetrics(card.badge_font)
    for badge in card.badges:
        assert metrics.horizontalAdvance(badge.text.text()) < badge.width
        # Boxes side by side, the header after them, the time after all.
    xs = [(b.x, b.x + b.width) for b in card.badges]
    assert all(end <= start for (_, end), (start, _) in pairwise(xs))
    assert xs[1][1] <= card.header_x and xs[-1][1] <= card.when_x


def test_on_a_list_half_a_small_screen_wide_the_sender_comes_before_badges(qtbot: QtBot) -> None:
    # At 640 px the badges left neither group nor sender: "DING 未确认 … · 区… 群主".
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    texts = [b.text.text() for b in delegate._card(_row(), 560, QFont()).badges]
    assert texts == ["DING", "unconfirmed", "owner"]
    for width in (340, 300):
        card = delegate._card(_row(group_name=LONG_GROUP), width, QFont())
        group, sender = card.header.text().split(" · ")
        assert group.startswith(LONG_GROUP[:4]) and sender.startswith("区应急局")
        assert "owner" not in [b.text.text() for b in card.badges]
    # DING stays, beside 未确认 in one badge (a tester at 175 % saw only 未确认 on
    # the DINGs waiting, and DING on those confirmed).
    narrowest = delegate._card(_row(group_name=LONG_GROUP), 300, QFont())
    (badge,) = narrowest.badges
    assert badge.text.text() == "DING"
    assert badge.colour == DING_COLOUR.darker(140), "in 未确认's colour, which it stands for"


@pytest.mark.usefixtures("zh_cn")
@pytest.mark.parametrize(
    ("width", "shown"),
    [(300, ["DING"]), (460, ["DING"]), (540, ["DING未确认"]), (580, ["DING", "未确认"])],
)
def test_at_175_percent_a_ding_waiting_keeps_its_ding_badge(
    qtbot: QtBot, width: int, shown: list[str]
) -> None:
    # A tester at 175 %: the DINGs waiting said only 未确认, those confirmed DING.
    font = QFont()
    font.setPointSizeF(scaled(font.pointSizeF(), 175))
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    group = "桐坪镇机关干部工作群"
    waiting = delegate._card(_row(group_name=group), width, font)
    confirmed = delegate._card(_row(group_name=group, pinned=False), width, font)
    assert [b.text.text() for b in confirmed.badges][:1] == ["DING"]
    assert [b.text.text() for b in waiting.badges] == shown
    # Not at the cost of the sender: whole where it was whole before.
    if width >= 460:
        assert waiting.header.text().endswith(" · 区应急局-祁峰")


@pytest.mark.usefixtures("zh_cn")
@pytest.mark.parametrize("width", [560, 400, 330, 300])
def test_the_time_gives_way_before_the_group_and_the_sender(qtbot: QtBot, width: int) -> None:
    # At 175 % in half a 1366 px screen a DING of an earlier day read "未确认 · … 12-06
    # 08:55": neither where it came from nor who sent it (a tester).
    font = QFont()
    font.setPointSizeF(scaled(font.pointSizeF(), 175))
    row = _row(
        group_name="云岫区应急管理·防汛工作群", ts=datetime(2026, 11, 21, 8, 55, tzinfo=SHANGHAI)
    )
    card = InboxDelegate(SHANGHAI, CLOCK)._card(row, width, font)
    group, sender = card.header.text().split(" · ")
    assert group.startswith("云岫区") and sender.startswith("区应急")
    when = card.when.text()
    if width == 560:
        assert when == "11-21 08:55", "whole where there is room"
    else:
        assert when in ("11-21", ""), "its day, or nothing: the reading pane says it"


def test_the_user_s_own_ding_has_a_calm_ding_badge_and_its_count(qtbot: QtBot) -> None:
    card = InboxDelegate(SHANGHAI, CLOCK)._card(sent_row(3, 9), 560, QFont())
    (badge,) = card.badges
    assert badge.text.text() == "DING"
    assert badge.colour == SENT_DING_COLOUR != DING_COLOUR, "not the red of a DING waiting"
    assert card.summary.text() == "DING sent by you: 3/12 confirmed, 9 not yet"
    assert card.header.text() == "镇工作群 · 方晓宇"


# Monday 08:35, back from the weekend: a district notice due tomorrow at 17:30, which the
# township's relay in its own group asked for by yesterday 17:30.
MONDAY = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)
OWN_TIME = datetime(2026, 12, 8, 17, 30, tzinfo=SHANGHAI)
RELAY_TIME = datetime(2026, 12, 6, 17, 30, tzinfo=SHANGHAI)


def _relayed_urgent_notice() -> InboxRow:
    """An urgent notice (【紧急通知】) due at OWN_TIME, due at RELAY_TIME as stored: the
    sooner time its relay asked for, which stands in front of its own until it passes."""
    relayed = Reason.of(
        COPY_SOONER,
        group="桐坪镇河长制群",
        **{SOONER_DUE: RELAY_TIME.isoformat(), OWN_DUE: OWN_TIME.isoformat()},
    )
    return replace(
        plain_row("【紧急通知】请各镇下周二前完成自查整改"),
        tier=Tier.URGENT,
        deadline=RELAY_TIME,
        reasons=(Reason.of("urgent_words"), at_reason(RELAY_TIME, event=False), relayed),
        also_in=("桐坪镇河长制群",),
    )


def _painted(delegate: InboxDelegate, row: InboxRow, width: int) -> QImage:
    model = QStandardItemModel(1, 1)
    model.setData(model.index(0, 0), row, ROW_ROLE)
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.palette = QApplication.palette()
    option.state = QStyle.StateFlag.State_Enabled
    option.rect = QRect(0, 0, width, delegate.sizeHint(option, model.index(0, 0)).height())
    image = QImage(option.rect.size(), QImage.Format.Format_RGB32)
    image.fill(option.palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def _due_inks(delegate: InboxDelegate, row: InboxRow) -> tuple[int, int]:
    """How many pixels of the due time stated on the card's last line are drawn in the red
    of lateness, and how many in the orange of a task."""
    image = _painted(delegate, row, 560)
    card = delegate._card(row, 560, QFont())
    ((start, end),) = card.due_marks
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    red = SUMMARY_TONES[Tier.URGENT].on(base)
    orange = SUMMARY_TONES[Tier.ACTION].on(base)

    def near(pixel: QColor, colour: QColor) -> bool:
        return all(
            abs(a - b) < 24 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
        )

    top = _PAD // 2 + 1 + 2 * (card.line_h + _PAD // 2)
    left = _BAR + _PAD
    inks = [
        image.pixelColor(x, y)
        for x in range(left + int(start), left + int(end))
        for y in range(top, top + card.line_h)
    ]
    return sum(near(p, red) for p in inks), sum(near(p, orange) for p in inks)


def test_a_card_due_tomorrow_is_not_drawn_late_for_a_relay_s_passed_time(qtbot: QtBot) -> None:
    # A tester on Monday: 明天 17:30 截止 in red (red reads late) on an urgent notice whose
    # relay's sooner time had passed, the reading pane saying that relay's 已逾期. Its own
    # time governs once the relay's has passed: the card says it, in a task's orange.
    delegate = InboxDelegate(SHANGHAI, ManualClock(MONDAY))
    row = _relayed_urgent_notice()
    card = delegate._card(row, 560, QFont())
    assert card.summary.text().startswith("due tomorrow 17:30 · ")
    assert not card.due_late
    red, orange = _due_inks(delegate, row)
    assert orange > 20 and red == 0


def test_a_confirmed_ding_due_tomorrow_is_drawn_as_a_task_once_a_relay_s_time_passed(
    qtbot: QtBot,
) -> None:
    # Confirmed on Saturday, the DING's card was drawn as a note once the relay's sooner
    # time had passed, though its own time, tomorrow, still stood: its due time read as
    # kept, not as a task still to do by then (the cached row's passed time, not its own).
    confirmed = replace(
        _relayed_urgent_notice(),
        ding=True,
        acked_by_you=True,
        acks=(Ack("我", "镇工作群", RELAY_TIME - timedelta(hours=3), yours=True),),
    )
    delegate = InboxDelegate(SHANGHAI, ManualClock(MONDAY))
    assert delegate._card(confirmed, 560, QFont()).summary.text().startswith("due tomorrow 17:30")
    red, orange = _due_inks(delegate, confirmed)
    assert orange > 20 and red == 0


def test_a_card_past_the_time_that_governs_it_is_drawn_late(qtbot: QtBot) -> None:
    delegate = InboxDelegate(SHANGHAI, ManualClock(OWN_TIME + timedelta(hours=2)))
    row = _relayed_urgent_notice()
    card = delegate._card(row, 560, QFont())
    assert card.summary.text().startswith("overdue by 2 h · ")
    red, orange = _due_inks(delegate, row)
    assert red > 20 and orange == 0
    # ...and so is a task, in its orange tier: late reads alike on every card.
    delegate = InboxDelegate(SHANGHAI, ManualClock(OWN_TIME + timedelta(hours=2)))
    red, orange = _due_inks(delegate, replace(row, tier=Tier.ACTION))
    assert red > 20 and orange == 0


@pytest.mark.usefixtures("zh_cn")
@pytest.mark.parametrize("size", [100, 150, 175, 200])
@pytest.mark.parametrize("width", [260, 300, 460, 540, 580, 700])
def test_a_ding_waiting_says_unconfirmed_in_words_at_every_size_and_width(
    qtbot: QtBot, size: int, width: int
) -> None:
    # At large text sizes the 未确认 badge gave way and a DING waiting was told from one
    # confirmed by a darker red only (a tester, 56, at 175 %).
    font = QFont()
    font.setPointSizeF(scaled(font.pointSizeF(), size))
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    group = "桐坪镇机关干部工作群"
    waiting = delegate._card(_row(group_name=group), width, font)
    painted = [b.text.text() for b in waiting.badges] + [waiting.summary.text()]
    assert any("未确认" in text for text in painted), painted
    confirmed = delegate._card(_row(group_name=group, pinned=False), width, font)
    assert not confirmed.summary.text().startswith("未确认")


def test_cards_laid_out_ahead_come_a_few_at_a_time_and_their_paint_lays_out_none(
    qtbot: QtBot,
) -> None:
    # The first switch to a view laid out and drew its dozen cards on the GUI thread
    # (issue 8): warmed, they are laid out a few at each turn of the event loop, and
    # the switch finds them laid out; a card whose row changed meanwhile is laid out anew.
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    rows = [_row(id=n, text=f"请各村于周五前报送第{n}季度统计表") for n in range(1, 8)]
    delegate.warm(rows, 560, QFont())
    assert not delegate._cards  # none yet: the window takes its turn first
    qtbot.waitUntil(lambda: len(delegate._cards) == len(rows))
    warmed = {row.id: delegate._cards[row.id] for row in rows}
    assert all(delegate._card(row, 560, QFont()) is warmed[row.id] for row in rows)
    changed = replace(rows[0], read=True)
    assert delegate._card(changed, 560, QFont()) is not warmed[changed.id]


def test_a_badge_s_words_are_laid_out_once_for_every_card(qtbot: QtBot) -> None:
    delegate = InboxDelegate(SHANGHAI, CLOCK)
    first = delegate._card(_row(id=1), 560, QFont())
    second = delegate._card(_row(id=2, text="另一条"), 560, QFont())
    assert [b.text.text() for b in first.badges] == ["DING", "unconfirmed", "owner"]
    assert all(a.text is b.text for a, b in zip(first.badges, second.badges, strict=True))


def test_a_minute_on_a_task_due_soon_reads_its_last_line_anew_and_keeps_the_rest(
    qtbot: QtBot,
) -> None:
    # Only the last line of a card reads differently as time passes (还有 30 分钟): a view
    # of tasks due today laid every card out again each minute (issue 8).
    clock = ManualClock(CLOCK.now())
    delegate = InboxDelegate(SHANGHAI, clock)
    task = _row(
        tier=Tier.ACTION, ding=False, pinned=False, deadline=clock.now() + timedelta(minutes=90)
    )
    before = delegate._card(task, 560, QFont())
    clock.advance(timedelta(minutes=31))
    after = delegate._card(task, 560, QFont())
    assert after.header is before.header and after.preview is before.preview
    assert after.minute != before.minute
    fresh = InboxDelegate(SHANGHAI, clock)._card(task, 560, QFont())
    assert after.summary.text() == fresh.summary.text()
    assert (after.summary_spans, after.summary_marks, after.due_marks, after.due_late) == (
        fresh.summary_spans,
        fresh.summary_marks,
        fresh.due_marks,
        fresh.due_late,
    )
