"""The status-bar switch for quiet hours ("免打扰至 08:30 ▾"): a click opens its menu, and
nothing changes until a choice in it is made (one click paused quiet hours unasked: tester)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from desk.core.placeholders import fill
from desk.core.quiet_reason import WHOLE_DAYS, QuietReason
from desk.store.inbox import ViewKind
from desk.ui.date_words import QUIET_REASONS, WEEKDAY_NAMES, day_and_time, holiday_name
from desk.ui.sidebar import view_name

if TYPE_CHECKING:
    # Only named: the states come with the services, after the first paint (issue 8).
    from desk.core.quiet_state import NextQuiet, QuietState
    from desk.store.ladders import Ladder

# A pause of quiet hours longer than a night asks first.
ASK_BEYOND = timedelta(hours=12)
# How near the schedule's next quiet period must be for "quiet until the morning" to be
# offered while it notifies: at 08:31 on a Monday it meant a whole working day of quiet in
# one click (a tester); from late afternoon it is leaving a little early.
LONG_QUIET_LEAD = timedelta(hours=2)


class QuietIndicator(QToolButton):
    """Signals: overrideRequested(object): a `quiet.override` value to store (None resumes),
    heldRequested(): the user asked for the list of what quiet hours hold so far,
    notQuiet(): a state shown is not quiet (what they held so far is no more),
    reworded(): its text changed, and with it its width,
    stateShown(): a state was shown (the first one: what quiet hours held is known),
    settingsRequested(): the user asked for the quiet hours' settings."""

    overrideRequested = Signal(object)
    settingsRequested = Signal()
    heldRequested = Signal()
    notQuiet = Signal()
    reworded = Signal()
    stateShown = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        # Unknown until the first state comes (the window shows before its alerts run):
        # no "Notifications on" in the middle of the night for its first moment.
        self._state: QuietState | None = None
        self._held = 0
        # How many its arrow's list shows, if more than `_held`: during a quiet hour the
        # user started by hand, with the last digest's (see set_listed).
        self._listed = 0
        # Whether any state shown since the start was quiet: a first start after quiet
        # hours had ended held nothing because desk was not running (see show_held).
        self._quiet_seen = False
        self._now = datetime.now(tz)
        self._morning: datetime | None = None
        self._next_quiet: NextQuiet | None = None
        # What rings through quiet hours now: a DING's ladder (or an urgent item's), said
        # beside 免打扰 (a tester, woken on 元旦, saw only 免打扰（元旦）至 …).
        self._ringing: str | None = None
        # The key of the held list (Ctrl+7), said beside its entry in the menu.
        self._held_key = ""
        self.setObjectName("quiet")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        # First, where the count is: a click on 7 条暂缓 only offered to notify as on a
        # workday, and nothing led to which 7 (a tester).
        self.list_held = QAction(menu)
        self.list_held.triggered.connect(self.heldRequested.emit)
        menu.addAction(self.list_held)
        self._after_held = menu.addSeparator()
        # While quiet: what one click did before (pause until they end), as a choice of
        # its own, and shorter pauses.
        self.pause_until = QAction(menu)
        self.pause_until.triggered.connect(self._pause_until_end)
        self.pause_hour = QAction(self.tr("Pause quiet hours for 1 hour"), menu)
        self.pause_hour.triggered.connect(lambda: self._pause_for(timedelta(hours=1)))
        self.pause_today = QAction(self.tr("Pause quiet hours until the end of today"), menu)
        self.pause_today.triggered.connect(lambda: self._pause_to(self._end_of_today()))
        for action in (self.pause_until, self.pause_hour, self.pause_today):
            menu.addAction(action)
        self.quiet_hour = QAction(self.tr("Quiet for 1 hour"), menu)
        self.quiet_hour.triggered.connect(lambda: self._quiet_for(timedelta(hours=1)))
        self.quiet_morning = QAction(self.tr("Quiet until the morning"), menu)
        self.quiet_morning.triggered.connect(self._quiet_until_morning)
        self.resume = QAction(self.tr("Follow the schedule again"), menu)
        self.resume.triggered.connect(lambda: self.overrideRequested.emit(None))
        for action in (self.quiet_hour, self.quiet_morning, self.resume):
            menu.addAction(action)
        menu.addSeparator()
        self.open_settings = QAction(self.tr("Quiet hours settings…"), menu)
        self.open_settings.triggered.connect(self.settingsRequested.emit)
        menu.addAction(self.open_settings)
        self._menu = menu
        self.setMenu(menu)
        # The ▾ promises a menu, and the whole button opens it: a mouse user at large text
        # clicked 免打扰至08:30 and quiet hours were off, said only in a tooltip (tester).
        # The mouse opens it on the press (see mousePressEvent); this is for Space.
        self.clicked.connect(self.showMenu)
        self._render()
        self._offer()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Opens the menu on the press, anywhere on the switch, as its arrow does. Opened
        on the release (a click), the first click sometimes opened nothing (a tester): the
        status bar lays its words out again as a passing message comes or goes, and the
        switch moved from under the pointer before the release. A press on it while its
        menu is open only closes the menu (Qt does not pass that press on to it)."""
        if event.button() is Qt.MouseButton.LeftButton and self.menu() is not None:
            event.accept()
            self.showMenu()
            return
        super().mousePressEvent(event)

    def show_state(
        self, state: QuietState, held: int, now: datetime, *, stored: bool = True
    ) -> None:
        """`stored`: false for a state settings not saved yet will bring (OK pressed): what
        quiet hours held so far is not dropped, as the store may still refuse them."""
        self._state, self._held, self._now = state, held, now
        self._quiet_seen = self._quiet_seen or state.quiet
        self.setEnabled(True)
        self._render()
        self._offer()
        if not state.quiet and stored:
            self.notQuiet.emit()
        self.stateShown.emit()

    def set_listed(self, listed: int) -> None:
        """How many the list of what is held shows, said before the state (show_state):
        during a quiet hour the user started by hand, what it holds beside the last
        digest's list; its item said 列出暂缓的 1 条消息 and opened 8 (a tester)."""
        self._listed = listed

    def quiet_seen(self) -> bool | None:
        """Whether quiet hours held at any time since desk started; None before the first
        state is known."""
        return None if self._state is None else self._quiet_seen

    def held(self) -> int:
        """How many messages quiet hours hold so far (none once they have ended)."""
        return self._held

    def listed(self) -> int:
        """How many messages the list of what quiet hours hold shows (Ctrl+7): `held`,
        with the last digest's during a quiet hour by hand (see set_listed); 0 if none."""
        return max(self._held, self._listed) if self._held else 0

    def quiet_now(self) -> bool:
        """Whether the state shown is quiet (False before the first is known)."""
        return self._state is not None and self._state.quiet

    def quiet_by_hand(self) -> bool:
        """Whether quiet hours hold now by the user's own choice (an hour, until the
        morning), not by the schedule."""
        state = self._state
        return state is not None and state.quiet and state.reason is QuietReason.MANUAL

    def set_held_key(self, key: str) -> None:
        """The key that lists what quiet hours held (Ctrl+7), said where the count is."""
        self._held_key = key
        self._render()

    def set_now(self, now: datetime) -> None:
        """The time goes on with no new state (a quiet night with nothing coming in asks
        the alerts nothing): 明天 08:30 said at 23:50 is 08:30 past midnight, and the
        menu offers what is worth offering as of `now`."""
        self._now = now
        self._word_morning()
        self._render()
        self._offer()

    def set_morning(self, morning: datetime | None) -> None:
        """When quiet hours end next by the schedule: 08:30 this morning after midnight,
        tomorrow's otherwise, at whatever time the user's grid ends the night."""
        self._morning = morning
        self._word_morning()
        self._offer()

    def _word_morning(self) -> None:
        if self._morning is not None:
            self.quiet_morning.setText(
                self.tr("Quiet until %1").replace("%1", self._when(self._morning))
            )

    def set_next_quiet(self, next_quiet: NextQuiet | None) -> None:
        """When quiet hours next begin, said after 提醒已开启 while they are off."""
        self._next_quiet = next_quiet
        self._render()
        self._offer()

    def set_ringing(self, ladders: Sequence[Ladder]) -> None:
        """The DING ladders running (desk.app.escalation): while quiet, the switch says
        that they alert through it, and why."""
        running = [ladder for ladder in ladders if not ladder.ended]
        if any(ladder.ding for ladder in running):
            self._ringing = "DING"
        elif running:
            self._ringing = view_name(ViewKind.URGENT)
        else:
            self._ringing = None
        self._render()

    def _offer(self) -> None:
        """Leaves out of the menu the choices that would change nothing: "quiet until
        12-08 08:30" while quiet hours last until then already (a Friday and a Monday off,
        on the Thursday night: tester), "quiet for 1 hour" while they last longer (it only
        turned the schedule into a manual switch), following the schedule while it is
        followed. While the schedule notifies, "quiet until the morning" only once its
        quiet period is near (see LONG_QUIET_LEAD): a working day is an hour at a time.
        With nothing left to offer, no arrow opens an empty menu."""
        state, morning = self._state, self._morning
        holds = state is not None and state.quiet and state.until == morning
        near = self._next_quiet is None or self._next_quiet.start - self._now <= LONG_QUIET_LEAD
        longer = (
            state is not None
            and state.quiet
            and state.until is not None
            and state.until >= self._now + timedelta(hours=1)
        )
        self.list_held.setVisible(self._held > 0)
        self._after_held.setVisible(self._held > 0)
        pausable = (
            state is not None
            and state.quiet
            and state.reason is not QuietReason.MANUAL
            and state.until is not None
        )
        if pausable and state is not None and state.until is not None:
            self.pause_until.setText(
                self.tr("Pause quiet hours until %1").replace(
                    "%1", self._when(state.until.astimezone(self._tz))
                )
            )
        self.pause_until.setVisible(pausable)
        # Shorter pauses only where they are shorter than the pause until quiet ends.
        self.pause_hour.setVisible(pausable and longer)
        today = self._end_of_today()
        self.pause_today.setVisible(
            pausable
            and today > self._now + timedelta(hours=1)
            and (state is None or state.until is None or today < state.until)
        )
        self.quiet_hour.setVisible(not longer)
        self.quiet_morning.setVisible(morning is not None and not holds and near)
        self.resume.setVisible(state is not None and state.reason is QuietReason.MANUAL)
        offered = any(
            action.isVisible() for action in self._menu.actions() if not action.isSeparator()
        )
        self.setMenu(self._menu if offered else None)
        # Without a menu, MenuButtonPopup still draws an arrow that opens nothing.
        self.setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup
            if offered
            else QToolButton.ToolButtonPopupMode.DelayedPopup
        )

    def _render(self) -> None:
        state = self._state
        if state is None:
            self.setEnabled(False)
            # Said by a screen reader until the state is known and the button has words.
            self.setAccessibleName(self.tr("Quiet hours"))
            return
        self.setAccessibleName("")
        until = state.until.astimezone(self._tz) if state.until else None
        if state.quiet and until is not None and (state.reason in WHOLE_DAYS or state.holiday_name):
            # Why it lasts days: 免打扰（元旦）至 01-04 08:30 (a tester saw only the date),
            # on the holiday and on the night before it.
            # A date more than a day away has its weekday, and a space before it (至 1月4日
            # （周一）08:30); 至明天 08:30 none (a tester read 至 明天 as two phrases).
            later = until.date() > self._now.astimezone(self._tz).date() + timedelta(days=1)
            text = fill(
                self.tr("Quiet (%1) until %2", "a date")
                if later
                else self.tr("Quiet (%1) until %2"),
                holiday_name(state.holiday_name or "")
                or QCoreApplication.translate("QuietIndicator", QUIET_REASONS[state.reason]),
                self._when(until),
            )
        elif state.quiet and until is not None:
            text = self.tr("Quiet until %1").replace("%1", self._when(until))
        elif state.reason is QuietReason.MANUAL and until is not None:
            text = self.tr("Notifying until %1").replace("%1", self._when(until))
        elif self._next_quiet is not None and state.reason is not QuietReason.MANUAL:
            text = self._until_quiet(self._next_quiet)
        else:
            text = self.tr("Notifications on")
        if self._held:
            text += self.tr(" · %1 held").replace("%1", str(self._held))
        if state.quiet and self._ringing is not None:
            text += self.tr(" · %1 still alerts").replace("%1", self._ringing)
        if text != self.text():
            self.setText(text)
            self.reworded.emit()
        reason = QUIET_REASONS.get(state.reason)
        # What still comes through, said where quiet is shown (a tester found it said in
        # the settings only).
        tip = (
            self.tr(
                "DINGs, urgent items and the break-through list still come through. "
                "Click for a menu: pause quiet hours, or their settings."
            )
            if state.quiet
            else ""
        )
        if reason and state.quiet:
            tip = QCoreApplication.translate("QuietIndicator", reason) + " — " + tip
        if state.reason is QuietReason.MANUAL:
            tip = self.tr("Click for a menu: follow the schedule again, or another choice.")
        if state.quiet and self._ringing is not None:
            # The rule that let it through (see notify_policy.decide).
            why = self.tr(
                "Alerting through quiet hours: %1. A DING must be confirmed and an urgent "
                "item is urgent, so quiet hours never hold them back."
            ).replace("%1", self._ringing)
            tip = "\n\n".join(filter(None, (why, tip)))
        if self._held:
            # The list's own count, which may be more than the bar's (see set_listed).
            listed = max(self._held, self._listed)
            listing = self.tr("List the %n held message(s) (%1)", "", listed)
            self.list_held.setText(fill(listing, self._held_key))
            said = self.tr("The arrow lists the %n held message(s) (%1).", "", listed)
            tip = "\n\n".join(filter(None, (tip, fill(said, self._held_key))))
        self.setToolTip(tip)

    def _until_quiet(self, next_quiet: NextQuiet) -> str:
        """提醒已开启 · 21:00 起免打扰, or · 周六全天免打扰: short, as the status bar is
        at 1280 px and 125 % text."""
        if not next_quiet.whole_day:
            return self.tr("On · quiet from %1").replace("%1", self._when(next_quiet.start))
        day = day_words(next_quiet.start, self._now, self._tz)
        return self.tr("On · quiet all day %1").replace("%1", day)

    def _when(self, until: datetime) -> str:
        return when_words(until, self._now, self._tz)

    def _pause_until_end(self) -> None:
        """Notifies until quiet hours end by the schedule (what a click did before)."""
        state = self._state
        if state is None or not state.quiet or state.until is None:
            return
        if state.until - self._now > ASK_BEYOND and not self._loud_for_long(state.until):
            return
        self._pause_to(state.until)

    def _pause_for(self, duration: timedelta) -> None:
        self._pause_to((self._now + duration).replace(microsecond=0))

    def _pause_to(self, until: datetime) -> None:
        self.overrideRequested.emit(
            {"mode": "loud", "until": until.isoformat(), "since": self._since()}
        )

    def _end_of_today(self) -> datetime:
        """Midnight after `now`, in the user's time zone."""
        local = self._now.astimezone(self._tz)
        day = local.date() + timedelta(days=1)
        return datetime(day.year, day.month, day.day, tzinfo=self._tz)

    def _loud_for_long(self, until: datetime) -> bool:
        """Whether the user means to be notified until `until`, a holiday's or a
        weekend's end: a click aimed at the link beside this button, moved by its
        changing width, paused a whole holiday's quiet hours (tester)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quiet hours"),
            self.tr("Notify you of every message until %1, as on a working day?").replace(
                "%1", self._when(until.astimezone(self._tz))
            ),
            parent=self.window(),
        )
        notify = box.addButton(self.tr("Notify"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is notify

    def _quiet_for(self, duration: timedelta) -> None:
        until = (self._now + duration).replace(microsecond=0)
        self.overrideRequested.emit(
            {"mode": "quiet", "until": until.isoformat(), "since": self._since()}
        )

    def _quiet_until_morning(self) -> None:
        if self._morning is not None:
            self.overrideRequested.emit(
                {"mode": "quiet", "until": self._morning.isoformat(), "since": self._since()}
            )

    def _since(self) -> str:
        return self._now.replace(microsecond=0).isoformat()


def when_words(moment: datetime, now: datetime, tz: ZoneInfo) -> str:
    """A time as the switch says it: 21:00 today, 明天 08:30, or 1月4日（周一）08:00."""
    local, today = moment.astimezone(tz), now.astimezone(tz).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.date() == today + timedelta(days=1):
        return QCoreApplication.translate("QuietIndicator", "tomorrow %1").replace(
            "%1", local.strftime("%H:%M")
        )
    return day_and_time(local)


def day_words(moment: datetime, now: datetime, tz: ZoneInfo) -> str:
    """A day to come: 明天, 周六 within the week, else 12-26."""
    local = moment.astimezone(tz)
    days = (local.date() - now.astimezone(tz).date()).days
    if days == 1:
        return QCoreApplication.translate("QuietIndicator", "tomorrow")
    if days < 7:
        return QCoreApplication.translate("AwayLine", WEEKDAY_NAMES[local.weekday()])
    return local.strftime("%m-%d")
