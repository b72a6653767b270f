"""Telling apart groups of the same name in different accounts.

With two accounts in one desk, both in the same rooms, the sidebar, the settings and the
tooltips listed 青石镇防汛应急指挥群 twice with nothing to say whose each was (IT tester).
A name shared by more than one account is said with its account; with one account, or a
name no other account has, nothing changes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable


def short_account(label: str) -> str:
    """The account as the user knows it: a Matrix user id's local part ("@hantao" of
    "@hantao:synapse.local"), else the label as it is."""
    if label.startswith("@") and ":" in label:
        return label.split(":", 1)[0]
    return label


def shared_names(groups: Iterable[tuple[str, int]]) -> set[str]:
    """Of (group name, account id) pairs, the names found under more than one account."""
    accounts: defaultdict[str, set[int]] = defaultdict(set)
    for name, account in groups:
        accounts[name].add(account)
    return {name for name, held in accounts.items() if len(held) > 1}


def account_names(labels: Iterable[tuple[int, str]]) -> dict[int, str]:
    """Each account's short name (see short_account), the full label where two accounts'
    short names are the same (@hantao on two servers)."""
    listed = list(labels)
    short = {account: short_account(label) for account, label in listed}
    counts = Counter(short.values())
    return {
        account: (short[account] if counts[short[account]] == 1 else label)
        for account, label in listed
    }
