"""Opening the DING composer and the confirmation roster, one of each at a time.

The app layer connects the window's DING menu and its ingest signal here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from desk.core.dings import of_units
from desk.core.placeholders import fill
from desk.core.reasons import sent_due
from desk.store.inbox import InboxRow
from desk.sync.dings import DingOutbox
from desk.ui.card_text import listed
from desk.ui.ding_composer import DingComposer, DingDraft
from desk.ui.ding_roster import DingRoster
from desk.ui.ops import StoreOps
from desk.ui.typed_ahead import TypedAhead

# The notice quoted in a reminder, at most: the DING is read on a phone's lock screen.
QUOTED_MOST = 120


def reminder_text(notice: str) -> str:
    """The text DING 未报的 starts with: a reminder quoting the notice."""
    quoted = " ".join(notice.split())
    if len(quoted) > QUOTED_MOST:
        quoted = quoted[: QUOTED_MOST - 1] + "…"
    return fill(
        QCoreApplication.translate("DingDialogs", "Not reported yet: please report as asked. “%1”"),
        quoted,
    )


class DingDialogs(QObject):
    """Owns the open composer and roster; `send_now` asks the sync worker to send at once."""

    def __init__(
        self,
        dings: DingOutbox,
        ops: StoreOps,
        tz: ZoneInfo,
        window: QMainWindow,
        send_now: Callable[[], None] = lambda: None,
        group_in_view: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._dings, self._ops, self._tz = dings, ops, tz
        self._window = window
        self._send_now = send_now
        self._group_in_view = group_in_view
        self._last_group: int | None = None
        self.composer: DingComposer | None = None
        self.roster: DingRoster | None = None

    def open_composer(self, draft: DingDraft | None = None) -> None:
        """Opens the composer, holding `draft` if given and none is open."""
        if self.composer is None:
            self.composer = DingComposer(self._dings, self._ops, self._tz, self._window)
            self.composer.sent.connect(self._sent)
            self.composer.finished.connect(self._composer_closed)
            # The group in view, else the one a DING went to last, else none: the user
            # chooses (see DingComposer). The selected card's group was taken too, and in
            # All that was a district group's fourteen leaders while the user meant their
            # villages. A group in view the user left takes no DING.
            if draft is not None:
                self.composer.restore(draft)
            else:
                for group in (self._group_in_view(), self._last_group):
                    if self.composer.choose_group(group):
                        break
        elif self.composer.untouched():
            # Still open, empty, while the user went on to another group: Ctrl+D there
            # means that group (a draft already written stays where it was written).
            self.composer.choose_group(self._group_in_view())
        self.composer.show()
        self.composer.raise_()
        self.composer.activateWindow()
        if not self.composer.isActiveWindow():
            # What is typed at once goes into it, not to the inbox behind it (see
            # TypedAhead: New message… lost its first key so).
            ahead = TypedAhead(self.composer)
            self.composer.finished.connect(lambda _result: ahead.stop())

    def open_unreported(self, row: InboxRow, units: Sequence[str]) -> None:
        """DING 未报的: the composer on the notice's group, the members of the `units` not
        reported yet on it ticked (no one else: never the whole group by default), the
        notice quoted as the reminder, and its due time if still ahead. A composer holding
        what the user wrote stays as it is, and the status bar says why."""
        if self.composer is not None and not self.composer.untouched():
            self.open_composer()
            self._window.statusBar().showMessage(
                self.tr("A DING you are writing is open: send or cancel it first."), 6000
            )
            return
        choice = next((g for g in self._dings.groups() if g.id == row.group_id), None)
        if choice is None:
            self._window.statusBar().showMessage(
                self.tr("That group takes no DING from you: you are no longer in it."), 6000
            )
            return
        people = of_units(units, self._dings.members(choice.account_id, choice.remote_id))
        now = self._dings.clock.now()
        # The notice's own due time: the user's card keeps none (no task for them).
        deadline = row.deadline or sent_due(row.reasons)
        due = deadline if deadline is not None and deadline > now else None
        draft = DingDraft(
            group=choice.id,
            text=reminder_text(row.text),
            recipients=tuple(person.user_id for person in people),
            deadline=due,
        )
        if self.composer is None:
            self.open_composer(draft)
        else:
            self.composer.restore(draft)
            self.open_composer()
        if self.composer is not None and not people:
            # Units named (or seen in other groups) with no member here by that name.
            self.composer.explain(
                fill(
                    self.tr("No member of this group speaks for %1: tick whom to DING."),
                    listed(tuple(units)),
                )
            )

    def open_draft(self) -> DingDraft | None:
        """What the open composer holds; None when none is open."""
        return self.composer.draft() if self.composer is not None else None

    def open_roster(self, outbox_id: int | None = None) -> None:
        """Opens the roster, on the DING sent as outbox item `outbox_id` if given (the
        reading pane's link under the user's own DING)."""
        if self.roster is None:
            self.roster = DingRoster(self._dings, self._ops, self._tz, self._window)
            self.roster.reDinged.connect(lambda _txn: self._send_now())
            self.roster.unreportedRequested.connect(self.open_unreported)
            self.roster.finished.connect(self._roster_closed)
        else:
            self.roster.refresh()
        if outbox_id is not None:
            self.roster.select(outbox_id)
        self.roster.show()
        self.roster.raise_()
        self.roster.activateWindow()

    def on_ingested(self, _result: object = None) -> None:
        if self.roster is not None:
            self.roster.refresh()

    def _sent(self, _txn_id: str) -> None:
        if self.composer is not None:
            self._last_group = self.composer.chosen_group()
        self._send_now()
        self._window.statusBar().showMessage(
            self.tr("DING queued. See who confirms in DING → DINGs I sent…"), 6000
        )
        if self.roster is not None:
            self.roster.refresh()

    def _composer_closed(self) -> None:
        if self.composer is not None:
            self.composer.deleteLater()
            self.composer = None

    def _roster_closed(self) -> None:
        if self.roster is not None:
            self.roster.deleteLater()
            self.roster = None
