"""A notice replaced by a later one (a correction, a warning signal at another level)
moves to information, saying what replaced it; a tier the user set stays theirs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desk.connectors.protocol import (
    GroupInfo,
    IncomingMessage,
    MemberInfo,
    MessageEdit,
    Redaction,
    SyncBatch,
)
from desk.core.clock import ManualClock
from desk.core.escalation import LadderConfig
from desk.core.messages import Role, Tier
from desk.core.reasons import SUPERSEDED, as_shown, describe
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Message, from_ms
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI

_GROUPS = (
    GroupInfo(
        "g",
        "云岫区应急管理·防汛工作群",
        members=(MemberInfo("u1", "晏子墨", Role.OWNER), MemberInfo("u2", "贺春梅", Role.MEMBER)),
    ),
    GroupInfo("g2", "桐坪镇村（社区）联络群", members=(MemberInfo("u2", "贺春梅", Role.OWNER),)),
)
YELLOW = (
    "【暴雨黄色预警】预计今天傍晚到明天白天，我区北部山区有暴雨、局部大暴雨，累计雨量50-80毫米，"
    "最大小时雨强40毫米，伴有雷电和短时大风。\n请各村于今晚8点前将地灾隐患点和危房人员转移准备情况"
    "报镇应急办。"
)
ORANGE = (
    "【暴雨橙色预警】预计未来6小时内，北部山区将出现100毫米以上降雨，最大小时雨强60毫米以上，"
    "山洪、滑坡、泥石流风险极高。\n请各村（社区）于1小时内完成危险区域人员再排查，结果报镇应急办。"
)
MEETING = (
    "【会议通知】定于明天下午3:00召开全区防溺水工作视频会议。\n"
    "参会范围：各镇（街道）分管领导、社事办负责人、辖区中小学校长，在各自分会场参会。\n"
    "请各分会场于2:40前完成音视频调试，调试联系人：区政府办孟凡 6632 0051。"
)
MOVED = (
    "更正：明天全区防溺水工作视频会议时间调整为下午4:00，分会场调试时间相应调整为3:40前，其他不变。"
)


def _post(remote_id: str, at: datetime, body: str, group: str = "g") -> IncomingMessage:
    sender = ("u1", "晏子墨") if group == "g" else ("u2", "贺春梅")
    return IncomingMessage(remote_id, group, *sender, Role.OWNER, at, body)


def _row(store: Store, remote_id: str) -> Message:
    with store.sessions() as session:
        row = session.scalars(select(Message).where(Message.remote_id == remote_id)).one()
        session.expunge(row)
        return row


def _shown(row: Message) -> list[str]:
    """The card's reasons as `desk inbox` prints them."""
    from desk.core.messages import Reason

    reasons = [Reason.of(code, **args) for code, args in row.reasons]
    return [describe(r) for r in as_shown(reasons, "", None, Tier(row.tier).asks_action)]


def _account(store: Store, clock: ManualClock) -> tuple[int, Ingestor]:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    # The first sync (history), so that what comes next is news.
    ingestor.apply(account.id, SyncBatch("c0", _GROUPS, (_post("hi", clock.now(), "早上好"),)))
    return account.id, ingestor


def _meeting_and_news(store: Store, clock: ManualClock) -> tuple[int, Ingestor]:
    """A meeting notice and a piece of news, both information-worthy, posted now."""
    account, ingestor = _account(store, clock)
    chat = "【简报】本周全镇共排查地灾隐患点12处，均已落实监测人员。"
    ingestor.apply(
        account,
        SyncBatch(
            "c1",
            messages=(
                _post("meeting", clock.now(), MEETING),
                _post("news", clock.now(), chat, "g2"),
            ),
        ),
    )
    return account, ingestor


def _replaced_and_moved_back(
    store: Store, clock: ManualClock
) -> tuple[int, Ingestor, InboxQueries, int, int]:
    """The meeting notice corrected two hours on, then moved by the user to Action and
    back (its due time kept); the clock at the correction. With the news beside it."""
    account, ingestor = _meeting_and_news(store, clock)
    clock.advance(timedelta(hours=2))
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", clock.now(), MOVED),)))
    inbox = InboxQueries(store.sessions)
    meeting, news = _row(store, "meeting").id, _row(store, "news").id
    inbox.correct_tier(meeting, Tier.ACTION, clock.now())
    inbox.correct_tier(meeting, Tier.INFO, clock.now())
    return account, ingestor, inbox, meeting, news


