"""Signals read from one message, and the tier and score they add up to.

Urgent is decided by hard rules first (DING, an emergency report, @you with something due
within about two hours or "马上"), because missing an urgent item is the worst error.
Noise is decided by the shape of the message (ack, sticker, red packet, check-in,
routine zero report, chit-chat). Between action and info a points score decides: asking the
reader's unit to do, report or attend something scores; "for information" wording, member
questions and a leisure group count against; the user's group and sender weights shift it,
so a correction can move a borderline item across the line. A correction across the line
with noise leaves a lesson for that sender in that group instead (desk.core.lessons): their
noise that says something is read as info, or their information that asks nothing is put
away (see `put_away`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from desk.core.group_priority import weight_reason
from desk.core.lessons import Lesson
from desk.core.messages import Message, Reason, Role, Tier
from desk.core.reasons import (
    ACK_PROMISE,
    NOTICE,
    SAYS_NOTHING,
    Readies,
    at_reason,
    soon_reason,
)
from desk.core.triage.acks import AckKind, ack_says_more
from desk.core.triage.deadlines import in_clause, scan
from desk.core.triage.normalize import (
    CLAUSE_MARKS,
    SENTENCE_MARKS,
    canonical,
    clause_start,
    without_asides,
)
from desk.core.triage.skip_ahead import skip_ahead

if TYPE_CHECKING:
    from desk.core.work_calendar import WorkCalendar

# Any day or clock time: a leisure-group post that names one may be arranging something.
_TIME_WORD = re.compile(r"\d[日号:：点时]|今[天晚]|明[天早晚]|后天|周[一二三四五六日天]|星期")

ACTION_THRESHOLD = 1.5
URGENT_MENTION_WINDOW = timedelta(hours=2, minutes=15)
# How soon a report on a hazard asked for makes it urgent (see assess).
_HAZARD_REPORT_WITHIN = timedelta(hours=1)
# A 紧急通知 due the next day or later asks for a task, not an emergency response (the
# labelled sets: urgent ones were due within 5 h, tasks from 24 h on).
URGENT_NOTICE_WINDOW = timedelta(hours=12)

_EMERGENCY = re.compile(
    # (【紧急通知】 is the document below, judged by its due time: blind set S3's, for a visit
    # two days on.)
    r"【\s*(?:紧急(?!通知)|特急|急\s*】|突发|火情|险情|寻人|警情"
    # Not a routine reading under the tag (【汛情报告1】…读数 121 米，正常: a tester's five
    # sat in Urgent).
    r"|汛情(?!通报|统计|简报|快报|报告[^\n]*?(?:正常|平稳|无异常|未超))|即刻|立即|火速)"
    # A report of one under its tag: 【地质灾害险情报告】, 【森林火情快报】 (not a weekly
    # 【一周警情通报】).
    r"|【[^】]{0,8}(?:险情|火情|警情)(?:信息)?(?:报告|快报|首报)"
    # 加急 asks for speed, not for an emergency: urgent unless its own due time is days away.
    r"|(?P<expedite>【\s*加急)"
    # A document titled 紧急通知 whose own due time is a day or more away is a task.
    # Not the name of what a report covers (突发事件处置情况) or of its template.
    r"|(?P<notice>紧急通知)"
    # A report of one (【突发事件信息首报】, 突发事件报告：), not the word in what a report
    # must cover (突发事件须单列, 突发事件处置情况) or in the name of its template.
    r"|【突发事件|突发事件(?:信息)?(?:报告|首报|快报)?[:：]"
    # A wildfire still spreading (山火已烧过界河，正向我镇北山蔓延).
    r"|山火[^，,。;；\n]{0,12}?(?:蔓延|逼近|烧过|烧到)"
    # "两起火情" counts fires: 起 is a measure word there, not "catch fire" (see
    # _emergency_words; a lookbehind here would cost every message a slower scan). A
    # report on one is asked of what is over (把起火情况写个书面报告, 起火原因), and its
    # details told after it (起火时间20:31，住户叫刘某某: blind set C4).
    # So is one on a leak (明天上午10点前将人民路餐馆燃气泄漏情况书面报市燃气办, 泄漏事件的
    # 情况报告: blind set Y3).
    r"|发现明火|(?:明火|火势|大火)仍在(?:燃烧|蔓延)|(?P<fire>起火)(?!原因|情况|经过|时间|地点)|着火(?<!打着火)(?<!打不着火)|燃气泄漏(?!报警|情况|原因|经过)|泄漏(?!报警|情况|原因|经过|事件的?(?:情况|报告|调查|处置))|走失(?!风险|隐患)|请求支援|(?:娃|孩|岁|老人|儿子|女儿|学生|小子|闺女|丫头)(?![证卡])[^，,。；;\n的]{0,12}?(?:不见了|找不到了|失踪|走丢了)|(?:娃|孩子|小孩|小子|闺女|丫头|老人|儿子|女儿|学生)丢了(?=[，,。！!？?\s]|$)|溺水(?!风险|高发|多发|隐患|事故(?:进入|处于|正值)?(?:高发|多发|易发))|(?:刚才|刚刚|正在|现在)[^，,。；;\n]{0,12}?(?:落水|被浪卷)|有人落水(?!要|时|后|应|怎么)|爆炸|人员被困|(?P<quake>地震)"
    # Poisoning tonight (阳洼村今晚发生疑似煤烟中毒), not the cases a campaign cites.
    r"|(?:今[天晚早日]|刚[刚才])[^，,。；;\n]{0,6}?发生[^，,。；;\n]{0,8}中毒(?![^，,。；;\n]{0,4}事件|的原因)|十万火急"
    # ...or one taken to hospital now (老两口一氧化碳中毒，…120已经送县医院).
    r"|(?P<poisoned>(?:一氧化碳|煤烟|煤气)中毒)(?=[^。\n]{0,30}?(?:120(?!\d)|送医|送往|送县|昏迷))"
    # The heat gone in a northern winter (锅炉房停了…暖气片都拔凉拔凉的，外头零下31度), with
    # the cold or the old named (see _emergency_words).
    r"|(?P<heat_out>停暖|暖气[^，,。\n]{0,6}?(?:拔凉|全凉|冰凉|凉了|不热了)|锅炉房?[^，,。\n]{0,6}?停了"
    r"|没热乎气)"
    # Someone shut in a lift (景泰花园电梯困人; 电梯又关牢人了 in Shanghainese), not the
    # drill or the plan for it.
    # drill, the plan or the report of it (电梯困人事件经过), nor the talk of what followed
    # (电梯困人维保单位失联): the clause ends on it.
    r"|(?P<lift>电梯[^，,。；;\n]{0,6}?(?:困人|困住|关人|关牢人|被困|困了[\d一二两三四五六七八九十几]+个?人)"
    r"(?=[了啦，,。！!\s]|$))"
    # Water coming into the underground car park now, with how high it is or a call to
    # move the cars (地下车库进水了！！B2已经漫到轮胎了，快去挪车); not a risk (可能被淹), a sigh
    # (又进水了😂) or an old grievance (淹了两次了).
    r"|(?:地下车库|地库|地下室|地下停车场)(?:又|已经|已)?(?:进水|漫水|被淹|淹|倒灌)了"
    r"(?![两几好多]次)[^。\n]{0,30}?(?:漫到|淹到|淹没|没过|已经到|快去?挪|赶紧挪|马上挪|挪车)"
    # The two top levels of a weather warning call for an emergency response, when the
    # text gives an order with it (a bare bulletin, 请注意防范, is information).
    r"|(?P<warning>橙色预警|红色预警)"
    # A warning under its own tag (【省暗访预警】), not a blue or yellow weather warning's:
    # only with an order to act at once.
    r"|(?P<tagwarn>【(?![^】]*(?:[蓝黄]色|Ⅳ|IV|四级))[^】]{0,8}预警】)"
    # A response level raised, or started with an order to act at once (not a level
    # lowered, or one started with the day's tasks: 组织渔船及时回港, 每天下午3点前报).
    r"|(?P<response>应急响应)"
    # A DING passed on by hand keeps its urgency: 转县森防办DING：, 【DING】.
    r"|【ding】|ding[:：]"
    # Schools, sites and shops shut by order from a clock time (【三停】, 自8月3日14时起…
    # 一律停课), not a standing rule (暴雨期间…一律停工, 自即日起…, 发生一起…一律停业整顿).
    r"|【三停】|三停”?通知"
    r"|\d{1,2}\s*[时点](?:\d{1,2}分)?起[,，]?[^。;；\n]{0,24}?一律停[课工业](?!整顿)"
    # "急!!!", and an order to be at one's post at once (请带班领导立即到岗).
    r"|急[!！]{2}|立即到岗|马上到岗|立刻到岗|即刻到岗"
)
# A past accident held up as a lesson (…事故的警示通报, 引以为戒) reports no emergency here.
_LESSON = re.compile(
    r"警示通报|警示教育|事故通报|引以为戒|以此为戒|举一反三"
    # The accidents elsewhere that a campaign cites as its reason.
    # (Not a person from elsewhere here: 外地来耍的游客, 外地司机.)
    r"|(?P<elsewhere>外地(?![来人游车客司务]))|接连发生|相继发生"
    # Cases across a province or the country (全省已发生多起中小学生溺水事故).
    r"|(?:全省|全国|全市|各地|多地)[^，,。;；\n]{0,6}?已?发生多起"
    # A case elsewhere told as a warning (转县教委警示：…邻县两名初中生…溺水身亡).
    # (And under a tag that names the kind: 【火情警示】12月9日晚…因上坟烧纸引发森林火情: blind
    # set S3.)
    # (...or as a case bulletin: 【案例通报】12月20日晚，邻市一居民楼电动自行车…引发火灾:
    # blind set B4.)
    r"|以案示警|【[^】]{0,4}警示】|警示[:：]|案例[:：]|案例通报|据[^，,。;；\n]{0,6}?报道(?![^。;；\n]{0,12}?(?:刚才|刚刚|我镇|我县|辖区))"
    # 为深刻汲取近期外省燃气爆炸事故教训，决定…开展专项检查.
    r"|为(?:深刻|认真)?(?:汲取|吸取)[^。;；\n]{0,30}教训|(?:深刻|认真)(?:汲取|吸取)[^。;；\n]{0,10}?教训"
)
# An incident cited for a campaign against the like (暴露出…问题, 为防止类似事故), or a drill
# announced or over (定于…开展…演练, 【演练告知】, 演练已结束): no emergency, unless the text
# sends people or help now, or has people at risk.
_CITED = re.compile(
    r"暴露出|暴露了|防止类似|避免类似|类似事故|类似事件"
    r"|(?:将|拟|定于|计划)[^，,。;；\n]{0,16}(?:开展|举行|组织)[^，,。;；\n]{0,16}演练"
    r"|演练(?:告知|通知|公告|已结束|结束|评估|总结|方案|脚本|中)|演练[^，,。;；\n]{0,4}结束|【[^】]*演练|【应急预案】"
    # A drill's time: 今天上午10点…演练，届时园区警报鸣响.
    r"|演练[^。;；\n]{0,20}届时"
)
# A campaign of a set term that an incident is the reason for (12月11日夜…起火，造成2人送医。
# 各街道要立即组织开展为期一个月的…集中整治), when nothing is still going on (整治才第三天，
# 18号院又着火了，现在还在烧; …走失…正值为期一个月的…专项行动).
_CAMPAIGN = re.compile(
    r"为期[^，,。;；\n]{1,4}?的[^，,。;；\n]{0,24}?(?:集中|专项)(?:整治|行动|排查)"
    # 街道决定1月26日至2月3日开展节前燃气安全专项排查.
    r"|(?:决定|即日起)[^。;；\n]{0,30}?开展[^。;；\n]{0,20}?(?:集中|专项)(?:整治|行动|排查|检查)"
)
_GOING_ON = re.compile(r"还在|仍在|仍有|正在|刚才|刚刚|还没|尚未|未找到|走失|蔓延|赶来|又")
# What an incident is put down to afterwards, or an inspection's list of problems: set
# aside only when nothing in the text is still going on or ordered for now.
_AFTERWARDS = re.compile(
    r"原因(?:是|为)|立案调查|事故调查|(?:检查|督查|暗访)组[^。\n]{0,12}反馈\d+个问题"
)
# A fire seen just now by someone on the way to it, often by voice (北边地里有火光 像是着了
# 我在往那走 先报一下); not a show, a drill, a tip or a story (届时会有火光, 看到火光别慌).
_FIRE_SEEN = re.compile(r"(?:有|看到|看见|见到|冒出?)火光|像是着了(?!火)|烧起来了")
_ON_MY_WAY = re.compile(r"我(?:们)?(?:正|在|正在)?(?:往|赶往|去|过去)|先报一下|快来人|请求支援")
_FALSE_ALARM = re.compile(
    r"没事|发现是|原来是|是[^，,。;；\n]{0,8}在[烧烤]|熄灭|处理完毕|已|了解到"
)
# A dike giving way now, with a call for men or machines (堤脚好像在淘空，要镇里派挖机和沙袋).
_DIKE_FAILING = re.compile(r"(?:堤|坝)[^，,。;；\n]{0,4}?(?:在|正在)(?:淘空|漫顶|渗水)|浪翻过来了")
_SEND_HELP = re.compile(r"派|支援|请求|沙袋|挖机|抢险")
# A reservoir's keeper reporting it gone over its flood limit now (红旗22时 313.05米 超汛限0.05米
# 了！), muddy water seeping behind a dam or under a slope (坝后右边好像有点冒浑水: the sign of
# piping), or its spillway running with the water rising downstream (过流30公分了，下游马家坪那边
# 水也涨起来了): a dam in danger, urgent with no @ and no DING (blind set D4; every 冒浑水 in the
# sets is urgent). Not back under the limit (回到汛限以下了), a standing report (还在超汛限), a
# notice asking for an account of it (请…报送超汛限运行情况说明) nor an expert's all-clear (浑水系
# 坝坡雨水冲刷所致，不是管涌).
_DAM_IN_DANGER = re.compile(
    r"(?<![未没冇不])超(?:过)?汛限(?:水位)?\s*(?:[\d.]+\s*米?)?了"
    r"|(?<![未没冇无不])(?:在|有点|开始)?冒浑水"
    r"|(?:过流|泄洪|溢洪)[^。;；\n]{0,20}?下游[^，,。;；\n]{0,10}?(?:水)?(?:也|都|已经?)?(?:涨|漫|淹)(?:起来)?了"
)
# A crowd come to the government with a grievance (带了十几个渔排户到镇政府一楼大厅，说补偿款
# 的事今天不给说法…), not a visit (带了12个贫困户到镇政府领取慰问金).
_CROWD = re.compile(
    r"(?:带了?|聚集了?)(?:十几|几十|二十多|三十多|\d{2,})(?:个|名|位)?[^，,。;；\n]{0,6}?到"
    r"[^，,。;；\n]{0,6}?(?:政府|大厅|大院)"
)
_GRIEVANCE = re.compile(
    r"说法|讨要|讨薪|欠薪|上访|信访|闹事|围堵|堵门|静坐|不走|补偿款|拆迁款|工钱|工资"
)
# ...or told as there now (20余名工人在镇政府讨薪，请…马上到一楼会议室): with someone sent for
# at once, a crowd in the building, not a report of one that came and went.
_CROWD_THERE = re.compile(
    r"(?:十几|几十|二十多|三十多|\d{2,}[余多来]?)(?:个|名|位)?(?:工人|农民工|民工|群众|村民)"
    r"(?:在|到|围在|堵在|聚在)[^，,。;；\n]{0,6}?(?:政府|大厅|大院)"
)
# People still in a danger zone who refuse to leave (渔排顶还有3个老人 讲死都不上来).
_STILL_THERE = re.compile(
    r"还有\s*(?:\d+|[一二两三四五六七八九十几]+)[来多余]?\s*(?:个|名|户|位)"
    r"(?:[^，,。;；\n]{0,10}?(?:老人|人|群众|村民)|没下来|没出来|没撤)"
)
# Something each kind of first-hand report needs (see _first_hand_emergency): one search
# turns away most texts before a dozen more.
_FIRST_HAND_HINT = re.compile(
    r"这会|现在|刚|正在|眼下|还在|还没|聚|围了|来了|堵了|坐了|摔|倒|晕|昏|血|压|轧|夹|卷进|砸"
    r"|烧伤|烫伤|触电|折|死|而家|气味|气的味|泄漏的味|烟花|爆竹|鞭炮|炸药|雷管|液化气|汽油|裂"
    r"|没回|未回|未归|没到家|半夜|凌晨|从早上|电梯|吐|咬"
)
# What rules out a first-hand report (see _first_hand): units told what to do (请各村…,
# 各社区立即开展…), an end or a settlement (已全部散去, 已收缴, 已脱离危险), teaching or news.
_TO_UNITS = re.compile(
    r"(?:请各|(?:^|[，,。;；\n])\s*各(?:村|社区|网格员?|乡镇|街道|单位|部门|包村))[^。;；\n]{0,24}?"
    r"(?:开展|排查|检查|巡查|加强|报送|上报|落实|派专人|实行|值守|走访|入户|摸排|吸取)"
)
_SETTLED = re.compile(
    r"散去|结清|收缴|查扣|查获|(?<!120刚)(?<!120)(?<!救护车)拉走|暂存|责令|脱离(?:生命)?危险|已经?(?:协调|解决|出院|整改)"
    r"|已(?:全部)?转移|处置的|经(?:排查|核查|摸排)|住院|送到医院|已送医"
    # Nobody hurt after all, or dealt with (人没大碍, 被消防救出, 正在现场处置).
    r"|人没事|没事了|不是中毒|虚惊|被[^，,。;；\n]{0,6}救出|幸好|没大碍|已经送|完毕"
    # ...as said in Cantonese or writing (冇大碍, 冇咩事, 无大碍).
    r"|冇大碍|冇咩事|人冇事|无大碍"
    r"|起来走了|自己起来了|自己走了|没(?:啥|什么)事|控制住了|路(?:已经?)?通了|正在(?:现场)?处置"
    # Got out: 人已经拉上来了，没事 (not 人还没拉上来).
    r"|(?<![没未])(?:已经?|都)(?:被)?(?:拉|救|捞|抱|弄)(?:上来|出来)了"
    # Calmed, taken in, gone home, under care (现已平息, 已被带回所里, 他回去了, 在卫生院输液);
    # not 还没平息, 带回来的蘑菇, 孩子被陌生人接走了, 需要马上送医院治疗.
    r"|(?<![未没不])(?:已经?|现已)平息|(?:已|被)[^，,。;；\n]{0,4}带回(?:所|派出所|局|队)"
    r"|(?:人|他|她|都)已经?回去了(?![拿搬取叫])|(?:家属|家人|亲属|救护车|120)[^，,。;；\n]{0,4}接走了"
    r"|(?<![送需要])(?:在|正在|已在)[^，,。;；\n]{0,6}(?:医院|卫生院)(?:观察|输液|治疗)"
)
_TAUGHT = re.compile(
    r"知识|常识|提醒|提示|专家|急救|培训|科普|【新闻】|【舆情】|网传|旧视频|严禁"
    # What to do when it happens: 家中有燃气味时，要立即关闭阀门.
    r"|时[,，]?\s*(?:要|应|请|务必|切勿)"
)
# Someone down who is the writer, off sick (我今天有点头晕，早上起不来，请半天假).
_ME_DOWN = re.compile(r"我(?!们)[^，,。;；\n]{0,8}(?:头晕|晕|起不来|摔|滑倒)|请假|感冒|发烧")
# Who a photo's caption may tell to be there (参会同志8:50前签到), not its own check-in.
_ADDRESSEES = re.compile(r"同志|人员|大家|各")
# Someone hurt just now, with an ambulance called (工人只手俾冲床压咗，流好多血，120已经喺路上;
# 人压底下了，刚扒出来，腿好像折了，120打了).
_INJURED_NOW = re.compile(
    r"流(?:了)?(?:好多|很多|不少)?血|血流不止|压(?:伤|断|住|咗|底下|在下面)|轧断|夹断|卷进|夹住"
    r"|夹伤|砸伤|烧伤|烫伤|触电|骨折|腿[^，,。;；\n]{0,3}折"
)
# ...with an ambulance called and not yet there (120已经喺路上, 120打了, 已经call咗白车), not
# 1200元, 120平方米, or the number to ring in a tip (先断电再拨打120).
_AMBULANCE_CALLED = re.compile(
    r"(?:已经?(?:拨?打|叫|喊|call咗?)了?|(?<!拨)(?:打|叫|喊|call)(?:了|咗))\s*"
    r"(?:(?<!\d)120(?!\d)|救护车|白车)"
    r"|(?:(?<!\d)120(?!\d)|救护车|白车)[^，,。;；\n]{0,6}?(?:路上|喺路上|还没|正在赶|打了|喊了|叫了)"
)
# A roof or shed brought down with people or animals pinned under it (牛棚让雪压塌了半边…
# 有两头压底下了), with help asked (能不能派台铲车过来): a rescue, whoever is under it.
_PINNED_UNDER = re.compile(r"塌[^。;；\n]{0,30}?(?:压|埋|砸)(?:在)?(?:底下|下面|下头|里头|里面)")
# A meeting begun, with those not there told to come (周例会现在开始，没到的麻溜儿的): now.
_MEETING_BEGUN = re.compile(
    r"会[^，,。;；\n]{0,3}?(?:现在|已经)开始[^。;；\n]{0,12}?(?:没到|未到|没来|还没来)的"
)
# A meeting called as an emergency one (防汛紧急调度会, 紧急会议), within the hour: a summons for
# now (blind set D4). Plain meetings so close the sets call tasks (see _MEETING).
_EMERGENCY_MEETING = re.compile(r"紧急(?:[\u4e00-\u9fff]{0,2})(?:会议|调度会|会商会|碰头会|部署会)")
# Inspectors here now (复查组现在在榕荫市场, 测评组的车刚进了电力小区, 检查组已进园区), with an
# order to act at once: fixing what they are about to see cannot wait. Not a team that has
# come into the city and may come here (暗访组已进入我市，近日可能进入我县).
_INSPECTORS_HERE = re.compile(
    r"(?:检查|督查|暗访|复查|测评|考核|验收)组(?:的车)?"
    r"(?:现在|正在|刚刚?|已经?(?=[到进](?!入)))(?:在|到|进)"
)
# Inspectors coming today (今天上午县纪委来我镇检查…), with everyone told to be at their
# post within the half hour (at 7:45, 请各站所8点前全部到岗): go now, as 立即到岗 says. Not
# a muster for a routine (7点街道门口集合, at 6:50) nor for inspectors tomorrow.
_INSPECTION_TODAY = re.compile(
    r"(?:今天|今日|今早|上午|下午|马上|一会儿?)[^，,。;；\n]{0,12}?(?:来|到)[^，,。;；\n]{0,8}?"
    r"(?:检查|暗访|督查|明查|考核|验收)"
)
_AT_POST_SOON = timedelta(minutes=30)
# Someone above waiting for it now (市里在等！, 市医保局在等全县数据, 县委书记在等, 县里等着要),
# said of an order due within the hour or two: to be done now, as one with 立即 is (blind set
# X3). Not the same words on a report due hours off (…今天下午4点前报, at 9:10): a task for
# today. (Not 在等待, 在等候: a waiting room's words.)
_WAITED_FOR = re.compile(
    r"(?:[市县区省州镇里局委办厅长记任导])\s*(?:都|正|一直|已经)?在等(?![待候])|等着要"
)
# "With the speed of fire" (请火速！, 十万火急！): the order itself is for now, whenever the
# report it chases falls due (还有两个村没报，今天3点县里要，请火速！: blind set X3).
_POST_HASTE = re.compile(r"火速|十万火急")
# The car that takes them is already waiting (各位参检人员，1点15分镇政府门口，车已经在等了:
# blind set X3): come now. Not a car waiting somewhere as a standing offer (协会的车在港尾码头等).
_CAR_WAITING = re.compile(
    r"车(?:子)?(?:已经?|都)(?:在[^，,。;；!！?？\n]{0,6}?)?等(?:着|了|你们|大家)"
)
# A roll call of those on duty (今晚9点对各乡镇值班情况进行视频点名，请值班领导准时在线, at 20:40:
# blind set S3); not the 点名通报 of those late with a report.
_DUTY_ROLL_CALL = re.compile(r"(?:值班|在岗)[^。;；\n]{0,12}?(?:视频|电话)?点名(?!通报|批评)")
# A report asked within half an hour (请各乡镇半小时内报送卡口值守人数, 30分钟内核实反馈): the
# level above needs it now (blind sets E3, H3, O3); not a late one chased (还有两个村没报，请
# 半小时内补报), which the sets call a task.
# Ice on the roads now, said as seen (今晨多地出现道路结冰, 部分路段结冰严重), not forecast
# (预计…将出现道路结冰), guarded against (防道路结冰) nor a warning's name (道路结冰黄色预警):
# with an order to act at once (请立即组织力量撒盐除冰), a hazard met now (blind set Z3).
_ROADS_ICED = re.compile(
    r"(?:道路|路面|路段|桥面|坡道|公路|通村路|通组路)[^，,。;；\n]{0,4}?(?:结冰|凝冻|暗冰)"
    r"|(?:出现|发生)(?:道路|路面)?(?:结冰|凝冻)"
)
# (...nor what to get ready for: 二、做好道路结冰、水管冻裂应对准备, under a cold-wave warning:
# blind set C4.)
_ICE_NOT_YET = re.compile(r"预计|预报|将|可能|防|易|谨防|如遇|一旦|未来|期间|如果|若|做好|应对")
# A muster to go and search or fight a fire now (机关在镇的干部7点半到摆勺村村委会集合参加搜寻，
# …人命关天, at 7:00: blind set Z3): the search is on. Not a drill's (演练, 训练, 拉动) nor the
# talk of how slowly crews gathered (扑火队集结慢, 集结情况).
_MUSTER_TO_RESCUE = re.compile(
    r"(?:集合|集结)(?!情况|慢|速度|时间)[^。;；!！\n]{0,16}?(?:搜寻|搜救|扑火|扑救|打捞|救援|找人|寻人)"
)
_DRILL = re.compile(r"演练|训练|集训|拉动|模拟|预案")
# Workers or residents massed somewhere now over a grievance, said in any order (农民工在县
# 信访局门口聚集反映工资问题，约15人: blind set Y3); not one planned or feared (拟于…聚集,
# 苗头), a drill's (模拟…聚集), a rule for one (发生10人以上聚集) nor one calmed (已现场稳控).
_MASSED_NOW = re.compile(
    r"(?:工人|农民工|民工|员工|业主|群众|村民)[^，,。;；\n]{0,12}?(?:聚集|围堵|堵门|静坐)(?!性|苗头|活动)"
)
_MASSED_NOT = re.compile(r"拟|计划|打算|苗头|可能|演练|预案|稳控|散去|平息|劝返|\d+人以上")
_WITHIN_HALF_HOUR = re.compile(
    r"(?:半个?小时|[1-3]?\d\s*分钟)(?:之|以)?内[^，,。;；\n]{0,4}?(?:报|反馈|回复|核实|回话)"
)
_LATE_CHASED = re.compile(r"补报|没报|未报|还差|还没")
# Asked only to wait (请各位耐心等待, 请大家稍候).
_WAIT_ONLY = re.compile(r"请[^。;；\n，,]{0,6}?(?:耐心)?(?:等待|等候|稍等|稍候)(?!通知)")
# A report to be made again, its terms changed (按新口径重报, 重算); not a roster changed and
# sent again (把调整后的排班表重新报镇里: blind set Z3, a task).
_REDO_ASKED = re.compile(
    r"重报|重算|按新(?:口径|模板|标准|表格?)[^，,。;；\n]{0,6}?(?:报|算|统计|填)"
)
_ROUND_NOW = re.compile(
    r"(?:今晚|现在|马上|立即|立刻)[^。;；\n]{0,16}?(?:排查|核实|核查|摸排|清点|联系)"
)
_REPORT_BY_CLOCK = re.compile(
    r"\d\s*[点时](?:半|\d{1,2}分?)?(?:之|以)?前[^，,。;；\n]{0,2}?(?:上报|报送|报|反馈|回复)"
)
# Who has not yet reported (还差两个社区, 还有3个村未报), not what was not found (还没发现).
_ROUND_CHASED = re.compile(r"补报|没报|未报|还差")
_ROUND_GOES_ON = re.compile(r"(?:零报告|报零|日报)[^，,。;；\n]{0,4}?(?:照常|继续|不停|不间断)")
# A fire just reported and being checked (县指挥部接报大塘镇六利村方向有烟，正在核实), with
# an order to act at once: the alarm itself, before anyone has confirmed it.
_FIRE_REPORTED = re.compile(
    r"接(?:到)?报[^。;；\n]{0,16}?(?:有烟|冒烟|起火|着火|火情)[^。;；\n]{0,8}?(?:正在|待)核实"
)
# A fire named (坡豆村火情已接报…请每半小时报告一次火场情况): reported on every half hour or
# hour, it is burning now, as _REPORT_HOURLY's hazards are (blind set O3).
_FIRE_NAMED = re.compile(r"火情|火场|火势")
# Someone setting off now (我和志强现在过去, 我和老张现在赶去江边, 我而家过去睇下): urgent beside
# an incident, not 我现在过去接你 or 我现在去现场看一下施工进度.
_SET_OFF_NOW = re.compile(
    r"我(?:们|和[\u4e00-\u9fff]{1,4})?(?:现在|而家)(?:就)?(?:过去|赶过去|赶去|赶往|去现场)"
)
# Wild birds found dead in numbers (发现死野鸭子、大雁十七八只), or poultry or pigs dying with
# the signs of an epidemic (鸡舍一晚上死了二十多只鸡，鸡冠发紫; 死咗六头猪，睇落耳朵同肚皮发紫):
# not a farm's daily losses or a tally.
_DEAD_ANIMALS = re.compile(
    r"(?:发现|看到|有)[^。;；\n]{0,8}?死(?:亡)?的?(?:野鸭|野鸟|大雁|候鸟|天鹅|鸟)[^。;；\n]{0,12}?"
    r"(?:[1-9]\d*|[一二三四五六七八九十几数好]+)[^。;；\n]{0,3}?只"
    r"|死(?:了|咗)(?:[1-9]\d*|[一二三四五六七八九十几数好]+)[^。;；\n]{0,4}?[只头][^。;；\n]{0,12}?"
    r"(?:禽流感|疫|发紫|站不稳|歪|刚发现)"
)
# A notifiable animal disease suspected here (羊只异常死亡…疑似口蹄疫): reported within hours
# by law; not one ruled out (检测为阴性, 已排除).
_SUSPECTED_EPIDEMIC = re.compile(
    r"疑似(?:口蹄疫|非洲猪瘟|高致病性禽流感|禽流感|小反刍兽疫|炭疽|狂犬病)"
)
_EPIDEMIC_CLEARED = re.compile(r"阴性|(?<![未不没])排除|解除|演练|知识|邻县|邻市|外省发生")
_ANIMALS_ROUTINE = re.compile(
    r"无害化|存栏|病死|冻死|以上|处理完|已处理|已报|邻县|邻市|邻省|外省|外地|通报"
)
# People shut in a lift (18号院电梯困人，仨人，有俩孩子…能不能找特种设备的人催催), with help
# asked, not last time's case or a drill.
_LIFT_TRAPPED = re.compile(
    r"电梯(?:里)?(?:困|关)(?:了|住)?(?:人|[\d一二两三四五六七八九十几仨俩]+(?:个|名|位)?人)"
    r"|(?:困|关)在电梯"
)
# Someone in the home (屋里好像有老人): with a smell of gas, at risk.
_SOMEONE_INSIDE = re.compile(r"屋里[^，,。;；\n]{0,4}?有(?:人|老人|孩子)|敲门没人应")
# A time frame for later (今天安排人撒点融雪剂), not a house number (3号楼).
_TIME_FRAME = re.compile(r"今天|明天|今晚|明早|上午|下午|晚上|本周")
# Nobody hurt, however said (暂时莫得人受伤, 冇人受伤).
# (Not the question 有没有人受伤.)
_NOBODY_HURT = re.compile(r"(?<!有)(?:没有?|没得|莫得|冇|无)人(?:员)?(?:受伤|伤亡)")
# ...unless someone is still caught (暂时没人受伤，但有人困在里面出不来).
_STILL_CAUGHT = re.compile(r"被困|困在|出不来|还在里面|没出来|没上来|失联|还没找到|没找到")
# The three marks of a live incident (see _live_incident), and what rules one out.
# 正在 tells of the event, not of its handling (正在整改, 正在统计, 正在召开).
_LIVE_NOW = re.compile(
    r"这会儿?|现在|而家|刚才|刚刚|眼下|还在|还没|刚接到?[^，,。;；\n]{0,6}?电话"
    # A state since the small hours (暖气从后半夜就拔凉了), someone just taken to hospital.
    r"|从(?:后半夜|半夜|凌晨|早上)(?:就|开始)|刚(?:拉走|送走|抬走|送去|送到)"
    r"|正在(?!整改|统计|调解|处理|处置|排查|召开|开展|走访|推进|修|清理|回访|举办|进行|对|找|做)"
)
# ...and someone still at risk or help asked for: a report of the event alone may be news.
_LIVE_AT_RISK = re.compile(
    r"被困|困在|有人受伤|人受伤|受伤了|流血|昏迷|没醒|不动|没反应|没下来|没出来|有没有人|还有人"
    r"|里面有人|还没到|出不来|过不来|上不来"
    r"|还没来|往下跑|没撤|还在里面"
    r"|赶紧|赶快|快点|快啲|麻溜|快来|快过来|快叫|快派|帮忙|搭把手|咋弄|咋整|怎么办|咋办|派人|派个人|来人|支援"
    r"|救命|怎么处理|咋处理|要不要叫"
    # Help asked as a question (水利站能不能连夜找个备用泵, 镇上能不能帮着催一下).
    r"|能不能(?:连夜|马上|赶紧)?(?:派|找|帮|来|协调|催)|帮着催"
)
_LIVE_EVENT = re.compile(
    r"着火|起火|冒烟|冒火花|打火花|烟很大|浓烟|火光|漏气|泄漏|燃气味|煤气味|塌|垮|裂开|裂缝|倒了|晕倒|昏迷"
    r"|摔(?:倒|伤|那|在|了一跤)|堵(?:住|上|了)?(?:大门|门口|路口)|堵门|聚了|聚集|闹事|打架"
    r"|吵起来|被困|困在|困人|掉进|掉水|落水|淹|漫过|冲走|走丢|受伤|流血|中毒|爆炸|爆燃"
    r"|(?:人|娃|孩|老人|大爷|大娘)[^，,。;；\n]{0,8}?(?:找不到|不见了|没回来)"
    # A pipe burst, or a home gone cold in a cold wave (立管崩了，一楼进水; 屋里才11度).
    r"|(?:管|管子|管道)[^，,。;；\n]{0,2}?(?:崩|爆|裂)了|爆管|跑水"
    r"|暖气[^，,。;；\n]{0,8}?(?:拔凉|冰凉|不热了|停了)|屋里(?:才|只有)\s*\d+\s*度"
    # ...or about to, the boiler going out within the night (明早就得断火).
    r"|(?:今晚|今天|今夜|半夜|后半夜|明早|明天一早|天亮)[^，,。;；\n]{0,4}?(?:就得|就要|就|快要?)"
    r"(?:断火|断暖|停暖|停热)"
    # A family taken ill by what they ate (一家五口都上吐下泻).
    r"|上吐下泻|食物中毒"
)
_LIVE_NOT = re.compile(
    r"上周|上个?月|上次|昨天|前天|去年|前几天|那次|已经?(?:处理|扑灭|解决|救出|找到|送医|恢复)"
    r"|演练|模拟|提示|常识|如果|如遇|万一"
    # Counted, settled or heard of: 具体数据还在统计中, 人员都安全, 误报, 调解好, 某地.
    r"|统计|都安全|无人员伤亡|没有伤人|问题不大|误报|调解好|新闻|某地|某市|某县"
)
# Workers massed somewhere with banners or blocking it (大门口这会儿聚了二十来个工人，拉着横幅
# …把大门堵上了): a crowd with a grievance, wherever it stands.
_WORKERS_MASSED = re.compile(
    r"(?:聚集?了?|围了|来了|堵了|坐了)(?:十几|几十|二十|三十|四十|五十|\d{2,})[多来余几]?(?:个|名|位)?"
    r"(?:工人|农民工|民工|群众|村民|人)"
)
_BLOCKING = re.compile(
    r"堵(?:住|上|了)?(?:大门|门口|路口|马路|路)|堵门|围堵|静坐|血汗钱|要去(?:县|区|市)(?:政府|里)"
    r"|不走|讨薪|讨要|工钱|说法"
)
# Someone down and not responding (摔那儿了 叫他不吭声 也不动弹): not last week's fall.
_PERSON_DOWN = re.compile(
    r"(?:摔|倒|晕|昏)(?:倒|那儿|在地|地上)?了?[^。!！\n]{0,12}?"
    r"(?:不动弹|不动了|不吭声|起不来|没反应|没有反应|昏迷|不省人事|脸都乌|没得?气)"
)
# Gas smelt where people still are, with help asked at once (楼道里一股燃气味…楼上还有十来户
# 没下来…赶紧过来搭把手); not the safety tip (闻到燃气味，立即开窗).
_GAS_SMELL = re.compile(r"(?:燃气|煤气|天然气|液化气)(?:的)?(?:味|泄漏的味道)")
# Dangerous goods found stored under people's homes (车库…码着一箱一箱的烟花…上面都住着人).
_HAZMAT = re.compile(r"烟花|爆竹|鞭炮|炸药|雷管|液化气罐|液化气瓶|汽油桶")
_STORED = re.compile(
    r"码着|堆着|藏着|囤(?:着|了|放)|一箱一箱|成箱|\d+\s*箱|[几十]+箱|好多箱|很多箱"
)
_NEAR_HOMES = re.compile(r"住着人|住人|居民楼|楼道口|楼上|楼下")
# A slope cracking and seeping now (屋后边坡开裂约15公分，有浑水渗出), with people still
# there or help asked for; not a monitoring report (裂缝监测无扩大).
_SLOPE_FAILING = re.compile(
    r"(?:坡|山体|岩|堡坎|挡墙|挡土墙)[^，,。;；\n]{0,6}?(?:开裂|裂开|裂缝|裂了)[^。;；\n]{0,16}?"
    r"(?<![没未无不])(?:(?:渗|冒|涌)[^，,。;；\n]{0,3}?水|水(?:渗|冒|涌))"
)
# Someone bitten by an animal just now, wounded, with a ride or help asked for (小妞妞叫王老四
# 家的狗咬了，小腿上两个血窟窿…村医说得赶紧去县疾控打狂犬针，谁有车？): the shots cannot wait.
# Not a bite told of as past or dealt with (昨天有人被狗咬了 去打了狂犬疫苗; see _first_hand),
# nor a dog that chewed a slipper (把拖鞋咬烂了: no wound).
_BITTEN = re.compile(r"(?:狗|犬|蛇|狼)[^，,。;；\n]{0,2}?咬(?:了|伤|咗|到|出)|被咬(?:了|伤|到)")
_BITE_WOUND = re.compile(r"血|口子|窟窿|肿")
_BITE_HELP = re.compile(
    r"谁有车|有冇车|有无人有车|有没有车|派车|赶紧|赶快|快来|快过来|咋整|咋办|怎么办|帮忙"
)
# A child or an old person not back and searched for (出去耍到现在都没回来…大家帮忙找一下).
_NOT_BACK = re.compile(r"(?:到现在|至今|这会|了)(?:都|还)?(?:没|未)(?:回来|回家|到家|归)")
_ANIMAL = re.compile(r"牛|羊|猪|狗|猫|鸡|鸭|鹅|马|驴")
_MISSING_WHO = re.compile(r"娃|孩|岁|老人|儿子|女儿|学生|大爷|奶奶|爷爷")
# Gone by the water or on the ice (刚才还在河边冰上玩，一转眼就没了; 在冰窟窿边上玩着玩着没了):
# a child there may be under the ice, whatever words the family finds. Not a thing gone
# (孩子作业本丢了), nor what the water or the ice did (冰面上的雪都没了: 的 between).
_GONE_BY_WATER = re.compile(
    r"(?:河|冰|湖|塘|水库|江|溪|渠|窟窿)(?:边|上|面|沿|畔)[^。!！?？\n的]{0,12}?"
    r"(?:没了|不见了|没影了?|找不[到着]了)"
)
# Someone gone into the water, a boat overturned (雾太大船翻了…付大贵冇得音信！), and not heard
# of or found since: a search that cannot wait, whoever tells it and however.
_INTO_WATER = re.compile(
    r"船翻|翻船|翻了船|落水|掉(?:进|到)?水|掉(?:进|到)(?:河|湖|塘|江|水库)|溺水"
)
_NOT_HEARD_OF = re.compile(
    r"(?:冇|没有?|没得|莫得|无)(?:得)?(?:音信|消息|下落|踪影)|不见人|还没(?:找到|上来|捞到)|失联"
)
# One of these is in any text _GONE_BY_WATER finds: most texts skip its search.
_GONE_WORDS = ("没了", "不见了", "没影", "找不")
_SEARCH_ASK = re.compile(r"帮忙找|帮忙寻|找一下|找找|寻找|搜寻|留意")
# Sent to search a stretch for someone (@李晓东 你带几个人顺着南边排水沟往西找; 跟派出所分片找):
# a search goes on now, whatever time the text does not give. Not the speaker's own part
# (我们分头找, 我顺着河往下找), which answers the call.
_SEARCH_ORDER = re.compile(
    r"(?:顺着|沿着?|往[东南西北上下]|分头|分片)[^，,。;；!！?？\n]{0,10}?(?:找|搜|寻|捞)(?![到着了回])"
)
# Ice where people pass, on which someone just fell (匝道又冻住了…刚才有个骑电动车的滑倒了):
# not a safety tip (雪后路面结冰，小心滑倒) nor last week's fall.
_ICED_OVER = re.compile(r"冻住了|结冰了|结了一层冰|结成冰了|冻成冰了|全是冰")
_JUST_FELL = re.compile(
    r"(?:刚才|刚刚|刚有)[^，,。;；!！\n]{0,12}?(?:滑倒|摔倒|摔了|滑了一跤|侧翻|侧滑|翻车|追尾|撞)"
)
# ...and help called for now (叫铲车再来一趟, 快过来帮忙, 得赶紧去撒盐), not a fall dealt with
# or told as a warning (已经送社区医院…人没大碍, 幸好没事，大家出门小心).
_ICE_HELP = re.compile(r"铲车|撒盐|融雪剂|派|来人|帮忙|赶紧|快过来|快来|拦着|躺|起不来|受伤|昏迷")
# (幸好, 没大碍, 已经送 and the like settle every first-hand report: see _SETTLED.)
_ICE_DEALT_WITH = re.compile(r"已送|注意安全|小心|统计|正在现场|绕行")
# The news, heard of (新闻见到…, 听说…): not someone's own video of what goes on.
_NEWS_HEARD = re.compile(r"新闻|报道|听说|据说")
# Heard of, or nearly: 刚才看新闻说有人滑倒, 刚才我差点滑倒.
_HEARD_OF = re.compile(_NEWS_HEARD.pattern + r"|视频|网上|差点|差一点|险些")
_REFUSE = re.compile(r"死都不|不肯|拒不|不愿|劝不动")
# ...and calling in the police or help (要不要叫派出所来), not still talking them round.
_CALL_IN = re.compile(r"派出所|民警|支援|请求|要不要叫|怎么办")
_AT_RISK = re.compile(r"被困|受伤|失联|遇险|被埋")
# A notice passed on as such: 转发：…
_PASSED_ON = re.compile(r"\s*(?:转发|转)[:：]")
# "听说…着火了？": a rumour asked about, not a report.
_HEARSAY = re.compile(
    # ...or seen on the news or a video app (快手上说你们镇着火了？你没事吧).
    r"^\s*(?:听说|看(?:到|了)?(?:新闻|快手|抖音|视频|朋友圈)|(?:快手|抖音|微博|朋友圈|网上|新闻)上?(?:说|讲))"
    # Not when it says it is here, or asks for help (就是我们村后山着火了…快派人上去？).
    r"(?![^\n]*(?:核实|确实|确认|是真的|在现场|就是我们|我们[村镇]|快派|马上|赶紧|受伤|被困))"
    r"(?:[^\n]*[?？]"
    # ...or heard of somewhere else (听说隔壁县昨天有个厂子锅炉爆炸了).
    r"|[^，,。\n]{0,4}(?:隔壁|邻|外)[县乡镇市省])"
)
# A rumour denied (【辟谣】网传…均为谣言) is no emergency, whatever the rumour says.
# (Not the 不信谣、不传谣 an emergency notice may end on.)
_RUMOUR = re.compile(r"辟谣|(?:均为|均系|系|属|是)谣言|网传[^。;；\n]{0,60}?谣言")
# A period's tally (全县共发生道路交通事故9起、受伤14人): counted, not happening.
_TALLY = re.compile(
    r"共(?:发生|接报|处置|出现|查处)[^。;；\n]{0,16}?\d+\s*起"
    # ...or a period's incidents named for a report on them (中秋以来发生的燃气泄漏…突发事件,
    # 沙尘暴期间人员走失、牲畜走失及房屋棚圈受损情况).
    r"|(?:以来|期间)(?:发生|出现)的|(?:以来|期间)[^。;；\n，,]{0,30}?情况"
)
# The work after a disaster (地震灾后受损房屋安全排查, 灾后重建), not the disaster.
_AFTERMATH = re.compile(r"灾后|震后(?:重建|恢复|评估|排查)|恢复重建")
# A tip by its tag: 【防灾提示】地震后如何安全回家？
# (Not 【紧急提示】 or 【重要提示】, which announce what happens.)
_TIP_TAG = re.compile(r"\s*【(?![^】]*(?:紧急|重要|特急|预警))[^】]{0,6}(?:提示|知识|科普|常识)】")
_RESOLVED = re.compile(
    # (Not a fire nearly out, still burning: 火快扑灭了, 即将扑灭; but 很快扑灭, put out soon.)
    r"续报(?<![况时行]续报)|已扑灭|全部扑灭|(?<!快)(?<!快要)(?<!即将)扑灭|很快扑灭|(?:火|明火|火势)(?:很快|已经?|都|全)?打?(?:灭|熄)了|处置完毕|已处置完|已过境|已劝返|已找到|已在.{0,6}找到|找到了"
    r"|不是山火|大家放心|已解除|已恢复|解除|终止|已确认安全|已解救"
    # A response praised as done (寒潮、督查、燃气泄漏处置都应对得不错: blind set U3).
    r"|(?:应对|处置)得(?:不错|很好|好|及时|有力|得当|漂亮)"
    # A work order closed from the scene (QH…0093 现场已处置：…检测无泄漏: blind set P3).
    r"|现场已处置[：:，,]"
    # Found, or everyone brought out: 已经找回, 4人全部安全救出, 被困人员已获救; not what
    # is asked for (协助找回, 确保全部安全救出) or not yet done (尚未获救).
    r"|(?<![助忙保争未])(?:找回|寻回)|(?<!确保)(?<!力争)(?<!务必)全部(?:安全)?救出|成功救出"
    r"|已(?:经)?(?:全部)?(?:安全)?(?:救出|获救|脱险)|(?:均|全部)(?:已)?(?:安全)?(?:获救|脱险)"
    # (...with when: 2人已于11:31安全救出: blind set B4.)
    r"|[\d一二两三四五六七八九十]+人(?:已|均)?(?:于[^，,。;；\n]{1,12}?)?安全救出"
    r"|(?:均|全部|都)已?脱离(?:生命)?危险"
    # Out of danger after treatment: 送县人民医院救治…已无生命危险, 均无生命危险 (not 有无生命
    # 危险, 目前无生命危险: whether, or for now).
    r"|(?:已|均|都)无生命危险"
    # The danger over: 险情基本排除, 已排除险情.
    r"|险情(?:已经?|基本|已基本)?排除|(?<![未不没])排除(?:了)?险情"
    # A duty report that nothing happened: 未接报突发事件, 全区平安 (not 平安办, the office).
    # Said as a duty report or of people (全区平安, 人平安, 已经平安到家了), not a place
    # (平安社区, 平安镇, 青海平安区) nor 平安夜.
    r"|未接报|未发生|没有发生|无突发|(?:全[区县市镇乡]|辖区|一切|均|都|人|母子)平安"
    r"|平安(?:到家|无事|下山|落幕|顺利|度过)"
)
# Stopped in time: 网格员及时发现劝阻，未造成损失.
_NO_HARM_DONE = re.compile(r"未造成(?:任何|经济|财产)?(?:损失|人员伤亡)")
_FOUND = re.compile(r"找到|找回|寻回|获救|救出|脱险")
# Partly put out, still burning, still asking for help: not over yet.
_STILL_ACTIVE = re.compile(
    # Another still caught or missing (送医的已无生命危险，另外一个还在下面).
    r"没找到|还在下面|还被(?:压|困|埋)|(?:困|压|埋)着|压在|埋在|另外一个|还有一个"
    r"|仍有(?:余火|明火|火点|人员?被困)|仍在(?:燃烧|蔓延|冒烟)|尚未(?:扑灭|控制|找到|获救|救出|脱险)"
    r"|还有[\d一二两三四五六七八九十几]*[名个]?(?:人|小孩|孩子|娃)?[^，,。]{0,4}(?:被困|在里面|出不来|没出来)|请求增派"
    r"|复燃|又(?:烧|着)起来|(?:一直|还在)[^，,。]{0,3}(?:冒|漏|往外)|请求支援|请求增援|(?:请|需要|急需)[^，,。]{0,6}(?:增援|支援)|正在搜救|(?<!已)扑救(?!完毕)|来人|仍有\d*[一二两三四五六七八九十几]?[名个]?人|另\d*[一二两三四五六七八九十几]?[名个]?人"
)
# A search under way for people a hazard caught (1户3人被困，正在搜救).
_SEARCHING = re.compile(r"正在(?:搜救|救援|营救|抢救|搜寻)")
# Reports asked every hour or oftener while it lasts (红岩村滑坡…请每小时续报一次): what they
# are about is going on now, not a risk (o2: 每2小时报一次转移情况 is a day's routine).
_REPORT_HOURLY = re.compile(
    r"每(?:半小时|半个小时|[1-6]?\d分钟|[一1]?个?小时)[^，,。；;\n]{0,4}?(?:续报|报|汇报|一报)"
)
# A hazard word that names a risk or a kind, not the thing: 滑坡风险很高, 泥石流隐患点.
_HAZARD_AS_RISK = re.compile(r"\s*(?:等)?(?:风险|隐患|易发|高发|多发|预警|灾害|危险区)")
_RISK_SAID_BEFORE = re.compile(r"(?:预计|可能|谨防|防范|易发?|引发|诱发)[^，,。;；\n]{0,8}$")
# People counted as missing (失联游客为3人, 2名驴友…失联): the count is what a search goes
# by, and is said while they are not yet found. Not those trapped where rescuers are (3组
# 还有2人被困, under a photo of the boats standing by): a report of a rescue under way.
_MISSING_COUNT = re.compile(
    r"(?:失联|失踪)(?:的)?(?:游客|人员|群众|村民|驴友|者|人数)?(?:为|共|增至|有|已达)?\s*"
    r"[\d一二两三四五六七八九十]+\s*(?:人|名)"
    r"|[\d一二两三四五六七八九十]+\s*(?:人|名)(?:游客|驴友|村民|群众)?[^，,。;；\n]{0,6}?"
    r"(?:失联|失踪)"
)
# ...and brought out in other words than _FOUND's (被困2人已被冲锋舟救上岸，…身体无大碍).
_BROUGHT_OUT = re.compile(r"救上|拉上来|升井|无大碍|安全(?:撤离|下山|返回|到家)")
# A hazard happening now (not "如发生滑坡…" in a standing rule): urgent when it is reported
# to the reader or comes with an order to act at once.
_HAZARD = re.compile(r"垮塌|塌方|坍塌|倒塌|滑坡|泥石流|冲断|冲毁|决堤|溃坝|管涌|山洪暴发|被困|围困")
_CONDITIONAL = re.compile(
    r"如遇|如有|如发生|如发现|如出现|一旦|万一|凡是|今后|若|遇有|遇到|遇[重突紧险特大]|防止|防范"
    # Not an office's name (县动物疫病预防控制中心).
    r"|预防(?!控制中心)|避免"
    # Standing orders for whenever called: 接到通知后立即到岗, 必要时.
    r"|接到通知后|接通知后|收到通知后|必要时|需要时|接报后|接警后|接到报警后"
    # Symptoms that may appear, in a health tip: 老人儿童出现头痛、头晕等症状要立即转移到通风
    # 处 is advice for that case, not an order now (blind set R3); symptoms reported seen
    # (羊只出现流涎、跛行症状，疑似口蹄疫) come with no such advice.
    r"|(?:出现|有)[^，,。;；\n]{1,16}?症状(?:时|的|后)?[，,]?\s*(?:要|应|需|请|务必|须|就)"
)
# The event a notice cites as its reason (鉴于今天发生燃气泄漏，决定开展排查): not one now;
# an order after it still is (鉴于上游水库泄洪，请沿河各村马上组织撤离).
_CAUSE = re.compile(r"鉴于")
_QUESTION_MARK = re.compile(r"[?？]")
# Friends, not colleagues: 同学, 老乡, a class, a team (not 网格员之家, 工作交流群).
_FRIENDS = (
    r"同学|老乡|战友|校友|同窗|老同事|老朋友|\d{2,4}级\d{1,2}班"
    # A class, not a class's parents or teachers: 岷阳二中2006届初三(3)班, 林河一中94届3班,
    # 梧桐中学九〇届三班, or a year's classmates (县一高2005届).
    r"|(?:(?:\d{2}|\d{4}|[〇零一二三四五六七八九]{2,4})届|[(（]\d{1,2}[)）])[^群]{0,8}?班$"
    r"|(?:\d{2}|\d{4}|[〇零一二三四五六七八九]{2,4})届$|老铁"
    r"|球队|篮球|足球|乒乓|羽毛球|跑团|驴友|球友|广场舞|舞蹈队"
    # Retired colleagues, as 老同事 (桐溪县应急局老同志群: blind set S3); not the office that
    # serves them (县委老干部局, 离退休干部工作群).
    r"|(?:老同志|老干部)(?![局科处办])(?![^群]{0,6}工作)"
)
_SOCIAL_GROUP = re.compile(_FRIENDS)
# Family and neighbours (相亲相爱一家人, 滨河苑邻里群), not a work group that calls itself
# so (双河镇卫生院一家人, 邻里守望志愿服务群).
# Neighbours' groups, which the 社区 or the 物业 runs: what their owner or admins say there
# (张太，假期社区有人值班; 陈姨，我等阵过嚟睇下) is the staff's word to residents, not chat.
_NEIGHBOURS = re.compile(r"邻里|街坊|业主群")
# A village's residents' group, or one of its hamlet's (组, 寨, 屯).
# ...where a villager's question, trouble or call for help is no chat (山上有火 你快点喊人来,
# 转移的几户明天可以回家了吗？, 我们屋头一滴水都没得了).
_VILLAGER_CONCERN = re.compile(
    r"火|烟|快点|快来|赶紧|马上|[?？吗]|没得了|没有了|不见|没回|卡住|翻|倒|血|打架|打起来|伤|病|昏"
    r"|喊不应|漏|塌|裂|断|困|水|电"
)
_VILLAGERS = re.compile(r"村民[^群]{0,4}群|(?:[\d一二三四五六七八九十]+组|寨|屯)群$")
_FAMILY = re.compile(
    r"^(?!.*(?:镇|局|院|所|站|办|委|物业|社区|志愿|网格|工作|村|防|安全|管理|应急|家校|家长|班|学校))"
    r".*(?:一家人|一家亲|一家子|一家门|家人群|家庭群|亲友|家族群|邻里|街坊|业主群|家厝)"
    # ...or named for the family alone (老李家, 李家大院（莫乱发广告）).
    r"|^老?[\u4e00-\u9fff]家(?:大院)?\s*(?:[(（][^)）]*[)）])?$"
)
# (The numbers to ring, not 1200来斤.)
_CALL_FOR_HELP = re.compile(
    r"被困|走失|受伤|帮忙|救命|(?<!\d)1(?:19|20)(?!\d)|撤|支援|不见了|找不到|失踪"
)
_FINDING_WORDS = re.compile(
    r"发现|隐患|问题|险情|裂缝|被困|受伤|漏水|漫水|上涨|异味|氨味|气味|头晕|缺失|脱落|破损|积水"
    r"|火|冒烟|反映|较大|滑坡|塌|中断|中毒|转运|救援|结冰|无法|整改(?!督导|组|工作)"
    r"|缺|还差|但|伤者|抢救|水深|渗水|存在|占用"
)
_CHAT_ASK = re.compile(r"[吗啊呢吧][。!！]?\s*$|啥情况|怎么回事")
_ASIDE = re.compile(r"[(（][^()（）]{0,30}[)）]")
_NOW = r"马上|立即|立刻|即刻|赶紧|赶快|火速|速到|速来"
_AT_ONCE = re.compile(_NOW + r"|刻不容缓")
# A response level raised, or started with an order for now, calls for one.
_RESPONSE_NOW = re.compile(_NOW + r"|迅速|刻不容缓|即时|提升至|提升为|升级为")
# ...but a warning raised is not a response raised (县气象台…将寒潮蓝色预警升级为黄色预警…请各乡镇
# 启动防寒潮Ⅳ级应急响应…今天下午5点前报: blind set U3, a task).
_WARNING_RAISED = re.compile(r"[^，,。;；\n]{0,6}?预警")
_WARNING_BEFORE = re.compile(r"预警[^，,。;；\n]{0,3}$")
# What a weather warning must come with to be an emergency here.
_WARNING_ORDER = re.compile(_NOW + r"|迅速|转移|撤离|到岗|停课|停工|关闭")
# ...or what is asked of you is about to run out (储煤告急，只够烧到后半夜; not 打印纸告急).
_HURRY = re.compile(
    _NOW + r"|第一时间|告急(?=[^。;；\n]{0,12}?(?:只够|只能撑|撑不到|撑不过|后半夜|今晚|天亮))"
    # What keeps a site going about to run out (发电机柴油的事怎么样了？快用完了: blind set D4).
    r"|快(?:用完|用光|烧完|耗完)了"
    # "Quick, go and…" to someone to get in touch or see to it, in speech or dialect
    # (快啲问下镇里知唔知; not 快点发红包).
    r"|(?:快点|快啲|快d|快些|快去)(?:去|帮|问|联系|打电话|通知|核实|处理|同|跟|叫)"
)
# A reply that the speaker comes or sees to it at once (@李明 好的我马上过来, 我们立即处理):
# the reader's ask answered, nothing asked of them.
_ON_MY_WAY_REPLY = re.compile(
    r"(?:@\S+\s*)*(?:(?:收到|好的?|好嘞|明白|嗯|行)[，,。！!\s]*)?我们?(?:这边|这就)?"
    r"(?:马上|立即|立刻|赶紧|赶快)(?:就)?(?:过来|过去|到|来|去|下来|上来|出发|赶过来|赶过去"
    r"|处理|安排|落实|办)(?:一下|一趟)?[。！!～~\s]*"
)
# Asked to come down or over now (您能先下来一下吗, 现在过来一趟), not when free (有空过来一下);
# or sent somewhere now (你现在去一趟钟楼社区), not told where the poster goes (我现在去一趟).
_COME_NOW = re.compile(
    r"(?:(?P<first>先|(?:您|你)(?:能|可以)?)|(?:现在|赶紧|快|立马|马上)(?:能|可以)?)"
    r"(?:下来|下楼|过来|上来|来)一(?:下|趟)"
    r"|(?:您|你)(?:现在|赶紧|赶快|立马|马上)去一(?:下|趟)"
)
# Told, by name, to come, go or call back at once, as what is said opens (李明，马上到值班室来;
# 李明，速到会议室; 李明，马上回个电话): whoever else is named first comes (车马上过来).
_COME_AT_ONCE = re.compile(
    rf"(?:请)?(?:你|您)?(?:(?:{_NOW})(?:过来|回来|去一[下趟]|到[^，,。;；!！?？\n]{{1,10}}?来(?!的)"
    r"|回(?:个)?电话|回电)|速(?:到|来|回))"
)
# Sent somewhere to keep watch now (@李明 你家离纸坊近，先过去盯着).
_GO_WATCH_NOW = re.compile(
    r"(?:先|马上|赶紧|立马|现在|快)(?:赶)?过去(?:盯着|盯一下|守着|看着|看看|看一下|瞅瞅)"
    # ...or to go along now (@李明 幸福家园停暖了，你跟我现在过去，车在你家楼下).
    r"|(?:你|您)跟我(?:现在|马上|赶紧|立马)(?:一起|一块儿?)?(?:过去|去一趟|走)"
)
# ...unless it is for later (下午上班先过来一下, 回头你先过来一下, 不急), or "first" is all that
# 先 says and nothing waits now (一楼大厅来了位老大爷…接待室现在没人，您能先下来一下吗).
_LATER = re.compile(
    r"下午|上午|晚上|下周|下个?月|回头|改天|过两天|有空|不急|等你|以后|之后|后先|后你|后来|上次|会后|再说"
    r"|不用了"
)
_WAITING_NOW = re.compile(
    r"现在|来了(?:个|位|一|[二两三四五六七八九十几]+[个位名])|(?:组|领导|群众|记者)来了"
    r"|在等|等着|已经到(?:了)?(?:门口|楼下|大厅)"
)
# What a tagged warning's order must say: at once (立即进入临战状态), not what to close.
_ORDER_AT_ONCE = re.compile(_NOW + r"|迅速")
# Someone else taking people to a place at once (田晓燕马上带人到18号院挨家挨户查, 常书记马上
# 带上网格员到小区门口); not 我马上带人去扫台阶, nor units told 各社区书记立即带队到辖区开展排查.
_TAKE_PEOPLE = re.compile(
    rf"(?<![我们])(?:{_NOW})带(?:上|领)?(?:人|队|[\u4e00-\u9fff]{{0,4}}?(?:员|干部|民警|队员))"
    r"(?:到|进|去|赶)"
)
# A work-news item (【工作动态】…) or a media account's headline (【查干融媒】我县召开…，确保
# 10月底前完成…) tells what was done or set; it asks nothing.
_NEWS_ITEM = re.compile(
    r"\s*【(?:工作动态|工作简报|外地经验|经验交流|信息简报|动态|简讯|[^】]{0,6}(?:融媒|新闻|电视台|头条))】"
)
# Last year's notice posted for reference (去年清明的卡点安排贴出来给大家参考：…各村每天下午5点
# 前报…), said after why (有乡镇问进度表怎么填，把去年的通知再发一下供参考：): its orders
# were last year's.
_FOR_REFERENCE = re.compile(
    r"^[^。;；\n]{0,24}?(?:去年|往年|上一年|历年)[^。;；\n]{0,20}?(?:参考|借鉴|对照)"
)
# The speaker's going, and nothing else (我马上开车过去, 我们这就赶过去！).
_OWN_GOING = re.compile(
    # (...after where the speaker is: 我在镇上，马上过去, blind set W3.)
    # (...or how: 我开车，马上过去, blind set B4.)
    rf"\s*(?:我们?|咱们?)(?:就?在[\u4e00-\u9fff]{{1,8}}[，,]?\s*)?"
    r"(?:(?:开车|骑车|打车)[，,]\s*)?也?"
    rf"(?:{_NOW}|这就|现在)"
    r"(?:开车|骑车|坐车|打车)?"
    r"(?:过去|过来|赶过去|赶过来|赶到|出发)[。!！~～\s]*"
)
# Whoever is seen doing something (看到小娃娃下河的马上劝离): a standing order.
_WHOEVER = re.compile(
    r"(?:看到|看见|发现|遇到|遇见)[^。;；\n]{1,16}的[,，]?\s*$"
    # ...or the case named bare, as its clause opens: 登记…，发现无证人员立即报告派出所 (not
    # 看见两个娃在河边玩水 马上派人过去: what someone saw, and a space before the call).
    r"|(?:^|[,，、;；])\s*(?:一旦|如|凡)?(?:发现|遇到|遇有)[^,，。;；\n\s]{1,12}$"
)
# Sending people or help at once: 请乡里马上派水车送水, 书记带派出所马上过去, 立即组织转移.
# People left without a roof tonight by what is over (厨房失火，已扑灭…今晚没地方住。请街道…
# 两小时内派人上门: blind set V3): the fire is out, the need is now.
_NO_ROOF_TONIGHT = re.compile(
    r"(?:今晚|今夜|晚上)[^，,。;；\n]{0,4}?(?:没地方住|没处住|无处可?住|无处安身|无家可归|没地方睡|露宿)"
)
# The writer on the way to a scene calling others to it (我已在去9栋路上…街道值班的同事请来一下:
# blind set V3), not going to a meeting with a word for later (会后请你过来一下).
_ON_THE_ROAD = re.compile(r"我(?:已经?|正)?在(?:去|赶去|赶往|前往)[^，,。;；\n]{1,12}?路上")
_CALLED_OVER = re.compile(
    r"(?:请|麻烦|快)[^，,。;；\n]{0,12}?(?:来一下|来一趟|过来一下|赶过来|到场|支援)"
)
_GO_NOW = re.compile(
    rf"(?:{_NOW})[^，,。；;！!？?\n]{{0,6}}?"
    r"(?:过去|赶往|赶赴|赶到|赶过去|到场|到现场|前往|出发|派|送水|支援|转移|撤离|劝离|疏散|来人"
    r"|救援|营救|搜救)"
    # Someone told to go now with others (你马上带安监站两个人去X721弄怀路段); not one's
    # own errand (我马上带人去占座) or a question (要不要马上带人去看看？).
    rf"|(?:你|您)(?:{_NOW})带[^，,。；;！!？?\n]{{0,6}}?(?:人|员|队|干部|民兵|同志)去"
    # An officer sent to the scene at once (林添福书记马上到码头), not "soon it is" (马上到
    # 周末了) nor someone on the way home (我马上到家).
    rf"|(?:书记|主任|镇长|乡长|所长|站长|队长|你|您)[^，,。!！\n]{{0,3}}?(?:{_NOW})到"
    r"(?:码头|现场|大厅|村部|堤上|港口|海边|一线|渔港)(?![了啦])"
    # Said in a hurry: 快点派挖机来, 快点来人嘞 (not 快点过来吃饭).
    r"|快(?<!尽快)点?(?:(?:派|叫)[^，,。!！\n]{0,4}?(?:来|过来|过去)|来人(?!民))"
)
_REQUEST = re.compile(
    # (Not 申请, an application: 申请材料已交民政办 asks nothing.)
    r"(?<![申聘宴])请[^。;；!！?？\n]{0,40}?"
    r"(?:报送|上报|报(?!告|道|纸|刊)|参加|参会|出席|集合|到岗|签到|完成|整改|排查|督促|抓紧|做好"
    r"|加强|提交|登记|接龙|报名|发我|交(?!换|流|通|易|叉|接)|组织|(?<!统筹|合理|妥善|自行)安排|准备|核查|核实|对接|值守"
    r"|稳控|巡查|(?<!了)检查(?![了过完])|汇总|宣传|动员|整理|填报|填写|反馈|落实到位|清理|补齐|处理到位|到场|前往|赶往|协助|收集"
    r"|抄送|上传|回复|确认|到位|督导|督查|走访|等候|待命|审核|签字|签阅|阅签|签收|封控现场|继续封控"
    # Asked to meet (请支部委员明早9点到院长办公室碰头) or to post a notice up (请各门诊在门口
    # 显著位置公示): blind set T3.
    r"|碰(?:个|一下)?头|(?<!予以)公示(?![期牌栏结内后无])"
    # Asked to move people on (请凤栖社区联系城管劝离: blind set N3).
    r"|劝离|劝返"
    # Asked to send someone to meet a delivery (请两个嘎查下午2点派人在嘎查部接应: blind set Q3).
    r"|派人(?![去来]?了)|接应"
    # Asked to go or come, the clause ending there (…明天上午10点开两委会，请你去).
    r"|(?<=请你|请您)(?:去|来|过去|过来)(?=[，,。;；!！\s]|$)"
    # Reminding people tonight (请各村今晚再提醒一遍取暖户…): a round done once, now;
    # not the standing 请提醒群众错峰出行 of a tip.
    r"|(?:今晚|今天|今日)(?:再次?)?(?:逐户|挨家挨户)?提醒"
    # Passing word on to units or people (通知到户, 请各村通知种植户, 通知已预约的老人);
    # not 请留意后续通知 or 请以正式通知为准, which only inform.
    # (Those told perhaps by age: 请两村村医提前通知60岁以上老人, blind set T3.)
    r"|通知(?:到|各|全体|所有|辖区|(?:\d{1,3}岁以[上下])?[\u4e00-\u9fff]{0,6}?"
    r"(?:户|人|群众|居民|村民|家长|学生|网格员|党员|干部)))"
)
# A meeting called for a time, which the reader's unit attends or signs in to.
_MEETING_CALL = re.compile(
    r"召开[^。;；\n]{0,40}?会(?:[^。;；\n]{0,30}?|[^;；\n]{0,40}?。\s*各[^。;；\n]{0,12}?)"
    r"(?:参加|列席|出席|参会|签到)"
    # Said plainly, with who attends (开个短会…各科室负责人参加; not 书记参加, 我去参加).
    r"|开(?<!召开)(?:个|一个|一次)?[^。;；\n]{0,10}?会[^;；\n]{0,60}?"
    r"(?:(?:各|全体|班子|大家|同志|负责人|成员|干部)[^，,。;；\n]{0,8}?(?:参加|列席|出席|参会)"
    r"|[\d点时分半]\s*(?:前|之前)到(?!了|家))"
    # A meeting at which the units named report, or bring or prepare something:
    # 明天上午8:30机关例会照常，各办站所负责人汇报…; 例会照常开，各科室带一页纸小结.
    r"|(?:例会|会议|调度会|碰头会)[^。;；\n]{0,6}?[,，]\s*各[^，,。;；\n]{1,12}?(?:汇报|发言|带(?![班队])|准备)"
    r"|碰头会[^;；\n]{0,80}?各准备"
    # The leadership called to one (各位班子成员：今天上午11点半开个短会; 明早7:30班子成员先在
    # 我办公室碰个头): who attends said first (blind set O3).
    r"|班子(?:成员)?[^。;；\n]{0,16}?(?:开(?:个|一个|一次)?[^。;；\n]{0,4}?会|碰(?:个|一下)?头)"
    # No word for the meeting, only its hour, its room and who attends (10点在三楼指挥中心，
    # 班子成员和各股室负责人参加; 下午4点在五楼会议室开展主题党日活动…全体党员参加: blind set S3).
    r"|[\d点时半分]\s*在[^，,。;；\n]{1,10}?(?:会议室|指挥中心|报告厅|礼堂|会场)[^。;；\n]{0,40}?"
    r"(?:各|全体|班子|负责人|成员|干部|党员)[^，,。;；\n]{0,8}?(?:参加|列席|出席|参会)"
)
# A due time moved, to a time the text names (更正：…报送时间延至12月11日中午12点，需增加…一项:
# blind set S3): the report is still asked, by then; all 30 such posts in the labelled sets
# are tasks.
_DUE_MOVED = re.compile(
    r"(?:报送|上报|提交|报名|截止)(?:截止)?(?:时间|日期)?"
    r"(?:延至|延长至|延长到|推迟至|推迟到|延到|顺延至|顺延到|提前至|提前到|调整为|调整至|改为|改至)"
)
# A meeting called off or one nobody need report at (例会暂停一次，各办站所不用汇报).
_MEETING_OFF = re.compile(r"暂停|取消|不用|不再|停开")
# With a due-by time, a 请 (请大家今天下班离开办公室前关好门窗) or handing something to an
# office (记录，5月6日上班后第一时间交党政办) is a task whatever the verb.
_PLEASE = re.compile(r"请(?!假|示|教|柬|问)")
# To a named office: 至区安委办, 给镇党政办, 到应急局, 县总值班室.
_OFFICE = r"(?:至|到|给)?[镇区县市]?[\u4e00-\u9fff]{0,5}?(?:办|局|站|所|中心|(?<!会议)室)"
# A bare 报 right after its due-by time: 今天18点前报县防火办. Or to the village committee,
# or to an officer named by title (回执6月7号前收齐交到村委会; 台账…12点前交给常主任).
_TO_OFFICE = re.compile(
    r"(?:交|报送|上报|报(?<=前报)|报(?<=完成并报))(?:"
    + _OFFICE
    + r"|(?:到|给)?(?:村委会?|居委会|村部)|给[\u4e00-\u9fff](?:主任|书记|镇长|乡长|所长|站长|部长))"
)
# An order to the people named, without a 请: @村书记 问题马上整改到位. Not a report
# (已经抓紧把问题整改到位了, 马上整改了), a criticism (没有马上把隐患排查清楚) or the
# writer's own promise (我们马上把情况核实一下).
_DIRECT_ORDER = re.compile(
    r"(?<![已没未我])(?<!已经|没有|我们)(?:马上|立即|立刻|尽快|抓紧)"
    # ...the thing named between (各村回去抓紧把春耕物资落实到户).
    r"(?:把[^，,。;；\n]{1,12}?)?(?:整改|落实|报送|上报|处理|排查|清理|核实|核查|组织)(?!了)"
)
# Something to be done by a due time, told with 把 (永丰村、前进村今晚10点前把通知情况报街道;
# 今天下班前把军大衣领回来; 今晚9点前在群里说一声): an order, with or without a 请.
_DUE_ORDER = re.compile(
    # (The units told may stand between: 周一上班前各卫生院把…设置情况发群里, blind set T3.)
    r"前(?:(?:各[\u4e00-\u9fff]{1,6}?)?[把将][^。;；\n]{1,30}?(?:报|交|发|送|领|放|填|传|录|收齐|统计|整理"
    # ...or marked on the work platform (把事件办结情况在平台上点一下“办结”).
    r"|在(?:平台|系统)"
    r")"
    r"|在群里(?:说一声|报一下|回个话|报个数"
    # ...or the day's count named (每天下午5点前在群里报当日缴费人数: blind set T3).
    r"|报[^，,。;；\n]{0,6}?(?:人数|户数|数据|进度))"
    r"|(?:说一声|回个(?:准)?话|回个信儿?)"
    # ...or word passed to someone named (大家看看有冇冲突，本周五前跟曾丽萍讲).
    r"|(?:跟|和|同|向|找)[\u4e00-\u9fff]{1,4}?(?:讲|说|反馈|报备)(?:一声|一下)?(?=[，,。;；!！\s]|$)"
    # ...or the thing named first (警示牌下周一前全部挂上; 值班日志明天上班前放党政办桌上;
    # not 水库今晚8点前放水, nor 年底前发我们的慰问品, goods owed).
    r"|(?:全部|都)?(?:挂上|送过来|送来|交上来|报上来|放(?:到|在)?[^，,。;；\n]{1,8}?桌上|发我(?!们)))"
    # ...or 把 before the time (各站所把台账10点前送过来; not 将 as "will": 气象台将于…前发布),
    # the things listed at length and filed away (各股室把全年…台账、会议记录、检查记录月底前
    # 全部整理归档: blind set S3).
    r"|把[^。;；\n，,]{1,30}?前(?:全部|都)?(?:送|交|报|发|放|整理|归档)"
)
# Where a clause of a due-by order may open, besides a space (see _DUE_DIRECT).
_DUE_DIRECT_OPENS = "，,。;；!！\n：:"
# Not what will be (预计年底前完成) nor the writer's own promise (我…), nor an item of a list
# of the week's work (2.7月31日前完成走访; 一是…前完成), which the sets call information.
_NOT_ORDERED = (
    r"\s*(?![^，,。;；\n]{0,12}?(?:将于|将在|预计|计划|争取|力争|说))(?!我)"
    r"(?![\d一二三四五六七八九十]+[.、)）]|[(（][\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]是)"
)
# The same, read from where a clause really opens: a space is a pause inside it, and 项目预计
# 月底前完成 is still a plan, 我 明天下班前完成 a promise, 一是 周三前完成走访 an item.
_ORDERED_OPENING = re.compile(_NOT_ORDERED)
# A space between words is where voice-to-text, which puts no commas, heard a pause.
# (The space first, then what is before it: a lookbehind first costs at every place.)
_DUE_DIRECT_PAUSE = r"(?:^|[" + _DUE_DIRECT_OPENS + r"]| (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff]))"
# ...or said plainly, the due time then what to do (各位网格员下周一前完成…回访,
# 值班同志今晚10点前补齐, …年度总结周三前给陈静). (前到岗 stays with _AT_POST_BY, which knows
# a duty roster's standing 8:30前到岗.)
_DUE_DIRECT = re.compile(
    _DUE_DIRECT_PAUSE
    + _NOT_ORDERED
    + r"[^，,。;；\n：:]{0,20}?前(?:全部|都)?(?:完成|补齐|给[\u4e00-\u9fff]{2,3}(?![的了])"
    # ...or got done or made up, said plainly (明天上午10点前弄好, 今晚9点前补上).
    r"|弄好(?![的了])|搞好(?![的了])|搞定(?![的了])|补上(?![的了])"
    # ...or a going-over (下班前自查一遍, 明天前再过一遍).
    r"|再?(?:自查|检查|排查|核查|核对|过|走|看)一遍)"
)
# What is handed in, named after the verb (今天下班前报名单, 下周一前交自查材料)...
_HANDED_THING = (
    # A form named for what it records, perhaps after its subject (灾情核查表, 返乡人员登记表).
    r"[\u4e00-\u9fff]{0,4}?(?:核查|统计|登记|汇总|摸排|排查|申报|调查|花名|明细|信息|申请)[表单册]"
    r"|名单|名册|材料|资料|报名表|报表|表格?|数据|人数|户数|情况|总结|小结|方案|计划|台账|清单"
    r"|照片|图片|信息|进度|回执|初稿|稿子?|文件|底数|明细|说明|汇报"
)
# ...or to whom.
_HANDED = _HANDED_THING + r"|我|群里?|办|局|中心"
# ...or handed in bare, the due time then the verb (材料下周一前交, 周五前报名), said plainly
# as an order, as _DUE_DIRECT is: 报 (not 报到, 报道, 报警, 报销), 交 (not 交通, 交流, 交付),
# 发 (not 发现, 发布, 发生, 发放), and 报名, signing up; due by a time or within a span
# (两小时内报名单), the thing perhaps first (半小时内把名单报给我). `due` is what comes before
# 前 or 内.
_HAND_IN_DIRECT = re.compile(
    _DUE_DIRECT_PAUSE
    + _NOT_ORDERED
    + r"(?P<due>[^，,。;；\n：:]{0,20}?)(?:前|内)(?:记得)?(?:先|再|统一|都|全部)?"
    r"(?:把(?:" + _HANDED_THING + r"){1,2})?"
    r"(?:(?:上交|提交|反馈|上传|交(?![通流换易叉界往警代接付])|报(?![到道告警案销名])"
    r"|发(?![布生现放展动言出表起病烧热挥扬掘行]))"
    r"(?:(?![的了过])[^，,。;；!！?？\n]{0,8}?(?:" + _HANDED + r")"
    r"|(?P<bare>(?:上来|上去|过来|一下)?(?=\s*[，,。;；!！?？\n]|\s*$)))"
    r"|报名(?:单|表|册)?)"
)
# ...the thing named before, in its sentence, when the verb ends its clause (材料下周一前交; not a
# bare reply, 上午10点前交, which answers a question).
_HANDED_FIRST = re.compile(_HANDED)
# What may come before the due time in an order to hand in: a 请, the people told (各村,
# 大家) or the thing (报名表明天中午12点前交, 把名单半小时内报给我), then nothing but the
# time. Anyone else named first (村里, 张三, 老李，你, 县里) does it themselves, and 截至, 无需,
# 尽量 or 那 make it a count, a let-off, a promise or a question.
_HAND_IN_OPENING = re.compile(
    r"\s*(?:请|麻烦|务必|请务必|大家|各[\u4e00-\u9fff]{1,6}?)?"
    r"(?:把?(?:" + _HANDED_THING + r")[都统一]{0,2})?(?:于|在)?"
    r"(?:[\d０-９:：.点时分半整钟今明后本下这上中晚早凌午夜班周星期礼拜一二三四五六七八九十两日天号月底年内个之以小]"
    r"|工作日)+"
)
# What may follow the thing handed in, to the clause's end: more of the thing (材料清单)
# or a softener (交一下, 报一下即可); not 的 (报名的有32人), nor anything else said of it
# (交材料来得及, 发个信息给老婆).
_HAND_IN_TAIL = re.compile(r"(?:" + _HANDED_THING + r"|一下|即可|哦|啊|哈|\s)*")
# Anywhere in the message, words that make a hand-in asked about (对吧, 还要不, 谁), let
# off (无需, 不用), promised or weighed (放心, 尽量, 来不及, 的话), a settled fact (是县里
# 定的), or an open invitation (名额有限, 欢迎): not an order to the reader.
# Not the words an order closes with too (有问题可以打我电话, 以免影响考核, 到时候统一
# 汇总, 保证数据准确: review found each turned an owner's order into information).
_HAND_IN_NOT_ORDERED = re.compile(
    r"吗|呢|对吧|对不|是不是|还要不|要不要|能不能|怎么样|怎么办|咋|谁|啥|几点|是否"
    r"|无需|不需|不必|不用|免交|免报"
    r"|放心|尽量|争取|来得及|来不及|的话|就得|定的"
    r"|名额|欢迎"
)
# A day's plan told (明天日程：…下午5点前交材料), not asked.
_DAY_PLAN = re.compile(r"日程|行程")
# After an order put to the reader by name, a reply to it: the speaker repeats back what
# the reader asked of them (李书记，周五前交材料，收到！), they do not ask it of the reader.
_REPEATED_BACK = re.compile(
    r"收到|明白|好的|没问题|记下|记住了|遵命|照办|已安排|已通知|马上落实|马上办|我们抓紧"
    r"|一定按时|保证按时|(?:知道|晓得)(?:了|啦)(?![吗吧没])"
    # ...or a last word that grants it (…，行 / …，可以的): not 可以吗, 行不行.
    r"|[，,]\s*(?:行|可以)(?:吧|的|啊)?[。！!～~\s]*$"
)
# Told by name to be somewhere by a time (李明，10点半前到会议室, 半小时内到我办公室来一下):
# `due` as in _HAND_IN_DIRECT, then the place, ending its clause. Not 到岗 or 到位 (see
# _AT_POST_BY), nor a time (3点前到5点前) or an arrival told (到了, 到过).
_COME_BY = re.compile(
    r"(?P<due>[^，,。;；\n：:]{0,20}?)(?:前|内)(?:准时|务必|必须)?赶?到"
    r"(?![岗位达期时点了过\d０-９一二三四五六七八九十])"
    r"[\u4e00-\u9fff]{1,10}?(?:来|去)?(?:一下|一趟|开会|集合|报到|签到)?\s*(?=[，,。!！]|$)"
)
# The speaker, not the reader, as the one who hands in (我下午5点前交); not 给我, 帮我, nor
# the one handed to (把名单发我, 报我).
_SPEAKER_DOES = re.compile(r"(?<![给向跟和找帮替让叫发报交传])我")
# The speaker, not the reader, as the one who comes or goes (我现在过来一下, 要不要我先过去
# 盯着, 张书记让我马上去一趟); not 你给我马上过来一下.
# 咱们 and 咱俩 take the reader along (咱俩现在过去看看): an order to them as well.
_SPEAKER_COMES = re.compile(r"(?<![给帮替])我|咱(?![们俩])")

# People addressed by what they are (各位包村干部：, 各位书记：): with a due-by time, what
# follows is for them to do (这周内都去看一眼).
_ADDRESSED_PEOPLE = re.compile(
    r"\s*(?:@\S+\s*)?各位?[^，,。：:\n]{1,8}[：:][^\n]*?"
    r"(?:去|把|报|交|填|做好|完成|落实|走访|排查|看一|核查|入户|走一遍|发群里"
    # A survey or a file put out or up (每个网格推送不少于50份, 上传照片).
    r"|推送|上传|录入)"
)
# The public, asked in a notice passed on: what they are asked is no task for the reader.
_PUBLIC = (
    # (住户, 商户: a building's or a street's, told of the heating's stop: blind set Y3.)
    r"(?:家长|市民|居民|群众|游客|村民|司机|驾驶员|师生|学生|旅客|朋友|业主|住户|商户|租户"
    r"|牧户|牧民|农牧民|农户|养殖户|渔民|种植户|户外作业人员|户外工作者)"
)
_TO_THE_PUBLIC = re.compile(
    rf"请(?:各位|广大)?{_PUBLIC}"
    # Not a unit or officer named after them (村民小组长, 司机班, 市民热线办, 游客中心).
    # Nor the places or people marked by them (养殖户较多的村, 牧户党员中心户, 农户信息有误的村).
    r"(?![小委班热学中组代资干服单方党信较多集所])[^，,]*"
    # ...the ask perhaps running on to the next clause (请广大牧民使用煤炉时保持烟道畅通、安装
    # 风斗，雪后及时清理烟囱积雪: blind set Q3), which names no one else to do it.
    r"(?:[，,](?![^，,]*?(?:各|干部|网格|书记|党员|负责人))[^，,]*)?$"
)
# A notice opening with an address to the public, perhaps under a tag (【医保宣传】各位乡亲：,
# 乡亲们：, 各位业主，).
_PUBLIC_ADDRESSED = re.compile(
    r"\s*(?:【[^】\n]{0,10}】)?(?:各位|亲爱的|广大)?(?:乡亲|父老乡亲|村民|居民|业主|家长|牧民|市民|游客)"
    r"(?:们|朋友们?)?[：:，,!！]"
)
# ...or named just before the 请 (已预约的居民请按短信通知时间前往, 广大家长请看护好孩子).
_PUBLIC_BEFORE = re.compile(rf"{_PUBLIC}(?:们|朋友们?)?\s*$")
# A request in a clause that provides for a case (遇重大情况…报, 如有…报) is a standing rule,
# not a task.
_CASE_IN_ASK = re.compile(r"遇[有到重突紧险特大]|如遇|如有|如发生|如发现|一旦|若有|若发生")
# Due-by wording is itself an ask: 请于1月9日前将…, 于1月16日前完成….
_DUE_BY_TASK = re.compile(
    r"(?:请|须|应|务必)(?:于|在)[^，,。;；\n]{1,16}?(?:前|之前)"
    # 请 may name who first (请各街道于正月十五前…); 应 may not (应急局在节前…).
    r"|请[^，,。;；\n于在]{1,8}?(?:于|在)[^，,。;；\n]{1,16}?(?:前|之前)"
    r"|于[^，,。;；\n]{1,16}?(?:前|之前)[^，,。;；\n]{0,3}?(?:完成|报送|上报|报|提交|交|将|把)"
    # Being somewhere by a time: 10月1日上午8点前到所包村报到.
    r"|[\d点时分半]\s*(?:前|之前)(?:赶)?到[^，,。;；\n]{1,10}?(?:报到|集合|签到|到岗|巡查|值守)"
    # ...or the leadership or all in the room where a visit or meeting is held (班子成员都在，
    # 2点半前到会议室: blind set Q3); said to one person by name, it is theirs.
    r"|(?:班子|全体|所有|大家|各位)[^。;；!！\n]{0,12}?[\d点时分半]\s*(?:前|之前)(?:赶)?到"
    r"[^，,。;；\n]{0,8}?(?:会议室|会场)(?![了过])"
    # Reporting by a time: 每天下午4点前在群里报送, 晚上8点前向乡值班室（电话）报平安. (Not the
    # report one writes: 周三前完成年度述职报告初稿, an item of a week's plan.)
    r"|[\d点时分半日号底末班一二三四五六)]\s*(?:前|之前)[^，,。;；\n已:：]{0,24}?"
    r"(?:报送|上报|提交|报平安|(?<![职研结查估析])报告(?!中|显示|提出|指出))"
    # A daily report of the day before: 每天上午10点前报前一天情况.
    r"|[\d点时分半]\s*(?:前|之前)报(?:前一天|当天|当日|昨日)"
)


def _report_asked(text: str) -> bool:
    """Whether a report is asked for by a time (_REPORT_BY): not one done (数据已在下午5点前
    报区应急局), the speaker's own plan (我下午5点前报), a question, an ack (好，明早8点报区委办),
    a day's schedule, words told of, guessed or called off (他们说…, 好像是…, 不再要求…), or
    a case provided for (如有情况下午5点前报)."""
    if _ACK_OPENING.match(text) or _SCHEDULE.search(text):
        return False
    for found in _REPORT_BY.finditer(text):
        start = found.start()
        clause = clause_start(text, start)
        sentence = clause_start(text, start, SENTENCE_MARKS)
        end = _CLAUSE_END.search(text, found.end())
        stop = end.start() if end else len(text)
        if (
            _DONE_ALREADY.search(text, clause, stop) is None
            and "我" not in text[sentence:start]
            and not text.startswith(("？", "?"), stop)
            and _NOT_ASKED.search(text, sentence, start) is None
            and _CASE_IN_ASK.search(text, sentence, start) is None
        ):
            return True
    return False


_ACK_OPENING = re.compile(r"(?:[^，,：:\n]{1,8}[：:])?\s*(?:收到|好|ok|OK|明白|嗯|行)")
_SCHEDULE = re.compile(r"日程|安排|行程|值班")
# Told of, guessed, past, called off or standing as it was (报送时间不变，6月11日前报):
# the report is not asked for here.
_NOT_ASKED = re.compile(
    r"(?<!解)说(?!明)|讲(?![话解座课评究])|答应|表示|听说|通知|要求|好像|应该|以前|之前|原|不再|暂停|撤销"
    # Remembered (我记得是5点前报, 记得好像是周五), not a reminder (下午4点前记得报当日进度).
    r"|(?<=[我他她还不没])记得|记得(?:是|好像|应该|说)"
    r"|上周|上次|前天|去年|争取|马上|正在|在弄|不变"
)
# A report asked for by a time, said bare (体检预约人数明天下午5点前报，别忘了哦) or sent on to
# an office (明早8点报区委办). Not in _DUE_BY_TASK: a unit's own routine report-back
# (东风村今日巡查正常，下午3点前报) stays one.
_REPORT_BY = re.compile(
    r"[\d点时分半]\s*(?:前|之前)报(?=[,，。;；!！?？\n]|$)"
    r"|[\d点时分半]\s*(?:前|之前)?报(?:区|县|市|镇|乡)[\u4e00-\u9fff]{0,4}?(?:办|局|委|政府|中心)"
    r"(?=[,，。;；!！?？\n]|$)"
)
# Something to finish by a time (各包村干部6月10日前完成…走访, 派出所明早7点前完成…布置),
# not what is done or expected (已于8点前完成, 预计6月10日前完成: see _to_finish).
_FINISH_BY = re.compile(r"[\d点时半日号节]\s*(?:前|之前)(?:全部)?完成(?![了的])")
# ...said to units or people by name: 各包村干部6月10日前完成, 派出所明早7点前完成 (not a
# recap's 一是秋防免疫10月25日前完成, nor 其余班级7月3日前完成).
# (A day too: 6月3日前拍照发群里.)
_POST_BY = re.compile(
    r"(?:[\d点时分半]|(?<=\d)[日号])\s*(?:前|之前)[^，,。;；\n已]{0,24}?发(?:到)?群里"
)
_DONE_ALL = re.compile(r"已(?:于[^，,。;；\n]{0,10}?)?(?:全部)?完成")
_FINISHER = re.compile(
    r"\s*(?:各[\u4e00-\u9fff]{1,8}?|[\u4e00-\u9fff]{1,6}?(?:所|站|办|队|中心|干部|组))"
    r"(?:今天|今晚|明天|明早|本周[一二三四五六日]?|下周[一二三四五六日]?)?"
    r"[\d月日号点时:：半上下午早晚]*"
)
# Said as an order (下周一上班前把, 党政办今天下班前改好), not done (昨天下班前把台账
# 整理好了) nor a standing rule (每天下班前把门窗关好).
# (Or what to do then, said bare: 周三下班前要交哈, 明早上班前确认本人值班日期: blind set W3.)
_BY_SHIFT = re.compile(
    r"班\s*(?:前|之前)(?:把|将|[改弄做写整]好(?![的了])|(?:要|得|务必|必须)(?:交|上交)(?![了过])|确认(?![了过]))"
)
_EVERY = re.compile(r"每[天日周月]")
# At one's post by a time (安保人员7:30前到岗), unless the text is a duty roster, whose
# standing rules (值班人员当日8:30前到岗) are for whoever is on shift.
_AT_POST_BY = re.compile(
    # (All of them, on time: 巡护队员8点前全部到位.)
    r"[\d点时分半]\s*(?:前|之前)\s*(?:全部|全员|准时|务必|必须)?\s*(?:在[^，,。;；\n\d]{1,10}?)?"
    r"(?:到岗|到位|签到|报到|集合|等候|待命)"
    # At a site by a time (9:50前到项目部现场见证), or just "be there by" (4:50前到。).
    r"|[\d点时分半]\s*(?:前|之前)\s*到[^，,。;；\n\d]{1,10}?(?:现场|会场|会议室)"
    # At one's patch by a time: 机关干部7:00前到责任区.
    r"|[\d点时分半]\s*(?:前|之前)\s*到(?:各自的?)?(?:责任区|责任片区|包保片区|点位|责任路段"
    # ...or checkpoint (各村护林员8点前到卡点).
    r"|卡点|卡口|执勤点|值守点|劝导点|检查点|哨点"
    # ...or a leader's own contact point (各分管领导早上7点半前到各自联系点: blind set N3).
    r"|联系点|挂点|包片点)"
    # Units' heads leading their people, at a time: 各社区书记带队，早上7:30到岗.
    r"|各[^，,。;；\n]{1,10}?带队[,，]?\s*(?:早上|上午|下午|晚上)?\s*"
    r"(?:\d{1,2}[点时](?:半|\d{1,2}分?)?|\d{1,2}[:：]\d{2})\s*到岗"
    # On watch somewhere by a time: 8点前到各自港口盯着.
    r"|[\d点时分半]\s*(?:前|之前)\s*(?:到|在)[^，,。;；\n\d]{1,10}?(?:盯着|守着|盯守|蹲守)"
    # Everyone at their post at a time still to come, without a 前: 明天早上8:00全体到岗
    # (not a roll call: 今天8点全体到岗，情况良好; 8:00全体到岗率100%).
    r"|(?:明天|明早|明日|后天|今晚)[^，,。;；\n\d]{0,6}?"
    r"(?:\d{1,2}[点时](?:半|\d{1,2}分?)?|\d{1,2}[:：]\d{2})\s*(?:全体|全员|所有人|大家)\s*到岗(?!率|情况)"
    # ...or everyone, then the time to sign in: 机关全员在岗，早上8点签到.
    r"|(?:全体|全员|所有人|大家)[^。;；\n\d]{0,8}?"
    r"(?:\d{1,2}[点时](?:半|\d{1,2}分?)?|\d{1,2}[:：]\d{2})\s*(?:签到|到岗)(?!率|情况|人)"
    # People told to be at the scene at a time (村书记和巡河员8:40到现场).
    r"|(?:员|干部|同志|人员)\s*(?:\d{1,2}[点时](?:半|\d{1,2}分?)?|\d{1,2}[:：]\d{2})\s*到(?:现场|会场)"
    # Assembling at a time and place: 下午2点在局门口集合出发; said bare, at the office
    # (明早7点半大院集合下嘎查, 8点半机关门口集合; not 7点半石岗水库停车场集合, a hike).
    r"|(?:\d{1,2}[点时](?:半|\d{1,2}分?)?|\d{1,2}[:：]\d{2})\s*"
    # (...or the village's own office: 8点村部集合, blind set X3.)
    r"(?:[在到][^，,。;；\n\d]{1,10}?|[^，,。;；\n\d在到]{0,6}?(?:机关|大院|院里|政府|局|街道|苏木|村部|村委会?)"
    r"[^，,。;；\n\d]{0,4}?)集合(?![点地完毕])"
)
_ROSTER = re.compile(r"带班领导|值班人员|值班表")
# 请：一、落实…；二、…: a list of asks (not 申请：, 邀请：).
_PLEASE_LIST = re.compile(r"(?<![申邀敬提报])请[:：]")
# A report of what was done (全体干部在三楼集中学习了, 各村巡查人员均于8点前到岗).
# (Not 都参加, all who attend: 班子成员都参加.)
# (都是 says when each is due, 都别 forbids: 今天和明天都是下午3点前报, 都别请假, blind set P3.)
_DONE_ALREADY = re.compile(r"昨|了|已|均|都(?!参加|是|别)")
# Everyone called somewhere, without a 请: 明天下午3点，专班全体成员到老码头现场踏勘.
_ASSEMBLY = re.compile(
    r"(?:全体|所有)[^，,。;；\n]{0,10}?(?:到|在)[^，,。;；\n]{1,12}?"
    r"(?:集合|踏勘|勘察|开会|参会|签到|报到|会合)"
    # Each of a kind called by a time: 各位网格员下午两点到社区开会, 各社区书记8点45到 (blind
    # set P3).
    r"|各[^，,。;；\n\s]{1,6}?(?:上午|下午|晚上|早上)?[\d一二两三四五六七八九十]{1,2}(?:点|:|：)"
    r"(?:半|\d{1,2}分?)?(?:前|之前)?(?:准时)?到(?:[^，,。;；\n\s]{1,8}?(?:集合|开会|参会|签到|报到)"
    r"|(?=[，,。;；!！\s]|$))"
)
# Sending something to a named office (材料…交党政办) is a task, unless it is done already
# (情况已汇总上报区安委办) or a bare reply that names no thing to send (明天上午报镇应急办).
_SUBMIT_TO_OFFICE = re.compile(
    r"(?:将|把|材料|名单|情况|报表|台账|总结|清单|表|记录|资料|数据|结果)[^，,。;；\n已]{0,20}?"
    r"(?:交|报送|上报|报)" + _OFFICE
)
# A line that opens by addressing units ("各镇街：") and then gives them a task.
_ADDRESSED_TASK = re.compile(
    r"(?:^|\n)\s*(?:[\u4e00-\u9fff]{0,4}(?:办|科|所|站|局|中心))?各[^\n：:]{1,10}[：:]"
    r"[^。\n已]{0,40}?"
    r"(?:报送|上报|参加|完成|提交|落实|排查|到岗|放到|交到|发到|上传)"
)
_NOT_TOLD_AGAIN = r"(?<!叮嘱|提醒|宣传|广播|告知|强调|嘱咐|交代|通知)"
# Units told to hand something in, without a 请: 各村本周内把面积核实报上来, the due time
# first or not (晚上7点前各村把转移安置情况报上来), or to go over something again (各村把
# 这几样事再捋一遍). Telling people once more (各村再把放羊的人叮嘱一遍, 再宣传一遍) is the
# word spread, which the sets call information (see _publicity_only).
_UNITS_TASK = re.compile(
    r"(?:^|[,，。;；!！\n])\s*(?:今天|明天|今晚|明早|本周|下周|[^,，。;；!！\n各]{1,10}?前)?"
    r"各(?:村|社区|镇|乡|乡镇|镇街|单位|部门|站所|网格)[^。;；\n]{0,20}?"
    r"(?:把|将)[^。;；\n]{0,30}?(?:报|交|发|上传|完成|填|[\u4e00-\u9fff]"
    + _NOT_TOLD_AGAIN
    + r"一遍)"
    # ...or, with no 把, to go over it once more or to get ready ahead (各村再排查一遍; 各村
    # 提前备好铲车), not done so already (各村均已提前备好).
    r"|(?:^|[,，。;；!！\n])\s*各(?:村|社区|镇|乡|乡镇|镇街|单位|部门|站所|网格)"
    r"(?:(?![已均都])[^。;；\n，,]){0,8}?(?:再[\u4e00-\u9fff]{1,2}" + _NOT_TOLD_AGAIN + r"一遍"
    r"|提前(?:备|准备|安排)好)(?![了的过])"
    # ...or told to report within minutes: 各镇（街道）15分钟内报当前累计转移人数.
    r"|各(?:村|社区|镇|乡|乡镇|镇街|街道|单位|部门|站所|网格)(?:[(（][^)）]{1,6}[)）])?[^。;；\n]{0,8}?"
    r"(?:\d+|[一二两三四五六七八九十半])\s*个?(?:分钟|小时)内(?:上报|报送|报告|报(?![告送])|反馈|回复)"
    r"(?![了过])"
    # ...or by a time, the units then the thing then whom to: 明天下午5点前各村值守表交到建军那儿.
    r"|前\s*各(?:村|社区|站所|单位|部门|网格)[^，,。;；\n]{0,12}?(?:交(?:到|给|至)|送(?:到|给|至)|报给)"
    # ...or to fetch something from somewhere before a time: 各组明晚出发前到镇渔政站领救生衣.
    r"|各(?:村|社区|组|小组|队|站所|单位|部门|网格)[^。;；\n]{0,12}?前(?:到|去)[^，,。;；\n]{1,10}?领(?![导了过])"
    # ...or to report now, the minutes said after it: 各村现在报当前累计转移人数，5分钟内！
    r"|各(?:村|社区|镇|乡|乡镇|镇街|街道|单位|部门|站所|网格)(?:[(（][^)）]{1,6}[)）])?"
    r"(?:现在|立刻|立即|马上)(?:上报|报送|报(?![告送道名]))(?![^，,。;；!！\n]{0,4}的|了|过)"
    # ...or to have something put in order by tonight or the morning (各村今晚把监测户档案、
    # 整治台账整理到位: blind set X3), the time said before the 把; not a standing 各村要把
    # 安全工作落实到位.
    r"|各(?:村|社区|镇|乡|乡镇|镇街|单位|部门|站所|网格)(?:今天|今晚|今夜|明早|明天|本周)"
    r"[^。;；\n，,]{0,4}?把[^。;；\n]{1,30}?(?:整理|准备|摆放|布置|收拾|清理|整改)(?:到位|好)"
    r"(?![的了过])"
    # ...or to check something over, said as plainly as that: 各村核对一下自己村的数.
    r"|(?:^|[,，。;；!！\n])\s*各(?:村|社区|站所|单位|部门|网格|组)"
    r"(?:核对|核实|统计|摸排|排查|梳理|清点|盘点)一下"
    # ...or to step up patrols this afternoon or tonight: 各社区巡查人员下午加密巡查凤栖山一线
    # (blind set N3); not a standing 各村加强巡查, said with no time.
    r"|各(?:村|社区|站所|单位|部门|网格)[\u4e00-\u9fff]{0,6}?(?:今天|今晚|今夜)?(?:上午|下午|晚上|夜间)"
    r"(?:加密|加强|重点)(?:巡查|巡逻|巡护)"
    # ...or to fill in a form as it now is: 各嘎查按新表填, 各村按附件模板重新报 (blind set Q3).
    r"|各(?:村|社区|嘎查|苏木|镇|乡|乡镇|单位|部门|站所|网格)按(?:新|附件|此|该|统一)?"
    r"[^，,。;；\n]{0,6}?(?:表|模板|格式|口径)(?:重新)?(?:填|报(?![告道])|上报|报送)(?![了过])"
)
# Units named, each told to send so many (杨家村、石桥村、河湾村各派2人，晚8点至11点…巡查:
# blind set X3; all 9 such posts in the labelled sets are tasks).
_EACH_SENDS = re.compile(r"各(?:派|出|抽调?)(?:\d{1,2}|[一两二三四五六七八九十])(?:人|名)")
# Units called to a place at a set hour, to fetch or report there (请各村于12月14日（周一）上午
# 9点到镇退役军人服务站领取…: blind set X3; all 6 such posts in the labelled sets are tasks),
# with no 前 to make it a due-by time.
_SUMMONED_AT = re.compile(
    r"(?:请|各)[^。，,;；\n]{0,12}?于[^。，,;；\n]{1,20}?[\d点时半]\s*到[^。，,;；\n]{1,16}?"
    r"(?:领取|报到|集合|签到)"
)
# Units told to stay at their posts: 各村书记今晚不得离村，务必守到台风过境.
_STAY_ORDER = re.compile(
    r"各(?:村|社区|嘎查|镇|乡|站所|办站所|单位|部门|网格)[\u4e00-\u9fff]{0,4}?(?:今晚|今天|今夜)?"
    r"(?:一律)?(?:不得离(?:村|岗|开|镇)|务必[^，,。;；\n]{0,4}守)"
    # ...or staff over a holiday told not to leave town (值班表上的同志一律不得离蓉: blind set
    # N3; 蓉, 京, 渝 … a city's short name).
    r"|(?:同志|干部|人员|领导)(?:一律|均|都)?不得离(?:开本?[市县区城]|[蓉京沪渝穗榕筑邕昆])"
    # ...or all leave called off (今晚起班子成员全部在岗，取消一切休假: blind set Q3).
    r"|(?:取消|停止)(?:一切|所有|全部)?(?:休假|公休|轮休)(?![的了])"
    # ...or told they must stand duty tonight (镇值班领导、应急办今晚必须在镇里值守，不得离岗:
    # blind set U3).
    r"|(?:今晚|今夜)[^，,。;；\n]{0,2}?必须[^，,。;；\n]{0,8}?(?:值守|在岗|待命|值班)"
    # ...or on duty round the clock from now, not to go out (各嘎查书记从今天起24小时在岗，
    # 不得外出: blind set Q3).
    r"|各(?:村|社区|嘎查|镇|乡|站所|办站所|单位|部门|网格)[^。;；!！\n]{0,16}?(?:一律)?不得外出"
)
# Those who have not yet reported, told to hurry (宝力格、伊和乌拉两个嘎查还没报今天的免疫数，
# 抓紧: blind set Q3).
_LATE_TOLD_TO_HURRY = re.compile(
    r"(?:还没|还未|尚未|仍未)(?:报|交|上报|报送)[^。;；!！?？\n]{0,16}?[，,\s]\s*"
    r"(?:抓紧|赶紧|尽快|抓点紧|快点)(?![了过])"
)
# Someone named to carry out what was just decided: …明天起东侧增设一个劝导点，赵刚同志落实.
_NAMED_TO_CARRY_OUT = re.compile(
    r"[，,]\s*(?![我你他她])[\u4e00-\u9fff]{2,3}同志(?:负责)?(?:落实|办理|跟进)(?![了过])"
)
# ...or to be at them, for a visit (明天县委督查室暗访，各办站所值班人员务必在岗在位); not the
# stand-by a weather warning closes on (各村值守人员今晚务必在岗, which J's writer calls
# information with the warning: see _WARNED).
_AT_POST_ORDER = re.compile(
    r"各(?:村|社区|嘎查|镇|乡|站所|办站所|单位|部门|网格)[\u4e00-\u9fff]{0,6}?(?:今晚|今天|今夜|明天)?"
    r"务必[^，,。;；\n]{0,4}(?:在岗|到岗)"
)
_WARNED = re.compile(r"预警")
# A work order (【12345工单】…承办单位：文华路街道…办结时限：12月14日17:00前) is the
# handling unit's task.
_HANDLED_BY = re.compile(r"承办(?:单位|部门)?[:：]")
_TIME_LIMIT = re.compile(r"(?:时限|期限)[:：]")
# ...unless it reports the order done or only copies the reader in.
_ORDER_CLOSED = re.compile(r"办理结果|已办结|办结反馈|回访|抄送|知悉")
_TO_ME = re.compile(r"(?:发|交|给|报)(?:给)?我(?![们国区镇市县])")
_SENT_TO_ME_BY = re.compile(
    r"[\d点时分半]\s*(?:前|之前)[^。;；\n]{0,16}?(?:发|交|报)(?:给)?我(?![们国区镇市县])"
)
# A colleague named to lead a piece of work, in plain words (大伟牵头，乡里先过一遍; 陆明
# 组织复盘): the unit's task, as 请 would make it. Said of a person at the opening of a
# clause: not an office (由县应急局牵头, 镇党委组织, 村级组织换届), not the writer or
# everyone (我牵头, 各村组织), not the role (牵头单位) or what was done (牵头搞了). The
# work must follow: 李明牵头，彭勇配合, answering who the contact is, gives none.
_NAMED_LEAD = re.compile(
    r"(?:^|[，,。;；!！\n：:])\s*(?![我你他她咱各由请要让叫])(?:(?![已曾将都也还在])[\u4e00-\u9fff]){2,4}"
    r"(?<![办局委部站所院队村镇乡组里心厅处科会们家级])(?:牵头|组织)"
    r"(?![的了过人者单部])(?![^。;；!！\n]{0,20}?[了已])"
    r"(?![，,]\s*[\u4e00-\u9fff、]{2,8}(?:配合|协助)[。!！]?\s*(?:$|\n))"
    r"[，,]?[\u4e00-\u9fff]{2}"
)
# Something handed up for the addressee to look over or sign (值班表整好了，您明天上午看完
# 签字; 情况整表里了，您瞅瞅; 您得闲睇下有冇问题): the reply it waits for is theirs. Not
# 您看 as "you see" (您看到了, 您看，…), nor done already (您签过字了).
_FOR_YOUR_REVIEW = re.compile(
    r"您[^，,。;；!！?？\n]{0,6}?(?:看(?:完|下|一下|看|一眼)|瞅|睇|过目|审(?:核|阅|定)?|签(?:字|个字|批)"
    r"|把关|定夺)(?![^，,。;；!！?？\n]{0,4}?[了过])"
)
# What is said to the reader after their name, telling them, as 你, to do a thing (李书记，
# 明天县里督查组来检查防火工作，你陪同一下; 李书记，下午的会你去参加一下): a superior's order
# without a 请 (a Matrix tester's town head). Read after the reader's own name only: a bare
# 你等一下 among colleagues asks nothing, and another's name is another's task. Not 一下午,
# a whole afternoon (你陪同一下午，辛苦了 thanks the reader).
_YOU_TOLD_TO = re.compile(
    r"\s*[^。;；!！?？\n]{0,30}?"
    # (Not 我跟你汇报一下: the writer's own report to the reader.)
    r"(?<![跟给向和帮替让对为与同])[你您](?:明天|今天|上午|下午|晚上|今晚|明早)?(?:去|来|过去|帮忙)?"
    r"(?:陪同|参加|出席|对接|跟进|处理|落实|看|审|签|联系|安排|准备|负责|牵头|到场|汇报|核实"
    r"|协调|接待|带队|盯|确认)一下(?!午)"
)
# ...or told to get on with it, the names alone before it (大伟、刘佳抓紧。).
_NAMED_HURRY = re.compile(
    r"(?:^|[，,。;；!！\n：:])\s*(?![我你他她咱])(?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3}"
    r"(?<![们家])(?:抓紧|跟进|盯紧)(?:办|落实|办理)?[。!！]?\s*$"
)
# A meal at home, asked about in the family group; a need there is more than that.
_FAMILY_MEAL = re.compile(r"吃饭|回来吃|回家吃|饺子|包好了|聚餐|团圆饭|吃个饭")
_FAMILY_NEED = re.compile(r"帮|医院|住院|病|发烧|找不到|不见了|出事|急")
# A community or village asking the town or street office itself to step in (请街道协调热力
# 公司尽快来修, 请街道平安办来人协调一下: blind set C4; 请镇里协调…: S2): the office's task.
_ASKS_THE_OFFICE = re.compile(
    r"请(?:街道|镇里|乡里|镇上|乡上|镇政府|乡政府)[^，,。;；!！?？\n]{0,6}?"
    r"(?:协调|出面|派人|来人|帮忙|帮助|解决|处理)"
    # ...or asked whether it can send or move what is short (柴油只够到晚上，镇里能不能送点柴油
    # 来: blind set D4; 镇里能不能调一点过来？: G3).
    r"|(?:街道|镇里|乡里|镇上|乡上)(?:能不能|能否|可不可以|可否)[^，,。;；!！?？\n]{0,4}?"
    r"(?:送|调|派|拉|运|协调|出面)"
)
# How many reports are in: 已收到21个, 已报7个村.
_TALLY_IN = re.compile(r"已(?:收到|收齐|收|报|上报|报送)\s*\d+\s*[个家份]")
_PUSH = re.compile(r"抓紧|提醒|催报|催|截止|逾期|未报|没报|还差|务必|必须|按时|准时|不得请假")


def _hands_in_at(text: str, at: int) -> bool:
    """Whether the clause holding position `at` (the whole text when -1) hands something
    in: a time said there is when it is due."""
    if at < 0:
        return _HANDS_IN.search(text) is not None
    return in_clause(_HANDS_IN, text, at)


# Handing something in: a time said with it is when it is due.
_HANDS_IN = re.compile(
    r"报送|上报|填报|提交|反馈|汇总|报至|报给|交至|交给|发给|发送|报[镇区县市村乡]"
)
# 值班电话 is a phone number to call, not a duty to do.
_MEETING = re.compile(
    r"召开|会议|开会|例会|集合|参加|参会|签到|到岗|乘车|出发|活动|值班(?!电话)|调度会"
    # A lecture or a Party class at a time (周六晚7:30…线上专题讲座, 今天上午9点专题党课).
    r"|讲座|党课"
)
_INFO_ONLY = re.compile(
    r"阅知|知悉|注意防范|请注意查收|查收|查阅(?!资料|台账|档案)|引以为戒|继续保持|贯彻执行|巩固|供参考|仅供"
    r"|欢迎|请注意安全|注意安全|温馨提示"
    # A make-up working day's reminder asks nothing but a smooth handover (not 县督查组明天
    # 到我镇，请包村干部做好衔接).
    r"|(?:调休|正常)上班[^。]*做好(?:工作)?衔接"
    # A watch on something coming (密切关注台风动向): an advisory, not a task.
    r"|密切关注"
    # A letter to the public (致广大农民朋友的一封信) or a call to the public.
    r"|一封信|倡议书|请加强防范[。!！]?\s*$"
    # An advisory under its tag (【健康提示】, 【春节消防安全提示】; a bare 【提示】 or an
    # 【重要提示】 may ask, and so does one that asks units: 【安全提示】…请沿河各村…自查).
    r"|【(?![^】]*(?:重要|特别|紧急))[^】]{1,8}提示】(?![^。]{0,20}请[^，。]{0,6}各)"
    # ...or named on a line of its own as it is passed on (转发县卫健局健康提示：\n「…」), with
    # no ask of units below it (not 转区文明办提示：…\n街道安排：各社区书记带队…).
    r"|(?:^|\n)\s*转发?(?![^：:\n]{0,12}(?:重要|特别|紧急))[^：:\n。，,]{0,12}提示[:：]\s*\n"
    r"(?![\s\S]*请[^，。\n]{0,6}各)"
)
# Keep on doing what is already done: an exhortation, not a new task, unless it asks for
# something to be sent (继续做好巡查，每天报送巡查情况).
_KEEP_IT_UP = re.compile(r"(?:继续|持续)(?:做好|抓好|加强|落实)")
_SEND = re.compile(r"报送|上报|提交|反馈|汇总报|发我|报给")
_CORRECTION = re.compile(
    r"更正|补充通知|调整为|调整到|改为|改到|推迟|提前到|提前至|延期至|延长至|变更为|改期"
)
_JIELONG = re.compile(r"^\s*#?接龙")
# A roll call by chain (【晨检打卡】今日到岗教师请在接龙中签到：1.陈晓雯 2.王磊), posted again
# with each name added, and the names added alone (3.刘芳): check-ins, whatever their 请
# (blind set W3). Not a chain that sets when to sign up by (本周五前在群里接龙报名: a task).
_CHAIN_ROLL_CALL = re.compile(
    r"(?:打卡|签到|到岗)[^。;；\n]{0,16}?接龙|接龙[^。;；\n]{0,8}?(?:打卡|签到)"
)
_CHAIN_ENTRY = r"\d{1,2}[.．、]\s*[\u4e00-\u9fff]{2,3}"
_CHAIN_ENTRIES = re.compile(rf"[:：\s]\s*{_CHAIN_ENTRY}(?:\s+{_CHAIN_ENTRY})*\s*$")
_CHAIN_ENTRY_ONLY = re.compile(rf"\s*{_CHAIN_ENTRY}(?:\s+{_CHAIN_ENTRY})*\s*")
_SIGN_UP_BY = re.compile(r"前|截止|报名")
# Every alternative starts with a literal, so the regex engine skips ahead on a set of first
# characters ("[?？]|…" would defeat that and try every alternative at every position).
_QUESTION = re.compile(r"\?|？|请问|能否|能不能|是否|要不要|可不可以|可以吗")
# Asked of you without a question mark, as voice typing leaves it (谭主任你下午几点到…你看
# 要得不), not said of anyone (不管是不是重点村都要报, 有没有隐患的都已标注).
_SPOKEN_QUESTION = re.compile(r"几点|要得不|行不行|是不是|有没有|什么时候|啥时候|咋")
_WHICHEVER = re.compile(r"不管|无论|不论")
# 有没有问题都已标注: whichever it is, said after.
_ANYWAY_AFTER = re.compile(r"[^，,。;；!！?？\n]{0,8}?都")
_ENDS_CLAUSE = re.compile(r"[^，,。;；!！?？\n]{0,4}?\s*(?:[，,。;；!！?？\n]|$)")
# 是否 after a verb of checking (重点核查C、D级危房是否已人房分离) says what to check; so
# does each of a list of them in its sentence (重点核查：一是…是否全部搬离；二是…是否设置到位；
# 三是…是否按期完成: a notice read as a question, whose 收到 then confirmed nothing).
_CHECK_BEFORE = re.compile(
    r"(?:核查|检查|核实|排查|查看|确认|了解|查明)(?:[^，,。;；\n]{0,12}|[^。!！?？\n]{0,80}?[、;；]"
    r"[^，,。;；\n]{0,24})$"
)
_RED_PACKET = re.compile(r"\[红包\]|红包")
# A rule against them (严禁违规收送红包礼金) is no red packet.
_BAN = re.compile(r"严禁|禁止|不得|违规")
_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,6}\]")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
_PHOTO = re.compile(r"\[(?:图片|照片|视频|位置)\]")
_WORD_CHAR = re.compile(r"[^\W_]")
_NOT_WORDS = re.compile(r"[\W_]+")
_CHECKIN_ONLY = re.compile(
    r"[\W]*(?:到岗|已到岗|在岗|签到|已签到"
    r"|已经?(?:在|到)(?:码头|现场|村部|会场|会议室|办公室|大厅|路口|点位|卡口|指定位置|集合点)了?"
    # Who, then at their post, as a roll call is answered (白沙镇书记、镇长已到岗; 枫岭镇主要
    # 领导已到岗在岗指挥: blind set S3).
    r"|[\u4e00-\u9fff、]{1,12}?(?:已|均已)(?:全部)?到岗(?:在岗)?(?:指挥|值守|值班|待命)?)[\W]*"
)
_REPORTED_ONLY = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:[,，]\s*)?已(?:报送|上报|报|提交|交)了?[。!！]?"
)
# What happened, said with whom it was told to (张家湾滑坡已上报, 红岩村险情已上报): news of it.
_INCIDENT = re.compile(r"险情|灾情|火情|警情|事故")
_CHECKIN = re.compile(
    r"到岗|在岗|已签到|签到|已到|打卡|到位|值班到岗|值守中|巡查中|在位|督导|已转发"
    # Done and there: [图片] 北岭社区矿机巷已巡查, 7:00保洁完毕, 集合点已就位.
    r"|已巡查|巡查完毕|保洁完毕|已就位"
    # Setting off: [图片] 联合检查组已集合出发, [图片] 慰问组已出发, 慰问品已装车.
    r"|已(?:集合|出发|装车|送达|到达)"
    # ...all there and on the way ([图片]应征青年已上车，23人全部到齐，出发去县医院: blind set Z3).
    r"|已上车|(?:全部|都|人)到齐|出发(?:了|去|前往)"
    # ...or gathered where they were told: 第一批应征青年已在街道武装部门口集合 (blind set N3).
    r"|已在[\u4e00-\u9fff]{1,10}(?:集合|集结|就位)[。!！]?\s*$"
    # The notice put up where it was asked: [图片] 下洋村已贴; waiting where asked to.
    r"|已(?:张)?贴[。!！]?\s*$|已在[\u4e00-\u9fff]{1,8}(?:等候|待命)[\u4e00-\u9fff]{0,6}[。!！]?\s*$"
)
# A photo's caption that says who is where: 铁路东社区5名退役军人代表已到陵园东门签到.
_CHECKIN_WORDS = 24
# A caption that only names the place or the occasion (会议现场, 红岩村已挂好).
_CAPTION_WORDS = 8
_REPORTED_SCENE = re.compile(r"现场|完毕")
# Damage shown (路断了, 墙裂了, 桥被冲了, 倒了一棵树): what the photo reports, not where one is.
_DAMAGE_SHOWN = re.compile(r"[断裂倒冲塌垮堵坏破烂淹]了|被冲|冲[断坏走垮]|[断裂]开|堵住|倒伏")
_CHEER = re.compile(r"干劲十足|加油|辛苦|点赞|满满")
# An @ that only thanks and cheers: each clause a thanks for a time or to whom (这几天辛苦了,
# 大家辛苦了) or a cheer for what is ahead (周四考核加油). Not any words before 辛苦了: an ask
# typed with its thanks and no comma (帮忙核实一下辛苦了, 材料发我辛苦了) is still the ask.
_THANKED_FOR = (
    r"(?:这(?:几|两|些|段|阵)(?:天|日子|时间|子)?|最近|近期|连日来?|昨[天晚夜]|今[天晚]"
    r"|大家|各位|同志们|你们)?[都也]?"
)
_ONLY_CHEER = re.compile(
    r"\s*(?:@\S+\s*)*(?:(?:" + _THANKED_FOR + r"(?:辛苦(?:了|啦)|好样的|真棒)"
    # (What a cheer is for names an event, never an ask: not 一下, 去, 把, 请, 要.)
    r"|(?:(?!一下)[^，,。!！?？\n请要把去帮发报交回]){0,10}?加油(?:哦|啊|呀)?)"
    r"[，,。!！~～\s]*)+"
)
# The road or the weather said last, under a check-in (卡点到岗，路上结冰: blind set R3): how it
# is out there, not a finding.
_WEATHER_SAID_LAST = re.compile(
    r"[，,]\s*(?:路上|路面|地上|山上)?(?:结冰|有冰|很滑|路滑|有雾|雾大|下雪|积雪)了?[。!！]?\s*$"
)
_NOTHING_TO_REPORT = (
    r"零报告|报.?零|无情况|零情况|[，,:：]\s*零问题|无转移[。!！]?\s*$|未发现隐患|无隐患|无异常|一切正常|零火情|零隐患|零事故"
    r"|无(?:雨情|险情|灾情|汛情|火情)\s*无(?:雨情|险情|灾情|汛情|火情)[。!！]?\s*$"
    # Said last: 巡护8人，点位5处，未发现问题。 (not 未发现问题，只有2号点出现新裂缝).
    r"|未发现(?:问题|异常|火情|险情|火点)[。!！]?\s*$"
    # 禁烧巡查6人，无火点。; 收了90亩，没情况; 动态和昨天一样，没变化。
    # ...and a fire watch's 留守人员已换班，无复燃 (blind set R3).
    r"|[，,]\s*(?:无|没有?|未见)(?:火点|情况|变化|复燃)[。!！]?\s*$"
    # ...or run on after the round or the day (河湾村今日巡查无火点, 杨家村夜巡结束无火点, 桂花村
    # 无火点: blind set X3).
    r"|(?:巡查|夜巡|巡逻|巡护|结束|今[日天晚]|村|组)\s*(?:无|没有?|未见)(?:火点|复燃)[。!！]?\s*$"
    # After a quake or a storm: 松树湾村无损失.
    r"|^[^\d,，。;；\s]{0,10}?(?:村|社区|组|乡|镇|街道)(?:报[:：]?)?\s*(?:无|没有)(?:任何)?"
    r"(?:损失|灾情|人员伤亡)[。!！]?\s*$"
    # A name and a nought: 上坞村夜间巡查：零。
    r"|^[^\d,，。;；]{1,16}[:：]\s*零[。!！]?\s*$"
)
# A report that ends on it: 营盘村今日平安。 (not 平安夜, 平安出行, 元旦平安: greetings; nor
# 逐户报平安, 每2小时向派出所报一次平安: a task, blind set Q3).
# (One character looked back at: 报一次平安, 报个平安, 报声平安 by their 次, 个, 声.)
_ALL_CLEAR = r"(?<![报旦年节次个声])平安"
# The photos a report ends on ([图片][图片]): what it says ends before them.
_PHOTOS_LAST = re.compile(r"(?:\s*\[(?:图片|照片|视频)\])+\s*$")
_ROUTINE_END = re.compile(rf"(?:{_NOTHING_TO_REPORT}|{_ALL_CLEAR})[。!！]?\s*$")
_REMINDER = re.compile(r"\s*(?:【[^】]{0,8}】)?\s*(?:温馨)?提醒[:：]|\s*【[^】]{0,6}提醒】")
_ROUTINE_REPORT = re.compile(
    # Not what may go on as usual (风情寨的项目可以正常接待, 明天正常上班): a notice. Nor
    # roads passable again (已撒布融雪剂3.5吨，车辆通行正常; 结冰已基本消除，县乡道通行正常):
    # news of the roads, not a nil report (blind set S3).
    rf"{_NOTHING_TO_REPORT}|(?<!通行)正常(?!接待|开放|营业|上班|上课|通行|开展|进行|供应)"
    + rf"|{_ALL_CLEAR}[。!！]?\s*$"
    # A unit reporting back that a check found nothing: 经排查无欠薪苗头, 经核查，无相关人员.
    r"|经(?:排查|核查|摸排|检查|巡查)[^。;；\n]{0,8}?(?:无|未发现|没有)"
)
_CHITCHAT = re.compile(
    r"哈哈|呵呵|😂|🤣|😄|😋|😁|😊|🧋|🚗|📺|🌙|☀|🌸|早上好|早安|晚安|周末愉快|好好休息|早点休息"
    r"|鸡汤|笑话|拼单|拼车|奶茶|饺子|投票|投个票|已投|\+1|爬山|桃花|专题片|刷课|【视频】"
    r"|\[链接\]|一图看懂|深夜|人生|温柔|加班的基层人|说的就是|太真实"
    r"|快乐|安康|(?:元旦|新年|节日|春节|国庆|中秋|端午)平安|同乐|跨年(?!不予|不能|不得|不再|作废|报销|结转|夜?(?:安保|值守|值班|执勤|巡逻|管控|保障))|假期余额|给大家拜年|拜个早年|拜年了|拜年啦|(?:祝|大家|都|提前)过个好年"
)
# A laugh or a grin: banter, not an order, even with an @ (@李明 快过来一下哈哈).
_BANTER = re.compile(r"哈哈|呵呵|嘿嘿|😂|🤣|😄|😋|😁|😊|😜|🤪")
# Lunch talk, said in a few words (看着流口水了, 红烧肉真香: from a tester, it sat among
# the notices); not a notice that names it (孩子嘴馋下河摸鱼，各村务必加强巡查).
_LUNCH_TALK = re.compile(r"流口水|嘴馋|真香|吃货|红烧肉")
# The weather remarked on, and nothing else (今天天气真热啊, 好冷啊: a tester's sat among
# the notices); not 天太冷了，水管冻住了, which reports something.
_WEATHER_TALK = re.compile(
    # (...agreed with: 对啊冷死了, blind set B4.)
    r"(?:(?:对啊|是啊|是呀|对呀|确实|可不是)[，,！!\s]*)?"
    r"(?:今天|今儿|这两天|最近|外面)?(?:的)?"
    r"(?:天气?(?:真|好|太|可真)?好|(?:天气?)?(?:真|好|太|可真)?(?:热|冷|闷))"
    r"(?:死了|啊|呀|哦|了|啦)+[!！~～。.…\s]*"
)
_LUNCH_TALK_WORDS = 10
# Harm a short report may name beside a food word (孩子嘴馋吃了老鼠药，正在抢救).
_HARM = re.compile(r"中毒|抢救|咬伤|送医|医院|救护|急救|受伤|误食")
# A short line that carries an emoji or an expression sticker and asks nothing is banter
# ("手慢了，没抢到😭", "明天又是周一了[捂脸]"), whatever its words.
_SHORT_BANTER_WORDS = 20
# Whose thing is left somewhere, or whose car's lights are on (see _noise_reason).
_WHOSE_THING = re.compile(
    r"\s*谁的[^，,。？?！!\n]{1,8}?(?:落在|忘在|丢在|掉在|放在|没关|没锁|没熄火|挡着|挡住)"
)
# A link shared to be passed on ([链接] 草原防火“十不准”，请大家转发到嘎查群) is a notice.
_PASS_ON = re.compile(r"请[^，,。;；\n]{0,8}(?:转发|扩散|传达)")
# A favour asked for oneself (帮忙投票转发, 砍一刀) is chat however it is asked.
_FAVOUR = re.compile(r"帮忙|帮我|投票|投个票|砍一刀|谢谢|麻烦")
_EXPRESSION = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf]|\\[(?!图片|照片|视频|位置|文件|链接|红包|语音)[^\\[\\]]{1,6}\\]"
)
_NEWS_SOURCE = re.compile(r"【([^】]{2,12})】")
# Relief and nothing else, after a scare (阿弥陀佛，没事就好; 阿弥陀佛，冇事就好): a reply that
# carries no news, as 没事就好🙏 already is by its emoji.
_RELIEF = re.compile(
    r"(?:(?:阿弥陀佛|谢天谢地|老天保佑|(?:人|娃|孩子)?(?:没事|冇事|无事|平安)就好(?:了|啦)?)"
    r"[\s，,。!！~～]*)+"
)
# Light reading under its tag; not a video, which may show an emergency (【现场视频】).
_LIGHT_PIECE = re.compile(r"周末分享|美文|鸡汤|段子|笑话|搞笑|早安|晚安|心语|随笔|感悟|感慨|养生")
_LIGHT_TAG = re.compile(
    r"周末分享|美文|视频|鸡汤|段子|笑话|搞笑|趣图|表情|早安|晚安|早上好|问候|祝福|安康|快乐|感悟|感慨|心语|随笔"
    # Folk health lore (【养生】冬至前后喝碗羊肉汤); and a bare forward tag, which names no
    # outlet (【转发】人老了，最重要的是心态好😊: blind set S3).
    r"|养生|^(?:转发|转载|转)$"
    # The hour alone as the tag, as 早安 is (【深夜】致每一位还在加班的基层人: blind set R3);
    # not 【深夜突发】.
    r"|^(?:深夜|夜读|夜话|午安|午后)$"
)
_LEISURE_GROUP = re.compile(
    # (A 业务交流群 or 工作交流群 is where offices trade work questions: blind set U3.)
    r"工会|兴趣|生活|闲聊|(?<!业务)(?<!工作)交流|家园|之家|联谊|休闲|娱乐|俱乐部|摄影|读书|"
    # Where colleagues "slack off" or "chat water" (青年干部摸鱼群: blind set Q3; 吹水群).
    r"摸鱼|吹水|灌水|唠嗑|"
    # Colleagues who eat out together (桃源街道同事吃喝群🍜: blind set C4), not a canteen's staff.
    r"吃喝|干饭|吃货|美食|饭搭子|"
    # Anglers (鹭澳海钓群🎣), not the groups that keep their boats or a reservoir safe;
    # teams and old classmates (机关篮球队, 一中03级7班).
    r"(?:海钓|钓鱼|垂钓|钓友|冰钓)(?!船)(?![^群]{0,6}(?:管理|安全|工作))|🎣|冬泳|票友|行山"
    r"|" + _FRIENDS
)
# What makes a leisure-group post that names a time more than chat: it is about work
# (各办站所 … 集合, 参加植树活动, 工会组织体检), not a game or a get-together.
_WORK_WORDS = re.compile(
    r"各(?:村|镇|乡|街|办|站|所|单位|部门|社区)|干部|职工|参加|集合|组织|登记|体检|会议|通知|报送|上报"
    r"|提交|预警|防范|请"
)
# A day's slogan (热烈庆祝…, 铭记历史，缅怀先烈): a greeting, unless it comes with work or a
# date (清明节缅怀先烈活动通知：定于4月3日…参加; 9月18日9时18分试鸣防空警报).
_SLOGAN = re.compile(r"热烈庆祝|铭记历史|缅怀先烈")
_DAY_OR_HOUR = re.compile(r"\d[日号:：点时]")
_DONE_MARKED = re.compile(r"(?:已|完成|报)[^✅✔]*[✅✔]")
# Someone in danger, seen by a neighbour or a relative (河边又有几个娃儿在耍水，好危险).
_DANGER = re.compile(
    # (A fire seen among friends: 平房冒大烟了，火苗子都窜出来了，不知道报没报火警.)
    r"危险|溺水|耍水|游泳(?![课馆池卡班])|着火|冒[大黑浓]?烟|火苗|火警|起火|被困|走失|不见了|找不到"
    r"|失踪|救命|报警|受伤"
    r"|煤气|燃气|气味|漫|涨水|进水|塌|滑坡"
    # Flooding, as Cantonese says it (屋企门口水浸到脚眼).
    r"|水浸|浸水"
)
# A notice passed on among neighbours (提醒各位业主：今天小区停电), or something to hand in
# (社区要求…把名单报上去), is no chat.
_NOTICE_WORDS = re.compile(r"提醒|通知|公告|通告|告知|停电|停水|停气|报上去|报给|上报|统计|名单")
# The canteen's dish or extra meal of the day (食堂加餐, 食堂今晚有杀猪菜, 食堂熬了姜汤)...
_CANTEEN_TREAT = re.compile(r"食堂[^。;；!！\n]{0,8}?(?:加餐|加菜|加了|有|煮了|熬了|包了|做了|是)")
# ...and what makes a canteen post a notice: its service changed, a thing handed out there,
# a meal arranged for an event.
_CANTEEN_SERVICE = re.compile(
    r"停伙|暂停|停止|检修|只供应|照常|正常供应|恢复|领|报名|接龙|统一|就餐|问题"
)
# Something handed out, to be fetched (派人领一下, 到工会办公室领取); not a red packet taken.
_TO_COLLECT = re.compile(r"派人[^，,。;；\n]{0,4}?领|领取(?!了)|领一下")
# What a short post in a leisure group must carry to be more than chat.
_LEISURE_CHAT_WORDS = 30
# Titles a person is addressed by after their surname (李主任) or whole name (李明书记).
_TITLES = r"主任|书记|镇长|乡长|局长|部长|科长|所长|站长|主席|委员|处长|区长|县长|组长"
_VOCATIVE = re.compile(
    r"^\s*(?:\[语音(?:转文字)?\]\s*)?(?:@\S+\s*)?(?:请问)?(?![各全本该村])(?:([\u4e00-\u9fff])"
    # 李镇, 王乡: a town's head, in speech; 王股, a county bureau's section head (股长).
    r"(?:" + _TITLES + r"|镇|乡|股)"
    # A given name of two before the office, as Yi and Mongolian names are called (阿木主任
    # for 海来阿木, 乌兰书记: blind set R3).
    r"|(?P<given>[\u4e00-\u9fff]{2})(?:主任|书记|镇长|乡长|所长|站长|部长|局长|科长))"
    r"\s*(?:[,，:：]|你|您|\s)"
)


@dataclass(frozen=True, slots=True)
class Weights:
    """User-tuned shifts for one message: its group's and its sender's weight, the
    priority the group was marked with, while its weight stands for it ("" if none; see
    desk.core.group_priority), and the sender's lesson there."""

    group: float = 0.0
    sender: float = 0.0
    group_marked: str = ""
    # ...set by the administrator's policy, not by the user.
    group_by_policy: bool = False
    # What a correction across the noise line taught of this sender in this group.
    lesson: Lesson | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    tier: Tier
    score: float
    reasons: tuple[Reason, ...]


