"""`desk selftest`: one line per check, non-zero exit on any failure.

IT staff run it on a fresh install (and CI on the frozen bundle); it must pass
on an empty data dir, so its database work happens in a scratch store that it
removes afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import multiprocessing
import os
import platform
import secrets
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

import sqlcipher3
from keyring.backends import fail as fail_backend
from sqlalchemy import select

from desk import __version__
from desk.cli.common import (
    DISPLAY_UNOPENABLE,
    amount,
    damage_noted,
    data_dir_error_text,
    disk_full_text,
    display_unopenable,
    no_display,
    refusal_text,
    store_error_text,
)
from desk.cli.speech import translate
from desk.connectors import registry
from desk.core.policy import FILE, Policy
from desk.store import keys
from desk.store.database import why_unopenable
from desk.store.keychain_entries import read_only
from desk.store.models import Setting
from desk.store.paths import DataDir, DataDirUnusable
from desk.store.policy_file import ENV_POLICY_FILE, policy_path, policy_there, read_policy
from desk.store.store import StoreError, open_store, unlock_key

Check = Callable[[], str]


class CheckFailed(Exception):
    """A check's failure, worded for IT staff (no exception type in front)."""


class CheckWarning(Exception):
    """Something desk works without, less well, worded for IT staff: said, not failed."""


def run(args: argparse.Namespace) -> int:
    offscreen = no_display()
    if offscreen:
        # Without a display Qt aborts the whole process (SIGABRT) with a hint to reinstall:
        # over SSH the checks run offscreen and say so.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    root = DataDir.resolve(args.data_dir)
    scratch = root.root / "selftest"
    made = _first_missing(root.root)
    # Read once, as the window reads it at start, for the checks that look at it.
    policy_file = policy_path()
    policy = read_policy(policy_file) if policy_there(policy_file) else None
    qt_said: list[str] = []  # printed after the checks, not among them
    checks: list[tuple[str, Check]] = [
        ("data dir", lambda: _check_data_dir(root, made)),
        ("this data dir's store", lambda: _check_own_store(root)),
        ("encrypted store", lambda: _check_store(scratch)),
        ("key protection", lambda: _check_keychain(root)),
        ("translations", _check_translations),
        ("qt platform", lambda: _check_qt(offscreen, qt_said)),
        ("chinese font", _check_chinese_font),
        ("sound", _check_sound),
        ("connectors", _check_connectors),
        ("triage process", _check_triage_process),
        ("policy", lambda: _check_policy(policy_file, policy)),
        ("holiday calendar", lambda: _check_holiday_calendar(date.today(), policy)),
    ]
    # What support asks first: which desk, and which policy it runs under.
    python = platform.python_version()
    heading = f"desk {__version__}, Python {python}, {platform.platform()}; {_policy()}"
    # Each line flushed as it is said: sent to a file (`selftest > f 2>&1`, for support),
    # stdout is held in a buffer, and whatever went to stderr meanwhile (a child's, Qt's
    # block below) came out in the middle of the check lines.

    def say(line: str) -> None:
        if not args.json:
            print(line, flush=True)

    say(heading)
    results: list[tuple[str, str, str]] = []
    try:
        with _qt_messages_kept(qt_said):
            for name, check in checks:
                status, detail = _outcome(check, root)
                results.append((name, status, detail))
                say(f"{_MARKS[status]} {name}: {detail}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if made is not None:
            _remove_made(root.root, made)
    failures = sum(status == FAILED for _, status, _ in results)
    warnings = sum(status == WARNED for _, status, _ in results)
    if args.json:
        # For a deployment tool checking 60 PCs: the verdicts by name, not lines to parse.
        # Qt's messages go in it too: stderr is often not collected by such tools.
        report = {
            "version": __version__,
            "python": python,
            "platform": platform.platform(),
            "policy": _policy(),
            "checks": [
                {"name": name, "status": status, "detail": detail}
                for name, status, detail in results
            ],
            "passed": len(checks) - failures,
            "failed": failures,
            "warnings": warnings,
            "qt_messages": [said.strip() for said in qt_said],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2), flush=True)
        return 1 if failures else 0
    warned = f", {warnings} with a warning" if warnings else ""
    print(f"{len(checks) - failures} passed, {failures} failed{warned}", flush=True)
    if qt_said:
        # After the checks, not among them: "PulseAudioService: pa_context_connect()
        # failed" between two ok lines read as a failure the sound check had missed.
        print(
            "\nQt's own messages during the checks, for support (the check lines above "
            "have the verdict):",
            file=sys.stderr,
        )
        for said in qt_said:
            print(textwrap.indent(said.strip(), "  "), file=sys.stderr)
    return 1 if failures else 0


