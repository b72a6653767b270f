"""Settings opened from the menu: the administrator's locks hold, the user's changes are kept."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.app import autostart
from desk.app.desk_app import DeskApp
from desk.app.settings_flow import open_settings
from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Reason, Role
from desk.core.policy import EMPTY, parse_policy
from desk.core.quiet_grid import to_grid
from desk.store.inbox import InboxQueries
from desk.store.models import Group, Message
from desk.store.paths import DataDir
from desk.store.policy_file import ENV_POLICY_FILE, load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from desk.ui.card_text import summary
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.reason_text import reason_text
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import SHANGHAI, paused_scheduler
from tests.core.test_policy import GOOD
from tests.helpers.busy_store import write_lock_held
from tests.helpers.damaged_store import damage_inside


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


def _open_from_the_menu(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, settings: SettingsStore
) -> tuple[SettingsDialog, list[bool]]:
    """The dialog as Ctrl+, opens it over the main window; the list records each save."""
    queries = InboxQueries(store.sessions)
    window = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    saved: list[bool] = []
    dialog = open_settings(
        window, settings, queries, ops, clock, store.data_dir.root, lambda: saved.append(True)
    )
    return dialog, saved


def test_locked_settings_are_greyed_and_the_rest_is_saved(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    settings = SettingsStore(store.sessions, parse_policy(GOOD))
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert dialog.isVisible() and dialog.admin_note.isVisible()
    assert not dialog.hide_text.isEnabled() and dialog.hide_text.isChecked()
    assert dialog.hide_text.toolTip() == "Set by your administrator"
    assert not dialog.grid.isEnabled()
    assert dialog.sound.isEnabled()

    dialog.sound.setChecked(not settings.get("notify.sound"))
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert settings.get("notify.sound") is dialog.sound.isChecked()
    assert settings.get("notify.hide_text") is True


def test_settings_say_the_policy_has_problems_and_how_it_lists_them(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An IT tester: a user whose administrator's quiet hours were partly ignored was told
    # nowhere in the window; only desk.log and `desk policy check` said so.
    file = tmp_path / "policy.toml"
    file.write_text('quiet.window = {}\n[notify]\nsound = "loud"\nhide_text = true\n', "utf-8")
    monkeypatch.setenv(ENV_POLICY_FILE, str(file))
    settings = SettingsStore(store.sessions, load_policy())
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    note = dialog.policy_note
    assert note.isVisible()
    assert note.text() == (
        f"Your administrator's policy file {file} has 2 problem(s), in quiet.window, "
        "notify.sound: those settings keep their defaults (or the part of them that is "
        "sound), and the rest of the policy applies. IT can list them with:"
    )
    # On its own line, whole: the note's wrapping broke it in the path (desk policy
    # check / | tmp/…), and IT copied half of it (a tester).
    command = dialog.policy_command
    assert command.isVisible() and command.text() == f"desk policy check {file}"
    assert not command.wordWrap()
    assert command.width() >= command.fontMetrics().horizontalAdvance(command.text())
    assert command.geometry().top() >= note.geometry().bottom()
    assert command.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.hide_text.isChecked(), "the rest applies"
    dialog.reject()

    # Where its folder's name has a space, as macOS's does, the command quotes it.
    file = tmp_path / "Application Support" / "policy.toml"
    file.parent.mkdir()
    file.write_text("quiet.enabled = [", "utf-8")
    monkeypatch.setenv(ENV_POLICY_FILE, str(file))
    unread = SettingsStore(store.sessions, load_policy())
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, unread)
    assert dialog.policy_note.isVisible()
    assert dialog.policy_note.text() == (
        f"Your administrator's policy does not apply: {file} is not valid TOML: it ends "
        "inside a value (a quote or a bracket not closed). Every setting is desk's default or "
        "your own. IT can check the file with:"
    )
    assert dialog.policy_command.text() == f'desk policy check "{file}"'
    dialog.reject()


@pytest.mark.parametrize("policy", [None, GOOD])
def test_settings_say_nothing_of_a_sound_policy_or_of_none(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps, policy: str | None
) -> None:
    settings = SettingsStore(store.sessions, parse_policy(policy) if policy else EMPTY)
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert not dialog.policy_note.isVisible() and not dialog.policy_command.isVisible()
    assert dialog.policy_note.text() == ""


def test_run_from_its_source_start_at_login_says_there_is_no_entry(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, SettingsStore(store.sessions))
    assert not dialog.start_at_login.isChecked(), "no login entry was made from a checkout"


def test_the_ding_ladder_and_start_at_login_are_set_here(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed desk
    _the_users_own(store, monkeypatch)
    entry = tmp_path / "autostart" / "desk.desktop"
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert not dialog.admin_note.isVisible(), "nothing is locked without a policy"
    assert dialog.repeat_minutes.value() == 2 and dialog.stop_after.value() == 30
    assert dialog.repeat_minutes.maximum() == 60, "the declared range"
    assert dialog.start_at_login.isChecked(), "on by default"
    dialog.repeat_minutes.setValue(5)
    dialog.escalate_urgent.setChecked(True)
    dialog.start_at_login.setChecked(False)
    entry.parent.mkdir()
    entry.write_text("[Desktop Entry]\n", "utf-8")
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert settings.get("escalation.repeat_minutes") == 5
    assert settings.get("escalation.urgent_items") is True
    assert settings.get("app.start_at_login") is False
    assert not entry.exists(), "the login item is removed at once"


def _the_users_own(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes the store's data dir the platform's: the desk the user starts without naming
    a data dir."""
    monkeypatch.setattr(DataDir, "default", classmethod(lambda cls: DataDir(store.data_dir.root)))


