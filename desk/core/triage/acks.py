"""Recognise pure acknowledgement and flattery replies (收到, 已阅, 👍, 🌹, 领导辛苦了 …).

A reply is an ack when nothing is left after removing acknowledgement words, short
promises to act (马上落实, 5分钟到), thanks and praise addressed to a title, approval
stickers and punctuation. A question, or any real content, keeps it a message.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from desk.core.receipt_words import RECEIPT_BREAK, RECEIPT_WORD
from desk.core.triage.normalize import canonical


class AckKind(StrEnum):
    ACK = "ack"
    FLATTERY = "flattery"


# Approval stickers and emoji; other stickers ([捂脸], [偷笑], [动画表情]) are chit-chat.
_APPROVAL_STICKER = re.compile(
    r"\[(?:抱拳|强|玫瑰|ok|OK|好的|握手|鼓掌|赞|拳头|胜利|合十|爱心|心|太阳)\]"
)
_APPROVAL_EMOJI = re.compile(
    "[\U0001f44d\U0001f44f\U0001f64f\U0001f339\U0001f490\u2764\u2705\u270a\U0001f4aa"
    "\u2714\U0001f44c\u2b50\U0001f31f]"
)
# Roses and bouquets: the 玫瑰体 of flattery.
_ROSE = re.compile("玫瑰|\U0001f339|\U0001f490")
_OTHER_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
# Literal alternatives only, so the regex engine skips ahead on their first characters.
# (Not 着呢, which asks nothing: 好着呢 is "all fine" in the north-west, 早着呢 "not yet".)
_QUESTION = re.compile(r"\?|？|吗|呢(?<!着呢)|请问|能否|能不能|是否|怎么|哪")

_TITLES = (
    r"领导|书记|主席|主任|镇长|乡长|区长|县长|市长|局长|部长|科长|所长|站长|组长|老师"
    # A school's and a county bureau's heads (周校长, 陈股长: blind set W3).
    r"|校长|园长|院长|股长"
    # In Inner Mongolia, the heads of a 苏木 (township) and a 嘎查 (village), in Chinese
    # or by the Mongolian 达 (辛苦那日苏苏木达: blind set Q3).
    r"|苏木长|嘎查长|苏木达|嘎查达"
    r"|大家|各位|同志们|同事们|同仁|老板|总|班长|队长|您"
    # Familiar address in a work group: 辉哥, 许姐, 老细 (Cantonese: boss), 王师傅.
    r"|哥|姐|老细|师傅"
)
# A head called by surname and office (周局, 马队, 孙所 for 孙所长: blind set R3): only beside
# thanks or praise, and not a unit (各队, 一队, 本局, 我所) or a verb (归队, 带队, 回局).
_HEAD = (
    r"(?![各全本我该一二三四五六七八九十两归带整排列回到入出布开格结当])[\u4e00-\u9fff](?:局|队|所)"
)
_FLATTERY_WORDS = (
    # Cantonese thanks, "to you all" (多谢晒, 唔该晒, 辛苦晒), before a bare 多谢 or 辛苦
    # would leave its 晒.
    r"(?:多谢|唔该|辛苦)晒|"
    # Thanks for the work of someone called familiarly or by a short name (辛苦老吴了), read
    # before a bare 辛苦 would take its first two characters.
    r"辛苦(?:[老小][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{2})了"
    # ...or with no 了, the name ending the thanks (辛苦龙琴🌹: blind set Z3).
    r"|辛苦(?!一下|大家|各位|辛苦)(?:[老小][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff])"
    # Thanks for last night's work: 昨晚辛苦了 (not 大家今天辛苦了，早点休息, a leader's
    # good night: blind set A3).
    r"|(?:昨晚|昨夜|昨天)辛苦了"
    # Thanks to a leader and the comrades who went along (辛苦那日苏苏木达和搜救的同志们:
    # blind set Q3).
    r"|辛苦[\u4e00-\u9fff]{1,12}?同志们"
    r"|辛苦了|辛苦啦|辛苦|受累了|点赞|为[\u4e00-\u9fff]{1,10}点赞|赞|威武|太厉害了|厉害|给力|太棒了|真棒|棒"
    # 跟着书记干劲十足, (会议)讲得非常透彻, 总结得太到位了: praise of a leader's lead or words.
    r"|干劲(?:十足|满满|更足)|(?<!立即)(?<!马上)(?<!立刻)(?<!务必)(?<!要)(?<!迅速)处置(?:迅速|及时|得力|有力|到位|得好|得当)|(?:[\u4e00-\u9fff]{0,4}(?:会议|会|讲话|发言|报告|党课|课))?(?:讲|总结|概括)得"
    r"(?:非常|很|太|真|十分)?(?:透彻|到位|精彩|深刻|全面|实在|好)(?:了|啦)?"
    # Praise of a leader's gift or of the work: 乡长大气👍, 为民办实事; a salute, a lesson
    # taken (向老党员致敬, 致敬每一位基层人, 深受教育).
    # A lesson taken, foresight praised (讲得太好了，受教了; 领导高瞻远瞩).
    r"|受教了|受教|高瞻远瞩|站位高远"
    # A leader's speech or lead praised (书记讲话高屋建瓴; 带头冲在一线，我们跟着干劲十足).
    r"|(?:讲话|发言|报告|指示)?(?:高屋建瓴|振奋人心|鼓舞人心|语重心长)"
    r"|带头冲在(?:一线|最前面|前面|前头)|(?:我们|大家)?跟着干劲(?:十足|满满|更足)"
    # 跟着书记干，心里有底; 书记周末还在一线操心 (blind set O3).
    rf"|跟着(?:{_TITLES})干|心里有底|(?:周末|假期|节假日|深夜|半夜)?还在一线(?:操心|忙碌|坚守|奔波|指挥)"
    # A red packet taken, as WeChat says it ([红包]领取了 老板大气).
    r"|(?:\[红包\])?(?:领取了|抢到了)"
    r"|大气|为民办实事|(?:向[\u4e00-\u9fff]{1,10})?致敬(?:(?:每一位|所有|全体)[\u4e00-\u9fff]{0,4}?(?:人|者|们|同志|干部))?|深受教育|很受教育|受益匪浅"
    # 郭主任亲自在一线指挥; relief that it was nothing (虚惊一场，辛苦了🌹).
    r"|亲自(?:在一线)?(?:指挥|坐镇|带队)(?!调度|部署|协调|安排)|虚惊一场"
    # Thanks to someone by a short name (谢谢晓燕, 谢谢林镇), praise of a piece (写得太好了).
    # ...then thanked again, or for what (谢谢家富谢谢村里, 谢谢小郑提醒: blind sets Z3, Y3).
    r"|(?:谢谢|感谢|多谢)(?!大家|配合|支持|提醒|还|再)(?:[老小][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{2})"
    r"(?:(?![\u4e00-\u9fff])|(?=谢谢|感谢|多谢|提醒|关心|支持|指导|付出))"
    # Praise in Cantonese (犀利👍), and in Sichuanese: 安逸 "great", 巴适, 雄起 "go on!"
    # (彭姐安逸！🌹, 桂花巷雄起: blind set N3).
    r"|犀利|安逸|巴适|雄起"
    # Thanks for care shown (林姐贴心❤️: blind set P3).
    r"|贴心|暖心"
    r"|写得(?:太|真|非常|很)?(?:好|棒)(?:了|啦)?"
    # 在王主任、高书记带领下，咱们街道的工作越来越出彩.
    r"|在[^。!！?？\n]{2,12}?带领下[,，]?(?:咱们|我们)?[\u4e00-\u9fff]{0,6}?越来越(?:出彩|好|红火|棒|有起色)了?"
    r"|英明|坚决拥护|拥护|谢谢|感谢|多谢|谢|唔该|感恩|红包|利是|好样的|最好了|最好"
    # Congratulations on the news (热烈祝贺！领导英明👍👍, 祝贺祝贺🎉🎉: blind set C4).
    r"|(?:热烈)?祝贺"
    # Thanks in Yi (卡莎莎, in Liangshan's village groups: blind set J3).
    r"|卡莎莎|卡沙沙"
    # A lesson taken from another's work (学习了👍, 向石门坎乡学习👍).
    r"|学习了|向[\u4e00-\u9fff]{2,8}学习"
)
# What the thanks are for: 谢谢提醒, 感谢领导关心.
_THANKS_FOR = (
    r"(?:(?:[\u4e00-\u9fff]{1,4}?(?:的|大力))?的?"
    r"(?:提醒|关心|支持|指导|信任|关怀|红包|利是|付出|体谅|理解){1,2})"
)
_ACK_WORDS = (
    # Got it as Gansu and the north-west say it: 咧 for 了, 着呢 "all fine", and a closing
    # 么 that asks nothing (知道咧, 好着呢, 好的么, 收到了么; with a question mark it asks).
    # First, before 好 or 知道了 would take their start.
    # A Sichuanese 哈 closes it as softly (收到哈, 要得哈, 晓得了哈: blind set N3).
    r"(?:好的|知道了|收到了|收到|明白了|明白|晓得了|晓得|要得|好嘞)哈|"
    r"(?:好的|知道了|收到了|收到|明白了|晓得了)么|知道咧|晓得咧|收到咧|明白咧|好着呢|行着呢|对着呢|"
    # (A Cantonese 啦 closes it: 收到啦, 明白啦.)
    # (Minnan's "fine", 好势, and 好啦 before 好 would take their first character: 好势，收到;
    # 好啦好啦，拍谢: blind set B4.)
    r"好势|好啦|已收到|收到了|收到啦|收到|已收悉|收悉|已收|已阅|已读|阅|好的|好滴|好嘅|好嘞|好哒|好咧|好|明白了|明白啦|明白"
    r"|了解|知道了|已知悉|知悉|已知晓|知晓|已接收|清楚|即办|遵照执行|遵办|照办|坚决落实|坚决执行|立即落实|马上落实"
    # Got it, as the south-west and Shanghai say it (晓得了; 要得).
    r"|晓得了|晓得啦|要得"
    r"|抓紧落实|认真落实|抓好落实|落实|服从安排|没问题|冇问题|ok|okay|嗯嗯|嗯|是的|是|1|一"
    # "Oh, right": 哦哦 收到 (blind set R3).
    r"|[哦噢喔]{1,2}"
    # An apology for being late rides with a promise: 不好意思，明天一早就报.
    # (...in Minnan: 拍谢, 歹势: blind set B4.)
    r"|不好意思|抱歉|唔好意思|拍谢|歹势"
    # On it already: 在弄了, 在核数字, 正在核对 (blind sets N3 and A3).
    r"|(?:正|还)?在(?:弄|办|核|核对|核实|统计|汇总|整理|发|报)(?:了|着)?(?:数字|数据|数)?"
    # 收到 as the pinyin input method gives it by a slip (受到, 收倒): alone, never another word.
    r"|受到|收倒"
)
# Short promises that come with an ack: 马上安排, 马上报, 5分钟到, 在路上了, 回去就报,
# 会按时报送, 按要求落实, 一定做好, 我和国土所马上过去, 马上通知各村.
_PROMISE_VERB = (
    r"安排|落实|办理|办|执行|准备|报送|上报|报|到现场|去现场|去|到|过去|赶到|赶过去|处理|整改|核实|对接|通知"
    r"|转发|转移|组织|完成(?:任务)?|参加|参会|到会|到场|跟进|传达|部署|排查|巡查|摸排|核查|做好"
    # (...and 整, the north's 弄: 马上整, blind set A4.)
    r"|发|交|填|补|打电话|联系|弄|改|整"
    # Bringing what was chased (在路上了，马上送到: blind set S3).
    r"|送(?:到|过去|过来|来)"
)
_PROMISE = (
    r"(?:我们?(?:村|镇|乡|所|站|社区|单位)?|本(?:村|镇|乡|所|站|社区|单位)"
    r"|[\u4e00-\u9fff]{2,4}(?:村|社区|网格|镇|乡|街道))?(?:和[\u4e00-\u9fff]{1,4})?也?"
    # How: a will (一定), a manner (按时, 按要求), a speed (马上); at least one of them.
    r"(?=会|将|一定|保证|坚决|按|准时|及时|马上|立即|立刻|即刻|这就|现在|正在|尽快|随后|稍后|而家"
    r"|回去就|\d+分钟)"
    r"(?:会|将|一定|保证|坚决)?(?:按时|准时|及时|按要求|按照要求|按规定)?"
    r"(?:马上|立即|立刻|即刻|这就|现在|正在|尽快|随后|稍后|回去就|\d+分钟|而家即刻|而家)?"
    # Going round one by one: 正在逐户打电话.
    r"(?:逐户|逐村|逐个|挨个|挨家挨户|分头)?"
    # Taking people along: 我马上带人到现场.
    r"(?:带人|带队)?"
    rf"(?:{_PROMISE_VERB}){{0,2}}"
    # Passing it on to whom: 马上通知各村, 立即传达到各社区.
    r"(?:到?各[\u4e00-\u9fff]{1,3}|到位|到人)?"
    # On the way, and how soon (在路上，五分钟到).
    # Done, and passed on to everyone: 已落实, 已通知到位, 已传达到人.
    # (...said to be on it already: 收到已经在路上了, blind set D4.)
    r"|(?:已经?)?在路上了?(?:[,，]?\s*(?:\d+|[一二两三四五六七八九十]{1,2})分钟(?:就)?到)?"
    # ...or done as asked (已改, to 请大家改一下群昵称: blind set S3).
    r"|已(?:安排|落实|报|通知|传达|部署|改)(?:到位|到人|到户|完毕)?"
    # Here, in answer to a call to be at one's post (已到, 已到岗).
    r"|已到(?:岗|位)?"
    # Coming along too (我也过去), or when it will be done (明天一早就报), 就 left out as
    # often as not (明天报, 上午交: blind sets V2 and V3).
    rf"|我们?也(?:{_PROMISE_VERB}){{1,2}}"
    # (后晌, 前晌: the afternoon and the morning in the north-west: 后晌就报.)
    rf"|(?:今天|今晚|明天|明早|上午|下午|晚上|后晌|前晌|晌午)(?:一早)?就?(?:{_PROMISE_VERB})"
    rf"|(?:一早)?就(?:{_PROMISE_VERB})"
    # Passing the notice on is part of acknowledging it: 已转发各村, 已转到村里.
    r"|(?:已转发?|转发了)(?:至|给|到)?(?:各[\u4e00-\u9fff]{1,3}|村里|群里|[\u4e00-\u9fff]{0,3}群)?"
)
# A title may carry a surname: 朱主席, 赵书记.
_ADDRESS = (
    rf"(?:跟着)?(?:[\u4e00-\u9fff]?(?:{_TITLES})们?"
    # A given name of two before an office (乌兰主任, 苏和站长: Mongolian names have no
    # surname) or a sister's (阿美姐).
    r"|[\u4e00-\u9fff]{2}(?:主任|书记|主席|镇长|乡长|局长|部长|科长|所长|站长|组长|苏木长|嘎查长|姐|哥))"
)
# Praise of how a leader led (乡长部署到位, 领导指挥有方): only with the leader named, since
# 部署到位，马上转移！ is an order.
_LEAD_PRAISE = (
    rf"(?:[\u4e00-\u9fff]?(?:{_TITLES})们?|{_HEAD})"
    # (...or summed up: 书记总结到位👍, blind set A4.)
    r"(?:部署|安排|指挥|指示|领导|总结)(?:到位|周密|得力|有力|英明|有方)"
)
# Carrying out what a leader asked, as a pledge: 坚决落实书记要求, 认真落实领导指示.
_CARRY_OUT = (
    r"(?:坚决|认真|全力)?(?:贯彻)?(?:落实|执行)好?"
    rf"(?:{_ADDRESS})?的?(?:讲话)?(?:要求|指示|部署|精神)"
)
# Reassurance that comes with an ack: 收到请放心, 请领导放心.
_REASSURE = rf"请?(?:{_ADDRESS})?放心"
# Setting off, said by whoever goes (收到马上出发, 我们这就出发; not 马上出发！ ordered).
# (...or said to have set off, as the whole reply: 出发了, 已经出发了, blind set A4.)
_SET_OFF = (
    r"(?:(?<=收到|好的|明白)|我们?)(?:马上|立即|这就|现在)?(?:出发|动身)"
    r"|^(?:已经?)?(?:出发|动身)了(?=[。!！~～\s]*$)|^已经?(?:出发|动身)(?=[。!！~～\s]*$)"
)
# Coming, said by whoever comes, as the whole reply or after a receipt (马上来, 我马上来,
# 收到马上来); not a call to come (大家马上来, 马上来人).
_COMING = r"(?:(?<=收到|好的|明白|好嘞)|^|我们?)(?:马上|立即|立刻|这就|现在)就?[过下]?来$"
# Words no officer's name holds (see _NOT_A_NAME).
_NOT_A_NAME_AT = r".{0,1}(?:干部|村民|群众|大家|全体|所有|都)"
# The unit answering, named first and alone before its receipt (桐坪镇收到, 洄水湾卫生室已收到);
# not an order that ends by calling on units (马上转移群众，各村收到！, 后山起火，扑火队收到！).
_UNIT_RECEIPT = (
    # A street office's own sections and communities answer so too: 城管科已阅, 组织办收到,
    # 2网格收到, 千佛山南路社区已阅 (a city community's name runs to five), 物业收到 (blind
    # set P3).
    r"^(?:(?:(?!各)[\u4e00-\u9fff]){2,4}?(?:村|社区|镇|乡|街道|卫生室|卫生院|派出所|所|站|中心|网格|科|办)"
    # (Five only before 社区: 化工厂爆炸，派出所收到 is a call on the police.)
    r"|(?:(?!各)[\u4e00-\u9fff]){5}社区|\d{1,2}网格|(?:(?!各)[\u4e00-\u9fff]){0,4}物业"
    # Inner Mongolia's villages and townships, 嘎查 and 苏木, under Mongolian names of up to
    # six characters (额尔敦高毕嘎查收到, 巴音查干苏木收到: blind set Q3).
    r"|(?:(?!各)[\u4e00-\u9fff]){2,6}?(?:嘎查|苏木))"
    # ...perhaps with the officer who answers for it (那布社区李红英收到: blind set O3).
    rf"(?:(?!{_NOT_A_NAME_AT})[\u4e00-\u9fff]{{2,3}}(?=已?收到))?"
    # ...or before its word that it is done (城关镇已报, 西关社区已落实).
    r"(?=已?收到|收悉|已阅|已(?:报|落实|转发|通知|安排)(?![\u4e00-\u9fff]))"
)
# A village or team named bare before its receipt, and nothing else said: 上坪收到,
# 王家湾已收到, 二组收到. Not a call for receipts (请回复收到, 都回个收到, 全体收到, 务必收到),
# a question (何时收到, 还没收到, 你们收到) or a scolding (别光收到): no such word in the
# name, while the characters of village names (家, 大, 回, 何 …) stay allowed.
_NOT_A_NAME = (
    r"回复|回个|确认|务必|必须|何时|几时|多久|大家|所有|全体|全员|诸位|尽快|及时|一定|记得"
    r"|为什么|为啥|啥时|干部|村民|群众|应该|再次|光回|光说"
)
_NAMED_RECEIPT = re.compile(
    rf"(?!.{{0,2}}(?:{_NOT_A_NAME}))"
    r"(?:(?:(?![各没未不还否谁吗你我他她们都别只请])[\u4e00-\u9fff]){2,3}"
    r"|[一二三四五六七八九十\d]{1,3}组)"
    r"已?收到[\s!！。.~～]*"
)
# A receipt to a head called by surname and office (收到潘镇 for 潘镇长, 好的林局: blind set
# Z3), the head ending the reply.
_TO_HEAD = (
    r"(?<=收到|好的|明白|已阅)"
    rf"(?:{_HEAD}|(?![各全本我该一二三四五六七八九十两])[\u4e00-\u9fff][镇乡股])$"
)
_ACK_TOKEN = re.compile(
    rf"{_TO_HEAD}|{_SET_OFF}|{_COMING}|{_UNIT_RECEIPT}|{_LEAD_PRAISE}|{_CARRY_OUT}|(?:{_ADDRESS}|{_HEAD})?(?:{_FLATTERY_WORDS})(?:{_ADDRESS}|{_HEAD})?{_THANKS_FOR}?|(?:{_PROMISE})|(?:{_ACK_WORDS})"
    rf"|{_REASSURE}|(?:{_ADDRESS})"
)
_FLATTERY_TOKEN = re.compile(rf"{_FLATTERY_WORDS}|{_LEAD_PRAISE}")
# A place praising itself or a unit ("青石镇厉害👍", "文苑社区做得好", "柳巷街道火情处置得力，
# 点赞"): a short name, perhaps what it did well, then praise.
# Thanks to those who did the work, named by what they are (物业辛苦了👍, 业委会辛苦了: blind
# sets Y3 and A3), as 领导辛苦了 is to a leader.
# ...or by who they are there (平安办的同志们辛苦了🌹: blind set C4).
_UNIT_THANKED = re.compile(
    r"(?![各全本我你该])[\u4e00-\u9fff]{2,4}?(?:的?(?:同志|同事)们|们)?辛苦(?:了|啦)"
)
_PRAISE_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:[\u4e00-\u9fff]{2}(?:得力|及时|到位|迅速|有力))?"
    r"(?:太|真|好)?(?:威武|厉害|给力|真棒|棒|点赞|做得好|干得好|干得漂亮|杠杠的|雄起)(?:了|啦)?$"
)
# A unit named with nothing but approval (芙蓉街道👍👍: blind set N3): a cheer for it, or
# called 牛 with it (👍👍龙溪站牛: blind set D4).
_UNIT_CHEERED = re.compile(
    r"(?![各全本我该])[\u4e00-\u9fff]{2,6}(?:街道|社区|镇|乡|村|网格)"
    r"|(?![各全本我该])[\u4e00-\u9fff]{2,6}(?:街道|社区|镇|乡|村|网格|站|所|队)(?:太|真|好)?牛(?:了|啦|啊)?"
)
# A leader's good night to everyone (辛苦大家 早点休息: blind sets A3 and P3), not a reply.
_GOOD_NIGHT_TO_ALL = re.compile(r"(?:大家|各位|同志们)[\u4e00-\u9fff]{0,4}?(?:早点|早些)休息")
# Asking people to like and share (请大家转发点赞, 为我镇参赛视频投票点赞) is a task.
_ASKS_FOR_PRAISE = re.compile(r"^请(?!.{0,4}放心)|转发点赞|投票|帮忙")
# Season's greetings ride along with thanks or praise (谢谢主席，新年快乐🌹), but on their
# own they are chit-chat, not a reply to anything.
_GREETING = re.compile(
    r"(?:新年|元旦|春节|节日|中秋|国庆|双节|端午|元宵|周末|新春|小年)(?:快乐|愉快|安康)|新年好|过年好"
    r"|恭喜发财|恭喜[\u4e00-\u9fff]{2,3}$|[\u4e00-\u9fff]年大吉|大吉大利|身体健康|万事如意|阖家幸福|阖家欢乐"
)
# What may ride along with a receipt, thanks or approval without making it a message: a
# greeting, a word that it is done (收到，已派人去厂里; 好的，已下载新表) or a pledge to keep at
# it (收到，过年也不松懈).
_ALONGSIDE = re.compile(
    _GREETING.pattern + r"|已派人(?:去|到|赶往|前往)[\u4e00-\u9fff]{0,4}"
    r"|已(?:下载|查收|签收)(?:新表|表格|文件|附件|新版)?"
    # At one's post already: 收到，已在岗.
    r"|已(?:在岗|到岗|到位|在位)"
    # A wish for everyone's safety, or the leader's health: 辛苦了！安全第一; 主任辛苦了，您也
    # 早点休息; 领导辛苦了，注意身体.
    r"|安全第一|注意安全|(?:您|你)?也?(?:早点|早些)休息|(?:您|你)?也?(?:多)?(?:保重|注意)身体|(?:您|你)?多保重"
    r"|(?:过年|过节|节日|假期|节假日|春节|周末|放假)?(?:期间)?也?(?:不松懈|不放松|不懈怠|不掉链子|不打折扣)"
    # Glad of the news, first, before the thanks (太好了！大家辛苦了: blind set Q3); alone it is
    # weighed above (see _GLAD).
    r"|^太好了(?=.)"
)
# A season's greeting to one leader by title (书记新年快乐！, 祝领导新年快乐！) is the
# flattery 领导辛苦了 is; to everyone (祝各位领导国庆快乐！, 新年快乐！) it is chit-chat.
_LEADER = r"领导|书记|主席|主任|镇长|乡长|区长|县长|市长|局长|部长|科长|所长|站长"
_GREETED_LEADER = re.compile(
    rf"祝?(?:(?![各诸众])[\u4e00-\u9fff])?(?:{_LEADER})(?:{_GREETING.pattern})"
    rf"|祝?(?:{_GREETING.pattern})(?:(?![各诸众])[\u4e00-\u9fff])?(?:{_LEADER})"
)
# Glad of news, with approval (太好了👍, or said alone); with 🙏 it is relief, which the sets
# call chat (太好了🙏: five of six).
_GLAD = "太好了"
# How soon the replier arrives, in words (十分钟到, 我两分钟就到): said of oneself, not of
# a leader on the way (县领导二十分钟到).
_ARRIVING = re.compile(r"(?:我们?)?[一二两三四五六七八九十]{1,2}分钟(?:就|内)?(?:到|赶到)")
_RECEIPT = re.compile(r"收到|好的|明白|已阅")
# A receipt (said once or twice: 收到收到), then a break: what follows is said about the
# notice received.
_RECEIPT_FIRST = re.compile(rf"(?:{RECEIPT_WORD}{RECEIPT_BREAK}*)*{RECEIPT_WORD}{RECEIPT_BREAK}+")
_WORD_ON_IT = 14
# Longer words on it, each clause one's own going or a call made, as replies to a call-out
# run: 我带应急分队马上过来，交警那边我打电话 / 应急分队带风力灭火机马上到，已经通知消防救援站.
_ON_THE_WAY = 28
# Who goes: the replier, or a team or officer of theirs (应急分队, 民兵, 派出所民警).
_GOER = r"(?:我们?|[\u4e00-\u9fff]{0,4}(?:分队|队|民兵|民警|干部|人员|书记|主任|所长|站长))"
_SPEED = r"(?:马上|立即|立刻|这就|现在|(?:\d+|[一二两三四五六七八九十]{1,2})分钟(?:就|内)?)"
_GO = r"(?:过来|过去|赶过来|赶过去|赶到|出发|到)(?:[\u4e00-\u9fff]{2,6})?"
_GOING = re.compile(
    # Someone of the replier's side going, said with who or how soon (我带两个人开车过去,
    # 应急分队带风力灭火机马上到, 五分钟到弄平路口); not what a flood or fire reached
    # (火已经烧到半山腰了).
    rf"^(?:{_GOER}(?:带[\u4e00-\u9fff]{{1,8}}?)?(?:开车|骑车|坐车)?{_SPEED}?"
    rf"|(?:带[\u4e00-\u9fff]{{1,8}}?)?(?:开车|骑车|坐车)?{_SPEED}){_GO}$"
)
_CALLED = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}那边)?(?:我们?)?(?:已经?|马上|这就)?"
    r"(?:打电话|通知了?|联系了?|报了?)(?:[\u4e00-\u9fff]{2,8})?$"
)
# Words of a live report: whatever comes with a receipt, it is then a message of its own
# (收到，南区还在漏; 收到收到，老桥已经冲断了; 收到，老人家那边打电话一直没人接).
_DANGER = re.compile(
    r"还在(?:漏|烧|冒|涨|流|蔓延)|被困|困住|困着|受伤|流血|昏迷|着火|起火|冒烟|烧到|烧过来|火往"
    r"|塌|垮|漏水|漏气|泄漏|淹|漫到|漫进|漫过|进水|冲垮|冲毁|冲断|冲走|冲到|滑坡|往下滑|裂"
    r"|被埋|埋了|掉到|掉进|落水|翻到|翻车|没撤|没出来|没下来|没找到|找不到|没人接|失联|走失|不见了"
    # A road cut, water rising, people out of reach (要得，三组那边路断了车进不去).
    r"|断了|进不去|过不去|出不来|到膝盖|到腰|涨得|过水|没联系上|联系不上"
)
# An order to others: a message, whatever else it says.
_ORDER = re.compile(r"请|先|别|不要|千万|务必|赶紧|@")
# Words that object, or report a finding (收到，排查发现两处隐患): a message, not a receipt.
_OBJECTION = re.compile(
    r"但|不过|可是|只是|宽限|延期|推迟|来不及|无法|不能|没法|不了|打不开|问题|困难|不够|缺|无此|没有"
    r"|零报告|发现|隐患"
)
_PUNCT = re.compile(r"[\s,，.。!！~～、;；:：…—\-·]+")
# Longer than any plain reply; only a 接龙 receipt chain grows past it.
_LONGEST_REPLY = 40
_JIELONG = re.compile(r"#?接龙")
_JIELONG_ACK = re.compile(r"(?:收到|已阅|明白)\W*$")


def ack_kind(text: str) -> AckKind | None:
    """Whether `text` is a pure acknowledgement or flattery reply, and which."""
    return canonical_ack_kind(canonical(text))


def canonical_ack_kind(norm: str) -> AckKind | None:
    """`ack_kind` of a text already in canonical form (see normalize.canonical)."""
    norm = norm.strip()
    # A notice is no reply: turn it away before the cache, which it would only churn.
    if len(norm) > _LONGEST_REPLY and not _JIELONG.search(norm[:8]):
        return None
    return _ack_kind(norm)


@lru_cache(maxsize=4096)
def _ack_kind(norm: str) -> AckKind | None:
    # The same few replies (收到, 👍, 已阅) make up most of a busy group: cache them.
    if not norm or _QUESTION.search(norm):
        return None
    if _JIELONG.search(norm):
        # A 接龙 chain is an ack when its entries are acknowledgements.
        lines = [line for line in norm.splitlines() if line.strip()]
        if lines and _JIELONG_ACK.search(lines[-1]):
            return AckKind.ACK
        return None
    has_approval = bool(_APPROVAL_STICKER.search(norm) or _APPROVAL_EMOJI.search(norm))
    rest = _APPROVAL_STICKER.sub("", norm)
    rest = _APPROVAL_EMOJI.sub("", rest)
    rest = _OTHER_EMOJI.sub("", rest)
    rest = _PUNCT.sub("", rest)
    if not rest:
        if not has_approval:
            return None
        return AckKind.FLATTERY if _ROSE.search(norm) else AckKind.ACK
    if _NAMED_RECEIPT.fullmatch(norm):
        return AckKind.ACK
    if _GREETED_LEADER.fullmatch(rest):
        return AckKind.FLATTERY
    if _ARRIVING.fullmatch(rest):
        return AckKind.ACK
    if rest == _GLAD and "\U0001f64f" not in norm:
        return AckKind.ACK
    if len(rest) > 24 or _ASKS_FOR_PRAISE.search(rest) or _GOOD_NIGHT_TO_ALL.search(rest):
        return None
    if _PRAISE_PLACE.match(rest):
        return AckKind.FLATTERY
    if has_approval and _UNIT_CHEERED.fullmatch(rest):
        return AckKind.FLATTERY
    if _UNIT_THANKED.fullmatch(rest):
        return AckKind.FLATTERY
    core = rest
    if has_approval or _FLATTERY_TOKEN.search(rest) or _RECEIPT.search(rest):
        # Before the ack words, so that "新春快乐领导" does not lose 乐 to a surname.
        core = _ALONGSIDE.sub("", rest)
    leftover = _ACK_TOKEN.sub("", core)
    if leftover and not _receipt_with_a_word_on_it(norm, rest):
        return None
    return AckKind.FLATTERY if _FLATTERY_TOKEN.search(rest) or _ROSE.search(norm) else AckKind.ACK


def _receipt_with_a_word_on_it(norm: str, rest: str) -> bool:
    """收到，已联系清波中学和派出所 / 收到，下午开始排查广告牌: a receipt first, then a few
    words of what is being done about it, is still an acknowledgement; not when those words
    object, ask for time or report that something is missing (收到，但表格打不开)."""
    head = _RECEIPT_FIRST.match(norm)
    if head is None:
        return False
    said = _PUNCT.sub("", norm[head.end() :])
    if not said or _OBJECTION.search(said) or _DANGER.search(said):
        return False
    if len(said) <= _WORD_ON_IT and len(rest) <= 24:
        return True
    return len(said) <= _ON_THE_WAY and _on_the_way(norm[head.end() :])


def _on_the_way(said: str) -> bool:
    """Whether every clause of `said` is the replier's own going, or a call they made."""
    if _ORDER.search(said):
        return False
    clauses = [c for c in _PUNCT.split(said) if c]
    return bool(clauses) and all(_GOING.match(c) or _CALLED.match(c) for c in clauses)


