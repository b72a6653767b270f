"""Ack and flattery recognition: pure replies only, never a question or real content."""

from __future__ import annotations

import pytest

from desk.core.triage.acks import AckKind, ack_kind, ack_says_more


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "收到！",
        "收到。",
        "已阅",
        "已阅，收到",
        "好的",
        "明白",
        "OK",
        "1",
        "收到，马上安排",
        "收到，马上落实",
        "收到，立即落实",
        "收到，5分钟到",
        "马上报",
        "好的，马上",
        "在路上了，回去就报",
        "在路上，五分钟到",
        # Blind set S3: bringing what was chased; done as asked.
        "在路上了，马上送到",
        "已改",
        "收到，我马上过去",
        "[抱拳]",
        "[强]",
        "👍👍",
        "收到，马上去",
        "ＯＫ",
        "收到!!",
        "收到马上出发",
        "收到马上弄",
        # Got it, as the south-west and Shanghai say it.
        "晓得了",
        "要得要得",
        "要得，我在挨家挨户敲门",
        "好嘞，下半夜我去",
        "晓得了，礼拜六上半天交",
        # 收到 and 马上 as the input method gives them by a slip.
        "受到",
        "收倒！",
        "受到，马上落实",
    ],
)
def test_acknowledgements(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "🌹🌹",
        "[玫瑰][玫瑰]",
        "领导辛苦了🌹",
        "辛苦了",
        "领导辛苦！",
        "收到，领导辛苦！",
        "谢谢朱主席🌹",
        "谢谢书记红包[抱拳]",
        "坚决拥护！为市里点赞🌹",
        "青石镇厉害👍",
        "领导们辛苦了🙏",
        "感谢领导关心支持🌹",
        "🎉👍为景区和民宿协会点赞！",
        "书记威武，跟着书记干劲十足！",
        "周镇长节前会议讲得非常透彻，我们一定抓好落实！",
        "👍文苑社区做得好",
        "柳巷街道火情处置得力，点赞👍",
        "东兴街道清雪速度杠杠的👍",
        "谢谢红包！恭喜王磊🎉",
        "乡长部署到位，坚决落实💪",
        "领导指挥有方🌹🌹",
        "谢谢吴主任体谅🌹",
        "谢谢周局🌹",
        "周局辛苦了",
        "处置及时👍",
        "王局部署周密，我们坚决落实！",
        "太厉害了👏👏",
        "刘主任辛苦了🌹 各位同仁辛苦了",
        "辛苦了！安全第一",
        "乡长大气👍",
        "👍👍为民办实事",
        "向老党员致敬🌹",
        "陈书记的党课讲得太好了，深受教育！🌹🌹",
        "郭主任亲自在一线指挥，领导们辛苦了！👍",
        "虚惊一场，辛苦了🌹",
        "辛苦了！处置得好👍",
        "谢谢晓燕🌹",
        "写得太好了，致敬每一位基层人🌹",
    ],
)
def test_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


def test_praise_of_how_the_leaders_lead_is_flattery() -> None:
    text = "在王主任、高书记带领下，咱们街道的工作越来越出彩👍👍"
    assert ack_kind(text) is AckKind.FLATTERY


def test_praise_of_a_lead_with_news_in_it_is_no_ack() -> None:
    assert ack_kind("在高书记带领下，我们社区12户暖气已全部修好") is None