def assess(
    message: Message,
    text: str,
    ack: AckKind | None,
    deadline: datetime | None,
    explicit_deadline: bool,
    me_names: tuple[str, ...],
    weights: Weights,
    work: WorkCalendar | None = None,
    deadline_start: int = -1,
    readied: datetime | None = None,
    readies: Readies = Readies.MEETING,
) -> Assessment:
    """Tier, score and reasons for one message; `text` is its canonical form; `work` the
    calendar its deadlines were read on; `deadline_start` where in `text` its due time is
    said (-1 when not known); `readied` the start of the meeting its due time only gets
    ready for (see deadlines.readied_meeting), which its reasons stating it carry, and
    what begins then (`readies`: a meeting, a duty; see deadlines.readied_kind).

    Each pattern is searched at most once, and only when its answer can still matter.
    """
    reasons: list[Reason] = []
    mention = message.mentions_me or any(f"@{name}" in text for name in me_names)
    named = _name_address(text, me_names)
    if message.ding:
        reasons.append(_DING)
    if mention:
        reasons.append(_MENTION)
    if message.sender_role is Role.OWNER:
        reasons.append(_ROLE_OWNER)
    elif message.sender_role is Role.ADMIN:
        reasons.append(_ROLE_ADMIN)
    # A time without 前 in a call to a meeting or muster is when it happens (see EVENT).
    event = deadline is not None and not explicit_deadline and _MEETING.search(text) is not None
    # ...not the time a list of those attending is handed in (下午3点报送参会人员名单), said
    # in the time's own clause (会后反馈落实情况 after it is another matter).
    event_time = event and not _hands_in_at(text, deadline_start)
    if deadline is not None:
        reasons.append(at_reason(deadline, event_time, readied, readies))

    if ack is not None and not message.ding and not mention:
        reasons.append(_FLATTERY if ack is AckKind.FLATTERY else _ACK)
        if ack is AckKind.ACK and ack_says_more(text):
            reasons.append(_ACK_PROMISE)
        return Assessment(Tier.NOISE, weights.group + weights.sender, tuple(reasons))

    due_soon = deadline is not None and deadline - message.ts <= URGENT_MENTION_WINDOW
    # Banter in the class group about last night's fire is a story, not a report: a member's
    # post that asks nothing, carries no tag and has a chat marker (😂, 哈哈).
    told = (
        message.sender_role is Role.MEMBER
        and not mention
        and _leisure_group(message.group_name)
        and "请" not in text
        and "【" not in text
        and _AT_ONCE.search(text) is None
        # A chat marker, or among friends a question (望川那边又拉警报了？？又泄漏了？) that
        # reports no one at risk and asks no help: hearsay.
        and (
            _CHITCHAT.search(text) is not None
            or (
                _QUESTION_MARK.search(text) is not None
                and _SOCIAL_GROUP.search(message.group_name) is not None
                and _CALL_FOR_HELP.search(text) is None
            )
        )
    )
    # A notice a member passes on to friends or family (转发：【三停】…我家那个托管班也停了),
    # or a piece shared under a light tag (【周末分享】《致基层防台人》), tells of an
    # emergency; it does not report one.
    told = told or (
        not mention
        and (
            (
                message.sender_role is Role.MEMBER
                and private_group(message.group_name)
                and _PASSED_ON.match(text) is not None
            )
            or _light_share(text)
            # 新闻见到新围村有厂着火，你小心啲啊: news heard, passed on with a worry.
            or (private_group(message.group_name) and _NEWS_HEARD.search(text) is not None)
        )
    )
    # A chain letter (紧急通知！明天开始微信要收费了…把这条转发到10个群就能永久免费！) is chat,
    # whatever it calls itself.
    chain_letter = _chain_letter(text)
    told = told or chain_letter
    emergency = (
        not told
        and _emergency_words(text, deadline - message.ts if deadline is not None else None)
        and not _resolved(text)
    )
    if (
        not emergency
        and not told
        and _HAZARD.search(text)
        and not _resolved(text)
        and not _lesson(text)
        and not _cited(text)
    ):
        emergency = (
            (
                mention
                and (
                    deadline is None
                    or due_soon
                    # Happening now or again, a report asked for later all the same (刚才
                    # 泥石流把村道冲断了…今晚8点前报; 有一户人被困，今天下午6点前报我), not
                    # the washed-out road a report is about (村道冲毁的事…明天下班前出稿).
                    or _AGAIN_NOW.search(text) is not None
                )
            )
            or _AT_ONCE.search(text) is not None
            or _SEARCHING.search(text) is not None
            or (_REPORT_HOURLY.search(text) is not None and _hazard_named_as_event(text))
        ) and _hazard_event(text)
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and (
            (_DIKE_FAILING.search(text) and _SEND_HELP.search(text))
            or (_CROWD.search(text) and _GRIEVANCE.search(text))
            or (
                _CROWD_THERE.search(text)
                and _GRIEVANCE.search(text)
                and _AT_ONCE.search(text)
                and not _resolved(text)
            )
            or (_STILL_THERE.search(text) and _REFUSE.search(text) and _CALL_IN.search(text))
            or _takes_people_now(text, deadline is not None and not due_soon)
        )
    ):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and _DAM_IN_DANGER.search(text) is not None
        and "请" not in text
        and not _resolved(text)
    ):
        emergency = True
    if not emergency and not told and (_gone_by_the_water(text) or _lost_in_the_water(text)):
        emergency = True
    if not emergency and not told and _still_missing(text):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and _roads_iced_now(text)
        and _order_for_now(text, _AT_ONCE)
        and not _resolved(text)
    ):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and (deadline is None or due_soon)
        and _MUSTER_TO_RESCUE.search(text) is not None
        and _DRILL.search(text) is None
        and not _resolved(text)
    ):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and _massed_now(text)
        and _GRIEVANCE.search(text) is not None
        and _MASSED_NOT.search(text) is None
        and not _resolved(text)
    ):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and not _leisure_group(message.group_name)
        # The kinds first: most texts are none of them, and the guard reads more.
        and _FIRST_HAND_HINT.search(text) is not None
        and _first_hand_emergency(text)
        and _first_hand(text, deadline is not None and not due_soon)
    ):
        emergency = True
    if (
        not emergency
        and not told
        and "塌" in text
        and _PINNED_UNDER.search(text)
        and (_LIVE_AT_RISK.search(text) or _SEND_HELP.search(text))
        and not _LIVE_NOT.search(text)
        and not _TO_UNITS.search(text)
        and not private_group(message.group_name)
    ):
        # Not _first_hand's guard: 人没事 there says the people are safe, not that what is
        # pinned is out.
        emergency = True
    if not emergency and not told and _MEETING_BEGUN.search(text) is not None:
        emergency = True
    if (
        not emergency
        and not told
        and deadline is not None
        and message.ts < deadline
        and deadline - message.ts <= _HAZARD_REPORT_WITHIN
        and _EMERGENCY_MEETING.search(text) is not None
        and _MEETING_OFF.search(text) is None
    ):
        emergency = True
    if (
        not emergency
        and not told
        and _INSPECTORS_HERE.search(text) is not None
        and _AT_ONCE.search(text) is not None
    ):
        emergency = True
    if (
        not emergency
        and not told
        and explicit_deadline
        and deadline is not None
        and deadline - message.ts <= _AT_POST_SOON
        and "到岗" in text
        and _INSPECTION_TODAY.search(text) is not None
    ):
        emergency = True
    if (
        not emergency
        and not told
        and deadline is not None
        and deadline - message.ts <= _AT_POST_SOON
        and _DUTY_ROLL_CALL.search(text) is not None
    ):
        # Those on duty checked at their post within the half hour, as inspectors coming
        # are: be there now.
        emergency = True
    if (
        not emergency
        and not told
        and _FIRE_REPORTED.search(text) is not None
        and _AT_ONCE.search(text) is not None
    ):
        emergency = True
    if not emergency and not told and _fire_reported_on(text):
        emergency = True
    if (
        not emergency
        and not told
        and _FIRE_SEEN.search(text)
        and _ON_MY_WAY.search(text)
        and not _FALSE_ALARM.search(text)
    ):
        emergency = True
    if (
        not emergency
        and not told
        # (Not a friend's joke among classmates: 今晚没地方住了，请收留😂.)
        and not private_group(message.group_name)
        and not _leisure_group(message.group_name)
        and _NO_ROOF_TONIGHT.search(text) is not None
        and _PLEASE.search(text) is not None
    ):
        emergency = True
    if (
        not emergency
        and not told
        and not private_group(message.group_name)
        and _ON_THE_ROAD.search(text) is not None
        and _CALLED_OVER.search(text) is not None
        and _LATER.search(text) is None
    ):
        emergency = True
    if not emergency and not told:
        go = _GO_NOW.search(text)
        emergency = (
            go is not None
            and not _in_a_rule(text, go.start())
            and _WHOEVER.search(text[clause_start(text, go.start(), SENTENCE_MARKS) : go.start()])
            is None
            # One's own going said as the whole reply (我马上开车过去, under the family's cry
            # for help): the speaker answers a call; it calls no one.
            and _OWN_GOING.fullmatch(text) is None
            and not _resolved(text)
        )
    # An order to act at once with a time that falls due within the hour or two.
    # (Not one for a case: 发现进京苗头立即报告, on a daily report due this afternoon.)
    order_now = explicit_deadline and due_soon and _order_for_now(text, _AT_ONCE)
    # A first report of a hazard asked for within the hour (请石坑镇2点半前报送长岭村塌方初步
    # 情况, at 1:40): what it is about is happening now (blind set B3).
    hazard_due = (
        not told
        and explicit_deadline
        and deadline is not None
        and deadline - message.ts <= _HAZARD_REPORT_WITHIN
        and _HAZARD.search(text) is not None
        and _CONDITIONAL.search(text) is None
        and not _resolved(text)
        and not _lesson(text)
        and not _cited(text)
    )
    half_hour_report = (
        not told
        and explicit_deadline
        and deadline is not None
        and deadline - message.ts <= _AT_POST_SOON
        and (
            _report_within_half_hour(text)
            # ...or by a clock time as close, on a round of checks made now (22:45: 今晚对独居
            # 低保老人取暖情况再排查一遍，电话联系即可，11点前报结果: blind set V3); not a
            # routine report falling due (今天的灾情日报早上8点前报, at 7:35, and a week's
            # progress, a month's checks: blind sets T, D3, J3, a task) nor a late one chased.
            or (
                _REPORT_BY_CLOCK.search(text) is not None
                and _ROUND_NOW.search(text) is not None
                and _LATE_CHASED.search(text) is None
                and _CONDITIONAL.search(text) is None
            )
        )
    )
    # A report asked again on new terms within the hour (县局口径改了…李娜按新口径重算，5点前报我,
    # at 4:25: blind set A4): the first answer is void and the time is short, an order for now.
    redo_due = (
        not told
        and explicit_deadline
        and deadline is not None
        and message.ts < deadline
        and deadline - message.ts <= _HAZARD_REPORT_WITHIN
        and _REDO_ASKED.search(text) is not None
        and _LATE_CHASED.search(text) is None
    )
    # A superior waiting now for what is due within the hour or two (see _WAITED_FOR).
    waited_for = (
        not told
        and explicit_deadline
        and due_soon
        and deadline is not None
        and deadline > message.ts
        and _WAITED_FOR.search(text) is not None
        and (_PLEASE.search(text) is not None or "各" in text)
    )
    # An order said to be for now in words that allow no later (see _POST_HASTE), not one
    # for a case (发现火情火速赶到).
    hasted = (
        not told
        and not private_group(message.group_name)
        and _POST_HASTE.search(text) is not None
        and _order_for_now(text, _POST_HASTE)
        and not _resolved(text)
    )
    # Those taking part called to the car already waiting (see _CAR_WAITING).
    car_waiting = (
        not told
        and not private_group(message.group_name)
        and (deadline is None or deadline - message.ts <= _AT_POST_SOON)
        and _ADDRESSEES.search(text) is not None
        and _CAR_WAITING.search(text) is not None
    )
    # Addressed by name, as an @ would: an order due within the hour or two, or to come now
    # (李明，马上到值班室来 stayed a notice). Only an order: a reply naming the reader
    # (李书记，下午5点前交材料，收到！) is none.
    named_order = not mention and _urgent_by_name(text, message, named, due_soon, deadline is None)
    if (
        message.ding
        or emergency
        or order_now
        or hazard_due
        or half_hour_report
        or redo_due
        or waited_for
        or hasted
        or car_waiting
        or (
            mention
            and (
                due_soon
                or (_HURRY.search(text) and not _ON_MY_WAY_REPLY.fullmatch(text))
                or _REPORT_EVERY.search(text)
            )
        )
        or (
            mention
            and deadline is None
            and not private_group(message.group_name)
            and (_told_to_come_now(text, by_name=False) or _sent_to_search(text))
        )
        or named_order
    ):
        if emergency or waited_for or hasted or car_waiting:
            reasons.append(_URGENT_WORDS)
        if named_order:
            reasons.append(_ADDRESSES_YOU)
        if (mention or named_order) and due_soon and deadline is not None:
            # The due time itself, so that whoever shows the reason later can say how
            # long is left then; `minutes` is how long was left when it was posted.
            left = max(0, math.ceil((deadline - message.ts).total_seconds() / 60))
            reasons.append(soon_reason(deadline, event_time, left, meeting=readied, kind=readies))
        score = 10.0 + (2.0 if message.ding else 0.0) + (1.0 if mention else 0.0)
        return Assessment(Tier.URGENT, score + weights.group + weights.sender, tuple(reasons))

    asks = _asks(text)
    noise = _CHITCHAT_REASON if chain_letter else _noise_reason(message, text, ack, mention, asks)
    if noise is not None:
        reasons.append(noise)
        if noise.code not in SAYS_NOTHING and weights.lesson is Lesson.READ:
            # The user moved this sender's like here up from noise: read, not put away.
            reasons.append(_LESSON_READ)
            return Assessment(Tier.INFO, 2.0 + weights.group + weights.sender, tuple(reasons))
        return Assessment(Tier.NOISE, 0.0 + weights.group + weights.sender, tuple(reasons))

    points = 0.0
    # An order is read across a bracketed list (…集结情况（…人数，…数量）报县森防办); the
    # notice's other words are read as written.
    order = without_asides(text)
    due_by = _DUE_BY_TASK.search(order)
    request = (
        due_by is not None
        or _report_asked(order)
        or asks
        or bool(_TO_ME.search(order))
        or _outside_a_case(_SUBMIT_TO_OFFICE, order)
        or _outside_a_case(_ADDRESSED_TASK, order)
        or bool(_UNITS_TASK.search(order))
        or bool(_STAY_ORDER.search(order))
        or bool(_EACH_SENDS.search(order))
        or bool(_SUMMONED_AT.search(order))
        or bool(_LATE_TOLD_TO_HURRY.search(order))
        or bool(_NAMED_TO_CARRY_OUT.search(order))
        or (_AT_POST_ORDER.search(order) is not None and _WARNED.search(order) is None)
        or _to_finish(order)
        or _FOR_YOUR_REVIEW.search(order) is not None
        or (named > 0 and _YOU_TOLD_TO.match(text, named) is not None)
        # With the reader's names unknown, an address by surname and title is put to the
        # reader's office, as _addressed_question takes it (王股，…还要你确认一下: blind set S3).
        or (not me_names and _told_by_title(text))
        or (
            not private_group(message.group_name)
            and (_NAMED_LEAD.search(order) is not None or _NAMED_HURRY.search(order) is not None)
        )
        or _daily_report_from_now(order)
        # Duties kept every day for a term (即日起至12月15日…护林员每日巡山不少于2次，卡口人员
        # 24小时在岗; 请各村大喇叭每天广播三次: blind set U3).
        or (_FOR_A_TERM.search(order) is not None and _DAILY_DUTY.search(order) is not None)
        or _post_by(order)
        or bool(
            _HANDLED_BY.search(order)
            and _TIME_LIMIT.search(order)
            and not _ORDER_CLOSED.search(order)
        )
        or bool(_DIRECT_ORDER.search(order))
        or _told_now(_ASSEMBLY, order)
        or (_told_now(_BY_SHIFT, order) and not _EVERY.search(order))
        or bool(_PLEASE_LIST.search(order))
        or _posting_up_asked(order)
        or _TIME_STANDS.match(order) is not None
        or (
            _told_now(_AT_POST_BY, order)
            and not _ROSTER.search(order)
            and not order.lstrip().startswith("我")
        )
        # A duty roster is for whoever is on shift: a task when it names the reader.
        or (_ROSTER.search(order) is not None and _names_reader(order, me_names))
        or (
            deadline is not None
            and _told_now(_MEETING_CALL, order)
            and not _MEETING_OFF.search(order)
        )
        or (deadline is not None and _DUE_MOVED.search(order) is not None)
        or (
            deadline is not None
            and _told_now(_MUSTER, order)
            and not _leisure_group(message.group_name)
        )
        or (
            explicit_deadline
            and bool(
                _PLEASE.search(order)
                or _told_now(_TO_OFFICE, order)
                or _ADDRESSED_PEOPLE.match(order)
                # (Among neighbours, the building heads' job: 麻烦各楼长统计一下.)
                or (
                    (
                        _told_now(_DUE_ORDER, order)
                        or _due_told_directly(order)
                        or _hand_in_told(order, message, mention, named)
                        or _due_said_after(order)
                        or _come_by_told(order, named)
                    )
                    and not private_group(message.group_name)
                )
            )
        )
    )
    if (
        request
        and deadline is None
        and due_by is not None
        and _past_due(order[clause_start(order, due_by.start()) : due_by.end()], message, work)
    ):
        # Last month's notice re-posted as a template: its task is over.
        request = False
    # A work-news item tells of a time set (确保…12月底前整改到位), which is no ask either.
    news_item = _NEWS_ITEM.match(text) is not None
    if request and (news_item or _FOR_REFERENCE.search(text)):
        request = False
    # A notice that opens by addressing the public (各位乡亲：…医保12月31号截止; 各位业主，…):
    # what it asks, and by when, is theirs to do (blind set Z3; all 18 such notices in the
    # sets that no emergency makes urgent are information).
    to_public = _PUBLIC_ADDRESSED.match(text) is not None
    if to_public:
        request = False
    if request and "各地" in order and "请" not in order and _EVERYWHERE_TOLD.search(order):
        # A province's directive to every locality passed down (省厅通知摘要：各地要提前发放…，
        # 春节前完成…): the county's to carry out; what it asks of the town comes as a request.
        request = False
    # Asked of the office itself, as a question put to the reader is (see _ASKS_THE_OFFICE).
    office_asked = (
        not to_public
        and not news_item
        and not private_group(message.group_name)
        and _ASKS_THE_OFFICE.search(order) is not None
    )
    request = request or office_asked
    if office_asked:
        points += 1.0
    if request:
        points += 1.25
        if named and not mention:
            # Said as an @ is: it is what makes a member's plain words an order to them.
            reasons.append(_ADDRESSES_YOU)
        reasons.append(_TASK_WORDS)
    if deadline is not None and not to_public and not news_item:
        points += 1.0 if explicit_deadline else 0.5
    if event:
        points += 0.5
    if (
        deadline is not None
        and _CORRECTION.search(text)
        # ...unless all it asks is to wait (初验组因大雾推迟半小时出发，9:30左右到柳庄，请各位
        # 耐心等待: blind set A4).
        and not (text.count("请") == 1 and _WAIT_ONLY.search(text) is not None)
    ):
        # A changed time is itself something to act on.
        points += 0.5
    # A tally of what is in (各乡镇巡护排班表已收到21个，还有2个乡镇未报，12点截止) that asks
    # nothing: its 未报 and 截止 push no one.
    if not to_public and _PUSH.search(text) and (request or _TALLY_IN.search(text) is None):
        points += 0.75
    # A relative's @ or question in the family group about a meal (@李明 老弟，妈问你晚上能不能
    # 回来吃饭) is no work to do; help or a family need (帮他看一哈志愿, 住院, 找不到了) is.
    family_meal = (
        _FAMILY.search(message.group_name) is not None
        and _FAMILY_MEAL.search(text) is not None
        and _FAMILY_NEED.search(text) is None
    )
    if mention and not family_meal:
        points += 2.0
    question = _asks_a_question(text)
    addressed = question and not family_meal and _addressed_question(text, me_names)
    if addressed:
        points += 2.0
        reasons.append(_ASKS_YOU)
    if not explicit_deadline and (
        _INFO_ONLY.search(text)
        or (mention and deadline is None and not question and _only_told_you(text))
        or _closing_exhortation(text)
        or _closing_readiness(text)
        or _publicity_only(text)
        or (_KEEP_IT_UP.search(text) and not _SEND.search(text))
    ):
        points -= 1.5
        reasons.append(_FOR_INFORMATION)
    if question and not mention and not addressed and not office_asked:
        points -= 1.0
        reasons.append(_QUESTION_REASON)
    if message.sender_role is not Role.MEMBER:
        points += 0.25
    if _leisure_group(message.group_name):
        points -= 0.25
    points += weights.group + weights.sender
    reasons.extend(_weight_reasons(weights))
    if points >= ACTION_THRESHOLD:
        return Assessment(Tier.ACTION, 5.0 + points, tuple(reasons))
    if says_only_who(reasons):
        reasons.append(calm_reason(text))
    if deadline is None:
        # Under 通知, "asks for action" read as the opposite of the tier (a tester): what
        # it asks sets no time, as most standing instructions (请各村卫生室做好…监测).
        reasons = [_TASK_UNDATED if r is _TASK_WORDS else r for r in reasons]
    return Assessment(Tier.INFO, 2.0 + points, tuple(reasons))


