"""A newer desk opens the database of the first release: messages kept, search still finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, text

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.reasons import SUPERSEDED
from desk.store import schema
from desk.store.database import make_engine, open_database
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Account, to_ms
from desk.store.store import Store
from desk.sync.accounts import set_shared
from desk.sync.ingest import WITHDRAWN_SCORE, Ingestor
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import post, room_batch, rows_by_account, two_accounts
from tests.helpers.seed import sync_demo
from tests.helpers.text_indexes import assert_indexes_hold_exactly_the_searchable

NOTICE = "紧急通知：请各村今晚8点前上报转移人数"


def _first_release_database(path: Path, key: bytes) -> None:
    """The schema of revision 0001 with one account, group and message, as that desk wrote."""
    engine = make_engine(path, key)
    config = schema._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, kind, label, config, created_ms) "
            "VALUES (1, 'demo', 'demo', '{}', 0)"
        )
        conn.exec_driver_sql(
            "INSERT INTO groups (id, account_id, remote_id, name, topic, weight) "
            "VALUES (1, 1, 'g1', '镇机关干部群', '', 1.0)"
        )
        conn.exec_driver_sql(
            "INSERT INTO messages (account_id, remote_id, group_id, sender_id, sender_name, "
            "sender_role, ts_ms, text, mentions_me, ding, tier, tier_rank, score, reasons, "
            "ack, read, done) VALUES (1, 'm1', 1, 'u1', '钟书记', 'owner', "
            "1795400000000, ?, 0, 0, 'urgent', 0, 9.0, '[]', 0, 0, 0)",
            (NOTICE,),
        )
    engine.dispose()


@contextmanager
def _downgraded(store: Store, revision: str) -> Iterator[Connection]:
    """The store at `revision`, to write as that desk did, then upgraded to the head."""
    config = schema._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        yield conn
        command.upgrade(config, "head")


def test_the_first_release_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path, key = tmp_path / "desk.db", os.urandom(32)
    _first_release_database(path, key)

    engine, sessions = open_database(path, key)
    try:
        assert schema.current(engine) == schema.HEAD
        queries = InboxQueries(sessions)
        (found,) = queries.page(View(ViewKind.ALL, None, "转移人数")).ids
        row = queries.row(found)
        assert row is not None and row.text == NOTICE and row.group_name == "镇机关干部群"
        assert queries.view_counts()[ViewKind.URGENT] == 1
        # The sender is known by name, though no group lists them as a member.
        assert queries.page(View(ViewKind.ALL, None, "钟书记")).ids == [found]
    finally:
        engine.dispose()


def test_acks_leave_the_text_indexes_on_upgrade_and_return_on_downgrade(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    config = schema._config()
    pairs_count = text("SELECT count(*) FROM messages_pairs_fts")
    with store.engine.begin() as conn:
        searchable = conn.execute(pairs_count).scalar()
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
        assert conn.execute(pairs_count).scalar() > searchable  # the acks are back
        command.upgrade(config, "head")
        assert conn.execute(pairs_count).scalar() == searchable
    assert_indexes_hold_exactly_the_searchable(store)


def test_a_withdrawn_card_goes_below_every_task_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # A withdrawn card stayed at -1000, the foot of its tier until tasks due later than
    # a week and those long overdue were listed far below any base score.
    sync_demo(store, clock)
    with _downgraded(store, "0022") as conn:
        withdrawn = conn.execute(
            text(
                "UPDATE messages SET withdrawn_ms = ts_ms, score = -1000, base_score = -1000, "
                "deadline_ms = NULL WHERE id = (SELECT min(id) FROM messages "
                "WHERE tier = 'action') RETURNING id"
            )
        ).scalar_one()
    with store.engine.connect() as conn:
        scores = conn.execute(
            text("SELECT score, base_score FROM messages WHERE id = :id"), {"id": withdrawn}
        ).one()
        lowest = conn.execute(
            text("SELECT min(score) FROM messages WHERE withdrawn_ms IS NULL")
        ).scalar_one()
    assert scores == (WITHDRAWN_SCORE, WITHDRAWN_SCORE) and lowest > WITHDRAWN_SCORE


def test_a_store_upgraded_to_lessons_keeps_its_weights_and_learns_no_lesson_from_them(
    store: Store, clock: ManualClock
) -> None:
    # A weight says nothing of which group a correction was in: the lessons start empty,
    # and the weights stay for what they did before (action and information).
    sync_demo(store, clock)
    config = schema._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0025")
        conn.execute(
            text(
                "INSERT INTO sender_weights (account_id, sender_id, weight) "
                "SELECT account_id, sender_id, 0.5 FROM messages LIMIT 1"
            )
        )
        command.upgrade(config, "head")
        assert conn.execute(text("SELECT count(*) FROM sender_lessons")).scalar() == 0
        assert conn.execute(text("SELECT weight FROM sender_weights")).scalar() == 0.5


def test_messages_stored_unsorted_before_are_sorted_again_by_any_rules_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # Stored unsorted by rules not known: '' (sorted again by these), found by the reason's
    # code, not by a group named "unsorted" in another reason's arguments.
    sync_demo(store, clock)
    config = schema._config()
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0026")
        unsorted, named = conn.execute(
            text("SELECT id FROM messages WHERE ack_of IS NULL ORDER BY id LIMIT 2")
        ).scalars()
        conn.execute(
            text("UPDATE messages SET reasons = :reasons WHERE id = :id"),
            [
                {"id": unsorted, "reasons": '[["unsorted", {}]]'},
                {"id": named, "reasons": '[["copy_more_pressing", {"group": "unsorted"}]]'},
            ],
        )
        command.upgrade(config, "head")
        filled = conn.execute(
            text("SELECT id, unsorted_by FROM messages WHERE unsorted_by IS NOT NULL")
        ).all()
    assert [tuple(row) for row in filled] == [(unsorted, "")]


# Run in a process of its own: it dies as a power cut would, inside migration 0017 once
# that migration has created its table and before it fills it.
_DIES_MID_UPGRADE = """
import os, sys
from alembic.operations import Operations
from desk.store.database import open_database

