"""Who has reported on a notice that asks units to report (请各村于周六前报送…), and who
not yet: the boss's Monday question, 上周的通知里哪些还没报.

The units asked are those the notice names (有山塘的村（竹溪、上坪）, 请洄水湾村、竹溪村…), or
else, for 各村 / 各镇 / 各单位, the units of that kind seen in the groups it was asked in: in
display names (竹溪村-庞德顺) and at the opening of replies (竹溪村：C级2户…). A unit has
reported (已报) when one of the notice's answers from it reads as a report: something done,
figures, a file; a 收到, or a 收到 with a promise (收到，立即安排), is no report.

Conservative by design: no roll call where the units asked are unknown (fewer than
`FEWEST_UNITS`), and none before any unit has reported in a group, since some notices are
answered by e-mail and a list of every unit as missing would then be wrong; but the
user's own notice has one from the start (已报 0/8), as they know how it is answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.core.own_unit import OwnUnit


class Level(IntEnum):
    """The kind of unit asked, lowest first: a notice passed down is collected where it
    was passed down to."""

    VILLAGE = 0  # 村, 社区
    TOWN = 1  # 镇, 乡, 街道
    OFFICE = 2  # 局, 办, 所, 站, 中心 …


# Units named without a list are too few to say who is missing from.
FEWEST_UNITS = 3
# ...named in a list, two do (请洄水湾村、竹溪村今天报).
FEWEST_LISTED = 2

_VILLAGE = r"村|社区|居委会"
_TOWN = r"镇|乡|街道"
_OFFICE = r"局|办|所|站|中心|院|队|委"
_SUFFIX = re.compile(rf"(?:{_VILLAGE}|{_TOWN}|{_OFFICE})$")
# Whom a notice asks: 各村（社区）, 各镇（街道）, 各单位 …
_EACH = re.compile(
    r"各(?:(?P<village>村[（(]社区[)）]|村居|村社区|村|社区|居委会)"
    r"|(?P<town>乡?镇[（(]街道[)）]|乡镇|镇街|镇|乡|街道)"
    r"|(?P<office>单位|部门|科室|站所|办所|站办所))(?![长民干委务])"
)
# To report back: 报送, 上报, 报镇规划建设办, 下班前报, 发本群, 照片发河长制群, 提交 …; not a
# warning (预报, 通报, 警报) nor what only some will have (缺的报社事办, 如有…请报).
_REPORT = re.compile(
    r"报送|上报|(?<![预通警举情简汇电捷日快画])报(?=[给到至镇区市县局办站所中心卫院乡街]|[“\"]?零|无|名单|数|人数|情况|表)"
    r"|[前后内底]报(?![道告警])|把[^，。,]{1,15}?报(?![道告警])|报[\u4e00-\u9fff]{1,4}(?:站|办|局|所|科)"
    # Now, at once: 各村现在报当前累计转移人数，5分钟内！
    r"|(?:现在|马上|立即|立刻|赶紧|尽快)报(?![道告警])"
    r"|发(?:至|到|给)?[\u4e00-\u9fff]{0,6}群|发(?:至|到)?邮箱|提交|报备"
)
_SOME_ONLY = re.compile(r"(?:缺的|如有|若有|有[^，。,]{0,8}的|需要的|发现[^，。,]{0,8})(?:请)?报")
_HAN_NAME = r"(?:(?![各全本我该此每请有于将的和及与在对把])[\u4e00-\u9fff]){2,5}?"
# Units listed by name: 请洄水湾村、竹溪村… (two or more, a 、 between them).
_LISTED = re.compile(
    rf"{_HAN_NAME}(?:{_VILLAGE}|{_TOWN})(?:[、，,和及与]{_HAN_NAME}(?:{_VILLAGE}|{_TOWN}))+"
)
# ...asked by name, with no 各: 请洄水湾村、竹溪村今天下班前报….
_ASKED_BY_NAME = re.compile(rf"请({_LISTED.pattern})")
_LISTED_ONE = re.compile(rf"{_HAN_NAME}(?:{_VILLAGE}|{_TOWN})")
# Units a reminder names as not yet reported (see `chased`): 还差上坪村、新街社区没报, 竹溪村、
# 石门坎村还没报, 未报送的有：杨梅岭村、洄水湾村.
# (Not a person, 就差李大镇长; nor 目前 before the names.)
_OWED_UNIT = rf"{_HAN_NAME}(?:{_VILLAGE}|{_TOWN})(?![民委干两长务])"
_UNITS = rf"(?!目前|现在|今天|昨天){_OWED_UNIT}(?:[、，,和及与]{_OWED_UNIT})*"
_OWED_BEFORE = re.compile(
    rf"(?:还差|就差|尚缺|还缺|(?:尚|还)?未(?:上报|报送|报|交)的?(?:单位|村)?(?:有|是|为)?[：:]?)"
    rf"\s*(?P<units>{_UNITS})"
)
_OWED_AFTER = re.compile(
    rf"(?:^|[，,。：:！!；;\s]|还有|还剩|只剩|仅剩)(?:目前|现在)?(?!还|就差|尚|未)"
    rf"(?P<units>{_UNITS})"
    r"(?:还|尚|都)?(?:没有?|未)(?:上报|报送|报|交|发)"
)
# ...or in brackets after their kind: 有山塘的村（竹溪、杨梅岭、洄水湾）.
_BRACKETED = re.compile(r"(村|社区|镇|乡|街道)[（(]([\u4e00-\u9fff、，,]{4,80})[)）]")
# A unit in a display name: 竹溪村-庞德顺, 白鹭镇·蓝海涛, 庞德顺（竹溪村）.
_NAME_UNIT = re.compile(
    rf"^\s*(?P<a>[\u4e00-\u9fff]{{2,10}}?(?:{_VILLAGE}|{_TOWN}|{_OFFICE}))\s*[-－—–·・_\s]"
    rf"|[（(](?P<b>[\u4e00-\u9fff]{{2,10}}?(?:{_VILLAGE}|{_TOWN}|{_OFFICE}))[)）]\s*$"
)
# A unit opening a reply: 竹溪村：C级2户…, [图片] 花溪村已转发村民群.
_OPENING = re.compile(
    rf"\s*(?:\[[^\]]{{1,6}}\]\s*)*(?P<unit>(?:(?![各全本我该此每请])[\u4e00-\u9fff]){{2,6}}?"
    rf"(?:{_VILLAGE}|{_TOWN}))(?![民委干两长务])"
)
_QUESTION = re.compile(r"[?？]|吗|请问|怎么|能否|能不能|是否|咋")
# Said done, or reported on: 已发, 已全部搬离, 表刚发, 报"零", [文件] …, figures (C级2户).
_DONE = re.compile(
    r"已(?!经?(?:收到|收悉|阅|读|知|安排|部署|明白))[\u4e00-\u9fff]"
    r"|(?:发|报|交|传|填)(?:了|过|好)|刚(?:发|报|交|传)|[“\"]零[”\"]|报零|零报告"
    r"|^\s*\[(?:文件|图片)\]"
    r"|\d+\s*(?:户|人|座|处|个|名|份|辆|次|间|栋|%|％|万|元)"
)
# A village named short (上坪收到, 石门坎“三堆”清理, 杨梅岭：主播…), not a place in it
# (洄水湾闸口漂浮物较多, from the cleaning firm).
_AFTER_STEM = r"(?:[：:“\"\s，,]|已|收到)"
_MEDIA = re.compile(r"^\s*(?:\[[^\]]{1,6}\]\s*)*")
# A promise of later is no report (收到，立即安排; 尽量这周弄完).
_PROMISED = re.compile(r"立即|马上|尽快|尽量|争取|稍后|就去|就发|就报|会按时|保证|准时到|一定")
# A unit's own word after its name: a colon, then what it reports (杨梅岭：主播蒙丽).
_COLON = re.compile(r"\s*[：:]\s*\S")


@dataclass(frozen=True, slots=True)
class Ask:
    """What a notice asks: the kind of unit to report, and the units it names (empty for
    each of that kind)."""

    level: Level
    listed: tuple[str, ...] = ()
    # Of villages, whether 村 alone (各村: a 社区 has no 村集体收入 to report) or 社区 alone.
    only: str = ""


@dataclass(frozen=True, slots=True)
class RollCall:
    """The units a notice asked, in the order first seen, and those of them that reported."""

    expected: tuple[str, ...]
    reported: tuple[str, ...]
    # The units were named as still owing by a reminder (还差上坪村、新街社区没报), which is
    # done once they have reported: said by their names, not as each unit of a kind.
    named: bool = False
    # The user's own unit, where the notice (or a copy) asks units of its kind and it is
    # among them (see desk.core.own_unit), as the notice names it; None where it is not
    # asked or not known. The boss's question is "have WE reported?"; under a district's
    # notice whose forwards asked the villages, that is the town's report, not theirs.
    own: str | None = None
    # ...its first report: who sent it ("" for the user's own) and when; None before one.
    own_by: str | None = None
    own_at: datetime | None = None

    @property
    def own_reported(self) -> bool:
        return self.own is not None and self.own_by is not None

    @property
    def missing(self) -> tuple[str, ...]:
        done = set(self.reported)
        return tuple(u for u in self.expected if u not in done)

    @property
    def others(self) -> Level | None:
        """The kind of the units counted where the user's own unit is asked and is not one
        of them, for the count to say whose reports it counts: under the district's notice
        the town passed down, 已报 8/8 个单位 (its villages) beside 本镇还没报 (the town's
        own, to the district) read as "all reported" and "we have not" at once (a
        tester). None where the user's unit is counted among them, or not asked."""
        if self.own is None or self.own in self.expected or not self.expected:
            return None
        return min(level_of(unit) for unit in self.expected)


