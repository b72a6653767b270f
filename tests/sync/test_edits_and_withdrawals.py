"""Edits applied in the order they were made, however late they arrive; a redacted edit
taken back; a withdrawn (撤回) message kept as a card that says so, its text gone."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, text

from desk.connectors.demo import LIVE_INTERVAL
from desk.connectors.protocol import (
    Attachment,
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
from desk.store.escalations import EscalationStore
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.models import Attachment as StoredAttachment
from desk.store.models import Message
from desk.store.notifications import NotificationLedger
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo
from tests.helpers.text_indexes import assert_indexes_hold_exactly_the_searchable

_GROUPS = (
    GroupInfo(
        "g",
        "镇防汛工作群",
        members=(MemberInfo("u1", "王五", Role.OWNER), MemberInfo("u2", "赵六", Role.MEMBER)),
    ),
    GroupInfo("g2", "村书记群", members=(MemberInfo("u2", "赵六", Role.MEMBER),)),
)
_TASK = "请各村于明天17点前报送防汛物资清单，逾期通报。"


def _post(
    remote_id: str, at: datetime, body: str = _TASK, *, group: str = "g", **extra: object
) -> IncomingMessage:
    sender = ("u1", "王五", Role.OWNER) if group == "g" else ("u2", "赵六", Role.MEMBER)
    return IncomingMessage(remote_id, group, *sender, at, body, **extra)  # type: ignore[arg-type]


def _edit(edit_id: str, at: datetime, body: str, target: str = "task") -> MessageEdit:
    return MessageEdit(target, "g", "u1", body, at, edit_id)


def _setup(store: Store, clock: ManualClock) -> tuple[int, Ingestor, InboxQueries, int]:
    """The account after its first sync, with _TASK posted since (read by the user)."""
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    old = _post("old", clock.now() - timedelta(days=1), "早上好")
    ingestor.apply(account.id, SyncBatch("c0", _GROUPS, (old,)))
    ingestor.apply(account.id, SyncBatch("c1", messages=(_post("task", clock.now()),)))
    queries = InboxQueries(store.sessions)
    task_id = _id(store, "task")
    queries.set_read([task_id], True)
    return account.id, ingestor, queries, task_id


def _id(store: Store, remote_id: str) -> int:
    with store.sessions() as session:
        return session.scalars(select(Message.id).where(Message.remote_id == remote_id)).one()


def _two_edits(now: datetime) -> tuple[MessageEdit, MessageEdit]:
    """Two edits of the task's due time, a minute and two after `now`."""
    return (
        _edit("$e1", now + timedelta(minutes=1), _TASK.replace("明天17点", "明天16点")),
        _edit("$e2", now + timedelta(minutes=2), _TASK.replace("明天17点", "明天15点")),
    )


def _search(queries: InboxQueries, needle: str) -> list[int]:
    return queries.page(View(ViewKind.ALL, None, needle)).ids


def test_an_older_edit_arriving_in_a_later_batch_leaves_the_newer_one(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    older, newer = _two_edits(clock.now())
    ingestor.apply(account_id, SyncBatch("c2", edits=(newer,)))
    # After an offline gap the server back-fills the first edit, made a minute before.
    result = ingestor.apply(account_id, SyncBatch("c3", edits=(older,)))
    row = queries.row(task_id)
    assert row is not None and "明天15点" in row.text
    assert result.changed_messages == 0
    assert _search(queries, "明天16点") == []


def test_a_redacted_edit_reverts_to_the_text_first_posted(store: Store, clock: ManualClock) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    now = clock.now()
    urgent = _edit("$e1", now + timedelta(minutes=1), "【紧急】" + _TASK.replace("明天", "今晚"))
    ingestor.apply(account_id, SyncBatch("c2", edits=(urgent,)))
    row = queries.row(task_id)
    assert row is not None and row.tier is Tier.URGENT and row.text.startswith("【紧急】")
    # The sender takes the edit back (Element: edit history → remove).
    ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("$e1", "g"),)))
    row = queries.row(task_id)
    assert row is not None and row.text == _TASK
    assert row.tier is not Tier.URGENT
    assert _search(queries, "紧急") == []
    assert _search(queries, "防汛物资") == [task_id]
    # A later edit applies as a first one would, and can be taken back in its turn.
    again = _edit("$e3", now + timedelta(minutes=3), _TASK.replace("清单", "清单表"))
    ingestor.apply(account_id, SyncBatch("c4", edits=(again,)))
    ingestor.apply(account_id, SyncBatch("c5", redactions=(Redaction("$e3", "g"),)))
    row = queries.row(task_id)
    assert row is not None and row.text == _TASK
    assert_indexes_hold_exactly_the_searchable(store)


