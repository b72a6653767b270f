"""Two accounts of one official in one group: the same event under both is one card (twins,
tables.messages.twin_of). Real store, real triage."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from desk.connectors.protocol import IncomingMessage, MessageEdit, SyncBatch
from desk.core.clock import ManualClock
from desk.core.delivery import Delivery
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore, remove_account
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.kept_marks import owner_of
from desk.store.models import Account, Message, to_ms
from desk.store.notifications import NotificationLedger
from desk.store.outbox import OutboxItem
from desk.store.store import Store
from desk.store.tables import kept_marks
from desk.sync.accounts import set_shared
from desk.sync.dings import DingOutbox
from desk.sync.ingest import Ingestor
from desk.sync.replies import ReplyOutbox
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import NOTICE, post, room_batch, rows_by_account, two_accounts


def _cards(queries: InboxQueries, view: View | None = None) -> list[InboxRow]:
    page = queries.page(view or View(ViewKind.ALL))
    rows = queries.rows(page.ids)
    return [rows[i] for i in page.ids]


def _group_id(store: Store, account_id: int, room: str = "g") -> int:
    with store.sessions() as session:
        return int(
            session.scalars(
                select(Message.group_id).where(Message.account_id == account_id).limit(1)
            ).one()
        )


def test_one_event_under_two_accounts_is_one_card_naming_both_groups(
    store: Store, clock: ManualClock
) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    ingestor.apply(second, room_batch("b1", post("$n1", now)))
    queries = InboxQueries(store.sessions)
    (card,) = _cards(queries)
    rows = rows_by_account(store)
    assert card.id == rows[(first, "$n1")].id
    assert rows[(second, "$n1")].twin_of == card.id
    # The card says it came under the second account too, as folding says other groups.
    assert card.also_in == ("桐坪镇党政办",)
    assert card.also_in_whose == ("@second",)
    # One unread card in the views' badges; each group's own row in its badge and view.
    assert queries.view_counts()[ViewKind.ALL] == 1
    assert {g.id: g.unread for g in queries.group_counts()} == {
        _group_id(store, first): 1,
        _group_id(store, second): 1,
    }
    twin_view = View(ViewKind.GROUP, group_id=_group_id(store, second))
    assert [r.id for r in _cards(queries, twin_view)] == [rows[(second, "$n1")].id]
    # Told of once: the twin is nobody's news again.
    assert rows[(second, "$n1")].notify_state == "silent"

    queries.set_read([card.id], True)
    assert all(r.read for r in rows_by_account(store).values())
    assert queries.view_counts()[ViewKind.ALL] == 0
    assert all(g.unread == 0 for g in queries.group_counts())
    # ...and back, from the second account's group, where its row is listed.
    queries.set_read([rows[(second, "$n1")].id], False)
    assert not any(r.read for r in rows_by_account(store).values())
    assert queries.view_counts()[ViewKind.ALL] == 1

    queries.set_done([card.id], True, now)
    assert all(r.done for r in rows_by_account(store).values())
    assert _cards(queries) == []
    assert _cards(queries, twin_view) == []
    assert [r.id for r in _cards(queries, View(ViewKind.DONE))] == [card.id]


def test_a_group_of_the_second_account_marked_read_reads_the_card(
    store: Store, clock: ManualClock
) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    ingestor.apply(second, room_batch("b1", post("$n1", now)))
    queries = InboxQueries(store.sessions)
    queries.mark_view_read(View(ViewKind.GROUP, group_id=_group_id(store, second)))
    assert all(r.read for r in rows_by_account(store).values())
    assert queries.view_counts()[ViewKind.ALL] == 0


def test_whichever_account_stored_it_first_holds_the_card(store: Store, clock: ManualClock) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    # The second account synced first (its batch came in before the first's).
    ingestor.apply(second, room_batch("b1", post("$n1", now)))
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    (card,) = _cards(InboxQueries(store.sessions))
    rows = rows_by_account(store)
    assert card.id == rows[(second, "$n1")].id
    assert rows[(first, "$n1")].twin_of == card.id
    assert card.also_in_whose == ("@hantao",)


def test_a_ding_to_both_accounts_rings_once_and_is_confirmed_once_from_the_first(
    store: Store, clock: ManualClock
) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ding = post("$d1", now, "10点前到镇政府三楼会议室开会", ding=True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", ding))
    ingestor.apply(second, room_batch("b1", ding))
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(now, LadderConfig(), urgent_items=False) == 1
    rows = rows_by_account(store)
    card, twin = rows[(first, "$d1")], rows[(second, "$d1")]
    assert card.pinned and not twin.pinned
    assert not escalations.is_running(twin.id)
    # Confirmed from the second account's group, where the twin is listed: once, as the
    # card, from the account it was first stored under.
    assert escalations.acknowledge(twin.id, now) is not None
    assert escalations.acknowledge(card.id, now) is None
    assert escalations.same_notice(twin.id) >= {card.id, twin.id}
    with store.sessions() as session:
        sent = session.execute(select(OutboxItem.account_id, OutboxItem.ack_of)).all()
    assert sent == [(first, "$d1")]
    assert all(r.read for r in rows_by_account(store).values())


def test_a_ding_to_one_account_alone_holds_the_card_whichever_came_first(
    store: Store, clock: ManualClock
) -> None:
    # Its recipients named @hantao, not @second: under the second account it is no DING.
    # The second account synced it first; the DING, rung and confirmed from the account
    # it was sent to, holds the card.
    first, second = two_accounts(store, clock)
    now = clock.now()
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(second, room_batch("b1", post("$d1", now, text)))
    queries = InboxQueries(store.sessions)
    queries.set_read([rows_by_account(store)[(second, "$d1")].id], True)
    ingestor.apply(first, room_batch("a1", post("$d1", now, text, ding=True)))
    rows = rows_by_account(store)
    ding, plain = rows[(first, "$d1")], rows[(second, "$d1")]
    assert (ding.twin_of, plain.twin_of) == (None, ding.id)
    (card,) = _cards(queries)
    assert card.id == ding.id and card.ding
    assert not ding.read and not plain.read
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(now, LadderConfig(), urgent_items=False) == 1
    assert escalations.is_running(ding.id)
    assert escalations.acknowledge(plain.id, now) is not None
    with store.sessions() as session:
        sent = session.execute(select(OutboxItem.account_id, OutboxItem.ack_of)).all()
    assert sent == [(first, "$d1")]
    assert queries.view_counts()[ViewKind.ALL] == 0


def test_the_same_words_posted_apart_under_two_accounts_stay_two_cards(
    store: Store, clock: ManualClock
) -> None:
    # Two events, each in a room of its own account: no twins, as before (a notice folds
    # only into its own account's messages).
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    ingestor.apply(
        second,
        room_batch("b1", post("$n2", now + timedelta(minutes=3), group="h"), rooms=("h",)),
    )
    cards = _cards(InboxQueries(store.sessions))
    assert len(cards) == 2
    assert all(c.also_in == () and c.also_in_whose == () for c in cards)
    assert all(r.twin_of is None for r in rows_by_account(store).values())


def test_a_copy_only_the_second_account_saw_is_named_on_the_card_and_read_with_it(
    store: Store, clock: ManualClock
) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    relay = post("$r1", now + timedelta(minutes=5), "转发：" + NOTICE, group="h")
    ingestor.apply(second, room_batch("b1", post("$n1", now), relay, rooms=("g", "h")))
    rows = rows_by_account(store)
    # Under the second account, the relay folds into its own row of the notice, a twin.
    assert rows[(second, "$r1")].cluster == "$n1"
    queries = InboxQueries(store.sessions)
    (card,) = _cards(queries)
    assert card.id == rows[(first, "$n1")].id
    assert list(zip(card.also_in, card.also_in_whose, strict=True)) == [
        ("桐坪镇党政办", "@second"),
        ("h群", "@second"),
    ]
    queries.set_read([card.id], True)
    assert all(r.read for r in rows_by_account(store).values())
    assert queries.view_counts()[ViewKind.ALL] == 0
    assert all(g.unread == 0 for g in queries.group_counts())


def test_a_room_the_card_names_already_is_not_named_again_for_the_other_account(
    store: Store, clock: ManualClock
) -> None:
    # Both accounts in both rooms: the copy's room is said once; the card's own room under
    # the second account says it came under both.
    first, second = two_accounts(store, clock)
    now = clock.now()
    relay = post("$r1", now + timedelta(minutes=5), "转发：" + NOTICE, group="h")
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now), relay, rooms=("g", "h")))
    ingestor.apply(second, room_batch("b1", post("$n1", now), relay, rooms=("g", "h")))
    (card,) = _cards(InboxQueries(store.sessions))
    assert list(zip(card.also_in, card.also_in_whose, strict=True)) == [
        ("h群", ""),
        ("桐坪镇党政办", "@second"),
    ]


def test_a_twin_whose_first_account_goes_is_a_card_again(store: Store, clock: ManualClock) -> None:
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    ingestor.apply(second, room_batch("b1", post("$n1", now)))
    with store.transaction() as session:
        session.execute(delete(Account).where(Account.id == first))
    queries = InboxQueries(store.sessions)
    (card,) = _cards(queries)
    assert card.id == rows_by_account(store)[(second, "$n1")].id
    assert card.also_in == ()
    assert queries.view_counts()[ViewKind.ALL] == 1


def test_a_ding_still_ringing_under_an_account_removed_rings_under_the_other(
    store: Store, clock: ManualClock
) -> None:
    # A DING to both, not confirmed: the first account removed, its twin is the card and
    # rings, where its ladder, on record beside the first's, left it silent and waiting
    # for nothing. One confirmed stays confirmed.
    first, second = two_accounts(store, clock)
    now = clock.now()
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    for account, cursor in ((first, "a1"), (second, "b1")):
        ingestor.apply(
            account,
            room_batch(
                cursor,
                post("$d1", now, text, ding=True),
                post("$d2", now, "今晚8点前把防汛物资清单报镇应急办", ding=True),
            ),
        )
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(now, LadderConfig(), urgent_items=False) == 2
    assert escalations.acknowledge(rows_by_account(store)[(first, "$d2")].id, now) is not None
    with store.transaction() as session:
        remove_account(session, first)
    later = now + timedelta(minutes=1)
    assert escalations.start_new(later, LadderConfig(), urgent_items=False) == 1
    rows = rows_by_account(store)
    assert escalations.is_running(rows[(second, "$d1")].id)
    assert not escalations.is_running(rows[(second, "$d2")].id)


def test_one_account_alone_has_no_twins(store: Store, clock: ManualClock) -> None:
    (only,) = two_accounts(store, clock, 1)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(
        only, room_batch("a1", post("$n1", now), post("$n1b", now, "收到", sender=("u2", "赵六")))
    )
    with store.sessions() as session:
        assert session.scalar(select(func.count()).where(Message.twin_of.is_not(None))) == 0
    (card,) = _cards(InboxQueries(store.sessions))
    assert card.also_in == () and card.also_in_whose == ()


_VILLAGES_NOTICE = (
    "【紧急】请各村（社区）于今晚22:30前报送山边危险区域人员转移情况，包括已转移人数和未转移原因"
)
_VILLAGES_DING = (
    "【紧急】请各村（社区）今晚22:30前报送山边危险区域人员转移情况，"
    "包括已转移人数和未转移原因，收到请确认"
)


@pytest.mark.parametrize("answered", [True, False])
def test_the_users_ding_back_from_the_server_before_its_send_answered_is_no_copy(
    store: Store, clock: ManualClock, answered: bool
) -> None:
    # rev46b's caution: the DING's echo can sync before the outbox has its remote id (the
    # send timed out on the way back, the server kept it): known by the transaction id the
    # server gives this device's own events back with, not folded as a copy of the user's
    # notice of the same words.
    (account,) = two_accounts(store, clock, 1)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    me = ("me", "韩涛")
    notice = replace(post("$notice", now, _VILLAGES_NOTICE, sender=me), from_me=True)
    ingestor.apply(account, room_batch("a1", notice))
    txn_id = DingOutbox(store, clock).send(account, "g", _VILLAGES_DING)
    if answered:
        with store.transaction() as session:
            session.execute(
                update(OutboxItem).where(OutboxItem.txn_id == txn_id).values(remote_id="$ding")
            )
    later = now + timedelta(minutes=3)
    echo = replace(post("$ding", later, _VILLAGES_DING, sender=me), from_me=True, txn_id=txn_id)
    ingestor.apply(account, room_batch("a2", echo))
    rows = rows_by_account(store)
    assert rows[(account, "$ding")].cluster in (None, "$ding")
    assert rows[(account, "$notice")].cluster in (None, "$notice")


def test_an_edit_reaching_both_accounts_makes_the_card_unread_once(
    store: Store, clock: ManualClock
) -> None:
    # The sender changed the time: the card is unread again, once. The same edit synced
    # later under the second account made the card, read since, unread a second time.
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    ingestor.apply(second, room_batch("b1", post("$n1", now)))
    queries = InboxQueries(store.sessions)
    (card,) = _cards(queries)
    queries.set_read([card.id], True)
    edit = MessageEdit(
        "$n1", "g", "u1", NOTICE.replace("17点", "15点"), now + timedelta(minutes=5), "$e1"
    )
    ingestor.apply(first, SyncBatch("a2", edits=(edit,)))
    assert not rows_by_account(store)[(first, "$n1")].read
    queries.set_read([card.id], True)
    ingestor.apply(second, SyncBatch("b2", edits=(edit,)))
    rows = rows_by_account(store)
    assert rows[(first, "$n1")].read and rows[(second, "$n1")].read
    assert rows[(second, "$n1")].text == edit.text
    assert queries.view_counts()[ViewKind.ALL] == 0


def _ding_to_both_then_again(
    store: Store, clock: ManualClock, *, confirm: bool, first_syncs: bool = True
) -> tuple[EscalationStore, int, dict[tuple[int, str], Message]]:
    """A DING to both accounts, confirmed or not, then DINGed again by its sender; the
    second account syncs the re-DING first (and the first then, with `first_syncs`).
    Returns the ladders started by the re-DING."""
    first, second = two_accounts(store, clock)
    now = clock.now()
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$d1", now, text, ding=True)))
    ingestor.apply(second, room_batch("b1", post("$d1", now, text, ding=True)))
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(now, LadderConfig(), urgent_items=False) == 1
    if confirm:
        assert escalations.acknowledge(rows_by_account(store)[(first, "$d1")].id, now) is not None
    later = now + timedelta(minutes=10)
    again = replace(post("$d2", later, text, ding=True), repeats="$d1")
    ingestor.apply(second, room_batch("b2", again))
    if first_syncs:
        ingestor.apply(first, room_batch("a2", again))
    started = escalations.start_new(later, LadderConfig(), urgent_items=False)
    return escalations, started, rows_by_account(store)


def test_a_ding_confirmed_and_dinged_again_rings_no_more_whichever_account_syncs_first(
    store: Store, clock: ManualClock
) -> None:
    # Confirmed from the first account's card: the second account's re-DING found its own
    # row's ladder (a twin's, on record) unconfirmed and rang anew, to be confirmed again.
    escalations, started, rows = _ding_to_both_then_again(store, clock, confirm=True)
    assert started == 0
    assert not any(escalations.is_running(r.id) for r in rows.values())
    assert not any(r.pinned for r in rows.values())


def test_a_ding_dinged_again_before_it_was_confirmed_rings_as_one(
    store: Store, clock: ManualClock
) -> None:
    # The re-DING rings anew, and the DING it repeats rings no more beside it (one DING in
    # the banner for the one card): the first account's ladder too, where the twin's is,
    # before the first account has synced the re-DING.
    escalations, _started, rows = _ding_to_both_then_again(
        store, clock, confirm=False, first_syncs=False
    )
    running = [key for key, r in rows.items() if escalations.is_running(r.id)]
    assert len(running) == 1


def test_the_second_accounts_group_marked_read_leaves_a_ding_waiting_unread(
    store: Store, clock: ManualClock
) -> None:
    # A DING to both, not confirmed yet: its twin, listed in the second account's group,
    # stays unread there as the card does (a DING that waits stays unread), not marked
    # read and the card of a DING still ringing with it.
    first, second = two_accounts(store, clock)
    now = clock.now()
    ding = post("$d1", now, "10点前到镇政府三楼会议室开会", ding=True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", ding))
    ingestor.apply(second, room_batch("b1", ding))
    assert EscalationStore(store.sessions).start_new(now, LadderConfig(), urgent_items=False) == 1
    queries = InboxQueries(store.sessions)
    marked = queries.mark_view_read(View(ViewKind.GROUP, group_id=_group_id(store, second)))
    assert marked.waiting == 1
    assert not any(r.read for r in rows_by_account(store).values())
    assert queries.view_counts()[ViewKind.ALL] == 1


def test_a_copy_only_the_second_account_saw_of_a_notice_told_is_no_news_again(
    store: Store, clock: ManualClock
) -> None:
    # Told of the notice under the first account (notified), the user is not told of it
    # again for a relay into a group only the second account is in, as one account alone
    # is not: the twin there, told nothing itself, counted as a notice never told.
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    with store.transaction() as session:
        session.execute(
            update(Message).where(Message.account_id == first).values(notify_state="notify")
        )
    relay = post("$r1", now + timedelta(minutes=5), "转发：" + NOTICE, group="h")
    ingestor.apply(second, room_batch("b1", post("$n1", now), rooms=("g", "h")))
    ingestor.apply(second, room_batch("b2", relay, rooms=("g", "h")))
    rows = rows_by_account(store)
    assert rows[(second, "$n1")].notify_state == "silent"
    assert rows[(second, "$r1")].cluster == "$n1"
    assert rows[(second, "$r1")].notify_state == "silent"


def _notice_and_relay(
    store: Store, clock: ManualClock, after: timedelta
) -> tuple[dict[tuple[int, str], Message], int, int]:
    """The notice $n1 now in g under both accounts, and $r1, a relay of it `after` that into
    h, a group only the second account is in: it folds into that account's row of the
    notice, a twin. Returns the rows and the two accounts."""
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", post("$n1", now)))
    relay = post("$r1", now + after, "转发：" + NOTICE, group="h")
    ingestor.apply(second, room_batch("b1", post("$n1", now), relay, rooms=("g", "h")))
    return rows_by_account(store), first, second


def _held_as(store: Store, card: int) -> None:
    """That Ctrl+7 lists `card` alone, once, and the status bar and the digest count it
    once (see NotificationLedger.held_count and .held)."""
    queries = InboxQueries(store.sessions)
    held = View(ViewKind.HELD, holding=True)
    assert queries.page(held).ids == [card]
    assert queries.rows([card])[card].id == card
    assert queries.held_counts(held) == (1, 0)
    ledger = NotificationLedger(store.sessions)
    assert ledger.held_count() == 1
    assert [c.message_id for c in ledger.held()] == [card]


def _hold(store: Store, *ids: int) -> None:
    """Quiet hours held the alerts of messages `ids` (as the notifier records them)."""
    NotificationLedger(store.sessions).record((i, Delivery.HOLD) for i in ids)


def test_a_copy_held_under_the_second_account_is_held_as_its_card_once(
    store: Store, clock: ManualClock
) -> None:
    # Quiet hours held the notice under the first account and a relay of it into a group
    # only the second account is in, which folds into that account's twin: Ctrl+7 lists
    # the one card, once, and the status bar and the digest count it once.
    rows, first, second = _notice_and_relay(store, clock, timedelta(minutes=5))
    card = rows[(first, "$n1")].id
    _hold(store, card, rows[(second, "$r1")].id)
    _held_as(store, card)


def test_a_copy_held_under_the_second_account_alone_lists_its_card(
    store: Store, clock: ManualClock
) -> None:
    # Alerted by day under the first account; at night only the second account's relay
    # came, held: the list shows the card (not the twin, which is no card).
    rows, first, second = _notice_and_relay(store, clock, timedelta(hours=10))
    card = rows[(first, "$n1")].id
    _hold(store, rows[(second, "$r1")].id)
    _held_as(store, card)
    # The morning digest names it by its card: listed from the digest's ids, the same.
    queries = InboxQueries(store.sessions)
    assert queries.page(View(ViewKind.HELD, ids=(card,))).ids == [card]


def test_a_copy_that_came_under_the_second_account_while_away_brings_its_card(
    store: Store, clock: ManualClock
) -> None:
    # The notice came before the user left; while away, a relay only the second account
    # saw: 离开期间 lists the card, as a copy under one account brings its card, and
    # counts it.
    rows, first, _second = _notice_and_relay(store, clock, timedelta(hours=2))
    card = rows[(first, "$n1")].id
    now = clock.now()
    queries = InboxQueries(store.sessions)
    away = View(
        ViewKind.AWAY, came=(to_ms(now + timedelta(hours=1)), to_ms(now + timedelta(hours=3)))
    )
    assert queries.page(away).ids == [card]
    came = queries.came_while_away(away)
    assert (came.total, came.unread) == (1, 1)


def _done_plain_then_ding(
    store: Store, clock: ManualClock, posted: datetime
) -> tuple[InboxQueries, datetime, dict[tuple[int, str], Message], int]:
    """A notice only the second account had as it was (no DING), read and put away as done
    at 10:03; then the first account, added now, brings it as a DING to its user. Returns
    the queries, when it was done, the rows, and the first account."""
    first, second = two_accounts(store, clock)
    with store.transaction() as session:
        session.execute(update(Account).values(created_ms=to_ms(clock.now())))
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(second, room_batch("b1", post("$d1", posted, text)))
    queries = InboxQueries(store.sessions)
    plain = rows_by_account(store)[(second, "$d1")].id
    queries.set_read([plain], True)
    done_at = clock.now() + timedelta(minutes=3)
    queries.set_done([plain], True, done_at)
    ingestor.apply(first, room_batch("a1", post("$d1", posted, text, ding=True)))
    return queries, done_at, rows_by_account(store), first


def test_a_done_card_a_ding_to_the_other_account_takes_over_asks_again_with_no_done_time(
    store: Store, clock: ManualClock
) -> None:
    # The DING waits for its confirmation, and a DING is not put away unconfirmed: the
    # card is back in the inbox, and neither row keeps the time it was once done (which
    # an undo or a later Done would take for the card's).
    queries, _done_at, rows, first = _done_plain_then_ding(store, clock, clock.now())
    (card,) = _cards(queries)
    assert card.id == rows[(first, "$d1")].id and not card.done and card.done_at is None
    assert {(m.read, m.done, m.done_ms) for m in rows.values()} == {(False, False, None)}
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=False) == 1


def test_a_done_card_a_history_ding_takes_over_stays_done_at_its_time(
    store: Store, clock: ManualClock
) -> None:
    # The first account's first sync brings a DING posted a week before it was added:
    # history, which never rings nor waits for confirmation (see EscalationStore.start_new).
    # Taking over the card, it undid the user's 已办 and made it unread, for nothing: it sat
    # in the inbox, and Done lost it and its time.
    queries, done_at, rows, first = _done_plain_then_ding(
        store, clock, clock.now() - timedelta(days=7)
    )
    assert _cards(queries) == []
    (card,) = _cards(queries, View(ViewKind.DONE))
    assert card.id == rows[(first, "$d1")].id and card.done_at == done_at
    assert {(m.read, m.done, m.done_ms) for m in rows.values()} == {(True, True, to_ms(done_at))}
    escalations = EscalationStore(store.sessions)
    assert escalations.start_new(clock.now(), LadderConfig(), urgent_items=False) == 0


def _mine_on_both(store: Store, first: int, second: int) -> None:
    """The user's own ids on the two accounts (ingest learns them from what they send)."""
    with store.transaction() as session:
        for account, user in ((first, "@hantao:synapse.local"), (second, "@second:synapse.local")):
            row = session.get_one(Account, account)
            row.config = {**row.config, "user_id": user, "me_name": "韩涛"}


