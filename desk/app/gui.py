"""Starting the window: translations, unlocking the store, the sync worker, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

# The store (SQLAlchemy and its ORM: hundreds of modules) loads before Qt: PySide6's import
# hook (its __feature__ support) reads the source of every module imported after it.
from desk.core.clock import SystemClock
from desk.resources import resource
from desk.store.database import failure_cause, is_database_error
from desk.store.inbox import InboxQueries  # noqa: F401  (for the window, before Qt)
from desk.store.keys import ENV_PASSPHRASE, MIN_PASSPHRASE_LENGTH
from desk.store.paths import DataDir, DataDirUnusable
from desk.store.policy_file import load_policy, policy_path
from desk.store.set_aside import set_aside
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, StoreError, open_store  # isort: split

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.app import session_bus
from desk.app.desk_app import DeskApp, SyncRelay
from desk.app.gc_schedule import CollectionScheduler
from desk.app.logs import log_qt_messages, setup_logging
from desk.app.quit_signals import QuitOnSignals, leave_event_loops
from desk.app.single_instance import InstanceServer, Running, ask_running_instance
from desk.app.sync_host import SyncHost
from desk.core.placeholders import fill
from desk.core.policy import FILE
from desk.ui import i18n, menu_style
from desk.ui.busy import wait_for
from desk.ui.policy_text import file_problem_text
from desk.ui.qt_logging import silence_multimedia_loading
from desk.ui.refusal_text import refusal_words

if TYPE_CHECKING:
    from desk.app.accounts_flow import AccountsWindow
    from desk.core.policy import Policy
    from desk.sync.posts import Posted
    from desk.sync.worker import SyncWorker
    from desk.ui.ding_composer import DingDraft
    from desk.ui.ding_dialogs import DingDialogs
    from desk.ui.main_window import MainWindow
    from desk.ui.post_composer import PostDialogs, PostDraft, RefusedHeld
    from desk.ui.window_place import WindowPlace

_STORE_ERRORS = {
    "key_file_missing": QT_TRANSLATE_NOOP(
        "Store",
        "The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.",  # noqa: E501
    ),
    "key_file_corrupt": QT_TRANSLATE_NOOP(
        "Store",
        "The key file %1 is damaged, so the database cannot be opened. Restore desk.key from a backup of that folder; nothing was changed.",  # noqa: E501
    ),
    "key_file_unreadable": QT_TRANSLATE_NOOP(
        "Store",
        "desk cannot read its key file %1: %2. Check the file's permissions, or close the program holding it, then start desk again; nothing was changed.",  # noqa: E501
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Store", "Wrong passphrase. Nothing was changed."),
    "passphrase_required": QT_TRANSLATE_NOOP("Store", "A passphrase is needed."),
    "keychain_entry_missing": QT_TRANSLATE_NOOP(
        "Store", "The system keychain no longer holds the key of this database."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "Store",
        "The database does not open with its key file: the file may be damaged, or desk.key comes from another folder. Nothing was changed: restore desk's folder from a backup.",  # noqa: E501
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Store",
        "The database file is damaged, so it cannot be opened. Nothing was changed: restore desk's folder from a backup.",  # noqa: E501
    ),
    "disk": QT_TRANSLATE_NOOP(
        "Store",
        "desk cannot read or write its database: the disk may be full or failing. Free some space and start desk again; nothing was changed.",  # noqa: E501
    ),
    "database_no_access": QT_TRANSLATE_NOOP(
        "Store",
        "desk cannot open its database %1: %2. Check its permissions (and those of desk.db-wal and desk.db-shm beside it), or close the program holding it, then start desk again; nothing was changed.",  # noqa: E501
    ),
    "keychain_unavailable": QT_TRANSLATE_NOOP(
        "Store",
        "The system keychain, which holds this database's key, is not available or is locked. Unlock it, or log in to the computer again, then start desk. If desk's folder was copied here from another computer or user, its key stayed in that keychain: ask IT.",  # noqa: E501
    ),
    "failed": QT_TRANSLATE_NOOP(
        "Store",
        "desk could not open its database; nothing was changed. The log in desk's folder (logs/desk.log) says more: please contact IT.",  # noqa: E501
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Store",
        "Another program has been holding desk's data for a long time: another desk opening it, or a backup or antivirus scan. Close it or wait until it has finished, then start desk again; nothing was changed.",  # noqa: E501
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "Store",
        "This database was written by a newer desk. Update desk to open it; nothing was changed.",
    ),
}

_DATA_DIR_ERRORS = {
    "not_a_directory": QT_TRANSLATE_NOOP("Store", "%1 is a file, not a folder."),
    "permission_denied": QT_TRANSLATE_NOOP("Store", "You have no permission to write %1."),
    "read_only": QT_TRANSLATE_NOOP("Store", "%1 is on a read-only disk."),
    "os_error": QT_TRANSLATE_NOOP("Store", "%1: %2"),
}

GIL_SWITCH_INTERVAL_S = 0.001
# How long the status bar says that the administrator's policy does not (all) apply.
POLICY_WARNING_SHOWN_MS = 15000
# The window's exit status when the user asks desk to start again (see run_gui).
START_AGAIN = -1
# ... and when it is to open again on the store it has open, the user having chosen
# another language: translators are installed as a window starts, and the whole window is
# built again in the new one; the store stays open, so no passphrase is asked again.
REOPEN = -2

log = logging.getLogger("desk.app.gui")

T = TypeVar("T")


# A record, not a dataclass: it loads before the first paint (issue 8).
class Reopening(NamedTuple):
    """What the window opened again (REOPEN) takes over from the last: its store, left
    open (the passphrase is not asked again), and where the user was in it."""

    store: Store
    place: WindowPlace
    # The DING being written: the prompt to restart says what the user wrote is kept.
    ding_draft: DingDraft | None = None
    # ...and the new message being written (Message → New message…).
    post_draft: PostDraft | None = None
    # ...and the new messages the server refused that desk holds to give back.
    post_refused: RefusedHeld | None = None


def opening_text(data_dir: DataDir) -> str:
    if data_dir.damage_marker.exists():  # every page is read (see desk.store.damage)
        return QCoreApplication.translate(
            "Store", "Checking the database, found damaged while desk ran…\nThis can take a minute."
        )
    return QCoreApplication.translate(
        "Store", "Opening the database…\nAfter an update of desk this can take a minute."
    )


def store_error_text(error: StoreError, data_dir: DataDir | None = None) -> str:
    text = QCoreApplication.translate("Store", _STORE_ERRORS[error.code])
    if error.code == "database_no_access":
        # The very file refused: desk.db, or its -wal, -shm or -journal.
        path = error.detail or (str(data_dir.database) if data_dir is not None else "desk.db")
    else:
        path = str(data_dir.key_file) if data_dir is not None else "desk.key"
    refusal = error.refusal
    # Worded as the policy file's problems word it; os_error: the OS's own words.
    said = refusal_words(refusal.code, QCoreApplication.translate) if refusal else None
    reason = said if said is not None else (refusal.detail if refusal is not None else "")
    return fill(text, path, reason)


def data_dir_error_text(error: DataDirUnusable) -> str:
    if error.owner:
        # Not another folder: the user's data is there, and needs only its owner back.
        return fill(
            QCoreApplication.translate(
                "Store",
                "desk cannot keep its data in the folder %1: %2 belongs to %3, not to you "
                "(%4). Was a backup restored as %3?\n\nAsk your IT staff to give it back "
                "to you: %5",
            ),
            str(error.root),
            str(error.owned),
            error.owner,
            error.user,
            error.give_back(),
        )
    reason = fill(
        QCoreApplication.translate("Store", _DATA_DIR_ERRORS[error.code]),
        str(error.path),
        error.detail,
    )
    return fill(
        QCoreApplication.translate(
            "Store",
            "desk cannot keep its data in the folder %1.\n\n%2\n\nChoose another folder "
            "with --data-dir or DESK_DATA_DIR, or ask your IT staff.",
        ),
        str(error.root),
        reason,
    )


def show_fatal(text: str) -> None:
    """The dialog for a start-up failure that leaves desk nothing to show."""
    QMessageBox.critical(None, QCoreApplication.translate("Store", "desk"), text)


# Stores nothing will ever open: the user may set the files aside and start afresh.
_NEVER_OPENS = (
    "keychain_entry_missing",
    "unreadable",
    "damaged",
    "key_file_missing",
    "key_file_corrupt",
)


def start_afresh(problem: str, data_dir: DataDir, *, forgotten: bool = False) -> bool | None:
    """Says `problem` and offers to set the store aside and start with a new one; True
    once it is set aside, False to quit. Quit is the default: nothing moves unless the user
    chooses it. `forgotten`: the passphrase is, and the old files are said to open with it
    alone; then Back, the default, returns None: the user goes back to the passphrase (a
    tester who remembered it had only 重新开始 and 退出). Asked, not an error: no red icon."""
    translate = QCoreApplication.translate
    # Not "IT can still restore them": users read that IT could get their data back, and
    # nobody can open the old files without what they lack (a tester from county IT).
    if forgotten:
        kept = translate(
            "Store",
            "Nothing is deleted, but the old files open again only with the old passphrase: "
            "nobody, IT staff included, can open them without it. Once you are sure you no "
            "longer need them, you may delete that folder.",
        )
    else:
        kept = translate(
            "Store",
            "Nothing is deleted, but the old files open again only if what they lack comes "
            "back (their key, or a repair by IT staff). Once you are sure you no longer need "
            "them, you may delete that folder.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information if forgotten else QMessageBox.Icon.Critical,
        translate("Store", "desk"),
        problem
        + "\n\n"
        + translate(
            "Store",
            "To start afresh, desk moves the database and its key into a new folder, "
            "set-aside-<date>-<time>, in %1 and starts with an empty inbox. Add your accounts "
            "again: their messages come back from the server. What only this computer knew "
            "(read, done, confirmed, your settings) stays in the old files.",
        ).replace("%1", str(data_dir.root))
        + "\n\n"
        + kept,
    )
    afresh = box.addButton(
        translate("Store", "Start afresh"), QMessageBox.ButtonRole.DestructiveRole
    )
    quit_button = box.addButton(translate("Store", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    back = None
    if forgotten:
        back = box.addButton(
            translate("Store", "Back to the passphrase"), QMessageBox.ButtonRole.NoRole
        )
        box.setDefaultButton(back)
        box.setEscapeButton(back)
    box.exec()
    if back is not None and box.clickedButton() is back:
        return None
    if box.clickedButton() is not afresh:
        return False
    try:
        set_aside(data_dir, datetime.now().astimezone())
    except OSError as exc:
        show_fatal(
            fill(
                translate(
                    "Store",
                    "desk could not move its database aside (%1). Close every desk window "
                    "and try again, or ask your IT staff.",
                ),
                exc.strerror or type(exc).__name__,
            )
        )
        return False
    return True


def _opened(data_dir: DataDir, passphrase: str | None, early: Future[bytes] | None) -> Store:
    store = open_store(data_dir, passphrase, early=early)
    # Opened on a passing thread: its connection would hold a slot of the pool for good.
    store.engine.dispose()
    return store


def _given_passphrase(data_dir: DataDir) -> str | None:
    """DESK_PASSPHRASE, unless it is too short to make a new store with (the dialog then
    asks for one)."""
    passphrase = os.environ.get(ENV_PASSPHRASE)
    new_store = not data_dir.key_file.exists()
    if passphrase is not None and new_store and len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return None
    return passphrase


def env_refused_text() -> str:
    return QCoreApplication.translate(
        "Store",
        "The passphrase in DESK_PASSPHRASE was refused: it may be the one before a change. "
        "Type the current one, and change or remove DESK_PASSPHRASE.",
    )


def unlock(data_dir: DataDir, early: Future[bytes] | None = None) -> Store | None:
    """Opens the store, asking for the passphrase as often as needed; None if the user gives up.

    `early` is the key being unlocked already (`keys.unlock_early`): its answer is the
    first try.
    """
    passphrase = _given_passphrase(data_dir)
    # Whether the passphrase being tried is DESK_PASSPHRASE's (the early unlock tries it
    # too): refused, it is named, or the user reads "wrong" before typing anything.
    from_env = passphrase is not None
    error = ""
    while True:
        try:
            if early is not None:
                pending, early = early, None
                opening = partial(_opened, data_dir, None, pending)
                return wait_for(opening, opening_text(data_dir))
            opening = partial(_opened, data_dir, passphrase, None)
            return wait_for(opening, opening_text(data_dir))
        except DataDirUnusable as exc:  # its desk.lock (see open_store)
            show_fatal(data_dir_error_text(exc))
            return None
        except StoreError as exc:
            if exc.code in _NEVER_OPENS:
                if not start_afresh(store_error_text(exc, data_dir), data_dir):
                    return None
                passphrase = _given_passphrase(data_dir)
                from_env = passphrase is not None
                continue
            if exc.code not in ("passphrase_required", "wrong_passphrase"):
                show_fatal(store_error_text(exc, data_dir))
                return None
            if exc.code == "wrong_passphrase":
                error = env_refused_text() if from_env else store_error_text(exc)
            # Only a store with neither the keychain nor DESK_PASSPHRASE asks.
            from desk.ui.passphrase_dialog import (
                PassphraseDialog,
                quit_without_a_passphrase,
                say_closing_without_a_passphrase,
            )

            while True:
                new = not data_dir.key_file.exists()
                dialog = PassphraseDialog(new=new, error=error)
                answer = dialog.exec()
                if answer == PassphraseDialog.DialogCode.Accepted:
                    break
                if answer != PassphraseDialog.FORGOTTEN:
                    # Cancelled: said, not a window that vanishes (a new user, a tester).
                    if not new:
                        say_closing_without_a_passphrase()
                        return None
                    if quit_without_a_passphrase():
                        return None
                    error = ""
                    continue
                no_key = QCoreApplication.translate(
                    "Store",
                    "Without its passphrase nothing can open this database: desk keeps no "
                    "other copy of its key.",
                )
                chosen = start_afresh(no_key, data_dir, forgotten=True)
                if chosen is None:
                    continue  # back to the passphrase, the last error said again
                if not chosen:
                    # Its Quit quits, as it says: it brought the passphrase back, and a
                    # user who had chosen to quit was asked again (IT).
                    return None
                error = ""
                break
            if answer == PassphraseDialog.FORGOTTEN:
                # Not the guess typed before "Forgot it?": the new store's passphrase is
                # chosen (twice) in the dialog, unless DESK_PASSPHRASE gives one.
                passphrase = _given_passphrase(data_dir)
                from_env = passphrase is not None
                continue
            passphrase = dialog.value()
            from_env = False


def say_policy_problems(window: MainWindow, policy: Policy) -> None:
    """Says in the status bar that the administrator's policy does not (all) apply: a
    notice, after which another start-up warning (no alert sounds) is said, not over it a
    second later (IT)."""
    if policy.unread:
        # Why, in the window's language (…is not valid TOML: the error is at line 3, …).
        problem = next(p for p in policy.problems if p.key == FILE)
        why = file_problem_text(problem, str(policy_path()), QCoreApplication.translate)
        window.show_notice(
            QCoreApplication.translate(
                "Store",
                "The administrator's policy does not apply (%1); desk runs on its defaults and "
                "your own settings.",
            ).replace("%1", why),
            POLICY_WARNING_SHOWN_MS,
        )
    elif policy.problems:
        window.show_notice(
            QCoreApplication.translate(
                "Store", "The administrator's policy has %1 problem(s); the rest applies."
            ).replace("%1", str(len(policy.problems))),
            POLICY_WARNING_SHOWN_MS,
        )


def _fatal_before_start(app: QApplication, words: Callable[[], str], data_dir: DataDir) -> int:
    """Says a failure met before the store, in the language kept beside it (the store's
    settings are not known yet); the exit status."""
    translators = i18n.install(app, i18n.starting_locale(load_policy(), data_dir.language_file))
    show_fatal(words())
    i18n.uninstall(app, translators)
    return 1


def damaged_inside(error: BaseException) -> bool:
    """Whether `error` is the database's own, saying a page of it is damaged."""
    return is_database_error(error) and failure_cause(error) == "corrupt"