def test_a_receipt_chain_of_acks_is_an_ack() -> None:
    chain = "#接龙\n督查准备收到请接龙\n1. 新华社区 高志刚 收到\n2. 石桥村 罗春生 收到"
    assert ack_kind(chain) is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "收到。请问台账是只报林区的，还是坟山祭祀点也要单独列？",  # a question
        "收到，河口社区出租房多，能不能宽限到下周一？",
        "[动画表情]",
        "[捂脸]",
        "[偷笑]",  # stickers that do not approve anything
        "哈哈哈哈",
        "已投",
        "已投，写得真好👍",
        "+1 要一杯少糖",
        "早上好！新的一周，大家加油💪[太阳]",
        "#接龙\n3月20日第二批义务植树报名\n1. 宋佳",  # a sign-up, not an ack
        "柳湾村重点防火区域台账已报镇应急办，共3处。",
        "",
        "请大家转发点赞",
        "大家为我镇参赛视频投票点赞",
        "部署到位，马上转移！",
        "安排到位，注意安全",
        "👍恭喜！今晚值班",
        "晓得了，马上弄。搿个是昨天夜里有人偷偷摆的，阿拉老早就讲要装探头了",
        "不晓得",
        "要得急，今晚就要",
        # A receipt, then a report from the field.
        "要得，三组那边路断了车进不去",
        "晓得了，水已经到膝盖了",
        "要得，二组还有三户人家没联系上",
        "受到台风影响，今晚停课",
        "收倒了吗",
        "已改为下午3点开会",
        "马上送温暖到各村困难户家中",
    ],
)
def test_not_acks(text: str) -> None:
    assert ack_kind(text) is None


def test_traditional_characters_are_recognised() -> None:
    assert ack_kind("收到，馬上落實") is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "收到请放心",
        "收到，请领导放心！",
        "已收到马上办",
        "收到，准时参加",
        "收到，已转发各村",
        "好的收到",
    ],
)
def test_reassurance_and_promises_that_come_with_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