def test_a_redacted_edit_that_was_never_applied_changes_nothing(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    first, second = _two_edits(clock.now())
    ingestor.apply(account_id, SyncBatch("c2", edits=(second, first)))
    result = ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("$e1", "g"),)))
    row = queries.row(task_id)
    assert row is not None and "明天15点" in row.text
    assert result.changed_messages == 0


def test_a_withdrawn_unread_ding_leaves_a_trace_in_its_group_and_asks_nothing(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, _task_id = _setup(store, clock)
    ding = _post("ding", clock.now(), "【DING】各村书记30分钟内到岗，回复收到", ding=True)
    chat = _post("chat", clock.now() - timedelta(minutes=5), "今晚食堂有红烧肉")
    ingestor.apply(account_id, SyncBatch("c2", messages=(chat, ding)))
    ding_id = _id(store, "ding")
    ladders = EscalationStore(store.sessions)
    assert ladders.start_new(clock.now(), LadderConfig(), urgent_items=True) == 1
    view = View(ViewKind.ALL)
    before = queries.page(view).ids
    unread = queries.view_counts()
    assert unread[ViewKind.URGENT] == 1 and ladders.running(clock.now())

    recalled_at = clock.now() + timedelta(minutes=1)
    clock.advance(timedelta(minutes=2))
    ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("ding", "g", recalled_at),)))

    # Never read, it was never anything to the user: out of the inbox's views, a trace
    # in its group and in Noise, as a chat shows one.
    assert queries.page(view).ids == [i for i in before if i != ding_id]
    row = queries.row(ding_id)
    assert row is not None and ding_id in queries.page(View(ViewKind.GROUP, row.group_id)).ids
    assert ding_id in queries.page(View(ViewKind.NOISE)).ids
    assert row is not None and row.withdrawn == recalled_at
    assert (row.text, row.read, row.pinned, row.ding, row.deadline) == (
        "",
        True,
        False,
        False,
        None,
    )
    # Counted nowhere, and its ladder ends: no round starts another.
    assert queries.view_counts()[ViewKind.URGENT] == 0
    assert queries.view_counts()[ViewKind.ALL] == unread[ViewKind.ALL] - 1
    assert ladders.running(clock.now()) == []
    assert ladders.start_new(clock.now(), LadderConfig(), urgent_items=True) == 0
    assert ding_id not in {c.message_id for c in NotificationLedger(store.sessions).undecided()}
    # Its words are gone from the row and from both text indexes.
    assert _search(queries, "到岗") == [] and _search(queries, "书记") == []
    with store.sessions() as session:
        stored = session.execute(
            text("SELECT text, original_text FROM messages WHERE id = :id"), {"id": ding_id}
        ).one()
    assert tuple(stored) == ("", None)
    assert_indexes_hold_exactly_the_searchable(store)
    # An edit of it afterwards (late, or forged) does not bring words back.
    late = MessageEdit("ding", "g", "u1", "各村书记到岗", clock.now(), "$late")
    ingestor.apply(account_id, SyncBatch("c4", edits=(late,)))
    row = queries.row(ding_id)
    assert row is not None and row.text == ""


