"""Incremental folding of the same notice forwarded or re-posted across groups.

Each message is cut into clauses; each clause's character 3-gram shingles are hashed and
its bottom-k hashes (a one-permutation MinHash) are its LSH bucket keys. A new message
looks up only the messages that share a bucket with one of its clauses (buckets are
capped and entries expire), so the cost per message does not grow with the inbox.

A candidate then passes a precise check:
- enough of the shorter text's shingles appear in the longer one (containment), so
  forwards that add a header, trim lines or append an internal deadline still fold;
  a forward retold in fewer words needs less when both name the same document
  (关于…的通知) or when it says it passes the notice on (转…：, 接…：) and states at
  least two of its particulars (place, figure, day, time);
- aligned clauses must not disagree on a fact: date, month, time, figure, village, colour
  of a warning. A disagreement inside a deadline clause is allowed only when that clause
  also names a different unit or recipient (a downstream relay: 各区→各镇, 报市→报区)
  and the later message's day is not after the earlier one's (a relay sets an earlier one);
  a due time counted from each post (30分钟内) agrees with one up to RELATIVE_RESTATED
  minutes off, the same window restated by a relay minutes later;
- dates, months and warning colours stated outside deadline clauses must agree across the
  whole text (a re-issued duty roster or weather warning repeats its template, not its days);
- a text due on a later day than any the other sets is the next round of a reminder;
- a short text that swaps a phrase inside the other's words (请问防返贫监测台账… /
  请问耕地保护台账…) is another question, forwarded or not;
- a match through a forward must not conflict with the notice it folded into;
- a correction (更正), follow-up report (续报), lifting (解除), question or report back
  (经核查…) never folds into a message that is not one,
  nor do two messages whose leading 【tags】 name different kinds of document, nor a chase
  (督办, 催办) into the ticket it chases;
- a short count of work done (8户21人转移完毕) is of its day, and a larger count is the next.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

from desk.core.triage.deadlines import TimeMention, scan
from desk.core.triage.normalize import NON_WORD, blank_noise
from desk.core.triage.skip_ahead import skip_ahead
from desk.core.triage_config import FOLD_WINDOW

if TYPE_CHECKING:
    from desk.core.work_calendar import WorkCalendar

MIN_KEY_CHARS = 10
SAMPLE = 12
WHOLE_K = 4
BUCKET_CAP = 8
# Every this many messages the index lets go of what is older than the window.
PRUNE_EVERY = 2000
MAX_CHECKED = 3
MIN_SHARED_KEYS = 0.1
CONTAINMENT = 0.45
CLAUSE_MATCH = 0.5
# A file name or a one-line reply that quotes a notice's title is not the notice.
MIN_LENGTH_RATIO = 0.3
# Due times counted from each post (30分钟内) this many minutes apart are one window
# restated by a relay; further apart, another round of the request.
RELATIVE_RESTATED = 20
# Two questions (请问…, …？) are one only when one holds this much of the other: a question
# passed on is passed on whole.
ASKED_CONTAINMENT = 0.6
# A text this short (in word characters) that swaps a phrase inside the other's words for
# another says something else (请问防返贫监测台账… / 请问耕地保护台账…是否需要盖章).
SHORT_TEXT = 40
# The longest word swapped in a short text's template that can be its subject.
SUBJECT_CHARS = 8
STALE = timedelta(days=7)
# A unit's nil report runs to this many word characters at most; a longer text is a rule.
DAYS_REPORT_CHARS = 20

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[^。;；!！?？\n]+")
CORRECTION = re.compile(
    # (Not 整改到位, the work done in full; nor 取消…资格, a sanction for being late.)
    r"更正|纠正|勘误|订正|更改为|调整为|(?<!整)改为|(?<!整)改到|(?<!整)改成|变成|换成|改期|推迟|延期"
    # What was asked, said to have changed (县局口径改了, 时间有变: blind set A4).
    r"|(?:口径|时间|地点|标准|格式|模板)(?:又|已经?)?(?:改了|变了|有变)"
    r"|取消(?![^，,。;；\n]{0,10}?资格)"
    # 发车时间由6:30提前到6:00 (not 提前到岗).
    r"|由\s*[\d:：点时分半月日号周一二三四五六七八九十]+[^，,。;；\n]{0,4}?(?:提前|推迟|推后|调整|改)(?:到|至|为)"
)
# A follow-up, or the lifting of what the first one declared (预警解除, 终止应急响应).
# ...or a meeting's minutes (…部署会纪要已印发), not the meeting's call.
# 再报 only as a heading (【再报】, 再报：): said in an order it is "then report" (复核一遍再报,
# 审核后再报送, 镇上再报县里).
# A road or a supply back (X903线…已恢复通行，S101线…继续管制) lifts what the closure or the
# cut declared, though it names the same roads (blind set Q3); not 恢复时间另行通知, nor what
# is to be done once it is back (待恢复通行后).
_FOLLOW_UP = re.compile(
    # (Not the reports to follow that a notice asks for: 续报每天17时前报送, 及时续报: blind
    # set D4.)
    r"(?<!及时|做好)续报(?!每|按|要求|时间)|(?:^|【)\s*再报|再报\s*[】:：]|终报|最新进展|进展情况通报|解除|终止|纪要(?:已|印发|下发|[:：])"
    r"|(?<![待等])恢复(?:通行|通车|供电|供水|供暖|供气)"
)
# One pass over the text finds every fact that is not a day or a clock time (those come
# from the time mentions); a day/time expression is matched first so that its digits are
# not read again as a figure.
_PLACE = r"|(?P<place>[\u4e00-\u9fff]{2}(?:村|社区))"
_FACT = re.compile(
    r"(?P<skip>(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}(?:[:：]\d{2}|点(?:半|\d{1,2}分?)?|时\d{1,2}分|时(?!\d))"
    r"|\d{1,2}\s*[—–~-]\s*(?=\d{1,2}[日号])"
    # An emergency number called (已通知苏木卫生院和120，…), no figure of the report: one
    # retelling names it, the other not (blind set Q3). 120户 is a figure.
    r"|1(?<!\d1)(?:10|19|20|22)(?=[^\d.%‰°\u4e00-\u9fff]|[和及与了已打都就到]|$))"
    # A span of hours or minutes (30分钟内, 未来3小时) is of the kind of clock times: a
    # relay may bring a due time forward (20分钟内给我回话).
    r"|(?P<span>\d{1,3}\s*个?半?(?:小时|分钟|钟头))"
    r"|(?P<month>\d{1,2})月份"
    r"|(?P<quarter>[一二三四1-4])季度"
    r"|第(?P<ordinal>[一二三四五六七八九十百\d]+[批次期轮届号])"
    r"|(?P<colour>[红橙黄蓝])色"
    # Which grade a school notice is for (六年级期末考试科目和时间… / 五年级…, blind set W3):
    # two notices on one template, not one passed on.
    r"|(?P<grade>[一二三四五六七八九\d])年级"
    # A number called (拨打96110咨询, 拨96110核实, 热线12345): the number alone, whatever word
    # follows it (not a figure whose measure is 咨: blind set V3's forward that dropped 咨询).
    + r"|(?:(?<=拨)|(?<=拨打|致电|热线|电话|话:|话：))(?P<phone>\d{3,})"
    + _PLACE
    # A number glued to a letter is a code (表格v2, v2版): the same code whatever follows.
    + r"|(?P<code>(?<=[a-z])\d+)"
    # Its unit, not a word joining it to the next figure (7到9级 is 7—9级), nor a word of
    # the sentence it stands in (已经打120了 / 120二十分钟到, 119打完了 / 119已打: the
    # number called, not two figures).
    + r"|(?P<number>\d+(?:\.\d+)?(?:\s*°|[%‰]"
    r"|(?![到至或和及了已打都也就还再又一二两三四五六七八九十])[\u4e00-\u9fff])?)"
)
_FACT_NOT_PLACE = re.compile(
    r"(?=[\d一二三四五六七八九第红橙黄蓝])(?:" + _FACT.pattern.replace(_PLACE, "") + ")"
)
_PLACE_TAIL = re.compile(r"村|社区")
# A village or community a report opens with, before its date or figures (港尾村8月5日…,
# 竹溪村累计转移11人, 竹溪村：C级2户).
_LEADING_PLACE = re.compile(
    r"(?:(?:(?![各本全该每我请])[\u4e00-\u9fff]){2,3}?(?:村|社区)"
    # ...or a numbered part of the town (第二管区12月10日：… / 第三管区12月10日：…: blind set A4).
    r"|第[一二三四五六七八九十\d]{1,3}(?:管区|片区|网格|工作片|村民小组|小组|组))"
    # ...or its part of the day's round (高岽村下午巡山3人… / 竹篙坑村下午巡山3人…).
    r"(?=\d|今日|本周|本月|累计|共|[:：]|上午|下午|晚上|今天)"
)
# Not the start of a place name: 各村, 本社区, 咱社区 (a relay's "our community" for the
# one the notice names: blind set P3); nor a verb before it (马上报社区, 下沉到村, 立即下村).
_NOT_PLACE = set("各本全该每我咱俺镇村区乡县市报到即下")
# Nor a word of which 村 is the end (农村, 逐村, 进村, 驻村, 入村, 在村部): 带队逐村过一遍 /
# 今天逐村过一遍 are one order retold (blind set X3), not two villages.
_NOT_VILLAGE = set("农逐进驻入在")
_ADDRESSEE = re.compile(r"各(?:级)?([\u4e00-\u9fff]{1,3})")
_UNIT_CHARS = "区县镇乡街村社单部支网办"
_RECIPIENT = re.compile(
    r"(?:报|交|送|发)(?:送|至|到|给)?((?:市|区|县|镇|乡|街道|村)[\u4e00-\u9fff]{1,6}?"
    r"(?:办|局|所|站|中心|部|委|组))"
)
_TO_ME = re.compile(r"(?:发|交|给)(?:给)?我")
# A document's title: forwards that retell a notice in fewer words still name it.
_TITLE = re.compile(
    r"关于[^。;；\n《》“”\"]{4,40}?的(?:通知|通告|公告|意见|方案|决定|函|通报|提醒|提示)"
)
# A text that says it passes something on: 转街道通知：, 【转发】, 【紧急】接区疾控：.
_RELAYED = re.compile(
    # (紧急转发：, 特急转：: passed on in haste.)
    r"\s*(?:【[^】]{1,8}】\s*)?(?:紧急|特急|加急)?(?:【转发?】|转发?自?[^：:\n。，,]{0,12}[：:]|接[^：:\n。，,]{1,12}[：:]"
    # ...or names what it passes on before a word of its own (转县防火办通报，大家都看看：).
    r"|转(?![移岗运学让型变化正换向])发?自?[^：:\n。，,]{1,12}(?:通知|通报|通告|提醒|提示|要求|预警)[，,])"
)
# A text that opens by citing the office it passes on (各村注意：根据县农普办通知，…,
# 更正一下：县里…, 县爱卫办4月份暗访结果：…): a retelling of that office's notice.
_CITES_SOURCE = re.compile(
    r"\s*(?:【[^】]{1,8}】|[^\w\s]{1,4}[\u4e00-\u9fff]{0,2}[^\w\s]{1,4})?"
    r"\s*(?:[^：:\n。，,]{1,8}[：:])?\s*(?:根据|按照|按|接)?"
    # 县上 is 县里 where 县上的返岗专车8号早上7点从汽车站走 is said; the party committee is
    # named bare (接县委县政府通知，…), not its secretary (区委书记今天上午10点来街道).
    r"[县区市省](?:里|上的|委(?!副?书记)|[\u4e00-\u9fff]{1,6}?(?:办|局|指|委|部|中心|组|专班))"
)
# Anywhere in a text, what the level above requires of it (县里要求3月31日前完成，街道内部要求…;
# 街道要求下周一中午报; …今天下午3点前报我，县里4点要): the cadre retells that level's notice.
_CITES_DEMAND = re.compile(
    r"(?:[县区市省镇乡]里|街道|上级)(?:内部)?要求"
    r"|[县区市镇乡]里(?:今天|明天)?(?:上午|下午|晚上)?\d{1,2}(?:[点:：]\d{0,2})前?要(?!求)"
    # ...or by a day (县里12月12日前要本周巡林统计表，请各村12月11日…: blind set A4).
    r"|[县区市镇乡]里(?:\d{1,2}月)?\d{1,2}[日号](?:之|以)?前要(?!求)"
)
# What a relay may open with before it says so: @someone, or whom it calls on
# (各村书记注意！转县猪瘟指挥部通知：…, @李明 市里通知：…).
_OPENING = re.compile(r"\s*(?:@[^\s@]{1,16}\s*)+|\s*[^。！!：:，,\n]{1,8}注意[！!：:，,]")
# ...or says whose notice it passes on (市里通知：, 县里要求：), not whose decision it states.
_TOLD_BY = re.compile(r"\s*[县区市省镇]里(?:的)?(?:通知|要求|讲|说)")
# How much of a follow-up a relay that drops its heading keeps: the rest, word for word.
PASSED_ON_WHOLE = 0.8
# Characters each of two titles must hold that the other lacks to name two documents.
TITLE_CHARS_APART = 2
# A retold notice must still share this much of its text besides the title.
TITLED_CONTAINMENT = 0.25
RETOLD_CONTAINMENT = 0.3
KEY_FACTS = 2
# A forward retold in the relayer's own words (in dialect, with the notice's days and
# figures) shares less of its text, and must share more of its facts, a day among them.
ANCHORED_CONTAINMENT = 0.15
# Two corrections of one change (the same day, old and new times) said in other words.
CORRECTED_CONTAINMENT = 0.2
ANCHORED_FACTS = 3
# A unit's answer to a notice (经核查，无相关人员) is not the notice that asked.
_REPORT_BACK = re.compile(
    r"经(?:排查|核查|摸排|检查|巡查)"
    # ...nor word that it is done: a work order closed (工单KF…已处理：…已回访), the figures
    # asked for gathered and sent on (…已汇总，…已报县安委办).
    r"|已处理[:：，,]|已办结|已(?:处理|办理)完毕|已汇总[，,]"
    # ...nor a point an inspection listed, reported put right (垃圾桶已清运，整改前后对比照片
    # 如下; 电动车已清理，划了停车线), nor an order about it sent after (blind set P3).
    r"|已(?:清运|清理|清除|拆除|整改)(?:完毕|到位)?[，,。；;\s]"
)
# Word that what was asked is sent up (今天零报告已报县应急局 after …5点前报县应急局: blind
# set Z3), not a notice's 已报县政府同意; only a short text says just that (an alarm may say
# in passing it has told the county: 我带应急分队马上过去，…已报县森防办).
_SENT_UP = re.compile(
    r"已(?:上报|报送|报)(?:至|到|给)?[县区市省镇乡](?![^，,。；;\n]{0,10}?(?:同意|批准|审定|审批|备案))"
)
# A question about a notice is not the notice.
_QUESTION = re.compile(r"\?|？|请问|能否|能不能|是否|有没有|要不要")
# What is to be checked, not asked (排查辖区商超…是否销售该型号产品, 核实有没有…): an
# order, which its relay need not repeat in those words (blind set B4).
_CHECK_WHETHER = re.compile(
    r"(?:排查|检查|核查|自查|核实|确认|摸排|巡查|查看|查明|了解)[^。;；!！?？\n]{0,20}$"
)
# Someone asking, not a notice that says 是否 (请问…, …不填？).
_ASKS = re.compile(r"请问|[?？]\s*$")
_TAG = re.compile(r"【([^】]{1,12})】")
_MEDIA = re.compile(r"融媒|新闻|资讯|头条|电视台|广播|(?<!值班|巡查|禁烧)日报$|发布$")
# A news item tells what was done (我县召开…, 近日…), not what to do.
_NEWS = re.compile(r"我[县区市镇]|近日|(?<![\d号])日前|记者")
_ISSUER = re.compile(r"(?:台|局|办|委|中心|指挥部|政府|站|所)$")
# Nor does a tag that says it passes the notice on (【接上级通知】, 【紧急转发】, 【转县局通知】).
# A bare 【转】 or where it is passed to (【转值守群】: blind set C4) too; not 【转移】.
_RELAY_TAG = re.compile(
    r"转发|转载|^转(?:[县区市省镇]|上级|$|(?![移岗运学让型变化正换向])[^】]{0,4}群$)"
    r"|^接(?:上级|[县区市省])|上级通知"
)
# How pressing it is: 【DING】 relayed as 【紧急】 is the same order (but 【火情报告】 after
# 【紧急】 is the formal report of an alert, another notice).
# A bare alert's tag (【火情】, 【险情】) says as much: 马集村西头柴草垛起火 under 【火情】 from the
# grid worker and under 【紧急】 from the village is one cry.
_PRESSING_TAGS = frozenset(
    {"紧急", "特急", "急", "加急", "ding", "紧急通知", "火情", "险情", "警情"}
)
# A file, a link, a sign-up chain or a red packet is its own post, whatever words come with it.
_NOT_FOLDED = re.compile(
    r"^\s*(?:\[(?:文件|链接|红包)\]|#?接龙)"
    # A photo with a caption (not a notice passed on with its photo).
    r"|^\s*(?:\[图片\]\s*)+[^\n]{0,40}$"
)
# Facts that name which instance of a recurring notice this is.
_ANCHOR_KINDS = frozenset("dmcq")


class Clause(NamedTuple):
    """One clause of a text that states facts; a named tuple, as a notice makes several."""

    text: str
    shingles: frozenset[int]
    facts: frozenset[str]
    deadline: bool

    @property
    def units(self) -> frozenset[str]:
        """Who the clause addresses and where it sends things: what a relay changes."""
        return _units(self.text)


@dataclass(frozen=True, slots=True)
class Details:
    """The precise view of a text, computed only when a candidate is close enough."""

    clauses: tuple[Clause, ...]
    facts: frozenset[str]
    anchors: frozenset[str]
    tag: str
    media: bool
    correction: bool
    follow_up: bool
    question: bool
    report_back: bool
    due_days: frozenset[str]


class Fingerprint:
    """What folding knows about one message's text: shingles and LSH keys up front,
    clause facts on first use."""

    __slots__ = (
        "_details",
        "_facts",
        "_mentions",
        "_shape",
        "body",
        "chases",
        "corrects",
        "day",
        "heading",
        "keys",
        "passed_on",
        "relayed",
        "shingles",
        "title",
    )

    def __init__(self, shape: _Shingled, day: date, mentions: list[TimeMention]) -> None:
        self.body = shape.body
        self.title = shape.title
        self.heading = shape.heading
        # Whether it says it corrects something (更正, 改为): what Details.correction says.
        self.corrects = shape.corrects
        # Whether it chases a ticket or a task (督办, 催办), its header too (转县局督办：).
        self.chases = shape.chases
        self.relayed = shape.relayed
        self.passed_on = shape.passed_on
        self.day = day
        self.shingles = shape.shingles
        self.keys = shape.keys
        self._shape: _Shingled | None = shape
        self._mentions = mentions
        self._details: Details | None = None
        self._facts: frozenset[str] | None = None

    @property
    def facts(self) -> frozenset[str]:
        """Every fact the text states (Details.facts), without building the details."""
        if self._details is not None:
            return self._details.facts
        if self._facts is None:
            assert self._shape is not None
            facts: set[str] = _mention_facts(self._mentions, self.body) if self._mentions else set()
            for clause in self._shape.clauses():
                facts.update(clause.facts)
            self._facts = frozenset(facts)
        return self._facts

    @property
    def details(self) -> Details:
        if self._details is None:
            assert self._shape is not None
            self._details = _details(self._shape, self._mentions)
            # What built the details is not needed again.
            self._shape = None
            self._mentions = []
        return self._details


@dataclass(slots=True, eq=False)
class Entry:
    """A message in the folding index."""

    id: str
    ts: datetime
    fingerprint: Fingerprint
    root: str
    # The first message of the notice: a forward of a forward must also be its notice.
    root_print: Fingerprint
    # When the notice was first posted: a notice lasts the window from then, or re-posts
    # every few days would chain on for ever (a daily greeting became one year-long card).
    root_ts: datetime


class Lookup(NamedTuple):
    """What `NoticeClusterer.lookup` found: the root of the notice a message folds into
    (None if none), and the closest candidates of other notices it looked at (what a
    correction or a new warning level may replace; see superseding)."""

    root: str | None
    others: tuple[Entry, ...]


_NOTHING_FOUND = Lookup(None, ())


@dataclass(slots=True)
class NoticeClusterer:
    """Finds, for each new message, an earlier message of the same notice."""

    window: timedelta = FOLD_WINDOW
    _buckets: dict[int, deque[Entry]] = field(default_factory=dict)
    _added: int = 0

    def match(self, fingerprint: Fingerprint, ts: datetime) -> str | None:
        """The cluster root (first message id) of the same notice seen before, or None."""
        return self.lookup(fingerprint, ts).root

    def lookup(self, fingerprint: Fingerprint, ts: datetime) -> Lookup:
        """The cluster root of the same notice seen before (None if none), and the
        candidates met on the way that are of other notices (see `Lookup`)."""
        buckets = self._buckets
        found = [bucket for bucket in map(buckets.get, fingerprint.keys) if bucket]
        if not found:
            return _NOTHING_FOUND
        # One counting pass over every bucket entry; a sort then puts, among equal counts,
        # the latest first (see _count_then_latest).
        hits = Counter(chain.from_iterable(found))
        oldest = _window_start(ts, self.window)
        # Near-duplicates share many keys: check the best-ranked few precisely.
        # A candidate sharing few of the sampled keys cannot contain half the text.
        floor = MIN_SHARED_KEYS * len(fingerprint.keys)
        top = sorted(_likely(hits), key=_count_then_latest, reverse=True)[: 2 * MAX_CHECKED]
        # Offices' notices share boilerplate (为切实做好…工作，要求各单位举一反三…): its keys'
        # buckets turn over within hours, and the notice a forward copies may keep only
        # its rare keys there, outranked by notices that share more boilerplate. The one
        # sharing the rarest keys is checked too.
        rarest = _rarest(found, hits)
        if rarest not in top[:MAX_CHECKED]:
            top = [*top[:MAX_CHECKED], rarest, *top[MAX_CHECKED:]]
        ranked = [
            e
            for e, n in top
            if e.root_ts >= oldest and n >= min(floor, MIN_SHARED_KEYS * len(e.fingerprint.keys))
        ]
        passed: list[tuple[float, Entry]] = []
        for entry in ranked[: MAX_CHECKED + 1]:
            score = similarity(fingerprint, entry.fingerprint)
            if score < CONTAINMENT and (
                (score >= TITLED_CONTAINMENT and _same_title(fingerprint, entry.fingerprint))
                or (score >= RETOLD_CONTAINMENT and _retold(fingerprint, entry.fingerprint))
                or (score >= CORRECTED_CONTAINMENT and _same_change(fingerprint, entry.fingerprint))
                or (
                    score >= ANCHORED_CONTAINMENT
                    and fingerprint.passed_on
                    and _retold(fingerprint, entry.fingerprint, ANCHORED_FACTS)
                    and _same_day_stated(fingerprint, entry.fingerprint)
                )
            ):
                score = CONTAINMENT
            if score < CONTAINMENT or (passed and score <= passed[-1][0]):
                continue
            if conflicts(fingerprint, entry.fingerprint):
                continue
            passed.append((score, entry))
        # The best first; it must not conflict with its notice either (last year's roster
        # quoted against this year's, through a forward that dropped the year). Checked
        # only for the entry chosen, not every candidate.
        root = next(
            (
                entry.root
                for _, entry in reversed(passed)
                if entry.root_print is entry.fingerprint
                or not conflicts(fingerprint, entry.root_print)
            ),
            None,
        )
        others = tuple(entry for entry in ranked[:MAX_CHECKED] if entry.root != root)
        return Lookup(root, others) if others or root is not None else _NOTHING_FOUND

    def add(
        self, message_id: str, fingerprint: Fingerprint, ts: datetime, root: str
    ) -> Fingerprint:
        """Indexes the message under its notice `root`; returns the notice's first
        message's fingerprint (its own, when it heads the notice or that is gone)."""
        buckets = self._buckets
        root_print, root_ts = fingerprint, ts
        if root != message_id:
            # The message matched an entry of that notice, which shares one of its buckets.
            root_print, root_ts = next(
                (
                    (e.root_print, e.root_ts)
                    for bucket in map(buckets.get, fingerprint.keys)
                    if bucket
                    for e in bucket
                    if e.root == root
                ),
                (fingerprint, ts),
            )
        entry = Entry(message_id, ts, fingerprint, root, root_print, root_ts)
        for key in fingerprint.keys:
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = deque(maxlen=BUCKET_CAP)
            bucket.append(entry)
        self._added += 1
        if self._added % PRUNE_EVERY == 0:
            self._prune(_window_start(ts, self.window))
        return root_print

    @property
    def held(self) -> int:
        """How many messages the index holds (what it costs in memory)."""
        return len({id(entry) for bucket in self._buckets.values() for entry in bucket})

    def _prune(self, oldest: datetime) -> None:
        """Drops entries whose notice is older than the window (`match` passes them over):
        the index holds the window's messages, not every message of a long session."""
        buckets = self._buckets
        for key in list(buckets):
            bucket = buckets[key]
            # Entries are appended in arrival order, so the stale ones come first.
            while bucket and bucket[0].root_ts < oldest:
                bucket.popleft()
            if not bucket:
                del buckets[key]


