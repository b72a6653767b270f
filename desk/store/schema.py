"""Schema versions through alembic: stepwise upgrades, and a refusal of newer files."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

log = logging.getLogger("desk.store.schema")

MIGRATIONS = Path(__file__).with_name("migrations")


class TooNew(Exception):
    """The database was written by a newer desk; this one must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> None:
    revision = current(engine)
    script = ScriptDirectory.from_config(_config())
    if revision is not None and revision not in {s.revision for s in script.walk_revisions()}:
        raise TooNew(revision)


def upgrade(engine: Engine) -> None:
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    revision = current(engine)
    if revision == script.get_current_head():
        return
    log.info("upgrading schema from %s to %s", revision or "empty", script.get_current_head())
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
