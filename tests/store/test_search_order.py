"""A search lists what the user looks for first (InboxQueries.search_order, standings)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Tier
from desk.core.search_order import Standing
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.models import Message
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.store.test_inbox_queries import _posted

# The district's duty notice, in any season's demo (主汛期防汛 or 森林防火期).
DUTY_NOTICE = "值班值守工作的通知"


@pytest.fixture
def queries(store: Store, clock: ManualClock) -> InboxQueries:
    sync_demo(store, clock)
    return InboxQueries(store.sessions)


def _listed(queries: InboxQueries, needle: str, kind: ViewKind = ViewKind.ALL) -> list[InboxRow]:
    view = View(kind, search=needle)
    found = queries.page(view, limit=1000).ids
    rows = queries.rows(found)
    return [rows[card] for card in queries.search_order(view, found)]


def test_the_duty_notice_is_listed_first_above_the_chatter_about_duty(
    queries: InboxQueries,
) -> None:
    # Two testers, asked "区里值班通知，我们乡谁回过了": searched 值班 listed a week's chatter
    # newest first, and the notice with its 收到 and replies last of 22.
    listed = _listed(queries, "值班")
    assert len(listed) > 15
    assert DUTY_NOTICE in listed[0].text
    chatter = next(n for n, r in enumerate(listed) if "能看回放吗" in r.text)
    asking = [n for n, r in enumerate(listed) if r.tier.asks_action]
    assert asking and max(asking) < chatter


def test_notices_and_tasks_come_first_each_part_newest_first(queries: InboxQueries) -> None:
    view = View(search="通知")
    found = queries.page(view, limit=1000).ids
    standings = queries.standings(view, found)
    listed = queries.search_order(view, found)
    parts = [standings[card] for card in listed]
    assert parts == sorted(parts)
    assert Standing.TITLED in parts and Standing.REST in parts
    for part in Standing:
        ours = [card for card in listed if standings[card] is part]
        assert ours == [card for card in found if standings[card] is part]


def test_noise_and_unanswered_lines_of_chat_stand_last(queries: InboxQueries) -> None:
    view = View(search="值班")
    found = queries.page(view, limit=1000).ids
    standings = queries.standings(view, found)
    rows = queries.rows(found)
    for card, row in rows.items():
        if row.tier is Tier.NOISE:
            assert standings[card] is Standing.REST, row.text
        if row.tier is Tier.INFO and not (row.acks or row.answers) and "\n" not in row.text:
            assert standings[card] is Standing.REST, row.text


def test_a_notice_someone_confirmed_stands_above_chat_someone_said_收到_to(
    store: Store, clock: ManualClock
) -> None:
    # The demo's Monday: "钟主任，晚饭给值班室订了盒饭，8份", and a 收到 to it, stood above
    # the duty notice, as a notice someone confirmed.
    (account,) = ensure_default_account(store, clock)
    batch = _posted(
        clock,
        ("一组", "镇应急办", "【通报】昨晚全镇防汛值班人员均在岗，特此通报。"),
        ("一组", "甲", "收到"),
        ("二组", "柯俊", "钟主任，晚饭给值班室订了盒饭，8份"),
        ("二组", "钟丽华", "收到"),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    queries = InboxQueries(store.sessions)
    view = View(search="值班")
    found = queries.page(view).ids
    rows = queries.rows(found)
    (notice,) = [card for card in found if rows[card].sender_name == "镇应急办"]
    (dinner,) = [card for card in found if "盒饭" in rows[card].text]
    assert rows[notice].ack_count == rows[dinner].ack_count == 1
    assert rows[notice].tier is rows[dinner].tier is Tier.INFO
    # It may head a cluster (the demo's live traffic posted it twice in its group, and
    # folded the second): no notice relayed from group to group for that.
    with store.transaction() as session:
        session.execute(
            update(Message).where(Message.id == dinner).values(cluster=Message.remote_id)
        )
    standings = queries.standings(view, found)
    assert standings[notice] is Standing.NOTICE
    assert standings[dinner] is Standing.REST
    assert queries.search_order(view, found) == [notice, dinner]


def test_done_cards_are_listed_in_the_same_order(queries: InboxQueries, clock: ManualClock) -> None:
    view = View(search="值班")
    found = queries.page(view, limit=1000).ids
    queries.set_done(found, True, clock.now())
    done = View(ViewKind.DONE, search="值班")
    found_done = queries.page(done, limit=1000).ids
    assert queries.search_order(done, found_done) == queries.search_order(view, found)


def test_a_ding_waiting_for_confirmation_is_listed_first(
    queries: InboxQueries, store: Store, clock: ManualClock
) -> None:
    # A new user's search for 防汛 listed the DING waiting for her third, under a task of
    # days before whose title said 防汛: in the inbox it leads everything.
    EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), urgent_items=False)
    listed = _listed(queries, "防汛")
    waiting = [n for n, row in enumerate(listed) if row.pinned]
    assert waiting, "the demo has a DING on 防汛 waiting"
    assert waiting == list(range(len(waiting)))
    assert any(not row.pinned and row.tier.asks_action for row in listed)
