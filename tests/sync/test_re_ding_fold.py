"""A re-DING folds into the card of the DING it repeats: sent from desk or the phone, and
received, whatever its words (triage folds by the words, and leaves a short DING alone)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from keyring.backends import fail
from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Role
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Group, Message
from desk.store.paths import DataDir
from desk.store.store import Store, open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N
from tests.store.test_sent_dings import Office

# Short: triage alone folds it into nothing, so its repeat stood as a second card.
SHORT = "请两位站长马上回电"


@pytest.fixture
def office(store: Store, clock: ManualClock) -> Office:
    return Office(store, clock)


def _cards(queries: InboxQueries) -> list[str]:
    page = queries.page(View(ViewKind.ALL))
    rows = queries.rows(page.ids)
    return [rows[i].remote_id for i in page.ids]


def test_a_re_ding_from_desk_is_its_ding_s_card_counted_together_and_after_a_restart(
    office: Office, data_dir: DataDir, clock: ManualClock
) -> None:
    office.send_ding("$d1", SHORT, recipients=("u1", "u2", "u3"))
    office.ack("$a1", "u1", "$d1")
    clock.advance(timedelta(minutes=5))
    (sent,) = office.dings.sent()
    txn = office.dings.re_ding(sent.outbox_id)
    office.came_back(txn, "$d2", SHORT)
    office.ack("$a2", "u2", "$d2")

    assert _cards(office.queries) == ["$d1"], "one card, not a second for the re-DING"
    card = office.card("$d1")
    assert card.sent_ding is not None
    assert (card.sent_ding.re_dings, card.sent_ding.re_ding_to) == (1, 2)
    roster = card.sent_ding.roster
    assert [c.name for c in roster.confirmed] == ["钟书记", "李站长"]
    assert [p.name for p in roster.unconfirmed] == ["王主任"]

    office.store.close()
    reopened = open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    try:
        queries = InboxQueries(reopened.sessions)
        assert _cards(queries) == ["$d1"]
        with reopened.sessions() as session:
            folded = select(Message.cluster).where(Message.remote_id == "$d2")
            assert session.scalar(folded) == "$d1"
    finally:
        reopened.close()


def test_a_re_ding_from_the_phone_and_a_re_ding_of_it_fold_into_the_first(office: Office) -> None:
    office.phone_ding("$d1", SHORT)
    office.clock.advance(timedelta(minutes=5))
    office.phone_ding("$r1", SHORT, recipients=("u2", "u3"), repeats="$d1")
    office.clock.advance(timedelta(minutes=5))
    office.phone_ding("$r2", SHORT, recipients=("u3",), repeats="$r1")
    assert _cards(office.queries) == ["$d1"]
    card = office.card("$d1")
    assert card.sent_ding is not None
    assert (card.sent_ding.re_dings, card.sent_ding.re_ding_to) == (2, 1)


def _to_me(remote_id: str, clock: ManualClock, repeats: str | None = None) -> IncomingMessage:
    return IncomingMessage(
        remote_id,
        "g1",
        "u1",
        "钟书记",
        Role.OWNER,
        clock.now(),
        SHORT,
        ding=True,
        repeats=repeats,
    )


def _receive(at: Office, *messages: IncomingMessage) -> None:
    at.batches += 1
    at.ingestor.apply(at.account_id, SyncBatch(next_cursor=f"c{at.batches}", messages=messages))


def test_a_re_ding_to_the_user_still_unconfirmed_rings_anew_on_the_one_card(
    office: Office, store: Store, clock: ManualClock
) -> None:
    ladders = EscalationStore(store.sessions)
    _receive(office, _to_me("$d1", clock))
    assert ladders.start_new(clock.now(), LadderConfig(), False) == 1
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d2", clock, repeats="$d1"))
    assert _cards(office.queries) == ["$d1"]
    with store.sessions() as session:
        again = session.scalars(select(Message).where(Message.remote_id == "$d2")).one()
        assert again.notify_state != "silent" and not again.read, "it alerts again"
    assert ladders.start_new(clock.now(), LadderConfig(), False) == 1
    running = ladders.running(clock.now())
    assert len(running) == 1, "the banner counts one DING for the one card"
    card = office.card("$d1")
    assert card.pinned
    # Confirming the card confirms both: nothing waits, each confirmation queued.
    ladders.acknowledge(card.id, clock.now())
    assert ladders.running(clock.now()) == []
    assert not office.card("$d1").pinned


def test_a_re_ding_of_a_ding_the_user_confirmed_neither_rings_nor_waits(
    office: Office, store: Store, clock: ManualClock
) -> None:
    ladders = EscalationStore(store.sessions)
    _receive(office, _to_me("$d1", clock))
    ladders.start_new(clock.now(), LadderConfig(), False)
    confirmed_at = clock.now()
    ladders.acknowledge(office.card("$d1").id, confirmed_at)
    clock.advance(timedelta(minutes=5))
    # Re-DINGed before the user's 收到 reached its sender.
    _receive(office, _to_me("$d2", clock, repeats="$d1"))
    assert _cards(office.queries) == ["$d1"]
    with store.sessions() as session:
        again = session.scalars(select(Message).where(Message.remote_id == "$d2")).one()
        assert again.notify_state == "silent" and again.read
    assert ladders.start_new(clock.now(), LadderConfig(), False) == 0
    assert ladders.running(clock.now()) == []
    card = office.card("$d1")
    assert not card.pinned and card.confirmed_at == confirmed_at


def test_a_re_ding_of_a_ding_unknown_here_is_a_card_of_its_own(
    office: Office, clock: ManualClock
) -> None:
    _receive(office, _to_me("$d2", clock, repeats="$gone"))
    assert _cards(office.queries) == ["$d2"]


def test_a_ding_and_its_re_ding_in_one_batch_are_one_card(
    office: Office, clock: ManualClock
) -> None:
    first = _to_me("$d1", clock)
    clock.advance(timedelta(minutes=5))
    _receive(office, first, _to_me("$d2", clock, repeats="$d1"))
    assert _cards(office.queries) == ["$d1"]


def test_a_re_ding_leaves_ringing_another_sender_s_ding_on_the_card(
    office: Office, store: Store, clock: ManualClock
) -> None:
    # 王主任 passed the same order on as a DING of his own, folded under 钟书记's card: 钟书记
    # DINGing again takes over his own DING's alerting, not 王主任's, who waits for his.
    order = "紧急：全体人员十分钟内到镇政府集合，带好雨具"
    ladders = EscalationStore(store.sessions)
    first = IncomingMessage("$d1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), order, ding=True)
    clock.advance(timedelta(minutes=1))
    passed = IncomingMessage(
        "$c1", "g1", "u3", "王主任", Role.MEMBER, clock.now(), order, ding=True
    )
    _receive(office, first, passed)
    assert ladders.start_new(clock.now(), LadderConfig(), False) == 2
    assert _cards(office.queries) == ["$d1"], "王主任's folds under 钟书记's card"
    clock.advance(timedelta(minutes=5))
    again = IncomingMessage(
        "$d2", "g1", "u1", "钟书记", Role.OWNER, clock.now(), order, ding=True, repeats="$d1"
    )
    _receive(office, again)
    ladders.start_new(clock.now(), LadderConfig(), False)
    with store.sessions() as session:
        ids = {
            remote_id: message_id
            for remote_id, message_id in session.execute(select(Message.remote_id, Message.id))
        }
    running = {ladder.message_id for ladder in ladders.running(clock.now())}
    assert running == {ids["$d2"], ids["$c1"]}


def _group_cards(office: Office) -> list[str]:
    """The cards 镇机关干部群's own list shows, as the window does when it is chosen."""
    with office.store.sessions() as session:
        (group_id,) = session.scalars(select(Group.id).where(Group.remote_id == "g1"))
    page = office.queries.page(View(ViewKind.GROUP, group_id=group_id))
    rows = office.queries.rows(page.ids)
    return [rows[i].remote_id for i in page.ids]


