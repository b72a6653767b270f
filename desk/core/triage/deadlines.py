"""Chinese time expressions → aware datetimes, and the deadline a person would note.

`scan` finds every day/time mention in a canonical text (see normalize.canonical) and
resolves it against the message time in the user's zone; `extract_deadline` picks the due
time from those mentions:

- an explicit deadline ("…前", "…截止", "本周内") wins over a bare meeting time;
- among several, the earliest future one wins, so a forward's own earlier internal
  deadline beats the upstream one it quotes, and a sign-in time beats the start time;
- a date without a clock time is due at 17:30 (end of the working day), 下班 is 17:30,
  上班 is 08:30, 中午 is 12:00;
- holidays come from the official calendar: 节前完成 is the last working day before the
  coming holiday, 节后第一个工作日 / 初八上班前 the first one after it; lunar "by" dates
  (正月十五前, 除夕前, 元宵节前) are read by `lunar_dates`;
- a daily report from a set day (自2月15日起每日…前) is first due that day;
- times after 原定 are what a correction replaces, and are skipped;
- a clock time without a day inherits the last day mentioned before it, and without
  上午/下午 the afternoon or evening of one said before it on that day, when that puts the
  two close (明晚8点开会，7:40前完成调试 is 19:40).

Folding reuses the resolved mentions to compare the dates two notices talk about.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from desk.core.reasons import Readies
from desk.core.triage import lunar_dates
from desk.core.triage.normalize import CLAUSE_MARKS, SENTENCE_MARKS, clause_start
from desk.core.triage.numerals import number
from desk.core.triage.skip_ahead import skip_ahead
from desk.core.triage_config import END_OF_DAY

if TYPE_CHECKING:
    from desk.core.work_calendar import WorkCalendar

START_OF_DAY = time(8, 30)
NOON = time(12, 0)

_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_SUNDAY = 6

_DAY = (
    r"(?P<md>"
    # Not a building, gate or line number (17号楼, 3号门, 2号线). 下月5日 is next month's.
    # A day alone right before 内 is a span of days (3日内必须拆除复耕), not the 3rd.
    r"(?:(?P<mon>\d{1,2})月|(?P<nextmon>下个?月|次月))?(?P<dd>\d{1,2})"
    r"(?:日(?(mon)|(?(nextmon)|(?![之以]?内)))|号(?![楼栋院门线口库]))"
    # In Chinese numerals with the month (十二月十五日), or a day alone as a "by"
    # (二十号前): not 一日三餐 or 为期三日.
    r"|(?P<cmon>[一二三四五六七八九十]{1,2})月(?P<cdd>[一二三四五六七八九十廿]{1,3})[日号]"
    r"|(?P<cdd2>[一二三四五六七八九十廿]{1,3})号(?=\s*(?:之|以)?前(?!后))"
    # With a dot or a slash as a "by" (12.18前, 12/18日前): not 1.25万亩 or 3.5级.
    r"|(?P<dmon>\d{1,2})[./](?P<ddd>\d{1,2})(?:日|号)?(?=\s*(?:之|以)?前(?!后)))"
    # Yesterday's times (昨晚11点) are past, not this evening's.
    r"|(?P<rel>今天|今日|今晚|今早|今夜|当天|当日|次日|翌日|明天|明日|明早|明晚|大后天|后天|每天|每日|昨天|昨日"
    r"|昨晚|昨夜|昨儿"
    # Today and tomorrow as the south-west and north say them (明儿上午十点前, 今儿下班前).
    r"|明儿|今儿)"
    # Before the weekend (周末前) is by the week's last working day, as 本周内 is.
    # (Not 周末前往山区: going there at the weekend.)
    r"|(?P<weekin>本周内|这周内|本星期内|(?:本|这)?周末(?=\s*(?:之|以)?前(?![后往来夕]))"
    r"|(?P<nextweek>下周内|下个?星期内|下个?礼拜内|下个?周末(?=\s*(?:之|以)?前(?![后往来夕]))))"
    # Within the month (月内, 本月内, 4月内, 下月内) is by its end; not a span of months
    # (3个月内, 近3月内), last month (上月内), a month of the lunar year (正月内, 腊月内) or
    # each month (每月内).
    r"|(?P<monthend>本月底|(?P<nextmonthend>下个?月|次月)(?:底|末|(?P<nextmonthin>内))"
    r"|(?P<endmon>\d{1,2})月(?:底|末)|(?<![近前\d])(?<!过去)(?P<inmon>\d{1,2})月内"
    r"|月底|月末"
    r"|(?P<thismonth>(?:本|当)?(?<![\d个一二两三四五六七八九十几数半上下次每正腊])月内)"
    r"|(?P<yearend>(?<![去明上前后])年(?:底|末)(?=之?前|截止)))"
    r"|(?P<wkpre>本|这|下|每|上)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
)
_PART = r"上午|下午|中午|晚上|早上|傍晚|凌晨|夜里|夜间|一早|早|晚"
_TIME = (
    # 零点半前 is half past midnight; 零点五 a decimal, so 零 only before 半 or 前.
    r"(?P<h>\d{1,2}|[一二两三四五六七八九十]{1,3}|零(?=点(?:半|[之以]?前)))(?:[:：](?P<mi>\d{2})|点(?:(?P<half>半)|(?P<pm>\d{1,2})分?)?"
    r"|时(?P<hm>\d{1,2})分|时(?![\d分]))"
    r"|(?P<shift>下班|上班)"
)
# The groups of which a mention has at least one.
_PARTS = ("md", "rel", "weekin", "monthend", "wd", "paren", "part", "h", "shift", "suffix")
_MENTION_BODY = (
    # Not inside a figure (1.25, 12.18); today, tomorrow or a month's day after an item's
    # number is (4.明天12时前报送, 1.6月12日前设置警示牌: blind set D4).
    rf"(?:(?<![\d.])|(?<=\d\.)(?=[今明]|\d{{1,2}}月\d))(?:{_DAY})?"
    r"(?:\s*\((?P<paren>[^()]{0,16})\))?"
    rf"\s*(?P<part>{_PART})?"
    rf"\s*(?:{_TIME})?"
    # 前后 is "around" (6月13日前后入梅), not "by". Within a day (月底之内, 周五以内, 今天内
    # 完成) is by it too; a bare 内 only where no word goes on (明天内部会议, 内蒙古).
    r"(?P<suffix>\s*(?:之前|以前|前(?!后)|截止|为止|[之以]内"
    r"|内(?=\s*(?:[,，。;；!！\n]|$|完成|报|上报|交|提交|反馈|办结|落实|整改|回复|把|将|务必|必须|要|须))))?"
    # Fail rather than match nothing: finditer would hand back an empty match at every
    # position the lookahead lets through, and each costs a trip through the loop below.
    + "".join(f"(?({group})|" for group in _PARTS)
    + "(?!)"
    + ")" * len(_PARTS)
)
# The lookahead lets the scanner skip fast over characters that cannot start a mention.
_MENTION = re.compile(r"(?=[\d今明后大每本这下周星礼月年上中晚早当凌夜傍昨次翌])" + _MENTION_BODY)
# A bare hour in Chinese numerals (十点半) starts on a numeral, which notices are full of
# (一季度, 第三, 一要): only a text that has one scans from every numeral.
_MENTION_SPOKEN = re.compile(
    r"(?=[\d今明后大每本这下周星礼月年上中晚早当凌夜傍昨零一二两三四五六七八九十廿])"
    + _MENTION_BODY
)
_SPOKEN_HOUR = re.compile(r"[零一二两三四五六七八九十]点")
# ...and so does a date in Chinese numerals (十二月十五日, 二十号前).
_SPOKEN_DATE = re.compile(
    r"[一二三四五六七八九十]月[一二三四五六七八九十廿]|[一二三四五六七八九十廿]号\s*[之以]?前"
)
# Every mention that scan keeps has a day, a clock time or 中午…前, so it holds one of
# these; a text without any has no mention and skips the scanner. Two patterns, so that
# each starts with a known set of characters and the regex engine can skip ahead.
_TIME_DIGIT = re.compile(r"\d[日号:：点时]")
_TIME_WORD = re.compile(
    r"今[天日晚早夜儿]|当[天日]|明[天日早晚儿]|后天|每[天日]|昨[天日晚夜儿]|周内|星期内|周末\s*[之以]?前(?![往来夕])|[月年][底末]|月内"
    r"|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上班|下班|中午"
    r"|[零一二两三四五六七八九十]点|[一二三四五六七八九十]月[一二三四五六七八九十廿]"
    # Only as the day mentions read them (see _DAY): a decimal (1.25万亩) or a numeral
    # (一号文件) alone sent a notice through the whole scan.
    r"|[一二三四五六七八九十廿]号\s*[之以]?前|下个?月|\d[./]\d{1,2}[日号]?\s*[之以]?前"
)
# "两小时内", "30分钟内", "半小时之内", "一个半小时内": due that long after the message;
# "30分钟后到", "半小时后开会": at that time.
_WITHIN = re.compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)\s*个?\s*(?P<half>半)?\s*"
    r"(?P<unit>小时|钟头|分钟|钟)(?:之内|以内|内|(?P<after>之后|以后|后))"
)
_AFTER_HINT = re.compile(r"[钟时头](?:之|以)?后")
# "3天内完成整改", "请于7日内报送", "一周内反馈": by the end of the day that many days on.
# Not a date (10月7日内), nor 内蒙古 or 日内瓦 after a day of the month.
_WITHIN_DAYS = re.compile(
    r"(?<![月号\d年〇零一二两三四五六七八九十百])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?P<unit>天|日|周|个?星期)"
    r"(?:之内|以内|内)(?![蒙瓦])"
)
# ...when what follows in its clause is something to do by then, not what happened within
# such a span (一周内故障3次) or what a rule allows.
_DAYS_TASK = re.compile(
    r"[^，,。;；!！?？\n]{0,16}?(?:报|交|完成|整改|反馈|办结|回复|答复|提交|落实|清理|处理|核实"
    r"|核查|核对|审核|排查|摸排|联系|发我|给我|补齐|补报|到位"
    # A removal ordered within days (3日内必须拆除复耕, 5日内下架召回).
    r"|拆除|复耕|下架|召回|上传)"
    # ...or what is to be handed in, named first (3日内把辖区年货摊点…底数报…: blind set B4).
    r"|\s*把"
)
# A span that is no due time: how long something may last (控制在10分钟以内), what a
# forecast covers (预计未来6小时内), or what a standing rule asks whenever something
# happens (险情30分钟内电话报告, 卫星热点30分钟内核查反馈).
_DURATION_BEFORE = re.compile(
    r"(?:控制在|不超过|不得超过|时长|限时|时间|每人|发言|未来|今后|过去|(?<![就附接将临靠])近"
    # From an event still to come (雪停后2小时内清出主通道, 羔羊出生后30分钟内吃上初乳), not
    # from the message.
    r"|停后|结束后|过境后|解除后|到达后|上班后|出生后|产后)\s*$"
)
_SPEAKING = re.compile(r"讲一下|讲讲|发言|介绍一下|交流一下|演示")
# ...or what is to be said there, the span closing its sentence (准备本周防汛工作小结，3分钟
# 以内。: blind set D4), not a summary to send within it (小结一下，30分钟内报镇防指).
_SPOKEN_PIECE = re.compile(r"小结|总结|述职|讲话|致辞|表态")
_SPAN_ENDS = re.compile(r"\s*(?:[,，。;；!！\n]|$)")
_STANDING_RULE = re.compile(
    r"险情|灾情|警情|火情|热点|事故|突发|如有|如遇|遇有|遇到|一旦|若|发生|发现|制度|接到(?!通知)|接报"
    # 出现爆管、停热等情况30分钟内报: what to do whenever it happens (not 已出现洪峰, nor
    # 人员转移等情况30分钟内报我, a report asked for now).
    r"|(?<!已)出现[^，,。;；\n]{1,16}?等情况"
    # 重大情况30分钟内电话报告; not a heading (紧急事项：请各村30分钟内上报).
    r"|(?:重大|重要|紧急)(?:情况|事项)(?![:：】])"
)
_CLAUSE_BREAK = re.compile(r"[,，。;；!！?？\n]")
# Being there some minutes before a start: 提前5分钟入会, 提前十分钟到场.
# Or with a task done that long ahead: 9点开会，提前半小时把设备调试好.
_LEAD = re.compile(
    r"提前\s*(?:(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*分钟|(?P<half>半)个?小时)"
    r"(?:入会|进入会议|上线|登录|到场|到会|入场|签到|到达|到位|把|将)"
    # ...or days before it, for work to hand in (提前一天把意见汇总给自治办): by that day's end.
    # (Not 提前一天报到, arriving.)
    r"|提前\s*(?P<days>[1-3]|[一二两三])\s*天\s*(?:把|将|交|发|汇总|提交|上报|报送)"
)
_TWO_DAYS = re.compile(r"今明两[天日](?:内|之内)?(?=\s*(?:把|将|完成|要|务必|必须|抓紧|再))")
_YEAR_BEFORE = re.compile(r"(\d{4})\s*年\s*$")
_SENTENCE_BREAK = re.compile(r"[。;；!！?？\n:：]")
_CASE_OPENING = re.compile(r"\s*(?:遇|如遇|如有|如发生|如发现|一旦|若)")
# Working-day phrases resolved on the official calendar: 3个工作日内, 节后第一个工作日,
# 节后上班前.
_WORKING_DAYS = re.compile(
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个\s*工作日(?:之内|以内|内)"
    r"|(?:(?:[\u4e00-\u9fff]{0,2}节|假期|假|收假|长假|过年|年|元旦|清明|五一|端午|中秋|国庆)"
    r"(?:假期)?(?:结束)?后"
    # 初八上班: the day work resumes after the Spring Festival, as people say it (the
    # first working day, whatever the lunar date: the official calendar moves it).
    r"|(?:正月)?初[一二三四五六七八九十](?=上班|开工)"
    # 收假第一天, 开年上班第一天, 新年上班第一天: said without 后.
    r"|(?:收假|开年|新年)(?=上班|开工|第一|首个))"
    r"(?:第一个工作日|第一天|首个工作日|上班(?:第一天|后|时)?|开工(?:第一天)?)"
    r"(?P<when>\s*(?:上班前|下班前|上午|中午|下午|前|之前))?"
)
# A departure or assembly time is when the reader must be there: 8:30在门口坐车出发.
_WORKING_HINT = re.compile(
    r"工作日|节后|假后|(?:假期|长假|放假)结束之?[后前]|收假|年后|节前|节放假前|假前"
    r"|(?:元旦|清明|五一|端午|中秋|国庆)(?:假期)?后"
    r"|初[一二三四五六七八九十](?:上班|开工)|(?:开年|新年)(?:上班|开工)"
    # 元旦前, 国庆放假前: a holiday named without 节.
    r"|(?:元旦|清明|五一|端午|中秋|国庆)(?:放假|假期)?之?前"
)
# "节前完成", "请于国庆节前报送", "春节放假前完成": the last working day before the holiday.
# Only with a "by" (于/在 before it) or a task right after it: 节前安全大检查 names the season.
_BEFORE_HOLIDAY = re.compile(
    r"(?P<by>[于在])?(?:(?:春节|国庆|中秋|元旦|清明|五一|劳动节|端午|节)节?(?:放假|假期)?|放假)"
    r"之?前(?P<task>[^,，。;；\n]{0,2}?(?:完成|交|报|上报|报送|提交|发(?:送|给|到|我)|反馈|落实|整改"
    # 元旦前发放到位, what must be done by then (blind set V3; not 节前发放到户, what will be).
    r"|到位"
    # ...all of it done (元旦前全部查完, 元旦前全面清理林缘…秸秆: blind sets A4, B4).
    r"|查完|办完|做完|清理|清零)|[把将]|请(?!假|示))?"
)
# What follows 节前 in a clause that asks (请各办站所节前对办公室…检查): the task, not a
# season's name (节前安全大检查, 做好节前督导).
# (Or where and what to fill in: 请大家清明节前在群文件表格里登记, blind set N3.)
_ASKED_AFTER = re.compile(
    r"对|把|将|到|向|给|再|务必|必须|完成|进行|开展|组织|登记|填报|填写|报名|上传"
    r"|在[^,，。;；\n]{1,12}?(?:登记|填报|填写|报名|上传|提交|报送)"
)
# "是节前报还是节后报？": a choice asked about, not a due time.
_CHOICE_AFTER = re.compile(r"[^,，。;；\n]{0,6}还是")
# The holiday a "节后" phrase names, and a part of the name the calendar gives it.
_HOLIDAY_NAMES = (
    ("国庆", "国庆"),
    ("中秋", "中秋"),
    ("春节", "春节"),
    ("过年", "春节"),
    ("年后", "春节"),
    ("元旦", "元旦"),
    ("清明", "清明"),
    ("五一", "劳动"),
    ("劳动", "劳动"),
    ("端午", "端午"),
    ("初", "春节"),
)
_DEPARTURE_AFTER = re.compile(r"[^,，。;；!！?？\n]{0,12}?(?:集合|出发|发车|坐车|乘车)")
# A time to sign in by, said just before 签到 (时间改为上午9点半，9:20签到: blind set P3): due
# then, when the start it comes before is said first.
_SIGN_IN_AFTER = re.compile(r"\s*(?:前|之前)?\s*(?:签到|入场|到场)")
# ...or named before it (调整为下午3:30召开，签到时间3:10: blind set V3).
_SIGN_IN_BEFORE = re.compile(r"(?:签到|入场|到场)(?:时间)?\s*(?:为|是|定于)?\s*[:：]?\s*$")
# A time someone above wants the thing by, said as the clause ends: 县里4点要，请马上报上来
# (not 4点要开会, what happens then).
_WANTED_AFTER = re.compile(r"\s*(?:就|必须)?要\s*(?=[,，。;；!！?？\n]|$)")
# What a correction says the old value was changed to: 由1月9日调整为1月8日.
_CHANGED_TO = (
    r"调整为|调整到|改为|改到|推迟到|推迟至|延期到|延期至|延长到|延长至|提前到|提前至|变更为|更正为"
    r"|应为"
)
# Also the rest of a quoted phrase changed to another day or time: “10月9日前报送秋防工作
# 方案”更正为“10月12日前报送” (not “3月12日上午9点在三楼召开”更正为“在二楼召开”).
_REPLACED_AFTER = re.compile(
    rf"\s*(?:{_CHANGED_TO})"
    rf"|[^，,。;；\n“”\"]{{0,16}}[”\"]\s*(?:{_CHANGED_TO})\s*[“\"]?\s*(?=\d|[今明后本下每]|周|星期)"
)
_NEW_VALUE_PREFIX = re.compile(rf"(?:{_CHANGED_TO})\s*[“\"]?\s*$")
# The day a service starts again (班线恢复运营时间由2月3日调整为): not a due day.
_SERVICE_STARTS = re.compile(
    rf"(?:恢复|通车|开通|运营|营业|开放|开学)[\u4e00-\u9fff]{{0,2}}(?:时间|日期)?\s*"
    rf"(?:由[^，,。;；\n]{{0,14}})?(?:{_CHANGED_TO})\s*$"
)
# A meeting moved to another time (视频会议改为明天下午4点): when it starts, not a due time;
# a tester's Monday found Saturday's 【更正】 meeting overdue by 17 hours.
# (Not 延长至: 培训时间延长至本周五 gives more time to finish, a due day; a reviewer.)
_MEETING_MOVED = re.compile(
    r"(?:会议|例会|调度会|座谈会|视频会|培训会|培训班|开会)(?:的)?(?:时间|开始时间)?\s*"
    r"(?:调整为|调整到|改为|改到|推迟到|推迟至|延期到|延期至|提前到|提前至|变更为|更正为)\s*$"
)
# An early-morning clock time (明早6:00), not the word alone (今早开会说了，5点前报).
_EARLY_BEFORE = re.compile(r"(?:明早|今早|凌晨|清晨|早上|明天一早)\s*[0-6][点时:：]")
# Tomorrow's early morning named earlier in the clause (明早签到时间改为6:20): a bare hour up to
# 6 after it is then, not the afternoon.
_MORNING_IN_CLAUSE = re.compile(r"明早|明天(?:早上|一早)|凌晨|清晨")
_MEETING_BEFORE = re.compile(r"开(?:个|一个|一次)?[\u4e00-\u9fff]{0,2}会|会议|例会")
_ENDS_BY = re.compile(r"\s*(?:结束|散会)(?=[,，。;；\s]|$)")
# What a forecast by a day says will happen then (资金预计10月20日前到账).
_FORECAST_AFTER = re.compile(
    r"[^，,。;；\n]{0,6}?(?:到账|发放|下达|完成|建成|竣工|恢复|通车|出结果)"
)
# The end of a spell a forecast gives (预计将持续到28日上午10时, 大风维持至今天夜间).
_LASTS_UNTIL = re.compile(r"(?:持续|维持|延续)\s*(?:到|至)\s*$")
# A meeting a weekday names (周一班子会的纪要, 周三例会的材料): not a day for the times after.
_MEETING_NAMED_AFTER = re.compile(r"(?!开|召开|上)[\u4e00-\u9fff]{0,4}?(?:会议?|例会)的")
# The day the level above wants something (县委办明天要一份…信息, 区里周五要材料): what the
# poster asks for it in a later clause (你下午4点前写好发我) is due before, today.
_ABOVE_BEFORE = re.compile(
    r"(?:[县区市省]里|[县区市省]上|上级|[县区市省][\u4e00-\u9fff]{0,6}?(?:办|局|委|部|政府|中心))\s*$"
)
_WANTS_AFTER = re.compile(r"\s*(?:就|必须)?要(?!求)")
# 元旦 with a part of its day or a clock time (see _holiday_days), and how far ahead it is read.
_HOLIDAY_DAY_HINT = "元旦"
_HOLIDAY_DAY = re.compile(
    r"元旦(?:节|当天|那天)?(?=上午|中午|下午|晚上|早上|\s*\d{1,2}\s*[点时:：])"
)
_HOLIDAY_DAY_REACH = timedelta(days=40)
# "今天是医保缴费最后一天": the day named is the due day.
_LAST_DAY_AFTER = re.compile(r"[^,，。;；!！?？\n]{0,20}?(?:最后一天|最后期限|截止日)")
_PAREN_DATE = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日")
# 启动 only ending its clause: 免疫10月8日启动，即日起… (not 3月16日启动的督查).
_PERIOD_FROM = re.compile(r"[)）]?\s*(?:起|开始|启动(?=[,，。;；\s]))")
_HOLIDAY_OPENS = re.compile(r"[)）]?\s*(?:起|开始)\s*(?:放假|放|休假|休)")
# Days from which a period is said to run (明天起, 后天开始).
_PERIOD_DAYS = ("明天", "明日", "明儿", "后天")
_NEXT_DAY = ("次日", "翌日")
# (The end may name its half of the day: 上午9点至下午3点检修.)
_RANGE_AFTER = re.compile(r"\s*(?:至|到|—|–|~|-)\s*(?:上午|下午|中午|晚上|傍晚|凌晨|早上)?\s*\d")
_RANGE_BEFORE = re.compile(
    r"(?:\d[日号点时]?|[日号点时分半晚早天夜间午]|夜里)\s*(?:至|到|—|–|~|-)\s*$"
)
# 截止时间为…; a work order's time limit (办结时限：12月14日).
# No later than a day (不晚于12月15日, 最迟3月12日).
_STRONG_PREFIX = re.compile(
    r"(?:截止(?:时间|日期)?(?:为|到|至)?|(?:时限|期限)[:：]|不晚于|不迟于|最迟|最晚)\s*$"
)
# A span from now to a day (即日起至12月31日, 从今天起到12月31日) in a sentence that asks for
# something done in it is due by that day; not a ban for that long (即日起至2月28日，冰面禁止
# 机动车驶入) nor a campaign told of with nothing asked.
_FROM_NOW_UNTIL = re.compile(r"(?:即日|今日|今天)起?(?:至|到)\s*$")
_ASKED_IN_SPAN = re.compile(
    # (…数据核查即日起至12月31日，请各单位对照学籍系统核查…: blind set W3.)
    r"请[^。;；!！?？\n]{0,30}?(?:开展|组织|完成|登记|排查|核查|核实|走访|报|提交|上传|录入|整改|清理)"
)
_BANNED = re.compile(r"禁止|严禁|不得")
_REPLACED_PREFIX = re.compile(r"原定\s*$|原\s*$")
_TASK_AFTER = re.compile(
    r"\s*(?:把|将|前|交|报|给我|发(?=我|给|到|送)|提交|完成|[改弄做写]好(?![的了]))"
)
# Handed back to the one who asks, as the clause ends or to look over: 框架周三给我看,
# 周五发我, 周三给我看初稿. Not what others did or will do (今天给我打电话的群众, 周五给我们
# 答复, 给我转来一件信访件, 他说明天给我回电话).
_TO_POSTER_AFTER = re.compile(
    r"\s*(?:(?:交|发|报|送)?给我|[发交报]我)"
    r"\s*(?:(?:看|过目|审|把关)(?:一下)?[^的了,，。;；!！?？\n]{0,6})?(?=[,，。;；!！?？\n]|$)"
)
# Done by then, without fail: 今天必须清干净, 明天务必整改到位.
_MUST_BE_DONE_AFTER = re.compile(
    r"\s*(?:必须|务必|一定要)[^，,。;；!！?？\n]{0,4}?(?:清|完成|整改|处理|办结|弄|搞)"
    r"(?:干净|完毕|到位|完|好)"
)
# Said before a day it must be done on (务必今天…, 必须明天…).
_MUST_BEFORE = re.compile(r"(?:务必|必须|一定要?)\s*(?:要)?\s*(?:在|于)?\s*$")
# ...and what is done then: handed in, passed on, put in place.
_MUST_DO_AFTER = re.compile(
    r"\s*(?:[之以]?内\s*)?(?:把|将|完成|报|交|提交|上报|报送|传达|落实|反馈|发到|发给|整改)"
)
# A day asked for (请下周一补报, 请各村于3月10日报送), or to be done by (请明天全部完成:
# blind set Q3).
_PLEASE_BEFORE = re.compile(r"请[^，,。;；\n]{0,12}?(?:于|在)?\s*$")
_HAND_IN_AFTER = re.compile(
    r"\s*(?:补报|补交|报送|上报|提交|交齐|报齐|反馈|报(?![到道告警案名])"
    r"|交(?![通流换易叉界往警代接付])|(?:全部|都)?完成(?![了的]))"
)
# Told of what someone else will do: 他说明天给我看初稿, 村干部答应明天把补贴发给我.
_REPORTED = re.compile(r"(?<!解)说(?!明)|答应|反映|表示|承诺")
# ...or named first, then handed back: 明天把稿子发我.
_HANDED_BACK_LATER = re.compile(
    r"\s*(?:把|将)[^的了,，。;；!！?？\n]{1,16}?(?:发|交|报|送|给)(?:给)?我(?![们镇县村乡局省市办的])"
)
# A clause in which the poster has others hand something in (素材我让他们下周一前交): not
# the addressed reader's due.
_OTHERS_TO_DO = re.compile(r"[让叫要请](?:他们|她们|各)")
# Handing something in: a new weekly day for it is a due day (台账改为每周五报送), unlike a
# timetable (文件交换改为每周二); and a time before a start to hand in by is not getting
# ready on the day of the start (各村2:30前把迎检台账发我).
_HANDING_IN = re.compile(r"报(?![账道])|提交|上交|上传|交(?![换通流叉办])|[发给]我")
# A clock time later in the sentence is when it is due (今天下午给我初稿，3点开会).
_CLOCK_LATER = re.compile(r"[^。;；!！?？\n]*?\d{1,2}[:：点时]")
# The end of the working day said as leaving the office (下班离开办公室前, 下班走之前), and
# the start said as the first thing on arrival (上班后第一时间): due-by phrases.
_LEAVING_BEFORE = re.compile(r"\s*(?:离开|离岗|走)[\u4e00-\u9fff]{0,4}?(?:之前|以前|前)")
_FIRST_THING_AFTER = re.compile(r"\s*(?:后|时)?\s*(?:第一时间|立即|马上)")
_EVENING = ("晚上", "傍晚", "夜里", "夜间", "晚")
_WORD_CHAR = re.compile(r"[\w\u4e00-\u9fff]")
_DAY_BEFORE_YESTERDAY = re.compile(r"(?<![之以提目节会年月日号])前([天日儿])?\s*$")
_EVENING_DAYS = ("今晚", "明晚", "今夜", "昨晚", "昨夜")
# A day said as a "by" without a clock (a lunar date, 今明两天): not replaced, not a
# range, relative to when it is said, dated.
_DAY_BY_FLAGS = (False, False, False, True, True)
# Days that name a part of the day too.
_DAY_WITH_PART = ("今晚", "今早", "今夜", "明早", "明晚")
# How long before a start getting ready for it takes (调试, 签到, 到场).
_GETTING_READY = timedelta(minutes=45)
# The afternoon or evening of a clock time (下午3点, 明晚8点) goes with a bare one said after
# it on its day when that puts the two this close and the morning does not: 明晚8点召开
# 调度会，7:40前完成调试 is 19:40, not 7:40 that morning (see `_carried_half`).
_LATER_HALF = ("下午", *_EVENING)
_CARRIED_WITHIN = timedelta(hours=3)
# How many days behind today a "by" day said without its month may be and still be this
# month's (a late reminder of 25日前 on the 28th); further behind, it is next month's
# (请各村10日前报送 said on 25 December is due 10 January)...
_DAY_ALONE_BEHIND = 10
# ...unless the text chases work left undone by it (3日前应完成整改，仍有2个村未完成): a day
# gone, not one weeks off. Not what befalls a late return, said with the ask (请于5日前报送，
# 逾期未报的将予以通报; 逾期不予受理; 过期不候), nor what is not yet so, named as part of the
# ask (尚未建档的农户一并录入; 近期仍有降雨): 尚未 and 仍有 chase only work not handed in.
_TODAYS_STILL_OUT = re.compile(
    r"(?:今天|今日)[^。；;!！\n]{0,12}?(?:还没有?|尚未|仍未|没有?)(?:报|交|上报|报送|上传)"
)
_NOT_YET_DONE = re.compile(
    # (逾期未完成 is read whole below: what befalls it, or a chase.)
    r"(?<![逾超过]期)(?:未完成|没完成)|未按时|(?:仍|尚)未.{0,3}(?:完成|报|交|整改|落实|到位|反馈|办结|上传)"
    r"|(?:仍有|还有).{0,8}(?:没|未)"
    # Whatever the late return is (逾期未完成的将予以通报 lost its due time as 逾期未报的 did).
    r"|(?:逾期|超期|过期)(?!(?:[未不](?:报送|上报|提交|完成|整改|落实|到位|反馈|办结|上传|报|交|送))?"
    r"[的者]?[，,]?(?:将|一律|视为|不予|不候|不再|予以|按))"
)
# The month named as this one (本月3日前, 这个月5号前): the day is never next month's.
_THIS_MONTH_BEFORE = re.compile(r"(?:本|这个?|当)月份?\s*$")
# The afternoon carries only into itself: after 下午5点开会, a bare 8点 is no afternoon time.
_AFTERNOON_ENDS = time(19, 0)
# 早 and 晚 alone, without a clock time, are mostly other words (尽早, 早日, 晚了); any other
# half of the day named ends what the one before carries (今晚8点开会，上午先…，9点前报我).
_HALF_IN_WORDS = ("早", "晚")


class _HalfSaid(NamedTuple):
    """A clock time said in the afternoon or evening (下午3点, 明晚8点): its day, its
    instant (the next day's for 今晚12点) and its half of the day (下午, 晚上), which a
    bare clock time after it may take (see `_carried_half`)."""

    day: date
    at: datetime
    part: str


class TimeMention(NamedTuple):
    """One day/time expression, resolved.

    `explicit` marks a due-by phrase (…前, …截止); `clock` marks a stated clock time;
    `replaced` marks a time that a correction supersedes (原定…). A named tuple rather
    than a frozen dataclass: a long notice yields a dozen, and a tuple is built in a
    fraction of the time.
    """

    start: int
    end: int
    day: date
    at: time | None
    explicit: bool
    clock: bool
    replaced: bool
    in_range: bool
    relative: bool
    dated: bool

    def instant(self, tz: tzinfo) -> datetime:
        return datetime.combine(self.day, self.at or END_OF_DAY, tzinfo=tz)


def scan(
    text: str, ts: datetime, tz: tzinfo, work: WorkCalendar | None = None
) -> list[TimeMention]:
    """Every day/time mention in canonical `text`, resolved against `ts` in `tz`; working
    days and holidays on `work` (the national calendar when None)."""
    try:
        return _scan(text, ts, tz, work)
    except OverflowError:
        # A day counted past the ends of the calendar (明天 said on 31 December 9999, 昨天
        # on 1 January of year 1): no due time, where a stopped triage stopped the sync or
        # the CLI. Guarded here, not at each of the many sums a mention is resolved by.
        return []


def _scan(text: str, ts: datetime, tz: tzinfo, work: WorkCalendar | None) -> list[TimeMention]:
    local = ts.astimezone(tz)
    today = local.date()
    context_day = today
    found: list[TimeMention] = []
    if "内" in text or _AFTER_HINT.search(text):
        found.extend(_within(text, local))
        found.extend(_within_days(text, today))
    if "今明" in text:
        # "今明两天把独居老人户再走一遍": by the end of tomorrow.
        found.extend(
            TimeMention(
                m.start(), m.end(), today + timedelta(days=1), END_OF_DAY, True, *_DAY_BY_FLAGS
            )
            for m in _TWO_DAYS.finditer(text)
        )
    lunar = lunar_dates.lunar_dues(text, today) if lunar_dates.HINT.search(text) else []
    # Days named by a phrase read on the calendar (节后第一个工作日, 正月初八), not spans
    # from now (3个工作日内): a clock time after one falls on that day.
    named = [
        TimeMention(due.start, due.end, due.day, END_OF_DAY, True, *_DAY_BY_FLAGS) for due in lunar
    ]
    found.extend(named)
    # A fixed holiday with a part of its day (元旦中午去外婆家吃饭，你11点前要到): the day of the
    # times said after it, though no due day itself (元旦快乐 sets nothing).
    holiday_days = _holiday_days(text, today) if _HOLIDAY_DAY_HINT in text else []
    if _WORKING_HINT.search(text):
        work = work or _work_calendar()
        working = _working_days(text, local, work)
        found.extend(working)
        named.extend(m for m in working if not text.endswith("内", 0, m.end))
        ends = _holiday_ends(text, local, work)
        found.extend(ends)
        named.extend(ends)
        # 元宵节前 is the lantern day, not the last working day before a holiday.
        last_days = [
            m
            for m in _before_holiday(text, local, work)
            if not any(due.start <= m.start < due.end for due in lunar)
        ]
        found.extend(last_days)
        named.extend(last_days)
    if not _TIME_DIGIT.search(text) and not _TIME_WORD.search(text):
        return found
    # Where the last day mention ended: a clock time on a later line is the poster's own
    # instruction, not a time inside the notice quoted above it.
    context_end = 0
    # Where a phrase read on the calendar above ("初八上班前") already stands.
    taken = [(m.start, m.end) for m in found]
    # The first day of a period the text sets (自2月15日起, 2月14日至2月24日): a daily
    # report due "每天16:00前" is first due on that day.
    period_start: date | None = None
    shift_day = shift_peoples_day = False
    # The day last named may only qualify a thing (明天上午的例会通知…): a draft of it asked
    # back by the end of work is due today, in time for the meeting. Or it may be the day
    # the level above wants something by (see _ABOVE_BEFORE).
    context_names_thing = context_wanted_above = False
    # Said on a Sunday off, "this week" is mostly the one about to start (这周三前, 本周内),
    # unless its clause tells what was done; on a Saturday it is still the one ending.
    sunday_off = today.weekday() == _SUNDAY and not (work or _work_calendar()).day(today).working
    # The last afternoon or evening clock time said, while no other half of the day is.
    later_half: _HalfSaid | None = None
    # The next day, when the day last named is a daily time already gone by today.
    first_round: date | None = None
    # Where a 每日 said without a time ended: a bare time later in its clause is the daily
    # round's (see below).
    daily_end: int | None = None
    # Whether the day last named opens a period (明天起), and whether that is a holiday.
    context_opens_period = context_opens_holiday = context_opens_span = False
    mention = (
        _MENTION_SPOKEN if _SPOKEN_HOUR.search(text) or _SPOKEN_DATE.search(text) else _MENTION
    )
    for match in mention.finditer(text):
        if taken and any(start <= match.start() < end for start, end in taken):
            continue
        groups = match.groupdict()
        if groups["md"] and not groups["dd"]:
            # A date in Chinese numerals or with a dot is read as 12月15日 would be.
            cmon = groups["cmon"]
            groups["mon"] = groups["dmon"] or (str(number(cmon)) if cmon else None)
            groups["dd"] = groups["ddd"] or str(number(groups["cdd"] or groups["cdd2"] or ""))
        rel, weekin = groups["rel"], groups["weekin"]
        has_day = bool(groups["md"] or rel or weekin or groups["monthend"] or groups["wd"])
        part = groups["part"]
        if (
            part is None
            and local.hour >= NOON.hour
            and _EARLY_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            # 明早6:00考生专车要过，5:30前必须抢通: the early hours just named, not the
            # afternoon an office's bare "5点前" means.
            part = "早上"
        if (
            part is None
            and groups["h"] is not None
            and not has_day
            and ("早" in text or "晨" in text)
            and groups["h"].isdigit()
            and 1 <= int(groups["h"]) <= 6
            and _MORNING_IN_CLAUSE.search(text, clause_start(text, match.start()), match.start())
        ):
            part = "早上"
        if (part is not None or rel in _DAY_WITH_PART) and (
            groups["h"] or part not in _HALF_IN_WORDS
        ):
            # Another half of the day said (上午先把材料准备好，9点前报我) is the one meant
            # after it; an afternoon or evening with a clock time is set again below.
            later_half = None
        suffix = bool(groups["suffix"])
        if groups["h"] and not suffix and _GONE_BY.match(text, match.end()):
            # 8点过了，马上报: the time already gone by, not this evening's (blind set D4).
            continue
        if (
            not has_day
            and not (groups["h"] or groups["shift"])
            and not (part and suffix and part == "中午")
        ):
            continue
        if (
            groups["h"]
            and not groups["h"].isdigit()
            and not _spoken_hour_is_time(groups, text, match.end())
        ):
            # "第三点要求", "快一点": a spoken numeral before 点 is a time only when the
            # phrase says so (下午三点, 十点半, 两点前).
            continue
        try:
            day = (
                _resolve_day(
                    groups,
                    today,
                    work,
                    coming_week=sunday_off and not in_clause(_DONE_TOLD, text, match.start()),
                )
                if has_day
                else context_day
            )
        except OverflowError:
            # 明天 said on 31 December 9999 names no day; the message's other mentions may.
            day = None
        if day is None:
            continue
        if groups["nextmon"] == "次月" and (
            month_named := _later_month_before(found, match, today)
        ):
            # 12月20日前完成自查，次月5日前报送总结 said in November: the month after the one
            # named, not after today's (that put the summary before the self-check).
            day = _next_month_day(month_named, day.day) or day
        if (
            not has_day
            and first_round is not None
            and _CLAUSE_BREAK.search(text, context_end, match.start()) is not None
        ):
            # A time in a clause after a daily one gone by today is of its first round
            # (各嘎查每天上午8点前报，我9点前汇总报旗里, said at 11:26: tomorrow's 9:00, not
            # tonight's); one listed with it (每天早8点、晚8点) is another of today's.
            day = first_round
            if _FIRST_TIME.search(text, max(0, match.start() - 4), match.start()) and (
                datetime.combine(today, _resolve_time(groups, part)[0] or END_OF_DAY, tzinfo=tz)
                >= local
            ):
                # 第一次9:50报, said at 8:31: the first round's own time, still to come today
                # (blind set D4).
                day = today
        # A time of its own in a clause opened by 每日 (顺延至12月12日，每日免疫数报送时间调整
        # 为下午4点前): the daily round's, first due today or when the period starts, not on
        # the day named before it (blind set Q3).
        round_time = (
            not has_day
            and groups["h"] is not None
            and daily_end is not None
            and daily_end > context_end
            and _CLAUSE_BREAK.search(text, daily_end, match.start()) is None
        )
        if round_time:
            day = period_start or today
        carried = False
        if part is None and groups["h"] and not has_day and not groups["paren"]:
            part = _carried_half(later_half, groups, day)
            carried = part is not None
        to_you = (shift_day and _TO_YOU.search(text, context_end, match.start()) is not None) or (
            shift_peoples_day and _CLAUSE_BREAK.search(text, context_end, match.start()) is not None
        )
        if not has_day and suffix and to_you:
            # A shift's day on a roster is the day of its times (3日的带班，8:30交班), not
            # of a "by" said to the reader about the roster (3号带班改成周镇长，你5点前报).
            day = today
        # A clock time said apart from the day before it: on a later line, or in a later
        # sentence than a day that only opens a period (明天起大风降温，…。各嘎查晚上7点前
        # 把名单报我 is due tonight), or in a later clause than the start of a holiday (明天起
        # 放三月三，请各办站所下班前关好门窗: the work is done before it).
        apart = not has_day and (
            "\n" in text[context_end : match.start()]
            or (
                context_opens_period
                and (_CLAUSE_BREAK if context_opens_holiday else _SENTENCE_BREAK).search(
                    text, context_end, match.start()
                )
                is not None
            )
            # ...or in a later sentence than a span of days it tells of, that hands something
            # in (3号到5号共3天。大家下午3点前把能值班的日子报给我: today, for the roster).
            or (
                context_opens_span
                and _SENTENCE_BREAK.search(text, context_end, match.start()) is not None
                and in_clause(_HANDING_IN, text, match.end())
            )
        )
        # Read only where a rule below may move the time to today.
        may_be_today = not has_day and (
            (context_day != today and apart)
            or (suffix and (day < today or context_names_thing or context_wanted_above))
        )
        ahead = _still_ahead_today(groups, part, local) if may_be_today else None
        if (
            ahead is not None
            and context_day != today
            and apart
            and not (groups["h"] and _getting_ready(text, match, found, context_day, ahead))
        ):
            day = today
        if (
            ahead is not None
            and suffix
            and day < today
            and not _DONE_THEN.search(text, context_end)
        ):
            # 区文明办9月8日抽查通报：…中午12点前整改完 (posted on the 9th): a "by" time
            # said now is not on a day gone.
            day = today
        if (
            ahead is not None
            and suffix
            and context_names_thing
            and _TO_POSTER_AFTER.match(text, match.end())
        ):
            day = today
        if (
            ahead is not None
            and suffix
            and context_wanted_above
            and _CLAUSE_BREAK.search(text, context_end, match.start()) is not None
        ):
            day = today
        if not has_day and (named or holiday_days):
            # 节后第一个工作日10点前, 正月初八上午9点: a time on the day just named by a
            # phrase read on the calendar, unless a date came between or a line ended.
            day = (
                _calendar_day_before([*named, *holiday_days], text, match.start(), context_end)
                or day
            )
        if not has_day and _two_days_ago(text, match.start()):
            # 前天晚上8点, 前晚11点: the day before yesterday's evening, not this one. (前 is
            # no start of a mention: a "by" suffix and 之前 are far more common.)
            day = today - timedelta(days=2)
        if rel in ("当天", "当日"):
            # "that day": the day last named (每天下午3点前报当日情况), today when none was;
            # under a roster's lines, each (see _first_listed_day).
            day = (
                _first_listed_day(found, text, match.start(), today)
                or _named_event_day(found, text, match.start())
                or context_day
            )
        elif rel in _NEXT_DAY:
            # "the day after": the day last named (20时至次日8时), else after the one it is
            # posted on (请于次日上午10点前报送, posted late at night).
            day = context_day + timedelta(days=1)
        if groups["paren"]:
            paren_day = _paren_day(groups["paren"], today)
            if paren_day is not None:
                day = paren_day
        elif groups["wd"] and _weekday_of_the_date_before(found, text, match.start(), groups["wd"]):
            # 12月22日下周二上午9点 (posted on the 11th: blind set P3): the weekday says the
            # date's day again, loosely, as （周二） would; the date holds.
            day = found[-1].day
        start, end = match.span()
        if not has_day and not suffix and _FROM_THEN.match(text, end):
            # 晚上9点后不敲锣就行: from a time on, not by it.
            continue
        if not suffix and _ONCE_OVER.match(text, end):
            # 下午4点山歌对唱结束后请各点位做好疏散: when the work starts, not when it is due.
            continue
        if _HAPPENED_ABOUT_THEN.match(text, end):
            # 7月4日3时许，…发生塌方: when something happened, about then.
            continue
        if not suffix and _READING_AT.match(text, end):
            continue
        if not suffix and _HAPPENS_THEN.match(text, end):
            # 物业在15:05接到第一报, 应急响应于16:30终止: when word came or something ended.
            continue
        if not suffix and _SINCE_AFTER.match(text, end):
            # 时间为2025年1月1日以来: where a count starts, neither a due day nor the day of
            # the times said after it (…，5点40前不变 is today's: blind set A4).
            continue
        if (
            suffix
            and _BACK_BY.match(text, end)
            and _SPEAKER.search(text, clause_start(text, start, SENTENCE_MARKS), start)
        ):
            # 下午我带公章去区政务中心办两件事，4点前回来: when the speaker is back, not
            # what the reader must do by then (a tester found it 已逾期 2 天).
            continue
        # What comes before the date, past its year (截止时间为2027年12月31日).
        year = _YEAR_BEFORE.search(text, max(0, start - 6), start)
        said_from = year.start() if year is not None else start
        before = text[max(0, said_from - 6) : said_from]
        if not suffix and _LASTS_UNTIL.search(before):
            # 预计将持续到28日上午10时: when a forecast spell ends, not a due time.
            continue
        if suffix and before.endswith("预计") and _FORECAST_AFTER.match(text, end):
            # 资金预计10月20日前到账: a forecast, not a due time (检查组预计10点前到 is one).
            continue
        if (
            suffix
            and _ENDS_BY.match(text, end)
            and _MEETING_BEFORE.search(text, max(0, start - 40), start)
            and any(m.clock for m in found)
        ):
            # 7:50开个短会…8:20前结束: when a meeting that starts at a time named ends, not
            # what anyone must do by then (排查工作于3月13日前结束 is a due day).
            continue
        if (
            suffix
            and groups["md"]
            and groups["dd"]
            and not groups["mon"]
            and not groups["nextmon"]
            and (today - day).days > _DAY_ALONE_BEHIND
            and not _THIS_MONTH_BEFORE.search(before)
            and not _NOT_YET_DONE.search(text)
            and (ahead_day := _next_month_day(today, day.day)) is not None
        ):
            # "3日17:30前" said on 31 December: a "by" day without a month that is weeks
            # behind is next month's (blind set G3).
            day = ahead_day
        if groups["md"] and groups["mon"] and year is not None:
            # "2025年4月1日前" said in 2026 is last year's, whatever the month.
            day = _in_year(day, int(year.group(1)))
        after = text[end : end + 3]
        range_end = bool(_RANGE_BEFORE.search(before))
        if range_end and groups["md"] and not groups["mon"] and day < context_day:
            # "1月1日至3日": the end of a span is in the month it starts in.
            day = _safe_date(context_day, context_day.month, int(groups["dd"] or 0)) or day
        # The end of a span ("今晚至明天上午") is no day for the times that follow it.
        # Nor is the end of a month or year (月底考核的材料，11点前发我 is due today), nor
        # yesterday (昨天说了，晚上8点开会 is tonight).
        yesterday = (groups["rel"] or "").startswith("昨")
        # Nor 每日 without a time (11月5日“每日零报告”：…当日发现…): it names no one day.
        daily = rel in ("每天", "每日") and not (groups["h"] or groups["part"] or groups["shift"])
        if daily:
            daily_end = end
        if has_day and not range_end and not groups["monthend"] and not yesterday and not daily:
            context_day = day
            context_end = match.end()
            first_round = None
            context_opens_period = (
                rel in _PERIOD_DAYS
                and not groups["h"]
                and _PERIOD_FROM.match(text, end) is not None
            )
            context_opens_holiday = (
                context_opens_period and _HOLIDAY_OPENS.match(text, end) is not None
            )
            context_opens_span = bool(groups["md"]) and _RANGE_AFTER.match(after) is not None
            shift_day = _SHIFT_AFTER.match(text, end) is not None
            shift_peoples_day = _SHIFT_PEOPLES_AFTER.match(text, end) is not None
            # ...or a meeting held that day (把周一班子会的纪要整理出来，下午3点前发我).
            context_names_thing = text.startswith("的", end) or (
                groups["wd"] is not None and _MEETING_NAMED_AFTER.match(text, end) is not None
            )
            context_wanted_above = (
                not groups["h"]
                and _WANTS_AFTER.match(text, end) is not None
                and _ABOVE_BEFORE.search(text, clause_start(text, start), start) is not None
            )
        elif context_names_thing and (
            groups["h"] or _SENTENCE_BREAK.search(text, context_end, match.start())
        ):
            # The thing's own time (后天的检查下午3点开始) ties what follows to its day.
            context_names_thing = False
        at: time | None
        # The day named, which 今晚12点 below moves to the next one's first instant.
        said_day = day
        if _midnight(groups, part):
            # "今晚12点前", "24:00前": the end of the day is the next day's first instant.
            day += timedelta(days=1)
            at, clock = time(0, 0), True
        else:
            at, clock = _resolve_time(groups, part)
            if groups["h"] and at is None and not has_day:
                # No such time (25:00前, 13:75前): nothing a person could note, not the end
                # of the day. A day said with it (明天25:00前) still stands, as a day.
                continue
            if (
                clock
                and at is not None
                and not has_day
                and part is None
                and not groups["rel"]
                and number(groups["h"] or "0") < 12
                and 13 <= at.hour <= 18
                and local.hour < 7
                and datetime.combine(day, at.replace(hour=at.hour - 12), tzinfo=tz) > local
            ):
                # "5点前要给县里续报" said at 4:10 in the night: this morning's 5:00; a search
                # called at 6:28 to set off at "6点50分" goes at dawn (blind set Q3).
                at = at.replace(hour=at.hour - 12)
            if (
                clock
                and at is not None
                # ...or said with today as a time something is due or wanted (今天3点县里要,
                # said at 13:40: blind set X3), not a time reported (今天5时中心位于…).
                and (
                    not has_day
                    or (
                        groups["rel"] in _TODAY_WORDS
                        # An afternoon's hour, as office talk says it (see _resolve_time):
                        # 今天8:30前 said at 9:00 is this morning's, passed.
                        and 1 <= at.hour <= 6
                        and (bool(groups["suffix"]) or _WANTED_BY.match(text, end) is not None)
                    )
                )
                and part is None
                and at.hour < 12
                and datetime.combine(day, at, tzinfo=tz) < local
                and datetime.combine(day, at.replace(hour=at.hour + 12), tzinfo=tz) > local
            ):
                # "7点半前给我" said at 17:50: this evening's 19:30, not this morning's.
                at = at.replace(hour=at.hour + 12)
            elif (
                clock
                and at is not None
                and not has_day
                and part is None
                and at.hour == 12
                and local.hour >= 18
                and day == today
            ):
                # "12点前把转移人数报我" said at 23:45: tonight's midnight, not today's noon.
                day += timedelta(days=1)
                at = at.replace(hour=0)
            elif (
                clock
                and at is not None
                and not has_day
                and part is None
                and at.hour == 0
                and local.hour >= 18
                and day == today
            ):
                # "0点50前给我" said at 23:55: the hour after tonight's midnight, not the one
                # gone this morning (blind set J3).
                day += timedelta(days=1)
        if (
            (rel in ("每天", "每日") or round_time)
            and at is not None
            and datetime.combine(day, at, tzinfo=tz) < local
            # A chase of today's round (…每天下午5点前报送…，今天第三管区还没报: blind set
            # A4) is due by today's time, passed, not tomorrow's.
            and not _TODAYS_STILL_OUT.search(text)
        ):
            day += timedelta(days=1)
            if context_end == end:
                first_round = day
        if groups["wkpre"] == "每" and datetime.combine(day, at or END_OF_DAY, tzinfo=tz) < local:
            day += timedelta(days=7)
        if (groups["wkpre"] == "每" or rel in ("每天", "每日")) and (
            first := _first_round_before(found, text, start)
        ):
            # 首次进度明天上午11点前报，之后每周三下班前报 (said on a Wednesday): the rounds
            # come after the first one, not this afternoon before it.
            step = 7 if groups["wkpre"] else 1
            while day <= first:
                day += timedelta(days=step)
        if rel in ("每天", "每日") and day == today and _TODAYS_WITH_TOMORROWS.search(text):
            # 请今天起每天下午5点半前报送日报…今天的明天一并报: today's round is handed in
            # with tomorrow's, so the first due time is tomorrow's (blind set Y3).
            day += timedelta(days=1)
        if rel in ("每天", "每日") and period_start is not None and day < period_start:
            day = period_start
            if not range_end:
                context_day = day
        if groups["md"] and (_PERIOD_FROM.match(text, end) or _RANGE_AFTER.match(after)):
            period_start = day
        elif (
            rel in ("明天", "明日", "明儿", "后天", "大后天")
            and at is None
            and _PERIOD_FROM.match(text, end)
        ):
            # 从明天起每天早7点半前…: a daily report first due tomorrow.
            period_start = day
        # Within a week or a month (本周内, 月内) is a "by" its last day, as 前 is.
        within = bool(weekin or groups["inmon"] or groups["thismonth"] or groups["nextmonthin"])
        if within and _MAY_HAPPEN.search(before):
            # 测评组可能本周内对我区开展考察: when someone may come, not a due time.
            continue
        if at is None and within:
            at = END_OF_DAY
        explicit = (
            suffix
            or within
            or bool(_STRONG_PREFIX.search(before))
            or (bool(_FROM_NOW_UNTIL.search(before)) and _asked_by_then(text, start))
            # "调整为3月8日" is the new due day; "清运调整为每天早6点" is a new timetable,
            # "班线恢复时间改为2月4日" the day a service starts again.
            or (
                bool(_NEW_VALUE_PREFIX.search(before))
                and rel not in ("每天", "每日")
                # 改为每周二、周四上午两次: a new weekly timetable, not a new due day.
                and (groups["wkpre"] != "每" or in_clause(_HANDING_IN, text, start))
                and _SERVICE_STARTS.search(text[clause_start(text, start) : start]) is None
                and _MEETING_MOVED.search(text[clause_start(text, start) : start]) is None
                # 检修时间调整为1月13日上午9点至下午3点: a new span, not a new due time.
                and not (clock and _RANGE_AFTER.match(text, end))
            )
            or (has_day and at is None and _LAST_DAY_AFTER.match(text, end) is not None)
            or (clock and _DEPARTURE_AFTER.match(text, end) is not None)
            or (
                clock
                and at is not None
                and (
                    _SIGN_IN_AFTER.match(text, end) is not None
                    or _SIGN_IN_BEFORE.search(text, max(0, start - 8), start) is not None
                )
                and _before_a_start(found, day, at)
            )
            or (clock and _LISTED_BY.match(text, end) is not None)
            or (clock and _WANTED_AFTER.match(text, end) is not None)
            or (groups["shift"] == "下班" and _LEAVING_BEFORE.match(text, end) is not None)
            or (groups["shift"] == "上班" and _FIRST_THING_AFTER.match(text, end) is not None)
            or (part == "一早" and has_day)
            # 框架周三给我看: a day the poster wants something back by. (明早给我 and 今晚发我
            # name a part of the day, which this does not place.)
            or (
                has_day
                and not part
                and at is None
                and rel not in _DAY_WITH_PART
                and (
                    _TO_POSTER_AFTER.match(text, end) is not None
                    or _HANDED_BACK_LATER.match(text, end) is not None
                )
                and _REPORTED.search(text, clause_start(text, start), start) is None
            )
            # 电动车今天必须清干净: a day something must be done by (blind set P3).
            or (
                has_day
                and at is None
                and not part
                and _MUST_BE_DONE_AFTER.match(text, end) is not None
            )
            # 务必今天把…报出去, 请各乡镇务必今天传达到每个村: a day something must be done on
            # is a day it is due by (blind set X3).
            or (
                has_day
                and at is None
                and not part
                and _MUST_BEFORE.search(text, clause_start(text, start), start) is not None
                and _MUST_DO_AFTER.match(text, end) is not None
            )
            # 请各村于下周一报送名单, 场中路三居请下周一补报: the day asked to hand in on.
            or (
                has_day
                and at is None
                and not part
                and _PLEASE_BEFORE.search(text, clause_start(text, start), start) is not None
                and _HAND_IN_AFTER.match(text, end) is not None
            )
        )
        if (
            not explicit
            and part in ("上午", "下午")
            and not clock
            and _TASK_AFTER.match(after)
            and not _CLOCK_LATER.match(text, end)
        ):
            # "下周一上午把台账发我": a half-day is the due time when a task follows.
            at = NOON if part == "上午" else END_OF_DAY
            explicit = True
        in_range = range_end or bool(_RANGE_AFTER.match(text, end))
        if (
            not carried
            and clock
            and at is not None
            and (part in _LATER_HALF or rel in _EVENING_DAYS)
        ):
            later_half = _HalfSaid(
                said_day,
                datetime.combine(day, at),
                part if part in _LATER_HALF else "晚上",
            )
        if not suffix and (
            _TIMETABLE_AFTER.match(text, end)
            or _ALLOWED_FROM.match(text, end)
            or _TIMETABLE_BEFORE.search(text, clause_start(text, start), start)
        ):
            # Its day still stands for the times after it (明天上午9点开考，8:30前到考点签到;
            # 明天上午10点以后开始报名，下午5点前截止): when something starts or may be done.
            continue
        found.append(
            TimeMention(
                start,
                end,
                day,
                at,
                explicit,
                clock and not groups["hm"],
                bool(_REPLACED_PREFIX.search(before) or _REPLACED_AFTER.match(text, end)),
                in_range,
                bool(rel or groups["wd"] or weekin),
                has_day and not daily,
            )
        )
    lead = _LEAD.search(text) if "提前" in text else None
    if lead is not None:
        found.extend(_ahead_of_start(found, lead, tz))
    if len(found) > 1 and any(joint in text for joint in "、和及与都均"):
        found = _listed_days_share_the_time(found, text)
    return found


# A time said to be gone by: 8点过了, 9点都过了, 10点已经过了.
_GONE_BY = re.compile(r"\s*(?:都|已经?|早就?)?过了")
# The first round's own time named (第一次9:50报, 首次报送).
_FIRST_TIME = re.compile(r"(?:第一次|首次|头一次)\s*$")
# A clock time listed before another that is a "by" (每天上午7:30、下午4:30前): the 前 is
# said once for both.
_LISTED_BY = re.compile(
    rf"\s*、\s*(?:{_PART})?\s*\d{{1,2}}(?:[:：]\d{{2}}|点(?:半|\d{{1,2}}分?)?)\s*[之以]?前(?!后)"
)
# What may happen within a span: 可能本周内, 或将月内 (blind set N3).
_MAY_HAPPEN = re.compile(r"(?:可能|或将|或许|有望)\s*$")
# Today's round said to go in with tomorrow's: 今天的明天一并报, 今日的次日一起报送.
_TODAYS_WITH_TOMORROWS = re.compile(
    r"今[天日]的?[^，,。;；\n]{0,8}?(?:明[天日]|次日)[^，,。;；\n]{0,4}?(?:一并|一起|合并|同时)"
    r"(?:上报|报送|报|交)"
)
# A round that follows the first one: 之后每周三, 此后每天.
_AFTER_FIRST = re.compile(r"(?:之后|此后|以后|往后|然后)\s*$")


def _first_round_before(found: list[TimeMention], text: str, at: int) -> date | None:
    """The day of the due time said just before `at` when a recurring one follows it."""
    if not found or not _AFTER_FIRST.search(text, max(0, at - 3), at):
        return None
    return max(found, key=lambda m: m.end).day


def _first_listed_day(found: list[TimeMention], text: str, at: int, today: date) -> date | None:
    """The first day still to come of those that open two or more lines or items of a roster
    among `found`, for a "that day" at `at` said after the roster's last item (4月20日（周二）：
    乌兰带队…\n4月22日…\n带队人员当天早上7点集合: due on the 20th first, not the 24th, the
    day last named; not 歌圩当天 inside an item, that item's day), or None."""
    listed = [m for m in found if m.dated and m.start > 0 and text[m.start - 1] in _ITEM_OPENS]
    if len(listed) < 2 or not any(mark in text[listed[-1].end : at] for mark in _ITEM_ENDS):
        return None
    return min((m.day for m in listed if m.day >= today), default=None)


def _named_event_day(found: list[TimeMention], text: str, at: int) -> date | None:
    """The day of the event a "that day" at `at` names (体检当天早上7:30前带队…, after 征兵
    体检定于12月9日…, 请各乡镇于12月8日前报名单: the 9th, not the 8th, the day last named:
    blind set Z3): where the two characters before it are said earlier with a day just
    after them in one sentence (体检定于12月9日, 会议于…), that day; else None."""
    event = text[max(0, at - 2) : at]
    if len(event) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in event):
        return None
    pos = text.find(event, 0, max(0, at - 2))
    while pos != -1:
        after = pos + len(event)
        day = next(
            (
                m.day
                for m in found
                if m.dated
                and after <= m.start <= after + _EVENT_DAY_GAP
                and not _SENTENCE_END.search(text, after, m.start)
            ),
            None,
        )
        if day is not None:
            return day
        pos = text.find(event, after, max(0, at - 2))
    return None


