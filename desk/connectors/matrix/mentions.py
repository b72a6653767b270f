"""Who a message's text names: read from what arrives, and sent in `m.mentions`. Pure.

One reading for both ways, so that what desk sends as a mention is what a desk that
receives it reads as one, whether the sender's client said it in `m.mentions` or only
wrote it in the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Everyone in the room: Matrix's @room, and the @所有人 / @全体成员 of the Chinese work
# apps, which the groups keep writing. Not @roommate.
_ROOM = re.compile(r"@(?:room(?![A-Za-z0-9_])|所有人|全体成员)")
# A display name of one character (王) is part of too many words to be read as a name.
_SHORTEST_NAME = 2
# A Latin name is a whole word: Al is not in "All villages".
_LATIN = re.compile(r"[A-Za-z0-9]")
# A display name that is a title alone (主任, 王书记's 书记) is, after another character,
# someone else's title: 已转王主任审核 names 王主任, not the member called 主任.
_TITLE = re.compile(
    r"^(?:主任|书记|副书记|镇长|乡长|县长|区长|局长|科长|所长|站长|队长|组长|主席|干事|老师|经理|委员)$"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


def says_room(body: str) -> bool:
    """Whether `body` calls on everyone in the room."""
    return _ROOM.search(body) is not None


def writes_name(body: str, name: str, others: Iterable[str]) -> bool:
    """Whether `name` stands in `body` on its own: 王丽 in 王丽华同志请假 is `others`' 王丽华."""
    if len(name) < _SHORTEST_NAME:
        return False
    longer = [o for o in others if name in o and o != name]
    start = body.find(name)
    while start != -1:
        if _stands_alone(body, start, name) and not any(
            _inside(body, start, name, other) for other in longer
        ):
            return True
        start = body.find(name, start + 1)
    return False


def _stands_alone(body: str, start: int, name: str) -> bool:
    """Whether `name` at `start` is not part of a longer word: a Latin edge meets no
    letter or digit, and a title alone follows no other character of a name."""
    end = start + len(name)
    before = body[start - 1] if start else ""
    after = body[end] if end < len(body) else ""
    if _LATIN.match(name[0]) and before and _LATIN.match(before):
        return False
    if _LATIN.match(name[-1]) and after and _LATIN.match(after):
        return False
    return not (_TITLE.match(name) and before and _CJK.match(before))


def named_members(body: str, members: Mapping[str, str]) -> list[str]:
    """The user ids of `members` (user id → display name) whose name or id `body` writes,
    in the order it first writes them."""
    found: dict[str, int] = {}
    for user_id, name in members.items():
        at = [body.find(user_id)]
        if writes_name(body, name, members.values()):
            at.append(body.find(name))
        at = [i for i in at if i != -1]
        if at:
            found[user_id] = min(at)
    return sorted(found, key=lambda user_id: found[user_id])


def _inside(body: str, start: int, name: str, other: str) -> bool:
    """Whether the `name` found at `start` is part of `other` written there."""
    at = other.find(name)
    while at != -1:
        if start >= at and body.startswith(other, start - at):
            return True
        at = other.find(name, at + 1)
    return False
