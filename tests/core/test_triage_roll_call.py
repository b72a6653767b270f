"""Who of the units a notice asks has reported on it, and who not yet (上周的通知里哪些还没报)."""

from __future__ import annotations

from desk.core.triage.normalize import canonical
from desk.core.triage.roll_call import (
    Ask,
    Level,
    Reply,
    ask_of,
    chase_roll_call,
    chased,
    reads_as_report,
    roll_call,
    unit_of_name,
)

VILLAGES = [
    "竹溪村-庞德顺",
    "杨梅岭村-甘秀兰",
    "洄水湾村-鲁大成",
    "石门坎村-尹红军",
    "上坪村-卜长林",
    "新街社区-柏志强",
    "郝文涛",
]
ZIJIANFANG = canonical(
    "转发：关于开展农村自建房安全隐患“回头看”的通知\n"
    "⚠️请各村（社区）于周五中午12点前将情况表报镇规划建设办（郝文涛），镇里汇总后报区住建局。"
)


def _call(asks: list[tuple[str, Ask]], replies: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    return roll_call(
        asks, {"g9": VILLAGES}, [Reply(name, canonical(text)) for name, text in replies]
    )


def test_a_notice_to_each_village_asks_the_villages_seen_in_its_group() -> None:
    call = _call(
        [("g9", ask_of(ZIJIANFANG))],  # type: ignore[list-item]
        [
            ("竹溪村-庞德顺", "竹溪村：C级2户、D级2户，人员已全部搬离，表格已发郝文涛。"),
            ("石门坎村-尹红军", "石门坎村：C级6户、D级2户，表格已发郝文涛。"),
        ],
    )
    assert call is not None
    assert call.expected == ("竹溪村", "杨梅岭村", "洄水湾村", "石门坎村", "上坪村", "新街社区")
    assert call.reported == ("竹溪村", "石门坎村")
    assert call.missing == ("杨梅岭村", "洄水湾村", "上坪村", "新街社区")


def test_a_bare_receipt_or_a_promise_is_no_report() -> None:
    assert not reads_as_report(canonical("上坪村收到，立即安排"))
    assert not reads_as_report(canonical("收到，杨梅岭在外读书的孩子多，我们尽量这周弄完"))
    assert not reads_as_report(canonical("我们村有两户老人不肯搬，这个怎么弄？"))
    assert reads_as_report(canonical("新街社区无C、D级房，报“零”"))
    assert reads_as_report(canonical("2025年的那张表今天已经发邮箱了"))
    assert reads_as_report(canonical("[图片][图片] 石门坎“三堆”清理，今天清了5处"))


def test_no_roll_call_before_any_unit_has_reported() -> None:
    # Reports may go by e-mail: all six as missing would be a guess.
    ask = ask_of(ZIJIANFANG)
    assert ask is not None
    assert _call([("g9", ask)], [("上坪村-卜长林", "上坪村收到，立即安排")]) is None


def test_the_user_s_own_notice_has_its_roll_call_before_any_unit_has_reported() -> None:
    # From a tester: at zero reports, when chasing everyone matters most, their own notice
    # had no roll call, and DING 未报的 could not be used. They know it was not by e-mail.
    ask = ask_of(ZIJIANFANG)
    assert ask is not None
    call = roll_call([("g9", ask)], {"g9": VILLAGES}, [], yours=True)
    assert call is not None
    assert call.reported == ()
    assert call.missing == ("竹溪村", "杨梅岭村", "洄水湾村", "石门坎村", "上坪村", "新街社区")


def test_no_roll_call_where_too_few_units_are_known() -> None:
    ask = ask_of(ZIJIANFANG)
    assert ask is not None
    call = roll_call(
        [("g9", ask)],
        {"g9": ["竹溪村-庞德顺", "郝文涛"]},
        [Reply("竹溪村-庞德顺", canonical("竹溪村：表格已发郝文涛"))],
    )
    assert call is None


def test_units_named_in_the_notice_are_the_ones_asked() -> None:
    forward = canonical(
        "转区防指通知：请各村逐库逐塘核实巡查责任人在岗情况。\n"
        "有山塘的村（竹溪、杨梅岭、洄水湾）今天下班前把名单报水利站岳明。"
    )
    ask = ask_of(forward)
    assert ask == Ask(Level.VILLAGE, ("竹溪村", "杨梅岭村", "洄水湾村"), "村")
    call = _call([("g9", ask)], [("竹溪村-庞德顺", "竹溪村山塘3座，三个责任人名单已报岳明")])
    assert call is not None
    assert call.missing == ("杨梅岭村", "洄水湾村")


def test_each_village_alone_leaves_out_the_communities() -> None:
    # 村集体经营性收入 is asked of villages: 新街社区 has none to report.
    ask = ask_of(
        canonical("请各村于本周六下班前报送2025年度村集体经营性收入明细，表格已发各村邮箱。")
    )
    assert ask is not None
    call = _call([("g9", ask)], [("洄水湾村-鲁大成", "2025年的那张表今天已经发邮箱了")])
    assert call is not None
    assert "新街社区" not in call.expected
    assert call.reported == ("洄水湾村",)


def test_the_village_level_of_a_forward_counts_over_the_district_s_ask_of_towns() -> None:
    district = ask_of(canonical("各镇（街道）：请于周日下午5点前将情况表报区住建局。"))
    assert district is not None and district.level is Level.TOWN
    call = roll_call(
        [("g1", district), ("g9", ask_of(ZIJIANFANG))],  # type: ignore[list-item]
        {"g1": ["白鹭镇-蓝海涛", "凤鸣乡-温晴", "松岗镇-路明远"], "g9": VILLAGES},
        [Reply("上坪村-卜长林", canonical("上坪村的表刚发，C级4户D级1户"))],
    )
    assert call is not None
    assert "白鹭镇" not in call.expected
    assert call.reported == ("上坪村",)


def test_a_village_named_short_in_a_reply_is_that_village() -> None:
    ask = ask_of(ZIJIANFANG)
    assert ask is not None
    call = _call([("g9", ask)], [("郝文涛", "上坪：表格已发")])
    assert call is not None and call.reported == ("上坪村",)
    # ...not a place in a village, from a firm.
    assert _call([("g9", ask)], [("保洁公司-曾师傅", "[图片] 洄水湾闸口漂浮物已打捞")]) is None


def test_a_notice_asking_only_some_or_nobody_to_report_is_no_roll_call() -> None:
    assert (
        ask_of(canonical("各村（社区）不参会，但请会前把警示牌再检查一遍，缺的报社事办。")) is None
    )
    assert (
        ask_of(canonical("镇里初步考虑杨梅岭村、花溪村二选一，请甘书记明天9点到乡村振兴办碰个头。"))
        is None
    )
    assert (
        ask_of(canonical("【通报】石门坎村巡河次数不足，上坪村1处问题超期未销号，请相关村整改。"))
        is None
    )


def test_a_call_to_report_now_asks_the_villages() -> None:
    ask = ask_of(canonical("各村现在报当前累计转移人数，5分钟内！"))
    assert ask is not None and ask.level is Level.VILLAGE
    # ...but a standing rule to report what may happen asks no one now.
    assert ask_of(canonical("各村发现险情立即报告镇应急办。")) is None


def test_a_unit_in_a_display_name() -> None:
    assert unit_of_name("竹溪村-庞德顺") == "竹溪村"
    assert unit_of_name("白鹭镇·蓝海涛") == "白鹭镇"
    assert unit_of_name("庞德顺（竹溪村）") == "竹溪村"
    assert unit_of_name("郝文涛") is None


def test_a_unit_of_another_kind_or_a_name_read_in_passing_is_no_village_s_report() -> None:
    ask = ask_of(ZIJIANFANG)
    assert ask is not None
    # 城管中队 reports its own work in 桥西社区; 刚接兴隆社区报告 is no unit called 刚接兴隆社区.
    assert _call([("g9", ask)], [("城管中队-华明", "[图片] 新街社区菜场弄堂整治前后对比")]) is None
    call = _call(
        [("g9", ask)],
        [("竹溪村-庞德顺", "竹溪村：表格已发"), ("郭亮", "刚接兴隆社区报告，一户老人已送医")],
    )
    assert call is not None and "刚接兴隆社区" not in call.expected


def test_a_reminder_names_the_units_that_have_not_reported() -> None:
    # From a tester: 郝文涛's 还差上坪村、新街社区没报 stayed a task due in 3.2 h after both
    # had reported, while the notice it chases read 已报齐.
    said = canonical("提醒：自建房“回头看”情况表今天中午12点截止，还差上坪村、新街社区没报。")
    assert chased(said) == ("上坪村", "新街社区")
    assert chased(canonical("竹溪村、石门坎村还没报，抓紧")) == ("竹溪村", "石门坎村")
    assert chased(canonical("未报送的有：杨梅岭村、洄水湾村")) == ("杨梅岭村", "洄水湾村")
    # A unit that reports nothing owed, or a notice asking units, is no chase.
    assert chased(canonical("新街社区无C、D级房，报“零”")) == ()
    assert chased(canonical("请洄水湾村、竹溪村今天下班前报")) == ()
    assert chased(canonical("还有两户老人没搬，上坪村正在做工作")) == ()
    assert chased(canonical("[图片] 人到齐了，就差李大镇长")) == ()
    late = canonical("请尚未报送的乡镇补报，目前桐岭乡、大垌镇未报。")
    assert chased(late) == ("桐岭乡", "大垌镇")


def test_a_chase_is_done_once_the_units_it_names_have_reported() -> None:
    units = ("上坪村", "新街社区")
    said = canonical("上坪村的表刚发，C级4户D级1户，有一户老人搬到儿子家了")
    first = Reply("上坪村-卜长林", said)
    assert chase_roll_call(units, []) is None
    half = chase_roll_call(units, [first])
    assert half is not None and half.missing == ("新街社区",)
    # A 收到 with a promise is no report.
    promised = Reply("新街社区-柏志强", canonical("新街社区收到，马上落实"))
    assert chase_roll_call(units, [first, promised]) == half
    done = chase_roll_call(
        units, [first, Reply("新街社区-柏志强", canonical("新街社区无C、D级房，报“零”"))]
    )
    assert done is not None and done.named and not done.missing


TOWNS = ["白鹭镇-蓝海涛", "清河街道-翟玉", "松岗镇-路明远", "凤鸣乡-温晴", "桐坪镇-方晓宁"]
TO_TOWNS = canonical("各镇（街道）15分钟内报当前累计转移人数和安置点数量！")


def _towns_call(replies: list[Reply], unit: str = "桐坪镇、桐坪"):  # type: ignore[no-untyped-def]
    from desk.core.own_unit import OwnUnit

    asks = [("g2", ask_of(TO_TOWNS))]
    return roll_call(asks, {"g2": TOWNS}, replies, OwnUnit.of(unit))  # type: ignore[list-item]


def test_the_users_own_unit_is_said_apart_and_not_yet_reported() -> None:
    call = _towns_call([Reply("白鹭镇-蓝海涛", canonical("白鹭镇：累计转移32人，安置点3个"))])
    assert call is not None
    assert call.own == "桐坪镇"
    assert not call.own_reported


def test_a_colleague_reporting_for_the_unit_is_its_report() -> None:
    call = _towns_call([Reply("严国栋", canonical("桐坪镇：累计转移89人，集中安置点7个"))])
    assert call is not None and call.own_reported
    assert call.own_by == "严国栋"
    assert "桐坪镇" in call.reported


def test_the_users_own_report_in_the_group_asked_counts_for_the_unit() -> None:
    mine = Reply("方晓宁", canonical("累计转移89人，安置点7个"), yours=True, group="g2")
    call = _towns_call([Reply("白鹭镇-蓝海涛", canonical("白鹭镇：转移32人")), mine])
    assert call is not None and call.own_reported
    assert call.own_by == ""
    # ...not in another group (the user's word to their boss is no report to the district).
    elsewhere = Reply("方晓宁", canonical("累计转移89人，安置点7个"), yours=True, group="g4")
    call = _towns_call([Reply("白鹭镇-蓝海涛", canonical("白鹭镇：转移32人")), elsewhere])
    assert call is not None and not call.own_reported


def test_a_village_of_the_same_name_is_not_the_unit() -> None:
    village = canonical("请各村于周五前报送自建房排查表")
    asks = [("g9", ask_of(village))]
    names = [*VILLAGES, "桐坪村-李四"]
    from desk.core.own_unit import OwnUnit

    replies = [Reply("桐坪村-李四", canonical("桐坪村：C级1户，表格已发"))]
    call = roll_call(asks, {"g9": names}, replies, OwnUnit.of("桐坪镇"))  # type: ignore[list-item]
    assert call is not None
    assert call.own is None
    assert call.reported == ("桐坪村",)


def test_the_township_of_the_same_stem_reporting_is_not_the_towns_report() -> None:
    from desk.core.own_unit import OwnUnit

    names = [*TOWNS, "桐岭镇-方晓宁", "桐岭乡-罗秀英"]
    township = Reply("桐岭乡-罗秀英", canonical("桐岭乡：累计转移41人，安置点2个"))
    asks = [("g2", ask_of(TO_TOWNS))]
    call = roll_call(asks, {"g2": names}, [township], OwnUnit.of("桐岭镇"))  # type: ignore[list-item]
    assert call is not None
    assert call.own == "桐岭镇"
    assert not call.own_reported
    assert "桐岭乡" in call.reported and "桐岭镇" not in call.reported
    # ...while the town's own colleague, writing the stem alone, reports for it.
    town = Reply("严国栋", canonical("桐岭：累计转移89人，集中安置点7个"))
    call = roll_call(asks, {"g2": names}, [township, town], OwnUnit.of("桐岭镇"))  # type: ignore[list-item]
    assert call is not None and call.own_reported and call.own_by == "严国栋"


def test_with_no_unit_nothing_changes() -> None:
    replies = [Reply("严国栋", canonical("桐坪镇：累计转移89人"))]
    call = _towns_call(replies, unit="")
    assert call is not None and call.own is None
    assert call == roll_call([("g2", ask_of(TO_TOWNS))], {"g2": TOWNS}, replies)  # type: ignore[list-item]


def test_a_unit_set_without_its_kind_is_said_apart_as_its_town() -> None:
    # The setting 桐坪 said no kind, so the roll call never said 本镇已报/还没报.
    call = _towns_call([Reply("严国栋", canonical("桐坪镇：累计转移89人，集中安置点7个"))], "桐坪")
    assert call is not None and call.own == "桐坪镇"
    assert call.own_by == "严国栋"