def execute(self, *args, **kwargs):
    os._exit(137)

Operations.execute = execute
open_database(__import__("pathlib").Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
"""


def test_a_crash_mid_upgrade_leaves_the_old_schema_whole(tmp_path: Path) -> None:
    # Each CREATE TABLE committed on its own: after a crash (or a full disk) mid-upgrade,
    # every later start failed on "table senders already exists", and the store never
    # opened again.
    path, key = tmp_path / "desk.db", os.urandom(32)
    engine = make_engine(path, key)
    config = schema._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0016")
    engine.dispose()
    died = subprocess.run(
        [sys.executable, "-c", _DIES_MID_UPGRADE, str(path), key.hex()],
        cwd=Path(__file__).parents[2],
        timeout=120,
    )
    assert died.returncode == 137

    engine, _sessions = open_database(path, key)
    try:
        assert schema.current(engine) == schema.HEAD
    finally:
        engine.dispose()


def test_who_only_ever_acknowledged_is_found_by_name_after_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # Stored before 0029, the names of acks were left out of the senders a search looks up.
    sync_demo(store, clock)
    with _downgraded(store, "0028") as conn:
        conn.exec_driver_sql(
            "DELETE FROM senders WHERE name IN (SELECT sender_name FROM messages "
            "WHERE ack_of IS NOT NULL EXCEPT SELECT sender_name FROM messages "
            "WHERE ack_of IS NULL)"
        )
        name, acked = conn.exec_driver_sql(
            "SELECT ack.sender_name, ack.ack_of FROM messages AS ack WHERE ack.ack_of IS NOT NULL "
            "AND ack.sender_name NOT IN (SELECT name FROM senders) ORDER BY ack.id LIMIT 1"
        ).one()
    with store.sessions() as session:
        acked_id = session.execute(
            text("SELECT id FROM messages WHERE remote_id = :r"), {"r": acked}
        ).scalar_one()
    queries = InboxQueries(store.sessions)
    assert queries.card_of(acked_id) in queries.page(View(search=name), limit=1000).ids


def test_a_confirmation_queued_before_is_no_ding_sent_after_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # A review: confirmations were stored with JSON's null as their DING, which is no SQL
    # NULL, so the roster of DINGs the user sent could list them.
    sync_demo(store, clock)
    with _downgraded(store, "0030") as conn:
        conn.exec_driver_sql(
            "INSERT INTO outbox (account_id, txn_id, group_remote_id, text, ack_of, ding, "
            "state, attempts, created_ms) VALUES "
            "(1, 'desk-old', 'g1', '', 'm1', 'null', 'sent', 1, 0)"
        )
    with store.engine.connect() as conn:
        ding = conn.execute(text("SELECT ding FROM outbox WHERE txn_id = 'desk-old'")).one()
    assert ding == (None,)


def test_a_replaced_notice_goes_below_the_rest_of_information_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # A new user found the top of 通知 a meeting notice since corrected; a desk before
    # 0033 kept such a card at its base score, and an untimed one was never scored anew.
    sync_demo(store, clock)
    with _downgraded(store, "0032") as conn:
        replaced = conn.exec_driver_sql(
            'UPDATE messages SET reasons = \'[["corrected_by", {"group": "镇机关干部群"}]]\','
            " deadline_ms = NULL, score = 1e6, base_score = 1e6 WHERE id = (SELECT min(id)"
            " FROM messages WHERE tier = 'info' AND cluster IS NULL AND ack_of IS NULL"
            " AND done = 0)"
            " RETURNING id"
        ).scalar_one()
        still_asks = conn.exec_driver_sql(
            'UPDATE messages SET reasons = \'[["corrected_by", {"asks": "1"}]]\','
            " deadline_ms = NULL, score = 2e6, base_score = 2e6 WHERE id = (SELECT max(id)"
            " FROM messages WHERE tier = 'info' AND cluster IS NULL AND ack_of IS NULL"
            " AND done = 0)"
            " RETURNING id"
        ).scalar_one()
    queries = InboxQueries(store.sessions)
    info = queries.page(View(kind=ViewKind.INFO), limit=1000).ids
    assert replaced != still_asks
    with store.engine.connect() as conn:
        # Replaced by any kind of later notice (a correction, a response at another level…).
        replaced_ones = {
            mid
            for (mid, reasons) in conn.exec_driver_sql("SELECT id, reasons FROM messages")
            if any(r[0] in SUPERSEDED and "asks" not in r[1] for r in json.loads(reasons or "[]"))
        }
    # First what nothing replaced (a card that still asks something stays up), then what
    # a later notice did, this one among them.
    assert info[0] == still_asks
    assert {mid for mid in info[info.index(replaced) :]} <= replaced_ones


def test_done_before_the_done_time_keeps_its_order_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # Done lists by when a message was marked done (0034); what a desk before marked done
    # is taken as marked when it came, its order kept, and pages without a gap.
    sync_demo(store, clock)
    with _downgraded(store, "0033") as conn:
        done = [
            mid
            for (mid,) in conn.exec_driver_sql(
                "UPDATE messages SET done = 1 WHERE id IN (SELECT id FROM messages"
                " WHERE ack_of IS NULL AND cluster IS NULL ORDER BY id LIMIT 9) RETURNING id"
            )
        ]
    queries = InboxQueries(store.sessions)
    with store.engine.connect() as conn:
        by_time = [
            mid
            for (mid,) in conn.exec_driver_sql(
                "SELECT id FROM messages WHERE done = 1 AND ack_of IS NULL"
                " ORDER BY ts_ms DESC, id DESC"
            )
        ]
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM messages WHERE done = 1 AND done_ms IS NULL"
            ).scalar_one()
            == 0
        )
    assert sorted(by_time) == sorted(done)
    first = queries.page(View(ViewKind.DONE), None, 4)
    rest = queries.page(View(ViewKind.DONE), first.after, 100).ids
    assert first.ids + rest == by_time


def test_the_open_cards_of_a_store_before_are_counted_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # 紧急 and 待办 count the cards not done, read or not (0035): a store from before has
    # its open cards counted as they stand, those read or done then included.
    sync_demo(store, clock)
    with _downgraded(store, "0034") as conn:
        conn.exec_driver_sql(
            "UPDATE messages SET read = 1 WHERE id IN (SELECT id FROM messages"
            " WHERE tier = 'action' ORDER BY id LIMIT 3)"
        )
        conn.exec_driver_sql(
            "UPDATE messages SET done = 1 WHERE id IN (SELECT id FROM messages"
            " WHERE tier = 'urgent' ORDER BY id LIMIT 1)"
        )
    queries = InboxQueries(store.sessions)
    counts = queries.open_counts((0, 0))
    for kind in (ViewKind.URGENT, ViewKind.ACTION):
        listed = queries.page(View(kind), None, 1000).ids
        assert counts[kind].open == len(listed) > 0, kind


def test_dings_past_their_deadline_before_the_upgrade_are_taken_as_told(
    store: Store, clock: ManualClock
) -> None:
    # Whether the sender was told a DING passed its deadline is kept per DING (0037). Those
    # past it before were told by the desk then, or never would be: said at the first start
    # after the upgrade, days-old deadlines would pop up as news. One still ahead is told
    # when it passes.
    sync_demo(store, clock)
    past = '{"deadline": "2020-01-06T10:30:00+08:00", "recipients": null}'
    ahead = '{"deadline": "2099-01-06T10:30:00+08:00", "recipients": null}'
    with _downgraded(store, "0036") as conn:
        for txn, ding in (("desk-past", past), ("desk-ahead", ahead), ("desk-none", "{}")):
            conn.exec_driver_sql(
                "INSERT INTO outbox (account_id, txn_id, group_remote_id, text, ding, state,"
                " attempts, created_ms, remote_id)"
                " VALUES (1, ?, 'g1', '请回电', ?, 'sent', 1, 0, ?)",
                (txn, ding, f"$r-{txn}"),
            )
    with store.engine.connect() as conn:
        told = dict(
            conn.exec_driver_sql(
                "SELECT txn_id, deadline_told_ms FROM outbox WHERE txn_id LIKE 'desk-%'"
            ).all()
        )
    assert told == {"desk-past": 1578277800000, "desk-ahead": None, "desk-none": None}


def test_the_done_cards_of_a_store_before_are_indexed_on_upgrade_and_again_is_no_change(
    store: Store, clock: ManualClock
) -> None:
    # A search's count of Done looks among the done cards by their index (0040): those a
    # store marked done before it are in it, and a second run of the upgrade changes nothing.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    found = queries.page(View(search="通知"), limit=10**6).ids
    with _downgraded(store, "0039") as conn:
        assert not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_messages_done_cards'"
        ).first()
        conn.exec_driver_sql(
            "UPDATE messages SET done = 1 WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(found[:3]),),
        )
    among = queries.done_search_ids(10**6)
    assert among is not None and set(found[:3]) <= set(among)
    with store.engine.begin() as conn:
        config = schema._config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        assert schema.current(store.engine) == schema.HEAD
    assert queries.done_search_ids(10**6) == among
    plain = queries.page(View(ViewKind.DONE, search="通知"), limit=10**6).ids
    assert set(plain) == set(found[:3])


@contextmanager
def _doubled_before_twins(
    store: Store, clock: ManualClock, revision: str
) -> Iterator[tuple[Connection, dict[tuple[int, str], int], tuple[int, int]]]:
    """Two accounts of one official in one group, each event stored under both, as a desk
    before 0039 stored them: two rows, both cards. Yields the store at `revision` (its
    connection, each row's id by account and event, the two accounts), then upgrades it."""
    first, second = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    plain = post("$d1", now, "10点前到镇政府三楼会议室开会")
    both = post("$d2", now, "今晚8点前把防汛物资清单报镇应急办", ding=True)
    ingestor.apply(first, room_batch("a1", post("$n1", now), plain))
    ingestor.apply(
        second,
        room_batch("b1", post("$n1", now), replace(plain, ding=True), both),
    )
    ingestor.apply(first, room_batch("a2", both))
    EscalationStore(store.sessions).start_new(now, LadderConfig(), urgent_items=False)
    ids = {key: m.id for key, m in rows_by_account(store).items()}
    with _downgraded(store, revision) as conn:
        if revision >= "0039":
            conn.exec_driver_sql("UPDATE messages SET twin_of = NULL")
        # Before twins, each DING rang under each account.
        conn.exec_driver_sql("UPDATE escalations SET history = 0")
        conn.exec_driver_sql("UPDATE messages SET pinned = 1 WHERE ding = 1")
        yield conn, ids, (first, second)


@pytest.mark.parametrize("revision", ["0038", "0040"])
def test_cards_doubled_before_twins_are_one_card_on_upgrade_and_again_is_no_change(
    store: Store, clock: ManualClock, revision: str
) -> None:
    # A store that had two accounts in one group before 0039 showed each event twice, and
    # went on doing so: the later row of each becomes its twin, read if either was read,
    # done if either was done (at the later time), the counts as the list.
    done_ms = to_ms(clock.now() + timedelta(minutes=9))
    with _doubled_before_twins(store, clock, revision) as (conn, ids, (first, second)):
        conn.exec_driver_sql("UPDATE messages SET read = 1 WHERE id = ?", (ids[(first, "$n1")],))
        conn.exec_driver_sql(
            "UPDATE messages SET done = 1, done_ms = ? WHERE id = ?",
            (done_ms, ids[(second, "$n1")]),
        )
    rows = rows_by_account(store)
    # The first stored holds the card; a DING to one account alone holds it wherever.
    assert rows[(second, "$n1")].twin_of == ids[(first, "$n1")]
    assert rows[(first, "$d1")].twin_of == ids[(second, "$d1")]
    assert rows[(first, "$d2")].twin_of == ids[(second, "$d2")]
    assert {(m.read, m.done, m.done_ms) for k, m in rows.items() if k[1] == "$n1"} == {
        (True, True, done_ms)
    }
    queries = InboxQueries(store.sessions)
    listed = queries.page(View(ViewKind.ALL)).ids
    assert sorted(listed) == sorted([ids[(second, "$d1")], ids[(second, "$d2")]])
    assert queries.page(View(ViewKind.DONE)).ids == [ids[(first, "$n1")]]
    assert queries.view_counts()[ViewKind.ALL] == 2
    counts = queries.open_counts((0, 0))
    for kind in (ViewKind.URGENT, ViewKind.ACTION):
        assert counts[kind].open == len(queries.page(View(kind), None, 1000).ids), kind
    # The DING to both rings once, through its card.
    escalations = EscalationStore(store.sessions)
    assert not escalations.is_running(ids[(first, "$d2")])
    assert escalations.is_running(ids[(second, "$d2")])
    assert not rows[(first, "$d2")].pinned
    before = rows_by_account(store)
    with store.engine.begin() as conn:
        config = schema._config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0040")
        command.upgrade(config, "head")
    assert schema.current(store.engine) == schema.HEAD
    assert {
        k: (m.twin_of, m.read, m.done, m.done_ms) for k, m in rows_by_account(store).items()
    } == {k: (m.twin_of, m.read, m.done, m.done_ms) for k, m in before.items()}


def test_a_ding_doubled_before_twins_still_waiting_is_not_put_away_by_its_twin(
    store: Store, clock: ManualClock
) -> None:
    # Done under the other account, a DING its card's account still waits to confirm is
    # not put away: a DING is not put away unconfirmed; it asks, read.
    with _doubled_before_twins(store, clock, "0038") as (conn, ids, (first, second)):
        conn.exec_driver_sql(
            "UPDATE messages SET read = 1, done = 1, done_ms = 1 WHERE id = ?",
            (ids[(first, "$d2")],),
        )
    rows = [m for k, m in rows_by_account(store).items() if k[1] == "$d2"]
    assert {(m.read, m.done, m.done_ms) for m in rows} == {(True, False, None)}
    queries = InboxQueries(store.sessions)
    assert ids[(second, "$d2")] in queries.page(View(ViewKind.ALL)).ids


def test_a_third_account_s_twin_of_a_row_made_a_twin_on_upgrade_follows_its_card(
    store: Store, clock: ManualClock
) -> None:
    # A third account added after 0039 made its row of an event the first two held twice
    # a twin of either (the one found first): of the second's, made a twin of the first's
    # on upgrade, it was left a twin of a twin, which no card query follows: held under
    # the third account, the held list showed no card for it, and it stayed unread under
    # a card read.
    first, second = two_accounts(store, clock)
    with store.transaction() as session:
        added = Account(kind="matrix", label="@third:synapse.local", config={}, created_ms=0)
        session.add(added)
        session.flush()
        third = added.id
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)
    for account_id in (first, second, third):
        ingestor.apply(account_id, room_batch(f"{account_id}-1", post("$n1", now)))
    ids = {key: m.id for key, m in rows_by_account(store).items()}
    with _downgraded(store, "0040") as conn:
        # Stored twice before 0039; the third account's row, after, the second's twin.
        conn.exec_driver_sql(
            "UPDATE messages SET twin_of = NULL WHERE id = ?", (ids[(second, "$n1")],)
        )
        conn.exec_driver_sql(
            "UPDATE messages SET twin_of = ?, notify_state = 'hold' WHERE id = ?",
            (ids[(second, "$n1")], ids[(third, "$n1")]),
        )
        conn.exec_driver_sql("UPDATE messages SET read = 1 WHERE id = ?", (ids[(first, "$n1")],))
    rows = rows_by_account(store)
    card = ids[(first, "$n1")]
    assert rows[(second, "$n1")].twin_of == card
    assert rows[(third, "$n1")].twin_of == card
    assert rows[(third, "$n1")].read
    queries = InboxQueries(store.sessions)
    assert queries.page(View(ViewKind.HELD, ids=(ids[(third, "$n1")],))).ids == [card]


def _group_index_columns(conn: Connection) -> list[str]:
    return [
        str(name)
        for (_seq, _cid, name) in conn.exec_driver_sql("PRAGMA index_info(ix_messages_group_inbox)")
    ]


def test_a_group_index_before_holds_what_its_page_asks_on_upgrade_and_lists_the_same(
    store: Store, clock: ManualClock
) -> None:
    # 0043 widens the group index so that a page reads only its copies' rows: a store
    # before it lists each group as it did, from the new index, and again is no change.
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    groups = [g.id for g in queries.group_counts()]
    views = [View(ViewKind.GROUP, group_id=g) for g in groups]
    with _downgraded(store, "0042") as conn:
        assert _group_index_columns(conn)[-1] == "neg_ts_ms"
        assert not conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_messages_ding_copies'"
        ).first()
        before = [queries.page(v, limit=10**6).ids for v in views]
    assert any(before)
    with store.engine.connect() as conn:
        assert _group_index_columns(conn)[-6:] == [
            "id",
            "cluster",
            "remote_id",
            "account_id",
            "ding",
            "ts_ms",
        ]
        assert conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_messages_ding_copies'"
        ).first()
    assert [queries.page(v, limit=10**6).ids for v in views] == before
    with store.engine.begin() as conn:
        config = schema._config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert schema.current(store.engine) == schema.HEAD
    assert [queries.page(v, limit=10**6).ids for v in views] == before


def test_the_accounts_of_a_store_before_are_the_users_own_on_upgrade(
    store: Store, clock: ManualClock
) -> None:
    # Shared accounts (0044): every account stored before is the user's own, as desk took
    # it; a new one is shared only when said so.
    (first,) = two_accounts(store, clock, n=1)
    with _downgraded(store, "0043") as conn:
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(accounts)")]
        assert "shared" not in columns
        conn.exec_driver_sql(
            "INSERT INTO accounts (kind, label, config, created_ms) "
            "VALUES ('matrix', '@duty:synapse.local', '{}', 0)"
        )
    with store.sessions() as session:
        assert [a.shared for a in session.query(Account).order_by(Account.id)] == [False, False]
    set_shared(store, first, True)
    with store.sessions() as session:
        assert session.get_one(Account, first).shared
    assert schema.current(store.engine) == schema.HEAD == "0044"
