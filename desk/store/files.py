"""Small files desk writes beside its store (the key file, the damage note, the language)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(path: Path, text: str) -> None:
    """Puts `text` in `path` whole or not at all: written to a file of its own beside it,
    synced, and moved over it, so that a reader or a crash finds the old text or the new,
    never part of either. Readable by the user alone, as the key file must be; a file of
    its own, so that two desks writing at once never share one half-written."""
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