def test_an_edited_message_withdrawn_keeps_no_text_of_either_version(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    edit = _edit("$e1", clock.now() + timedelta(minutes=1), _TASK.replace("清单", "明细"))
    ingestor.apply(account_id, SyncBatch("c2", edits=(edit,)))
    ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("task", "g"),)))
    with store.sessions() as session:
        row = session.get_one(Message, task_id)
        assert (row.text, row.original_text, row.edit_id) == ("", None, None)
    # The edit's own redaction, coming after, finds nothing to revert to.
    ingestor.apply(account_id, SyncBatch("c4", redactions=(Redaction("$e1", "g"),)))
    found = queries.row(task_id)
    assert found is not None and found.text == "" and found.withdrawn is not None


def test_a_withdrawn_file_takes_its_stored_attachment_with_it(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, _task_id = _setup(store, clock)
    file = Attachment("file", "mxc://town/abc", "转移名单.xlsx")
    ingestor.apply(
        account_id,
        SyncBatch(
            "c2", messages=(_post("file", clock.now(), "[文件] 转移名单.xlsx", attachment=file),)
        ),
    )
    file_id = _id(store, "file")
    assert queries.attachment(file_id) is not None
    ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("file", "g"),)))
    assert queries.attachment(file_id) is None
    with store.sessions() as session:
        assert session.scalars(select(StoredAttachment)).all() == []