def test_a_seasons_greeting_rides_along_with_thanks() -> None:
    assert ack_kind("谢谢林主席，新年快乐🌹") is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["新年快乐🎉🎉", "大家新年快乐", "同乐同乐！", "放心吧，我们村没问题的"]
)
def test_a_greeting_or_a_statement_alone_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "已收到，会按时报送",
        "收到，按时报送",
        "收到，按要求落实",
        "收到马上转移",
        "收到，我和国土所马上过去",
        "收到，一定做好",
        "已收到，马上组织排查",
        "收到，马上通知各村",
        "收到，东岭村马上落实",
        "已收悉，即刻跟进",
        "已转发网格群",
    ],
)
def test_promises_of_manner_will_or_speed_with_a_subject_or_an_addressee(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text", ["收到，谢谢提醒", "谢谢领导的红包", "领导新春快乐🌹", "好嘅，唔该"]
)
def test_thanks_for_something_and_a_greeting_with_a_rose_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["请按时报送", "新春快乐🎉", "已安排专人值守", "谢谢，还缺", "致敬所有人今晚加班"]
)
def test_an_order_a_greeting_or_a_status_without_a_receipt_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text", ["多谢王哥！", "谢谢李姐[玫瑰]", "多谢老细！新春快乐", "新年快乐书记！🌹"]
)
def test_thanks_or_greetings_to_a_familiar_address_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text",
    ["马上交", "收到，我也马上去", "收到，已派人去现场", "好的，已下载附件", "收到，假期也不放松"],
)
def test_a_receipt_with_done_or_a_pledge_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text", ["已派人去现场，请领导到场指挥", "发我", "已下载，表格打不开怎么办"]
)
def test_a_done_report_with_content_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text", ["收到，已在岗", "收到，我也过去", "收到，正在逐户打电话", "不好意思，明天一早就报"]
)
def test_a_receipt_with_a_status_or_an_apology_with_a_promise_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["明天报", "上午交", "好的，今晚发", "明早就报"])
def test_when_it_will_be_done_without_jiu_is_an_ack(text: str) -> None:
    # Blind sets V2 and V3: the reply to a chase says when, 就 left out.
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["明天报名截止", "下午到县里开会，材料带齐"])
def test_a_time_and_a_task_with_more_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize("text", ["不好意思，发错群了", "抱歉，表格发错了"])
def test_an_apology_with_content_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "收到，已联系清波中学和派出所",
        "收到，下午开始排查广告牌",
        "收到，两台移动泵车已到位",
        "收到，已安排专人值守",
        "收到，我和村主任马上过去看看",
        "收到，元旦加班弄",
        "东澳镇马上报",
        "好的，今天就入户",
        # An emoji for the break (收到👌马上上山).
        "收到👌马上上山",
        "好的👍这就去卡点",
    ],
)
def test_a_receipt_with_a_few_words_of_what_is_being_done_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "收到，但我们村的检查表打不开",
        "收到，河口社区出租房多，能宽限到下周一吗",
        "收到，我村无此类情况",
        "收到👌但是表格打不开",
        "收到，排查发现两处隐患，已上报",
        "收到，石桥村已转移群众12户37人，安置在村小学，情况稳定",  # a report, not a word on it
    ],
)
def test_a_receipt_that_objects_or_reports_at_length_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "桐坪镇收到",
        "洄水湾卫生室已收到",
        "花溪村收到，立即安排",
        "清河街道收到",
        # A village or team named bare (from a tester: 上坪收到 had become a card).
        "上坪收到",
        "石门坎已收到！",
        "二组收到",
        # Names with the characters a call for receipts uses too (from review).
        "王家湾收到",
        "大坪收到",
        "何家坪收到",
        "回龙收到",
        "光明收到",
    ],
)
def test_a_unit_named_before_its_receipt_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "花溪村还没收到通知",
        "花溪村收到了吗",
        "还没收到",
        "你们收到",
        "起火了，收到",
        # A call for receipts, a question or a scolding is no one's receipt (from review).
        "请回复收到",
        "都回个收到！",
        "务必收到",
        "请大家收到",
        "何时收到",
        "多久收到",
        "别光收到",
        "所有人收到！",
        "全体收到",
        "村干部收到",
        "啥时候收到",
        "村里停水了收到",
        # An order that ends by calling on units is no receipt (from a review).
        "马上转移群众，各村收到！",
        "后山起火，扑火队收到！",
        "化工厂爆炸，派出所收到",
    ],
)
def test_a_unit_that_has_not_received_or_asks_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "收到收到，拱别的马上走",
        "收到，我带两个人开车过去，五分钟到弄平路口",
        "收到，我带应急分队马上过来，交警那边我打电话",
        "收到，应急分队带风力灭火机马上到，已经通知消防救援站",
    ],
)
def test_a_receipt_with_ones_own_going_or_a_call_made_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text",
    [
        "收到，抢修车已出发，预计10分钟到。楼道里先别开关电灯、别打电话，开窗通风。",
        "收到，我和文彬马上过去，思远通知派出所和海上搜救队，卫生院派救护车到东沙滩待命",
        "收到，南区还在漏，我马上过去",
        "收到，村里的水渠又冲垮了一段，我马上过去",
        # What a fire or flood reached is no going of one's own; a live report after a
        # doubled receipt is a report (from a review).
        "收到，我们马上过去，火已经烧到半山腰了",
        "收到，派出所那边我打电话，有人掉到河里了",
        "收到，我马上赶过去，老人家那边打电话一直没人接",
        "收到收到，我马上过去，有人被埋了",
        "收到收到！老桥已经冲断了",
        "好的好的，我们组有两户还没撤出来",
    ],
)
def test_a_receipt_with_orders_to_others_or_danger_still_there_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize("text", ["端午安康🌹", "感谢街道大力支持🙏", "俞主席最好了🌹"])
def test_a_holiday_wish_with_a_rose_and_thanks_for_support_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text",
    [
        "您辛苦了",
        "主任辛苦了，您也早点休息",
        "领导辛苦了，注意身体",
        "谢谢书记，您多保重身体🌹",
        "讲得太好了，受教了",
        "领导高瞻远瞩👍",
    ],
)
def test_praise_with_a_wish_for_the_leaders_health_or_a_lesson_taken_is_flattery(
    text: str,
) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text",
    ["今天大家都辛苦了，晚上早点休息🌙", "注意身体", "请您早点休息，明天8点到岗", "您也早点休息吗"],
)
def test_a_wish_alone_or_with_more_said_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "已通知到位",
        "已传达到人",
        # A unit named before its word that it is done, as before its receipt.
        "城关镇已报",
        "西关社区已落实",
        "钟楼社区已转发",
        # A pledge to carry out what the leader asked.
        "坚决落实书记要求！💪",
        "认真落实领导指示",
    ],
)
def test_a_word_that_it_is_done_or_will_be_carried_out_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["书记总结得太到位了👍👍", "乡长总结得非常全面", "概括得很到位"])
def test_praise_of_how_a_leader_summed_up_is_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


