"""The card a re-DING folded into says so: 再次 DING 08:52（3 人）on the user's own, 再次
DING 08:52 on one to them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desk.connectors.protocol import IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.store import Store
from desk.ui.card_text import re_ding_text
from desk.ui.inbox_delegate import InboxDelegate
from tests.conftest import SHANGHAI
from tests.store.test_sent_dings import Office

WIDE = 700


def test_the_user_s_ding_asked_again_says_when_and_of_how_many(
    qapp: QApplication, store: Store, clock: ManualClock
) -> None:
    office = Office(store, clock)
    office.send_ding("$d1", "速回电")  # to all three
    clock.advance(timedelta(minutes=5))
    (sent,) = office.dings.sent()
    assert re_ding_text(office.card("$d1"), SHANGHAI, clock.now()) == ""
    txn = office.dings.re_ding(sent.outbox_id)
    again_at = clock.now().astimezone(SHANGHAI).strftime("%H:%M")
    office.came_back(txn, "$d2", "速回电")
    card = office.card("$d1")
    said = f"DING again {again_at} (to 3)"
    assert re_ding_text(card, SHANGHAI, clock.now()) == said
    delegate = InboxDelegate(SHANGHAI, clock)
    assert delegate._card(card, WIDE, QFont()).when.text() == said
    # Where the header has no room, the time alone, as on any card.
    narrow = delegate._card(card, 260, QFont()).when.text()
    assert "again" not in narrow


def test_a_ding_to_the_user_asked_again_says_when(store: Store, clock: ManualClock) -> None:
    office = Office(store, clock)

    def to_me(remote_id: str, repeats: str | None = None) -> IncomingMessage:
        return IncomingMessage(
            remote_id,
            "g1",
            "u1",
            "钟书记",
            Role.OWNER,
            clock.now(),
            "速回电",
            ding=True,
            repeats=repeats,
        )

    office.ingestor.apply(office.account_id, SyncBatch("c-a", messages=(to_me("$d1"),)))
    clock.advance(timedelta(minutes=5))
    office.ingestor.apply(office.account_id, SyncBatch("c-b", messages=(to_me("$d2", "$d1"),)))
    card = office.card("$d1")
    at = clock.now().astimezone(SHANGHAI).strftime("%H:%M")
    assert re_ding_text(card, SHANGHAI, clock.now()) == f"DING again {at}"


def test_a_ding_s_words_posted_again_plainly_are_no_re_ding(
    store: Store, clock: ManualClock
) -> None:
    # 钟书记 DINGs the user; 李站长 passes the same words on in the group, no DING. The card
    # said 再次 DING 10:05, as though 钟书记 had asked the user again.
    office = Office(store, clock)
    text = "紧急：各村支书立即到村委会值守，等候镇里通知，不得离岗"
    ding = IncomingMessage("$d1", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text, ding=True)
    office.ingestor.apply(office.account_id, SyncBatch("c-a", messages=(ding,)))
    clock.advance(timedelta(minutes=5))
    plain = IncomingMessage("$p1", "g1", "u2", "李站长", Role.MEMBER, clock.now(), text)
    office.ingestor.apply(office.account_id, SyncBatch("c-b", messages=(plain,)))
    card = office.card("$d1")
    assert card.posted_again is not None, "posted again in its group, as the held list says"
    assert re_ding_text(card, SHANGHAI, clock.now()) == ""
    # DINGed again, it says so.
    clock.advance(timedelta(minutes=5))
    again = IncomingMessage(
        "$d2", "g1", "u1", "钟书记", Role.OWNER, clock.now(), text, ding=True, repeats="$d1"
    )
    office.ingestor.apply(office.account_id, SyncBatch("c-c", messages=(again,)))
    at = clock.now().astimezone(SHANGHAI).strftime("%H:%M")
    assert re_ding_text(office.card("$d1"), SHANGHAI, clock.now()) == f"DING again {at}"
