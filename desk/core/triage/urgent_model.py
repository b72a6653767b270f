"""A learned second opinion on urgency, for emergencies told in words no rule names.

Every blind set written for desk told 1-10 of its 17-23 urgent items in words the rules of
its day did not know (a crushed hand in Cantonese, wild birds found dead, gas smelt with
people upstairs): the rules alone caught 0.57-0.94 of a new set's urgent items. A logistic
regression over character 1-3 grams, trained by tools/train_urgent_model.py on the labelled
sets in tests/data and on single messages written to teach what danger sounds like
(tests/data/urgency), has seen many ways of telling an emergency; where the rules call a
message action or information, the engine lets it call it urgent instead. It only promotes,
and finds what resembles what it has seen: a reviewer's first-hand reports in fresh words
still slipped past it and the rules one time in four.

The weights are generated code (`urgent_weights`), loaded on first use.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import itemgetter

from desk.core.messages import Role

# P(urgent) at or above which the model overrules action or info. Chosen on twelve blind
# sets, each scored with the rules of its day and a model trained without it: with the
# engine's guards it found 32 of the 48 urgent items the rules missed there for 6 false
# alarms in their 2,496 messages, and none in the dev corpus (0.6: 32 for 9; 0.7: 31 for 6).
THRESHOLD = 0.65
_LOGIT_THRESHOLD = math.log(THRESHOLD / (1.0 - THRESHOLD))

_SPACE = re.compile(r"\s+")
_WEIGHT = itemgetter(0)
_IDF_SQUARED = itemgetter(1)


def features(text: str, role: Role) -> list[str]:
    """What the model reads: the sender's role as a marker, and every character 1-3 gram of
    the canonical text, lowercased with whitespace runs as one space. The trainer and
    `UrgentModel` must read the same."""
    body = _SPACE.sub(" ", text.lower()).strip()
    found = [f"\x01{role.value}"]
    found.extend(body)
    # List comprehensions, not one generator over n: a third faster, and this runs on most
    # messages.
    found.extend([body[i : i + 2] for i in range(len(body) - 1)])
    found.extend([body[i : i + 3] for i in range(len(body) - 2)])
    return found


class UrgentModel:
    """Sublinear tf-idf, L2-normalised, then a logistic regression: as scikit-learn's
    `TfidfVectorizer(sublinear_tf=True)` and `LogisticRegression` compute it, so the
    trainer's numbers are the app's."""

    def __init__(self, table: dict[str, tuple[float, float]], intercept: float) -> None:
        # feature -> (idf * coefficient, idf²): the weight, and the norm's part (which
        # needs every known feature's idf).
        self.table = table
        self.intercept = intercept

    def logit(self, grams: list[str]) -> float:
        counts = Counter(grams)
        # As if every feature occurred once (most do), then put right for those that
        # repeat. One lookup per feature, the rest in C: this runs on most messages.
        dot, square = self._sums(counts)
        if len(counts) < len(grams):
            repeated: dict[int, list[str]] = {}
            for gram, count in counts.items():
                if count > 1:
                    repeated.setdefault(count, []).append(gram)
            for count, same in repeated.items():
                tf = 1.0 + math.log(count)
                extra_dot, extra_square = self._sums(same)
                dot += (tf - 1.0) * extra_dot
                square += (tf * tf - 1.0) * extra_square
        if square == 0.0:
            return self.intercept
        return self.intercept + dot / math.sqrt(square)

    def _sums(self, grams: Iterable[str]) -> tuple[float, float]:
        known = list(filter(None, map(self.table.get, grams)))
        return sum(map(_WEIGHT, known)), sum(map(_IDF_SQUARED, known))

    def probability(self, grams: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(grams)))

    def urgent(self, grams: list[str]) -> bool:
        return self.logit(grams) >= _LOGIT_THRESHOLD


@cache
def shipped_model() -> UrgentModel:
    from desk.core.triage import urgent_weights

    return UrgentModel(urgent_weights.TABLE, urgent_weights.INTERCEPT)


@lru_cache(maxsize=4096)
def reads_urgent(text: str, role: Role) -> bool:
    """Whether the shipped model reads canonical `text`, from a sender of `role`, as urgent.

    Cached: reports, reminders and @-tasks recur word for word (on the speed bench a
    quarter of the texts the engine asks about), and the model is its costliest question.
    """
    return shipped_model().urgent(features(text, role))
