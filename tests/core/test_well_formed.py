"""Lone surrogates (half an emoji) replaced, everything else left as it was."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.well_formed import well_formed, well_formed_fields


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert well_formed("表情坏了 \ud83d 测试") == "表情坏了 \ufffd 测试"
    assert well_formed("\udc00尾") == "\ufffd尾"


def test_a_pair_of_surrogates_is_the_character_it_encodes_and_good_text_is_untouched() -> None:
    assert well_formed("\ud83d\ude00") == "😀"
    text = "收到👍"
    assert well_formed(text) is text


@dataclass(frozen=True, slots=True)
class _Inner:
    name: str
    size: int


@dataclass(frozen=True, slots=True)
class _Outer:
    title: str
    items: tuple[_Inner, ...]


def test_every_string_in_frozen_dataclasses_and_tuples_is_repaired() -> None:
    broken = _Outer("群\ud800", (_Inner("ok", 1), _Inner("张\udc00", 2)))
    assert well_formed_fields(broken) == _Outer(
        "群\ufffd", (_Inner("ok", 1), _Inner("张\ufffd", 2))
    )


def test_a_value_with_nothing_to_repair_is_the_same_object() -> None:
    clean = _Outer("群", (_Inner("张", 1),))
    assert well_formed_fields(clean) is clean