PASSED, WARNED, FAILED = "ok", "warn", "fail"
_MARKS = {PASSED: "ok  ", WARNED: "warn", FAILED: "FAIL"}


def _outcome(check: Check, root: DataDir) -> tuple[str, str]:
    """A check's status and what it says: its detail, or why it failed or warned."""
    try:
        return PASSED, check()
    except CheckWarning as exc:
        return WARNED, str(exc)
    except DataDirUnusable as exc:  # worded as every other command words it
        return FAILED, data_dir_error_text(exc)
    except CheckFailed as exc:
        return FAILED, str(exc)
    except StoreError as exc:  # as every command words it
        return FAILED, store_error_text(exc)
    except OSError as exc:
        # A full disk said as every command says it, not "OSError: [Errno 28]".
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return FAILED, disk_full_text(exc, root.root)
        return FAILED, f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # each check reports, the next one still runs
        return FAILED, f"{type(exc).__name__}: {exc}"


@contextlib.contextmanager
def _qt_messages_kept(kept: list[str]) -> Iterator[None]:
    """Qt's messages (its multimedia backends, PulseAudio, the platform plugin) into
    `kept`, not onto the terminal among the check lines. Kept to print after them rather
    than put in the log: the data dir, and so its log, may be what fails here."""
    try:
        from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    except ImportError:  # the checks that need Qt say so
        yield
        return

    def keep(_kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        kept.append(_qt_line(context.category, message))

    qInstallMessageHandler(keep)
    try:
        yield
    finally:
        qInstallMessageHandler(None)  # Qt's own handler again, for what it says at exit


def _qt_line(category: str | None, message: str) -> str:
    return message if category in (None, "", "default") else f"{category}: {message}"


# Room desk needs to go on writing: its database's write-ahead log grows to about 4 MB
# before SQLite folds it back into the file, and its log file to 2 MB before it rotates.
MIN_FREE_BYTES = 8_000_000


def _check_data_dir(directory: DataDir, made: Path | None) -> str:
    """The data dir can be written, and its disk has room: on a full disk a file can still
    be made (an empty one), and this check called it writable. `made`: the first folder
    of it that did not exist (see _first_missing)."""
    directory.ensure()
    free = shutil.disk_usage(directory.root).free
    if free < MIN_FREE_BYTES:
        raise CheckFailed(
            f"the disk holding {directory.root} is full: {amount(free)} free, and desk "
            f"needs {amount(MIN_FREE_BYTES)} to write its database and logs; free some space"
        )
    if made is not None:
        # Said, not passed over: `--data-dir /typo/path` read "ok … writable" and left
        # the typo's folders behind (IT). Removed again after the checks.
        return (
            f"{directory.root} does not exist yet (desk makes it on first start); it can be "
            f"made and written there; {amount(free)} free"
        )
    return f"{directory.root} and its logs dir are writable; {amount(free)} free"


def _first_missing(path: Path) -> Path | None:
    """The outermost folder of `path` that does not exist (what making it would make),
    None if it exists."""
    missing = None
    for folder in (path, *path.parents):
        try:
            if folder.exists():
                break
        except OSError:
            # Not to be looked up (under a folder this user may not open, a name too
            # long): whether it was there is not known, so nothing is taken for made.
            return None
        missing = folder
    return missing


def _remove_made(root: Path, made: Path) -> None:
    """Removes the folders the checks made, from `root` up to `made`, each only if it
    holds nothing (rmdir refuses otherwise): a data dir is never emptied."""
    try:
        inside = sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True)
    except OSError:
        inside = []  # the data dir itself could not be looked into: nothing made in it
    for folder in inside:
        with contextlib.suppress(OSError):
            folder.rmdir()
    for folder in (root, *root.parents):
        with contextlib.suppress(OSError):
            folder.rmdir()
        if folder == made:
            break