# Blind set D3 (Inner Mongolia): a 苏木's head, and Mongolian given names, which have no
# surname, before an office.
@pytest.mark.parametrize(
    "text", ["苏木长辛苦了🌹", "谢谢乌兰主任🌹", "谢谢苏和站长[抱拳]", "谢谢阿美姐🌹"]
)
def test_thanks_to_a_sumu_head_or_a_given_name_and_office_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize("text", ["周末愉快！这周大家辛苦啦☕", "晚安各位🌙", "乌兰主任明天来吗？"])
def test_a_greeting_or_a_question_beside_a_name_is_no_flattery(text: str) -> None:
    assert ack_kind(text) is not AckKind.FLATTERY


# From blind set F3 (a Hubei lake township): one's own coming, said as the reply.
@pytest.mark.parametrize("text", ["马上来", "我马上来", "收到，马上来"])
def test_coming_at_once_said_as_the_reply_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["大家马上来", "马上来人！", "马上来镇政府", "各村马上来"])
def test_a_call_to_come_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


# From blind sets F3 and G3: a leader's speech or lead praised, with roses.
@pytest.mark.parametrize(
    "text",
    ["书记讲话高屋建瓴，我们一定抓好落实🌹🌹🌹", "书记带头冲在一线，我们跟着干劲十足！🌹"],
)
def test_praise_of_a_leaders_speech_or_lead_is_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["好的，马上发您", "收到，本周五前交", "好的，今天下午交", "收到，5分钟到"]
)
def test_an_ack_with_a_promise_or_a_time_says_more_than_a_receipt(text: str) -> None:
    # Still an ack (counted under 收到), but its words are shown where the acks are listed.
    assert ack_kind(text) is AckKind.ACK
    assert ack_says_more(text)


@pytest.mark.parametrize(
    "text",
    [
        "收到",
        "收到👍",
        "好的",
        "已阅，收到",
        "领导辛苦了🌹",
        "收到，马上落实",
        "收到，码上落实",
        "上坪收到",
        "谢谢您",
    ],
)
def test_a_bare_receipt_thanks_or_praise_says_no_more(text: str) -> None:
    assert not ack_says_more(text)


@pytest.mark.parametrize(
    "text",
    [
        # Blind sets H3 and I3: thanks to someone called familiarly, a unit's praise said
        # with 太…了, praise in Cantonese, and a 小年 greeting riding along.
        "辛苦老吴了🙏",
        "谢谢老疙瘩🌹",
        "工会太给力了👍",
        "犀利👍",
        "谢谢乡长🌹小年快乐",
    ],
)
def test_thanks_and_praise_said_familiarly_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["感谢信已发", "谢谢老张的材料，第三页数字不对", "工会太给力了，年货下周二领"]
)
def test_thanks_with_news_in_it_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Blind sets J3 and K3: a greeting to one leader by title, a lesson taken from
        # another's work, thanks in Yi.
        "书记新年快乐！",
        "祝领导新年快乐！",
        "向石门坎乡学习👍",
        "学习了👍",
        "卡莎莎🙏",
        "好的书记，卡莎莎",
    ],
)
def test_greetings_to_a_leader_lessons_taken_and_thanks_in_yi_are_flattery(text: str) -> None:
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize("text", ["祝各位领导国庆快乐！", "新年快乐！", "请大家向张三同志学习"])
def test_a_greeting_to_everyone_or_a_call_to_learn_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


