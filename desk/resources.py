"""Where bundled files live: beside the package in a checkout, under _MEIPASS when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return root() / "translations"
