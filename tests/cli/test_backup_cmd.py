"""`desk backup DEST_DIR`, as IT's nightly job runs it: where the copy went, how many
messages and how big; one line and a non-zero exit where it made none."""

from __future__ import annotations

import getpass
import io
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import keyring.backend
import pytest
from keyring.backends import fail
from sqlalchemy import select

from desk.cli import backup_cmd, main
from desk.cli.backup_cmd import ShareCopied
from desk.core.clock import ManualClock
from desk.store.credentials import CredentialStore
from desk.store.damage import DamageFound, write_marker
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.keys import KeyVault
from desk.store.models import Account
from desk.store.paths import DataDir
from desk.store.store import open_store
from tests.cli.test_commands import PASSPHRASE_ENV, desk
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N
from tests.helpers.damaged_store import TEXT_INDEX, damage_inside
from tests.helpers.full_disk import make_read_only, small_disk
from tests.helpers.seed import sync_demo


@pytest.fixture
def demo_dir(data_dir: DataDir, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> DataDir:
    """A passphrase-protected store holding the demo, some of it read and some done."""
    store = open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    try:
        sync_demo(store, clock)
        queries = InboxQueries(store.sessions)
        cards = queries.page(View(ViewKind.ALL), limit=20).ids
        queries.set_done(cards[:4], True, clock.now())
        queries.set_read(cards[4:10], True)
    finally:
        store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    return data_dir


def _messages(directory: DataDir) -> int:
    store = open_store(directory, PASSPHRASE, backend=fail.Keyring())
    try:
        with store.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM messages").scalar_one())
    finally:
        store.close()


def test_backup_says_where_how_many_and_how_big_and_a_restored_copy_lists_the_same_inbox(
    demo_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups" / "2026-12-07"
    capsys.readouterr()

    assert main(["backup", str(folder), "--data-dir", str(demo_dir.root)]) == 0

    out, err = capsys.readouterr()
    said, passphrase, restore = out.splitlines()
    size = (folder / "desk.db").stat().st_size + (folder / "desk.key").stat().st_size
    assert said.startswith(
        f"backed up to {folder}: {_messages(demo_dir)} messages, {size / 1e6:.1f} MB "
        "(desk.db and desk.key); every page of the copy read back. Copying and reading it "
        "back took "
    ), said
    assert said.endswith(" s") and float(said.rsplit(" ", 2)[1]) >= 0
    assert passphrase.startswith("the copy opens with the store's passphrase of today")
    # What to do to restore it, not a README section's title: the README is not in the
    # bundle IT runs desk-cli backup from.
    assert restore == (
        f"to restore it: quit desk, move the data folder {demo_dir.root} aside, copy the "
        f"folder {folder} in its place and start desk"
    )
    assert "README" not in out
    assert err == ""  # no terminal: no progress in a script's log

    # Restored: the folder copied back as a data dir lists what the store lists.
    restored = tmp_path / "restored"
    shutil.copytree(folder, restored)
    assert main(["inbox", "--limit", "40", "--data-dir", str(demo_dir.root)]) == 0
    original = capsys.readouterr().out
    assert main(["inbox", "--limit", "40", "--data-dir", str(restored)]) == 0
    assert capsys.readouterr().out == original
    assert main(["inbox", "--json", "--data-dir", str(demo_dir.root)]) == 0
    original = capsys.readouterr().out
    assert main(["inbox", "--json", "--data-dir", str(restored)]) == 0
    assert capsys.readouterr().out == original
    assert '"done": true' in original and '"read": true' in original


@pytest.mark.parametrize("overwrite", [[], ["--overwrite"]])
def test_a_folder_of_other_files_is_refused_even_with_overwrite_in_one_line(
    demo_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str], overwrite: list[str]
) -> None:
    # From IT: --overwrite wrote the copy among report.docx without a word, and without it
    # the hint was to "replace the backup in it", where there was none.
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "report.docx").write_bytes(b"the user's own")
    capsys.readouterr()

    assert main(["backup", str(folder), *overwrite, "--data-dir", str(demo_dir.root)]) == 2

    assert capsys.readouterr().err == (
        f"desk: {folder} holds what is no desk backup (report.docx): name a new or empty "
        "folder for the backup. --overwrite replaces only a backup, in a folder of its own: "
        "nothing was written there\n"
    )
    assert [f.name for f in folder.iterdir()] == ["report.docx"]