def open_for_the_window(
    data_dir: DataDir,
    early: Future[bytes] | None,
    first_reads: Callable[[Store], T],
    kept: Store | None = None,
) -> tuple[Store, T] | None:
    """`unlock`, then `first_reads` of the store (the window built on it); None if the user
    gives up. A store damaged inside opens (its first page and schema are sound) and fails
    in those reads: it is then told as damaged, with Start afresh offered, as one that
    does not open at all. Opening it checks no page beyond those it reads: PRAGMA
    quick_check reads them all, seconds on a large store (`desk selftest` runs it).
    `kept`: the store the last window left open (REOPEN), read without unlocking it."""
    if kept is not None:
        try:
            return kept, first_reads(kept)
        except Exception as exc:
            kept.close()
            if not damaged_inside(exc):
                raise
            log.error("store damaged inside: %s at the window's reopening", type(exc).__name__)
            # Opened again as at a start, which tells it as damaged.
    while True:
        store = unlock(data_dir, early)
        early = None
        if store is None:
            return None
        try:
            return store, first_reads(store)
        except Exception as exc:
            store.close()
            if not damaged_inside(exc):
                raise
            log.error("store damaged inside: %s at the window's first reads", type(exc).__name__)
            damaged = StoreError("damaged", str(data_dir.database))
            if not start_afresh(store_error_text(damaged, data_dir), data_dir):
                return None


