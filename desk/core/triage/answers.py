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
from datetime import datetime, timedelta

from desk.core.messages import Message
from desk.core.triage.normalize import char_pairs
from desk.core.triage.roll_call import (
    Ask,
    Level,
    ask_of,
    asked_clause,
    level_of,
    reads_as_report,
    unit_of_name,
    unit_opening,
)

# How long after a notice a report on it is still read as its answer: the village
# reports on a notice of the morning come through the afternoon, or the next days.
ANSWER_WINDOW = timedelta(days=3)
# ...and for a notice due later than that, until a day after its due time.
DUE_SLACK = timedelta(days=1)
# The notices asking something kept per group: the latest, as answers come to those.
NOTICES_KEPT = 8
# A report answers a notice when it repeats enough of its words, as pairs of characters
# (a word is two, mostly): 竹溪, 山塘, 责任, 名单, 岳明 of 有山塘的村（竹溪…）今天下班前把名单报水利
# 站岳明 in 竹溪村山塘3座，三个责任人名单已报岳明. Four: one or two are an office's
# name (区应急局) or a word of the day (防汛) that any report of the week shares.
PHRASES_SHARED = 4
# ...three for a unit's report opened by its name (竹溪村累计转移11人 to 各村现在报当前累计
# 转移人数: 累计, 计转, 转移), which is a report by its shape.
UNIT_PHRASES_SHARED = 3
# ...two, a letter or a year among them, for a unit's report on a notice that asks units to
# report: 2025年的那张表今天已经发邮箱了 shares 2025 and 邮箱 with the notice it answers.
ROLL_CALL_SHARED = 2
# How much of a notice's text a reply's reason names it by.
TITLE_CHARS = 24

# Opened by a confirmation (收到, 已收到, the unit's name before it), with more after it.
_CONFIRMED_OPENING = re.compile(
    r"\s*(?:[\u4e00-\u9fff\w-]{1,10}?[：:]?\s*)?(?:已?收到|已阅|明白)[，,。.！!；;\s]+(?=\S)"
)
# Said done, as a report on what was asked: 已报, 已上报, 已完成, 已转移3人, 已上岗 …
_REPORTED = re.compile(r"已(?!经|于|是|有|久|知)[\u4e00-\u9fff]|已经[\u4e00-\u9fff]")
# A unit's own report, opened by its name (a photo first, as a check-in is): it asks
# nothing of the group though it names a due time (青山村出租房排查进度60%，剩余12户本周内
# 完成), and it reports whatever its verb (竹溪村累计转移11人).
_UNIT_OPENING = re.compile(
    r"\s*(?:\[图片\]\s*)*(?![请全本我经该此每])(?:(?!各)[\u4e00-\u9fff]){2,6}(?:村|社区|镇|街道|乡)"
    r"(?![民委干两长])"
)
# Words of every notice and report: sharing these says nothing of what answers what.
# (Nor does a pair with 各 in it, 各村 or 请各.)
_COMMON_WORDS = (
    "街道 通知 关于 工作 情况 要求 做好 已经 我们 大家 请于 进行 开展 完成 落实 报送 "
    "上报 今天 明天 按时 及时 全部 相关 有关 单位 部门 镇村 村社 社区 人员"
)
_COMMON = frozenset(_COMMON_WORDS.split())
# Orders to others are no report, whatever they say was done (…报送进展（已转移户数…）),
# nor a notice of its own: a bulletin under its tag (【通报】, 【更正】) or one to 各位….
_ORDERS = re.compile(
    r"请各|各(?:村|乡镇|社区|单位|街道|网格)[^，,。]{0,8}?(?:于|在|要|务必|立即)|务必"
    r"|^\s*(?:【|各位)"
)
# A question asked: of the notice, it names the notice's words, else it is of another thing.
_QUESTION = re.compile(r"[?？]|吗|请问")
# How much of a notice its answers are matched against: its opening states what it asks,
# and a 4,000-character notice held 250 KB of pairs, in each of 40 groups' 8 kept.
NOTICE_CHARS = 400