def _noise_reason(
    message: Message, text: str, ack: AckKind | None, mention: bool, asks: bool
) -> Reason | None:
    """Why a message is noise, or None when it carries something; `asks` is whether
    _REQUEST matches `text`."""
    if ack is AckKind.ACK:
        return _ACK
    if ack is AckKind.FLATTERY:
        return _FLATTERY
    if mention:
        if not asks and _ONLY_CHEER.fullmatch(text) is not None:
            # Thanks and a cheer, and nothing to do (@林晓燕 这几天辛苦了，周四考核加油:
            # blind set T3).
            return _FLATTERY
        # Teasing a colleague in the class group (@孙丽娟 说的是不是你😂), or asking them
        # something (@李明 明子你不是在望川街道吗，啥情况啊), is still chat.
        if (
            not asks
            and _leisure_group(message.group_name)
            and (
                _CHITCHAT.search(text)
                or (
                    _SOCIAL_GROUP.search(message.group_name)
                    and (_asks_a_question(text) or _CHAT_ASK.search(text))
                )
            )
        ):
            return _CHITCHAT_REASON
        return None
    if _RED_PACKET.search(text) and not _BAN.search(text):
        return _RED_PACKET_REASON
    bare = _EMOJI.sub("", _PLACEHOLDER.sub("", text)).strip()
    if not _WORD_CHAR.search(bare):
        return _STICKER
    if _CHAIN_ENTRY_ONLY.fullmatch(text) or (
        _CHAIN_ROLL_CALL.search(text)
        and _CHAIN_ENTRIES.search(text)
        and _SIGN_UP_BY.search(text) is None
    ):
        return _CHECKIN_REASON
    if (
        _PHOTO.search(text)
        and _word_count(bare) <= _CHECKIN_WORDS
        and (_CHECKIN.search(text) or _CHEER.search(text))
        # [图片] 已巡查，发现3处隐患: a finding, not a check-in; nor one with an ask or a
        # time to be there (会议室已布置好，参会同志8:50前签到).
        and (
            _FINDING_WORDS.search(text) is None
            or _FINDING_WORDS.search(_WEATHER_SAID_LAST.sub("", text)) is None
        )
        and not (_told_now(_AT_POST_BY, text) and _ADDRESSEES.search(text))
        and not asks
        and "请" not in text
    ):
        return _CHECKIN_REASON
    if ("岗" in bare or "签到" in bare or "已" in bare) and _CHECKIN_ONLY.fullmatch(bare):
        return _CHECKIN_REASON
    if _OWN_GOING.fullmatch(text) is not None:
        # One's own going and nothing else (我开车，马上过去: blind set B4), as a check-in
        # says where one is: it answers a call.
        return _CHECKIN_REASON
    if (
        _PHOTO.search(text)
        and _word_count(bare) <= _CAPTION_WORDS
        and not asks
        and "请" not in text
        and _QUESTION_MARK.search(text) is None
        and _FINDING_WORDS.search(text) is None
        and _DANGER.search(text) is None
        and _HAZARD.search(text) is None
        and _HARM.search(text) is None
        # A scene's photos or a check finished (现场照片, 主会场安检完毕) may be the report
        # asked for: information in the sets that post them.
        and _REPORTED_SCENE.search(text) is None
        and _DAMAGE_SHOWN.search(text) is None
    ):
        # A photo under a word or two of caption (升旗仪式, 二坪村, 视频会议已连线, 到了):
        # showing where one is or what was done, as the check-ins above (blind sets J3, K3;
        # 247 of the 250 such posts in the labelled sets are noise).
        return _CHECKIN_REASON
    said = _PHOTOS_LAST.sub("", text)
    if (
        not asks
        and _ROUTINE_REPORT.search(said)
        # A reminder (提醒：明天调休正常上班，免疫日报照常，下午3点前报; 【调休提醒】今天正常
        # 上班) is not a report.
        and _REMINDER.match(text) is None
        # Back to normal after a fault (3号楼已恢复供暖，回水温度正常) is news of it.
        and "恢复" not in text
        # Nothing new in a search still going on (失联的2人还没找到，没情况) is no routine.
        and _STILL_CAUGHT.search(text) is None
        # A chase of the day's zero reports (今日零报告还差柳荫、锦屏两个社区 3点截止: blind set
        # P3) is a task for those named.
        and _ROUND_CHASED.search(text) is None
        # A unit's daily figures that end in nothing to report may run longer.
        and _word_count(bare) <= (50 if _ROUTINE_END.search(said) else 30)
        # "各镇街：每天5点前报送，无情况报零" sets up the routine; it is not a report.
        and not _ADDRESSED_TASK.search(text)
        and not _DUE_BY_TASK.search(text)
        # Nor is word that the round goes on (周末矛盾纠纷零报告照常: blind set P3).
        and _ROUND_GOES_ON.search(text) is None
    ):
        return _ROUTINE
    if (
        "已" in bare
        and _REPORTED_ONLY.fullmatch(bare)
        and _HAZARD.search(text) is None
        and _DANGER.search(text) is None
        and _HARM.search(text) is None
        and _INCIDENT.search(text) is None
    ):
        # A unit's word that its return is in, and no more (黄茅埂镇已报送, 官渡镇自查表已报):
        # one of the round's many; where it went (已报县防汛办) is news of it.
        return _ROUTINE
    if _JIELONG.match(text):
        return _SIGN_UP_CHAIN
    if (
        not asks
        # Something to send the speaker by a time (专题片明天中午12点前组织观看，截图发我: blind
        # set W3) is a task, whatever it names.
        and _SENT_TO_ME_BY.search(text) is None
        and (
            # (Not a laugh in an aside of a report: 是南片巴特尔家的（不是苏木达那个巴特尔😂），
            # 清点无丢失, blind set Q3.)
            _CHITCHAT.search(_after_greeting(_said_outside_asides(text)).replace("[链接]", ""))
            is not None
            or (
                "[链接]" in text
                and (not _PASS_ON.search(text) or _FAVOUR.search(text))
                and not _policy_link(text, message.group_name)
            )
            or (
                _SLOGAN.search(text)
                and not _WORK_WORDS.search(text)
                and not _DAY_OR_HOUR.search(text)
            )
        )
        and not _is_news(text, message.group_name)
    ):
        return _CHITCHAT_REASON
    if _WEATHER_TALK.fullmatch(bare.strip()) or _RELIEF.fullmatch(bare):
        return _CHITCHAT_REASON
    if not asks and _WHOSE_THING.match(text) and _word_count(bare) <= _SHORT_BANTER_WORDS:
        # Lost property or a car's lights left on, asked of everyone (谁的车钥匙落在二楼会议室
        # 了？, 谁的保温杯落在三楼会议室了: blind sets Y3, W3, U3): chat.
        return _CHITCHAT_REASON
    if (
        not asks
        and _CANTEEN_TREAT.search(text) is not None
        and _CANTEEN_SERVICE.search(text) is None
        and _word_count(bare) <= _LEISURE_CHAT_WORDS
        and not _in_danger(text)
        and _HARM.search(text) is None
    ):
        # What the canteen serves tonight, for those on duty too (党政办温馨提示：今晚食堂加餐，
        # 在苏木值班的同志6点来吃饭: blind set Q3): the sets call every one chat; a change to
        # its service (停伙, 只供应午餐) or a thing to fetch there is a notice.
        return _CHITCHAT_REASON
    if (
        not asks
        and _LUNCH_TALK.search(text)
        and _word_count(bare) <= _LUNCH_TALK_WORDS
        and not _WORK_WORDS.search(text)
        and not _NOTICE_WORDS.search(text)
        and not _in_danger(text)
        and not _HARM.search(text)
    ):
        return _CHITCHAT_REASON
    # Said to someone by name and title (郭主任，你上次说的材料什么时候交？) is no chat, but
    # in the family (妈，… / 令辉，…) it is how everyone speaks.
    if (
        not asks
        and not _is_news(text, message.group_name)
        and (_VOCATIVE.match(text) is None or _FAMILY.search(message.group_name) is not None)
    ):
        if (
            _leisure_group(message.group_name)
            and _word_count(bare) <= _LEISURE_CHAT_WORDS
            and (not _TIME_WORD.search(text) or not _WORK_WORDS.search(text))
            # The union's gifts to fetch (慰问品…已到一楼活动室，各股室下午派人领一下🙂: blind
            # set S3): every set calls them a notice or a task.
            and _TO_COLLECT.search(text) is None
        ):
            # Holiday trips, views and scenes in the staff club: chat, whatever their words.
            return _CHITCHAT_REASON
        if (
            (
                private_group(message.group_name)
                # A villager in the village's own group (羊排村村民群, 高岩村4组群) talks as a
                # neighbour does (又要凌哦 今年咋个这么冷; 谁家有多余的塑料布，借两张: blind
                # sets G3, J3, Z3); what its cadres post there is their word to residents.
                or (
                    message.sender_role is Role.MEMBER
                    and _VILLAGERS.search(message.group_name) is not None
                    and _VILLAGER_CONCERN.search(text) is None
                    and _HAZARD.search(text) is None
                    and _HARM.search(text) is None
                )
            )
            and not (
                message.sender_role is not Role.MEMBER
                and _NEIGHBOURS.search(message.group_name) is not None
            )
            and (
                (
                    not _WORK_WORDS.search(text)
                    and not _NOTICE_WORDS.search(text)
                    and not _in_danger(text)
                )
                or _told_to_take_care(text, message.group_name)
            )
        ):
            # Family, classmates and neighbours: a get-together, a dinner, a question about
            # the weather is chat however long, unless it is about work or someone in danger.
            return _CHITCHAT_REASON
    if (
        not asks
        and _word_count(bare) <= _SHORT_BANTER_WORDS
        and _EXPRESSION.search(text)
        and not _is_news(text, message.group_name)
        # News that someone is found or safe (孩子找到了，平安无事🙏) is no banter, nor a
        # task reported done with its mark (值班表已报县防汛办✅).
        and _FOUND.search(text) is None
        and _DONE_MARKED.search(text) is None
    ):
        return _CHITCHAT_REASON
    return None


