"""A later notice that replaces an earlier one it does not fold with.

Folding keeps them apart, rightly: a correction (更正：会议改为下午4点) is not the notice it
corrects, and a warning signal at another level (暴雨黄色预警 → 暴雨橙色预警) is another
signal. But the old one then kept asking for attention beside what replaced it (Saturday's
yellow warning in Urgent, overdue, beside Monday's orange one). This says which earlier
notice a message replaces:

- a correction (更正, 调整为, 改为, 取消…) of a notice that is not one; one that says the
  figures were wrong (中午数字有误) may change its figures;
- the same hazard's warning signal at another level, or the lifting of it (解除);
- the same emergency response (森林防火, 防汛) at another level (由Ⅳ级提升至Ⅲ级), or ended;
- a short correction its poster adds in the same group (更正一下🙏 慰问品明天上午10点以后就
  可以领), which names what it corrects in a word or two: of that poster's notice there.

Only the candidates folding's lookup already met are judged (messages sharing an LSH
bucket with the new one; see `NoticeClusterer.lookup`), and those `Replaceable` keeps (the
notices stating the same hazard's signal or response, the poster's own recent notices in
the group), and only when one of the two says it corrects or states a warning signal or a
response level: no pairwise scan, nothing for most messages.

Never: an earlier message replacing a later one; two texts that disagree on anything but
a day or a time (another month, village, figure, quarter: another notice on the same
template); a correction of a correction; a text sharing too little with the other.

What stands of a notice a correction replaced (`standing`): a correction says what it
changes and little else (更正：会议时间调整为下午4:00，其他不变), so a notice that asks something
the correction does not (a relay's 请会前把警示牌和救生圈再检查一遍) still asks it, and its
due time, when it was the time the correction moves, moves with it.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from desk.core.messages import Standing
from desk.core.triage.deadlines import TimeMention, scan
from desk.core.triage.folding import (
    CORRECTION,
    Entry,
    Fingerprint,
    fingerprint,
    similarity,
    trigram_hashes,
)
from desk.core.triage.normalize import CLAUSE_MARKS, NON_WORD, SENTENCE_MARKS, clause_start

if TYPE_CHECKING:
    from desk.core.work_calendar import WorkCalendar

# A correction is short and names what it corrects in a few words (全区防溺水工作视频会议):
# a third of it in the other text, and that much in absolute terms.
CORRECTED_CONTAINMENT = 0.2
# A new warning signal repeats its template (预计…北部山区…最大小时雨强), little else.
WARNING_CONTAINMENT = 0.15
# Shared 3-grams: a phrase of about ten characters (not 明天的会议 alone).
MIN_SHARED = 8
# Shared 3-grams between the words around a correcting word and the text corrected:
# a five-character name (防溺水会议, 集中供热).
MIN_ABOUT = 3
# Where a text says it is a correction of all it says (【更正】, 更正：, 紧急更正：).
OPENING = 4
# Numbered items that make a text a list of several things.
LIST_ITEMS = 3
# Word characters before its correcting word that let a clause name what it changes on
# its own (原定8点半的班子碰头会改到…), without the clause before it (…的会议，时间调整为).
OWN_SUBJECT = 4
# How long a warning signal stands: the next one within it replaces it. A signal older
# than this ended on its own (last week's 大风蓝色预警 is not what 大风黄色预警 replaces).
WARNING_LASTS = timedelta(days=3)
# Fact kinds a correction or a new signal may change: days and clock times (the meeting
# moved to 4 pm), and for a warning its figures (100毫米 after 50～80毫米).
_MAY_CHANGE = frozenset("dt")
# And for a correction that says the figures were wrong, its figures (326人 for 312人).
_FIGURES_MAY_CHANGE = frozenset("dtn")
_FIGURES_WRONG = re.compile(
    r"(?:数字|数据|人数|数目|数量|总数|统计)[^,，。；;]{0,4}?(?:有误|错误|有错|不对|不准)"
    r"|(?:更正|纠正|订正)[^,，。；;]{0,4}?(?:数字|数据|人数|数目|数量|总数)"
)
# A correction its poster adds (更正一下…): said first, short, soon after the notice.
REPLY_OPENING = 2
REPLY_LONGEST = 50
REPLY_WITHIN = timedelta(days=1)
# The characters in a row, none of days and times, its first clause shares with the
# notice: a name (慰问品).
REPLY_NAME = 3
# Characters of a unit's name (区民政局, 镇政府): who asks, not what is corrected.
_UNIT = frozenset("省市区县镇乡村街局办委所站厅部处科府")
_WARNING_MAY_CHANGE = frozenset("dtnc")

_HAZARDS = (
    "雷雨大风|道路结冰|森林火险|地质灾害|城市内涝|持续低温|沙尘暴|强对流"
    "|台风|暴雨|暴雪|寒潮|大风|高温|干旱|雷电|冰雹|霜冻|大雾|低温|冰冻|山洪|霾"
)
# 暴雨橙色预警, 地质灾害气象风险黄色预警; a level changed in words (升级为橙色预警).
_SIGNAL = re.compile(
    rf"({_HAZARDS})(?:气象)?(?:风险)?(?:预警)?[^，,。；;\n]{{0,6}}?([红橙黄蓝])色预警"
)
_LEVEL_NOW = re.compile(r"(?:升级|提升|调整|降级|降低|变更|改)为([红橙黄蓝])色")
# An emergency response's level (启动全区森林防火Ⅳ级应急响应, 由Ⅳ级提升至Ⅲ级, 已提升为Ⅲ级
# 应急响应), canonical (Ⅳ reads iv), by what it responds to: the 森防指 (森林防火指挥部)
# raises the forest-fire response, the 防指 the flood one. Its level, or its end (终止,
# 解除).
_RESPONSE_OF = (
    ("森林防火", re.compile(r"森林防火|森防|森林火")),
    ("防汛", re.compile(r"防汛|防洪|(?<!森)防指|抗洪")),
    ("抗旱", re.compile(r"抗旱")),
    ("防台风", re.compile(r"防台|台风")),
    ("地震", re.compile(r"地震|抗震")),
    ("地质灾害", re.compile(r"地质灾害")),
    ("防寒潮", re.compile(r"寒潮|低温雨雪|冰冻")),
)
_GRADE = r"(iv|iii|ii|i|[1-4一二三四])级"
_RESPONSE_LEVEL = re.compile(
    rf"(?:(?:升级|提升|调整|降级|降低|下调|上调|变更|改)(?:为|至|到){_GRADE}"
    rf"|{_GRADE}(?:应急)?响应)"
)
_RESPONSE_ENDED = re.compile(
    r"(?:终止|解除|结束)[^。；;\n]{0,12}?应急响应|应急响应[^。；;\n]{0,6}?(?:终止|解除)"
)
_GRADES = {
    "i": "Ⅰ",
    "ii": "Ⅱ",
    "iii": "Ⅲ",
    "iv": "Ⅳ",
    "1": "Ⅰ",
    "2": "Ⅱ",
    "3": "Ⅲ",
    "4": "Ⅳ",
    "一": "Ⅰ",
    "二": "Ⅱ",
    "三": "Ⅲ",
    "四": "Ⅳ",
}
# Keys of the responses in _Signals, apart from hazards' warnings.
_RESPONSE = "响应·"
_LIFTED = re.compile(
    rf"解除[^。；;\n]{{0,12}}?({_HAZARDS})[^。；;\n]{{0,8}}?预警"
    rf"|({_HAZARDS})[^。；;\n]{{0,10}}?预警[^。；;\n]{{0,6}}?解除"
)
# What says a notice is corrected, more narrowly than folding's reading of it, which
# keeps apart whatever might be one: 整改到位 (put right) and 取消休假 (leave cancelled)
# change no notice.
_CORRECTS = re.compile(
    r"更正|纠正|勘误|订正|调整为|(?<![整修])改(?:为|到|成|期|在)|推迟|延期|推后"
    r"|(?<![即立])取消(?!休假|假期|休息|资格)"
)
# A leading tag that says it corrects (【更正】, 【紧急更正】).
_CORRECTION_TAG = re.compile(r"更正|勘误|纠正|(?:时间|地点|安排)(?:调整|变更)")
# A clause down to its commas (canonical text has ASCII ones).
_PIECE = re.compile(r"[^，,。；;！!？?\n]+")
_ITEM = re.compile(r"(?:^|[\s。；;:：])(?:[1-9]|[一二三四五六七八九])[.、．]")
# A task asked again and again (每周五下午4点前报…): moving one of its turns (本周…改为
# 今天) leaves it standing.
_RECURRING = re.compile(r"每(?:周|星期|月|旬|季度|天|日)")
_COLOUR = {"红": "red", "橙": "orange", "黄": "yellow", "蓝": "blue"}


class Kind(StrEnum):
    CORRECTION = "correction"
    LEVEL = "level"
    LIFTED = "lifted"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class Replacing:
    """How a message replaces an earlier one: its kind, and for a new warning level
    its colour (red, orange, yellow, blue), for a response's its level (Ⅲ)."""

    kind: Kind
    level: str = ""