# What a plain receipt is made of, whoever it thanks or praises: the words of receipt,
# thanks and praise, a title, a greeting. Not a promise or a time (马上发您, 本周五前交).
_PLAIN_TOKEN = re.compile(
    rf"{_NAMED_RECEIPT.pattern}|{_LEAD_PRAISE}"
    rf"|(?:{_ADDRESS}|{_HEAD})?(?:{_FLATTERY_WORDS})(?:{_ADDRESS}|{_HEAD})?{_THANKS_FOR}?"
    rf"|(?:{_ACK_WORDS})|{_REASSURE}|(?:{_ADDRESS})|{_GREETING.pattern}"
)
# Boilerplate pledges that say no more than the receipt (马上落实, 坚决执行).
_PLEDGE = re.compile(
    # 码上 is 马上 by the input method's slip.
    r"(?:马上|码上|立即|立刻|坚决|认真|抓紧|一定)(?:落实|执行|照办|办理|安排)?|(?:落实|执行)到位"
)


def ack_says_more(text: str) -> bool:
    """Whether an acknowledgement says more than that it was received: a promise or a
    time (好的，马上发您; 收到，本周五前交), which the reader of the notice needs to see in
    its words, where 收到, 👍 or 辛苦了 are a name under the count."""
    rest = canonical(text)
    rest = _APPROVAL_STICKER.sub("", rest)
    rest = _APPROVAL_EMOJI.sub("", rest)
    rest = _OTHER_EMOJI.sub("", rest)
    rest = _PUNCT.sub("", rest)
    if not rest or _NAMED_RECEIPT.fullmatch(rest):
        return False
    # 您 alone: a title's surname would take the verb before it (发您).
    rest = _PLAIN_TOKEN.sub("", rest.replace("您", ""))
    return bool(_PLEDGE.sub("", rest))
