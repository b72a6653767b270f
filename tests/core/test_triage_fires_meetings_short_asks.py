"""A fire under way reported on every half hour, a report asked within half an hour, a
short meeting called for the leadership, and tasks told to grid workers in their own
words (blind set O3, a Guangxi township in December): phrasings the rules read as
information or as a plain task."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk.core.messages import Message, Role, Tier, Verdict
from desk.core.triage import TriageConfig, TriageEngine

TZ = ZoneInfo("Asia/Shanghai")
# A Friday morning.
T0 = datetime(2026, 12, 4, 9, 0, tzinfo=TZ)


def triage(text: str, role: Role = Role.OWNER, at: datetime = T0) -> Verdict:
    message = Message(
        id="m1",
        group_id="g1",
        group_name="岜马镇工作群",
        sender_id="u1",
        sender_name="韦国华",
        sender_role=role,
        ts=at,
        text=text,
        mentions_me=False,
        ding=False,
    )
    return TriageEngine(TriageConfig(tz=TZ)).process(message)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return T0.replace(hour=hour, minute=minute) + timedelta(days=days)


def test_a_fire_reported_on_every_half_hour_is_urgent() -> None:
    text = "坡豆村火情已接报，县森林消防中队已出动，请岜马镇每半小时报告一次火场情况。"
    assert triage(text).tier is Tier.URGENT
    # ...not the standing rule for any fire, nor a drill's script.
    rule = "森林防火期间，如发生火情，须每半小时报告一次火场情况。"
    assert triage(rule).tier is not Tier.URGENT
    drill = "明天上午森林火灾应急演练，模拟坡豆村火情，指挥部每半小时报告一次火场情况。"
    assert triage(drill).tier is not Tier.URGENT


def test_a_report_asked_within_half_an_hour_is_urgent() -> None:
    text = "请各乡镇半小时内报送今天森林防火卡口值守人数，县里要报市指挥部。"
    verdict = triage(text)
    assert verdict.tier is Tier.URGENT
    assert verdict.deadline == at(9, 30)
    # ...not the same report due this afternoon, a chase of one already late, or the
    # standing rule for reporting a fire.
    assert triage("请各乡镇下午5点前报送森林防火卡口值守人数。").tier is Tier.ACTION
    late = "昨晚那次火情零报告，还有两个村没报，请半小时内补报。"
    assert triage(late).tier is not Tier.URGENT
    rule = "森林防火期间，发现火情须在30分钟内电话报告镇应急办。"
    assert triage(rule).tier is not Tier.URGENT


def test_a_short_meeting_called_for_the_leadership_is_a_task() -> None:
    text = "各位班子成员：今天上午11点半开个短会，碰一下砍运准备，在我办公室，不超过半小时。"
    verdict = triage(text)
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == at(11, 30)
    huddle = triage("明早7:30班子成员先在我办公室碰个头，把推进会要讲的几个问题统一一下。")
    assert huddle.tier is Tier.ACTION
    assert huddle.deadline == at(7, 30, days=1)
    all_of_them = triage("今天下午5点在三楼会议室开个短会，研究元旦安保，班子成员都参加。")
    assert all_of_them.tier is Tier.ACTION
    # ...not one held already.
    held = triage("今天上午11点半班子成员开了个短会，研究了砍运准备。", at=at(14))
    assert held.tier is not Tier.ACTION


def test_grid_workers_told_to_push_a_survey_by_a_time_have_a_task() -> None:
    text = "各网格员：群众安全感问卷，今天下班前每个网格推送不少于50份，后台看得到数据。"
    verdict = triage(text)
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == at(17, 30)


def test_marking_cases_on_the_platform_by_a_time_is_a_task() -> None:
    text = "各位网格员，今天中午前把本网格11月份事件办结情况在平台上点一下“办结”，县里要抽查。"
    verdict = triage(text)
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == at(12)


def test_a_thing_to_get_done_or_made_up_by_a_time_is_a_task() -> None:
    tidy = triage("周一县档案馆来查文书归档，麻烦把收文登记簿补齐，明天上午10点前弄好。")
    assert tidy.tier is Tier.ACTION
    assert tidy.deadline == at(10, days=1)
    rest = triage("其他村蔗区隔离带和重点户情况今晚9点前补上，明天推进会要用。")
    assert rest.tier is Tier.ACTION
    assert rest.deadline == at(21)