@dataclass(frozen=True, slots=True)
class Reply:
    """One reply to the notice, as the roll call reads it: who sent it (a display name)
    and what it says."""

    sender_name: str
    text: str
    # The user's own reply (sent from their phone): in a group that asked their unit, it
    # speaks for it. `group`: the id of the group it was sent in, "" if unknown.
    yours: bool = False
    at: datetime | None = None
    group: str = ""


def level_of(unit: str) -> Level:
    """The kind of `unit` by its ending (竹溪村, 白鹭镇, 区住建局)."""
    if re.search(rf"(?:{_VILLAGE})$", unit):
        return Level.VILLAGE
    if re.search(rf"(?:{_TOWN})$", unit):
        return Level.TOWN
    return Level.OFFICE


def stem(unit: str) -> str:
    """`unit` without its kind (上坪村 → 上坪), as replies often name it (上坪收到)."""
    return _SUFFIX.sub("", unit) or unit


def kind_word(unit: str) -> str:
    """The word that says `unit`'s kind (桐岭乡 → 乡, 区住建局 → 局), "" for a bare stem."""
    match = _SUFFIX.search(unit)
    return match.group(0) if match is not None else ""


def same_unit(one: str, other: str) -> bool:
    """Whether two names of a stem are one unit: a bare stem is either (桐岭 of 桐岭镇),
    but another kind word is another unit, even of the same level (a county may have both
    a 桐岭乡 and a 桐岭镇)."""
    if stem(one) != stem(other):
        return False
    kinds = {kind_word(one), kind_word(other)}
    return len(kinds) == 1 or "" in kinds