def _likely(hits: Counter[Entry]) -> Iterable[tuple[Entry, int]]:
    """The hits that may rank among the first 2 * MAX_CHECKED: those sharing at least as
    many keys as the one that many places down. A notice meets about forty candidates,
    of which a handful share most keys; ranking only those (in their order, so that the
    stable sort ranks them as before) spares a sort key per candidate."""
    counts = sorted(hits.values(), reverse=True)
    if len(counts) <= 2 * MAX_CHECKED:
        return hits.items()
    least = counts[2 * MAX_CHECKED - 1]
    return [hit for hit in hits.items() if hit[1] >= least]


def _rarest(found: list[deque[Entry]], hits: Counter[Entry]) -> tuple[Entry, int]:
    """The hit whose shared keys are rarest: each key counts one over the number of
    entries its bucket holds (then the latest)."""
    weight: dict[Entry, float] = {}
    for bucket in found:
        share = 1.0 / len(bucket)
        for entry in bucket:
            weight[entry] = weight.get(entry, 0.0) + share
    best = max(weight, key=lambda entry: (weight[entry], entry.ts))
    return best, hits[best]


def _count_then_latest(hit: tuple[Entry, int]) -> tuple[int, datetime]:
    """How many keys a candidate shares, then how recent it is: of a daily report's rounds
    that share as many keys (【三夏进度】截至6月1日… / 截至6月4日…), the latest is the one a
    relay passes on, and the three checked must reach it."""
    return hit[1], hit[0].ts


