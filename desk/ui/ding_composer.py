"""The DING composer: a group, who must confirm, the text and an optional deadline.

Send queues the DING in the outbox (off the GUI thread, through StoreOps); the
sync worker delivers it, also after a restart or time offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.core.contrast import MARK_CONTRAST
from desk.core.placeholders import fill
from desk.sync.dings import DingOutbox
from desk.ui.group_picker import GroupPicker
from desk.ui.list_filter import filter_box
from desk.ui.ops import StoreOps, failure_text
from desk.ui.style import MUTED, error_line, set_tone
from desk.ui.tick_list import tick_on_click

_USER_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class DingDraft:
    """What a composer holds, for a new one to hold it again: the window is built anew
    when the user picks another language, and the prompt promises to keep what they wrote."""

    group: int | None  # the group's row
    text: str
    recipients: tuple[str, ...] | None  # None: everyone in the group
    deadline: datetime | None


class DingComposer(QDialog):
    """Signals: sent(str) with the queued DING's transaction id."""

    sent = Signal(str)

    def __init__(
        self, dings: DingOutbox, ops: StoreOps, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._dings = dings
        self._ops = ops
        self._tz = tz
        self.setWindowTitle(self.tr("New DING"))
        self.setMinimumWidth(520)

        # None chosen until the user, or the group in view, chooses: a DING rings a whole
        # group's phones, and the first group listed, or the one of the card being read (a
        # district's fourteen leaders), was one careless click away.
        self.group = GroupPicker(dings.groups(), self.tr("Choose a group…"))
        self.group.setObjectName("ding_group")
        self.group.setCurrentIndex(0 if self.group.count() == 1 else -1)  # one: no choice
        self.everyone = QRadioButton(self.tr("&Everyone in the group"))
        self.some = QRadioButton(self.tr("&Only these members:"))
        self.everyone.setChecked(True)
        choice_group = QButtonGroup(self)
        choice_group.addButton(self.everyone)
        choice_group.addButton(self.some)
        self.members = QListWidget()
        self.members.setObjectName("ding_members")
        tick_on_click(self.members)
        self.members.setMinimumHeight(150)
        self.text = QPlainTextEdit()
        self.text.setObjectName("ding_text")
        self.text.setPlaceholderText(self.tr("What must be confirmed, e.g. 紧急：各村书记立即到岗"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.has_deadline = QCheckBox(self.tr("&Deadline:"))
        self.deadline = QDateTimeEdit()
        self.deadline.setObjectName("ding_deadline")
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.deadline.setCalendarPopup(True)
        self.deadline.setTimeZone(QTimeZone(tz.key.encode()))
        self.deadline.setEnabled(False)
        # Greyed out, it still shows a plausible time rather than the year 2000.
        self._suggest_deadline()
        self.error = error_line("ding_error")
        # Whom it rings, named above the button: with ten ticked among twenty shown 4½
        # rows at a time at 175 %, the list did not say who they were (a tester).
        self.will_ding = QLabel()
        self.will_ding.setObjectName("ding_will_ding")
        self.will_ding.setTextFormat(Qt.TextFormat.PlainText)
        self.will_ding.setMinimumWidth(1)  # elided to the dialog's width, see _name_them
        self.will_ding.hide()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            self.tr("Send DING"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        recipients = QVBoxLayout()
        recipients.addWidget(self.everyone)
        recipients.addWidget(self.some)
        # A district group holds fifty people: a name is found by typing it.
        self.member_filter = filter_box(self.members, "ding_members", self.tr("Find a member…"))
        recipients.addWidget(self.member_filter)
        recipients.addWidget(self.members)
        must_confirm = self.tr("Must confirm:")
        form.addRow(must_confirm, recipients)
        # Named for a screen reader: the row's label is the buddy of no single widget.
        self.members.setAccessibleName(must_confirm.rstrip(":："))
        self.deadline.setAccessibleName(self.has_deadline.text().replace("&", "").rstrip(":："))
        form.addRow(self.tr("&Text:"), self.text)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        form.addRow("", deadline_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.will_ding)
        layout.addWidget(self.buttons)
        self._label_buddies(form)

        self.group.currentIndexChanged.connect(self._load_members)
        self.members.itemChanged.connect(self._member_ticked)
        # What was missing is being put right: the old complaint no longer holds.
        self.text.textChanged.connect(self._clear_error)
        self.deadline.dateTimeChanged.connect(self._clear_error)
        self.members.itemChanged.connect(self._clear_error)
        self.everyone.toggled.connect(self._recipients_changed)
        self.has_deadline.toggled.connect(self._deadline_toggled)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.send)
        self._load_members()
        self._recipients_changed()
        if self.group.count() == 0:
            self._show_error(self.tr("No groups yet: wait for the first sync."))
        (self.group if self.group.currentIndex() < 0 else self.text).setFocus()

    def _label_buddies(self, form: QFormLayout) -> None:
        """Alt+G and Alt+T reach their fields."""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or field.widget() is None:
                continue
            widget = label.widget()
            if isinstance(widget, QLabel):
                widget.setBuddy(field.widget())

    def _load_members(self) -> None:
        self.member_filter.clear()
        self.members.blockSignals(True)
        self.members.clear()
        data = self.group.currentData()
        if data is not None:
            account_id, remote_id = data
            for person in self._dings.members(account_id, remote_id):
                item = QListWidgetItem(person.name)
                item.setData(_USER_ID, person.user_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.members.blockSignals(False)
        self._recipients_changed()
        self._grow()

    def _member_ticked(self, _item: QListWidgetItem) -> None:
        if self.checked_members():
            self.some.setChecked(True)
        self._show_error("")
        self._count_on_send()

    def _recipients_changed(self) -> None:
        # The list stays usable (ticking someone switches to "only these"), but greys
        # its marks while the DING goes to everyone.
        everyone = self.everyone.isChecked()
        self.members.setProperty("muted", everyone)
        set_tone(self.members, MUTED if everyone else None, MARK_CONTRAST)
        self._show_error("")
        self._count_on_send()

    def _count_on_send(self) -> None:
        """How many people the DING will ring, on the button that sends it: a DING meant
        for three that goes to a district's fourteen is sent in one click."""
        if self.group.currentIndex() < 0:
            self.send_button.setText(self.tr("Send DING"))
            return
        count = self.members.count() if self.everyone.isChecked() else len(self.checked_members())
        self.send_button.setText(self.tr("Send DING to %n people", "", count))
        self._name_them()

    def _name_them(self) -> None:
        """将 DING：庞德顺、杨梅岭村 …（10 人）, elided to the dialog's width, all of them in
        its tooltip; hidden while the DING goes to everyone."""
        names = [
            self.members.item(row).text()
            for row in range(self.members.count())
            if self.members.item(row).checkState() == Qt.CheckState.Checked
        ]
        if self.everyone.isChecked() or not names:
            self.will_ding.hide()
            return
        whole = self.tr("Will DING: %1 (%n people)", "", len(names))
        room = max(self.width() - 2 * self.layout().contentsMargins().left(), 200)
        metrics = self.will_ding.fontMetrics()
        shown = fill(whole, "、".join(names))
        if metrics.horizontalAdvance(shown) > room:
            # The count stays: the names give way, cut at the end.
            rest = metrics.horizontalAdvance(fill(whole, "…"))
            cut = metrics.elidedText("、".join(names), Qt.TextElideMode.ElideRight, room - rest)
            shown = fill(whole, cut)
        self.will_ding.setText(shown)
        self.will_ding.setToolTip("、".join(names))
        self.will_ding.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._name_them()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow()

    def _grow(self) -> None:
        """More rows of members where the screen has room: at 175 % the list showed 4½."""
        screen = self.screen()
        if not self.isVisible():
            return
        row = self.members.sizeHintForRow(0) if self.members.count() else 0
        if screen is None or row <= 0:
            return
        want = min(self.members.count(), 12) * row + 2 * self.members.frameWidth()
        # The window manager's title bar may not be in the frame yet when first shown: at
        # 175 % under openbox, Send came out half below the screen's foot.
        title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        free = screen.availableGeometry().height() - self.frameGeometry().height() - 2 * title
        grow = min(want - self.members.height(), free)
        if grow > 0:
            self.resize(self.width(), self.height() + grow)
            # Grown past the screen's foot, its Send button would be out of reach.
            area, frame = screen.availableGeometry(), self.frameGeometry()
            if frame.bottom() > area.bottom():
                self.move(self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom())))

    def choose_group(self, group_id: int | None) -> bool:
        """Starts on this group (the one in view, or where the last DING went); False,
        and no change, if it is not one a DING can go to (None, or a group the user
        left)."""
        if not self.group.choose(group_id):
            return False
        self.text.setFocus()  # the group is chosen: what to say comes next
        return True

    def untouched(self) -> bool:
        """Nothing written or ticked yet: moving to another group loses nothing."""
        return not self.text.toPlainText().strip() and not self.checked_members()

    def draft(self) -> DingDraft:
        return DingDraft(
            group=self.chosen_group(),
            text=self.text.toPlainText(),
            recipients=None if self.everyone.isChecked() else self.checked_members(),
            deadline=self.chosen_deadline(),
        )

    def restore(self, draft: DingDraft) -> None:
        """Holds `draft` again: group, who must confirm, text and deadline."""
        self.choose_group(draft.group)
        if draft.recipients is not None:
            self.some.setChecked(True)
            for row in range(self.members.count()):
                item = self.members.item(row)
                if item.data(_USER_ID) in draft.recipients:
                    item.setCheckState(Qt.CheckState.Checked)
        self.text.setPlainText(draft.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        if draft.deadline is not None:
            self.has_deadline.setChecked(True)
            self.deadline.setDateTime(QDateTime.fromSecsSinceEpoch(int(draft.deadline.timestamp())))
        self.text.setFocus()

    def explain(self, text: str) -> None:
        """Says under the fields what the user must do before sending (see _show_error)."""
        self._show_error(text)

    def _deadline_toggled(self, on: bool) -> None:
        self.deadline.setEnabled(on)
        if on:
            self._suggest_deadline()
            self.deadline.setFocus()

    def _suggest_deadline(self) -> None:
        """About an hour from now, on the half hour."""
        soon = self._dings.clock.now().astimezone(self._tz) + timedelta(hours=1)
        soon = soon.replace(minute=0 if soon.minute < 30 else 30, second=0, microsecond=0)
        self.deadline.setDateTime(QDateTime.fromSecsSinceEpoch(int(soon.timestamp())))

    def checked_members(self) -> tuple[str, ...]:
        return tuple(
            str(self.members.item(i).data(_USER_ID))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        )

    def chosen_deadline(self) -> datetime | None:
        if not self.has_deadline.isChecked():
            return None
        seconds = self.deadline.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, self._tz)

    def send(self) -> None:
        data = self.group.chosen()
        text = self.text.toPlainText().strip()
        recipients = None if self.everyone.isChecked() else self.checked_members()
        deadline = self.chosen_deadline()
        if data is None:
            self._show_error(self.tr("Choose a group."), self.group)
            return
        if not text:
            self._show_error(self.tr("Write what must be confirmed."), self.text)
            return
        if recipients == ():
            self._show_error(self.tr("Tick at least one member, or choose everyone."), self.members)
            return
        if deadline is not None and deadline <= self._dings.clock.now():
            self._show_error(self.tr("The deadline is already past."), self.deadline)
            return
        account_id, remote_id = data
        self.send_button.setEnabled(False)
        self._show_error("")
        self._ops.run(
            lambda: self._dings.send(
                account_id, remote_id, text, deadline=deadline, recipients=recipients
            ),
            self._queued,
            self._not_queued,
        )

    def chosen_group(self) -> int | None:
        """The row of the group chosen, to start on it next time."""
        return self.group.chosen_row()

    def _queued(self, txn_id: str) -> None:
        self.sent.emit(txn_id)
        self.accept()

    def _not_queued(self, error: BaseException) -> None:
        # Why, not only "try again": on a full disk trying again does nothing.
        self.send_button.setEnabled(True)
        self._show_error(fill(self.tr("The DING was not queued (%1)."), failure_text(error)))

    def _clear_error(self) -> None:
        if self.send_button.isEnabled():  # not while a send is under way
            self._show_error("")

    def _show_error(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if focus is not None:
            focus.setFocus()
