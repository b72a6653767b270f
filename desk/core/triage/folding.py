"""Incremental folding of the same notice forwarded or re-posted across groups.

Each message is cut into clauses; each clause's character 3-gram shingles are hashed and
its bottom-k hashes (a one-permutation MinHash) are its LSH bucket keys. A new message
looks up only the messages that share a bucket with one of its clauses (buckets are
capped and entries expire), so the cost per message does not grow with the inbox.

A candidate then passes a precise check:
- enough of the shorter text's shingles appear in the longer one (containment), so
  forwards that add a header, trim lines or append an internal deadline still fold;
- aligned clauses must not disagree on a fact: date, month, time, figure, village, colour
  of a warning. A disagreement inside a deadline clause is allowed only when that clause
  also names a different unit or recipient (a downstream relay: 各区→各镇, 报市→报区);
- a correction (更正) or follow-up report (续报) never folds into a message that is not one.
"""

from __future__ import annotations

import re
import zlib
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from desk.core.triage.deadlines import TimeMention, scan
from desk.core.triage.normalize import strip_forward_prefix, strip_placeholders

MIN_KEY_CHARS = 10
MIN_CLAUSE_CHARS = 6
BOTTOM_K = 2
BUCKET_CAP = 48
CONTAINMENT = 0.5
CLAUSE_MATCH = 0.5
WINDOW = timedelta(days=7)

_WORD = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")
_CLAUSE_END = re.compile(r"[。;；!！?？\n]+")
_CORRECTION = re.compile(r"更正|纠正|勘误|订正|更改为|调整为|改为|改到|改期|推迟|延期|取消")
_FOLLOW_UP = re.compile(r"续报|再报|终报|最新进展|进展情况通报")
_MONTH = re.compile(r"(?<!\d)(\d{1,2})月份")
_QUARTER = re.compile(r"([一二三四1-4])季度")
_ORDINAL = re.compile(r"第([一二三四五六七八九十百\d]+)([批次期轮届号])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:[%‰]|[\u4e00-\u9fff])?")
_COLOUR = re.compile(r"([红橙黄蓝])色")
_PLACE = re.compile(r"(?<![各本全该每我])([\u4e00-\u9fff]{2})(村|社区|镇|街道)")
_NOT_PLACE = set("各本全该每我镇村区乡县市")
_ADDRESSEE = re.compile(r"各(?:级)?([\u4e00-\u9fff]{1,3})")
_UNIT_CHARS = "区县镇乡街村社单部支网办"
_RECIPIENT = re.compile(
    r"(?:报|交|送|发)(?:送|至|到|给)?((?:市|区|县|镇|乡|街道|村)[\u4e00-\u9fff]{1,6}?"
    r"(?:办|局|所|站|中心|部|委|组))"
)
_TO_ME = re.compile(r"(?:发|交|给)(?:给)?我")


@dataclass(frozen=True, slots=True)
class Clause:
    shingles: frozenset[str]
    facts: frozenset[str]
    units: frozenset[str]
    deadline: bool


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What folding knows about one message's text."""

    shingles: frozenset[str]
    clauses: tuple[Clause, ...]
    facts: frozenset[str]
    correction: bool
    follow_up: bool
    keys: tuple[int, ...]


@dataclass(slots=True)
class _Entry:
    id: str
    ts: datetime
    fingerprint: Fingerprint
    root: str


@dataclass(slots=True)
class NoticeClusterer:
    """Finds, for each new message, an earlier message of the same notice."""

    tz: tzinfo
    window: timedelta = WINDOW
    _buckets: dict[int, deque[_Entry]] = field(default_factory=dict)

    def match(self, fingerprint: Fingerprint, ts: datetime) -> str | None:
        """The cluster root (first message id) of the same notice seen before, or None."""
        best: tuple[float, str] | None = None
        seen: set[str] = set()
        oldest = ts - self.window
        for key in fingerprint.keys:
            bucket = self._buckets.get(key)
            if not bucket:
                continue
            for entry in bucket:
                if entry.id in seen or entry.ts < oldest:
                    continue
                seen.add(entry.id)
                score = similarity(fingerprint, entry.fingerprint)
                if score < CONTAINMENT or (best is not None and score <= best[0]):
                    continue
                if conflicts(fingerprint, entry.fingerprint):
                    continue
                best = (score, entry.root)
        return best[1] if best else None

    def add(self, message_id: str, fingerprint: Fingerprint, ts: datetime, root: str) -> None:
        entry = _Entry(message_id, ts, fingerprint, root)
        for key in fingerprint.keys:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = deque(maxlen=BUCKET_CAP)
            bucket.append(entry)


