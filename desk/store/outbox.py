"""The outbox: what the user sent while desk may be offline, kept until the server has it.

Each item gets its transaction id when it is queued; every retry, after a crash
or a long time offline, sends it again under that id, so the server posts it once.

A DING the user sent from another device is kept here too, as an item already sent
(`sent_elsewhere` in its `ding`; see desk.sync.dings.record_sent_elsewhere), so the
roster reads it as it reads the DINGs sent from desk. Only pending items are ever sent.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # the server refused it for good (e.g. no right to post there)


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_pending", "account_id", "state", "id"),
        # What was sent as a given message (a card that is the user's own DING, see
        # store.dings.dings_sent_as; a confirmation's target; a withdrawal).
        Index("ix_outbox_remote", "account_id", "remote_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    txn_id: Mapped[str] = mapped_column(String(64), unique=True)
    group_remote_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text, default="")
    reply_to: Mapped[str | None] = mapped_column(String(255), default=None)
    ack_of: Mapped[str | None] = mapped_column(String(255), default=None)
    # {"deadline": ISO 8601 or null, "recipients": [user ids] or null} for a DING, and
    # "sent_elsewhere": true for one the user sent from another device. SQL NULL for
    # anything else, which every query of DINGs tells them by (`ding IS NOT NULL`): JSON's
    # own null, stored for a None given, listed a reply among the DINGs the user sent.
    ding: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), default=None)
    state: Mapped[str] = mapped_column(String(10), default=OutboxState.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(40), default=None)
    created_ms: Mapped[int] = mapped_column(BigInteger)
    sent_ms: Mapped[int | None] = mapped_column(BigInteger, default=None)
    remote_id: Mapped[str | None] = mapped_column(String(255), default=None)