# How far after an event's name its day may be said (体检定于12月9日, 会议将于明天).
_EVENT_DAY_GAP = 6


# What opens and ends a roster's item (…知悉：6月19日：…；6月20日：…。值班人员当日…).
_ITEM_OPENS = "\n;:"
_ITEM_ENDS = ("\n", ";", "。")


def _listed_days_share_the_time(found: list[TimeMention], text: str) -> list[TimeMention]:
    """The mentions, a day listed bare before another with a clock time taking that time:
    每周一、周四上午9点前报送 is due on Monday at 9:00 too, not at the end of Monday, and
    今天和明天都是下午3点前报 today at 3 (blind set P3). From the last, so a list of three
    passes the time back to its first."""
    shared = list(found)
    for i in range(len(found) - 2, -1, -1):
        m, after = found[i], shared[i + 1]
        if (
            m.dated
            and not m.clock
            and m.at in (None, END_OF_DAY)
            and after.clock
            and _SHARES_THE_TIME.fullmatch(text, m.end, after.start)
        ):
            shared[i] = m._replace(at=after.at, clock=True, explicit=m.explicit or after.explicit)
    return shared


# Between a day and the next day or time it shares: 、, 和, or 都是 before the time.
_SHARES_THE_TIME = re.compile(r"[、和及与]|(?:都是|均为|都|均)")


