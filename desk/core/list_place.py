"""Where a card stands in a list among the cards around it, as the list is re-sorted."""

from __future__ import annotations

from collections.abc import Sequence


def left_its_place(before: Sequence[int], after: Sequence[int], card: int, reach: int) -> bool:
    """Whether `card` moved past one of the `reach` cards on either side of it in the list
    `before`, in the list `after`: re-sorted away, not moved a row down by a card arriving
    above it, nor up by one above it leaving."""
    try:
        was, now = before.index(card), after.index(card)
    except ValueError:
        return False
    place = {message_id: row for row, message_id in enumerate(after)}
    followed = before[was + 1 : was + 1 + reach]
    preceded = before[max(0, was - reach) : was]
    return any(place.get(i, now) < now for i in followed) or any(
        place.get(i, now) > now for i in preceded
    )