def _window_start(ts: datetime, window: timedelta) -> datetime:
    """When the window ending at `ts` starts; the first instant there is, in its first
    days (a message dated 1 January of year 1, where `ts - window` overflows)."""
    try:
        return ts - window
    except OverflowError:
        return datetime.min.replace(tzinfo=ts.tzinfo)


def fingerprint(
    text: str,
    ts: datetime,
    tz: tzinfo,
    mentions: list[TimeMention] | None = None,
    work: WorkCalendar | None = None,
) -> Fingerprint | None:
    """The folding view of canonical `text`, or None when it is too short to fold.

    `mentions` are `deadlines.scan(text, ts, tz, work)` when the caller already has them.
    """
    shape = _shingled(text)
    if shape is None:
        return None
    if mentions is None:
        mentions = scan(text, ts, tz, work)
    try:
        day = ts.astimezone(tz).date()
    except OverflowError:
        # The first hours of year 1 in its sender's zone, before any in UTC: their own day.
        day = ts.date()
    return Fingerprint(shape, day, mentions)


class _Shingled:
    """What folding reads from a text alone, whatever its time: shared by repeats."""

    __slots__ = (
        "_clauses",
        "body",
        "chases",
        "corrects",
        "hashes",
        "heading",
        "keys",
        "passed_on",
        "relayed",
        "shingles",
        "title",
    )

    def __init__(
        self,
        body: str,
        hashes: list[int],
        keys: tuple[int, ...],
        relayed: tuple[bool, bool],
        corrects: bool,
        chases: bool = False,
    ) -> None:
        self.body = body
        # The document it names (关于…的通知), what a forward retold in fewer words keeps;
        # and what it is headed, that or a bare heading (会议通知), which tells notices apart
        # but names no one document.
        self.title = _title(body)
        self.heading = self.title or _heading(body)
        # Whether it cites the office it passes on, and whether it says it passes it on.
        self.relayed, self.passed_on = relayed
        # A correction passed on says so in its header (转县教育局更正：), which the body
        # leaves out.
        self.corrects = corrects or CORRECTION.search(body) is not None
        self.chases = chases
        self.hashes = hashes
        self.keys = keys
        self.shingles = frozenset(hashes)
        self._clauses: tuple[_ClauseText, ...] | None = None

    def clauses(self) -> tuple[_ClauseText, ...]:
        """The clauses with three or more word characters, on first use."""
        if self._clauses is None:
            self._clauses = _clause_texts(self.body, self.hashes)
        return self._clauses


