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


def test_a_meeting_said_by_its_hour_room_and_who_attends_is_a_task() -> None:
    # Blind set S3: no word for the meeting, only when, where and who attends.
    text = (
        "县长上午要来局里调度寒潮应对，10点在三楼指挥中心，班子成员和各股室负责人参加，"
        "提前把各自分管领域情况准备一下。"
    )
    verdict = triage(text)
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == at(10)
    party = "主题党日通知：12月7日（周一）下午4点在五楼会议室开展主题党日活动，全体党员参加。"
    assert triage(party).deadline == at(16, days=3)
    # ...not what the leader does there, with no one asked to attend.
    assert triage("县长上午10点在三楼指挥中心听取寒潮应对汇报。").tier is Tier.INFO


def test_records_filed_away_by_month_end_told_with_ba_are_a_task() -> None:
    # Blind set S3: the things listed at length between 把 and the due time.
    text = (
        "年底了，各股室把全年安全生产工作台账、会议记录、检查记录月底前全部整理归档，"
        "明年1月市里考核要抽查。"
    )
    verdict = triage(text)
    assert verdict.tier is Tier.ACTION
    assert verdict.deadline == datetime(2026, 12, 31, 17, 30, tzinfo=TZ)


def test_who_is_at_their_post_answering_a_roll_call_is_a_check_in() -> None:
    # Blind set S3: the towns answer 主要领导到岗 one by one.
    for text in ("白沙镇书记、镇长已到岗", "枫岭镇主要领导已到岗在岗指挥", "双河乡已到岗"):
        assert triage(text, role=Role.MEMBER).tier is Tier.NOISE, text
    # ...not an order to be there.
    assert triage("各乡镇主要领导明早8点前到岗", role=Role.MEMBER).tier is not Tier.NOISE


def test_a_roll_call_of_those_on_duty_within_the_half_hour_is_urgent() -> None:
    # Blind set S3: said at 20:40 for 21:00.
    text = "今晚9点对各乡镇值班情况进行视频点名，请值班领导准时在线，不得缺席！"
    verdict = triage(text, at=at(20, 40))
    assert verdict.tier is Tier.URGENT
    assert verdict.deadline == at(21)
    # ...not the same said in the afternoon, nor those late named in a bulletin.
    assert triage(text, at=at(15)).tier is Tier.ACTION
    late = "请各乡镇9点半前报送值班表，未报的值班点名通报。"
    assert triage(late, at=at(9, 10)).tier is not Tier.URGENT


def test_a_report_asked_again_on_new_terms_within_the_hour_is_urgent() -> None:
    # Blind set A4: the county changed what it counts; the first answer is void.
    text = "注意：县局口径改了，面积单位用平方米。李娜按新口径重算，9点40前报我。"
    assert triage(text).tier is Tier.URGENT
    # ...not the same redo due this afternoon, nor a changed roster sent again.
    later = "注意：县局口径改了，面积单位用平方米。李娜按新口径重算，下午5点前报我。"
    assert triage(later).tier is Tier.ACTION
    roster = "从今晚起夜间巡查时间延长至23点，各组长9点半前把调整后的排班表重新报给我。"
    assert triage(roster).tier is not Tier.URGENT
