"""Seeded work-group traffic as connector values, for the scale bench.

Wraps `triage_traffic.TrafficGenerator` (whose mix of notices, forwards, acks, chit-chat,
reports and @-tasks follows the labelled corpus) without changing what it draws, and
turns its messages into `IncomingMessage`s over 40 named groups with named members, so
the bench feeds the real ingest pipeline exactly what a connector would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from desk.connectors.protocol import GroupInfo, IncomingMessage, MemberInfo
from desk.core.messages import Role

try:
    from tests.bench.triage_traffic import TrafficGenerator
except ModuleNotFoundError:  # run as a script from tests/bench
    from triage_traffic import TrafficGenerator  # type: ignore[no-redef]

GROUP_COUNT = 40
ME_NAME = "王磊"  # the generator's @-tasks address this name
# Where the wrapped generator's timeline starts (fixed there).
GENERATOR_START = datetime(2026, 3, 2, 8, 0)

_PLACES = (
    "青石", "柳湾", "东岭", "河口", "新华", "枫林", "杨家坝", "桃源", "白沙", "龙潭",
    "临江", "马岭", "凤凰", "金山",
)  # fmt: skip
_KINDS = (
    "工作群", "网格员群", "安全生产群", "防汛值班群", "党建工作群", "村（社区）书记群",
    "应急值守群", "信息报送群", "乡村振兴群", "综治中心群",
)  # fmt: skip
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"
SENDER_COUNT = 301  # the generator's sender ids are u000 … u300


def group_names(count: int = GROUP_COUNT) -> list[tuple[str, str]]:
    """(remote id, name) of the bench groups; ids match the wrapped generator's."""
    return [
        (f"g{n:02d}", f"{_PLACES[n % len(_PLACES)]}镇{_KINDS[n % len(_KINDS)]}")
        for n in range(count)
    ]


def sender_name(sender_id: str) -> str:
    n = int(sender_id[1:])
    return (
        _SURNAMES[n % len(_SURNAMES)]
        + _GIVEN[(n * 7) % len(_GIVEN)]
        + (_GIVEN[(n * 13 + 3) % len(_GIVEN)] if n % 3 else "")
    )


def groups() -> tuple[GroupInfo, ...]:
    """The 40 groups with a stable membership of about 30 people each."""
    infos = []
    for index, (remote_id, name) in enumerate(group_names()):
        ids = sorted({(index * 37 + k * 11) % SENDER_COUNT for k in range(30)})
        members = tuple(
            MemberInfo(
                f"u{u:03d}",
                sender_name(f"u{u:03d}"),
                Role.OWNER if k == 0 else Role.ADMIN if k < 3 else Role.MEMBER,
            )
            for k, u in enumerate(ids)
        )
        infos.append(GroupInfo(remote_id, name, topic="", members=members))
    return tuple(infos)


class ScaleTraffic:
    """`count` incoming messages from one seed; timestamps rise about 32 s apart on average,
    so a million messages span about a year. `start` shifts the whole timeline."""

    def __init__(
        self, seed: int, tz: tzinfo, *, start: datetime | None = None, id_prefix: str = "m"
    ) -> None:
        self._seed = seed
        self._tz = tz
        self._prefix = id_prefix
        base = GENERATOR_START.replace(tzinfo=tz)
        self._shift = (start - base) if start is not None else timedelta(0)

    def messages(self, count: int) -> Iterator[IncomingMessage]:
        names = {f"u{u:03d}": sender_name(f"u{u:03d}") for u in range(SENDER_COUNT)}
        shift = self._shift
        prefix = self._prefix
        for n, m in enumerate(TrafficGenerator(self._seed, self._tz).messages(count)):
            yield IncomingMessage(
                remote_id=f"{prefix}{n:07d}",
                group_id=m.group_id,
                sender_id=m.sender_id,
                sender_name=names[m.sender_id],
                sender_role=m.sender_role,
                ts=m.ts + shift if shift else m.ts,
                text=m.text,
                mentions_me=m.mentions_me,
                ding=m.ding,
            )

    def batches(self, count: int, size: int = 1000) -> Iterator[list[IncomingMessage]]:
        batch: list[IncomingMessage] = []
        for message in self.messages(count):
            batch.append(message)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch


def retimed(messages: list[IncomingMessage], start: datetime) -> list[IncomingMessage]:
    """The same messages moved so the first one is at `start` (spacing kept)."""
    if not messages:
        return []
    shift = start - messages[0].ts
    return [replace(m, ts=m.ts + shift) for m in messages]