@dataclass(frozen=True, slots=True)
class _Signals:
    """The warning signals a text states: hazard → its level now (the last stated),
    and the hazards it lifts."""

    levels: dict[str, str]
    lifted: frozenset[str]


@lru_cache(maxsize=1024)
def _signals(body: str) -> _Signals:
    levels: dict[str, str] = {}
    for hazard, colour in _SIGNAL.findall(body):
        levels[hazard] = colour
    changed = _LEVEL_NOW.findall(body)
    if changed and len(levels) == 1:
        # 暴雨黄色预警升级为橙色预警: the level it is now.
        levels[next(iter(levels))] = changed[-1]
    lifted = set(a or b for a, b in _LIFTED.findall(body))
    if "响应" in body:
        for sentence in _SENTENCE.finditer(body):
            said = sentence.group()
            if "响应" not in said:
                continue
            of = [name for name, words in _RESPONSE_OF if words.search(said)]
            if len(of) != 1:
                # Which response is not said (应急响应提升至Ⅲ级), or two are: no telling.
                continue
            key = _RESPONSE + of[0]
            if _RESPONSE_ENDED.search(said):
                # Its end replaces nothing: a duty roster for the response's days, or
                # the warning that started it, still stands as it was (labelled sets).
                continue
            grades = [a or b for a, b in _RESPONSE_LEVEL.findall(said)]
            if grades:
                # 由Ⅳ级提升至Ⅲ级: the level it is now, the last stated.
                levels[key] = _GRADES[grades[-1]]
    return _Signals(levels, frozenset(lifted))


