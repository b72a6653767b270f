"""`desk inbox --json` words a card as the window does."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from desk.cli.inbox_cmd import _card_line, to_json
from desk.connectors.protocol import SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Reason, Tier
from desk.core.triage.roll_call import RollCall
from desk.store.inbox import InboxQueries, InboxRow
from desk.store.store import Store
from desk.ui.card_text import reason_lines, summary
from tests.conftest import SHANGHAI
from tests.store.test_sent_dings import Office
from tests.sync.test_superseding import MOVED, _account, _post
from tests.sync.test_superseding import _row as _stored
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
    assert [r for r in item["reasons"] if "10:00" in r] == ["due tomorrow 10:00"]
    assert not [r for r in item["reasons"] if "passed" in r]
    assert "next due 12-11 17:30" in item["reasons"]


# Posted on Monday 23 November at 10:00 (the clock's): the meeting is on Tuesday at 4 pm.
_SET_UP = datetime(2026, 11, 24, 15, 40, tzinfo=SHANGHAI)
_WEDNESDAY = datetime(2026, 11, 25, 8, 40, tzinfo=SHANGHAI)


def _card(store: Store, clock: ManualClock, text: str) -> InboxRow:
    """The card of `text`, posted by the group owner now, as the store keeps it."""
    account, ingestor = _account(store, clock)
    ingestor.apply(account, SyncBatch("c1", messages=(_post("notice", clock.now(), text),)))
    row = InboxQueries(store.sessions).row(_stored(store, "notice").id)
    assert row is not None and row.tier is Tier.ACTION
    return row


def test_a_set_up_time_counts_down_and_once_its_meeting_began_reads_as_passed(
    store: Store, clock: ManualClock
) -> None:
    # The demo's correction (m0194): on the morning after, it read 已逾期 17 小时.
    card = _card(store, clock, MOVED)
    assert card.deadline == _SET_UP

    def said(now: datetime) -> tuple[object, str]:
        """What `desk inbox` says of the card at `now`, and the window's card."""
        return to_json(card, None, now)["reasons"], summary(card, SHANGHAI, now)

    before = _SET_UP - timedelta(minutes=25)
    assert said(before) == (
        ["from group owner", "due in 25 min"],
        "from group owner, due in 25 min",
    )
    # Past the set-up, nothing is owed but the meeting, which starts.
    assert said(_SET_UP + timedelta(minutes=10))[0] == ["from group owner", "starts in 10 min"]
    assert said(_SET_UP + timedelta(minutes=30))[0] == ["from group owner", "began 10 min ago"]
    assert said(_WEDNESDAY) == (
        ["from group owner", "time passed"],
        "from group owner, time passed",
    )
    # The due time itself stays the set-up's, as `desk triage` gives it.
    assert to_json(card, None, _WEDNESDAY)["deadline"] == _SET_UP.isoformat()


def test_a_hand_in_time_in_a_meeting_notice_is_overdue_once_passed(
    store: Store, clock: ManualClock
) -> None:
    notice = (
        "【会议通知】定于明天下午4:00召开全区防溺水工作视频会议。"
        "请各镇于明天下午3:40前报送参会人员名单。"
    )
    card = _card(store, clock, notice)
    assert card.deadline == _SET_UP
    said = to_json(card, None, _WEDNESDAY)["reasons"]
    assert "overdue by 17 h" in said
    assert not [r for r in said if "passed" in r or "began" in r]


def test_a_notice_every_unit_reported_on_is_not_printed_as_overdue() -> None:
    # From a tester: `desk inbox` printed "overdue by 1 d … (reported 8/8)" where the
    # window's card reads 已报齐 and no due time.
    units = ("竹溪村", "上坪村", "新街社区", "洄水湾村")
    late = DUE + timedelta(days=1, hours=1)
    card = replace(
        _row("请各村于今天下班前报送值班表"),
        tier=Tier.ACTION,
        deadline=DUE,
        reasons=(Reason.of("task_words"), Reason.of("deadline", when=DUE.isoformat())),
        roll_call=RollCall(units, units[:3]),
    )
    # One unit still to report: it is overdue, as the window says too.
    assert "overdue by 1 d 1 h" in to_json(card, None, late)["reasons"]
    assert "overdue by 1 d 1 h" in _card_line(card, late)
    full = replace(card, roll_call=RollCall(units, units))
    line = _card_line(full, late)
    assert "reported 4/4" in line and "overdue" not in line, line
    assert to_json(full, None, late)["reasons"] == ["asks for action"]
    # Said alike in the window, on the card and in the reading pane's reasons.
    assert not [r for r in reason_lines(full, SHANGHAI, late) if "overdue" in r]
    assert "overdue" not in summary(full, SHANGHAI, late)


