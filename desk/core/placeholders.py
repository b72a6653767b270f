"""Filling %1, %2 … in a translated text, as Qt's QString::arg does (PySide6 has no arg).

In one pass: a value that itself holds "%2" (a group named 通知%2群, a file name, an
error from the system) is put in as it is, not filled again by the next replace.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """`template` with %1 … %9 replaced by `values`; a marker with no value stays."""

    def value(found: re.Match[str]) -> str:
        n = int(found.group(1))
        return values[n - 1] if n <= len(values) else found.group(0)

    return _MARKER.sub(value, template)
