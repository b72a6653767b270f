"""A DING the user sends in a group is an order to others, not their answer to a task
there: the task's card stays to do (a tester's read 已回复 after a DING)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk.connectors.protocol import IncomingMessage
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.models import Message
from desk.store.store import Store
from tests.store.test_sent_dings import Office

TASK = "@方晓宇 区防指的续报模板发我一下"
# The DING the tester sent on the demo, whose words say something is done.
DING = "紧急：续报模板已发群里，各村书记立即到岗，收到回复"


@pytest.fixture
def office(store: Store, clock: ManualClock) -> Office:
    return Office(store, clock)


def _task_asked(office: Office) -> None:
    task = IncomingMessage(
        "$t1", "g1", "u1", "钟书记", Role.OWNER, office.clock.now(), TASK, mentions_me=True
    )
    office.sync(messages=(task,))
    assert office.card("$t1").tier.asks_action
    office.clock.advance(timedelta(minutes=2))


def test_a_ding_the_user_sends_is_no_answer_to_a_task_in_its_group(office: Office) -> None:
    _task_asked(office)
    office.send_ding("$d1", DING)
    card = office.card("$t1")
    assert not card.replied_by_you, "not 已回复"
    assert not any(answer.yours for answer in card.answers)
    with office.store.sessions() as session:
        ding = session.scalars(select(Message).where(Message.remote_id == "$d1")).one()
        assert (ding.answers, ding.ack_of) == (None, None)


def test_the_same_words_as_a_message_of_theirs_answer_it(office: Office) -> None:
    _task_asked(office)
    mine = IncomingMessage(
        "$m1", "g1", "u-me", "方晓宇", Role.MEMBER, office.clock.now(), DING, from_me=True
    )
    office.sync(messages=(mine,))
    assert office.card("$t1").replied_by_you
