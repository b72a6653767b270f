"""Setting aside a store that can never be opened, so desk can start afresh beside it.

A forgotten passphrase or a keychain reset with the user's profile leaves a store nothing
opens: the window could only say so and quit, at every login, with the way out in the
README. Its files move to a folder of their own in the data dir (never deleted: the key
may come back, or IT may restore a backup over them), and the next open makes a new store
that the accounts fill again from the server.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from desk.store.paths import DataDir

log = logging.getLogger("desk.store")

# The key last: a database without its key is never opened over (see open_store), while a
# key left alone would key a new database with the old key. The note that the database was
# found damaged (desk.store.damage) goes with it: the new store is not.
_FILES = ("desk.db", "desk.db-wal", "desk.db-shm", "desk.damaged", "desk.key")
# The folders' names begin so; `desk keychain forget` looks in them too.
SET_ASIDE_PREFIX = "set-aside-"


def set_aside(data_dir: DataDir, now: datetime) -> Path:
    """Moves the store's files into a new folder `set-aside-<time>` in the data dir and
    returns it; OSError (with everything put back) if a file cannot move."""
    folder = data_dir.root / f"{SET_ASIDE_PREFIX}{now:%Y%m%d-%H%M%S}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = data_dir.root / f"{SET_ASIDE_PREFIX}{now:%Y%m%d-%H%M%S}-{suffix}"
    folder.mkdir()
    moved: list[str] = []
    try:
        for name in _FILES:
            if (data_dir.root / name).exists():
                os.replace(data_dir.root / name, folder / name)
                moved.append(name)
    except OSError:
        for name in reversed(moved):
            os.replace(folder / name, data_dir.root / name)
        folder.rmdir()
        raise
    log.warning("store that could not be opened set aside in %s", folder.name)
    return folder