def _check_own_store(directory: DataDir) -> str:
    """The store already in the data dir opens with the key it is given, and this user may
    write its files (a desk.db left owned by another user). Read only: a running desk
    keeps its store, and an older one is not upgraded under it."""
    if not directory.database.exists():
        return "none yet (desk makes it on first start)"
    # Found damaged while desk ran: said in every answer.
    noted = damage_noted(directory)
    also = f"; {noted}" if noted else ""
    try:
        key = unlock_key(directory, os.environ.get(keys.ENV_PASSPHRASE))
    except StoreError as exc:
        if exc.code == "passphrase_required":
            return (
                "not opened: it is protected by a passphrase (set DESK_PASSPHRASE to check "
                f"it){also}"
            )
        raise CheckFailed(store_error_text(exc)) from None
    files = [
        directory.database,
        *(directory.database.with_name(directory.database.name + end) for end in ("-wal", "-shm")),
    ]
    unwritable = [f.name for f in files if f.exists() and not os.access(f, os.W_OK)]
    if unwritable or not os.access(directory.root, os.W_OK):
        raise CheckFailed(f"this user cannot write {', '.join(unwritable) or directory.root}")
    try:
        with read_only(directory, key) as connection:
            messages = connection.execute("SELECT count(*) FROM messages").fetchone()[0]
            # Every page, which the window's start never reads (1.3 s for 165 MB here):
            # a page damaged in the middle passed until the window read it.
            found = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.dbapi2.DatabaseError as exc:
        # Worded as opening it would be: only "not a database" is the key, and the disk
        # only where the OS does not refuse the file itself.
        code, refusal = why_unopenable(directory.database, exc)
        failed = StoreError(code, str(directory.database), refusal)
        raise CheckFailed(store_error_text(failed, directory)) from None
    if found != ["ok"]:
        damaged = StoreError("damaged", str(directory.database))
        raise CheckFailed(f"{store_error_text(damaged, directory)} (quick_check: {found[0]})")
    if noted:  # read whole now (restored from a backup?)
        also = f"; {noted}: desk's next start reads it again and removes the note"
    return (
        f"opens with its key, this user may write it, every page reads; {messages} messages{also}"
    )


def _check_store(scratch: Path) -> str:
    shutil.rmtree(scratch, ignore_errors=True)
    directory = DataDir(scratch)
    passphrase = secrets.token_urlsafe(16)
    # The passphrase path, whatever keychain this machine has.
    store = open_store(directory, passphrase, backend=fail_backend.Keyring(), scrypt_n=2**14)
    marker = secrets.token_hex(8)
    with store.transaction() as session:
        session.add(Setting(name="selftest", value=marker))
    store.close()
    store = open_store(directory, passphrase, backend=fail_backend.Keyring())
    with store.sessions() as session:
        read_back = session.scalar(select(Setting.value).where(Setting.name == "selftest"))
    store.close()
    if read_back != marker:
        raise RuntimeError("row did not read back")
    if directory.database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("database file is not encrypted")
    try:
        open_store(directory, passphrase + "x", backend=fail_backend.Keyring())
        raise RuntimeError("a wrong passphrase was accepted")
    except StoreError as exc:
        if exc.code != "wrong_passphrase":
            raise
    return "SQLCipher row written and read back; file header encrypted; wrong passphrase refused"


# Not desk's own service name: on Windows, keyring files a second secret under one service
# by renaming the first (desk -> store-key:…@desk), which the uninstaller would then miss.
SELFTEST_SERVICE = "desk-selftest"


def _policy() -> str:
    path = policy_path()
    if policy_there(path):
        return f"policy {path}"
    chosen = " (named by " + ENV_POLICY_FILE + ")" if os.environ.get(ENV_POLICY_FILE) else ""
    return f"no policy at {path}{chosen}"


