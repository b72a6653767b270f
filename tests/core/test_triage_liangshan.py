"""Phrasings from blind set R3 (a Yi township in Liangshan, December 2026) that the rules
read wrongly before: a health tip's advice for symptoms read as an order for now."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desk.core.messages import Message, Role, Tier, Verdict
from desk.core.triage import TriageConfig, TriageEngine

TZ = ZoneInfo("Asia/Shanghai")
# A Thursday evening.
T0 = datetime(2026, 12, 17, 21, 0, tzinfo=TZ)
FIRE = "瓦吉乡森林草原防灭火工作群"


def triage(
    text: str,
    role: Role = Role.OWNER,
    at: datetime = T0,
    group: str = "瓦吉乡干部职工之家",
    me: tuple[str, ...] = (),
) -> Verdict:
    message = Message(
        id="m1",
        group_id="g1",
        group_name=group,
        sender_id="u1",
        sender_name="张丽",
        sender_role=role,
        ts=at,
        text=text,
        mentions_me=False,
        ding=False,
    )
    return TriageEngine(TriageConfig(tz=TZ, me_names=me)).process(message)


def test_a_health_tips_advice_for_symptoms_is_information() -> None:
    text = (
        "【健康提示】县疾控中心提醒：冬季烤火取暖要注意开窗通风，严禁在密闭房间内使用炭火盆，"
        "谨防一氧化碳中毒；老人儿童出现头痛、头晕、恶心等症状要立即转移到通风处并及时就医。"
    )
    assert triage(text).tier is Tier.INFO
    # Passed on with a word of one's own before the tag, in traditional characters.
    relayed = (
        "轉給大家，注意安全😷\n【健康提示】縣疾控中心提醒：冬季烤火取暖要注意開窗通風，"
        "老人兒童出現頭痛、頭暈、噁心等症狀要立即轉移到通風處並及時就醫。"
    )
    assert triage(relayed, role=Role.MEMBER).tier is Tier.INFO


def test_people_told_to_move_at_once_with_no_case_provided_for_stay_urgent() -> None:
    # The same order, for now: not advice for whoever shows symptoms.
    assert triage("3组后山滑坡，请立即转移坡下群众！").tier is Tier.URGENT


def test_a_good_night_under_the_hour_as_its_tag_is_chat() -> None:
    text = "【深夜】致每一位还在加班的基层人，注意身体🌙"
    assert triage(text, role=Role.MEMBER).tier is Tier.NOISE
    # ...not news of the night under a tag that says more.
    assert triage("【深夜突发】河西村一民房起火，消防已到场").tier is not Tier.NOISE


def test_a_fire_watchs_photo_with_no_rekindling_is_a_routine_report() -> None:
    text = "[图片] 觉莫村火场留守人员已换班，无复燃"
    assert triage(text, role=Role.MEMBER, group=FIRE).tier is Tier.NOISE
    # ...while word that the watch found it burning again is news.
    again = "[图片] 觉莫村火场东侧有复燃，留守人员正在扑打"
    assert triage(again, role=Role.MEMBER, group=FIRE).tier is not Tier.NOISE


def test_a_check_in_photo_with_the_road_iced_said_last_is_a_check_in() -> None:
    assert triage("[图片] 卡点到岗，路上结冰", role=Role.MEMBER, group=FIRE).tier is Tier.NOISE
    # ...not one that reports what the ice did.
    slid = "[图片] 卡点到岗，路上结冰，一辆车滑到沟里了"
    assert triage(slid, role=Role.MEMBER, group=FIRE).tier is not Tier.NOISE


def test_a_list_of_those_already_back_asked_by_a_time_is_a_task() -> None:
    # 已经返乡 describes who is on the list; nothing is reported done.
    text = "各组长周四下午6点前把本组今年外出务工、已经返乡的人员名单报村委会，不要漏。"
    verdict = triage(text, at=datetime(2026, 12, 16, 16, 0, tzinfo=TZ), group="洛木村村组长群")
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == datetime(2026, 12, 17, 18, 0, tzinfo=TZ)
    # ...while the list reported sent already is no task.
    done = "各组长已经把返乡人员名单报村委会了"
    assert triage(done, group="洛木村村组长群").tier is not Tier.ACTION


def test_a_question_to_the_reader_by_given_name_and_office_asks_them() -> None:
    # Yi names are called by their given part: 海来阿木 is 阿木主任.
    text = "阿木主任，县教体局要控辍保学劝返典型案例，用尔古村那个还是觉莫村那个？您定一下我好写。"
    office = "瓦吉乡党政办内部群"
    assert triage(text, role=Role.MEMBER, group=office).tier is Tier.ACTION
    assert triage(text, role=Role.MEMBER, group=office, me=("海来阿木",)).tier is Tier.ACTION
    # ...while put to another 主任 it is not the reader's.
    assert triage(text, role=Role.MEMBER, group=office, me=("李明",)).tier is Tier.INFO


def test_a_checkpoints_roster_entry_sent_back_is_information() -> None:
    text = "1组卡点：村口大桥，值守人沙马拉则、吉木子日，电话139****6402"
    assert triage(text, role=Role.MEMBER, group="瓦吉村村组长工作群").tier is Tier.INFO
    # ...while a fire at the checkpoint, with a call for help now, stays urgent.
    fire = "1组卡点后山着火了，值守人沙马拉则，电话139****6402，马上派人来支援！"
    assert triage(fire, role=Role.MEMBER, group="瓦吉村村组长工作群").tier is Tier.URGENT
