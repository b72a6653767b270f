"""The main window: sidebar of views and groups, the inbox list, the detail pane."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.core.clock import Clock
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.sync.ingest import IngestResult
from desk.sync.status import SyncState, SyncStatus
from desk.ui.detail_pane import DetailPane
from desk.ui.inbox_delegate import InboxDelegate
from desk.ui.inbox_model import InboxModel
from desk.ui.ops import StoreOps
from desk.ui.sidebar import Sidebar

SEARCH_DELAY_MS = 200


@dataclass(frozen=True, slots=True)
class _Undo:
    ids: tuple[int, ...]
    field: str  # "done" or "read"
    before: bool


class MainWindow(QMainWindow):
    def __init__(self, queries: InboxQueries, ops: StoreOps, clock: Clock, tz: ZoneInfo) -> None:
        super().__init__()
        self._queries = queries
        self._ops = ops
        self._tz = tz
        self._undo: list[_Undo] = []
        self.setWindowTitle(self.tr("desk"))
        self.resize(1200, 760)

        self.sidebar = Sidebar()
        self.model = InboxModel(queries, tz, self)
        self.list = QListView()
        self.list.setObjectName("inbox")
        self.list.setModel(self.model)
        self.list.setItemDelegate(InboxDelegate(tz, clock, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search messages ( / )"))
        self.search.setClearButtonEnabled(True)
        self.detail = DetailPane(tz)

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.list)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(middle)
        splitter.addWidget(self.detail)
        splitter.setSizes([230, 560, 410])
        self.setCentralWidget(splitter)

        self.sync_label = QLabel(self.tr("Starting…"))
        self.count_label = QLabel()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.sidebar.viewChosen.connect(self._choose_view)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.model.modelReset.connect(self._update_counts)
        self._add_actions()
        self.model.set_view(View())
        self._update_counts()
        self._select_row(0)

    # actions

    def _add_actions(self) -> None:
        def action(text: str, keys: list[str], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(self.tr("Next message"), ["J"], lambda: self._move(1))
        self.prev_action = action(self.tr("Previous message"), ["K"], lambda: self._move(-1))
        self.open_action = action(self.tr("Open message"), ["Return", "Enter"], self._open)
        self.done_action = action(self.tr("Mark done"), ["E"], self._mark_done)
        self.unread_action = action(self.tr("Mark unread"), ["U"], self._mark_unread)
        self.undo_action = action(self.tr("Undo"), [], self._undo_last)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.search_action = action(self.tr("Search"), ["/"], self._focus_search)
        self.back_action = action(self.tr("Back to list"), ["Escape"], self._back_to_list)

    def _move(self, step: int) -> None:
        current = self.list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select_row(max(0, min(row, self.model.rowCount() - 1)))
        self.list.setFocus()

    def _open(self) -> None:
        if self.search.hasFocus():
            self._apply_search()
            self.list.setFocus()
            self._select_row(0)
            return
        row = self._current_row()
        if row is not None:
            self.detail.show_row(row)
            self.detail.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _back_to_list(self) -> None:
        if self.search.hasFocus() and self.search.text():
            self.search.clear()
            self._apply_search()
        self.list.setFocus()

    def _mark_done(self) -> None:
        row = self._current_row()
        if row is None:
            return
        done = self.model.view.kind is not ViewKind.DONE  # in Done, `e` brings it back
        self._write(_Undo((row.id,), "done", row.done), done)
        self.statusBar().showMessage(
            self.tr("Marked done. Press Ctrl+Z to undo.")
            if done
            else self.tr("Moved back to the inbox."),
            4000,
        )

    def _mark_unread(self) -> None:
        row = self._current_row()
        if row is not None:
            self._write(_Undo((row.id,), "read", row.read), False)

    def _undo_last(self) -> None:
        if not self._undo:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 3000)
            return
        last = self._undo.pop()
        self._apply(last.ids, last.field, last.before, keep_row=last.ids[0])
        self.statusBar().showMessage(self.tr("Undone."), 3000)

    def _write(self, undo: _Undo, value: bool) -> None:
        self._undo.append(undo)
        self._apply(undo.ids, undo.field, value, keep_row=None)

    def _apply(self, ids: tuple[int, ...], field: str, value: bool, keep_row: int | None) -> None:
        position = max(0, self.list.currentIndex().row())
        setter = self._queries.set_done if field == "done" else self._queries.set_read

        def after(_result: object) -> None:
            self.model.refresh()
            target = self.model.row_of(keep_row) if keep_row is not None else None
            self._select_row(target if target is not None else position)
            self._update_counts()

        self._ops.run(lambda: setter(ids, value), after)

    # views and search

    def _choose_view(self, view: View) -> None:
        self.model.set_view(View(view.kind, view.group_id, self.search.text()))
        self._select_row(0)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        view = self.model.view
        if view.search != self.search.text():
            self.model.set_view(View(view.kind, view.group_id, self.search.text()))
            self._select_row(0)

    # reacting to the store

    def on_ingested(self, result: IngestResult) -> None:
        current = self._current_row()
        self.model.refresh()
        if current is not None and (row := self.model.row_of(current.id)) is not None:
            self._select_row(row)
        elif current is None:
            self._select_row(0)
        self._update_counts()

    def show_sync_status(self, status: SyncStatus) -> None:
        when = status.at.astimezone(self._tz).strftime("%H:%M")
        if status.state is SyncState.SYNCING:
            text = self.tr("Syncing…")
        elif status.state is SyncState.UP_TO_DATE:
            text = self.tr("Up to date · %1").replace("%1", when)
        elif status.state is SyncState.SIGN_IN:
            text = self.tr("The server refused the sign-in: sign in again")
        else:
            text = (
                self.tr("Offline (%1), retrying in %2 s")
                .replace("%1", self._offline_reason(status.reason))
                .replace("%2", f"{status.retry_in_s or 0:.0f}")
            )
        self.sync_label.setText(text)

    def _offline_reason(self, reason: str | None) -> str:
        return {
            "network": self.tr("no connection to the server"),
            "server_error": self.tr("server error"),
            "rate_limited": self.tr("server asked to slow down"),
            "store": self.tr("local database busy or full"),
        }.get(reason or "", reason or self.tr("unknown"))

    def _update_counts(self) -> None:
        views = self._queries.view_counts()
        self.sidebar.set_counts(views, self._queries.group_counts())
        self.count_label.setText(
            self.tr("%1 unread").replace("%1", str(views.get(ViewKind.ALL, 0)))
        )

    # selection

    def _current_row(self) -> InboxRow | None:
        index = self.list.currentIndex()
        return self.model.inbox_row(index.row()) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.detail.show_row(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.inbox_row(current.row()) if current.isValid() else None
        self.detail.show_row(row)
        if row is not None and not row.read:
            # Reading it in the pane is reading it; `u` undoes that.
            self._ops.run(lambda: self._queries.set_read((row.id,), True), self._after_read)

    def _after_read(self, _result: object) -> None:
        self.model.refresh()
        self._update_counts()