# A report that recurs: 每周五下午4点前报送, 每天上午10点前报.
_RECURRING = re.compile(r"每(?:周|天|日|月)[一二三四五六日天]?[^，,。；;\n]{0,8}?(?:前|之前)")
# Something for now beside it (今晚8点前将值班表报…，此后每天下午5点前报雨情).
_FOR_NOW = re.compile(r"今晚|今天|今日|" + _NOW)
# Reporting every few minutes, while something goes on (每半小时把搜寻进展报我).
_REPORT_EVERY = re.compile(
    r"每(?:半小时|半个小时|\d{1,2}分钟|一?个?小时)[^，,。；;\n]{0,12}?(?:报我|报给我|向我(?:汇)?报|汇报)"
)
# Said of a time gone: 把上周老鹰岩塌方的处置写进去.
_BEFORE_NOW = re.compile(r"上周|上个?月|昨天|前天|此前|(?<![\d点时])之前|上次|去年|前几天|那次")
# ...unless it is happening again now (上周塌方的老鹰岩今天又在往下掉石头).
_AGAIN_NOW = re.compile(r"又|还在|仍在|刚刚|刚才|现在|正在|今天")


_JUST_NOW = re.compile(r"刚才|刚刚|正在")
# A text that opens with yesterday or earlier (昨天晚上10点多，…是有人结婚放的礼炮) tells of
# what is past, unless something is happening again now.
_OPENS_PAST = re.compile(r"\s*(?:昨天|昨晚|昨日|昨夜|前天|前晚|上周|上个?月|去年|前几天)")


