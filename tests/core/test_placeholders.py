"""Placeholders are filled in one pass, whatever the values hold."""

from __future__ import annotations

from desk.core.placeholders import fill


def test_each_marker_takes_its_value_in_any_order() -> None:
    assert fill("%2 · %1", "群", "张三") == "张三 · 群"


def test_a_value_holding_a_marker_is_put_in_as_it_is() -> None:
    assert fill("DING · %1 · %2", "通知%2群", "张三") == "DING · 通知%2群 · 张三"
    assert fill("%1 (%2)", "100%", "a%1b") == "100% (a%1b)"


def test_a_marker_without_a_value_stays() -> None:
    assert fill("%1 of %2", "3") == "3 of %2"
