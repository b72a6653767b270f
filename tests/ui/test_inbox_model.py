"""The inbox model pages ids in from the store: more at a time the deeper someone goes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desk.core.clock import ManualClock
from desk.store.inbox import InboxQueries, Page, PageKey, View
from desk.store.store import Store
from desk.ui.inbox_model import PAGE, InboxModel
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo


class _Recorded(InboxQueries):
    """The real queries, noting how many ids each page asked for."""

    def __init__(self, store: Store) -> None:
        super().__init__(store.sessions)
        self.limits: list[int] = []

    def page(self, view: View, after: PageKey | None = None, limit: int = 200) -> Page:
        self.limits.append(limit)
        return super().page(view, after, limit)


def test_each_further_page_is_larger_and_a_new_view_starts_small(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    queries = _Recorded(store)
    model = InboxModel(queries, SHANGHAI)
    every_message = View(unfolded=True)
    model.set_view(every_message)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert queries.limits[:2] == [PAGE, 2 * PAGE]
    whole = queries.page(every_message, limit=10**6).ids
    assert model.rowCount() == len(whole) > 2 * PAGE
    # A re-read after the store changed keeps every row paged in so far.
    model.refresh()
    assert [model.message_id(r) for r in range(model.rowCount())] == whole

    queries.limits.clear()
    model.set_view(View())
    assert queries.limits == [PAGE]