def test_overwrite_replaces_last_nights_backup_but_not_one_kept_beside_other_files(
    demo_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nightly"
    assert main(["backup", str(folder), "--data-dir", str(demo_dir.root)]) == 0

    assert main(["backup", str(folder), "--overwrite", "--data-dir", str(demo_dir.root)]) == 0
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    assert capsys.readouterr().out.count("backed up to") == 2
    tonight = (folder / "desk.db").read_bytes()

    # A data dir, or a folder someone keeps other things in, is not a backup's own folder.
    (folder / "logs").mkdir()
    assert main(["backup", str(folder), "--overwrite", "--data-dir", str(demo_dir.root)]) == 2
    assert "holds what is no desk backup (logs)" in capsys.readouterr().err
    assert (folder / "desk.db").read_bytes() == tonight


def test_an_existing_read_only_folder_is_named_not_a_file_of_its_own(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    # From IT: "cannot write the backup at /tmp/ro/tmpjvjd_xtg: Read-only file system".
    with small_disk(tmp_path / "usb") as disk:
        (disk / "nightly").mkdir()
        make_read_only(disk)

        refused = desk("backup", str(disk / "nightly"), "--data-dir", str(demo_dir.root), env=OWN)

    assert refused.returncode == 2
    assert refused.stderr == (
        f"desk: cannot write the backup at {disk / 'nightly'}: Read-only file system. Nothing "
        "was replaced\n"
    )


def test_a_folder_the_system_will_not_look_up_is_one_line_and_in_the_log(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    # A DEST_DIR the system refuses to look up (too long here; for IT's job, a folder on a
    # share under one this user may not open) was a traceback, and the log said nothing.
    folder = tmp_path / ("x" * 300)

    refused = desk("backup", str(folder), "--data-dir", str(demo_dir.root), env=OWN)

    assert refused.returncode == 2
    assert refused.stderr == (
        f"desk: cannot write the backup at {folder}: File name too long. Nothing was replaced\n"
    )
    assert _log_lines(demo_dir)[-2] == (
        "ERROR desk.cli.backup: backup failed, nothing replaced: no_access (File name too long)"
    )


def test_a_store_noted_damaged_is_refused_saying_when_desk_found_it(
    demo_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_inside(open_store(demo_dir, PASSPHRASE, backend=fail.Keyring()), TEXT_INDEX)
    found_at = datetime(2026, 12, 7, 2, 0).astimezone()
    write_marker(demo_dir.damage_marker, DamageFound(found_at, "desk-sync", "malformed"))
    folder = tmp_path / "nightly"
    capsys.readouterr()

    assert main(["backup", str(folder), "--data-dir", str(demo_dir.root)]) == 2

    assert capsys.readouterr().err == (
        f"desk: The database is damaged: {demo_dir.database}; desk found it damaged on "
        f"2026-12-07 02:00 (noted in {demo_dir.damage_marker}). Nothing was changed; "
        "restore the data dir from a backup, or move it aside to start afresh.\n"
    )
    assert not folder.exists()


def test_no_store_in_the_data_dir_is_said_and_nothing_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nightly"

    assert main(["backup", str(folder), "--data-dir", str(tmp_path / "misspelt")]) == 2

    assert capsys.readouterr().err.startswith(f"desk: no desk data in {tmp_path / 'misspelt'}")
    assert not folder.exists() and not (tmp_path / "misspelt").exists()


def test_the_backup_command_runs_as_a_script_runs_it(demo_dir: DataDir, tmp_path: Path) -> None:
    # `desk-cli backup` from a scheduled task: its own process, the passphrase in its
    # environment, no terminal.
    folder = tmp_path / "nightly"
    made = desk(
        "backup", str(folder), "--data-dir", str(demo_dir.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"backed up to {folder}: ") and made.stderr == ""

    again = desk(
        "backup", str(folder), "--data-dir", str(demo_dir.root), env={"DESK_PASSPHRASE": PASSPHRASE}
    )
    assert again.returncode == 2
    assert again.stderr.startswith(f"desk: {folder} is not empty (it holds desk.db, desk.key)")
    assert len(again.stderr.splitlines()) == 1 and "Traceback" not in again.stderr
    # In the log too, where a morning's look finds the night's backup that failed (refused
    # before the store was opened, it set the log up itself).
    assert _log_lines(demo_dir)[-2:] == [
        "ERROR desk.cli.backup: backup failed, nothing replaced: not_empty",
        "INFO desk: desk 0.1.0 `backup` command stopped",
    ]


# The demo store's passphrase, for a command run in a process of its own.
OWN = {"DESK_PASSPHRASE": PASSPHRASE}


def _log_lines(directory: DataDir) -> list[str]:
    """The data dir's log, without times and pids."""
    lines = (directory.logs / "desk.log").read_text("utf-8").splitlines()
    return [line.split(" ", 2)[2].split(" (pid")[0] for line in lines]


# A `desk` command whose run gets the signal named (SIGINT is Ctrl+C) as it loads the
# store's language, as it unlocks the store's key, or between two steps of the copy: sent
# by the process to itself, at that point of the run, where a timer could not tell what the
# process was doing.
INTERRUPTED_DESK = """
import os, signal, sys
from desk.cli import main
from desk.store import backup, keys

sig, at = getattr(signal, sys.argv[1]), sys.argv[2]
if at == "language":
    from desk.cli import speech
    speak_for = speech.speak_for
    def speaking_for(directory):
        os.kill(os.getpid(), sig)
        return speak_for(directory)
    speech.speak_for = speaking_for
elif at == "unlock":
    unlock = keys.KeyVault.unlock
    def unlocking(self, passphrase):
        os.kill(os.getpid(), sig)
        return unlock(self, passphrase)
    keys.KeyVault.unlock = unlocking
else:
    copy_pages = backup._copy_pages
    def copying(store, partial, progress, step):
        copy_pages(store, partial, lambda copied, total: os.kill(os.getpid(), sig), step)
    backup._copy_pages = copying
sys.exit(main(sys.argv[3:]))
"""


def interrupted_desk(signal_name: str, at: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTED_DESK, signal_name, at, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **PASSPHRASE_ENV, "DESK_PASSPHRASE": PASSPHRASE},
        timeout=120,
    )


def test_ctrl_c_during_the_copy_is_said_and_logged_and_leaves_nothing(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    folder = tmp_path / "nightly"

    stopped = interrupted_desk(
        "SIGINT", "copy", "backup", str(folder), "--data-dir", str(demo_dir.root)
    )

    assert stopped.returncode == 1, stopped.stderr
    assert stopped.stderr == "desk: stopped: the copy under way was removed; nothing was replaced\n"
    assert not folder.exists()
    assert (
        "WARNING desk.cli.backup: backup stopped by Ctrl+C: the copy under way was removed, "
        "nothing replaced"
    ) in _log_lines(demo_dir)


@pytest.mark.parametrize("at", ["language", "unlock"])
def test_ctrl_c_in_the_first_second_is_one_line_and_exit_code_1(
    demo_dir: DataDir, tmp_path: Path, at: str
) -> None:
    # From IT: in the first second, a traceback of 25 lines, exit code 130, and "CRITICAL
    # uncaught KeyboardInterrupt" in the log.
    folder = tmp_path / "nightly"

    stopped = interrupted_desk(
        "SIGINT", at, "backup", str(folder), "--data-dir", str(demo_dir.root)
    )

    assert stopped.returncode == 1, stopped.stderr
    assert stopped.stderr == "desk: stopped before the copy began; nothing was made or replaced\n"
    assert not folder.exists()
    logged = _log_lines(demo_dir)
    assert (
        "WARNING desk.cli.backup: backup stopped by Ctrl+C before the copy began, nothing replaced"
    ) in logged
    assert not [line for line in logged if line.startswith("CRITICAL")]


def test_sigterm_stops_it_as_ctrl_c_does_and_last_nights_backup_stays(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    # A scheduled task's time limit: exit code 143 and a 101 MB desk.db.partial (with its
    # -wal and -shm) were left, which the next night refused as "not empty" (IT).
    folder = tmp_path / "nightly"
    assert desk("backup", str(folder), "--data-dir", str(demo_dir.root), env=OWN).returncode == 0
    last_night = (folder / "desk.db").read_bytes()

    stopped = interrupted_desk(
        "SIGTERM", "copy", "backup", str(folder), "--overwrite", "--data-dir", str(demo_dir.root)
    )

    assert stopped.returncode == 1, stopped.stderr
    assert stopped.stderr == "desk: stopped: the copy under way was removed; nothing was replaced\n"
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    assert (folder / "desk.db").read_bytes() == last_night
    assert (
        "WARNING desk.cli.backup: backup stopped by SIGTERM: the copy under way was removed, "
        "nothing replaced"
    ) in _log_lines(demo_dir)


def test_what_a_killed_backup_left_never_blocks_the_next(demo_dir: DataDir, tmp_path: Path) -> None:
    # Killed where nothing can clean up (SIGKILL; on Windows a task's time limit).
    folder = tmp_path / "nightly"
    killed = interrupted_desk(
        "SIGKILL", "copy", "backup", str(folder), "--data-dir", str(demo_dir.root)
    )
    assert killed.returncode == -9
    left = sorted(f.name for f in folder.iterdir())
    assert "desk.db.partial" in left and "desk.db" not in left, left

    again = desk("backup", str(folder), "--data-dir", str(demo_dir.root), env=OWN)

    assert again.returncode == 0, again.stderr
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
    open_store(DataDir(folder), PASSPHRASE, backend=fail.Keyring()).close()


def test_a_read_only_or_full_disk_and_a_store_that_does_not_open_are_in_the_log(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    size = demo_dir.database.stat().st_size
    with small_disk(tmp_path / "usb", f"{max(size // 2 // 1024, 64)}k") as disk:
        full = desk("backup", str(disk / "nightly"), "--data-dir", str(demo_dir.root), env=OWN)
        assert full.returncode == 2, full.stderr
        (disk / "nightly").mkdir()
        make_read_only(disk)
        read_only = desk("backup", str(disk / "nightly"), "--data-dir", str(demo_dir.root), env=OWN)
        assert read_only.returncode == 2, read_only.stderr
    wrong = desk(
        "backup",
        str(tmp_path / "nightly"),
        "--data-dir",
        str(demo_dir.root),
        env={"DESK_PASSPHRASE": "not the passphrase"},
    )
    assert wrong.returncode == 2

    failed = [line for line in _log_lines(demo_dir) if "backup failed" in line]
    assert failed == [
        "ERROR desk.cli.backup: backup failed, nothing replaced: full",
        "ERROR desk.cli.backup: backup failed, nothing replaced: no_access (Read-only file system)",
        "ERROR desk.cli.backup: backup failed, nothing replaced: the store did not open",
    ]
    assert "INFO desk.store: store not opened: wrong_passphrase" in _log_lines(demo_dir)


@pytest.mark.keychain
def test_a_keychain_protected_copy_is_said_to_open_only_for_this_user_here(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    open_store(data_dir, None, backend=keychain).close()
    capsys.readouterr()

    assert main(["backup", str(tmp_path / "nightly"), "--data-dir", str(data_dir.root)]) == 0

    keychain_line = capsys.readouterr().out.splitlines()[1]
    assert keychain_line == (
        "its key is in this user's keychain, not in desk.key: the copy opens only for "
        f"{getpass.getuser()} on this PC, and not after `desk keychain forget`. For a copy "
        "that opens on any PC, run desk backup again with --passphrase: that copy opens with "
        "a passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)"
    )


BACKUP_PASSPHRASE = "the nightly backup's own 备份"


@pytest.mark.keychain
def test_a_keychain_stores_copy_under_a_passphrase_outlives_the_keychain_and_opens_elsewhere(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # From IT: a keychain store's nightly backup was lost with the PC or profile; Windows
    # PCs keep the key in the keychain by default.
    store = open_store(data_dir, None, backend=keychain)
    with store.transaction() as session:
        session.add(Account(kind="matrix", label="county", created_ms=0))
    CredentialStore(store, keychain).save(1, {"access_token": "syt_live"})
    store.close()
    folder = tmp_path / "nightly"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{BACKUP_PASSPHRASE}\n"))
    capsys.readouterr()

    made = ["backup", str(folder), "--passphrase-stdin", "--data-dir", str(data_dir.root)]
    assert main(made) == 0

    _, opens, accounts, _restore = capsys.readouterr().out.splitlines()
    assert opens == (
        "the copy opens with the passphrase given for it, on any PC, whatever becomes of the "
        "store's key (desk.key holds the key wrapped under it): keep the passphrase apart "
        "from the backup"
    )
    assert accounts.startswith("its accounts' sign-in tokens stay in this user's keychain")
    # The store's keychain entries forgotten (the profile reset): the copy is not locked.
    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0
    restored = DataDir(tmp_path / "new-pc")
    shutil.copytree(folder, restored.root)
    # Another PC: no keychain at all.
    copy = open_store(restored, BACKUP_PASSPHRASE, backend=fail.Keyring())
    try:
        with copy.sessions() as session:
            assert [a.label for a in session.scalars(select(Account))] == ["county"]
        assert CredentialStore(copy, fail.Keyring()).load(1) == {}  # signed in again there
    finally:
        copy.close()
    # A passphrase store now: `desk passphrase` has one to change, forget nothing to delete.
    KeyVault(restored.key_file).change_passphrase(BACKUP_PASSPHRASE, "chosen on the new PC")
    assert main(["keychain", "forget", "--yes", "--data-dir", str(restored.root)]) == 0
    assert "it keeps nothing in the keychain" in capsys.readouterr().out


def test_a_scheduled_task_gives_the_backups_passphrase_in_its_environment(
    demo_dir: DataDir, tmp_path: Path
) -> None:
    folder = tmp_path / "nightly"
    made = desk(
        "backup",
        str(folder),
        "--passphrase",
        "--data-dir",
        str(demo_dir.root),
        env={"DESK_PASSPHRASE": PASSPHRASE, "DESK_BACKUP_PASSPHRASE": BACKUP_PASSPHRASE},
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[1].startswith("the copy opens with the passphrase given")
    assert len(made.stdout.splitlines()) == 3  # a passphrase store: no accounts' tokens apart

    open_store(DataDir(folder), BACKUP_PASSPHRASE, backend=fail.Keyring()).close()


def test_at_a_terminal_the_backups_passphrase_is_asked_twice(
    demo_dir: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter([BACKUP_PASSPHRASE, BACKUP_PASSPHRASE])
    prompts: list[str] = []

    def getpass_(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr(backup_cmd, "at_a_terminal", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass_)
    folder = tmp_path / "nightly"

    assert main(["backup", str(folder), "--passphrase", "--data-dir", str(demo_dir.root)]) == 0

    assert prompts == [f"Passphrase for the backup in {folder}: ", "Once more: "]
    open_store(DataDir(folder), BACKUP_PASSPHRASE, backend=fail.Keyring()).close()


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (
            "short\n",
            "desk: the passphrase for the backup will not do: use at least 8 characters; no "
            "backup was made\n",
        ),
        ("\n", "desk: no passphrase on standard input; no backup was made\n"),
    ],
)
def test_a_passphrase_on_stdin_that_will_not_do_is_said_before_the_store_is_opened(
    demo_dir: DataDir,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
    said: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(given))
    folder = tmp_path / "nightly"
    capsys.readouterr()

    assert (
        main(["backup", str(folder), "--passphrase-stdin", "--data-dir", str(demo_dir.root)]) == 2
    )

    assert capsys.readouterr().err == said
    assert not folder.exists()


def test_passphrase_without_a_terminal_or_its_variable_says_how_a_script_gives_it(
    demo_dir: DataDir,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(backup_cmd, "at_a_terminal", lambda: False)
    capsys.readouterr()

    assert (
        main(["backup", str(tmp_path / "n"), "--passphrase", "--data-dir", str(demo_dir.root)]) == 2
    )

    assert capsys.readouterr().err == (
        "desk: --passphrase asks for the backup's passphrase at a terminal: where there is "
        "none (a scheduled task), set DESK_BACKUP_PASSPHRASE, or give it on standard input "
        "with --passphrase-stdin. No backup was made\n"
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_one_line_rewritten_at_a_terminal_and_nothing_elsewhere() -> None:
    terminal = _Terminal()
    shown = ShareCopied(terminal)
    for copied in (0, 3, 50, 51, 100):
        shown(copied, 100)
    shown.end()
    assert terminal.getvalue() == (
        "\rcopying the store: 0%\rcopying the store: 3%\rcopying the store: 50%"
        "\rcopying the store: 51%\rcopying the store: 100%; reading the copy back whole\n"
    )

    log = io.StringIO()
    quiet = ShareCopied(log)
    quiet(50, 100)
    quiet.end()
    assert log.getvalue() == ""


def test_a_backup_into_a_folder_another_is_being_written_into_says_so(
    demo_dir: DataDir, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # IT's nightly task and a backup started by hand, the same minute, into one folder.
    from filelock import FileLock

    folder = tmp_path / "nightly"
    folder.mkdir()
    with FileLock(folder / "desk.backup.lock"):  # as the backup under way holds it
        assert main(["backup", str(folder), "--data-dir", str(demo_dir.root)]) == 2
        assert capsys.readouterr().err == (
            f"desk: another backup is being written into {folder} right now: let it finish, "
            "or name another folder. Nothing was written there\n"
        )
        assert sorted(f.name for f in folder.iterdir()) == ["desk.backup.lock"]

    assert main(["backup", str(folder), "--data-dir", str(demo_dir.root)]) == 0
    assert capsys.readouterr().out.startswith(f"backed up to {folder}: ")
    assert sorted(f.name for f in folder.iterdir()) == ["desk.db", "desk.key"]
