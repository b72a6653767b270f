"""A DING the user sends is an item of its own, through the demo as the app drives it: not
a copy of their notice of the same words (nor that notice a copy of it), its confirmations
its own, and a re-DING of it its card again (a tester, on the demo at 21:50)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.models import Group, Message
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.sync.ingest import Ingestor
from desk.sync.posts import PostOutbox
from tests.conftest import SHANGHAI
from tests.helpers.demo_desk import DemoAccount

VILLAGES = "桐坪镇村（社区）联络群"
NOTICE = (
    "【紧急】请各村（社区）于今晚22:30前报送山边危险区域人员转移情况，包括已转移人数和未转移原因"
)
DING = (
    "【紧急】请各村（社区）今晚22:30前报送山边危险区域人员转移情况，"
    "包括已转移人数和未转移原因，收到请确认"
)


@pytest.fixture
def demo(store: Store, clock: ManualClock) -> Iterator[DemoAccount]:
    account = DemoAccount(store, clock)
    account.round()
    yield account
    account.close()


def _group(posts: PostOutbox) -> tuple[int, str]:
    (choice,) = [g for g in posts.groups() if g.name == VILLAGES]
    return choice.account_id, choice.remote_id


def _rows(store: Store, *remote_ids: str) -> list[InboxRow]:
    with store.sessions() as session:
        ids = {
            remote_id: message_id
            for remote_id, message_id in session.execute(
                select(Message.remote_id, Message.id).where(Message.remote_id.in_(remote_ids))
            )
        }
    rows = InboxQueries(store.sessions).rows(list(ids.values()))
    return [rows[ids[r]] for r in remote_ids]


def _cards_in_group(store: Store, group_remote_id: str) -> list[str]:
    queries = InboxQueries(store.sessions)
    page = queries.page(View(ViewKind.ALL))
    rows = queries.rows(page.ids)
    return [rows[i].remote_id for i in page.ids if rows[i].group_remote_id == group_remote_id]


def _minutes(demo: DemoAccount, clock: ManualClock, n: int) -> None:
    for _ in range(n):
        clock.advance(timedelta(minutes=1))
        demo.round()


def test_a_ding_after_the_user_s_notice_of_its_words_is_a_card_of_its_own(
    demo: DemoAccount, store: Store, clock: ManualClock
) -> None:
    posts = PostOutbox(store, clock)
    account_id, group = _group(posts)
    notice = f"sent-{posts.send(account_id, group, NOTICE).txn_id}"
    demo.round()
    clock.advance(timedelta(minutes=3))
    dings = DingOutbox(store, clock)
    dings.send(account_id, group, DING)
    demo.round()
    _minutes(demo, clock, 10)
    (sent,) = dings.sent()
    assert sent.remote_id is not None
    ding = sent.remote_id
    notice_row, ding_row = _rows(store, notice, ding)
    assert ding_row.cluster in (None, ding), "not folded as a copy of the notice"
    assert notice_row.cluster in (None, notice)
    assert not any(r.code == "reposted" for r in ding_row.reasons)
    cards = _cards_in_group(store, group)
    assert notice in cards and ding in cards
    # Who confirmed the DING counts on the DING, not on the notice.
    confirmed = {c.name for c in sent.roster.confirmed}
    assert confirmed
    assert not confirmed & set(notice_row.ack_names)


@pytest.mark.parametrize("restarted", [False, True])
def test_a_notice_after_the_user_s_ding_of_its_words_is_a_card_of_its_own(
    demo: DemoAccount, store: Store, clock: ManualClock, restarted: bool
) -> None:
    posts = PostOutbox(store, clock)
    account_id, group = _group(posts)
    dings = DingOutbox(store, clock)
    dings.send(account_id, group, DING)
    demo.round()
    clock.advance(timedelta(minutes=3))
    if restarted:
        # Triage warmed from the store knows the DING for what it is too.
        demo.ingestor.close()
        demo.ingestor = Ingestor(store, SHANGHAI, clock)
    notice = f"sent-{posts.send(account_id, group, NOTICE).txn_id}"
    demo.round()
    (sent,) = dings.sent()
    assert sent.remote_id is not None
    ding_row, notice_row = _rows(store, sent.remote_id, notice)
    assert notice_row.cluster in (None, notice), "not folded as a copy of the DING"
    assert ding_row.cluster in (None, sent.remote_id)


def _group_view(store: Store, account_id: int, group_remote_id: str) -> list[InboxRow]:
    """The group's list, as the window shows it when the group is chosen."""
    with store.sessions() as session:
        (group_id,) = session.scalars(
            select(Group.id).where(
                Group.account_id == account_id, Group.remote_id == group_remote_id
            )
        )
    queries = InboxQueries(store.sessions)
    page = queries.page(View(ViewKind.GROUP, group_id=group_id))
    rows = queries.rows(page.ids)
    return [rows[i] for i in page.ids]


@pytest.mark.parametrize("with_notice", [False, True])
def test_a_re_ding_is_its_ding_s_card_in_the_group_too_and_after_a_restart(
    demo: DemoAccount, store: Store, clock: ManualClock, with_notice: bool
) -> None:
    posts = PostOutbox(store, clock)
    account_id, group = _group(posts)
    if with_notice:
        posts.send(account_id, group, NOTICE)
        demo.round()
        clock.advance(timedelta(minutes=3))
    dings = DingOutbox(store, clock)
    dings.send(account_id, group, DING)
    demo.round()
    _minutes(demo, clock, 5)
    (sent,) = dings.sent()
    assert sent.remote_id is not None and sent.roster.unconfirmed
    dings.re_ding(sent.outbox_id)
    demo.round()
    _minutes(demo, clock, 3)
    (again,) = dings.sent()
    assert again.re_dings == 1
    for _restart in range(3):
        listed = [r for r in _group_view(store, account_id, group) if r.text == DING]
        assert [r.remote_id for r in listed] == [sent.remote_id], "one DING card in the group"
        assert sent.remote_id in _cards_in_group(store, group)
        demo.ingestor.close()
        demo.ingestor = Ingestor(store, SHANGHAI, clock)
        demo.round()
