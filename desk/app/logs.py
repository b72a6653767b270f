"""One log file per data dir. Log records name ids and codes, never message text or names."""

from __future__ import annotations

import logging
import logging.handlers

from desk.store.paths import DataDir, DataDirUnusable

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: DataDir, level: int = logging.INFO) -> None:
    """Logs to the data dir's logs/desk.log; DataDirUnusable if that file cannot be opened."""
    root = logging.getLogger("desk")
    if any(getattr(h, "desk_log", False) for h in root.handlers):
        return
    try:
        handler = logging.handlers.RotatingFileHandler(
            data_dir.logs / "desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:  # a read-only desk.log, or a directory of that name
        raise DataDirUnusable.from_os_error(data_dir.root, exc) from exc
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.desk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # The scheduler behind quiet hours and DING alerts says when a run was skipped or
    # failed (the job, never a message): that belongs in this file, not on a console.
    scheduler = logging.getLogger("apscheduler")
    scheduler.addHandler(handler)
    scheduler.setLevel(logging.WARNING)
    scheduler.propagate = False
