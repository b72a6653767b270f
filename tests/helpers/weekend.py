"""A weekend's traffic for "what came while I was away": posts before the user left on
Friday, a notice forwarded into three groups and confirmed over the weekend, a task, and a
post after the return."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk.connectors.protocol import GroupInfo, IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI

# The conftest clock's Monday, 10:00; desk last in use on the Friday before.
FRIDAY_LEFT = datetime(2026, 11, 20, 18, 4, tzinfo=SHANGHAI)
MONDAY_BACK = datetime(2026, 11, 23, 8, 30, tzinfo=SHANGHAI)
NOTICE = "请各村于本周五下午5点前将秸秆禁烧巡查台账报镇农业办，逾期未报的将在全镇通报。"
FRIDAY_TASK = "请各村今天下午6点前把防汛值班表报镇应急办。"
SATURDAY_TASK = "@我 请明天上午10点前把人口普查入户进度报镇统计站"


def _message(n: int, group: str, sender: str, at: datetime, text: str) -> IncomingMessage:
    return IncomingMessage(
        remote_id=f"m{n}",
        group_id=group,
        sender_id=sender,
        sender_name=sender,
        sender_role=Role.ADMIN,
        ts=at,
        text=text,
        mentions_me="@我" in text,
    )


def weekend(store: Store, clock: ManualClock) -> InboxQueries:
    saturday = datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI)
    posts = (
        # Before the user left: already there on Friday.
        _message(0, "g1", "镇应急办", FRIDAY_LEFT - timedelta(minutes=30), FRIDAY_TASK),
        # One notice, forwarded into two more groups, each copy confirmed.
        _message(1, "g1", "镇农业办", saturday, NOTICE),
        _message(2, "g1", "甲", saturday + timedelta(minutes=1), "收到"),
        _message(3, "g3", "镇农业办", saturday + timedelta(minutes=2), f"转发：{NOTICE}"),
        _message(4, "g3", "乙", saturday + timedelta(minutes=3), "收到"),
        _message(5, "g2", "镇农业办", saturday + timedelta(minutes=4), f"【转】{NOTICE}"),
        _message(6, "g2", "丙", saturday + timedelta(minutes=5), "收到！"),
        _message(7, "g2", "镇统计站", saturday + timedelta(hours=2), SATURDAY_TASK),
        # After the return: no longer "while away".
        _message(8, "g3", "镇应急办", MONDAY_BACK + timedelta(minutes=1), FRIDAY_TASK + "！"),
    )
    batch = SyncBatch(
        next_cursor="weekend",
        groups=tuple(GroupInfo(g, f"{g}群") for g in ("g1", "g2", "g3")),
        messages=posts,
    )
    (account,) = ensure_default_account(store, clock)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    return InboxQueries(store.sessions)


def posted(store: Store, clock: ManualClock, at: datetime, text: str) -> None:
    """One more post, at `at`, in the weekend's first group."""
    (account,) = ensure_default_account(store, clock)
    batch = SyncBatch(
        next_cursor=f"at {at.isoformat()}",
        groups=(GroupInfo("g1", "g1群"),),
        messages=(_message(int(at.timestamp()), "g1", "镇应急办", at, text),),
    )
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
