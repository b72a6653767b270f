"""Confirmations of DINGs and the re-DINGs the user sent to the unconfirmed.

A confirmation is who acknowledged which DING (by the server's id of the DING)
and when: an explicit acknowledgement event, or a pure "收到" reply to the DING.
A re-DING is an ordinary DING in the outbox, linked here to the DING it repeats
so the roster counts a confirmation of either for both.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk.store.models import Base


class DingConfirmation(Base):
    __tablename__ = "ding_confirmations"
    __table_args__ = (UniqueConstraint("account_id", "ding_remote_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    ding_remote_id: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str] = mapped_column(Text)
    ts_ms: Mapped[int] = mapped_column(BigInteger)
    # "ack" (an explicit acknowledgement event) or "reply" (a pure acknowledgement message).
    source: Mapped[str] = mapped_column(String(10))
    # The server's id of the acknowledging event or message.
    remote_id: Mapped[str | None] = mapped_column(String(255), default=None)


class DingResend(Base):
    """A re-DING (`txn_id` in the outbox) of the DING queued as outbox item `outbox_id`."""

    __tablename__ = "ding_resends"
    __table_args__ = (Index("ix_ding_resends_outbox", "outbox_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"))
    txn_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)
