"""Folding the same notice: forwarding variants fold, hard negatives stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.messages import Message, Role, Tier
from desk.core.triage import TriageConfig, TriageEngine
from desk.core.triage.folding import NoticeClusterer, conflicts, fingerprint, similarity
from desk.core.triage.normalize import (
    SENTENCE_MARKS,
    canonical,
    clause_start,
    fold_key,
    strip_forward_prefix,
)
from desk.core.triage.retold import RetoldIndex
from tests.bench.triage_traffic import generate

TZ = ZoneInfo("Asia/Shanghai")
T0 = datetime(2026, 3, 9, 9, 0, tzinfo=TZ)

NOTICE = (
    "关于报送2月份安全生产检查情况的通知\n"
    "各镇（街道）安委办：\n"
    "请于3月10日（周二）下午6点前，将2月份安全生产检查情况（含检查企业数、发现隐患数、"
    "整改完成数）按附件模板报区安委办邮箱，逾期未报的将在全区通报。"
)
WARNING = (
    "【滨江区气象台】大风蓝色预警信号：受冷空气影响，预计3月10日夜间到11日白天，"
    "我区将出现6级阵风，山区可达7级，请注意防范。"
)


def message(text: str, n: int, minutes: int = 0, group: str = "g1") -> Message:
    return Message(
        id=f"m{n}",
        group_id=group,
        group_name=f"{group}群",
        sender_id="u1",
        sender_name="张三",
        sender_role=Role.ADMIN,
        ts=T0 + timedelta(minutes=minutes),
        text=text,
    )


def folds(first: str, second: str, minutes: int = 30) -> bool:
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(first, 1))
    verdict = engine.process(message(second, 2, minutes, group="g2"))
    return verdict.cluster == "m1"


@pytest.mark.parametrize(
    "variant",
    [
        "转发：" + NOTICE,
        "【转】" + NOTICE,
        "转：" + NOTICE,
        "转发区安委办通知：\n" + NOTICE,
        "请各村书记高度重视，认真落实！\n\n" + NOTICE,  # a header line added
        NOTICE.replace("各镇（街道）安委办：\n", ""),  # a line trimmed
        NOTICE + "\n——请各村（社区）于明天中午12点前报镇安监办汇总。",  # internal deadline
        NOTICE.replace("，", ",").replace("。", "."),  # re-punctuated
        NOTICE.replace("\n", " "),
        "關於報送2月份安全生產檢查情況的通知\n請於3月10日（週二）下午6點前，將2月份安全生產"
        "檢查情況（含檢查企業數、發現隱患數、整改完成數）按附件模板報區安委辦郵箱，"
        "逾期未報的將在全區通報。",  # traditional characters
        NOTICE.replace("2", "２").replace("6", "６"),  # full-width digits
    ],
)
def test_forwarding_variants_fold(variant: str) -> None:
    assert folds(NOTICE, variant)


def test_a_downstream_relay_with_its_own_deadline_and_units_folds() -> None:
    upstream = (
        "关于开展春季森林防火专项行动的通知\n当前已进入春季森林防火高火险期，决定自3月10日起至"
        "6月17日开展专项行动：一要严格管控野外火源；二要全面排查林区隐患。\n"
        "请各区于3月13日前将本辖区重点防火区域台账报市森防办。"
    )
    relay = upstream.replace(
        "请各区于3月13日前将本辖区重点防火区域台账报市森防办。",
        "请各镇（街道）于3月11日下午5点前将本辖区重点防火区域台账报区应急局。",
    )
    assert folds(upstream, "转发：" + relay)


@pytest.mark.parametrize(
    ("kind", "other"),
    [
        ("another month", NOTICE.replace("2月份", "1月份").replace("3月10日", "2月10日")),
        (
            "another deadline, same units",
            NOTICE.replace("3月10日（周二）下午6点", "3月13日（周五）下午5点"),
        ),
        ("a correction", "更正：" + NOTICE.replace("下午6点", "下午5点")),
        ("a follow-up report", "续报：" + NOTICE),
    ],
)
def test_hard_negatives_of_a_notice_stay_apart(kind: str, other: str) -> None:
    assert not folds(NOTICE, other), kind


def test_a_follow_up_passed_on_without_its_heading_folds_into_it() -> None:
    # Blind set M3: the county's 续报, passed on by the town under 转县应急局：.
    follow_up = (
        "续报：红崖镇马家岔村一氧化碳中毒3人已脱离危险，系夜间煤炉封火后门窗紧闭、烟筒倒灌所致。"
        "请各乡镇举一反三，1月4日前再开展一轮燃煤取暖入户排查。"
    )
    relay = (
        "转县应急局：马家岔村一氧化碳中毒3人已脱离危险，系夜间煤炉封火后门窗紧闭、烟筒倒灌所致。"
        "请各乡镇举一反三，1月4日前再开展一轮燃煤取暖入户排查。\n——各村明天（1月3日）下午6点前"
        "把排查情况报应急办，重点是独居老人、留守儿童家庭。"
    )
    assert folds(follow_up, relay)
    # Not said to be passed on, it is another report.
    assert not folds(follow_up, relay.removeprefix("转县应急局："))


@pytest.mark.parametrize(
    ("kind", "other"),
    [
        ("another colour and figures", WARNING.replace("蓝色", "黄色").replace("6级", "8级")),
        ("other dates", WARNING.replace("3月10日", "3月19日").replace("11日", "20日")),
    ],
)
def test_hard_negatives_of_a_warning_stay_apart(kind: str, other: str) -> None:
    assert not folds(WARNING, other), kind


def test_another_village_with_other_figures_stays_apart() -> None:
    first = "青山村防返贫集中排查情况：共排查脱贫户56户、监测户4户，新识别困难户1户，已录入系统。"
    second = "石桥村防返贫集中排查情况：共排查脱贫户43户、监测户2户，新识别困难户1户，已录入系统。"
    assert not folds(first, second)


def test_the_same_daily_reminder_on_the_next_day_is_a_new_notice() -> None:
    reminder = (
        "【维稳提醒】请各村（社区）严格落实每日零报告制度，今天下午4点前将排查情况报镇政法办。"
    )
    assert folds(reminder, "转发：" + reminder, minutes=20)
    assert not folds(reminder, reminder, minutes=24 * 60)


def test_a_meeting_moved_to_another_day_stays_apart() -> None:
    meeting = (
        "会议通知\n定于3月10日（周二）下午3点在镇三楼会议室召开全镇安全生产工作会议，"
        "请班子成员准时参加。"
    )
    assert not folds(meeting, meeting.replace("3月10日（周二）", "3月24日（周二）"))


def test_two_units_counts_on_one_template_stay_apart() -> None:
    # From a tester: 桐坪社区's count folded into 竹溪村's card as its "补充".
    assert not folds("竹溪村累计转移11人，安置点1个", "桐坪社区累计转移2人，安置点1个", minutes=3)
    assert not folds(
        "竹溪村：C级2户、D级2户，人员已全部搬离，警示标识已设置，表格已发郝文涛。",
        "花溪村：C级3户、D级1户，人员已全部搬离，警示标识已设置，表格已发郝文涛。",
    )


def test_the_next_round_of_a_series_stays_apart() -> None:
    # Blind set B3: alike as wholes, no clause close enough to compare their facts by.
    first = "请各镇于晚上8点前报送第一批人员转移数据（户数、人数、安置点），县领导要调度。"
    second = "请各镇于晚上10点前报送第二批人员转移数据（累计户数、人数），已转移人员不得擅自返回。"
    assert not folds(first, second, minutes=135)
    # A relay may cite an earlier round as well as its own.
    order = "【督查交办】第24期问题交办单已下发，请各社区9月18日前整改到位并反馈。"
    relay = (
        "转：第24期问题交办单已下发，请各社区9月18日前整改到位并反馈，第23期交办未整改的一并整改。"
    )
    assert folds(order, relay)


def test_a_file_that_shares_a_notices_title_is_not_the_notice() -> None:
    assert not folds(NOTICE, "[文件] 柳湾村2月份安全生产检查情况统计表.xlsx")


def test_a_red_packet_is_not_the_greeting_it_comes_with() -> None:
    assert not folds(
        "祝大家国庆快乐！🇨🇳 值班同志辛苦了，节日期间坚守岗位。",
        "[红包] 国庆快乐！值班的同志辛苦了，节日期间坚守岗位🇨🇳",
    )


def test_a_photo_post_or_a_news_item_is_not_the_notice_it_mentions() -> None:
    assert not folds(
        "[图片] 汛前检查第1组已出发，检查松岗乡三岔水库",
        "[图片][图片] 汛前检查第1组在松岗乡三岔水库检查溢洪道",
    )
    notice = (
        "关于召开清明节期间森林防灭火和安全生产工作会议的通知：定于3月31日上午9点在县政府三楼召开。"
    )
    assert not folds(
        notice, "【桐溪融媒】我县召开清明节期间森林防灭火和安全生产工作会议：织密防火网 守牢安全线"
    )


def test_a_notice_passed_on_with_its_photo_or_an_issuers_tag_still_folds() -> None:
    notice = (
        "关于开展清明节期间森林防火专项检查的通知：请各乡镇于4月3日前完成林区入口卡点检查，"
        "报县森防办。"
    )
    assert folds(notice, "[图片] " + notice)
    assert folds(notice, "【桐溪发布】" + notice)


def test_acks_never_fold() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message("收到，马上落实", 1))
    assert engine.process(message("收到，马上落实", 2, 1)).cluster is None


def test_cluster_points_at_the_first_message_of_the_notice() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ))
    first = engine.process(message(NOTICE, 1))
    second = engine.process(message("转发：" + NOTICE, 2, 10, group="g2"))
    third = engine.process(message("【转】" + NOTICE, 3, 20, group="g3"))
    assert first.cluster is None
    assert second.cluster == "m1"
    assert third.cluster == "m1"
    assert any(r.code == "same_notice" and r.arg("group") == "g1群" for r in third.reasons)


def test_old_notices_fall_out_of_the_window() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ, fold_window=timedelta(days=2)))
    engine.process(message(WARNING, 1))
    assert engine.process(message(WARNING, 2, 3 * 24 * 60)).cluster is None


def test_a_notice_reposted_every_few_days_lasts_the_window_from_its_first_post() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ, fold_window=timedelta(days=7)))
    day = 24 * 60
    clusters = [engine.process(message(WARNING, n, 3 * n * day)).cluster for n in range(5)]
    # Days 0, 3, 6 are one notice; day 9 is over a week after its first post and starts
    # another, which day 12 joins (chained, it would have been one notice for ever).
    assert clusters == [None, "m0", "m0", None, "m3"]


def test_candidate_lookup_is_bounded_by_buckets_not_by_history() -> None:
    clusterer = NoticeClusterer()
    for n in range(2000):
        text = canonical(f"第{n}号通报：{n}户完成了登记，请各村继续做好第{n}批次工作。")
        print_ = fingerprint(text, T0, TZ)
        assert print_ is not None
        clusterer.add(f"x{n}", print_, T0, f"x{n}")
    assert all(len(bucket) <= 8 for bucket in clusterer._buckets.values())


def test_forward_prefix_stripping() -> None:
    assert strip_forward_prefix("转发：转发：通知正文") == "通知正文"
    assert strip_forward_prefix("【转】通知正文") == "通知正文"
    assert strip_forward_prefix("转发政法办通知：\n通知正文").strip() == "通知正文"
    assert strip_forward_prefix("通知正文：无前缀") == "通知正文：无前缀"


def test_fold_key_ignores_width_script_and_punctuation() -> None:
    assert fold_key(canonical("區疾控中心提醒：勤洗手！")) == fold_key(
        canonical("区疾控中心提醒,勤洗手")
    )
    assert fold_key(canonical("ＡＢＣ１２３")) == "abc123"


_PUNCT = st.sampled_from(["，", "。", ",", ".", " ", "\n", "！", "、", "；", "  "])


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_folding_is_insensitive_to_punctuation_and_whitespace(data: st.DataObject) -> None:
    pieces = [p for p in NOTICE.replace("，", "|").replace("。", "|").split("|") if p]
    seps = data.draw(st.lists(_PUNCT, min_size=len(pieces), max_size=len(pieces)))
    variant = "".join(p + s for p, s in zip(pieces, seps, strict=True))
    a = fingerprint(canonical(NOTICE), T0, TZ)
    b = fingerprint(canonical(variant), T0, TZ)
    assert a is not None and b is not None
    assert similarity(a, b) == 1.0
    assert not conflicts(a, b)
    assert folds(NOTICE, variant)


def test_a_later_deadline_to_another_office_is_another_notice_not_a_relay() -> None:
    first = (
        "关于报送2025年度工作总结和2026年工作思路的通知\n各镇（街道）、区直各部门：\n请于2026年"
        "1月7日（周三）下午5点前将2025年度工作总结和2026年工作思路报区委办、区政府办邮箱，逾期将"
        "影响年度考核。"
    )
    second = (
        "关于报送2025年度党建工作总结和2026年党建工作计划的通知\n各镇（街道）党（工）委、区直各部门"
        "党组（党委）：\n请于2026年1月9日（周五）下午5点前将2025年度党建工作总结和2026年党建工作"
        "计划报区委组织部邮箱，逾期将影响年度考核。"
    )
    assert not folds(first, second)


def test_the_lifting_of_a_warning_is_not_the_warning() -> None:
    lifted = (
        "【滨江区气象台】大风蓝色预警信号解除：冷空气影响已趋于结束，3月11日6时解除大风蓝色预警，"
        "山区仍有阵风，请注意防范。"
    )
    assert not folds(WARNING, lifted)


def test_another_quarter_inside_a_deadline_clause_is_another_notice() -> None:
    third = (
        "关于开展2026年第三季度防止返贫动态监测集中排查的通知\n请各乡镇组织开展第三季度集中排查，"
        "排查结果于10月8日前录入系统，同时报送排查汇总表。"
    )
    second = (
        "把上季度的通知再发一下：关于开展2026年第二季度防止返贫动态监测集中排查的通知——请各乡镇"
        "组织开展第二季度集中排查，排查结果于7月10日前录入系统，同时报送排查汇总表。"
    )
    assert not folds(third, second)


def test_a_question_about_a_notice_is_not_the_notice() -> None:
    reminder = "提醒：森林防火重点区域台账今天中午12点截止，还有石桥村、杨家坝村未报。"
    assert not folds(reminder, "请问森林防火重点区域台账今天中午12点截止吗？有没有统一模板？")


def test_the_same_question_about_another_ledger_is_another_question() -> None:
    # Found in a year of generated traffic: every 请问…台账是否需要盖章 had folded into one.
    asked = "请问防返贫监测台账是否需要盖章？"
    assert not folds(asked, "请问耕地保护台账是否需要盖章？")
    assert not folds(asked, "转：请问耕地保护台账是否需要盖章？")
    assert folds(asked, "转：请问防返贫监测台账是否需要盖章？")
    assert folds(asked, "请问防返贫监测台账是否需要盖章？谢谢")


@pytest.mark.parametrize(
    "reworded",
    [
        "请各村在周五前报送防汛台帐，逾期通报",  # two words changed, far apart
        "请各村于周五前报送防汛的台帐，逾期通报",  # a word added next to a variant form
        "请各村于周五前上报防汛台账，逾期通报",  # a verb for another
    ],
)
def test_a_short_notice_reworded_here_and_there_still_folds(reworded: str) -> None:
    assert folds("请各村于周五前报送防汛台账，逾期通报", reworded)


_TOP_ALERT = (
    "【DING】接市指挥部通知：今晚20:00起至3月12日24:00，全市进入安保最高等级。请各街道带班领导"
    "今晚19:30前到岗，城运中心24小时在岗在位，重点部位、人员密集场所加密巡查，遇突发情况"
    "第一时间报告。"
)


def test_the_same_times_in_a_message_of_its_own_do_not_fold_it() -> None:
    own = (
        "各位：今晚8点开始我们街道自己搞一次夜间消防巡查，一直到12号夜里12点，每晚两班，"
        "带班的同志7点前到城运中心集合，值班按表来。"
    )
    assert not folds(_TOP_ALERT, own)


def test_a_correction_said_as_变成_or_改成_is_not_the_notice() -> None:
    relay = "各位：今晚不是8点了，变成9点开始全市进入安保最高等级，一直到3月12日夜里12点。"
    assert not folds(_TOP_ALERT, relay)


def test_two_peoples_questions_on_one_form_are_two_questions() -> None:
    first = (
        "请问葛老师，垃圾分类自查表里“误时投放点”这一栏，阿拉三和新村没有设误时投放点，"
        "是填0还是空着不填？"
    )
    second = (
        "请问葛老师，垃圾分类自查表里“桶边督导志愿者”这一栏，阿拉春晖公寓是物业保洁兼的，"
        "是填进去还是空着不填？"
    )
    assert not folds(first, second)
    assert folds(first, f"转一下居委会的问题：{first}")


def test_a_daily_bulletin_is_not_the_next_days_for_its_daily_report() -> None:
    # 每日 names no day: 当日 after it is the day the bulletin is about, not today.
    fifth = (
        "【通报】11月5日全区进博保障“每日零报告”情况：18个街镇全部按时报送，当日发现处置"
        "燃气隐患3起、电梯困人2起、电动自行车违规停放充电47处，未发生影响进博的事件。"
    )
    sixth = (
        "【通报】11月6日全区零报告情况：18个街镇按时报送，发现处置电梯困人3起"
        "（含梧桐路街道梧桐一村1起），未发生影响进博的事件。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    on_the_sixth = datetime(2026, 11, 6, 13, 20, tzinfo=TZ)
    engine.process(replace(message(fifth, 1), ts=on_the_sixth))
    verdict = engine.process(replace(message(sixth, 2, group="g2"), ts=on_the_sixth.replace(day=7)))
    assert verdict.cluster is None


def test_a_short_notice_passed_down_to_other_units_still_folds() -> None:
    notice = "请各党支部月底前完成6月份党费收缴，收缴明细表报党建办。"
    relay = "转党建办：请各村（社区）党组织月底前完成6月份党费收缴，收缴明细表报党建办。"
    assert folds(notice, relay)


def test_a_relay_that_retells_the_notice_in_fewer_words_folds() -> None:
    original = (
        "【DING】邻县今日上午发生一起森林火情，请各乡镇即刻对林区入口、景区步道卡口加强值守，"
        "严禁携带火种进山，今天下午4点前在群里报送卡口人员到岗照片。"
    )
    relay = (
        "转县森防办DING：邻县今日上午发生森林火情，请各村即刻对林区入口、景区步道卡口加强值守，"
        "严禁火种进山。各村下午3点半前把卡口到岗照片发应急办，汇总后报县里。"
    )
    assert folds(original, relay)


def test_a_unit_answering_a_check_is_not_the_notice_that_asked() -> None:
    notice = "【DING】请各镇立即核查辖区内有无相关人员动向，11:00前在群里零报告。"
    assert not folds(notice, "东河镇：经核查，辖区内无相关人员动向，零报告。", minutes=20)


def test_next_days_round_of_a_reminder_does_not_fold_into_yesterdays_relay() -> None:
    reminder = (
        "【维稳提醒】汛期将至，矛盾纠纷进入高发期。请各镇严格落实每日零报告制度，"
        "今天16:00前将排查日报报县信访局，无情况也要报零。"
    )
    relay = (
        "转发县信访局通知：\n【维稳提醒】汛期将至，矛盾纠纷进入高发期，请严格落实每日零报告制度，"
        "无情况也要报零。\n请各村今天15:30前将排查情况报镇综治办。"
    )
    today = fingerprint(canonical(relay), T0, TZ)
    tomorrow = fingerprint(canonical(reminder), T0 + timedelta(days=1), TZ)
    assert today is not None and tomorrow is not None
    assert similarity(tomorrow, today) >= 0.45
    assert conflicts(tomorrow, today)


TITLED = (
    "县安委办\n关于开展2026年汛前安全隐患大排查的通知\n各镇安委办：\n汛期临近，地质灾害、"
    "危房、在建工地、尾矿库等风险叠加。经研究，决定即日起至4月30日在全县开展汛前安全隐患"
    "大排查，重点检查地灾隐患点、危旧房屋、在建工地和尾矿库。\n请各镇于4月25日前将排查"
    "情况汇总表报县安委办邮箱。"
)


def test_a_notice_retold_in_fewer_words_folds_by_its_title() -> None:
    retold = (
        "【转发】县安委办《关于开展2026年汛前安全隐患大排查的通知》\n雨季快到了，请各村把山边"
        "房屋、工地和滑坡点都看一遍。\n请各村于4月20日下班前完成自查，自查表发镇应急办邮箱。"
    )
    assert folds(TITLED, retold)


def test_a_notice_with_another_title_does_not_fold_by_its_template() -> None:
    other = TITLED.replace("汛前安全隐患大排查", "汛后恢复重建检查").replace("4月25日", "5月25日")
    assert not folds(TITLED, other)


def test_a_forward_retold_in_fewer_words_folds_on_its_particulars() -> None:
    first = (
        "【紧急】东坪村养殖场员工宿舍报告5名员工出现发热、咳嗽症状，疑似流感聚集性疫情。"
        "请东坪镇即刻响应，立即组织村里配合县疾控开展流调和消杀，有情况随时报告！"
    )
    retold = (
        "【紧急】接县疾控：东坪村养殖场员工宿舍5名员工发热咳嗽，疑似流感聚集性疫情。"
        "请东坪村王书记立即带人到宿舍配合疾控流调、消杀，宿舍其他员工暂不外出！"
    )
    assert folds(first, retold, minutes=12)


def test_a_correction_passed_on_does_not_fold_into_the_notice_it_corrects() -> None:
    notice = (
        "高考6月7日开考，考生乘送考专车每天6:30发车经X318线往返。要求我镇6月6日18:00前完成"
        "X318线雾江段危岩、边坡隐患排查并安排专人值守。"
    )
    # 更正 is in the relay's header, which folding otherwise sets aside.
    relayed = (
        "转县教育局更正：送考专车发车时间由6:30提前到6:00，经X318线往返，"
        "要求我镇6月6日18:00前值守人员到岗。"
    )
    assert not folds(notice, relayed)


def test_someone_elses_own_report_of_the_incident_is_not_a_forward() -> None:
    first = (
        "【紧急】东坪村有4名村民准备明天去县里上访（拆迁补偿问题），请王书记立即上门做工作，"
        "我马上赶过去，情况随时报告！"
    )
    own = (
        "【紧急】东坪村4名村民准备明天去县里上访，反映拆迁补偿问题，我已赶往东坪村，"
        "请李书记知悉，必要时请派出所配合。"
    )
    assert not folds(first, own, minutes=5)


def test_a_version_code_is_the_same_whatever_word_follows_it() -> None:
    first = (
        "补充通知：《节后用工调查表》新增“拟招聘岗位”一栏，请使用群文件中的新版表格（v2），"
        "报送时间提前至3月12日（周四）下午5点前，请各镇相互转告。"
    )
    relay = (
        "各位企业注意：县人社局补充通知，《节后用工调查表》新增“拟招聘岗位”一栏，请重新下载"
        "群文件里的v2版填报，企业报送时间提前到3月12日（周四）中午12点前，请相互转告。"
    )
    assert folds(first, relay, minutes=20)
    assert not folds(first, relay.replace("v2版", "v3版"), minutes=20)


def test_a_text_like_a_forward_but_not_like_its_notice_does_not_fold() -> None:
    notice = (
        "关于2026年清明假期值班安排的通知\n4月4日：带班领导 王强，值班人员 李丽、张军\n"
        "4月5日：带班领导 刘洋，值班人员 陈静、赵敏\n"
        "值班期间请保持24小时通讯畅通，遇突发情况第一时间报告。"
    )
    trimmed = (
        "清明假期值班安排，班子成员知悉：\n4月4日：带班领导 王强\n4月5日：带班领导 刘洋\n"
        "值班期间请保持24小时通讯畅通，遇突发情况第一时间报告。"
    )
    last_year = (
        "去年的值班表找出来了，五一排班可以参考：\n关于2025年清明假期值班安排的通知\n"
        "4月4日：带班领导 王强，值班人员 陈静、赵敏\n"
        "值班期间请保持24小时通讯畅通，遇突发情况第一时间报告。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(notice, 1))
    assert engine.process(message(trimmed, 2, 15, group="g2")).cluster == "m1"
    assert engine.process(message(last_year, 3, 60 * 24, group="g1")).cluster is None


def test_a_notice_retold_citing_the_office_it_comes_from_folds_on_its_particulars() -> None:
    first = (
        "关于开展2026年农村危房排查工作的通知\n各镇（街道）住建办：\n根据省、市部署，我县第三轮农村"
        "危房排查工作于6月15日前完成。请各镇（街道）于5月20日前确定镇级排查联络员（每镇2名）"
        "并报县住建局，6月上旬县里将组织抽查。"
    )
    retold = (
        "各村注意：根据县住建局通知，第三轮农村危房排查工作6月15日前完成。请各村于5月18日下班前"
        "推荐1名村级排查员（熟悉村情）报镇村建站。"
    )
    assert folds(first, retold, minutes=60 * 20)


@pytest.mark.parametrize(
    ("first", "retold"),
    [
        # Blind set V2: 县上 is how the loess country says 县里.
        (
            "【返岗专车】县里协调的“点对点”返岗专车定于3月11日（周三）早上7点从县汽车站发车，分新疆"
            "昌吉、宁夏银川两条线路，请各乡镇于3月10日中午12点前将乘车人员名单报县人社局。",
            "县上的返岗专车11号早上7点从汽车站走，去新疆昌吉、宁夏银川两条线。要坐车的，各村明天"
            "（3月10日）早上9点前把名单（姓名、身份证号、电话）发我。",
        ),
        # ...and a relay may name what it passes on, then say a word of its own, then a colon.
        (
            "关于白草塬镇“3·28”草原火情的通报\n各乡镇森林草原防灭火指挥部：\n3月28日下午，白草塬镇"
            "李家岔村一村民在地埂上焚烧枯草，因风大引燃附近荒坡，过火面积约15亩，经2小时扑救明火"
            "被扑灭。",
            "转县防火办通报，大家都看看：3月28日下午，白草塬镇李家岔村有人在地埂上烧枯草，风一大"
            "把荒坡引着了，过火约15亩，扑了2个小时才灭。",
        ),
    ],
)
def test_a_relay_that_cites_its_source_in_its_own_way_folds(first: str, retold: str) -> None:
    assert folds(first, retold, minutes=60)


def test_a_warning_forwarded_with_its_issuer_tag_or_a_topic_tag_folds() -> None:
    bulletin = (
        "【梁河区气象台】暴雨黄色预警信号：预计今天上午到夜间我区将出现暴雨，累计雨量50—80毫米，"
        "最大小时雨强30毫米，城区低洼地段可能出现积水，请注意防范。"
    )
    retagged = (
        "【暴雨黄色预警】预计今天上午到夜间我区将出现暴雨，累计雨量50—80毫米，城区低洼地段可能"
        "出现积水。各位网格员今天巡查重点看地下车库入口，发现积水马上报社区。"
    )
    assert folds(bulletin, retagged)


def test_the_end_of_a_span_is_in_the_month_it_starts_in() -> None:
    notice = (
        "关于2027年元旦放假期间有关工作的通知：元旦放假时间为2027年1月1日（周五）至1月3日"
        "（周日），共3天。请各单位严格落实领导干部带班和24小时值班制度，加强安全防范。"
    )
    retold = (
        "转县政府办：关于2027年元旦放假期间有关工作的通知。元旦放假1月1日至3日，共3天。"
        "严格落实领导干部带班和24小时值班制度，加强安全防范。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    december = datetime(2026, 12, 30, 17, 10, tzinfo=TZ)
    engine.process(replace(message(notice, 1), ts=december))
    verdict = engine.process(replace(message(retold, 2, group="g2"), ts=december))
    assert verdict.cluster == "m1"  # "3日" is 3 January, not 3 December


def test_a_relay_with_earlier_hours_said_in_shi_folds() -> None:
    order = (
        "【DING】县防指决定：3月9日10时起将防台风应急响应提升至Ⅲ级。请各乡镇立即组织所有出海渔船"
        "回港避风，今天18时前海上渔排、养殖网箱人员全部上岸，20时前危房人员全部转移。"
    )
    relay = (
        "【紧急】县防指3月9日10时起将防台风应急响应提升至Ⅲ级！各村（社区）立即组织出海渔船回港，"
        "17时前渔排、网箱养殖人员全部上岸，19时前危房人员全部转移。"
    )
    assert folds(order, relay)


def test_a_clause_starts_after_the_last_mark_before_it_or_where_it_is_told() -> None:
    text = "各村注意。遇险情，请立即转移"
    assert text[clause_start(text, text.index("请")) :].startswith("请")
    assert text[clause_start(text, text.index("请"), SENTENCE_MARKS) :].startswith("遇")
    assert clause_start("请立即转移", 3) == 0
    assert clause_start("请立即转移", 3, since=2) == 2


def test_a_clause_start_is_read_as_the_marks_say_at_every_position() -> None:
    # Where a mark is the last character before the position, at the text's ends, with
    # nothing between `since` and the position, and at positions counted from the end.
    text = "各村注意，遇险情\n请立即转移；镇里派车。"
    for at in range(-3, len(text) + 3):
        for since in (-2, 0, 3, 9):
            for marks in ("，；\n", "。；\n"):
                expected = max(since, max(text.rfind(mark, since, at) for mark in marks) + 1)
                assert clause_start(text, at, marks, since) == expected, (at, since, marks)


def test_last_years_notice_quoted_as_a_template_does_not_fold_into_this_years() -> None:
    this_year = (
        "关于进一步加强冬季农村煤烟中毒防范工作的紧急通知\n各乡镇、县直有关部门：\n"
        "3月8日夜，我县雪岭乡发生一起2人煤烟中毒事件。为坚决防范类似事件发生，现要求：一、组织"
        "乡村干部、网格员对农村燃煤取暖户开展一次全覆盖入户排查，重点检查烟囱、风斗、通风情况；"
        "二、向每户发放《煤烟中毒防范明白卡》。请于3月12日（周四）前报送排查台账。"
    )
    template = (
        "大家参考一下去年的通知，格式一样：\n关于进一步加强冬季农村煤烟中毒防范工作的通知\n"
        "请各乡镇于2025年1月20日前报送入户排查台账，每户发放《煤烟中毒防范明白卡》。"
    )
    assert not folds(this_year, template, minutes=80)
    # Passed on with this year's day, it still folds.
    relay = template.replace("2025年1月20日", "3月11日").replace(
        "大家参考一下去年的通知，格式一样", "转"
    )
    assert folds(this_year, relay, minutes=80)


def test_a_notice_that_also_names_a_past_day_still_folds_when_passed_on() -> None:
    notice = (
        "请各村于3月16日前报送冬春火灾防控排查表（县里要求2月20日前完成第一轮排查）。"
        "排查重点为柴草堆放、电线私拉乱接和独居老人家庭用火。"
    )
    relay = (
        "【转】请各村于3月16日前报送冬春火灾防控排查表。"
        "排查重点为柴草堆放、电线私拉乱接和独居老人家庭用火。"
    )
    assert folds(notice, relay, minutes=60 * 24)


def _numbered_notice(n: int) -> str:
    return f"第{n}号通知：请{n % 97}号网格于{n % 28 + 1}日前上报第{n}批排查台账，联系人{n}。"


def test_the_index_lets_go_of_messages_older_than_the_window() -> None:
    clusterer = NoticeClusterer()
    every = timedelta(minutes=5)
    count = 30 * 24 * 12  # a month, a message every five minutes
    for n in range(count):
        at = T0 + n * every
        print_ = fingerprint(canonical(_numbered_notice(n)), at, TZ)
        assert print_ is not None
        clusterer.add(f"m{n}", print_, at, f"m{n}")
    # A week of messages, and at most one pruning interval more: not a month's.
    week = int(timedelta(days=7) / every)
    assert clusterer.held <= week + 2000 < count
    # What is left still folds a forward of the last notice.
    later = T0 + count * every
    forward = fingerprint(canonical("转发：" + _numbered_notice(count - 1)), later, TZ)
    assert forward is not None
    assert clusterer.match(forward, later) == f"m{count - 1}"


def test_a_temperature_in_degrees_and_in_celsius_folds() -> None:
    notice = (
        "转县应急局紧急通知：6日至8日强冷空气，局部暴雪，气温下降10—12℃。"
        "请立即通知牧户加固棚圈、储备饲草料，夏营地牲畜尽快回撤。"
    )
    relay = (
        "各嘎查村注意：6日至8日大风降温雨雪，局部暴雪，气温下降10—12度！"
        "立即通知牧户加固棚圈、储备饲草料，夏营地牲畜尽快回撤！"
    )
    assert folds(notice, relay)
    assert folds(notice, notice.replace("10—12℃", "10—12度"))
    # National standards print a space before the sign.
    assert folds(notice, notice.replace("10—12℃", "10—12 ℃"))
    # Another drop is another notice.
    assert not folds(notice, notice.replace("10—12℃", "6—8度"))


def test_two_villages_reports_on_one_template_stay_apart() -> None:
    first = (
        "港尾村8月5日灾情日报：受灾人口312人，严重损坏房屋2间，渔排网箱损毁26口，"
        "直接经济损失约86万元。"
    )
    second = (
        "澳头村8月5日灾情日报：受灾人口205人，无倒塌房屋，渔排网箱损毁41口，直接经济损失约132万元。"
    )
    assert not folds(first, second)
    assert folds(first, "转发：" + first)


def test_two_villages_patrol_reports_of_the_afternoon_stay_apart() -> None:
    # From blind set G3: each village's own round, not one notice passed on.
    first = "高岽村下午巡山3人，路面结冰，无火情"
    second = "竹篙坑村下午巡山3人，无情况"
    assert not folds(first, second)
    assert folds(first, "转发：" + first)


def test_one_notice_to_villages_in_another_order_still_folds() -> None:
    # Found by a reviewer against the T rules.
    notice = "请各村于今天下午5点前上报本村渔船回港、渔排人员上岸情况，未上报的村要说明原因。"
    assert folds(notice, notice.replace("请各村", "请各社区"))
    addressed = "港尾村、澳头村：请于今天下午5点前上报本村渔船回港、渔排人员上岸情况。"
    assert folds(addressed, addressed.replace("港尾村、澳头村", "澳头村、港尾村"))


def test_a_forward_retold_in_the_relayers_own_words_folds_on_its_days_and_figures() -> None:
    warning = (
        "【江岭县气象台】暴雪橙色预警信号：预计3月10日20时至11日20时，我县将有暴雪，降雪量10—15毫米，"
        "积雪深度15—20厘米，伴有6—7级偏北风和风吹雪，能见度低于500米。请注意防范道路结冰，大棚、"
        "彩钢板房等简易建筑物被压塌。"
    )
    # Retold in a hobby group: a fifth of its words, all of its days and figures.
    retold = (
        "转个预警：暴雪橙色，10号晚上8点到11号晚上8点有暴雪，积雪15到20公分，6-7级偏北风，"
        "能见度不到500米。这两天都别上冰了，周末比赛看情况"
    )
    assert folds(warning, retold)
    # ...and passed on behind an @ and the office it comes from.
    meeting = (
        "【会议通知】定于3月10日（周二）下午2:30在县政府三楼第一会议室召开防寒防雪工作部署会议，"
        "请各乡镇分管负责同志参加，14:10前签到，不得委托他人参会。"
    )
    assert folds(
        meeting,
        "@李明 县里通知：3月10日下午2:30县政府三楼第一会议室开部署会，2点10分前签到，您去。",
    )


def test_an_office_s_own_decision_on_the_same_days_is_another_notice() -> None:
    # The rain notice and the response declared for it share the day, the hour and the
    # 24-hour watch; the second states a decision, it does not pass the first one on.
    rain = (
        "关于做好8月29日—30日强降雨防范应对工作的通知：8月29日夜间至30日白天我区将出现大到暴雨。"
        "请各街道8月29日18时起实行领导带班、24小时值班，立即对地下车库、下穿通道开展排查。"
    )
    response = (
        "【紧急通知】区防指决定：自8月29日18时起启动防汛Ⅳ级应急响应。请各街道负责同志18时前"
        "到岗在位，值班人员24小时值守，严禁脱岗；发现积水立即封闭、转移群众。"
    )
    assert not folds(rain, response)


def test_a_notice_passed_on_under_a_relay_tag_folds_into_its_topic_tagged_original() -> None:
    # 【接上级通知】 says the notice is passed on, not what kind of notice it is: it kept a
    # relay with its own earlier day apart from 【冬季防火】.
    notice = (
        "【冬季防火】各乡镇（街道）：元旦春节期间是火灾高发期，请组织对辖区九小场所、出租屋、"
        "老旧小区楼道堆物和电动自行车违规充电开展一次清查，清查情况元旦前报县应急局，联系人韩涛。"
    )
    relayed = (
        "{tag}县应急局：元旦春节期间是火灾高发期，请组织对辖区九小场所、出租屋、老旧小区楼道堆物"
        "和电动自行车违规充电开展一次清查，清查情况元旦前报县应急局。\n"
        "请各社区12月30日（周二）下班前报平安办。"
    )
    december = datetime(2025, 12, 29, 8, 30, tzinfo=TZ)

    def folds_in_december(tag: str) -> bool:
        engine = TriageEngine(TriageConfig(tz=TZ))
        engine.process(replace(message(notice, 1), ts=december))
        relay = replace(message(relayed.format(tag=tag), 2, group="g2"), ts=december)
        return engine.process(relay).cluster == "m1"

    assert all(map(folds_in_december, ("【接上级通知】", "【紧急转发】", "【转县应急局通知】")))
    assert not folds_in_december("【燃气安全】")


# Blind set S2: the county's notice, and a village secretary's relay of it in a Guangxi
# township's words, which shares a tenth of its 3-grams but its rare words.
VISITS = (
    "岜莱县人民政府办公室\n关于做好2027年春节期间走访慰问困难群众和留守老人工作的通知\n"
    "各乡镇人民政府，县民政局：\n请各乡镇组织干部在春节前后对辖区特困供养人员、低保户、独居和"
    "留守老人开展走访慰问，重点检查取暖用火用电安全，确保“不漏一户、不落一人”。走访慰问情况于"
    "2月20日（正月十五）前报县民政局。"
)
VISITS_RETOLD = (
    "转县里通知，请各村认真落实：春节前后对特困、低保、独居和留守老人逐户走访，重点睇取暖用火用电"
    "安全，不漏一户。\n另：镇里要求各村初三前把本村独居留守老人名单和走访情况报民政办。"
)
SPRING = datetime(2027, 2, 4, 9, 30, tzinfo=TZ)


def _at(text: str, n: int, minutes: int, group: str) -> Message:
    return replace(message(text, n, group=group), ts=SPRING + timedelta(minutes=minutes))


def _seasoned() -> TriageEngine:
    """An engine that has read a few hundred messages, and so knows which words are rare."""
    engine = TriageEngine(TriageConfig(tz=TZ))
    for earlier in generate(300, TZ):
        engine.process(earlier)
    return engine


def test_a_relay_retold_in_its_own_words_folds_by_the_rare_words_it_keeps() -> None:
    engine = _seasoned()
    engine.process(_at(VISITS, 1, 0, "county"))
    engine.process(
        _at("明天上午9点在镇三楼会议室召开春节安全生产工作部署会，请各村书记参加。", 2, 5, "town")
    )
    assert engine.process(_at(VISITS_RETOLD, 3, 20, "village")).cluster == "m1"


def test_a_relay_retold_folds_into_its_own_notice_not_another_on_its_theme() -> None:
    veterans = (
        "关于做好2027年春节期间走访慰问退役军人和其他优抚对象工作的通知\n各乡镇人民政府：\n"
        "请各乡镇在春节前对辖区重点优抚对象、困难退役军人开展走访慰问，走访情况于2月15日前报县"
        "退役军人事务局。"
    )
    engine = _seasoned()
    engine.process(_at(veterans, 1, 0, "county"))
    engine.process(_at(VISITS, 2, 5, "county"))
    assert engine.process(_at(VISITS_RETOLD, 3, 20, "village")).cluster == "m2"
    # ...and a relay in the notice's own group is a re-post, which the index does not
    # look up: a relay goes down to another group.
    engine = _seasoned()
    engine.process(_at(VISITS, 1, 0, "county"))
    assert engine.process(_at(VISITS_RETOLD, 2, 20, "county")).cluster is None


def test_two_documents_named_apart_do_not_fold_though_their_titles_share_a_frame() -> None:
    veterans = (
        "关于做好2027年春节期间走访慰问退役军人和其他优抚对象工作的通知\n各乡镇人民政府：\n"
        "请各乡镇在春节前对辖区重点优抚对象、困难退役军人开展走访慰问，走访情况于2月15日前报县"
        "退役军人事务局。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(_at(veterans, 1, 0, "county"))
    assert engine.process(_at(VISITS, 2, 5, "county")).cluster is None
    # A forward that shortens its notice's title is still its forward.
    shortened = VISITS.replace("走访慰问困难群众和留守老人工作", "走访慰问留守老人工作")
    assert engine.process(_at("【转】" + shortened, 3, 20, "village")).cluster == "m2"


def test_a_relay_that_cites_the_party_committee_bare_folds() -> None:
    # Blind set M3: a DING to the leaders, then the same order retold to the villages.
    ding = (
        "【DING】接县委县政府通知，今晚到后天有大到暴雪，请班子成员周末全部在岗不得离开陇西，"
        "包片领导今天中午12点前到各自包片村检查危房户和独居老人取暖情况，结果报我。"
    )
    retold = (
        "各位书记：接县委县政府通知，今晚到后天有大到暴雪，请各村今天中午12点前把危房户、独居"
        "老人、五保户逐户走一遍，C、D级危房的人必须转移出来，情况报包片领导。"
    )
    assert folds(ding, retold, minutes=20)
    print_ = fingerprint(canonical(retold), T0, TZ)
    assert print_ is not None and print_.relayed


@pytest.mark.parametrize(
    "text",
    ["区委书记今天上午10点来街道调研，班子成员9:30前到一楼大厅集合。", "县委书记明天来我镇调研。"],
)
def test_the_party_secretary_coming_cites_no_source(text: str) -> None:
    print_ = fingerprint(canonical(text), T0, TZ)
    assert print_ is not None and not print_.relayed


@pytest.mark.parametrize(
    "text", ["转移群众安置要求，各村今晚8点前报转移人数。", "转岗人员培训通知，请于周五前报名。"]
)
def test_a_word_that_opens_with_zhuan_is_no_relay(text: str) -> None:
    # A reviewer's: 转移, 转岗 read as 转 (passed on), letting them fold as relays.
    print_ = fingerprint(canonical(text), T0, TZ)
    assert print_ is not None and not print_.relayed


# Set I: a market's cry for help, and the town's call to its leaders six minutes later.
MARKET_FIRE = (
    "【紧急】兴隆农贸市场东侧干货区一商铺起火，火势较大，浓烟很重，已打119，市场保安正在疏散人员，"
    "请求支援！"
)
MARKET_FIRE_TOLD = (
    "【紧急】兴隆农贸市场东侧干货区商铺起火，消防已出警，市场正在疏散人员。请在西安的班子成员立即"
    "赶往兴隆市场北门集合，赵书记已在路上！"
)


def _reported(text: str, n: int, minutes: int, group: str, sender: str) -> Message:
    return replace(_at(text, n, minutes, group), sender_id=sender)


def test_two_peoples_reports_of_one_emergency_fold() -> None:
    engine = _seasoned()
    engine.process(_reported(MARKET_FIRE, 1, 0, "market", "guard"))
    told = engine.process(_reported(MARKET_FIRE_TOLD, 2, 6, "leaders", "office"))
    assert told.cluster == "m1"


def test_reports_of_an_emergency_by_one_sender_or_hours_apart_stay_apart() -> None:
    # One person's posts to two groups are two messages (dev: a summons to a village head,
    # a report to the leaders); the same market's fire three hours on is another.
    engine = _seasoned()
    engine.process(_reported(MARKET_FIRE, 1, 0, "market", "guard"))
    assert engine.process(_reported(MARKET_FIRE_TOLD, 2, 6, "leaders", "guard")).cluster is None
    engine = _seasoned()
    engine.process(_reported(MARKET_FIRE, 1, 0, "market", "guard"))
    assert engine.process(_reported(MARKET_FIRE_TOLD, 2, 180, "leaders", "office")).cluster is None


# Blind set M3: a village's alert of a fire in a 炕洞, and a leader's five minutes on.
KANG_FIRE = "【紧急】王家庄村二社一户人家炕洞着火了，引燃了柴草堆，火快扑灭了，没人受伤，正在清理。"
KANG_FIRE_TOLD = (
    "【紧急】王家庄村二社一户村民炕洞起火引燃柴草堆，村干部正在扑救，无人员伤亡，我马上赶过去。"
)


def test_two_peoples_alerts_of_one_emergency_fold_on_fewer_rare_words() -> None:
    engine = _seasoned()
    engine.process(_reported(KANG_FIRE, 1, 0, "safety", "village"))
    assert engine.process(_reported(KANG_FIRE_TOLD, 2, 5, "leaders", "leader")).cluster == "m1"


def test_an_urgent_report_without_an_alerts_tag_needs_more_rare_words() -> None:
    engine = _seasoned()
    engine.process(_reported(KANG_FIRE, 1, 0, "safety", "village"))
    untagged = KANG_FIRE_TOLD.removeprefix("【紧急】")
    verdict = engine.process(_reported(untagged, 2, 5, "leaders", "leader"))
    assert verdict.tier is Tier.URGENT
    assert verdict.cluster is None


# Blind set D3: the banner's satellite hotspot, and the 苏木's order to the village head,
# who is to call back in 20 minutes, not 30.
HOTSPOT = (
    "【卫星热点核查】4月13日10时52分卫星监测到热点1处：巴音宝力格苏木哈日努拉嘎查东北约3公里"
    "（东经116.42，北纬44.18），请属地30分钟内核实并反馈，如为火情立即组织扑救。"
)


def test_a_relay_that_brings_a_span_forward_folds() -> None:
    relay = (
        "@哈日努拉嘎查-李春生 旗里卫星热点：你们嘎查东北约3公里（东经116.42，北纬44.18），"
        "马上去看，"
        "20分钟内给我回话！"
    )
    assert folds(HOTSPOT, relay, minutes=3)
    # Another hotspot, on the same template, is another.
    other = (
        HOTSPOT.replace("116.42", "115.87").replace("44.18", "44.31").replace("东北约3", "西南约5")
    )
    assert not folds(HOTSPOT, other, minutes=3)


def test_a_notice_passed_on_in_haste_is_a_relay() -> None:
    # Blind set D3: 紧急转发： opens a relay as 转发： does.
    upgraded = (
        "【沙尘暴预警升级】旗气象台4月15日11时将沙尘暴黄色预警升级为橙色预警：预计15日14时至16日"
        "06时，我旗大部地区将出现强沙尘暴，能见度低于50米，阵风9-10级。请各苏木镇立即通知牧民停止"
        "一切户外活动，人员、牲畜全部进圈进屋。"
    )
    relay = (
        "紧急转发：沙尘暴升级橙色预警，今天下午2点到明早6点强沙尘暴，能见度不到50米，阵风9-10级！"
        "各嘎查马上再通知一遍，人和牲畜全部进圈进屋，1点前在群里回复通知情况。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(replace(message(upgraded, 1), ts=datetime(2027, 4, 15, 11, 39, tzinfo=TZ)))
    verdict = engine.process(
        replace(message(relay, 2, group="g2"), ts=datetime(2027, 4, 15, 11, 58, tzinfo=TZ))
    )
    assert verdict.cluster == "m1"


def test_a_relay_of_the_latest_round_of_a_daily_report_folds_into_it() -> None:
    # From blind set E3: four rounds of the county's progress share as many keys with the
    # relay; the latest is the one it passes on.
    rounds = [
        "【三夏进度】截至3月1日，全县累计机收小麦0.36万亩，进度0.3%；投入联合收割机2130台，"
        "其中跨区机械410台。",
        "【三夏进度】截至3月2日，全县累计机收小麦2.1万亩，进度1.6%。柳集镇机收206亩。",
        "【三夏进度】截至3月3日，全县累计机收小麦18.6万亩，进度14.2%。",
        "【三夏进度】截至3月4日，全县累计机收小麦39.5万亩，进度30.1%。",
    ]
    engine = TriageEngine(TriageConfig(tz=TZ))
    for n, text in enumerate(rounds, 1):
        engine.process(message(text, n, n * 60))
    relay = engine.process(
        message(
            "转县三夏办：截至3月4日，全县累计机收小麦39.5万亩，进度30.1%。咱镇进度排全县第五，"
            "大家加把劲。",
            9,
            300,
            group="g2",
        )
    )
    assert relay.cluster == "m4"


def test_a_relay_that_says_check_then_report_is_no_follow_up_report() -> None:
    # From blind set E3: 复核一遍再报 is "check, then report", not a 再报 (a second report).
    notice = (
        "【灾情核实】请3月8日受冰雹影响的乡镇于今天（3月9日）上午11点前报送灾情核实数据（分村受灾、"
        "成灾、绝收面积及损失估算），报县农业农村局和县应急局。"
    )
    relay = (
        "转县应急局：冰雹灾情核实数今天上午11点前报县里。各村10点前把分村受灾、成灾、绝收面积报"
        "农业办。@李晓东 你们复核一遍再报"
    )
    assert folds(notice, relay, minutes=15)


FIRE_POINT = (
    "【DING】卫星监测：14时02分鹭湖镇荷花村（东经112.95°，北纬29.71°）附近发现疑似秸秆焚烧"
    "火点1处，请鹭湖镇30分钟内核实并反馈处置情况。"
)
FIRE_POINT_RELAYED = (
    "【转市政府办】卫星监测：14时02分荷花村（东经112.95°，北纬29.71°）附近发现疑似秸秆焚烧"
    "火点1处，要求30分钟内核实反馈。付书记马上带人去现场，拍照发群里！"
)


def test_a_relay_restating_a_window_from_its_own_post_folds() -> None:
    # 30分钟内 counted from the relay's own time ends three minutes after the DING's: the
    # same window restated, not a later deadline (blind set F3).
    assert folds(FIRE_POINT, FIRE_POINT_RELAYED, minutes=3)


def test_the_same_window_asked_again_hours_later_is_another_round() -> None:
    asked = "请各村30分钟内报送当前累计转移人数，镇防指汇总后报区防指。"
    again = "请各村30分钟内报送最新累计转移人数，镇防指汇总后报区防指。"
    assert folds(asked, again, minutes=3)
    assert not folds(asked, again, minutes=5 * 60)


def test_the_number_called_with_a_word_after_it_is_no_other_figure() -> None:
    # From blind set H3: a village's cry and the leader's report of one gas poisoning, the
    # ambulance's 120 followed by 了 in one and by the minutes it takes in the other.
    cry = (
        "前进村三组老刘家两口子早上让儿子发现躺炕上叫不醒，屋里一股煤烟子味，已经打120了，"
        "村卫生所大夫先过去了"
    )
    report = (
        "前进村三组老刘家两口子早上让儿子发现躺炕上叫不醒，屋里煤烟子味，疑似一氧化碳中毒，"
        "120二十分钟到。我正往前进村去。"
    )
    a, b = (fingerprint(canonical(t), T0, TZ) for t in (cry, report))
    assert a is not None and b is not None
    assert not conflicts(b, a)
    # Figures that differ still do: 120 people moved are not 150.
    moved = fingerprint(canonical("前进村已转移群众120人，安置在村委会。"), T0, TZ)
    other = fingerprint(canonical("前进村已转移群众150人，安置在村委会。"), T0, TZ)
    assert moved is not None and other is not None
    assert conflicts(other, moved)


# Blind set I3: the county's DING, and a street office cadre's word to the villages.
GRAVES_DING = (
    "【DING】今天下午4点前各乡镇（街道）报送清明祭扫重点坟山数量、卡口数量及值守人员数，"
    "县指挥部要报市里，逾期不候。"
)
GRAVES_RETOLD = "各村重点坟山数量、卡口数量、值守人数今天下午3点前报我，县里4点要，急！"


def test_a_relay_that_cites_what_the_level_above_requires_folds() -> None:
    # 县里4点要 says whose request it passes on, with its own earlier time: the DING's
    # relay, as pressing as the DING.
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(replace(message(GRAVES_DING, 1), ding=True))
    relay = engine.process(message(GRAVES_RETOLD, 2, 190, group="g2"))
    assert relay.cluster == "m1"
    assert relay.tier is Tier.URGENT
    # 街道要求 mid-text does the same for a village's retelling.
    ban = (
        "各位书记👇清明防火禁火：3月29日至4月11日林区、坟山一律禁止野外用火，严禁烧纸、放鞭炮、"
        "点香烛；重点坟山、进山路口设卡口，人不离岗、火不进山。卡口设置和值守名单下周一（3月29日）"
        "中午12点前报我，过时不候哈。"
    )
    village = (
        "那岭村注意：清明3月29日至4月11日林区坟山一律禁火，严禁烧纸放炮点香烛，要设卡口、人不离岗。"
        "街道要求下周一中午报卡口名单，我们包村组要先过一遍，请韦书记本周日（3月28日）下午5点前发我。"
    )
    assert folds(ban, village)
    # Without a word of whose request it is, a retelling that short is its own notice.
    assert not folds(ban, village.replace("街道要求", ""))


def test_the_rule_posted_again_with_who_has_not_reported_is_a_chase() -> None:
    # From blind set I3: the morning's daily-report rule, and at 17:55 the same words with
    # the two villages still missing today: a chase of today's round, its own card.
    rule = (
        "【森林防火】3月31日至4月11日，请各村（社区）每天下午6点前在群里报当日巡山和卡口值守情况"
        "（巡查人数、劝返人数、收缴火种），无情况报“零”。"
    )
    chase = (
        "提醒：请各村（社区）每天下午6点前在群里报当日巡山和卡口值守情况（巡查人数、劝返人数、"
        "收缴火种），无情况报“零”。今日仲差岜林村、古榕社区。"
    )
    morning = datetime(2027, 3, 31, 10, 20, tzinfo=TZ)
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(replace(message(rule, 1), ts=morning))
    later = replace(message(chase, 2), ts=morning + timedelta(minutes=455))
    assert engine.process(later).cluster is None
    # ...while the rule posted again whole still folds.
    again = replace(message("提醒：" + rule, 3), ts=morning + timedelta(minutes=460))
    assert engine.process(again).cluster == "m1"


def test_word_that_a_work_order_or_a_report_is_done_is_not_the_order() -> None:
    # From blind set K3: the village's word that the lamps are fixed quotes the order's
    # number and place, and the town's word that the figures went up names the report.
    order = (
        "【工单】KF20271227-0160\n孙庄村村民反映：村东头3盏路灯不亮，雪天夜间出行不便。\n"
        "请孙庄村12月29日前处理并回复。"
    )
    done = "工单KF20271227-0160已处理：孙庄村东头3盏路灯已更换灯泡恢复照明，已回访。"
    assert not folds(order, done, minutes=600)
    notice = (
        "关于报送2027年12月份安全生产检查情况的通知\n各乡镇（街道）安委办：\n请于2028年1月5日前，"
        "将12月份安全生产检查情况（含检查企业数、发现隐患数、整改完成数）按模板报县安委办邮箱。"
    )
    sent = "12月份安全生产检查情况已汇总，检查企业37家、发现隐患29处、整改完成26处，已报县安委办。"
    assert not folds(notice, sent, minutes=600)
    # ...while an order passed down, to be done by then (…前处理完毕), still folds.
    relay = (
        "【转】工单KF20271227-0160：孙庄村东头3盏路灯不亮，雪天夜间出行不便。"
        "请孙庄村12月29日前处理完毕，情况报党政办。"
    )
    assert folds(order, relay)


def test_a_notice_restated_with_how_few_have_reported_is_a_chase() -> None:
    # From blind set J3: the county's notice, and the next morning the town's reminder of
    # it with its own earlier time and how few villages are in.
    notice = (
        "金口县应急管理局 关于报送9月份安全隐患排查整治情况的通知\n各乡（镇）应急办：\n请于月底前"
        "将9月份安全隐患排查整治情况（含排查点位数、发现隐患数、整改完成数、挂牌督办数）按附件模板"
        "报县应急局邮箱，逾期未报的将在全县通报。"
    )
    chase = "提醒：9月份安全隐患排查情况今天上午10点前报乡应急办，目前只有3个村报了。"
    posted = datetime(2027, 9, 29, 10, 0, tzinfo=TZ)
    next_morning = posted + timedelta(hours=23, minutes=30)
    first = fingerprint(canonical(notice), posted, TZ)
    counted = fingerprint(canonical(chase), next_morning, TZ)
    plain = fingerprint(canonical(chase.replace("，目前只有3个村报了", "")), next_morning, TZ)
    assert first is not None and counted is not None and plain is not None
    assert conflicts(counted, first)
    # ...while the reminder without the count passes the notice on.
    assert not conflicts(plain, first)


def test_a_warning_passed_on_as_pressing_is_that_warning() -> None:
    # From blind set J3: the county's upgraded warning under its own tag, and the town's
    # relay of it under 【紧急】 a few minutes later.
    warning = (
        "【地质灾害气象风险预警升级】金口县自然资源局、县气象局联合发布：受强降雨影响，预计10月1日"
        "20时至10月2日20时，我县石门坎乡、龙溪镇部分区域发生地质灾害的气象风险很高（橙色预警，"
        "Ⅱ级）。请相关乡镇立即组织受威胁群众转移避让，景区暂停涉山涉水项目，值班人员24小时在岗。"
    )
    relay = (
        "【紧急】县里地灾预警升级为橙色（Ⅱ级），10月1日20时至10月2日20时我乡部分区域地质灾害气象"
        "风险很高。请立即组织受威胁群众转移避让，景区暂停涉山涉水项目，班子成员全部在岗。"
    )
    assert folds(warning, relay, minutes=6)
    # ...while the formal report of an alert is another notice than the alert.
    alert = "【紧急】马集村西头柴草垛起火，火势较大，已打119，村里正组织群众扑救！"
    report = "【火情报告】马集村西头柴草垛起火，火势较大，已打119，村里正组织群众扑救。"
    assert not folds(alert, report, minutes=6)


def test_a_fire_cried_under_its_alerts_tag_and_under_urgent_is_one_cry() -> None:
    # From blind set K3: the grid worker's 【火情】 and the village head's 【紧急】 three
    # minutes later.
    grid = "【火情】马集村西头柴草垛起火，火势较大，已打119，村里正组织群众扑救！"
    village = "【紧急】马集村西头柴草垛起火，火势较大，已报119，村两委正组织扑救，请镇里支援！"
    assert folds(grid, village, minutes=3)


def test_整改到位_in_a_relay_is_a_task_not_a_correction() -> None:
    # Blind set L3: the secretary's relay of the office's 【紧急】 asks the work 整改到位, done
    # in full; 改到 there moves nothing.
    notice = (
        "【紧急】市创文测评组明天（4月8日）将对我区开展第二轮实地复查，重点检查首轮暗访发现的"
        "问题点位。请各社区今晚8点前完成问题点位整改，整改前后对比照片发群里。"
    )
    relay = (
        "各位书记：市创文测评组明天（4月8日）第二轮实地复查，重点查首轮暗访发现的问题点位，"
        "今晚8点前整改到位并把对比照片发创文群！"
    )
    assert folds(notice, relay, minutes=10)
    assert not folds(notice, relay.replace("今晚8点前整改到位", "整改时间改到明晚8点前"))


def test_a_sanction_that_cancels_a_subsidy_is_no_cancelled_notice() -> None:
    # 取消…资格 is what befalls the late, not the notice called off: the relay folds.
    feedback = (
        "【督查反馈】省第三督查组书面反馈我镇存在问题3条：\n1.澳头自然港2艘小舢板未登记造册；\n"
        "2.沙坛村渔具仓库封存台账不全；\n3.个别船东休渔承诺书未签。\n"
        "请相关村8月5日前整改到位，整改报告（附整改前后对比照片）报渔业站。"
    )
    relay = (
        "转督查反馈：省督查组指出我镇存在问题3条：1.澳头自然港2艘小舢板未登记造册；"
        "2.沙坛村渔具仓库封存台账不全；3.个别船东休渔承诺书未签。\n"
        "请还没签休渔承诺书的船东8月3日前到渔业站补签，逾期的取消本年度燃油补贴资格。"
    )
    assert folds(feedback, relay)


def test_a_point_reported_put_right_is_not_the_inspection_list_nor_the_order_after() -> None:
    # Blind set P3: 暗访 lists points to put right; the community's photo that one is done
    # would hide the list if it folded into it.
    listed = (
        "区文明办暗访问题清单（第14期），我街道涉及：柳荫小区5号楼北侧垃圾桶满溢，"
        "请相关社区今天下午5点前整改完毕，整改前后对比照片发群里"
    )
    assert not folds(listed, "柳荫小区5号楼北侧垃圾桶已清运，整改前后对比照片如下[图片][图片]")
    assert not folds(
        "农贸市场门口电动车已清理，划了停车线 [图片][图片][图片]",
        "明天迎检的几个点位大家再过一遍 农贸市场门口电动车今天必须清干净 别让我明天再看到",
    )


def test_a_correction_relayed_as_our_community_folds_into_the_one_that_names_it() -> None:
    # Blind set P3: the community passes the section's correction on in its own words.
    named = "更正：明天的施工协调会改在柳荫社区二楼会议室召开，时间改为上午9点半，9:20签到。"
    ours = "城建科更正：明天的施工协调会改在咱社区二楼会议室 时间改为上午9点半 9:20签到"
    assert folds(named, ours, minutes=10)
    # ...not one about another community.
    other = "城建科更正：明天的施工协调会改在锦屏社区二楼会议室 时间改为上午9点半 9:20签到"
    assert not folds(named, other, minutes=10)


def test_a_road_reopened_stays_apart_from_the_closure_of_the_same_roads() -> None:
    # Blind set Q3: the next morning one of the two closed roads is open again.
    closure = (
        "【紧急】受暴雪影响，S101线阿巴嘎旗至别力古台段、X903线巴音查干至查干淖尔段自今晚22时起"
        "实行交通管制，禁止车辆通行，恢复时间另行通知。请各苏木镇立即通知在途车辆。"
    )
    reopened = (
        "X903线巴音查干至查干淖尔段已恢复通行，S101线阿巴嘎旗至别力古台段继续管制。"
        "请在途车辆注意安全。"
    )
    assert not folds(closure, reopened, minutes=13 * 60)
    # ...while the closure passed on still folds.
    assert folds(closure, "转旗应急局：" + closure)


def test_a_nil_report_the_next_day_is_that_days_report() -> None:
    # Blind set Q3: a gacha's evening nil report, in the same words each evening.
    assert not folds("查干淖尔晚7点半零报告", "查干淖尔晚7点半零报告", minutes=24 * 60 + 11)
    # ...while passed on that evening it is the same report.
    assert folds("查干淖尔晚7点半零报告", "转：查干淖尔晚7点半零报告", minutes=5)


def test_an_emergency_number_called_is_no_figure_of_the_report() -> None:
    # Blind set Q3: the village's cry names the 120 it called; the sumu's retelling does not.
    village = (
        "【紧急】宝力格嘎查牧民阿拉坦家发生一氧化碳中毒，夫妻二人昏迷，已通知苏木卫生院和120，"
        "嘎查干部正在现场开窗通风。"
    )
    sumu = (
        "【紧急】宝力格嘎查牧民阿拉坦家发生一氧化碳中毒，夫妻2人昏迷。请值班领导立即赶往现场，"
        "卫生院救护车已出发。"
    )
    assert folds(village, sumu, minutes=7)
    # ...while 120 counted is a figure: another count is another report.
    counted = village.replace("已通知苏木卫生院和120，", "已转移120户，")
    assert not folds(counted, sumu.replace("夫妻2人昏迷", "已转移90户"), minutes=7)


def test_two_short_reports_with_another_figure_of_one_measure_stay_apart() -> None:
    # Blind set S3: towns' scores and stock reported on one template, a count chased again.
    assert not folds(
        "龙口镇自评得分94分，自评报告已发县安委办邮箱。", "黄坪镇自评得分91分，自评报告明天报。"
    )
    assert not folds(
        "龙口镇已补充融雪剂4吨，防滑草垫100床。",
        "县交通局已补充融雪剂200吨，防滑料50立方，各养护站物资到位。",
    )
    assert not folds(
        "截至目前，11月份执法检查情况已有4个县（市、区）报送。",
        "还有3个县（市、区）没报11月份执法检查情况，中午12点截止。",
    )
    # ...while the same report passed on still folds.
    report = "龙口镇自评得分94分，自评报告已发县安委办邮箱。"
    assert folds(report, "转：" + report)


# One office's boilerplate (what the bench generator's notices share, as real offices'
# do), around a subject: notices on two subjects share most of their words.
def _boilerplate(subject: str, title: str) -> str:
    return (
        f"{title}\n"
        f"为防止{subject}问题反弹，要求各单位举一反三开展自查自纠，请相互转告。\n"
        f"结合{subject}专项整治行动，各地要压实属地责任并建立问题清单和整改台账，附件为统计表。"
    )


def test_notices_titled_with_two_subjects_stay_apart() -> None:
    # The titles differ by only two characters on one side (安全生产 / 校园周边安全).
    first = _boilerplate("安全生产", "关于开展2026年安全生产专项行动的通知")
    second = _boilerplate("安全生产", "关于开展2026年校园周边安全专项行动的通知")
    assert not folds(first, second)
    assert folds(first, "转发：" + first)


def test_reports_titled_on_two_subjects_stay_apart() -> None:
    # A 通报 names its subject as a 通知 does.
    first = _boilerplate("禁毒宣传", "区卫健局关于非法集资宣传工作情况的通报")
    second = _boilerplate("禁毒宣传", "区卫健局关于人口抽样调查工作情况的通报")
    assert not folds(first, second)
    assert folds(first, "【转】" + first)


def test_a_meeting_call_is_not_a_notice_titled_on_a_subject() -> None:
    notice = _boilerplate("疫苗接种", "关于做好疫苗接种有关工作的通知")
    meeting = _boilerplate("疫苗接种", "会议通知")
    assert not folds(notice, meeting)
    # Two meeting calls share their bare heading, which names no one document.
    assert folds(meeting, "请各位认真落实！\n" + meeting)


def test_boilerplate_about_another_subject_stays_apart() -> None:
    first = _boilerplate("耕地保护", "会议通知")
    second = _boilerplate("人居环境整治", "会议通知")
    assert not folds(first, second)
    assert not folds(first, "转发：" + second)


def test_a_relay_that_rewords_a_phrase_still_folds() -> None:
    # Words dropped from a phrase that the text does not name again are no subject.
    notice = (
        "征兵体检通知：3月12日上午8点在镇卫生院进行征兵体检，体检当天由民兵连长带队，"
        "请各村于3月11日下午5点前将体检人员名单报镇武装部。"
    )
    relay = "转镇武装部：" + notice.replace("由民兵连长带队", "由专人带队")
    assert folds(notice, relay)


def test_a_relay_retold_folds_only_into_a_notice_on_its_subject() -> None:
    # A~B and B~C do not put C under A's card when C is about another thing than A: B, a
    # meeting call, was folded into A, a notice on vaccination; C retells B.
    index = RetoldIndex()
    notice = _boilerplate("疫苗接种", "关于做好疫苗接种有关工作的通知")
    meeting = (
        "会议通知\n根据群众反映，要求各单位举一反三开展自查自纠，务必高度重视。\n"
        "按照年度考核要求，请各村（社区）加强宣传引导并营造良好氛围。"
    )
    relay = (
        "转发区卫健局通知：会议通知\n根据群众反映，要求各单位举一反三开展自查自纠，务必高度重视。"
    )
    notice_print, meeting_print, relay_print = (
        fingerprint(canonical(text), T0, TZ) for text in (notice, meeting, relay)
    )
    assert notice_print and meeting_print and relay_print
    index.add("a", T0, "g1", notice_print, "a")
    index.add("b", T0, "g2", meeting_print, "a", root_print=notice_print)
    assert index.lookup(relay_print, T0 + timedelta(minutes=5), "g3") is None
    # The same relay of a meeting call that heads its own card folds into it.
    alone = RetoldIndex()
    alone.add("b", T0, "g2", meeting_print, "b")
    assert alone.lookup(relay_print, T0 + timedelta(minutes=5), "g3") == "b"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("@王磊 安全生产的材料今天下午4点前发我", "@王磊 燃气安全的材料今天下午4点前发我"),
        ("请问安全生产台账是否需要盖章？", "请问燃气安全台账是否需要盖章？"),
        (
            "【提醒】请各村（社区）今天下午4点前报送安全生产日报，无情况报零。",
            "【提醒】请各村（社区）今天下午4点前报送校园周边安全日报，无情况报零。",
        ),
    ],
)
def test_a_short_template_on_another_subject_stays_apart(first: str, second: str) -> None:
    # The subjects share a word (安全) but each has two characters the other lacks.
    assert not folds(first, second)
    assert folds(first, "转：" + first)


def test_a_short_notice_said_over_in_another_order_still_folds() -> None:
    first = (
        "【更正】今天上午的节后工作部署会改为上午10点召开，地点改为街道一楼多功能厅，请相互转告。"
    )
    second = (
        "【更正】节后工作部署会改为今天上午10点，地点改为街道一楼多功能厅，请各位书记相互转告。"
    )
    assert folds(first, second)


def test_a_forward_is_found_among_notices_sharing_its_boilerplate() -> None:
    # On the bench's traffic, notices on other subjects in the same sentences filled the
    # buckets of the boilerplate's keys within the three hours after gen0000027; its
    # verbatim forward gen0000389 kept only rare keys with it, outranked by them.
    engine = TriageEngine(TriageConfig(tz=TZ))
    verdicts = {m.id: engine.process(m) for m in generate(390, TZ)}
    notice = verdicts["gen0000027"].cluster or "gen0000027"
    assert verdicts["gen0000389"].cluster == notice


def test_two_communities_reports_of_one_figure_stay_apart() -> None:
    first = "坝岭社区人口抽样调查工作已完成，共入户50户。"
    assert not folds(first, "溪东社区老旧小区改造工作已完成，共入户50户。")
    assert not folds(first, "溪东社区人口抽样调查工作已完成，共入户50户。")
    assert folds(first, "转：" + first)


def test_two_short_posts_on_one_subject_that_share_only_its_name_stay_apart() -> None:
    # Blind set T3: a rate reported and a policy's reading linked, a rule put online and a
    # template sent after it; each pair shares the subject's name and not a word besides.
    rate = "截至12月9日，全县2027年度城乡居民医保缴费率78.9%。"
    assert not folds(rate, "2027年度城乡居民医保待遇政策解读[链接]")
    rules = "2026年度基层医疗卫生机构绩效考核细则已在局网站公开，可自行下载。"
    template = (
        "补充：绩效考核自查报告模板见附件[文件]"
        "平川县2026年度基层医疗卫生机构绩效考核自查报告模板.docx"
    )
    assert not folds(rules, template)
    # ...while a short notice passed on with a line of one's own still folds.
    tip = "煤烟中毒急救小常识：1.立即开窗通风；2.把人转移到空气新鲜的地方；3.拨打120。"
    assert folds(tip, tip + "家里烧炉子的都看看")
    assert folds(tip, "转给大家，" + tip)


ANNUAL = (
    "各乡镇（街道）：请于3月11日前报送2025年度安全生产统计年报（含事故统计、执法检查统计两张表），"
    "模板见群文件。"
)


def test_last_months_report_reminded_on_an_annual_reports_template_stays_apart() -> None:
    # Blind set U3: two days on, the month's report due before then, on the same template.
    monthly = (
        "再提醒一下2月份的月报，各乡镇对照格式：\n"
        "请于3月5日前报送2月份安全生产统计月报（含事故统计、执法检查统计两张表），模板见群文件。"
    )
    assert not folds(ANNUAL, monthly, minutes=2 * 24 * 60)
    assert folds(ANNUAL, "转发：" + ANNUAL, minutes=2 * 24 * 60)


def test_a_report_of_another_period_on_one_template_stays_apart() -> None:
    assert not folds(ANNUAL, ANNUAL.replace("2025年度", "2月份").replace("年报", "月报"))
    # 3月报送 names no monthly report.
    assert folds(ANNUAL, "转：" + ANNUAL.replace("于3月11日前报送", "于3月11日前报送，3月报送"))


def test_a_grid_workers_nil_report_of_another_day_stays_apart() -> None:
    # Blind set U3: 无异常 is a nil report, of the day it is sent.
    for report in ("柳河社区5网格：无异常", "柳河社区5网格：一切正常"):
        assert not folds(report + "[OK]", report, minutes=24 * 60)
        assert folds(report + "[OK]", report, minutes=10)


def test_a_tally_of_the_work_a_notice_asked_for_is_not_the_notice_retold() -> None:
    # Blind set U3: the county's count after the first week, under the office's name,
    # shares the campaign's rare words with the notice that launched it, not one fact.
    notice = (
        "临川县安全生产委员会办公室\n关于开展岁末年初安全生产大检查的通知\n各乡镇（街道）：\n"
        "县安委会决定即日起至2027年2月底开展安全生产大检查，重点检查危化品、烟花爆竹、道路交通、"
        "建筑施工、人员密集场所等行业领域。各乡镇要建立隐患、责任、整改“三张清单”。"
    )
    tally = "县安委办：岁末年初安全生产大检查第一周，全县共检查企业236家，发现隐患412项。"
    retold = "县安委办：即日起至2027年2月底开展岁末年初安全生产大检查，各乡镇建立三张清单。"
    fillers = [f"请各村{n}月{n}日前报送秸秆禁烧巡查台账，无情况报零。" for n in range(1, 9)]
    index = RetoldIndex()
    for n, text in enumerate([*fillers, notice]):
        print_ = fingerprint(canonical(text), T0, TZ)
        assert print_
        index.add(f"m{n}", T0, "g1", print_, f"m{n}")
    later = T0 + timedelta(days=1)
    tally_print, retold_print = (fingerprint(canonical(t), later, TZ) for t in (tally, retold))
    assert tally_print and retold_print
    assert index.lookup(retold_print, later, "g2") == f"m{len(fillers)}"
    assert index.lookup(tally_print, later, "g2") is None


def test_a_call_to_make_up_a_report_is_not_the_report() -> None:
    # Blind set V3: the district asks two units for a day's report it has not seen.
    report = "桂园街道3月8日困难群众探访日报：探访96人，未发现新问题。"
    chase = "请桂园街道、龙山镇今晚8点前补报3月8日困难群众探访日报，系统里没看到。"
    assert not folds(report, chase, minutes=60)


def test_a_forward_that_drops_what_a_hotline_is_for_folds() -> None:
    # Blind set V3: 拨打96110咨询 passed on as 拨打96110: the number, not 96110 of 咨.
    tip = (
        "【防范养老诈骗提示】近期有不法分子冒充民政、社保工作人员，以“高龄津贴认证”为名，要求老人"
        "扫码、提供银行卡号和验证码。请各街道提醒老人：认证不收取任何费用，遇到可疑情况拨打96110咨询。"
    )
    relay = (
        "转区民政局【防范养老诈骗提示】：近期有不法分子冒充民政、社保工作人员，以“高龄津贴认证”为名，"
        "要求老人扫码、提供银行卡号和验证码。认证不收取任何费用，遇到可疑情况拨打96110。入户时提醒老人。"
    )
    assert folds(tip, relay)


def test_two_reports_of_one_unit_on_other_days_stay_apart() -> None:
    # Blind set V3: one street's visits, then its next day's report, each one long clause
    # in its own words; the houses found at risk differ (5处 / 2处).
    first = (
        "桂园街道寒潮期间困难群众探访情况：共探访特困人员11人、独居空巢高龄老人96人、"
        "低保重病重残对象34人，发现取暖用电隐患5处，已全部现场整改。"
    )
    second = (
        "桂园街道12月5日困难群众探访日报：探访特困人员11人、独居空巢高龄老人96人，"
        "发现问题2处（取暖器插座老化），已处置。"
    )
    first_print = fingerprint(canonical(first), datetime(2026, 12, 4, 19, 55, tzinfo=TZ), TZ)
    second_print = fingerprint(canonical(second), datetime(2026, 12, 5, 15, 30, tzinfo=TZ), TZ)
    assert first_print and second_print
    assert similarity(first_print, second_print) >= 0.45
    assert conflicts(second_print, first_print)
    assert folds(first, "转：" + first)


def test_last_weeks_round_quoted_as_a_template_is_not_this_weeks_notice() -> None:
    # Blind set X3: the town attaches last week's form, its due day already gone when it
    # posts, under the county's notice of this week's first round.
    notice = (
        "各乡镇：冬季农田水利基本建设（冬修水利）进度实行周报制度，请每周五下午3点前报送"
        "《冬修水利项目进度表》，首次报送时间为3月13日。"
    )
    quoted = (
        "附上周（3月6日）的报表格式，各村对照填写：\n各乡镇：冬修水利进度实行周报制度，"
        "请于3月6日下午3点前报送《冬修水利项目进度表》。"
    )
    assert not folds(notice, quoted)
    # A relay's own earlier day, still to come, is its internal deadline.
    relay = notice + "\n请各村3月12日下午5点前把进度报农业农村办汇总。"
    assert folds(notice, "转县局：" + relay)


def test_a_notice_for_another_grade_on_one_template_stays_apart() -> None:
    # Blind set W3: two grades' exam timetables, the same days and times.
    sixth = (
        "各位班主任：六年级期末考试科目和时间已定：1月13日上午语文（8:30—10:10），下午数学"
        "（14:30—16:10）；1月14日上午英语（8:30—9:50）。请明早上班前把本班考场座位表交教务处。"
    )
    fifth = (
        "五年级期末考试科目和时间：1月13日上午数学（8:30—10:10），下午语文（14:30—16:10）；"
        "1月14日上午英语（8:30—9:50）。五年级各班考场座位表请明天交。"
    )
    assert not folds(sixth, fifth, minutes=15)
    assert folds(sixth, "转：" + sixth.replace("各位班主任：", ""), minutes=15)


def test_a_village_by_village_order_retold_is_not_two_villages() -> None:
    # Blind set X3: 带队逐村过一遍 / 今天逐村过一遍 named no village.
    order = (
        "紧急通知：县督查组明天到我镇，督查防返贫动态监测和农村人居环境整治。请各包村领导今天带队"
        "逐村过一遍，各村今晚把监测户档案、整治台账整理到位，明早8点前在村部摆放好备查。"
    )
    relay = (
        "【转发郑书记要求】县督查组明天到我镇，督查防返贫动态监测和农村人居环境整治。各村今晚把"
        "监测户档案、整治台账整理到位，明早8点前在村部摆放好备查！！！包村领导今天逐村过一遍。"
    )
    assert folds(order, relay, minutes=15)


def test_a_correction_passed_on_without_the_day_of_the_document_it_cites_folds() -> None:
    # Blind set W3: the county's 【更正】 names the notice it corrects by its day; the
    # forward drops that day.
    correction = (
        "【更正】3月4日《关于做好期末考试工作的通知》中，初中九年级期末考试时间更正为3月17日至"
        "19日（提前一天，与市统考同步），小学及初中七、八年级仍为3月18日至20日。考场及监考名单"
        "报送时间不变。"
    )
    relay = (
        "转：【更正】初中九年级期末考试时间更正为3月17日至19日（与市统考同步），小学及初中七、"
        "八年级仍为3月18日至20日，考场及监考名单今天报送时间不变。"
    )
    assert folds(correction, relay, minutes=20)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("中心小学食堂自查表已上传。[图片]", "南湖初中食堂自查表已上传。[图片]"),
        ("柳林小学排查完毕，宿舍无异常。", "石坝中学排查完毕，宿舍无异常。"),
    ],
)
def test_two_units_reports_of_one_thing_done_stay_apart(first: str, second: str) -> None:
    # Blind set W3: each school's canteen reports its own check.
    assert not folds(first, second, minutes=2)
    assert folds(first, "转：" + first, minutes=2)


def test_one_entry_of_a_roster_told_to_the_one_it_concerns_stays_apart() -> None:
    # Blind set Z3: a village group tells one villager his line of the town's relief roster.
    roster = (
        "【临时救助审批公示】乌沙镇12月第一批临时救助：高岩村4组吴某某（房屋漏雨受损）救助2000元；"
        "新寨村3组张某某（因病）救助3000元；羊排村5组龙某某（火灾）救助1000元。公示期5天。"
    )
    one_line = (
        "村里转来的公示：高岩村4组吴某某（房屋漏雨受损）临时救助2000元，公示5天。老四你那个批了哈"
    )
    assert not folds(roster, one_line)
    assert folds(roster, "转：" + roster.replace("【临时救助审批公示】", ""))


def test_word_that_the_report_is_sent_up_is_not_the_order_to_send_it() -> None:
    # Blind set Z3: the order, then the clerk's word that it is done.
    assert not folds("@潘文军 今天零报告你汇总一下，5点前报县应急局", "今天零报告已报县应急局。")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a relay numbers the items its own way (① read as 1)
            "请各乡镇对餐饮场所逐家检查：1.是否安装可燃气体报警器；2.软管是否超过2米、是否穿墙；"
            "3.气瓶是否存放在地下室。检查表于12月11日下午5点半前报燃气股。",
            "转县燃气股：请各社区对餐饮场所逐家检查：\n①是否安装可燃气体报警器；②软管是否超过2米、"
            "是否穿墙；③气瓶是否存放在地下室。\n街道内部要求：各社区检查表12月10日下午5点前交街道。",
        ),
        (  # 80余个 retold as 80多个
            "【就业帮扶】县人社局定于12月15日上午在幸福苑社区广场举办冬季招聘会，有电子厂、服装厂、"
            "保安、保洁等岗位80余个，有意向的居民带身份证参加。",
            "转：县人社局12月15日上午在幸福苑社区广场开冬季招聘会，电子厂、服装厂、保安、保洁等"
            "岗位80多个，想就近上班的带身份证切看一哈。",
        ),
        (  # the property office's own kind of tag over the county's warning
            "【寒潮预警】县气象台12月7日13时发布寒潮蓝色预警：预计12月8日至10日我县气温下降8～10℃，"
            "最低气温可降至-6℃，伴有4～5级北风，请注意防寒防冻。",
            "【温馨提示】县气象台发布寒潮蓝色预警：预计12月8日至10日我县气温下降8～10℃，最低气温"
            "可降至-6℃，伴有4～5级北风。请各位业主做好水管防冻。",
        ),
        (  # ...and its own name over the heating company's notice
            "【停热通知】因二次管网阀门更换，12月9日（周三）9:00—15:00锦华苑小区3号楼、4号楼暂停"
            "供暖，已通知物业张贴公告。",
            "【锦华苑物业通知】接热力公司通知，因二次管网阀门更换，12月9日（周三）9:00—15:00锦华苑"
            "3号楼、4号楼暂停供暖，请住户提前做好保暖准备。",
        ),
    ],
)
def test_relays_said_their_own_way_fold(first: str, second: str) -> None:
    # Blind sets Y3, Z3.
    assert folds(first, second)


def test_tags_that_name_two_subjects_still_keep_notices_apart() -> None:
    first = "【停热通知】12月9日9:00—15:00锦华苑小区3号楼、4号楼暂停供暖，请住户提前做好保暖准备。"
    second = "【停水通知】12月9日9:00—15:00锦华苑小区3号楼、4号楼暂停供水，请住户提前做好储水准备。"
    assert not folds(first, second)


def test_one_correction_said_in_other_words_folds_and_a_second_change_does_not() -> None:
    # Blind set Z3: the office's 【更正】 and the secretary's own words for the same change.
    correction = (
        "【更正】原定12月14日（周一）上午9点召开的2026年度机关干部述职测评会，因县里同时段开会，"
        "调整为当天下午2点半召开，地点不变（镇三楼会议室）。"
    )
    retold = (
        "各位书记：更正一下，12月14日（周一）的述职测评会改到下午2点30召开，不是上午9点了，"
        "地点还是镇三楼会议室，请相互转告。"
    )
    assert folds(correction, retold, minutes=7)
    moved_again = (
        "各位书记：再更正一下，12月14日（周一）的述职测评会改到下午4点召开，不是下午2点30了，"
        "地点还是镇三楼会议室，请相互转告。"
    )
    assert not folds(correction, moved_again, minutes=7)


def test_a_relay_of_an_order_to_remove_within_days_folds() -> None:
    # Blind set A4: 3日内必须拆除复耕 read as the 3rd kept the enforcement team's relay apart.
    order = (
        "【督办】经县局内业比对，柳庄镇后李村图斑4113250726008（占用耕地建设农机大院，面积1.35亩）"
        "至今未整改，请柳庄镇3日内拆除复耕并上传整改照片，逾期将移交县纪委监委追责问责。"
    )
    relay = (
        "转县局督办：后李村图斑4113250726008（占用耕地建设农机大院，1.35亩）3日内必须拆除复耕，"
        "逾期移交县纪委监委。麻烦执法队安排一下，周五前拆完。"
    )
    assert folds(order, relay, minutes=30)


def test_a_relay_saying_what_the_county_wants_by_a_day_folds() -> None:
    # Blind set A4: 县里2月13日前要…, then the villages' own earlier day.
    notice = (
        "【林长制】进入森林防火期，请各乡镇镇级林长本周至少巡林1次，村级林长每天巡林，巡林轨迹通过"
        "“林长通”APP上传。请于2月13日前报送本周巡林情况统计表。"
    )
    relay = (
        "【林长制】各村村级林长每天巡林，巡林轨迹用“林长通”APP上传（不会用的找农业农村办）。"
        "县里2月13日前要本周巡林统计表，请各村2月12日中午前报农业农村办。"
    )
    engine = _seasoned()
    engine.process(_at(notice, 901, 0, "county"))
    assert engine.process(_at(relay, 902, 60, "town")).cluster == "m901"


def test_two_numbered_parts_of_a_town_report_apart() -> None:
    # Blind set A4: one template, the same figures in other places.
    assert not folds(
        "第二管区3月9日：已核查7个，已整改4个，正在整改2个。",
        "第三管区3月9日：已核查7个，已整改2个，正在整改4个，东赵村户主同意自拆。",
        minutes=7,
    )


def test_the_day_of_one_entry_of_a_schedule_is_not_the_schedule() -> None:
    # Blind set B4: said on the day of the second entry, as the team sets out.
    schedule = (
        "【检查安排】3月10日（周二）上午9点检查中心小学、海澄中学食堂；3月11日（周三）上午9点检查"
        "启航幼儿园、实验幼儿园。请各校食堂负责人在岗，准备好进货台账、留样记录。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(schedule, 1))
    on_the_day = message("今天上午9点检查启航幼儿园、实验幼儿园，我们已出发，请园长在岗。", 2)
    on_the_day = replace(on_the_day, ts=T0 + timedelta(days=2))
    assert engine.process(on_the_day).cluster is None
    # A reminder of a meeting on its day, under a notice that also set a day to hand in by,
    # is still the notice (blind set Q).
    meeting = (
        "3月11日（周三）上午9:00在镇三楼开主题党日活动，全体党员8:40前签到；"
        "各村3月13日前将照片报镇党建办。"
    )
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(meeting, 1))
    reminder = message("再提醒：今天上午9:00镇三楼主题党日活动，全体党员8:40前签到，请勿迟到。", 2)
    assert engine.process(replace(reminder, ts=T0 + timedelta(days=2))).cluster == "m1"


def test_two_corrections_fold_when_one_also_says_the_time_it_was() -> None:
    # Blind sets A4 and B4: 提前到7:00 / 提前到7点整（原7:20）.
    first = (
        "【更正】明早拆除前王村违建的集合时间提前到7:00，因督察组上午要来，拆除要提前完成。"
        "地点不变。"
    )
    second = (
        "更正：明早前王村违建拆除集合时间提前到7点整（原7:20），镇政府院内，督察组上午要来，"
        "必须提前拆完。"
    )
    assert folds(first, second, minutes=8)
    # ...but not a second change that names the first one's new time as the old one.
    again = "更正：明早前王村违建拆除集合时间再提前到6点半（原7:00），镇政府院内，督察组上午要来。"
    assert not folds(first, again, minutes=8)


def test_a_changed_measure_is_a_correction() -> None:
    print_ = fingerprint("注意：县局口径改了，2025年1月1日以来，面积单位用平方米。", T0, TZ)
    assert print_ is not None and print_.corrects


def test_a_check_whether_is_an_order_not_a_question() -> None:
    # Blind set B4: 排查…是否销售该型号产品 is what to check; its relay drops those words.
    alert = fingerprint(
        "请各所两小时内排查辖区商超、电器店是否销售该型号产品，结果报质量科。", T0, TZ
    )
    asked = fingerprint("请问各所辖区商超是否销售该型号产品？", T0, TZ)
    assert alert is not None and not alert.details.question
    assert asked is not None and asked.details.question


def _alert(text: str, n: int, minutes: int, sender: str) -> Message:
    return replace(_at(text, n, minutes, f"g{n}"), sender_id=sender, ding=True)


def test_an_alert_setting_its_own_time_to_meet_is_not_the_alert_it_follows() -> None:
    # Blind set A4: the county's 今晚11点前…报县局 and the town's 今晚9点…碰头 on one inspection.
    county = (
        "【紧急】市局督察组明天上午抽查卫片图斑整改，抽查乡镇：柳庄镇、王集镇。请两镇今晚11点前将"
        "整改台账、现场照片、佐证材料报县局执法大队邮箱。"
    )
    town = (
        "【紧急】刚接县委办通知，市自然资源局督察组明天上午到我县抽查卫片图斑整改，柳庄镇是抽查乡镇"
        "之一。请刘镇牵头，今晚9点在镇三楼会议室碰头。"
    )
    engine = _seasoned()
    engine.process(_alert(county, 901, 0, "u1"))
    assert engine.process(_alert(town, 902, 10, "u2")).cluster is None
    # One that passes the alert on, setting an earlier time to report by, still folds.
    relay = (
        "【紧急】市局督察组明天上午抽查卫片图斑整改，柳庄镇是抽查乡镇之一。各管区今晚10点前把"
        "整改台账、现场照片、佐证材料报镇自然资源所。"
    )
    assert engine.process(_alert(relay, 903, 15, "u3")).cluster == "m901"


def test_a_relay_saying_only_the_day_is_due_at_1730_and_its_notice_at_midnight() -> None:
    # The README's date-only rule holds for the relay's own due time (a tester saw a card
    # at 12-09 24:00): triage reads 12月9日截止 as 17:30 and folds it into the notice, whose
    # 12月9日24:00 stays midnight. The card showing the notice's own time is the store's
    # choice (sync's _same_day_restated: a day restated is no sooner ask), not triage's.
    notice = (
        "【通知】干部网络学院2026年度学时统计将于2月9日24:00截止，"
        "请各乡镇督促干部尽快完成剩余学时。"
    )
    relay = "转县委组织部：干部网络学院2026年度学时统计将于2月9日截止，请各位干部尽快完成剩余学时。"
    engine = TriageEngine(TriageConfig(tz=TZ))
    first = engine.process(_at(notice, 1, 0, "county"))
    second = engine.process(_at(relay, 2, 30, "town"))
    assert first.deadline == datetime(2027, 2, 10, 0, 0, tzinfo=TZ)
    assert second.deadline == datetime(2027, 2, 9, 17, 30, tzinfo=TZ)
    assert second.cluster == "m1"


def test_an_alert_passed_on_with_a_question_to_a_colleague_folds() -> None:
    # Blind set B4: the relay's own line to a colleague asks; the alert it passes on does not.
    alert = (
        "【紧急】西溪农贸市场旁“海味轩”饭店后厨液化气钢瓶角阀漏气，闻到很大气味，已疏散店内客人，"
        "119和燃气公司已通知，请市场监管所派人过来看钢瓶来源。"
    )
    relay = (
        "【紧急】转西溪社区：西溪农贸市场旁“海味轩”饭店后厨液化气钢瓶角阀漏气，已疏散店内客人，"
        "119和燃气公司已通知，需要我们查钢瓶来源。@林志强 我在值班室，你在附近的话先过去？"
    )
    assert folds(alert, relay, minutes=5)
    # A question about the alert, passed on or not, is not the alert.
    asked = "转西溪社区：西溪农贸市场旁“海味轩”饭店后厨液化气钢瓶角阀漏气，钢瓶是哪家供的？"
    assert not folds(alert, asked, minutes=5)


# Blind sets C4 and D4 (session 52).
COLD_WAVE = (
    "转发：【寒潮预警】市气象台12月29日9时发布寒潮蓝色预警，12月30日至1月2日我市将有明显降温，"
    "最低气温-5℃，伴4-5级北风。\n一、立即组织对辖区独居、空巢、失能老人入户走访，检查取暖、用气用电"
    "安全；\n二、做好道路结冰、水管冻裂应对准备；\n三、报送走访进度（已走访人数/应走访人数）。\n"
    "街道要求：各社区明天上午10点前把走访进度报社会事务办，区里中午要。"
)
FIRE = (
    "车站路社区铭新苑5楼一住户家中起火（初步判断电动车电瓶室内充电引发），消防已到场，暂无人员"
    "伤亡。请今日带班领导、值班人员立即到场，社区做好周边疏散。"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A bare 【转】 tag says it passes the notice on, not what kind of notice it is.
        (
            COLD_WAVE,
            "各位网格员：寒潮预警来了‼️\n【转】一、立即组织对辖区独居、空巢、失能老人入户走访，检查"
            "取暖、用气用电安全；二、做好道路结冰、水管冻裂应对准备；三、报送走访进度（已走访人数/"
            "应走访人数）。\n网格员明早9点前把自己网格的走访台账拍照发群里！！",
        ),
        # ...nor does one that says where it passes it (【转值守群】).
        ("【DING】" + FIRE, "【转值守群】" + FIRE),
    ],
)
def test_a_tag_that_passes_the_notice_on_folds(first: str, second: str) -> None:
    assert folds(first, second)


TICKET = (
    "【12345工单】编号HJ2701020018\n诉求人反映：桃源街道新安社区永安里小区3栋暖气不热，已多次反映"
    "仍未解决，家中有80多岁老人。\n请责任单位24小时内联系诉求人并回复处置情况。\n责任单位：桃源街道"
)
CHASE = (
    "【督办】工单HJ2701020018（新安社区永安里小区3栋暖气不热）已超24小时未回复，请桃源街道今天"
    "下班前回复办理情况，否则按超期处理。"
)
FARMLAND_CHASE = (
    "【督办】经县局内业比对，柳庄镇后李村图斑4113250726008（占用耕地建设农机大院，面积1.35亩）"
    "至今未整改，请柳庄镇3日内拆除复耕并上传整改照片，逾期将移交县纪委监委追责问责。"
)


def test_the_chase_of_a_ticket_is_not_the_ticket() -> None:
    assert not folds(TICKET, CHASE)


def test_a_chase_passed_on_folds_into_the_chase() -> None:
    assert folds(
        FARMLAND_CHASE,
        "转县局督办：后李村图斑4113250726008（占用耕地建设农机大院，1.35亩）县局要求3日内拆除复耕"
        "并上传整改照片，逾期移交县纪委监委。\n张磊联系执法队，明天下午前拿出拆除方案。",
    )


def test_a_count_of_cases_under_supervision_is_no_chase() -> None:
    # 挂牌督办数 is a column of the form, not word that the notice chases anything.
    notice = (
        "关于开展春节前安全生产大检查的通知\n请各街道于3月12日下午5点前将检查情况汇总表（含检查"
        "单位数、发现隐患数、已整改数、挂牌督办数）按附件格式填报，报区安委办邮箱。"
    )
    relay = (
        "转发自区应急局：关于开展春节前安全生产大检查的通知\n请各街道于3月12日下午5点前将检查情况"
        "汇总表按附件格式填报，报区安委办邮箱。"
    )
    assert folds(notice, relay)


def test_a_notice_asking_for_follow_ups_is_no_follow_up() -> None:
    # 续报每天17时前报送 is what the notice asks for later, so its relay with the
    # town's own earlier deadline folds into it.
    assert folds(
        "各乡镇：请于今天14:00前通过“湖南省应急管理综合应用平台”报送6月8日以来强降雨灾情初报（受灾"
        "人口、转移人数、倒损房屋、道路中断、直接经济损失），续报每天17时前报送。\n附件：自然灾害情况"
        "统计表（初报）.xls",
        "转县应急局：请于今天14：00前报送6月8日以来强降雨灾情初报（受灾人口、转移人数、倒损房屋、"
        "道路中断、直接经济损失）。\n各村12点前报到镇防办，水利设施水毁情况@刘洋 一并统计",
    )


DROWNING = (
    "关于做好2027年暑期防溺水工作的通知\n{n}6月12日前在辖区所有山塘、水库、河道危险水域设置警示牌、"
    "救生圈、救生竿；\n2、开展一次危险水域排查，排查表6月12日17：30前报县应急局；\n3、村组安排专人"
    "在周末和放学时段巡查。"
)


@given(first=st.sampled_from(["1.", "1、", "1）", "1)"]), second=st.sampled_from(["1.", "1、"]))
@settings(max_examples=20, deadline=None)
def test_an_items_number_before_its_day_is_no_figure(first: str, second: str) -> None:
    # 1.6月12日前 and 1、6月12日前 are item 1 due on 12 June, however the relay numbers it.
    a = canonical(DROWNING.format(n=first))
    b = canonical(DROWNING.format(n=second))
    a_print, b_print = fingerprint(a, T0, TZ), fingerprint(b, T0, TZ)
    assert a_print is not None and b_print is not None
    assert a_print.facts == b_print.facts
    assert not conflicts(a_print, b_print)


def test_a_count_of_what_was_done_on_another_day_is_that_days_report() -> None:
    # The second night's evacuation, in nearly the same words and figures.
    first = "马家冲滑坡点8户21人转移完毕，马家坪组沿河5户14人也转到村部了"
    again = "马家冲8户21人+马家坪5户14人转移完毕"
    assert not folds(first, again, minutes=25 * 60)
    assert not folds("杉山村老屋场6户19人转移到位", "杉山村老屋场6户19人转移到位", minutes=25 * 60)
    # The same count passed on that day is that count.
    assert folds("杉山村老屋场6户19人转移到位", "杉山村老屋场6户19人转移到位", minutes=30)


def test_a_larger_count_of_what_was_done_is_the_next_count() -> None:
    assert not folds(
        "杉山村老屋场6户19人转移到位[图片]",
        "杉山村老屋场6户19人、冲里组9户26人全部转移，共15户45人",
        minutes=60,
    )
