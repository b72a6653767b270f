"""Deadline extraction: each Chinese phrase resolved against the message time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desk.core.reasons import Readies
from desk.core.triage.deadlines import (
    choose_deadline,
    extract_deadline,
    find_deadline,
    later_deadlines,
    passed_due_that_day,
    readied_kind,
    readied_meeting,
    scan,
)
from desk.core.triage.normalize import canonical
from desk.core.work_calendar import WorkCalendar

TZ = ZoneInfo("Asia/Shanghai")
# Monday 9 March 2026, 09:00 in Shanghai.
MONDAY = datetime(2026, 3, 9, 9, 0, tzinfo=TZ)


def due(text: str, ts: datetime = MONDAY) -> str | None:
    found = extract_deadline(canonical(text), ts, TZ)
    return found.strftime("%m-%d %H:%M") if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请于今天下午6点前报送", "03-09 18:00"),
        ("明天上午9点在三楼会议室开会", "03-10 09:00"),
        ("请各村本周五前报镇党政办", "03-13 17:30"),
        ("请于3月15日17:30前报送台账", "03-15 17:30"),
        ("请于3月15日（周日）下午5点前报送", "03-15 17:00"),
        ("月底前完成整改", "03-31 17:30"),
        ("请于今天下班前将总结报党政办", "03-09 17:30"),
        ("明天上班前把材料放我桌上", "03-10 08:30"),
        ("请于3月20日前报送排查情况", "03-20 17:30"),
        ("今天中午12点截止", "03-09 12:00"),
        ("请于3月23日（周一）中午前报劝导点设置情况", "03-23 12:00"),
        ("后天截止", "03-11 17:30"),
        ("请各包村干部本周内完成对接", "03-13 17:30"),
        ("请各村下周一前把情况抄送安监办", "03-16 17:30"),
        ("党政办同志下周一上午把台账目录发我", "03-16 12:00"),
        ("今晚9点半前弄好", "03-09 21:30"),
        ("明早7:50前全部到岗", "03-10 07:50"),
        ("下午2点半区里要，2点前给我", "03-09 14:00"),
        ("每天下午6点前报送巡查日报", "03-09 18:00"),
        ("每周五下午5点前报送进度", "03-13 17:00"),
        ("每周四下班前报镇社保所", "03-12 17:30"),
        # A day ahead of a meeting, for work to hand in (from W2).
        ("3月12日下午2点开协调会，请提前一天把意见汇总给自治办", "03-11 17:30"),
        ("明天上午9点预备会，3月12日下午2点正式开协调会，请提前一天把意见汇总", "03-11 17:30"),
        # Arriving a day early is no hand-in (a reviewer's case).
        ("3月12日上午9点开培训班，请学员提前一天报到", "03-12 09:00"),
    ],
)
def test_each_phrase_resolves_against_the_message_time(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请各村月底之内交材料", "03-31 17:30"),
        ("请于3月20日之内报送排查情况", "03-20 17:30"),
        ("请各村3月20日以内报送材料", "03-20 17:30"),
        ("请各村今天之内报送材料", "03-09 17:30"),
        ("各村今天内完成", "03-09 17:30"),
        ("请各村本周五之内报送", "03-13 17:30"),
        # Dates in Chinese numerals are no spans (三月二十九日内 read as 十九 days).
        ("请于三月二十九日内报送", "03-29 17:30"),
        # A number of days (7日内), not the 7th: a span from the message, as before.
        ("请于7日之内报送", "03-16 17:30"),
        # Not "by": a word goes on after 内.
        ("明天内部会议取消", None),
    ],
)
def test_within_a_day_named_is_by_that_day(text: str, expected: str | None) -> None:
    """月底之内, 今天内: by that day, as 月底前 is (they read as no due time before)."""
    assert due(text) == expected


def test_a_meeting_is_due_at_its_sign_in_time_when_one_is_given() -> None:
    text = "定于3月17日（周二）上午9点在杨家坝村召开推进会，8:40前到达现场签到。"
    assert due(text) == "03-17 08:40"


def test_a_meeting_without_sign_in_is_due_at_its_start() -> None:
    assert due("定于3月10日（周二）下午3点在镇三楼会议室召开全镇安全生产工作会议") == "03-10 15:00"


def test_a_forwards_own_earlier_internal_deadline_wins() -> None:
    text = (
        "转发：请于3月10日（周二）下午6点前将检查情况报区安委办。\n"
        "——请各村（社区）于明天中午12点前报镇安监办汇总。"
    )
    assert due(text) == "03-10 12:00"


def test_an_explicit_deadline_beats_a_bare_time() -> None:
    text = "区委书记明天（3月10日）上午8:30到我镇调研，班子成员明早7:50前全部到岗。"
    assert due(text) == "03-10 07:50"


def test_a_correction_takes_the_new_time_not_the_replaced_one() -> None:
    text = "更正：原定今天（3月9日）下午3点召开的会议，时间调整为下午4点半，地点不变。"
    assert due(text) == "03-09 16:30"


def test_an_evening_post_about_tomorrow_uses_tomorrow() -> None:
    evening = datetime(2026, 3, 9, 21, 40, tzinfo=TZ)
    assert due("明天（3月10日，周一）上午8:30召开机关周例会", evening) == "03-10 08:30"


def test_daily_deadline_already_past_today_rolls_to_tomorrow() -> None:
    evening = datetime(2026, 3, 9, 19, 0, tzinfo=TZ)
    assert due("每天下午6点前报送巡查日报", evening) == "03-10 18:00"


@pytest.mark.parametrize(
    "text",
    [
        "3月10日至3月16日在全区开展集中排查",  # a period, not a due time
        "OA系统今晚20:00—22:00升级维护",  # a time range
        "14时15分，东岭村后山发现明火",  # a report of when something happened
        "请于2月10日下午6点前报送",  # already past
        "截至3月8日，全区已识别监测对象127户",
        "明天上午那名老上访户可能去区信访局",  # a half-day with no task attached
        "全年须完成50学时，缴费档次为每年200元至5000元",
        # When a reservoir's level was read (blind set D4).
        "红旗22时 313.05米 超汛限0.05米了！溢洪道过流15公分左右",
        "18时206.40，回到汛限以下了",
    ],
)
def test_things_that_are_not_deadlines(text: str) -> None:
    assert due(text) is None


# From a tester: a time no clock shows is no time, and no end of the day either.
@pytest.mark.parametrize("text", ["请于25:00前报送", "请于24:30前报送", "请于13:75前报送"])
def test_a_clock_time_that_does_not_exist_sets_no_due_time(text: str) -> None:
    assert due(text) is None


def test_a_day_said_with_a_clock_time_that_does_not_exist_is_due_that_day() -> None:
    assert due("请于明天25:00前报送") == "03-10 17:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Posted hours late: due this morning, the latest of the day's passed times.
        ("请于今天上午8点前报送台账", "03-09 08:00"),
        ("原定今天7点前，改为今天8:30前报送台账", "03-09 08:30"),
        # Days gone (a template posted again), still to come, or no due-by time at all.
        ("请于2月10日下午6点前报送", None),
        ("请于今天下午6点前报送", None),
        ("今天上午8点开了会", None),
    ],
)
def test_a_due_time_passed_the_day_it_was_posted(text: str, expected: str | None) -> None:
    at = passed_due_that_day(canonical(text), MONDAY, TZ)
    assert (at.astimezone(TZ).strftime("%m-%d %H:%M") if at else None) == expected


def test_a_span_after_an_event_still_to_come_is_no_due_time() -> None:
    # The snow stops when it stops; the photos are due tomorrow at 10.
    assert due("今晚开始降雪，雪停后2小时内清出主通道。明天上午10点前把清雪照片发到群里。") == (
        "03-10 10:00"
    )


def test_the_time_a_meeting_ends_by_is_no_due_time() -> None:
    assert due("明天上午7:50在四楼会议室开个短会，8:20前结束。各科室负责人参加。") == "03-10 07:50"


def test_before_a_festival_of_a_year_the_calendar_package_does_not_know() -> None:
    # 端午 2027 is 9 June (a Wednesday): due the working day before.
    assert due(
        "各村对所有山塘逐一复查，端午节前完成并报党政办。", datetime(2027, 6, 1, 9, 0, tzinfo=TZ)
    ) == ("06-08 17:30")


def test_a_timetable_time_is_no_due_time_but_its_day_stands() -> None:
    assert due("考生专车每天6:30发车，6月3日前报保障方案。") == "06-03 17:30"
    assert due("明天上午9点开考，请监考老师8:30前到考点签到") == "03-10 08:30"
    # A timetable's time moved (set B3: read as due that evening).
    assert due("长岭片区学生校车改走水口绕行，发车时间提前到6:50，请各村通知家长。") is None
    assert due("明天起上课时间调整为8:20，请各村通知家长下周一前交回执") == "03-16 17:30"


def test_a_bare_hour_after_an_early_morning_time_is_early_morning() -> None:
    evening = datetime(2026, 3, 9, 20, 45, tzinfo=TZ)
    assert due("明早6:00考生专车要从此经过，必须5:30前抢通。", evening) == "03-10 05:30"
    # Said in the morning about a call at dawn: the afternoon.
    assert due(
        "今早6点县里来电，请各村5点前报送转移人数", datetime(2026, 3, 9, 10, 0, tzinfo=TZ)
    ) == ("03-09 17:00")


def test_a_date_in_the_message_zone_not_utc() -> None:
    # 23:30 UTC on 8 March is already Monday 9 March 07:30 in Shanghai.
    late_utc = datetime(2026, 3, 8, 23, 30, tzinfo=ZoneInfo("UTC"))
    found = find_deadline(canonical("今天下班前报送"), late_utc, TZ)
    assert found is not None
    assert found.at == datetime(2026, 3, 9, 17, 30, tzinfo=TZ)
    assert found.explicit


def test_december_post_about_january_is_next_year() -> None:
    december = datetime(2026, 12, 28, 10, 0, tzinfo=TZ)
    assert extract_deadline(canonical("请于1月5日前报送"), december, TZ) == datetime(
        2027, 1, 5, 17, 30, tzinfo=TZ
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@周晓东 检查组十点半到，你先到门口接一下", "03-09 10:30"),
        ("下午两点前把名单发我", "03-09 14:00"),
        ("晚上八点在三楼开会", "03-09 20:00"),
    ],
)
def test_an_hour_in_chinese_numerals(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize("text", ["会议提出三点要求", "请各村再快一点", "以下两点请注意"])
def test_a_chinese_numeral_before_dian_that_is_no_time(text: str) -> None:
    assert due(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两小时内请各村把户数报上来", "03-09 11:00"),
        ("请30分钟内回复", "03-09 09:30"),
        ("半小时之内到岗", "03-09 09:30"),
        # Not half an hour: an hour and a half.
        ("一个半小时内把转移人数报上来", "03-09 10:30"),
        ("两个半钟头内到位", "03-09 11:30"),
    ],
)
def test_a_span_from_now_is_due_that_long_after_the_message(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请各村三天内报送整改情况", "03-12 17:30"),
        ("请于7日内报送排查台账", "03-16 17:30"),
        ("请各村收到通知后3日内报送", "03-12 17:30"),
        ("各村2天内把名单报上来", "03-11 17:30"),
        ("一周内反馈办理结果", "03-16 17:30"),
        # A due time stated beside it says when, more precisely.
        ("请各村三天内报送，3月11日下午3点前报镇安监办", "03-11 15:00"),
    ],
)
def test_a_span_of_days_is_due_at_the_end_of_that_day(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # What happened within a span, a span past, a rule for whenever it happens.
        "该电梯一周内故障3次，群众意见很大",
        "近3天内全县发生火情5起",
        "发现隐患的，3日内整改到位",
        "凡发现隐患，3日内整改到位",
        # From an event still to come, not from the message (from review).
        "请各村节后一周内完成整改",
        "会后3天内报送会议纪要",
        "验收后7日内报送验收材料",
        # A month and a day in mixed numerals is neither a span nor a date read.
        "请于3月十一日内报送",
    ],
)
def test_a_span_of_days_that_asks_nothing_by_then_is_no_due_time(text: str) -> None:
    assert due(text) is None


def test_a_span_counted_from_this_notice_is_counted_from_the_message() -> None:
    assert due("本通知下发后一周内请各村完成整改并报镇安监办") == "03-16 17:30"


def test_near_by_in_an_order_is_not_a_span_that_ended() -> None:
    # 就近 held 近 (recently), and an evacuation order lost its 2 hours (from review).
    assert due("请各村组织群众就近2小时内转移完毕") == "03-09 11:00"


def test_a_span_counted_from_the_start_of_work_is_not_counted_from_the_message() -> None:
    # It was read as an hour after the message, on a day of the holiday.
    text = "请各村于10月8日（星期四）上班后一小时内报送到岗情况"
    assert due(text, datetime(2026, 10, 2, 10, 0, tzinfo=TZ)) is None


def test_a_day_of_the_month_before_nei_is_no_span_of_days() -> None:
    assert due("请于3月20日内蒙古考察团来访前报送材料") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县委书记30分钟后到待渡服务点检查，在镇的班子成员马上过去", "03-09 09:30"),
        ("半小时后在三楼会议室开会，班子成员参加", "03-09 09:30"),
        ("两个小时以后出发，带好雨衣", "03-09 11:00"),
        ("半个钟后到村委会集合", "03-09 09:30"),
        ("测评组第一组已经出发，20分钟后到米市农贸市场", "03-09 09:20"),
    ],
)
def test_a_time_that_long_from_now_is_the_time_to_be_there(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # After an event still to come, or the rule for a case: no time from the message.
        "雨停后2小时以后开始清淤",
        "如遇险情，30分钟后再次报告",
        # A forecast, a story, a rule: no time to be anywhere.
        "气象台：预计1小时后雨势减弱",
        "昨晚村民报警后，民警10分钟后赶到现场，事态已平息",
        "预警发布24小时后自动解除",
        "服药半小时后症状缓解",
        # The speaker's own arrival (blind set O3): no time for the reader to be anywhere.
        "我20分钟后到。你在镇里的话马上到值班室守电话",
        "我们大概半小时后到现场",
    ],
)
def test_a_span_after_an_event_is_no_time(text: str) -> None:
    assert due(text) is None


def test_january_post_about_december_is_last_year() -> None:
    january = datetime(2026, 1, 4, 10, 0, tzinfo=TZ)
    assert due("上个月的通知：请于12月10日前报送11月份情况", january) is None


def test_a_changed_date_is_the_due_date_and_the_old_one_is_replaced() -> None:
    text = "更正：名单报送截止时间由3月20日调整为3月18日，其他要求不变"
    assert due(text) == "03-18 17:30"


def test_the_last_day_of_something_is_its_due_day() -> None:
    assert due("今天是医保集中缴费最后一天，请各镇街抓紧") == "03-09 17:30"


def test_a_clock_time_on_the_posters_own_line_is_today_not_the_quoted_day() -> None:
    text = (
        "各村书记注意！\n＞＞转发：预计今天夜间至明天上午道路结冰，请设置警示标志。\n"
        "请各村上午10点前把照片发群里"
    )
    assert due(text, datetime(2026, 3, 9, 7, 55, tzinfo=TZ)) == "03-09 10:00"


# Thursday 24 September 2026: 中秋 is 25–27 September, 国庆 1–7 October, 10 October is a
# make-up working day (the official calendar).
BEFORE_MID_AUTUMN = datetime(2026, 9, 24, 15, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        ("请于3个工作日内报县乡村振兴服务中心", BEFORE_MID_AUTUMN, "09-30 17:30"),
        (
            "请于节后第一个工作日报送应急治理方案",
            datetime(2026, 10, 4, 11, 0, tzinfo=TZ),
            "10-08 17:30",
        ),
        ("请节后第一个工作日上午交齐", datetime(2026, 10, 4, 15, 0, tzinfo=TZ), "10-08 12:00"),
        ("请于国庆节后上班前核对完毕", BEFORE_MID_AUTUMN, "10-08 08:30"),
        ("中秋节后上班前交", BEFORE_MID_AUTUMN, "09-28 08:30"),
        ("年后上班前交齐", datetime(2026, 2, 10, 9, 0, tzinfo=TZ), "02-24 08:30"),
        ("各村本周内把面积核实报上来", datetime(2026, 9, 28, 16, 0, tzinfo=TZ), "09-30 17:30"),
        # Said without 后: the first working day after the holiday all the same.
        ("请各村收假第一天报送假期总结", datetime(2026, 10, 5, 20, 0, tzinfo=TZ), "10-08 17:30"),
        ("请于新年上班第一天报送年度总结", datetime(2026, 12, 31, 10, 0, tzinfo=TZ), "01-04 17:30"),
        ("请各村于开年上班第一天报送", datetime(2026, 2, 20, 10, 0, tzinfo=TZ), "02-24 17:30"),
        # Said on that day itself: today, not after the next holiday (from review).
        (
            "今天是收假第一天，请各村下午5点前报送到岗情况",
            datetime(2026, 4, 7, 9, 0, tzinfo=TZ),
            "04-07 17:00",
        ),
        (
            "今天是开年上班第一天，请各村下午5点前报送到岗情况",
            datetime(2026, 2, 24, 9, 0, tzinfo=TZ),
            "02-24 17:00",
        ),
        (
            "收假第一天，各单位要严格考勤，上午9点前报送到岗情况",
            datetime(2026, 4, 7, 8, 0, tzinfo=TZ),
            "04-07 09:00",
        ),
    ],
)
def test_working_day_phrases_follow_the_official_calendar(
    text: str, ts: datetime, expected: str
) -> None:
    assert due(text, ts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("街道内部请在节后第一个工作日上午10点前交我", "09-28 10:00"),
        ("请在节后第一个工作日10点前交我", "09-28 10:00"),
        ("请在节后第一个工作日上午十点前交我", "09-28 10:00"),
    ],
)
def test_a_clock_time_falls_on_the_working_day_just_named(text: str, expected: str) -> None:
    # Posted on Thursday 24 September 2026, the day before the Mid-Autumn holiday.
    assert due(text, datetime(2026, 9, 24, 9, 30, tzinfo=TZ)) == expected


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("请各社区国庆假期结束前报平安办汇总", datetime(2026, 9, 29, 8, 50, tzinfo=TZ)),
        ("值班记录请在假期结束前补齐", datetime(2026, 10, 3, 9, 0, tzinfo=TZ)),
        ("请各村国庆长假结束前报平安办", datetime(2026, 9, 29, 8, 50, tzinfo=TZ)),
    ],
)
def test_before_the_holiday_ends_is_its_last_day_off(text: str, posted: datetime) -> None:
    assert due(text, posted) == "10-07 17:30"


def test_a_shifts_day_on_a_roster_is_not_the_day_of_a_by_time_said_about_it() -> None:
    posted = datetime(2026, 4, 29, 16, 35, tzinfo=TZ)
    assert due("值班表定了，3号带班改成周镇长，你改好后5点前直接报县府办", posted) == "04-29 17:00"
    assert due("10月3日的带班您能替一下吗？8:30在值班室交班", posted) == "10-03 08:30"
    assert due("5月1日值班人员请于8:00前到岗签到", posted) == "05-01 08:00"
    assert due("10月3日值班，请于8:30前到值班室交接", posted) == "10-03 08:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请于3个工作日内完成整改，17:00前先电话报告整改方案", "04-29 17:00"),
        ("今明两天把独居老人户再走一遍，18点前先报名单", "04-29 18:00"),
        ("紧急事项：请各村30分钟内上报在岗人员名单", "04-29 17:05"),
    ],
)
def test_a_span_from_now_names_no_day_for_a_later_time(text: str, expected: str) -> None:
    assert due(text, datetime(2026, 4, 29, 16, 35, tzinfo=TZ)) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        (
            "请各村年底前把返乡务工人员摸底表报劳保所",
            datetime(2025, 12, 30, 15, 0, tzinfo=TZ),
            "12-31 17:30",
        ),
        # The Sunday after New Year 2026 was a working day.
        (
            "请各村于元旦后第一个工作日下班前报送台账",
            datetime(2025, 12, 31, 9, 0, tzinfo=TZ),
            "01-04 17:30",
        ),
        (
            "材料周五收齐，下周一（12月29日）上午给我初稿",
            datetime(2025, 12, 24, 11, 30, tzinfo=TZ),
            "12-29 12:00",
        ),
    ],
)
def test_year_end_a_holiday_named_without_jie_and_a_morning_to_hand_in(
    text: str, posted: datetime, expected: str
) -> None:
    assert due(text, posted) == expected


def test_a_morning_when_something_happened_is_no_due_time() -> None:
    text = "邻县今日上午发生一起森林火情，请各乡镇今天下午4点前在群里报告卡口值守情况"
    assert due(text, datetime(2026, 9, 26, 11, 0, tzinfo=TZ)) == "09-26 16:00"


def test_a_time_from_which_something_holds_is_no_due_time() -> None:
    assert due("诉求人说晚上9点后不敲锣就行，要不要给她书面回复？") is None
    assert due("下午3点后山村集合") == "03-09 15:00"
    assert due("11点以后到县防指参加调度会") == "03-09 11:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("年底考核的材料，11点前发我", "03-09 11:00"),
        ("月底考核的材料，11点前发我", "03-09 11:00"),
        ("去年年底的台账，下午2点前找出来给我", "03-09 14:00"),
        ("请各村年底前完成改厕任务", "12-31 17:30"),
        ("今天下午给我初稿，3点在会议室开会", "03-09 15:00"),
    ],
)
def test_the_end_of_a_month_or_year_or_a_half_day_yields_to_a_clock_time(
    text: str, expected: str
) -> None:
    assert due(text) == expected


def test_a_half_day_then_a_task_done_is_due_at_noon() -> None:
    assert due("一季度总结初稿第三部分写得太虚，下周一上午改好再给我") == "03-16 12:00"


def test_something_written_in_the_morning_is_no_due_time() -> None:
    assert due("今天上午写好的汇报材料已交办公室") is None


def test_a_day_before_a_word_is_still_a_day() -> None:
    assert due("3月12日机关干部大会，请于上午8:30前到三楼会议室签到") == "03-12 08:30"
    assert due("请各村于3月20日机关下班前报送") == "03-20 17:30"


def test_a_by_time_reported_as_asked_then_stays_on_its_day() -> None:
    text = "3月8日检查发现问题，当时要求中午12点前整改完毕，至今未整改到位"
    assert due(text) != "03-09 12:00"


def test_a_building_number_is_no_day_and_a_by_time_is_not_on_a_day_gone() -> None:
    posted = datetime(2026, 9, 14, 6, 40, tzinfo=TZ)
    assert due("东风街17号楼3单元阳台垮塌，请7:30前到现场", posted) == "09-14 07:30"
    posted = datetime(2026, 9, 9, 10, 30, tzinfo=TZ)
    text = "区文明办9月8日抽查通报：占道经营4处。北岭、东风社区中午12点前整改完，照片发群里。"
    assert due(text, posted) == "09-09 12:00"


def test_a_bracketed_date_says_which_holiday_a_working_day_follows() -> None:
    # 中秋 (25-27 September) comes first, but the writer meant the National Day holiday.
    text = "请各街道于节后第一个工作日（10月8日）下班前将活动情况报区委社会工作部"
    assert due(text, datetime(2026, 9, 22, 10, 20, tzinfo=TZ)) == "10-08 17:30"


def test_a_holiday_phrase_before_a_meeting_time_names_the_day_not_the_due_time() -> None:
    text = "节后第一天（10月8日）上午8:30召开机关干部大会，请全体干部准时参加。"
    assert due(text, datetime(2026, 10, 5, 9, 0, tzinfo=TZ)) == "10-08 08:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("今晚12点前报送", "03-10 00:00"), ("24:00前报送", "03-10 00:00")],
)
def test_midnight_is_the_next_days_first_instant(text: str, expected: str) -> None:
    assert due(text) == expected


def test_an_hour_written_with_shi() -> None:
    assert due("请值班人员每日9时、17时两次报送零报告", MONDAY.replace(hour=10)) == "03-09 17:00"


@pytest.mark.parametrize(
    "text",
    [
        "发言控制在10分钟以内",
        "严格执行24小时值班制度，险情30分钟内电话报告、1小时内书面报告",
        "三、重大情况30分钟内电话报告、1小时内书面报告",
        "加密管网巡查，出现爆管、停热等情况30分钟内报县供热指挥部。",
    ],
)
def test_a_duration_or_a_standing_rule_is_no_span_from_now(text: str) -> None:
    assert due(text) is None


def test_the_end_of_a_forecast_span_is_no_day_for_the_order_that_follows() -> None:
    text = "预计今晚至明天上午局地降雨超过150毫米。请立即组织转移，22:30前报送转移人数！"
    assert due(text, MONDAY.replace(hour=21, minute=40)) == "03-09 22:30"


def test_a_departure_time_is_when_the_reader_must_be_there() -> None:
    text = "3月12日上午9:30开推进会，9:15前签到。早上8:30在镇政府门口坐车出发。"
    assert due(text) == "03-12 08:30"


# Monday 28 September 2026: National Day (1-7 October) is the next holiday.
SEPT_28 = datetime(2026, 9, 28, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text", ["请于国庆节前报送走访情况", "台账节前交党政办", "请各村放假前完成自查"]
)
def test_before_the_holiday_is_its_last_working_day(text: str) -> None:
    assert due(text, SEPT_28) == "09-30 17:30"


@pytest.mark.parametrize(
    "text", ["节前安全大检查情况通报", "是节前报还是节后报？", "慰问金节前发放到户"]
)
def test_the_pre_holiday_season_or_a_choice_is_no_due_time(text: str) -> None:
    assert due(text, SEPT_28) is None


def test_eighth_day_back_at_work_is_the_first_working_day_after_the_spring_festival() -> None:
    posted = datetime(2026, 2, 10, 10, 0, tzinfo=TZ)
    assert due("方案初八上班前给我", posted) == "02-24 08:30"
    # A date quoted earlier does not lend its day to the 上班 in 初八上班前.
    assert due("专车3月3日（正月十五）截止，请初八上班前报需求", posted) == "02-24 08:30"


@pytest.mark.parametrize("text", ["我区将于3月13日前后入梅", "16日、20日前后有较强降水过程"])
def test_qianhou_is_around_a_day_not_by_it(text: str) -> None:
    assert due(text) is None


def test_minutes_ahead_of_a_start_are_the_due_time() -> None:
    text = "提醒：今晚8点联谊会准时开始，会议链接已私信各位，请提前5分钟入会。"
    assert due(text) == "03-09 19:55"


def test_before_the_holiday_then_please_is_the_last_working_day() -> None:
    assert due("节前请各站所完成办公室安全自查：关闭电源、门窗", SEPT_28) == "09-30 17:30"


def test_a_date_with_last_years_year_is_past_not_this_years() -> None:
    assert due("请各乡（镇）于2025年3月20日下午6点前将卡点设置情况报县森防办。") is None


def test_a_daily_report_from_a_bracketed_start_day_is_first_due_that_day() -> None:
    text = "自除夕（2月16日）起至正月初五，请各乡镇每天晚上8点前报送当日禁放巡查情况。"
    assert due(text, BEFORE_SPRING_FESTIVAL) == "02-16 20:00"


def test_today_and_tomorrow_is_by_the_end_of_tomorrow_when_a_task_follows() -> None:
    assert due("请各位网格员今明两天把独居老人户再走一遍") == "03-10 17:30"
    assert due("今明两天有强降雨，请注意防范") is None


def test_before_the_holiday_in_a_clause_that_asks() -> None:
    text = "请各办站所节前对办公室用电、门窗进行一次安全检查"
    assert due(text, SEPT_28) == "09-30 17:30"
    assert due("请各村书记配合包村干部做好节前督导", SEPT_28) is None


def test_the_hours_a_forecast_covers_are_no_due_time() -> None:
    assert due("暴雨橙色预警：预计未来6小时内我区北部山区将出现100毫米以上降雨") is None


def test_a_weekend_running_on_from_a_holiday_is_still_the_holiday() -> None:
    # 2027 is past the calendar package's tables: 元旦 is 1 January (a Friday) alone.
    saturday = datetime(2027, 1, 2, 9, 5, tzinfo=TZ)
    assert due("请民政办节后第一个工作日下班前把申请材料报县民政局", saturday) == "01-04 17:30"


CHRISTMAS_DAY = datetime(2026, 12, 25, 16, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("请各村书记于元旦前将述职报告报党建办", CHRISTMAS_DAY, "12-31 17:30"),
        ("请各村国庆放假前完成自查", SEPT_28, "09-30 17:30"),
    ],
)
def test_a_holiday_named_without_jie_before_it(text: str, posted: datetime, expected: str) -> None:
    assert due(text, posted) == expected


# Saturday 14 February 2026, a working day before the Spring Festival (17 February).
BEFORE_SPRING_FESTIVAL = datetime(2026, 2, 14, 15, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        ("请各街道于正月十五前摸清企业员工返岗情况", BEFORE_SPRING_FESTIVAL, "03-03 17:30"),
        ("请于元宵节前报送走访名单", BEFORE_SPRING_FESTIVAL, "03-03 17:30"),
        ("除夕前把值班表发我", BEFORE_SPRING_FESTIVAL, "02-16 17:30"),
        # The 12th month of that lunar year has 29 days: its "30th" is 除夕.
        ("腊月三十前全部到位", BEFORE_SPRING_FESTIVAL, "02-16 17:30"),
        ("腊月二十八之前完成欠薪清零", BEFORE_SPRING_FESTIVAL, "02-15 17:30"),
        ("请于农历八月十五前完成慰问", BEFORE_SPRING_FESTIVAL, "09-25 17:30"),
        # Past this year's: next year's.
        ("正月十五前完成", datetime(2026, 3, 5, 9, 0, tzinfo=TZ), "02-20 17:30"),
        (
            "请各科室小年前到工会办公室领取慰问品",
            datetime(2026, 2, 9, 11, 45, tzinfo=TZ),
            "02-10 17:30",
        ),
        ("请杜凯同志牵头，初三前把各村柴草垛清理情况排一遍", BEFORE_SPRING_FESTIVAL, "02-19 17:30"),
        (
            "请各村正月初十（2月26日）前把摸底花名册报镇武装部",
            BEFORE_SPRING_FESTIVAL,
            "02-26 17:30",
        ),
    ],
)
def test_a_lunar_by_date_is_its_next_solar_day(text: str, posted: datetime, expected: str) -> None:
    assert due(text, posted) == expected


@pytest.mark.parametrize(
    "text",
    [
        "除夕至初一是烟花燃放高峰",  # a season, not a due day
        "十月十五前完成",  # a Gregorian month in words: not read as lunar
        "正月十五闹元宵",
    ],
)
def test_a_lunar_day_without_by_or_a_gregorian_month_is_no_lunar_due(text: str) -> None:
    assert due(text, BEFORE_SPRING_FESTIVAL) is None


@pytest.mark.parametrize(
    "text",
    [
        "自3月16日起每天17:00前报送巡查情况",
        "汛期（3月16日至3月31日）实行每日零报告，请各村每天17:00前报送",
    ],
)
def test_a_daily_report_from_a_set_day_is_first_due_that_day(text: str) -> None:
    assert due(text) == "03-16 17:00"


def test_before_the_holiday_with_a_thing_to_do_after_it() -> None:
    assert due("请各村节前把公示牌更新到位", SEPT_28) == "09-30 17:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请大家今天下班离开办公室前关好门窗", "03-09 17:30"),
        ("走访记录3月11日上班后第一时间交党政办", "03-11 08:30"),
        ("明天一早各村把值守记录交到农业中心", "03-10 08:30"),
    ],
)
def test_the_ends_of_the_working_day_said_in_other_words(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_bare_morning_hour_already_gone_means_this_evening() -> None:
    evening = datetime(2026, 3, 9, 17, 50, tzinfo=TZ)
    assert due("数据汇总好，7点半前给我", evening) == "03-09 19:30"


def test_a_clock_span_in_hours_is_no_due_time() -> None:
    assert due("预计今天15时至20时有雷暴大风，请做好防范") is None


def test_that_day_in_a_daily_report_is_the_day_the_report_is_due() -> None:
    text = "3月10日至3月15日实行每日报告。\n请各村每天下午3点前报当日情况，镇里汇总后4点前报县里。"
    assert due(text) == "03-10 15:00"


def test_a_bare_hour_said_in_the_small_hours_is_that_morning() -> None:
    night = datetime(2026, 7, 4, 4, 10, tzinfo=TZ)
    assert due("你到现场了第一时间把照片发我，5点前要给县里续报", night) == "07-04 05:00"
    # In the office it is the afternoon, as before.
    assert due("5点前要给县里续报") == "03-09 17:00"


def test_a_bare_hour_just_ahead_at_dawn_is_that_morning() -> None:
    # Blind set Q3: a search party called at 6:28 sets off at 6:50.
    dawn = datetime(2026, 12, 9, 6, 28, tzinfo=TZ)
    assert due("请在苏木的干部立即到大院集合，6点50分随派出所出发搜救。", dawn) == "12-09 06:50"
    # An hour already gone at dawn is still the afternoon's.
    assert due("3点前把名单报我", dawn) == "12-09 15:00"


EARLY = datetime(2026, 3, 9, 7, 0, tzinfo=TZ)
SMALL_HOURS = datetime(2026, 3, 9, 4, 30, tzinfo=TZ)


def said_times(text: str, ts: datetime = MONDAY) -> list[str]:
    """The instant of each time mention `scan` finds in `text`, in the order said."""
    return [m.instant(TZ).strftime("%m-%d %H:%M") for m in scan(canonical(text), ts, TZ)]


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # A reviewer's: read as 7:40 that morning, twelve hours early.
        ("明晚8点召开防汛视频调度会，请各分会场7:40前完成调试", MONDAY, "03-10 19:40"),
        ("明天晚上8点开会，7:40前完成调试", MONDAY, "03-10 19:40"),
        ("今晚8点开会，7:30前到场", EARLY, "03-09 19:30"),
        ("晚上九点开会，八点半前调试好", EARLY, "03-09 20:30"),
        ("今晚12点前报送，11点前先报人数", EARLY, "03-09 23:00"),
        # On the next line, getting ready for it.
        (
            "【会议通知】定于明晚8点召开全区防汛视频会议。\n请各分会场于7:40前完成音视频调试。",
            EARLY,
            "03-10 19:40",
        ),
        # Before dawn, the afternoon or evening named is still the one meant, not the
        # small hours a bare 5点前 said then would be.
        ("今晚7点开会，6:30前到场", SMALL_HOURS, "03-09 18:30"),
        ("下午6点开会，5:30前到场", SMALL_HOURS, "03-09 17:30"),
        ("下午3点召开会议，2:40前调试", datetime(2026, 3, 9, 1, 0, tzinfo=TZ), "03-09 14:40"),
    ],
)
def test_a_bare_clock_time_after_an_evening_or_afternoon_one_is_in_that_half(
    text: str, ts: datetime, expected: str
) -> None:
    assert due(text, ts) == expected


def test_a_bare_clock_time_not_due_is_read_in_the_afternoon_named_before_it() -> None:
    night = datetime(2026, 3, 9, 1, 0, tzinfo=TZ)
    assert said_times("今天下午4点前报送，3点先电话沟通", night) == ["03-09 16:00", "03-09 15:00"]


def test_a_clock_span_after_an_evening_time_ends_that_evening() -> None:
    assert said_times("今晚8点到10点系统升级", EARLY) == ["03-09 20:00", "03-09 22:00"]


def test_an_evening_time_carries_to_a_hand_in_on_the_posters_own_line_as_the_afternoon_does() -> (
    None
):
    # As 明天下午3点县里来检查。\n各村2:30前把迎检台账发我 is due at 14:30 today.
    assert due("明天晚上8点县里来检查。\n各村7:30前把台账发我") == "03-09 19:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明天上午9点开会，8:30前到场", "03-10 08:30"),
        # A morning named in between.
        ("今晚8点开会。上午先把材料准备好，9点前报我", "03-09 09:00"),
        # The morning is as near the afternoon named as the evening would be far.
        ("下午1点开会，10点前报名单", "03-09 10:00"),
        # No afternoon 8点.
        ("下午5点开会，8点前报名单", "03-09 08:00"),
        # Last night's meeting, this morning's report.
        ("昨晚8点开会说了，9点前报我", "03-09 09:00"),
        ("今晚8点开会，明早7:30前报会议纪要", "03-10 07:30"),
    ],
)
def test_a_bare_clock_time_stays_in_the_morning_when_no_evening_is_meant(
    text: str, expected: str
) -> None:
    assert due(text, EARLY) == expected


def test_a_bare_clock_time_on_a_day_of_its_own_takes_no_evening_from_another_day() -> None:
    assert said_times("晚上8点前报送；明天8点前到岗", EARLY) == ["03-09 20:00", "03-10 08:00"]


@pytest.mark.parametrize(
    "text",
    [
        "【突发事件信息报告】7月4日3时许，天池村老鹰岩村道发生塌方，道路中断。",
        # Set C3: the time of a poisoning, read as due at three that afternoon.
        "兴隆街道报告：7月4日3时许，平安社区后街一户居民（老年夫妇2人）疑似一氧化碳中毒，"
        "已由120送县人民医院救治，街道已派人赶赴医院和现场。",
        "景观照明22:00后一律关闭。",
        # When word came, or a response ends (set A3: both read as due times).
        "车库进水原因是市政管网倒灌，物业在15:05接到第一报后即启动挡水板。",
        "暴雨黄色预警信号已于16:05解除，区防汛防台Ⅳ级应急响应于16:30终止。",
    ],
)
def test_when_something_happened_or_stops_is_no_due_time(text: str) -> None:
    assert due(text, datetime(2026, 7, 4, 3, 35, tzinfo=TZ)) is None


def test_a_24_hour_clock_in_the_small_hours_and_a_system_closing_keep_their_times() -> None:
    night = datetime(2026, 7, 6, 3, 10, tzinfo=TZ)
    assert due("请各村17:00前报送昨夜灾情统计", night) == "07-06 17:00"
    evening = datetime(2026, 7, 6, 20, 30, tzinfo=TZ)
    assert due("填报系统22:00后关闭，请各村抓紧填报", evening) == "07-06 22:00"
    assert due("请各村应急分队今天下午5时许在村委会集合待命", night) == "07-06 17:00"
    assert due("请各村17:00前接到通知后立即转发", night) == "07-06 17:00"


def test_a_corrected_due_day_replaces_the_quoted_old_one() -> None:
    text = "更正：《通知》中“3月10日前报送工作方案”更正为“3月13日前报送”，其他不变。"
    assert due(text) == "03-13 17:30"


def test_a_forecast_by_a_day_is_no_due_time() -> None:
    assert due("第一批补助资金预计3月20日前到账，请各村提前告知农户。") is None
    # A due-by day said as one still is.
    assert due("请各村3月20日前报送补助发放名册。") == "03-20 17:30"


def test_when_the_speaker_is_back_is_no_due_time() -> None:
    # From a tester: a colleague's note read as a task, then 已逾期 2 天.
    assert due("下午我带公章去区政务中心办两件事，4点前回来，要用章的提前说一声") is None
    # Those asked to be back by a time are due then.
    assert due("请你们4点前回来开会") is not None


def test_a_daily_report_from_the_day_a_campaign_starts_is_first_due_that_day() -> None:
    text = "春季集中免疫3月11日启动，即日起实行日报制度，请各乡镇每天下午4点前报送免疫进度。"
    assert due(text) == "03-11 16:00"


def test_a_task_half_an_hour_before_a_meeting_is_due_then() -> None:
    text = "@乌日娜 下周一上午9点县里开视频调度会，你通知兽医站参加，提前半小时把设备调试好"
    assert due(text) == "03-16 08:30"
    assert due("明天上午9点开会，提前半个小时到场签到") == "03-10 08:30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found by a reviewer against the S rules; each was right before them.
        ("县检查组预计明天上午10点前到我镇，请各站所9点前把台账摆放整齐。", "03-10 09:00"),
        ("县领导预计下午3点前到达东风村，请村里提前做好准备。", "03-09 15:00"),
        ("3月16日启动的县级督查将重点检查台账，请各村每天下午4点前报送整改进度。", "03-09 16:00"),
        (
            "原通知中“3月12日上午9点召开的调度会”调整为视频会议形式，时间不变，请按时参会。",
            "03-12 09:00",
        ),
    ],
)
def test_look_alike_due_times_found_by_review_of_the_pastoral_township_rules(
    text: str, expected: str
) -> None:
    assert due(text) == expected


def test_how_long_to_speak_is_no_due_time() -> None:
    assert due("@许文彬 明天例会上你讲一下台风防御的几点体会，5分钟以内，不用做PPT") is None
    assert due("请各村30分钟以内把转移人数报上来") == "03-09 09:30"


def test_a_report_back_within_a_span_keeps_its_due_time() -> None:
    # Found by a reviewer against the T rules: 汇报 is no speaking time.
    assert due("请各村立即汇报转移情况，30分钟内报镇防指。") == "03-09 09:30"
    assert due("请各网格员入户核查后向村里汇报，1小时内反馈结果。") == "03-09 10:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yesterday's clock times are past: not this evening's, not this afternoon's.
        ("昨晚11点，张家村一村民酒后滋事，派出所民警立即出警，现已平息。", None),
        ("昨天下午三点半，村里着火了，火很快灭了", None),
        ("昨天晚上10点多有人放礼炮，把人吓了一跳", None),
        ("昨日14时许发生一起交通事故", None),
        ("昨儿晚上10点多有人放炮", None),
        # And the day before's.
        ("前天晚上8点村里老宅失火，已扑灭", None),
        ("前晚11点多有人在河边放烟花", None),
        ("前天下午3点那个会的纪要，各科室周五前反馈", "03-13 17:30"),
        # 之前, 节前 and 提前 are no day before yesterday.
        ("之前说的晚上8点开会，改到明天", "03-10 17:30"),
        ("提前晚上8点到场", "03-09 20:00"),
        # 前 ending "before setting off" is no 前晚.
        ("出发前晚上8点在村委会集合", "03-09 20:00"),
        # A day of its own later in the text still counts, and yesterday sets no day for
        # the times after it.
        ("昨天说的事，今天下午5点前报我", "03-09 17:00"),
        ("昨天说了，晚上8点开会", "03-09 20:00"),
        ("昨天的通知：下午3点在三楼开会", "03-09 15:00"),
        ("今夜11点前报", "03-09 23:00"),
    ],
)
def test_yesterdays_times_are_past(text: str, expected: str | None) -> None:
    assert due(text) == expected


def test_a_report_of_the_situation_asked_for_now_keeps_its_due_time() -> None:
    # 等情况 names what to report; only 出现…等情况 provides for whatever happens.
    assert due(
        "@李明 把你们村人员转移等情况30分钟内报给我", MONDAY.replace(hour=21, minute=10)
    ) == ("03-09 21:40")


def test_after_the_festival_means_after_a_regional_holiday_on_the_offices_calendar() -> None:
    # 泼水节 in Dehong (13-15 April) is no national holiday: on the national calendar the
    # next festival is 五一.
    sent = datetime(2027, 4, 14, 9, 10, tzinfo=TZ)
    text = canonical("节后第一个工作日上午9点前，请各站所把假期加班人员名单报党政办。")
    water_festival = WorkCalendar(days_off={date(2027, 4, d): "泼水节" for d in (13, 14, 15)})
    national = choose_deadline(scan(text, sent, TZ), sent, TZ)
    regional = choose_deadline(scan(text, sent, TZ, water_festival), sent, TZ)
    assert national is not None and national.at.strftime("%m-%d %H:%M") == "05-06 09:00"
    assert regional is not None and regional.at.strftime("%m-%d %H:%M") == "04-16 09:00"
    # Sent on Monday the 12th: three working days on, skipping the festival.
    within = canonical("请于3个工作日内报送")
    monday = sent - timedelta(days=2)
    counted = [
        choose_deadline(scan(within, monday, TZ, w), monday, TZ) for w in (None, water_festival)
    ]
    assert [d.at.strftime("%m-%d") if d else None for d in counted] == ["04-15", "04-20"]


def test_a_day_the_writer_names_beats_the_calendar_for_after_the_festival() -> None:
    # Sent on the evening of 三月三's last day off, a holiday of Guangxi the national
    # calendar does not hold: "tomorrow, the first day after the festival".
    sent = datetime(2027, 4, 11, 21, 30, tzinfo=TZ)
    text = canonical("明天节后第一天，上班前各办站所把假期值班记录交党政办归档。")
    found = choose_deadline(scan(text, sent, TZ), sent, TZ)
    assert found is not None and found.at == datetime(2027, 4, 12, 8, 30, tzinfo=TZ)


def test_tomorrow_said_before_a_comma_is_not_the_day_after_the_festival() -> None:
    # Sent on 4 May, during 劳动节: the holiday runs to tomorrow, work resumes on the 6th.
    sent = datetime(2026, 5, 4, 10, 0, tzinfo=TZ)
    text = canonical("假期放到明天，节后第一天上午10点前把值班表交党政办")
    found = choose_deadline(scan(text, sent, TZ), sent, TZ)
    assert found is not None and found.at == datetime(2026, 5, 6, 10, 0, tzinfo=TZ)


def addressed_due(text: str, ts: datetime) -> str | None:
    """The due time of `text` as read by someone it @-mentions."""
    said = canonical(text)
    found = choose_deadline(scan(said, ts, TZ), ts, TZ, said)
    return found.at.strftime("%m-%d %H:%M") if found else None


def test_a_day_to_hand_it_back_to_the_poster_is_the_readers_due_day() -> None:
    # Sunday 29 November 2026: the others' material is due Monday, the reader's frame
    # Wednesday.
    sunday = datetime(2026, 11, 29, 8, 35, tzinfo=TZ)
    text = "@方晓宁 总结的框架你先搭起来，各办站所的素材我让他们下周一前交，框架周三给我看。"
    assert addressed_due(text, sunday) == "12-02 17:30"


def test_by_the_end_of_work_for_a_meeting_tomorrow_is_today() -> None:
    wednesday = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)
    text = "@方晓宁 明天上午的村书记例会通知帮我起草一下，下班前发我"
    assert addressed_due(text, wednesday) == "12-02 17:30"
    # A time said of tomorrow's meeting itself stays tomorrow.
    assert due("明天上午的会，9点前到会议室", wednesday) == "12-03 09:00"


def test_getting_ready_on_a_later_line_is_before_the_meeting_it_is_for() -> None:
    text = (
        "转发区政府办会议通知：\n定于明天下午3:00召开全区防溺水工作视频会议，各镇分管领导参会。\n"
        "我镇分会场设在三楼视频会议室，2:40前完成调试。"
    )
    assert due(text, datetime(2026, 11, 30, 9, 20, tzinfo=TZ)) == "12-01 14:40"


def test_a_new_weekly_timetable_is_no_due_day() -> None:
    text = "请各镇街联络员注意：下周起区政府办文件交换改为每周二、周四上午两次。"
    assert due(text, datetime(2026, 11, 30, 11, 20, tzinfo=TZ)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Handed over before, not asked back: the reader's due time stands.
        ("@小王 昨天发我的材料有几处错误，今天下班前改好", "12-02 17:30"),
        ("@小王 你周一发我的表格数据不对，今天下午4点前重新核一下报过来", "12-02 16:00"),
        ("@小王 昨天给我的名单有遗漏，明天上午10点前补齐", "12-03 10:00"),
        # Two tasks for the reader: the sooner is due first.
        ("@小王 明天上午9点前把会场布置好，材料周五前发我", "12-03 09:00"),
        ("@小王 今天下午3点前把数据报县应急局，分析报告周五给我", "12-02 15:00"),
        # 明早 is a part of the day this does not place.
        ("@小王 初稿明早给我看", None),
    ],
)
def test_what_the_reader_hands_back_does_not_hide_a_sooner_due_time(
    text: str, expected: str | None
) -> None:
    assert addressed_due(text, datetime(2026, 12, 2, 10, 0, tzinfo=TZ)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "县里说周五给我们答复",
        "他说明天给我回电话",
        "县委书记今天给我们作了专题辅导，大家要认真学习领会",
        "周五给我镇党委的汇报要讲清楚",
        "市里专家明天给我们讲课",
    ],
)
def test_what_others_will_give_us_is_no_due_day(text: str) -> None:
    assert due(text, datetime(2026, 12, 2, 10, 0, tzinfo=TZ)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report asked for today, not getting ready on the meeting's day.
        (
            "转发：县里定于明天下午3:00召开安全生产视频会议。\n各村下午2点前把自查表报我",
            "12-02 14:00",
        ),
        ("县里通知明天晚上7点召开视频调度会。\n各村下班前把值守人员名单报我", "12-02 17:30"),
        # The meeting is called off: nothing to get ready for.
        ("原定明天下午3:00的会议取消。\n下午2:40前把材料报我", "12-02 14:40"),
        # A new day to hand something in is a due day.
        ("即日起，安全生产周报报送时间调整为每周四", "12-03 17:30"),
        ("周报改为每周五报送", "12-04 17:30"),
    ],
)
def test_the_posters_own_line_and_a_new_reporting_day(text: str, expected: str) -> None:
    assert due(text, datetime(2026, 12, 2, 9, 0, tzinfo=TZ)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What someone gave or told the poster is a story, not the due day.
        ("今天给我打电话的那个群众，明天上午9点前回访一下", "12-03 09:00"),
        ("县信访局今天给我转来一件信访件，要求周五前办结", "12-04 17:30"),
        ("张书记周一给我打电话，说周五上午9点县里来检查", "12-04 09:00"),
        ("村民周五给我打电话反映路灯不亮", None),
        ("市委巡察组周四给我区反馈巡察意见", None),
        # A new weekly day to hand something in, the verb after the day.
        ("台账改为每周五报送", "12-04 17:30"),
        ("值班信息改为每周一提交", "12-07 17:30"),
        # The thing's own time ties a later by-time to its day.
        ("后天的检查下午3点开始，2点前给我名单", "12-04 14:00"),
    ],
)
def test_a_day_said_of_something_given_to_the_poster_before(
    text: str, expected: str | None
) -> None:
    assert due(text, datetime(2026, 12, 2, 10, 0, tzinfo=TZ)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 他们 owns or receives here: the sooner task is the reader's.
        ("@小王 他们的考勤今天下班前统计好，周五前报人社所", "12-02 17:30"),
        ("@小王 把他们的名单明天中午前报我，下午2点前把会场布置好", "12-03 12:00"),
        ("@小王 她们两个明天上午9点前到岗，下午3点前把培训材料发我", "12-03 09:00"),
    ],
)
def test_others_named_in_a_task_for_the_reader_keep_its_due_time(text: str, expected: str) -> None:
    assert addressed_due(text, datetime(2026, 12, 2, 10, 0, tzinfo=TZ)) == expected


def test_handing_in_shortly_before_a_start_is_not_getting_ready_for_it() -> None:
    text = "明天下午3点县里来检查。\n各村2:30前把迎检台账发我"
    assert due(text, datetime(2026, 12, 2, 9, 0, tzinfo=TZ)) == "12-02 14:30"


# Sunday 6 December 2026, 16:00: the week about to start is "this week".
SUNDAY = datetime(2026, 12, 6, 16, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请各村这周三前把台账报党政办", "12-09 17:30"),
        ("请各村本周内把档案整理完", "12-11 17:30"),
        ("请各村本周日前把台账报党政办", "12-06 17:30"),  # today, still ahead
        ("请各村下周三前把台账报党政办", "12-09 17:30"),
    ],
)
def test_this_week_said_at_the_weekend_is_the_week_about_to_start(text: str, expected: str) -> None:
    assert due(text, SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@方晓宁 下周三给我看初稿", "12-09 17:30"),
        ("@方晓宁 周三给我看初稿", "12-09 17:30"),
        ("@方晓宁 明天把稿子发我", "12-07 17:30"),
    ],
)
def test_a_day_to_hand_a_draft_back_by(text: str, expected: str) -> None:
    assert addressed_due(text, SUNDAY) == expected


def test_a_time_from_which_something_may_be_done_is_no_due_time() -> None:
    assert due("慰问品明天上午10点以后就可以领", datetime(2026, 12, 1, 16, 10, tzinfo=TZ)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # From review: the day named before "from then on" still stands for what follows.
        ("明天上午10点以后开始报名，下午5点前截止", "12-08 17:00"),
        ("系统明天10点后开放，请各村下午3点前完成填报", "12-08 15:00"),
        # What someone said they will do, or a week gone, is no due day.
        ("老李说他明天把钱还给我", None),
        ("群众反映，村干部说明天把补贴发给我，到现在也没发", None),
        ("@小王 上周三给我看初稿", None),
    ],
)
def test_a_start_a_promise_and_last_week_are_no_due_times(text: str, expected: str | None) -> None:
    monday = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)
    assert addressed_due(text, monday) == expected


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # On a Saturday the week is still the one ending; told as done, it stays past.
        ("本周五截止的材料还有3个村没报", datetime(2026, 12, 5, 10, 0, tzinfo=TZ), None),
        ("请各村本周五前报送", datetime(2026, 12, 5, 0, 20, tzinfo=TZ), None),
        ("本周五前已完成全部排查", SUNDAY, None),
        # A make-up working Sunday (20 September 2026) is still in its week.
        ("请各村这周三前报送", datetime(2026, 9, 20, 10, 0, tzinfo=TZ), None),
    ],
)
def test_this_week_stays_the_one_ending_on_saturday_or_when_told_as_done(
    text: str, posted: datetime, expected: str | None
) -> None:
    assert due(text, posted) == expected


# The calendar's ends: the last morning there is, the first, and the first hours of year 1
# in a zone ahead of UTC (no instant in UTC yet).
LAST_DAY = datetime(9999, 12, 31, 10, 0, tzinfo=TZ)
FIRST_DAY = datetime(1, 1, 1, 10, 0, tzinfo=TZ)
BEFORE_UTC = datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize(
    ("text", "posted", "expected"),
    [
        # From review: `desk triage` stopped on OverflowError for this line.
        ("请于明天下班前报送", LAST_DAY, None),
        ("请于后天上午9点前报送", LAST_DAY, None),
        ("请于下周一前报送", LAST_DAY, None),
        ("1月1日前报送", LAST_DAY, None),
        ("3个工作日内报送", LAST_DAY, None),
        ("节后第一个工作日前报送", LAST_DAY, None),
        ("2小时内报送", datetime(9999, 12, 31, 23, 0, tzinfo=TZ), None),
        # A day the calendar still has is due as ever, whatever else the text names.
        ("明天的会取消，今天下午6点前报送", LAST_DAY, "12-31 18:00"),
        ("昨天的材料今天下午6点前重报", FIRST_DAY, "01-01 18:00"),
        ("请于明天下班前报送", BEFORE_UTC, None),
    ],
)
def test_a_day_past_the_ends_of_the_calendar_is_no_due_time(
    text: str, posted: datetime, expected: str | None
) -> None:
    assert due(text, posted) == expected


def test_a_holiday_outside_the_lunar_table_is_counted_without_the_lunar_festivals() -> None:
    # The lunar table ends in 2099: 节后 said in a later year stopped triage (ValueError).
    assert due("节后第一个工作日前报送", datetime(2150, 9, 28, 10, 0, tzinfo=TZ)) == "10-08 17:30"


# Wednesday 9 December 2026, 09:00: phrasings a probe of other townships' notices found
# unread or misread.
DECEMBER_WEDNESDAY = datetime(2026, 12, 9, 9, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 大后天 is three days on, not 后天's two.
        ("大后天早上9点前把消防台账送到敬老院", "2026-12-12 09:00"),
        ("请大后天前报来", "2026-12-12 17:30"),
        # The end of a month named by number, or of next month.
        ("请各站所于12月底前完成档案归档", "2026-12-31 17:30"),
        ("请于1月底前完成复核", "2027-01-31 17:30"),
        ("请于下月底前将复核结果报民政办", "2027-01-31 17:30"),
        ("请于下个月底前报送", "2027-01-31 17:30"),
        # A day of next month.
        ("请各村于下月5日前报送预算", "2027-01-05 17:30"),
        # Next week, without a day: its last working day.
        ("请各村下周内完成清查核实工作", "2026-12-18 17:30"),
        # "No later than".
        ("请不晚于12月15日报镇农业服务中心", "2026-12-15 17:30"),
        ("请各村不迟于12月15日报送", "2026-12-15 17:30"),
        # A date in Chinese numerals.
        ("请各村于十二月十五日前将照片报三资中心", "2026-12-15 17:30"),
        ("请于十二月二十一日下午三点前报送", "2026-12-21 15:00"),
        ("请各村二十号前报上来", "2026-12-20 17:30"),
        # A month and day written with a dot or a slash.
        ("各村12.18前把护林员考勤表交林业站", "2026-12-18 17:30"),
        ("请于12/18前报送", "2026-12-18 17:30"),
    ],
)
def test_other_ways_of_naming_the_due_day(text: str, expected: str) -> None:
    found = extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    "text",
    [
        "全镇已完成冬小麦播种1.25万亩",
        "一日三餐要保障好",
        "本次培训为期三日",
        "3.5级地震",
        "下月起执行新标准",
    ],
)
def test_numbers_that_look_like_the_new_day_phrases_are_no_due_time(text: str) -> None:
    assert extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各位网格员周末前完成所有独居老人家庭的走访", "2026-12-11 17:30"),
        ("请各村这周末之前把台账报上来", "2026-12-11 17:30"),
        ("请各村下周末前完成清查", "2026-12-18 17:30"),
    ],
)
def test_before_the_weekend_is_by_the_weeks_last_working_day(text: str, expected: str) -> None:
    found = extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == expected


def test_going_somewhere_at_the_weekend_is_no_due_time() -> None:
    # 周末前往: going there at the weekend, not before it.
    text = "【温馨提示】本周末前往山区踏青的群众，请注意森林防火。"
    assert extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ) is None


# Friday 26 December 2025: 春节 2026 runs from 15 to 23 February, and Saturday 14 February
# is a make-up working day.
BEFORE_NEW_YEAR = datetime(2025, 12, 26, 10, 30, tzinfo=TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("春节前组织网格员走访，走访台账春节前报县教育局安全股", "2026-02-14 17:30"),
        ("请于春节放假前完成困难群众慰问", "2026-02-14 17:30"),
        ("请于春节后第一个工作日报送走访情况", "2026-02-24 17:30"),
    ],
)
def test_a_named_holiday_seven_weeks_off_is_still_the_one_meant(text: str, expected: str) -> None:
    found = extract_deadline(canonical(text), BEFORE_NEW_YEAR, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    "text",
    [
        "即日起至12月31日，请各街道组织社区开展老年人流感疫苗接种预约登记，名单报县疾控中心。",
        "从今天起到12月31日，请各网格员完成辖区独居老人入户走访。",
        "请各社区自即日起至12月31日开展燃煤取暖户排查。",
    ],
)
def test_a_span_from_now_in_which_something_is_asked_is_due_at_its_end(text: str) -> None:
    found = extract_deadline(canonical(text), BEFORE_NEW_YEAR, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == "2025-12-31 17:30"


@pytest.mark.parametrize(
    "text",
    [
        "请各乡镇月内完成城乡居民医保未参保人员清零",
        "请各村本月内把未参保人员名单报乡社保中心",
        "请于12月内完成复核",
    ],
)
def test_within_the_month_is_by_its_last_day(text: str) -> None:
    found = extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == "2026-12-31 17:30"


@pytest.mark.parametrize(
    "text",
    ["请各村3个月内完成整改", "近一个月内发生火情3起", "半个月内不得进山"],
)
def test_a_span_of_months_is_no_end_of_this_month(text: str) -> None:
    found = extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ)
    assert found is None or found.strftime("%m-%d") != "12-31"


@pytest.mark.parametrize("text", ["请各村下月内完成全部农户走访", "请各村下个月内把台账报乡里"])
def test_within_next_month_is_by_its_last_day(text: str) -> None:
    found = extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ)
    assert found is not None
    assert found.strftime("%Y-%m-%d %H:%M") == "2027-01-31 17:30"


@pytest.mark.parametrize(
    "text",
    [
        "请各村把上月内走访数据核实一下，明天报镇里",
        "请各村排查近3月内从外地返乡人员",
        "请各村排查过去12月内从外地返乡人员",
        "请各村正月内完成祠堂消防检查",
        "腊月内完成年货市场巡查",
        "各村每月内完成一次走访",
    ],
)
def test_last_month_the_last_months_a_lunar_month_or_each_month_is_no_end_of_this_month(
    text: str,
) -> None:
    assert extract_deadline(canonical(text), DECEMBER_WEDNESDAY, TZ) is None


def test_a_span_of_hours_longer_than_a_day_with_its_task_is_due_at_its_end() -> None:
    assert due("@罗军 县林业局清明防火总结要得急，48小时内报过去，你牵头写") == "03-11 09:00"
    assert due("请于72小时内提交整改报告") == "03-12 09:00"


@pytest.mark.parametrize(
    "text",
    [
        "县地灾技术组研判：隐患点仍在缓慢变形，雨停48小时内群众不得返回。",
        "预计未来48小时内我县有强降雨。",
        "近48小时内全县未发生火情。",
    ],
)
def test_a_span_of_days_in_hours_without_a_task_is_no_due_time(text: str) -> None:
    assert due(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "凡是48小时内未完成整改的通报批评",
        "对群众投诉要在48小时内答复",
        "各村72小时内不能完成整改的要说明原因",
    ],
)
def test_a_standing_rule_with_a_span_of_days_in_hours_is_no_due_time(text: str) -> None:
    assert due(text) is None


def test_a_meeting_named_after_its_time_from_now_starts_then() -> None:
    assert due("@罗军 县防指半小时后开视频调度会，你马上去会议室调试设备") == "03-09 09:30"


def steps(text: str, ts: datetime = MONDAY) -> list[str]:
    """The due time a notice is given, then the later ones it sets (see later_deadlines)."""
    said = canonical(text)
    found = scan(said, ts, TZ)
    first = choose_deadline(found, ts, TZ)
    if first is None:
        return []
    later = later_deadlines(said, found, ts, TZ, first)
    return [at.strftime("%m-%d %H:%M") for at in (first.at, *later)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said on Thursday 12 March: Monday the 16th, then Wednesday the 18th.
        (
            "请各村于下周一前完成自查，周三上午10点前报送自查报告",
            ["03-16 17:30", "03-18 10:00"],
        ),
        ("3月16日前摸底，3月18日17:00前报镇应急办", ["03-16 17:30", "03-18 17:00"]),
        # The same day, morning then afternoon.
        ("今天上午11点前报人数，下午5点前报名单", ["03-12 11:00", "03-12 17:00"]),
        (
            "请于3月20日（周五）前报送排查结果，3月31日前完成整改。",
            ["03-20 17:30", "03-31 17:30"],
        ),
        # A later step said first, the sooner after it.
        ("请于3月20日前报送正式材料，3月16日前先报送名单", ["03-16 17:30", "03-20 17:30"]),
        # Two steps half an hour apart are two, not one said twice.
        ("今天下午3点前报人数，3点半前报名单", ["03-12 15:00", "03-12 15:30"]),
        # Two steps after the first at most.
        (
            "3月16日前报初稿，3月18日前报终稿，3月20日前报总结，3月25日前归档",
            ["03-16 17:30", "03-18 17:30", "03-20 17:30"],
        ),
    ],
)
def test_a_notice_with_several_due_times_is_due_at_each_in_turn(
    text: str, expected: list[str]
) -> None:
    assert steps(text, MONDAY + timedelta(days=3)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A single due time.
        "请于3月20日前报送排查情况",
        # A meeting's time is no due time.
        "请于3月16日前报送材料，3月18日上午9点在三楼会议室召开推进会",
        # A forecast, a span and a day told as past.
        "请各村3月16日前报送名单，资金预计3月20日前到账",
        "请于3月16日前报送方案，3月17日至3月19日开展交叉检查",
        "3月10日前已完成摸底，请于3月16日前报送台账",
        # The county's date, quoted before the township's own sooner one.
        "县里要求3月18日前报，请各村3月16日前报镇里",
        # What the township does with the reports (its step, not the reader's), or what
        # the county wants of it.
        "请各村今天下午3点前报所在片区，镇里汇总后5点前报县里",
        "请各村3月16日前报镇民政办，县里3月18日前要结果",
        # The same due time said twice.
        "周五下午5点前报送，本周内务必完成",
        # A notice quoted, with the level above's date, after the township's own or before.
        "请各村3月16日前报送镇应急办。附县应急局通知：请各乡镇于3月20日前报送排查情况",
        "附县应急局通知：请各乡镇于3月20日前报送排查情况。请各村3月16日前报送镇应急办",
        # What others will do, or are foreseen to, by then.
        "请各村3月16日前报送排查情况，市督查组预计3月25日前来我镇检查",
        "请各村3月16日前报送排查情况，省厅3月25日前将开展抽查",
        "请各村3月16日前完成自查，镇安委会将于3月17日前组织抽查，3月20日前通报结果",
        "请各村3月16日前报送名单，逾期未报的，3月18日前将在全镇通报",
        "请各村3月16日前报送名单，3月18日前县里将下达资金",
        "请各村3月16日前报送方案，区委办3月20日前审定",
        "请各村3月16日前完成整改，3月20日前由镇里统一组织验收",
        # The office's own step after the reader's, or the level above's rule.
        "请各村3月16日前报送材料，镇党政办审核后于3月18日前报县委办",
        "请各村3月16日前报送材料，镇里统一于3月18日前报县民政局",
        "请各村3月16日前报送材料，区里规定的截止时间是3月20日前",
        # What was done before.
        "请各村3月16日前报送材料，去年同期3月18日前就已全部报齐",
        "请各村3月16日前报送材料，去年的材料3月18日前退回各村",
        # Leaving, or arriving for training: the reader is there, not overdue.
        "日程：3月16日前报送材料，3月17日上午11点前离会",
        "请各村3月16日前报送名单，3月18日上午9点前到县政府报到参加培训",
        # A standing rule.
        "请各村3月16日前报送材料，以后每月25日前报送月报",
        # Times that hold only if something happens.
        "请于今天下午3点前报送值班表。值班期间发生重要情况，须在30分钟内电话报告、1小时内书面报告。",
    ],
)
def test_only_later_due_by_times_are_later_steps(text: str) -> None:
    assert len(steps(text, MONDAY + timedelta(days=3))) <= 1


def test_a_later_step_is_chosen_among_what_is_said_to_you() -> None:
    # In a message to the reader, only the clause said to them counts (choose_deadline):
    # the others' morning is neither first nor a later step.
    text = canonical("@张三 材料3月13日上午10点前交党政办，你3月13日下班前出初稿给我。")
    found = scan(text, MONDAY, TZ)
    first = choose_deadline(found, MONDAY, TZ, text)
    assert first is not None
    assert later_deadlines(text, found, MONDAY, TZ, first, text) == ()


THURSDAY = MONDAY + timedelta(days=3)


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # A relay: the level above's date is what the office passes up, not the reader's.
        (
            "转县政府办：请于3月23日（周一）前报送恢复重建项目需求清单。\n"
            "镇内：李明牵头，村建办配合，本周五前交我。",
            THURSDAY,
            ["03-13 17:30"],
        ),
        (
            "@李明 年终考核材料12点前要报县考评办，你把总结里的数据再核一遍，11点前给我定稿。",
            THURSDAY,
            ["03-12 11:00"],
        ),
        (
            "【急】县指挥部要各卡点实时值守照片，11点前报县里。请各卡点10点40前在群里发值守照片",
            THURSDAY,
            ["03-12 10:40"],
        ),
        ("【转】请于3月20日前报送方案。\n请各村3月16日前报镇里", THURSDAY, ["03-16 17:30"]),
        ("@王磊 你来写，下午3点前给我：请于今天下午5点前报区政府办", THURSDAY, ["03-12 15:00"]),
        ("@吴国华 信息稿下午5点半前发我，明天上午报县委办。", THURSDAY, ["03-12 17:30"]),
        # Several named parties, each with a date: the work shared out, no steps.
        (
            "请各村3月16日前完成初审，乡镇3月20日前完成复审，县级3月25日前完成终审",
            THURSDAY,
            ["03-16 17:30"],
        ),
        ("请各村3月16日前报送名单，街道3月20日前完成审核", THURSDAY, ["03-16 17:30"]),
        ("企业3月20日前整改到位，危化股3月16日前先到现场复核一遍", THURSDAY, ["03-16 17:30"]),
        ("请施工方3月16日前完成整改，3月20日前监理单位完成验收", THURSDAY, ["03-16 17:30"]),
        ("请学校3月16日前报送名单，财务3月18日前完成拨付", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送名单，领导3月18日前完成审核", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送材料，评审专家3月20日前完成评审", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前组织申报，村民3月20日前提交申请", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前受理，申请人3月20日前补齐材料", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送数据，第三方机构3月20日前完成核查", THURSDAY, ["03-16 17:30"]),
        ("请各小区3月16日前报送，物业公司3月20日前完成整改", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送理赔名单，保险公司3月25日前完成理赔", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送名单，专班3月20日前完成复核", THURSDAY, ["03-16 17:30"]),
        ("请各村3月16日前报送自评材料，考核3月25日前完成", THURSDAY, ["03-16 17:30"]),
        (
            "【会议要点】\n1.纳凉点值守3月16日前安排到位；\n2.平安办牵头燃气安全排查，3月20日前完成",
            THURSDAY,
            ["03-16 17:30"],
        ),
        # The level above's ask of others, through 各.
        (
            "要求各乡镇3月20日前报送实施方案。请各村3月16日前报送初稿",
            THURSDAY,
            ["03-16 17:30"],
        ),
        (
            "根据县应急管理局《关于开展隐患排查的通知》精神，各乡镇3月28日前完成排查。"
            "请各村3月16日前报送排查情况",
            THURSDAY,
            ["03-16 17:30"],
        ),
        (
            "市文明办通知：各区县3月25日前完成测评准备。请各村3月16日前完成自查",
            THURSDAY,
            ["03-16 17:30"],
        ),
        # A period's end, a time each day, one that holds only if something happens, and
        # the same time said two ways.
        (
            "【地灾巡查日报】即日起至3月20日，请各村（社区）每天下午5点前在群里报送当日巡查情况，"
            "无异常也要报。",
            THURSDAY,
            ["03-12 17:00"],
        ),
        (
            "县里从明天起每天早上8点前要数，今天半小时内把储煤量报我，各锅炉房7点半前把供回水温度报我。",
            THURSDAY.replace(hour=10, minute=40),
            ["03-12 11:10"],
        ),
        (
            "各村9点前就该交的，黑泉村还没交，半小时内发我。",
            THURSDAY.replace(hour=9, minute=30),
            ["03-12 10:00"],
        ),
        ("特急工单，1小时内（10:05前）反馈。", THURSDAY.replace(hour=9, minute=8), ["03-12 10:05"]),
        (
            "请各村今明两天把独居老人挨家再看一遍，3月13日（周五）下午6点前把排查情况报党政办",
            THURSDAY,
            ["03-13 17:30"],
        ),
        # A correction's old date is no step.
        (
            "【更正】上条通知中“3月16日前”应为“3月18日前”，3月20日前报送正式材料",
            THURSDAY,
            ["03-18 17:30"],
        ),
    ],
)
def test_a_step_not_surely_the_readers_is_no_step(
    text: str, ts: datetime, expected: list[str]
) -> None:
    # A wrong step is far worse than a missed one: the card due at someone else's date.
    assert steps(text, ts) == expected


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        (
            "请各村于下周一前完成自查，周三上午10点前报送自查报告",
            THURSDAY,
            ["03-16 17:30", "03-18 10:00"],
        ),
        (
            "请于3月20日前报送正式材料，3月16日前先报送名单",
            THURSDAY,
            ["03-16 17:30", "03-20 17:30"],
        ),
        # The township's office as who the reader reports to is the reader's own step.
        (
            "12月7日前摸底，12月9日17:00前报镇应急办",
            datetime(2026, 12, 2, 9, 0, tzinfo=TZ),
            ["12-07 17:30", "12-09 17:00"],
        ),
        ("今天下午3点前报人数，3点半前报名单", THURSDAY, ["03-12 15:00", "03-12 15:30"]),
        ("明天上午报初稿，周五前报定稿", MONDAY, ["03-10 12:00", "03-13 17:30"]),
        (
            "请各镇（街道）对照卫片图斑逐一实地核查，于3月20日（周五）前报送排查结果，3月31日前完成整改。",
            THURSDAY,
            ["03-20 17:30", "03-31 17:30"],
        ),
        (
            "请各乡镇：一、对地灾隐患点开展一次“回头看”，本月底前完成；二、3月20日前报送监测员名册。",
            THURSDAY,
            ["03-20 17:30", "03-31 17:30"],
        ),
    ],
)
def test_a_step_the_notice_surely_asks_of_the_reader_is_kept(
    text: str, ts: datetime, expected: list[str]
) -> None:
    assert steps(text, ts) == expected


def readied(text: str, ts: datetime = MONDAY) -> str | None:
    """The start of the meeting the due time of `text` only gets ready for."""
    said = canonical(text)
    found = scan(said, ts, TZ)
    chosen = choose_deadline(found, ts, TZ)
    assert chosen is not None
    meeting = readied_meeting(said, found, chosen, TZ)
    return meeting.strftime("%m-%d %H:%M") if meeting else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The demo's correction (m0194): a tester's Monday read its 3:40 已逾期 17 小时.
        (
            "更正：明天全区防溺水工作视频会议时间调整为下午4:00，分会场调试时间相应调整为3:40前，"
            "其他不变。",
            "03-10 16:00",
        ),
        (
            "【会议通知】定于明天下午3:00召开全区防溺水工作视频会议。\n"
            "请各分会场于2:40前完成音视频调试，调试联系人：区政府办孟凡 6632 0051。",
            "03-10 15:00",
        ),
        ("定于3月17日（周二）上午9点在杨家坝村召开推进会，8:40前到达现场签到。", "03-17 09:00"),
        ("明天上午9点开会，提前半个小时到场签到", "03-10 09:00"),
        # An evening meeting's set-up time is that evening's (a reviewer's: due 7:40 that
        # morning, it readied nothing).
        ("明晚8点召开防汛视频调度会，请各分会场7:40前完成调试", "03-10 20:00"),
        # A shift's hours are an event of their own (a tester's Monday read the 劝导's
        # 7:20前到岗 已逾期 1 小时 while the shift ran till 11:30).
        (
            "【创文·文明交通劝导】明天上午7:30—11:30，我镇负责桐坪大道与云岫路交叉口文明交通劝导，"
            "请各办站所按排班表派员（每个单位2人），7:20前到岗，在岗亭领取红马甲、小红旗。",
            "03-10 07:30",
        ),
        ("明天8:00-12:00在村委会开展义诊，医护人员7:30前到位。", "03-10 08:00"),
    ],
)
def test_a_set_up_time_names_the_meeting_it_gets_ready_for(text: str, expected: str) -> None:
    assert readied(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Handed in by then: due whether or not the meeting is held.
        "【会议通知】定于明天下午3:00召开全区防溺水工作视频会议。请各镇于明天下午2:30前报送参会人员名单。",
        "明天下午3点召开防汛调度会，请各村2:40前完成调试并将调试情况反馈镇党政办。",
        # No meeting time in the message.
        "请各村于明天下午3:40前完成应急广播设备调试。",
        # A room is no meeting; a meeting on another day is not the one got ready for.
        "明天上午9点前到三楼会议室签到，领取物资。",
        "请于周二下午2:40前完成视频设备调试，周三下午3点召开全区视频会议。",
        # Said to be done long before the meeting: a task of its own.
        "明天下午4点召开视频会议，各分会场上午10点前完成设备调试。",
        # Something owed after the meeting, by a time in another sentence (review: read
        # "time passed" once the meeting began, with the minutes still to hand in).
        "明天下午3点召开视频会议。请各分会场2:40前完成调试。会后请于5点前报送会议记录。",
        # Hours to hand in within, not a shift: the 前 is the hand-in's own.
        "明天8:00-12:00为集中申报时间，请各村7:30前报送申报名单。",
        # Put right by then, before an inspection's hours (a reviewer's): still owed.
        "明天8:00前整改到位，9:00—11:30县检查组来检查。",
        # At one's post for an emergency, with no hours of an event.
        "暴雨预警，请各村干部今晚8点前到岗到位，加强巡查。",
    ],
)
def test_a_due_time_that_gets_nothing_ready_for_a_meeting_names_none(text: str) -> None:
    assert readied(text) is None


# Set A3: a day asked for, with no 前 (场中路三居请下周一补报), read as no due time.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("截至目前已有6个居民区报送名单，临平北苑、场中路三居请下周一补报。", "03-16 17:30"),
        ("请各村于3月11日报送名单", "03-11 17:30"),
        ("拱别村缺夜班带班人员，请岳书记今天补报。", "03-09 17:30"),
        # A half-day said with it stays the half-day's end.
        ("请两个社区下周一上午报需求数量。", "03-16 12:00"),
    ],
)
def test_a_day_asked_to_hand_in_on_is_due_then(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize("text", ["请于明天报到", "请各村明天组织人员学习", "请各村下周一交流经验"])
def test_a_day_asked_for_something_else_is_no_due_time(text: str) -> None:
    assert due(text) is None


def test_a_span_for_the_care_of_whoever_is_hurt_is_no_due_time() -> None:
    # Set B3: it ran from the notice, as if the reader had 24 hours.
    text = "各镇一旦发生犬只伤人事件，请第一时间报告县疾控中心；伤者须在24小时内接种狂犬病疫苗。"
    assert due(text) is None
    assert due("请各村24小时内把伤者名单报卫生院") == "03-10 09:00"


# Blind set D3 (a pastoral 苏木 in Inner Mongolia, April 2027).
APRIL_MONDAY = datetime(2027, 4, 12, 9, 4, tzinfo=TZ)


def due_at(text: str, ts: datetime) -> str | None:
    found = extract_deadline(canonical(text), ts, TZ)
    return found.strftime("%m-%d %H:%M") if found else None


def test_a_clock_time_in_brackets_after_a_span_is_the_due_time() -> None:
    # Posted at 7:19: the hour ends at 8:19, but the writer said 8:20.
    text = "请各苏木镇1小时内（8点20分前）上报雪灾受灾初步情况"
    assert due_at(text, APRIL_MONDAY.replace(hour=7, minute=19)) == "04-12 08:20"
    assert due_at("请各苏木镇1小时内上报", APRIL_MONDAY.replace(hour=7, minute=19)) == "04-12 08:19"


def test_a_time_after_a_daily_one_gone_by_is_of_its_first_round() -> None:
    # Said at 11:26, the 8:00 report is first due tomorrow, and the relayer's 9:00 with it.
    text = (
        "转旗农牧局：各嘎查每天上午8点前把前一日接羔数报农牧中心，接羔结束前不能断，"
        "我9点前汇总报旗里。"
    )
    assert due_at(text, APRIL_MONDAY.replace(hour=11, minute=26)) == "04-13 08:00"
    # Listed with it, a time is another of today's rounds.
    both = "请各街镇每天早8点、晚8点两次向市值班室报告，无情况报平安。"
    assert due_at(both, APRIL_MONDAY.replace(hour=11, minute=26)) == "04-12 20:00"


def test_days_listed_bare_before_a_clock_time_share_it() -> None:
    # Posted on a Friday: Monday's 9:00, not the end of Monday.
    text = "调整：接羔进度日报自4月17日起改为每周一、周四上午9点前报送，内容不变。"
    assert due_at(text, datetime(2027, 4, 16, 10, 20, tzinfo=TZ)) == "04-19 09:00"


def test_days_joined_by_and_share_the_time_said_for_both() -> None:
    # Blind set P3, on a Saturday morning: today's 3 o'clock comes first, not tomorrow's.
    text = "周末矛盾纠纷零报告照常，今天和明天都是下午3点前报，不休息。"
    assert due_at(text, datetime(2026, 12, 12, 9, 20, tzinfo=TZ)) == "12-12 15:00"
    assert due_at("周一、周三、周五上午9点前报送", datetime(2026, 12, 12, 9, 20, tzinfo=TZ)) == (
        "12-14 09:00"
    )


def test_the_end_of_a_forecast_span_names_no_day_for_what_follows() -> None:
    text = (
        "各位牧户注意：旗里发了暴雪预警，今天夜里到后天白天有大雪。中午12点前把自家接羔点、暖棚情况"
        "在群里报一下，我统一报苏木。"
    )
    assert due_at(text, APRIL_MONDAY) == "04-12 12:00"


def test_a_day_that_opens_a_period_names_no_day_for_a_later_sentence() -> None:
    text = (
        "转旗防火办：明天起大风降温，要报防火重点部位值守人员名单。"
        "各嘎查晚上7点前把值守人员名单报我。"
    )
    assert due_at(text, datetime(2027, 4, 17, 15, 45, tzinfo=TZ)) == "04-17 19:00"
    # In its own sentence, the period's first day is the time's (a daily report from it).
    daily = "从明天起每天早7点半前把水位读数发群里。"
    assert due_at(daily, datetime(2027, 4, 17, 15, 45, tzinfo=TZ)) == "04-18 07:30"


def test_a_span_from_a_birth_is_no_due_time() -> None:
    text = "转农牧局接羔保育技术要点：\n1.产羔舍温度保持5℃以上；\n2.羔羊出生后30分钟内吃上初乳。"
    assert due_at(text, APRIL_MONDAY) is None


def test_that_day_under_a_roster_is_its_first_day_to_come() -> None:
    roster = (
        "【下周边境联防巡逻排班】\n4月20日（周二）：乌兰带队（巴彦塔拉段）\n4月22日（周四）：孟和带队\n"
        "4月24日（周六）：额尔敦带队\n带队人员当天早上7点到苏木武装部集合。"
    )
    assert due_at(roster, datetime(2027, 4, 18, 14, 2, tzinfo=TZ)) == "04-20 07:00"
    # Inside an item, 当天 is that item's (歌圩当天: the festival, the 9th).
    item = "值班安排：\n4月8日：带班领导 韦国庆\n4月9日：带班领导 黄海峰（歌圩当天8点全员在岗）"
    assert due_at(item, datetime(2027, 4, 7, 17, 20, tzinfo=TZ)) == "04-09 08:00"


def test_a_span_a_rule_sets_for_each_satellite_hotspot_is_no_due_time() -> None:
    # A meeting's recap: every hotspot is checked within 30 minutes of its report.
    recap = (
        "今天视频会主要精神：\n1.防火期野外用火“零容忍”，卫星热点30分钟内核查反馈；\n"
        "2.边境地区加强联防巡逻。"
    )
    assert due_at(recap, APRIL_MONDAY) is None
    # A hotspot reported now is to be checked within the half hour.
    now = "【卫星热点核查】10时52分卫星监测到热点1处，请属地30分钟内核实并反馈。"
    assert due_at(now, APRIL_MONDAY) == "04-12 09:34"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # From a tester: the pane read 截止：…07:20（07:30 开会） of the 劝导's shift.
        (
            "【创文·文明交通劝导】明天上午7:30—11:30，我镇负责桐坪大道与云岫路交叉口文明交通劝导，"
            "请各办站所按排班表派员（每个单位2人），7:20前到岗，在岗亭领取红马甲、小红旗。",
            Readies.DUTY,
        ),
        # Hours of something else: it starts, no post is taken up.
        ("明天8:00-12:00在村委会开展义诊，医护人员7:30前到位。", Readies.START),
        # A meeting, spanned or not.
        ("明天下午3:00-5:00召开防汛调度会，请各村2:40前完成调试。", Readies.MEETING),
        ("明晚8点召开防汛视频调度会，请各分会场7:40前完成调试", Readies.MEETING),
    ],
)
def test_what_a_set_up_time_gets_ready_for_is_said_as_what_it_is(text: str, kind: Readies) -> None:
    said = canonical(text)
    found = scan(said, MONDAY, TZ)
    chosen = choose_deadline(found, MONDAY, TZ)
    assert chosen is not None
    meeting = readied_meeting(said, found, chosen, TZ)
    assert meeting is not None
    assert readied_kind(said, found, chosen, meeting, TZ) is kind


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # From blind set E3 (a Henan wheat township in June 2027). 12点 said late in the
        # evening is midnight, not the noon gone.
        (
            "各村书记马上打电话通知地头看麦的人转移，12点前把转移人数报我。",
            datetime(2026, 3, 9, 23, 45, tzinfo=TZ),
            "03-10 00:00",
        ),
        # ...and still noon said in the morning.
        ("12点前把转移人数报我。", MONDAY, "03-09 12:00"),
        # 本周内 said on a Saturday: by its Sunday, not the Friday gone.
        (
            "各村本周内把在村收割机灭火器配备情况过一遍报农业办。",
            datetime(2026, 3, 14, 15, 45, tzinfo=TZ),
            "03-15 17:30",
        ),
        # Tomorrow's early morning named earlier in the clause: 6:20 is then.
        (
            "更正：明早签到时间改为6:20，考点要提前清场，其他不变。",
            datetime(2026, 3, 9, 10, 0, tzinfo=TZ),
            "03-10 06:20",
        ),
        # ...not in a clause of its own: that day's afternoon.
        ("明早8点开会，5点前报材料", MONDAY, "03-10 17:00"),
    ],
)
def test_times_from_a_wheat_township(text: str, ts: datetime, expected: str) -> None:
    assert due(text, ts) == expected


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # From blind set G3 (a Jiangxi hill town over 元旦). A "by" day without its month,
        # weeks behind today, is next month's...
        (
            "镇里要求：请各村3日17:30前先报一次本村欠薪线索，我汇总后4号报县里。",
            datetime(2026, 12, 31, 11, 30, tzinfo=TZ),
            "01-03 17:30",
        ),
        # ...while a few days behind it is this month's, gone by (not April's).
        ("请各村5日前报送", datetime(2026, 3, 9, 9, 0, tzinfo=TZ), None),
        # 元旦 with a part of its day gives the times after it its day.
        (
            "李明，元旦中午去外婆家吃饭，你11点前要到哦",
            datetime(2026, 12, 31, 21, 0, tzinfo=TZ),
            "01-01 11:00",
        ),
        # From blind set F3 (a Hubei lake township): a weekday naming a meeting is no day
        # for the time after it.
        (
            "@李明 上午把周一班子会的纪要整理出来，下午3点前发我",
            datetime(2026, 3, 12, 9, 55, tzinfo=TZ),
            "03-12 15:00",
        ),
        # ...and still the day of a time it is said with.
        ("周一下午3点前把纪要发我", datetime(2026, 3, 7, 9, 0, tzinfo=TZ), "03-09 15:00"),
    ],
)
def test_days_from_a_lake_and_a_hill_township(
    text: str, ts: datetime, expected: str | None
) -> None:
    assert due(text, ts) == expected


def test_the_end_of_a_forecast_spell_is_no_due_time() -> None:
    # From blind set F3: an orange fog warning read as due at 10:00.
    text = (
        "【监利市气象台】大雾橙色预警信号：目前我市沿江沿湖地区已出现能见度小于200米的浓雾，"
        "预计将持续到28日上午10时，请注意交通和水上作业安全。"
    )
    assert due(text, datetime(2026, 11, 28, 6, 10, tzinfo=TZ)) is None


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # A chase of work overdue this month: 本月 says whose month the day is, so it is a
        # day gone, never "due in 13 days".
        (
            "本月3日前应完成整改，仍有2个村未完成，请抓紧",
            datetime(2026, 11, 20, 10, 0, tzinfo=TZ),
            None,
        ),
        ("本月5日前必须完成，还有3个村没完成", datetime(2026, 11, 16, 10, 0, tzinfo=TZ), None),
        ("这个月3号前交", datetime(2026, 11, 30, 10, 0, tzinfo=TZ), None),
        # Without the month, a chase of work left undone by a day gone: that day.
        (
            "3日前应完成整改，仍有2个村未完成，请抓紧",
            datetime(2026, 11, 20, 10, 0, tzinfo=TZ),
            None,
        ),
        ("5号前就该报了，还有3个村没报", datetime(2026, 11, 25, 10, 0, tzinfo=TZ), None),
        (
            "3日前应报送台账，尚未按要求报送的村请说明原因",
            datetime(2026, 11, 20, 10, 0, tzinfo=TZ),
            None,
        ),
        ("5日前应整改到位，仍未整改的将通报", datetime(2026, 11, 25, 10, 0, tzinfo=TZ), None),
    ],
)
def test_a_day_of_this_month_gone_by_stays_this_months(
    text: str, ts: datetime, expected: str | None
) -> None:
    assert due(text, ts) == expected


@pytest.mark.parametrize(
    ("text", "ts", "expected"),
    [
        # A day asked for, without its month, weeks behind today: next month's. A
        # reviewer found these without a due time in December's second half.
        ("请各村于1日前报送", datetime(2026, 12, 20, 9, 0, tzinfo=TZ), "2027-01-01 17:30"),
        ("请各村5日前报送", datetime(2026, 12, 21, 9, 0, tzinfo=TZ), "2027-01-05 17:30"),
        ("请各村10日前报送", datetime(2026, 12, 25, 9, 0, tzinfo=TZ), "2027-01-10 17:30"),
        ("请各村于3日前上报", datetime(2026, 11, 20, 10, 0, tzinfo=TZ), "2026-12-03 17:30"),
        # In the month's last days a day early in the month is next month's.
        ("请各村1日前上报", datetime(2026, 11, 24, 10, 0, tzinfo=TZ), "2026-12-01 17:30"),
        # 次月 is next month, the way monthly reports ask: early in the month, not that
        # month's own 5th (a reviewer found it due on 5 December).
        (
            "请各村于次月5日前报送上月巡查台账",
            datetime(2026, 12, 1, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        (
            "请各村于次月5日前报送上月巡查台账",
            datetime(2026, 12, 20, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        ("各村次月底前完成整改", datetime(2026, 11, 10, 9, 0, tzinfo=TZ), "2026-12-31 17:30"),
        # What befalls a late return, said with the ask, chases no one yet.
        (
            "请各村于5日前将12月报表报送镇党政办，逾期未报的将予以通报",
            datetime(2026, 12, 26, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        # ...whatever the work asked: a return done (完成), handed in (提交), put right.
        (
            "请各村于5日前完成整改，逾期未完成的将予以通报",
            datetime(2026, 12, 26, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        (
            "请各村于5日前提交自查报告，逾期未提交的将予以通报",
            datetime(2026, 12, 26, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        (
            "请各村于5日前整改到位，逾期未整改的一律通报",
            datetime(2026, 12, 26, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
        (
            "请于10日前报送，逾期不予受理",
            datetime(2026, 12, 25, 9, 0, tzinfo=TZ),
            "2027-01-10 17:30",
        ),
        ("请于10日前报送，过期不候", datetime(2026, 12, 25, 9, 0, tzinfo=TZ), "2027-01-10 17:30"),
        # What is not yet so, named as part of the ask, chases no one either (a reviewer
        # found the first without a due time).
        (
            "请各村10日前报送，尚未建档的农户一并录入",
            datetime(2026, 12, 25, 9, 0, tzinfo=TZ),
            "2027-01-10 17:30",
        ),
        (
            "请各村5日前完成排查，近期仍有降雨，注意安全",
            datetime(2026, 12, 26, 9, 0, tzinfo=TZ),
            "2027-01-05 17:30",
        ),
    ],
)
def test_a_day_without_its_month_weeks_behind_is_next_months(
    text: str, ts: datetime, expected: str
) -> None:
    found = extract_deadline(canonical(text), ts, TZ)
    assert found is not None and found.astimezone(TZ).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    "text",
    ["请各村12月20日前完成自查，次月5日前报送总结", "请各村于12月底前完成自查，次月5日前报送总结"],
)
def test_the_month_after_a_month_named_is_the_one_after_it(text: str) -> None:
    # 次月 after a month named is the month after that one: said on 20 November, the
    # summary is due 5 January, not 5 December, before the self-check it sums up.
    said = datetime(2026, 11, 20, 9, 0, tzinfo=TZ)
    found = [m.day for m in scan(canonical(text), said, TZ) if m.explicit]
    assert date(2027, 1, 5) in found
    assert date(2026, 12, 5) not in found


def test_the_next_day_is_the_day_after_the_one_last_named() -> None:
    # Posted late at night (blind set I3): 次日 is tomorrow, not undated.
    late = MONDAY.replace(hour=23, minute=35)
    assert due("请各乡镇（街道）于次日上午10点前报送暴雨灾情统计。", late) == "03-10 10:00"
    assert due("慰问物资到了，请各村翌日上午10点前派人来领。") == "03-10 10:00"
    # ...after a named day, the day after that one.
    assert due("请于3月12日进场，次日下午5点前完成布展。") == "03-13 17:00"


def test_about_the_hour_something_happened_is_no_due_time() -> None:
    # Blind set I3, posted at 11:20: 11点左右 is when the boy was lost, not 11 tonight.
    posted = MONDAY.replace(hour=11, minute=20)
    text = "【寻人】东区舞台附近走失一名男童，11点左右同妈妈走散。所有安保人员马上留意！"
    assert due(text, posted) is None
    # ...a time to be somewhere, about then, still is.
    assert due("明天上午9点左右到乡里，大家提前准备。", posted) == "03-10 09:00"


def test_work_asked_after_a_holiday_starting_tomorrow_is_due_before_it() -> None:
    # Blind set I3: the office closes up before the holiday, today.
    posted = MONDAY.replace(hour=16)
    text = "明天起放“三月三”，请各办站所下班前关好门窗电源，值班人员按表到岗。"
    assert due(text, posted) == "03-09 17:30"
    # ...a daily report from tomorrow on is first due tomorrow.
    assert due("从明天起，请各村每天下午5点前报巡查情况。", posted) == "03-10 17:00"


def test_the_hour_an_event_ends_is_when_work_starts_not_when_it_is_due() -> None:
    # Blind set I3: the dispersal begins when the singing ends.
    posted = MONDAY.replace(hour=13)
    text = "上午人流约4.2万人次，秩序良好。下午4点山歌对唱结束后请各安保点位做好有序疏散。"
    assert due(text, posted) is None
    # ...a time by which to be done, said as such, still is.
    assert due("下午4点前请各点位做好疏散准备，对唱结束后有序撤离。", posted) == "03-09 16:00"


def test_a_time_someone_above_wants_it_by_is_a_due_by_time() -> None:
    # From blind set K3: 县里4点要 at 15:40 is when the county wants the figures.
    at = datetime(2026, 3, 9, 15, 40, tzinfo=TZ)
    found = find_deadline(canonical("杨屯村的进度还没报，县里4点要，请马上报上来！"), at, TZ)
    assert found is not None
    assert found.at == datetime(2026, 3, 9, 16, 0, tzinfo=TZ)
    assert found.explicit
    # ...not the time something happens then.
    meeting = find_deadline(canonical("县里4点要开会，大家准备一下"), at, TZ)
    assert meeting is not None
    assert not meeting.explicit


def test_a_new_year_on_a_saturday_is_made_up_on_the_monday_in_a_year_no_table_knows() -> None:
    # From blind set K3: 2028's 元旦 falls on a Saturday, so Monday 3 January is off (as
    # in 2022), and "the first working day after the holiday", said on the 3rd, is the
    # 4th, not the day after 春节.
    calendar = WorkCalendar()
    assert not calendar.known(2028)
    assert calendar.day(date(2028, 1, 3)).holiday_name == "元旦"
    assert calendar.day(date(2028, 1, 4)).working
    said = datetime(2028, 1, 3, 16, 0, tzinfo=TZ)
    text = "请各办站所节后上班第一天报送2027年度考核指标完成情况自评表。"
    assert due_at(text, said) == "01-04 17:30"
    # ...while a Monday after an ordinary weekend stays a working day.
    assert calendar.day(date(2028, 1, 10)).working


def test_a_due_day_said_with_its_year_after_a_due_by_word_is_due_that_day() -> None:
    # From blind set K3: the year between 截止时间为 and the day hid the due-by word.
    said = datetime(2027, 12, 31, 10, 20, tzinfo=TZ)
    text = "2028年度医保集中征缴截止时间为2027年12月31日，请各乡镇组织村级协管员做好动员。"
    assert due_at(text, said) == "12-31 17:30"
    moved = "更正：2028年度医保集中征缴截止时间延长至2028年1月31日，请各乡镇继续做好动员。"
    assert due_at(moved, said) == "01-31 17:30"
    # ...while a day with its year and no due-by word is still only a day.
    assert due_at("2028年1月31日是春节前最后一个工作周", said) is None


def test_just_after_midnight_said_late_in_the_evening_is_tonight() -> None:
    # From blind set J3: at 23:55, 0点50前 is in 55 minutes, not this morning's.
    late = datetime(2027, 10, 1, 23, 55, tzinfo=TZ)
    text = "@罗建 红岩村滑坡要1小时内书面报县里，按模板写，0点50前给我"
    assert due_at(text, late) == "10-02 00:50"
    # ...while said in the small hours it is the one about to come.
    assert due_at("0点50前给我", datetime(2027, 10, 2, 0, 10, tzinfo=TZ)) == "10-02 00:50"


def test_a_day_naming_whose_details_are_missing_is_not_the_day_of_the_fix() -> None:
    # Blind set L3: the standby people's phone numbers for 5 April, to be added by 9 today.
    posted = datetime(2027, 4, 2, 8, 20, tzinfo=TZ)
    text = "梁书记，你们社区值班表漏填了4月5日备勤人员的手机号，9点前补一下"
    assert due(text, posted) == "04-02 09:00"
    assert due("4月5日值班人员名单，9点前报我", posted) == "04-02 09:00"
    assert due("4月5日备勤，请于8:30前到值班室", posted) == "04-05 08:30"


def test_a_hand_in_time_in_the_sentence_after_a_span_of_days_is_today() -> None:
    # Blind set L3: the holiday's three days told of, then the roster's own hand-in time.
    posted = datetime(2027, 4, 1, 9, 20, tzinfo=TZ)
    text = (
        "【转】街道要清明假期值班表，今天下午5点前报党政办，不调休，3号到5号共3天。"
        "大家下午3点前把自己能值班的日子报给我，我汇总后给书记审。"
    )
    assert due(text, posted) == "04-01 15:00"
    # An arrival on the span's first day stays there.
    assert due("值班时间为3号到5号。带班领导早上8点前到岗", posted) == "04-03 08:00"


def test_an_hour_in_words_after_明早_is_a_time() -> None:
    # Blind set L3: a meeting called for 明早九点; 明早 says the part of the day 上午 would.
    posted = datetime(2027, 4, 5, 20, 30, tzinfo=TZ)
    text = "【会议通知】明早九点在街道三楼会议室召开节后工作部署会，各社区书记参加"
    assert due(text, posted) == "04-06 09:00"
    assert due("今晚一点点小事，明早再说", posted) is None


def test_a_span_whose_end_names_its_half_of_the_day_is_no_due_time() -> None:
    # Blind set M3: the boiler's works from 9 in the morning to 3 in the afternoon.
    posted = datetime(2027, 1, 12, 15, 40, tzinfo=TZ)
    text = "锅炉房定于1月14日（周四）上午9点至下午3点检修，期间机关办公楼暂停供暖。"
    assert due(text, posted) is None
    text = "1月14日上午9点到下午3点停电，请各村今天下午5点前报停电户数"
    assert due(text, posted) == "01-12 17:00"
    # A time and then somewhere to go is no span.
    assert due("1月14日上午9点到县政府三楼开会", posted) == "01-14 09:00"


def test_a_time_asked_for_what_the_level_above_wants_tomorrow_is_today() -> None:
    # Blind set M3: the county office wants it tomorrow; the secretary wants the draft first.
    posted = datetime(2027, 1, 6, 10, 40, tzinfo=TZ)
    text = "@马文斌 县委办明天要一份雨雪冰冻天气应对情况的信息，你下午4点前写好发我"
    assert due(text, posted) == "01-06 16:00"
    assert due("区里周五要材料，各村下午5点前报我", posted) == "01-06 17:00"
    # A day said for the poster's own ask stays that day.
    assert due("县委办明天要一份信息，你明天上午10点前写好发我", posted) == "01-07 10:00"


def test_a_span_a_correction_changes_to_is_no_due_time() -> None:
    # Blind sets M3 and A3: the works moved, start to end.
    posted = datetime(2027, 1, 12, 16, 30, tzinfo=TZ)
    text = "【更正】锅炉房检修时间调整为1月13日（周三）上午9点至下午3点，期间机关办公楼暂停供暖。"
    assert due(text, posted) is None
    assert due("【更正】停水改到1月13日（周三）9:00—17:00，1月12日正常供水。", posted) is None
    # A due time changed to is still one.
    assert due("【更正】报送时间调整为1月13日上午9点", posted) == "01-13 09:00"


def test_明儿_is_tomorrow_and_今儿_today() -> None:
    # Blind set N3 (Chengdu): 明儿上午十点前报我.
    posted = datetime(2027, 4, 6, 15, 10, tzinfo=TZ)
    assert due("田书记把登记人数明儿上午十点前报我一下哈。", posted) == "04-07 10:00"
    assert due("今儿下班前报我", posted) == "04-06 17:30"


def test_零点半前_said_late_at_night_is_after_midnight() -> None:
    # Blind set N3: a first report wanted by half past midnight, asked at 23:50.
    posted = datetime(2027, 4, 6, 23, 50, tzinfo=TZ)
    assert due("你马上按模板写个初报，零点半前发我。", posted) == "04-07 00:30"
    # 零点五 is a decimal, not a time.
    assert due("参保率提高了零点五个百分点", posted) is None


def test_a_day_told_with_its_date_before_节后第一个工作日_is_that_day() -> None:
    # Blind set N3: the writer names the day; the meeting's time is on it.
    posted = datetime(2027, 4, 5, 21, 0, tzinfo=TZ)
    text = "各位同事：明天（4月6日，周二）节后第一个工作日，上午8:30在三楼会议室召开机关周例会"
    assert due(text, posted) == "04-06 08:30"


def test_a_weekly_round_after_the_first_one_does_not_come_before_it() -> None:
    # Blind set N3, said on a Wednesday: first report tomorrow, then every Wednesday.
    posted = datetime(2027, 3, 24, 11, 5, tzinfo=TZ)
    text = "首次进度请于明天上午11点前报民生服务办，之后每周三下班前报。"
    assert due(text, posted) == "03-25 11:00"
    # Without 之后 this Wednesday's round is still today's.
    assert due("每周三下班前报进度", posted) == "03-24 17:30"


def test_a_clock_time_listed_before_a_by_time_shares_its_前() -> None:
    # Blind set N3: half an hour before the district's 8:00 and 17:00.
    posted = datetime(2027, 4, 1, 17, 20, tzinfo=TZ)
    text = "各社区请提前半小时，即每天上午7:30、下午4:30前在群里报。"
    assert due(text, posted) == "04-02 07:30"


def test_清明节前_asked_with_where_to_fill_in_is_the_last_working_day_before_it() -> None:
    # Blind set N3: 清明 2027 is 3–5 April, so the last working day is Friday the 2nd.
    posted = datetime(2027, 4, 1, 14, 40, tzinfo=TZ)
    assert due("请大家清明节前在群文件表格里登记体检时间段。", posted) == "04-02 17:30"
    # Where someone is before the holiday asks for nothing by then.
    assert due("请关注节前在外地的人员", posted) is None


def test_what_may_happen_within_the_week_is_no_due_time() -> None:
    # Blind set N3: the inspectors may come this week; the 社区 get ready, by no set time.
    posted = datetime(2027, 4, 7, 15, 30, tzinfo=TZ)
    assert due("区创文办通知：测评组可能本周内对我区开展第二轮实地考察。", posted) is None
    assert due("请各社区本周内报送自查表", posted) == "04-09 17:30"


def test_a_sign_in_time_after_the_start_it_comes_before_is_due() -> None:
    # Blind set P3: a meeting moved, with its sign-in 10 minutes ahead.
    text = "更正：明天（12月11日）的协调会改在社区二楼会议室召开，时间改为上午9点半，9:20签到。"
    assert due_at(text, datetime(2026, 12, 10, 15, 40, tzinfo=TZ)) == "12-11 09:20"
    # ...not a sign-in after the coach leaves, which is when to be at the coach.
    leaving = "明天上午开测评会，咱们8点半机关门口统一上车，那边8点40签到。"
    assert due_at(leaving, datetime(2026, 12, 10, 15, 40, tzinfo=TZ)) == "12-11 08:30"


def test_a_date_with_its_weekday_said_loosely_after_it_holds() -> None:
    # Blind set P3, posted on Friday 11 December: 22 December is the Tuesday after next.
    text = "街道通知 12月22日下周二上午9点大礼堂民主测评 社区书记参加 8点40前签到"
    assert due_at(text, datetime(2026, 12, 11, 18, 20, tzinfo=TZ)) == "12-22 08:40"
    # ...while a weekday that is not the date's keeps its own reading.
    assert due_at("下周二上午9点前报送", datetime(2026, 12, 11, 18, 20, tzinfo=TZ)) == "12-15 09:00"


def test_a_time_limit_a_rule_sets_for_each_case_is_not_due_from_now() -> None:
    # Blind set P3: a district bureau's rule for heating work orders, then its own ask.
    text = (
        "各街道：对供暖类工单实行“接单即办”，一般诉求24小时内联系群众、48小时内办结。"
        "请各街道于12月14日（周一）下班前报送本辖区供暖问题台账。"
    )
    assert due_at(text, datetime(2026, 12, 11, 8, 0, tzinfo=TZ)) == "12-14 17:30"
    # ...while a span asked now is.
    assert (
        due_at("请各社区24小时内联系群众", datetime(2026, 12, 11, 8, 0, tzinfo=TZ)) == "12-12 08:00"
    )


def test_a_time_in_a_clause_opened_by_every_day_is_the_daily_rounds() -> None:
    # Blind set Q3: the campaign's end moves to the 12th; the daily count is due by 4 today.
    correction = "免疫完成时间顺延至12月12日（周六），每日免疫数报送时间调整为下午4点前。"
    morning = datetime(2026, 12, 9, 10, 0, tzinfo=TZ)
    assert due(correction, morning) == "12-09 16:00"
    # Said after 4, the first round is tomorrow's.
    assert due(correction, morning.replace(hour=17)) == "12-10 16:00"
    # A time of the day named, in a clause of its own, keeps that day.
    assert due("免疫完成时间顺延至12月12日（周六）下午4点前，每日进度照常报。", morning) == (
        "12-12 16:00"
    )


def test_a_day_asked_to_be_done_by_is_due_at_its_end() -> None:
    # Blind set Q3: the slowest village told to finish its vaccinations tomorrow.
    progress = "全苏木牛免疫9340头。伊和乌拉嘎查进度最慢，请明天全部完成。"
    assert due(progress) == "03-10 17:30"
    # ...not word that it was done.
    assert due("伊和乌拉嘎查明天完成了的话就全部结束") is None


def test_a_service_held_on_a_day_for_some_hours_is_due_at_its_start() -> None:
    # Blind set T3: a free clinic hosted by the health centre, and the village sessions of
    # a vaccination round: those who host it or bring people are due when it opens.
    sent = datetime(2026, 12, 9, 19, 30, tzinfo=TZ)
    clinic = (
        "县人民医院将于12月12日（周六）上午8:30—11:30在东溪镇卫生院开展义诊，请做好场地和群众组织。"
    )
    assert due(clinic, sent) == "12-12 08:30"
    rounds = (
        "【流感疫苗进村接种安排】\n12月12日（周六）上午8:30—11:30 上坪村卫生室；\n"
        "请村医提前通知老人。"
    )
    assert due(rounds, sent) == "12-12 08:30"
    # ...not another span of hours (an outage), nor a service's standing hours.
    assert due("12月12日（周六）上午8:30—11:30停电检修，请各单位提前做好准备。", sent) is None
    hours = "下周起接种门诊开放时间调整为周一至周六上午8:00—11:30，请各门诊公示。"
    assert due(hours, sent) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blind set V3: checking a list is a task done by then, as 核实 is.
        ("请于3日内核对本社区慰问名单，有变化的标红", "03-12 17:30"),
        ("请各村两天内排查一遍独居老人取暖情况", "03-11 17:30"),
        ("请各社区5日内审核完毕低保年审材料", "03-14 17:30"),
    ],
)
def test_a_span_of_days_to_check_something_by(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_span_of_working_days_from_an_event_to_come_is_no_due_time() -> None:
    # Blind set V3: 发放后5个工作日内 counts from the payment, whenever it is made; the
    # holiday named before it is the due time.
    text = "请各街道元旦前发放到位，发放后5个工作日内将发放花名册报社会救助科备案。"
    assert due(text, datetime(2026, 12, 8, 10, 0, tzinfo=TZ)) == "12-31 17:30"
    assert due("完成后3个工作日内报送验收材料") is None
    # ...while one counted from this notice is counted from the message, and working days
    # after a holiday on the calendar, as before (blind set O2).
    assert due("收到通知后3个工作日内报送", BEFORE_MID_AUTUMN) == "09-30 17:30"
    in_the_holiday = datetime(2026, 10, 5, 17, 10, tzinfo=TZ)
    assert due("节后3个工作日内把加班登记表交党政办", in_the_holiday) == "10-10 17:30"


def test_a_holiday_before_which_something_is_handed_out() -> None:
    assert due("请各村元旦前发放到位", CHRISTMAS_DAY) == "12-31 17:30"


def test_a_sign_in_time_named_before_its_clock_time() -> None:
    # Blind set V3: a meeting moved, its sign-in time said after it (签到时间3:10).
    text = "原定今天下午2:30召开的推进会，调整为下午3:30召开，签到时间3:10，地点不变。"
    assert due(text) == "03-09 15:10"
    assert due("明天上午9点开会，签到时间为8:40") == "03-10 08:40"


# Blind sets W3 and X3 (a Monday, 2026-03-09).
@pytest.mark.parametrize(
    ("text", "hour", "expected"),
    [
        # A span from now to a day, in a sentence asking for a check (核查).
        (
            "【教育统计】教育事业统计年报数据核查即日起至3月13日，请各单位对照学籍系统核查在校生数。",
            15,
            "03-13 17:30",
        ),
        # A day something must be done on: 务必今天…
        ("@王磊 务必今天把寒潮排查报告报出去，县委书记批示的件", 9, "03-09 17:30"),
        ("此件请各乡镇务必今天传达到每个村。", 16, "03-09 17:30"),
        # Today's bare hour gone by this morning, wanted this afternoon.
        ("还有两个村进度没报，今天3点县里要，请火速！", 13, "03-09 15:00"),
        # A span counted from the end of the working day.
        ("请两镇中心校今天下班后一小时内把提醒推送到每一位家长", 16, "03-09 18:30"),
        # Before tomorrow morning: when work starts.
        ("@王磊 麻烦安排一下，明早前告诉我人选", 15, "03-10 08:30"),
        ("明天早上前把表交来", 15, "03-10 08:30"),
    ],
)
def test_blind_w3_x3_deadline_phrases(text: str, hour: int, expected: str) -> None:
    assert due_at(text, MONDAY.replace(hour=hour, minute=0)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A time reported, today, is no due time (a typhoon's position at 5:00).
        "台风橙色预警：今天5时中心位于高雄东南方约260公里的洋面上。",
        # 早前 is "earlier", no morning.
        "早前已经通知过了，请大家注意。",
        # A ban for a span is no due time.
        "即日起至3月13日，冰面禁止机动车驶入，请各村核查落实。",
    ],
)
def test_blind_w3_x3_phrases_that_set_no_due_time(text: str) -> None:
    assert due_at(text, MONDAY.replace(hour=16, minute=0)) is None


def test_todays_morning_hour_gone_by_stays_this_mornings() -> None:
    # Only an afternoon's hour (1 to 6) said with today is read as this afternoon's.
    assert due_at("今天8:30前报送台账", MONDAY) is None
    assert due_at("今天3点前报送台账", MONDAY.replace(hour=13)) == "03-09 15:00"


def test_that_day_after_an_event_named_with_its_day_is_the_events_day() -> None:
    # Blind set Z3: 体检当天 is the 9th, the exam's day, not the 8th last named.
    text = (
        "征兵体检定于3月11日（周三）在县人民医院进行，请各乡镇于3月10日（周二）下午6点前将"
        "名单报县征兵办，体检当天早上7:30前带队到县人武部集合。"
    )
    mentions = scan(canonical(text), MONDAY, TZ)
    assert [m.day for m in mentions if m.at is not None and m.at.hour == 7] == [date(2026, 3, 11)]
    assert due(text) == "03-10 18:00"
    # With no event named before with its day, 当天 is still the day last named.
    assert due("请于3月10日报到，当天下午3点前交材料") == "03-10 15:00"


def test_a_span_from_each_cases_start_is_no_due_time() -> None:
    # Blind set Y3: 接单后2小时内 is a rule for each work order, not two hours from now.
    text = (
        "12345转办工单接单后2小时内联系群众，24小时内上门处置；每日办结情况于今天下午4点前报专班。"
    )
    assert due(text) == "03-09 16:00"
    assert due("请各村接到通知后1小时内报送情况") == "03-09 10:00"


def test_a_daily_report_whose_first_round_goes_in_with_tomorrows_is_first_due_tomorrow() -> None:
    # Blind set Y3: 今天的明天一并报, posted at 16:00.
    at_four = MONDAY.replace(hour=16)
    text = "请今天起每天下午5点半前报送工资支付日报，无欠薪也报零。今天的明天一并报。"
    assert due_at(text, at_four) == "03-10 17:30"
    assert (
        due_at("请今天起每天下午5点半前报送工资支付日报，无欠薪也报零。", at_four) == "03-09 17:30"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blind set A4: a removal ordered within days is a span, not the 3rd of the month.
        ("后李村图斑（1.35亩）3日内必须拆除复耕，逾期移交纪委。", "03-12 17:30"),
        ("经核查，该批次产品5日内下架召回。", "03-14 17:30"),
        # Blind set B4: what is to be handed in named before the verb.
        ("请各社区3日内把辖区年货摊点（含春节临时摊位）底数报街道食安办。", "03-12 17:30"),
    ],
)
def test_a_span_of_days_before_the_work_is_by_that_many_days_on(text: str, expected: str) -> None:
    assert due(text) == expected


def test_the_mornings_end_of_work_is_noon() -> None:
    # Blind set A4: 上午下班前 is noon, not the 17:30 of 下班前 alone.
    assert due("请于3月11日（周三）上午下班前将示范点名称报组织科。") == "03-11 12:00"
    assert due("请于3月11日下班前将示范点名称报组织科。") == "03-11 17:30"


def test_a_day_a_count_starts_from_is_no_day_for_the_times_after_it() -> None:
    # Blind set A4: 2025年1月1日以来 is where the count starts; 5点40前 is today's.
    at_four = MONDAY.replace(hour=16, minute=20)
    text = (
        "口径更正：时间为2025年1月1日以来，面积单位改为平方米。已报的请按新口径重报，5点40前不变。"
    )
    assert due_at(text, at_four) == "03-09 17:40"


@pytest.mark.parametrize(
    "text",
    [
        # Blind sets A4 and B4: all of it done by the New Year, asked in the clause before.
        "请各乡镇以此为戒，元旦前全面清理林缘、路边秸秆堆垛。",
        "所里安排：海澄片区我和林所负责，元旦前全部查完，检查表放共享盘。",
    ],
)
def test_all_done_before_the_new_year_is_by_its_last_working_day(text: str) -> None:
    december = datetime(2026, 12, 22, 9, 0, tzinfo=TZ)
    assert due_at(text, december) == "12-31 17:30"


def test_a_chase_of_todays_daily_round_is_due_by_todays_time() -> None:
    # Blind set A4: posted at 17:20, after the 5 o'clock round, about today's.
    late = MONDAY.replace(hour=17, minute=20)
    chase = "提醒：请各管区每天下午5点前报送图斑整改进度，今天第三管区还没报，请田书记抓紧。"
    at = passed_due_that_day(canonical(chase), late, TZ)
    assert at is not None and at.astimezone(TZ).strftime("%m-%d %H:%M") == "03-09 17:00"
    assert due_at("提醒：请各管区每天下午5点前报送图斑整改进度。", late) == "03-10 17:00"


def test_how_long_a_summary_may_run_is_no_due_time() -> None:
    # Blind set D4: the meeting's time, not the message's own time + 3 minutes.
    monday = datetime(2027, 6, 11, 16, 0, tzinfo=TZ)
    text = (
        "【工作提醒】下周一（6月14日）上午8:30召开镇机关周例会，各站所准备本周防汛工作小结，"
        "3分钟以内。"
    )
    assert due(text, monday) == "06-14 08:30"
    assert due("请各村把转移情况小结一下，30分钟内报镇防指。") == "03-09 09:30"


def test_tomorrow_after_an_items_number_is_tomorrow() -> None:
    # Blind set D4: 4.明天12时前 read 12时前 alone, today's noon, gone by the evening.
    evening = datetime(2027, 6, 10, 17, 15, tzinfo=TZ)
    text = (
        "【调度会议要求】1.转移群众继续集中安置；2.每2小时报汛不变；"
        "4.明天12时前报送人员转移安置情况汇总表。"
    )
    assert due(text, evening) == "06-11 12:00"
    assert due("2.今天下午3点前报送", MONDAY) == "03-09 15:00"
    # A figure is still no item's number: 1.25万亩 names no day.
    assert due("全镇已完成1.25万亩，请于今天下午5点前报送", MONDAY) == "03-09 17:00"


def test_a_time_said_to_be_gone_by_is_no_due_time() -> None:
    # Blind set D4: said at 8:05, 8点过了 is this morning's 8, not this evening's.
    morning = datetime(2027, 6, 9, 8, 5, tzinfo=TZ)
    assert due("@刘洋 龙溪镇人员转移数据还没报，8点过了，马上报！", morning) is None
    assert due("晚上8点过后到村部集合", morning) == "06-09 20:00"


def test_the_first_rounds_own_time_is_today() -> None:
    # Blind set D4: 每天8时 gone by at 8:31 puts later bare times on tomorrow's round,
    # but 第一次9:50报 is the first round, this morning.
    morning = datetime(2027, 6, 8, 8, 31, tzinfo=TZ)
    text = (
        "转县水利局：小型水库从今天10时起实行每2小时报汛一次，直至响应解除。山塘每天8时、18时各报"
        "一次。\n各水库管理员提前10分钟报到本群，第一次9:50报"
    )
    assert due(text, morning) == "06-08 09:50"
