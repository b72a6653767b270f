"""All of a running desk, wired: window, tray, notifications, DING ladders, scheduler.

`run_gui` builds one over an unlocked store; tests build one over a test store with a
manual clock and drive it as a person would.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from desk.core import text_size as sizes
from desk.core.clock import Clock
from desk.core.delivery import muted_groups
from desk.core.escalation import LadderConfig
from desk.core.placeholders import fill
from desk.core.policy import EMPTY
from desk.core.quiet_reason import QuietReason
from desk.store.damage import DamageFound
from desk.store.demo import DEMO_SETTING, remove_demo_accounts
from desk.store.inbox import InboxQueries
from desk.store.keys import KeyProtection
from desk.store.own_unit import SETTING as OWN_UNIT_SETTING
from desk.store.presence import last_present
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.replies import ReplyOutbox
from desk.ui import text_size
from desk.ui.card_text import listed
from desk.ui.first_paint import AfterFirstPaint
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps, failure_text
from desk.ui.throttle import Throttle

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler

    from desk.app.alerts import AlertCoordinator
    from desk.app.attachments import AttachmentSaver
    from desk.app.escalation import EscalationCoordinator
    from desk.app.sent_deadlines import SentDingDeadlines
    from desk.store.escalations import EscalationStore
    from desk.store.ladders import Ladder
    from desk.store.page_check import PageReader
    from desk.sync.dings import DingOutbox
    from desk.ui.damage_dialog import DamageDialog
    from desk.ui.notifier import Notifier
    from desk.ui.settings_dialog import SettingsDialog

# How long quitting waits for an attachment still being fetched.
ATTACHMENT_WAIT_S = 35.0
# Notifications and DING ladders look at new messages at most this often during a
# flood of sync batches (each look is a pass over the store on its thread).
REFRESH_SPACING_MS = 400
# How long it says that the passphrase was changed (and what to change with it).
PASSPHRASE_CHANGED_SHOWN_MS = 30_000
# How long the status bar says that alert sounds cannot play here.
SOUNDS_UNPLAYABLE_SHOWN_MS = 60_000
# The setting of the window's text size, and how long the status bar says a new size.
TEXT_SIZE = "ui.text_size"
TEXT_SIZE_SHOWN_MS = 3000
# The daily read of every page (desk.store.page_check): first looked at this long after
# the services start (not while the user waits for the first screen), then this often;
# it runs when due.
PAGE_CHECK_AFTER_MS = 2 * 60_000
PAGE_CHECK_EVERY_MS = 15 * 60_000
# What the services built after the first paint import that builds no widget: loaded on
# the store thread first (see `_start_services`). Their own modules too: imported after
# Qt, each is read by PySide6's import hook, and on the GUI thread they held a restarted
# 100,000-message desk's window 2 s after its first paint (issue 8).
SERVICE_MODULES = (
    "apscheduler.schedulers.background",
    "desk.core.quiet_hours",
    "desk.connectors.protocol",
    "desk.store.ladders",
    "desk.ui.notifier",
    "desk.app.alerts",
    "desk.app.escalation",
    "desk.app.attachments",
    "desk.app.sent_deadlines",
    # The first round's ladders (the ORM), and the calendar warning's (_show_settings).
    "desk.store.escalations",
    "desk.app.settings_flow",
)
# ...and the sound system's, where there is one (see desk.ui.notifier's `_load_sounds`).
OPTIONAL_SERVICE_MODULES = ("PySide6.QtMultimedia",)


def _load_service_modules() -> None:
    for name in SERVICE_MODULES:
        importlib.import_module(name)
    for name in OPTIONAL_SERVICE_MODULES:
        # Missing (no audio stack), it is said when the sounds load, as before.
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class SyncRelay(QObject):
    """Carries the sync worker's callbacks to the GUI thread.

    Signals: status(SyncStatus), ingested(IngestResult), both queued across threads.
    """

    status = Signal(object)
    ingested = Signal(object)


class DeskApp(QObject):
    """Signals: quitRequested() from the menu or the tray; restartRequested() when the
    user, told that the database was found damaged, chose to restart desk (its start then
    offers Start afresh); reopenRequested() when the user, having chosen another language,
    asked to see it now (the window is built again on the same store, see desk.app.gui);
    servicesStarted() once the services below run.

    The window comes first. The services behind it (tray and notifications, the
    scheduler, alerts, DING ladders, attachment saving) are built with it, or, with
    `services_after_paint`, just after the window's first paint: their modules are a
    fifth of what desk imports, and a user starting desk waits for the inbox, not for
    them. Until then (well under a second) the window's DING and quiet-hours commands
    do nothing; the ladders and notifications due start with the services. So too the
    cards' roll calls (see MainWindow's `roll_calls_after_paint`).
    """

    quitRequested = Signal()
    restartRequested = Signal()
    reopenRequested = Signal()
    servicesStarted = Signal()
    # The store met damage (desk.store.damage), on whichever thread: told on the GUI's.
    _damageFound = Signal(object)
    notifier: Notifier
    scheduler: BaseScheduler
    alerts: AlertCoordinator
    escalation: EscalationCoordinator
    attachments: AttachmentSaver
    sent_deadlines: SentDingDeadlines

    def __init__(
        self,
        store: Store,
        settings: SettingsStore,
        clock: Clock,
        tz: ZoneInfo,
        *,
        relay: SyncRelay | None = None,
        send_now: Callable[[], None] = lambda: None,
        scheduler: BaseScheduler | None = None,
        has_tray: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        services_after_paint: bool = False,
        page_check_after_ms: int = PAGE_CHECK_AFTER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ops = StoreOps()
        # Turned off by the administrator, the demo workspace goes before the first paint,
        # its cards with it (and the sync worker makes none: ensure_default_account).
        try:
            # Before the window is built: its first layout is in the size chosen.
            self._text_size = int(settings.get(TEXT_SIZE))
            text_size.apply(self._text_size)
            demo = bool(settings.get(DEMO_SETTING))
            if not demo:
                remove_demo_accounts(store)
            # Read before the window notes any presence: never present, desk starts here
            # for the first time.
            self._first_session = last_present(store.sessions) is None
            # The user's own unit as in force, the policy's included: a roll call says
            # first whether it has reported.
            self.queries = InboxQueries(store.sessions, lambda: str(settings.get(OWN_UNIT_SETTING)))
            self.window = MainWindow(
                self.queries,
                self.ops,
                clock,
                tz,
                has_tray=has_tray,
                no_account_hint=not demo,
                roll_calls_after_paint=services_after_paint,
                opening_after_services=services_after_paint,
            )
        except BaseException:
            # A store damaged inside fails the window's first reads: the store thread goes
            # too, before the store is set aside (see desk.app.gui.open_for_the_window).
            self.ops.shutdown()
            text_size.restore()
            raise
        self.relay = relay or SyncRelay()
        # Where there is none, desk shows its own pop-ups (see desk.ui.notifier).
        self._has_tray = has_tray
        self._store = store
        self._clock = clock
        self._tz = tz
        self._send_now = send_now
        # Tests hand in a paused scheduler: its jobs follow the wall clock, theirs is fake.
        self._given_scheduler = scheduler
        self._data_dir = store.data_dir.root
        self._refresh_throttle = Throttle(self.refresh, REFRESH_SPACING_MS, self)
        # The DINGs waiting for confirmation, as last shown: to name the one confirmed.
        self._ladders: dict[int, Ladder] = {}
        self._services_ready = False
        self._stopped = False
        self._after_paint: AfterFirstPaint | None = None
        # Before the first paint: a muted group shows as muted from the first (the counts
        # that list the groups may come before the services).
        values = settings.all()
        self._show_muted(values)
        # What quiet hours hold, with the services' modules (the quiet-hours calendar is
        # one of them, not loaded before the first paint: issue 8).
        self._first_values = values
        self._wire_window()
        self._damage_dialog: DamageDialog | None = None
        # Queued, also when the window's own read met the damage: told from inside
        # SQLAlchemy's error handling, the dialog would open while the failing statement's
        # connection is still being replaced.
        self._damageFound.connect(self._tell_damage, Qt.ConnectionType.QueuedConnection)
        self._stop_watching = store.damage.subscribe(self._damageFound.emit)
        # Damage where none of desk's reads go was found by selftest alone, while the
        # window and sync went on writing into the file (IT).
        self._page_check = QTimer(self)
        self._page_check.setSingleShot(True)
        self._page_check_after_ms = page_check_after_ms
        self._page_check.timeout.connect(self._check_pages)
        self._page_reader: PageReader | None = None
        if store.damage.found is not None:  # met since the window's first reads
            self._tell_damage(store.damage.found)
        if not services_after_paint:
            self._show_held(values)
            self._build_services()

    def _show_held(self, values: Mapping[str, object]) -> None:
        """As the services start (just after the first paint), what quiet hours hold so
        far, in the status bar and as 免打扰期间 under the views: the alerts' first count
        came after sync and triage, and the entry was missing for 40 s after a restart
        under load (a tester). Only where that count will be the same: not while a run
        that ended while desk was closed holds messages still (the alerts digest them
        first, and the count falls), nor in an hour of quiet by hand, whose list joins the
        last digest's (see AlertCoordinator)."""
        from desk.core.quiet_hours import policy_from_settings

        now = self._clock.now()
        policy = policy_from_settings(values)
        state = policy.state_at(now)
        if not state.quiet or state.reason is QuietReason.MANUAL:
            return
        held = self.queries.held_count()
        run = policy.last_run(now)
        if not held or (run is not None and self.queries.held_count(before=run[1])):
            return
        indicator = self.window.quiet_indicator
        indicator.set_morning(policy.morning(now))
        indicator.set_next_quiet(policy.next_quiet(now))
        indicator.show_state(state, held, now)

    def _wire_window(self) -> None:
        window = self.window
        # Replies from the reading pane, sent by the sync worker at once (or when back online).
        replies = ReplyOutbox(self._store, self._clock)
        window.reply_box.connect_outbox(lambda: replies, self._send_now)
        # The cards left with a draft marked before the first paint (a read of one setting),
        # their texts taken back with the services: the first list lacked the mark.
        window.reply_box.mark_kept_drafts(replies.kept_draft_cards())
        self.relay.status.connect(window.show_sync_status)
        self.relay.ingested.connect(window.on_ingested)
        self.relay.ingested.connect(lambda _result: self._refresh_throttle.request())
        # The accounts whose sync caught up since the start, heard before the services (a
        # sent DING's deadline that passed meanwhile waits for them) may be built.
        self._caught_up: set[int] = set()
        self.relay.ingested.connect(self._note_caught_up)
        window.quitRequested.connect(self.quit)
        window.damageHelpRequested.connect(self._show_damage_dialog)
        window.closedToTray.connect(self._closed_to_tray)
        window.settingsRequested.connect(self._open_settings)
        window.quietHoursRequested.connect(lambda: self._open_settings().show_quiet_hours())
        window.aboutRequested.connect(self._open_about)
        window.passphrase_action.setVisible(self._store.protection is KeyProtection.PASSPHRASE)
        window.passphraseChangeRequested.connect(self._change_passphrase)
        window.set_text_size(self._text_size, locked=TEXT_SIZE in self.settings.locked)
        window.textSizeRequested.connect(self._step_text_size)

    def _step_text_size(self, step: int) -> None:
        """Ctrl++ / Ctrl+- / Ctrl+0: the next size applies at once and is kept; the status
        bar says the size, or why it did not change."""
        say = self.window.statusBar().showMessage
        if TEXT_SIZE in self.settings.locked:
            say(
                QCoreApplication.translate(
                    "DeskApp", "The text size is set by your administrator."
                ),
                TEXT_SIZE_SHOWN_MS,
            )
            return
        current = self._text_size
        percent = (
            sizes.larger(current)
            if step > 0
            else sizes.smaller(current)
            if step < 0
            else sizes.NORMAL
        )
        if percent == current and step:
            said = (
                QCoreApplication.translate("DeskApp", "Text size: %1 %, the largest")
                if step > 0
                else QCoreApplication.translate("DeskApp", "Text size: %1 %, the smallest")
            )
            say(said.replace("%1", str(percent)), TEXT_SIZE_SHOWN_MS)
            return
        self._show_text_size(percent)
        say(
            QCoreApplication.translate("DeskApp", "Text size: %1 %").replace("%1", str(percent)),
            TEXT_SIZE_SHOWN_MS,
        )

        def refused(error: BaseException) -> None:
            say(
                fill(
                    QCoreApplication.translate(
                        "DeskApp", "The text size applies now but was not kept (%1)."
                    ),
                    failure_text(error),
                ),
                TEXT_SIZE_SHOWN_MS,
            )

        self.ops.run(lambda: self.settings.set(TEXT_SIZE, percent), None, refused)

    def _show_text_size(self, percent: int) -> None:
        if percent != self._text_size:
            self._text_size = percent
            text_size.apply(percent)
        self.window.set_text_size(percent, locked=TEXT_SIZE in self.settings.locked)

    def _change_passphrase(self) -> None:
        from desk.app.passphrase_flow import open_change_passphrase  # when first wanted

        open_change_passphrase(
            self.window,
            self._store,
            self.ops,
            lambda text: self.window.statusBar().showMessage(text, PASSPHRASE_CHANGED_SHOWN_MS),
        )

    def _open_about(self) -> None:
        from desk.store.policy_file import policy_path
        from desk.ui.about_dialog import AboutDialog  # when first wanted

        # The policy read at start, as it applies: EMPTY itself when there was no file.
        read = self.settings.policy
        dialog = AboutDialog(
            self._store.data_dir, policy_path(), None if read is EMPTY else read, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _tell_damage(self, found: DamageFound) -> None:
        """Says, once, that the database was found damaged, and what the user can do; the
        status bar's link after "sync stopped" says it again."""
        if self._damage_dialog is not None:
            return
        self.window.stop_writing()
        at = found.at or self._clock.now()
        from desk.ui.damage_dialog import DamageDialog  # seldom needed: loaded then

        self._damage_dialog = DamageDialog(
            at.astimezone(self._tz).strftime("%H:%M"), self._data_dir, self.window
        )
        self._damage_dialog.restartRequested.connect(self.restart)
        self._show_damage_dialog()

    def _show_damage_dialog(self) -> None:
        if self._damage_dialog is None:
            return
        # From the tray, or behind other windows: the user must see this.
        self.window.open_message_list()
        self._damage_dialog.open()

    def _open_settings(self) -> SettingsDialog:
        from desk.app.settings_flow import open_settings  # when first wanted

        return open_settings(
            self.window,
            self.settings,
            self.queries,
            self.ops,
            self._clock,
            self._data_dir,
            self._settings_saved,
            reopen=self.reopen,
            sounds_unplayable=self._services_ready and self.notifier.sounds_unplayable,
            applying=self._settings_applying,
            unapplied=self._settings_as_stored,
        )

    def _settings_applying(self, values: dict[str, object]) -> None:
        """On OK, before the store has the settings: the text size and the quiet switch
        as they will be, at once (they waited on the store's thread behind sync and
        triage, 48 s under load: a tester), and word that the rest follows."""
        self._show_text_size(int(str(values[TEXT_SIZE])))
        if self._services_ready:
            # Imported with the services (see the class's docstring).
            from desk.core.quiet_hours import policy_from_settings

            now, indicator = self._clock.now(), self.window.quiet_indicator
            policy = policy_from_settings(values)
            state = policy.state_at(now)
            indicator.set_morning(policy.morning(now))
            indicator.set_next_quiet(policy.next_quiet(now))
            held = indicator.held() if state.quiet else 0
            indicator.show_state(state, held, now, stored=False)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("DeskApp", "Saving the settings…")
        )

    def _build_services(self) -> None:
        # Imported here, not at the top: see the class's docstring.
        from apscheduler.schedulers.background import BackgroundScheduler
        from PySide6.QtGui import QIcon

        from desk.app.alerts import AlertCoordinator
        from desk.app.attachments import AttachmentSaver
        from desk.app.escalation import EscalationCoordinator
        from desk.app.sent_deadlines import SentDingDeadlines
        from desk.resources import resource
        from desk.ui.notifier import Notifier

        sessions = self._store.sessions
        self.notifier = Notifier(QIcon(str(resource("icons", "desk.svg"))), has_tray=self._has_tray)
        self.scheduler = self._given_scheduler or BackgroundScheduler(timezone=self._tz)
        self.alerts = AlertCoordinator(
            sessions,
            self.settings,
            self.ops,
            self.notifier,
            self._clock,
            self._tz,
            self.scheduler,
            self._store.damage,
        )

        def escalations() -> EscalationStore:
            # On the store thread, where the coordinator first reads its ladders: this
            # module loads SQLAlchemy's ORM (see EscalationCoordinator).
            from desk.store.escalations import EscalationStore

            return EscalationStore(sessions)

        self.escalation = EscalationCoordinator(
            escalations,
            self.settings,
            self.ops,
            self.notifier,
            self.window,
            self._clock,
            self._tz,
            self.scheduler,
            self._send_now,
            self._store.damage,
            first_session=self._first_session,
        )
        self.attachments = AttachmentSaver(self._store, self._clock, self.window)
        store, clock = self._store, self._clock

        def ding_outbox() -> DingOutbox:
            # On the store thread, where it is first used: it loads the ORM.
            from desk.sync.dings import DingOutbox

            return DingOutbox(store, clock)

        self.sent_deadlines = SentDingDeadlines(
            ding_outbox, self.ops, self.notifier, clock, self._tz, self, caught_up=self._caught_up
        )
        self._wire_services()
        self._services_ready = True

    def _wire_services(self) -> None:
        window, notifier = self.window, self.notifier
        self.alerts.morningChanged.connect(window.quiet_indicator.set_morning)
        self.alerts.nextQuietChanged.connect(window.quiet_indicator.set_next_quiet)
        self.alerts.heldListed.connect(window.quiet_indicator.set_listed)
        self.alerts.quietChanged.connect(window.quiet_indicator.show_state)
        self.alerts.digested.connect(window.show_digest)
        self.alerts.digestLapsed.connect(window.drop_digest)
        window.quiet_indicator.overrideRequested.connect(self.alerts.set_override)
        self.alerts.overrideFailed.connect(
            lambda why: window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate("Alerts", "Quiet hours were not changed (%1)."), why
                ),
                15000,
            )
        )
        window.urgentUnread.connect(notifier.set_urgent_count)
        notifier.set_urgent_count(window.urgent_unread)  # counted before the tray was made
        window.acknowledgeRequested.connect(self.escalation.acknowledge)
        # Its pop-up says 正在确认… and goes once the store has it (confirmStored below):
        # gone at once, it told the user a confirmation the store then refused was made.
        window.acknowledgeRequested.connect(notifier.confirming)
        window.itemsChanged.connect(self.escalation.refresh)
        # A held card marked done, or brought back, changes what quiet hours hold: the
        # status bar's count is of the list Ctrl+7 shows, not of the last batch.
        window.itemsChanged.connect(self.alerts.refresh)
        window.ding_banner.snoozeRequested.connect(self.escalation.snooze)
        self.escalation.laddersChanged.connect(window.ding_banner.show_ladders)
        self.escalation.laddersChanged.connect(window.quiet_indicator.set_ringing)
        self.escalation.laddersChanged.connect(notifier.offer_confirmation)
        # As the banner's Confirm: `a` on the DING's card (see MainWindow.confirm_ding),
        # through window.acknowledgeRequested.
        notifier.acknowledgeRequested.connect(window.confirm_ding)
        self.escalation.changed.connect(lambda: window.on_ingested(None))
        self.escalation.laddersChanged.connect(self._keep_ladders)
        self.escalation.acknowledged.connect(self._confirmed)
        self.escalation.confirmedHere.connect(self._confirmed_here)
        self.escalation.confirmedUnsaved.connect(self._confirmed_unsaved)
        self.escalation.acknowledgeFailed.connect(window.confirm_failed)
        self.escalation.acknowledgeFailed.connect(notifier.confirm_failed)
        self.escalation.confirmStored.connect(window.model.confirm_stored)
        self.escalation.confirmStored.connect(notifier.confirmed)
        self.escalation.confirmedHere.connect(notifier.confirmed)
        self.escalation.confirmedUnsaved.connect(
            lambda message_id, _same: notifier.confirmed(message_id)
        )
        self.escalation.snoozed.connect(
            lambda _id, until: window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "Escalation",
                        "The DING will alert again at %1; until you confirm it, it stays "
                        "pinned at the top of Urgent.",
                    ),
                    until.astimezone(self._tz).strftime("%H:%M"),
                ),
                10000,
            )
        )
        self.escalation.snoozedUnsaved.connect(
            lambda _id, until: window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate(
                        "Escalation",
                        "The DING will alert again at %1. Snoozed here only: desk could not "
                        "save it (the database is damaged).",
                    ),
                    until.astimezone(self._tz).strftime("%H:%M"),
                ),
                15000,
            )
        )
        self.escalation.snoozeFailed.connect(
            lambda _id, why: window.statusBar().showMessage(
                fill(
                    QCoreApplication.translate("Escalation", "The DING was not snoozed (%1)."),
                    why,
                ),
                15000,
            )
        )
        window.detail.saveAttachmentRequested.connect(self.attachments.save)
        self.attachments.saved.connect(
            lambda path: window.statusBar().showMessage(
                QCoreApplication.translate("Attachments", "Saved %1").replace("%1", path), 5000
            )
        )
        self.attachments.failed.connect(lambda text: window.statusBar().showMessage(text, 10000))
        notifier.openRequested.connect(window.open_message)
        notifier.popupTurnedTo.connect(window.note_popup_ding)
        notifier.showWindowRequested.connect(window.open_message_list)
        notifier.heldRequested.connect(window.open_message_list)
        notifier.heldRequested.connect(window.show_held)
        notifier.quitRequested.connect(self.quit)
        notifier.soundsUnplayable.connect(self._say_sounds_unplayable)
        # Confirmations come with sync batches: who is still unconfirmed at the deadline.
        self.relay.ingested.connect(self.sent_deadlines.refresh)

    def _note_caught_up(self, result: object) -> None:
        # An IngestResult (desk.sync.ingest, not loaded on the GUI thread: it loads triage).
        account_id = getattr(result, "account_id", None)
        if getattr(result, "caught_up", False) and isinstance(account_id, int):
            self._caught_up.add(account_id)

    def _say_sounds_unplayable(self) -> None:
        """Once: DING alerts were silent on a PC with no audio, and nothing said so (IT).
        The settings dialog says it beside Play a sound for as long as desk runs."""
        # Not over a sync problem (登录已失效, 离线, 同步出错): that comes first (IT).
        self.window.show_notice(
            QCoreApplication.translate(
                "DeskApp",
                "Alert sounds cannot play on this computer (no audio output desk can use). "
                "DINGs and urgent items still flash the taskbar and show pop-ups.",
            ),
            SOUNDS_UNPLAYABLE_SHOWN_MS,
            # Where the whole would push the quiet switch, the calendar warning and the
            # unread count off the bar (English at 150 %): its tooltip holds the rest.
            short=QCoreApplication.translate("DeskApp", "No alert sounds on this computer"),
        )

    def _keep_ladders(self, ladders: list[Ladder]) -> None:
        self._ladders = {ladder.message_id: ladder for ladder in ladders}

    def _confirmed(self, message_id: int) -> None:
        """Says which DING was confirmed: `a` confirms the banner's when the selected card
        is none (a confirmed one, say), and the user must see it was not the one in view."""
        self._say_confirmed(
            message_id,
            QCoreApplication.translate(
                "Escalation", "Confirmed the DING from %1 in %2. The sender will see it."
            ),
            QCoreApplication.translate("Escalation", "Confirmed. The sender will see it."),
            8000,
            lambda count: QCoreApplication.translate(
                "Escalation", "Confirmed %n DINGs (%1). Their senders will see it.", "", count
            ),
        )

    def _confirmed_here(self, message_id: int) -> None:
        """Says that an urgent item rung like a DING was confirmed here only: it is no
        DING, so no confirmation went to its sender."""
        self._say_confirmed(
            message_id,
            QCoreApplication.translate(
                "Escalation",
                "Confirmed the urgent message from %1 in %2: it rings no more. It is no DING, "
                "so nothing was sent.",
            ),
            QCoreApplication.translate(
                "Escalation", "Confirmed: it rings no more. It is no DING, so nothing was sent."
            ),
            8000,
        )

    def _confirmed_unsaved(self, message_id: int, same_notice: frozenset[int]) -> None:
        """Says which DING was confirmed in this window only, the store being damaged: it
        rings no more, and its cards (`same_notice`) say so, but the sender was not told,
        and will not be by this desk."""
        self.window.model.confirm_here(same_notice)
        self._say_confirmed(
            message_id,
            QCoreApplication.translate(
                "Escalation",
                "Confirmed the DING from %1 in %2 here; desk could not save it or tell the "
                "sender (the database is damaged).",
            ),
            QCoreApplication.translate(
                "Escalation",
                "Confirmed here; desk could not save it or tell the sender (the database is "
                "damaged).",
            ),
            15000,
        )

    def _say_confirmed(
        self,
        message_id: int,
        named: str,
        unnamed: str,
        shown_ms: int,
        several: Callable[[int], str] | None = None,
    ) -> None:
        """Shows `named` with the DING's sender and group, as the window said whom it
        confirms (a card's folded copies' DINGs: `several`, with their count and who sent
        them where), or as its ladder says; else `unnamed`. The card's own sender, said
        of a copy's DING, was not whom the server told (a tester)."""
        owed = self.window.confirming_owed.pop(message_id, None)
        ladder = self._ladders.get(message_id)
        if owed is None and ladder is not None:
            owed = ((ladder.sender_name, ladder.group_name),)
        if owed and len(owed) > 1 and several is not None:
            each = tuple(
                fill(QCoreApplication.translate("Escalation", "%1 in %2"), sender, group)
                for sender, group in owed
            )
            text = fill(several(len(owed)), listed(each))
        elif owed:
            text = fill(named, *owed[0])
        else:
            text = unnamed
        self.window.statusBar().showMessage(text, shown_ms)

    def start(self) -> None:
        # Beside the store: each data dir is a desk of its own.
        self.window.restore_layout(self._data_dir / "window.ini")
        self.window.show()
        if self._services_ready:
            # The sound system takes a while to start: not before the window is painted.
            self._after_paint = AfterFirstPaint(
                self.window.list.viewport(), self._after_first_paint
            )
            self._run_services()
        else:
            self._after_paint = AfterFirstPaint(self.window.list.viewport(), self._start_services)

    def _after_first_paint(self) -> None:
        self.notifier.load_sounds()
        # At the next turn of the event loop, not in the same one as the sounds.
        QTimer.singleShot(0, self.notifier.warm_popups)

    def _start_services(self) -> None:
        # Their modules first, on the store thread: APScheduler's reads the entry points
        # of every installed package, and with the quiet-hours calendar that took some
        # 35 ms of the GUI thread just after the first paint, the window taking no input
        # (issue 8). A module that does not load fails as it did, on the GUI thread.
        # First on the store thread, and the window's own work after the paint (its
        # re-read, its rerank) only once the escalation's first round is queued: the DING
        # banner comes before them (see MainWindow's `opening_after_services`).
        self.ops.run(
            _load_service_modules,
            lambda _none: self._start_services_loaded(),
            lambda _error: self._start_services_loaded(),
            first=True,
        )

    def _start_services_loaded(self) -> None:
        if self._stopped or self._services_ready:
            return  # quit while the modules loaded
        self._show_held(self._first_values)
        try:
            self._build_services()
            self._run_services(settings_on_the_store_thread=True)
        finally:
            # After the first round is queued; and whatever became of the services, the
            # window's roll calls and rerank still come.
            self.window.start_opening_work()
        QTimer.singleShot(0, self.notifier.load_sounds)
        QTimer.singleShot(0, self.notifier.warm_popups)
        self.servicesStarted.emit()

    def _run_services(self, *, settings_on_the_store_thread: bool = False) -> None:
        """Starts the services; `settings_on_the_store_thread`: what the window shows of
        the settings is read there (just after the first paint, the read held the GUI
        thread 20-60 ms on a busy machine; issue 8)."""
        if not self.scheduler.running:
            self.scheduler.start()
        self.window.reply_box.follow_left_queued()
        self.refresh()
        if settings_on_the_store_thread:
            self.ops.run(self.settings.all, self._show_settings_values)
        else:
            self._show_settings()
        self._page_check.start(self._page_check_after_ms)

    def _check_pages(self) -> None:
        """Reads every page, on a thread of its own, when a day has passed since the last
        time it did; damage found is told as any other (see _tell_damage)."""
        from desk.store.page_check import PageReader

        self._page_check.start(PAGE_CHECK_EVERY_MS)
        if self._page_reader is None:
            self._page_reader = PageReader(self._store, self._clock.now)
        self._page_reader.start()

    def _settings_saved(self) -> None:
        self._settings_as_stored()
        self._show_settings()
        # The cards say whether the user's own unit has reported: it may have changed.
        self.window.request_refresh()

    def _settings_as_stored(self) -> None:
        """The text size and quiet switch as the store has them, after OK showed them
        (see `_settings_applying`): saved, or refused and shown as they were."""
        saving = QCoreApplication.translate("DeskApp", "Saving the settings…")
        if self.window.statusBar().currentMessage() == saving:
            self.window.statusBar().clearMessage()
        self._show_text_size(int(self.settings.get(TEXT_SIZE)))
        self.refresh()

    def _show_muted(self, values: dict[str, object]) -> None:
        """The muted groups, and by when a DING naming no time is to be confirmed."""
        self.window.sidebar.set_muted(muted_groups(values))
        self.window.set_confirm_within(LadderConfig.from_settings(values).confirm_within)

    def _show_settings(self) -> None:
        """What the window shows of the settings: muted groups, a missing year's calendar."""
        self._show_settings_values(self.settings.all())

    def _show_settings_values(self, values: dict[str, object]) -> None:
        # With the services (see the class's docstring).
        from desk.app.settings_flow import unknown_years_ahead

        if self._stopped:
            return
        now = self._clock.now()
        self._show_muted(values)
        # The years the settings dialog names too (a tester: it named 2027 and 2028 on
        # 4 January, the status bar 2027).
        self.window.warn_calendar(unknown_years_ahead(values, now))

    def refresh(self) -> None:
        """Everything derived from the store and the clock: notifications, ladders."""
        if self._services_ready:
            self.alerts.refresh()
            self.escalation.refresh()
            self.sent_deadlines.refresh()

    @property
    def services_started(self) -> bool:
        """Whether the tray, alerts and DING ladders are up (see the class's docstring)."""
        return self._services_ready

    def ops_idle(self) -> bool:
        """Nothing waits to run on the store thread or to be shown (tests wait for this)."""
        return self.ops.idle() and not self._refresh_throttle.pending() and self.window.idle()

    def accounts_changed(self) -> None:
        """An account was added or removed from the window (the demo workspace with it, or
        alone): a removed one's groups leave the sidebar and its cards the list now, and its
        DINGs stop ringing. Only the list was re-read: a removed account's DING kept its
        pop-up and banner until its ladder's next step, minutes later, and their Confirm
        said the store could not save it."""
        self.window.request_refresh()
        self.escalation.refresh()

    def stop(self) -> None:
        self._stopped = True
        self._stop_watching()
        self._page_check.stop()
        if self._page_reader is not None:
            self._page_reader.stop()
        # The user was here until they quit: a store write, before the store thread stops.
        self.window.presence.leave()
        # Quitting from the menu or the tray closes no window: kept here, not only on close.
        self.window.save_layout()
        self.window.allow_close()
        self.window.close()
        if self._after_paint is not None:
            # Quit before the first paint: the services it would start are not wanted.
            self._after_paint.cancel()
        self.window.reply_box.keep_drafts()
        if self._services_ready:
            self.escalation.stop()
            self.alerts.stop()
            self.sent_deadlines.watch.stop()
            if self.scheduler.running:
                self.scheduler.shutdown(wait=True)
            # A fetch in flight writes to the store: let it finish first (bounded by its
            # timeout).
            self.attachments.wait(ATTACHMENT_WAIT_S)
            self.notifier.tray.hide()
            self.notifier.close_popups()
        self.ops.shutdown()
        text_size.restore()

    def quit(self) -> None:
        """Quits desk, as its menu's Quit does."""
        # Qt's quit first closes every window, and a window that refuses cancels it: the
        # window must stop refusing (it minimises where there is no tray) before the quit.
        self.window.allow_close()
        self.quitRequested.emit()

    def restart(self) -> None:
        """Quits desk and starts it again (desk.app.gui.run_gui)."""
        self.window.allow_close()
        self.restartRequested.emit()

    def reopen(self) -> None:
        """Closes the window and opens it again on the same store, in the language now
        chosen (desk.app.gui.run_gui). What was written in the reply box, and the window's
        size and panes, are kept as at any quit (see stop), and come back; the view and
        card the user was on come back too (MainWindow.place, read by desk.app.gui)."""
        self.window.allow_close()
        self.reopenRequested.emit()

    def _closed_to_tray(self) -> None:
        if not self._services_ready or self.settings.get("app.tray_hint_shown"):
            return
        from desk.ui.notifier import Notification

        self.notifier.show(
            Notification(
                QCoreApplication.translate("DeskApp", "desk keeps running"),
                QCoreApplication.translate(
                    "DeskApp",
                    "desk stays in the tray so urgent items and DINGs still reach you. "
                    "Quit from the tray menu.",
                ),
            ),
            sound=False,
        )
        self.ops.run(lambda: self.settings.set("app.tray_hint_shown", True))