def test_an_orange_warning_moves_the_yellow_one_to_information_saying_so(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("yellow", saturday, YELLOW, "g2"),)))
    # A yellow warning asking for a report by tonight is a task (blind set D3).
    assert _row(store, "yellow").tier == Tier.ACTION.value

    monday = saturday + timedelta(hours=35)
    clock.set(monday)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("orange", monday, ORANGE),)))

    old = _row(store, "yellow")
    assert old.tier == Tier.INFO.value
    assert old.deadline_ms is None  # overdue no more
    assert (old.text, old.read) == (YELLOW, False)  # kept as it was
    stamp = monday.strftime("%m-%d %H:%M")
    assert (
        _shown(old)[0] == f"replaced: see the orange warning in 云岫区应急管理·防汛工作群 {stamp}"
    )
    assert Tier(_row(store, "orange").tier).asks_action


def test_a_correction_in_the_same_batch_as_its_notice_moves_the_notice(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    first = clock.now() - timedelta(days=2)
    # The account's first sync brings both, the correction five hours after the notice.
    batch = SyncBatch(
        "c0",
        _GROUPS,
        (_post("moved", first + timedelta(hours=5), MOVED), _post("meeting", first, MEETING)),
    )
    ingestor.apply(account.id, batch)

    old = _row(store, "meeting")
    assert old.tier == Tier.INFO.value
    assert _shown(old)[0].startswith("corrected: see 云岫区应急管理·防汛工作群")
    assert _row(store, "moved").tier == Tier.ACTION.value


def test_a_tier_the_user_set_stays_when_a_later_notice_replaces_it(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    relay = _post("relay", saturday + timedelta(minutes=20), "转发：" + YELLOW)
    ingestor.apply(
        account, SyncBatch("c1", messages=(_post("yellow", saturday, YELLOW, "g2"), relay))
    )
    yellow = _row(store, "yellow")
    InboxQueries(store.sessions).correct_tier(yellow.id, Tier.URGENT, saturday)

    monday = saturday + timedelta(hours=35)
    clock.set(monday)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("orange", monday, ORANGE),)))

    # The card the user put in Urgent stays there, as they left it; its copy they did
    # not touch is replaced.
    old = _row(store, "yellow")
    assert old.tier == Tier.URGENT.value
    assert not _shown(old)[0].startswith("replaced")
    assert _row(store, "relay").tier == Tier.INFO.value
    assert _shown(_row(store, "relay"))[0].startswith("replaced: see the orange warning")


def test_a_copy_of_the_old_warning_delivered_after_the_new_one_is_replaced_too(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("yellow", saturday, YELLOW, "g2"),)))
    monday = saturday + timedelta(hours=35)
    clock.set(monday)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("orange", monday, ORANGE),)))

    # Passed on on Saturday, delivered only now (a server that was down).
    relayed = "转发：" + YELLOW
    clock.set(monday + timedelta(minutes=10))
    batch = SyncBatch("c3", messages=(_post("relay", saturday + timedelta(minutes=20), relayed),))
    ingestor.apply(account, batch)

    assert _row(store, "relay").cluster == "yellow"
    assert _row(store, "relay").tier == Tier.INFO.value
    assert _row(store, "yellow").tier == Tier.INFO.value


def _meeting_then_moved(store: Store, clock: ManualClock) -> tuple[int, Ingestor]:
    """The meeting notice, then its correction five hours later (news, not history)."""
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", saturday, MEETING),)))
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))
    assert _row(store, "meeting").tier == Tier.INFO.value
    return account, ingestor


def test_a_correction_its_sender_withdraws_brings_the_notice_back(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", saturday, MEETING),)))
    before = _row(store, "meeting")
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))
    assert _row(store, "meeting").tier == Tier.INFO.value

    # Sent in the wrong group, say: the meeting is at 3 pm after all.
    clock.set(later + timedelta(minutes=2))
    ingestor.apply(account, SyncBatch("c3", redactions=(Redaction("moved", "g"),)))

    back = _row(store, "meeting")
    assert (back.tier, back.deadline_ms) == (before.tier, before.deadline_ms)
    assert not any(line.startswith("corrected") for line in _shown(back))