def _carried_half(said: _HalfSaid | None, groups: dict[str, str | None], day: date) -> str | None:
    """The half of the day (下午, 晚上) that a clock time without one, on `day`, takes from
    the afternoon or evening time `said` before it, or None: only on `said`'s day, for an
    hour from 1 to 11, when that half puts it within _CARRIED_WITHIN of `said` and the
    morning does not, and only into the same half (明晚8点开会，7:40前调试; not 下午1点开会，
    10点前报名单, 下午5点开会，8点前报名单, nor 晚上8点前报送；明天8点前到岗, a day of its
    own). As the office's afternoon of a bare 2点 does, it holds on a later line too, where
    `scan` still tells which day the poster means: 明天晚上8点县里来检查, then on a line of
    the poster's own 各村7:30前把台账发我, is due this evening."""
    if said is None or day != said.day:
        return None
    if not 1 <= number(groups["h"] or "0") <= 11:
        return None
    morning, _ = _resolve_time(groups, "上午")
    later, _ = _resolve_time(groups, said.part)
    if morning is None or later is None or (said.part == "下午" and later >= _AFTERNOON_ENDS):
        return None
    near = abs(datetime.combine(day, later) - said.at) <= _CARRIED_WITHIN
    far = abs(datetime.combine(day, morning) - said.at) > _CARRIED_WITHIN
    return said.part if near and far else None