def test_desk_inbox_says_whose_reports_it_counts_beside_the_user_s_own_unit() -> None:
    # The town's villages all in under the district's notice, the town's own report not:
    # "reported 4/4" beside "桐坪镇 not yet reported" read as both.
    villages = ("竹溪村", "上坪村", "新街社区", "洄水湾村")
    card = replace(
        _row("请各镇（街道）于周五前报送自查情况"),
        roll_call=RollCall(villages, villages, own="桐坪镇"),
    )
    line = _card_line(card, NOW)
    assert "(桐坪镇 not yet reported, reported by villages: 4/4)" in line, line
    towns = ("白鹭镇", "松岗镇", "桐坪镇")
    counted = replace(card, roll_call=RollCall(towns, towns[:2], own="桐坪镇"))
    assert "reported 2/3" in _card_line(counted, NOW)


def test_desk_inbox_says_a_due_time_days_off_by_its_weekday_and_days_left() -> None:
    # As the window's card does (see desk.core.due_days): a tester had to count the days.
    monday = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI)
    friday = datetime(2026, 12, 11, 17, 30, tzinfo=SHANGHAI)
    card = replace(
        _row("请各村于周五下班前报送值班表"),
        tier=Tier.ACTION,
        deadline=friday,
        reasons=(Reason.of("task_words"), Reason.of("deadline", when=friday.isoformat())),
    )
    assert "[asks for action, due Fri 12-11 17:30 · 4 days left]" in _card_line(card, monday)


def test_an_unconfirmed_ding_naming_no_time_says_by_when_to_confirm_it() -> None:
    # The banner said 应在 09:40 前确认; `desk inbox`, which a duty officer reads over a
    # remote shell, said nothing of it.
    ding = replace(
        _row("【DING】区防指：请各村立即排查辖区内危房，收到请回复。"),
        tier=Tier.URGENT,
        ding=True,
        pinned=True,
        ts=NOW - timedelta(minutes=20),
    )
    hour = timedelta(minutes=60)
    item = to_json(ding, None, NOW, hour)
    assert item["confirm_by"] == "2026-11-23T10:10:00+08:00"
    assert item["deadline"] is None, "the task's due time is not moved"
    assert "[Confirm by 10:10 · 40 min left" in _card_line(ding, NOW, within=hour)
    # Confirmed, or with the window turned off (0), nothing.
    confirmed = replace(ding, pinned=False)
    assert to_json(confirmed, None, NOW, hour)["confirm_by"] is None
    assert "Confirm by" not in _card_line(confirmed, NOW, within=hour)
    assert to_json(ding, None, NOW, None)["confirm_by"] is None


def test_desk_inbox_loads_none_of_qt_s_desktop_libraries() -> None:
    # Review: its words in the window's language loaded the side list's module, and with it
    # QtGui and QtWidgets, which a server with no desktop libraries (libEGL, libxkbcommon)
    # cannot load: `desk inbox` failed there before it parsed its arguments.
    code = (
        "import sys, desk.cli, desk.cli.inbox_cmd; "
        "print(sorted(m for m in ('PySide6.QtGui', 'PySide6.QtWidgets') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_the_search_s_help_says_the_order_it_lists_in(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A DING waiting for the user's confirmation leads a search, in the window and here;
    # --help still said notices with the words in their title came first.
    from desk import cli

    with pytest.raises(SystemExit):
        cli.main(["inbox", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "a DING waiting for your confirmation first, then notices and tasks" in shown, shown
