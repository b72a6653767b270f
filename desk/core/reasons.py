"""The catalogue of reason codes and their plain-English wording (the CLI's voice).

The UI translates the same codes through Qt; see desk/ui/reason_text.py.
"""

from __future__ import annotations

from desk.core.messages import Reason

# code -> English template; {name} placeholders are filled from the reason's args.
ENGLISH: dict[str, str] = {
    "ding": "DING",
    "mention": "@you",
    "role_owner": "from group owner",
    "role_admin": "from group admin",
    "urgent_words": "urgent wording",
    "reads_urgent": "reads like an emergency",
    "task_words": "asks for action",
    "deadline": "deadline {when}",
    "deadline_soon": "due within {hours} h",
    "deadline_passed": "deadline passed",
    "same_notice": "same notice as in {group}",
    "ack": "acknowledgement reply",
    "flattery": "flattery reply",
    "chitchat": "chit-chat",
    "sticker": "sticker or emoji",
    "red_packet": "red packet",
    "checkin": "photo check-in",
    "notice": "notice",
    "group_weight": "group weight {weight}",
    "user_correction": "corrected by you",
    "sender_weight": "sender weight {weight}",
    "asks_you": "a question put to you",
    "question": "a question to the group",
    "for_information": "for information only",
    "routine_report": "routine report",
    "sign_up_chain": "sign-up chain",
}


def describe(reason: Reason) -> str:
    template = ENGLISH.get(reason.code)
    if template is None:
        return reason.code
    return template.format_map(_Args(reason.args))


class _Args(dict[str, str]):
    def __init__(self, args: tuple[tuple[str, str], ...]) -> None:
        super().__init__(args)

    def __missing__(self, key: str) -> str:
        return "?"
