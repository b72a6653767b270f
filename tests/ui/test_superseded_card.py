"""A card whose notice a later one replaced says so, in a few words, on the card and in
the reading pane: 已被更新：见 <group> 04:00 的橙色预警 / 已更正：见 … 的更正."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.core.messages import Reason, Tier
from desk.core.reasons import superseded_reason
from desk.store.inbox import InboxRow
from desk.ui.detail_pane import DetailPane
from desk.ui.inbox_delegate import InboxDelegate
from tests.conftest import SHANGHAI
from tests.ui.test_detail_pane import _row, zh_cn  # noqa: F401 (a fixture)

MONDAY = datetime(2026, 12, 7, 8, 45, tzinfo=SHANGHAI)
ORANGE_AT = datetime(2026, 12, 7, 4, 0, tzinfo=SHANGHAI)
CORRECTED_AT = datetime(2026, 12, 5, 14, 30, tzinfo=SHANGHAI)


def _replaced(reason: Reason) -> InboxRow:
    """Saturday's yellow warning card, moved to information by what replaced it; its due
    time (passed) still among its reasons."""
    passed = Reason.of("deadline", when="2026-12-05T20:00:00+08:00")
    return replace(
        _row("【暴雨黄色预警】请各村于今晚8点前将转移准备情况报镇应急办。"),
        tier=Tier.INFO,
        reasons=(reason, Reason.of("role_owner"), passed),
    )


@pytest.mark.usefixtures("zh_cn")
def test_the_reading_pane_says_what_replaced_the_warning(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(MONDAY))
    qtbot.addWidget(pane)
    reason = superseded_reason("level", "桐坪镇防汛应急指挥群", ORANGE_AT, "orange")

    pane.show_row(_replaced(reason))

    assert "已被更新：见 桐坪镇防汛应急指挥群 04:00 的橙色预警" in pane.toPlainText()
    assert "逾期" not in pane.toPlainText()


@pytest.mark.usefixtures("zh_cn")
def test_the_card_says_it_was_corrected_and_where(qtbot: QtBot) -> None:
    delegate = InboxDelegate(SHANGHAI, ManualClock(MONDAY))
    reason = superseded_reason("correction", "云岫区政府工作群", CORRECTED_AT)

    card = delegate._card(_replaced(reason), 600, QFont())

    assert card.summary.text().startswith("已更正：见 云岫区政府工作群 12-05 14:30 的更正")


def test_a_lifted_warning_says_so_in_english(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(MONDAY))
    qtbot.addWidget(pane)

    pane.show_row(_replaced(superseded_reason("lifted", "镇防汛群", ORANGE_AT)))

    assert "lifted: see 镇防汛群 04:00" in pane.toPlainText()