def test_a_desk_on_a_scratch_dir_does_not_start_at_login_until_ticked(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # desk started with --data-dir on a test folder made no login entry (autostart.keep):
    # its box says so, and ticking it is how the user asks for one.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed desk
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert not dialog.start_at_login.isChecked(), "no login entry was made for a test folder"
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert autostart.entry_data_dir() == store.data_dir.root
    assert settings.get("app.start_at_login") is True


def test_a_login_entry_of_another_data_folder_is_said_and_ticking_takes_it_over(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    other = tmp_path / "the other desk"
    autostart.apply(True, other)
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert not dialog.start_at_login.isChecked(), "this desk does not start at sign-in"
    note = dialog.findChild(QLabel, "login_elsewhere")
    assert note is not None and str(other) in note.text()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert autostart.entry_data_dir() == store.data_dir.root


def test_the_day_off_picker_opens_on_today_in_desks_time_zone(
    qtbot: QtBot, store: Store, ops: StoreOps
) -> None:
    # 00:30 on 3 September in Shanghai is still 2 September in UTC, where this computer's
    # clock may run.
    clock = ManualClock(datetime(2026, 9, 2, 16, 30, tzinfo=UTC))
    settings = SettingsStore(store.sessions)
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert dialog.days_off.picker.date() == dialog.workdays.picker.date() == date(2026, 9, 3)


_MEMBERS = (MemberInfo("u1", "王五", Role.OWNER), MemberInfo("u2", "赵六", Role.MEMBER))


def _post(remote_id: str, group: str, at: datetime) -> IncomingMessage:
    # A task without a due time: on the line between Information and Action.
    return IncomingMessage(remote_id, group, "u2", "赵六", Role.MEMBER, at, "请各村报送值班表")


def _two_groups(store: Store, clock: ManualClock) -> tuple[Ingestor, int]:
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    groups = (
        GroupInfo("g", "防汛群", members=_MEMBERS),
        GroupInfo("h", "工会群", members=_MEMBERS),
    )
    ingestor.apply(account.id, SyncBatch("c1", groups, (_post("old", "g", clock.now()),)))
    return ingestor, account.id


def _group(store: Store, remote_id: str) -> tuple[float, str | None]:
    with store.sessions() as session:
        group = session.scalars(select(Group).where(Group.remote_id == remote_id)).one()
        return group.weight, group.priority


def _choose(dialog: SettingsDialog, group: str, priority: str) -> None:
    table = dialog.group_table
    (item,) = table.findItems(group, Qt.MatchFlag.MatchExactly)
    box = table.cellWidget(item.row(), 3)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(priority))


def test_a_group_set_important_ranks_its_messages_higher_from_then_on(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    ingestor, account_id = _two_groups(store, clock)
    with store.sessions() as session:
        old_base = session.scalars(select(Message.base_score)).one()
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, SettingsStore(store.sessions))
    _choose(dialog, "防汛群", "important")
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert _group(store, "g") == (1.0, "important")
    assert _group(store, "h") == (0.0, None)
    with store.sessions() as session:
        old = session.scalars(select(Message).where(Message.remote_id == "old")).one()
        assert (old.tier, old.base_score) == ("info", old_base + 1.0), "moved up, same tier"

    later = clock.now() + timedelta(minutes=1)
    ingestor.apply(
        account_id, SyncBatch("c2", (), (_post("new-g", "g", later), _post("new-h", "h", later)))
    )
    with store.sessions() as session:
        new = {m.remote_id: m for m in session.scalars(select(Message).where(Message.id > old.id))}
        assert (new["new-g"].tier, new["new-h"].tier) == ("action", "info")
        said = [args for code, args in new["new-g"].reasons if code == "group_weight"]
        assert said == [{"marked": "important", "weight": "+1.0"}]
    assert (
        reason_text(Reason.of("group_weight", **said[0]), SHANGHAI, later)
        == "you marked this group important"
    )


def test_a_card_of_a_group_the_policy_made_important_says_the_administrator_did(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An IT tester: it read "you marked this group important" (您将此群设为重要).
    file = tmp_path / "policy.toml"
    file.write_text('[triage.group_priority]\n"防汛群" = "重要"\n', "utf-8")
    monkeypatch.setenv(ENV_POLICY_FILE, str(file))
    ingestor, account_id = _two_groups(store, clock)
    later = clock.now() + timedelta(minutes=1)
    ingestor.apply(account_id, SyncBatch("c2", (), (_post("new-g", "g", later),)))
    with store.sessions() as session:
        new = session.scalars(select(Message).where(Message.remote_id == "new-g")).one()
        (said,) = [args for code, args in new.reasons if code == "group_weight"]
    assert new.tier == "action"
    assert (
        reason_text(Reason.of("group_weight", **said), SHANGHAI, later)
        == "your administrator made this group important"
    )
    # And in the Groups tab, where the user may change it (the policy does not lock it).
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, SettingsStore(store.sessions))
    box = dialog.findChild(QComboBox, "priority_g")
    assert box is not None and box.isEnabled() and box.currentData() == "important"


def test_a_group_held_by_name_is_still_held_in_the_settings_once_renamed(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Shown free after its rename, it could be changed, and the next sync put it back.
    file = tmp_path / "policy.toml"
    file.write_text(
        'lock = ["triage.group_priority"]\n[triage.group_priority]\n"防汛群" = "重要"\n',
        "utf-8",
    )
    monkeypatch.setenv(ENV_POLICY_FILE, str(file))
    ingestor, account_id = _two_groups(store, clock)
    renamed = GroupInfo("g", "防汛抗旱群", members=_MEMBERS)
    ingestor.apply(account_id, SyncBatch("c2", (renamed,), ()))
    settings = SettingsStore(store.sessions, load_policy())
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    box = dialog.findChild(QComboBox, "priority_g")
    assert box is not None and box.currentData() == "important"
    assert not box.isEnabled() and box.toolTip() == "Set by your administrator"
    assert dialog.findChild(QComboBox, "priority_h").isEnabled()


def test_cancel_stores_no_priority(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    _two_groups(store, clock)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, SettingsStore(store.sessions))
    _choose(dialog, "防汛群", "important")
    dialog.reject()
    qtbot.waitUntil(ops.idle)
    assert saved == [] and _group(store, "g") == (0.0, None)


def test_a_data_dir_it_set_for_every_user_is_the_users_own(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IT names the data dir for every user (DESK_DATA_DIR): that desk starts at login as
    # the one on the platform's dir does; only a --data-dir run is a scratch desk.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("DESK_DATA_DIR", str(store.data_dir.root))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed desk
    settings = SettingsStore(store.sessions)
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert dialog.start_at_login.isChecked(), "on by default, as for the platform's dir"


def test_settings_the_database_refuses_come_back_in_the_dialog_and_are_not_taken_for_saved(
    qtbot: QtBot,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The dialog closed as if saved on a busy database, and the next start had the old
    # settings (a tester). Now it comes back with what the user chose, and says why.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    chosen = not settings.get("notify.sound")
    dialog.sound.setChecked(chosen)
    dialog.start_at_login.setChecked(True)
    with write_lock_held(store):
        dialog.accept()
        assert not dialog.isVisible()
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(ops.idle)
    assert saved == [] and settings.get("notify.sound") is not chosen
    assert dialog.sound.isChecked() is chosen, "what the user chose is still there"
    assert dialog.save_note.isVisible()
    assert dialog.save_note.text() == (
        "Not saved (the local database is busy). Your choices are still here: "
        "press OK to try again."
    )
    assert autostart.entry_data_dir() is None, "no login entry for a setting not saved"

    dialog.accept()  # the database is free again
    qtbot.waitUntil(lambda: saved == [True])
    assert settings.get("notify.sound") is chosen
    assert settings.get("app.start_at_login") is True
    assert autostart.entry_data_dir() == store.data_dir.root


def test_settings_a_damaged_store_refuses_come_back_in_the_dialog_though_it_cannot_be_read(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # A save refused first took the window back to the stored settings, and only then
    # brought the dialog back: with the settings unreadable (the disk failing under the
    # open dialog) it never came back, and what the user had chosen was lost (a reviewer).
    app = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(app.window, before_close_func=MainWindow.allow_close)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.services_started and app.ops_idle(), timeout=5000)
        dialog = app._open_settings()
        chosen = not dialog.sound.isChecked()
        dialog.sound.setChecked(chosen)
        # The index every read of the settings goes through.
        damage_inside(store, "sqlite_autoindex_settings_1")
        dialog.accept()
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(app.ops_idle)
        assert dialog.sound.isChecked() is chosen, "what the user chose is still there"
        assert dialog.save_note.isVisible()
        assert "damaged" in dialog.save_note.text()
    finally:
        app.stop()


def test_my_unit_typed_is_kept_and_shown_again(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert dialog.own_unit.text() == "" and dialog.own_unit.isEnabled()
    # Typed as a Chinese input method types: the words committed at once.
    dialog.own_unit.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString("桐坪镇、桐坪")
    QApplication.sendEvent(dialog.own_unit, typed)
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    # A desk started again reads it from the store, and the dialog shows it.
    again = SettingsStore(store.sessions)
    assert again.get("triage.own_unit") == "桐坪镇、桐坪"
    reopened, _saved = _open_from_the_menu(qtbot, store, clock, ops, again)
    assert reopened.own_unit.text() == "桐坪镇、桐坪"


def test_an_empty_unit_shows_the_guess_from_the_users_names(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    from tests.helpers.seed import sync_demo

    sync_demo(store, clock)
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, SettingsStore(store.sessions))
    assert dialog.own_unit.text() == ""
    assert dialog.own_unit.placeholderText() == "Not set: going by your names in the groups, 桐坪镇"


def test_a_unit_the_policy_locks_is_greyed(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    policy = parse_policy('lock = ["triage.own_unit"]\n[triage]\nown_unit = "白鹭镇、白鹭"\n')
    assert not policy.problems
    settings = SettingsStore(store.sessions, policy)
    dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert not dialog.own_unit.isEnabled()
    assert dialog.own_unit.text() == "白鹭镇、白鹭"
    assert dialog.own_unit.toolTip() == "Set by your administrator"
    assert "triage.own_unit" not in dialog.changes()


def _type(field: QLineEdit, text: str) -> None:
    """Typed as a Chinese input method types: the words committed at once."""
    field.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(text)
    QApplication.sendEvent(field, typed)


def test_a_name_colleagues_call_me_by_marks_new_messages_that_at_it_as_at_you(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # A tester: colleagues write @方主任 or @晓宁, and desk knew only the account's 方晓宁.
    (account,) = ensure_default_account(store, clock)
    ingestor = Ingestor(store, SHANGHAI, clock)
    groups = (GroupInfo("g", "防汛群", members=_MEMBERS),)
    ingestor.apply(
        account.id,
        SyncBatch("c1", groups, (_post("old", "g", clock.now()),), me_name="方晓宁"),
    )
    settings = SettingsStore(store.sessions)
    dialog, saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
    assert dialog.my_names.text() == ""
    assert "方晓宁" in dialog.my_names.placeholderText()
    _type(dialog.my_names, "@方主任，晓宁  方主任")
    dialog.accept()
    qtbot.waitUntil(lambda: saved == [True])
    assert SettingsStore(store.sessions).get("triage.my_names") == ["方主任", "晓宁"]

    later = clock.now() + timedelta(minutes=1)
    said = {
        "to-me": "@方主任 下午的会材料你看一下",
        "to-him": "@李主任 明天的报表你核一下",
    }
    ingestor.apply(
        account.id,
        SyncBatch(
            "c2",
            (),
            tuple(
                IncomingMessage(rid, "g", "u1", "王五", Role.OWNER, later, text)
                for rid, text in said.items()
            ),
        ),
    )
    clock.advance(timedelta(minutes=2))
    window = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    rows = {
        row.remote_id: row
        for r in range(window.model.rowCount())
        if (row := window.model.inbox_row(r)) is not None
    }
    assert "@you" in summary(rows["to-me"], SHANGHAI, clock.now())
    assert "@you" not in summary(rows["to-him"], SHANGHAI, clock.now())
    assert rows["to-me"].tier.rank < rows["to-him"].tier.rank, "above, as a task for me"


def test_ok_shows_the_text_size_and_quiet_hours_before_the_busy_store_has_them(
    qtbot: QtBot, store: Store, clock: ManualClock, ops: StoreOps
) -> None:
    # The window kept the old text size and quiet end for 48 s after OK: the store's
    # thread was busy with sync and triage (a tester, under load).
    settings = SettingsStore(store.sessions)
    queries = InboxQueries(store.sessions)
    window = MainWindow(queries, ops, clock, SHANGHAI)
    qtbot.addWidget(window, before_close_func=MainWindow.allow_close)
    saved: list[bool] = []
    applied: list[dict[str, object]] = []
    dialog = open_settings(
        window,
        settings,
        queries,
        ops,
        clock,
        store.data_dir.root,
        lambda: saved.append(True),
        applying=applied.append,
    )
    busy = threading.Event()
    ops.run(lambda: busy.wait(10))  # sync's batch, say, holding the store's thread
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(125))
    dialog.quiet_enabled.setChecked(False)
    dialog.accept()
    try:
        (values,) = applied
        assert (values["ui.text_size"], values["quiet.enabled"]) == (125, False)
        assert saved == [], "the store had them not yet"
    finally:
        busy.set()
    qtbot.waitUntil(lambda: saved == [True])
    assert settings.get("ui.text_size") == 125


def test_the_quiet_hours_tab_says_when_the_schedule_is_next_quiet(
    qtbot: QtBot, store: Store, ops: StoreOps
) -> None:
    # 21:00 起免打扰 was said nowhere on a Friday evening (a tester).
    friday = ManualClock(datetime(2026, 12, 18, 17, 42, tzinfo=SHANGHAI))
    dialog, _saved = _open_from_the_menu(qtbot, store, friday, ops, SettingsStore(store.sessions))
    assert dialog.next_quiet.text() == "By this schedule quiet hours begin at 18:00."
    windows = dict(SettingsStore(store.sessions).get("quiet.windows"))
    windows["fri"] = ["00:00-08:30"]
    dialog.grid.set_grid(to_grid(windows))
    dialog.grid.changed.emit()
    assert dialog.next_quiet.text() == "By this schedule quiet hours begin tomorrow, all day."
    dialog.quiet_enabled.setChecked(False)
    assert dialog.next_quiet.isHidden()


def test_a_policy_that_does_not_apply_is_said_why_in_the_windows_language(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    clock: ManualClock,
    ops: StoreOps,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 管理员策略 … could not be read, of a file read with a typo at line 2: why was said only
    # by `desk policy check`, in tomllib's English (IT).
    from desk.ui import i18n

    file = tmp_path / "policy.toml"
    file.write_text("[quiet]\nenabled = = true\n", "utf-8")
    monkeypatch.setenv(ENV_POLICY_FILE, str(file))
    translators = i18n.install(qapp, "zh_CN")
    try:
        settings = SettingsStore(store.sessions, load_policy())
        dialog, _saved = _open_from_the_menu(qtbot, store, clock, ops, settings)
        assert dialog.policy_note.text() == (
            f"管理员策略未生效：{file} 不是有效的 TOML：错误在第 2 行第 11 列。所有设置均为 "
            "desk 的默认值或您自己的设置。信息化部门可用以下命令检查该文件："
        )
        dialog.reject()
    finally:
        i18n.uninstall(qapp, translators)
