"""Text every part of desk can encode: no lone surrogates.

JSON may escape half of an emoji (``"\\ud83d"``) and Python decodes it to a lone
surrogate, which UTF-8 cannot encode: SQLite, OpenCC and every file write would fail on
it, and one such message would stop a sync. It is replaced by U+FFFD, as a broken
character is shown anywhere else; the rest of the text stays.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

T = TypeVar("T")


def well_formed(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (the same object if it has none)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A pair of surrogates becomes the character it encodes; a lone one, U+FFFD.
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def well_formed_fields(value: T) -> T:
    """`value` with `well_formed` applied to every string in it, through frozen dataclasses
    and tuples; the same object where nothing needed it."""
    return _repaired(value)  # type: ignore[no-any-return]


def _repaired(value: Any) -> Any:
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, tuple):
        items = tuple(_repaired(item) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    names = _field_names(type(value))
    if not names:
        return value
    changed = {}
    for name in names:
        old = getattr(value, name)
        new = _repaired(old)
        if new is not old:
            changed[name] = new
    return replace(value, **changed) if changed else value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass `kind`, none for any other type: looked up once per type,
    as every message of every batch goes through here (`fields` is slow)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()
        _FIELD_NAMES[kind] = names
    return names
