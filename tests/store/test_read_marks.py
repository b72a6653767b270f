"""Marking a whole view read, and taking it back, over the real SQLCipher store."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text, update

from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message
from desk.store.store import Store
from tests.helpers.plans import query_plans
from tests.helpers.seed import sync_demo


@pytest.fixture
def queries(store: Store, clock: ManualClock) -> InboxQueries:
    sync_demo(store, clock)
    # As the running app does: the open DINGs are pinned until confirmed.
    EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), False)
    return InboxQueries(store.sessions)


def _unread(store: Store) -> set[int]:
    with store.sessions() as session:
        return set(session.scalars(select(Message.id).where(Message.read.is_(False))))


def _group_badges(queries: InboxQueries) -> dict[int, int]:
    return {g.id: g.unread for g in queries.group_counts()}


def _waiting_dings(store: Store) -> set[int]:
    with store.sessions() as session:
        return set(
            session.scalars(
                select(Message.id).where(Message.pinned.is_(True), Message.read.is_(False))
            )
        )


def test_marking_noise_read_clears_its_badge_and_no_other(
    store: Store, queries: InboxQueries
) -> None:
    before = queries.view_counts()
    assert before[ViewKind.NOISE] > 0
    marked = queries.mark_view_read(View(ViewKind.NOISE))
    after = queries.view_counts()
    assert after.get(ViewKind.NOISE, 0) == 0
    assert marked.rows == before[ViewKind.NOISE]
    for kind in (ViewKind.URGENT, ViewKind.ACTION, ViewKind.INFO):
        assert after.get(kind, 0) == before.get(kind, 0)


def test_marking_all_read_leaves_only_the_dings_waiting_for_confirmation(
    store: Store, queries: InboxQueries
) -> None:
    waiting = _waiting_dings(store)
    assert waiting, "the demo holds an unconfirmed DING"
    before = queries.view_counts()
    assert before[ViewKind.NOISE] > 0
    marked = queries.mark_view_read(View(ViewKind.ALL))
    assert marked.waiting == len(waiting)
    # What All's badge counted, less the DINGs: Noise's cards are marked but not counted.
    assert marked.rows == before[ViewKind.ALL] - len(waiting)
    # What All lists is read, a notice's copies in other groups and its acks included, and
    # what Noise lists (a tester: chit-chat kept every group's badge up). Only the DINGs
    # are left, with what is folded under them.
    with store.sessions() as session:
        left = session.execute(
            text("SELECT pinned, cluster, remote_id, ack_of FROM messages WHERE read = 0")
        ).all()
        dings = set(session.scalars(select(Message.remote_id).where(Message.id.in_(list(waiting)))))
    under = dings | {row.remote_id for row in left if row.cluster in dings}
    for row in left:
        assert row.pinned or row.cluster in dings or row.ack_of in under, row
    counts = queries.view_counts()
    assert counts[ViewKind.ALL] == len(waiting)
    assert counts.get(ViewKind.NOISE, 0) == 0
    # Each group's badge counts its DINGs, and their copies, alone.
    assert sum(_group_badges(queries).values()) == sum(not row.ack_of for row in left)


def test_undo_makes_unread_exactly_what_was_marked(store: Store, queries: InboxQueries) -> None:
    first = queries.page(View(ViewKind.ALL), limit=5).ids
    queries.set_read(first, True)  # read one by one before: they stay read
    unread_before, badges_before = _unread(store), _group_badges(queries)
    marked = queries.mark_view_read(View(ViewKind.ALL))
    assert set(marked.ids) <= unread_before
    assert _unread(store) == unread_before - set(marked.ids)
    queries.unmark_read(marked)
    assert _unread(store) == unread_before
    assert _group_badges(queries) == badges_before


def test_marking_a_group_read_clears_it_and_touches_only_its_own_rows(
    store: Store, queries: InboxQueries
) -> None:
    badges = _group_badges(queries)
    unread = _unread(store)
    with store.sessions() as session:
        # A group where a notice was first posted that was forwarded, unread, elsewhere.
        group = session.execute(
            text(
                "SELECT head.group_id FROM messages AS copy JOIN messages AS head "
                "ON head.account_id = copy.account_id AND head.remote_id = copy.cluster "
                "WHERE copy.group_id != head.group_id AND copy.read = 0 "
                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
        dings_there = session.execute(
            text(
                "SELECT count(*) FROM messages WHERE group_id = :g AND pinned = 1 "
                "AND read = 0 AND ack_of IS NULL"
            ),
            {"g": group},
        ).scalar_one()
        in_group = set(session.scalars(select(Message.id).where(Message.group_id == group)))
    marked = queries.mark_view_read(View(ViewKind.GROUP, group_id=group))
    after = _group_badges(queries)
    assert after[group] == dings_there == marked.waiting
    assert marked.rows == badges[group] - dings_there
    # The group's own rows alone: every other group's badge, and its unread, as they were
    # (marking one group read walked every group's unread: 66 s on 100,000 messages).
    assert set(marked.ids) <= in_group
    assert _unread(store) == unread - set(marked.ids)
    assert {g: n for g, n in after.items() if g != group} == {
        g: n for g, n in badges.items() if g != group
    }


def test_marking_a_group_reads_only_its_part_of_the_unread_index(
    store: Store, queries: InboxQueries
) -> None:
    mark = queries.view_read_mark(View(ViewKind.GROUP, group_id=1), step_rows=3)
    plans = query_plans(store, lambda: [mark.begin(), *iter(lambda: mark.step().finished, True)])
    walks = [p for p in plans if "ix_messages_unread" in p]
    # Each walk seeks the group: none reads on into the groups after it.
    assert walks and not any("group_id>?" in p for p in walks), plans


def test_after_marking_all_read_the_group_badges_count_what_all_does(
    store: Store, queries: InboxQueries
) -> None:
    # Copies and 收到 folded under DINGs waiting for confirmation kept ~2,300 on the groups'
    # badges, with All at 504 (a tester): the groups' badges count every row of their own.
    with store.sessions() as session:
        folded_under_waiting = session.execute(
            text(
                "SELECT count(*) FROM messages AS copy JOIN messages AS head "
                "ON head.account_id = copy.account_id AND head.remote_id = copy.cluster "
                "WHERE copy.id != head.id AND copy.read = 0 AND head.pinned = 1 "
                "AND head.read = 0"
            )
        ).scalar_one()
    assert folded_under_waiting, "the demo forwards a DING"
    queries.mark_view_read(View(ViewKind.ALL))
    counts = queries.view_counts()
    assert counts[ViewKind.ALL] == len(_waiting_dings(store))
    assert sum(_group_badges(queries).values()) == counts[ViewKind.ALL]


def test_a_marks_waiting_cards_are_said_before_it_begins(
    store: Store, queries: InboxQueries
) -> None:
    # The mark's progress counted to the badge (38,506), its undo to what it marked
    # (38,000): the DINGs left waiting, known at the start, make the two agree.
    for view in (View(ViewKind.ALL), View(ViewKind.URGENT), View(ViewKind.GROUP, group_id=1)):
        badge = queries.unread_in(view)
        mark = queries.view_read_mark(view)
        waiting = mark.begin()
        while not mark.step().finished:
            pass
        assert mark.marked.rows == badge - waiting, view
        assert mark.marked.waiting == waiting, view
        undo = mark.unmark_step()
        while not undo.finished:
            undo = mark.unmark_step()
        assert undo.marked + undo.left == badge - waiting, view


def test_a_ding_no_round_has_pinned_yet_stays_unread(store: Store, clock: ManualClock) -> None:
    sync_demo(store, clock)  # no escalation round yet: the demo's DINGs are not pinned
    queries = InboxQueries(store.sessions)
    with store.sessions() as session:
        dings = set(
            session.scalars(
                select(Message.id).where(Message.ding.is_(True), Message.read.is_(False))
            )
        )
    assert dings
    marked = queries.mark_view_read(View(ViewKind.ALL))
    assert not dings & set(marked.ids)
    assert marked.waiting == len(dings)
    EscalationStore(store.sessions).start_new(clock.now(), LadderConfig(), False)
    assert dings <= _unread(store)


def test_done_has_nothing_to_mark(queries: InboxQueries) -> None:
    marked = queries.mark_view_read(View(ViewKind.DONE))
    assert (marked.ids, marked.rows) == ((), 0)


def test_the_unread_are_found_by_their_index_not_by_reading_every_message(
    store: Store, queries: InboxQueries
) -> None:
    plans = query_plans(store, lambda: queries.mark_view_read(View(ViewKind.ALL)))
    plans += query_plans(store, lambda: queries.mark_view_read(View(ViewKind.GROUP, group_id=1)))
    # Each walk is over the unread index; the rest are lookups by key, the newest id
    # (where the mark stops), a read of a step's own rows, and the count of the cards
    # waiting for confirmation: pinned ones sought tier by tier, DINGs among what may alert;
    # and whether a folded row is a re-DING (a group's badge leaves it out): the DING it
    # repeats sought by its fold.
    keyed = (
        "autoindex",
        "ix_outbox_remote (account_id=? AND remote_id=?)",
        "PRIMARY KEY",
        "json_each",
        "ix_messages_inbox (done=? AND tier_rank=? AND neg_pinned=?)",
        "ix_messages_alertable (done=? AND ack=?)",
        "ix_messages_cluster (account_id=? AND cluster=?",
        "SCAN (subquery-",
    )
    walks = [
        p
        for p in plans
        if ("SCAN" in p or "SEARCH" in p)
        and not any(k in p.rsplit(" :: ", 1)[-1] for k in keyed)
        and not p.endswith(":: SCAN u")
        and not p.startswith("SELECT max(messages.id)")
    ]
    assert walks and all("ix_messages_unread" in p for p in walks), plans


def _read_by_steps(queries: InboxQueries, view: View, step_rows: int) -> set[int]:
    mark = queries.view_read_mark(view, step_rows=step_rows)
    steps = 1
    while not mark.step().finished:
        steps += 1
    assert (steps > 3) == (step_rows < 10), steps
    return set(mark.marked.ids)


@pytest.mark.parametrize("view", [View(ViewKind.ALL), View(ViewKind.GROUP, group_id=1)])
def test_marking_step_by_step_reads_the_same_messages_as_at_once(
    store: Store, queries: InboxQueries, view: View
) -> None:
    # A tester's Shift+C over 300,000 unread held the store thread 13 s in one step.
    unread = _unread(store)
    marked = _read_by_steps(queries, view, 10_000)
    assert marked
    read_in_one = _unread(store)
    with store.transaction() as session:
        session.execute(update(Message).where(Message.id.in_(unread)).values(read=False))
    assert _read_by_steps(queries, view, 3) == marked
    assert _unread(store) == read_in_one


def test_a_message_arriving_while_the_mark_steps_stays_unread(
    store: Store, queries: InboxQueries
) -> None:
    mark = queries.view_read_mark(View(ViewKind.ALL), step_rows=3)
    mark.step()
    with store.transaction() as session:
        # A new card of All, in the first group, where the mark has passed, and in the
        # last, where it has not yet come.
        for group in (1, session.scalar(select(func.max(Message.group_id)))):
            like = session.scalars(
                select(Message).where(
                    Message.tier == "info", Message.cluster.is_(None), Message.ack_of.is_(None)
                )
            ).first()
            assert like is not None
            values = {
                c.key: getattr(like, c.key)
                for c in Message.__table__.columns
                if c.computed is None  # the sort keys SQLite derives
            }
            values.update(id=None, remote_id=f"late-{group}", group_id=group, read=False)
            session.add(Message(**values))
    with store.sessions() as session:
        late = set(session.scalars(select(Message.id).where(Message.remote_id.like("late-%"))))
    while not mark.step().finished:
        pass
    assert late <= _unread(store)
    assert not late & set(mark.marked.ids)


def test_taking_a_mark_back_step_by_step_makes_unread_exactly_what_it_marked(
    store: Store, queries: InboxQueries
) -> None:
    queries.set_read(queries.page(View(ViewKind.ALL), limit=5).ids, True)
    unread_before, badges_before = _unread(store), _group_badges(queries)
    mark = queries.view_read_mark(View(ViewKind.ALL), step_rows=4)
    while not mark.step().finished:
        pass
    # Counted as the badge counts them (the cards), as the mark was.
    cards = mark.marked.rows
    steps = []
    while not (progress := mark.unmark_step()).finished:
        steps.append(progress.marked)
        assert progress.marked + progress.left == cards
    assert (progress.marked, progress.left) == (cards, 0) and len(steps) >= 3
    assert _unread(store) == unread_before
    assert _group_badges(queries) == badges_before
