"""`desk --help` and every command's --help load none of what the commands run.

IT's install scripts and support calls run `desk-cli --help` and `desk-cli COMMAND --help`
on every PC: built by the commands' own modules, which import the store (SQLAlchemy,
SQLCipher), sync and the triage engine at their top, the help loaded ~600 modules (~3.4 s
cold here). The parsers live in desk.cli.parsers, and a command's module loads when it runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk import cli
from desk.cli import parsers
from desk.store.paths import DataDir

# Run as `desk ARGS` or, with "desk-cli" first, as the bundle's console executable; says
# which modules were loaded once the help was printed.
_PROBE = """
import json, os, sys

if sys.argv[1] == "desk-cli":
    sys.frozen = True
    sys.executable = os.path.join(os.path.dirname(sys.executable), "desk-cli")
import desk.cli

try:
    code = desk.cli.main(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# What the help must not load. A name ending in "." stands for the package and all its
# modules.
NOT_FOR_HELP = (
    "sqlalchemy.",
    "sqlcipher3.",
    "alembic.",
    "keyring.",
    "asyncio.",
    "nio.",
    "desk.store.store",
    "desk.store.database",
    "desk.store.models",
    "desk.core.triage.",
    "desk.sync.",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    # Nor any command's own module (desk.cli.COMMAND_cmd).
    *(f"desk.cli.{name}_cmd" for name in cli._COMMANDS),
)


def _loaded(modules: list[str], name: str) -> list[str]:
    if name.endswith("."):
        return [m for m in modules if m == name[:-1] or m.startswith(name)]
    return [m for m in modules if m == name]


def _help(
    tmp_path: Path, run_as: str, *args: str, language: str | None = None
) -> tuple[str, list[str]]:
    data_dir = DataDir(tmp_path / "data")
    if language is not None:
        # The language the window keeps beside its store (see desk.cli.speech).
        data_dir.root.mkdir()
        data_dir.language_file.write_text(f"[ui]\nlanguage={language}\n", "utf-8")
    env = {
        **os.environ,
        # Without a language kept, the system's: English here.
        "DESK_DATA_DIR": str(data_dir.root),
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, run_as, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    *said, last = done.stdout.splitlines()
    seen = json.loads(last)
    assert seen["code"] == 0, done.stderr[-3000:]
    return "\n".join(said), seen["modules"]


_HELPS = [
    ("desk", ["--help"]),
    ("desk-cli", ["--help"]),
    ("desk-cli", []),  # lists the commands
    ("desk-cli", ["triage", "--help"]),
    ("desk-cli", ["inbox", "--help"]),
    ("desk", ["account", "add", "--help"]),
    ("desk", ["policy", "check", "--help"]),
    *(("desk", [name, "--help"]) for name in cli._COMMANDS),
]


@pytest.mark.parametrize(
    ("run_as", "args"), [pytest.param(*h, id=" ".join([h[0], *h[1]])) for h in _HELPS]
)
def test_help_loads_neither_the_store_nor_the_commands(
    tmp_path: Path, run_as: str, args: list[str]
) -> None:
    said, modules = _help(tmp_path, run_as, *args)
    assert said.startswith(f"usage: {run_as} "), said
    assert "desk.cli.parsers" in modules, "the probe saw the parsers built"
    loaded = [m for name in NOT_FOR_HELP for m in _loaded(modules, name)]
    assert loaded == []


def test_help_in_the_store_s_language_loads_no_more(tmp_path: Path) -> None:
    # Said in the language kept beside the store, its translations loaded (QtCore's
    # translator), and still none of the store's modules.
    said, modules = _help(tmp_path, "desk-cli", "inbox", "--help", language="zh_CN")
    assert said.startswith("用法：desk-cli inbox"), said
    assert "每行一个 JSON 对象" in said  # --json's help
    assert "\n选项：\n" in said
    assert [m for name in NOT_FOR_HELP for m in _loaded(modules, name)] == []


def test_every_command_has_a_parser() -> None:
    assert list(parsers._PARSERS) == list(cli._COMMANDS)
