"""What came while the user was away, listed and counted on the real SQLCipher store."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select

from desk.core.absence import Absence
from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message, Setting, to_ms
from desk.store.presence import (
    KEPT_ABSENCE,
    LAST_PRESENT,
    forget_absence,
    keep_absence,
    last_present,
    note_present,
    presence,
)
from desk.store.store import Store
from tests.helpers.weekend import (
    FRIDAY_LEFT,
    FRIDAY_TASK,
    MONDAY_BACK,
    NOTICE,
    SATURDAY_TASK,
    posted,
    weekend,
)


def _away() -> View:
    return View(ViewKind.AWAY, came=(to_ms(FRIDAY_LEFT), to_ms(MONDAY_BACK)))


def _texts(queries: InboxQueries, ids: list[int]) -> list[str]:
    rows = queries.rows(ids)
    return [rows[i].text for i in ids]


def test_a_notice_forwarded_into_three_groups_comes_and_counts_once(
    store: Store, clock: ManualClock
) -> None:
    queries = weekend(store, clock)
    came = queries.came_while_away(_away())
    listed = queries.page(_away()).ids
    assert _texts(queries, listed).count(NOTICE) == 1
    assert not any(text.startswith(("转发", "【转】", "收到")) for text in _texts(queries, listed))
    # Two cards: the notice and the Saturday task; its acks and copies fold into it.
    assert came.total == len(listed) == 2
    rows = queries.rows(listed)
    assert came.per_tier == Counter(rows[i].tier for i in listed)
    assert came.unread == 2


def test_what_came_before_the_user_left_or_after_they_returned_is_not_listed(
    store: Store, clock: ManualClock
) -> None:
    queries = weekend(store, clock)
    texts = _texts(queries, queries.page(_away()).ids)
    assert FRIDAY_TASK not in texts and FRIDAY_TASK + "！" not in texts
    # Both are in All, as ever.
    everything = _texts(queries, queries.page(View(ViewKind.ALL)).ids)
    assert FRIDAY_TASK in everything and SATURDAY_TASK in everything


def test_the_list_is_in_the_inbox_order_and_pages_to_its_end(
    store: Store, clock: ManualClock
) -> None:
    queries = weekend(store, clock)
    everything = queries.page(View(ViewKind.ALL)).ids
    away_ids = set(queries.page(_away()).ids)
    first = queries.page(_away(), limit=1)
    second = queries.page(_away(), after=first.after, limit=1)
    assert first.after is not None
    assert first.ids + second.ids == [i for i in everything if i in away_ids]
    assert queries.page(_away(), after=second.after, limit=1).ids == []


def test_a_search_in_the_list_finds_only_what_came_while_away(
    store: Store, clock: ManualClock
) -> None:
    queries = weekend(store, clock)
    # 防汛值班 is in the Friday task and the Monday one alone: none of them came meanwhile.
    assert queries.page(View(ViewKind.ALL, search="防汛值班")).ids
    assert queries.page(View(ViewKind.AWAY, search="防汛值班", came=_away().came)).ids == []
    found = queries.page(View(ViewKind.AWAY, search="秸秆禁烧", came=_away().came)).ids
    assert _texts(queries, found) == [NOTICE]


def test_read_cards_are_still_listed_and_counted_as_read(store: Store, clock: ManualClock) -> None:
    queries = weekend(store, clock)
    listed = queries.page(_away()).ids
    queries.set_read(listed[:1], True)
    came = queries.came_while_away(_away())
    assert (came.total, came.unread) == (2, 1)
    assert queries.unread_listed(_away()) == listed[1:]


def test_the_last_presence_is_kept_and_a_value_not_desks_is_none(store: Store) -> None:
    assert last_present(store.sessions) is None
    note_present(store.sessions, FRIDAY_LEFT)
    note_present(store.sessions, FRIDAY_LEFT + timedelta(minutes=5))
    assert last_present(store.sessions) == FRIDAY_LEFT + timedelta(minutes=5)
    with store.sessions.begin() as session:
        session.merge(Setting(name=LAST_PRESENT, value="not a time"))
    assert last_present(store.sessions) is None


def test_the_absence_is_kept_until_forgotten_or_replaced_by_a_newer_one(store: Store) -> None:
    assert presence(store.sessions).away is None
    weekend_away = Absence(FRIDAY_LEFT, MONDAY_BACK)
    keep_absence(store.sessions, weekend_away)
    assert presence(store.sessions).away == weekend_away
    # A newer absence replaces it; forgetting the older one then leaves the newer.
    night = Absence(MONDAY_BACK + timedelta(hours=10), MONDAY_BACK + timedelta(hours=24))
    keep_absence(store.sessions, night)
    forget_absence(store.sessions, weekend_away)
    assert presence(store.sessions).away == night
    forget_absence(store.sessions, night)
    assert presence(store.sessions).away is None
    with store.sessions.begin() as session:
        session.merge(Setting(name=KEPT_ABSENCE, value={"since": "x", "until": None}))
    assert presence(store.sessions).away is None


REPOSTED = "关于开展冬季消防安全大检查的通知：请各村对照清单逐项排查，并将排查表报镇安监办。"


def test_a_card_posted_before_and_again_while_away_came_while_away(
    store: Store, clock: ManualClock
) -> None:
    # A notice posted on Friday and again on Saturday night folds into Friday's card:
    # quiet hours held that card for the copy (暂缓 3 条（待办 1、通知 2）) while the away line,
    # counting cards by their first post, said 新到 2 条：通知 2 of the same night (a tester).
    queries = weekend(store, clock)
    posted(store, clock, FRIDAY_LEFT - timedelta(hours=1), REPOSTED)
    posted(store, clock, FRIDAY_LEFT + timedelta(days=1, hours=4), REPOSTED)
    with store.sessions() as session:
        clusters = session.scalars(select(Message.cluster).where(Message.text == REPOSTED))
        assert len(set(clusters)) == 1, "the copy folds into Friday's card"
    listed = queries.page(_away()).ids
    assert _texts(queries, listed).count(REPOSTED) == 1
    came = queries.came_while_away(_away())
    assert came.total == len(listed) == 3
    # Searched in the list, it is found too.
    found = queries.page(View(ViewKind.AWAY, search="消防安全大检查", came=_away().came)).ids
    assert _texts(queries, found) == [REPOSTED]