def test_a_withdrawn_copy_stays_in_its_group_not_as_a_new_card(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    copy = _post("copy", clock.now() + timedelta(minutes=3), "转发：" + _TASK, group="g2")
    ingestor.apply(account_id, SyncBatch("c2", messages=(copy,)))
    row = queries.row(task_id)
    assert row is not None and row.also_in == ("村书记群",)
    all_view = queries.page(View(ViewKind.ALL)).ids
    ingestor.apply(account_id, SyncBatch("c3", redactions=(Redaction("copy", "g2"),)))
    row = queries.row(task_id)
    assert row is not None and row.also_in == ()
    assert queries.page(View(ViewKind.ALL)).ids == all_view
    copy_id = _id(store, "copy")
    with store.sessions() as session:
        group_id = session.get_one(Message, copy_id).group_id
    assert copy_id in queries.page(View(ViewKind.GROUP, group_id)).ids
    withdrawn = queries.row(copy_id)
    assert withdrawn is not None and withdrawn.withdrawn is not None and withdrawn.text == ""


def test_a_forward_of_a_withdrawn_notice_is_a_card_of_its_own(
    store: Store, clock: ManualClock
) -> None:
    # A relay of the notice arriving after it was withdrawn must not fold into a card that
    # says nothing, out of sight.
    account_id, ingestor, queries, task_id = _setup(store, clock)
    ingestor.apply(account_id, SyncBatch("c2", redactions=(Redaction("task", "g"),)))
    relay = _post("relay", clock.now() + timedelta(minutes=2), "转发：" + _TASK, group="g2")
    ingestor.apply(account_id, SyncBatch("c3", messages=(relay,)))
    relay_id = _id(store, "relay")
    ids = queries.page(View(ViewKind.ALL)).ids
    assert relay_id in ids and task_id in ids
    row = queries.row(relay_id)
    assert row is not None and row.cluster is None and not row.read


def test_the_demo_workspace_withdraws_and_edits_as_its_groups_do(
    store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = InboxQueries(store.sessions)
    recalled = queries.row(_id(store, "m0464"))
    assert recalled is not None and recalled.withdrawn is not None and recalled.text == ""
    assert _search(queries, "转移80人") == []

    # The live pool's last four: a report and its edit, a message and its withdrawal,
    # which a sync after seven minutes brings in one batch.
    pool = 70
    clock.advance(LIVE_INTERVAL * pool)
    sync_demo(store, clock)
    report = queries.row(_id(store, f"live-{pool - 4}"))
    assert report is not None and report.text == "杨梅岭村又转移3户7人，累计转移23人，安置点1个"
    parked = queries.row(_id(store, f"live-{pool - 2}"))
    assert parked is not None and parked.withdrawn is not None and parked.text == ""


def test_a_withdrawn_card_the_user_had_read_stays_in_its_view_below_what_still_asks(
    store: Store, clock: ManualClock
) -> None:
    account_id, ingestor, queries, _task_id = _setup(store, clock)
    urgent = _post("alarm", clock.now(), "【紧急】凤鸣河水位超警戒，沿河各村立即组织转移！")
    slide = "【紧急】石门坎村山体滑坡，立即封路！"
    later = _post("alarm2", clock.now() + timedelta(minutes=1), slide)
    ingestor.apply(account_id, SyncBatch("c2", messages=(urgent, later)))
    # The later alarm, read, is the one withdrawn: it ranked first.
    alarm_id, other_id = _id(store, "alarm2"), _id(store, "alarm")
    queries.set_read([alarm_id], True)
    view = View(ViewKind.URGENT)
    assert queries.page(view).ids == [alarm_id, other_id]

    gone = Redaction("alarm2", "g", clock.now() + timedelta(minutes=2))
    ingestor.apply(account_id, SyncBatch("c3", redactions=(gone,)))

    # Still where the user read it, in Urgent, but under the alarm that still stands.
    assert queries.page(view).ids == [other_id, alarm_id]
    row = queries.row(alarm_id)
    assert row is not None and row.withdrawn is not None and row.tier is Tier.URGENT
    assert queries.view_counts()[ViewKind.URGENT] == 1


def test_a_message_an_edit_makes_unread_while_shift_c_steps_stays_unread(
    store: Store, clock: ManualClock
) -> None:
    # From review: a meeting moved to today, unread again as 发送人已修改, was marked read
    # by a later step of the mark under way.
    account_id, ingestor, queries, _task_id = _setup(store, clock)
    chats = tuple(
        _post(f"c{i}", clock.now() + timedelta(seconds=i), f"今天第{i}次巡查，一切正常")
        for i in range(3)
    )
    meeting = "周五下午三点在村委会开会，讨论冬季征兵。"
    notice = _post("n2", clock.now() + timedelta(seconds=10), meeting, group="g2")
    ingestor.apply(account_id, SyncBatch("c2", messages=(*chats, notice)))
    moved = _id(store, "n2")
    queries.set_read([moved], True)
    mark = queries.view_read_mark(View(ViewKind.ALL), step_rows=1)
    mark.begin(clock.now())
    badge = queries.view_counts()[ViewKind.ALL]
    mark.step()  # under way, in the first group
    today = "今天下午三点在村委会开会，讨论冬季征兵，务必参加！"
    edit = MessageEdit("n2", "g2", "u2", today, clock.now() + timedelta(minutes=1), "$x")
    ingestor.apply(account_id, SyncBatch("c3", edits=(edit,)))
    row = queries.row(moved)
    assert row is not None and not row.read
    while not mark.step().finished:
        pass
    row = queries.row(moved)
    assert row is not None and not row.read
    assert moved not in mark.marked.ids
    # What it marked, counted as the badge counts: all it had, but the card edited since.
    assert mark.marked.rows == badge - queries.view_counts()[ViewKind.ALL] + 1
    # Taken back, its progress still counts as the mark did: the badge's cards, else (All's
    # cards all read, the chit-chat Noise lists marked with them) every message.
    counted = mark.marked.rows or len(mark.marked.ids)
    while not (progress := mark.unmark_step()).finished:
        assert progress.marked + progress.left == counted
    assert (progress.marked, progress.left) == (counted, 0)


def test_a_withdrawn_card_marked_unread_stays_read(store: Store, clock: ManualClock) -> None:
    account_id, ingestor, queries, task_id = _setup(store, clock)
    ingestor.apply(account_id, SyncBatch("c2", redactions=(Redaction("task", "g", clock.now()),)))
    queries.set_read([task_id], False)  # `u`, or Ctrl+Z of reading it
    row = queries.row(task_id)
    assert row is not None and row.withdrawn is not None and row.read


def test_an_older_edit_turned_away_leaves_the_notices_tier_to_its_forwards(
    store: Store, clock: ManualClock
) -> None:
    # Triage judges a batch's edits before applying them; one turned away (older than
    # the edit applied) had left it remembering the notice's tier from a text the message
    # never said, and a forward arriving next took that calmer tier.
    account_id, ingestor, _queries, _task_id = _setup(store, clock)
    now = clock.now()
    urgent = _edit("$e2", now + timedelta(minutes=2), "【紧急】" + _TASK.replace("明天", "今晚"))
    ingestor.apply(account_id, SyncBatch("c2", edits=(urgent,)))
    calm = _edit("$e1", now + timedelta(minutes=1), _TASK.replace("清单", "清单表"))
    ingestor.apply(account_id, SyncBatch("c3", edits=(calm,)))
    forward = _post("fwd", now + timedelta(minutes=5), "转发：" + _TASK, group="g2")
    ingestor.apply(account_id, SyncBatch("c4", messages=(forward,)))
    with store.sessions() as session:
        tier, cluster = session.execute(
            select(Message.tier, Message.cluster).where(Message.remote_id == "fwd")
        ).one()
    assert (tier, cluster) == (Tier.URGENT.value, "task")


def test_a_message_a_group_admin_removed_says_who_removed_it(
    store: Store, clock: ManualClock
) -> None:
    # 张三撤回了一条消息 put the admin's act on the member who posted it.
    account_id, ingestor, queries, _task_id = _setup(store, clock)
    reply = _post("reply", clock.now(), "我们村的表格发错了，稍后重发", group="g2")
    mine = _post("mine", clock.now(), "这条发错群了", group="g2", from_me=True)
    own = _post("own", clock.now(), "赵六自己撤回的一条")
    ingestor.apply(account_id, SyncBatch("c2", messages=(reply, mine, own)))
    with store.transaction() as session:
        session.execute(text("UPDATE accounts SET config = json_object('user_id', 'me')"))
    later = clock.now() + timedelta(minutes=1)
    removals = (
        Redaction("reply", "g2", later, "u1", "王五"),
        Redaction("mine", "g2", later, "u1", "王五"),
        Redaction("own", "g", later, "u1", "王五"),
    )
    ingestor.apply(account_id, SyncBatch("c3", redactions=removals))
    said = {
        remote_id: [r.code for r in row.reasons]
        for remote_id in ("reply", "mine", "own")
        if (row := queries.row(_id(store, remote_id))) is not None and row.withdrawn
    }
    assert said == {"reply": ["removed_by"], "mine": ["from_you", "removed_by"], "own": []}
    row = queries.row(_id(store, "reply"))
    assert row is not None and row.reasons[0].arg("name") == "王五"
    # The user, as the group's admin, removing a member's message.
    by_me = _post("noise", clock.now(), "哈哈", group="g2")
    ingestor.apply(account_id, SyncBatch("c4", messages=(by_me,)))
    ingestor.apply(account_id, SyncBatch("c5", redactions=(Redaction("noise", "g2", later, "me"),)))
    row = queries.row(_id(store, "noise"))
    assert row is not None and [r.code for r in row.reasons] == ["removed_by_you"]


def test_a_withdrawn_task_the_user_had_read_lists_below_every_task_still_open(
    store: Store, clock: ManualClock
) -> None:
    # Action lists tasks due later than a week, then those long overdue, far below any
    # untimed task: a withdrawn card, which asks nothing, stood above them.
    account_id, ingestor, queries, task_id = _setup(store, clock)
    later = _post("later", clock.now(), "请各村于12月31日17点前报送年度总结。")
    overdue = _post("overdue", clock.now() - timedelta(days=3), _TASK)
    ingestor.apply(account_id, SyncBatch("c2", messages=(later, overdue)))
    later_id, overdue_id = _id(store, "later"), _id(store, "overdue")
    view = View(ViewKind.ACTION)
    assert queries.page(view).ids == [task_id, later_id, overdue_id]

    gone = Redaction("task", "g", clock.now() + timedelta(minutes=2))
    ingestor.apply(account_id, SyncBatch("c3", redactions=(gone,)))

    row = queries.row(task_id)
    assert row is not None and row.withdrawn is not None and row.tier is Tier.ACTION
    assert queries.page(view).ids == [later_id, overdue_id, task_id]
