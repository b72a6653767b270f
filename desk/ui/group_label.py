"""A group's name as desk shows it, with whose it is where two accounts share a name. Qt
Core only: `desk inbox` words its cards with it, on servers without Qt's desktop libraries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def group_of_account(name: str, account: str) -> str:
    """A group's name with whose it is ("青石镇防汛应急指挥群（@hantao）"), where another
    account has a group of that name (see desk.core.group_names); as it is otherwise."""
    if not account:
        return name
    return (
        QCoreApplication.translate("Sidebar", "%1 (%2)", "group name (account)")
        .replace("%2", account)
        .replace("%1", name)
    )


def account_title(name: str, user_id: str) -> str:
    """An account as the user knows it: 刘敏（@liumin2:server）, or the user id alone before
    its display name is known. The Accounts dialog lists it so, the reply box names the
    account it sends from so."""
    if name and user_id and name != user_id:
        return (
            QCoreApplication.translate("Sidebar", "%1 (%2)", "user name (user id)")
            .replace("%2", user_id)
            .replace("%1", name)
        )
    return name or user_id