class _ClauseText(NamedTuple):
    """A clause as the text alone gives it: the facts of its time mentions come later."""

    text: str
    start: int
    end: int
    shingles: frozenset[int]
    facts: frozenset[str]


@lru_cache(maxsize=2048)
def _shingled(text: str) -> _Shingled | None:
    # Reports, reminders and @-tasks recur word for word: cache by text.
    if _NOT_FOLDED.search(text):
        return None
    body = blank_noise(text)
    # Only the words and digits: clause breaks are not word characters, so this is the
    # clauses' words end to end (see _details, which cuts it back into clauses).
    key = NON_WORD.sub("", body)
    if len(key) < MIN_KEY_CHARS:
        return None
    hashes = trigram_hashes(key)
    # Content-defined sampling: a shingle is a key when its hash falls in 1/SAMPLE of the
    # range, so any shared passage of a few dozen characters shares keys wherever it sits.
    # The bottom hashes of the whole text cover short texts with no sampled shingle.
    keys = [h for h in hashes if h % SAMPLE == 0]
    keys.extend(_lowest(hashes, WHOLE_K))
    opening = _OPENING.match(text)
    start = opening.end() if opening else 0
    passed_on = _RELAYED.match(text, start) is not None or bool(_TOLD_BY.match(text, start))
    relayed = (
        passed_on
        or _CITES_SOURCE.match(text, start) is not None
        or _CITES_DEMAND.search(text) is not None,
        passed_on,
    )
    header = len(body) - len(body.lstrip())
    corrects = CORRECTION.search(text, 0, header) is not None
    chases = _CHASE.search(text) is not None
    return _Shingled(body, hashes, tuple(set(keys)), relayed, corrects, chases)


def _lowest(hashes: list[int], k: int) -> list[int]:
    """`sorted(hashes)[:k]` without sorting them all: CRCs are spread evenly over 32 bits,
    so about 3k of them fall below 3k/n of the range; sort those (or all, when too few do).
    """
    below = (3 * k << 32) // len(hashes)
    low = [h for h in hashes if h < below]
    if len(low) < k:
        return sorted(hashes)[:k]
    low.sort()
    return low[:k]


def _clause_texts(body: str, hashes: list[int]) -> tuple[_ClauseText, ...]:
    clauses: list[_ClauseText] = []
    key_start = 0
    known = _CLAUSES_SEEN
    for found in _CLAUSE.finditer(body):
        piece = found.group()
        seen = known.get(piece)
        if seen is None:
            size = len(NON_WORD.sub("", piece))
            # The 3-grams wholly inside a clause are its own: the same clause text has the
            # same shingles in any message, so forwards reuse them.
            if size >= 3:
                shingles = frozenset(hashes[key_start : key_start + size - 2])
                seen = (size, shingles, _text_facts(piece))
            else:
                seen = (size, None, frozenset())
            if len(known) >= _CLAUSES_KEPT:
                known.clear()
            known[piece] = seen
        size, clause_shingles, facts = seen
        if clause_shingles is not None:
            start, end = found.span()
            clauses.append(_ClauseText(piece, start, end, clause_shingles, facts))
        key_start += size
    return tuple(clauses)


# Clause text → its number of word characters, its shingles (None under 3) and the facts
# its words state.
_CLAUSES_SEEN: dict[str, tuple[int, frozenset[int] | None, frozenset[str]]] = {}
_CLAUSES_KEPT = 8192


def _details(shape: _Shingled, mentions: list[TimeMention]) -> Details:
    body = shape.body
    clauses: list[Clause] = []
    for piece, start, end, shingles, facts in shape.clauses():
        inside = [m for m in mentions if start <= m.start < end] if mentions else None
        if inside:
            clause = Clause(
                piece,
                shingles,
                facts | _mention_facts(inside, body),
                any(m.explicit for m in inside),
            )
        else:
            clause = Clause(piece, shingles, facts, False)
        clauses.append(clause)
    all_facts: frozenset[str] = frozenset().union(*(c.facts for c in clauses))
    # A relay may move a deadline's day, never the month, quarter or warning colour.
    anchors = frozenset(
        fact
        for c in clauses
        for fact in c.facts
        if fact[0] in _ANCHOR_KINDS and not (c.deadline and fact[0] == "d")
    )
    tag = _TAG.search(body[:24])
    return Details(
        clauses=tuple(c for c in clauses if c.facts),
        facts=all_facts,
        anchors=anchors,
        # Who issued or passed it on (【梁河区气象台】, 【接上级通知】) says nothing of which
        # notice it is.
        tag=tag.group(1) if tag and not _names_no_kind(tag.group(1)) else "",
        # A news item about a meeting or a campaign (【桐溪融媒】我县召开…会议) is not its notice.
        media=bool(tag and _MEDIA.search(tag.group(1)) and _NEWS.search(body)),
        correction=shape.corrects,
        follow_up=bool(_FOLLOW_UP.search(body)),
        question=_asks(body),
        report_back=_REPORT_BACK.search(body) is not None or _sent_up(body, mentions),
        # Days of its "by" times, a clock time's day being the one it inherits (9:00前).
        due_days=frozenset(
            f"d{m.day.isoformat()}" for m in mentions if m.explicit and not m.replaced
        )
        if mentions
        else frozenset(),
    )


def _asks(body: str) -> bool:
    """Whether `body` asks a question: a 是否 or 有没有 after what is to be checked is
    the check ordered."""
    for match in _QUESTION.finditer(body):
        word = match.group()
        if word in ("是否", "有没有") and _CHECK_WHETHER.search(body, 0, match.start()):
            continue
        return True
    return False


def _asked_aside(print_: Fingerprint) -> bool:
    """Whether a text that says it passes a notice on asks only in a line it adds for
    someone it names after (【紧急】转西溪社区：…钢瓶角阀漏气…@林志强 你在附近的话先过去？:
    blind set B4): the notice passed on, with a word to a colleague, not a question."""
    if not print_.passed_on:
        return False
    body = print_.body
    aside = body.rfind("@")
    return aside > 0 and not _asks(body[:aside])


def _sent_up(body: str, mentions: list[TimeMention]) -> bool:
    """Whether a short text only says that what was asked is sent up (今天零报告已报县应急局).
    One that still says by when (明早8点前已报区委办, the user's reply in the task's own
    words) keeps to the task: its answer is found through it (see engine._answer_of)."""
    return (
        len(_word_chars(body)) <= SHORT_TEXT
        and _SENT_UP.search(body) is not None
        and not any(m.explicit for m in mentions)
    )


def _names_no_kind(tag: str) -> bool:
    """Whether a leading 【tag】 says who issued or passed on the text, not what it is."""
    return (
        _ISSUER.search(tag) is not None
        or _RELAY_TAG.search(tag) is not None
        or _KIND_ONLY_TAG.match(tag) is not None
    )


# A tag that says only that the text is a notice or a reminder, maybe whose (【温馨提示】,
# 【重要通知】, 【锦华苑物业通知】): the property office's 【温馨提示】 passing on the county's
# 【寒潮预警】, or its 【…物业通知】 passing on the heating company's 【停热通知】, is that
# notice (blind set Y3). 【停热通知】, 【会议通知】 name what it is about.
_KIND_ONLY_TAG = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?(?:物业|公司|社区|村委会?|居委会?|街道|台|局|办|委|中心|站|所))?"
    r"(?:温馨|友情|重要|特别)?(?:提示|提醒|通知|公告)$"
)


def _title(body: str) -> str:
    found = _TITLE.search(body)
    return NON_WORD.sub("", found.group()) if found else ""


def _heading(body: str) -> str:
    found = _HEADING.match(body)
    return NON_WORD.sub("", found.group("title")) if found else ""


# A heading line that names no subject (会议通知, 紧急通知): a title all the same, which a
# forward keeps, and which tells a meeting's call from 关于做好疫苗接种有关工作的通知. On the
# first line, or the second after a line of the relayer's own (请各位认真落实！).
_HEADING = re.compile(
    r"(?:\s*[^\n]{0,20}[！!：:]\s*\n)?\s*(?:【[^】\n]{1,12}】\s*)*"
    r"(?P<title>[^，,。;；!！?？：:\n]{2,20}?(?:通知|通报|通告|公告|提醒|提示))\s*(?:\n|$)"
)


def _retold(a: Fingerprint, b: Fingerprint, facts: int = KEY_FACTS) -> bool:
    """Whether one text says it passes the other on (转…：, 接…：) and both state the same
    particulars (places, figures, days, times): a forward retold in fewer words.

    Two people's own reports of one incident are not folded this way; only a forward is.
    """
    if not a.relayed:
        return False
    return len(a.facts & b.facts) >= facts