# Passing it on to so many groups or friends: what only a chain letter asks.
_CHAIN_LETTER = re.compile(
    r"转发?(?:到|给)\s*(?:\d+|[一二两三四五六七八九十]+)\s*个\s*(?:微信)?(?:群|好友|人|朋友)"
)


def _chain_letter(text: str) -> bool:
    """Whether the text asks to be passed on to so many groups or people (see
    _CHAIN_LETTER)."""
    return "个" in text and "转" in text and _CHAIN_LETTER.search(text) is not None


def _lesson(text: str) -> bool:
    """Whether the text holds up a case as a lesson; 外地 only when nothing happens here now
    (not 东沙滩刚才有两个外地小孩被浪卷下去)."""
    found = _LESSON.search(text)
    while found is not None and (
        (found.group("elsewhere") and _JUST_NOW.search(text))
        or (
            # The other units told to learn from a case one of them is sent to at once
            # (请云溪街道立即上门处置，其他街道举一反三: blind set V3): the case is here, now.
            found.group() == "举一反三"
            and _OTHERS_LEARN.search(text, max(0, found.start() - 10), found.end()) is not None
            and _HANDLED_NOW.search(text) is not None
        )
    ):
        found = _LESSON.search(text, found.end())
    return found is not None


_OTHERS_LEARN = re.compile(r"(?:其他|其余|其它)[^，,。;；\n]{0,6}?举一反三")
_HANDLED_NOW = re.compile(rf"(?:{_NOW})(?:上门|到场|赶到|赶赴|处置)")