def test_gladness_with_approval_is_an_ack_and_with_a_prayer_relief() -> None:
    # Four sets call 太好了👍 an ack, five of six call 太好了🙏 (relief at news) chat.
    assert ack_kind("太好了👍") is AckKind.ACK
    assert ack_kind("太好了") is AckKind.ACK
    assert ack_kind("太好了🙏") is None


def test_word_that_it_was_passed_on_is_an_ack() -> None:
    assert ack_kind("转发了") is AckKind.ACK


@pytest.mark.parametrize(
    "text", ["收到啦", "收到啦👍", "明白啦", "多谢晒🙏", "好嘅，唔该晒", "辛苦晒🌹", "好，辛苦晒👍"]
)
def test_a_receipt_or_thanks_in_cantonese_is_an_ack(text: str) -> None:
    # Blind set L3 (a Guangzhou street office): 啦 closes a receipt, 晒 ("to you all")
    # closes thanks.
    assert ack_kind(text) is not None


@pytest.mark.parametrize("text", ["十分钟到", "我两分钟就到"])
def test_how_soon_one_arrives_in_chinese_numerals_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["晒太阳", "唔该晒你帮我睇下个沙井盖", "好正啊"])
def test_cantonese_words_around_a_thanks_or_praise_keep_it_a_message(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    ["知道咧", "好着呢", "好的么", "知道了么", "收到了么", "好着呢，已经在撒盐了", "后晌就报"],
)
def test_a_receipt_as_gansu_says_it_is_an_ack(text: str) -> None:
    # Blind set M3 (a Gansu township): 咧 for 了, 着呢 "all fine", a closing 么 that asks
    # nothing, 后晌 for the afternoon.
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize(
    "text", ["收到了么？", "中午回来吃饭么？", "早着呢", "棚圈好着呢，草料2吨", "你在哪呢"]
)
def test_a_question_or_news_in_gansu_words_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


def test_here_said_in_answer_to_a_call_to_be_at_ones_post_is_an_ack() -> None:
    assert ack_kind("已到") is AckKind.ACK
    # A photo's check-in stays a check-in.
    assert ack_kind("已到[图片]") is None


@pytest.mark.parametrize("text", ["彭姐安逸！🌹", "桂花巷雄起🌹", "雄起", "巴适", "昨晚辛苦了🌹"])
def test_sichuan_praise_and_thanks_for_a_night_are_flattery(text: str) -> None:
    # Blind set N3 (Chengdu): 安逸 and 巴适 "great", 雄起 "go on!".
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize("text", ["日子过得安逸", "这里安逸得很", "桂花巷昨晚雄起了没？"])
def test_sichuan_praise_words_in_a_sentence_keep_it_a_message(text: str) -> None:
    assert ack_kind(text) is None


def test_a_unit_named_with_only_approval_is_a_cheer() -> None:
    # Blind set N3: 芙蓉街道👍👍 under the district's praise of it.
    assert ack_kind("芙蓉街道👍👍") is AckKind.FLATTERY
    assert ack_kind("锦苑社区👍") is AckKind.FLATTERY
    # Not a call to every unit, nor the name alone.
    assert ack_kind("各社区👍") is None
    assert ack_kind("芙蓉街道") is None


@pytest.mark.parametrize("text", ["收到哈", "要得哈", "晓得了哈", "好嘞哈"])
def test_a_receipt_closed_by_a_sichuanese_哈_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


def test_a_leaders_good_night_is_no_thanks_for_last_night() -> None:
    # Blind set A3 labels the leader's 今天辛苦了 chat; N3 the member's 昨晚辛苦了 flattery.
    assert ack_kind("大家今天辛苦了，早点休息") is None
    assert ack_kind("哈哈") is None


