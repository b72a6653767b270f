"""The warm-up's recent messages (ingest._recent_recalled): an account's newest, read by
walking the store's time index back, the same as reading all the account's and sorting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from desk.connectors.protocol import IncomingMessage
from desk.core.clock import ManualClock
from desk.core.reasons import UNSORTED
from desk.store.models import Message, to_ms
from desk.store.store import Store
from desk.sync import ingest
from desk.sync.ingest import _RECALLED, Ingestor, _recent_recalled
from tests.conftest import SHANGHAI
from tests.helpers.group_posts import post, room_batch, two_accounts
from tests.helpers.plans import query_plans


def _as_before(session: Session, account_id: int, wanted: int) -> list[int]:
    """The ids the warm-up read before: all the account's messages, sorted."""
    return list(
        session.scalars(
            _RECALLED.with_only_columns(Message.id)
            .where(Message.account_id == account_id)
            .order_by(Message.ts_ms.desc(), Message.id.desc())
            .limit(wanted)
        )
    )


def _ids(session: Session, account_id: int, wanted: int, window: int) -> list[int]:
    return [row.id for row in _recent_recalled(session, account_id, wanted, window)]


@pytest.fixture
def two_stored(store: Store, clock: ManualClock) -> tuple[int, int]:
    """Two accounts: the first posts most of the recent traffic (two messages a minute, so
    its times tie), the second a message every 6 minutes among it, each at a time of the
    first's, and 40 a day before. A few of each withdrawn or stored unsorted, which the
    warm-up leaves out."""
    busy, quiet = two_accounts(store, clock)
    now = clock.now()
    ingestor = Ingestor(store, SHANGHAI, clock)

    def chat(remote_id: str, minutes: int) -> IncomingMessage:
        return post(remote_id, now + timedelta(minutes=minutes), f"{remote_id}：食堂几点开门？")

    # The quiet account's recent ones are stored first: ids then order ties across accounts
    # otherwise than the order of storing within each.
    ingestor.apply(quiet, room_batch("q1", *(chat(f"q{k}", 6 * k) for k in range(20))))
    ingestor.apply(
        busy,
        room_batch("b1", *(chat(f"b{n}", n // 2) for n in range(240)), rooms=("g", "g2")),
    )
    ingestor.apply(quiet, room_batch("q2", *(chat(f"old{k}", k - 24 * 60) for k in range(40))))
    with store.transaction() as session:
        session.execute(
            update(Message)
            .where(Message.remote_id.in_(["b7", "b200", "q5", "old3"]))
            .values(withdrawn_ms=to_ms(now))
        )
        session.execute(
            update(Message)
            .where(Message.remote_id.in_(["b100", "b233", "q8"]))
            .values(reasons=[[UNSORTED, {}]])
        )
    return busy, quiet


def test_each_account_gets_the_newest_it_got_before(
    store: Store, two_stored: tuple[int, int]
) -> None:
    busy, quiet = two_stored
    with store.sessions() as session:
        # The withdrawn and the unsorted left out, as the warm-up leaves them.
        assert _as_before(session, busy, 240) and len(_as_before(session, busy, 300)) == 236
        for wanted in range(1, 41):
            # The store's newest 4 × wanted (the quiet account's own then read), 16 × (its
            # walk finds them there), and a window holding the whole store.
            for window in (4 * wanted, 16 * wanted, 10_000):
                for account in (busy, quiet):
                    assert _ids(session, account, wanted, window) == _as_before(
                        session, account, wanted
                    ), (account, wanted, window)
        # Asked for more than an account holds: all it has.
        assert _ids(session, quiet, 100, 400) == _as_before(session, quiet, 100)
        assert len(_as_before(session, quiet, 100)) == 57


def test_the_warm_up_walks_the_time_index_and_sorts_nothing(
    store: Store, clock: ManualClock, two_stored: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    busy, quiet = two_stored
    monkeypatch.setattr(ingest, "WARM_UP_MESSAGES", 30)
    monkeypatch.setattr(ingest, "RECENT_WINDOW", 120)
    later = post("later", clock.now() + timedelta(hours=3), "下午3点开会")
    # Started again: the next batch warms a fresh engine for the account.
    plans = query_plans(
        store,
        lambda: Ingestor(store, SHANGHAI, clock).apply(busy, room_batch("b2", later)),
        whole=True,
    )
    newest = [p for p in plans if "ORDER BY messages.ts_ms DESC, messages.id DESC" in p]
    # The bound (the store's 120th newest), from the index alone, then the walk back to it.
    assert [p.split(" :: ")[1] for p in newest] == [
        "SCAN messages USING COVERING INDEX ix_messages_ts",
        "SEARCH messages USING INDEX ix_messages_ts (ts_ms>?)",
        "SEARCH groups USING INTEGER PRIMARY KEY (rowid=?)",
    ], newest
    # The quiet account has fewer than 30 of its own among those 120: all its own read, as
    # before; but not in a store smaller than the window, which the walk went through.
    with store.sessions() as session:
        quiet_plans = query_plans(store, lambda: _recent_recalled(session, quiet, 30, 120))
        small_plans = query_plans(store, lambda: _recent_recalled(session, quiet, 30, 10_000))
    assert [p.split(" :: ")[1] for p in quiet_plans] == [
        *(p.split(" :: ")[1] for p in newest),
        "SEARCH messages USING INDEX sqlite_autoindex_messages_1 (account_id=?)",
        "SEARCH groups USING INTEGER PRIMARY KEY (rowid=?)",
        "USE TEMP B-TREE FOR ORDER BY",
    ], quiet_plans
    assert [p.split(" :: ")[1] for p in small_plans] == [
        "SCAN messages USING COVERING INDEX ix_messages_ts",
        "SCAN messages USING INDEX ix_messages_ts",
        "SEARCH groups USING INTEGER PRIMARY KEY (rowid=?)",
    ], small_plans