def test_a_correction_withdrawn_in_the_batch_that_brought_it_replaces_nothing(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", saturday, MEETING),)))
    later = saturday + timedelta(hours=5)
    clock.set(later + timedelta(minutes=2))
    batch = SyncBatch(
        "c2", messages=(_post("moved", later, MOVED),), redactions=(Redaction("moved", "g"),)
    )
    ingestor.apply(account, batch)

    assert _row(store, "meeting").tier == Tier.ACTION.value


def test_a_correction_that_asks_nothing_leaves_the_task_where_it_is(
    store: Store, clock: ManualClock
) -> None:
    # One name changed on the duty roster: the correction is information, and must not
    # take the roster that asks the others to be there with it (the work would be nowhere).
    account, ingestor = _account(store, clock)
    thursday = clock.now()
    roster = (
        "关于元旦假期值班安排的通知\n12月31日：带班领导 周建国，值班人员 赵磊、张婷\n"
        "1月1日：带班领导 陈立新，值班人员 李明、郑凯\n"
        "1月2日：带班领导 王海涛，值班人员 吴敏、钱峰\n"
        "值班时间为当日8:30至次日8:30，请值班人员按时到岗，保持24小时通讯畅通，严格执行信息报送制度。"
    )
    change = (
        "【更正】元旦假期值班安排调整：1月2日值班人员钱峰因公出差，改由马腾值班，其余安排不变。"
    )
    ingestor.apply(account, SyncBatch("c1", messages=(_post("roster", thursday, roster),)))
    assert Tier(_row(store, "roster").tier).asks_action
    later = thursday + timedelta(hours=23)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("change", later, change),)))
    assert not Tier(_row(store, "change").tier).asks_action

    assert Tier(_row(store, "roster").tier).asks_action


def test_a_ding_still_waiting_says_it_was_replaced_and_stays_to_be_confirmed(
    store: Store, clock: ManualClock
) -> None:
    # The Ⅳ级 DING stood second in Urgent, overdue a day, beside the Ⅲ级 response that
    # replaced it, not saying so (a tester). A later notice does not confirm it for the
    # person: it keeps its tier (and its place at the top) with its ladder running, says
    # first that it was replaced, and is confirmed as any DING is.
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ding = IncomingMessage("meeting", "g", "u1", "晏子墨", Role.OWNER, saturday, MEETING, ding=True)
    ingestor.apply(account, SyncBatch("c1", messages=(ding,)))
    before = _row(store, "meeting")
    escalations = EscalationStore(store.sessions)
    escalations.start_new(clock.now(), LadderConfig(), False)
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))
    escalations.start_new(clock.now(), LadderConfig(), False)

    row = _row(store, "meeting")
    assert row.tier == before.tier
    assert _shown(row)[0].startswith("corrected: see 云岫区应急管理·防汛工作群")
    assert escalations.is_running(row.id)
    assert escalations.acknowledge(row.id, later) is not None
    assert not escalations.is_running(row.id)


def test_a_correction_of_its_figures_marks_the_task_corrected_where_it_stands(
    store: Store, clock: ManualClock
) -> None:
    # 更正：中午数字有误…326人 asks nothing itself: the progress report's 请各村抓紧
    # stays in To do, said to be corrected, not as if nothing changed its figures.
    account, ingestor = _account(store, clock)
    noon = clock.now()
    progress = (
        "【进度】截至今天中午12点，全镇已登记适龄女生312人，知情同意书回收268份，还差44份，"
        "请各村抓紧。"
    )
    fixed = (
        "更正：中午数字有误，新街社区漏报14人，全镇已登记适龄女生326人，知情同意书回收268份不变，"
        "还差58份。"
    )
    ingestor.apply(account, SyncBatch("c1", messages=(_post("progress", noon, progress),)))
    assert Tier(_row(store, "progress").tier).asks_action
    later = noon + timedelta(hours=3)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("fixed", later, fixed),)))

    row = _row(store, "progress")
    assert Tier(row.tier).asks_action
    assert _shown(row)[0].startswith("corrected: see 云岫区应急管理·防汛工作群")


