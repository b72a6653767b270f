"""Answering group invites from the window."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from desk.core.clock import Clock
from desk.store.invites import pending_invites
from desk.store.store import Store
from desk.sync.invites import answer_pending

if TYPE_CHECKING:
    from desk.ui.invites_dialog import InvitesDialog


def open_invites(
    parent: QWidget, store: Store, clock: Clock, tz: ZoneInfo, answered: Callable[[], None]
) -> InvitesDialog:
    def answer(account_id: int, group_id: str, accept: bool) -> None:
        asyncio.run(answer_pending(store, clock, group_id, accept=accept, account_id=account_id))

    # Imported when first opened: the window's start does not need the dialog's code.
    from desk.ui.invites_dialog import InvitesDialog

    dialog = InvitesDialog(pending_invites(store.sessions), answer, tz, parent)
    dialog.answered.connect(lambda _group: answered())
    dialog.open()
    return dialog
