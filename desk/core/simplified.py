"""Traditional characters to simplified (關於 → 关于), for comparing and searching text.

The conversion table (OpenCC's t2s, 5 MB, 10 ms to load here) is loaded on first use: the
window needs it only when it compares a card's copies or searches, not to start.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


def simplified(text: str) -> str:
    return _converter()(text)


@cache
def _converter() -> Callable[[str], str]:
    # Imported on first use, not with the window (see the module's docstring).
    import opencc

    return opencc.OpenCC("t2s").convert