@pytest.mark.parametrize("text", ["马上报，在核数字", "在弄了在弄了", "在弄了，马上", "还在统计"])
def test_a_word_that_one_is_on_it_is_an_ack(text: str) -> None:
    # Blind set N3: 马上报，在核数字, a promise and where it stands.
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["[图片] 测评组到了，正在做问卷", "还在统计，但表格打不开"])
def test_news_of_what_is_going_on_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize("text", ["那布社区李红英收到", "百合村黄志强收到！", "那隆村韦丽已收到"])
def test_a_unit_and_its_officer_named_before_a_receipt_is_an_ack(text: str) -> None:
    # Blind set O3 (Guangxi): who answers for the unit signs the receipt.
    assert ack_kind(text) is AckKind.ACK
    # Not a call on a unit's cadres for one.
    assert ack_kind("各社区干部收到") is None
    assert ack_kind("那布社区干部都回复收到") is None


@pytest.mark.parametrize("text", ["收到马上下来", "好的，马上下来", "在发了在发了", "在报了"])
def test_coming_down_or_sending_it_now_is_an_ack(text: str) -> None:
    # Blind set O3: 收到马上下来 to a call to the gate; 在发了 to a chase.
    assert ack_kind(text) is AckKind.ACK
    # Not a call to come down.
    assert ack_kind("大家马上下来") is None


@pytest.mark.parametrize(
    "text",
    ["跟着书记干，心里有底👍", "书记周末还在一线操心，辛苦了🌹🌹", "[红包]领取了 老板大气"],
)
def test_praise_of_a_leaders_lead_or_gift_is_flattery(text: str) -> None:
    # Blind set O3 (Guangxi), under the secretary's weekend round and red packet.
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["书记还在一线，材料先放着", "红包领取了吗？", "心里有底了，下午再核一遍"]
)
def test_those_words_with_more_to_say_keep_it_a_message(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "城管科已阅",
        "组织办 收到👌",
        "民政科收到，马上落实",
        "2网格 收到👌",
        "千佛山南路社区已阅",
        "物业收到，马上落实",
    ],
)
def test_a_street_offices_section_grid_or_long_named_community_receipt_is_an_ack(
    text: str,
) -> None:
    # Blind set P3 (a Jinan street office): its sections, grids and property firms answer.
    assert ack_kind(text) is AckKind.ACK
    # Not a call on every section for one.
    assert ack_kind("请各科室收到") is None


def test_thanks_for_care_shown_is_flattery() -> None:
    assert ack_kind("林姐贴心❤️") is AckKind.FLATTERY
    assert ack_kind("贴心提醒：明天降温") is None


def test_a_leaders_good_night_to_everyone_is_no_ack() -> None:
    # Blind set P3: the secretary closing a long day, to the whole group.
    assert ack_kind("🙋 辛苦大家 早点休息") is None
    # ...while thanks to a leader with the same wish is flattery.
    assert ack_kind("主任辛苦了，您也早点休息") is AckKind.FLATTERY


@pytest.mark.parametrize("text", ["額爾敦高畢嘎查收到", "巴音查干苏木收到", "宝格达乌拉苏木已阅"])
def test_a_gacha_or_sumu_under_its_mongolian_name_signs_a_receipt(text: str) -> None:
    # Blind set Q3 (a sumu in Xilingol): villages and townships under names of five.
    assert ack_kind(text) is AckKind.ACK
    # Not a call on every gacha for one.
    assert ack_kind("请各嘎查收到") is None


@pytest.mark.parametrize(
    "text", ["辛苦那日苏苏木达和搜救的同志们🌹", "辛苦苏木达", "辛苦主任和值班的同志们"]
)
def test_thanks_to_a_sumu_head_or_to_the_comrades_who_went_is_flattery(text: str) -> None:
    # Blind set Q3: the herder lost in the blizzard is found; the group thanks the searchers.
    assert ack_kind(text) is AckKind.FLATTERY


def test_glad_of_the_news_then_thanks_is_flattery() -> None:
    # Blind set Q3: 太好了 first, then thanks to all.
    assert ack_kind("太好了！大家辛苦了") is AckKind.FLATTERY
    # ...while relief alone stays chat, and glad words with more to say a message.
    assert ack_kind("太好了🙏") is None
    assert ack_kind("太好了，明天继续排查") is None