def _check_policy(path: Path, policy: Policy | None) -> str:
    """The policy file at `path`, as the window reads it (None: there is none): one with
    a problem still starts desk (the rest applies), so only here does IT learn of it
    before users do."""
    if policy is None:
        if os.environ.get(ENV_POLICY_FILE):
            # Named on purpose: a misspelt path must not pass for "no policy".
            raise CheckFailed(f"{ENV_POLICY_FILE} names {path}, which does not exist")
        return f"none at {path}: desk uses its defaults and each user's settings"
    if policy.problems:
        applies = "none of it applies" if policy.unread else "the rest applies"
        raise CheckFailed(
            f"{path} has {len(policy.problems)} problem(s) ({applies}); run `desk policy "
            f"check` for all of them. The first: {policy.problems[0]}"
        )
    said = f"{path}: {len(policy.values)} setting(s), {len(policy.locked)} locked"
    if policy.warnings:
        # Read as meant, yet worth writing plainly: `desk policy check` names each.
        first = policy.warnings[0]
        said += (
            f"; {len(policy.warnings)} warning(s): {first.message if first.key == FILE else first}"
        )
    return said


def _check_holiday_calendar(today: date, policy: Policy | None) -> str:
    """Where this year's and next year's holidays come from (`policy`, None if there is
    none). A missing one is no failure: in December the State Council has often not yet
    published the next year's."""
    from desk.core.work_calendar import WorkCalendar

    tables = policy.values.get("calendar.tables", {}) if policy is not None else {}
    built_in = WorkCalendar()
    sources = []
    missing = False
    for year in (today.year, today.year + 1):
        if str(year) in tables:
            over = " (over the built-in one)" if built_in.known(year) else ""
            sources.append(f"{year} from the policy{over}")
        elif built_in.known(year):
            sources.append(f"{year} built in")
        else:
            sources.append(f"{year} missing")
            missing = True
    said = "; ".join(sources)
    if missing:
        said += (
            " (desk assumes Monday to Friday with the holidays it can foresee until "
            "calendar.tables in the policy, or a newer desk, has the year's table)"
        )
    return said


def _backend_name(backend: object) -> str:
    """keyring's backends are all classes named Keyring: their module says which it is
    (SecretService, Windows, macOS, fail)."""
    kind = type(backend)
    module = kind.__module__.rsplit(".", 1)[-1]
    return module if kind.__name__ == "Keyring" else f"{module}.{kind.__name__}"


def _this_store(directory: DataDir) -> str:
    """How this data dir's store keeps its key (the README sends IT here to find out)."""
    try:
        protection = keys.KeyVault(directory.key_file).protection()
    except keys.KeyFileCorrupt:
        return "this store's key file is damaged"
    except keys.KeyFileUnreadable as exc:
        return f"this store's key file cannot be read ({refusal_text(exc.refusal)})"
    if protection is None:
        return "no store yet"
    if protection is keys.KeyProtection.KEYCHAIN:
        return "this store's key is in the keychain"
    return "this store's key is under a passphrase"


def _check_keychain(directory: DataDir) -> str:
    return f"{_this_store(directory)}; {_keychain()}"


# Where keyring looks, said where IT may not know it: Windows and macOS always have one.
_KEYCHAINS_LOOKED_FOR = (
    " (desk looks for a Secret Service such as gnome-keyring, or KWallet, on the session D-Bus)"
    if sys.platform.startswith("linux")
    else ""
)


def _keychain() -> str:
    import keyring.errors

    backend = keyring.get_keyring()
    name = _backend_name(backend)
    if not keys.keychain_usable(backend):
        # Not keyring's name for it: "ok … no usable keychain (fail)" read as a failure
        # the check had let pass.
        if isinstance(backend, fail_backend.Keyring):
            return (
                f"no keychain service found{_KEYCHAINS_LOOKED_FOR}: a new store uses a passphrase"
            )
        return f"the keychain found ({name}) cannot keep secrets: a new store uses a passphrase"
    entry = f"selftest-{secrets.token_hex(4)}"
    value = secrets.token_hex(16)
    try:
        backend.set_password(SELFTEST_SERVICE, entry, value)
    except keyring.errors.KeyringError as exc:
        # As desk does for a new store (keys.KeyVault.create): the passphrase path.
        return f"the keychain ({name}) refused a secret ({exc}): a new store uses a passphrase"
    try:
        if backend.get_password(SELFTEST_SERVICE, entry) != value:
            raise RuntimeError("keychain did not return the secret")
    finally:
        backend.delete_password(SELFTEST_SERVICE, entry)
    return f"keychain ({name}) keeps and returns a secret"


