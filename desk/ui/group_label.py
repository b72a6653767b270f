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
