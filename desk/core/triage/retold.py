"""Relays retold in the relaying cadre's own words: found by the rare words they keep.

A cadre who passes a county notice on in their own words (县上的返岗专车8号早上7点从汽车站
走，去新疆昌吉、宁夏银川两条线) shares too few of its character 3-grams for folding's LSH to
meet the notice, but keeps its rare words: the places, the names, the things asked for.
Weighted by how rare each pair of Chinese characters has been in the messages seen so far
(inverse document frequency), the pairs the two texts share make up much of the smaller
text's weight, where two notices on one theme share only the common words of the theme.

Only a message that says it passes something on (`Fingerprint.relayed`: 转…, 县里…) and
found no notice by shared text is looked up, among messages of other groups (a relay goes
down a level, to another group) within three days; the candidate must pass folding's
fact check (`conflicts`). Over the 45 labelled sets this raised duplicate F1 on 23 and
lowered it on none, merging no look-alike; letting any message look up, not only a relay,
cost eight sets more than it gave them. The engine also looks up an urgent report, among
the last two hours, for another person's urgent report of the same emergency (see
`TriageEngine._same_emergency`): over 46 sets that folded 41 more messages, each into
a report of its own incident, and lowered no set. Two people's alerts of one incident
under a pressing tag (the village's 【紧急】…炕洞着火了…火快扑灭了 and a leader's 【紧急】…
炕洞起火…村干部正在扑救…我马上赶过去) each tell it their own way: for those a quarter of the
weight is enough (SAME_ALERT_WEIGHT). Over 50 sets that folded 12 more messages and
raised duplicate F1 on 11, lowering none; a fifth of it would merge a set's two alerts
of one gas smell that its writer keeps apart, and any urgent report at a quarter cost
five sets and a held-out one.

The counts halve, and postings older than the window go, every PRUNE_EVERY messages: what
is rare is judged over the last few thousand, and memory holds no more.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import repeat
from operator import itemgetter

from desk.core.triage.folding import Fingerprint, conflicts, other_subject
from desk.core.triage.normalize import char_pairs

# How long after a notice a relay of it comes: within days, down the levels.
RETOLD_WINDOW = timedelta(days=3)
# Share of the smaller text's rarity weight the two must share; of two alerts of one
# incident under a pressing tag (see the docstring), less.
RETOLD_WEIGHT = 0.4
SAME_ALERT_WEIGHT = 0.25
# The rarest pairs of a relay that its candidates are looked up by, and how many of the
# candidates met most often are weighed.
LOOKED_UP = 30
WEIGHED = 5
# Messages kept per pair: a common pair's list is long and says little.
POSTINGS_CAP = 16
# A pair in more than this share of the texts (once past the first few) is common: no
# relay is looked up by it, so nothing is posted under it.
COMMON_SHARE = 0.01
COMMON_FROM = 20
# Every so many messages, old postings go and the counts halve, so that memory holds the
# recent vocabulary, and what was rare last year may be common now.
PRUNE_EVERY = 2000
# Figures a text states, none of them the notice's, that make it a count of the work done.
FIGURES_COUNTED = 2
# Added to a pair's count where the other text's weight is summed (smoothing).
_HALF = 0.5


@dataclass(slots=True, eq=False)
class _Posted:
    id: str
    ts: datetime
    group_id: str
    pairs: frozenset[str]
    fingerprint: Fingerprint
    root: str
    # The notice's first message: a relay folds into that notice only if it is that
    # notice too, not merely a forward of it that shares its boilerplate.
    root_print: Fingerprint


@dataclass(slots=True)
class RetoldIndex:
    """The messages seen lately, by the pairs of characters they hold, and how often each
    pair has been seen."""

    window: timedelta = RETOLD_WINDOW
    _seen: Counter[str] = field(default_factory=Counter)
    _texts: float = 0.0
    _postings: dict[str, deque[_Posted]] = field(default_factory=dict)
    _added: int = 0

    def add(
        self,
        message_id: str,
        ts: datetime,
        group_id: str,
        fingerprint: Fingerprint,
        root: str,
        *,
        posted: bool = True,
        root_print: Fingerprint | None = None,
    ) -> None:
        """Counts the pairs of `fingerprint`'s text and, if `posted`, posts it under each
        but the common ones, which no relay is looked up by. `root_print` is the
        fingerprint of the notice's first message (this one's, if not given)."""
        found = char_pairs(fingerprint.body)
        seen = self._seen
        seen.update(found)
        self._texts += 1
        self._added += 1
        if self._added % PRUNE_EVERY == 0:
            self._prune(ts - self.window)
        if not posted:
            return
        common = max(COMMON_FROM, self._texts * COMMON_SHARE)
        entry = _Posted(
            message_id, ts, group_id, found, fingerprint, root, root_print or fingerprint
        )
        postings = self._postings
        for pair in found:
            if seen[pair] > common:
                continue
            kept = postings.get(pair)
            if kept is None:
                kept = postings[pair] = deque(maxlen=POSTINGS_CAP)
            kept.append(entry)

    def lookup(
        self,
        fingerprint: Fingerprint,
        ts: datetime,
        group_id: str,
        *,
        window: timedelta | None = None,
        least: float = RETOLD_WEIGHT,
        own_times: bool = False,
    ) -> str | None:
        """The root of the notice of another group, within the window (`window`, when
        shorter than the index's), that the relay in `fingerprint` retells, sharing at
        least `least` of the rarity weight (see the module's docstring), or None. With
        `own_times`, not one whose clock times are all other than the text's own (see
        `_times_apart`)."""
        own = char_pairs(fingerprint.body)
        if not own:
            return None
        seen, texts = self._seen, self._texts + 2
        # Smoothed, and as if this text were counted too: a pair seen nowhere else weighs
        # most, never infinitely.
        # In sorted order, and summed exactly (fsum), below: a set of strings is iterated
        # in an order that changes with each process's hash seed, and with it which of
        # equally rare pairs were looked up and the last bit of a sum. The same messages
        # folded differently from one start of desk to the next.
        weights = {pair: math.log(texts / (seen[pair] + 1.5)) for pair in sorted(own)}
        rarest = heapq.nlargest(LOOKED_UP, weights, key=weights.__getitem__)
        oldest = ts - (self.window if window is None else min(window, self.window))
        # Ranked by the weight of the rare pairs they share; the best few weighed in full.
        met: dict[_Posted, float] = {}
        for pair in rarest:
            weight = weights[pair]
            for posted in self._postings.get(pair, ()):
                if posted.group_id != group_id and oldest <= posted.ts <= ts:
                    met[posted] = met.get(posted, 0.0) + weight
        own_weight = math.fsum(weights.values())
        best: tuple[float, _Posted] | None = None
        for posted, _ in heapq.nlargest(WEIGHED, met.items(), key=itemgetter(1)):
            shared = math.fsum(map(weights.__getitem__, own & posted.pairs))
            share = _share(shared, own_weight, posted.pairs - own, texts, seen, least)
            if share is not None and (best is None or share > best[0]):
                best = (share, posted)
        if best is None:
            return None
        chosen = best[1]
        if _counts_of_its_own(fingerprint, chosen.fingerprint):
            return None
        if own_times and _times_apart(fingerprint, chosen.fingerprint):
            return None
        if conflicts(fingerprint, chosen.fingerprint) or (
            chosen.root_print is not chosen.fingerprint
            and other_subject(fingerprint, chosen.root_print)
        ):
            # ...nor be about another thing than the notice that one folded into (A~B and
            # B~C do not make C A's). Only its subject: a relay passed on in turn may
            # differ from the first post in what its relay changed (a day set earlier, the
            # villages named), which the relay it retells already differed in.
            return None
        return chosen.root

    @property
    def held(self) -> int:
        """How many messages the postings hold (what the index costs in memory)."""
        return len({id(posted) for kept in self._postings.values() for posted in kept})

    def _prune(self, oldest: datetime) -> None:
        postings = self._postings
        for pair in list(postings):
            kept = postings[pair]
            while kept and kept[0].ts < oldest:
                kept.popleft()
            if not kept:
                del postings[pair]
        halved = Counter({pair: n // 2 for pair, n in self._seen.items() if n > 1})
        self._seen = halved
        self._texts /= 2


def _counts_of_its_own(relay: Fingerprint, notice: Fingerprint) -> bool:
    """Whether `relay` states figures (two or more) and not one fact (day, time, figure,
    place) that `notice` states: a count of the work the notice asked for (县安委办：…大检查
    第一周，全县共检查企业236家，发现隐患412项, under the notice that launched it: blind set
    U3), not the notice retold, which keeps some of its particulars. (One figure may be
    said in words by the other: 78岁 / 七十八, of one person sought.)"""
    facts = relay.facts
    return sum(fact[0] == "n" for fact in facts) >= FIGURES_COUNTED and facts.isdisjoint(
        notice.facts
    )


def _times_apart(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether both texts state clock times and share none, `a` none as a time to be done
    by: it sets a time of its own to meet (今晚9点在镇三楼会议室碰头 / 今晚11点前…报县局),
    not one alert told twice. One that passes an alert on may set an earlier time to
    report by (各村22:15前把转移人数报…, under the county's 22:30前报送转移人数)."""
    a_times = {fact for fact in a.facts if fact[0] == "t"}
    b_times = {fact for fact in b.facts if fact[0] == "t"}
    if not (a_times and b_times) or not a_times.isdisjoint(b_times):
        return False
    return not any(clause.deadline and clause.facts & a_times for clause in a.details.clauses)


def _share(
    shared: float,
    own_weight: float,
    rest: frozenset[str],
    texts: float,
    seen: Counter[str],
    least: float,
) -> float | None:
    """`shared` as a share of the smaller of `own_weight` and the weight of the other text
    (`shared`, and that of the pairs it holds alone, `rest`), if it reaches `least`,
    else None. Summed by `map`, in C: this weighs most candidates of every relay."""
    # Each pair of `rest` weighs log(texts / (seen + 0.5)).
    counts = map(_HALF.__add__, map(seen.get, rest, repeat(0)))
    theirs = shared + len(rest) * math.log(texts) - math.fsum(map(math.log, counts))
    share = shared / min(own_weight, theirs)
    return share if share >= least else None
