"""`desk inbox --json` words a card as the window does."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desk.cli.inbox_cmd import to_json
from desk.core.clock import ManualClock
from desk.core.messages import Reason, Tier
from desk.store.store import Store
from tests.conftest import SHANGHAI
from tests.store.test_sent_dings import Office
from tests.ui.test_card_text import DUE, NOW, _three_steps
from tests.ui.test_detail_pane import _row


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


def test_a_card_moved_to_information_states_no_due_time_as_in_the_window() -> None:
    # The window says nothing of a due time on a card the user moved to information;
    # `desk inbox` said "deadline passed" beside "corrected by you".
    reasons = (Reason.of("user_correction"), Reason.of("deadline", when=DUE.isoformat()))
    card = replace(_row("请各村报送值班表"), tier=Tier.INFO, deadline=DUE, reasons=reasons)
    for now in (NOW, DUE + timedelta(days=2)):
        assert to_json(card, None, now)["reasons"] == ["corrected by you"]
    assert "due in 8 h" in to_json(replace(card, tier=Tier.ACTION), None, NOW)["reasons"]


def test_a_notice_s_steps_are_said_as_its_card_says_them() -> None:
    # From review: `desk inbox` said Wednesday's time as the due time and again as the
    # next after Monday's, and both steps to come before the first.
    card = _three_steps()
    sunday = datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI)
    said = to_json(card, None, sunday)["reasons"]
    assert [r for r in said if "next due" in r] == ["next due 12-09 10:00"]
    tuesday = datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI)
    item = to_json(card, None, tuesday)
    assert item["deadline"] == "2026-12-09T10:00:00+08:00"
    # Wednesday's time said once, as the due time; Monday's passed step not at all.
    assert [r for r in item["reasons"] if "12-09 10:00" in r] == ["deadline 12-09 10:00"]
    assert not [r for r in item["reasons"] if "passed" in r]
    assert "next due 12-11 17:30" in item["reasons"]