def _check_translations() -> str:
    from desk.ui.i18n import SHIPPED_LOCALES, load_desk_translator, probe

    loaded = []
    for locale in SHIPPED_LOCALES:
        translator = load_desk_translator(locale)
        if translator is None:
            raise RuntimeError(f"desk_{locale}.qm missing or unreadable")
        loaded.append(f"{locale}: {probe(translator)}")
    return "; ".join(loaded)


def _check_qt(offscreen: bool, qt_said: list[str]) -> str:
    from PySide6.QtGui import QGuiApplication

    if not offscreen and QGuiApplication.instance() is None:
        unopenable = display_unopenable()
        if unopenable is not None:
            # Not a library to install (IT read that advice, and the bundle had them).
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # for the checks after this one
            raise CheckFailed(translate("Cli", DISPLAY_UNOPENABLE).format(display=unopenable))
        _open_display_apart(qt_said)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    where = f"platform plugin '{QGuiApplication.platformName()}' loaded ({type(app).__name__})"
    if offscreen:
        return f"{where}; no display here, so checked offscreen: the window needs one"
    return where


# Words every notice holds: a font that has them shows the window's Chinese.
CHINESE_SAMPLE = "收到紧急通知"


def _check_chinese_font() -> str:
    """A font here shows common Chinese: without one the window drew every Chinese
    character as a box (tofu), while the self-test said all was fine (IT, on a Linux PC
    without fonts-noto-cjk). Windows has Microsoft YaHei (微软雅黑), macOS PingFang."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    families = QFontDatabase.families(chinese)
    # A font that claims the writing system is asked for each character of the sample:
    # a family name alone says nothing of what its files hold.
    showing = [
        family
        for family in families
        if all(
            QRawFont.fromFont(QFont(family), chinese).supportsCharacter(ord(character))
            for character in CHINESE_SAMPLE
        )
    ]
    if not showing:
        raise CheckFailed(
            f"no font on this computer shows Chinese ({CHINESE_SAMPLE} would be drawn as "
            "boxes in the window): install a Chinese font, on Debian or Ubuntu apt-get "
            "install fonts-noto-cjk (or fonts-wqy-microhei), on Fedora google-noto-sans-cjk-"
            "fonts; Windows has Microsoft YaHei (微软雅黑) built in"
        )
    others = f" and {len(showing) - 1} other font(s)" if len(showing) > 1 else ""
    return f"{CHINESE_SAMPLE} shown in {showing[0]}{others}"


def _open_display_apart(kept: list[str]) -> None:
    """Opens the display in a child process first: where Qt cannot load its platform
    plugin (a library it links is missing) it aborts the whole process, and the
    self-test ended after five lines, with no FAIL and the other checks never run."""
    context = multiprocessing.get_context("spawn")
    said, says = context.Pipe(duplex=False)
    child = context.Process(target=_open_display, args=(says,), daemon=True)
    child.start()
    says.close()  # the child's copy alone: its end ends the pipe
    heard: list[tuple[bool, str]] = []
    # Read while it runs: Qt's debug messages (QT_LOGGING_RULES) fill a pipe's buffer.
    deadline = time.monotonic() + DISPLAY_TIMEOUT_S
    while said.poll(max(0.0, deadline - time.monotonic())):
        try:
            heard.append(said.recv())
        except EOFError:
            break
    child.join(max(0.0, deadline - time.monotonic()))
    kept.extend(line for _fatal, line in heard)
    if child.exitcode == 0:
        return
    child.kill()
    # The checks after this one must not open the display that aborted the child.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The platform plugin's own words say why (could not connect to display :1; libxcb-
    # cursor0 is needed); Qt's fatal line after them only says to reinstall.
    why = [line for _fatal, line in heard if line.startswith("qt.qpa.")]
    why = why or [line.splitlines()[0] for fatal, line in heard if fatal and line]
    raise CheckFailed(
        f"Qt could not open the display ({'; '.join(why) or 'Qt said nothing'}): the window "
        "cannot start. On Linux a library of Qt's platform plugin is likely missing: on Debian "
        "or Ubuntu, apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
        "libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 "
        "libxkbcommon-x11-0"
    )


def _open_display(says: Connection) -> None:
    """In the child: Qt's messages go to the parent, which prints them after the checks,
    and names the fatal one (why the display did not open) in the check's own line."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    def tell(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        says.send((kind == QtMsgType.QtFatalMsg, _qt_line(context.category, message)))

    qInstallMessageHandler(tell)
    QGuiApplication(sys.argv[:1])
    says.close()
    # Out at once, the display found to open: Qt's teardown at the interpreter's exit
    # called `tell` on a Python already gone (SIGSEGV with QT_LOGGING_RULES on).
    os._exit(0)


