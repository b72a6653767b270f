"""Small files desk writes beside its store (the key file, the damage note, the language),
and the room left for them."""

from __future__ import annotations

import os
import shutil
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


# Less room than this left on the data dir's disk: a failed write or open is the disk's
# being full, whatever SQLite called it (SQLITE_FULL, or SQLITE_IOERR where it could not
# make its -shm file), and worded alike (IT met both wordings on one full disk).
FULL_BELOW_BYTES = 1_000_000


def disk_full(folder: Path) -> bool:
    """Whether the disk holding `folder` (or its nearest parent there is) is full."""
    there = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    try:
        return shutil.disk_usage(there).free < FULL_BELOW_BYTES
    except OSError:
        return False
