"""Whether an edit asks more of a message than it did (a card marked done comes back)."""

from __future__ import annotations

from desk.core.asks_more import asks_more

NOTICE = "【紧急通知】请各乡镇于今天23:30前报送森林防火值班表。"


def test_a_correction_said_where_it_was_not_asks_more() -> None:
    assert asks_more(NOTICE, "（更正）" + NOTICE)
    assert asks_more(NOTICE, NOTICE.replace("23:30前", "23:30前（时间调整）"))
    assert asks_more(NOTICE, NOTICE + "补充：值班表须加盖公章。")
    # Already a correction: fixing its typo asks nothing new.
    corrected = "（更正）" + NOTICE
    assert not asks_more(corrected, corrected.replace("值班表", "值班表 "))


def test_a_clause_added_that_asks_for_something_asks_more() -> None:
    assert asks_more(NOTICE, NOTICE.replace("值班表。", "值班表，同时附乡镇主要负责人签字扫描件。"))
    assert asks_more(NOTICE, NOTICE + "另需上传值班人员名单。")


def test_thanks_a_typo_or_a_clause_asking_nothing_ask_no_more() -> None:
    assert not asks_more(NOTICE, NOTICE + "辛苦大家！")
    assert not asks_more(NOTICE, NOTICE.replace("森林", "森林 "))
    assert not asks_more(NOTICE, NOTICE.replace("值班表。", "值班表，附近村组注意用火安全。"))
    # A clause taken away asks less.
    assert not asks_more(NOTICE + "另需上传值班人员名单。", NOTICE)
