"""Settings: quiet hours on a weekly grid, holidays and days off, who breaks through, groups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCollator, QCoreApplication, QEvent, QLocale, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core import settings, text_size
from desk.core.call_names import split_names, titles_alone, too_short
from desk.core.escalation import latest_attention_minutes, least_stop_minutes
from desk.core.group_priority import PRIORITIES, WEIGHTS, Priority, nearest
from desk.core.group_priority import SETTING as GROUP_PRIORITY
from desk.core.own_days import (
    DayCheck,
    DayObjection,
    check_day_off,
    check_workday,
    first_day_shown,
)
from desk.core.placeholders import fill
from desk.core.policy import FILE, Policy
from desk.core.quiet_grid import to_grid, to_windows
from desk.core.quiet_hours import policy_from_settings, published_calendar
from desk.core.quiet_state import QuietReason
from desk.core.work_calendar import DayKind
from desk.ui.card_text import listed
from desk.ui.date_words import holiday_name
from desk.ui.day_list import DayListEditor, DayNote, day_note
from desk.ui.group_label import group_of_account
from desk.ui.i18n import locale_for
from desk.ui.list_filter import filter_box
from desk.ui.name_order import by_pinyin
from desk.ui.policy_text import file_problem_text
from desk.ui.quiet_grid_editor import QuietGridEditor
from desk.ui.quiet_indicator import day_words, when_words
from desk.ui.screen_fit import fitted_size, frame_margins, keep_on_screen, size_for_first_start
from desk.ui.style import NOTE, WARNING, set_tone
from desk.ui.text_size import enlarged
from desk.ui.tick_list import tick_on_click

MODES = ("all", "mentions_urgent", "mute")
# The dialog's size at the platform's own text size.
BASE_SIZE = QSize(960, 620)
# Columns of the Groups tab.
_NOTIFY, _THROTTLE, _PRIORITY = 1, 2, 3


# The dynamic property a priority box gets once the user chooses in it.
_CHOSEN = "chosen"


class SettingsDialog(QDialog):
    """Edits a copy of the settings values; `changes()` says what to store."""

    def __init__(
        self,
        values: Mapping[str, Any],
        groups: Sequence[tuple[str, str]],
        people: Sequence[tuple[str, str]],
        unknown_years: Sequence[int],
        locked: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
        *,
        login_elsewhere: str | None = None,
        today: date | None = None,
        now: datetime | None = None,
        group_weights: Mapping[str, float] | None = None,
        sounds_unplayable: bool = False,
        guessed_unit: str | None = None,
        account_names: Sequence[str] = (),
        policy: Policy | None = None,
        policy_file: str = "",
        preset_names: Mapping[str, str] | None = None,
        group_accounts: Mapping[str, str] | None = None,
    ) -> None:
        """`login_elsewhere`: the data folder another desk starts at login with, if not
        this one's (this desk's box is then unticked: ticking it takes the entry over).
        `today`: the date in desk's time zone, where the day-off picker opens (the
        computer's own date when None; its clock may run in another zone). `now`: the
        instant the quiet hours' tab says when the schedule shown is next quiet from.
        `group_weights`: each group's weight by its id, shown as the nearest priority;
        `priority_changes()` says which the user changed. `sounds_unplayable`: the alert
        sounds were found not to play on this computer, which Play a sound then says.
        `account_names`: the user's display name in each account, by which an @ names them
        already. `policy`: the administrator's policy read at start from `policy_file`
        (None if there was none), whose problems the dialog names. `preset_names`: the
        key of triage.group_priority that names each group by its id, where it is not
        the group's id or name (renamed since the policy gave it a priority by name).
        `group_accounts`: whose each group is, by its id, where another account has a
        group of the same name (see InboxQueries.group_accounts)."""
        super().__init__(parent)
        self._group_accounts = dict(group_accounts or {})
        # The user's own unit as their display names say it, shown in the empty 本单位 field.
        self._guessed_unit = guessed_unit
        self._account_names = list(account_names)
        self._sounds_unplayable = sounds_unplayable
        self._group_weights = dict(group_weights or {})
        self._values = dict(values)
        # The priorities the administrator's policy holds groups at, by id or name.
        self._held: Mapping[str, Priority] = (
            values.get(GROUP_PRIORITY, {}) if GROUP_PRIORITY in locked else {}
        )
        self._preset_names = dict(preset_names or {})
        if login_elsewhere is not None:
            self._values["app.start_at_login"] = False
        self._login_elsewhere = login_elsewhere
        self._today = today
        self._now = now
        self._locked = locked
        # The question Esc asks when something was changed, while it is open.
        self._asking: QMessageBox | None = None
        self._left_from: QWidget | None = None
        # In the sidebar's order, in every tab.
        groups = by_pinyin(groups, lambda group: group[1])
        self._groups = groups
        self.setWindowTitle(self.tr("desk settings"))
        self._size_to_text()
        tabs = QTabWidget()
        # Scrolled: at 150 % (View → Larger text) on a 768 px screen its grid, warning and
        # day lists were taller than the dialog could be, and ran over one another.
        self._quiet_area = _scrolled(self._quiet_tab(unknown_years))
        self._widened = False
        tabs.addTab(self._quiet_area, self.tr("Quiet hours"))
        tabs.addTab(self._people_tab(groups, people), self.tr("Break through"))
        tabs.addTab(self._groups_tab(groups), self.tr("Groups"))
        tabs.addTab(self._ding_tab(), self.tr("DING"))
        self._general = self._general_tab()
        tabs.addTab(self._general, self.tr("General"))
        self.tabs = tabs
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.admin_note = QLabel(
            self.tr("Settings shown greyed out are set by your administrator.")
        )
        self.admin_note.setObjectName("adminNote")
        self.admin_note.setVisible(bool(locked))
        layout.addWidget(self.admin_note)
        self.policy_note, self.policy_command = self._policy_note(policy, policy_file)
        layout.addWidget(self.policy_note)
        layout.addWidget(self.policy_command)
        layout.addWidget(tabs)
        # Said when the store refused the last OK: the dialog came back with the choices.
        self.save_note = QLabel()
        self.save_note.setObjectName("saveNote")
        self.save_note.setWordWrap(True)
        set_tone(self.save_note, WARNING)
        self.save_note.hide()
        layout.addWidget(self.save_note)
        layout.addWidget(self.buttons)
        self._lock_widgets()
        # Quiet hours switched off: the grid and days off no longer say anything.
        self.quiet_enabled.toggled.connect(self._quiet_switched)
        self._quiet_switched(self.quiet_enabled.isChecked())
        for edited in (
            self.grid.changed,
            self.holidays.toggled,
            self.quiet_enabled.toggled,
            # A day off (or a make-up day) added here changes when quiet begins as the grid
            # does: the line said 18:00 on a Monday just made a day off (session 42).
            self.days_off.changed,
            self.workdays.changed,
        ):
            edited.connect(self._say_next_quiet)
        self._say_next_quiet()

    def _policy_note(self, policy: Policy | None, file: str) -> tuple[QLabel, QLabel]:
        """Where the administrator's policy was partly or wholly ignored, a line that says
        so and how IT lists why: only desk.log and `desk policy check` said it, and a user
        whose quiet hours were not the county's had nothing to tell IT (a tester). Here,
        not in a box at every start: the user cannot mend it, only pass it on. The note,
        and under it the command on a line of its own: wrapped with the note, it broke
        in the file's path (desk policy check / | tmp/…: a tester)."""
        note, command = QLabel(), QLabel()
        note.setObjectName("policyNote")
        note.setWordWrap(True)
        command.setObjectName("policyCommand")
        for label in (note, command):
            # Selectable: the file and the command are for IT, to copy into a message.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_tone(label, NOTE)
            label.hide()
        if policy is None or not policy.problems:
            return note, command
        if policy.unread:
            # Why, in the user's words (…不是有效的 TOML：错误在第 3 行第 5 列), for IT on
            # the phone: "could not be read" said it of a file that was read (a typo in it).
            problem = next(p for p in policy.problems if p.key == FILE)
            text = fill(
                self.tr(
                    "Your administrator's policy does not apply: %1. Every setting is "
                    "desk's default or your own. IT can check the file with:"
                ),
                file_problem_text(problem, file, QCoreApplication.translate),
            )
        else:
            keys = tuple(dict.fromkeys(problem.key for problem in policy.problems))
            text = fill(
                self.tr(
                    "Your administrator's policy file %1 has %n problem(s), in %2: those "
                    "settings keep their defaults (or the part of them that is sound), and "
                    "the rest of the policy applies. IT can list them with:",
                    "",
                    len(policy.problems),
                ),
                file,
                listed(keys),
            )
        note.setText(text)
        # A command, the same in every language: not for translating. Quoted where the
        # path has a space (macOS's /Library/Application Support/…), for it to paste whole.
        command.setText(
            f'desk policy check "{file}"' if " " in file else f"desk policy check {file}"
        )
        note.show()
        command.show()
        return note, command

    def reject(self) -> None:
        """Esc, Cancel or the title bar's close: with something changed, asks whether to
        save it first (a tester's days off, entered one by one, went with one Esc)."""
        if self._asking is not None:
            return
        if not (self.changes() or self.priority_changes() or any(self._refused_names())):
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("desk settings"),
            self.tr("Save the changes you made to the settings?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        # Each with an access key (a bare letter answers a message box); 丢弃 had none.
        # Cancel said too little here: back to the settings, as it does.
        for which, text in (
            (QMessageBox.StandardButton.Save, self.tr("&Save")),
            (QMessageBox.StandardButton.Discard, self.tr("&Discard changes")),
            (QMessageBox.StandardButton.Cancel, self.tr("&Back to the settings")),
        ):
            button = box.button(which)
            if button is not None:
                button.setText(text)
        # Enter, as Esc again, goes back to the settings: with Save the default, a tester's
        # Esc then Enter saved what Esc was pressed to cancel, and Discard the default
        # would lose what was entered (days off typed one by one) to the same reflex. Back
        # in the dialog nothing is saved or lost, and S or D then says which.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _code: self._answered(box))
        self._asking = box
        # Where the user was, to be put back there by "Back to the settings".
        self._left_from = self.focusWidget()
        box.open()

    def accept(self) -> None:
        """OK: refused, with the reasons under the field, while a name colleagues call the
        user by is one character, which would be found inside other words, or a title
        alone. Every such name at once: said one at a time, each took another OK (a tester)."""
        short, titles = self._refused_names()
        if short or titles:
            why = "\n".join(self._why_refused(short, titles))
            self.my_names_note.setText(why)
            self.my_names_note.show()
            # Said with the field the focus goes to: a screen reader read its name and
            # text alone, never why OK did nothing.
            self.my_names.setAccessibleDescription(self.my_names_note.text())
            self.tabs.setCurrentWidget(self._general)
            self.my_names.setFocus()
            return
        super().accept()

    def _why_refused(self, short: list[str], titles: list[str]) -> list[str]:
        """A sentence for the names too short, one for the titles alone, if any."""
        said = []
        if len(short) == 1:
            said.append(
                self.tr(
                    "A name of one character (%1) would be found inside other words too. "
                    "Write two characters or more, such as %1主任."
                ).replace("%1", short[0])
            )
        elif short:
            said.append(
                self.tr(
                    "Names of one character (%1) would be found inside other words too. "
                    "Write two characters or more, such as %2主任."
                )
                .replace("%1", listed(tuple(short)))
                .replace("%2", short[0])
            )
        if len(titles) == 1:
            said.append(
                self.tr(
                    "%1 alone is everyone's who holds that title: 张%1 and 各位%1 would be "
                    "read as you. Write it with your surname, such as 方%1."
                ).replace("%1", titles[0])
            )
        elif titles:
            said.append(
                self.tr(
                    "%1 alone are everyone's who hold those titles: 张%2 and 各位%2 would be "
                    "read as you. Write each with your surname, such as 方%2."
                )
                .replace("%1", listed(tuple(titles)))
                .replace("%2", titles[0])
            )
        return said

    def _refused_names(self) -> tuple[list[str], list[str]]:
        """The names too short, and those a title alone (see desk.core.call_names)."""
        if "triage.my_names" in self._locked:
            return [], []
        names = split_names(self.my_names.text())
        return too_short(names), titles_alone(names)

    def _answered(self, box: QMessageBox) -> None:
        self._asking = None
        box.deleteLater()
        chosen = box.standardButton(box.clickedButton())
        if chosen is QMessageBox.StandardButton.Save:
            self.accept()
        elif chosen is QMessageBox.StandardButton.Discard:
            super().reject()
        else:
            self._back_from_asking()

    def _back_from_asking(self) -> None:
        """Back in the settings as the user left them: in the field they were in, and with
        no default button, so Enter there no longer saves.

        A tester's Esc (the question), Esc (back), Enter saved: OK was still the default
        button, which QDialog presses on Enter from any field. Qt/KDE dialogs keep OK the
        default because Enter usually means "done, keep it"; but one who has just pressed
        Esc twice meant to leave, and a stray Enter then must not store what they were
        leaving (GNOME's settings, which apply as they go, have no Enter-to-save at all).
        Saving stays one deliberate step away: OK clicked, or reached by Tab (a focused
        button is pressed by Enter), or Esc again and Save."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(False)
        if self._left_from is not None and self._left_from.isVisible():
            self._left_from.setFocus(Qt.FocusReason.OtherFocusReason)
        self._left_from = None

    def show_quiet_hours(self) -> None:
        """Shows the quiet hours' tab (the first days' guide opens the dialog there)."""
        self.tabs.setCurrentWidget(self._quiet_area.parentWidget())

    def show_not_saved(self, why: str) -> None:
        """Says the changes were not stored, and why (`desk.ui.ops.failure_text`): the
        dialog is shown again with them, for OK to try again."""
        self.save_note.setText(
            self.tr("Not saved (%1). Your choices are still here: press OK to try again.").replace(
                "%1", why
            )
        )
        self.save_note.show()

    def _quiet_switched(self, on: bool) -> None:
        for name, widgets in (
            ("quiet.windows", (self.grid,)),
            ("quiet.holidays_all_day", (self.holidays,)),
            ("quiet.days_off", (self.days_off,)),
            ("quiet.workdays", (self.workdays,)),
        ):
            if name not in self._locked:
                for widget in widgets:
                    widget.setEnabled(on)

    def _lock_widgets(self) -> None:
        """Settings the administrator's policy locks are shown, greyed out, and say why."""
        widgets: dict[str, tuple[QWidget, ...]] = {
            "ui.language": (self.language,),
            "ui.text_size": (self.text_size,),
            "quiet.enabled": (self.quiet_enabled,),
            "quiet.windows": (self.grid,),
            "quiet.holidays_all_day": (self.holidays,),
            "quiet.days_off": (self.days_off,),
            "quiet.workdays": (self.workdays,),
            "quiet.breakthrough_senders": (self.breakthrough_people,),
            "quiet.breakthrough_groups": (self.breakthrough_groups,),
            "quiet.own_urgent_replies": (self.own_urgent_replies,),
            # The cells of its columns, not the table: a group's priority is the user's.
            "notify.groups": tuple(
                widget
                for r in range(self.group_table.rowCount())
                for column in (_NOTIFY, _THROTTLE)
                if (widget := self.group_table.cellWidget(r, column)) is not None
            ),
            # Only the groups the policy names: the others' priority stays the user's.
            GROUP_PRIORITY: tuple(
                widget
                for r, (group_id, name) in enumerate(self._groups)
                if self._held_at(group_id, name) is not None
                and (widget := self.group_table.cellWidget(r, _PRIORITY)) is not None
            ),
            "notify.hide_text": (self.hide_text,),
            "notify.sound": (self.sound,),
            "escalation.urgent_items": (self.escalate_urgent,),
            "escalation.repeat_minutes": (self.repeat_minutes,),
            "escalation.attention_after_minutes": (self.attention_after,),
            "escalation.stop_after_minutes": (self.stop_after,),
            "escalation.confirm_within_minutes": (self.confirm_within,),
            "app.start_at_login": (self.start_at_login,),
            "triage.own_unit": (self.own_unit,),
            "triage.my_names": (self.my_names,),
        }
        for name in self._locked:
            for widget in widgets.get(name, ()):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your administrator"))

    # tabs

    def _quiet_tab(self, unknown_years: Sequence[int]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.quiet_enabled = QCheckBox(self.tr("Hold ordinary notifications during quiet hours"))
        self.quiet_enabled.setChecked(bool(self._values["quiet.enabled"]))
        layout.addWidget(self.quiet_enabled)
        explain = QLabel(
            self.tr(
                "Blue cells are quiet. Urgent items, DINGs and the people and groups on the "
                "break-through list always come through."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        # Nothing said the cells could be clicked or dragged (a tester with the mouse), nor
        # what the keys do (a tester without it).
        self.grid_hint = QLabel(
            self.tr(
                "Click a cell, or drag across cells, to change them. Keys: the arrows move, "
                "Space changes a half hour, Shift+arrows mark a block for Space to change."
            )
        )
        self.grid_hint.setWordWrap(True)
        set_tone(self.grid_hint, NOTE)
        layout.addWidget(self.grid_hint)
        self.grid = QuietGridEditor(room=self._grid_room())
        self.grid.set_grid(to_grid(self._values["quiet.windows"]))
        layout.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        # What the grid means from now on: 21:00 起免打扰 was said nowhere (a tester).
        self.next_quiet = QLabel()
        set_tone(self.next_quiet, NOTE)
        # The make-up day follows Monday to Friday by itself (see QuietGridEditor); painted
        # otherwise, or opened so, it is one click from being as they are.
        self.makeup_button = QPushButton(self.tr("Make-up working days as Monday to Friday"))
        self.makeup_button.clicked.connect(self.grid.makeup_as_weekdays)
        # Its room kept: the line growing to its height as it came moved the day lists.
        keep = self.makeup_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.makeup_button.setSizePolicy(keep)
        self.grid.changed.connect(self._offer_makeup)
        self._offer_makeup()
        below = QHBoxLayout()
        below.addWidget(self.next_quiet, 1)
        below.addWidget(self.makeup_button)
        layout.addLayout(below)
        self.holidays = QCheckBox(self.tr("Statutory holidays are quiet all day"))
        self.holidays.setChecked(bool(self._values["quiet.holidays_all_day"]))
        layout.addWidget(self.holidays)
        if unknown_years:
            years = listed(tuple(str(y) for y in unknown_years))
            self.calendar_warning = QLabel(
                self.tr(
                    "desk does not have the official holiday schedule(s) for %1 yet, so "
                    "quiet hours assume Monday to Friday working days with only the holidays "
                    "that can be foreseen (New Year's Day, Qingming, 1–5 May, the Dragon Boat "
                    "Festival, the Mid-Autumn Festival, 1–7 October, and Spring Festival's eve "
                    "to its seventh day). Add any other days off and make-up working days "
                    "below, or ask IT for a policy that includes the schedule(s).",
                    "",
                    len(unknown_years),
                ).replace("%1", years)
            )
            self.calendar_warning.setWordWrap(True)
            set_tone(self.calendar_warning, WARNING)
            layout.addWidget(self.calendar_warning)
        days = QGridLayout()
        # One note for both lists, under the scrolled part of the tab: at its foot, the
        # refusal of a make-up day had its second line cut until scrolled to, and a note
        # left under one list stayed after a day was added to the other.
        self.day_note = day_note()
        today = self._today or date.today()
        opens_on = first_day_shown(today, unknown_years)
        official = published_calendar(self._values)
        self.days_off = DayListEditor(
            self._values["quiet.days_off"],
            today,
            opens_on,
            name=self.tr("Day off to add"),
            check=self._check_day_off,
            day_of=official.day,
            note=self.day_note,
        )
        self.workdays = DayListEditor(
            self._values["quiet.workdays"],
            today,
            opens_on,
            name=self.tr("Working day to add"),
            check=self._check_workday,
            day_of=official.day,
            note=self.day_note,
        )
        for column, (title, editor) in enumerate(
            (
                (self.tr("Extra days off (quiet all day):"), self.days_off),
                (self.tr("Extra working days (quiet as make-up days):"), self.workdays),
            )
        ):
            days.addWidget(_titled(title, editor.days), 0, column)
            days.addWidget(editor, 1, column)
        layout.addLayout(days)
        # Under the lists, scrolled with them, its room kept: below the scroll area, at
        # 150 % its three empty lines were grey space between the lists, cut at the fold,
        # and the buttons (a tester). Scrolled down to the lists, it is in view.
        layout.addWidget(self.day_note)
        self.day_note.installEventFilter(self)
        layout.addStretch()
        return page

    def _grid_room(self) -> int:
        """How wide the quiet hours' grid may be: the dialog's width less the margins of
        the dialog, the tab and the page, and a vertical scroll bar."""
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        return self.width() - 4 * margin - 4 * frame - bar

    def _offer_makeup(self) -> None:
        self.makeup_button.setVisible(self.grid.makeup_differs())

    def _say_next_quiet(self) -> None:
        """Says by the schedule as edited when it is next quiet, or until when it is."""
        now = self._now
        if now is None or not self.quiet_enabled.isChecked():
            self.next_quiet.hide()
            return
        edited = {
            **self._values,
            "quiet.windows": to_windows(self.grid.grid()),
            "quiet.holidays_all_day": self.holidays.isChecked(),
            "quiet.days_off": self.days_off.dates(),
            "quiet.workdays": self.workdays.dates(),
            "quiet.override": None,  # the schedule's own, not the status bar's switch
        }
        policy = policy_from_settings(edited)
        state = policy.state_at(now)
        tz = ZoneInfo(str(self._values["timezone"]))
        coming = policy.next_quiet(now)
        if state.quiet and state.until is not None:
            text = self.tr("By this schedule it is quiet now, until %1.").replace(
                "%1", when_words(state.until, now, tz)
            )
        elif coming is not None and coming.whole_day:
            text = self.tr("By this schedule quiet hours begin %1, all day.").replace(
                "%1", day_words(coming.start, now, tz)
            )
        elif coming is not None:
            text = self.tr("By this schedule quiet hours begin at %1.").replace(
                "%1", when_words(coming.start, now, tz)
            )
        else:
            text = ""
        # A pause from the status bar holds over the schedule: it said 现在正处于免打扰 while
        # every message was notifying (tester).
        own = policy_from_settings({**edited, "quiet.override": self._values.get("quiet.override")})
        held = own.state_at(now)
        if held.reason is QuietReason.MANUAL and held.until is not None:
            until = when_words(held.until, now, tz)
            chosen = (
                self.tr("You turned quiet hours on from the status bar, until %1.")
                if held.quiet
                else self.tr(
                    "You paused quiet hours from the status bar: every message notifies until %1."
                )
            )
            text = " ".join(filter(None, (text, chosen.replace("%1", until))))
        self.next_quiet.setText(text)
        self.next_quiet.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.day_note and event.type() == QEvent.Type.Show:
            # Said where a list not scrolled down to its foot would have it cut; scrolled
            # down only (sideways, it is as wide as the page, and the lists would go).
            area = self._quiet_area
            foot = self.day_note.mapTo(area.widget(), QPoint(0, self.day_note.height()))
            area.ensureVisible(area.horizontalScrollBar().value(), foot.y(), 0, 0)
        return super().eventFilter(watched, event)

    def _check_day_off(self, day: date) -> DayNote | None:
        workdays = {date.fromisoformat(d) for d in self.workdays.dates()}
        check = check_day_off(day, workdays, published_calendar(self._values))
        return self._day_note(day, check, off=True)

    def _check_workday(self, day: date) -> DayNote | None:
        days_off = {date.fromisoformat(d) for d in self.days_off.dates()}
        check = check_workday(day, days_off, published_calendar(self._values))
        return self._day_note(day, check, off=False)

    def _day_note(self, day: date, check: DayCheck | None, *, off: bool) -> DayNote | None:
        """Why a picked day was refused, or what it does though it looks redundant."""
        if check is None:
            return None
        holiday = holiday_name(check.day.holiday_name or "")
        # A year without its official table goes by the dates desk foresees: refusing
        # 2027-01-04 said 在官方日历上本来就是工作日 with no 2027 table (a tester).
        foreseen = not published_calendar(self._values).known(day.year)
        if check.objection is DayObjection.IN_OTHER_LIST:
            text = (
                self.tr(
                    "%1 is already an extra working day. A day cannot be both a day off and "
                    "a working day: remove it there first."
                )
                if off
                else self.tr(
                    "%1 is already an extra day off. A day cannot be both a day off and a "
                    "working day: remove it there first."
                )
            )
        elif check.objection is DayObjection.ALREADY_WORKING and foreseen:
            text = self.tr(
                "%1 is already a working day as desk expects that year's calendar (its "
                "official table is missing), so it was not added. Make-up working days are "
                "the Saturdays and Sundays the office works."
            )
        elif check.objection is DayObjection.ALREADY_WORKING:
            text = self.tr(
                "%1 is already a working day on the official calendar, so it was not added. "
                "Make-up working days are the Saturdays and Sundays the office works."
            )
        elif check.objection is DayObjection.STAYS_HOLIDAY and foreseen:
            text = self.tr(
                "%1 is a holiday (%2) as desk expects that year's calendar (its official "
                "table is missing), so it was not added: desk does not make a holiday a "
                "working day."
            )
        elif check.objection is DayObjection.STAYS_HOLIDAY:
            text = self.tr(
                "%1 is a holiday (%2) on the official calendar, so it was not added: desk "
                "does not make a holiday a working day."
            )
        elif check.day.kind is DayKind.HOLIDAY:
            text = self.tr(
                "%1 is already a holiday (%2). Added anyway: it will be quiet all day, even "
                "if holidays are not."
            )
        else:
            text = self.tr(
                "%1 is a weekend day, already a day off. Added anyway: it will be quiet all "
                "day, not only in the hours of its row in the grid."
            )
        return DayNote(text.replace("%1", day.isoformat()).replace("%2", holiday), check.refused)

    def _people_tab(
        self, groups: Sequence[tuple[str, str]], people: Sequence[tuple[str, str]]
    ) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        # Beside the lists that let messages through quiet hours: the rule that lets the
        # replies to the user's own urgent work through (a tester on night duty).
        self.own_urgent_replies = QCheckBox(
            self.tr("During quiet hours, still show replies to urgent items I sent")
        )
        self.own_urgent_replies.setToolTip(
            self.tr(
                "Replies and confirmations to your own DINGs, and to your notices that are "
                "urgent or due before quiet hours end, pop up without sound until 2 hours "
                "after their due time (12 hours after sending if they set none). The "
                "replies to one item share one pop-up."
            )
        )
        self.own_urgent_replies.setChecked(bool(self._values["quiet.own_urgent_replies"]))
        outer.addWidget(self.own_urgent_replies)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        # People in the order of desk's own language, whatever the system's (pinyin for
        # 中文); groups as the sidebar lists them.
        order = QCollator(QLocale(locale_for(str(self._values["ui.language"]))))
        self.breakthrough_people = _checklist(
            sorted(people, key=lambda person: order.sortKey(person[1])),
            self._values["quiet.breakthrough_senders"],
        )
        self.breakthrough_groups = _checklist(groups, self._values["quiet.breakthrough_groups"])
        for name, title, widget in (
            ("people", self.tr("People who always get through"), self.breakthrough_people),
            ("groups", self.tr("Groups that always get through"), self.breakthrough_groups),
        ):
            column = QVBoxLayout()
            column.addWidget(_titled(title, widget))
            # Hundreds of people across 40 groups: find one by typing part of the name.
            column.addWidget(filter_box(widget, name, self.tr("Filter…"), title))
            column.addWidget(widget)
            layout.addLayout(column)
        return page

    def _groups_tab(self, groups: Sequence[tuple[str, str]]) -> QWidget:
        rules = self._values["notify.groups"]
        self.group_table = QTableWidget(len(groups), 4)
        self.group_table.setObjectName("groupRules")
        self.group_table.setAccessibleName(self.tr("How each group notifies and ranks"))
        # Tab goes from one choice to the next, not through every cell (see QuietGridEditor).
        self.group_table.setTabKeyNavigation(False)
        self.group_table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Notify"),
                self.tr("At most one per (minutes)"),
                self.tr("Priority"),
            ]
        )
        header = self.group_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (_NOTIFY, _THROTTLE, _PRIORITY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        priority_help = self.tr(
            "Important: this group's messages rank higher in the inbox, and a borderline "
            "one counts as a task; Low: they rank lower. Urgent items always come through. "
            "Applies at once to the group's open messages, without changing their tier."
        )
        self.group_table.horizontalHeaderItem(_PRIORITY).setToolTip(priority_help)
        mode_names = {
            "all": self.tr("Everything that matters"),
            "mentions_urgent": self.tr("Only @me and urgent"),
            # A DING rings through a muted group: said where the group is muted.
            "mute": self.tr("Never, but DINGs (muted)"),
        }
        for r, (group_id, name) in enumerate(groups):
            rule = rules.get(group_id) or rules.get(name, {"mode": "all", "throttle_minutes": 0})
            # Two accounts' groups of one name: whose each is (IT tester).
            named = group_of_account(name, self._group_accounts.get(group_id, ""))
            item = QTableWidgetItem(named)
            item.setToolTip(named)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.group_table.setItem(r, 0, item)
            combo = QComboBox()
            for mode in MODES:
                combo.addItem(mode_names[mode], mode)
            combo.setCurrentIndex(MODES.index(rule["mode"]))
            self.group_table.setCellWidget(r, _NOTIFY, combo)
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            spin.setSpecialValueText(self.tr("no limit"))
            spin.setValue(int(rule["throttle_minutes"]))
            self.group_table.setCellWidget(r, _THROTTLE, spin)
            self.group_table.setCellWidget(
                r, _PRIORITY, self._priority_box(group_id, name, priority_help)
            )
            # A muted group sends nothing to space out.
            spin.setEnabled(rule["mode"] != "mute")
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, s=spin: s.setEnabled(c.currentData() != "mute")
            )
        return self.group_table

    def _priority_box(self, group_id: str, name: str, help_text: str) -> QComboBox:
        """Important, normal or low, opened on the choice nearest the group's weight
        (tier corrections move it too)."""
        names: dict[Priority, str] = {
            "important": self.tr("Important"),
            "normal": self.tr("Normal"),
            "low": self.tr("Low"),
        }
        box = QComboBox()
        box.setObjectName(f"priority_{group_id}")
        for priority in PRIORITIES:
            box.addItem(names[priority], priority)
        # Held: shown at the policy's choice, which the store gives it as it syncs.
        held = self._held_at(group_id, name)
        weight = self._group_weights.get(group_id, 0.0)
        shown = held or nearest(weight)
        box.setCurrentIndex(PRIORITIES.index(shown))
        box.setAccessibleName(self.tr("Priority of %1").replace("%1", name))
        box.setToolTip(help_text)
        # What moving its cards taught: a quarter step each, so one or two moves showed no
        # change here (a tester, after a correction the status bar said it made).
        moved = round(weight - WEIGHTS[shown], 3)
        if moved and held is None:
            said = fill(
                self.tr(
                    "Your moves of this group's cards between Action and Info rank its "
                    "messages a little higher than %1 alone. Choosing a priority here, even "
                    "the same one, clears that."
                )
                if moved > 0
                else self.tr(
                    "Your moves of this group's cards between Action and Info rank its "
                    "messages a little lower than %1 alone. Choosing a priority here, even "
                    "the same one, clears that."
                ),
                names[shown],
            )
            box.setToolTip(f"{help_text}\n\n{said}")
            box.setAccessibleDescription(said)
        # Chosen by the user, even as it was: its weight is then the priority's exactly.
        box.activated.connect(lambda _index, b=box: b.setProperty(_CHOSEN, True))
        return box

    def _held_at(self, group_id: str, name: str) -> Priority | None:
        """The priority a locked policy holds the group at (by its id or name, or the name
        it had when given it), if any."""
        return (
            self._held.get(group_id)
            or self._held.get(name)
            or self._held.get(self._preset_names.get(group_id, ""))
        )

    def _ding_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        explain = QLabel(
            self.tr(
                "An unconfirmed DING alerts at once, then again on this ladder until you "
                "confirm it or it stops alerting, and once more 10 minutes before it is due "
                "(or is to be confirmed); until you confirm it, it stays pinned at the top "
                "of Urgent."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.escalate_urgent = QCheckBox(self.tr("Escalate urgent items like DINGs"))
        self.escalate_urgent.setChecked(bool(self._values["escalation.urgent_items"]))
        form.addRow(self.escalate_urgent)
        self.repeat_minutes = self._minutes("escalation.repeat_minutes")
        form.addRow(self.tr("Alert again every:"), self.repeat_minutes)
        self.attention_after = self._minutes("escalation.attention_after_minutes")
        self.attention_after.setSpecialValueText(self.tr("at once"))
        form.addRow(self.tr("Flash the taskbar and tray after:"), self.attention_after)
        self.stop_after = self._minutes("escalation.stop_after_minutes")
        form.addRow(self.tr("Stop alerting after:"), self.stop_after)
        # Many units count a DING unconfirmed after an hour a violation; one whose words name
        # no time then has a time to be confirmed by all the same (0: none).
        self.confirm_within = self._minutes("escalation.confirm_within_minutes")
        self.confirm_within.setSpecialValueText(self.tr("off"))
        self.confirm_within.setToolTip(
            self.tr(
                "A DING whose text names no time is to be confirmed within this many minutes "
                "of being posted: its banner and alerts say by when, and desk reminds you once "
                "more 10 minutes before. Its card's deadline does not change."
            )
        )
        form.addRow(self.tr("A DING is to be confirmed within:"), self.confirm_within)
        self.ladder_note = QLabel()
        self.ladder_note.setObjectName("ladderNote")
        self.ladder_note.setWordWrap(True)
        set_tone(self.ladder_note, NOTE)
        form.addRow(self.ladder_note)
        for spin in (self.repeat_minutes, self.attention_after, self.stop_after):
            # Follow the value typed once it is finished: typing 20 over 200 must not leave
            # the stop raised for 200 on the way.
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._keep_ladder_consistent)
        self._keep_ladder_consistent()
        return page

    def _keep_ladder_consistent(self) -> None:
        """The alerts must go on until the first flash, or it never comes (and with it,
        perhaps, no repeat either): see desk/core/escalation.py.

        The stop follows the other two, as a later date follows an earlier one: its
        minimum is raised, which raises its value. When the administrator locked the
        stop, the other two are held below it instead.
        """
        repeat, attention = self.repeat_minutes.value(), self.attention_after.value()
        if "escalation.stop_after_minutes" not in self._locked:
            self.stop_after.setMinimum(least_stop_minutes(repeat, attention))
        else:
            stop = self.stop_after.value()
            if "escalation.repeat_minutes" not in self._locked:
                self.repeat_minutes.setMaximum(max(self.repeat_minutes.minimum(), stop - 1))
            if "escalation.attention_after_minutes" not in self._locked:
                self.attention_after.setMaximum(latest_attention_minutes(repeat, stop))
        first_flash = (
            least_stop_minutes(self.repeat_minutes.value(), self.attention_after.value()) - 1
        )
        self.ladder_note.setText(
            self.tr(
                "The first flash comes with the alert at %1 min; the alerts cannot stop before it."
            ).replace("%1", str(first_flash))
        )

    def _minutes(self, name: str) -> QSpinBox:
        """A spin box for a whole number of minutes, within the declared range."""
        spin = QSpinBox()
        bounds = settings.BY_NAME[name].bounds
        assert bounds is not None, f"{name} is declared without a range"
        low, high = bounds
        spin.setRange(low, high)
        # 5 typed where 16 is the least allowed becomes 16, not the value before it
        # (a tester's 5 went back to 30 without a word).
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(int(self._values[name]))
        return spin

    def _general_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.language = QComboBox()
        names = {
            "system": self.tr("As the system"),
            "zh_CN": "简体中文",
            "zh_TW": "繁體中文",
            "en": "English",
        }
        for code in settings.LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(settings.LANGUAGES.index(self._values["ui.language"]))
        row.addWidget(_titled(self.tr("Language (after a restart):"), self.language))
        row.addWidget(self.language)
        row.addStretch()
        layout.addLayout(row)
        layout.addLayout(self._own_unit_row())
        layout.addLayout(self._my_names_row())
        layout.addLayout(self._text_size_row())
        self.hide_text = QCheckBox(self.tr("Show notifications without message text"))
        self.hide_text.setToolTip(
            self.tr(
                "For shared screens, and because the operating system keeps notification "
                "text unencrypted."
            )
        )
        self.hide_text.setChecked(bool(self._values["notify.hide_text"]))
        self.sound = QCheckBox(self.tr("Play a sound"))
        self.sound.setChecked(bool(self._values["notify.sound"]))
        self.start_at_login = QCheckBox(self.tr("Start desk when I sign in to this computer"))
        self.start_at_login.setToolTip(
            self.tr("So DINGs and urgent items reach you even if you did not open desk.")
        )
        self.start_at_login.setChecked(bool(self._values["app.start_at_login"]))
        layout.addWidget(self.hide_text)
        layout.addWidget(self.sound)
        self.sound_note: QLabel | None = None
        if self._sounds_unplayable:
            self.sound_note = QLabel(
                self.tr(
                    "Sounds cannot play on this computer (no audio output desk can use). "
                    "DINGs and urgent items still flash the taskbar and show pop-ups."
                )
            )
            self.sound_note.setWordWrap(True)
            self.sound_note.setObjectName("sound_note")
            layout.addWidget(self.sound_note)
        layout.addWidget(self.start_at_login)
        if self._login_elsewhere is not None:
            elsewhere = QLabel(
                self.tr(
                    "desk now starts at sign-in with another data folder (%1). Tick this "
                    "to start this one instead."
                ).replace("%1", self._login_elsewhere)
            )
            elsewhere.setWordWrap(True)
            elsewhere.setObjectName("login_elsewhere")
            layout.addWidget(elsewhere)
        layout.addStretch()
        return page

    def _own_unit_row(self) -> QVBoxLayout:
        """本单位: the user's town, street office or bureau, as the groups write it; empty,
        desk goes by the unit their own display names say, shown greyed in the field."""
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.own_unit = QLineEdit(str(self._values["triage.own_unit"]))
        self.own_unit.setObjectName("ownUnit")
        self.own_unit.setMinimumWidth(260)
        if self._guessed_unit:
            self.own_unit.setPlaceholderText(
                self.tr("Not set: going by your names in the groups, %1").replace(
                    "%1", self._guessed_unit
                )
            )
        row.addWidget(_titled(self.tr("My unit:"), self.own_unit))
        row.addWidget(self.own_unit)
        row.addStretch()
        column.addLayout(row)
        hint = QLabel(
            self.tr(
                "The name as the groups write it; several separated by 、 (桐坪镇、桐坪). A "
                "roll call then says first whether your unit has reported, and a message "
                "asking it to act or report ranks as a task."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("ownUnitHint")
        set_tone(hint, NOTE)
        column.addWidget(hint)
        return column

    def _my_names_row(self) -> QVBoxLayout:
        """The other names colleagues @ the user by (方主任, 晓宁): the account's own display
        name, shown greyed in the empty field, is known already."""
        column = QVBoxLayout()
        row = QHBoxLayout()
        between = self.tr(", ", "between names")
        self.my_names = QLineEdit(between.join(self._values["triage.my_names"]))
        self.my_names.setObjectName("myNames")
        self.my_names.setMinimumWidth(260)
        if self._account_names:
            self.my_names.setPlaceholderText(
                self.tr("Besides %1, your account's name").replace(
                    "%1", between.join(self._account_names)
                )
            )
        row.addWidget(_titled(self.tr("Colleagues also call me:"), self.my_names))
        row.addWidget(self.my_names)
        row.addStretch()
        column.addLayout(row)
        hint = QLabel(
            self.tr(
                "The names colleagues write after @ for you, separated by commas, 、 or "
                "spaces (王主任、小王). A new message that @s one of them is marked @you; "
                "messages already here stay as they were sorted."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("myNamesHint")
        set_tone(hint, NOTE)
        column.addWidget(hint)
        # Why OK was refused (see accept), until the names are typed anew.
        self.my_names_note = QLabel()
        self.my_names_note.setObjectName("myNamesNote")
        self.my_names_note.setWordWrap(True)
        set_tone(self.my_names_note, WARNING)
        self.my_names_note.hide()
        self.my_names.textEdited.connect(self._names_typed)
        column.addWidget(self.my_names_note)
        return column

    def _names_typed(self, _text: str) -> None:
        self.my_names_note.hide()
        self.my_names.setAccessibleDescription("")

    def _size_to_text(self) -> None:
        """960 × 620 at the platform's text size; larger text (View → Larger) asks for as
        much more room, within the screen's free area: at 150 % the fixed size cut the quiet
        hours' wrapped notes at the right, and the grid scrolled sideways."""
        grows = enlarged()
        if grows <= 1.0:
            self.resize(BASE_SIZE)
            return
        size_for_first_start(
            self, QSize(round(BASE_SIZE.width() * grows), round(BASE_SIZE.height() * grows))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widened:
            self._widened = True
            self._widen_to_quiet_hours()

    def _widen_to_quiet_hours(self) -> None:
        """As much wider as the quiet hours' grid asks, within the screen's free area: its
        day names are longer in some languages (English: Make-up working day), and the
        whole tab scrolled sideways for a few pixels (a tester). Measured once laid out."""
        area = self._quiet_area
        page = area.widget()
        if page is None:
            return
        short = page.minimumSizeHint().width() - area.viewport().width()
        if short <= 0:
            return
        available = self.screen().availableGeometry()
        wider = QSize(self.width() + short, self.height())
        fitted = fitted_size(wider, available, frame_margins(self), 0)
        if fitted.width() > self.width():
            self.resize(fitted.width(), self.height())
            # Kept inside the screen: the wider dialog grows to the right of where it was.
            keep_on_screen(self)

    def _text_size_row(self) -> QHBoxLayout:
        """Text size, as the View menu steps it (Ctrl++, Ctrl+-): applied to the whole
        window at OK. A size an administrator set between the steps is offered as it is."""
        names = {
            100: self.tr("Normal (100 %)"),
            125: self.tr("Large (125 %)"),
            150: self.tr("Larger (150 %)"),
            175: self.tr("Largest (175 %)"),
        }
        current = int(self._values["ui.text_size"])
        self.text_size = QComboBox()
        self.text_size.setObjectName("textSize")
        for percent in sorted({*text_size.STEPS, current}):
            self.text_size.addItem(names.get(percent, f"{percent} %"), percent)
        self.text_size.setCurrentIndex(self.text_size.findData(current))
        row = QHBoxLayout()
        row.addWidget(_titled(self.tr("Text size:"), self.text_size))
        row.addWidget(self.text_size)
        row.addStretch()
        return row

    # reading back

    def changes(self) -> dict[str, Any]:
        """The settings whose value differs from what the dialog was opened with."""
        short, titles = self._refused_names()
        edited = {
            "ui.language": self.language.currentData(),
            "ui.text_size": self.text_size.currentData(),
            "quiet.enabled": self.quiet_enabled.isChecked(),
            "quiet.windows": to_windows(self.grid.grid()),
            "quiet.holidays_all_day": self.holidays.isChecked(),
            "quiet.days_off": self.days_off.dates(),
            "quiet.workdays": self.workdays.dates(),
            "quiet.breakthrough_senders": _checked(self.breakthrough_people),
            "quiet.breakthrough_groups": _checked(self.breakthrough_groups),
            "quiet.own_urgent_replies": self.own_urgent_replies.isChecked(),
            "notify.groups": self._group_rules(),
            "notify.hide_text": self.hide_text.isChecked(),
            "notify.sound": self.sound.isChecked(),
            "escalation.urgent_items": self.escalate_urgent.isChecked(),
            "escalation.repeat_minutes": self.repeat_minutes.value(),
            "escalation.attention_after_minutes": self.attention_after.value(),
            "escalation.stop_after_minutes": self.stop_after.value(),
            "escalation.confirm_within_minutes": self.confirm_within.value(),
            "app.start_at_login": self.start_at_login.isChecked(),
            "triage.own_unit": self.own_unit.text(),
            # Without a name OK refuses (see accept): Esc asks about it.
            "triage.my_names": [
                name
                for name in split_names(self.my_names.text())
                if name not in short and name not in titles
            ],
        }
        clean = {
            name: settings.validate(name, value)
            for name, value in edited.items()
            if name not in self._locked
        }
        return {name: value for name, value in clean.items() if value != self._values[name]}

    def _group_rules(self) -> dict[str, dict[str, Any]]:
        rules: dict[str, dict[str, Any]] = {}
        for r, (group_id, _name) in enumerate(self._groups):
            combo = self.group_table.cellWidget(r, _NOTIFY)
            spin = self.group_table.cellWidget(r, _THROTTLE)
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
            mode, throttle = combo.currentData(), spin.value()
            if mode != "all" or throttle:
                rules[group_id] = {"mode": mode, "throttle_minutes": throttle}
        return rules

    def priority_changes(self) -> dict[str, Priority]:
        """The groups whose priority the user changed, by id, and what to: a group left
        at the choice it opened on keeps the weight its corrections gave it, unless the
        user chose that choice again (which clears them)."""
        changed: dict[str, Priority] = {}
        for r, (group_id, name) in enumerate(self._groups):
            box = self.group_table.cellWidget(r, _PRIORITY)
            assert isinstance(box, QComboBox)
            chosen: Priority = box.currentData()
            if self._held_at(group_id, name) is not None:
                continue  # the policy's, which the store gives it
            weight = self._group_weights.get(group_id, 0.0)
            # Chosen again as it was, it clears what moving its cards taught the group.
            again = bool(box.property(_CHOSEN)) and weight != WEIGHTS[chosen]
            if chosen != nearest(weight) or again:
                changed[group_id] = chosen
        return changed


def _scrolled(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area, scrolled only where the dialog is too small."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The keys go to the page's controls, not to the area around them.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _ShowsEditorWhole(area)
    return area


class _ShowsEditorWhole(QObject):
    """Scrolls `area` to show the whole day list whose date field has the focus, its Add
    and Remove under the field: at 150 % on a 768 px screen the field stood at the
    dialog's bottom edge, its buttons cut off below it (a tester). Qt scrolls to the
    focused field alone."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self._area.widget()
        if new is None or page is None or not page.isAncestorOf(new):
            return
        editor: QWidget | None = new
        while editor is not None and not isinstance(editor, DayListEditor):
            editor = editor.parentWidget()
        if editor is None:
            return
        # Up or down only: ensureWidgetVisible scrolled a narrow dialog sideways too,
        # moving the list beside it from under the mouse.
        bar = self._area.verticalScrollBar()
        top = editor.mapTo(page, QPoint(0, 0)).y()
        bottom = top + editor.height()
        room = self._area.viewport().height()
        if bottom > bar.value() + room:
            bar.setValue(min(top, bottom - room))
        elif top < bar.value():
            bar.setValue(top)


def _titled(title: str, widget: QWidget) -> QLabel:
    """The label over or beside `widget`, and the name a screen reader says for it (a
    buddy names only a widget of the label's own parent, not a list inside an editor)."""
    label = QLabel(title)
    label.setBuddy(widget)
    widget.setAccessibleName(title.rstrip(":："))
    return label


def _checklist(pairs: Sequence[tuple[str, str]], checked: Sequence[str]) -> QListWidget:
    """A list to tick, of (key, name) pairs in the order given."""
    widget = QListWidget()
    chosen = set(checked)
    for key, name in pairs:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        # An administrator's policy may name them rather than give their ids.
        ticked = key in chosen or name in chosen
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    tick_on_click(widget)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() is Qt.CheckState.Checked
    ]
