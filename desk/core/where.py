"""Where an exception happened, for a log: its frames, never its words (they may quote a
message)."""

from __future__ import annotations

import traceback
from pathlib import PurePath
from types import FrameType, TracebackType


def frames(tb: TracebackType | None) -> list[str]:
    """Each frame of `tb`, outermost first, as file:line function. The file by its name
    alone: a full path holds the user's name on Windows."""
    return [_said(frame, line) for frame, line in traceback.walk_tb(tb)]


def innermost_in(tb: TracebackType | None, package: str) -> str | None:
    """The innermost frame of `tb` in the code of `package` (by module name, which holds
    in a frozen build too), as `frames` says it; None where it has none. An SQL error's
    last frame is the database driver's, the same wherever the query was made."""
    inside = [
        _said(frame, line)
        for frame, line in traceback.walk_tb(tb)
        if _in_package(frame.f_globals.get("__name__"), package)
    ]
    return inside[-1] if inside else None


def _in_package(module: object, package: str) -> bool:
    return isinstance(module, str) and (module == package or module.startswith(f"{package}."))


def _said(frame: FrameType, line: int) -> str:
    return f"{PurePath(frame.f_code.co_filename).name}:{line} {frame.f_code.co_name}"