class Notice:
    """A notice that asks something of a group, as its answers name it: its id, its
    title (the start of its text: 【区防指】关于落实小型水库和山塘…) and its word pairs, both
    made when first asked for: most notices are never answered."""

    __slots__ = (
        "_ask",
        "_asked",
        "_head",
        "_phrases",
        "_text",
        "due",
        "id",
        "sender_id",
        "ts",
        "until",
    )

    def __init__(
        self, message: Message, text: str, until: datetime, due: datetime | None = None
    ) -> None:
        self.id, self.ts, self.sender_id = message.id, message.ts, message.sender_id
        # Answered up to then: ANSWER_WINDOW, or longer for one due later (reports on a
        # notice of Wednesday due Saturday noon come in on Saturday afternoon).
        self.until = until
        self.due = due
        self._text = message.text
        self._head = text[:NOTICE_CHARS]
        self._phrases: frozenset[str] | None = None
        self._ask: Ask | bool | None = False
        self._asked: frozenset[str] | None = None

    @property
    def title(self) -> str:
        return title(self._text)

    @property
    def phrases(self) -> frozenset[str]:
        if self._phrases is None:
            self._phrases = phrases(self._head)
        return self._phrases

    @property
    def ask(self) -> Ask | None:
        """What it asks units to report (see roll_call.ask_of), read when first asked."""
        if self._ask is False:
            self._ask = ask_of(self._head)
        return self._ask if isinstance(self._ask, Ask) else None

    @property
    def asked(self) -> frozenset[str]:
        """The pairs of characters of what it asks units to report (转移 of …报送危险区域
        群众转移情况), not of how to reach whom (可电话联系): see roll_call.asked_clause."""
        if self._asked is None:
            self._asked = phrases(asked_clause(self._head))
        return self._asked

    @property
    def words(self) -> frozenset[str]:
        """Its pairs of characters and its Latin words and years (see `_tokens`)."""
        return self.phrases | _words(self._head)


class AnswerFinder:
    """Per group, the recent notices that ask something, and which one a reply answers."""

    def __init__(self, window: timedelta = ANSWER_WINDOW) -> None:
        self._window = window
        self._notices: dict[str, deque[Notice]] = {}

    def asked(self, message: Message, text: str, due: datetime | None = None) -> None:
        """Notes `message` (`text`, canonical) as a notice that asks something of its
        group, due at `due` if it says, for the replies to come; a unit's report is
        none."""
        if _UNIT_OPENING.match(text):
            return
        kept = self._notices.get(message.group_id)
        if kept is None:
            kept = self._notices[message.group_id] = deque(maxlen=NOTICES_KEPT)
        until = _later(message.ts, self._window)
        if due is not None:
            until = max(until, _later(due, DUE_SLACK))
        kept.append(Notice(message, text, until, due))

    def answered(self, message: Message, text: str, *, asks: bool = False) -> Notice | None:
        """The notice in its group whose words `message` (`text`, canonical; no pure ack)
        repeats as a report on it or a confirmation with more said: None for anything
        else, a DING, or an order passed on (收到，请各村今天18:00前上报值班表 is the
        township's own notice); what `asks` something itself is an answer only if a unit
        opens it or a 收到 does. A unit's report that shares few words is read as the
        answer to a notice asking units to report (see `_roll_called`). A confirmation
        that names no notice's words is left to the caller (see `confirms`)."""
        kept = self._notices.get(message.group_id)
        if not kept or message.ding or _ORDERS.search(text):
            return None
        found = _by_words(kept, message, text, asks)
        if found is not None or asks:
            return found
        # A unit's report in few words (上坪村的表刚发，C级4户D级1户), or by its village's
        # short name ([图片] 石门坎“三堆”清理，今天清了5处).
        return _roll_called(kept, message, text)


