"""The one data dir that holds everything desk writes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "DESK_DATA_DIR"


@dataclass(frozen=True, slots=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> DataDir:
        """`--data-dir`, then $DESK_DATA_DIR, then the platform's user data dir."""
        chosen = explicit or os.environ.get(ENV_DATA_DIR)
        root = Path(chosen) if chosen else Path(platformdirs.user_data_dir("desk", appauthor=False))
        return cls(root.expanduser().resolve())

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # The key file and database are encrypted, but names of groups the
            # user is in can leak through file names of caches: keep the dir private.
            self.root.chmod(0o700)
        self.logs.mkdir(exist_ok=True)
        return self

    @property
    def database(self) -> Path:
        return self.root / "desk.db"

    @property
    def key_file(self) -> Path:
        return self.root / "desk.key"

    @property
    def logs(self) -> Path:
        return self.root / "logs"
