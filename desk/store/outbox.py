"""The outbox: what the user sent while desk may be offline, kept until the server has it.

Each item gets its transaction id when it is queued; every retry, after a crash
or a long time offline, sends it again under that id, so the server posts it once.

A DING the user sent from another device is kept here too, as an item already sent
(`sent_elsewhere` in its `ding`; see desk.sync.dings.record_sent_elsewhere), so the
roster reads it as it reads the DINGs sent from desk. Only pending items are ever sent.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Mapped

from desk.store import tables
from desk.store.models import Base


class OutboxItem(Base):
    __table__ = tables.outbox

    id: Mapped[int]
    account_id: Mapped[int]
    txn_id: Mapped[str]
    group_remote_id: Mapped[str]
    text: Mapped[str]
    reply_to: Mapped[str | None]
    ack_of: Mapped[str | None]
    ding: Mapped[dict[str, Any] | None]
    state: Mapped[str]
    attempts: Mapped[int]
    last_error: Mapped[str | None]
    created_ms: Mapped[int]
    sent_ms: Mapped[int | None]
    remote_id: Mapped[str | None]
    deadline_told_ms: Mapped[int | None]
