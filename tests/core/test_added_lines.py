"""What a copy of a notice adds to it: the relaying office's own sentences."""

from __future__ import annotations

import pytest

from desk.core.added_lines import AddedLines

NOTICE = (
    "【云岫区气象台】暴雨橙色预警信号：预计未来6小时内我区北部山区将出现100毫米以上降雨，"
    "山洪、滑坡、泥石流等灾害风险极高，请立即做好防御。"
)


def test_the_relaying_offices_order_is_what_a_copy_adds() -> None:
    copy = (
        "转发：【云岫区气象台】暴雨橙色预警信号：预计未来6小时内我区北部山区将出现100毫米以上降雨，"
        "山洪、滑坡、泥石流等灾害风险极高。\n请各村（社区）于1小时内完成危险区域人员再排查，结果报镇应急办。"
    )
    assert AddedLines(NOTICE).of(copy) == [
        "请各村（社区）于1小时内完成危险区域人员再排查，结果报镇应急办。"
    ]


def test_a_copy_passed_on_in_traditional_characters_adds_only_its_own_order() -> None:
    copy = (
        "轉發：【雲岫區氣象臺】暴雨橙色預警信號：預計未來6小時內我區北部山區將出現100毫米以上降雨，"
        "山洪、滑坡、泥石流等災害風險極高。\n請各村於1小時內完成危險區域人員再排查，結果報鎮應急辦。"
    )
    assert AddedLines(NOTICE).of(copy) == [
        "請各村於1小時內完成危險區域人員再排查，結果報鎮應急辦。"
    ]


@pytest.mark.parametrize(
    "copy",
    [
        NOTICE,
        # Re-punctuated, in full-width digits, with a forwarding header.
        "【转】【云岫区气象台】暴雨橙色预警信号：预计未来６小时内我区北部山区将出现１００毫米以上降雨！"
        "山洪、滑坡、泥石流等灾害风险极高，请立即做好防御",
        # Trimmed: a copy that only leaves out adds nothing.
        "暴雨橙色预警信号：预计未来6小时内我区北部山区将出现100毫米以上降雨",
        # Too short to say anything of its own.
        NOTICE + "\n收到转发",
    ],
)
def test_a_copy_that_only_repeats_adds_nothing(copy: str) -> None:
    assert AddedLines(NOTICE).of(copy) == []