def _asked_by_then(text: str, at: int) -> bool:
    """Whether the sentence holding position `at` asks for something to be done, and bans
    nothing (see _FROM_NOW_UNTIL)."""
    end = _SENTENCE_BREAK.search(text, at)
    sentence = text[clause_start(text, at, SENTENCE_MARKS) : end.start() if end else len(text)]
    return _ASKED_IN_SPAN.search(sentence) is not None and _BANNED.search(sentence) is None


def _still_ahead_today(
    groups: dict[str, str | None], part: str | None, local: datetime
) -> time | None:
    """The mention's time of day if, today, it is still to come."""
    at_today, _ = _resolve_time(groups, part)
    if at_today is None or datetime.combine(local.date(), at_today, tzinfo=local.tzinfo) < local:
        return None
    return at_today


def in_clause(pattern: re.Pattern[str], text: str, at: int) -> bool:
    """Whether `pattern` is found in the clause holding position `at`."""
    end = _CLAUSE_BREAK.search(text, at)
    stop = end.start() if end else len(text)
    return pattern.search(text, clause_start(text, at), stop) is not None


# Told of as done or not done (本周五截止的材料还有3个村没报), not asked for.
_DONE_TOLD = re.compile(r"已|了|没报|未报|截止的")


def _weekday_of_the_date_before(found: list[TimeMention], text: str, at: int, weekday: str) -> bool:
    """Whether the weekday named at `at` is that of a bare date said just before it."""
    if not found:
        return False
    last = found[-1]
    return (
        last.dated
        and not last.clock
        and not last.relative
        and not text[last.end : at].strip()
        and last.day.weekday() == _WEEKDAY[weekday]
    )