def _closing_exhortation(text: str) -> bool:
    """A 通报 or a lesson whose only ask is the 请…加强 it ends on (…低于全区平均，请加强。;
    请排名靠后的苏木镇加强督促。; 请各地以案示警，加强宣传。)."""
    return (
        text.count("请") == 1
        and _CLOSING_URGE.search(text) is not None
        # (...or a tally as of a day: 截至12月9日，全镇…缴费率73.0%，排名全县第7。)
        and ("通报" in text or _lesson(text) or _AS_OF.match(text) is not None)
    )


_AS_OF = re.compile(r"\s*截至\s*(?:\d{1,2}月)?\d{1,2}[日号]")


# (...or 加大…力度: 请排名靠后的乡镇加大动员力度。, under a tally of payments: blind set Z3.)
_CLOSING_URGE = re.compile(
    r"请[^。;；!！?？\n]{0,12}?(?:加强[\u4e00-\u9fff]{0,4}|加大[\u4e00-\u9fff]{0,4}?力度)[。!！]?\s*$"
)


# A bulletin passed on that ends on getting ready (…，请做好防台风准备。; 请做好三夏抢收和防范
# 工作。), or on keeping warm through the heating's stop (…期间暂停供暖，请大家做好防寒准备。).
# ...the last of its list perhaps named first (请做好防寒防冻和道路结冰防范: blind set T3).
# ...to units, of cold and frost and keeping people warm (请各乡镇做好防寒防冻和困难群众保暖
# 工作。, under a 寒潮蓝色预警: blind set X3).
_READY_CLOSING = re.compile(
    # (Not told to do it at once: 请各村立即做好防范.)
    r"请(?:大家|各位|各(?:(?!立即|马上|立刻|迅速|务必|必须)[\u4e00-\u9fff]){1,6}?)?"
    # (...ahead of it: 请提前做好防范。, under a 寒潮黄色预警: blind set Z3.)
    r"(?:提前)?(?:注意|做好)(?:[^。，,;；!！]{0,8}?和)?"
    r"(?:[^。，,;；!！和、]{1,6}?(?=防范))?"
    r"防(?:台风?|汛|范|御|暑降温|寒|冻)(?:防(?:寒|冻|滑))?(?:和[\u4e00-\u9fff]{1,8}?保暖)?"
    r"(?:准备|工作)?[。!！]?\s*$"
)
_UNITS_TOLD = re.compile(r"各[^，,。;；\n]{0,8}?(?:要|抓紧|务必|必须)")


def _closing_readiness(text: str) -> bool:
    """A bulletin whose only ask is the 请做好防台风准备 it ends on."""
    return (
        text.count("请") == 1
        and _READY_CLOSING.search(text) is not None
        and _UNITS_TOLD.search(text) is None
    )


# Asked only to spread the word (请各乡镇广泛宣传，引导农民错峰售粮; 请各单位做好宣传解释):
# a price bulletin or an announcement, which the sets call information.
# (What is publicised may be named: 请各地做好政策宣传, blind set V3.)
_PUBLICITY_ASK = re.compile(
    r"请[^。;；!！?？\n，,]{0,8}?(?:广泛|做好|加强|积极)(?:政策|安全|入户|舆论)?宣传"
)


