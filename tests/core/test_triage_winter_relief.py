"""Phrasings from blind sets U3 (a county 应急管理局 and its townships in winter) and V3 (a
district 民政局/人社局 and its 街道 and 社区 in December) that the rules read wrongly before:
the others told to learn from a case one unit is sent to now, a fire put out that leaves a
family without a roof tonight, a cadre on the way to a scene calling others, a round of
checks to report within the half hour, a warning raised read as a response raised, a
紧急通知 setting a term's standing rules, and a response praised as done."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desk.core.messages import Message, Role, Tier, Verdict
from desk.core.triage import TriageConfig, TriageEngine

TZ = ZoneInfo("Asia/Shanghai")
# A Friday evening in December.
T0 = datetime(2026, 12, 4, 22, 30, tzinfo=TZ)


def triage(
    text: str, role: Role = Role.OWNER, at: datetime = T0, group: str = "城南区社会救助经办群"
) -> Verdict:
    message = Message(
        id="m1",
        group_id="g1",
        group_name=group,
        sender_id="u1",
        sender_name="区民政局-王芳",
        sender_role=role,
        ts=at,
        text=text,
        mentions_me=False,
        ding=False,
    )
    return TriageEngine(TriageConfig(tz=TZ)).process(message)


def test_others_told_to_learn_from_a_case_one_unit_is_sent_to_now_is_urgent() -> None:
    text = (
        "【紧急】接群众求助：东关街道一户特困老人家里断电断暖，请东关街道马上上门处置，"
        "其余街道举一反三，今晚把辖区独居老人再过一遍。"
    )
    assert triage(text).tier is Tier.URGENT
    # A past case held up for the others to learn from stays a lesson, whatever its tag.
    lesson = "【紧急】上周东关街道一户特困老人家里断暖，其他街道要举一反三，本周内完成入户排查。"
    assert triage(lesson).tier is not Tier.URGENT


def test_a_fire_put_out_that_leaves_a_family_without_a_roof_tonight_is_urgent() -> None:
    text = (
        "河西社区8栋一户今晚电线起火，火已扑灭，人没受伤，但屋里东西全烧了，"
        "老两口今晚没地方住，请街道马上派人过来安置。"
    )
    assert triage(text).tier is Tier.URGENT
    # A joke in the staff club is no call for help.
    joke = "今晚加班太晚，宿舍锁门了，今晚没地方住了，请收留😂"
    assert triage(joke, role=Role.MEMBER, group="东关镇机关工会群").tier is not Tier.URGENT
    # Put out, with nobody in need: over.
    over = "河西社区8栋一户今晚电线起火，火已扑灭，人没受伤，已处置完毕。"
    assert triage(over).tier is not Tier.URGENT


def test_a_cadre_on_the_way_to_a_scene_calling_others_to_it_is_urgent() -> None:
    text = "我正在赶往5号楼的路上，值班的同志请过来一下。"
    assert triage(text, role=Role.MEMBER).tier is Tier.URGENT
    # On the way to a meeting, with a word for later.
    later = "我在去区里开会的路上，会后请你过来一下。"
    assert triage(later, role=Role.MEMBER).tier is not Tier.URGENT


def test_a_round_of_checks_tonight_to_report_within_the_half_hour_is_urgent() -> None:
    at = datetime(2026, 12, 4, 22, 40, tzinfo=TZ)
    text = "各社区：今晚电话联系一遍辖区独居老人，核实取暖情况，11点前报结果。"
    assert triage(text, role=Role.ADMIN, at=at).tier is Tier.URGENT
    # A routine report falling due soon is a task (blind sets T, D3, J3).
    routine = "提醒：今天的值班日报早上8点前报应急办，无情况也要报零。"
    early = datetime(2026, 12, 4, 7, 35, tzinfo=TZ)
    assert triage(routine, role=Role.ADMIN, at=early).tier is Tier.ACTION
    # The same round due tomorrow is a task.
    tomorrow = "各社区：今晚电话联系一遍辖区独居老人，核实取暖情况，明天上午11点前报结果。"
    assert triage(tomorrow, role=Role.ADMIN, at=at).tier is Tier.ACTION


def test_a_warning_raised_with_a_low_response_and_a_report_is_a_task() -> None:
    at = datetime(2026, 12, 8, 9, 20, tzinfo=TZ)
    text = (
        "【寒潮预警】县气象台将寒潮蓝色预警升级为黄色预警，请各乡镇启动Ⅳ级应急响应，"
        "并于今天下午5点前将响应启动情况报县应急局。"
    )
    assert triage(text, role=Role.ADMIN, at=at).tier is Tier.ACTION
    # The warning named before it is raised as well.
    named = "最新：大风预警已升级为黄色！请各乡镇启动Ⅳ级应急响应，今天下午5点前报启动情况。"
    assert triage(named, role=Role.ADMIN, at=at).tier is Tier.ACTION
    # A response itself raised stays urgent.
    raised = "县防指决定将防汛应急响应提升为Ⅱ级，请各乡镇主要负责人立即到岗。"
    assert triage(raised, role=Role.ADMIN, at=at).tier is Tier.URGENT


def test_an_urgent_notice_setting_rules_for_a_term_is_a_task() -> None:
    at = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
    text = (
        "【森林防火紧急通知】近期持续干旱，即日起至12月31日，全县禁止一切野外用火；"
        "各村护林员每天巡山不少于2次。"
    )
    verdict = triage(text, at=at)
    assert verdict.tier is Tier.ACTION
    # A 紧急通知 for now, with no term, stays urgent.
    now = "【紧急通知】西山林区发现明火，请各扑火队立即赶赴现场。"
    assert triage(now, at=at).tier is Tier.URGENT


def test_a_response_praised_as_done_is_no_emergency() -> None:
    at = datetime(2026, 12, 11, 18, 0, tzinfo=TZ)
    text = "本周辛苦了！寒潮、燃气泄漏处置都应对得很好，周末继续绷紧安全这根弦。"
    assert triage(text, at=at).tier is not Tier.URGENT


def test_a_piece_shared_for_the_works_use_in_a_work_group_is_information() -> None:
    at = datetime(2026, 12, 7, 11, 0, tzinfo=TZ)
    for text in (
        "分享一篇：《冬季用电安全十条》，可用于入户宣传。[链接]",
        "转：应急管理部发布《冬春火灾防控典型案例》[链接] 周一例会可以学一下",
    ):
        for group in ("城南区应急系统业务交流群", "东关镇网格员工作群"):
            assert triage(text, role=Role.MEMBER, at=at, group=group).tier is Tier.INFO
    # A piece to enjoy in the staff club stays chat.
    club = "[链接] 冬季养生小知识，大家看看"
    assert triage(club, role=Role.MEMBER, at=at, group="东关镇机关工会群").tier is Tier.NOISE


def test_those_told_they_must_stand_duty_tonight_have_a_task() -> None:
    at = datetime(2026, 12, 8, 20, 15, tzinfo=TZ)
    text = "降温今晚最猛，带班领导和值班人员今晚必须在岗值守，不得离岗。"
    assert triage(text, at=at).tier is Tier.ACTION


def test_a_policy_passed_on_with_only_a_call_to_publicise_it_is_information() -> None:
    at = datetime(2026, 12, 4, 9, 15, tzinfo=TZ)
    text = (
        "转发市民政局：2027年1月1日起，城市低保标准由每人每月960元提高到1010元。"
        "请各地做好政策宣传。"
    )
    assert triage(text, at=at).tier is Tier.INFO


# Blind sets Y3 (a county 住建局 in a snowstorm) and Z3 (a Guizhou township in a freeze).


def test_ice_on_the_roads_now_with_an_order_at_once_is_urgent() -> None:
    at = datetime(2026, 12, 9, 8, 10, tzinfo=TZ)
    text = "各镇注意：今天早上多条通村路出现凝冻，请立即组织人员撒盐除冰，危险路段暂停通行。"
    assert triage(text, role=Role.ADMIN, at=at).tier is Tier.URGENT
    # Ice forecast, or guarded against, with the same order: a task.
    forecast = "预计明天夜间我县道路将出现结冰，请各镇立即做好撒盐除冰准备，备足融雪剂。"
    assert triage(forecast, role=Role.ADMIN, at=at).tier is not Tier.URGENT
    # Ice now with no order for now: not an emergency call.
    told = "今天早上多条通村路出现凝冻，请各镇本周内统计需要融雪剂的数量。"
    assert triage(told, role=Role.ADMIN, at=at).tier is not Tier.URGENT


def test_a_muster_to_search_within_the_half_hour_is_urgent() -> None:
    at = datetime(2026, 12, 10, 7, 0, tzinfo=TZ)
    text = "在家的机关干部7点半到河口村村委会集合参加搜寻，其他工作先放一放。"
    assert triage(text, at=at).tier is Tier.URGENT
    # A drill's muster, or talk of how slowly crews gathered, is no emergency.
    drill = "明天上午9点开展山火扑救演练，民兵8点半到镇武装部集合。"
    assert triage(drill, at=at).tier is not Tier.URGENT
    slow = "上次山火暴露出扑火队集结慢的问题，请各村下周一前报整改措施。"
    assert triage(slow, at=at).tier is not Tier.URGENT


def test_workers_massed_at_an_office_over_their_pay_is_urgent() -> None:
    at = datetime(2026, 12, 13, 15, 20, tzinfo=TZ)
    text = "城东安置房项目部分农民工在县人社局门口聚集反映工资问题，约20人，请劳务负责人下午到场。"
    assert triage(text, at=at).tier is Tier.URGENT
    # Calmed already, or only feared: not now.
    calmed = "城东安置房项目民工讨薪聚集1起（20人），已现场稳控，劳动监察跟进。"
    assert triage(calmed, role=Role.MEMBER, at=at).tier is not Tier.URGENT
    feared = "据了解，城东安置房项目民工拟于下周到县政府门口聚集讨薪，请各街道摸排。"
    assert triage(feared, at=at).tier is not Tier.URGENT
    # Nor is a rule for the case.
    rule = "如遇农民工在政府门口聚集讨要工资，网格员第一时间报综治中心。"
    assert triage(rule, at=at).tier is not Tier.URGENT


def test_a_report_on_a_leak_that_is_over_is_a_task() -> None:
    at = datetime(2026, 12, 9, 23, 10, tzinfo=TZ)
    text = "请城关街道明天上午10点前将东门餐馆燃气泄漏情况书面报县燃气办（经过、原因、处置）。"
    assert triage(text, role=Role.MEMBER, at=at).tier is Tier.ACTION
    # A leak going on now stays an emergency.
    now = "东门餐馆燃气泄漏，气味很浓，请燃气公司马上派人！"
    assert triage(now, role=Role.MEMBER, at=at).tier is Tier.URGENT


def test_a_villagers_chat_in_the_village_group_is_noise() -> None:
    at = datetime(2026, 12, 12, 9, 0, tzinfo=TZ)

    def said(text: str) -> Tier:
        return triage(text, role=Role.MEMBER, at=at, group="岩脚村村民群").tier

    assert said("[语音转文字]今天又落雪了 冷得很 大家出门多穿点") is Tier.NOISE
    assert said("哪家有多的薄膜 借我两张盖菜") is Tier.NOISE
    # A question to its cadres, trouble at home or a fire seen is no chat.
    assert said("转移的那几户今天可以回去了吗？") is not Tier.NOISE
    assert said("[语音转文字]龙书记 我屋头停水两天了 煮饭都难") is not Tier.NOISE
    assert said("[语音转文字]对面坡上有火 烧得大 快点喊人") is not Tier.NOISE
    # The cadre's own word to the villagers is theirs to read.
    assert (
        triage("明天赶场天，村里在卫生室门口收医保，带好身份证。", at=at, group="岩脚村村民群").tier
        is not Tier.NOISE
    )


def test_a_notice_addressed_to_the_public_asks_the_reader_nothing() -> None:
    at = datetime(2026, 12, 8, 15, 0, tzinfo=TZ)
    text = "各位乡亲：明年的医保开始交了，每人400元，12月31日截止，过期交不了，不会交的来村委会问。"
    assert triage(text, at=at, group="岩脚村村民群").tier is Tier.INFO
    # The same put to the village cadres is their task.
    task = "各村：明年的医保开始交了，每人400元，请12月31日前完成动员，缴费率每周五报镇医保办。"
    assert triage(task, at=at).tier is Tier.ACTION


def test_lost_property_asked_of_everyone_is_chat() -> None:
    at = datetime(2026, 12, 7, 10, 40, tzinfo=TZ)
    assert triage("谁的雨伞忘在一楼大厅了？蓝色的", role=Role.MEMBER, at=at).tier is Tier.NOISE
    # A question about the work is not.
    work = "谁的台账还没交？今天下午5点前交到党政办。"
    assert triage(work, role=Role.MEMBER, at=at).tier is not Tier.NOISE


def test_a_photo_of_everyone_there_and_setting_off_is_a_check_in() -> None:
    at = datetime(2026, 12, 9, 6, 50, tzinfo=TZ)
    text = "[图片]体检的青年已上车，18人全部到齐，出发去县医院"
    assert triage(text, at=at, group="东关镇征兵工作群").tier is Tier.NOISE
    # Someone missing from it is news.
    short = "[图片]体检的青年已上车，还差2人，电话打不通"
    assert triage(short, at=at, group="东关镇征兵工作群").tier is not Tier.NOISE


def test_a_tally_or_a_warning_that_ends_on_a_general_urge_is_information() -> None:
    at = datetime(2026, 12, 10, 11, 40, tzinfo=TZ)
    tally = (
        "截至12月9日，全镇医保缴费6120人，缴费率71.2%，排名全县第9。岩脚村仍靠后，请加大动员力度。"
    )
    assert triage(tally, role=Role.ADMIN, at=at).tier is Tier.INFO
    warning = (
        "转县气象台：寒潮蓝色预警，预计12月12日至14日我县降温6～8℃，有道路结冰，请提前做好防范。"
    )
    assert triage(warning, role=Role.ADMIN, at=at).tier is Tier.INFO
    # With a report asked by a time, the tally is a task.
    asked = tally.replace("请加大动员力度。", "请岩脚村明天中午12点前报整改措施。")
    assert triage(asked, role=Role.ADMIN, at=at).tier is Tier.ACTION


def test_residents_told_of_the_heatings_stop_ask_the_reader_nothing() -> None:
    at = datetime(2026, 12, 8, 11, 0, tzinfo=TZ)
    text = "【物业通知】因管网检修，12月9日9:00—15:00 5号楼暂停供暖，请住户提前做好保暖准备。"
    assert triage(text, at=at, group="滨河苑小区物业服务群").tier is Tier.INFO
