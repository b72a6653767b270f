"""What every subcommand shares as it runs: the data dir, opening the store, its errors in
the store's language (see desk.cli.speech). Their options are desk.cli.parsers'."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desk.app.logs import setup_logging
from desk.cli.speech import QT_TRANSLATE_NOOP, translate
from desk.store.files import disk_full
from desk.store.keys import (
    ENV_PASSPHRASE,
    MIN_PASSPHRASE_LENGTH,
    NewPassphraseProblem,
    new_passphrase_problem,
)
from desk.store.paths import DataDir, DataDirUnusable

if TYPE_CHECKING:
    from desk.store.keys import KeyFileUnreadable
    from desk.store.paths import OsRefusal
    from desk.store.store import Store, StoreError

DEFAULT_TZ = ZoneInfo("Asia/Shanghai")
log = logging.getLogger("desk.cli")

STORE_ERRORS = {
    "key_file_missing": QT_TRANSLATE_NOOP(
        "Cli",
        "The database exists but its key file ({detail}) is missing; "
        "desk will not create a new database over it.",
    ),
    "key_file_corrupt": QT_TRANSLATE_NOOP(
        "Cli",
        "The key file is damaged: {detail}",
    ),
    "key_file_unreadable": QT_TRANSLATE_NOOP(
        "Cli",
        "Cannot read the key file {detail}: {reason}. Check its "
        "permissions, or close the program holding it, then try again; nothing was changed.",
    ),
    "passphrase_required": QT_TRANSLATE_NOOP(
        "Cli",
        "This store needs a passphrase: set DESK_PASSPHRASE, or run the "
        "command in a terminal to type it.",
    ),
    # No store yet, and no keychain to keep a new one's key (IT read "This store" of a
    # folder with none in it).
    "passphrase_required_new": QT_TRANSLATE_NOOP(
        "Cli",
        "A new store needs a passphrase here (no keychain to keep its key): set "
        "DESK_PASSPHRASE, or run the command in a terminal to choose one.",
    ),
    # What to do, said here: the README it named (in English, by a section's title) is
    # not in the bundle a user runs (an IT tester).
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Cli",
        "Wrong passphrase: the store was left untouched. Try again (mind Caps Lock and the "
        "keyboard layout). If it is forgotten, nothing else opens the store: in the desk "
        "window, Forgot it? starts afresh with an empty inbox and keeps the old files aside; "
        "or ask your IT staff.",
    ),
    "keychain_entry_missing": QT_TRANSLATE_NOOP(
        "Cli",
        "The keychain holds no key for this store, so nothing can "
        "open it (was the user's profile or keychain reset?). To start afresh, start the window "
        "and choose Start afresh, or ask your IT staff.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "Cli",
        "The database does not open with its key file: {detail} may be damaged, "
        "not desk's, or desk.key may come from another data dir. Nothing was changed.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Cli",
        "The database is damaged: {detail}. Nothing was changed; restore the data dir "
        "from a backup, or move it aside to start afresh.",
    ),
    "disk": QT_TRANSLATE_NOOP(
        "Cli",
        "Cannot read or write the database {detail}: the disk is full or failing. Free "
        "some space and try again; nothing was changed.",
    ),
    # The disk measured full (see disk_full): worded as a write that failed for it is
    # (STORE_FAILURES["full"]), not "full or failing" at one run and "full" at the next.
    "disk_full": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the database {detail}: the disk is full. Free some space and try "
        "again; nothing was changed.",
    ),
    "database_no_access": QT_TRANSLATE_NOOP(
        "Cli",
        "Cannot open the database {detail}: {reason}. Check its "
        "permissions (and those of its -wal and -shm files), or close the program holding it, "
        "then try again; nothing was changed.",
    ),
    "keychain_unavailable": QT_TRANSLATE_NOOP(
        "Cli",
        "The system keychain, which holds this database's key, is not available or is "
        "locked ({detail}); unlock it, or log in to the desktop again, and try again. A data "
        "dir copied from another computer or user left its key in that one's keychain.",
    ),
    "failed": QT_TRANSLATE_NOOP(
        "Cli",
        "The database could not be opened ({detail}); nothing was changed. "
        "logs/desk.log in the data dir says more.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Cli",
        "Another program has been holding this data dir for too long ({detail}): "
        "another desk opening it, or a backup or antivirus scan; try again when it has "
        "finished. Nothing was changed.",
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Cli",
        "The database was written by a newer desk (schema {detail}); "
        "update desk to open it. Nothing was changed.",
    ),
}

NEW_PASSPHRASE_PROBLEMS = {
    NewPassphraseProblem.TOO_SHORT: QT_TRANSLATE_NOOP("Cli", "use at least {least} characters"),
    NewPassphraseProblem.DIFFER: QT_TRANSLATE_NOOP("Cli", "the two passphrases differ"),
}

# Why the OS refused a file desk has (desk.store.paths.OsRefusal codes).
REFUSALS = {
    "permission_denied": QT_TRANSLATE_NOOP(
        "Cli",
        "permission denied",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Cli",
        "another program is using it",
    ),
    "is_a_directory": QT_TRANSLATE_NOOP(
        "Cli",
        "it is a folder, not a file",
    ),
    "not_a_file": QT_TRANSLATE_NOOP(
        "Cli",
        "it is not a file (a pipe or a device)",
    ),
}


def refusal_text(refusal: OsRefusal | None) -> str:
    if refusal is None:
        return "refused"
    said = REFUSALS.get(refusal.code)
    return translate("Cli", said) if said is not None else refusal.detail


def store_error_text(error: StoreError, directory: DataDir | None = None) -> str:
    """A StoreError in one line, as every command says it; a damaged store of `directory`
    with when desk found it so, where desk.damaged notes it."""
    detail = error.detail
    noted = damage_noted(directory) if directory is not None and error.code == "damaged" else ""
    if noted:
        detail = f"{detail}; {noted}"
    code = error.code
    if code == "passphrase_required" and directory is not None and not directory.key_file.exists():
        code = "passphrase_required_new"
    if code == "disk" and directory is not None and disk_full(directory.root):
        code = "disk_full"
    said = translate("Cli", STORE_ERRORS[code])
    return said.format(detail=detail, reason=refusal_text(error.refusal))


def damage_noted(directory: DataDir) -> str:
    """When desk found the database of `directory` damaged, and where it noted it
    (desk.store.damage), in a clause; empty where it did not."""
    from desk.store.damage import read_marker

    found = read_marker(directory.damage_marker)
    if found is None:
        return ""
    if found.at is None:
        said = translate("Cli", "desk found it damaged (noted in {marker})")
    else:
        said = translate("Cli", "desk found it damaged on {when} (noted in {marker})")
    when = f"{found.at.astimezone():%Y-%m-%d %H:%M}" if found.at is not None else ""
    return said.format(when=when, marker=directory.damage_marker)


def key_file_unreadable_text(error: KeyFileUnreadable) -> str:
    return translate("Cli", STORE_ERRORS["key_file_unreadable"]).format(
        detail=error.path, reason=refusal_text(error.refusal)
    )


# How to add an account, as the commands that find none say it.
ADD_ACCOUNT = "desk account add matrix --homeserver URL --user @id:server --password-stdin"

DATA_DIR_ERRORS = {
    "not_a_directory": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is a file, not a directory",
    ),
    "permission_denied": QT_TRANSLATE_NOOP(
        "Cli",
        "no permission to write {path}",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is on a read-only file system",
    ),
    "os_error": QT_TRANSLATE_NOOP(
        "Cli",
        "{path}: {detail}",
    ),
}


# Why a server could not be reached or answered, in words (ConnectorError reason codes).
_SERVER_REASONS = {
    "network": QT_TRANSLATE_NOOP(
        "Cli",
        "no connection (check the address and port, and whether the server speaks https:// "
        "or http://)",
    ),
    "untrusted_certificate": QT_TRANSLATE_NOOP(
        "Cli",
        "the server's certificate is not trusted on this computer (IT: install the "
        "organisation's CA certificate in the system's certificate store, or add the account "
        "with --ca-bundle FILE)",
    ),
    "not_matrix": QT_TRANSLATE_NOOP(
        "Cli", "no Matrix server answers at this address (check the address)"
    ),
    "server_error": QT_TRANSLATE_NOOP("Cli", "the server had an error; try again later"),
    "rate_limited": QT_TRANSLATE_NOOP("Cli", "the server asks to wait; try again in a minute"),
    "bad_response": QT_TRANSLATE_NOOP("Cli", "the server's answer could not be read"),
}


def proxy_failure_text(proxy: str) -> str:
    """An unreachable proxy, in one line: the proxy is this computer's setting (or IT's),
    and "no connection to the server" sent the user to check the server (IT)."""
    said = translate(
        "Cli", "cannot connect to the proxy server {proxy}: check the proxy settings or ask IT"
    )
    return said.format(proxy=proxy or "?")


def server_reason(reason: str) -> str:
    """The words for a ConnectorError's reason code, in the commands' language; one
    without words as it is."""
    said = _SERVER_REASONS.get(reason)
    return translate("Cli", said) if said is not None else reason


STORE_FAILURES = {
    "read_only": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the database {path}: it is read-only (check that this user "
        "owns it and its -wal and -shm files)",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "Cli",
        "the database {path} is busy: another desk holds it; try again",
    ),
    "full": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot write the database {path}: the disk is full",
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "Cli",
        "the database {path} is damaged: restore the data dir from a backup, or "
        "start desk's window, which offers to start afresh{noted}",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Cli",
        "cannot read or write the database {path}: the disk is full or failing",
    ),
    "other": QT_TRANSLATE_NOOP(
        "Cli",
        "the database {path} failed ({detail}); see {log}",
    ),
}


def amount(size: int) -> str:
    """A number of bytes as people read one on a disk."""
    return f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.1f} MB"


def disk_full_text(error: OSError, root: Path) -> str:
    """A file desk could not write for lack of room, in words."""
    said = translate("Cli", "cannot write {file}: the disk is full. Free some space and try again.")
    return said.format(file=error.filename or root)


def store_failure_text(error: BaseException, args: argparse.Namespace) -> int:
    """Says, in one line, why the store failed under a command; logs its type; returns the
    exit code (2). Never the statement or its parameters: they hold message text."""
    fail(store_failure_words(error, args))
    return 2


def store_failure_words(error: BaseException, args: argparse.Namespace) -> str:
    """Why the store failed under a command, in words (STORE_FAILURES); logs its type."""
    from desk.store.database import failure_cause

    cause = failure_cause(error)
    folder = DataDir.resolve(getattr(args, "data_dir", None))
    if cause == "io" and disk_full(folder.root):
        cause = "full"
    driver_error = getattr(error, "orig", None) or error
    log.error("store error %s (%s)", type(driver_error).__name__, cause)
    noted = damage_noted(folder) if cause == "corrupt" else ""
    return translate("Cli", STORE_FAILURES[cause]).format(
        path=folder.database,
        detail=type(driver_error).__name__,
        log=folder.logs,
        noted=f"; {noted}" if noted else "",
    )


def data_dir_error_text(error: DataDirUnusable) -> str:
    if error.owner:
        # Another data dir is not what a restore left as root needs: its owner back.
        said = translate(
            "Cli",
            "cannot use the data dir {root}: {owned} belongs to {owner}, not to {user} "
            "(restored as {owner}?): `{command}` gives it back",
        )
        return said.format(
            root=error.root,
            owned=error.owned,
            owner=error.owner,
            user=error.user,
            command=error.give_back(),
        )
    reason = translate("Cli", DATA_DIR_ERRORS[error.code])
    said = translate(
        "Cli", "cannot use the data dir {root}: {reason} (choose another with --data-dir)"
    )
    return said.format(root=error.root, reason=reason.format(path=error.path, detail=error.detail))


def data_dir(args: argparse.Namespace) -> DataDir:
    """The data dir, made if need be; DataDirUnusable (which `desk.cli.main` words) if not."""
    return DataDir.resolve(args.data_dir).ensure()


def no_store_yet(args: argparse.Namespace) -> bool:
    """Whether the data dir holds no store (nothing is made to find out); DataDirUnusable,
    as any command says it, where a file stands in the way of the folder."""
    wanted = DataDir.resolve(args.data_dir)
    if wanted.database.exists():
        return False
    found = next((p for p in (wanted.root, *wanted.root.parents) if p.exists()), None)
    if found is not None and not found.is_dir():
        data_dir(args)  # raises
    return True


def open_for_cli(
    args: argparse.Namespace, *, create: bool = False, reading: bool = False
) -> Store | None:
    """The store, or None after printing why it cannot be opened. Only a command that
    syncs or adds an account (`create`) makes a new one: a misspelt --data-dir of a
    command that reads would otherwise leave an empty store behind and answer nothing. A
    command `reading` opens it also where the disk has no room to share it (see
    desk.store.store.open_store)."""
    wanted = DataDir.resolve(args.data_dir)
    if not create and no_store_yet(args):
        if wanted.key_file.exists():
            # A key left without its database (desk.db moved or deleted): said, as a data
            # dir with nothing in it is not (IT).
            said = translate(
                "Cli",
                "no desk data in {root}: only the key file {key} is there, without the "
                "database it opens (desk.db moved or deleted?): check --data-dir (desk sync "
                "--once, or starting desk, makes a new database under that key)",
            )
        else:
            said = translate(
                "Cli",
                "no desk data in {root}: check --data-dir (desk sync --once, or starting "
                "desk, makes it)",
            )
        fail(said.format(root=wanted.root, key=wanted.key_file))
        return None
    directory = data_dir(args)
    setup_logging(directory, run=f"`{getattr(args, 'command', None) or 'desk'}` command")
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase and not directory.key_file.exists() and _too_short_to_use(passphrase):
        # As the window asks of a new store's passphrase (without a keychain, it is all
        # that protects the data).
        said = translate(
            "Cli", "{variable} is too short for a new store: use at least {least} characters"
        )
        fail(said.format(variable=ENV_PASSPHRASE, least=MIN_PASSPHRASE_LENGTH))
        return None
    noted = directory.damage_marker.exists()
    store = _open_asking(directory, passphrase, reading)
    if store is not None and noted and not directory.damage_marker.exists():
        # Found damaged, yet every page read at this open (see open_store).
        said = translate(
            "Cli",
            "{database} was found damaged before, but every page of it reads now (restored "
            "from a backup?): {marker} was removed",
        )
        fail(said.format(database=directory.database, marker=directory.damage_marker))
    return store


def _open_asking(directory: DataDir, passphrase: str | None, reading: bool) -> Store | None:
    """The store, asking for its passphrase at a terminal as the window asks (three tries;
    a script sets it), or None after printing why it cannot be opened."""
    # Here, not at the top: `desk` (the window) imports this module and starts unlocking the
    # key before SQLAlchemy loads (see gui_cmd).
    from desk.store.store import StoreError, open_store

    tries = 3 if passphrase is None and at_a_terminal() else 1
    for attempt in range(tries):
        try:
            return open_store(directory, passphrase, reading=reading)
        except StoreError as exc:
            asking = exc.code in ("passphrase_required", "wrong_passphrase")
            if not asking or attempt == tries - 1:
                fail(store_error_text(exc, directory))
                return None
            if exc.code == "wrong_passphrase":
                fail(translate("Cli", "wrong passphrase, try again"))
            passphrase = _ask_passphrase(directory)
            if passphrase is None:
                return None
    return None


def _too_short_to_use(passphrase: str) -> bool:
    """Whether a new store would be protected by this passphrase, too short: only where no
    keychain takes the key (see KeyVault.create)."""
    import keyring

    from desk.store.keys import keychain_usable

    return len(passphrase) < MIN_PASSPHRASE_LENGTH and not keychain_usable(keyring.get_keyring())


def at_a_terminal() -> bool:
    """Whether a person can be asked: a terminal to type at, also while standard input is
    a pipe (`echo pw | desk account add … --password-stdin`), as getpass asks there."""
    if os.name != "posix":
        return sys.stdin.isatty()
    try:
        os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
    except OSError:
        return False
    return True


def _ask_passphrase(directory: DataDir) -> str | None:
    """The passphrase typed at the terminal (twice for a new store), or None. A new one is
    asked for again, saying why, while it is too short or the two differ (three tries)."""
    import getpass

    try:
        if directory.key_file.exists():
            asked = translate("Cli", "Passphrase for {root}: ")
            return getpass.getpass(asked.format(root=directory.root))
        asked = translate("Cli", "New passphrase for {root}: ")
        chosen = ask_new_passphrase(asked.format(root=directory.root))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return None
    if chosen is None:
        fail(translate("Cli", "no passphrase chosen; nothing was created"))
    return chosen


def ask_new_passphrase(prompt: str) -> str | None:
    """A new passphrase typed twice at the terminal, long enough, in three tries; None
    after that. It says why a try was refused."""
    import getpass

    for _ in range(3):
        typed = getpass.getpass(prompt)
        problem = new_passphrase_problem(typed)
        if problem is None:
            problem = new_passphrase_problem(
                typed, getpass.getpass(translate("Cli", "Once more: "))
            )
        if problem is None:
            return typed
        fail(translate("Cli", NEW_PASSPHRASE_PROBLEMS[problem]).format(least=MIN_PASSPHRASE_LENGTH))
    return None


# Why the window does not start, as `desk` says it and `desk selftest` reports it: IT reads
# them over SSH, in the store's language (the log keeps the English).
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Cli",
    "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): start desk "
    "in a desktop session; the commands in `desk --help` need none, and "
    "QT_QPA_PLATFORM=offscreen runs the window without a screen",
)
DISPLAY_UNOPENABLE = QT_TRANSLATE_NOOP(
    "Cli",
    "the display {display} (DISPLAY) cannot be opened: no X server answers there, or it "
    "refuses this user, so the window cannot start. Start desk in a desktop session, or set "
    "DISPLAY to a display that runs; the commands in `desk --help` need none",
)


def no_display() -> bool:
    """On Linux and the BSDs, no X or Wayland display to open and no platform asked for."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return False
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def display_unopenable() -> str | None:
    """The X display DISPLAY names, where Qt would open it (its xcb platform) and it
    cannot be opened (no X server answers there, or it refuses this user); None where it
    opens, where Qt would not use it, or where this cannot tell. Qt itself aborts the whole
    process there (exit 134), saying that reinstalling the application may fix it."""
    display = os.environ.get("DISPLAY")
    if not display or not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return None
    asked = os.environ.get("QT_QPA_PLATFORM", "")
    if (asked and not asked.startswith("xcb")) or (not asked and os.environ.get("WAYLAND_DISPLAY")):
        return None  # another platform, or Wayland, which Qt may take first
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None  # Qt's platform plugin, which needs it too, names it
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    # Always a connection, an error one where it failed: disconnected either way.
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return display if xcb.xcb_connection_has_error(connection) else None
    finally:
        xcb.xcb_disconnect(connection)


def fail(message: str) -> None:
    print(f"desk: {message}", file=sys.stderr)