def test_a_re_ding_to_the_user_is_its_ding_s_card_in_the_group_too(
    office: Office, store: Store, clock: ManualClock
) -> None:
    # A tester: 钟书记 DINGed again (再次 DING); All showed the one card, the group's list
    # showed the re-DING as a row of its own beside it. So the user's own re-DING was.
    _receive(office, _to_me("$d1", clock))
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d2", clock, repeats="$d1"))
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d3", clock, repeats="$d2"))  # and again, of the re-DING
    assert _cards(office.queries) == ["$d1"]
    assert _group_cards(office) == ["$d1"], "one DING card in the group"
    card = office.card("$d1")
    assert card.re_dinged == clock.now(), "再次 DING at the last, as in All"


def test_a_ding_passed_on_by_another_is_still_a_row_of_the_group(
    office: Office, clock: ManualClock
) -> None:
    # 王主任 passing 钟书记's order on as a DING of his own is no re-DING: it folds under
    # 钟书记's card in All, and his DING, which waits on its own, stays a row in the group.
    order = "紧急：全体人员十分钟内到镇政府集合，带好雨具"
    first = IncomingMessage("$d1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), order, ding=True)
    clock.advance(timedelta(minutes=1))
    passed = IncomingMessage(
        "$c1", "g1", "u3", "王主任", Role.MEMBER, clock.now(), order, ding=True
    )
    _receive(office, first, passed)
    assert _cards(office.queries) == ["$d1"]
    assert sorted(_group_cards(office)) == ["$c1", "$d1"]


def _group_unread(office: Office) -> tuple[int, int]:
    """镇机关干部群's unread badge, and how many unread rows its own list shows."""
    with office.store.sessions() as session:
        (group_id,) = session.scalars(select(Group.id).where(Group.remote_id == "g1"))
    view = View(ViewKind.GROUP, group_id=group_id)
    page = office.queries.page(view)
    rows = office.queries.rows(page.ids)
    return office.queries.unread_in(view), sum(not rows[i].read for i in page.ids)


def test_a_group_s_badge_counts_what_its_view_lists_unread_re_dings_on_their_card(
    office: Office, clock: ManualClock
) -> None:
    # fix46b listed a re-DING on its DING's card in the group, but the group's badge,
    # from the counts the store keeps of every unread row, still counted it: 3 unread on
    # the badge over one unread card, and Mark all as read could not bring it down.
    _receive(office, _to_me("$d1", clock))
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d2", clock, repeats="$d1"))
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d3", clock, repeats="$d2"))
    assert _group_unread(office) == (1, 1)
    # The user's own re-DING, its card marked unread again (its copies go with it).
    office.send_ding("$o1", "请各站今天下班前报送人员在岗情况", recipients=("u1", "u2"))
    clock.advance(timedelta(minutes=5))
    sent = next(d for d in office.dings.sent() if d.remote_id == "$o1")
    office.came_back(
        office.dings.re_ding(sent.outbox_id), "$o2", "请各站今天下班前报送人员在岗情况"
    )
    assert "$o2" not in _group_cards(office)
    office.queries.set_read([office.card("$o1").id], False)
    assert _group_unread(office) == (2, 2)
    # Mark all as read in the group: the DING waiting for confirmation stays unread (and
    # its re-DINGs), and the badge still says what the view lists.
    with office.store.sessions() as session:
        (group_id,) = session.scalars(select(Group.id).where(Group.remote_id == "g1"))
    mark = office.queries.view_read_mark(View(ViewKind.GROUP, group_id=group_id))
    assert mark.begin() == 1, "one card waits, not the DING and its two re-DINGs"
    while not mark.step().finished:
        pass
    assert _group_unread(office) == (1, 1)


def test_a_re_ding_to_the_user_counts_in_its_group_as_its_card_does(
    office: Office, clock: ManualClock
) -> None:
    # The group lists a received re-DING on its DING's card, not as a row: its badge still
    # counted it unread, 镇机关干部群 1 over a list with nothing unread in it, the card read
    # when the DING first came (nor could reading the card there take the 1 away).
    _receive(office, _to_me("$d1", clock))
    office.queries.set_read([office.card("$d1").id], True)
    clock.advance(timedelta(minutes=5))
    _receive(office, _to_me("$d2", clock, repeats="$d1"))
    assert _group_cards(office) == ["$d1"]
    assert not any(office.card(r).read is False for r in _group_cards(office))
    (group,) = office.queries.group_counts()
    assert group.unread == 0, "nothing unread that the group lists"


def test_a_re_ding_of_a_ding_folded_into_a_notice_from_elsewhere_is_its_card_in_the_group(
    office: Office, clock: ManualClock
) -> None:
    # The county's notice, posted plainly in 县防指工作群, DINGed in the town's group by
    # 钟书记, who DINGs it again: the re-DING folds where its DING does, under the
    # county's card, and the group listed it as a second DING row beside the DING.
    order = "紧急：全体人员十分钟内到镇政府集合，带好雨具"
    office.sync(groups=(GroupInfo("g2", "县防指工作群"),))
    notice = IncomingMessage("$n1", "g2", "u9", "县防指", Role.OWNER, clock.now(), order)
    _receive(office, notice)
    clock.advance(timedelta(minutes=1))
    ding = IncomingMessage("$d1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), order, ding=True)
    _receive(office, ding)
    clock.advance(timedelta(minutes=5))
    again = IncomingMessage(
        "$d2", "g1", "u1", "钟书记", Role.OWNER, clock.now(), order, ding=True, repeats="$d1"
    )
    _receive(office, again)
    assert _cards(office.queries) == ["$n1"], "one card in All"
    assert _group_cards(office) == ["$d1"], "the DING once in its group, not its re-DING too"
    unread = {g.name: g.unread for g in office.queries.group_counts()}
    assert unread["镇机关干部群"] == 1, "counted as listed: the DING, unread"


@pytest.mark.parametrize("by", ["u1", "u3"])
def test_a_notice_posted_again_in_its_group_is_its_card_there_listed_and_counted_as_in_all(
    office: Office, clock: ManualClock, by: str
) -> None:
    # A tester at night: an old notice came again (再次发送) into its group. All folded it
    # into its card, already read (grey); the group listed it as a second, bold card and
    # its badge counted it (5 in the group against 2 in All). Its sender asking it again
    # makes the card unread (see ingest._take_repost), another passing it on does not:
    # either way the group lists and counts what All does.
    notice = "各村立即排查山塘水库及地质灾害隐患点，今晚18:00前报送排查情况"
    first = IncomingMessage("$n1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), notice)
    _receive(office, first)
    office.queries.set_read([office.card("$n1").id], True)
    clock.advance(timedelta(hours=1))
    name = {"u1": "钟书记", "u3": "王主任"}[by]
    again = IncomingMessage("$n2", "g1", by, name, Role.MEMBER, clock.now(), notice)
    _receive(office, again)
    assert _cards(office.queries) == ["$n1"]
    unread = int(not office.card("$n1").read)
    assert unread == (1 if by == "u1" else 0)
    assert _group_cards(office) == ["$n1"], "the group: its card, not the copy beside it"
    assert _group_unread(office) == (unread, unread), "the badge counts what the list shows"