def ask_of(text: str) -> Ask | None:
    """What canonical `text` asks units to report, or None for a notice asking no units
    (or only those who have something: 缺的报社事办)."""
    each = _EACH.search(text)
    bracketed = _bracketed(text)
    # The list of names read only where it may say whom it asks: most notices name none.
    if each is None and not bracketed and ("请" not in text or _ASKED_BY_NAME.search(text) is None):
        return None
    start = each.start() if each is not None else 0
    report = _REPORT.search(text, start)
    if report is None or _SOME_ONLY.search(text, start):
        return None
    if each is not None:
        level = Level(
            [each.group("village"), each.group("town"), each.group("office")].index(
                next(g for g in each.groups() if g)
            )
        )
        # A name or two said in passing (石门坎村巡河次数不足，请各村…) are not whom it asks.
        named = tuple(u for u in _listed(text) if level_of(u) == level) if bracketed else ()
        village = each.group("village") or ""
        return Ask(level, named, village if village in ("村", "社区") else "")
    listed = _listed(text)
    if not listed:
        return None
    level = level_of(listed[0])
    return Ask(level, tuple(u for u in listed if level_of(u) == level))


# The ends of a clause, around the words of what a notice asks units to report.
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")


def asked_clause(text: str) -> str:
    """The clause of canonical `text` that asks units to report, what they report in it
    (请各村（社区）于今晚22:30前报送危险区域群众转移情况); "" where it asks none (see `ask_of`)."""
    if ask_of(text) is None:
        return ""
    each = _EACH.search(text)
    report = _REPORT.search(text, each.start() if each is not None else 0)
    if report is None:
        return ""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, report.start())]
    end = _CLAUSE_END.search(text, report.end())
    return text[starts[-1] if starts else 0 : end.start() if end is not None else len(text)]


