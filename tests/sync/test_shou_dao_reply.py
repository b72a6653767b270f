"""What a bare 收到 (Shift+R, 回复收到) quoting a card does to it once the server has it:
a DING's confirmation sinks it (see test_confirmations); any other card stays where it
is, its 收到 listed under it, for a bare 收到 says the user has it, not that it is done
(README, the Shift+R row of the keys table)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.connectors.protocol import IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role, Tier
from desk.store.inbox import View, ViewKind
from desk.store.store import Store
from tests.store.test_sent_dings import Office

# Urgent, no DING: as the demo's 【云岫区森林防火指挥部】森林火险橙色预警… 请立即做好防御.
ORDER = "紧急通知：各村立即组织危险区域人员转移，转移一户报一户，务必在1小时内完成"


@pytest.fixture
def office(store: Store, clock: ManualClock) -> Office:
    return Office(store, clock)


def _receive(at: Office, *messages: IncomingMessage) -> None:
    at.batches += 1
    at.ingestor.apply(at.account_id, SyncBatch(next_cursor=f"c{at.batches}", messages=messages))


def _urgent(office: Office) -> list[str]:
    page = office.queries.page(View(ViewKind.URGENT))
    rows = office.queries.rows(page.ids)
    return [rows[i].remote_id for i in page.ids]


def _mine(remote_id: str, text: str, clock: ManualClock) -> IncomingMessage:
    return IncomingMessage(
        remote_id, "g1", "u-me", "方晓宇", Role.MEMBER, clock.now(), text,
        from_me=True, reply_to="$n1",
    )  # fmt: skip


def test_a_bare_shou_dao_leaves_an_urgent_notice_in_its_place_a_reply_in_words_sinks_it(
    office: Office, clock: ManualClock
) -> None:
    # A tester's Shift+R on a non-DING urgent notice left the card at the top, selected,
    # where README said it lists lower: it does so for a DING it confirms, and for a card
    # a reply in words answers, not for a 收到 alone.
    clock.advance(timedelta(minutes=1))
    other = "紧急：凤凰山山火已越过县界，请各村立即组织转移，一户不落"
    _receive(
        office,
        IncomingMessage("$n0", "g1", "u2", "李站长", Role.ADMIN, clock.now(), other),
    )
    clock.advance(timedelta(minutes=1))
    _receive(office, IncomingMessage("$n1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), ORDER))
    assert office.card("$n1").tier is Tier.URGENT
    before = _urgent(office)
    assert before[0] == "$n1"
    clock.advance(timedelta(minutes=2))
    _receive(office, _mine("$r1", "收到", clock))
    assert office.card("$n1").ack_count == 1, "收到 ×1（我） on it"
    assert _urgent(office) == before, "a 收到 alone: the card stays where it was"
    clock.advance(timedelta(minutes=2))
    _receive(office, _mine("$r2", "已全部转移完毕，共转移12户", clock))
    assert _urgent(office) == ["$n0", "$n1"], "answered in words: it lists lower"
