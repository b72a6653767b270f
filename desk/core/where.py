"""Where an exception happened, for a log: its frames, never its words (they may quote a
message)."""

from __future__ import annotations

import traceback
from pathlib import PurePath
from types import TracebackType


def frames(tb: TracebackType | None) -> list[str]:
    """Each frame of `tb`, outermost first, as file:line function. The file by its name
    alone: a full path holds the user's name on Windows."""
    return [
        f"{PurePath(frame.f_code.co_filename).name}:{line} {frame.f_code.co_name}"
        for frame, line in traceback.walk_tb(tb)
    ]
