"""The demo workspace as a tester saw it on Monday 7 December 2026 at 08:35: notices a later
one replaced list below it saying so, every card says why it stands where it does, and a
warning is not overdue by the hour its township gave its villages."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk.core.clock import ManualClock
from desk.core.messages import Tier
from desk.core.reasons import SUPERSEDED
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.store import Store
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo

MONDAY = datetime(2026, 12, 7, 8, 35, tzinfo=SHANGHAI)


@pytest.fixture
def cards(store: Store) -> list[InboxRow]:
    clock = ManualClock(MONDAY)
    sync_demo(store, clock)
    inbox = InboxQueries(store.sessions)
    ids = inbox.page(View(ViewKind.ALL), limit=2000).ids
    return list(inbox.rows(ids).values())


def _card(cards: list[InboxRow], words: str) -> InboxRow:
    (found,) = [row for row in cards if words in row.text]
    return found


def _replaced(row: InboxRow) -> bool:
    return any(reason.code in SUPERSEDED for reason in row.reasons)


def test_every_card_above_noise_says_why(cards: list[InboxRow]) -> None:
    unexplained = [
        row.text[:30]
        for row in cards
        if row.tier is not Tier.NOISE and not row.shown_reasons(MONDAY)
    ]

    assert unexplained == []


def test_notices_a_later_one_replaced_say_so_and_list_lower(cards: list[InboxRow]) -> None:
    ding = _card(cards, "启动全区森林防火Ⅳ级应急响应")
    yellow = _card(cards, "【云岫区气象台】森林火险黄色预警信号")
    gifts = _card(cards, "元旦春节慰问品")
    progress = _card(cards, "全镇已登记适龄女生312人")

    # A DING waiting keeps its place until confirmed, saying what replaced it.
    assert (ding.tier, _replaced(ding)) == (Tier.URGENT, True)
    assert (yellow.tier, _replaced(yellow), yellow.deadline) == (Tier.INFO, True, None)
    assert (gifts.tier, _replaced(gifts)) == (Tier.INFO, True)
    # Corrected by a message asking nothing: what it asks stands, said to be corrected.
    assert (progress.tier, _replaced(progress)) == (Tier.ACTION, True)


def test_a_warning_is_not_due_by_its_villages_hour(cards: list[InboxRow]) -> None:
    orange = _card(cards, "【云岫区森林防火指挥部】森林火险橙色预警")

    assert orange.tier is Tier.URGENT
    assert orange.deadline is None