def _same_change(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two corrections state one change: the same day and the same clock times
    (the one it was and the one it is now), and no day or time the other does not (原定12月
    14日上午9点…调整为当天下午2点半 / 更正一下，12月14日的述职测评会改到下午2点30，不是上午9点了:
    blind set Z3). One correction passed on in other words; a second change of that
    meeting states another time."""
    if not (a.corrects and b.corrects):
        return False
    shared = a.facts & b.facts
    if not any(fact[0] == "d" for fact in shared):
        return False
    # The time it was, said by one alone (原7:20), is the same change: the other gives only
    # the new time (提前到7:00 / 提前到7点整（原7:20）: blind set A4).
    a_before, b_before = _times_before(a.body), _times_before(b.body)
    only = [
        fact
        for fact, before in chain(
            ((f, a_before) for f in a.facts - b.facts), ((f, b_before) for f in b.facts - a.facts)
        )
        if fact[0] in "dt" and fact not in before and not _span_dropped(fact, a.facts ^ b.facts)
    ]
    times = sum(fact[0] == "t" for fact in shared) + sum(
        fact in a_before or fact in b_before for fact in a.facts ^ b.facts
    )
    return times >= 2 and not only


# The time a correction says it was (原7:20, 原定下午2点30分, 原来是9点).
_TIME_BEFORE = re.compile(
    r"原(?:定|来|计划|通知)?(?:的|于|是|为)?[^，,。；;]{0,16}?"
    r"(?P<h>\d{1,2})(?:[:：](?P<m>\d{2})|点(?:(?P<half>半)|(?P<pm>\d{1,2})分?)?)"
)


_CLOCK_FACT = re.compile(r"t\d\d:\d\d$")


def _span_dropped(fact: str, differing: frozenset[str]) -> bool:
    """Whether `fact` is a span (发言时间仍为5分钟) that the other text leaves out rather
    than states otherwise: a detail a shorter correction drops."""
    if fact[0] != "t" or _CLOCK_FACT.match(fact):
        return False
    return sum(f[0] == "t" and not _CLOCK_FACT.match(f) for f in differing) == 1


def _times_before(body: str) -> frozenset[str]:
    """The clock times (as facts, t07:20) that `body` says were the time before its change,
    morning and afternoon both, as the text may leave which one unsaid."""
    found: set[str] = set()
    for match in _TIME_BEFORE.finditer(body):
        hour = int(match.group("h"))
        minute = 30 if match.group("half") else int(match.group("m") or match.group("pm") or 0)
        if hour > 24 or minute > 59:
            continue
        for h in {hour % 12, hour % 12 + 12}:
            found.add(f"t{h:02d}:{minute:02d}")
    return frozenset(found)


def _same_day_stated(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether both texts state one same day (a fact of kind d)."""
    return any(fact.startswith("d") for fact in a.facts & b.facts)


def _named_apart(a_title: str, b_title: str) -> bool:
    """Whether two document titles name two documents (关于做好春节期间走访慰问退役军人…的通知 /
    …走访慰问困难群众和留守老人…的通知): each says something the other does not. A forward
    may shorten its notice's title (…虹江区居民委员会换届… to …居委会换届…), not change it."""
    if not (a_title and b_title) or a_title == b_title:
        return False
    a_chars, b_chars = set(a_title), set(b_title)
    return (
        len(a_chars - b_chars) >= TITLE_CHARS_APART and len(b_chars - a_chars) >= TITLE_CHARS_APART
    )


def _same_title(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether both texts name the same document (关于开展…检查的通知)."""
    return bool(a.title) and a.title == b.title


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Containment of the shorter text's shingles in the other's (0…1)."""
    a_size, b_size = len(a.shingles), len(b.shingles)
    smaller, larger = (a_size, b_size) if a_size <= b_size else (b_size, a_size)
    if smaller == 0 or smaller < MIN_LENGTH_RATIO * larger:
        return 0.0
    return len(a.shingles & b.shingles) / smaller


def other_subject(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two texts are about two things: their titles or headings name two documents
    (关于做好疫苗接种有关工作的通知 / 会议通知), or one office's boilerplate carries two
    subjects (see `_subject_swapped`). A text folded into a notice must not be about another
    thing than the notice's first message, whichever message of it the text resembles."""
    return _named_apart(a.heading, b.heading) or _subject_swapped(a.body, b.body)


def conflicts(a_print: Fingerprint, b_print: Fingerprint) -> bool:
    """Whether two similar texts differ in something that makes them different notices."""
    if a_print.body == b_print.body and a_print.day == b_print.day:
        return False
    if a_print.day != b_print.day and (
        (_days_report(a_print.body) and _days_report(b_print.body))
        or (_done_report(a_print) and _done_report(b_print))
    ):
        # A unit's nil report (查干淖尔晚7点半零报告) is of the day it is sent: the same words
        # the next evening are that evening's report, not this one again (blind set Q3). So
        # is a count of what was done (马家冲8户21人转移完毕, the night after 马家冲滑坡点8户21人
        # 转移完毕…: the second night's evacuation, blind set D4).
        return True
    if (
        _done_report(a_print)
        and _done_report(b_print)
        and _count_grown(a_print.facts, b_print.facts)
    ):
        # A count of what was done, then a larger one (杉山村老屋场6户19人转移到位 / 杉山村老屋场
        # 6户19人、冲里组9户26人全部转移，共15户45人: blind set D4): the next count, not the
        # first passed on.
        return True
    if _named_apart(a_print.heading, b_print.heading):
        return True
    a, b = a_print.details, b_print.details
    if (
        a.correction != b.correction
        or (a.question != b.question and not _asked_aside(a_print if a.question else b_print))
        or a.report_back != b.report_back
    ):
        return True
    if a.follow_up != b.follow_up and not _heading_dropped(a_print, b_print):
        return True
    if a.media != b.media:
        return True
    if a_print.chases != b_print.chases:
        # The chase of a ticket (【督办】工单HJ2701020018…已超24小时未回复) is not the ticket,
        # though it quotes its number and its words (blind set C4).
        return True
    if (
        _ASKS.search(a_print.body)
        and _ASKS.search(b_print.body)
        and similarity(a_print, b_print) < ASKED_CONTAINMENT
    ):
        # Two people's questions on one form (…“误时投放点”这一栏，阿拉三和新村… /
        # …“桶边督导志愿者”这一栏，阿拉春晖公寓…): a question passed on is passed on whole.
        return True
    if (
        a.tag
        and b.tag
        and a.tag not in b.tag
        and b.tag not in a.tag
        and not (a.tag in _PRESSING_TAGS and b.tag in _PRESSING_TAGS)
        and not _warning_relayed_as_pressing(a.tag, b.tag)
    ):
        return True
    if _disagree(a.anchors - b.facts, b.anchors - a.facts):
        return True
    if (
        len(a_print.body) <= _SHORT_REPORT
        and len(b_print.body) <= _SHORT_REPORT
        and _figures_differ(a_print.facts, b_print.facts)
    ):
        # Two short reports (a notice passed down may set each unit its own figure:
        # 每个区不少于10项 → 每个镇街不少于3项).
        return True
    if (
        len(a_print.body) <= _SHORT_REPORT
        and len(b_print.body) <= _SHORT_REPORT
        and _places_differ(a_print.facts, b_print.facts)
    ):
        # Two units' reports of one figure (坝岭社区人口抽样调查工作已完成，共入户50户 / 溪东社区
        # 老旧小区改造工作已完成，共入户50户), their clauses too far apart to line up.
        return True
    if _swapped_phrase(a_print.body, b_print.body) or _subject_swapped(a_print.body, b_print.body):
        return True
    if _one_name_two_things(a_print.body, b_print.body):
        return True
    if _one_entry_of_list(a_print.facts, b_print.facts) or _one_entry_of_list(
        b_print.facts, a_print.facts
    ):
        return True
    if _other_reporter(a_print.body, b_print.body):
        return True
    if _day_of_schedule(a_print, b_print) or _day_of_schedule(b_print, a_print):
        return True
    if (_STILL_MISSING.search(a_print.body) is None) != (
        _STILL_MISSING.search(b_print.body) is None
    ):
        # The rule posted again with who has not yet reported today (…无情况报“零”。今日仲差
        # 岜林村、古榕社区): a chase of that day's round, not the rule passed on.
        return True
    if _other_round(a_print.body, b_print.body) or _other_period(a_print.body, b_print.body):
        return True
    a_place, b_place = _LEADING_PLACE.match(a_print.body), _LEADING_PLACE.match(b_print.body)
    if a_place and b_place and a_place.group() != b_place.group():
        # Two villages' reports on one template (港尾村8月5日灾情日报：… / 澳头村…).
        return True
    # Judged on the earlier day: a relay sent later is not stale for being later.
    first_day = min(a_print.day, b_print.day)
    if _stale(a.due_days, first_day) != _stale(b.due_days, first_day):
        return True
    if not (a.due_days & b.due_days) and _later_day(a.due_days, b.due_days):
        # Due on a later day than anything the other sets: tomorrow's round of a daily
        # reminder, not a relay of today's (whichever clauses the texts line up).
        return True
    # Only clauses that state facts can disagree (Details keeps only those).
    lined_up = False
    for clause in a.clauses:
        other = _best_clause(clause, b.clauses)
        if other is None:
            continue
        lined_up = True
        if not _disagree(clause.facts - b.facts, other.facts - a.facts):
            continue
        relay = (
            (clause.deadline or other.deadline)
            and _only_times_differ(clause.facts - b.facts, other.facts - a.facts)
            # Passed down to other units, in this clause or where the text addresses them
            # (各村（社区）立即组织…，17时前…全部上岸).
            and (clause.units != other.units or _units(a_print.body) != _units(b_print.body))
            and not _later_day(clause.facts - b.facts, other.facts - a.facts)
            and not _gone_when_posted(clause.facts - b.facts, a_print.day, b_print.day)
            and not _gone_when_posted(other.facts - a.facts, b_print.day, a_print.day)
        )
        if not relay:
            return True
    # Two reports on one template, each in one long clause said its own way (桂园街道寒潮
    # 期间困难群众探访情况：…发现取暖用电隐患5处… / 桂园街道12月5日困难群众探访日报：…发现问题
    # 2处…: blind set V3): no clause lines up, and a figure of one measure differs.
    return not lined_up and bool(a.clauses) and _figures_differ(a_print.facts, b_print.facts)


def _days_report(body: str) -> bool:
    """Whether `body` is a short nil report (村晚7点半零报告, 今日无情况), not a rule for them."""
    return len(_word_chars(body)) <= DAYS_REPORT_CHARS and _NIL_REPORT.search(body) is not None


def _done_report(print_: Fingerprint) -> bool:
    """Whether a short text, not passed on, counts what was done (杉山村老屋场6户19人转移到位)."""
    return (
        not print_.passed_on
        and len(_word_chars(print_.body)) <= SHORT_TEXT
        and _DONE_WORK.search(print_.body) is not None
        and any(fact[0] == "n" for fact in print_.facts)
    )


def _count_grown(a_facts: frozenset[str], b_facts: frozenset[str]) -> bool:
    """Whether one text states a figure the other does not, of a measure the other
    counts in too (9户 beside 6户)."""
    measures_a = {_FIGURE_MEASURE.sub("", f) for f in a_facts if f[0] == "n"} - {""}
    measures_b = {_FIGURE_MEASURE.sub("", f) for f in b_facts if f[0] == "n"} - {""}
    only_a = {_FIGURE_MEASURE.sub("", f) for f in a_facts - b_facts if f[0] == "n"}
    only_b = {_FIGURE_MEASURE.sub("", f) for f in b_facts - a_facts if f[0] == "n"}
    return bool(only_a & measures_b) or bool(only_b & measures_a)


# Word that a task is done: 转移完毕, 转移到位, 全部转移, 已撤离, 已完成.
_DONE_WORK = re.compile(r"完毕|到位|全部(?:转移|撤离|完成)|已(?:转移|撤离|完成)")
# A nil report: 零报告, 无情况, 无异常, 一切正常, …平安.
_NIL_REPORT = re.compile(r"零报告|报零|无情况|无异常|(?:一切|均|全部)正常|平安[。!！]?\s*$")


def _heading_dropped(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether one of two texts passes the other, a follow-up, on whole but for the heading
    that said so (续报：红崖镇马家岔村一氧化碳中毒3人已脱离危险… / 转县应急局：马家岔村一氧化碳
    中毒3人已脱离危险…): the relay of that follow-up, not the first report."""
    follow, other = (a, b) if a.details.follow_up else (b, a)
    heading = _FOLLOW_UP_HEADING.match(follow.body)
    return (
        other.passed_on
        and heading is not None
        and _FOLLOW_UP.search(follow.body, heading.end()) is None
        and similarity(a, b) >= PASSED_ON_WHOLE
    )


# A follow-up's heading: 续报：, 【续报】, 【再报】.
_FOLLOW_UP_HEADING = re.compile(r"\s*(?:【\s*(?:续报|再报)\s*】|(?:续报|再报)\s*[:：])")


def _warning_relayed_as_pressing(a_tag: str, b_tag: str) -> bool:
    """Whether one tag names a warning and the other only says it is pressing: the county's
    【地质灾害气象风险预警升级】 passed on by the town as 【紧急】 is that warning."""
    return (a_tag in _PRESSING_TAGS and "预警" in b_tag) or (
        b_tag in _PRESSING_TAGS and "预警" in a_tag
    )


# A chase of a ticket or a task overdue: 【督办】, 【市级督办】, 督办件, 县局督办：, 催办单, 已超
# 24小时未回复. Not a count or a rule (挂牌督办数, 纳入督办事项).
_CHASE = re.compile(
    r"【[^】]{0,6}(?:督办|催办)[^】]{0,4}】|(?:督办|催办)(?:件|单|函|[:：])"
    r"|[县区市省][\u4e00-\u9fff]{0,3}?(?<!挂牌)(?<!列入)(?<!纳入)(?:督办|催办)(?!事项|机制|制度|清单|数)"
    r"|(?:超期|超时|已超\s*\d+\s*(?:个?小时|天|日|个工作日))未(?:回复|办结|反馈|处理|答复)"
)
# Who has not yet reported, named: 今日仲差岜林村, 还差永兴村、东升村, 目前还有…未报; or how
# few have (目前只有3个村报了).
_STILL_MISSING = re.compile(
    r"(?:还|仍|仲|尚)差[\u4e00-\u9fff]{2}|还有[^。;；\n]{1,16}?未报"
    r"|(?:只有|才|仅)[\d一二两三四五六七八九十]+个[\u4e00-\u9fff]{0,3}?(?:报了|已报)"
    # ...or who is asked to make it up (请桂园街道、龙山镇今晚8点前补报…日报: blind set V3).
    r"|请[^。;；!！?？\n]{1,16}?补报"
)
# A round of a series: 第二批, 第3次, 第四轮, 第2期.
_ROUND = re.compile(r"第([一二三四五六七八九十\d]{1,3})(批|次|轮|期)")


def _other_round(a_body: str, b_body: str) -> bool:
    """Whether the texts name different rounds of one series (报送第一批人员转移数据 /
    报送第二批…), wherever the rest of their words line up."""
    a_rounds = {(m.group(2), m.group(1)) for m in _ROUND.finditer(a_body)}
    if not a_rounds:
        return False
    b_rounds = {(m.group(2), m.group(1)) for m in _ROUND.finditer(b_body)}
    shared = {kind for kind, _ in a_rounds} & {kind for kind, _ in b_rounds}
    # Disjoint, not merely different: a relay may cite an earlier round as well (第24期交办单
    # … 第23期交办未整改到位).
    return any(
        {n for k, n in a_rounds if k == kind}.isdisjoint({n for k, n in b_rounds if k == kind})
        for kind in shared
    )


# The period a report covers, as its name says: 年报, 月报, 季报, 半年报, 旬报, 周报 (not 12月报送,
# 本周报名, 年报告 said of a year's work, nor 每月报一次).
_PERIOD_REPORT = re.compile(
    r"(?<![\d一二三四五六七八九十本下上每这该当])(半年|年|季|月|旬|周)度?报(?![送道名告到批备销修])"
)


def _other_period(a_body: str, b_body: str) -> bool:
    """Whether the texts ask for reports of other periods (…统计年报 / …统计月报, blind set
    U3): one template, two reports, however much of the rest they share."""
    a_periods = set(_PERIOD_REPORT.findall(a_body))
    if not a_periods:
        return False
    b_periods = set(_PERIOD_REPORT.findall(b_body))
    return bool(b_periods) and a_periods.isdisjoint(b_periods)


def _subject_swapped(a_body: str, b_body: str) -> bool:
    """Whether the texts are one office's boilerplate about two subjects: a phrase of one
    is a phrase of the other with its subject swapped (为防止耕地保护问题反弹 / 为防止人居环境
    整治问题反弹, 鉴于当前禁毒宣传形势严峻 / 鉴于当前反诈宣传形势严峻), and each names its own
    subject again elsewhere (its title, another phrase) and never the other's. That is what
    the notice is about, however much of the rest the two share.

    A relay that rewords a phrase (部分地方出现棚圈倒塌 → 部分苏木镇出现棚圈倒塌, 由民兵连长带队 →
    由专人带队) does not name the words it dropped once more, nor leave out the notice's."""
    a_only = _phrases(a_body) - _phrases(b_body)
    if not a_only:
        return False
    b_only = _phrases(b_body) - _phrases(a_body)
    if not b_only:
        return False
    a_words, b_words = _word_chars(a_body), _word_chars(b_body)
    for a in a_only:
        for b in b_only:
            middles = _swap(a, b)
            if middles is None or not _mostly_other(*middles):
                continue
            a_subject, b_subject = middles
            if (
                len(_HAN.findall(a_subject)) >= 2
                and len(_HAN.findall(b_subject)) >= 2
                and a_words.count(a_subject) >= 2
                and b_words.count(b_subject) >= 2
                and a_subject not in b_words
                and b_subject not in a_words
            ):
                return True
    return False


@lru_cache(maxsize=2048)
def _phrases(body: str) -> frozenset[str]:
    """The words of each phrase (between commas and stops) of `body`, of those long
    enough to hold a subject between an opening and an ending."""
    return frozenset(
        words for piece in _PHRASE.findall(body) if len(words := _word_chars(piece)) >= 6
    )


_PHRASE = re.compile(r"[^，,。;；!！?？\n：:、]+")


# The shortest name two short texts may share and still say two things of it, and the
# fewest Chinese characters each must say besides.
NAME_CHARS = 6
SAID_OF_NAME = 4


def _one_name_two_things(a_body: str, b_body: str) -> bool:
    """Whether two short texts share one name, under half the longer one, and nothing
    else: what each says of it has
    not a pair of characters in common with what the other says (全县2027年度城乡居民医保
    缴费率78.9% / 2027年度城乡居民医保待遇政策解读[链接]; 2026年度…绩效考核细则已在局网站公开 /
    补充：绩效考核自查报告模板见附件: blind set T3). Two posts on one subject, not one
    notice passed on: a forward keeps the notice's words around the name, and a reworded
    one keeps some of them (各村…前…报)."""
    a, b = _word_chars(a_body), _word_chars(b_body)
    if len(a) > _SHORT_REPORT or len(b) > _SHORT_REPORT:
        return False
    at_a, at_b, size = _longest_shared(a, b)
    if size < NAME_CHARS or 2 * size >= max(len(a), len(b)):
        # A notice said whole in the other, whatever either adds (…拨打120，家里烧炉子的都
        # 看看 / …拨打120，转给大家): what they share is what they say, not a name.
        return False
    a_rest = (a[:at_a], a[at_a + size :])
    b_rest = (b[:at_b], b[at_b + size :])
    if (
        len(_HAN.findall("".join(a_rest))) < SAID_OF_NAME
        or len(_HAN.findall("".join(b_rest))) < SAID_OF_NAME
    ):
        return False
    return _pairs(a_rest).isdisjoint(_pairs(b_rest))


# How many other villages or communities, each with its own figures, a list must name
# besides the entry a text keeps of it to be a list of several people's or units' items.
LIST_OTHER_PLACES = 2


def _one_entry_of_list(a_facts: frozenset[str], b_facts: frozenset[str]) -> bool:
    """Whether `b` keeps one entry of the list `a` states (…高岩村4组吴某某救助2000元；新寨村
    3组张某某救助3000元；羊排村5组龙某某救助1000元 / 高岩村4组吴某某临时救助2000元，老四你那个批
    了哈: blind set Z3): it names only places the list names, and the list names at least
    two more, with figures `b` does not state. Told to the one it concerns, not the list
    passed on: a forward that trims a notice keeps whom it addresses, not one line of a
    roster."""
    b_places = {f for f in b_facts if f[0] == "p"}
    if not b_places:
        return False
    a_places = {f for f in a_facts if f[0] == "p"}
    if not b_places < a_places or len(a_places - b_places) < LIST_OTHER_PLACES:
        return False
    a_figures = {f for f in a_facts - b_facts if f[0] == "n"}
    b_own = {f for f in b_facts - a_facts if f[0] in "np"}
    return len(a_figures) >= LIST_OTHER_PLACES and not b_own


def _day_of_schedule(newer: Fingerprint, older: Fingerprint) -> bool:
    """Whether `newer`, sent on a later day than `older`, speaks only of its own day and
    `older` is a schedule of that day and others (12月23日…检查海澄中心小学…；12月24日…检查
    启航幼儿园… / 今天上午9点检查启航幼儿园…，我们已出发, two days on: blind set B4): that
    day's word on its entry, not the schedule passed on, which goes on before its days."""
    if newer.day <= older.day:
        return False
    newer_days = {f for f in newer.facts if f[0] == "d"}
    if newer_days != {f"d{newer.day.isoformat()}"}:
        return False
    # The days of its entries: not a day to be done by (7月3日前将活动照片…报), nor the day
    # it was sent (今天下班前完成点位准备), which a reminder on the day leaves out.
    entries = {f for f in older.facts if f[0] == "d"} - older.details.due_days
    entries.discard(f"d{older.day.isoformat()}")
    return len(entries) >= 2 and newer_days < entries


# What a unit's short report says it has done: 自查表已上传, 排查完毕，无异常.
_DONE = re.compile(r"已|完毕|无异常|正常|零报告|平安")


def _other_reporter(a_body: str, b_body: str) -> bool:
    """Whether two short texts are two units' reports of one thing done: the same words
    after a name that differs from its first character (中心小学食堂自查表已上传 / 南湖初中
    食堂自查表已上传: blind set W3). A forward adds its header before the words it keeps
    and does not replace the one who reports."""
    a, b = _word_chars(a_body), _word_chars(b_body)
    if len(a) > SHORT_TEXT or len(b) > SHORT_TEXT or not a or not b or a[0] == b[0]:
        return False
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if tail < 2 or _DONE.search(a[len(a) - tail :]) is None:
        return False
    only_a, only_b = a[: len(a) - tail], b[: len(b) - tail]
    return (
        len(_HAN.findall(only_a)) >= 2
        and len(_HAN.findall(only_b)) >= 2
        and _mostly_other(only_a, only_b)
    )


def _longest_shared(a: str, b: str) -> tuple[int, int, int]:
    """Where in `a` and in `b` their longest shared stretch starts, and its length."""
    best = (0, 0, 0)
    previous = [0] * (len(b) + 1)
    for i, char in enumerate(a, 1):
        row = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if char == other:
                row[j] = previous[j - 1] + 1
                if row[j] > best[2]:
                    best = (i - row[j], j - row[j], row[j])
        previous = row
    return best


def _pairs(pieces: tuple[str, ...]) -> set[str]:
    """The pairs of adjacent characters within each of `pieces`."""
    return {piece[k : k + 2] for piece in pieces for k in range(len(piece) - 1)}


def _swapped_phrase(a_body: str, b_body: str) -> bool:
    """Whether two short texts are one template with another phrase in it: the same
    opening and end, and between them a phrase of two or more Chinese characters on each
    side (three or more on one), the two mostly of other characters.

    A forward adds a header or a tail, or trims, and keeps the words between; a reworded
    one changes a word here and there (于→在, 账→帐, 报送→上报), which leaves the
    stretches between the changes shared. Whom a notice is passed down to (各党支部 →
    各村（社区）党组织) is a relay's to change. Figures, days and places that differ are
    left to the facts.
    """
    a, b = _word_chars(a_body), _word_chars(b_body)
    if len(a) > SHORT_TEXT or len(b) > SHORT_TEXT:
        return False
    return _swapped(a, b)


def _swapped(a: str, b: str) -> bool:
    """Whether word strings `a` and `b` are one template with another phrase in it (see
    `_swapped_phrase`)."""
    middles = _swap(a, b)
    if middles is None:
        return False
    only_a, only_b = middles
    sizes = sorted((len(_HAN.findall(only_a)), len(_HAN.findall(only_b))))
    if sizes[0] >= 2 and sizes[1] >= 3 and _mostly_other(only_a, only_b):
        return True
    # ...or two words each of which has two characters or more the other text lacks
    # (安全生产 / 燃气安全, 安全生产 / 校园周边安全: the subjects of one daily reminder), where
    # a reworded relay changes a character (台账 / 台帐) or a word the other keeps. Words,
    # in a text that keeps the rest: not a sentence said over in another order; and one
    # of three characters or more: 当前 / 最新 is said either way.
    kept = len(a) - len(only_a)
    return (
        3 <= max(len(only_a), len(only_b)) <= min(SUBJECT_CHARS, kept)
        and len(set(_HAN.findall(only_a)) - set(b)) >= 2
        and len(set(_HAN.findall(only_b)) - set(a)) >= 2
    )


def _swap(a: str, b: str) -> tuple[str, str] | None:
    """What word strings `a` and `b` hold between a shared opening and a shared end of two
    characters or more each, neither of them empty; else None."""
    if a == b:
        return None
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if head < 2 or tail < 2 or a[head - 1] == "各":
        return None
    only_a, only_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if not (only_a and only_b):
        return None
    return only_a, only_b


def _mostly_other(a: str, b: str) -> bool:
    """Whether two phrases are mostly of other characters: 防返贫监测 / 耕地保护, not 台账 /
    的台帐."""
    chars_a, chars_b = set(a), set(b)
    return 2 * len(chars_a & chars_b) < min(len(chars_a), len(chars_b))


@lru_cache(maxsize=2048)
def _word_chars(body: str) -> str:
    """The words and digits of `body` alone; cached, as a notice in the index is compared
    with each newcomer that resembles it (a daily reminder with every round of it)."""
    return NON_WORD.sub("", body)


def _only_times_differ(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Whether the facts of a kind both sides state differently are all days and times."""
    shared = {fact[0] for fact in only_a} & {fact[0] for fact in only_b}
    return shared <= {"d", "t", "r"}


def _later_day(newer: frozenset[str], older: frozenset[str]) -> bool:
    """Whether the newer text's own day is after every day the older one states there.

    A relay passes a notice down with an earlier internal deadline, never a later one;
    a later day to another office is another notice on the same template.
    """
    new_days = [fact for fact in newer if fact[0] == "d"]
    old_days = [fact for fact in older if fact[0] == "d"]
    # "d" facts are ISO dates, so they sort as strings.
    return bool(new_days and old_days) and min(new_days) > max(old_days)


def _gone_when_posted(own: frozenset[str], day: date, other_day: date) -> bool:
    """Whether the days a text states in place of the other's (`own`) were all gone on the
    day it was posted, it being the later of the two: a relay sets its units a day still
    to come, so this is last week's round quoted as a template (附上周（12月4日）的报表格式：
    …请于12月4日下午3点前报送…, under this week's …首次报送时间为12月11日: blind set X3)."""
    if day < other_day:
        return False
    # "d" facts are ISO dates, so they sort as strings.
    days = [fact for fact in own if fact[0] == "d"]
    return bool(days) and max(days) < f"d{day.isoformat()}"


def _stale(due_days: frozenset[str], day: date) -> bool:
    """Whether every day a text is due by was long gone on `day`: last year's notice quoted
    as a template (请各乡镇于2025年1月20日前报送), not this one passed on."""
    try:
        long_gone = day - STALE
    except OverflowError:
        # In the calendar's first days nothing was due long before.
        return False
    # "d" facts are ISO dates, so they sort as strings.
    return bool(due_days) and max(due_days) < f"d{long_gone.isoformat()}"


def _disagree(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Both sides state a fact of the same kind that the other side does not."""
    if not only_a or not only_b:
        return False
    only_a, only_b = _unmatched_relative(only_a, only_b)
    if not only_a or not only_b:
        return False
    return bool({fact[0] for fact in only_a} & {fact[0] for fact in only_b})


def _figures_differ(a_facts: frozenset[str], b_facts: frozenset[str]) -> bool:
    """Whether each text states a figure of one measure that the other does not (自评得分
    94分 / 91分, 已补充融雪剂4吨 / 200吨, 已有4个县报送 / 还有3个县没报): two units' reports
    on one template, or another count of one round, wherever in the texts the figures
    stand (clauses this short and this different do not line up: blind set S3). A bare
    number, with no measure after it, says too little of what it counts."""
    only_a = {_FIGURE_MEASURE.sub("", f) for f in a_facts - b_facts if f[0] == "n"}
    if not only_a:
        return False
    only_b = {_FIGURE_MEASURE.sub("", f) for f in b_facts - a_facts if f[0] == "n"}
    return bool((only_a & only_b) - {""})


def _places_differ(a_facts: frozenset[str], b_facts: frozenset[str]) -> bool:
    """Whether each text names a village or community the other does not."""
    return any(f[0] == "p" for f in a_facts - b_facts) and any(
        f[0] == "p" for f in b_facts - a_facts
    )


# Up to this long, a text with another figure is another report, not a notice relayed.
_SHORT_REPORT = 50
# A figure's number, leaving its measure (n94分 → 分).
_FIGURE_MEASURE = re.compile(r"^n[\d.]+\s*")


def _best_clause(clause: Clause, others: tuple[Clause, ...]) -> Clause | None:
    best: Clause | None = None
    best_score = CLAUSE_MATCH
    for other in others:
        smaller = min(len(clause.shingles), len(other.shingles))
        if smaller == 0:
            continue
        score = len(clause.shingles & other.shingles) / smaller
        if score >= best_score:
            best, best_score = other, score
    return best


def trigram_hashes(key: str) -> list[int]:
    """CRC-32 of each character 3-gram: stable across runs, unlike hash().

    The 3-grams come from a zero-width regex and are hashed through map(), so no Python
    bytecode runs per character. (A table of 3-gram hashes already computed measured no
    faster in the engine, and a 32-bit multiplicative hash of all 3-grams at once in
    big-integer arithmetic, twice as fast, sampled worse keys: fewer forwards folded.)
    """
    if len(key) < 3:
        return [zlib.crc32(key.encode())]
    return list(map(zlib.crc32, map(str.encode, _TRIGRAM.findall(key))))


_TRIGRAM = re.compile(r"(?=(...))", re.DOTALL)


def _mention_facts(mentions: list[TimeMention], body: str) -> set[str]:
    """The days and clock times a clause of `body` states (its other facts: _text_facts);
    a time counted from the message (30分钟内) as its minute of the day, of a kind of its
    own (see `_unmatched_relative`)."""
    facts: set[str] = set()
    for mention in mentions:
        if mention.dated and not (
            mention.explicit or _DATES_DOCUMENT.match(body, mention.end) is None
        ):
            # The day a cited document was issued (12月24日《关于做好期末考试工作的通知》
            # 中…更正为…): a forward of the correction may drop it (blind set W3).
            continue
        if mention.dated:
            facts.add(f"d{mention.day.isoformat()}")
        if mention.clock and mention.at is not None:
            if mention.relative and _SPAN_FROM_POST.search(body, mention.start, mention.end):
                facts.add(f"r{mention.at.hour * 60 + mention.at.minute}")
            else:
                facts.add(f"t{mention.at.isoformat(timespec='minutes')}")
    return facts


# What follows the day a document is dated by: its title (12月24日《…》, 12月24日印发的《…》).
_DATES_DOCUMENT = re.compile(r"\s*(?:(?:印发|下发|发布|发出|发)的?)?\s*《")
# A span from the message's own time (30分钟内, 两小时以内), not a day said from it (今天下午2:30).
_SPAN_FROM_POST = re.compile(r"(?:分钟|小时|钟头|钟)(?:之内|以内|内)")


def _unmatched_relative(
    only_a: frozenset[str], only_b: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The facts without the times counted from the message (30分钟内) that a time of the
    other side's comes within RELATIVE_RESTATED of: a relay minutes later restates the
    same window from its own post (the city's DING 请鹭湖镇30分钟内核实 at 14:10, the
    town's 【转市政府办】…要求30分钟内核实反馈 at 14:13), where the next round of it comes
    hours later."""
    a_times = [int(f[1:]) for f in only_a if f[0] == "r"]
    b_times = [int(f[1:]) for f in only_b if f[0] == "r"]
    if not a_times or not b_times:
        return only_a, only_b

    def near(minute: int, others: list[int]) -> bool:
        return any(_minutes_apart(minute, o) <= RELATIVE_RESTATED for o in others)

    matched = {f"r{m}" for m in a_times if near(m, b_times)}
    matched |= {f"r{m}" for m in b_times if near(m, a_times)}
    return only_a - matched, only_b - matched


def _minutes_apart(a: int, b: int) -> int:
    """Minutes between two minutes of the day, across midnight too."""
    apart = abs(a - b)
    return min(apart, 24 * 60 - apart)


def _text_facts(piece: str) -> frozenset[str]:
    """The facts a clause states in words: months, figures, places, warning colours (its
    days and times come from the time mentions)."""
    facts: set[str] = set()
    # An item's number (1.是否安装…, ①是否… read as 1是否…) counts nothing: a relay that
    # numbers the items its own way (blind set Y3) states the same facts.
    piece = _ITEM_NUMBER.sub(" ", piece)
    for kind, value in _fact_matches(piece):
        if kind == "skip":
            continue
        if kind == "place":
            if value[0] in _NOT_PLACE or value[1] in _NOT_PLACE or value[1] in _NOT_VILLAGE:
                continue
            facts.add(f"p{value}")
        else:
            # 12℃ (canonical: 12°c) and 12度 are the same temperature.
            if "°" in value:
                value = value.replace(" ", "").replace("°", "度")
            # 80余个 and 80多个 are one rough count (a relay says it its own way: blind set Z3).
            elif value[-1] == "多":
                value = value[:-1] + "余"
            facts.add(f"{_KIND_LETTER[kind]}{value}")
    return frozenset(facts)


def _fact_matches(piece: str) -> Iterator[tuple[str, str]]:
    """(kind, value) of each match of _FACT in `piece`, found five times faster.

    The place alternative ("两个汉字 + 村/社区") makes the regex engine try it at every
    Chinese character. So _FACT_NOT_PLACE (every other alternative, behind a lookahead
    that lets the engine skip) runs alone, and places are found from their 村/社区.
    This yields exactly what _FACT.finditer would: a place and another alternative
    cannot start at the same character (a place starts with a Chinese character, every
    alternative after it in _FACT with a digit), so at each position the earlier of the
    two wins, and scanning resumes after it.
    """
    pos = 0
    other = _FACT_NOT_PLACE.search(piece)
    place = _next_place(piece, 0)
    while other is not None or place is not None:
        if place is not None and (other is None or place[0] < other.start()):
            start, end = place
            yield "place", piece[start:end]
            pos = end
        else:
            assert other is not None
            kind = other.lastgroup or "skip"
            yield kind, other.group(kind)
            pos = other.end()
        if other is not None and other.start() < pos:
            other = _FACT_NOT_PLACE.search(piece, pos)
        if place is not None and place[0] < pos:
            place = _next_place(piece, pos)


def _next_place(piece: str, pos: int) -> tuple[int, int] | None:
    """Span of the first match of _FACT's place alternative at or after `pos`."""
    for tail in _PLACE_TAIL.finditer(piece, pos + 2):
        start = tail.start() - 2
        if "\u4e00" <= piece[start] <= "\u9fff" and "\u4e00" <= piece[start + 1] <= "\u9fff":
            return start, tail.end()
    return None


# An item's number where a clause or a list after a colon starts: 1. 1、 1) or a circled
# ① (canonical: 1 before the item's first word), not a figure (12月, 3名, 2米, 1.5吨).
_ITEM_NUMBER = re.compile(
    # (1、6月12日前…, 1.6月12日前…: an item opening with its day, blind set D4.)
    r"(?:^|(?<=[^\d][:：]))\s*\d{1,2}(?:[.、)）](?!\d)|[.、)）](?=\d{1,2}月\d)"
    r"|(?=[\u4e00-\u9fff])(?![月日号点时年个名人户家元万千百岁天周分秒米度级次批期轮届组村吨辆台间套条项处座栋层场辆位只头亩斤公里小]))"
)


_KIND_LETTER = {
    "span": "t",
    "month": "m",
    "quarter": "q",
    "ordinal": "n",
    "phone": "n",
    "colour": "c",
    "grade": "g",
    "code": "k",
    "number": "n",
}


@lru_cache(maxsize=1024)
def _units(piece: str) -> frozenset[str]:
    units: set[str] = set()
    for name in _ADDRESSEE.findall(piece):
        unit = next((ch for ch in name if ch in _UNIT_CHARS), name)
        units.add(f"a{unit}")
    units.update(f"r{r}" for r in _RECIPIENT.findall(piece))
    if _TO_ME.search(piece):
        units.add("r我")
    return frozenset(units)


# Searched on every notice and every candidate folding checks, their branches opening with
# a lookbehind (更正|…|(?<!整)改为) or a class: the regex engine skips to where a match may
# start (see skip_ahead), the correction words three times faster on the bench's notices.
CORRECTION = skip_ahead(CORRECTION)
_STILL_MISSING = skip_ahead(_STILL_MISSING)
_CITES_DEMAND = skip_ahead(_CITES_DEMAND)
_FOLLOW_UP = skip_ahead(_FOLLOW_UP)
