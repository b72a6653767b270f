"""Starting the window: translations, unlocking the store, the sync worker, the main window."""

from __future__ import annotations

import os
import sys
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.app.alerts import AlertCoordinator
from desk.app.logs import setup_logging
from desk.app.settings_flow import open_settings
from desk.core.clock import SystemClock
from desk.resources import resource
from desk.store.inbox import InboxQueries
from desk.store.keys import ENV_PASSPHRASE
from desk.store.paths import DataDir
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.store.store import Store, StoreError, open_store
from desk.sync.worker import SyncWorker
from desk.ui import i18n
from desk.ui.main_window import MainWindow
from desk.ui.notifier import Notifier
from desk.ui.ops import StoreOps
from desk.ui.passphrase_dialog import PassphraseDialog


class SyncRelay(QObject):
    """Carries the sync worker's callbacks to the GUI thread.

    Signals: status(SyncStatus), ingested(IngestResult), both queued across threads.
    """

    status = Signal(object)
    ingested = Signal(object)


_STORE_ERRORS = {
    "key_file_missing": QT_TRANSLATE_NOOP(
        "Store",
        "The database exists but its key file desk.key is missing. desk will not create a new database over it: restore desk.key from a backup.",  # noqa: E501
    ),
    "key_file_corrupt": QT_TRANSLATE_NOOP("Store", "The key file desk.key is damaged."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Store", "Wrong passphrase. Nothing was changed."),
    "passphrase_required": QT_TRANSLATE_NOOP("Store", "A passphrase is needed."),
    "keychain_entry_missing": QT_TRANSLATE_NOOP(
        "Store", "The system keychain no longer holds the key of this database."
    ),
    "unreadable": QT_TRANSLATE_NOOP("Store", "The database cannot be read with this key."),
    "too_new": QT_TRANSLATE_NOOP(
        "Store",
        "This database was written by a newer desk. Update desk to open it; nothing was changed.",
    ),
}


def store_error_text(error: StoreError) -> str:
    return QCoreApplication.translate("Store", _STORE_ERRORS[error.code])


def unlock(data_dir: DataDir) -> Store | None:
    """Opens the store, asking for the passphrase as often as needed; None if the user gives up."""
    passphrase = os.environ.get(ENV_PASSPHRASE)
    error = ""
    while True:
        try:
            return open_store(data_dir, passphrase)
        except StoreError as exc:
            if exc.code not in ("passphrase_required", "wrong_passphrase"):
                QMessageBox.critical(
                    None, QCoreApplication.translate("Store", "desk"), store_error_text(exc)
                )
                return None
            if exc.code == "wrong_passphrase":
                error = store_error_text(exc)
            dialog = PassphraseDialog(new=not data_dir.key_file.exists(), error=error)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return None
            passphrase = dialog.value()


def run_gui(data_dir_option: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("desk")
    app.setOrganizationName("desk")
    app.setWindowIcon(QIcon(str(resource("icons", "desk.svg"))))
    data_dir = DataDir.resolve(data_dir_option).ensure()
    setup_logging(data_dir)
    policy = load_policy()
    locale = i18n.locale_for(policy.apply({})["ui.language"])
    translators = i18n.install(app, locale)
    store = unlock(data_dir)
    if store is None:
        return 1
    settings = SettingsStore(store.sessions, policy)
    wanted = i18n.locale_for(settings.get("ui.language"))
    if wanted != locale:
        i18n.uninstall(app, translators)
        translators = i18n.install(app, wanted)
    tz = ZoneInfo(settings.get("timezone"))  # a change takes effect at the next start
    clock = SystemClock()
    relay = SyncRelay()
    ops = StoreOps()
    window = MainWindow(InboxQueries(store.sessions), ops, clock, tz)
    notifier = Notifier(app.windowIcon())
    scheduler = BackgroundScheduler(timezone=tz)
    alerts = AlertCoordinator(store.sessions, settings, ops, notifier, clock, tz, scheduler)
    relay.status.connect(window.show_sync_status)
    relay.ingested.connect(window.on_ingested)
    relay.ingested.connect(lambda _result: alerts.refresh())
    alerts.quietChanged.connect(window.quiet_indicator.show_state)
    window.quiet_indicator.overrideRequested.connect(alerts.set_override)
    notifier.openRequested.connect(window.open_message)
    notifier.showWindowRequested.connect(window.open_message_list)
    notifier.quitRequested.connect(app.quit)
    window.urgentUnread.connect(notifier.set_urgent_count)
    queries = InboxQueries(store.sessions)
    window.settingsRequested.connect(
        lambda: open_settings(window, settings, queries, ops, clock, alerts.refresh)
    )
    worker = SyncWorker(store, clock, tz, relay.status.emit, relay.ingested.emit)
    window.show()
    if policy.problems:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Store", "The administrator's policy has %1 problem(s); the rest applies."
            ).replace("%1", str(len(policy.problems))),
            15000,
        )
    scheduler.start()
    alerts.refresh()
    worker.start()
    try:
        return app.exec()
    finally:
        worker.stop()
        scheduler.shutdown(wait=True)
        ops.shutdown()
        store.close()
        del translators
