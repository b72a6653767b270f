"""Replies that answer a notice unquoted: a unit's report on it, a 收到 with more after it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desk.core.messages import Message, Role, Tier
from desk.core.reasons import describe
from desk.core.triage.engine import TriageEngine
from desk.core.triage_config import TriageConfig
from tests.core.test_triage_engine import TZ, msg

RESPONSIBLE = (
    "【区防指】关于落实小型水库和山塘“三个责任人”到岗履职的通知\n各镇（街道）：\n"
    "请各镇（街道）逐库逐塘核实行政责任人、技术责任人、巡查责任人，今天17:30前报区防指。"
)
ON_DUTY = "云岫区防汛抗旱指挥部 关于切实做好主汛期防汛值班值守工作的通知，请各镇周日前报值班表。"


def _engine() -> TriageEngine:
    return TriageEngine(TriageConfig(me_names=("李明",), tz=TZ))


def _answers(notice: str, reply: str, minutes: int = 30) -> str | None:
    engine = _engine()
    assert engine.process(msg(notice, 1, role=Role.OWNER, sender="boss")).tier.asks_action
    return engine.process(msg(reply, 2, minutes, sender="village")).answers


@pytest.mark.parametrize(
    "reply",
    [
        # From a tester: five villages reported on the notice, which said nothing of it.
        "竹溪村山塘3座，三个责任人名单已报岳明，电话都核实过了。",
        "上坪村山塘5座，三个责任人名单已报岳明。",
    ],
)
def test_a_unit_s_report_on_what_the_notice_asked_answers_it(reply: str) -> None:
    assert _answers(RESPONSIBLE, reply, minutes=6 * 60) == "m1"


def test_a_report_answers_the_forward_that_asked_it_in_other_words() -> None:
    # The township's forward in the villages' group asks for 名单 by 岳明; the villages
    # report 三个责任人名单已报岳明, which shares no phrase longer than two characters.
    forward = (
        "转区防指通知：\n近期进入主汛期，请各村逐库逐塘核实行政责任人、技术责任人、巡查责任人"
        "在岗情况。\n有山塘的村（竹溪、杨梅岭、洄水湾、上坪、石门坎）今天下班前把名单报水利站岳明。"
    )
    assert _answers(forward, "竹溪村山塘3座，三个责任人名单已报岳明，电话都核实过了。") == "m1"


def test_a_confirmation_with_more_said_answers_the_notice_before_it() -> None:
    # From a tester: 桐坪镇's confirmation, with its promise, was a card of its own and
    # the notice read as confirmed by one township only.
    assert _answers(ON_DUTY, "桐坪镇收到，值班表周日前报", minutes=9) == "m1"


@pytest.mark.parametrize(
    ("reply", "minutes"),
    [
        # A report on something else the notice does not name.
        ("花溪村垃圾清运已完成。", 60),
        # Nothing said done.
        ("三个责任人是哪三个？", 60),
        # Long after: a report on a notice of last week is another round's.
        ("竹溪村三个责任人名单已报岳明。", 4 * 24 * 60),
        # An order to others, whatever was done before it.
        ("请各村把三个责任人名单已报的情况再核一遍", 60),
        # A confirmation the morning after is no answer to the notice of yesterday.
        ("桐坪镇收到，名单今天报", 8 * 60),
    ],
)
def test_what_is_no_answer_to_the_notice_is_not_linked(reply: str, minutes: int) -> None:
    assert _answers(RESPONSIBLE, reply, minutes) is None


def test_a_pure_ack_is_an_ack_not_an_answer() -> None:
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="boss"))
    verdict = engine.process(msg("收到", 2, 5, sender="village"))
    assert verdict.ack_of == "m1" and verdict.answers is None


def test_the_sender_s_own_follow_up_answers_nothing() -> None:
    engine = _engine()
    engine.process(msg(RESPONSIBLE, 1, role=Role.OWNER, sender="boss"))
    follow_up = msg("三个责任人名单已报的村请在群里说一声", 2, 60, sender="boss")
    assert engine.process(follow_up).answers is None


def test_only_a_notice_that_asks_something_is_answered() -> None:
    engine = _engine()
    told = engine.process(msg("三个责任人制度执行情况通报：总体较好。", 1, sender="boss"))
    assert told.tier is Tier.INFO
    assert engine.process(msg("竹溪村三个责任人名单已报岳明。", 2, 30, sender="v")).answers is None


def test_a_unit_s_progress_report_is_not_taken_for_a_notice() -> None:
    # It names a due time (本周内), but asks nothing of the group.
    engine = _engine()
    engine.process(msg("青山村出租房排查进度60%，剩余12户本周内完成。", 1, sender="qs"))
    report = msg("东岭村出租房排查已完成，共排查出租房27户。", 2, 30, sender="dl")
    assert engine.process(report).answers is None


def test_a_restarted_engine_links_answers_to_a_notice_it_recalls() -> None:
    engine = _engine()
    notice = msg(RESPONSIBLE, 1, role=Role.OWNER, sender="boss")
    engine.recall(notice, Tier.ACTION, None, False)
    later = msg("竹溪村三个责任人名单已报岳明。", 2, 90, sender="v")
    assert engine.process(later).answers == "m1"


def test_an_answer_says_which_notice_it_replies_to_instead_of_calling_itself_a_notice() -> None:
    # Five village reports read "notice" under the notice they answered (a tester).
    engine = _engine()
    engine.process(msg(RESPONSIBLE, 1, role=Role.OWNER, sender="boss"))
    verdict = engine.process(msg("竹溪村山塘3座，三个责任人名单已报岳明。", 2, 60, sender="v"))
    said = [describe(r) for r in verdict.reasons]
    assert said == ["reply to: 【区防指】关于落实小型水库和山塘“三个责任人”…"]


def test_an_answer_to_a_forward_names_it_by_more_than_its_header_line() -> None:
    engine = _engine()
    forward = "转区防指通知：\n近期进入主汛期，请各村核实三个责任人在岗情况，今天下班前报岳明。"
    engine.process(msg(forward, 1, sender="b"))
    verdict = engine.process(msg("竹溪村山塘3座，三个责任人名单已报岳明。", 2, 60, sender="v"))
    said = [describe(r) for r in verdict.reasons]
    assert said == ["reply to: 转区防指通知： 近期进入主汛期，请各村核实三个…"]


def test_a_confirmation_with_more_said_answers_the_notice_it_speaks_of() -> None:
    # From review: a second notice came between, and the reply went to it.
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="boss"))
    burning = "请各村本周五前报送秸秆禁烧巡查台账。"
    engine.process(msg(burning, 2, 5, role=Role.OWNER, sender="boss2"))
    reply = engine.process(msg("桐坪镇收到，值班表周日前报", 3, 9, sender="town"))
    assert reply.answers == "m1"


def test_an_order_passed_on_after_a_confirmation_is_a_notice_of_its_own() -> None:
    # From review: the township's relay read as its answer to the county, and the
    # villages' 收到 under the relay went to the county's notice.
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="county"))
    relay = engine.process(msg("收到，请各村今天18:00前上报值班表", 2, 5, sender="town"))
    assert relay.answers is None
    assert engine.process(msg("收到", 3, 8, sender="village")).ack_of == "m2"


@pytest.mark.parametrize(
    ("text", "ding"),
    [
        ("收到，中午食堂几点开饭？", False),
        ("收到，全体人员马上到三楼会议室开会", True),
    ],
)
def test_a_question_of_something_else_or_a_ding_answers_nothing(text: str, ding: bool) -> None:
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="boss"))
    assert engine.process(msg(text, 2, 5, sender="v", ding=ding)).answers is None


def test_after_a_restart_a_confirmation_after_an_answer_still_confirms_the_notice() -> None:
    # From review: recall made the answer the last message a 收到 confirms.
    engine = _engine()
    notice = msg(ON_DUTY, 1, role=Role.OWNER, sender="boss")
    answer = msg("桐坪镇收到，值班表周日前报", 2, 9, sender="town")
    engine.recall(notice, Tier.ACTION, None, False)
    engine.recall(answer, Tier.INFO, None, False, answered=True)
    assert engine.process(msg("收到", 3, 12, sender="village")).ack_of == "m1"


def test_after_a_restart_a_notice_with_a_due_time_is_answered_whatever_its_stored_tier() -> None:
    # The user's own notices are stored as information; they still ask something.
    engine = _engine()
    engine.recall(msg(RESPONSIBLE, 1, sender="me"), Tier.INFO, None, False, due=msg("", 1).ts)
    later = msg("竹溪村三个责任人名单已报岳明。", 2, 90, sender="v")
    assert engine.process(later).answers == "m1"


def test_an_answer_edited_into_something_else_is_no_answer() -> None:
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="boss"))
    assert engine.process(msg("桐坪镇收到，值班表周日前报", 2, 9, sender="t")).answers == "m1"
    assert engine.reassess(msg("发错群了，大家周末愉快", 2, 9, sender="t")).answers == ""
    assert engine.reassess(msg("桐坪镇收到，值班表周六前报", 2, 9, sender="t")).answers is None


@pytest.mark.parametrize(
    ("notice", "report"),
    [
        # From a tester: eight villages' counts, none linked (no 已, one phrase short).
        ("各村现在报当前累计转移人数，5分钟内！", "竹溪村累计转移11人，安置点1个"),
        (
            "区防指今天9时启动全区防汛Ⅳ级应急响应！\n各村书记立即到岗，9:30前报值班人员和转移人数。",
            "桐坪社区：值班人员6人在岗，辖区无需转移人员。",
        ),
        ("请各村晚上10点前报雨情，隐患点监测员立即上岗。", "[图片] 花溪村隐患点监测员已上岗"),
    ],
)
def test_a_unit_s_report_opened_by_its_name_answers_the_notice_it_speaks_of(
    notice: str, report: str
) -> None:
    assert _answers(notice, report, minutes=10) == "m1"


def test_a_confirmation_with_words_of_its_own_answers_what_a_plain_one_would_confirm() -> None:
    # From a tester: it went to the last notice asking for work (上半年工作总结), not to
    # the inspection just announced, which asks nothing by a time.
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="county"))
    visit = "区委书记今晚到北部山区检查防汛工作，请桐坪镇主要负责同志在岗，具体时间另行通知。"
    engine.process(msg(visit, 2, 60, role=Role.ADMIN, sender="office"))
    reply = engine.process(msg("桐坪镇收到，我和谭书记都在镇里", 3, 62, sender="town"))
    assert reply.answers == "m2"


def test_something_done_told_with_an_order_is_no_answer() -> None:
    engine = _engine()
    engine.process(msg("请各村于下周四下班前报送今年村集体经营性收入预估", 1, sender="b"))
    order = (
        "经镇党政班子研究，推荐杨梅岭村申报示范村，已报区里。请甘书记牵头，周五前报村集体经营性收入"
    )
    assert engine.process(msg(order, 2, 60, sender="town")).answers is None


@pytest.mark.parametrize(
    ("between", "by"),
    [
        # From a tester: twelve 收到 sat on the schedule file the notice's sender posted.
        ("[文件] 劝导排班表.xlsx", "boss"),
        # ...and on the answer to a village's question, or on chit-chat.
        ("台账用哪个表？", "v1"),
        ("哈哈哈", "v2"),
    ],
)
def test_a_plain_confirmation_confirms_the_notice_not_what_followed_it(
    between: str, by: str
) -> None:
    engine = _engine()
    engine.process(msg(ON_DUTY, 1, role=Role.OWNER, sender="boss"))
    engine.process(msg(between, 2, 2, sender=by))
    if between.endswith("？"):
        engine.process(msg("用上周发的表", 3, 4, sender="boss"))
    assert engine.process(msg("收到", 4, 6, sender="v3")).ack_of == "m1"


# A tester: "@方晓宁 谭书记让你马上把各村转移人数汇总一下" read 已逾期 16 分钟 at the top of
# Urgent after the user had sent the figures, and the day's file was still due on Monday.
SUM_UP = "@李明 谭书记让你马上把各村转移人数汇总一下，半小时内发我，区防指要。"


def _yours(task: str, reply: str, minutes: int = 30, **task_args: object) -> str | None:
    engine = _engine()
    asked = msg(task, 1, role=Role.OWNER, sender="boss", **task_args)  # type: ignore[arg-type]
    assert engine.process(asked).tier.asks_action
    mine = replace(msg(reply, 2, minutes, sender="me"), from_me=True)
    return engine.process(mine).answers


@pytest.mark.parametrize(
    "reply",
    [
        "钟主任，汇总好了：全镇累计转移89人，安置点7个，已发您和覃主任。",
        "[文件] 桐坪镇转移人数汇总.xlsx",
        "报了，区委办霍思琪已回复收到",
        "问题清单已汇总，共17项，已整改9项",
    ],
)
def test_the_user_s_word_that_a_task_asked_of_them_is_done_answers_it(reply: str) -> None:
    assert _yours(SUM_UP, reply, mention=True) == "m1"


@pytest.mark.parametrize("reply", ["好的，马上", "好的，8点半前发您", "收到", "汇总好了吗？"])
def test_a_promise_or_a_question_answers_no_task(reply: str) -> None:
    assert _yours(SUM_UP, reply, mention=True) is None


def test_a_task_said_to_you_without_an_at_is_answered_too() -> None:
    assert _yours("改了几处，已发你微信，明早8点报区委办", "报了") == "m1"


def test_a_day_later_or_from_someone_else_answers_no_task_of_yours() -> None:
    assert _yours(SUM_UP, "[文件] 汇总.xlsx", minutes=25 * 60, mention=True) is None
    engine = _engine()
    engine.process(msg(SUM_UP, 1, role=Role.OWNER, sender="boss", mention=True))
    # Someone else's file is theirs, not the user's answer.
    assert engine.process(msg("[文件] 汇总.xlsx", 2, 30, sender="other")).answers is None


def test_a_task_to_the_group_is_not_one_asked_of_you() -> None:
    assert _yours("请各村今天下班前报转移人数", "[文件] 汇总.xlsx") is None


def test_a_notice_that_lists_what_to_check_is_confirmed_by_its_acks() -> None:
    # From a tester: 是否 in each item of what to check made the notice a question, and
    # the sixteen 收到 under it confirmed nothing.
    notice = (
        "请各镇对C级、D级房屋逐户开展“回头看”，重点核查：一是居住人员是否全部搬离；"
        "二是警示标识和围挡是否设置到位；三是加固或拆除整改是否按期完成。请于周五下午5点前报区住建局。"
    )
    engine = _engine()
    verdict = engine.process(msg(notice, 1, role=Role.OWNER, sender="boss"))
    assert "question" not in {r.code for r in verdict.reasons}
    assert engine.process(msg("白鹭镇收到", 2, 3, sender="town")).ack_of == "m1"


def test_a_report_after_three_days_answers_a_notice_due_that_day() -> None:
    # From a tester: the villages reported on Saturday on a notice of Wednesday due
    # Saturday noon; the three days' window had closed that morning.
    notice = (
        "转发：请各村对C级、D级房屋开展回头看，人员是否搬离、警示标识是否到位，"
        "周六中午12点前报镇规划建设办。"
    )
    report = "竹溪村：C级2户、D级2户，人员已全部搬离，警示标识已设置，表格已发郝文涛。"
    assert _answers(notice, report, minutes=(3 * 24 + 4) * 60) == "m1"
    assert _answers(notice, report, minutes=7 * 24 * 60) is None


def test_a_unit_s_check_in_is_no_reply_to_a_notice_that_only_names_it() -> None:
    # From a tester: the check-in a DING asked for elsewhere was listed under the warning
    # that named the village.
    warning = "【紧急】洄水湾河段水位已超警戒线10公分，沿河另外5户请洄水湾村立即转移，一户不落！"
    assert _answers(warning, "[图片] 洄水湾村已到岗", minutes=11) is None
    assert _answers(warning, "洄水湾村沿河5户已全部转移，共14人。", minutes=40) == "m1"


def test_a_word_urging_a_notice_on_leaves_its_acks_to_the_notice() -> None:
    # From a tester: 桐坪镇收到，马上部署 counted on the follow-up, and the 紧急通知 showed
    # no confirmation from 桐坪镇.
    engine = _engine()
    notice = "【紧急通知】省督查组将于下周随机抽查，请各镇（街道）下周一前完成一轮自查整改。"
    engine.process(msg(notice, 1, role=Role.OWNER, sender="boss"))
    engine.process(msg("请各镇街务必重视，上一次抽查我区被通报了两个点。", 2, 3, sender="other"))
    assert engine.process(msg("桐坪镇收到，马上部署", 3, 6, sender="town")).ack_of == "m1"
    assert engine.process(msg("收到", 4, 7, sender="town2")).ack_of == "m1"


# From a tester: the boss chased the night's task the next morning (…报区委办了吗？) and the
# user's 报了 answered the chase only; the task itself still read 已逾期.
REVISED = "改了几处，已发你微信，明早8点报区委办"
CHASE = "@李明 防汛专报报区委办了吗？"


def _chased(chase: str, reply: str) -> tuple[str | None, tuple[str, ...]]:
    engine = _engine()
    engine.process(msg(REVISED, 1, sender="boss"))
    engine.process(msg("钟主任，明天值班表要不要因为防汛加人？", 2, 15, sender="other"))
    engine.process(msg(chase, 3, 10 * 60, sender="boss", mention=True))
    mine = replace(msg(reply, 4, 10 * 60 + 1, sender="me"), from_me=True)
    verdict = engine.process(mine)
    return verdict.answers, verdict.answers_too


@pytest.mark.parametrize(
    "chase",
    ["@李明 防汛专报报区委办了吗？", "@李明 专报报区委办没有？", "@李明 报区委办的专报怎么样了"],
)
def test_the_answer_to_a_chase_answers_the_task_it_chases(chase: str) -> None:
    assert _chased(chase, "报了，区委办霍思琪已回复收到") == ("m3", ("m1",))


def test_a_reply_in_the_task_s_own_words_answers_the_chase_too() -> None:
    assert _chased("@李明 防汛专报报区委办了吗？", "明早8点前已报区委办") == ("m1", ("m3",))


def test_a_question_on_something_else_chases_no_task() -> None:
    # 了吗 about another matter: its answer is no word on the night's task.
    assert _chased("@李明 值班表排好了吗？", "排好了，已发您") == ("m3", ())


INCOME_2025 = (
    "请各村于本周六下班前报送2025年度村集体经营性收入明细（按审计口径），表格已发各村邮箱。"
)
INCOME_HALF = (
    "请各村于下周四下班前报送今年1—6月村集体经营性收入预估，区里要做上半年分析。"
    "注意：和周六要交的2025年度审计口径表不是一张表，别搞混了。"
)


def _from_unit(text: str, n: int, minutes: int, name: str) -> Message:
    return replace(msg(text, n, minutes, sender=f"u{n}"), sender_name=name)


def test_a_village_s_report_in_few_words_answers_the_notice_due_first_that_it_names() -> None:
    # From a tester: 洄水湾's word on the 2025 table was a card of its own, and the 2025
    # notice read as answered by nobody; the notice after it names 2025 too.
    engine = _engine()
    engine.process(msg(INCOME_2025, 1, role=Role.ADMIN, sender="boss"))
    engine.process(msg(INCOME_HALF, 2, 60 * 24, role=Role.ADMIN, sender="boss"))
    reply = _from_unit("2025年的那张表今天已经发邮箱了", 3, 60 * 24 + 10, "洄水湾村-鲁大成")
    assert engine.process(reply).answers == "m1"


def test_a_village_s_short_report_answers_the_notice_asking_villages_to_report() -> None:
    notice = (
        "转发：关于开展农村自建房安全隐患“回头看”的通知\n请对前期排查认定的C级、D级房屋逐户开展"
        "“回头看”。请各村（社区）于周五中午12点前将情况表报镇规划建设办（郝文涛）。"
    )
    engine = _engine()
    engine.process(msg(notice, 1, role=Role.ADMIN, sender="boss"))
    reply = _from_unit(
        "上坪村的表刚发，C级4户D级1户，有一户老人搬到儿子家了", 2, 600, "上坪村-卜长林"
    )
    assert engine.process(reply).answers == "m1"


def test_a_unit_s_report_sharing_only_its_own_name_s_words_answers_nothing() -> None:
    # 竹溪村卫生室 shares 卫生 with 镇卫生院, and 电话 is one word: no answer to the HPV notice
    # (the demo linked the 体检 report to it).
    notice = (
        "关于HPV疫苗接种摸底登记的通知 各村（社区）、镇卫生院：请逐人登记，"
        "下周三上午10点前报镇社事办，可电话联系。"
    )
    engine = _engine()
    engine.process(msg(notice, 1, role=Role.ADMIN, sender="boss"))
    reply = _from_unit(
        "竹溪村卫生室：已电话通知到63位老人，明天统计好", 2, 60, "竹溪村卫生室-车医生"
    )
    assert engine.process(reply).answers is None


def test_the_county_s_own_tally_is_no_town_s_report_on_the_notice_asking_towns() -> None:
    # From the labelled sets: 县应急管理局's 截至8时，全县累计转移… read as a town's report.
    engine = _engine()
    engine.process(msg("请各镇于晚上10点前报送第二批人员转移数据（累计户数、人数）。", 1))
    tally = _from_unit(
        "截至8时，全县累计转移群众1562人，倒塌房屋3间，无人员伤亡报告。",
        2,
        600,
        "县应急管理局-张国栋",
    )
    assert engine.process(tally).answers is None


def test_a_chase_is_still_linked_to_its_task_after_a_restart() -> None:
    # A reviewer's: recall noted only tasks with an @, and the task said to 你 was lost.
    engine = _engine()
    task, chase = (
        msg(REVISED, 1, sender="boss"),
        msg(CHASE, 2, 10 * 60, sender="boss", mention=True),
    )
    engine.recall(task, Tier.ACTION, None, False)
    engine.recall(chase, Tier.ACTION, None, False)
    mine = replace(msg("报了，区委办霍思琪已回复收到", 3, 10 * 60 + 1, sender="me"), from_me=True)
    verdict = engine.process(mine)
    assert (verdict.answers, verdict.answers_too) == ("m2", ("m1",))


def test_a_question_that_asks_something_of_its_own_chases_nothing() -> None:
    # A reviewer's: 看了吗 sharing 安全生产 with the morning's task, and a task of its own.
    engine = _engine()
    engine.process(msg("@李明 明天上午把安全生产台账报镇里", 1, sender="boss", mention=True))
    engine.process(
        msg(
            "@李明 县里安全生产检查的通知看了吗？下午3点前把迎检名单报镇里",
            2,
            30,
            sender="boss",
            mention=True,
        )
    )
    mine = replace(msg("台账已经报了", 3, 60, sender="me"), from_me=True)
    assert engine.process(mine).answers_too == ()


EVACUATED = "【紧急】请各村（社区）于今晚22:30前报送危险区域群众转移情况，无转移的报零。"


@pytest.mark.parametrize(
    "reply",
    [
        # From a tester: 洄水湾's figures, in one word of the notice's (转移), were no report.
        "洄水湾村：新转移5户17人，全部在村委会",
        "竹溪村已全部转移到村小学",
    ],
)
def test_a_unit_s_figures_on_the_one_notice_asking_it_in_one_word_of_it_answer_it(
    reply: str,
) -> None:
    engine = _engine()
    engine.process(msg(EVACUATED, 1, role=Role.ADMIN, sender="boss"))
    assert engine.process(_from_unit(reply, 2, 6, "洄水湾村-鲁大成")).answers == "m1"


def test_a_unit_s_report_in_one_word_of_two_notices_answers_neither() -> None:
    # Which of two open notices asking the villages it reports on, one word cannot say.
    engine = _engine()
    engine.process(msg(EVACUATED, 1, role=Role.ADMIN, sender="boss"))
    engine.process(msg("请各村于明天中午前报送安置点转移群众名单。", 2, 5, sender="boss"))
    reply = _from_unit("洄水湾村：新转移5户17人", 3, 6, "洄水湾村-鲁大成")
    assert engine.process(reply).answers is None


TEMPLATE = "@李明 区防指的续报模板发我一下"
# The words of a DING a tester sent in the group, which say something is done.
DING_DONE = "紧急：续报模板已发群里，各村书记立即到岗，收到回复"


def test_a_ding_the_user_sends_answers_no_task_by_its_words() -> None:
    # A tester's task card read 已回复 after they sent that DING in its group: a DING
    # is an order to others, not the user's answer (one quoting the task is: see ingest).
    engine = _engine()
    engine.process(msg(TEMPLATE, 1, role=Role.OWNER, sender="boss", mention=True))
    mine = replace(msg(DING_DONE, 2, 2, sender="me"), from_me=True, sent_ding=True)
    verdict = engine.process(mine)
    assert (verdict.answers, verdict.answers_too, verdict.ack) == (None, (), False)
    # The same words as a message of theirs answer it.
    engine = _engine()
    engine.process(msg(TEMPLATE, 1, role=Role.OWNER, sender="boss", mention=True))
    assert engine.process(replace(mine, sent_ding=False)).answers == "m1"
    # Nor is a DING of theirs worded as a 收到 an ack of what came before it.
    engine = _engine()
    engine.process(msg(TEMPLATE, 1, role=Role.OWNER, sender="boss", mention=True))
    ding = replace(msg("收到，请各村马上落实", 2, 2, sender="me"), from_me=True, sent_ding=True)
    verdict = engine.process(ding)
    assert (verdict.ack, verdict.ack_of, verdict.answers) == (False, None, None)
