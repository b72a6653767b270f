"""Groups found by the first letters of their names' pinyin (Go to group, Ctrl+G)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from desk.core import pinyin_table
from desk.core.pinyin_initials import holds_initials, letters_of

MAKER = Path(__file__).parents[2] / "tools" / "make_pinyin_table.py"


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("区防汛工作群", "fx"),  # anywhere in the name
        ("区防汛工作群", "qfxgzq"),  # the whole of it
        ("杨梅岭村", "YMLC"),  # typed in capitals
        ("长岭镇党政办", "clz"),  # 长 read cháng
        ("长岭镇党政办", "zlz"),  # ... or zhǎng
        ("重庆驻村工作队", "cq"),  # 重 read chóng
        ("防汛2群", "fx2"),  # digits stand for themselves
        ("桐坪鎮黨政辦", "tpz"),  # traditional characters have their readings too
    ],
)
def test_a_name_is_found_by_its_initials(name: str, typed: str) -> None:
    assert holds_initials(name, typed)


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("区防汛工作群", "fg"),  # 防 and 工 do not follow one another
        ("区防汛工作群", "xf"),  # nor in that order
        ("杨梅岭村", "ymlcc"),  # longer than the name
        ("杨梅岭村", "防汛"),  # not letters: the name's own words find it
        ("杨梅岭村", ""),
        ("杨梅岭村", "y m"),
    ],
)
def test_what_the_initials_do_not_spell_finds_nothing(name: str, typed: str) -> None:
    assert not holds_initials(name, typed)


def test_letters_of_characters_and_of_the_rest() -> None:
    assert letters_of("汛") == "x"
    assert set(letters_of("长")) == {"c", "z"}
    assert letters_of("A") == "a"
    assert letters_of("〇") == "〇"  # outside the table: itself


def test_the_table_is_the_one_pypinyin_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    # Fails while desk/core/pinyin_table.py lags behind tools/make_pinyin_table.py (run it).
    pytest.importorskip("pypinyin")
    monkeypatch.setenv("PYPINYIN_NO_PHRASES", "true")  # as the maker sets it, restored after
    spec = importlib.util.spec_from_file_location("make_pinyin_table", MAKER)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    written = maker.source(maker.readings())
    assert written == Path(pinyin_table.__file__).read_text(encoding="utf-8")
