"""The user's own unit (本单位): the town, street office or bureau they work for.

Under a district notice to 各镇 the question on Monday is "have WE reported?", and a 通报
that names the user's town matters more to them than one naming others. The unit is
set as groups write it, several names separated by 、 (桐坪镇、桐坪), or else guessed from
the user's own display names in the groups (桐坪镇-李明, 李明（桐坪镇党政办）).

A name matches with or without its kind (桐坪镇, 桐坪), in either script (桐坪鎮), but
never a unit of another kind sharing its stem (桐坪村 is a village of 桐坪镇, not it), nor
one whose kind word differs at the same level: a county may have both a 桐岭乡 and a 桐岭镇.
A unit set without its kind (桐坪) is a town, unless the display names say it with another.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from desk.core.triage.normalize import canonical
from desk.core.triage.roll_call import Level, kind_word, level_of, stem, unit_of_name

# Between the names of one unit: 桐坪镇、桐坪 (a comma or a space as typed will do too).
_BETWEEN = re.compile(r"[、，,；;/\s]+")
_KIND = re.compile(r"(?:村|社区|居委会|镇|乡|街道|局|办|所|站|中心|院|队|委)$")
# A unit inside a longer name (李明（桐坪镇党政办）): its town, where the office is the town's.
_TOWN_IN = re.compile(r"^([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))[\u4e00-\u9fff]{1,6}$")
# The forms `unit_of_name` leaves to the guess: the person's name first (李明-桐坪镇, 李明
# 桐坪镇党政办), or the town by its government (桐坪镇政府-李明, 李明·桐坪镇人民政府).
_UNIT_NAMED = r"[\u4e00-\u9fff]{2,10}?(?:村|社区|居委会|镇|乡|街道|局|办|所|站|中心|院|队|委)"
_NAME_SAYS_UNIT = re.compile(
    rf"^\s*(?P<a>{_UNIT_NAMED})(?:人民)?政府\s*[-－—–·・_\s]"
    rf"|^\s*[\u4e00-\u9fff]{{2,4}}\s*[-－—–·・_\s]\s*(?P<b>{_UNIT_NAMED})(?:(?:人民)?政府)?\s*$"
)


def parse_units(value: str) -> tuple[str, ...]:
    """The names of the setting's text, each once, in order (桐坪镇、桐坪 → 桐坪镇, 桐坪)."""
    names = (part.strip() for part in _BETWEEN.split(value or ""))
    return tuple(dict.fromkeys(name for name in names if name))


@dataclass(frozen=True, slots=True)
class OwnUnit:
    """The user's unit by its names: `names[0]` is the one said (本镇 of 桐坪镇)."""

    names: tuple[str, ...]

    @classmethod
    def of(cls, value: str | None) -> OwnUnit | None:
        """The unit of the setting's text (or a guess), None when it names none."""
        names = parse_units(value or "")
        return cls(names) if names else None

    @property
    def name(self) -> str:
        """The name to say: the first that says its kind (桐坪镇 of 桐坪、桐坪镇)."""
        return next((n for n in self.names if _KIND.search(canonical(n))), self.names[0])

    @property
    def level(self) -> Level:
        """Its kind, by the first name that says one; a town where none does (see
        `_level`)."""
        return _level(self._canonical)

    @property
    def says_kind(self) -> bool:
        """Whether one of its names says its kind (桐坪镇; not 桐坪 alone)."""
        return any(_KIND.search(n) for n in self._canonical)

    @property
    def _canonical(self) -> tuple[str, ...]:
        return tuple(canonical(n) for n in self.names)

    def matches(self, unit: str) -> bool:
        """Whether `unit`, as a group writes it (桐坪镇, 桐坪, 桐坪鎮), is this one: the same
        name, or the same stem where the kind words agree (桐坪村, 桐坪乡 are not 桐坪镇)."""
        return _matches(self._canonical, canonical(unit.strip()))

    def with_kind_of(self, guessed: str | None) -> OwnUnit:
        """This unit with `guessed` among its names where it is the same unit with its kind
        (桐坪 and 桐坪街道, guessed from the user's display names); itself otherwise."""
        if guessed is None or not _KIND.search(canonical(guessed)):
            return self
        if stem(canonical(guessed)) not in {stem(n) for n in self._canonical}:
            return self
        return OwnUnit((*self.names, guessed)) if guessed not in self.names else self

    def first_match(self, units: Iterable[str]) -> str | None:
        """The first of `units` that is this one, as it is written there."""
        return next((u for u in units if self.matches(u)), None)


def _level(names: tuple[str, ...]) -> Level:
    """The kind the first name that says one says; a town (镇, 乡, 街道) where none does.
    桐坪 typed alone is most often the user's town, the unit the district's groups ask, and
    left without a kind it matched any unit of its stem (还差桐坪村、上坪村没报 read as the
    town's chase) and the roll call could not say whether the town had reported. (The
    store adds the kind the user's display names say, where their stem agrees: see
    desk.store.own_unit.)"""
    return next((level_of(n) for n in names if _KIND.search(n)), Level.TOWN)


def _matches(names: tuple[str, ...], unit: str) -> bool:
    if not unit:
        return False
    if unit in names:
        return True
    # A named kind must be one of this unit's: 桐坪村 and 桐坪乡 are not 桐坪镇, even under
    # 桐坪 alone when another name says the kind; nor 桐坪村 under 桐坪 set alone (a town).
    kinds = {kind_word(n) for n in names} - {""}
    if kinds and kind_word(unit) not in kinds | {""}:
        return False
    if not kinds and _KIND.search(unit) and level_of(unit) != _level(names):
        return False
    return stem(unit) in {stem(n) for n in names}


def guess_unit(display_names: Iterable[str]) -> str | None:
    """The unit the user's own display names say most often (桐坪镇-李明, 李明（桐坪镇党政办）,
    桐坪镇·李明, 李明-桐坪镇, 桐坪镇政府-李明 → 桐坪镇), None if none says one. A town's
    office (桐坪镇党政办) counts as the town: it is the town that is asked under 各镇."""
    found: Counter[str] = Counter()
    for name in display_names:
        said = canonical(name)
        unit = unit_of_name(said)
        if unit is None and (named := _NAME_SAYS_UNIT.search(said)) is not None:
            unit = named.group("a") or named.group("b")
        if unit is None:
            continue
        town = _TOWN_IN.match(unit)
        found[town.group(1) if town and level_of(unit) is Level.OFFICE else unit] += 1
    if not found:
        return None
    # Most often; on a tie, the first seen (Counter keeps insertion order).
    return found.most_common(1)[0][0]


def in_force(configured: str, guessed: str | None) -> OwnUnit | None:
    """The unit desk uses: the user's setting, else the guess, else none."""
    return OwnUnit.of(configured) or OwnUnit.of(guessed)