def may_replace(print_: Fingerprint) -> bool:
    """Whether the text could replace an earlier one: it corrects, states a warning
    signal, or lifts one. Cheap (the correction is known from its shingling, the signals
    are cached by text): asked before any candidate is judged."""
    if _correction(print_):
        return True
    if "预警" not in print_.body and "响应" not in print_.body:
        # What every signal, response and lifting says (see _SIGNAL, _LIFTED,
        # _RESPONSE_LEVEL): most texts need no regular expression at all.
        return False
    signals = _signals(print_.body)
    return bool(signals.levels or signals.lifted)


def replaces(
    newer: Fingerprint,
    newer_ts: datetime,
    older: Fingerprint,
    older_ts: datetime,
    same_poster: bool = False,
) -> Replacing | None:
    """How `newer` replaces `older`, or None when it does not (see the module's
    docstring). Asked of texts that do not fold (another notice); `same_poster` when one
    person posted both in one group."""
    if newer_ts <= older_ts:
        return None
    if not may_replace(newer):
        return None
    shared = len(newer.shingles & older.shingles)
    if shared < MIN_SHARED:
        own = same_poster and _own_reply(newer, newer_ts, older_ts)
        if own and _names_it(newer.body, older.body):
            return Replacing(Kind.CORRECTION) if _corrects(newer, older) else None
        return None
    score = similarity(newer, older)
    signal = _new_signal(newer, older)
    if (
        signal is not None
        and score >= WARNING_CONTAINMENT
        and newer_ts - older_ts <= WARNING_LASTS
        and not _disagree(newer, older, _WARNING_MAY_CHANGE)
    ):
        return signal
    if _correction(newer) and score >= CORRECTED_CONTAINMENT and _corrects(newer, older):
        return Replacing(Kind.CORRECTION)
    return None