@pytest.mark.parametrize("text", ["哦哦 收到", "哦，好的", "噢噢 明白"])
def test_an_oh_before_a_receipt_is_an_ack(text: str) -> None:
    # Blind set R3 (Liangshan): 哦哦 收到 under a roster notice.
    assert ack_kind(text) is AckKind.ACK
    # ...while 哦 before real content keeps it a message.
    assert ack_kind("哦，我以为是明天交") is None


def test_thanks_to_a_station_head_by_surname_and_所_is_flattery() -> None:
    # Blind set R3: 孙所辛苦了🌹 to the police station's head (孙所长).
    assert ack_kind("孙所辛苦了🌹") is AckKind.FLATTERY
    assert ack_kind("李所辛苦了") is AckKind.FLATTERY
    # Not a station named as a unit, nor one's own.
    assert ack_kind("派出所辛苦了，明天还要继续排查") is None


@pytest.mark.parametrize("text", ["陈股长辛苦了👍", "周校长讲得很实在👍", "谢谢李园长"])
def test_thanks_and_praise_to_a_schools_or_sections_head_are_flattery(text: str) -> None:
    # Blind set W3: 校长, 股长 were no titles, and 讲得很实在 no praise.
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text",
    ["辛苦龙琴🌹", "[抱拳]谢谢家富谢谢村里", "谢谢小郑提醒👍", "物业辛苦了👍", "业委会辛苦了"],
)
def test_thanks_to_a_given_name_or_to_a_unit_is_flattery(text: str) -> None:
    # Blind sets Y3 and Z3.
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize("text", ["收到潘镇", "好的林局", "收到，王股"])
def test_a_receipt_to_a_head_by_surname_and_office_is_an_ack(text: str) -> None:
    assert ack_kind(text) is AckKind.ACK


@pytest.mark.parametrize("text", ["收到东溪镇", "辛苦一下", "最近加班太辛苦了", "收到各镇"])
def test_a_town_a_request_or_a_complaint_is_not_thanks(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text", ["好势，收到", "好啦好啦，拍谢", "马上整", "出发了", "已经出发了！", "书记总结到位👍"]
)
def test_minnan_and_northern_receipts_set_off_and_a_summary_praised_are_acks(text: str) -> None:
    # Blind sets A4 and B4: 好势 (Minnan "fine"), 拍谢 ("sorry"), 整 (the north's 弄), a
    # reply that one has set off, praise of how the secretary summed up.
    assert ack_kind(text) is not None


@pytest.mark.parametrize("text", ["马上出发！", "出发了吗", "大家出发了", "出发了，到了再说情况"])
def test_an_order_to_set_off_or_a_question_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize(
    "text", ["热烈祝贺！领导英明👍👍", "祝贺祝贺🎉🎉", "平安办的同志们辛苦了🌹"]
)
def test_congratulations_and_thanks_to_an_offices_comrades_are_flattery(text: str) -> None:
    # Blind set C4: the corpus README's flattery (领导辛苦了) said as congratulations, or to
    # the comrades of an office.
    assert ack_kind(text) is AckKind.FLATTERY


@pytest.mark.parametrize(
    "text", ["桂花村的机耕路项目已通过验收，祝贺！", "祝贺大会胜利召开", "各社区的同志们辛苦了"]
)
def test_news_congratulated_or_a_leaders_thanks_to_all_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None


@pytest.mark.parametrize("text", ["收到已经在路上了", "👍👍龙溪站牛"])
def test_on_the_way_already_and_a_unit_called_great_are_acks(text: str) -> None:
    # Blind set D4.
    assert ack_kind(text) is not None


@pytest.mark.parametrize(
    "text", ["老王家丢了一头牛", "龙溪站牛", "我们已经在路上了，还有一个人被困"]
)
def test_a_cow_a_bare_name_or_news_on_the_way_is_no_ack(text: str) -> None:
    assert ack_kind(text) is None
