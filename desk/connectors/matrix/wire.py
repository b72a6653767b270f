"""What desk sends: event type and content for replies, DINGs and acknowledgements. Pure.

The wire format of desk's own events is documented in docs/matrix-events.md.
"""

from __future__ import annotations

from typing import Any

from desk.connectors.matrix.events import ACK_KEY, DING_KEY, REACTION_TYPE
from desk.connectors.matrix.mentions import named_members, says_room
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
    if item.ding is not None:
        recipients = list(item.ding.recipients) if item.ding.recipients is not None else None
        content[DING_KEY] = {
            "deadline": item.ding.deadline.isoformat() if item.ding.deadline else None,
            "recipients": recipients,
        }
        if item.ding.repeats is not None:
            content[DING_KEY]["repeats"] = item.ding.repeats
    if item.reply_to is not None or item.ding is not None:
        content["m.mentions"] = _mentions(item, me)
    return "m.room.message", content


def _mentions(item: Outgoing, me: str) -> dict[str, Any]:
    """Everyone a reply or DING tells, as Element does (spec 1.7, intentional mentions).

    Once `m.mentions` is there, servers no longer read names or @room in the body
    (the legacy push rules), so it must hold all of them: the person answered (no
    fallback in `body` names them), a DING's recipients (their clients highlight it),
    and every member and @所有人 the body writes. A plain message carries none, and
    the legacy rules read its body.
    """
    users: list[str] = []
    if item.reply_to_sender:
        users.append(item.reply_to_sender)
    if item.ding is not None and item.ding.recipients:
        users.extend(item.ding.recipients)
    users.extend(named_members(item.text, {m.user_id: m.name for m in item.members}))
    told = [u for u in dict.fromkeys(users) if u != me]
    mentions: dict[str, Any] = {"user_ids": told} if told else {}
    everyone = item.ding is not None and not item.ding.recipients
    if everyone or says_room(item.text):
        mentions["room"] = True
    return mentions
