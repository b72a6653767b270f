"""`desk backup DEST_DIR`: a copy of the store and its key file, taken while the window and
sync go on writing, for IT's nightly job (see desk.store.backup). Restoring is copying
the folder back as the data dir.

`--passphrase` (asked twice at a terminal, else $DESK_BACKUP_PASSPHRASE) or
`--passphrase-stdin` wraps the copy's key under a passphrase of its own: a keychain
store's copy then survives a lost disk, PC or profile, which the keychain does not."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desk.app.logs import setup_logging
from desk.cli.common import (
    NEW_PASSPHRASE_PROBLEMS,
    STORE_ERRORS,
    amount,
    ask_new_passphrase,
    at_a_terminal,
    disk_full,
    fail,
    open_for_cli,
    store_error_text,
)
from desk.cli.parsers import ENV_BACKUP_PASSPHRASE
from desk.cli.speech import QT_TRANSLATE_NOOP, translate
from desk.store.backup import BackupMade, BackupRefused, back_up, check_destination
from desk.store.keys import MIN_PASSPHRASE_LENGTH, KeyProtection, new_passphrase_problem
from desk.store.paths import DataDir, DataDirUnusable
from desk.store.store import StoreError

log = logging.getLogger("desk.cli.backup")

# The copy's own passphrase, for a scheduled task (`--passphrase` with no terminal).

REFUSALS = {
    "not_a_directory": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is a file, not a folder: name a new or empty folder for the backup",
    ),
    "not_empty": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is not empty (it holds {detail}): name a new or empty folder, or add "
        "--overwrite to replace the backup in it",
    ),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} holds what is no desk backup ({detail}): name a new or empty folder for the "
        "backup. --overwrite replaces only a backup, in a folder of its own: nothing was "
        "written there",
    ),
    "in_data_dir": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is the data dir, or inside it: keep the backup outside {root}, where the "
        "data dir's disk failing does not take it too",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is there: a desk has the copy in that folder open (restored from it?); "
        "close that desk, or name another folder. Nothing was replaced",
    ),
    "being_written": QT_TRANSLATE_NOOP(
        "Cli",
        "another backup is being written into {path} right now: let it finish, or name "
        "another folder. Nothing was written there",
    ),
    "no_access": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the backup at {path}: {detail}. Nothing was replaced",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the backup in {path}: the disk is full. Free some space and try "
        "again; nothing was replaced",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the backup at {path}, or read the database: {detail} (the disk may "
        "be failing). Nothing was replaced",
    ),
    "copy_damaged": QT_TRANSLATE_NOOP(
        "Cli",
        "the copy in {path} did not read back whole ({detail}), though the store does: "
        "the disk of {path} may be failing. Nothing was replaced",
    ),
}


class Terminated(KeyboardInterrupt):
    """A signal that ends the process (SIGTERM: a scheduled task's time limit; SIGHUP: its
    terminal closed), raised where the run is, to stop it as Ctrl+C does: the copy under way
    removed, one line said. Killed unhandled, it left a 101 MB desk.db.partial (IT)."""


# The signals stopping a backup as Ctrl+C (SIGINT) does, where the platform has them.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGBREAK") if hasattr(signal, name)
)


@contextlib.contextmanager
def stopped_as_by_ctrl_c() -> Iterator[None]:
    """STOP_SIGNALS raise Terminated in the main thread while it lasts."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may handle signals
        return

    def stop(number: int, _frame: object) -> None:
        raise Terminated(signal.Signals(number).name)

    before = {number: signal.signal(number, stop) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def run(args: argparse.Namespace) -> int:
    directory = DataDir.resolve(args.data_dir)
    with stopped_as_by_ctrl_c():
        try:
            done = _back_up(args, directory)
        except KeyboardInterrupt as exc:
            # Anywhere before the copy (the key unlocking, a passphrase asked): a traceback
            # of 25 lines, exit code 130, and "uncaught KeyboardInterrupt" in the log (IT).
            return stopped(exc, directory, copying=False)
    if isinstance(done, int):
        return done
    _say_made(*done, directory)
    return 0


def _back_up(
    args: argparse.Namespace, directory: DataDir
) -> tuple[BackupMade, KeyProtection, bool] | int:
    """The backup made, the store's key protection and whether the copy has a passphrase
    of its own; else the exit code, after saying why."""
    destination = Path(args.destination)
    try:
        # Before the store is opened (a passphrase asked, every page of a noted one read).
        check_destination(destination, directory, overwrite=args.overwrite)
    except BackupRefused as exc:
        return refused(exc, directory)
    passphrase: str | None = None
    if args.passphrase or args.passphrase_stdin:
        # Before the store is opened: a passphrase that will not do is said at once.
        passphrase = copy_passphrase(args, destination)
        if passphrase is None:
            log_failure(directory, "no passphrase for the copy that would do")
            return 2
    store = open_for_cli(args, reading=True)
    if store is None:
        log_failure(directory, "the store did not open")  # why: the store's line before
        return 2
    shown = ShareCopied(sys.stderr)
    try:
        made = back_up(
            store, destination, overwrite=args.overwrite, progress=shown, passphrase=passphrase
        )
    except BackupRefused as exc:
        shown.end()
        return refused(exc, directory)
    except KeyboardInterrupt as exc:
        shown.end()
        return stopped(exc, directory, copying=True)
    finally:
        store.close()
    shown.end()
    return made, store.protection, passphrase is not None


def _say_made(
    made: BackupMade, protection: KeyProtection, own_passphrase: bool, directory: DataDir
) -> None:
    said = translate(
        "Cli",
        "backed up to {folder}: {messages} messages, {size} (desk.db and desk.key); every "
        "page of the copy read back. Copying and reading it back took {seconds} s",
    )
    print(
        said.format(
            folder=made.folder,
            messages=made.messages,
            size=amount(made.size),
            seconds=f"{made.seconds:.1f}",
        )
    )
    if own_passphrase:
        print(
            translate(
                "Cli",
                "the copy opens with the passphrase given for it, on any PC, whatever becomes "
                "of the store's key (desk.key holds the key wrapped under it): keep the "
                "passphrase apart from the backup",
            )
        )
        if protection is KeyProtection.KEYCHAIN:
            print(
                translate(
                    "Cli",
                    "its accounts' sign-in tokens stay in this user's keychain: where the copy "
                    "is restored, sign in to each account again (desk account add, or the "
                    "window); its messages and what was read and done are kept",
                )
            )
    elif made.protection is KeyProtection.KEYCHAIN:
        said = translate(
            "Cli",
            "its key is in this user's keychain, not in desk.key: the copy opens only for "
            "{user} on this PC, and not after `desk keychain forget`. For a copy that opens "
            "on any PC, run desk backup again with --passphrase: that copy opens with a "
            "passphrase of its own (asked at the terminal, or DESK_BACKUP_PASSPHRASE)",
        )
        print(said.format(user=getpass.getuser()))
    else:
        print(
            translate(
                "Cli",
                "the copy opens with the store's passphrase of today (a passphrase chosen "
                "later does not change the copy's)",
            )
        )
    # How to restore, said here: the README it named is not in the bundle IT runs it from,
    # and the README's answer is no command but a copy back.
    said = translate(
        "Cli",
        "to restore it: quit desk, move the data folder {data_dir} aside, copy the folder "
        "{folder} in its place and start desk",
    )
    print(said.format(data_dir=directory.root, folder=made.folder))


def copy_passphrase(args: argparse.Namespace, destination: Path) -> str | None:
    """The passphrase for the copy's key: from standard input (--passphrase-stdin), else
    from $DESK_BACKUP_PASSPHRASE, else typed twice at a terminal; None after saying why
    there is none that will do."""
    if args.passphrase_stdin:
        given: str | None = sys.stdin.readline().rstrip("\r\n")
        if not given:
            fail(translate("Cli", "no passphrase on standard input; no backup was made"))
            return None
    else:
        given = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if given:
        problem = new_passphrase_problem(given)
        if problem is not None:
            said = translate(
                "Cli", "the passphrase for the backup will not do: {problem}; no backup was made"
            )
            problem_said = translate("Cli", NEW_PASSPHRASE_PROBLEMS[problem])
            fail(said.format(problem=problem_said.format(least=MIN_PASSPHRASE_LENGTH)))
            return None
        return given
    if not at_a_terminal():
        said = translate(
            "Cli",
            "--passphrase asks for the backup's passphrase at a terminal: where there is none "
            "(a scheduled task), set {variable}, or give it on standard input with "
            "--passphrase-stdin. No backup was made",
        )
        fail(said.format(variable=ENV_BACKUP_PASSPHRASE))
        return None
    asked = translate("Cli", "Passphrase for the backup in {folder}: ")
    try:
        chosen = ask_new_passphrase(asked.format(folder=destination.expanduser().resolve()))
    except EOFError:
        print(file=sys.stderr)
        chosen = None
    if chosen is None:
        fail(translate("Cli", "no passphrase chosen for the backup; no backup was made"))
    return chosen


def refused(exc: BackupRefused, directory: DataDir) -> int:
    """Says why no backup was made, in one line and in the data dir's log; the exit code."""
    # The system's or SQLite's words, never the names of what a folder holds (a user's
    # files), nor where the copy was to go (see desk.store.backup).
    why = "" if exc.code in ("not_empty", "not_a_backup") else exc.detail
    log_failure(directory, exc.code + (f" ({why})" if why else ""))
    fail(refused_text(exc, directory))
    return 2


def stopped_before_run(args: argparse.Namespace) -> int:
    """Ctrl+C before `run` began (desk.cli.main loading the store's language)."""
    return stopped(KeyboardInterrupt(), DataDir.resolve(args.data_dir), copying=False)


def stopped(exc: KeyboardInterrupt, directory: DataDir, *, copying: bool) -> int:
    """Says, in one line and in the log, that the run was stopped; the exit code (1)."""
    by = str(exc) if isinstance(exc, Terminated) else "Ctrl+C"
    log_to(directory)
    if copying:
        log.warning("backup stopped by %s: the copy under way was removed, nothing replaced", by)
        fail(translate("Cli", "stopped: the copy under way was removed; nothing was replaced"))
    else:
        log.warning("backup stopped by %s before the copy began, nothing replaced", by)
        fail(translate("Cli", "stopped before the copy began; nothing was made or replaced"))
    return 1


def log_failure(directory: DataDir, why: str) -> None:
    """`backup failed: why` in the data dir's log, where a morning's look at it finds a
    night's backup that failed."""
    log_to(directory)
    log.error("backup failed, nothing replaced: %s", why)


def log_to(directory: DataDir) -> None:
    """The data dir's log set up, where the store's opening has not (a folder refused
    before it, a stop while the key unlocked). Only in a data dir with a store in it: a
    misspelt --data-dir is not made for it, nor a folder that is none of desk's made
    desk's (private, with a logs folder)."""
    if directory.database.exists() or directory.key_file.exists():
        with contextlib.suppress(DataDirUnusable):
            setup_logging(directory.ensure(), run="`backup` command")


def refused_text(exc: BackupRefused, directory: DataDir) -> str:
    """Why no backup was made, in one line."""
    if exc.code == "damaged":
        # As opening a damaged store says it, with when desk found it so.
        damaged = StoreError("damaged", str(exc.path))
        return store_error_text(damaged, directory)
    if exc.code == "busy":
        return translate("Cli", STORE_ERRORS["locked"]).format(detail=exc.path)
    code = "full" if exc.code == "io" and disk_full(exc.path) else exc.code
    return translate("Cli", REFUSALS[code]).format(
        path=exc.path, detail=exc.detail, root=directory.root
    )


class ShareCopied:
    """The share of the store copied, on one line of `stream` written over in place where
    a person watches it (a terminal); nothing in a script's log."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._watched = stream.isatty()
        self._shown: int | None = None

    def __call__(self, copied: int, total: int) -> None:
        if not self._watched:
            return
        percent = 100 * copied // total if total else 100
        if percent == self._shown:
            return
        self._shown = percent
        if percent < 100:
            said = translate("Cli", "copying the store: {percent}%").format(percent=percent)
        else:  # a second or so at 100,000 messages, in which nothing else would move
            said = translate("Cli", "copying the store: 100%; reading the copy back whole")
        self._stream.write(f"\r{said}")
        self._stream.flush()

    def end(self) -> None:
        """Ends the line, where one was shown."""
        if self._shown is not None:
            self._stream.write("\n")
            self._stream.flush()
            self._shown = None
