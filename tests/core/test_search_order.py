"""The order a search lists what it found (desk.core.search_order)."""

from __future__ import annotations

from dataclasses import replace

from desk.core import search_order
from desk.core.match_spans import needle_of
from desk.core.messages import Tier
from desk.core.search_order import Standing, arranged, insertions, standing, title_of, titled

NOTICE = (
    "云岫区防汛抗旱指挥部 关于切实做好主汛期防汛值班值守工作的通知\n"
    "各镇（街道）：\n现将有关事项通知如下。"
)


def test_a_notice_s_title_is_its_first_line_or_the_heading_in_brackets() -> None:
    assert title_of(NOTICE) == "云岫区防汛抗旱指挥部 关于切实做好主汛期防汛值班值守工作的通知"
    assert title_of("【紧急通知】据悉，省督查组将于下周抽查") == "【紧急通知】"
    # A line of chat has no title, whatever it says.
    assert title_of("今晚防汛值班，能看回放吗？") == ""
    # ...nor a paragraph run on for lines before its first break.
    assert title_of("值" * (search_order.TITLE_MOST + 1) + "\n正文") == ""


def test_a_title_holds_a_search_only_where_it_holds_every_word() -> None:
    assert titled(NOTICE, needle_of("值班"))
    assert not titled(NOTICE, needle_of("现将"))  # in the body only
    both = needle_of("值班")
    assert both is not None
    more = needle_of("通知")
    assert more is not None
    assert titled(NOTICE, replace(both, more=(more,)))
    missing = needle_of("转移")
    assert missing is not None
    assert not titled(NOTICE, replace(both, more=(missing,)))


def test_a_waiting_ding_then_titled_notices_then_tasks_and_answered_notices_then_the_rest() -> None:
    assert standing(Tier.URGENT, answered=False, title_holds=False, waiting=True) is (
        Standing.WAITING
    )
    assert standing(Tier.INFO, answered=False, title_holds=True) is Standing.TITLED
    assert standing(Tier.URGENT, answered=False, title_holds=False) is Standing.NOTICE
    assert standing(Tier.ACTION, answered=False, title_holds=False) is Standing.NOTICE
    assert standing(Tier.INFO, answered=True, title_holds=False) is Standing.NOTICE
    assert standing(Tier.INFO, answered=False, title_holds=False) is Standing.REST
    # Noise stays last, whatever it says or whoever answered it.
    assert standing(Tier.NOISE, answered=True, title_holds=True) is Standing.REST


def test_each_standing_keeps_the_newest_first_and_past_the_ranked_the_order_found() -> None:
    found = list(range(search_order.RANKED + 3))
    standings = {5: Standing.NOTICE, 2: Standing.TITLED, 7: Standing.NOTICE}
    listed = arranged(found, standings)
    assert listed[:3] == [2, 5, 7]
    assert listed[3:6] == [0, 1, 3]
    assert listed[-3:] == found[-3:]
    assert sorted(listed) == found


def test_cards_found_later_are_inserted_where_their_standing_ends() -> None:
    standings = {1: Standing.REST, 2: Standing.NOTICE, 3: Standing.REST, 4: Standing.TITLED}
    shown = arranged([1, 2], standings)
    assert shown == [2, 1]
    listed = arranged([1, 2, 3, 4], standings)
    assert listed == [4, 2, 1, 3]
    assert list(insertions(shown, listed)) == [(0, [4]), (3, [3])]
    rebuilt = list(shown)
    for row, cards in insertions(shown, listed):
        rebuilt[row:row] = cards
    assert rebuilt == listed