def _before_a_start(found: list[TimeMention], day: date, at: time) -> bool:
    """Whether `at` of `day` comes shortly before a clock time already named on that day
    (时间改为上午9点半，9:20签到), as a sign-in does before the start it is for."""
    ready = datetime.combine(day, at)
    return any(
        m.day == day
        and m.clock
        and not m.replaced
        and m.at is not None
        and timedelta(0) < datetime.combine(day, m.at) - ready <= _GETTING_READY
        for m in found
    )


def _getting_ready(
    text: str, match: re.Match[str], found: list[TimeMention], day: date, at: time
) -> bool:
    """Whether the time `match` (`at` of day) is for getting ready, shortly before a clock
    time named on `day` and not called off (会议明天下午3:00召开 … on the next line,
    2:40前完成调试), rather than for handing something in (下午2:30前把台账发我)."""
    if in_clause(_HANDING_IN, text, match.end()):
        return False
    return _before_a_start(found, day, at)


def _ahead_of_start(found: list[TimeMention], lead: re.Match[str], tz: tzinfo) -> list[TimeMention]:
    """ "会议8点开始，请提前5分钟入会": due that long before the first start time named;
    "提前一天把意见汇总" by the end of the day before the last one named before it."""
    starts = [m for m in found if m.clock and not m.explicit and not m.replaced]
    if not starts or starts[0].at is None:
        return []
    start = starts[0]
    if lead.group("days"):
        # The event just named (预备会9点，正式会下午2点，请提前一天…: the latter).
        start = next((m for m in reversed(starts) if m.start < lead.start()), start)
        day = start.day - timedelta(days=number(lead.group("days")))
        return [
            start._replace(
                start=lead.start(), end=lead.end(), day=day, at=END_OF_DAY, explicit=True
            )
        ]
    minutes = 30 if lead.group("half") else number(lead.group("n"))
    due = start.instant(tz) - timedelta(minutes=minutes)
    return [
        start._replace(
            start=lead.start(), end=lead.end(), day=due.date(), at=due.time(), explicit=True
        )
    ]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due time, whether the text said "by" (前, 截止) rather than just a time, and where
    in the text the time is said (-1 when not known)."""

    at: datetime
    explicit: bool
    start: int = -1


def find_deadline(text: str, ts: datetime, tz: tzinfo) -> Deadline | None:
    """The due time a person would note for canonical `text`, or None."""
    return choose_deadline(scan(text, ts, tz), ts, tz, text=text)


def choose_deadline(
    found: list[TimeMention],
    ts: datetime,
    tz: tzinfo,
    addressed_text: str | None = None,
    text: str = "",
) -> Deadline | None:
    """The due time among the mentions `scan` found (see the module docstring) in
    canonical `text` ("" when not at hand: then a span of hours is never one, see
    `_session_start`).

    `addressed_text`, the canonical text of a message that @-mentions the reader (the text
    `scan` read), makes a due-by time in a clause said to 你 win: "材料28日上午10点前交党政办，
    你28日下班前出初稿给我" gives the reader the evening, not the others' morning. A clause
    about what others hand in loses: "素材我让他们下周一前交，框架周三给我看" is Wednesday.
    """
    if not found:
        # Nothing to choose from; nor, at the calendar's ends, a local time for `ts`.
        return None
    local = ts.astimezone(tz)
    mentions = _candidates(found, local, tz, addressed_text)
    explicit = [(m.instant(tz), m.start) for m in mentions if m.explicit and m.instant(tz) >= local]
    if explicit:
        at, start = min(explicit)
        return Deadline(at, True, start)
    implicit = [
        (m.instant(tz), m.start)
        for m in mentions
        if m.clock and (not m.in_range or _session_start(m, text)) and m.instant(tz) >= local
    ]
    if not implicit:
        return None
    at, start = min(implicit)
    return Deadline(at, False, start)


# A service held for the public on a day, for some hours (12月12日上午8:30—11:30在东溪镇
# 卫生院开展义诊; 【流感疫苗进村接种安排】12月12日上午8:30—11:30 上坪村卫生室): those who host
# it or bring people to it are due at its start, as at a meeting's (blind set T3). Other
# spans of hours stay no due time: an outage, a warning's window, a road closed.
_SESSION = re.compile(r"义诊|巡诊|坐诊|接种|体检|筛查")
# ...not standing hours (下周起接种门诊开放时间调整为周一至周六上午8:00—11:30).
_STANDING_HOURS = re.compile(r"[周月日号天]起|每[天日周月]|开放时间|门诊时间|工作时间")


def _session_start(m: TimeMention, text: str) -> bool:
    """Whether `m`, a time in a span of hours, is when a session of a service (see
    _SESSION) named in canonical `text` is held on a day said: a start to be ready by."""
    return (
        m.dated
        and _SESSION.search(text) is not None
        and _STANDING_HOURS.search(_sentence(text, m.start)) is None
    )


def _candidates(
    found: list[TimeMention], local: datetime, tz: tzinfo, addressed_text: str | None
) -> list[TimeMention]:
    """The mentions a due time is chosen from: not replaced, and for a message to the
    reader, those said to them (see `choose_deadline`)."""
    mentions = [m for m in found if not m.replaced]
    if addressed_text is not None and len(mentions) > 1:
        ahead = [m for m in mentions if m.explicit and m.instant(tz) >= local]
        yours = [m for m in ahead if _said_to_you(addressed_text, m.start)]
        if not yours:
            yours = [m for m in ahead if not _about_others(addressed_text, m.start)]
            if len(yours) == len(ahead):
                yours = []
        if yours:
            mentions = yours
    return mentions


# How many due-by times after the first a card keeps (see `later_deadlines`).
LATER_DUES = 2
# A clause telling of a later step that is someone else's: the office that gathers the
# reports in and passes them up (镇综治中心汇总后4点前报县里, 我6点前汇总报区里; not the
# 汇总表 the reader hands in), or what the level above wants of that office (县里要求10月
# 12日前报, 县里下班前要; not 镇里要求各村…, asked of the readers). By then the reader's
# part is overdue, not due.
_OTHERS_STEP = re.compile(
    r"汇总(?![表单情])"
    r"|(?:(?<![社小辖园景校厂])(?:县|市|区|省|镇|乡)里|上级)[^，,。;；]{0,12}?要(?!求?[各你您大])"
    r"|^\s*我(?![们镇县村乡局市区])"
)
# What the reader does by a later step: hands something in or gets it done. Not 通报/预报
# (what the office does with it), nor 报到 (an arrival, see _NO_STEP).
_READERS_TASK = re.compile(
    r"(?<![通预简公情电快喜捷举海])报(?![到道纸刊社警])"
    r"|提交|完成|整改|(?<![外社])交(?![叉通流易警界织])|填写|上传|反馈|录入|提供|回复|补齐"
    r"|发(?:给|至|到|送)|送(?:至|到|交)"
)
# A clause whose time is no step of the reader's, task verb or not: what will be done or is
# foreseen (3月18日前将在全镇通报, 预计3月25日前来我镇检查), what a rule or the level above
# sets (区里规定的截止时间是…, 审核后于…报县委办), what was done (去年同期…已全部报齐), a
# standing rule (以后每月25日前报送月报), or an arrival or leaving (到县政府报到参加培训,
# 11点前离会): the card would say overdue while the reader is there. 将 as the 把 of
# 将材料报送 is the reader's.
_NO_STEP = re.compile(
    r"将(?=于|在|会|要|开展|组织|进行|下达|通报|对|予以|统一|派|安排|适时|陆续|集中|公布|公示"
    r"|启动|召开|抽查|检查|督查)"
    r"|预计|规定|审核后|审定|已|去年|往年|上年|以后|今后|每(?:个|一)?(?:月|周|季|年|天|日|旬)"
    r"|由(?![于各你您])|报到|离会|离开|参加|参会|到达|抵达|前往|出发|集合"
)
# Who is named as doing it before the time (镇党政办审核后于…, 区委办3月20日前审定, 省厅…)
# or just after it (3月18日前县里将下达资金): an office, not the readers (请各村…, 你…).
_BODY_BEFORE = re.compile(r"[办局厅组委会处科站所部院]|中心|政府|(?:县|市|区|省|镇|乡)里|上级|我")
_BODY_AFTER = re.compile(r"\s*(?:[县市区省镇乡](?:里|级|委|政府)|上级|我(?!们))")
_READERS = re.compile(r"请|各|你|您")

# A notice passed on from another level, quoted, or corrected: its dates are the level
# above's or the old ones, not the reader's steps (转县政府办：…本周五前交我; 【转】; 市文明办
# 通知：…; 根据县应急管理局《…》精神; 要求各乡镇…请各村…; 上条通知中“3月16日前”应为…).
_RELAYED = re.compile(
    r"【转|转】|[（(]转[）)]|转发|转载|转自|(?:^|[\n】])\s*转[^，,。;；\n]{0,15}?[：:]"
    r"|(?:通知|要求|通报|通告|精神|指示)\s*[：:—]|根据[^。\n]{0,40}?(?:精神|通知|要求|部署|安排)"
    r"|按照?[^，,。;；\n]{0,12}?(?:通知|要求)|要求各|原文|原通知|附[^，,。;；\n]{0,12}?(?:通知|文件|函|要求)"
    r"|更正|应为|改为|调整为|更改为|原定|原为"
)
# The county, city, district or province, or the level above, as who a step's report goes
# to or who asks for it (12点前要报县考评办, 11点前报县里, 市里要…): the reader's step is
# the sooner one to whoever relays it up. Not 社区, 小区, 园区, 超市, 市场, 节省….
_UPPER_LEVEL = re.compile(
    r"(?:县|(?<![超城集上门夜股])市(?!场)|(?<![社小园辖景城片山库灾牧发校厂矿营战街])区|(?<!节)省)"
    r"(?:里|级|委|政府|[\u4e00-\u9fff]{0,5}?(?:办|局|厅|指|中心|专班|部|组|队))|上级"
)
# What makes a time no step: a period's end, a recurring time, or one that holds only if
# something happens (即日起至10月8日, 每天下午5点前, 发生…须在30分钟内电话报告).
_NOT_ONCE = re.compile(
    r"每(?:个|一)?(?:天|日|周|月|晚|早|季|年|旬)|即日起|直至|止(?=[,，。;；\s]|$)|此后|以后|今后|期间"
    r"|如有|如遇|如发现|如发生|若|一旦|发生|出现|遇到|遇有|(?<![打派])转派?后"
)
# Words that open a clause without naming who does it (再/并/然后…, 请于…): a clause
# that names no one else continues the first step's (…前完成自查，周三上午10点前报送).
_NO_SUBJECT = re.compile(
    r"^(?:请|并且?|再|然后|随后|之后|最后|同时|另外|先|务必|必须|须|需|要|于|在|且|、|\s)*"
)
_SUBJECT_END = re.compile(r"(?:于|在|务必|必须|须|要|需|\s)*$")
# A step this soon after the one before is the same time said twice (1小时内（10:05前）).
_SAME_TIME = timedelta(minutes=15)
# Who is named just after a time as doing it (3月20日前监理单位完成验收): not the reader.
_PARTY_AFTER = re.compile(
    r"\s*[\u4e00-\u9fff]{0,6}?(?:单位|方|机构|公司|部门|专班|专家|领导|村民|群众|企业|学校"
    r"|街道|乡镇|办|局|所|站|中心|组)(?=完成|报|提交|开展|组织|进行|对|将|把|要|须|必须|务必|负责)"
)
_PARAGRAPH_BREAK = re.compile(r"[。!！?？\n]")
_SENTENCE_END = re.compile(r"[。;；!！?？\n]")
_BARE_CLOCK = re.compile(r"\s*(?:[0-9]|1[01])\s*[点时:：]")


# Getting a meeting ready or being in place for it: done by the time it begins, or not at
# all (分会场调试, 到场签到, 进入会场就座).
_GETS_READY = re.compile(
    r"调试|到场|签到|入场|入会|入座|就位|就座|进入会场|进场|到会|候会|到岗|到位|集合"
)
# ...not something handed in by then, said anywhere in its sentence (2:40前报送参会名单,
# 调试完成后反馈), which is due whether or not the meeting is held.
_HANDED_IN_BY_THEN = re.compile(_HANDING_IN.pattern + r"|反馈|汇总|发送|名单|材料|台账|整改")
# A meeting named in the clause of its time (召开, 视频会议, 调度会); a room is not one
# (9点前到三楼会议室).
_A_MEETING = re.compile(
    r"召开|会议(?!室)|例会|调度会|座谈会|视频会|推进会|部署会|培训会|讲座|党课"
    r"|开(?:个|一个|一次)?[\u4e00-\u9fff]{0,2}会"
)
# How long before a meeting getting ready for it is asked, at most (2:40前调试, 3点开会).
_READY_AHEAD = timedelta(hours=2)


def readied_meeting(
    text: str, found: list[TimeMention], due: Deadline, tz: tzinfo
) -> datetime | None:
    """The start of the meeting that the due-by time `due` of canonical `text` only gets
    ready for, or None. 请各分会场于2:40前完成音视频调试 before the 3:00 meeting named in the
    same message: once the meeting has begun nothing is owed, and a tester's Monday
    found the set-up time of Saturday's correction 已逾期 17 小时. Only a stated "by"
    time whose clause gets ready (see _GETS_READY) and whose sentence hands nothing in,
    and a stated clock time on its day, up to _READY_AHEAD after it, in a clause naming a
    meeting or opening a span of hours (a shift: 7:30—11:30 劝导, 7:20前到岗), from the
    mentions `scan` found; the earliest such, where nothing else is due
    by a time after it."""
    if not due.explicit or due.start < 0:
        return None
    if not in_clause(_GETS_READY, text, due.start) or _HANDED_IN_BY_THEN.search(
        _sentence(text, due.start)
    ):
        return None
    day = due.at.astimezone(tz).date()
    starts = [
        at
        for m in found
        if m.clock
        and not m.explicit
        and not m.replaced
        and m.day == day
        and timedelta(0) < (at := m.instant(tz)) - due.at <= _READY_AHEAD
        # A meeting, or a shift's hours (7:30—11:30 劝导, 7:20前到岗): an event either way.
        and (m.in_range or in_clause(_A_MEETING, text, m.start))
    ]
    meeting = min(starts, default=None)
    if meeting is not None and any(
        m.explicit and not m.replaced and m.instant(tz) > meeting for m in found
    ):
        # Something else due by a time after it begins (会后请于5点前报送会议记录): the
        # card still owes that once the meeting has begun, not nothing.
        return None
    return meeting


# A post taken up by the time that gets ready (7:20前到岗 before 7:30—11:30 劝导): what
# begins is a duty, not a meeting.
_TAKES_A_POST = re.compile(r"到岗|上岗|值班|执勤|站岗|值守")


def readied_kind(
    text: str, found: list[TimeMention], due: Deadline, at: datetime, tz: tzinfo
) -> Readies:
    """What begins at `at`, the start `readied_meeting` found for `due` in canonical
    `text`: a meeting where a clause of its time names one; else, a span of hours (a
    shift: 7:30—11:30 劝导), a duty where the clause of `due` takes up a post (7:20前到岗;
    a tester read 07:30 开会 of it), something starting where it does not (8:00-12:00
    义诊，7:30前到位)."""
    for m in found:
        if (
            m.clock
            and not m.replaced
            and m.instant(tz) == at
            and in_clause(_A_MEETING, text, m.start)
        ):
            return Readies.MEETING
    if not any(m.clock and m.in_range and m.instant(tz) == at for m in found):
        return Readies.MEETING
    return Readies.DUTY if in_clause(_TAKES_A_POST, text, due.start) else Readies.START


def later_deadlines(
    text: str,
    found: list[TimeMention],
    ts: datetime,
    tz: tzinfo,
    first: Deadline,
    addressed_text: str | None = None,
) -> tuple[datetime, ...]:
    """The due-by times a notice sets after `first`, the one `choose_deadline` chose among
    `found`, each later than the one before: 请于下周一前完成自查，周三上午10点前报送自查报告
    is due Monday, then Wednesday (on Tuesday it is not overdue). At most LATER_DUES;
    `text` is the canonical text `scan` read.

    Only the explicit ones `choose_deadline` would take, said before `first` in the text
    or after it (请于3月20日前报送正式材料，3月16日前先报送名单: the 16th, then the 20th),
    and only where its clause asks the reader to do something by it (see
    `_readers_step`) and of whoever the first is (see `_same_party`), in a notice neither
    relayed from another level, quoted nor corrected (_RELAYED): a wrong step is far
    worse than a missed one, the card then due at someone else's date, then overdue for
    ever. A day without a clock time on the same day as the step before restates that
    step (周五下午5点前…本周内), and so does a time within minutes of it (1小时内（10:05
    前）)."""
    if not first.explicit or first.start < 0 or _RELAYED.search(text) is not None:
        return ()
    if _NOT_ONCE.search(_sentence(text, first.start)) is not None:
        return ()
    local = ts.astimezone(tz)
    mentions = _candidates(found, local, tz, addressed_text)
    first_said = next((m for m in mentions if m.start == first.start), None)
    if first_said is None:
        return ()
    later = sorted(
        (m.instant(tz), m)
        for m in mentions
        if m.explicit
        and not m.in_range
        and m.start != first.start
        and m.instant(tz) > first.at
        and _readers_step(text, m)
        and _same_party(text, m, first_said)
    )
    steps: list[datetime] = []
    last, last_day_only = first.at, _day_only(first_said)
    for at, m in later:
        same_day = at.date() == last.date()
        if at - last < _SAME_TIME or (same_day and (last_day_only or _day_only(m))):
            continue
        steps.append(at)
        last, last_day_only = at, _day_only(m)
        if len(steps) == LATER_DUES:
            break
    return tuple(steps)


# A meeting or muster in a clause: what a later time of a notice may be the start of.
_MEETING_STEP = re.compile(r"集合|开会|召开|参加|参会|到会|会议(?!室)|讲座|党课")


def later_meeting(
    text: str, found: list[TimeMention], ts: datetime, tz: tzinfo, first: Deadline
) -> datetime | None:
    """The start of the meeting a notice calls after `first`, its first due time, on a
    later day (明天下午5点前各村整改照片全部发群，周一上午8点在镇政府门口集合开展交叉检查): once
    the first has passed, what is left is that meeting. A tester's Monday found the card
    overdue by 16 hours for Sunday's photos and the day's 8:00 inspection nowhere. Not
    in a notice relayed, quoted or corrected, nor in a sentence of a period or a rule
    (see later_deadlines)."""
    if not first.explicit or first.start < 0 or _RELAYED.search(text) is not None:
        return None
    local = ts.astimezone(tz)
    starts = sorted(
        m.instant(tz)
        for m in found
        if m.clock
        and not m.replaced
        and not m.in_range
        and m.start != first.start
        and m.instant(tz).date() > first.at.astimezone(tz).date()
        and m.instant(tz) >= local
        and in_clause(_MEETING_STEP, text, m.start)
        and _NOT_ONCE.search(_sentence(text, m.start)) is None
    )
    return starts[0] if starts else None


def _readers_step(text: str, m: TimeMention) -> bool:
    """Whether the clause of `m` asks the reader to do something by it (see _READERS_TASK,
    _NO_STEP, _BODY_BEFORE, _OTHERS_STEP)."""
    start = clause_start(text, m.start, _CLAUSE_MARKS)
    end = _CLAUSE_BREAK.search(text, m.end)
    clause = text[start : end.start() if end else len(text)]
    before = text[start : m.start]
    return (
        _READERS_TASK.search(clause) is not None
        and _NO_STEP.search(clause) is None
        and _OTHERS_STEP.search(clause) is None
        and (_READERS.search(before) is not None or _BODY_BEFORE.search(before) is None)
        and _BODY_AFTER.match(text, m.end) is None
    )


def _same_party(text: str, m: TimeMention, first: TimeMention) -> bool:
    """Whether the step at `m` is asked of whoever the first step, `first`, is: its clause
    names no one (…，周三上午10点前报送) or the same as the first's (请各村…，各村…), its
    sentence says nothing of the level above and nothing of a period, a rule that recurs
    or a case that may arise, and it is not a clock time read as the evening for want of
    上午/下午 (各锅炉房7点半前, said at 10:40, is tomorrow morning's, not 19:30); said in
    a sentence of its own, that sentence asks again (请…). Several
    named parties each with a date (请各村3月16日前完成初审，乡镇3月20日前完成复审) share
    the work out: none of the dates after the first is the reader's."""
    sentence = _sentence(text, m.start)
    theirs = _subject(text, first.start)
    return not (
        _UPPER_LEVEL.search(sentence)
        or _NOT_ONCE.search(sentence)
        or _evening_for_want_of_part(text, m, first)
        or _PARTY_AFTER.match(text, m.end)
        or _asked_apart(text, m, first, sentence, theirs)
    ) and _subject(text, m.start) in ("", theirs)


def _evening_for_want_of_part(text: str, m: TimeMention, first: TimeMention) -> bool:
    """Whether `m` is a bare clock time (7点半前) read as the afternoon or evening with no
    afternoon of the first's on the same day to carry over (今天下午3点前…，3点半前…)."""
    if not _BARE_CLOCK.match(text, m.start) or m.at is None or m.at.hour < 12:
        return False
    return not (first.clock and first.day == m.day and first.at and first.at.hour >= 12)


def _asked_apart(text: str, m: TimeMention, first: TimeMention, sentence: str, theirs: str) -> bool:
    """Whether `m` is in a sentence apart from the first's that neither asks again (请…)
    nor names the first's party: another item of a list (5.平安办牵头燃气安全排查，8月7日前
    完成) or what the notice quoted says."""
    if not _PARAGRAPH_BREAK.search(text, min(m.start, first.start), max(m.start, first.start)):
        return False
    return "请" not in sentence and not (theirs and theirs in sentence)


def _day_only(m: TimeMention) -> bool:
    """Whether `m` names a day with no time of its own (今明两天, 周五前): on the day of a
    step with a time, it says that step again."""
    return not m.clock and m.at in (None, END_OF_DAY)


def _sentence(text: str, at: int) -> str:
    """The sentence holding position `at` (up to 。, ;, !, ? or a line break)."""
    start = max(text.rfind(mark, 0, at) for mark in "。;；!！?？\n") + 1
    end = _SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


def _subject(text: str, at: int) -> str:
    """Who the clause holding position `at` names before it, without the words that open a
    clause (请, 并, 再…) or lead to its time (于, 务必…): "" when it names no one."""
    before = text[clause_start(text, at, _CLAUSE_MARKS) : at]
    before = before[_NO_SUBJECT.match(before).end() :]  # type: ignore[union-attr]
    return before[: _SUBJECT_END.search(before).start()]  # type: ignore[union-attr]


def passed_due_that_day(
    text: str, ts: datetime, tz: tzinfo, work: WorkCalendar | None = None
) -> datetime | None:
    """The due-by time canonical `text` states for the day it was posted that had passed
    by then (请于12月3日17:30前报送, posted at 21:27), the latest such; None when it states
    none. `choose_deadline` gives no due time for it, and a notice due in days gone is
    over (last month's, posted again as a template); one posted hours late is not: what
    it asked was due then, and is overdue now."""
    local = ts.astimezone(tz)
    passed = [
        at
        for m in scan(text, ts, tz, work)
        if m.explicit and not m.replaced and m.day == local.date() and (at := m.instant(tz)) < ts
    ]
    return max(passed, default=None)


def _about_others(text: str, at: int) -> bool:
    """Whether the clause holding position `at` tells what others are to do."""
    return _OTHERS_TO_DO.search(text, clause_start(text, at, _CLAUSE_MARKS), at) is not None


def _said_to_you(text: str, at: int) -> bool:
    """Whether the clause holding position `at` speaks to 你/您 before it."""
    start = clause_start(text, at, _CLAUSE_MARKS)
    return "你" in text[start:at] or "您" in text[start:at]


# A colon ends a clause too: 各村注意：请…
_CLAUSE_MARKS = CLAUSE_MARKS + ":："


def extract_deadline(text: str, ts: datetime, tz: tzinfo) -> datetime | None:
    """Just the instant of `find_deadline`."""
    found = find_deadline(text, ts, tz)
    return found.at if found else None


# "30分钟后到", "半小时后开会": a time from now to be somewhere or to start something...
_AFTER_TO_DO = re.compile(
    r"[^，,。;；!！?？\n]{0,10}?(?:到|开会|集合|出发|召开|开始|检查|过来|动身"
    # The meeting named between (半小时后开视频调度会).
    r"|开[\u4e00-\u9fff]{1,6}?会)"
)
# ...not a forecast, a story or a rule (预计1小时后雨势减弱, 民警10分钟后赶到了, 服药半小时后).
_AFTER_NOT = re.compile(r"预计|预报|未来|事发|发布|服药|用药|到达|赶到|报警|接报|昨")
# ...nor the speaker's own arrival (我20分钟后到, 我们大概半小时后到现场): the reader is asked
# to be nowhere then (blind set O3).
_SPEAKER_OPENS = re.compile(r"\s*我们?(?:大概|大约|估计|可能)?\s*$")


def _time_from_now(text: str, start: int, end: int) -> bool:
    """Whether "N分钟后" at `start` is a time from the message to be somewhere or start."""
    clause_end = _CLAUSE_BREAK.search(text, end)
    stop = clause_end.start() if clause_end else len(text)
    sentence_end = _SENTENCE_BREAK.search(text, end)
    sentence = text[
        clause_start(text, start, SENTENCE_MARKS) : sentence_end.start()
        if sentence_end
        else len(text)
    ]
    return (
        _AFTER_TO_DO.match(text, end, stop) is not None
        and _AFTER_NOT.search(sentence) is None
        and _SPEAKER_OPENS.match(text, clause_start(text, start), start) is None
        # Told as done: 10分钟后到了现场 (not 已经出发，20分钟后到).
        and "了" not in text[end:stop]
    )


def _two_days_ago(text: str, at: int) -> bool:
    """Whether the mention at `at` follows 前天/前日/前儿, or is the 晚/夜 of 前晚/前夜
    (not 之前, 提前, 节前, 3日前; nor 出发前晚上8点, where 前 ends "before setting off")."""
    found = _DAY_BEFORE_YESTERDAY.search(text, max(0, at - 4), at)
    if found is None:
        return False
    if found.group(1) is not None:
        return True
    opens = found.start() == 0 or not _WORD_CHAR.match(text, found.start() - 1)
    return opens and text.startswith(("晚", "夜"), at)


def _resolve_day(
    groups: dict[str, str | None],
    today: date,
    work: WorkCalendar | None,
    *,
    coming_week: bool = False,
) -> date | None:
    """The day a mention names; `coming_week` when "this week" is the one about to start
    (see `scan`)."""
    if groups["md"]:
        month = int(groups["mon"]) if groups["mon"] else today.month
        if groups["nextmon"]:
            month = today.month % 12 + 1
        return _safe_date(today, month, int(groups["dd"] or 0))
    rel = groups["rel"]
    if rel:
        if rel.startswith(("今", "当", "每")):
            return today
        if rel.startswith("明") or rel in _NEXT_DAY:
            return today + timedelta(days=1)
        if rel.startswith("昨"):
            return today - timedelta(days=1)
        return today + timedelta(days=3 if rel == "大后天" else 2)
    monday = today - timedelta(days=today.weekday())
    if groups["weekin"]:
        working_week = monday + timedelta(days=7) if coming_week or groups["nextweek"] else monday
        return _last_working_day_of_week(today, working_week, work or _work_calendar())
    if groups["yearend"]:
        return today.replace(month=12, day=31)
    if groups["monthend"]:
        month = today.month
        if groups["nextmonthend"]:
            month = today.month % 12 + 1
        elif named := groups["endmon"] or groups["inmon"]:
            month = int(named)
        first = _safe_date(today, month, 1)
        if first is None:
            return None
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    weekday = _WEEKDAY[groups["wd"] or "一"]
    prefix = groups["wkpre"]
    if prefix == "下":
        return monday + timedelta(days=7 + weekday)
    if prefix == "上":
        return monday - timedelta(days=7 - weekday)
    day = monday + timedelta(days=weekday)
    if day < today and (prefix in (None, "每") or coming_week):
        day += timedelta(days=7)
    return day


def _in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day


@lru_cache(maxsize=1024)
def _holiday_days(text: str, today: date) -> list[TimeMention]:
    """元旦 said with a part of its day or a clock time, as the coming 1 January (today when
    it is that day), within _HOLIDAY_DAY_REACH; the mention only gives later times a day."""
    found = []
    for match in _HOLIDAY_DAY.finditer(text):
        day = date(today.year, 1, 1)
        if day < today:
            if today.year >= date.max.year:
                continue
            day = date(today.year + 1, 1, 1)
        if day - today <= _HOLIDAY_DAY_REACH:
            found.append(TimeMention(match.start(), match.end(), day, None, False, *_DAY_BY_FLAGS))
    return found


def _later_month_before(found: list[TimeMention], match: re.Match[str], today: date) -> date | None:
    """The day of the last mention before `match`, when it is in a month after today's:
    the month 次月 there follows."""
    before = [m for m in found if m.end <= match.start()]
    if not before:
        return None
    named = max(before, key=lambda m: m.start).day
    return named if (named.year, named.month) > (today.year, today.month) else None


def _next_month_day(today: date, day: int) -> date | None:
    """Day `day` of the month after `today`'s, or None when that month has no such day."""
    month = today.month % 12 + 1
    year = today.year + (1 if month == 1 else 0)
    if year > date.max.year or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _safe_date(today: date, month: int, day: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    year = today.year
    # A month far behind the current one is next year's (posted in December about January),
    # one far ahead is last year's (posted in January about December).
    if month < today.month - 6:
        year += 1
    elif month > today.month + 6:
        year -= 1
    if not date.min.year <= year <= date.max.year:
        # A January named in December of year 9999: no such day.
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _paren_day(paren: str | None, today: date) -> date | None:
    if not paren:
        return None
    found = _PAREN_DATE.search(paren)
    if found is None:
        return None
    month = int(found.group(1)) if found.group(1) else today.month
    return _safe_date(today, month, int(found.group(2)))


def _resolve_time(groups: dict[str, str | None], part: str | None) -> tuple[time | None, bool]:
    """The clock time of a mention and whether it was stated as a clock time."""
    if groups["shift"]:
        if groups["shift"] == "下班" and part in ("上午", "中午"):
            # 上午下班前: the morning's end of work, noon (blind set A4).
            return NOON, False
        return (END_OF_DAY if groups["shift"] == "下班" else START_OF_DAY), False
    if groups["h"] is None:
        if part in ("中午",):
            return NOON, False
        if groups["suffix"] and part == "上午":
            return NOON, False
        if part == "一早" or (
            groups["suffix"]
            and (
                groups["rel"] in ("明早", "今早")
                # A day's morning (明天早上前, 周一早上前), not 早前 (earlier).
                or (part in ("早上", "早") and (groups["rel"] or groups["md"] or groups["wd"]))
            )
        ):
            # "明天一早": first thing, when work starts; "明早前" is by then (blind set X3).
            return START_OF_DAY, False
        return None, False
    hour = number(groups["h"])
    minute_text = groups["mi"] or groups["pm"] or groups["hm"]
    minute = 30 if groups["half"] else int(minute_text) if minute_text else 0
    evening = part in _EVENING or groups["rel"] in _EVENING_DAYS
    if ((part == "下午" or evening) and hour < 12) or (part == "中午" and hour < 3):
        hour += 12
    elif part is None and not evening and 1 <= hour <= 6 and not groups["rel"]:
        # Office talk: "2点前" means 14:00; nobody sets a 2 a.m. deadline without saying so.
        hour += 12
    if hour > 23 or minute > 59:
        return None, False
    return time(hour, minute), True


def _midnight(groups: dict[str, str | None], part: str | None) -> bool:
    if groups["h"] is None or groups["mi"] not in (None, "00") or groups["half"] or groups["pm"]:
        return False
    hour = number(groups["h"])
    evening = part in _EVENING or groups["rel"] in _EVENING_DAYS
    return hour == 24 or (hour == 12 and evening)


# Who wants something at a time said (3点县里要, 3点就要).
_WANTED_BY = re.compile(r"\s*[\u4e00-\u9fff]{0,3}?(?:就|必须)?要(?![求是])")
# Today, without a part of it (今晚 and 今早 say theirs).
_TODAY_WORDS = frozenset({"今天", "今日", "今儿"})
_SPOKEN_HOUR_TAIL = re.compile(r"钟|整")


def _spoken_hour_is_time(groups: dict[str, str | None], text: str, end: int) -> bool:
    return bool(
        groups["part"]
        # A day that says its part too (明早九点, 今晚八点).
        or groups["rel"] in _DAY_WITH_PART
        or groups["half"]
        or groups["pm"]
        or groups["suffix"]
        or _SPOKEN_HOUR_TAIL.match(text, end)
    )


# Up to a day, a span in hours is a due time or a start; longer ones (48小时内报过去) are
# due times only with the task they are for, not how long a forecast or a ban lasts
# (雨停48小时内群众不得返回).
_DAY_SPAN = 24 * 60
_LONGEST_SPAN = 72 * 60
# Such a longer span is also more often a standing rule than a task now: one for whoever
# (凡是48小时内未完成整改的通报批评) or for each case of a kind (对群众投诉要在48小时内答复;
# not 对此, this case), or what befalls those who do not (…内未完成…的).
_RULE_FOR_CASES = re.compile(
    r"[^，,。;；!！?？\n]*?凡|\s*对(?!此)[^，,。;；!！?？\n]{1,12}?[要须应]"
)
_NOT_IN_TIME = re.compile(r"\s*(?:未|没|不)")
# A rule put in force for a kind of case: 对供暖类工单实行, 对群租房实施.
_RULE_SET = re.compile(r"对[^，,。;；!！?？\n]{1,16}?(?:实行|实施|执行)")


def _within(text: str, local: datetime) -> list[TimeMention]:
    """Mentions of a span from now: due that long after the message ("两小时内"), or a
    time that long after it ("半小时后开会")."""
    found = []
    for match in _WITHIN.finditer(text):
        amount, unit = match.group("n"), match.group("unit")
        if amount == "半":
            minutes = 30 if unit != "分钟" else 0
        else:
            minutes = number(amount) * (1 if unit == "分钟" else 60)
            if match.group("half"):
                minutes += 30 if unit != "分钟" else 0
        if not 0 < minutes <= _LONGEST_SPAN or (
            minutes > _DAY_SPAN and not _DAYS_TASK.match(text, match.end())
        ):
            continue
        start = match.start()
        if _DURATION_BEFORE.search(text, max(0, start - 4), start):
            continue
        if _CLOCK_IN_ASIDE.match(text, match.end()):
            # 1小时内（8点20分前）, posted at 7:19: the writer's own clock time is the due
            # time, not the minute the hour from posting ends on (scan reads it).
            continue
        if match.group("after") and not _time_from_now(text, start, match.end()):
            continue
        if _AFTER_A_CASE.search(text, max(0, start - 12), start):
            # 工单接单后2小时内联系群众: from each case's start, whenever it comes, not from
            # this message (blind set Y3).
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
        opening = breaks[-1] if breaks else 0
        if _STANDING_RULE.search(text, opening, start):
            continue
        if minutes > _DAY_SPAN and (
            _RULE_FOR_CASES.match(text, opening, start) or _NOT_IN_TIME.match(text, match.end())
        ):
            continue
        said_before = breaks[-2] if len(breaks) > 1 else 0
        if (
            breaks
            and not text[breaks[-1] : start].strip()
            and (
                _SPEAKING.search(text, said_before, breaks[-1])
                or (
                    _SPOKEN_PIECE.search(text, said_before, breaks[-1])
                    and _SPAN_ENDS.match(text, match.end())
                )
            )
        ):
            # "例会上你讲一下几点体会，5分钟以内": how long to speak, not when.
            continue
        sentences = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
        if _RULE_SET.search(text, sentences[-1] if sentences else 0, start):
            # 对供暖类工单实行“接单即办”，一般诉求24小时内联系群众: the time limit each case
            # gets under a rule, not a time from now (blind set P3).
            continue
        if _CASE_OPENING.match(text, sentences[-1] if sentences else 0):
            # "遇重大突发事件，请按30分钟内电话报告的要求报送": the rule for a case.
            continue
        if _THE_HURT.search(text, sentences[-1] if sentences else 0, start):
            # 伤者须在24小时内接种狂犬病疫苗: from the injury, whenever it comes.
            continue
        due = (local + timedelta(minutes=minutes)).replace(second=0, microsecond=0)
        shift = _FROM_SHIFT.search(text, max(0, start - 8), start)
        if shift is not None and match.group("after") is None:
            # 今天下班后一小时内: counted from the end of the working day, not from now
            # (blind set W3).
            day = local.date() + timedelta(days=1 if shift.group("day") in ("明天", "明日") else 0)
            opens = END_OF_DAY if shift.group("shift") == "下班" else START_OF_DAY
            due = datetime.combine(day, opens, tzinfo=local.tzinfo) + timedelta(minutes=minutes)
        end = match.end()
        found.append(
            TimeMention(
                start,
                end,
                due.date(),
                due.time(),
                # A time that long from now is a start or an arrival, not a "by".
                match.group("after") is None,
                True,
                False,
                False,
                True,
                False,
            )
        )
    return found


# A case's start a span is counted from, a rule for each case: 接单后, 接报后, 受理后,
# 发现险情后 (not 汇好后一个小时内, a step of this task soon done).
_AFTER_A_CASE = re.compile(
    r"(?:接单|派单|接报|接警|受理|立案|(?:发现|发生)[^，,。;；\n]{0,6}?)(?:后|之后|以后)\s*$"
)
# The end or start of a working day a span is counted from (今天下班后一小时内).
_FROM_SHIFT = re.compile(
    r"(?P<day>今天|今日|明天|明日)?\s*(?P<shift>下班|上班)\s*(?:后|以后|之后)\s*$"
)
# A clock time by which, in brackets right after a span: 2小时内（9点50分前）.
_CLOCK_IN_ASIDE = re.compile(r"\s*\([^()]{0,8}?\d{1,2}\s*[点时:：][^()]{0,6}?(?:之前|以前|前)\s*\)")
# Whoever is hurt or ill, as a span's subject: a rule for their care.
_THE_HURT = re.compile(r"伤者|伤员|患者|病人|病例|被咬(?:伤)?(?:者|人员|的人)|暴露者")
# The case a rule is for, just before its span (发现隐患的，3日内整改到位).
_WHENEVER = re.compile(
    r"(?:(?:发现|遇到|遇有)[^。;；\n]{0,16}的|(?:^|[,，;；。\s])凡[^。;；\n]{0,16})[,，]\s*$"
)
# A span from an event still to come (节后3天内, 会后3天内, 验收后7日内), not from this
# message (收到通知后3日内, 本通知下发后一周内).
_AFTER_EVENT = re.compile(r"(?:后|过后|以后|之后)\s*$")
# ...but working days after a holiday are counted on the calendar (节后3个工作日内).
_AFTER_HOLIDAY = re.compile(r"(?:节|假|假期|长假|收假)(?:结束)?\s*(?:后|过后|以后|之后)\s*$")
_FROM_RECEIPT = re.compile(
    r"(?:收到|接到|下发|印发|发出|通知)[^，,。;；\n]{0,6}?(?:后|过后|以后|之后)\s*$"
)


def _within_days(text: str, today: date) -> list[TimeMention]:
    """Mentions of a span of days from today ("3天内完成整改"): due at the end of the
    working day that many days on, as a date-only deadline is."""
    found = []
    for match in _WITHIN_DAYS.finditer(text):
        days = number(match.group("n")) * (1 if match.group("unit") in ("天", "日") else 7)
        start = match.start()
        if not 0 < days <= 31 or not _DAYS_TASK.match(text, match.end()):
            continue
        if _DURATION_BEFORE.search(text, max(0, start - 4), start):
            continue
        before = text[max(0, start - 12) : start]
        if _AFTER_EVENT.search(before) and not _FROM_RECEIPT.search(before):
            continue
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
        if _STANDING_RULE.search(text, breaks[-1] if breaks else 0, start):
            continue
        sentences = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
        opening = sentences[-1] if sentences else 0
        if _CASE_OPENING.match(text, opening) or _WHENEVER.search(text, opening, start):
            continue
        day = today + timedelta(days=days)
        found.append(TimeMention(start, match.end(), day, END_OF_DAY, True, *_DAY_BY_FLAGS))
    return found


def _calendar_day_before(
    mentions: list[TimeMention], text: str, at: int, since: int
) -> date | None:
    """The day of the last of `mentions` that ends before `at` and after `since`, on the
    same line as `at`; None if there is none."""
    best: TimeMention | None = None
    for m in mentions:
        if since <= m.end <= at and (best is None or m.end > best.end):
            best = m
    if best is None or "\n" in text[best.end : at]:
        return None
    return best.day


def _working_days(text: str, local: datetime, work: WorkCalendar) -> list[TimeMention]:
    """Mentions counted in working days on the official calendar: "3个工作日内" (the third
    working day after today, 17:30), "节后第一个工作日" / "国庆节后上班前" (the first working
    day after the coming or current holiday; 上班前 08:30, 上午 12:00)."""
    found = []
    today = local.date()
    for match in _WORKING_DAYS.finditer(text):
        amount = match.group("n")
        end = match.end()
        when = ""
        day: date | None
        if amount is not None:
            before = text[max(0, match.start() - 12) : match.start()]
            if (
                _AFTER_EVENT.search(before)
                and not _FROM_RECEIPT.search(before)
                and not _AFTER_HOLIDAY.search(before)
            ):
                # 发放后5个工作日内报备案: counted from an event still to come, as a span of
                # days is (see _within_days), not from this message (blind set V3).
                continue
            day = _nth_working_day(today, number(amount), work)
            at = END_OF_DAY
        elif _BRACKETED_DATE.match(text, match.end()):
            # 节后第一个工作日（10月8日）下班前: the writer's own date says which holiday
            # (中秋 or 国庆, a week apart); it is read as a date of its own.
            continue
        elif _TOLD_DAY.search(text, max(0, match.start() - 3), match.start() + 2) or (
            _TOLD_DATED_DAY.search(text, max(0, match.start() - 24), match.start())
        ):
            # 明天节后第一天: the writer says which day it is, whatever holiday it follows
            # (a region's own, 三月三, that no calendar here may hold).
            continue
        else:
            phrase = match.group()
            name = next((full for short, full in _HOLIDAY_NAMES if short in phrase), None)
            back = _RETURN_WORDS.search(phrase) is not None
            day = _first_working_day_after_holiday(today, name, work, back)
            when = (match.group("when") or "").strip()
            core = phrase[: match.start("when") - match.start()] if when else phrase
            at = END_OF_DAY
            if when in _PARTS_OF_DAY and _TIME_FOLLOWS.match(text, match.start("when")):
                # 节后第一个工作日上午10点前: the part of the day goes with its clock time.
                when, end = "", match.start("when")
            if "上班" in when or (core.endswith(("上班", "上班时")) and when in ("", "前", "之前")):
                at = START_OF_DAY
            elif when in ("上午", "中午"):
                at = NOON
        if day is None:
            continue
        # "节后第一天（10月8日）上午8:30召开…": the phrase names the day of a meeting
        # whose time follows; only a span or a "by" is a due time of its own.
        explicit = amount is not None or bool(when)
        explicit = explicit or not _TIME_FOLLOWS.match(text, end)
        found.append(
            TimeMention(match.start(), end, day, at, explicit, False, False, False, True, False)
        )
    return found


_HOLIDAY_END = re.compile(
    r"(?:春节|国庆|中秋|元旦|清明|五一|劳动节|端午)?节?(?:小长假|长假|假期|放假)结束之?前"
)
# 晚上9点后不敲锣就行, 10点以后不再受理: from a time on, something stops (not 3点后勤组集合,
# 11点以后到县防指开会: a time to be somewhere).
# A report of what was asked then (当时要求中午12点前整改，已完成): its time stays that day's.
_DONE_THEN = re.compile(r"已|完成|当时")
_FROM_THEN = re.compile(
    r"\s*(?:以后|之后|后)(?![天勤山门续期面备方院排])[^，,。;；\n]{0,6}?"
    r"(?:不|别|勿|禁止|停止|暂停|一律关闭|全部关闭|统一关闭|熄灯)"
)
_ONCE_OVER = re.compile(r"[^，,。;；\n]{0,10}?(?:结束|散会|完毕)(?:以后|之后|后)")
_ALLOWED_FROM = re.compile(r"\s*(?:以后|之后|后)\s*(?:就|才|方)?\s*(?:可以|可|能|开始|开放)")
# ...or about then, said with 左右 (11点左右同妈妈走散): not 11 tonight, when nothing is due.
# ...or when a reading was taken (红旗22时 313.05米, 2点 313.31米, 18时206.40: a reservoir's
# level, blind set D4): a figure with decimals or a unit right after the time.
_READING_AT = re.compile(r"\s*(?:库?水位|雨量)?\s*\d+(?:\.\d+\s*(?:米|毫米)?|\s*(?:米|毫米))")
_HAPPENED_ABOUT_THEN = re.compile(
    r"(?:许|左右)[^。;；\n]{0,30}?(?:发生|出现|发现|接报|突发|起火|着火|失火|塌方|滑坡|报警|中毒"
    r"|落水|走失|走散|走丢|失联|受伤|被困|坍塌|垮塌|倒塌|翻车|相撞)"
)
_SINCE_AFTER = re.compile(r"\s*(?:以来|至今)")
_HAPPENS_THEN = re.compile(r"\s*(?:已|正式)?(?:接到|接报|解除|终止)")
# Back somewhere by a time (4点前回来), said of the speaker alone (我, not 我们).
_BACK_BY = re.compile(r"\s*(?:能|就|会)?(?:回来|回到|赶回|返回|回单位|回办公室)")
_SPEAKER = re.compile(r"我(?!们)")
# A timetable's time (每天6:30发车, 9:00开考): when a bus leaves, not when anything is due.
_TIMETABLE_AFTER = re.compile(r"\s*(?:准时)?(?:发车|开考|起飞|开船|到站|营业|开门)")
# ...or a timetable's time moved (发车时间提前到6:50, 上课时间调整为8:20).
_TIMETABLE_BEFORE = re.compile(
    r"(?:发车|开考|起飞|开船|到站|营业|开门|上课|放学|作息|开放)时间[^，,。;；\n\d]{0,4}?"
    r"(?:提前到|提前至|推迟到|推迟至|延后到|调整为|调整到|改为|改到|为)\s*$"
)
_SHIFT_AFTER = re.compile(r"(?:的)?(?:带班|值班|值守|备勤|轮班|轮值)")
# A day that only says whose details are meant (4月5日备勤人员的手机号, 3号值班人员名单): a "by"
# time in a later clause is for fixing them, not on the day of the shift.
_SHIFT_PEOPLES_AFTER = re.compile(
    r"(?:的)?(?:带班|值班|值守|备勤|轮班|轮值)(?:人员|领导|干部)(?:的|名单|电话|手机)"
)
_TO_YOU = re.compile(r"[,，;；。]\s*(?:你|您)")
_PARTS_OF_DAY = ("上午", "中午", "下午")
# (The phrase may take the day in: [\u4e00-\u9fff]{0,2}节 reads 明天节.)
_TOLD_DAY = re.compile(r"(?:今天|明天|后天|今日|明日)\s*(?:是|就是)?\s*(?:节|假|收假|开年|新年|$)")
# ...with its date in brackets: 明天（4月6日，周二）节后第一个工作日，上午8:30开会 (blind set
# N3): that date is the day of what follows.
_TOLD_DATED_DAY = re.compile(
    r"(?:今天|明天|后天|今日|明日|明儿)\s*[(（][^()（）]{1,16}[)）]\s*(?:是|就是)?\s*$"
)
# Words for coming back to work, said on that day too (今天是收假第一天).
_RETURN_WORDS = re.compile(r"收假|开年|新年")
_BRACKETED_DATE = re.compile(r"\s*[(（]\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]")
_HOLIDAY_LOOKAHEAD = 40
# A holiday named (春节前, said in December) may be further off than the next one unnamed
# (节前): up to about four months, not as far as the one after a holiday just gone.
_NAMED_HOLIDAY_LOOKAHEAD = 120
_HOLIDAY_LOOKBACK = timedelta(days=9)
_TIME_FOLLOWS = re.compile(
    rf"\s*(?:[(（][^()（）]{{0,12}}[)）])?\s*(?:{_PART})?\s*(?:\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})[:：点时]"
)


def _before_holiday(text: str, local: datetime, work: WorkCalendar) -> list[TimeMention]:
    """ "节前完成", "请于春节放假前报送": due on the last working day before the coming
    holiday (the one named, when a name is given), 17:30."""
    found = []
    for match in _BEFORE_HOLIDAY.finditer(text):
        # 请各办站所节前对办公室进行一次安全检查: asked in the clause it stands in.
        clause = text[clause_start(text, match.start(), _CLAUSE_MARKS) : match.start()]
        asked = "请" in clause and bool(_ASKED_AFTER.match(text, match.end()))
        if not (match.group("by") or match.group("task") or asked):
            continue
        if _CHOICE_AFTER.match(text, match.end()):
            continue
        phrase = match.group()
        name = next((full for short, full in _HOLIDAY_NAMES if short in phrase), None)
        day = _last_working_day_before_holiday(local.date(), name, work)
        if day is None:
            continue
        found.append(
            TimeMention(
                match.start(), match.end(), day, END_OF_DAY, True, False, False, False, True, False
            )
        )
    return found


def _holiday_ends(text: str, local: datetime, work: WorkCalendar) -> list[TimeMention]:
    """ "国庆假期结束前": the last day off of the holiday under way or coming (the one
    named, when a name is given), 17:30."""
    found = []
    for match in _HOLIDAY_END.finditer(text):
        name = next((full for short, full in _HOLIDAY_NAMES if short in match.group()), None)
        back_at_work = _first_working_day_after_holiday(local.date(), name, work)
        if back_at_work is None:
            continue
        found.append(
            TimeMention(
                match.start(),
                match.end(),
                back_at_work - timedelta(days=1),
                END_OF_DAY,
                True,
                *_DAY_BY_FLAGS,
            )
        )
    return found


def _last_working_day_before_holiday(
    today: date, name: str | None, work: WorkCalendar
) -> date | None:
    """The last working day, not before today, ahead of the next holiday (named `name`,
    when given) that starts soon enough (see `_holiday_from`); None while that holiday is
    under way."""
    day = _holiday_from(today, name, work)
    if day is None:
        return None
    while day > today:
        day -= timedelta(days=1)
        if work.day(day).working:
            return day
    return None


def _holiday_from(today: date, name: str | None, work: WorkCalendar) -> date | None:
    """Today if a holiday (named `name`, when given) is under way, else the first day of
    the next one within about a month (four, when named); None if there is none."""
    from desk.core.work_calendar import Day, DayKind

    def named(info: Day) -> bool:
        return info.kind is DayKind.HOLIDAY and (name is None or name in (info.holiday_name or ""))

    # A weekend that runs on from a holiday is the holiday still: the calendar of a year
    # the package does not know yet has 元旦 on the 1st alone, then Saturday and Sunday.
    day = today
    while not (info := work.day(day)).working and today - day < _HOLIDAY_LOOKBACK:
        if named(info):
            return today
        day -= timedelta(days=1)
    day = today
    for _ in range(_HOLIDAY_LOOKAHEAD if name is None else _NAMED_HOLIDAY_LOOKAHEAD):
        if named(work.day(day)):
            return day
        day += timedelta(days=1)
    return None


def _nth_working_day(today: date, n: int, work: WorkCalendar) -> date | None:
    if not 0 < n <= 30:
        return None
    day = today
    while n:
        day += timedelta(days=1)
        if work.day(day).working:
            n -= 1
    return day


def _first_working_day_after_holiday(
    today: date, name: str | None, work: WorkCalendar, back: bool = False
) -> date | None:
    """The first working day after the holiday under way, or else the next one (the next
    one whose name holds `name`, when one is given) soon enough (see `_holiday_from`).
    With `back` (收假第一天, 开年上班第一天: words for coming back), today on the first
    working day back: the holiday just ended is the one meant, not the next, a month or
    more away."""
    if back and _back_from_holiday(today, name, work):
        return today
    day = _holiday_from(today, name, work)
    if day is None:
        return None
    while not work.day(day).working:
        day += timedelta(days=1)
    return day


def _back_from_holiday(today: date, name: str | None, work: WorkCalendar) -> bool:
    """Whether today is the first working day after a holiday (named `name`, if given)."""
    from desk.core.work_calendar import DayKind

    if not work.day(today).working:
        return False
    day = today - timedelta(days=1)
    while not (info := work.day(day)).working and today - day < _HOLIDAY_LOOKBACK:
        if info.kind is DayKind.HOLIDAY and (name is None or name in (info.holiday_name or "")):
            return True
        day -= timedelta(days=1)
    return False


def _last_working_day_of_week(today: date, monday: date, work: WorkCalendar) -> date:
    """本周内: the last working day from Monday to Friday of this week, not before today
    (Friday when the calendar has none left; said at the weekend, its Sunday: 各村本周内把
    …报农业办 on a Saturday is not due on the Friday gone)."""
    for offset in range(4, -1, -1):
        day = monday + timedelta(days=offset)
        if day < today:
            break
        if work.day(day).working:
            return day
    if today > monday + timedelta(days=4):
        return monday + timedelta(days=6)
    return monday + timedelta(days=4)


@lru_cache(maxsize=1)
def _work_calendar() -> WorkCalendar:
    # Imported on first use: the calendar package is slow to load and most texts never ask.
    from desk.core.work_calendar import WorkCalendar

    return WorkCalendar()


# Searched on most messages, opening with many kinds of characters: the regex engine skips
# to where a match may start (see skip_ahead).
_WORKING_HINT = skip_ahead(_WORKING_HINT)
_RELAYED = skip_ahead(_RELAYED)
_TIME_WORD = skip_ahead(_TIME_WORD)
