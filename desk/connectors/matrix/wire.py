"""What desk sends: event type and content for replies, DINGs and acknowledgements. Pure.

The wire format of desk's own events is documented in docs/matrix-events.md.
"""

from __future__ import annotations

from typing import Any

from desk.connectors.matrix.events import ACK_KEY, DING_KEY, REACTION_TYPE
from desk.connectors.protocol import Outgoing


def outgoing_event(item: Outgoing, me: str = "") -> tuple[str, dict[str, Any]]:
    """(event type, content) for one queued item, sent as the user `me`."""
    if item.ack_of is not None:
        # A 收到 reaction: every Matrix client shows it under the DING with who gave it,
        # where a reply would add one more 收到 to the group's flood for everyone.
        return REACTION_TYPE, {
            "m.relates_to": {"rel_type": "m.annotation", "event_id": item.ack_of, "key": ACK_KEY}
        }
    content: dict[str, Any] = {"msgtype": "m.text", "body": item.text}
    if item.reply_to is not None:
        # No fallback quoting the message in `body`: the spec dropped reply fallbacks in
        # v1.13 (MSC2781), and every client shows the quote from the relation.
        content["m.relates_to"] = {"m.in_reply_to": {"event_id": item.reply_to}}
        # The person answered, as Element mentions them (spec 1.7, intentional mentions):
        # without a fallback naming them in `body`, this is what tells their client. An
        # empty m.mentions still says that the body's words mention no one.
        sender = item.reply_to_sender
        content["m.mentions"] = {"user_ids": [sender]} if sender and sender != me else {}
    if item.ding is not None:
        recipients = list(item.ding.recipients) if item.ding.recipients is not None else None
        content[DING_KEY] = {
            "deadline": item.ding.deadline.isoformat() if item.ding.deadline else None,
            "recipients": recipients,
        }
        if item.ding.repeats is not None:
            content[DING_KEY]["repeats"] = item.ding.repeats
        # Other clients highlight the DING for the people who must answer it.
        content["m.mentions"] = {"user_ids": recipients} if recipients else {"room": True}
    return "m.room.message", content
