"""Two accounts in one desk, both in the same rooms: whose each group is, where a name is
shared; nothing added with one account (IT tester: 青石镇防汛应急指挥群 listed twice)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.core import settings
from desk.core.group_names import account_names, shared_names, short_account
from desk.store import tables
from desk.store.inbox import InboxQueries, ViewKind
from desk.store.store import Store
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.sidebar import Sidebar

FLOOD = "青石镇防汛应急指挥群"


def _account(store: Store, user: str, rooms: dict[str, str]) -> int:
    with store.transaction() as session:
        account_id = int(
            session.execute(
                tables.accounts.insert().values(
                    kind="matrix", label=user, config={"user_id": user}, created_ms=0
                )
            ).inserted_primary_key[0]
        )
        for remote_id, name in rooms.items():
            session.execute(
                tables.groups.insert().values(account_id=account_id, remote_id=remote_id, name=name)
            )
        return account_id


def test_account_names_are_short_unless_two_are_alike() -> None:
    assert short_account("@hantao:synapse.local") == "@hantao"
    assert short_account("demo") == "demo"
    assert account_names([(1, "@a:x"), (2, "@b:x")]) == {1: "@a", 2: "@b"}
    assert account_names([(1, "@a:x"), (2, "@a:y")]) == {1: "@a:x", 2: "@a:y"}
    assert shared_names([("甲", 1), ("甲", 1), ("乙", 1), ("乙", 2)]) == {"乙"}


def test_one_account_is_unchanged(qtbot: QtBot, store: Store) -> None:
    _account(store, "@hantao:synapse.local", {"!flood:s": FLOOD, "!work:s": "工作群"})
    queries = InboxQueries(store.sessions)
    assert {g.account for g in queries.group_counts()} == {""}
    assert queries.group_accounts() == {}
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({ViewKind.ALL: 0}, queries.group_counts())
    groups = sidebar.topLevelItem(1)
    names = sorted(groups.child(i).text(0) for i in range(groups.childCount()))
    assert names == sorted([FLOOD, "工作群"])


def test_the_same_rooms_in_two_accounts_say_whose(qtbot: QtBot, store: Store) -> None:
    _account(store, "@hantao:synapse.local", {"!flood:s": FLOOD, "!work:s": "工作群"})
    _account(store, "@zhuren:synapse.local", {"!flood:s": FLOOD, "!own:s": "主任群"})
    queries = InboxQueries(store.sessions)
    whose = {(g.name, g.account) for g in queries.group_counts()}
    assert whose == {(FLOOD, "@hantao"), (FLOOD, "@zhuren"), ("工作群", ""), ("主任群", "")}

    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_counts({ViewKind.ALL: 0}, queries.group_counts())
    groups = sidebar.topLevelItem(1)
    items = [groups.child(i) for i in range(groups.childCount())]
    shown = sorted(item.text(0) for item in items)
    assert shown == sorted([f"{FLOOD} (@hantao)", f"{FLOOD} (@zhuren)", "工作群", "主任群"])
    tips = sorted(item.toolTip(0) for item in items if item.text(0).startswith(FLOOD))
    assert tips == [f"{FLOOD} (@hantao)", f"{FLOOD} (@zhuren)"]

    # Settings → Groups: a room both are in is one row (its rules are the room's; listed
    # twice, the second row's choice won), with no account to tell apart.
    groups_listed, _people = queries.directory()
    assert [g for g in groups_listed if g[1] == FLOOD] == [("!flood:s", FLOOD)]
    assert queries.group_accounts() == {}


def test_different_rooms_of_one_name_say_whose_in_the_settings(qtbot: QtBot, store: Store) -> None:
    _account(store, "@hantao:synapse.local", {"!flood-a:s": FLOOD})
    _account(store, "@zhuren:synapse.local", {"!flood-b:s": FLOOD})
    queries = InboxQueries(store.sessions)
    assert queries.group_accounts() == {"!flood-a:s": "@hantao", "!flood-b:s": "@zhuren"}
    groups, people = queries.directory()
    current = {s.name: s.default for s in settings.DECLARED}
    dialog = SettingsDialog(current, groups, people, [], group_accounts=queries.group_accounts())
    qtbot.addWidget(dialog)
    table = dialog.group_table
    shown = sorted(table.item(r, 0).text() for r in range(table.rowCount()))
    assert shown == [f"{FLOOD} (@hantao)", f"{FLOOD} (@zhuren)"]