def test_an_edit_of_a_notice_already_replaced_leaves_it_in_information(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _meeting_then_moved(store, clock)
    clock.set(clock.now() + timedelta(minutes=10))
    typo = MessageEdit("meeting", "g", "u1", MEETING.replace("孟凡", "孟帆"), clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(typo,)))

    old = _row(store, "meeting")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert any(line.startswith("corrected: see") for line in _shown(old))


def test_a_replaced_card_moved_back_to_action_keeps_its_due_time_and_stays(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", saturday, MEETING),)))
    due = _row(store, "meeting").deadline_ms
    assert due is not None
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))
    inbox = InboxQueries(store.sessions)
    weights_before = inbox.group_weights()

    # The user knows better (the correction was for another district): back to Action.
    correction = inbox.correct_tier(_row(store, "meeting").id, Tier.ACTION, later)

    back = _row(store, "meeting")
    assert (back.tier, back.deadline_ms) == (Tier.ACTION.value, due)
    # Not a misjudgement of triage's (it had the card in Action): nothing to learn.
    assert inbox.group_weights() == weights_before
    # Undone, and done again: back in information with no due time, then due again.
    assert correction is not None
    inbox.undo_correction(correction, later)
    assert (_row(store, "meeting").tier, _row(store, "meeting").deadline_ms) == ("info", None)
    inbox.correct_tier(_row(store, "meeting").id, Tier.ACTION, later)
    # A copy of the correction passed on later moves it no more.
    clock.set(later + timedelta(hours=1))
    relay = _post("relay", clock.now(), "转发：" + MOVED, "g2")
    ingestor.apply(account, SyncBatch("c3", messages=(relay,)))
    assert _row(store, "meeting").tier == Tier.ACTION.value


RELAY_WITH_TASK = (
    "转：明天下午3点全区防溺水工作视频会议，镇分会场在三楼视频会议室。\n"
    "各村（社区）不参会，但请会前把辖区河道、山塘、水库边的警示牌和救生圈再检查一遍，缺的报社事办。"
)


def test_a_relay_with_its_own_task_stays_asking_it_and_follows_the_meeting(
    store: Store, clock: ManualClock
) -> None:
    # The demo's m0170: a village task before the meeting, which the correction (m0194)
    # does not ask. In information it was in no card at all.
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    relay = _post("relay", saturday, RELAY_WITH_TASK, "g2")
    ingestor.apply(account, SyncBatch("c1", messages=(relay,)))
    before = _row(store, "relay")
    assert before.tier == Tier.ACTION.value and before.deadline_ms is not None
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))

    kept = _row(store, "relay")
    assert kept.tier == Tier.ACTION.value
    # Due before the meeting, which is an hour later now; and it says it was corrected.
    assert kept.deadline_ms == before.deadline_ms + 3_600_000
    shown = _shown(kept)
    # ...and its reasons give the meeting's new time, not 3 pm.
    assert f"at {from_ms(kept.deadline_ms).astimezone(SHANGHAI):%m-%d %H:%M}" in shown

    # Withdrawn, the correction moves nothing: the meeting is at 3 pm again.
    clock.set(later + timedelta(minutes=2))
    ingestor.apply(account, SyncBatch("c3", redactions=(Redaction("moved", "g"),)))
    back = _row(store, "relay")
    assert (back.tier, back.deadline_ms) == (before.tier, before.deadline_ms)
    assert not any(line.startswith("corrected") for line in _shown(back))


def _second_correction(later: datetime) -> IncomingMessage:
    """Another correction of MEETING, in the other group: the meeting at 4:30 now."""
    again = (
        "更正：明天全区防溺水工作视频会议时间再调整为下午4:30，分会场调试时间相应调整为4:10前，"
        "其他不变。"
    )
    return _post("again", later, again, "g2")