def own_reply(
    newer: Fingerprint, newer_ts: datetime, older: Fingerprint, older_ts: datetime
) -> bool:
    """Whether `newer`, by the poster of `older` in its group, reads as their short
    correction of it (see _own_reply, _names_it): how a notice only the poster's own
    recent ones led to may be replaced (see Replaceable)."""
    return _own_reply(newer, newer_ts, older_ts) and _names_it(newer.body, older.body)


def _own_reply(newer: Fingerprint, newer_ts: datetime, older_ts: datetime) -> bool:
    """Whether `newer`, posted by the poster of a notice in its group, is a short
    correction of it: said first (更正一下, 更正：), soon after. It names what it corrects
    in a word or two (慰问品), too few for the phrase another poster's must share."""
    body = newer.body.lstrip()
    said = _CORRECTS.search(body)
    return (
        said is not None
        and said.start() <= REPLY_OPENING
        and len(body) <= REPLY_LONGEST
        and newer_ts - older_ts <= REPLY_WITHIN
    )


def _names_it(newer: str, older: str) -> bool:
    """Whether the first clause of the correction `newer` (更正一下🙏 慰问品明天上午10点以后
    就可以领) names something `older` speaks of in REPLY_NAME characters in a row, none a
    word of days and times: what it corrects, by name. Its poster's earlier notice that
    shares only 值班, 报送 or a colleague's name is another."""
    said = _CORRECTS.search(newer)
    start = said.end() if said is not None else 0
    clause = _PIECE.search(newer, start)
    if clause is None:
        return False
    for run in _CJK.findall(clause.group()):
        for i in range(len(run) - REPLY_NAME + 1):
            name = run[i : i + REPLY_NAME]
            if name in older and not any(c in _TIME_WORDS or c in _UNIT for c in name):
                return True
    return False


def _new_signal(newer: Fingerprint, older: Fingerprint) -> Replacing | None:
    """The same hazard's signal (or response) at another level, or lifted, in
    `newer`."""
    before = _signals(older.body)
    if not before.levels or before.lifted:
        return None
    now = _signals(newer.body)
    for hazard, colour in now.levels.items():
        was = before.levels.get(hazard)
        if was is not None and was != colour and hazard not in now.lifted:
            if hazard.startswith(_RESPONSE):
                return Replacing(Kind.RESPONSE, colour)
            return Replacing(Kind.LEVEL, _COLOUR[colour])
    if any(hazard in before.levels for hazard in now.lifted):
        return Replacing(Kind.LIFTED)
    return None


def _correction(print_: Fingerprint) -> bool:
    """Whether the text corrects a notice: in its words, or in a header that says so
    (转县教育局更正：, which its body leaves out)."""
    if not print_.corrects:
        return False
    return _CORRECTS.search(print_.body) is not None or CORRECTION.search(print_.body) is None


