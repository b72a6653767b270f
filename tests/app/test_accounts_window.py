"""desk → Accounts…: each account and its state, removing one from the window (asked
first, off the GUI thread, its sync ended, the inbox re-read, a server out of reach
said), and the reply box naming the account a reply goes from."""

from __future__ import annotations

import socket
import threading
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk.app.accounts_flow import open_accounts
from desk.app.sync_host import SyncHost
from desk.core.clock import ManualClock
from desk.store import tables
from desk.store.credentials import CredentialStore
from desk.store.inbox import InboxQueries
from desk.store.kept_marks import owner_of
from desk.store.models import Account
from desk.store.store import Store
from desk.store.text_index import index_new
from desk.sync.replies import ReplyOutbox
from desk.sync.status import AccountStatuses, SyncState, SyncStatus
from desk.sync.worker import SyncWorker
from desk.ui.accounts_dialog import AccountsDialog
from desk.ui.ops import StoreOps
from desk.ui.reply_box import ReplyBox
from tests.conftest import SHANGHAI


def _free_port() -> int:
    """A loopback port nothing listens on: a server out of reach, refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _matrix(store: Store, user: str, name: str, server: str, messages: int = 0) -> int:
    """A Matrix account with a group and `messages` read messages in it."""
    with store.transaction() as session:
        account = Account(
            kind="matrix",
            label=user,
            config={"homeserver": server, "user_id": user, "me_name": name},
            created_ms=0,
        )
        session.add(account)
        session.flush()
        account_id = account.id
        group_id = session.execute(
            tables.groups.insert().values(
                account_id=account_id, remote_id=f"!work-{account_id}:s", name="桐坪镇工作群"
            )
        ).inserted_primary_key[0]
        for n in range(messages):
            session.execute(
                tables.messages.insert().values(
                    account_id=account_id,
                    remote_id=f"$m{n}-{account_id}",
                    group_id=group_id,
                    sender_id="@wang:s",
                    sender_name="王五",
                    sender_role="member",
                    ts_ms=1_795_000_000_000 + n,
                    text=f"通知 {n}",
                    tier="info",
                    tier_rank=2,
                    read=True,
                )
            )
        # As ingest stores them: searchable (removing takes them out of the text indexes).
        index_new(
            session.connection(), account_id, [f"$m{n}-{account_id}" for n in range(messages)]
        )
    return account_id


def _statuses(clock: ManualClock, *each: tuple[int, str, SyncStatus]) -> SyncStatus:
    kept = AccountStatuses()
    shown = None
    for account_id, label, status in each:
        shown = kept.set(account_id, label, status)
    assert shown is not None
    return shown


class _Host(SyncHost):
    """The app's host of the sync worker, over a worker the test made (see desk.app.gui)."""

    def __init__(self, worker: SyncWorker | None) -> None:
        super().__init__(lambda: worker)  # type: ignore[arg-type,return-value]
        self._worker = worker
        self.restarts = 0

    def restart(self) -> None:
        self.restarts += 1


def _open(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    sync: SyncHost,
    status: SyncStatus | None,
    relay: Any = None,
) -> tuple[AccountsDialog, list[str]]:
    from desk.app.desk_app import SyncRelay

    refreshed: list[str] = []
    relay = relay or SyncRelay()
    dialog = open_accounts(
        None,  # type: ignore[arg-type]
        store,
        SHANGHAI,
        clock,
        sync,
        status,
        relay.status,
        lambda _parent, _again, _i: None,
        lambda: refreshed.append("inbox"),
    )
    qtbot.addWidget(dialog)
    return dialog, refreshed


def _shown(dialog: AccountsDialog) -> list[list[str]]:
    return [
        [dialog.list.topLevelItem(r).text(c) for c in range(4)]
        for r in range(dialog.list.topLevelItemCount())
    ]