def test_a_notice_two_corrections_replace_stays_replaced_when_one_is_withdrawn(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _meeting_then_moved(store, clock)
    before = clock.now()
    later = before + timedelta(hours=1)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c3", messages=(_second_correction(later),)))
    assert _shown(_row(store, "meeting"))[0].startswith("corrected: see 云岫区应急管理·防汛工作群")

    # The first correction withdrawn: the second still moves the meeting, and is named.
    clock.set(later + timedelta(minutes=5))
    ingestor.apply(account, SyncBatch("c4", redactions=(Redaction("moved", "g"),)))
    old = _row(store, "meeting")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert _shown(old)[0] == f"corrected: see 桐坪镇村（社区）联络群 {later:%m-%d %H:%M}"

    # ...and withdrawn too, nothing replaces the notice: it asks again.
    clock.set(later + timedelta(minutes=6))
    ingestor.apply(account, SyncBatch("c5", redactions=(Redaction("again", "g2"),)))
    back = _row(store, "meeting")
    assert back.tier == Tier.ACTION.value and back.deadline_ms is not None
    assert not any(line.startswith("corrected") for line in _shown(back))


def test_withdrawing_the_later_of_two_corrections_leaves_the_first_named(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _meeting_then_moved(store, clock)
    first = _shown(_row(store, "meeting"))[0]
    later = clock.now() + timedelta(hours=1)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c3", messages=(_second_correction(later),)))
    ingestor.apply(account, SyncBatch("c4", redactions=(Redaction("again", "g2"),)))

    old = _row(store, "meeting")
    assert (old.tier, _shown(old)[0]) == (Tier.INFO.value, first)
    # ...and the first withdrawn as well, the notice is back.
    ingestor.apply(account, SyncBatch("c5", redactions=(Redaction("moved", "g"),)))
    assert _row(store, "meeting").tier == Tier.ACTION.value


def test_a_correction_edited_into_another_message_gives_the_notice_back(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", saturday, MEETING),)))
    before = _row(store, "meeting")
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED),)))

    # Its sender rewrote it into something else: the meeting was never moved.
    clock.set(later + timedelta(minutes=3))
    rewritten = "各位：周五下午的党员活动照常进行，请各支部书记组织本支部党员准时参加。"
    edit = MessageEdit("moved", "g", "u1", rewritten, clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(edit,)))

    back = _row(store, "meeting")
    assert (back.tier, back.deadline_ms) == (before.tier, before.deadline_ms)
    assert not any(line.startswith("corrected") for line in _shown(back))


def test_a_correction_edited_away_leaves_the_notice_to_the_other_correction(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _meeting_then_moved(store, clock)
    later = clock.now() + timedelta(hours=1)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c3", messages=(_second_correction(later),)))

    rewritten = "各位：周五下午的党员活动照常进行，请各支部书记组织本支部党员准时参加。"
    edit = MessageEdit("moved", "g", "u1", rewritten, later + timedelta(minutes=1), "e1")
    ingestor.apply(account, SyncBatch("c4", edits=(edit,)))

    old = _row(store, "meeting")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert _shown(old)[0] == f"corrected: see 桐坪镇村（社区）联络群 {later:%m-%d %H:%M}"


def test_an_edit_that_still_corrects_keeps_the_notice_replaced(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _meeting_then_moved(store, clock)
    clock.set(clock.now() + timedelta(minutes=3))
    fixed = MessageEdit(
        "moved", "g", "u1", MOVED.replace("其他不变", "其它不变"), clock.now(), "e1"
    )
    ingestor.apply(account, SyncBatch("c3", edits=(fixed,)))

    old = _row(store, "meeting")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert _shown(old)[0].startswith("corrected: see")


def _relay_then_moved(store: Store, clock: ManualClock) -> tuple[int, Ingestor, int]:
    """The relay with its own task, then the correction moving its meeting to 4 pm; and
    the relay's due time before the correction."""
    account, ingestor = _account(store, clock)
    saturday = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("relay", saturday, RELAY_WITH_TASK),)))
    due = _row(store, "relay").deadline_ms
    assert due is not None
    later = saturday + timedelta(hours=5)
    clock.set(later)
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", later, MOVED, "g2"),)))
    assert _row(store, "relay").deadline_ms == due + 3_600_000
    return account, ingestor, due