def _about(newer: Fingerprint, older: Fingerprint) -> bool:
    """Whether what the correction changes is something the other text speaks of: the
    words around its correcting word (that clause and the one before, 原定…的会议，时间
    调整为…) share a phrase with it. 放水推迟到12号 in a text that goes on about seed
    handed out is no correction of the seed notice."""
    body = newer.body
    said = list(_CORRECTS.finditer(body))
    opening = len(body) - len(body.lstrip()) + OPENING
    if not said or said[0].start() < opening:
        # Said by its header (转县教育局更正：) or its opening (【更正】, 更正：): the whole
        # text is the correction.
        return True
    pieces = list(_PIECE.finditer(body))
    for found in said:
        before = [piece for piece in pieces if piece.start() <= found.start()]
        own = NON_WORD.sub("", body[before[-1].start() : found.start()]) if before else ""
        # A clause that names what it changes needs no other (the meeting the text
        # relays is not what 原定8点半的班子碰头会改到视频会后开 moves).
        around = before[-1:] if len(own) >= OWN_SUBJECT else before[-2:]
        words = NON_WORD.sub("", "".join(piece.group() for piece in around))
        if len(words) >= 3 and len(set(trigram_hashes(words)) & older.shingles) >= MIN_ABOUT:
            return True
    return False


def _corrects(newer: Fingerprint, older: Fingerprint) -> bool:
    """Whether the correction `newer` can be of `older`: a notice (not a correction, a
    question, a unit's report back, a list of several things, a task asked every week
    when the correction moves one turn of it) of the same kind when both
    tag theirs (【创文·点位调整预告】 is not a correction of 【创文·文明交通劝导】), the
    correction's words about it (see `_about`), and the two disagreeing on no fact but a
    day or a time."""
    new, old = newer.details, older.details
    if old.correction or old.question or old.report_back or new.question:
        return False
    if new.tag and old.tag and new.tag != old.tag and not _CORRECTION_TAG.search(new.tag):
        return False
    if len(_ITEM.findall(older.body)) >= LIST_ITEMS:
        # A list of several things (本周重点工作 1.… 2.… 3.…): a correction of one of
        # them leaves the others standing.
        return False
    if _RECURRING.search(older.body) and not _RECURRING.search(newer.body):
        return False
    may_change = _FIGURES_MAY_CHANGE if _FIGURES_WRONG.search(newer.body) else _MAY_CHANGE
    return _about(newer, older) and not _disagree(newer, older, may_change)


def _disagree(newer: Fingerprint, older: Fingerprint, may_change: frozenset[str]) -> bool:
    """Both state a fact of one kind, not one `may_change`, that the other does not
    (another month, village, figure)."""
    only_new = {fact[0] for fact in newer.facts - older.facts} - may_change
    only_old = {fact[0] for fact in older.facts - newer.facts} - may_change
    return bool(only_new & only_old)


# What a notice asks, sentence by sentence: from a word that asks (请, 务必, 要求, 必须; not
# 请假, 申请, 邀请) to the next, or, in a sentence with none, from a due-by time (各村6月6日以来的
# 送水数据今晚11点前报我). What it says before either is what the asks are about.
_ASKING = re.compile(r"(?<![申邀提敬])请(?![假示教柬问])|务必|要求|必须")
_DUE_BY = re.compile(r"[\d点时分半日号班]\s*(?:之)?前")
_SENTENCE = re.compile(f"[^{SENTENCE_MARKS}]+")
# Commas and colons, not a clock's (2:40前).
_CLAUSE = re.compile(r"(?:[^,，:：]|(?<=\d)[:：](?=\d))+")
# Something to do: hand in, prepare, bring, check, report on...
_DOING = re.compile(
    r"报(?![告道名到])|交(?![通流换])|完成|准备|带上|带好|带来|检查|排查|整理|汇总|提交|填"
    r"|核实|核查|摸|拟|组织|落实|张贴|告知|清理|清零|调试|走访|慰问|发言|汇报|统计|列|梳理"
    r"|收集|上传|发(?:到|给|我)|送|值守|转移|通知到|联系|审核|督促|关好|整改|巡|安排|做好"
    r"|开展|建立"
)
# Being at the meeting (or the muster) a correction moves, which it asks of everyone it
# tells: not a task of the notice's own.
_ATTENDING = re.compile(r"参加|参会|出席|列席|签到|到场|到会|报到|请假|与会|集合|转告|准时|知悉")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# Words of days and times, which a correction changes: 下午 in both says nothing of a task.
_TIME_WORDS = frozenset(
    "年月日号点时分半上下中午早晚今明昨后天周星期礼拜一二三四五六七八九十零两前"
)


