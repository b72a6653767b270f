"""The confirmation roster: the DINGs the user sent, who confirmed each and when, who has not.

The app calls `refresh()` after every ingest, so confirmations appear as they
arrive. "Re-DING the unconfirmed" queues a new DING to just them; it is refused
within five minutes of the last (re-)DING, with the time left on the button.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.core.dings import re_ding_wait
from desk.core.placeholders import fill
from desk.store.dings import SentDing
from desk.store.inbox import InboxRow
from desk.sync.dings import DingOutbox, ReDingRefused
from desk.ui.card_text import unreported_command, unreported_units
from desk.ui.ops import StoreOps, failure_text

_OUTBOX_ID = Qt.ItemDataRole.UserRole
TICK_MS = 1000


class DingRoster(QDialog):
    """Signals: reDinged(str) with the transaction id of a queued re-DING;
    unreportedRequested(InboxRow, tuple) from DING 未报的 on a DING that asks units to
    report (its card, the units not reported yet)."""

    reDinged = Signal(str)
    unreportedRequested = Signal(object, object)

    def __init__(
        self, dings: DingOutbox, ops: StoreOps, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._dings = dings
        self._ops = ops
        self._tz = tz
        self._current: SentDing | None = None
        self._busy = False
        self.setWindowTitle(self.tr("DINGs I sent"))
        self.resize(820, 520)

        self.list = QListWidget()
        self.list.setObjectName("dings_sent")
        self.list.setMinimumWidth(280)
        # A narrow list cuts its lines at the end, as the inbox does: behind a sideways
        # scroll bar, each DING's last words and its count were out of sight.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header = QLabel()
        self.header.setObjectName("ding_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("ding_summary")
        self.confirmed_label = QLabel()
        self.confirmed = QListWidget()
        self.confirmed.setObjectName("ding_confirmed")
        self.unconfirmed_label = QLabel()
        self.unconfirmed = QListWidget()
        self.unconfirmed.setObjectName("ding_unconfirmed")
        self.confirmed_label.setBuddy(self.confirmed)
        self.unconfirmed_label.setBuddy(self.unconfirmed)
        self.re_ding_button = QPushButton()
        self.re_ding_button.setObjectName("re_ding")
        # A DING asking units to report (请各村…报送): those not reported yet, DINGed anew.
        self.unreported_button = QPushButton()
        self.unreported_button.setObjectName("ding_unreported")
        self.unreported_button.setVisible(False)
        self._unreported: tuple[InboxRow, tuple[str, ...]] | None = None
        self.status = QLabel()
        self.status.setObjectName("ding_status")
        self.empty = QLabel(self.tr("You have not sent a DING yet. Use New DING… (Ctrl+D)."))
        self.empty.setWordWrap(True)

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(8, 0, 0, 0)
        right.addWidget(self.header)
        right.addWidget(self.summary)
        people = QHBoxLayout()
        for label, people_list in (
            (self.confirmed_label, self.confirmed),
            (self.unconfirmed_label, self.unconfirmed),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(people_list)
            people.addLayout(column)
        right.addLayout(people, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.unreported_button)
        actions.addWidget(self.re_ding_button)
        right.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([300, 520])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._detail = detail

        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.re_ding_button.clicked.connect(self.re_ding)
        self.unreported_button.clicked.connect(self._ding_unreported)
        # The countdown on the button moves on its own; the data only on refresh().
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._update_re_ding)
        self._ticker.start()
        self.refresh()
        self.list.setFocus()

    def refresh(self, _result: object = None) -> None:
        """Reloads the DINGs and their rosters (connect it to the app's ingest signal)."""
        keep = self._current.outbox_id if self._current is not None else None
        sent = self._dings.sent()
        self.list.blockSignals(True)
        self.list.clear()
        select = 0
        for row, ding in enumerate(sent):
            item = QListWidgetItem(self._list_text(ding))
            item.setData(_OUTBOX_ID, ding.outbox_id)
            item.setToolTip(f"{ding.text}\n{ding.group_name}")
            self.list.addItem(item)
            if ding.outbox_id == keep:
                select = row
        self.list.blockSignals(False)
        self.empty.setVisible(not sent)
        self._detail.setEnabled(bool(sent))
        if sent:
            self.list.setCurrentRow(select)
        self._show_current()

    def select(self, outbox_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_OUTBOX_ID) == outbox_id:
                self.list.setCurrentRow(row)
                return

    def re_ding(self) -> None:
        ding = self._current
        if ding is None or self._busy or not self._re_ding_allowed(ding):
            return
        self._busy = True
        self._update_re_ding()
        outbox_id = ding.outbox_id

        def work() -> str | timedelta:
            try:
                return self._dings.re_ding(outbox_id)
            except ReDingRefused as refused:
                return refused.wait

        self._ops.run(work, self._re_dinged, self._re_ding_failed)

    def _re_dinged(self, result: str | timedelta) -> None:
        self._busy = False
        if isinstance(result, str):
            self.status.setText(self.tr("Re-DING queued."))
            self.reDinged.emit(result)
        self.refresh()

    def _re_ding_failed(self, error: BaseException) -> None:
        # The button stayed greyed for good, and nothing was said (a tester).
        self._busy = False
        self.status.setText(fill(self.tr("Re-DING not queued (%1)."), failure_text(error)))
        self.refresh()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        outbox_id = item.data(_OUTBOX_ID) if item is not None else None
        ding = self._dings.get(outbox_id) if outbox_id is not None else None
        self._current = ding
        self.confirmed.clear()
        self.unconfirmed.clear()
        if ding is None:
            self.header.clear()
            self.summary.clear()
            self.confirmed_label.setText(self.tr("Confirmed"))
            self.unconfirmed_label.setText(self.tr("Not yet confirmed"))
            self._update_re_ding()
            self._offer_unreported(None)
            return
        header = self._header(ding)
        self.header.setText(header + "\n" + ding.text)
        roster = ding.roster
        if ding.refused:
            self.summary.setText(
                self.tr("Not sent: the server turned it down (you may no longer be in this group).")
            )
        elif not ding.sent:
            self.summary.setText(self.tr("Waiting to be sent…"))
        else:
            self.summary.setText(
                fill(
                    self.tr("%1 of %2 confirmed"),
                    str(len(roster.confirmed)),
                    str(roster.expected),
                )
            )
        self.confirmed_label.setText(
            self.tr("&Confirmed (%1)").replace("%1", str(len(roster.confirmed)))
        )
        self.unconfirmed_label.setText(
            self.tr("&Not yet confirmed (%1)").replace("%1", str(len(roster.unconfirmed)))
        )
        for c in roster.confirmed:
            self.confirmed.addItem(f"{c.name} · {self._when(c.ts)}")
        for p in roster.unconfirmed:
            self.unconfirmed.addItem(p.name)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self._list_text(ding))
        self._update_re_ding()
        self._offer_unreported(ding)

    def _offer_unreported(self, ding: SentDing | None) -> None:
        """DING 未报的 where the DING asks units to report and one has (its card's roll
        call): with how many are left, or greyed out saying all have; hidden elsewhere."""
        card = self._dings.card(ding) if ding is not None and ding.sent else None
        units = unreported_units(card)
        self._unreported = (card, units) if card is not None and units else None
        self.unreported_button.setVisible(units is not None)
        if units is None:
            return
        text, why = unreported_command(units)
        self.unreported_button.setText(text)
        self.unreported_button.setEnabled(not why)
        self.unreported_button.setToolTip(why)

    def _ding_unreported(self) -> None:
        if self._unreported is not None:
            self.unreportedRequested.emit(*self._unreported)

    def _header(self, ding: SentDing) -> str:
        """Group, when, and the deadline. "Sent" only once the server has it: a DING
        written offline read "sent 01:30" while it still waited in the outbox (a tester)."""
        group = ding.group_name
        due = self._when(ding.deadline) if ding.deadline is not None else None
        if ding.sent:
            when = self._when(ding.sent_at or ding.created)
            if due is not None:
                return fill(self.tr("%1 · sent %2 · due %3"), group, when, due)
            return fill(self.tr("%1 · sent %2"), group, when)
        when = self._when(ding.created)
        if ding.refused:
            if due is not None:
                return fill(self.tr("%1 · queued %2 · not sent · due %3"), group, when, due)
            return fill(self.tr("%1 · queued %2 · not sent"), group, when)
        if due is not None:
            return fill(self.tr("%1 · queued %2 · waiting to be sent · due %3"), group, when, due)
        return fill(self.tr("%1 · queued %2 · waiting to be sent"), group, when)

    def _re_ding_allowed(self, ding: SentDing) -> bool:
        now = self._dings.clock.now()
        return ding.sent and bool(ding.roster.unconfirmed) and not re_ding_wait(ding.last_ding, now)

    def _update_re_ding(self) -> None:
        ding = self._current
        button = self.re_ding_button
        if ding is None or not ding.sent or not ding.roster.unconfirmed:
            button.setText(self.tr("Re-DING the unconfirmed"))
            button.setEnabled(False)
            if ding is not None and ding.sent:
                button.setToolTip(self.tr("Everyone has confirmed."))
            return
        count = len(ding.roster.unconfirmed)
        wait = re_ding_wait(ding.last_ding, self._dings.clock.now())
        if wait:
            seconds = int(wait.total_seconds() + 0.999)
            left = f"{seconds // 60}:{seconds % 60:02d}"
            button.setText(self.tr("Re-DING possible in %1").replace("%1", left))
            button.setToolTip(self.tr("At most one re-DING every 5 minutes."))
            button.setEnabled(False)
        else:
            button.setText(self.tr("Re-DING the unconfirmed (%1)").replace("%1", str(count)))
            button.setToolTip(self.tr("Sends the DING again to those who have not confirmed."))
            button.setEnabled(not self._busy)

    def _list_text(self, ding: SentDing) -> str:
        first = ding.text.splitlines()[0] if ding.text else ""
        if ding.refused:
            count = self.tr("not sent")
        elif not ding.sent:
            count = self.tr("waiting to be sent")
        else:
            count = fill(
                self.tr("%1/%2 confirmed"),
                str(len(ding.roster.confirmed)),
                str(ding.roster.expected),
            )
        # The count first: a long group name is cut at the list's edge, not the count.
        when = self._when(ding.sent_at if ding.sent and ding.sent_at else ding.created)
        return f"{first}\n{count} · {when} · {ding.group_name}"

    def _when(self, instant: datetime) -> str:
        local = instant.astimezone(self._tz)
        today = self._dings.clock.now().astimezone(self._tz).date()
        return local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M")