def _load_sync_code() -> None:
    import desk.sync.worker  # noqa: F401  (imported for SyncHost, off the GUI thread)


def _raise_open_dialog() -> None:
    """A second launch while the passphrase (or any modal) dialog waits brings it forward."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.raise_()
        dialog.activateWindow()


def run_gui(data_dir_option: str | None, early_key: Future[bytes] | None = None) -> int:
    # Logging first: Qt aborts the process where it cannot open the display, and the
    # log is then all that tells why (see log_qt_messages).
    unusable: DataDirUnusable | None = None
    try:
        data_dir = DataDir.resolve(data_dir_option).ensure()
        setup_logging(data_dir)
    except DataDirUnusable as exc:
        unusable = exc
    log_qt_messages()
    # QtMultimedia's dozen lines as it loads, on the terminal of every start (see there).
    silence_multimedia_loading()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk")
    app.setOrganizationName("desk")
    app.setWindowIcon(QIcon(str(resource("icons", "desk.svg"))))
    menu_style.install(app)
    if unusable is not None:
        return _fatal_before_start(
            app, partial(data_dir_error_text, unusable), DataDir(unusable.root)
        )
    running = ask_running_instance(data_dir)
    if running is Running.SHOWN:
        # Said, or this launch's started and stopped lines read as the running desk's.
        logging.getLogger("desk").info(
            "a desk window already runs on this data dir: it comes forward, this launch ends"
        )
        return 0  # the running desk comes forward instead
    if running is Running.SILENT:
        logging.getLogger("desk").warning(
            "a desk window already runs on this data dir but does not answer: this launch ends"
        )
        return _fatal_before_start(
            app,
            lambda: QCoreApplication.translate(
                "Store",
                "desk is already running on this computer, but it is not responding. Wait "
                "a minute and start desk again. If it still does not respond, end desk in "
                "the Task Manager (or log out and back in): what it had saved is kept.",
            ),
            data_dir,
        )
    if os.environ.get(session_bus.ADDRESS) == session_bus.DISABLED:
        logging.getLogger("desk").info("no D-Bus session bus: desk starts none of its own")
    # Claimed before the passphrase dialog, which may wait a long time for the user:
    # a second launch meanwhile must find this desk, not start another on the same store.
    instance = InstanceServer(data_dir)
    instance.showRequested.connect(_raise_open_dialog)
    collections = CollectionScheduler(parent=app)
    try:
        status, reopening = _run_window(app, data_dir, early_key, instance, collections)
        while status in (START_AGAIN, REOPEN):
            # START_AGAIN: the user asked for it, told that the database was found damaged:
            # this start reads every page first, and offers Start afresh (desk.store.damage).
            # REOPEN: another language, on the store still open.
            logging.getLogger("desk").info(
                "desk window starts again%s", " in the language chosen" if reopening else ""
            )
            # The last window's objects, in reference cycles, go now and on this thread:
            # collected on the thread that opened the store, a Qt object's end there waited
            # for this thread, which waited for it (a hang seen in a test).
            gc.collect()
            status, reopening = _run_window(app, data_dir, None, instance, collections, reopening)
        return status
    finally:
        instance.close()


def _settled_language(settings: SettingsStore, file: Path) -> str:
    """The `ui.language` setting once the store and `file` (DataDir.language_file) agree.
    The store's own choice stands (a copy brought back from a backup, a file lost), and
    the next start's first prompts follow it; a store with none (made afresh after a
    forgotten passphrase) takes the file's, or the user who chose 简体中文 on an English
    system was back in English."""
    kept = i18n.kept_language(file)
    free = "ui.language" not in settings.locked
    if kept is not None and free and not settings.is_set("ui.language"):
        return _stored_language(settings, kept)
    language = str(settings.get("ui.language"))
    i18n.keep_language(file, language)
    return language


def _stored_language(settings: SettingsStore, language: str) -> str:
    """`language`, stored as the user's choice where the store takes it: a store that
    refuses the write (a full disk) leaves it chosen for this run, not desk unstarted."""
    try:
        settings.set("ui.language", language)
    except Exception as exc:
        if not is_database_error(exc) or damaged_inside(exc):
            raise
        log.warning("the kept language could not be stored: %s", failure_cause(exc))
    return language


def _run_window(
    app: QApplication,
    data_dir: DataDir,
    early_key: Future[bytes] | None,
    instance: InstanceServer,
    collections: CollectionScheduler,
    reopening: Reopening | None = None,
) -> tuple[int, Reopening | None]:
    """The window over the store of `data_dir`, from unlocking it to quitting: the exit
    status, or START_AGAIN where the user asked desk to start again, or REOPEN with the
    store, left open, the user's place and the DING being written, for the next window
    (another language). `reopening`: what the last window left it."""
    policy = load_policy()
    locale = i18n.starting_locale(policy, data_dir.language_file)
    translators = i18n.install(app, locale)
    clock = SystemClock()
    relay = SyncRelay()
    relay.ingested.connect(collections.activity)

    def window_on(store: Store) -> tuple[SettingsStore, ZoneInfo, SyncHost, DeskApp]:
        nonlocal locale, translators
        settings = SettingsStore(store.sessions, policy)
        wanted = i18n.locale_for(_settled_language(settings, data_dir.language_file))
        if wanted != locale:
            i18n.uninstall(app, translators)
            translators = i18n.install(app, wanted)
            locale = wanted
        tz = ZoneInfo(settings.get("timezone"))  # a change takes effect at the next start

        def sync_worker() -> SyncWorker:
            # Not at the top of this module: the sync code (with the triage engine) loads
            # after the first paint, on the store thread (see _load_sync_code).
            from desk.sync.triage_process import TriageProcess
            from desk.sync.worker import SyncWorker

            # Triage in a process of its own: its work must not hold the window's GIL.
            return SyncWorker(
                store, clock, tz, relay.status.emit, relay.ingested.emit, triage=TriageProcess()
            )

        sync = SyncHost(sync_worker)
        desk = DeskApp(
            store, settings, clock, tz, relay=relay, send_now=sync.wake, services_after_paint=True
        )
        return settings, tz, sync, desk

    kept = reopening.store if reopening is not None else None
    opened = open_for_the_window(data_dir, early_key, window_on, kept)
    if opened is None:
        i18n.uninstall(app, translators)
        return 1, None
    store, (settings, tz, sync, desk) = opened
    if reopening is not None:
        desk.window.return_to(reopening.place)

    def add_account(
        again: bool = False, account_id: int = 0, parent: QWidget | None = None
    ) -> None:
        from desk.app.accounts_flow import open_add_account  # when first wanted

        def accounts_changed() -> None:
            sync.restart()
            # The demo's groups, removed with it, leave the sidebar now, not at the next
            # batch, and its DINGs stop ringing.
            desk.accounts_changed()

        open_add_account(
            parent or desk.window,
            store,
            settings,
            clock,
            accounts_changed,
            again=again,
            account_id=account_id or None,
        )

    desk.window.addAccountRequested.connect(lambda: add_account())
    desk.window.signInAgainRequested.connect(lambda i: add_account(again=True, account_id=i))
    accounts_window: list[AccountsWindow] = []

    def show_accounts() -> None:
        """desk → Accounts…: one at a time (see AccountsWindow)."""
        from desk.app.accounts_flow import AccountsWindow, open_accounts  # when first wanted

        if not accounts_window:
            accounts_window.append(
                AccountsWindow(
                    lambda: open_accounts(
                        desk.window,
                        store,
                        tz,
                        clock,
                        sync,
                        desk.window.sync_status,
                        relay.status,
                        lambda parent, again, i: add_account(again, i, parent),
                        # The removed account's groups leave the sidebar and its cards the
                        # list now, and its DINGs stop ringing.
                        desk.accounts_changed,
                    )
                )
            )
        accounts_window[0].show()

    desk.window.accountsRequested.connect(show_accounts)
    desk.window.retryRequested.connect(sync.retry_now)

    def answer_invites() -> None:
        from desk.app.invites_flow import open_invites  # when first wanted

        open_invites(desk.window, store, clock, tz, desk.window.request_refresh)

    desk.window.invitesRequested.connect(answer_invites)
    instance.showRequested.connect(desk.window.open_message_list)

    # Sending DINGs: the composer and the confirmation roster (live on each ingest),
    # made when first wanted: the first paint does not wait for their modules.
    made: list[DingDialogs] = []

    def ding_dialogs() -> DingDialogs:
        if made:
            return made[0]
        from desk.sync.dings import DingOutbox
        from desk.ui.ding_dialogs import DingDialogs

        dialogs = DingDialogs(
            DingOutbox(store, clock),
            desk.ops,
            tz,
            desk.window,
            send_now=sync.wake,
            group_in_view=lambda: desk.window.model.view.group_id,
        )
        relay.ingested.connect(dialogs.on_ingested)
        made.append(dialogs)
        return dialogs

    desk.window.dingComposeRequested.connect(lambda: ding_dialogs().open_composer())

    # New messages (Message → New message…): the composer, and what it queued followed
    # until the server has it; made when first wanted, or when an earlier run left one
    # queued (see after_start).
    posts_made: list[PostDialogs] = []

    def post_dialogs() -> PostDialogs:
        if posts_made:
            return posts_made[0]
        from desk.sync.posts import PostOutbox
        from desk.ui.post_composer import PostDialogs

        window = desk.window
        dialogs = PostDialogs(
            PostOutbox(store, clock),
            desk.ops,
            window,
            send_now=sync.wake,
            # The group in view, as the DING composer starts: not the card being read. A
            # tester on the district's DING card in All had a village order start on the
            # district leaders' group (New message falls back to where the last one went).
            groups_wanted=lambda: (window.model.view.group_id,),
        )
        dialogs.said.connect(lambda text: window.statusBar().showMessage(text, 15000))
        dialogs.pendingChanged.connect(window.set_posts_pending)
        relay.ingested.connect(dialogs.check_queued)
        posts_made.append(dialogs)
        return dialogs

    def follow_left_posts() -> None:
        def waiting() -> tuple[list[Posted], list[Posted]]:
            from desk.sync.posts import PostOutbox  # on the store thread, as the sync code

            outbox = PostOutbox(store, clock)
            return outbox.waiting(), outbox.kept_refused()

        def found(left: tuple[list[Posted], list[Posted]]) -> None:
            queued, refused = left
            if queued:
                post_dialogs().follow(queued)
            if refused:
                post_dialogs().give_back_kept(refused)

        desk.ops.run(waiting, found)

    desk.window.postComposeRequested.connect(lambda: post_dialogs().open_composer())
    desk.window.dingRosterRequested.connect(lambda: ding_dialogs().open_roster())
    # DING 未报的 on the user's own notice: the composer, those not reported ticked.
    desk.window.dingUnreportedRequested.connect(
        lambda row, units: ding_dialogs().open_unreported(row, units)
    )
    # The reading pane's link under a DING the user sent: the roster, on that DING.
    desk.window.detail.sentDingRequested.connect(lambda ding: ding_dialogs().open_roster(ding))
    desk.quitRequested.connect(app.quit)
    desk.restartRequested.connect(lambda: app.exit(START_AGAIN))
    desk.reopenRequested.connect(lambda: app.exit(REOPEN))

    def session_ends(_manager: object) -> None:
        # Logging out or shutting down: the window must not refuse to close (it stays in
        # the tray, or minimised, on an ordinary close), or it would hold up the session's
        # end.
        desk.window.allow_close()

    app.commitDataRequest.connect(session_ends)
    app.setQuitOnLastWindowClosed(False)  # closing the window leaves desk in the tray

    def quit_on_signal() -> None:
        # Unlike the menu's Quit, no window is asked (see leave_event_loops).
        desk.window.allow_close()
        leave_event_loops()

    quit_signals = QuitOnSignals(quit_on_signal)
    desk.start()
    say_policy_problems(desk.window, policy)
    # Sync and triage run Python on their own threads; every Qt call back into Python
    # (a paint, a timer, a queued result) waits for them to hand over the GIL, up to
    # this long each time. Python's 5 ms made a repaint during a flood take 100+ ms.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)

    # The first paint of the inbox comes first, then the window's services (DeskApp),
    # then sync: the sync thread's start (its connector's imports, its first queries)
    # would compete with them for the GIL. The sync code itself (with the triage engine)
    # is imported on the store thread, so that the window answers meanwhile; the worker
    # then starts from here.
    def after_start() -> None:
        # Collection resumes (`desk.cli.gui_cmd` paused it), and what start-up built is
        # frozen out of every full one.
        collections.install()
        from desk.app import autostart

        autostart.keep(
            bool(settings.get("app.start_at_login")), data_dir.root, DataDir.usual().root
        )
        desk.ops.run(_load_sync_code, lambda _none: sync.start())
        follow_left_posts()
        if reopening is not None and reopening.ding_draft is not None:
            ding_dialogs().open_composer(reopening.ding_draft)
        if reopening is not None and reopening.post_draft is not None:
            post_dialogs().open_composer(reopening.post_draft)
        if reopening is not None and reopening.post_refused is not None:
            post_dialogs().hold_refused(reopening.post_refused)

    desk.servicesStarted.connect(after_start)
    status = 1
    try:
        status = app.exec()
        if status != REOPEN:
            if posts_made:
                # Before the store thread stops (desk.stop): the refused messages held.
                posts_made[0].keep_for_next_run()
            return status, None
        draft = made[0].open_draft() if made else None
        post_draft = posts_made[0].open_draft() if posts_made else None
        refused = posts_made[0].refused_held() if posts_made else None
        return status, Reopening(store, desk.window.place(), draft, post_draft, refused)
    finally:
        sync.stop()
        desk.stop()
        # After the workers stopped: were collection on before, it would resume on them.
        collections.uninstall()
        # What lives on after this window (it may start again): nothing of it left behind.
        instance.showRequested.disconnect(desk.window.open_message_list)
        app.commitDataRequest.disconnect(session_ends)
        # Closed, it still laid out its list in the next start's event loop, and read
        # the last store for it.
        desk.window.deleteLater()
        if status == REOPEN:
            # Kept open for the next window: only its connections go, whose threads
            # (the store thread, sync's) have ended; new ones open with the same key.
            store.engine.dispose()
        else:
            store.close()
        # Last: a second SIGTERM (or Ctrl+C) while desk stops must not end it half-way.
        quit_signals.close()
        i18n.uninstall(app, translators)