def own_task(older: str, newer: str) -> bool:
    """Whether canonical `older` asks something that canonical `newer`, a correction of
    it, does not ask: an ask whose words the correction does not repeat (会前请安监办准备好
    汇报材料, beside 会议时间调整为下午4点半), or repeats only by naming what both are about
    (节前安全生产: the meeting's name) while asking nothing of the kind (准备). The
    correction's own asks and times do not count: 请各分会场于2:40前完成音视频调试 is asked
    again by 分会场调试时间相应调整为3:40前, and attending the meeting it moves by any
    correction of it."""
    asks, rest = _asks(older)
    if not asks:
        return False
    said = _words(newer)
    about = _words(",".join(rest))
    for ask in asks:
        shared = _words(ask) & said
        doing = {found.group() for found in _DOING.finditer(_ATTENDING.sub("", ask))}
        if not shared or not (shared - about or any(verb in newer for verb in doing)):
            return True
    return False


def _asks(text: str) -> tuple[list[str], list[str]]:
    """The asks of canonical `text` (see _ASKING), each with the clauses after it up to the
    next one, and the clauses that are none: the text's subject, and asks only to attend."""
    asks: list[str] = []
    rest: list[str] = []
    for sentence in _SENTENCE.finditer(text):
        current: str | None = None
        for piece in _CLAUSE.finditer(sentence.group()):
            clause = piece.group()
            if _ASKING.search(clause) or (current is None and _DUE_BY.search(clause)):
                if current is not None:
                    asks.append(current)
                current = clause
            elif current is not None:
                current += "," + clause
            else:
                rest.append(clause)
        if current is not None:
            asks.append(current)
    doing = [ask for ask in asks if _DOING.search(_ATTENDING.sub("", ask))]
    return doing, rest + [ask for ask in asks if ask not in doing]


def _words(text: str) -> frozenset[str]:
    """The pairs of Chinese characters that say what `text` is about: not days and times
    (下午, 明天), a 请, or whom it is said to (各村)."""
    return frozenset(
        first + second
        for run in _CJK.findall(text)
        for first, second in pairwise(run)
        if not (first in _TIME_WORDS and second in _TIME_WORDS)
        and "请" not in (first, second)
        and first != "各"
    )


def moved_due(
    older: str,
    older_ts: datetime,
    due: datetime,
    newer: str,
    newer_ts: datetime,
    tz: tzinfo,
    work: WorkCalendar | None = None,
) -> datetime | None:
    """`due`, the due time of canonical `older`, where its correction `newer` moves it,
    or None where that is not clear. Clear: the due time is the only time of its kind
    (when something happens, 明天下午3点…会议; or a time to be done by, 2:40前签到) that
    `older` states, the correction states one new time of that kind, and any time it says
    it replaces (原定下午3点, 由11月12日调整为) is one `older` states. A relay's own 10月12日前把
    名单报我 does not move with the talk moved to 10月15日上午9:30 (another kind), nor a
    village's due time with the county's (11月12日 is no time the relay states)."""
    before = [m for m in scan(older, older_ts, tz, work) if not m.replaced]
    after = scan(newer, newer_ts, tz, work)
    stated = {m.instant(tz) for m in before}
    kinds = {_due_by(older, m) for m in before if _timed(older, m) and m.instant(tz) == due}
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    own = {m.instant(tz) for m in before if _timed(older, m) and _due_by(older, m) == kind}
    if len(own) != 1:
        return None
    if any(m.replaced and m.instant(tz) not in stated for m in after):
        return None
    moved = {
        m.instant(tz)
        for m in after
        if not m.replaced and _timed(newer, m) and _due_by(newer, m) == kind
    } - stated
    return moved.pop() if len(moved) == 1 else None


