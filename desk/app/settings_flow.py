"""Opening the settings dialog on the stored values and saving what the user changed."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from desk.app import autostart
from desk.core import settings as settings_rules
from desk.core.clock import Clock
from desk.core.policy import EMPTY
from desk.core.quiet_hours import policy_from_settings
from desk.store.inbox import InboxQueries
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.ui.i18n import keep_language, locale_for
from desk.ui.ops import StoreOps, failure_text

if TYPE_CHECKING:
    from desk.ui.settings_dialog import SettingsDialog

log = logging.getLogger("desk.app.settings")


def unknown_years_ahead(values: dict[str, object], now: datetime) -> list[int]:
    """The years whose official holiday table is missing and worth saying so `now`."""
    return policy_from_settings(values).unknown_years(now)


def offer_restart(parent: QWidget, language: str, reopen: Callable[[], None]) -> None:
    """Asks whether to start desk again now in `language` (a `ui.language` value): its
    words are set as a window starts. Not asked where it is the language shown already.
    A label saying 重启后生效 was all a tester got, and nothing changed."""
    if QLocale(locale_for(language)).name() == QLocale().name():
        return
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("SettingsFlow", "desk settings"),
        translate(
            "SettingsFlow",
            "The new language applies when desk starts again. Restart desk now? desk comes "
            "back to the view and message you are on, with what you were writing and the "
            "window's layout.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    now = box.addButton(translate("SettingsFlow", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("SettingsFlow", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.setObjectName("restartQuestion")

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is now:
            reopen()

    box.finished.connect(answered)
    box.open()


def as_they_will_be(
    values: Mapping[str, object], changes: Mapping[str, object]
) -> dict[str, object]:
    """The settings `values` with the dialog's `changes`, each as the store will keep it
    (one the store would refuse left as it was)."""
    merged = dict(values)
    for name, value in changes.items():
        try:
            merged[name] = settings_rules.validate(name, value)
        except settings_rules.SettingError:
            continue
    return merged


def open_settings(
    parent: QWidget,
    settings: SettingsStore,
    queries: InboxQueries,
    ops: StoreOps,
    clock: Clock,
    data_dir: Path,
    saved: Callable[[], None],
    *,
    reopen: Callable[[], None] | None = None,
    sounds_unplayable: bool = False,
    applying: Callable[[dict[str, object]], None] | None = None,
    unapplied: Callable[[], None] | None = None,
) -> SettingsDialog:
    """Shows the dialog (non-modal); on OK the changes are stored, then `saved` runs.
    `applying`: shown at once on OK, before the store has them, with the settings as
    they will be (see `as_they_will_be`); `unapplied`: the store then refused them, and
    the window goes back to the settings it has.
    `reopen`: starts the window again, offered once another language is stored.
    `sounds_unplayable`: the alert sounds were found not to play on this computer."""
    values = settings.all()
    groups, people = queries.directory()
    # Imported when first opened: the window's start does not need the dialog's code.
    from desk.store.policy_file import policy_path
    from desk.ui.settings_dialog import SettingsDialog

    # The box says what starts at sign-in: another data folder's desk may hold the entry.
    owner = autostart.entry_data_dir()
    elsewhere = owner is not None and owner.resolve() != data_dir.resolve()
    scratch = data_dir.resolve() != DataDir.usual().root
    if (
        owner is None
        and (scratch or not getattr(sys, "frozen", False))
        and "app.start_at_login" not in settings.locked
    ):
        # On a data dir named with --data-dir, or run from its source,
        # desk made no entry (autostart.keep): the box says so, and ticking it makes one.
        values = {**values, "app.start_at_login": False}
    dialog = SettingsDialog(
        values,
        groups,
        people,
        unknown_years_ahead(values, clock.now()),
        locked=settings.locked,
        parent=parent,
        login_elsewhere=str(owner) if elsewhere else None,
        today=clock.now().astimezone(ZoneInfo(str(values["timezone"]))).date(),
        now=clock.now(),
        group_weights=queries.group_weights(),
        sounds_unplayable=sounds_unplayable,
        guessed_unit=queries.guessed_unit(),
        account_names=queries.account_names(),
        # The policy read at start, as it applies: EMPTY itself when there was no file.
        policy=None if settings.policy is EMPTY else settings.policy,
        policy_file=str(policy_path()),
        preset_names=queries.preset_names(values.get("triage.group_priority") or {}),
        group_accounts=queries.group_accounts(),
    )

    def store_changes(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        changes, priorities, now = dialog.changes(), dialog.priority_changes(), clock.now()

        def store() -> None:
            settings.set_many(changes)
            for group_id, priority in priorities.items():
                queries.set_group_priority(group_id, priority, now)

        def stored(_result: object) -> None:
            # Once stored: a login entry for a setting the store refused would disagree
            # with the dialog the next time.
            if "app.start_at_login" in changes:
                autostart.apply(bool(changes["app.start_at_login"]), data_dir)
            if "ui.language" in changes:
                keep_language(DataDir(data_dir).language_file, changes["ui.language"])
            saved()
            if reopen is not None and "ui.language" in changes:
                offer_restart(parent, str(changes["ui.language"]), reopen)

        shown_early = False

        def refused(error: BaseException) -> None:
            # It closed as if saved, and the next start had the old settings (a tester):
            # the dialog comes back with what the user chose, and says why. First: going
            # back to the stored settings reads them, which a damaged store fails, and the
            # dialog never came back with the user's choices (a reviewer).
            dialog.show_not_saved(failure_text(error))
            dialog.open()
            if shown_early and unapplied is not None:
                # Shown at OK, they would read as saved once the dialog is cancelled.
                unapplied()

        if changes and applying is not None:
            # The store's thread may be busy for long with sync and triage (48 s under a
            # tester's load): what the window shows of them need not wait for it. From the
            # settings as they are now, not as the dialog opened on: quiet hours paused
            # from the status bar meanwhile read as quiet again (a reviewer).
            try:
                current = settings.all()
            except DBAPIError:
                # Unreadable (a damaged store, which then refuses the save too, and says
                # so): nothing is shown that would read as saved.
                log.warning("settings unreadable at OK: shown once stored")
            else:
                applying(as_they_will_be(current, changes))
                shown_early = True
        if changes or priorities:
            ops.run(store, stored, refused)

    dialog.finished.connect(store_changes)
    dialog.open()
    return dialog