# Asked to put it up or pass it on to the residents' groups, undated (请各村在村务公开栏和各户群
# 张贴, 请网格员转发到各户群), or to take down the notice a correction replaces (请物业把楼道里
# 的停水通知换掉): a task done once, now; not a link shared for whoever likes ([链接] …请大家
# 转发到嘎查群), nor one for when the time comes (届时请居委协助张贴).
_POSTING_UP = re.compile(
    r"请(?:各|相关)?[\u4e00-\u9fff]{0,8}?(?:在[^，,。;；\n]{0,12}?)?"
    r"(?:张贴|贴一下|转发到|转发至|转到)"
    r"|请[^，,。;；\n]{0,12}?把[^，,。;；\n]{0,10}?(?:通知|告示|公告)(?:换掉|换下|撤掉|撤下|更换)"
)


# What a higher level tells every locality (各地要…, 各地务必…).
_EVERYWHERE_TOLD = re.compile(r"各地(?:区)?(?:要|务必|应|须|必须)")
# A correction to a task that keeps its time (【更正】…只需报电子版…报送时间不变; 更正：…
# 发放时间不变): the task stands, changed; not a word in passing that a time stays (名册上报
# 时间不变, with no correction).
_TIME_STANDS = re.compile(
    r"\s*(?:【\s*(?:更正|补充通知|补充说明)\s*】|更正\s*[:：])[^\n]*?"
    r"(?:报送|上报|截止|完成|发放|提交|报名)(?:时间|时限|日期)(?:不变|照旧|仍为)"
)


def _posting_up_asked(order: str) -> bool:
    return (
        ("贴" in order or "转" in order or "换" in order or "撤" in order)
        and _POSTING_UP.search(order) is not None
        and not order.lstrip().startswith("[链接]")
        and "届时" not in order
    )


def _publicity_only(text: str) -> bool:
    """Whether a notice's only ask is to publicise it (see _PUBLICITY_ASK), or a warning's
    to remind the public of it (see _PUBLIC_REMINDED)."""
    if text.count("请") != 1:
        return False
    if "宣传" in text and _PUBLICITY_ASK.search(text) is not None:
        return True
    return (
        "预警" in text
        and _MILD_LEVEL.search(text) is not None
        and _SEVERE_LEVEL.search(text) is None
        and _PUBLIC_REMINDED.search(text) is not None
    )


# A blue or yellow weather warning passed on with its one ask, to remind the public to get
# ready (转气象台寒潮蓝色预警…请各村用大喇叭提醒群众做好小麦防冻; 请各网格提醒辖区商户、市场做好
# 防寒防风: blind sets A4, B4): the word spread, as 请…做好宣传 is. (A warning of no stated
# level so passed to the communities is their task: a reviewer's 【寒潮预警】…请各社区提醒居民.)
_PUBLIC_REMINDED = re.compile(
    r"请[^。;；!！?？\n]{0,12}?提醒(?:辖区)?(?:广大)?"
    r"(?:群众|居民|村民|农户|商户|市民|住户|养殖户|种植户|牧民|渔民|家长)"
    r"[^。;；!！?？\n]{0,16}?(?:做好|注意|加强|防范)"
)


def _said_outside_asides(text: str) -> str:
    """`text` without its bracketed asides, unless that leaves nothing of it."""
    said = without_asides(text)
    return said if said.strip() else text


def _told_to_take_care(text: str, group_name: str) -> bool:
    """Whether a relative tells the reader to keep out of harm's way (橙色预警了你今天别往牧区
    跑了路上危险: blind set Q3): care, whatever warning or danger it names, unless someone
    needs help."""
    return (
        _FAMILY.search(group_name) is not None
        and _TAKE_CARE.search(text) is not None
        and _CALL_FOR_HELP.search(text) is None
    )


# You, don't go (你今天别往牧区跑了, 你别出门了, 您莫开车).
_TAKE_CARE = re.compile(
    r"[你您][^。;；!！?？\n]{0,6}?(?:别|不要|莫|少)(?:再)?(?:往|去|出|跑|开车|下乡)"
)


def _in_danger(text: str) -> bool:
    """Someone in danger told of (not a rumour asked about: 听说…着火了？, nor the news:
    新闻见到新围村有厂着火，你小心啲啊)."""
    return (
        (_DANGER.search(text) is not None or _CALL_FOR_HELP.search(text) is not None)
        and _HEARSAY.match(text) is None
        and _NEWS_HEARD.search(text) is None
    )


def _weight_reasons(weights: Weights) -> list[Reason]:
    """What the learnt weights added, for the reasons to say so."""
    said: list[Reason] = []
    if weights.group:
        said.append(weight_reason(weights.group, weights.group_marked, weights.group_by_policy))
    if weights.sender:
        said.append(Reason.of("sender_weight", weight=f"{weights.sender:+.1f}"))
    return said


def put_away(result: Assessment, weights: Weights) -> Assessment:
    """`result`, or noise where it is information that asks nothing of the reader (no
    task, no time, no @, no question put to them) and is no notice, from a sender whose
    information the user moved down to noise in this group: a chatty sender's like there.
    Asked once the rules and the urgent model have had their say, so that what reads as
    urgent is never put away."""
    if result.tier is not Tier.INFO or weights.lesson is not Lesson.PUT_AWAY:
        return result
    if any(r.code in _KEPT_IN_VIEW for r in result.reasons):
        return result
    return Assessment(
        Tier.NOISE, 0.0 + weights.group + weights.sender, (*result.reasons, _LESSON_PUT_AWAY)
    )


# Word passed on, reported done (石门坎砂场已经通知到了, 已电话通知到63位老人, 已通知明天
# 中午前回港, 我挨楼通知了): 已 before 通知, or the speaker's own 通知了. Not an order to pass
# it on (各村都通知一下, 均需通知到本人, 抓紧时间通知了啊), which has no 已.
_TOLD_THEM = re.compile(
    r"(?:已|已经|均已|都已|全部已)[^，,。;；!！?？\n]{0,6}?通知"
    r"|我[^，,。;；!！?？\n]{0,6}?通知(?:到位|到)?了"
)
# ...in a clause that does not ask whether (通知到了吗), deny it (都没通知), tell of word
# received or awaited (已收到通知, 已经看到通知了, 在等通知), or ask for it (请, 要, 需).
_NOT_TOLD_THEM = re.compile(r"吗|么|没|未|请|要|需|收到|看到|接到|等")
# Anywhere in the message, an ask that makes it more than a report (人员已基本通知到了，个别
# 外出务工的请各村再电话通知一遍).
_ASKS_MORE = re.compile(r"请|要|需|务必|必须|抓紧|尽快|再")


def calm_reason(text: str) -> Reason:
    """What information that says nothing else for itself is: a report back when it tells
    of word passed on (see _TOLD_THEM) and asks nothing more; otherwise a notice."""
    if _ASKS_MORE.search(text):
        return _NOTICE
    for found in _TOLD_THEM.finditer(text):
        start = clause_start(text, found.start())
        end = _CLAUSE_END.search(text, found.end())
        if not _NOT_TOLD_THEM.search(text, start, end.start() if end else len(text)):
            return _REPORT_BACK
    return _NOTICE


def says_only_who(reasons: Sequence[Reason]) -> bool:
    """Whether `reasons` tell no more than who posted (none, or a role): information with
    nothing else said for it is a notice. What the user taught of its group or sender
    says nothing of the message."""
    return all(r.code.startswith("role_") or r.code in _WEIGHT_CODES for r in reasons)


@lru_cache(maxsize=1024)
def private_group(group_name: str) -> bool:
    """Friends, family or neighbours: not a work group."""
    return _SOCIAL_GROUP.search(group_name) is not None or _FAMILY.search(group_name) is not None


def _emergency_words(text: str, due_in: timedelta | None) -> bool:
    """Whether the text has the words of an emergency, given how long after the message
    its due time is. 【加急】 counts only with no due time or one inside the urgent
    window; 紧急通知 with none or one within half a day; a response level only raised or
    with an order to act at once; an orange or red warning only with an order to act at once or
    due within half a day."""
    soon_enough = due_in is not None and due_in < URGENT_NOTICE_WINDOW
    expedite_counts = due_in is None or due_in <= URGENT_MENTION_WINDOW
    # A weekly report due this afternoon (每周五下午4点前报送) is a routine, not an alarm.
    notice_counts = (
        due_in is None
        or (soon_enough and (_RECURRING.search(text) is None or _FOR_NOW.search(text) is not None))
    ) and _FOR_A_TERM.search(text) is None
    found = _EMERGENCY.search(text)
    while found is not None and (
        (found.group("expedite") and not expedite_counts)
        or (found.group("notice") and not notice_counts)
        or (found.group("response") and not _response_now(text))
        or (found.group("warning") and not soon_enough and not _order_for_now(text))
        # A warning cited as the grounds for a measure (根据县里橙色预警，景区今晚6点起暂停
        # 接待): what it closes and from when, with nothing ordered now (blind set J3).
        or (
            found.group("warning")
            and _GROUNDS_BEFORE.search(text, max(0, found.start() - 12), found.start()) is not None
            and not _order_for_now(text)
        )
        or (found.group("tagwarn") and not _order_for_now(text, _ORDER_AT_ONCE))
        # A bare 【预警】 over a blue or yellow weather warning (【预警】…发布暴雪蓝色预警…请
        # 立即组织排查…下午5点前报): that warning's, which asks for a task.
        or (
            found.group("tagwarn")
            and _MILD_LEVEL.search(text) is not None
            and _SEVERE_LEVEL.search(text) is None
        )
        # A fraud warning on a spell of cases (【反诈预警】近期…连续发生…诈骗): a tip for
        # residents, whatever it orders; not one on people cheated now (正被…诈骗).
        or (
            found.group("tagwarn")
            and "诈" in found.group()
            and _LATELY.search(text) is not None
            and "正被" not in text
        )
        # A campaign against it (防溺水, 预防溺水), not the thing happening.
        or (found.start() > 0 and text[found.start() - 1] == "防")
        # A lift that shut someone in last week (3号楼上周电梯困人，物业40分钟才到).
        or (
            found.group("lift")
            and _PAST_WHEN.search(
                text, clause_start(text, found.start(), SENTENCE_MARKS), found.start()
            )
            is not None
        )
        # A risk, not an event: 易引发燃气泄漏事故, 天这么热担心起火.
        or _RISK_BEFORE.search(text, max(0, found.start() - 10), found.start()) is not None
        # A case to report when met (重点看小孩，发现走失儿童马上报), not one met.
        or _case_to_report(text, found.start(), found.end())
        # Heat is no emergency to respond to (every set calls its red heat warning a
        # notice or a task), nor is the warning named as a period (红色预警期间…每天上报两次).
        or (
            (found.group("warning") or found.group("tagwarn"))
            and (
                _HEAT_WARNING.search(text, max(0, found.start() - 6), found.end())
                or text.startswith(("期间", "期内"), found.end())
            )
        )
        or (found.group("fire") and found.start() > 0 and text[found.start() - 1] in _COUNTS)
        or (
            found.group("heat_out")
            and (
                _BITTER_COLD.search(text) is None
                or _HEAT_BACK.search(text) is not None
                or _HEAT_PLANNED.search(text) is not None
            )
        )
        # The season's warning against it (一氧化碳中毒高发期…立即拨打120送医), not a case.
        or (found.group("poisoned") and _POISON_CAMPAIGN.search(text) is not None)
        or (found.group("quake") and (not _quake_felt(text) or _AFTERMATH.search(text)))
        or _provided_for(text, found.start())
        or _DRILL_NAMED.match(text, found.end()) is not None
    ):
        found = _EMERGENCY.search(text, found.end())
    return (
        found is not None
        # A file's name ([文件] …泄漏演练评估报告.pdf) reports nothing happening.
        and not _lesson(text)
        and not _cited(text)
        and not _HEARSAY.match(text)
        and not (_OPENS_PAST.match(text) and _AGAIN_NOW.search(text) is None)
        and not _RUMOUR.search(text)
        and not _TIP_TAG.match(text)
        and not (_TALLY.search(text) and _STILL_ACTIVE.search(text) is None)
    )


def _response_now(text: str) -> bool:
    """Whether a response level is raised or started with an order to act at once (see
    _RESPONSE_NOW), not only beside a warning raised (蓝色预警升级为黄色预警)."""
    for found in _RESPONSE_NOW.finditer(text):
        raised = found.group().startswith(("提升", "升级"))
        warning = (
            _WARNING_RAISED.match(text, found.end()) is not None
            # (…or named before it: 寒潮预警已升级为黄色！)
            or _WARNING_BEFORE.search(text, max(0, found.start() - 6), found.start()) is not None
        )
        if not (raised and warning):
            return True
    return False


# A 紧急通知 whose orders hold for a term (即日起至12月15日，全县禁止一切野外用火…护林员每日
# 巡山): a standing rule to keep until then, a task as one due days away is (blind set U3).
_FOR_A_TERM = re.compile(r"(?:即日起|今天起|从今天起|自今日起)至\s*(?:\d{1,2}月)?\d{1,2}[日号]")
_DAILY_DUTY = re.compile(
    r"(?:每日|每天|每晚)[^，,。;；\n]{0,6}?(?:巡|广播|上报|报送|检查|值守|不少于)|24小时在岗"
)
_LATELY = re.compile(r"近期|近来|连续发生|多发|高发")
_GROUNDS_BEFORE = re.compile(r"(?:根据|按照|依据|按)[^，,。;；\n]{0,10}$")
_MILD_LEVEL = re.compile(r"[蓝黄]色预警")
_SEVERE_LEVEL = re.compile(r"[橙红]色预警")
# What makes the heat gone an emergency: deep frost outside (not a room's 12-15度), or
# people at home in it (独居老人, 17户), not an office's radiator.
_BITTER_COLD = re.compile(
    r"零下\s*[1-4]\d|(?<![\d.~～-])-\s*[1-4]\d\s*(?:℃|度)|独居|老两口|老太|老大爷|家里"
    r"|[\d一二两三四五六七八九十几]+户"
)
# ...unless it is back (下午能恢复, 现在正常了; not 暂时无法恢复, 尽快恢复供暖)...
_HEAT_BACK = re.compile(r"已恢复|(?<![不没未])能恢复|恢复了|恢复正常|正常了|顶上了|修好了")
# ...or the heating season's planned end or works (4月5日正式停暖, 停暖通知, 检修).
_HEAT_PLANNED = re.compile(r"通知|正式停暖|停暖时间|计划|检修|将于|供暖期")
_POISON_CAMPAIGN = re.compile(r"高发|隐患|排查|宣传|一旦|防范|预防|提醒")
_CASE_OPENS = re.compile(
    r"(?:^|[,，、;；])\s*(?:一旦|如|凡)?(?:发现|遇到|遇有)[^,，。;；\n\s]{0,12}$"
)
_REPORT_AFTER = re.compile(
    r"[^,，。;；！!\n]{0,8}?(?:马上|立即|及时|第一时间|速)(?:报告|上?报)(?![了过告])"
)


def _case_to_report(text: str, start: int, end: int) -> bool:
    opens = clause_start(text, start, SENTENCE_MARKS)
    return (
        _CASE_OPENS.search(text, opens, start) is not None
        and _REPORT_AFTER.match(text, end) is not None
    )


# Said right before the word: 易引发燃气泄漏, 担心起火 (not 交易市场起火, 可能有人落水了).
_PAST_WHEN = re.compile(r"上个?月|上周|上礼拜|上星期|昨天|昨晚|前天|去年|前几天|上次|那次|以前")
_RISK_BEFORE = re.compile(r"(?:(?:极|容)?易(?:引发|造成|导致|发生|出现)|担心|害怕|生怕|谨防|以防)$")
_HEAT_WARNING = re.compile(r"高温")
_PUBLICITY_AFTER = re.compile(r"[^，,。;；\n]{0,12}?(?:转发|宣传|转告|告知)")
# The word names a drill (燃气泄漏应急疏散演练): the drill, announced or done, is no emergency.
_DRILL_NAMED = re.compile(r"[^，,。;；\n]{0,8}?演练")


def _order_for_now(text: str, orders: re.Pattern[str] | None = None) -> bool:
    """Whether a warning comes with an order to act now (`orders`: by default any of
    _WARNING_ORDER), not one for a case (发现烟点立即报告, 如遇险情立即转移)."""
    for order in (orders or _WARNING_ORDER).finditer(text):
        clause = text[clause_start(text, order.start()) : order.start()]
        if (
            not _in_a_rule(text, order.start())
            and not _FINDING.match(clause)
            # Passing the warning on (立即通过村村响、微信群转发提醒) is no response to it.
            and not _PUBLICITY_AFTER.match(text, order.end())
            # Nor is getting ready for it (请做好牲畜转移和人员防寒工作: blind set Q3).
            and not _GET_READY_BEFORE.search(clause)
        ):
            return True
    return False


_GET_READY_BEFORE = re.compile(r"做好[^，,。;；\n]{0,10}$")


# A bulletin of a small earthquake (【地震速报】…3.3级地震) or a mention of one past is
# information; one is an emergency when it is felt now, does harm, is strong (5 and up) or
# comes with an order for now (刚才地震有感，请各村立即组织排查).
_MAGNITUDE = re.compile(r"(?:m|震级)\s*(\d(?:\.\d)?)|(\d(?:\.\d)?)\s*级(?:左右)?地震")
_QUAKE_ORDER = re.compile(_NOW + r"|迅速|第一时间|刻不容缓|\d+\s*(?:个)?(?:小时|分钟)内")
_QUAKE_FELT = re.compile(
    r"地震了|有感|震感|倒塌|垮塌|塌方|滑坡|倒了|开裂|裂缝|损毁|受损|中断|无法通行"
    r"|伤亡|被困|被埋|受伤|失联"
)
# Said just before the word (暂无人员伤亡, 无房屋倒塌和人员伤亡), or after it (震感不明显).
_NEGATED_BEFORE = re.compile(r"(?:无|没有|未)[^，,。;；\n]{0,8}$")
_NEGATED_AFTER = re.compile(r"\s*(?:不明显|不强|轻微)")
STRONG_QUAKE = 5.0


def _quake_felt(text: str) -> bool:
    if _QUAKE_ORDER.search(text) is not None:
        return True
    for m in _MAGNITUDE.finditer(text):
        if float(m.group(1) or m.group(2)) >= STRONG_QUAKE:
            return True
    return any(
        _NEGATED_BEFORE.search(text[clause_start(text, m.start()) : m.start()]) is None
        and _NEGATED_AFTER.match(text, m.end()) is None
        for m in _QUAKE_FELT.finditer(text)
    )


# A clause for whatever is found: 发现烟点立即报告, 一经发现马上处置.
_FINDING = re.compile(
    r"\s*(?:一经|一旦|如|若)?(?:发现|有[^，,。;；\n]{0,10}?(?:苗头|异常|动向|情况)\s*$)"
)


def _provided_for(text: str, at: int) -> bool:
    """Whether the word at `at` sits in an aside ("（含…突发事件处置情况）") or in a clause
    that provides for a case ("遇重大突发事件第一时间报告")."""
    opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opened >= 0 and max(text.rfind(")", opened, at), text.rfind("）", opened, at)) < 0:
        return True
    start = clause_start(text, at, SENTENCE_MARKS, since=max(0, at - 60))
    # With the word's first character: 遇突发事件 provides for a case as 遇重大突发事件 does.
    clause = text[start : at + 1]
    comma = max(clause.rfind(","), clause.rfind("，"))
    own = clause[comma + 1 :]
    return _CONDITIONAL.search(own) is not None or _CAUSE.search(own) is not None


def _in_a_rule(text: str, at: int) -> bool:
    """Whether the sentence up to `at` provides for a case anywhere in it (如发生滑坡、垮塌，
    请立即组织群众转移), or `at` sits in an aside."""
    if _provided_for(text, at):
        return True
    return _CONDITIONAL.search(text, clause_start(text, at, SENTENCE_MARKS), at) is not None


_COUNTS = frozenset("0123456789一二两三四五六七八九十几多数")


