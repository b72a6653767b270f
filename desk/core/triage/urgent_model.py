"""A learned second opinion on urgency, for emergencies told in words no rule names.

Every blind set written for desk told 1-10 of its 17-23 urgent items in words the rules of
its day did not know (a crushed hand in Cantonese, wild birds found dead, gas smelt with
people upstairs): the rules alone caught 0.57-0.94 of a new set's urgent items. A logistic
regression over character 1-3 grams, trained by tools/train_urgent_model.py on the labelled
sets in tests/data and on single messages written to teach what danger sounds like
(tests/data/urgency), has seen many ways of telling an emergency; where the rules call a
message action or information, the engine lets it call it urgent instead. It only promotes,
and finds what resembles what it has seen: a reviewer's first-hand reports in fresh words
still slipped past it one time in three.

The weights are generated code (`urgent_weights`), loaded on first use.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from itertools import repeat

from desk.core.messages import Role

# P(urgent) at or above which the model overrules action or info. Chosen on twelve blind
# sets, each scored with the rules of its day and a model trained without it: with the
# engine's guards it found 29 of the 48 urgent items the rules missed there for 9 false
# alarms in their 2,496 messages, and none in the dev corpus (0.6: 30 for 11; 0.7: 27 for 8).
THRESHOLD = 0.65
_LOGIT_THRESHOLD = math.log(THRESHOLD / (1.0 - THRESHOLD))

_SPACE = re.compile(r"\s+")
_ZEROS = repeat(0.0)


def features(text: str, *, ding: bool, mentioned: bool, role: Role) -> list[str]:
    """What the model reads: the sender's role, DING and @you as markers, and every
    character 1-3 gram of the canonical text, lowercased with whitespace runs as one space.
    The trainer and `UrgentModel` must read the same."""
    body = _SPACE.sub(" ", text.lower()).strip()
    found = [f"\x01{role.value}"]
    if ding:
        found.append("\x01ding")
    if mentioned:
        found.append("\x01at")
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

    def __init__(self, terms: dict[str, complex], intercept: float) -> None:
        # feature -> idf * coefficient + idf² j: the weight, and the norm's part (which
        # needs every known feature's idf). Kept as two dicts of floats for `logit`.
        self.terms = terms
        self.intercept = intercept
        self._weight = {gram: term.real for gram, term in terms.items()}
        self._idf_squared = {gram: term.imag for gram, term in terms.items()}

    def logit(self, grams: list[str]) -> float:
        counts = Counter(grams)
        weight, idf_squared = self._weight, self._idf_squared
        # Summed in C as if every feature occurred once (most do), then put right for those
        # that repeat; sums of floats, which `sum` adds without a new object each.
        dot = sum(map(weight.get, counts, _ZEROS))
        square = sum(map(idf_squared.get, counts, _ZEROS))
        if len(counts) < len(grams):
            repeated: dict[int, list[str]] = {}
            for gram, count in counts.items():
                if count > 1:
                    repeated.setdefault(count, []).append(gram)
            for count, same in repeated.items():
                tf = 1.0 + math.log(count)
                dot += (tf - 1.0) * sum(map(weight.get, same, _ZEROS))
                square += (tf * tf - 1.0) * sum(map(idf_squared.get, same, _ZEROS))
        if square == 0.0:
            return self.intercept
        return self.intercept + dot / math.sqrt(square)

    def probability(self, grams: list[str]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(grams)))

    def urgent(self, grams: list[str]) -> bool:
        return self.logit(grams) >= _LOGIT_THRESHOLD


@cache
def shipped_model() -> UrgentModel:
    from desk.core.triage import urgent_weights

    return UrgentModel(urgent_weights.TERMS, urgent_weights.INTERCEPT)
