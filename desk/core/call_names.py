"""The other names colleagues @-mention the user by (方主任, 晓宁), besides the account's
display name, as the user lists them: separated by commas, 、 or spaces, an @ before one
taken as typed out of habit."""

from __future__ import annotations

import re
from collections.abc import Iterable

SETTING = "triage.my_names"
_SEPARATORS = re.compile(r"[,，、;；\s]+")
# A one-character name (方, 宁) is part of as many other words as names: @方案 would be @you.
LEAST_LENGTH = 2


def split_names(text: str) -> list[str]:
    """The names `text` lists, each once, in its order, without @ or empty entries."""
    return as_names(_SEPARATORS.split(text))


def as_names(entries: Iterable[str]) -> list[str]:
    """`entries` as names: stripped of spaces and a leading @ (＠ too), empty ones dropped,
    each once (the first of two alike kept), in their order."""
    names = (entry.strip().lstrip("@＠").strip() for entry in entries)
    return list(dict.fromkeys(name for name in names if name))


def too_short(names: Iterable[str]) -> list[str]:
    """The names too short to be told from other words (see LEAST_LENGTH)."""
    return [name for name in names if len(name) < LEAST_LENGTH]


# Titles that many colleagues share: listed alone, 张主任 and 各位主任 were read as the user.
TITLES = frozenset(
    {
        "主任",
        "支书",
        "村支书",
        "第一书记",
        "书记",
        "镇长",
        "乡长",
        "县长",
        "区长",
        "市长",
        "局长",
        "科长",
        "股长",
        "站长",
        "所长",
        "部长",
        "处长",
        "主席",
        "委员",
        "领导",
        "老师",
        "同志",
        "经理",
        "队长",
        "组长",
        "村长",
        "社长",
        "秘书",
        "干事",
        "会计",
        "专干",
        "网格员",
        "主管",
        "总监",
        "院长",
        "校长",
    }
)


def titles_alone(names: Iterable[str]) -> list[str]:
    """The names that are a title alone (主任, 副书记), everyone's who holds it."""
    return [name for name in names if name.removeprefix("副") in TITLES]