def _due_by(text: str, mention: TimeMention) -> bool:
    """Whether the mention is a time to be done by (2:40前, 截止时间调整为11月13日下午4点),
    not when something happens."""
    if text[mention.start : mention.end].endswith("前"):
        return True
    return "截止" in text[clause_start(text, mention.start, CLAUSE_MARKS) : mention.start]


def _timed(text: str, mention: TimeMention) -> bool:
    """A clock time, or a day to be done by: not a day alone that a clock time after it
    places (明天…调整为下午4:00)."""
    return mention.at is not None or _due_by(text, mention)


def standing(
    newer: str,
    newer_ts: datetime,
    older: str,
    older_ts: datetime,
    kind: str,
    due: datetime | None,
    tz: tzinfo,
    work: WorkCalendar | None = None,
    same_poster: bool = False,
) -> Standing:
    """What stands of the notice with canonical text `older` that `newer` replaced as
    `kind` (see Kind), its card due at `due`: whether `newer` still replaces it (judged on
    the two texts as they are now), and for a correction what `older` asks beside it and
    where its due time moves (see own_task, moved_due)."""
    new_print = fingerprint(newer, newer_ts, tz, work=work)
    old_print = fingerprint(older, older_ts, tz, work=work)
    replaced = (
        new_print is not None
        and old_print is not None
        and replaces(new_print, newer_ts, old_print, older_ts, same_poster) is not None
    )
    if kind != Kind.CORRECTION or not own_task(older, newer):
        return Standing(replaced)
    moved = None if due is None else moved_due(older, older_ts, due, newer, newer_ts, tz, work)
    return Standing(replaced, asks=True, due=moved)


# How many of a poster's latest notices in a group a short correction of theirs is judged
# against (more would be another day's work).
OWN_NOTICES = 4


class Replaceable:
    """The earlier messages a later one may replace that folding's lookup does not meet:
    texts too unlike to share its buckets (a warning's template rewritten at the next
    level, 更正一下🙏 慰问品明天上午10点以后就可以领). Kept: those stating a warning signal or a
    response level, by hazard, for WARNING_LASTS; and each poster's latest few in each
    group, for REPLY_WITHIN. Bounded by what is kept in time, not by a scan."""

    def __init__(self) -> None:
        self._by_hazard: dict[str, deque[tuple[Entry, str, str]]] = {}
        self._by_poster: dict[tuple[str, str], deque[Entry]] = {}

    def add(self, entry: Entry, group_id: str, sender_id: str) -> None:
        print_ = entry.fingerprint
        if "预警" in print_.body or "响应" in print_.body:
            for hazard in _signals(print_.body).levels:
                kept = self._by_hazard.setdefault(hazard, deque())
                kept.append((entry, group_id, sender_id))
                while kept and entry.ts - kept[0][0].ts > WARNING_LASTS:
                    kept.popleft()
        key = (group_id, sender_id)
        own = self._by_poster.get(key)
        if own is None:
            own = self._by_poster[key] = deque(maxlen=OWN_NOTICES)
        own.append(entry)

    def candidates(
        self, print_: Fingerprint, ts: datetime, group_id: str, sender_id: str
    ) -> tuple[tuple[Entry, ...], frozenset[str]]:
        """What `print_` (posted at `ts` by `sender_id` in `group_id`) may replace among
        the kept, earlier ones, and the ids of those its poster posted in that group."""
        found: list[Entry] = []
        if "预警" in print_.body or "响应" in print_.body:
            for hazard in _signals(print_.body).levels.keys() | _signals(print_.body).lifted:
                for entry, _group, _sender in self._by_hazard.get(hazard, ()):
                    if entry.ts < ts and ts - entry.ts <= WARNING_LASTS:
                        found.append(entry)
        own: list[Entry] = []
        if _correction(print_):
            own = [
                entry
                for entry in self._by_poster.get((group_id, sender_id), ())
                if entry.ts < ts and ts - entry.ts <= REPLY_WITHIN
            ]
        return (*found, *own), frozenset(entry.id for entry in own)