def _by_words(kept: deque[Notice], message: Message, text: str, asks: bool) -> Notice | None:
    """The latest notice in `kept` whose words `message` repeats enough of."""
    confirmed = _CONFIRMED_OPENING.match(text)
    opening = _UNIT_OPENING.match(text)
    unit = opening is not None
    if confirmed is None and not unit and (asks or not _REPORTED.search(text)):
        # Something done told with an order (经镇党政班子研究，推荐…请甘书记牵头) is a notice.
        return None
    said = phrases(text[confirmed.end() :] if confirmed else text)
    # Beyond the unit's own name, a word of the notice's: [图片] 洄水湾村已到岗 is no
    # report on a notice that names 洄水湾 (a tester found it the reply to 洄水湾河段
    # 水位已超警戒线).
    beyond = phrases(text[opening.end() :]) if opening is not None else said
    enough = UNIT_PHRASES_SHARED if unit else PHRASES_SHARED
    if len(said) < enough or not beyond:
        return None
    ts = message.ts
    for notice in reversed(kept):
        if notice.sender_id == message.sender_id or notice.ts > ts or ts > notice.until:
            continue
        if len(said & notice.phrases) >= enough and not beyond.isdisjoint(notice.phrases):
            return notice
    return None


def _units_of(message: Message, text: str) -> set[Level]:
    """The kinds of unit `message` speaks for: its sender's (竹溪村-庞德顺), else the one it
    opens with (竹溪村：…); none for a person alone."""
    unit = unit_of_name(message.sender_name) or unit_opening(text)
    return {level_of(unit)} if unit is not None else set()


def _roll_called(kept: deque[Notice], message: Message, text: str) -> Notice | None:
    """The notice a unit's report in few words answers (上坪村的表刚发，C级4户D级1户; 2025年的
    那张表今天已经发邮箱了): of the open notices in its group that ask units to report, the
    one it shares most words with (a figure's letters, a year: C级, 2025), two at least;
    of those alike, the one due first, as a report is mostly for what is due soonest."""
    # Of the kind of unit asked: the county's own tally (县应急局: 截至8时，全县累计转移…) is no
    # town's report on the notice asking each town for it. Asked first, as most messages
    # are no unit's and every one not answering by its words comes here.
    levels = _units_of(message, text)
    if not levels:
        return None
    open_ = [
        n
        for n in kept
        if n.sender_id != message.sender_id
        and n.ts <= message.ts <= n.until
        and n.ask is not None
        and n.ask.level in levels
    ]
    if not open_ or not reads_as_report(text):
        return None
    # Not the words of its sender's own name (竹溪村卫生室 shares 卫生 with 镇卫生院).
    said = _tokens(text) - phrases(message.sender_name)
    best: tuple[int, datetime] | None = None
    found = None
    for notice in open_:
        shared = len(said & notice.words)
        if shared < ROLL_CALL_SHARED:
            continue
        key = (-shared, notice.due or notice.until)
        if best is None or key < best:
            best, found = key, notice
    if found is not None:
        return found
    # A unit's figures or word of it done in one word of what the notice asks reported
    # (洄水湾村：新转移5户17人 to 请各村（社区）…前报送危险区域群众转移情况; a tester's live
    # report was counted nowhere): the answer where one open notice alone shares such a
    # word with it, beside the unit's name. Not a word of how to reach whom (可电话联系).
    opening = unit_opening(text)
    own = said - phrases(opening) if opening is not None else said
    sharing = [n for n in open_ if not own.isdisjoint(n.asked)]
    return sharing[0] if len(sharing) == 1 else None


