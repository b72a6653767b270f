"""A card whose notice a later one replaced says so, in a few words, on the card and in
the reading pane: 已被更新：见 <group> 04:00 的橙色预警 / 已更正：见 … 的更正."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desk.connectors.protocol import MessageEdit, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Reason, Tier
from desk.core.reasons import STILL_ASKS, at_reason, superseded_reason
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.store import Store
from desk.ui.detail_pane import DetailPane
from desk.ui.inbox_delegate import InboxDelegate
from tests.conftest import SHANGHAI
from tests.sync.test_superseding import ORANGE, YELLOW, _account, _post
from tests.sync.test_superseding import _row as _stored
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


@pytest.mark.usefixtures("zh_cn")
def test_the_card_says_it_was_corrected_beside_its_copies_and_acks(qtbot: QtBot) -> None:
    # A tester: the meeting notice answered by five 收到 said 也发在…收到×5 alone.
    delegate = InboxDelegate(SHANGHAI, ManualClock(MONDAY))
    reason = superseded_reason("correction", "云岫区政府工作群", CORRECTED_AT)
    row = replace(
        _replaced(reason), also_in=("桐坪镇机关干部工作群",), ack_names=("白鹭镇-蓝海涛", "严国栋")
    )

    line = delegate._card(row, 900, QFont()).summary.text()

    assert line.startswith("已更正：见 云岫区政府工作群 12-05 14:30 的更正 · 也发在")


def test_a_lifted_warning_says_so_in_english(qtbot: QtBot) -> None:
    pane = DetailPane(SHANGHAI, ManualClock(MONDAY))
    qtbot.addWidget(pane)

    pane.show_row(_replaced(superseded_reason("lifted", "镇防汛群", ORANGE_AT)))

    assert "lifted: see 镇防汛群 04:00" in pane.toPlainText()


@pytest.mark.usefixtures("zh_cn")
def test_a_card_that_kept_its_own_task_says_it_was_corrected_beside_its_new_time(
    qtbot: QtBot,
) -> None:
    # The relay's village task stays in Action when the meeting moves: the card says the
    # meeting was corrected, and gives its new time.
    delegate = InboxDelegate(SHANGHAI, ManualClock(CORRECTED_AT))
    corrected = superseded_reason("correction", "云岫区政府工作群", CORRECTED_AT)
    kept = Reason(corrected.code, (*corrected.args, (STILL_ASKS, "1")))
    four_pm = datetime(2026, 12, 6, 16, 0, tzinfo=SHANGHAI)
    row = replace(
        _row("转：明天下午3点全区防溺水工作视频会议…请会前把警示牌和救生圈再检查一遍。"),
        tier=Tier.ACTION,
        deadline=four_pm,
        reasons=(kept, Reason.of("task_words"), at_reason(four_pm, event=True)),
    )

    summary = delegate._card(row, 600, QFont()).summary.text()

    assert summary.startswith("已更正：见 云岫区政府工作群 14:30 的更正")
    assert "16:00" in summary


@pytest.mark.usefixtures("zh_cn")
def test_the_card_names_the_level_a_warning_was_edited_to(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Through the store: the yellow replaced by a blue, which its sender then edits to
    # orange. The card is to say orange, not the blue first posted.
    account, ingestor = _account(store, clock)
    ingestor.apply(account, SyncBatch("c1", messages=(_post("yellow", clock.now(), YELLOW),)))
    later = clock.now() + timedelta(hours=5)
    clock.set(later)
    blue = _post("blue", later, ORANGE.replace("橙色", "蓝色"), "g2")
    ingestor.apply(account, SyncBatch("c2", messages=(blue,)))
    clock.set(later + timedelta(minutes=3))
    orange = MessageEdit("blue", "g2", "u2", ORANGE, clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(orange,)))
    row = InboxQueries(store.sessions).row(_stored(store, "yellow").id)
    assert row is not None

    summary = InboxDelegate(SHANGHAI, clock)._card(row, 600, QFont()).summary.text()

    assert summary.startswith(f"已被更新：见 桐坪镇村（社区）联络群 {later:%H:%M} 的橙色预警")


@pytest.mark.usefixtures("zh_cn")
def test_a_card_of_a_response_raised_since_says_its_level_now(qtbot: QtBot) -> None:
    # The 12-06 Ⅳ级 DING, replaced by the 03:57 notice raising the response to Ⅲ级.
    pane = DetailPane(SHANGHAI, ManualClock(MONDAY))
    qtbot.addWidget(pane)
    at = datetime(2026, 12, 7, 3, 57, tzinfo=SHANGHAI)
    reason = superseded_reason("response", "云岫区应急管理·防汛工作群", at, "Ⅲ")

    pane.show_row(_replaced(reason))

    assert "已被更新：应急响应已调整为Ⅲ级，见 云岫区应急管理·防汛工作群 03:57 的通知" in (
        pane.toPlainText()
    )
