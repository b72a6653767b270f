"""Triage told the user's own unit: a message asking it, or naming its faults in a 通报,
is the user's task; one naming it in passing is not."""

from __future__ import annotations

import pytest

from desk.core.messages import Reason, Tier
from desk.core.reasons import NAMES_UNIT, describe
from tests.core.test_triage_engine import codes, msg, triage

DISTRICT = "云岫区政府工作群"
ASKED = "关于报送汛期值班安排的通知：请白鹭镇、桐坪镇、凤鸣乡于周五前报送值班表。"
FAULTS = "【通报】6月人居环境整治暗访情况：桐坪镇农贸市场周边垃圾堆放问题突出，要限期整改。"
IN_PASSING = "【雨情通报】昨日全区平均降雨42.3毫米，最大为桐坪镇洄水湾站96.5毫米。"


@pytest.mark.parametrize("text", [ASKED, FAULTS])
def test_a_message_asking_the_unit_or_naming_its_faults_says_so(text: str) -> None:
    verdict = triage(msg(text, group_name=DISTRICT), unit="桐坪镇、桐坪")
    assert Reason.of(NAMES_UNIT, unit="桐坪镇") in verdict.reasons
    assert verdict.tier.rank <= Tier.ACTION.rank
    assert describe(Reason.of(NAMES_UNIT, unit="桐坪镇")) == "names your unit (桐坪镇)"


@pytest.mark.parametrize(
    "text",
    [
        # Asked in the forms official notices use (a reviewer found them read as in passing):
        # the units listed in brackets after their kind, to whom said first, an @.
        "请相关乡镇（桐坪镇、白鹭镇）加强夜间值守。",
        "请有关乡镇（白鹭镇、桐坪镇）高度重视，立即整改。",
        "请你们桐坪镇做好防范。",
        "请@桐坪镇-王芳 周五前把汛期值班表报上来。",
        # A DING to a list of towns by their stems, with the time they have (a tester: the
        # demo's DING named 桐坪镇 and said no 点名本单位 where other cards did).
        "【DING】凤鸣、桐坪两镇30分钟内报送森林火灾危险区人员转移续报，务必核准数字！",
        "桐坪、凤鸣两镇务必今晚前报送。",
        "凤鸣、桐坪各镇2小时内上报排查情况。",
    ],
)
def test_the_unit_asked_after_its_kind_in_brackets_or_by_whom_is_named(text: str) -> None:
    verdict = triage(msg(text, group_name=DISTRICT), unit="桐坪镇")
    assert Reason.of(NAMES_UNIT, unit="桐坪镇") in verdict.reasons
    assert verdict.tier.rank <= Tier.ACTION.rank


@pytest.mark.parametrize(
    "text",
    [
        "关于6月份12345热线工单办理情况的通报：桐坪镇、凤鸣乡按时办结率排名靠后。",
        "【通报】截至7月14日，全区进博保障每日零报告迟报1次（桐坪镇7月13日）。",
    ],
)
def test_a_notice_of_faults_naming_the_unit_is_a_task_not_information(text: str) -> None:
    assert triage(msg(text, group_name=DISTRICT)).tier is Tier.INFO
    told = triage(msg(text, group_name=DISTRICT), unit="桐坪镇")
    assert told.tier is Tier.ACTION
    assert Reason.of(NAMES_UNIT, unit="桐坪镇") in told.reasons
    # Information no longer: "notice" said beside a task read as the opposite.
    assert "notice" not in codes(told)


def test_a_name_in_passing_is_no_reason() -> None:
    verdict = triage(msg(IN_PASSING, group_name=DISTRICT), unit="桐坪镇")
    assert NAMES_UNIT not in codes(verdict)
    assert verdict == triage(msg(IN_PASSING, group_name=DISTRICT))


def test_another_unit_named_is_no_reason() -> None:
    verdict = triage(msg(ASKED, group_name=DISTRICT), unit="松岗镇")
    assert NAMES_UNIT not in codes(verdict)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("请各乡镇学习借鉴桐坪镇的经验做法。", "桐坪镇"),
        ("请桐坪镇派出所加强夜间巡逻。", "桐坪镇"),
        ("还差桐坪村、上坪村没报，请抓紧。", "桐坪"),
        ("请桐坪派出所加强夜间巡逻。", "桐坪"),
        ("请相关乡镇（街道）学习借鉴桐坪镇的做法。", "桐坪镇"),
        # A time in a list of towns that is a measure, not a time given to report in.
        ("凤鸣、桐坪两镇3小时内降雨量超过50毫米。", "桐坪镇"),
    ],
)
def test_another_unit_or_praise_of_the_unit_is_not_its_task(text: str, unit: str) -> None:
    verdict = triage(msg(text, group_name=DISTRICT), unit=unit)
    assert NAMES_UNIT not in codes(verdict)
    assert verdict == triage(msg(text, group_name=DISTRICT))
