"""One log file per data dir. Log records name ids and codes, never message text or names."""

from __future__ import annotations

import logging
import logging.handlers

from desk.store.paths import DataDir

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: DataDir, level: int = logging.INFO) -> None:
    root = logging.getLogger("desk")
    if any(getattr(h, "desk_log", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        data_dir.logs / "desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.desk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