# Latin words and years, beside the pairs of characters, as a short report names them.
_WORD = re.compile(r"[a-z]+|\d{4,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


def _tokens(text: str) -> frozenset[str]:
    return phrases(text) | _words(text)


# What the user sends when a task asked of them is done: a file, a photo, or words of it
# done (汇总好了, 报了, 已发您, 问题清单已汇总, 弄好了); not a promise (好的，马上,
# 好的，8点半前发您, 上午就弄), nor a question.
_FILE_SENT = re.compile(r"\s*\[(?:文件|图片)\]")
_DONE_WORDS = re.compile(
    r"(?:好|完|妥|齐)了|已(?!经?(?:收到|知道|阅|读))|报了|发了|交了|改了|搞定|弄好|办好|办完|办妥"
    r"|(?:汇总|整理|核|改|写|做|弄|排|填)好|发您|发给您|报过去了|报上去了"
)
_PROMISED = re.compile(
    r"马上|就弄|就去|就发|这就|稍后|等下|等会|一会|待会|尽快|争取|[点时半]前(?:发|报|交|给)"
)
_ASKS_BACK = re.compile(r"[?？]|吗|请问|怎么|是不是")
# How long after a task asked of the user their reply still answers it.
YOURS_WINDOW = timedelta(hours=24)
# Asking whether a task is done yet (…报区委办了吗？, 专报报了没有, 台账怎么样了).
_CHASING = re.compile(r"了吗|了没|没有[?？]?$|怎么样了|咋样了|进展如何|进度如何")
# The pairs of characters a chase shares with the task it asks after, and its length.
CHASE_SHARED = 2
CHASE_CHARS = 24
_MENTION = re.compile(r"@\S+")


def sends_a_file(text: str) -> bool:
    """Whether canonical `text` opens with a file or photo sent ([文件] …, [图片])."""
    return _FILE_SENT.match(text) is not None


def done_by_you(text: str) -> bool:
    """Whether canonical `text`, sent by the user, says a task is done: a file or photo
    sent, or words of it done with no promise of later nor a question."""
    if sends_a_file(text):
        return True
    return bool(
        _DONE_WORDS.search(text) and not _PROMISED.search(text) and not _ASKS_BACK.search(text)
    )


def chases(text: str, task: str) -> bool:
    """Whether canonical `text`, asked of the user, asks after the task asked of them in
    canonical `task` (…报区委办了吗？ after 明早8点报区委办): a line asking whether something
    is done, in the task's words. Names @-mentioned are not words of the task."""
    if _CHASING.search(text) is None or len(_MENTION.sub("", text).strip()) > CHASE_CHARS:
        # A question of a line: one that goes on (…的通知看了吗？下午3点前把迎检名单报镇里) asks
        # something of its own.
        return False
    said = phrases(_MENTION.sub("", text))
    return len(said & phrases(_MENTION.sub("", task))) >= CHASE_SHARED


def _later(at: datetime, by: timedelta) -> datetime:
    """`at` plus `by`, or the calendar's last instant at its end."""
    try:
        return at + by
    except OverflowError:
        return datetime.max.replace(tzinfo=at.tzinfo)


def confirms(text: str) -> bool:
    """Whether canonical `text` confirms what came before with a word of its own
    (桐坪镇收到，我和谭书记都在镇里): not a question of something else (收到，中午食堂几点开饭？)
    nor an order passed on."""
    return bool(
        _CONFIRMED_OPENING.match(text) and not _QUESTION.search(text) and not _ORDERS.search(text)
    )


def reads_as_answer(text: str) -> bool:
    """Whether canonical `text` still reads as an answer of some notice (a reply edited
    since): opened by 收到 with more said, or saying something done, and no order."""
    return bool(
        (_CONFIRMED_OPENING.match(text) or _UNIT_OPENING.match(text) or _REPORTED.search(text))
        and not _ORDERS.search(text)
    )


def title(text: str) -> str:
    """The start of the text, lines run together, as a reply's reason names its notice: a
    forward's first line (转区防指通知：) alone said nothing of it."""
    said = " ".join(text.split())
    return said if len(said) <= TITLE_CHARS else said[: TITLE_CHARS - 1] + "…"


def phrases(text: str) -> frozenset[str]:
    """The pairs of Chinese characters in `text`, but those of every notice."""
    return frozenset(p for p in char_pairs(text) - _COMMON if "各" not in p)
