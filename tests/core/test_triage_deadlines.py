"""Deadline extraction: each Chinese phrase resolved against the message time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desk.core.triage.deadlines import extract_deadline, find_deadline
from desk.core.triage.normalize import canonical

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
    ],
)
def test_each_phrase_resolves_against_the_message_time(text: str, expected: str) -> None:
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
    ],
)
def test_things_that_are_not_deadlines(text: str) -> None:
    assert due(text) is None


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