def test_the_accounts_are_listed_each_with_its_state_in_words(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://im.tongping.gov.cn")
    hantao = _matrix(store, "@hantao:synapse.local", "韩涛", "http://synapse.local:8008")
    synced = clock.now().replace(hour=8, minute=30)
    status = _statuses(
        clock,
        (liumin, "@liumin2", SyncStatus(SyncState.UP_TO_DATE, synced)),
        (hantao, "@hantao", SyncStatus(SyncState.UP_TO_DATE, synced - timedelta(minutes=5))),
        (hantao, "@hantao", SyncStatus(SyncState.OFFLINE, clock.now(), "network", 30)),
    )
    dialog, _ = _open(qtbot, store, clock, _Host(None), status)
    assert _shown(dialog) == [
        ["刘敏", "@liumin2:tongping.gov.cn", "https://im.tongping.gov.cn", "Up to date · 08:30"],
        [
            "韩涛",
            "@hantao:synapse.local",
            "http://synapse.local:8008",
            "Offline (no connection to the server), last synced 08:25",
        ],
    ]
    # 重新登录 is for a refused sign-in only; then it is offered, for that account.
    assert not dialog.again_button.isEnabled()
    asked: list[int] = []
    dialog.signInAgainRequested.connect(asked.append)
    dialog.set_status(
        _statuses(
            clock,
            (liumin, "@liumin2", SyncStatus(SyncState.SIGN_IN, clock.now(), "unknown_token")),
            (hantao, "@hantao", SyncStatus(SyncState.SYNCING, clock.now())),
        )
    )
    assert [row[3] for row in _shown(dialog)] == ["Sign-in no longer valid", "Syncing…"]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.again_button.isEnabled()
    dialog.again_button.click()
    assert asked == [liumin]


def test_the_demo_workspace_is_listed_and_removable_only_beside_a_work_account(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    with store.transaction() as session:
        session.add(Account(kind="demo", label="demo", config={}, created_ms=0))
    dialog, _ = _open(qtbot, store, clock, _Host(None), None)
    assert _shown(dialog) == [["Demo workspace", "", "", "Built in: its messages are invented"]]
    # Alone, removing it brings it back at the next start: not offered, and said why.
    assert not dialog.remove_button.isEnabled()
    assert "Add your work account first" in dialog.remove_button.toolTip()
    _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://im.tongping.gov.cn")
    dialog.set_accounts(dialog._read_accounts())
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert dialog.remove_button.isEnabled()


def _answer(qtbot: QtBot, dialog: AccountsDialog, words: str) -> str:
    """Presses the question's button `words`; what the question said."""
    qtbot.waitUntil(lambda: dialog.asking is not None and dialog.asking.isVisible())
    asking = dialog.asking
    assert asking is not None
    said = f"{asking.text()}\n{asking.informativeText()}"
    (button,) = [b for b in asking.buttons() if b.text() == words]
    button.click()
    return said


def test_removing_asks_first_then_removes_it_and_its_sync_ends_at_once(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    from desk.app.desk_app import SyncRelay

    port = _free_port()
    server = f"http://127.0.0.1:{port}"
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", server, messages=3)
    hantao = _matrix(store, "@hantao:tongping.gov.cn", "韩涛", server, messages=2)
    for account_id in (liumin, hantao):
        CredentialStore(store).save(account_id, {"access_token": f"token-{account_id}"})
    owner = owner_of("matrix", {"homeserver": server, "user_id": "@liumin2:tongping.gov.cn"})
    relay = SyncRelay()
    seen: list[SyncStatus] = []
    offline = {liumin: threading.Event(), hantao: threading.Event()}

    def status(said: SyncStatus) -> None:
        seen.append(said)
        for account_id, each in said.accounts:
            if each.state is SyncState.OFFLINE:
                offline[account_id].set()
        relay.status.emit(said)

    # The real worker, syncing both against a server out of reach: each is offline.
    worker = SyncWorker(store, clock, SHANGHAI, status, lambda _r: None, poll_wait_s=0.01)
    worker.start()
    host = _Host(worker)
    try:
        assert offline[liumin].wait(30) and offline[hantao].wait(30)
        dialog, refreshed = _open(qtbot, store, clock, host, seen[-1], relay)
        qtbot.waitUntil(lambda: len(_shown(dialog)) == 2)
        dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
        # Cancel removes nothing.
        dialog.remove_button.click()
        _answer(qtbot, dialog, "Cancel")
        assert len(_shown(dialog)) == 2 and not dialog.progress.isVisible()
        dialog.remove_button.click()
        said = _answer(qtbot, dialog, "Remove")
        assert "Remove 刘敏 (@liumin2:tongping.gov.cn) from desk?" in said
        assert "Its 3 message(s) are deleted from this computer" in said
        assert f"signed out of the account on the server {server}" in said
        assert "comes back if you add the same user on the same server again" in said
        # Busy while the server is asked, off the GUI thread.
        assert dialog.progress.isVisible() and not dialog.remove_button.isEnabled()
        qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
        # Nothing listens there: removed all the same, and said so.
        assert "could not be signed out on the server" in dialog.note.text()
        assert "刘敏" in dialog.note.text()
        assert [row[0] for row in _shown(dialog)] == ["韩涛"]
        assert not dialog.progress.isVisible()
        with store.sessions() as session:
            assert session.get(Account, liumin) is None
            held = session.scalar(
                select(func.count())
                .select_from(tables.messages)
                .where(tables.messages.c.account_id == liumin)
            )
            kept = session.scalar(
                select(func.count())
                .select_from(tables.kept_marks)
                .where(tables.kept_marks.c.owner == owner)
            )
        assert held == 0 and kept == 3  # what was read comes back with the account
        assert CredentialStore(store).load(liumin) == {}
        # Its sync ended at once, not at the next store write: its status went from the
        # status bar then, and no retry brings it back.
        ended_at = len(seen)
        assert [i for i, _s in seen[ended_at - 1].accounts] == [hantao]
        offline[hantao].clear()
        worker.retry_now()
        assert offline[hantao].wait(30)
        assert all(liumin not in dict(s.accounts) for s in seen[ended_at - 1 :])
        assert host.restarts == 0  # another account syncs on, its worker untouched
    finally:
        worker.stop()


def test_removing_the_last_account_starts_sync_afresh(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # No token, nothing to sign out: removed, and the worker starts as at a first start.
    only = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", f"http://127.0.0.1:{_free_port()}")
    host = _Host(None)
    dialog, refreshed = _open(qtbot, store, clock, host, None)
    assert [row[3] for row in _shown(dialog)] == ["Waiting to sync"]
    dialog.remove_button.click()
    said = _answer(qtbot, dialog, "Remove")
    # Never synced: none to count (see the test of an account with no messages yet).
    assert "It has no messages on this computer yet." in said and "0 message" not in said
    qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
    assert (
        dialog.note.text()
        == "刘敏 (@liumin2:tongping.gov.cn) was removed, and this computer signed out of it."
    )
    assert _shown(dialog) == [] and host.restarts == 1
    with store.sessions() as session:
        assert session.get(Account, only) is None


def test_a_failed_removal_is_said_in_words_and_removes_nothing(
    qtbot: QtBot, store: Store, clock: ManualClock, monkeypatch: Any
) -> None:
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://im.tongping.gov.cn")

    def disk_full(_store: Store, _account_id: int) -> str | None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desk.app.accounts_flow.sign_out_and_remove", disk_full)
    dialog, refreshed = _open(qtbot, store, clock, _Host(None), None)
    dialog.remove_button.click()
    _answer(qtbot, dialog, "Remove")
    qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
    note = dialog.note.text()
    assert note.startswith("刘敏 (@liumin2:tongping.gov.cn) could not be removed (")
    assert note.endswith("Nothing was removed.") and "Traceback" not in note
    assert [row[0] for row in _shown(dialog)] == ["刘敏"]
    with store.sessions() as session:
        assert session.get(Account, liumin) is not None


def test_removing_an_account_with_no_messages_yet_does_not_count_none(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Added and not synced yet: the question read "Its 0 messages are deleted".
    _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://im.tongping.gov.cn", messages=0)
    dialog, _refreshed = _open(qtbot, store, clock, _Host(None), None)
    dialog.remove_button.click()
    said = _answer(qtbot, dialog, "Cancel")
    assert "no messages on this computer yet" in said and " 0 " not in said
    assert "https://im.tongping.gov.cn" in said


def _reply_box(qtbot: QtBot, store: Store, clock: ManualClock) -> tuple[ReplyBox, StoreOps]:
    ops = StoreOps()
    box = ReplyBox(ops)
    qtbot.addWidget(box)
    box.connect_outbox(lambda: ReplyOutbox(store, clock), lambda: None)
    return box, ops


def _first_row(store: Store, account_id: int) -> Any:
    with store.sessions() as session:
        message_id = session.scalar(
            select(tables.messages.c.id).where(tables.messages.c.account_id == account_id)
        )
    return InboxQueries(store.sessions).rows([message_id])[message_id]


def test_the_reply_box_names_the_account_it_sends_from_with_two_accounts(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://s", messages=1)
    box, ops = _reply_box(qtbot, store, clock)
    try:
        row = _first_row(store, liumin)
        box.open_for(row)
        qtbot.waitUntil(ops.idle)
        # One account: as it always said.
        assert box.where_label.text() == "Goes to “桐坪镇工作群”"
        box.close_box()
        _matrix(store, "@hantao:tongping.gov.cn", "韩涛", "https://s", messages=1)
        box.open_for(row)
        qtbot.waitUntil(lambda: "刘敏" in box.where_label.text())
        said = "Replying as 刘敏 (@liumin2:tongping.gov.cn) · Goes to “桐坪镇工作群”"
        assert box.where_label.text() == said
        assert box.where_line.full_text() == said
    finally:
        ops.shutdown()


def test_ctrl_shift_a_and_the_desk_menu_open_the_accounts(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    from PySide6.QtCore import Qt

    from desk.ui.main_window import MainWindow

    ops = StoreOps()
    try:
        win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
        qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        with qtbot.waitSignal(win.accountsRequested, timeout=2000):
            qtbot.keyClick(
                win.list,
                Qt.Key.Key_A,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
        (desk_menu, *_rest) = [a.menu() for a in win.menuBar().actions()]
        assert win.accounts_action in desk_menu.actions()
        # F1 lists it, with its key.
        listed = [a for g in win.shortcut_groups() for a in g.actions]
        assert win.accounts_action in listed
        # With the dialog's own key for the shared switch.
        from desk.ui.key_text import action_name

        assert action_name(win.accounts_action) == "Accounts (Alt+S there: shared or not)"
    finally:
        ops.shutdown()


class _SlowEnd(_Host):
    """A sync whose account takes until `go` to end (a batch being stored, a server slow
    to answer the sign-out)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.go = threading.Event()

    def end_account(self, account_id: int) -> None:
        assert self.go.wait(30)


def test_the_accounts_closed_and_opened_again_during_a_removal_still_see_it_through(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Closed while 正在移除… (the server slow to answer) and opened again, desk → 账号…
    # made a new dialog and deleted the one removing: the removal went on with no one to
    # hear of it (the inbox not re-read, its DINGs ringing on, sync not restarted with none
    # left), and the new dialog offered to remove the same account again.
    from desk.app.accounts_flow import AccountsWindow
    from desk.app.desk_app import SyncRelay

    server = f"http://127.0.0.1:{_free_port()}"
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", server, messages=2)
    _matrix(store, "@hantao:tongping.gov.cn", "韩涛", server)
    host, relay, refreshed = _SlowEnd(), SyncRelay(), []

    def make() -> AccountsDialog:
        made = open_accounts(
            None,  # type: ignore[arg-type]
            store,
            SHANGHAI,
            clock,
            host,
            None,
            relay.status,
            lambda _parent, _again, _i: None,
            lambda: refreshed.append("inbox"),
        )
        qtbot.addWidget(made)
        return made

    window = AccountsWindow(make)
    try:
        first = window.show()
        first.list.setCurrentItem(first.list.topLevelItem(0))
        first.remove_button.click()
        _answer(qtbot, first, "Remove")
        qtbot.keyClick(first, Qt.Key.Key_Escape)
        assert not first.isVisible()
        again = window.show()
        # A dialog given up goes at the event loop's next turn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert again.isVisible()
        assert not again.remove_button.isEnabled(), "the removal under way is shown, not offered"
        host.go.set()
        qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
        assert [row[0] for row in _shown(again)] == ["韩涛"]
        with store.sessions() as session:
            assert session.get(Account, liumin) is None
    finally:
        host.go.set()  # the removal thread ends with the test


def test_sync_stopped_for_the_whole_store_is_said_on_each_account(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # The store damaged (sync halts), or failing before any account synced (a full disk):
    # the status bar said so, and the Accounts dialog listed each account as 等待同步, as
    # if sync were about to start. Such a status is the store's, not one account's.
    _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://im.tongping.gov.cn")
    _matrix(store, "@hantao:synapse.local", "韩涛", "http://synapse.local:8008")
    stopped = SyncStatus(SyncState.STOPPED, clock.now(), "store_corrupt")
    dialog, _ = _open(qtbot, store, clock, _Host(None), stopped)
    assert [row[3] for row in _shown(dialog)] == [
        "Sync stopped: the local database is damaged."
    ] * 2
    dialog.set_status(SyncStatus(SyncState.OFFLINE, clock.now(), "store_full", 30))
    for row in _shown(dialog):
        assert row[3].startswith("Offline (") and "not synced since desk started" in row[3]


def _from_the_duty_room(store: Store, into: int, sender: str) -> str:
    """A message in account `into`'s group sent by `sender` (another of the user's
    accounts), stored as the user's own: read, FROM_YOU among its reasons."""
    from desk.core.reasons import FROM_YOU

    with store.transaction() as session:
        group_id = session.scalar(
            select(tables.groups.c.id).where(tables.groups.c.account_id == into)
        )
        session.execute(
            tables.messages.insert().values(
                account_id=into,
                remote_id="$duty-1",
                group_id=group_id,
                sender_id=sender,
                sender_name="值班室",
                sender_role="member",
                ts_ms=1_795_000_100_000,
                text="紧急通知：请各村今晚8点前上报转移人数",
                tier="info",
                tier_rank=2,
                read=True,
                reasons=[[FROM_YOU, {}]],
            )
        )
    return "$duty-1"


def _stored(store: Store, remote_id: str) -> Any:
    with store.sessions() as session:
        return session.execute(
            select(tables.messages).where(tables.messages.c.remote_id == remote_id)
        ).one()


def test_a_shared_account_is_listed_as_shared_and_the_demo_has_no_switch(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    from desk.sync.accounts import set_shared

    with store.transaction() as session:
        session.add(Account(kind="demo", label="demo", config={}, created_ms=0))
    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://s")
    duty = _matrix(store, "@zhiban:tongping.gov.cn", "值班室", "https://s")
    set_shared(store, duty, True)
    dialog, _ = _open(qtbot, store, clock, _Host(None), None)
    assert [row[0] for row in _shown(dialog)] == ["Demo workspace", "刘敏", "值班室 (shared)"]
    assert "several people sign in to it" in dialog.list.topLevelItem(2).toolTip(0)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    assert not dialog.shared_button.isEnabled()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    assert dialog.shared_button.isEnabled()
    assert dialog.shared_button.text() == "Mark as &shared…"
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))
    assert dialog.shared_button.text() == "Not &shared…"
    assert liumin != duty


def test_marking_an_account_shared_asks_then_sorts_its_messages_as_someone_elses(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    from PySide6.QtCore import Qt

    liumin = _matrix(store, "@liumin2:tongping.gov.cn", "刘敏", "https://s", messages=1)
    duty = _matrix(store, "@zhiban:tongping.gov.cn", "值班室", "https://s")
    urgent = _from_the_duty_room(store, liumin, "@zhiban:tongping.gov.cn")
    dialog, refreshed = _open(qtbot, store, clock, _Host(None), None)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    # Cancel changes nothing.
    dialog.shared_button.click()
    said = _answer(qtbot, dialog, "Cancel")
    assert "Mark 值班室 (@zhiban:tongping.gov.cn) as a shared account?" in said
    assert "a colleague's DING from it rings" in said
    assert "What this computer sent from it stays yours" in said
    assert "a DING among them does not ring again" in said
    assert refreshed == [] and not dialog.progress.isVisible()
    with store.sessions() as session:
        assert not session.get(Account, duty).shared
    assert _stored(store, urgent).read
    # Keyboard: Alt+S, as its underlined letter says.
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.list, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    _answer(qtbot, dialog, "Mark as shared")
    qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
    with store.sessions() as session:
        assert session.get(Account, duty).shared
    row = _stored(store, urgent)
    assert not any(code == "from_you" for code, _args in row.reasons) and not row.read
    assert row.unsorted_by == ""  # the sync worker sorts it again between its polls
    note = dialog.note.text()
    assert note.startswith("值班室 (@zhiban:tongping.gov.cn) is shared now")
    assert "1 message(s) from it stored before are someone else's now" in note
    assert [r[0] for r in _shown(dialog)] == ["刘敏", "值班室 (shared)"]
    assert dialog.chosen() is not None and dialog.chosen().id == duty
    assert dialog.shared_button.text() == "Not &shared…"
    # The list has the keys again (disabled while busy, it had handed them to 移除…).
    assert dialog.focusWidget() is dialog.list
    # And back: the user's own again, read.
    dialog.shared_button.click()
    said = _answer(qtbot, dialog, "Not shared")
    assert "Make 值班室 (@zhiban:tongping.gov.cn) yours alone?" in said
    qtbot.waitUntil(lambda: refreshed == ["inbox", "inbox"], timeout=30_000)
    assert "1 message(s) from it stored before are yours again, read." in dialog.note.text()
    assert _stored(store, urgent).read


def test_an_account_removed_meanwhile_is_said_in_words(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    from desk.store.escalations import remove_account

    duty = _matrix(store, "@zhiban:tongping.gov.cn", "值班室", "https://s")
    dialog, refreshed = _open(qtbot, store, clock, _Host(None), None)
    dialog.shared_button.click()
    qtbot.waitUntil(lambda: dialog.asking is not None and dialog.asking.isVisible())
    # `desk account remove` at a terminal while the question is up.
    with store.transaction() as session:
        remove_account(session, duty)
    _answer(qtbot, dialog, "Mark as shared")
    qtbot.waitUntil(lambda: refreshed == ["inbox"], timeout=30_000)
    note = dialog.note.text()
    assert note == (
        "值班室 (@zhiban:tongping.gov.cn) is no longer in desk (it was removed meanwhile). "
        "Nothing was changed."
    )
    assert "Traceback" not in note and "LookupError" not in note
    assert _shown(dialog) == [] and not dialog.progress.isVisible()
