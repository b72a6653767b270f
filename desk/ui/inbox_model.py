"""The inbox list: ids of the current view, paged in from the store, rows in a bounded cache."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desk.store.inbox import InboxQueries, InboxRow, PageKey, View
from desk.ui.reason_text import reason_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200
# Rows read into the cache at a time around a row asked for: a screenful and its
# neighbours. Reading a card costs more than its id (folds, acks), and a view switch
# or a jump down the list paints only what is on screen.
ROWS_AROUND = 60
CACHE_ROWS = 4 * PAGE

_Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractListModel):
    """Signals: viewChanged(View) after the model shows another view or search."""

    viewChanged = Signal(object)

    def __init__(self, queries: InboxQueries, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._tz = tz
        self._view = View()
        self._ids: list[int] = []
        # Where the next page starts; paging by key, not by offset, stays fast deep down.
        self._after: PageKey | None = None
        self._exhausted = False
        self._fetching = False
        self._cache: OrderedDict[int, InboxRow] = OrderedDict()

    @property
    def view(self) -> View:
        return self._view

    def set_view(self, view: View) -> None:
        self.beginResetModel()
        self._view = view
        self._ids = []
        self._after = None
        self._exhausted = False
        self._cache.clear()
        self.endResetModel()
        self.fetchMore(QModelIndex())
        self.viewChanged.emit(view)

    def refresh(self) -> None:
        """Re-reads the view after the store changed, as far as it had been paged."""
        wanted = max(len(self._ids), PAGE)
        page = self._queries.page(self._view, limit=wanted)
        ids = page.ids
        self._cache.clear()
        # Rows may keep their places while their sort keys move (a score rose).
        self._after = page.after
        self._exhausted = page.after is None
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def row_of(self, message_id: int) -> int | None:
        try:
            return self._ids.index(message_id)
        except ValueError:
            return None

    def message_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def inbox_row(self, row: int) -> InboxRow | None:
        message_id = self.message_id(row)
        if message_id is None:
            return None
        cached = self._cache.get(message_id)
        if cached is not None:
            self._cache.move_to_end(message_id)
            return cached
        # Load the rows around it in one query: scrolling asks for neighbours next.
        start = max(0, row - ROWS_AROUND // 2)
        for mid, loaded in self._queries.rows(self._ids[start : start + ROWS_AROUND]).items():
            self._cache[mid] = loaded
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(message_id)

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        try:
            page = self._queries.page(self._view, self._after, PAGE)
            more = page.ids
            self._after = page.after
            self._exhausted = page.after is None
            if more:
                first = len(self._ids)
                self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
                self._ids.extend(more)
                self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.inbox_row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.group_name} · {row.sender_name}: {row.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(reason_text(r, self._tz) for r in row.reasons) or None
        return None