def test_a_ding_the_removed_account_confirmed_stays_confirmed_by_the_user_at_its_time(
    store: Store, clock: ManualClock
) -> None:
    # The DING came to the second account first (its row held the card) and the user
    # confirmed it there with a 收到 from the phone at 14:12. The second account removed,
    # the first account's row is the card: confirmed by the user at 14:12, its 收到 theirs
    # and no third party's (a tester read 收到 ×3（王五、李四、刘敏）, neither 已确认 nor
    # 未确认, the user listed as someone else). Added again, the same at 14:12, not the
    # time of the re-sync.
    first, second = two_accounts(store, clock)
    _mine_on_both(store, first, second)
    now = clock.now()
    ding = post("$d1", now, "10点前到镇政府三楼会议室开会", ding=True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(second, room_batch("b1", ding))
    ingestor.apply(first, room_batch("a1", ding))
    escalations = EscalationStore(store.sessions)
    escalations.start_new(now, LadderConfig(), urgent_items=False)
    at = now + timedelta(minutes=12)
    clock.set(at)

    def receipt(mine: bool) -> IncomingMessage:
        return replace(
            post("$r1", at, "收到", sender=("@second:synapse.local", "韩涛")),
            reply_to="$d1",
            from_me=mine,
        )

    others = post("$r2", at, "收到", sender=("u2", "赵六"))
    ingestor.apply(second, room_batch("b2", receipt(True), replace(others, reply_to="$d1")))
    ingestor.apply(first, room_batch("a2", receipt(False), replace(others, reply_to="$d1")))
    queries = InboxQueries(store.sessions)

    def the_card() -> InboxRow:
        (card,) = [c for c in _cards(queries, View(ViewKind.ALL)) if c.remote_id == "$d1"]
        return card

    before = the_card()
    assert before.id == rows_by_account(store)[(second, "$d1")].id
    assert before.confirmed_at == at
    assert before.ack_names == ("赵六",)

    clock.set(at + timedelta(hours=9))
    with store.transaction() as session:
        remove_account(session, second)
    escalations.start_new(clock.now(), LadderConfig(), urgent_items=False)
    after = the_card()
    assert after.id == rows_by_account(store)[(first, "$d1")].id
    assert after.acked_by_you and after.confirmed_at == at
    assert after.ack_names == ("赵六",)
    assert not escalations.is_running(after.id)

    # Added again: its rows twins of the first account's card, still confirmed at 14:12.
    (again,) = two_accounts(store, clock, 1)
    with store.transaction() as session:
        row = session.get_one(Account, again)
        row.label = "@second:synapse.local"
        row.config = {"user_id": "@second:synapse.local", "me_name": "韩涛"}
    ingestor.apply(again, room_batch("c1", ding, receipt(True), replace(others, reply_to="$d1")))
    escalations.start_new(clock.now(), LadderConfig(), urgent_items=False)
    readded = the_card()
    assert readded.id == rows_by_account(store)[(first, "$d1")].id
    assert readded.confirmed_at == at
    assert readded.ack_names == ("赵六",)


def _matrix_account(store: Store, user: str, server: str = "https://town.test") -> int:
    with store.transaction() as session:
        made = Account(
            kind="matrix",
            label=user,
            config={"homeserver": server, "user_id": user},
            created_ms=0,
        )
        session.add(made)
        session.flush()
        return made.id


def test_an_account_removed_and_added_again_keeps_what_the_user_did(
    store: Store, clock: ManualClock
) -> None:
    # A tester removed an account and added it back: an item they had marked done came
    # back as unread 待办. The same user on the same server gets their read and done back
    # (by event id); another user there gets nothing of it.
    now = clock.now()
    first = _matrix_account(store, "@li:town.test")
    ingestor = Ingestor(store, SHANGHAI, clock)
    posts = (
        post("$n1", now),
        post("$n2", now, "今天下午3点在镇政府三楼开防汛调度会", sender=("u2", "赵六")),
        post("$n3", now, "明天上午9点前报送本周安全生产检查情况"),
    )
    ingestor.apply(first, room_batch("a1", *posts))
    queries = InboxQueries(store.sessions)
    rows = rows_by_account(store)
    done_at = now + timedelta(minutes=5)
    queries.set_done([rows[(first, "$n1")].id], True, done_at)
    queries.set_read([rows[(first, "$n2")].id], True)
    with store.transaction() as session:
        remove_account(session, first)

    again = _matrix_account(store, "@li:town.test", "https://TOWN.test:443/")
    ingestor.apply(again, room_batch("c1", *posts))
    rows = rows_by_account(store)
    assert rows[(again, "$n1")].done and rows[(again, "$n1")].done_ms == to_ms(done_at)
    assert rows[(again, "$n1")].read
    assert rows[(again, "$n2")].read and not rows[(again, "$n2")].done
    assert not rows[(again, "$n3")].read and not rows[(again, "$n3")].done
    assert [r.remote_id for r in _cards(queries, View(ViewKind.DONE))] == ["$n1"]
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(kept_marks)) == 0, "taken"
    # Only the same user on the same server; never the demo's.
    li = owner_of("matrix", {"homeserver": "https://town.test", "user_id": "@li:town.test"})
    assert li == owner_of(
        "matrix", {"homeserver": "https://town.test/", "user_id": "@li:town.test"}
    )
    assert li != owner_of(
        "matrix", {"homeserver": "https://town.test", "user_id": "@wang:town.test"}
    )
    assert li != owner_of("matrix", {"homeserver": "https://city.test", "user_id": "@li:town.test"})
    assert owner_of("demo", {}) is None


