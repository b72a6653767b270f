"""`desk inbox --json` words a card as the window does."""

from __future__ import annotations

from desk.cli.inbox_cmd import to_json
from desk.core.clock import ManualClock
from desk.store.store import Store
from tests.store.test_sent_dings import Office


def test_the_user_s_own_ding_says_how_many_have_confirmed_and_who(
    store: Store, clock: ManualClock
) -> None:
    office = Office(store, clock)
    office.send_ding("$d1", "紧急：十分钟内到镇政府集合")
    office.ack("$a1", "u3", "$d1")
    item = to_json(office.card("$d1"), None, office.clock.now())
    assert item["reasons"] == ["DING sent by you: 1/3 confirmed, 2 not yet"]
    assert item["sent_ding"] == {
        "confirmed": ["王主任"],
        "unconfirmed": ["钟书记", "李站长"],
        "expected": 3,
    }
    # Not a DING waiting for the user.
    assert item["ding"] is False and item["tier"] == "info"
