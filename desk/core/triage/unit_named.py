"""Whether a message names the user's own unit among those it asks to act or report, or
in a 通报 that points out a unit's problems (点名): such a message is the user's task,
whoever else it names. A name said in passing (a rain gauge in the town, a greeting, a
ranking read out) is none.

Conservative: a sentence counts only where the name is asked (请…桐坪镇…, 桐坪镇务必…,
桐坪、凤鸣两个镇注意) or, in a 通报, stands beside a problem (存在问题, 限期整改, 进度滞后).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desk.core.own_unit import OwnUnit
from desk.core.triage.roll_call import chased, stem

# A sentence: the unit and what is asked of it are read within one.
_SENTENCE = re.compile(r"[^。！!？?；;\n]+")
# Before the name, in its sentence: whoever it is asks it (请桐坪镇…, 要求白鹭镇、桐坪镇…):
# the name right after the ask, or in the list of names right after it. Not a name after
# another word (请各乡镇学习借鉴桐坪镇的经验, 请大家到桐坪镇政府领取): the town is praised
# or a place, not asked.
_LISTED_BEFORE = (
    r"(?:[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|村|社区|局|办|所|站|中心|院|队|委)|[\u4e00-\u9fff]{2,3})"
    r"[、和及与]"
)
# The ask may say to whom first (请你们桐坪镇…, 请@桐坪镇-王芳…) or list the units it means
# in brackets after their kind (请相关乡镇（桐坪镇、白鹭镇）…).
_ASKS_BEFORE = re.compile(
    r"(?<![申邀])(?:请|要求|责成|督促|责令)(?:你们|贵)?@?"
    rf"(?:(?:相关|有关|以下|下列)[\u4e00-\u9fff]{{0,6}}[（(])?(?:{_LISTED_BEFORE})*$"
)
# Right after the name (and the names listed with it): what it is to do.
# The time given may come first, ahead of what is to be reported (凤鸣、桐坪两镇30分钟内报送):
# a time alone is no ask (两镇3小时内降雨量超过50毫米 measures rain).
_WITHIN = (
    r"(?:\d+|[一二两三四五六七八九十半]+)个?(?:分钟|小时|天|日|个工作日)内"
    r"(?:报送|上报|报|反馈|提交|完成|落实|核实|排查|转移|到位)"
)
_ASKS_AFTER = re.compile(
    r"^(?:[、，,和及与]?[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|村|社区))*"
    r"(?:(?:[两三四五六七八九十\d]个?|各)(?:乡镇|镇街|镇|乡|街道|村|社区)|等[\u4e00-\u9fff]{0,4})?"
    r"[\s，,：:]{0,2}(?:注意|务必|必须|立即|马上|抓紧|尽快|要(?![求闻])|[于在][^，,。]{0,12}前|整改"
    rf"|{_WITHIN})"
)
# ...a clause of it: a 通报 reads out the good and the bad in one sentence.
_CLAUSE = re.compile(r"[^，,]+")
# A 通报: what the clause says of the units it names is a problem to put right.
_NOTICE_OF_FAULTS = re.compile(r"通报|点名|督查|暗访|检查发现|约谈|批评")
_FAULT = re.compile(
    r"问题|整改|滞后|不到位|靠后|落后|未按|未完成|未报|迟报|漏报|不力|扣分|差距|排名末|倒数"
)


def names_unit(text: str, unit: OwnUnit) -> str | None:
    """The name of `unit` as canonical `text` writes it where the text asks that unit to
    act or report, or points out its problems in a 通报; None where it names it in passing
    or not at all."""
    # Named as not yet reported (还差桐坪镇、凤鸣乡没报): the chase is the user's.
    owing = unit.first_match(chased(text))
    if owing is not None:
        return owing
    faults = _NOTICE_OF_FAULTS.search(text) is not None
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group(0)
        for start, end, name in _occurrences(said, unit):
            if _ASKS_BEFORE.search(said[:start]) or _ASKS_AFTER.match(said[end:]):
                return name
            if faults and _FAULT.search(_clause_at(said, start)):
                return name
    return None


def _clause_at(sentence: str, at: int) -> str:
    return next((c.group(0) for c in _CLAUSE.finditer(sentence) if c.end() > at), "")


def _occurrences(sentence: str, unit: OwnUnit) -> Iterator[tuple[int, int, str]]:
    """Where `sentence` names `unit`: a whole name (桐坪镇), or its stem where nothing of
    another kind follows (桐坪、凤鸣两个镇; not 桐坪村, 桐坪中学)."""
    stems = {stem(name) for name in unit.names} | set(unit.names)
    for candidate in sorted(stems, key=len, reverse=True):
        if len(candidate) < 2:
            continue
        for found in re.finditer(re.escape(candidate), sentence):
            end = found.end()
            whole = _WHOLE.match(sentence, end)
            if whole is not None:
                end = whole.end()
            elif candidate not in unit.names and not _STEM_LIST.match(sentence, end):
                # A stem alone names the unit only in a list of its kind (椒坪、高桥两乡镇):
                # 兴隆两个网格 is a grid, not 兴隆街道.
                continue
            name = sentence[found.start() : end]
            if unit.matches(name) and not _OTHER_AFTER.match(sentence, end):
                yield found.start(), end, name


_STEM_LIST = re.compile(
    r"(?:[、和及与][\u4e00-\u9fff]{2,4}?)*(?:[两二三四五六七八九十\d]个?|各)(?:乡镇|镇街|镇|乡|街道)"
)
# The kind that completes a stem (桐坪 + 镇).
_WHOLE = re.compile(r"镇|乡|街道")
# What makes a name another unit or place: 桐坪村, 桐坪中学, 桐坪站, and after the whole
# name as much as the stem, an office in the town that is not its government (桐坪镇派出所,
# 桐坪镇财政所, 桐坪镇综治中心, 桐坪中心小学); a name of its own kind goes on only into a
# list (桐坪、凤鸣) or its verbs. (桐坪镇党委 and 桐坪镇党政办 are the town's own.)
_OTHER_AFTER = re.compile(
    r"(?:村|社区|居委会|中学|小学|学校|幼儿园|站|水库|河|路|街(?!道)|桥|大道|医院|卫生院"
    r"|敬老院|派出所|[\u4e00-\u9fff]{0,2}所(?![有辖属在以谓])|[\u4e00-\u9fff]{0,4}中心(?!城区)"
    r"|[\u4e00-\u9fff]{0,3}[中大分]队|法庭|供电|信用社|分局|支行|公司)"
)
