"""The built-in demo workspace's account: whether one is there, and taking it out.

Its messages are invented (a township's week of floods or of forest fires, by the season,
DINGs and all): the window says so while it is there, and adding a work account takes it
away, from the window and from `desk account add` alike (IT staff: a demo DING,
暴雨橙色预警…全体机关干部即刻取消休假, rang on a PC that had been given a real account from
the command line).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desk.store.models import Account, Message
from desk.store.store import Store

DEMO_KIND = "demo"
# The administrator's switch (desk.core.settings): false, desk never shows the demo.
DEMO_SETTING = "accounts.demo"


class Workspace(StrEnum):
    """What the inbox holds, for the window to say: the demo's invented messages (with or
    without a work account's), no account at all, or work accounts only."""

    DEMO = "demo"
    NO_ACCOUNT = "no_account"
    WORK = "work"


def has_demo(session: Session) -> bool:
    return bool(session.scalar(select(exists().where(Account.kind == DEMO_KIND))))


def workspace(session: Session) -> Workspace:
    if has_demo(session):
        return Workspace.DEMO
    if session.scalar(select(exists().where(Account.id.is_not(None)))):
        return Workspace.WORK
    return Workspace.NO_ACCOUNT


def demo_messages(store: Store) -> int:
    """How many messages the demo workspace holds (none where there is no demo)."""
    with store.sessions() as session:
        return int(
            session.scalar(
                select(func.count(Message.id))
                .join(Account, Account.id == Message.account_id)
                .where(Account.kind == DEMO_KIND)
            )
            or 0
        )


def remove_demo_accounts(store: Store) -> int:
    """Drops the demo workspace and its messages (their cards, DINGs and ladders go with
    them); returns how many demo accounts there were."""
    with store.transaction() as session:
        demos = list(session.scalars(select(Account).where(Account.kind == DEMO_KIND)))
        for account in demos:
            session.delete(account)
        return len(demos)
