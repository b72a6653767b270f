"""A group's priority set by the user: its weight, and its open cards moved within their tier."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.group_priority import nearest
from desk.core.messages import Role, Tier
from desk.store import weights
from desk.store.inbox import InboxQueries
from desk.store.models import Group, Message
from desk.store.ranking import ranked_score
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI

_MEMBERS = (MemberInfo("u1", "王五", Role.OWNER), MemberInfo("u2", "赵六", Role.MEMBER))
# A task without a due time: Information as posted, a task once its group is important.
BORDERLINE = "请各村报送值班表"


def _post(remote_id: str, group: str, text: str, clock: ManualClock) -> IncomingMessage:
    return IncomingMessage(
        remote_id=remote_id,
        group_id=group,
        sender_id="u2",
        sender_name="赵六",
        sender_role=Role.MEMBER,
        ts=clock.now() - timedelta(minutes=5),
        text=text,
    )


def _rows(store: Store) -> dict[str, dict[str, Any]]:
    with store.sessions() as session:
        return {
            m.remote_id: {
                "tier": m.tier,
                "base": m.base_score,
                "score": m.score,
                "due": m.deadline_ms,
                "reasons": m.reasons,
            }
            for m in session.scalars(select(Message))
        }


def _inbox(store: Store, clock: ManualClock) -> InboxQueries:
    """Cards in 机关群 ("g") and 工会群 ("h"): one due tomorrow, one untimed, one done
    and one the user corrected in g; one untimed in h."""
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(
        account.id,
        SyncBatch(
            "c1",
            (
                GroupInfo("g", "机关群", members=_MEMBERS),
                GroupInfo("h", "工会群", members=_MEMBERS),
            ),
            (
                _post("dated", "g", "请各村明天上午9点前报送材料", clock),
                _post("untimed", "g", BORDERLINE, clock),
                _post("done", "g", "请各村报送人口台账", clock),
                _post("corrected", "g", "请各村报送安全台账", clock),
                _post("other", "h", BORDERLINE, clock),
            ),
        ),
    )
    queries = InboxQueries(store.sessions)
    with store.sessions() as session:
        ids = {r: i for r, i in session.execute(select(Message.remote_id, Message.id))}
    queries.set_done([ids["done"]], True, clock.now())
    queries.correct_tier(ids["corrected"], Tier.ACTION, clock.now())
    return queries


def test_an_important_group_moves_its_open_cards_up_within_their_tier(
    store: Store, clock: ManualClock
) -> None:
    queries = _inbox(store, clock)
    before = _rows(store)
    assert before["dated"]["tier"] == "action" and before["untimed"]["tier"] == "info"
    version = weights.weights_version(store.sessions)
    with store.sessions() as session:
        corrected_weight = session.scalars(select(Group.weight).where(Group.remote_id == "g")).one()
    assert corrected_weight == weights.GROUP_STEP, "the correction moved the group a step"

    clock.advance(timedelta(minutes=1))
    assert queries.set_group_priority("g", "important", clock.now()) == 2
    after = _rows(store)
    assert weights.weights_version(store.sessions) != version, "triage is configured again"
    with store.sessions() as session:
        group = session.scalars(select(Group).where(Group.remote_id == "g")).one()
        assert (group.weight, group.priority) == (1.0, "important")
    for moved in ("dated", "untimed"):
        assert after[moved]["tier"] == before[moved]["tier"], "a stored tier stays"
        assert after[moved]["base"] == pytest.approx(before[moved]["base"] + 1.0 - 0.25)
        row = after[moved]
        # The due-time band stays whole: the score is where its due time puts it now.
        assert row["score"] == ranked_score(
            row["tier"], row["base"], row["due"], clock.now(), row["reasons"]
        )
    assert after["dated"]["score"] - before["dated"]["score"] == pytest.approx(0.75, abs=1e-2)
    assert ["group_weight", {"weight": "+1.0", "marked": "important"}] in after["untimed"][
        "reasons"
    ]
    for kept in ("done", "corrected", "other"):
        assert after[kept] == before[kept], kept

    # Back to normal: the cards return to where triage put them, and say nothing of it.
    queries.set_group_priority("g", "normal", clock.now())
    back = _rows(store)
    assert back["untimed"]["base"] == pytest.approx(before["untimed"]["base"] - 0.25)
    assert not [r for r in back["untimed"]["reasons"] if r[0] == "group_weight"]
    with store.sessions() as session:
        group = session.scalars(select(Group).where(Group.remote_id == "g")).one()
        assert (group.weight, group.priority) == (0.0, None)


def test_the_choice_shown_is_the_nearest_to_what_corrections_made_of_the_weight() -> None:
    step = weights.GROUP_STEP
    assert [nearest(n * step) for n in (-4, -3, -2, 0, 2, 3, 4)] == [
        "low",
        "low",
        "normal",
        "normal",
        "normal",
        "important",
        "important",
    ]
