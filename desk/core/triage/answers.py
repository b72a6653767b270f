"""Replies that answer a notice without quoting it: a unit's report on what the notice
asked (竹溪村山塘3座，三个责任人名单已报岳明), or a 收到 with more said after it
(桐坪镇收到，值班表周日前报), which is no pure ack to fold away. Each is linked to the notice
it answers in its group, so that the notice's card can say who answered, where and when:
an official asked "did your township confirm?" had only the pure acks to go by.

A reply the server says quotes a message (a Matrix reply) is linked by the store itself;
this reads only what chat apps send unquoted, which is most of it.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from desk.core.messages import Message

# How long after a notice a report on it is still read as its answer: the village
# reports on a notice of the morning come through the afternoon, or the next days.
ANSWER_WINDOW = timedelta(days=3)
# The notices asking something kept per group: the latest, as answers come to those.
NOTICES_KEPT = 8
# A report answers a notice when it repeats enough of its words, as pairs of characters
# (a word is two, mostly): 竹溪, 山塘, 责任, 名单, 岳明 of 有山塘的村（竹溪…）今天下班前把名单报水利
# 站岳明 in 竹溪村山塘3座，三个责任人名单已报岳明. Four: one or two are an office's
# name (区应急局) or a word of the day (防汛) that any report of the week shares.
SHARED_CHARS = 2
PHRASES_SHARED = 4
# How much of a notice's text a reply's reason names it by.
TITLE_CHARS = 24

# Opened by a confirmation (收到, 已收到, the unit's name before it), with more after it.
_CONFIRMED_OPENING = re.compile(
    r"\s*(?:[\u4e00-\u9fff\w-]{1,10}?[：:]?\s*)?(?:已?收到|已阅|明白)[，,。.！!；;\s]+(?=\S)"
)
# Said done, as a report on what was asked: 已报, 已上报, 已完成, 已转移3人 …
_REPORTED = re.compile(
    r"已(?:经)?(?:上报|报送|报给|报|提交|交|发给|发群|完成|落实|核实|核查|排查|整改|安排|部署"
    r"|到岗|到位|转移|通知到|传达|签到|办结|反馈|上传|张贴|发放|清理|撤离)"
)
# A unit's own report, which asks nothing of the group though it names a due time
# (青山村出租房排查进度60%，剩余12户本周内完成): a village or community opens it.
_UNIT_OPENING = re.compile(r"\s*(?!请)(?:(?!各)[\u4e00-\u9fff]){1,6}(?:村|社区)(?![民委干两])")
# Words of every notice and report: sharing these says nothing of what answers what.
_COMMON = re.compile(
    r"各.|.各|街道|通知|关于|工作|情况|要求|做好|已经|我们|大家|请于|进行|开展|完成|落实|报送"
    r"|上报|今天|明天|按时|及时|全部|相关|有关|单位|部门|镇村|村社|社区|人员"
)
# Orders to others are no report, whatever they say was done (…报送进展（已转移户数…）),
# nor a notice of its own: a bulletin under its tag (【通报】, 【更正】) or one to 各位….
_ORDERS = re.compile(
    r"请各|各(?:村|乡镇|社区|单位|街道|网格)[^，,。]{0,8}?(?:于|在|要|务必|立即)|务必"
    r"|^\s*(?:【|各位)"
)
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# A question asked: of the notice, it names the notice's words, else it is of another thing.
_QUESTION = re.compile(r"[?？]|吗|请问")
# How much of a notice its answers are matched against: its opening states what it asks,
# and a 4,000-character notice held 250 KB of pairs, in each of 40 groups' 8 kept.
NOTICE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Notice:
    """A notice that asks something of a group, as its answers name it: its id, and its
    title, the start of its text (【区防指】关于落实小型水库和山塘…)."""

    id: str
    title: str
    ts: datetime
    sender_id: str
    phrases: frozenset[str]


class AnswerFinder:
    """Per group, the recent notices that ask something, and which one a reply answers."""

    def __init__(self, ack_window: timedelta, window: timedelta = ANSWER_WINDOW) -> None:
        self._ack_window = ack_window
        self._window = window
        self._notices: dict[str, deque[Notice]] = {}

    def asked(self, message: Message, text: str) -> None:
        """Notes `message` (`text`, canonical) as a notice that asks something of its
        group, for the replies to come; a unit's report is none."""
        if _UNIT_OPENING.match(text) or _REPORTED.search(text):
            return
        kept = self._notices.get(message.group_id)
        if kept is None:
            kept = self._notices[message.group_id] = deque(maxlen=NOTICES_KEPT)
        notice = Notice(
            message.id,
            _title(message.text),
            message.ts,
            message.sender_id,
            _phrases(text[:NOTICE_CHARS]),
        )
        kept.append(notice)

    def answered(self, message: Message, text: str) -> Notice | None:
        """The notice in its group that `message` (`text`, canonical; no pure ack)
        answers, if it reads as an answer: None for anything else said, a DING, or an
        order passed on (收到，请各村今天18:00前上报值班表 is the township's own notice)."""
        kept = self._notices.get(message.group_id)
        if not kept or message.ding or _ORDERS.search(text):
            return None
        ts = message.ts
        others = [
            n
            for n in reversed(kept)
            if n.sender_id != message.sender_id and n.ts <= ts and ts - n.ts <= self._window
        ]
        confirmed = _CONFIRMED_OPENING.match(text)
        if confirmed is None and not _REPORTED.search(text):
            return None
        said = _phrases(text[confirmed.end() :] if confirmed else text)
        for notice in others:
            if len(said & notice.phrases) >= PHRASES_SHARED:
                return notice
        if confirmed is None:
            return None
        # 收到 and a word of its own (桐坪镇收到，我和谭书记都在镇里): to the notice just
        # before, as a pure ack would be; not a question of something else (收到，中午食堂
        # 几点开饭？), which names no notice's words.
        latest = next(iter(others), None)
        if latest is None or ts - latest.ts > self._ack_window or _QUESTION.search(text):
            return None
        return latest


def reads_as_answer(text: str) -> bool:
    """Whether canonical `text` still reads as an answer of some notice (a reply edited
    since): opened by 收到 with more said, or saying something done, and no order."""
    return bool(
        (_CONFIRMED_OPENING.match(text) or _REPORTED.search(text)) and not _ORDERS.search(text)
    )


def _title(text: str) -> str:
    """The start of the text, lines run together, as a reply's reason names its notice: a
    forward's first line (转区防指通知：) alone said nothing of it."""
    said = " ".join(text.split())
    return said if len(said) <= TITLE_CHARS else said[: TITLE_CHARS - 1] + "…"


def _phrases(text: str) -> frozenset[str]:
    """The pairs of Chinese characters in `text`, but those of every notice."""
    found = {
        run[i : i + SHARED_CHARS]
        for run in _HAN.findall(text)
        for i in range(len(run) - SHARED_CHARS + 1)
    }
    return frozenset(p for p in found if not _COMMON.fullmatch(p))