# Opening a display takes well under a second; a remote X server over a slow link, more.
DISPLAY_TIMEOUT_S = 60


def _check_sound() -> str:
    """QtMultimedia loads, the bundled sounds are sound files, and an audio output takes
    them: without one the alerts are silent (a warning: the taskbar flash and the pop-ups
    still alert). It said ok on a PC with no audio, where DING alerts made no sound (IT)."""
    import wave

    from PySide6.QtMultimedia import QMediaDevices

    from desk.resources import resource

    for name in ("notify", "urgent"):
        with wave.open(str(resource("sounds", f"{name}.wav"))) as sound:
            if sound.getnframes() == 0:
                raise RuntimeError(f"{name}.wav is empty")
    loaded = "QtMultimedia loaded, notify.wav and urgent.wav readable"
    silent = "alert sounds cannot play here (DINGs still flash the taskbar and show pop-ups)"
    outputs = len(QMediaDevices.audioOutputs())
    if not outputs:
        raise CheckWarning(
            f"{loaded}; no audio output on this machine (or no QtMultimedia backend for "
            f"it): {silent}"
        )
    if not _sound_loads(resource("sounds", "urgent.wav")):
        raise CheckWarning(
            f"{loaded}; {outputs} audio output(s), but the default one does not take desk's "
            f"sounds: {silent}"
        )
    return f"{loaded}; {outputs} audio output(s)"


# How long a sound may take to load onto the audio output; it takes well under a second.
SOUND_LOAD_TIMEOUT_S = 10


def _sound_loads(path: Path) -> bool:
    """Whether QSoundEffect loads `path` for the default audio output, as the window
    plays it: it says Error where the output does not take its format."""
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QSoundEffect

    if QCoreApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    deadline = time.monotonic() + SOUND_LOAD_TIMEOUT_S
    waiting = (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)
    while effect.status() in waiting and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return effect.status() is QSoundEffect.Status.Ready


def _check_connectors() -> str:
    found = registry.available()
    if "demo" not in found:
        raise RuntimeError("the built-in demo connector is not registered")
    return ", ".join(sorted(found))


def _check_triage_process() -> str:
    """The window's triage runs in a child process started from this executable (in a
    frozen bundle, desk itself: see freeze_support in desk.__main__)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desk.core.messages import Message, Role, Tier
    from desk.core.triage_config import TriageConfig
    from desk.sync.triage_process import TriageProcess

    tz = ZoneInfo("Asia/Shanghai")
    message = Message(
        "selftest",
        "g",
        "selftest",
        "u",
        "selftest",
        Role.OWNER,
        datetime.now(tz),
        "【紧急】各村书记立即到岗",
    )
    triage = TriageProcess(start_timeout_s=60)
    try:
        triage.configure(0, TriageConfig(tz=tz))
        (verdict,) = triage.process(0, [message])
        pid = triage.pid
    finally:
        triage.close()
    if verdict.tier is not Tier.URGENT:
        raise RuntimeError(f"an urgent test message came back {verdict.tier.value}")
    return f"child process {pid} triaged a test message as urgent"
