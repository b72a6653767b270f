"""The one order groups are listed in everywhere (sidebar, settings, DING composer)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")

# Pinyin (安全, 白沙, 东风, 七里 …), as a Chinese reader looks a name up, whatever desk's
# language: the store gives names in code-point order (七, 三, 上, 下 …), and a group
# found at one place in the sidebar must be found at the same place in the other lists.
_BY_PINYIN = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def by_pinyin(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """`items` sorted by pinyin of their `name`; items of the same name keep their order."""
    return sorted(items, key=lambda item: _BY_PINYIN.sortKey(name(item)))
