"""A later notice that replaces an earlier one it does not fold with: a correction, a
warning signal at another level, or lifted. Folding stays as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk.core.messages import Message, Role, Standing, Supersession
from desk.core.triage import TriageConfig, TriageEngine
from desk.core.triage.folding import fingerprint
from desk.core.triage.normalize import canonical
from desk.core.triage.superseding import Kind, replaces, standing
from tests.core.test_triage_reasons_given import demo_history

TZ = ZoneInfo("Asia/Shanghai")
SAT = datetime(2026, 12, 5, 9, 0, tzinfo=TZ)

MEETING = (
    "【会议通知】定于明天下午3:00召开全区防溺水工作视频会议。\n"
    "参会范围：各镇（街道）分管领导、社事办负责人、辖区中小学校长，在各自分会场参会。\n"
    "请各分会场于2:40前完成音视频调试，调试联系人：区政府办孟凡 6632 0051。"
)
MEETING_MOVED = (
    "更正：明天全区防溺水工作视频会议时间调整为下午4:00，分会场调试时间相应调整为3:40前，其他不变。"
)
YELLOW = (
    "【云岫区气象台】暴雨黄色预警信号：预计今天傍晚到明天白天，我区北部山区（桐坪、凤鸣、松岗）"
    "有暴雨，局部大暴雨，累计雨量50～80毫米，最大小时雨强40毫米，并伴有雷电和短时大风。"
    "请注意防范山洪、地质灾害、中小河流洪水和城乡积涝。"
)
ORANGE = (
    "【云岫区气象台】暴雨橙色预警信号：受强降雨云团影响，预计未来6小时内我区北部山区（桐坪、凤鸣）"
    "将出现100毫米以上降雨，最大小时雨强60毫米以上，山洪、滑坡、泥石流等灾害风险极高，请立即做好防御。"
)
ORANGE_LIFTED = (
    "【云岫区气象台】解除暴雨橙色预警信号：强降雨云团已移出我区北部山区（桐坪、凤鸣），"
    "降雨明显减弱，暴雨橙色预警信号解除，山洪、滑坡、泥石流等灾害风险仍较高，请继续做好防御。"
)
REPORT_DUE = (
    "关于报送2月份安全生产检查情况的通知\n各镇（街道）安委办：\n"
    "请于3月10日（周二）下午6点前，将2月份安全生产检查情况（含检查企业数、发现隐患数、"
    "整改完成数）按附件模板报区安委办邮箱。"
)


def message(text: str, n: int, at: datetime, group: str = "g1") -> Message:
    return Message(
        id=f"m{n}",
        group_id=group,
        group_name=f"{group}群",
        sender_id="u1",
        sender_name="孟凡",
        sender_role=Role.OWNER,
        ts=at,
        text=text,
    )


def triaged(*posts: tuple[str, datetime, str]) -> list[tuple[Supersession, ...]]:
    """What each post, fed in the order given, supersedes (or is superseded by)."""
    engine = TriageEngine(TriageConfig(tz=TZ))
    return [
        engine.process(message(text, n, at, group)).supersedes
        for n, (text, at, group) in enumerate(posts, start=1)
    ]


def kind_of(newer: str, newer_at: datetime, older: str, older_at: datetime) -> Kind | None:
    new = fingerprint(canonical(newer), newer_at, TZ)
    old = fingerprint(canonical(older), older_at, TZ)
    assert new is not None and old is not None
    how = replaces(new, newer_at, old, older_at)
    return how.kind if how else None


def test_a_correction_supersedes_the_meeting_notice_it_moves() -> None:
    links = triaged(
        (MEETING, SAT, "g1"), (MEETING_MOVED, SAT + timedelta(hours=5, minutes=28), "g1")
    )

    assert links == [(), (Supersession("m1", "m2", "correction"),)]


def test_a_correction_supersedes_the_notice_the_meeting_was_forwarded_in_first() -> None:
    forward = "转发区政府办会议通知：\n" + MEETING

    links = triaged(
        (MEETING, SAT, "g1"),
        (forward, SAT + timedelta(minutes=18), "g2"),
        (MEETING_MOVED, SAT + timedelta(hours=5), "g3"),
    )

    # The forward folded into the first post: the notice (its root) is what is replaced.
    assert links[2] == (Supersession("m1", "m3", "correction"),)


def test_a_higher_warning_level_supersedes_the_earlier_signal() -> None:
    links = triaged((YELLOW, SAT, "g1"), (ORANGE, SAT + timedelta(hours=35), "g1"))

    assert links[1] == (Supersession("m1", "m2", "level", "orange"),)


def test_lifting_a_warning_supersedes_it() -> None:
    links = triaged((ORANGE, SAT, "g1"), (ORANGE_LIFTED, SAT + timedelta(hours=9), "g1"))

    assert links[1] == (Supersession("m1", "m2", "lifted"),)


def test_superseding_leaves_tier_cluster_and_due_time_as_triage_gave_them() -> None:
    alone = TriageEngine(TriageConfig(tz=TZ)).process(message(ORANGE, 2, SAT + timedelta(hours=35)))
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(YELLOW, 1, SAT))
    after = engine.process(message(ORANGE, 2, SAT + timedelta(hours=35)))

    assert (after.tier, after.cluster, after.deadline, after.reasons) == (
        alone.tier,
        alone.cluster,
        alone.deadline,
        alone.reasons,
    )


def test_an_old_notice_that_arrives_after_its_replacement_says_what_replaced_it() -> None:
    # Delivered late (a slow federation): fed after the correction, though posted before.
    links = triaged((MEETING_MOVED, SAT + timedelta(hours=5), "g1"), (MEETING, SAT, "g2"))

    assert links == [(), (Supersession("m2", "m1", "correction"),)]


def test_an_edited_message_links_what_it_replaces_as_its_post_would() -> None:
    engine = TriageEngine(TriageConfig(tz=TZ))
    engine.process(message(MEETING, 1, SAT))
    later = SAT + timedelta(hours=5)
    assert engine.process(message("各位辛苦了，材料都已收齐。", 2, later, "g2")).supersedes == ()
    engine.process(message(YELLOW, 3, SAT))
    engine.process(message(ORANGE, 4, SAT + timedelta(hours=35)))

    edited = engine.reassess(message(MEETING_MOVED, 2, later, "g2"))

    assert edited.supersedes == (Supersession("m1", "m2", "correction"),)
    # What replaced the yellow was settled as the orange came: a typo fixed links nothing.
    typo = YELLOW.replace("桐坪、凤鸣、松岗", "桐坪、凤鸣、松冈")
    assert engine.reassess(message(typo, 3, SAT)).supersedes == ()


def test_an_earlier_message_never_supersedes_a_later_one() -> None:
    assert kind_of(MEETING_MOVED, SAT, MEETING, SAT + timedelta(hours=5)) is None
    assert kind_of(YELLOW, SAT + timedelta(hours=35), ORANGE, SAT + timedelta(hours=35)) is None


def test_a_correction_does_not_supersede_an_unrelated_notice() -> None:
    assert kind_of(MEETING_MOVED, SAT + timedelta(hours=5), REPORT_DUE, SAT) is None
    # ...nor the notice a word of it happens to share, when what it moves is another thing.
    seed = (
        "县里下拨的早稻良种（野香优莉丝）2.4吨已到镇农资仓库，节后凭各村花名册领取，每亩补1.5公斤。"
    )
    water = (
        "雨后正是插秧的好时候，放水推迟到12号，各村组织农机手先把秧田整好，"
        "县里下拨的早稻良种周一起凭花名册到镇农资仓库领。"
    )
    assert kind_of(water, SAT + timedelta(hours=5), seed, SAT) is None


def test_a_correction_naming_another_month_is_not_a_supersede() -> None:
    other_month = REPORT_DUE.replace("2月份", "3月份")
    correction = "更正：关于报送3月份安全生产检查情况的通知，报送时间调整为3月11日下午6点前。"

    assert kind_of(correction, SAT + timedelta(hours=5), other_month, SAT) is Kind.CORRECTION
    assert kind_of(correction, SAT + timedelta(hours=5), REPORT_DUE, SAT) is None


def test_a_correction_for_another_village_is_not_a_supersede() -> None:
    roster = "竹溪村山塘3座，请明天上午10点前把三个责任人名单报岳明，电话都要核实。"
    correction = "更正：洄水湾村山塘3座，三个责任人名单改为明天下午3点前报岳明，电话都要核实。"

    assert kind_of(correction, SAT + timedelta(hours=2), roster, SAT) is None


def test_a_warning_with_another_number_but_the_same_level_is_not_a_supersede() -> None:
    more_rain = YELLOW.replace("50～80毫米", "60～90毫米")

    assert kind_of(more_rain, SAT + timedelta(hours=3), YELLOW, SAT) is None


def test_village_reports_differing_in_figures_supersede_nothing() -> None:
    links = triaged(
        ("竹溪村山塘3座，三个责任人名单已报岳明，电话都核实过了。", SAT, "g1"),
        (
            "洄水湾村山塘4座，三个责任人名单已报岳明，电话都核实过了。",
            SAT + timedelta(minutes=5),
            "g1",
        ),
    )

    assert links == [(), ()]


def test_another_hazard_or_a_signal_long_ended_is_not_superseded() -> None:
    gale = YELLOW.replace("暴雨黄色", "大风蓝色")

    assert kind_of(ORANGE, SAT + timedelta(hours=35), gale, SAT) is None
    assert kind_of(ORANGE, SAT + timedelta(days=4), YELLOW, SAT) is None


def test_a_correction_does_not_supersede_another_correction() -> None:
    again = "【更正】区防溺水视频会议改为明天下午4点，3:40前调试完毕，参会人员不变。"

    assert kind_of(again, SAT + timedelta(hours=1), MEETING_MOVED, SAT) is None


def test_a_correction_supersedes_a_relay_that_did_not_fold_but_not_the_weeks_plan() -> None:
    relay = (
        "转：明天下午3点全区防溺水工作视频会议，镇分会场在三楼视频会议室。\n"
        "各村（社区）不参会，但请会前把辖区河道、山塘、水库边的警示牌和救生圈再检查一遍，缺的报社事办。"
    )
    plan = (
        "【本周重点工作】\n1.周一：全区防溺水工作视频会议筹备；\n2.周二至周四：河道、山塘安全大检查；"
        "\n3.周四下午：全镇防汛工作会议；\n4.周五：汛期值班表报区防指办。"
    )

    links = triaged(
        (MEETING, SAT, "g1"),
        (relay, SAT + timedelta(minutes=38), "g2"),
        (plan, SAT + timedelta(minutes=50), "g3"),
        (MEETING_MOVED, SAT + timedelta(hours=5, minutes=28), "g1"),
    )

    assert {link.root for link in links[3]} == {"m1", "m2"}


def test_a_relay_of_the_meeting_that_moves_another_meeting_supersedes_nothing() -> None:
    # The county's notice passed on, with a word on the town's own meeting: the video
    # meeting it relays still stands (a folding miss must not read as a correction).
    notice = (
        "【会议通知】今天上午9:00召开全县防汛救灾视频调度会，各乡镇党政主要负责人、"
        "分管负责人在乡镇视频会议室参会，8:50前完成签到。"
    )
    relay = (
        "转县防指：今天上午9点全县防汛救灾视频调度会，党政主要负责人和分管领导在镇三楼"
        "视频会议室参会，8:50前签到。原定8点半的班子碰头会改到视频会后开。"
    )

    assert kind_of(relay, SAT + timedelta(minutes=5), notice, SAT) is None


def test_moving_this_weeks_report_leaves_the_weekly_report_standing() -> None:
    weekly = (
        "转县发改局、县粮储中心通知：今年夏粮（小麦、油菜籽）收购即日开始，请各村督促辖区"
        "收购点公开挂牌收购价格和质量标准，严禁压级压价、打白条，引导农户错峰售粮、及时晾晒。\n"
        "各村每周五下午4点前把本村售粮情况（户数、数量）报农业服务中心。"
    )
    this_week = (
        "【提醒】明天端午放假，本周各村售粮情况改为今天（6月18日）下午4点前报农业服务中心，"
        "不要拖到节后。"
    )

    assert kind_of(this_week, SAT + timedelta(days=6), weekly, SAT) is None


RELAY_WITH_TASK = (
    "转：明天下午3点全区防溺水工作视频会议，镇分会场在三楼视频会议室。\n"
    "各村（社区）不参会，但请会前把辖区河道、山塘、水库边的警示牌和救生圈再检查一遍，缺的报社事办。"
)


def what_stands(
    newer: str, newer_at: datetime, older: str, older_at: datetime, due: datetime | None
) -> Standing:
    return standing(canonical(newer), newer_at, canonical(older), older_at, "correction", due, TZ)


def test_a_relay_asking_its_own_task_still_asks_it_when_the_meeting_moves() -> None:
    # The villages check the warning signs before the meeting: the correction moves the
    # meeting and says nothing of that. The task is due before the meeting, now at 4 pm.
    three_pm = datetime(2026, 12, 6, 15, 0, tzinfo=TZ)

    stands = what_stands(MEETING_MOVED, SAT + timedelta(hours=5), RELAY_WITH_TASK, SAT, three_pm)

    assert stands == Standing(replaced=True, asks=True, due=three_pm + timedelta(hours=1))


def test_a_notice_the_correction_asks_again_asks_nothing_besides() -> None:
    # Its one task, the sub-venues' test before 2:40, the correction moves to 3:40;
    # attending the meeting is asked by any correction of it.
    due = datetime(2026, 12, 6, 14, 40, tzinfo=TZ)

    stands = what_stands(MEETING_MOVED, SAT + timedelta(hours=5), MEETING, SAT, due)

    assert stands == Standing(replaced=True, asks=False)


def test_a_task_for_the_meeting_that_names_its_subject_is_still_its_own() -> None:
    # 节前安全生产 names the meeting in both: the correction asks for no report.
    notice = (
        "会议通知\n定于2月11日（周三）下午3点在街道四楼会议室召开全街道节前安全生产暨消防安全工作"
        "会议，请班子成员、各科室负责人、各社区书记参加，不得请假。会前请安监办准备好节前大检查"
        "情况汇报材料。"
    )
    moved = (
        "更正：原定今天（2月11日）下午3点召开的节前安全生产暨消防安全工作会议，因区领导下午到我"
        "街道调研，调整为下午4点，地点不变（四楼会议室），请相互转告。"
    )
    wednesday = datetime(2026, 2, 11, 8, 0, tzinfo=TZ)
    three_pm = wednesday.replace(hour=15)

    stands = what_stands(moved, wednesday + timedelta(hours=1), notice, wednesday, three_pm)

    # The meeting's time, which the correction names as the one it replaces.
    assert (stands.asks, stands.due) == (True, three_pm + timedelta(hours=1))


def test_a_due_time_of_another_kind_than_the_one_moved_stays() -> None:
    # The relay's own list is due by the 12th; the talk moved to the 15th is when
    # something happens, not a time to be done by: which moves the list is not clear.
    relay = (
        "转县人武部：10月14日（周三）上午9:30在县职业中学开展大学生征兵政策宣讲，请各村摸一下还没"
        "返校的大学生和待业的毕业生，10月12日前把名单报我。"
    )
    moved = (
        "更正：县人武部大学生征兵政策宣讲时间改为10月15日（周四）上午9:30，地点不变，请相互转告。"
    )
    friday = datetime(2026, 10, 9, 9, 0, tzinfo=TZ)
    list_due = datetime(2026, 10, 12, 17, 30, tzinfo=TZ)

    stands = what_stands(moved, friday + timedelta(hours=3), relay, friday, list_due)

    assert (stands.asks, stands.due) == (True, None)


def test_a_correction_edited_into_another_message_replaces_nothing() -> None:
    rewritten = "各位：周五下午的党员活动照常进行，请各支部书记组织本支部党员准时参加。"
    typo_fixed = MEETING_MOVED.replace("其他不变", "其它不变")
    later = SAT + timedelta(hours=5)

    assert not what_stands(rewritten, later, MEETING, SAT, None).replaced
    assert what_stands(typo_fixed, later, MEETING, SAT, None).replaced


# The demo's Sunday DING and Monday's notice raising the response it started (a tester:
# the Ⅳ级 DING stayed second in Urgent, overdue a day, beside the Ⅲ级 one).
RESPONSE_IV = (
    "【DING】区森防指决定：自今天9时起启动全区森林防火Ⅳ级应急响应。各镇（街道）主要负责同志立即"
    "到岗坐镇指挥，10点前报送森林防火值班人员名单和护林员上岗、山边人员转移准备情况，不得迟报漏报！"
)
RESPONSE_III = (
    "区森防指决定：自即时起将全区森林防火应急响应由Ⅳ级提升至Ⅲ级，各镇（街道）党政主要负责同志24小时"
    "在岗带班，每3小时报一次火情。"
)
FIRE_YELLOW = (
    "【云岫区气象台】森林火险黄色预警信号：受寒潮影响，预计今天傍晚到明天白天，我区北部山区（桐坪、"
    "凤鸣、松岗）有6～7级偏北大风，阵风8级，空气相对湿度低于30%，森林火险等级高。请严禁一切野外"
    "用火，注意防范森林火灾。"
)
FIRE_ORANGE = (
    "【云岫区森林防火指挥部】森林火险橙色预警：邻县凤凰山山火尚未扑灭，预计未来6小时内我区北部山区"
    "（桐坪、凤鸣）偏北风7～8级，空气相对湿度低于20%，山火越界蔓延风险极高，请立即做好防御。"
)
GIFTS = (
    "📢元旦春节慰问品（大米一袋+菜籽油一桶）到了，明天下午3点以后到一楼工会活动室领取，本人签字，"
    "代领的写清楚。"
)
GIFTS_EARLIER = "更正一下🙏 慰问品明天上午10点以后就可以领，下午我要去区总工会开会，不在办公室。"
PROGRESS = (
    "【进度】截至今天中午12点，全镇已登记适龄女生312人，知情同意书回收268份，还差44份，请各村抓紧。"
)
PROGRESS_FIXED = (
    "更正：中午数字有误，新街社区漏报14人，全镇已登记适龄女生326人，知情同意书回收268份不变，"
    "还差58份。"
)


def _by(text: str, n: int, at: datetime, sender: str, group: str = "g1") -> Message:
    return replace(message(text, n, at, group), sender_id=sender)


def _links(*posts: Message) -> list[tuple[tuple[str, str, str, str], ...]]:
    engine = TriageEngine(TriageConfig(tz=TZ))
    return [
        tuple((s.root, s.by, s.kind, s.level) for s in engine.process(post).supersedes)
        for post in posts
    ]


def test_a_raised_emergency_response_replaces_the_one_it_raises() -> None:
    sunday = datetime(2026, 12, 6, 8, 55, tzinfo=TZ)
    monday = datetime(2026, 12, 7, 3, 57, tzinfo=TZ)

    links = _links(_by(RESPONSE_IV, 1, sunday, "u1"), _by(RESPONSE_III, 2, monday, "u2", "g2"))

    assert links == [(), (("m1", "m2", "response", "Ⅲ"),)]


def test_another_kind_of_response_at_another_level_replaces_nothing() -> None:
    # The flood response raised is not the forest-fire one started the day before.
    sunday = datetime(2026, 12, 6, 8, 55, tzinfo=TZ)
    flood = (
        RESPONSE_III.replace("森防指", "防指").replace("森林防火", "防汛").replace("火情", "险情")
    )

    assert kind_of(flood, sunday + timedelta(hours=19), RESPONSE_IV, sunday) is None


def test_a_warning_rewritten_at_the_next_level_replaces_the_one_before() -> None:
    saturday = datetime(2026, 12, 5, 16, 20, tzinfo=TZ)
    monday = datetime(2026, 12, 7, 3, 35, tzinfo=TZ)

    links = _links(_by(FIRE_YELLOW, 1, saturday, "u1"), _by(FIRE_ORANGE, 2, monday, "u1"))

    assert links == [(), (("m1", "m2", "level", "orange"),)]


def test_a_short_correction_its_poster_adds_in_the_group_replaces_the_notice() -> None:
    saturday = datetime(2026, 12, 5, 10, 20, tzinfo=TZ)
    later = saturday + timedelta(hours=5, minutes=50)

    mine = _links(_by(GIFTS, 1, saturday, "u1"), _by(GIFTS_EARLIER, 2, later, "u1"))
    another = _links(_by(GIFTS, 1, saturday, "u1"), _by(GIFTS_EARLIER, 2, later, "u2"))
    elsewhere = _links(_by(GIFTS, 1, saturday, "u1"), _by(GIFTS_EARLIER, 2, later, "u1", "g2"))

    assert mine == [(), (("m1", "m2", "correction", ""),)]
    # Two words in common say nothing of another poster's message, or another group's.
    assert another == elsewhere == [(), ()]


def test_a_short_correction_is_judged_as_its_poster_sent_it_when_the_store_asks() -> None:
    saturday = datetime(2026, 12, 5, 10, 20, tzinfo=TZ)
    later = saturday + timedelta(hours=5, minutes=50)
    engine = TriageEngine(TriageConfig(tz=TZ))

    stands = engine.standing(
        _by(GIFTS_EARLIER, 2, later, "u1"), _by(GIFTS, 1, saturday, "u1"), "correction", None
    )

    assert stands.replaced


def test_a_correction_of_wrong_figures_replaces_the_progress_report() -> None:
    sunday = datetime(2026, 12, 6, 12, 10, tzinfo=TZ)
    later = sunday + timedelta(hours=3, minutes=15)
    unsaid = PROGRESS_FIXED.replace("中午数字有误，", "")

    assert kind_of(PROGRESS_FIXED, later, PROGRESS, sunday) is Kind.CORRECTION
    # Not said to be figures corrected: another count, as before.
    assert kind_of(unsaid, later, PROGRESS, sunday) is None


def test_what_replaced_the_demo_s_notices_is_found_among_its_traffic() -> None:
    # Among a day and a half of the demo's traffic folding's lookup met none of these (a
    # tester: the Ⅳ级 DING, Saturday's yellow warning, the 慰问品 and the 312人 notices all
    # stood as they were); the hazard's and the poster's own notices are kept for them.
    engine = TriageEngine(TriageConfig(tz=TZ))
    found = {
        (link.root, link.by, link.kind)
        for post in demo_history()
        for link in engine.process(post).supersedes
    }

    assert {
        ("m0254", "m0361", "response"),
        ("m0208", "m0353", "level"),
        ("m0180", "m0205", "correction"),
        ("m0296", "m0304", "correction"),
    } <= found


def test_a_poster_s_correction_of_another_matter_replaces_none_of_their_notices() -> None:
    # Labelled set V3: the same poster's task names the office (区民政局要), the correction
    # moves a meeting of that office's: a unit's name is not what it corrects.
    monday = datetime(2026, 12, 7, 8, 0, tzinfo=TZ)
    task = "@周婷 明天上午10点前把新华社区这户老人的情况写个简要报告，区民政局要。"
    moved = "更正：今天区民政局推进会改到下午3点半，3:10签到，地点不变。"

    links = _links(_by(task, 1, monday, "u1"), _by(moved, 2, monday + timedelta(hours=20), "u1"))

    assert links == [(), ()]


def test_the_end_of_a_response_replaces_nothing() -> None:
    # Labelled set X2: ending the flood response leaves the duty roster for its days, and
    # the warning that started it, as they were.
    sunday = datetime(2026, 12, 6, 8, 55, tzinfo=TZ)
    ended = "区森防指决定于12月7日12时终止全区森林防火Ⅳ级应急响应，各镇继续做好巡查。"

    assert kind_of(ended, sunday + timedelta(days=1), RESPONSE_IV, sunday) is None