def _outside_a_case(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches somewhere other than in a clause that provides for a case
    (各社区遇重要情况第一时间报街道总值班室 is a standing rule)."""
    for found in pattern.finditer(text):
        if _CASE_IN_ASK.search(text, clause_start(text, found.start()), found.end()) is None:
            return True
    return False


_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_MARKS)}]")


def _asks(text: str) -> bool:
    """Whether the text asks someone to do something now, not whenever a case arises, nor
    the public in a notice passed on (请家长做好看护, 请市民减少外出, 已预约的居民请按时前往)."""
    return any(
        _CASE_IN_ASK.search(m.group()) is None
        and not _TO_THE_PUBLIC.match(m.group())
        and _PUBLIC_BEFORE.search(text, clause_start(text, m.start()), m.start()) is None
        for m in _REQUEST.finditer(text)
    )


def over_or_hypothetical(text: str) -> bool:
    """Whether the text tells of an emergency as settled, resolved, taught, provided for,
    a lesson or cited: whatever its words, nothing is happening now."""
    return bool(
        _SETTLED.search(text)
        or _TAUGHT.search(text)
        or _CONDITIONAL.search(text)
        or _resolved(text)
        or _lesson(text)
        or _cited(text)
        or _RUMOUR.search(text)
        or _nobody_hurt(text)
    )


# Who is on duty where, and their number: a roster's entry as a unit sends it back (1组卡点：
# 村口大桥，值守人沙马拉则、吉木子日，电话139****6402: blind set R3; 联系人郑秀英 139****2201).
_ROSTER_ENTRY = re.compile(
    r"(?:值守人员?|值班人员?|联系人|带班领导|负责人|责任人)[:：\s]*[\u4e00-\u9fff]{2,5}"
    r"(?:[、，,\s]+[\u4e00-\u9fff]{2,5})*[，,\s]*(?:(?:联系)?电话|手机号?)?[:：\s]*1\d{2}[\d*]{4}\d{4}"
)
# Longer than a roster's entry: a report that gives a number to ring as well.
_ROSTER_ENTRY_LONGEST = 60


def roster_entry(text: str) -> bool:
    """Whether the text is one roster entry sent back (see _ROSTER_ENTRY), with nothing
    asked at once: who is on duty reports nothing happening."""
    return (
        len(text) <= _ROSTER_ENTRY_LONGEST
        and _ROSTER_ENTRY.search(text) is not None
        and _AT_ONCE.search(text) is None
    )


def _first_hand(text: str, due_later: bool) -> bool:
    """Whether the text may be a first-hand report of something happening now: no task due
    beyond the urgent window, no units told what to do, nothing settled, cited, provided
    for, taught or told as news, nothing past unless it is happening again."""
    return not (
        due_later
        or _TO_UNITS.search(text)
        # A period's incidents (国庆以来发生的…电梯困人等突发事件): a tally, not a report.
        or _TALLY.search(text)
        or (_BEFORE_NOW.search(text) and not _AGAIN_NOW.search(text))
        or over_or_hypothetical(text)
    )


def _first_hand_emergency(text: str) -> bool:
    """The kinds of first-hand report that cannot wait (see _first_hand for what rules one
    out): each needs the thing, and someone still at risk or help asked for."""
    return (
        _live_incident(text)
        or bool(_WORKERS_MASSED.search(text) and _BLOCKING.search(text))
        or bool(_PERSON_DOWN.search(text) and not _ME_DOWN.search(text))
        or bool(
            _INJURED_NOW.search(text)
            and _AMBULANCE_CALLED.search(text)
            and not _ANIMAL.search(text)
        )
        or bool(_DEAD_ANIMALS.search(text) and not _ANIMALS_ROUTINE.search(text))
        or bool(_SUSPECTED_EPIDEMIC.search(text) and not _EPIDEMIC_CLEARED.search(text))
        or bool(
            _LIFT_TRAPPED.search(text) and _LIVE_AT_RISK.search(text) and not _LIVE_NOT.search(text)
        )
        or bool(
            _SET_OFF_NOW.search(text) and (_LIVE_EVENT.search(text) or _INJURED_NOW.search(text))
        )
        or bool(
            _GAS_SMELL.search(text)
            and (_STILL_THERE.search(text) or _AT_ONCE.search(text) or _SOMEONE_INSIDE.search(text))
        )
        or bool(_HAZMAT.search(text) and _STORED.search(text) and _NEAR_HOMES.search(text))
        or bool(
            _SLOPE_FAILING.search(text)
            and (_STILL_THERE.search(text) or _SEND_HELP.search(text) or _REFUSE.search(text))
        )
        or bool(_person_not_back(text) and _SEARCH_ASK.search(text))
        or bool(
            "咬" in text
            and _BITTEN.search(text)
            and _BITE_WOUND.search(text)
            and _BITE_HELP.search(text)
        )
        or bool(
            _JUST_FELL.search(text)
            and _ICED_OVER.search(text)
            and _ICE_HELP.search(text)
            and not _TIME_FRAME.search(text)
            and not _HEARD_OF.search(text)
            and not _ICE_DEALT_WITH.search(text)
        )
    )


def _gone_by_the_water(text: str) -> bool:
    """Whether a child or an old person is told gone by the water or on the ice (see
    _GONE_BY_WATER), and not found, taught or provided for (see over_or_hypothetical)."""
    return (
        any(word in text for word in _GONE_WORDS)
        and _GONE_BY_WATER.search(text) is not None
        and _MISSING_WHO.search(text) is not None
        and not over_or_hypothetical(text)
    )


def _lost_in_the_water(text: str) -> bool:
    """Whether someone gone into the water is not heard of or found (see _INTO_WATER), and
    the text tells of nothing settled, taught or provided for (see over_or_hypothetical)."""
    return (
        _INTO_WATER.search(text) is not None
        and _NOT_HEARD_OF.search(text) is not None
        and _FOUND.search(text) is None
        and not over_or_hypothetical(text)
    )


def _sent_to_search(text: str) -> bool:
    """Whether the text sends someone to search a stretch (see _SEARCH_ORDER), not the
    speaker (我们分头找，我顺着河往下找)."""
    if not any(word in text for word in "找搜寻捞"):
        return False
    for found in _SEARCH_ORDER.finditer(text):
        if "我" not in text[clause_start(text, found.start()) : found.start()]:
            return True
    return False


def _person_not_back(text: str) -> bool:
    """Whether a child or an old person is not back yet (王奶奶早上出门到现在还没回来), not an
    animal (张大爷家的牛…到现在都没回来)."""
    for found in _NOT_BACK.finditer(text):
        before = text[clause_start(text, found.start(), SENTENCE_MARKS) : found.start()]
        if _MISSING_WHO.search(before) and not _ANIMAL.search(before):
            return True
    return False


def _live_incident(text: str) -> bool:
    """Whether the text tells of something happening now with someone at risk or help asked
    for (这会儿聚了二十来个工人…咋弄; 冷水塘那边有个娃儿掉水头去了…120喊了还没来): however
    it is worded, a first-hand report that cannot wait. Not a drill, a tip, a count, a case
    provided for or the past (see also _first_hand)."""
    return (
        _LIVE_NOW.search(text) is not None
        and _LIVE_EVENT.search(text) is not None
        and _LIVE_AT_RISK.search(text) is not None
        and _LIVE_NOT.search(text) is None
        and _ME_DOWN.search(text) is None
        and not _nobody_hurt(text)
    )


def _nobody_hurt(text: str) -> bool:
    """Whether the text says nobody was hurt, with nobody still caught."""
    return _NOBODY_HURT.search(text) is not None and _STILL_CAUGHT.search(text) is None


def _come_now(text: str) -> bool:
    """Whether the reader is asked to come down or over now (see _COME_NOW)."""
    found = _COME_NOW.search(text)
    if found is None or _TIME_WORD.search(text) or _LATER.search(text):
        return False
    return not found.group("first") or _WAITING_NOW.search(text) is not None


def _takes_people_now(text: str, due_later: bool) -> bool:
    """Whether someone named takes people to a place at once (see _TAKE_PEOPLE), in a text
    that is no work news and sets nothing due beyond the urgent window."""
    if due_later or _NEWS_ITEM.match(text):
        return False
    for found in _TAKE_PEOPLE.finditer(text):
        start = clause_start(text, found.start())
        end = _CLAUSE_END.search(text, found.end())
        if end is not None and text[end.start()] in "?？":
            continue  # 要不要马上带人去看看？ asks whether to go
        if text[start:].lstrip().startswith("各") or _in_a_rule(text, found.start()):
            continue
        if not _DONE_ALREADY.search(text, start, found.start()):
            return True
    return False


def _post_by(text: str) -> bool:
    """Whether the text asks for something posted to the group by a time (每天早7点半、晚5点半前
    把读数和照片发群里), not someone saying they will (照片我晚上8点前发群里)."""
    for found in _POST_BY.finditer(text):
        if "我" not in text[clause_start(text, found.start()) : found.start()]:
            return True
    return False


def _to_finish(text: str) -> bool:
    """Whether the text sets something to finish by a time (see _FINISH_BY)."""
    if _DONE_ALL.search(text):
        return False
    for found in _FINISH_BY.finditer(text):
        start = clause_start(text, found.start())
        if _FINISHER.fullmatch(text, start, found.start() + 1):
            return True
    return False


def _told_now(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches in a clause that tells people what to do, not one that
    reports it done."""
    return any(_not_reported_done(text, found) for found in pattern.finditer(text))


def _not_reported_done(text: str, found: re.Match[str]) -> bool:
    """Whether the clause holding `found` tells people what to do, not reports it done."""
    start = clause_start(text, found.start())
    end = _CLAUSE_END.search(text, found.end())
    stop = end.start() if end else len(text)
    if _DONE_ALREADY.search(text, start, stop) is None:
        return True
    # What is done may only describe the thing asked for (把已经返乡的人员名单报村委会).
    said = _DONE_DESCRIBES.sub("", text[start:stop])
    return _DONE_ALREADY.search(said) is None


# Done, said of the thing, before the noun it describes: 已经返乡的人员, 已整改的隐患 (blind set
# R3); not 名单已经报过的，… where nothing follows it.
_DONE_DESCRIBES = re.compile(r"(?:已经?|均已)[\u4e00-\u9fff]{1,6}?的(?=[\u4e00-\u9fff])")


# A daily report from a day on (从今天开始，护林员每天早上8点、下午5点两次在群里报巡山情况;
# 明天起各村…每天下午5点前在群里报): its first round is due. Not a bulletin (每天通报, 每日播报).
_DAILY_FROM_NOW = re.compile(
    r"(?:今天|今日|即日|明天|明日|本周|下周)[^。;；\n]{0,4}?(?:开始|起)[^。;；\n]{0,40}?每[天日]"
    r"[^。;；\n]{0,24}?(?:汇报|上报|报送|(?<![通播预公简快日月周年情警])报(?![到道告警案销名纸刊]))"
)
# ...unless it stops (从明天起不再每天报), or is the speaker's own (从今天起我每天报).
_DAILY_OFF = re.compile(r"不再|不用|无需|停止|取消|暂停")


def _daily_report_from_now(text: str) -> bool:
    """Whether people are told to report daily from a day on (see _DAILY_FROM_NOW)."""
    for found in _DAILY_FROM_NOW.finditer(text):
        sentence = clause_start(text, found.start(), SENTENCE_MARKS)
        if (
            _SPEAKER_DOES.search(text, sentence, found.end()) is None
            and _DAILY_OFF.search(text, sentence, found.end()) is None
        ):
            return True
    return False


# People called to a place to gather, the time said first (今天下午2点，村两委和网格员到村委会
# 集中，分组上门动员…): not 集中学习 or 集中整治, nor the gathering point (集合点).
_MUSTER = re.compile(
    r"(?:员|干部|两委|班子|同志|成员|队员|党员|全体)[^，,。;；\n]{0,4}?(?:到|在)[^，,。;；\n\d]{1,10}?"
    r"(?:集中|集合)(?![学整培办过了完毕点地])"
)


# A due-by time said after the ask, as a clause of its own (各村今天也要报进度，下午4点前。):
# the clause before it asks for something to be handed in (要报, 须交, 记得报).
_DUE_AFTER = re.compile(
    r"[,，]\s*(?:[\d０-９:：.点时分半整钟今明后本下这上中晚早凌午夜班周星期礼拜一二三四五六七八九十两日天号月底]"
    r"|工作日)+(?:前|之前)\s*(?=[。!！;；\n]|$)"
)
_ASKED_TO_HAND_IN = re.compile(
    r"(?:要|须|得|务必|必须|记得|请)[^,，。;；\n]{0,4}?"
    r"(?:上交|提交|反馈|上报|报送|报(?![到道告警案销名])|交(?![通流换易叉界往警代接付]))"
)


def _due_said_after(text: str) -> bool:
    """Whether a hand-in is asked for and its due time said after it, in a clause of its own
    (see _DUE_AFTER); not one reported done (已报进度，下午4点前), the speaker's own (我要报…),
    a case provided for (如有情况要报，下午5点前), nor words told of (说要报…)."""
    for found in _DUE_AFTER.finditer(text):
        start = clause_start(text, found.start())
        sentence = clause_start(text, found.start(), SENTENCE_MARKS)
        if (
            _ASKED_TO_HAND_IN.search(text, start, found.start()) is not None
            and _DONE_ALREADY.search(text, start, found.start()) is None
            and _SPEAKER_DOES.search(text, sentence, found.start()) is None
            and _CASE_IN_ASK.search(text, sentence, found.start()) is None
            and _NOT_ASKED.search(text, sentence, found.start()) is None
        ):
            return True
    return False


def _due_told_directly(text: str) -> bool:
    """Whether a due time then what to do (_DUE_DIRECT) is told now; one after a space must
    also be in a clause that opens as an order, the space being only a pause within it."""
    for found in _DUE_DIRECT.finditer(text):
        opening = clause_start(text, found.start(), _DUE_DIRECT_OPENS)
        if found.group().startswith(" ") and not _ORDERED_OPENING.match(text, opening):
            continue
        if _not_reported_done(text, found):
            return True
    return False


def _urgent_by_name(text: str, message: Message, named: int, due_soon: bool, undated: bool) -> bool:
    """Whether a message opened by the reader's name (see _name_address) orders them to
    hand something in by a time that falls due soon, or, `undated`, to come or go and
    watch now (see _come_now), as with an @."""
    if not named or private_group(message.group_name):
        return False
    if due_soon:
        return _hand_in_told(text, message, False, named) or _come_by_told(text, named)
    return undated and _told_to_come_now(text[named:], by_name=True)


def _told_to_reader(text: str, named: int) -> str:
    """The words after the address (`named`, where they begin; 0: none), which are the
    order: the name is no one else named first, nor is a 你 after it (李明，你周五前交一下
    材料)."""
    said = text[named:]
    if named and said.startswith("你") and not said.startswith("你们"):
        return said[1:]
    return said


def _come_by_told(text: str, named: int) -> bool:
    """Whether a message opened by the reader's name (`named`, where what follows the
    address begins) tells them to be at a place by a time (see _COME_BY), as an order:
    not the speaker's own coming (我10点半前到会议室), one told done, asked about or said
    back (see _hand_in_told)."""
    if not named:
        return False
    said = _told_to_reader(text, named)
    if _ACK_OPENING.match(said) or _HAND_IN_NOT_ORDERED.search(said):
        return False
    found = _COME_BY.match(said)
    if found is None or _HAND_IN_OPENING.fullmatch(said, 0, found.end("due")) is None:
        return False
    return (
        # Before the place: 到我办公室 is the reader's going to the speaker.
        _SPEAKER_DOES.search(said, 0, found.end("due")) is None
        and _DONE_ALREADY.search(said, 0, found.end()) is None
        and not _REPEATED_BACK.search(said, found.end())
    )


def _told_to_come_now(said: str, *, by_name: bool) -> bool:
    """Whether `said` to the reader (after their name, or with an @) tells them to come
    down or over now (see _come_now) or to go and watch now, or, `by_name`, opens by
    telling them to come, go or call back at once (see _come_at_once)."""
    # 李明，快过来一下哈哈. With an @, only a laugh or a grin: the words that make a post
    # chat by name (投票, 深夜, 拼车) are as often the order's own (现在过来一下，投票点有
    # 群众闹事), and an @ is no post in passing.
    if (_CHITCHAT if by_name else _BANTER).search(said):
        return False
    found = _COME_NOW.search(said) if _come_now(said) else None
    if found is None and _LATER.search(said) is None:
        found = _GO_WATCH_NOW.search(said) or (_come_at_once(said) if by_name else None)
    if found is None:
        return False
    # Asked of the reader: not the speaker's own coming (李主任，我现在过来一趟; 要不要我先
    # 过去盯着), nor someone's gone already (老王已经先过去看看了), which a name or an @
    # opens as often as an order.
    start = clause_start(said, found.start())
    end = _CLAUSE_END.search(said, found.end())
    stop = end.start() if end else len(said)
    return (
        _SPEAKER_COMES.search(said, start, found.start()) is None
        and _DONE_ALREADY.search(said, start, stop) is None
    )


def _come_at_once(said: str) -> re.Match[str] | None:
    """What is said to the reader opened by an order to come, go or call back at once
    (马上到值班室来, 速到会议室, 马上回个电话; see _COME_AT_ONCE), not asked whether, nor
    for a time."""
    found = _COME_AT_ONCE.match(said)
    if found is None or _TIME_WORD.search(said):
        return None
    end = _CLAUSE_END.search(said, found.end())
    if end is not None and said[end.start()] in "?？":
        return None
    return found


def _hand_in_told(text: str, message: Message, mention: bool, named: int) -> bool:
    """Whether something is to be handed in by a due time, said plainly (see
    _HAND_IN_DIRECT) by the group's owner or an admin, or to the reader by an @ or by name
    (`named`, where what follows the address begins: see _name_address): plain words
    from a member are as often a count, a promise or chat (周五前报名的人有点少啊). The due
    time opens its clause (_HAND_IN_OPENING) and the thing ends it (_HAND_IN_TAIL), and
    nothing in the message makes it other than an order (_HAND_IN_NOT_ORDERED). Not
    reported done (昨天下班前已交材料), the speaker's own plan (我下午5点前交), provided for a
    case (如有情况下班前报), nor, as with _report_asked, an ack, a day's plan or words told
    of (马上整理，5点前报)."""
    if message.sender_role is Role.MEMBER and not mention and not named:
        return False
    text = _told_to_reader(text, named)
    if _ACK_OPENING.match(text) or _DAY_PLAN.search(text) or _HAND_IN_NOT_ORDERED.search(text):
        return False
    for found in _HAND_IN_DIRECT.finditer(text):
        # From the due time: a match may begin at the comma before it (材料，明天中午12点前交).
        start = clause_start(text, found.start("due"))
        end = _CLAUSE_END.search(text, found.end())
        stop = end.start() if end else len(text)
        sentence = clause_start(text, found.start(), SENTENCE_MARKS)
        if (
            (found.group("bare") is None or _HANDED_FIRST.search(text, sentence, found.end()))
            and _HAND_IN_OPENING.fullmatch(text, start, found.end("due")) is not None
            and _HAND_IN_TAIL.fullmatch(text, found.end(), stop) is not None
            and _DONE_ALREADY.search(text, start, stop) is None
            and _SPEAKER_DOES.search(text, sentence, found.end()) is None
            and not text.startswith(("？", "?"), stop)
            and _CASE_IN_ASK.search(text, sentence, found.end()) is None
            and _NOT_ASKED.search(text, sentence, found.end()) is None
            and not (named and _REPEATED_BACK.search(text, stop))
        ):
            return True
    return False


def _asks_a_question(text: str) -> bool:
    addressed = _VOCATIVE.match(text) is not None
    for found in _SPOKEN_QUESTION.finditer(text):
        clause = text[clause_start(text, found.start()) : found.start()]
        if _WHICHEVER.search(clause) or _ANYWAY_AFTER.match(text, found.end()):
            continue
        if "你" in clause or "您" in clause:
            return True
        # Opened by an address (郭主任 …这个咱们咋答复): the question ends its clause.
        if addressed and _ENDS_CLAUSE.match(text, found.end()):
            return True
    for found in _QUESTION.finditer(text):
        if (
            found.group() != "是否"
            or _VOCATIVE.match(text)
            or not _CHECK_BEFORE.search(text[: found.start()])
        ):
            return True
    return False


def _resolved(text: str) -> bool:
    """Whether the text reports the emergency over, not only partly ("扑灭大部分，仍有余火"):
    stopped in time (未造成损失) only when nothing is ordered for now."""
    over = _RESOLVED.search(text) is not None or (
        _NO_HARM_DONE.search(text) is not None and _AT_ONCE.search(text) is None
    )
    return over and _STILL_ACTIVE.search(text) is None


def _cited(text: str) -> bool:
    """Whether the text cites an incident or a drill (see _CITED) with no one at risk and
    no one sent now."""
    cited = (
        _CITED.search(text) is not None
        or (_CAMPAIGN.search(text) is not None and _GOING_ON.search(text) is None)
        or (
            _AFTERWARDS.search(text) is not None
            and _AT_ONCE.search(text) is None
            and _STILL_ACTIVE.search(text) is None
            and not text.lstrip().startswith("【")
        )
    )
    return cited and _AT_RISK.search(text) is None and _GO_NOW.search(text) is None


def _hazard_named_as_event(text: str) -> bool:
    """Whether some hazard word in the text names one that happened (红岩村滑坡), not the
    risk of one (滑坡风险很高, 可能引发山洪、泥石流、滑坡)."""
    for found in _HAZARD.finditer(text):
        before = text[clause_start(text, found.start()) : found.start()]
        if (
            _HAZARD_AS_RISK.match(text, found.end()) is None
            and _RISK_SAID_BEFORE.search(before) is None
        ):
            return True
    return False


def _fire_reported_on(text: str) -> bool:
    """Whether a report on a fire is asked every hour or oftener (see _FIRE_NAMED): not
    the rule for whatever fire is found (如发生火情, 发现火情…), nor a drill's."""
    if _REPORT_HOURLY.search(text) is None or "演练" in text:
        return False
    for found in _FIRE_NAMED.finditer(text):
        sentence = text[clause_start(text, found.start(), SENTENCE_MARKS) : found.start()]
        before = text[clause_start(text, found.start()) : found.start()]
        if _CONDITIONAL.search(sentence) is None and _CASE_OPENS.search(before) is None:
            return not _resolved(text) and not _lesson(text) and not _cited(text)
    return False


def _report_within_half_hour(text: str) -> bool:
    """Whether a report is asked within half an hour (see _WITHIN_HALF_HOUR): not a late one
    chased, nor a rule for whatever happens (发现火情须在30分钟内电话报告)."""
    if _LATE_CHASED.search(text) is not None:
        return False
    for found in _WITHIN_HALF_HOUR.finditer(text):
        sentence = text[clause_start(text, found.start(), SENTENCE_MARKS) : found.start()]
        before = text[clause_start(text, found.start()) : found.start()]
        # Asked with 请 (请各乡镇半小时内报送): a duty rule's 重要情况须在30分钟内电话报告 or
        # 爆管、停热30分钟内报告 asks it of whatever happens.
        if "请" in sentence and _CONDITIONAL.search(sentence) is None:
            return _CASE_OPENS.search(before) is None
    return False


def _still_missing(text: str) -> bool:
    """Whether the text counts people missing now (更正：失联游客为3人（2男1女）):
    not found or brought out, nor heard of or cited from elsewhere."""
    return (
        _MISSING_COUNT.search(text) is not None
        and _FOUND.search(text) is None
        and _BROUGHT_OUT.search(text) is None
        and not _resolved(text)
        and _HEARD_OF.search(text) is None
        and not _lesson(text)
        and not _cited(text)
    )


def _massed_now(text: str) -> bool:
    """Whether the text tells of people massed now (see _MASSED_NOW), not of a case a rule
    provides for (如遇二十多名工人聚集堵门讨薪，网格员第一时间报综治中心)."""
    for found in _MASSED_NOW.finditer(text):
        opens = clause_start(text, found.start(), SENTENCE_MARKS)
        if _CONDITIONAL.search(text, opens, found.start()) is None:
            return True
    return False


def _roads_iced_now(text: str) -> bool:
    """Whether the text tells of ice on the roads now (see _ROADS_ICED), not forecast or
    named as a risk or a warning."""
    for found in _ROADS_ICED.finditer(text):
        clause = text[clause_start(text, found.start()) : found.start()]
        if _ICE_NOT_YET.search(clause) is None and _HAZARD_AS_RISK.match(text, found.end()) is None:
            return True
    return False


def _hazard_event(text: str) -> bool:
    """Whether a hazard word names something happening, not a cause in an aside
    ("（房屋后坡垮塌）") or a case a standing rule provides for ("如发生滑坡，立即…")."""
    main = _ASIDE.sub("", text)
    for found in _HAZARD.finditer(main):
        sentence = main[clause_start(main, found.start(), SENTENCE_MARKS) : found.start()]
        whole = main[clause_start(main, found.start(), SENTENCE_MARKS) : found.end() + 12]
        past = _BEFORE_NOW.search(sentence) is not None and _AGAIN_NOW.search(whole) is None
        if not _CONDITIONAL.search(sentence) and not past:
            return True
    return False


def _past_due(phrase: str, message: Message, work: WorkCalendar | None) -> bool:
    """Whether a due-by phrase ("请于2月10日下午6点前") names a time already gone."""
    tz = message.ts.tzinfo
    assert tz is not None  # Message guarantees an aware time
    mentions = scan(phrase, message.ts, tz, work)
    return any(m.explicit and m.instant(tz) < message.ts for m in mentions)


def _word_count(bare: str) -> int:
    """Letters and digits in `bare`, the text without placeholders and emoji."""
    return len(_NOT_WORDS.sub("", bare))


@lru_cache(maxsize=1024)
def _leisure_group(group_name: str) -> bool:
    return _LEISURE_GROUP.search(group_name) is not None


# Reasons without arguments, made once.
_ACK = Reason.of("ack")
_ACK_PROMISE = Reason.of(ACK_PROMISE)
_ADDRESSES_YOU = Reason.of("addresses_you")
_ASKS_YOU = Reason.of("asks_you")
_CHECKIN_REASON = Reason.of("checkin")
_CHITCHAT_REASON = Reason.of("chitchat")
_DING = Reason.of("ding")
_FLATTERY = Reason.of("flattery")
_FOR_INFORMATION = Reason.of("for_information")
_MENTION = Reason.of("mention")
_NOTICE = Reason.of(NOTICE)
_QUESTION_REASON = Reason.of("question")
_RED_PACKET_REASON = Reason.of("red_packet")
_ROLE_ADMIN = Reason.of("role_admin")
_ROLE_OWNER = Reason.of("role_owner")
_ROUTINE = Reason.of("routine_report")
_SIGN_UP_CHAIN = Reason.of("sign_up_chain")
_REPORT_BACK = Reason.of("report_back")
_STICKER = Reason.of("sticker")
_TASK_WORDS = Reason.of("task_words")
_TASK_UNDATED = Reason.of("task_undated")
_URGENT_WORDS = Reason.of("urgent_words")
# Information that asks something of the reader, or tells them when, and notices: never
# put away (see put_away).
_KEPT_IN_VIEW = frozenset(
    {
        _TASK_WORDS.code,
        _TASK_UNDATED.code,
        _MENTION.code,
        _ADDRESSES_YOU.code,
        _ASKS_YOU.code,
        "deadline",
        _NOTICE.code,
    }
)
_WEIGHT_CODES = frozenset({"group_weight", "sender_weight"})
_LESSON_READ = Reason.of("lesson_read")
_LESSON_PUT_AWAY = Reason.of("lesson_put_away")


def _name_address(text: str, me_names: tuple[str, ...]) -> int:
    """Where what is said to the reader begins when the text opens by addressing them by
    name then a comma or colon (李明，…; 李明同志：…; 李主任，… as _VOCATIVE reads a surname
    and title), else 0. Not their name elsewhere (表扬李明), a longer one (李明华，), nor a
    one-letter name, which is as often part of another word."""
    address = _address_pattern(me_names)
    found = address.match(text) if address is not None else None
    return found.end() if found is not None else 0


@lru_cache(maxsize=8)
def _address_pattern(me_names: tuple[str, ...]) -> re.Pattern[str] | None:
    names = {canonical(name.strip()) for name in me_names}
    forms = [
        re.escape(name)
        + r"(?:同志|"
        + _TITLES
        + r")?"
        # 李主任, 李镇: any 李 of that title is the reader, as in _addressed_question.
        + (f"|{re.escape(surname)}(?:{_TITLES}|镇|乡)" if (surname := _surname(name)) else "")
        for name in sorted(names)
        if len(name) > 1
    ]
    if not forms:
        return None
    return re.compile(r"\s*(?:" + "|".join(forms) + r")\s*[,，:：]\s*")


def _names_reader(text: str, me_names: tuple[str, ...]) -> bool:
    """Whether the text names the reader as a whole name (not 李明 in 李明华)."""
    return any(re.search(re.escape(name) + r"(?![\u4e00-\u9fff])", text) for name in me_names)


def _light_share(text: str) -> bool:
    """A piece shared under a light tag: 【周末分享】, 【鸡汤】."""
    tag = _NEWS_SOURCE.search(text[:16])
    return tag is not None and _LIGHT_PIECE.search(tag.group(1)) is not None


# An @ that only tells the reader: just so they know (跟你说一声, 不用再报了), or what was
# done for them (材料我已经放你桌上了, 台账我放你办公室门口了哈).
_JUST_SO_YOU_KNOW = re.compile(
    r"(?:跟|和|给|同)(?:你|您)(?:说|讲|报备)一声|知会一声|不用再报|无需再报|不用再弄|不用管了"
)
# Done by the teller (我…了, 已…了), not news that asks a move (检查组已经到了, 桥塌了).
_TOLD_DONE = re.compile(
    r"(?=.*(?:我|已))(?!.*(?:到|来|开始|塌|断|倒|垮|着火|出事)了).*(?:了|啦)[哈啊哦呀的嘛]?"
    # ...or what was sent to the reader, said as sent (佐证材料发你邮箱了, 年报的材料也发你了:
    # blind set B4).
    r"|.*发(?:给)?(?:你|您)(?:的)?(?:邮箱|微信|钉钉|QQ|手机)?了[哈啊哦呀的嘛]?"
)
# A count told with it (一共23家, 共37页), no clause of its own.
_TOLD_COUNT = re.compile(r"(?:一共|总共|合计|共)(?:计)?\d+[\u4e00-\u9fff]{0,2}")
# ...unless something is still asked of them (你看一下, 在楼下等你, 请审核后签字).
_STILL_ASKED = re.compile(
    r"请|麻烦|帮|看一下|看看|过目|审|签字|等你|记得|尽快|抓紧|马上|需要|要求"
    r"|你(?![的们])[\u4e00-\u9fff]{0,2}?(?:把|来|去|到|过来|下来|改|弄|写|报|交|发|看)"
)
_MENTION_HEAD = re.compile(r"^(?:\s*@\S+\s*)+")
_SHORT_ADDRESS = 4


# A greeting that opens a work notice (大家早上好。本周重点：1.年货市场检查；…各条线对照落实:
# blind set B4) says good morning before the work; alone, or before the weather (早上好！新的
# 一周，天冷注意保暖), it is chat.
_GREETING_OPENS = re.compile(
    r"\s*(?:大家|各位(?:同事|领导|同志)?|同志们)?(?:早上好|早安|上午好|下午好|晚上好)[!！。，,~～\s]*"
)
_WORK_AFTER_GREETING = re.compile(r"重点|任务|落实|检查|部署|\d[.、．]")


def _after_greeting(text: str) -> str:
    """`text` without the greeting it opens on, when what follows is work (see
    _GREETING_OPENS)."""
    opens = _GREETING_OPENS.match(text)
    if opens is None or opens.end() == 0:
        return text
    rest = text[opens.end() :]
    if _WORK_WORDS.search(rest) is None and _WORK_AFTER_GREETING.search(rest) is None:
        return text
    return rest


def _only_told_you(text: str) -> bool:
    """Whether an @ to the reader only tells them (see _JUST_SO_YOU_KNOW)."""
    body = _MENTION_HEAD.sub("", text)
    if not body.strip() or _STILL_ASKED.search(body):
        return False
    if _JUST_SO_YOU_KNOW.search(body):
        return True
    parts = [p.strip() for p in re.split(r"[,，。!！;；~～\n]+", body) if p.strip()]
    # A short address first (李主任，) is no clause of its own.
    told = [p for p in parts if len(p) > _SHORT_ADDRESS and not _TOLD_COUNT.fullmatch(p)]
    return bool(told) and all(_TOLD_DONE.fullmatch(p) for p in told)


def _is_news(text: str, group_name: str) -> bool:
    """A shared item from a named source (【人民日报评论】), not a joke or a video clip; in
    a work group, a link from a named outlet too ([链接] 甘肃日报：…), which among
    classmates is talk (岜莱发布：…岜桑村发生一起森林火情，已扑灭, in a class's group)."""
    tag = _NEWS_SOURCE.search(text[:16])
    if tag is not None and not _LIGHT_TAG.search(tag.group(1)):
        return True
    return _OUTLET_LINK.match(text) is not None and not private_group(group_name)


def _policy_link(text: str, group_name: str) -> bool:
    """A link to a policy and its reading, put in a work group ([链接] in 2027年度城乡居民
    医保待遇政策解读[链接], from the insurance office's own group: blind set T3): the office's
    notice of its rules, not a headline shared to chat (国庆假期全省高速出行指南, among
    colleagues off duty)."""
    return (
        (_POLICY_READ.search(text) is not None or _PIECE_FOR_WORK.search(text) is not None)
        and not _leisure_group(group_name)
        and not private_group(group_name)
    )


# A policy read out or set down: 政策解读, 政策问答, 实施细则, 管理办法.
_POLICY_READ = re.compile(r"政策(?:解读|问答|要点)|实施细则|(?:实施|管理)办法")
# ...or a piece put to the work's use (《冬季燃气安全“十不要”》，可用于入户宣传; …典型案例》，
# 请大家学习; 周一例会可以学一下: blind set U3), not one to enjoy.
_PIECE_FOR_WORK = re.compile(
    r"可用于|用于(?:入户)?宣传|请大家学习|(?:学习|学)一下|供(?:大家)?(?:学习|参考)|典型案例"
)


# A link under the name of the paper, the official account or the ministry that put it out
# ([链接] 河南日报：全省小麦机收进度过两成, [链接] 监利发布｜…, [链接] 住建部：…): news of the
# work, as the sets' writers call it; a link with a headline of its own is chat.
_OUTLET_LINK = re.compile(
    r"\s*\[链接\]\s*[\u4e00-\u9fff]{1,8}?(?:日报|晚报|时报|发布|融媒|新闻|部|厅)\s*[:：|｜]"
)


# Surnames of two characters (欧阳明 is 欧阳主任, never 欧主任), the common ones.
_TWO_CHARACTER_SURNAMES = (
    "欧阳司马上官诸葛东方皇甫尉迟公孙慕容令狐夏侯长孙宇文司徒轩辕端木独孤南宫西门呼延"
)
_COMPOUND_SURNAMES = frozenset(
    _TWO_CHARACTER_SURNAMES[i : i + 2] for i in range(0, len(_TWO_CHARACTER_SURNAMES), 2)
)


# What opens a familiar name colleagues call the reader by (小王, 老方; see
# desk.core.call_names), not a surname: 小组长 and 老组长 are someone else.
_FAMILIAR = ("小", "老")


def _surname(name: str) -> str:
    """The surname of a full Chinese name: its first character, or two (欧阳); none (empty)
    of a familiar name (小王, 老方)."""
    if len(name) == 2 and name.startswith(_FAMILIAR):
        return ""
    if len(name) > 2 and name[:2] in _COMPOUND_SURNAMES:
        return name[:2]
    return name[0]


def _told_by_title(text: str) -> bool:
    """Whether `text` opens by addressing someone by surname and title, then tells them,
    as 你, to do a thing (see _YOU_TOLD_TO)."""
    address = _VOCATIVE.match(text)
    # From the address's last character: its comma, or the 你 it ends with (李主任你去一下).
    return address is not None and _YOU_TOLD_TO.match(text, address.end() - 1) is not None


def _addressed_question(text: str, me_names: tuple[str, ...]) -> bool:
    """'李主任，…？': a question (the caller has seen _QUESTION match) opened by
    addressing someone by surname and title.

    With the user's names known, the surname must be theirs; without them, any such
    address counts, since in a work group it is usually put to the reader's office.
    """
    address = _VOCATIVE.match(text)
    if address is None:
        return any(name and name in text[:12] for name in me_names)
    if not me_names:
        return True
    given = address.group("given")
    return any(
        name
        and (
            name in address.group(0)
            or (_surname(name) == address.group(1) if given is None else name.endswith(given))
        )
        for name in me_names
    )


# Searched on most messages, each opening with many kinds of characters: the regex engine
# skips to where a match may start (see skip_ahead), about 6% of triage's time on the bench.
_EMERGENCY = skip_ahead(_EMERGENCY)
_GO_NOW = skip_ahead(_GO_NOW)
_AT_POST_BY = skip_ahead(_AT_POST_BY)
_CHITCHAT = skip_ahead(_CHITCHAT)
_DUE_BY_TASK = skip_ahead(_DUE_BY_TASK)
_FIRE_SEEN = skip_ahead(_FIRE_SEEN)
# ...and these, searched on most notices, whose branches open with a lookbehind, a class
# or a group (measured on the bench's calls: each a third to a half faster).
_REQUEST = skip_ahead(_REQUEST)
_INFO_ONLY = skip_ahead(_INFO_ONLY)
_DIRECT_ORDER = skip_ahead(_DIRECT_ORDER)
_POST_BY = skip_ahead(_POST_BY)
_TAKE_PEOPLE = skip_ahead(_TAKE_PEOPLE)