def _bracketed(text: str) -> bool:
    return _BRACKETED.search(text) is not None


def _listed(text: str) -> tuple[str, ...]:
    """The units `text` names in a list, each once, in order."""
    names: list[str] = []
    for match in _BRACKETED.finditer(text):
        suffix = match.group(1)
        for part in re.split(r"[、，,]", match.group(2)):
            part = part.strip()
            if len(part) >= 2:
                names.append(part if _SUFFIX.search(part) else part + suffix)
    for match in _LISTED.finditer(text):
        names.extend(m.group(0) for m in _LISTED_ONE.finditer(match.group(0)))
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=4096)
def unit_of_name(display_name: str) -> str | None:
    """The unit in a display name (竹溪村-庞德顺 → 竹溪村), or None. Cached: a group's few
    hundred names are asked of with every message."""
    match = _NAME_UNIT.search(display_name)
    if match is None:
        return None
    return match.group("a") or match.group("b")


def unit_opening(text: str) -> str | None:
    """The unit that opens canonical `text` (竹溪村：C级2户 → 竹溪村), or None."""
    match = _OPENING.match(text)
    return match.group("unit") if match is not None else None


def reads_as_report(text: str) -> bool:
    """Whether canonical `text`, a unit's answer to a notice, reports on it: something
    done, figures, a file, or its own words after its name; not a question, nor a 收到
    with a promise."""
    if _QUESTION.search(text):
        return False
    if _DONE.search(text):
        return True
    if _PROMISED.search(text):
        return False
    opening = _OPENING.match(text)
    return opening is not None and _COLON.match(text, opening.end()) is not None


def roll_call(
    asks: Sequence[tuple[str, Ask]],
    seen: dict[str, Sequence[str]],
    replies: Iterable[Reply],
    own: OwnUnit | None = None,
    *,
    yours: bool = False,
) -> RollCall | None:
    """Who of the units asked has reported. `asks`: the notice's asks, each with the group
    it was asked in (a notice and its forwards); `seen`: per group, the display names (or
    unit names) seen there; `replies`: the notice's answers, from any group; `own`: the
    user's own unit, said apart when it is asked (a report of the user's is its report).

    The lowest kind of unit asked is the one counted (the district asks the towns, the
    town's forward asks the villages, and the villages' reports are what the town
    collects). None where too few units are known, or none has reported yet, but on the
    user's own notice (`yours`): they know it is not answered by e-mail, and at zero
    reports, chasing every unit (DING 未报的) matters most."""
    if not asks:
        return None
    level = min(ask.level for _, ask in asks)
    groups = [group for group, ask in asks if ask.level == level]
    listed = [u for _, ask in asks if ask.level == level for u in ask.listed]
    # 各村 in one group and 各村（社区） in another ask both.
    only = {ask.only for _, ask in asks if ask.level == level}
    ending = next(iter(only)) if len(only) == 1 else ""
    expected: list[str] = list(dict.fromkeys(listed))
    if not expected:
        for group in dict.fromkeys(groups):
            for name in seen.get(group, ()):
                unit = unit_of_name(name) or (name if _SUFFIX.search(name) else None)
                if unit is None or level_of(unit) != level or unit in expected:
                    continue
                if not ending or unit.endswith(ending):
                    expected.append(unit)
    mine = _own_asked(own, asks, level, expected)
    if mine is not None and level_of(mine) == level and mine not in expected:
        expected.append(mine)
    stems = {stem(u): u for u in expected}
    replies = list(replies)
    by = _own_report(mine, asks, replies) if mine is not None else None
    reported: list[str] = []
    if by is not None and mine in expected:
        reported.append(mine)
    for reply in replies:
        unit = _unit_of_reply(reply, level, stems)
        if unit is None or not reads_as_report(reply.text):
            continue
        if unit not in stems.values():
            if listed or unit_of_name(reply.sender_name) != unit:
                # Not one of those named; or a name read in a text (刚接兴隆社区报告…),
                # which may be no unit's.
                continue
            expected.append(unit)
            stems[stem(unit)] = unit
        if unit not in reported:
            reported.append(unit)
    fewest = FEWEST_LISTED if listed else FEWEST_UNITS
    if len(expected) < fewest or not (reported or yours):
        return None
    return RollCall(
        tuple(expected),
        tuple(u for u in expected if u in reported),
        own=mine,
        own_by=by[0] if by is not None else None,
        own_at=by[1] if by is not None else None,
    )


