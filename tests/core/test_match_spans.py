"""Where a search's needle lies in a text, by the store's own rules, and the part of a long
text a card shows around it."""

from __future__ import annotations

import pytest

from desk.core.match_spans import (
    Needle,
    Span,
    around_first,
    needle_of,
    on_line,
    one_line,
    search_forms,
    search_terms,
    within,
)


def _marked(text: str, spans: tuple[Span, ...]) -> str:
    """The text with [brackets] around each span, to read the spans at a glance."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], "[", text[start:end], "]"]
        at = end
    out.append(text[at:])
    return "".join(out)


def _spans(needle: str, text: str) -> str:
    found = needle_of(needle)
    assert found is not None
    return _marked(text, found.spans(text))


def test_every_occurrence_is_marked() -> None:
    text = "请各村上报防汛物资。防汛值班表见附件，防汛期间24小时值守"
    assert _spans("防汛", text) == "请各村上报[防汛]物资。[防汛]值班表见附件，[防汛]期间24小时值守"


def test_a_needle_in_traditional_characters_marks_the_simplified_text_and_its_own() -> None:
    # The store looks for 緊急通知 and 紧急通知: both are why a card was listed.
    text = "紧急通知：明日停课。轉發：緊急通知"
    assert _spans("緊急通知", text) == "[紧急通知]：明日停课。轉發：[緊急通知]"


def test_a_simplified_needle_does_not_mark_traditional_text() -> None:
    # Nor does the store find it there: a simplified character stands for several.
    assert _spans("紧急通知", "緊急通知") == "緊急通知"


def test_case_is_folded_in_latin_and_full_width_letters_alike() -> None:
    assert _spans("hpv", "HPV疫苗、hpv 接种，Hpv") == "[HPV]疫苗、[hpv] 接种，[Hpv]"
    # The trigram index folds full-width letters to full-width lower case.
    assert _spans("ｈｐｖ", "ＨＰＶ疫苗") == "[ＨＰＶ]疫苗"


def test_full_and_half_width_are_not_the_same_letters() -> None:
    # The store's search tells them apart (measured on its indexes): a mark may not
    # claim a match the search did not make.
    assert _spans("HPV", "ＨＰＶ疫苗 HPV") == "ＨＰＶ疫苗 [HPV]"
    assert _spans("ＨＰＶ", "ＨＰＶ疫苗 HPV") == "[ＨＰＶ]疫苗 HPV"


def test_a_letter_whose_lower_case_is_longer_is_marked_whole() -> None:
    # İ lowers to two characters: the spans still fall on the original text.
    assert _spans("i̇stanbul", "Go İstanbul now") == "Go [İstanbul] now"
    assert _spans("now", "İİ now İ now") == "İİ [now] İ [now]"


def test_overlapping_and_touching_occurrences_are_one_mark() -> None:
    assert _spans("哈哈", "哈哈哈 哈哈") == "[哈哈哈] [哈哈]"
    # Both forms found at the same place, one inside the other's reach.
    assert _spans("關於", "关于關於") == "[关于關於]"


def test_the_needle_is_stripped_and_a_blank_one_is_no_search() -> None:
    assert needle_of("  ") is None
    assert needle_of(" 通知 ") == Needle(("通知",))
    assert _spans(" 通知 ", "收到通知") == "收到[通知]"


def test_white_space_within_a_needle_is_not_folded() -> None:
    # The store splits a search into words at white space first (`search_terms`).
    assert _spans("紧急 通知", "紧急\n通知；紧急 通知") == "紧急\n通知；[紧急 通知]"


def test_a_search_is_split_into_words_at_any_white_space_each_once() -> None:
    assert search_terms(" 杨梅节\u3000\u3000直播  杨梅节\n") == ("杨梅节", "直播")
    assert search_terms("杨梅节直播") == ("杨梅节直播",)
    assert search_terms(" \u3000") == ()


def test_every_word_of_a_search_is_marked_each_folded_as_its_own_path_folds() -> None:
    both = Needle(("直播",), more=(Needle(("杨梅节",)),))
    text = "今晚直播杨梅节，杨梅节直播"
    assert _marked(text, both.spans(text)) == "今晚[直播杨梅节]，[杨梅节直播]"
    # The trigram index folds Ä; a LIKE of one character does not.
    mixed = Needle(("äpf",), more=(Needle(("ä",), ascii_case=True),))
    assert _marked("ÄPFEL Ä ä", mixed.spans("ÄPFEL Ä ä")) == "[ÄPF]EL Ä [ä]"


def test_forms_are_the_store_s() -> None:
    assert search_forms("HPV") == ("HPV",)
    assert search_forms("緊急") == ("緊急", "紧急")
    assert search_forms("紧急") == ("紧急",)


def test_a_roman_numeral_is_looked_for_written_either_way() -> None:
    assert search_forms("Ⅲ级") == ("Ⅲ级", "III级")
    assert search_forms("iii级") == ("iii级", "Ⅲ级")
    assert search_forms("第XII號") == ("第XII號", "第XII号", "第Ⅻ號", "第Ⅻ号")
    # Letters that spell no numeral, or a search in ASCII alone (English), stay as typed.
    assert search_forms("VIP级") == ("VIP级",)
    assert search_forms("IV") == ("IV",)


def test_a_card_s_line_runs_white_space_together_and_the_marks_follow() -> None:
    text = "  第一行\n\n请 各村   上报防汛\t物资  "
    needle = needle_of("上报防汛")
    assert needle is not None
    line = one_line(text)
    assert line == " ".join(text.split())
    assert _marked(line, on_line(text, needle.spans(text))) == "第一行 请 各村 [上报防汛] 物资"


def test_a_mark_ending_in_spaces_run_together_ends_at_its_last_letter() -> None:
    assert _marked("ab cd", on_line("ab   cd", ((0, 4),))) == "[ab ]cd"
    assert _marked("ab cd", on_line("ab   cd", ((5, 7),))) == "ab [cd]"
    # White space at either end shows none.
    assert on_line("  ab  ", ((0, 3), (3, 6))) == ((0, 1), (1, 2))


def test_white_space_runs_together_as_split_sees_it() -> None:
    # Unit and record separators, a no-break and an ideographic space are white space to
    # str.split() too.
    text = "\x1f甲\x1e\u00a0乙\u3000 丙\u2028丁\x1c"
    line = one_line(text)
    spans = tuple((n, n + 1) for n, char in enumerate(text) if not char.isspace())
    assert [line[s:e] for s, e in on_line(text, spans)] == ["甲", "乙", "丙", "丁"]


def test_marks_beyond_what_a_line_shows_are_left_out() -> None:
    text = "通知 " * 3
    needle = needle_of("通知")
    assert needle is not None
    assert on_line(text, needle.spans(text), upto=4) == ((0, 2), (3, 5))
    assert on_line(text, needle.spans(text), upto=3) == ((0, 2),)


def test_the_one_and_two_character_searches_fold_ascii_letters_alone() -> None:
    # A LIKE and the pair index fold A to Z, and nothing else.
    needle = needle_of("ä", ascii_case=True)
    assert needle is not None
    assert _marked("Äpfel äpfel", needle.spans("Äpfel äpfel")) == "Äpfel [ä]pfel"
    needle = needle_of("Hp", ascii_case=True)
    assert needle is not None
    assert _marked("HPV ＨＰＶ hpv", needle.spans("HPV ＨＰＶ hpv")) == "[HP]V ＨＰＶ [hp]v"
    assert needle_of("ÄH", ascii_case=True) == Needle(("Äh",), ascii_case=True)


def test_a_match_already_in_view_leaves_the_line_from_its_start() -> None:
    text = "防汛通知：请各村上报"
    spans = ((0, 2),)
    assert around_first(text, spans, 10, 3) == (text, spans)
    assert around_first(text, (), 3, 3) == (text, ())


def test_a_match_beyond_the_line_s_end_is_shown_with_what_comes_before_it() -> None:
    text = "各位同事：根据上级要求，现将有关事项通知如下。请各村于本周五前上报防汛物资储备情况"
    needle = needle_of("防汛物资")
    assert needle is not None
    spans = needle.spans(text)
    line, moved = around_first(text, spans, fits=12, before=4)
    assert line == "…五前上报防汛物资储备情况"
    assert _marked(line, moved) == "…五前上报[防汛物资]储备情况"


def test_the_cut_before_a_match_in_spaced_words_falls_between_words() -> None:
    text = "Dear colleagues, please find attached the schedule for the HPV vaccination drive"
    needle = needle_of("hpv")
    assert needle is not None
    line, moved = around_first(text, needle.spans(text), fits=20, before=10)
    assert line == "…for the HPV vaccination drive"
    assert _marked(line, moved) == "…for the [HPV] vaccination drive"


def test_later_matches_move_with_the_line() -> None:
    text = "x" * 40 + "通知a通知"
    needle = needle_of("通知")
    assert needle is not None
    line, moved = around_first(text, needle.spans(text), fits=10, before=2)
    assert _marked(line, moved) == "…xxxx[通知]a[通知]"


def test_a_match_near_the_end_is_shown_in_a_full_line() -> None:
    text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸三楼集合"
    needle = needle_of("三楼")
    assert needle is not None
    line, moved = around_first(text, needle.spans(text), fits=10, before=2)
    assert line == "…己庚辛壬癸三楼集合"
    assert len(line) == 10
    assert _marked(line, moved) == "…己庚辛壬癸[三楼]集合"


@pytest.mark.parametrize(
    ("spans", "length", "kept"),
    [(((0, 2), (5, 9)), 7, ((0, 2), (5, 7))), (((0, 2), (5, 9)), 5, ((0, 2),)), ((), 3, ())],
)
def test_spans_are_cut_where_the_line_is(
    spans: tuple[Span, ...], length: int, kept: tuple[Span, ...]
) -> None:
    assert within(spans, length) == kept
