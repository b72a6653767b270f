"""How a card lays out its header in the room it has."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from typing import cast

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Role, Tier
from desk.core.text_size import scaled
from desk.store.inbox import InboxQueries, InboxRow
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.inbox_model import InboxModel
from desk.ui.style import DING_COLOUR, SENT_DING_COLOUR
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
    assert group == f"{LONG_GROUP[:4]}…"
    assert sender == "区应急局-…"


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
    narrowest = delegate._card(_row(group_name=LONG_GROUP), 300, QFont())
    assert [b.text.text() for b in narrowest.badges] == ["unconfirmed"]


def test_the_user_s_own_ding_has_a_calm_ding_badge_and_its_count(qtbot: QtBot) -> None:
    card = InboxDelegate(SHANGHAI, CLOCK)._card(sent_row(3, 9), 560, QFont())
    (badge,) = card.badges
    assert badge.text.text() == "DING"
    assert badge.colour == SENT_DING_COLOUR != DING_COLOUR, "not the red of a DING waiting"
    assert card.summary.text() == "DING sent by you: 3/12 confirmed, 9 not yet"
    assert card.header.text() == "镇工作群 · 方晓宇"
