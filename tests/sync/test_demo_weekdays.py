"""The demo's due times are the ones its texts mean, whatever day it is first run."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desk.core.clock import ManualClock
from desk.core.triage.deadlines import extract_deadline
from desk.core.triage.normalize import canonical
from desk.store.models import Message, from_ms
from desk.store.store import Store
from tests.conftest import SHANGHAI
from tests.helpers.seed import sync_demo

# 2026-11-23 is a Monday; a tester first ran the demo at 08:45 on one.
_WEEK = [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]

# The script's "today" is a Thursday: the cards it means, as (days after today, time).
_CARDS = {
    # HPV 摸底登记, 下周一上午10点前 (posted Monday).
    "m0087": (4, time(10, 0)),
    # 自建房 回头看, 本周五下午5点前 (posted Monday); its township relays ask for
    # 周四中午12点前, and the card shows the soonest its copies ask.
    "m0024": (0, time(12, 0)),
    # 汛期值班表, 本周五前 (posted Monday).
    "m0005": (1, time(17, 30)),
    # 和美乡村 申报, 下周三下午5点前 (posted Monday).
    "m0106": (6, time(17, 0)),
    # 申报书下周一上午9点前出定稿 (posted today).
    "m0347": (4, time(9, 0)),
    # 明天（周五）下午5点前各村整改照片全部发群 (posted today).
    "m0385": (1, time(17, 0)),
}


def _stored(store: Store) -> dict[str, tuple[datetime, datetime | None, str]]:
    with store.sessions() as session:
        rows = session.execute(
            select(Message.remote_id, Message.ts_ms, Message.deadline_ms, Message.text)
        ).all()
    return {
        r.remote_id: (
            from_ms(r.ts_ms).astimezone(SHANGHAI),
            from_ms(r.deadline_ms).astimezone(SHANGHAI) if r.deadline_ms else None,
            r.text,
        )
        for r in rows
    }


@pytest.mark.parametrize("first", _WEEK, ids=lambda d: d.strftime("%a"))
def test_the_demos_due_times_are_the_ones_its_texts_mean_on_any_first_day(
    store: Store, first: date
) -> None:
    # A tester's Monday: 明天（周五）下午5点前, posted on Monday, was due Tuesday.
    clock = ManualClock(datetime.combine(first, time(8, 45), SHANGHAI))
    sync_demo(store, clock)
    stored = _stored(store)
    due = {remote_id: stored[remote_id][1] for remote_id in _CARDS}
    assert due == {
        remote_id: datetime.combine(first + timedelta(days=days), at, SHANGHAI)
        for remote_id, (days, at) in _CARDS.items()
    }
    # The notice's own words, before its relays ask for sooner: four days after its post.
    posted, _due, text = stored["m0024"]
    assert extract_deadline(canonical(text), posted, SHANGHAI) == datetime.combine(
        posted.date() + timedelta(days=4), time(17, 0), SHANGHAI
    )