def fingerprint(text: str, ts: datetime, tz: tzinfo) -> Fingerprint | None:
    """The folding view of canonical `text`, or None when it is too short to fold."""
    body = strip_placeholders(strip_forward_prefix(text))
    key = "".join(_WORD.findall(body))
    if len(key) < MIN_KEY_CHARS:
        return None
    mentions = scan(body, ts, tz)
    clauses: list[Clause] = []
    keys: list[int] = []
    position = 0
    for piece in _CLAUSE_END.split(body):
        start = body.find(piece, position)
        position = start + len(piece)
        clause_key = "".join(_WORD.findall(piece))
        if len(clause_key) < 3:
            continue
        inside = [m for m in mentions if start <= m.start < position]
        shingles = _shingles(clause_key)
        clauses.append(
            Clause(
                shingles=shingles,
                facts=_facts(piece, inside),
                units=_units(piece),
                deadline=any(m.explicit for m in inside),
            )
        )
        if len(clause_key) >= MIN_CLAUSE_CHARS:
            keys.extend(_bottom_k(shingles))
    if not keys:
        keys.extend(_bottom_k(_shingles(key)))
    facts = frozenset().union(*(c.facts for c in clauses)) if clauses else frozenset()
    return Fingerprint(
        shingles=_shingles(key),
        clauses=tuple(clauses),
        facts=facts,
        correction=bool(_CORRECTION.search(body)),
        follow_up=bool(_FOLLOW_UP.search(body)),
        keys=tuple(dict.fromkeys(keys)),
    )


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Containment of the shorter text's shingles in the other's (0…1)."""
    smaller = min(len(a.shingles), len(b.shingles))
    if smaller == 0:
        return 0.0
    return len(a.shingles & b.shingles) / smaller


def conflicts(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two similar texts differ in something that makes them different notices."""
    if a.correction != b.correction or a.follow_up != b.follow_up:
        return True
    for clause in a.clauses:
        other = _best_clause(clause, b.clauses)
        if other is None:
            continue
        only_a = clause.facts - b.facts
        only_b = other.facts - a.facts
        if not only_a or not only_b:
            continue
        kinds_a = {fact[0] for fact in only_a}
        kinds_b = {fact[0] for fact in only_b}
        if not kinds_a & kinds_b:
            continue
        relay = (clause.deadline or other.deadline) and clause.units != other.units
        if not relay:
            return True
    return False


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


def _shingles(key: str) -> frozenset[str]:
    if len(key) < 3:
        return frozenset((key,))
    return frozenset(key[i : i + 3] for i in range(len(key) - 2))


def _bottom_k(shingles: frozenset[str]) -> list[int]:
    hashes = sorted(zlib.crc32(s.encode()) for s in shingles)
    return hashes[:BOTTOM_K]


def _facts(piece: str, mentions: list[TimeMention]) -> frozenset[str]:
    """The facts a clause states: days, times, months, figures, places, warning colours."""
    facts: set[str] = set()
    for mention in mentions:
        if mention.dated:
            facts.add(f"d{mention.day.isoformat()}")
        if mention.clock and mention.at is not None:
            facts.add(f"t{mention.at.isoformat(timespec='minutes')}")
    # Blank the time expressions so their digits are not read again as figures.
    blanked = _TIME_TEXT.sub(" ", piece)
    for found in _MONTH.finditer(blanked):
        facts.add(f"m{found.group(1)}")
    blanked = _MONTH.sub(" ", blanked)
    facts.update(f"q{q}" for q in _QUARTER.findall(blanked))
    facts.update(f"n{n}{unit}" for n, unit in _ORDINAL.findall(blanked))
    blanked = _ORDINAL.sub(" ", blanked)
    facts.update(f"n{n}" for n in _NUMBER.findall(blanked))
    facts.update(f"c{c}" for c in _COLOUR.findall(blanked))
    for name, kind in _PLACE.findall(piece):
        if name[0] not in _NOT_PLACE and name[1] not in _NOT_PLACE:
            facts.add(f"p{name}{kind}")
    return frozenset(facts)


_TIME_TEXT = re.compile(
    r"(?:\d{1,2}月)?\d{1,2}[日号](?:\s*\([^()]{0,16}\))?"
    r"|\d{1,2}(?:[:：]\d{2}|点(?:半|\d{1,2}分?)?|时\d{1,2}分)"
    r"|\d{1,2}\s*[—–~-]\s*(?=\d{1,2}[日号])"
)


def _units(piece: str) -> frozenset[str]:
    """Who a clause addresses and where it sends things: what changes down a relay."""
    units: set[str] = set()
    for name in _ADDRESSEE.findall(piece):
        unit = next((ch for ch in name if ch in _UNIT_CHARS), name)
        units.add(f"a{unit}")
    units.update(f"r{r}" for r in _RECIPIENT.findall(piece))
    if _TO_ME.search(piece):
        units.add("r我")
    return frozenset(units)