def test_a_correction_edited_to_another_time_moves_the_relays_task_with_it(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor, three_pm = _relay_then_moved(store, clock)
    clock.set(clock.now() + timedelta(minutes=3))
    five_pm = MOVED.replace("下午4:00", "下午5:00").replace("3:40前", "4:40前")
    ingestor.apply(
        account,
        SyncBatch("c3", edits=(MessageEdit("moved", "g2", "u2", five_pm, clock.now(), "e1"),)),
    )

    kept = _row(store, "relay")
    assert (kept.tier, kept.deadline_ms) == (Tier.ACTION.value, three_pm + 2 * 3_600_000)
    assert _shown(kept)[0].startswith("corrected: see 桐坪镇村（社区）联络群")


def test_a_relay_with_its_own_task_edited_still_follows_the_correction(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor, three_pm = _relay_then_moved(store, clock)
    clock.set(clock.now() + timedelta(minutes=3))
    typo = RELAY_WITH_TASK.replace("救生圈", "救生衣")
    ingestor.apply(
        account, SyncBatch("c3", edits=(MessageEdit("relay", "g", "u1", typo, clock.now(), "e1"),))
    )

    kept = _row(store, "relay")
    assert (kept.tier, kept.deadline_ms) == (Tier.ACTION.value, three_pm + 3_600_000)
    assert any(line.startswith("corrected: see") for line in _shown(kept))


def test_a_tier_set_on_a_relay_that_kept_its_task_is_a_tier_set(
    store: Store, clock: ManualClock
) -> None:
    # Never put in information by the correction, it is not "moved back" when the user
    # makes it urgent: their word on triage's tier, as on any card, due when the
    # correction made it; and as on any card, Urgent teaches nothing (the rules' alone).
    _account_id, _ingestor, three_pm = _relay_then_moved(store, clock)
    inbox = InboxQueries(store.sessions)
    weights_before = inbox.group_weights()

    inbox.correct_tier(_row(store, "relay").id, Tier.URGENT, clock.now())

    relay = _row(store, "relay")
    assert (relay.tier, relay.deadline_ms) == (Tier.URGENT.value, three_pm + 3_600_000)
    assert inbox.group_weights() == weights_before


CHAT = "各位领导辛苦了，今天的材料都已收齐，谢谢大家配合。"


def _edited_into(
    account: int, ingestor: Ingestor, clock: ManualClock, remote_id: str, text: str, arrives: str
) -> None:
    """The message `remote_id` of 贺春梅 in g2, posted as chit-chat five hours after the
    first post of the day, then edited by her into `text` three minutes later: in a later
    batch, or in the batch that brings it."""
    posted = clock.now() + timedelta(hours=5)
    clock.set(posted + timedelta(minutes=3))
    edit = MessageEdit(remote_id, "g2", "u2", text, clock.now(), "e1")
    chat = _post(remote_id, posted, CHAT, "g2")
    if arrives == "with its message":
        ingestor.apply(account, SyncBatch("c2", messages=(chat,), edits=(edit,)))
        return
    ingestor.apply(account, SyncBatch("c2", messages=(chat,)))
    ingestor.apply(account, SyncBatch("c3", edits=(edit,)))


@pytest.mark.parametrize("arrives", ["in a later batch", "with its message"])
def test_a_message_edited_into_a_correction_moves_the_relays_task_with_the_meeting(
    store: Store, clock: ManualClock, arrives: str
) -> None:
    # Posted as a correction, it moves the relay's due time an hour (see
    # _relay_then_moved); a chat its sender rewrote into one must do the same.
    account, ingestor = _account(store, clock)
    relay = _post("relay", clock.now(), RELAY_WITH_TASK)
    ingestor.apply(account, SyncBatch("c1", messages=(relay,)))
    three_pm = _row(store, "relay").deadline_ms
    assert three_pm is not None

    _edited_into(account, ingestor, clock, "moved", MOVED, arrives)

    kept = _row(store, "relay")
    assert (kept.tier, kept.deadline_ms) == (Tier.ACTION.value, three_pm + 3_600_000)
    assert _shown(kept)[0].startswith("corrected: see 桐坪镇村（社区）联络群")


def test_a_message_edited_into_a_correction_in_the_first_sync_moves_the_notice(
    store: Store, clock: ManualClock
) -> None:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    first = clock.now() - timedelta(days=2)
    later = first + timedelta(hours=5)
    # History: the notice, a chat, and the chat's edit into a correction of the notice.
    batch = SyncBatch(
        "c0",
        _GROUPS,
        (_post("meeting", first, MEETING), _post("moved", later, CHAT, "g2")),
        edits=(MessageEdit("moved", "g2", "u2", MOVED, later + timedelta(minutes=3), "e1"),),
    )
    ingestor.apply(account.id, batch)

    old = _row(store, "meeting")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert _shown(old)[0].startswith("corrected: see 桐坪镇村（社区）联络群")


def test_a_message_edited_into_a_correction_and_back_gives_the_notice_back(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    ingestor.apply(account, SyncBatch("c1", messages=(_post("meeting", clock.now(), MEETING),)))
    before = _row(store, "meeting")
    _edited_into(account, ingestor, clock, "moved", MOVED, "in a later batch")
    assert _row(store, "meeting").tier == Tier.INFO.value

    # Its sender thought better of it: the meeting was never moved.
    clock.set(clock.now() + timedelta(minutes=2))
    back_to_chat = MessageEdit("moved", "g2", "u2", CHAT, clock.now(), "e2")
    ingestor.apply(account, SyncBatch("c4", edits=(back_to_chat,)))

    back = _row(store, "meeting")
    assert (back.tier, back.deadline_ms) == (before.tier, before.deadline_ms)
    assert not any(line.startswith("corrected") for line in _shown(back))


BLUE = YELLOW.replace("黄色", "蓝色")


def test_a_blue_warning_edited_to_orange_replaces_the_older_blue_saying_orange(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    ingestor.apply(account, SyncBatch("c1", messages=(_post("blue", clock.now(), BLUE),)))
    assert Tier(_row(store, "blue").tier).asks_action
    # Posted as the same hazard's signal at the same level, it replaces nothing...
    _edited_into(
        account, ingestor, clock, "update", ORANGE.replace("橙色", "蓝色"), "in a later batch"
    )
    assert Tier(_row(store, "blue").tier).asks_action
    # ...until its sender corrects the level.
    clock.set(clock.now() + timedelta(minutes=2))
    orange = MessageEdit("update", "g2", "u2", ORANGE, clock.now(), "e2")
    ingestor.apply(account, SyncBatch("c4", edits=(orange,)))

    old = _row(store, "blue")
    assert (old.tier, old.deadline_ms) == (Tier.INFO.value, None)
    assert _shown(old)[0].startswith("replaced: see the orange warning in 桐坪镇村（社区）联络群")


LIFTED = (
    "【解除暴雨预警】我区北部山区降雨已明显减弱，区气象台解除暴雨黄色预警，"
    "请各村继续做好地灾隐患点巡查。"
)


@pytest.mark.parametrize(
    ("now_says", "shown"),
    [(ORANGE, "replaced: see the orange warning in"), (LIFTED, "lifted: see")],
    ids=["orange", "lifted"],
)
def test_a_warning_edited_to_another_level_names_it_on_the_one_it_replaced(
    store: Store, clock: ManualClock, now_says: str, shown: str
) -> None:
    account, ingestor = _account(store, clock)
    ingestor.apply(account, SyncBatch("c1", messages=(_post("yellow", clock.now(), YELLOW),)))
    later = clock.now() + timedelta(hours=5)
    clock.set(later)
    blue = _post("update", later, ORANGE.replace("橙色", "蓝色"), "g2")
    ingestor.apply(account, SyncBatch("c2", messages=(blue,)))
    assert _shown(_row(store, "yellow"))[0].startswith("replaced: see the blue warning")

    clock.set(later + timedelta(minutes=3))
    edit = MessageEdit("update", "g2", "u2", now_says, clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(edit,)))

    assert _shown(_row(store, "yellow"))[0].startswith(shown)


def test_a_warning_named_beside_another_says_its_new_level_once_that_one_is_withdrawn(
    store: Store, clock: ManualClock
) -> None:
    account, ingestor = _account(store, clock)
    start = clock.now()
    ingestor.apply(account, SyncBatch("c1", messages=(_post("yellow", start, YELLOW),)))
    # Blue, then red: the yellow names the blue, and the red beside it.
    blue = _post("blue", start + timedelta(hours=5), ORANGE.replace("橙色", "蓝色"), "g2")
    red = _post("red", start + timedelta(hours=6), ORANGE.replace("橙色", "红色"), "g2")
    clock.set(start + timedelta(hours=6))
    ingestor.apply(account, SyncBatch("c2", messages=(blue, red)))
    assert _shown(_row(store, "yellow"))[0].startswith("replaced: see the blue warning")

    # The red was meant to be orange; then the blue is withdrawn.
    clock.set(clock.now() + timedelta(minutes=3))
    orange = MessageEdit("red", "g2", "u2", ORANGE, clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(orange,)))
    ingestor.apply(account, SyncBatch("c4", redactions=(Redaction("blue", "g2"),)))

    assert _shown(_row(store, "yellow"))[0].startswith("replaced: see the orange warning")


def test_a_message_edited_into_a_correction_of_a_later_notice_replaces_nothing(
    store: Store, clock: ManualClock
) -> None:
    # A correction corrects what came before it: a chat of the morning rewritten in the
    # afternoon into the words of one must not take the afternoon's notice away.
    account, ingestor = _account(store, clock)
    chat = _post("moved", clock.now(), CHAT, "g2")
    ingestor.apply(account, SyncBatch("c1", messages=(chat,)))
    clock.set(clock.now() + timedelta(hours=5))
    meeting = _post("meeting", clock.now(), MEETING)
    ingestor.apply(account, SyncBatch("c2", messages=(meeting,)))
    before = _row(store, "meeting")

    clock.set(clock.now() + timedelta(minutes=3))
    rewritten = MessageEdit("moved", "g2", "u2", MOVED, clock.now(), "e1")
    ingestor.apply(account, SyncBatch("c3", edits=(rewritten,)))

    after = _row(store, "meeting")
    assert (after.tier, after.deadline_ms) == (before.tier, before.deadline_ms)
    assert not any(line.startswith("corrected") for line in _shown(after))


def test_a_replaced_notice_lists_below_the_rest_of_information(
    store: Store, clock: ManualClock
) -> None:
    # A new user found the top of 通知 a meeting notice since corrected, its meeting past.
    friday = clock.now()
    account, ingestor = _meeting_and_news(store, clock)
    clock.set(friday + timedelta(hours=2))
    ingestor.apply(account, SyncBatch("c2", messages=(_post("moved", clock.now(), MOVED),)))
    assert _row(store, "meeting").tier == Tier.INFO.value
    assert _row(store, "news").tier == Tier.INFO.value
    listed = InboxQueries(store.sessions).page(View(ViewKind.INFO)).ids
    meeting, news = _row(store, "meeting").id, _row(store, "news").id
    assert listed.index(news) < listed.index(meeting)


def test_a_replaced_notice_moved_to_action_and_back_stays_below_after_a_rerank(
    store: Store, clock: ManualClock
) -> None:
    # Moved to Action and back by the user, the card keeps its due time (tomorrow); the
    # rerank at the next start read no reasons for a time not yet passed and put the
    # replaced notice back on top of 通知.
    _account, _ingestor, inbox, meeting, news = _replaced_and_moved_back(store, clock)
    later = clock.now()
    listed = inbox.page(View(ViewKind.INFO)).ids
    assert listed.index(news) < listed.index(meeting)

    inbox.rerank(later + timedelta(minutes=5))

    listed = inbox.page(View(ViewKind.INFO)).ids
    assert listed.index(news) < listed.index(meeting)


def test_a_notice_the_user_put_in_information_leaves_the_foot_once_its_correction_goes(
    store: Store, clock: ManualClock
) -> None:
    # Moved to Action and back by the user, then its correction withdrawn (sent to the
    # wrong group): nothing says it was replaced any more, yet it stayed at the foot of
    # 通知, below the chatter of the day.
    account, ingestor, inbox, meeting, news = _replaced_and_moved_back(store, clock)
    later = clock.now()

    clock.set(later + timedelta(minutes=2))
    ingestor.apply(account, SyncBatch("c3", redactions=(Redaction("moved", "g"),)))

    back = _row(store, "meeting")
    assert back.tier == Tier.INFO.value
    assert not any(code in SUPERSEDED for code, _args in back.reasons)
    listed = inbox.page(View(ViewKind.INFO)).ids
    assert back.base_score > _row(store, "news").base_score
    assert listed.index(meeting) < listed.index(news)
