"""The built-in demo workspace's account: whether one is there, and taking it out.

Its messages are invented (a township's week of floods or of forest fires, by the season,
DINGs and all): the window says so while it is there, and adding a work account takes it
away, from the window and from `desk account add` alike (IT staff: a demo DING,
暴雨橙色预警…全体机关干部即刻取消休假, rang on a PC that had been given a real account from
the command line).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import exists, func, select

from desk.store import tables
from desk.store.store import Store

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

DEMO_KIND = "demo"
# The administrator's switch (desk.core.settings): false, desk never shows the demo.
DEMO_SETTING = "accounts.demo"


class Workspace(StrEnum):
    """What the inbox holds, for the window to say: the demo's invented messages (with or
    without a work account's), no account at all, or work accounts only."""

    DEMO = "demo"
    NO_ACCOUNT = "no_account"
    WORK = "work"


def has_demo(session: Session | Connection) -> bool:
    return bool(session.scalar(select(exists().where(tables.accounts.c.kind == DEMO_KIND))))


def demo_account_ids(session: Session | Connection) -> frozenset[int]:
    """The demo's accounts: what they say where it alerts is marked (see desk.ui.demo_mark)."""
    found = session.scalars(select(tables.accounts.c.id).where(tables.accounts.c.kind == DEMO_KIND))
    return frozenset(found)


def workspace(session: Session | Connection) -> Workspace:
    if has_demo(session):
        return Workspace.DEMO
    if session.scalar(select(exists().where(tables.accounts.c.id.is_not(None)))):
        return Workspace.WORK
    return Workspace.NO_ACCOUNT


def demo_messages(store: Store) -> int:
    """How many messages the demo workspace holds (none where there is no demo)."""
    with store.sessions() as session:
        return int(
            session.scalar(
                select(func.count(tables.messages.c.id))
                .join(tables.accounts, tables.accounts.c.id == tables.messages.c.account_id)
                .where(tables.accounts.c.kind == DEMO_KIND)
            )
            or 0
        )


def remove_demo_accounts(store: Store) -> int:
    """Drops the demo workspace and its messages (their cards, DINGs and ladders go with
    them); returns how many demo accounts there were."""
    from desk.store.models import Account  # the ORM, after the first paint

    with store.transaction() as session:
        demos = list(session.scalars(select(Account).where(Account.kind == DEMO_KIND)))
        for account in demos:
            session.delete(account)
        return len(demos)