def _own_asked(
    own: OwnUnit | None, asks: Sequence[tuple[str, Ask]], level: Level, expected: Sequence[str]
) -> str | None:
    """The user's unit as the notice names it, where an ask of its kind asks it: among the
    units named; or, where each unit of its kind is asked (各镇) in a group the user is in,
    as seen there, else by its own name though no display name there says it."""
    if own is None:
        return None
    for _group, ask in asks:
        if ask.level != own.level:
            continue
        if ask.listed:
            found = own.first_match(ask.listed)
            if found is not None:
                return found
        else:
            seen = own.first_match(expected) if level == own.level else None
            # A name set without its kind (桐坪) is said only as a group shows it: which
            # of 桐坪镇, 桐坪乡 or 桐坪街道 it is, desk cannot tell.
            return seen or (own.name if level_of(own.name) == own.level else None)
    return None


def _own_report(
    mine: str, asks: Sequence[tuple[str, Ask]], replies: Sequence[Reply]
) -> tuple[str, datetime | None] | None:
    """Who first reported for the user's unit (`mine`) and when ("" for the user): a
    report that speaks for it (严国栋: 桐坪镇：累计转移89人), or the user's own report in a
    group that asked units of its kind. None before one."""
    level = level_of(mine)
    asked_in = {group for group, ask in asks if ask.level == level}
    stems = {stem(mine): mine}
    for reply in replies:
        if not reads_as_report(reply.text):
            continue
        if reply.yours:
            if reply.group in asked_in:
                return "", reply.at
            continue
        if _unit_of_reply(reply, level, stems) == mine:
            return reply.sender_name, reply.at
    return None


def chased(text: str) -> tuple[str, ...]:
    """The units canonical `text` names as not yet reported (还差上坪村、新街社区没报 →
    上坪村, 新街社区), each once; none for anything else. A notice asking units by name
    (请洄水湾村、竹溪村…报) is `ask_of`'s."""
    names: list[str] = []
    for pattern in (_OWED_BEFORE, _OWED_AFTER):
        for match in pattern.finditer(text):
            names.extend(m.group(0) for m in _LISTED_ONE.finditer(match.group("units")))
    return tuple(dict.fromkeys(names))


def chase_roll_call(units: Sequence[str], replies: Iterable[Reply]) -> RollCall | None:
    """Which of the `units` a reminder named as owing (see `chased`) have reported since,
    by `replies` (the reports that came after it in its group); None before any has.
    One unit named is enough: the reminder says whom it waits for."""
    stems = {stem(u): u for u in units}
    levels = {level_of(u) for u in units}
    reported: set[str] = set()
    for reply in replies:
        if not reads_as_report(reply.text):
            continue
        for level in levels:
            unit = _unit_of_reply(reply, level, stems)
            if unit is not None and unit in units:
                reported.add(unit)
    if not reported:
        return None
    return RollCall(tuple(units), tuple(u for u in units if u in reported), named=True)


def _unit_of_reply(reply: Reply, level: Level, stems: dict[str, str]) -> str | None:
    """The unit a reply speaks for: its sender's (竹溪村-庞德顺), else the one it opens with
    (竹溪村：…, 上坪收到 for 上坪村); of the kind counted."""
    own = unit_of_name(reply.sender_name)
    if own is not None:
        # A unit of another kind speaks for itself (城管中队: [图片] 桥西社区菜场弄堂整治).
        return _counted_as(own, stems) if level_of(own) == level else None
    opening = unit_opening(reply.text)
    if opening is not None and level_of(opening) == level:
        return _counted_as(opening, stems)
    text = _MEDIA.sub("", reply.text)
    found = [s for s in stems if len(s) >= 2 and re.match(rf"{re.escape(s)}{_AFTER_STEM}", text)]
    return stems[max(found, key=len)] if found else None


def _counted_as(unit: str, stems: dict[str, str]) -> str:
    """`unit` as the roll call writes it (上坪 → 上坪村); a unit of its stem but another
    kind (桐岭乡 beside 桐岭镇) stays itself."""
    counted = stems.get(stem(unit))
    return counted if counted is not None and same_unit(counted, unit) else unit