def test_a_ding_confirmed_from_the_phone_under_the_second_account_confirms_its_card_then(
    store: Store, clock: ManualClock
) -> None:
    # The card is the first account's row; the user's 收到 came back under the second
    # account (its sync first, or the first's never saw it as theirs): the card rang on.
    # And said confirmed when sync brought it (已确认 23:22 of a DING confirmed at 14:12).
    first, second = two_accounts(store, clock)
    _mine_on_both(store, first, second)
    now = clock.now()
    ding = post("$d1", now, "10点前到镇政府三楼会议室开会", ding=True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(first, room_batch("a1", ding))
    ingestor.apply(second, room_batch("b1", ding))
    escalations = EscalationStore(store.sessions)
    escalations.start_new(now, LadderConfig(), urgent_items=False)
    card = rows_by_account(store)[(first, "$d1")]
    assert escalations.is_running(card.id)
    at = now + timedelta(minutes=12)
    receipt = replace(
        post("$r1", at, "收到", sender=("@second:synapse.local", "韩涛")),
        reply_to="$d1",
        from_me=True,
    )
    clock.set(at + timedelta(hours=9))
    ingestor.apply(second, room_batch("b2", receipt))
    assert not escalations.is_running(card.id)
    rows = rows_by_account(store)
    assert not rows[(first, "$d1")].pinned and rows[(first, "$d1")].read
    (shown,) = [c for c in _cards(InboxQueries(store.sessions)) if c.remote_id == "$d1"]
    assert shown.id == card.id and shown.confirmed_at == at


def test_a_card_under_three_accounts_whose_account_goes_stays_one_card_as_it_was(
    store: Store, clock: ManualClock
) -> None:
    # A tester's DING to @liumin2 alone, confirmed there, was one card 也发在（@liumin）
    # （@duty）; @liumin2 removed, it was two urgent cards, one per account left, neither
    # confirmed (紧急 4 → 5). The earliest row left is the card, the other its twin, and
    # what the user did stays done.
    first, second = two_accounts(store, clock)
    third = _matrix_account(store, "@duty:synapse.local")
    _mine_on_both(store, first, second)
    now = clock.now()
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(second, room_batch("b1", post("$d1", now, text, ding=True)))
    ingestor.apply(first, room_batch("a1", post("$d1", now, text)))
    ingestor.apply(third, room_batch("c1", post("$d1", now, text)))
    escalations = EscalationStore(store.sessions)
    escalations.start_new(now, LadderConfig(), urgent_items=False)
    rows = rows_by_account(store)
    assert rows[(first, "$d1")].twin_of == rows[(third, "$d1")].twin_of == rows[(second, "$d1")].id
    at = now + timedelta(minutes=3)
    assert escalations.acknowledge(rows[(second, "$d1")].id, at) is not None
    queries = InboxQueries(store.sessions)
    (before,) = _cards(queries)
    assert before.confirmed_at == at and len(before.also_in_whose) == 2
    urgent = queries.view_counts()[ViewKind.URGENT]

    clock.set(at + timedelta(hours=1))
    with store.transaction() as session:
        remove_account(session, second)
    escalations.start_new(clock.now(), LadderConfig(), urgent_items=False)
    rows = rows_by_account(store)
    card, twin = rows[(first, "$d1")], rows[(third, "$d1")]
    assert (card.twin_of, twin.twin_of) == (None, card.id)
    (after,) = _cards(queries)
    assert after.id == card.id
    assert after.also_in_whose == ("@duty",)
    assert after.acked_by_you and after.confirmed_at == at
    assert after.read and not after.pinned
    assert not escalations.is_running(card.id) and not escalations.is_running(twin.id)
    assert queries.view_counts()[ViewKind.URGENT] <= urgent


def test_a_ding_to_everyone_held_by_the_shared_account_is_answered_from_the_users_own(
    store: Store, clock: ManualClock
) -> None:
    # A tester's DING to everyone was the shared @duty account's card (synced first): its
    # confirmation went as @duty, the sender read 值班室 answering, not 刘敏. The user's own
    # account that has it too confirms it, and a reply goes from there.
    duty, mine = two_accounts(store, clock)
    _mine_on_both(store, duty, mine)
    set_shared(store, duty, True)
    now = clock.now()
    ding = post("$d1", now, "10点前到镇政府三楼会议室开会", ding=True)
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(duty, room_batch("a1", ding))
    ingestor.apply(mine, room_batch("b1", ding))
    rows = rows_by_account(store)
    card, twin = rows[(duty, "$d1")], rows[(mine, "$d1")]
    assert twin.twin_of == card.id
    replies = ReplyOutbox(store, clock)
    target = replies.target(card.id)
    assert target is not None and target.account_id == mine
    assert replies.sender(card.id) == ("韩涛", "@second:synapse.local")
    escalations = EscalationStore(store.sessions)
    escalations.start_new(now, LadderConfig(), urgent_items=False)
    assert escalations.acknowledge(card.id, now) is not None
    assert escalations.acknowledge(twin.id, now) is None
    with store.sessions() as session:
        sent = session.execute(select(OutboxItem.account_id, OutboxItem.ack_of)).all()
    assert sent == [(mine, "$d1")]
    assert not escalations.is_running(card.id)


def test_a_ding_to_the_shared_account_alone_is_confirmed_from_it(
    store: Store, clock: ManualClock
) -> None:
    # Addressed to the duty room only: the user's own account has it as a plain message,
    # and the duty room is who was asked to confirm.
    duty, mine = two_accounts(store, clock)
    _mine_on_both(store, duty, mine)
    set_shared(store, duty, True)
    now = clock.now()
    text = "10点前到镇政府三楼会议室开会"
    ingestor = Ingestor(store, SHANGHAI, clock)
    ingestor.apply(duty, room_batch("a1", post("$d1", now, text, ding=True)))
    ingestor.apply(mine, room_batch("b1", post("$d1", now, text)))
    card = rows_by_account(store)[(duty, "$d1")]
    escalations = EscalationStore(store.sessions)
    escalations.start_new(now, LadderConfig(), urgent_items=False)
    assert escalations.acknowledge(card.id, now) is not None
    with store.sessions() as session:
        sent = session.execute(select(OutboxItem.account_id, OutboxItem.ack_of)).all()
    assert sent == [(duty, "$d1")]
