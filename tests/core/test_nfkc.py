"""NFKC as triage reads text: the fast path must equal Python's own normalisation."""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desk.core import nfkc_table
from desk.core.triage.normalize import nfkc

MAKER = Path(__file__).parents[2] / "tools" / "make_nfkc_table.py"


def test_full_width_forms_become_half_width() -> None:
    assert nfkc("请于１２月５日１７：３０前报送（附件）") == "请于12月5日17:30前报送(附件)"


def test_a_ligature_and_a_circled_number_spell_out() -> None:
    assert nfkc("①ﬁ㈠") == "1fi(一)"


def test_composing_marks_are_composed_as_nfkc_does() -> None:
    # Outside the table: a base letter and a combining accent compose into one character.
    assert nfkc("e\u0301") == "\u00e9"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_equals_unicodedata_on_any_text(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_the_table_is_the_one_this_python_gives() -> None:
    # Fails while desk/core/nfkc_table.py lags behind tools/make_nfkc_table.py (run it).
    # A Python of a later Unicode (3.12 and on; pyproject allows them) maps what the table
    # holds alike, by Unicode's stability policy, and more: there, each entry must hold.
    if unicodedata.unidata_version != nfkc_table.UNICODE:
        wrong = {c: f for c, f in nfkc_table.FORMS.items() if unicodedata.normalize("NFKC", c) != f}
        assert wrong == {}
        return
    spec = importlib.util.spec_from_file_location("make_nfkc_table", MAKER)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    written = maker.source(maker.forms())
    assert written == Path(nfkc_table.__file__).read_text(encoding="utf-8")
