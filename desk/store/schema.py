"""Schema versions through alembic: stepwise upgrades, and a refusal of newer files.

alembic (with mako and its revision scripts) costs a few hundred milliseconds to load, and a
database that is already current needs none of it: that case is read straight from the
`alembic_version` table, and alembic is loaded only to upgrade or to judge a stranger.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from desk.store.write_lock import hold_write_lock

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("desk.store.schema")

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest revision in migrations/versions; tests/store/test_store.py keeps it equal to
# alembic's head, so a new migration cannot be forgotten here.
HEAD = "0044"


class TooNew(Exception):
    """The database was written by a newer desk; this one must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def current(engine: Engine) -> str | None:
    """The stored revision; None for a database alembic has not touched yet."""
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # no alembic_version table: a new, empty database


def check_not_newer(engine: Engine) -> None:
    revision = current(engine)
    if revision is None or revision == HEAD:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    if revision not in {s.revision for s in script.walk_revisions()}:
        raise TooNew(revision)


def upgrade(engine: Engine) -> None:
    revision = current(engine)
    if revision == HEAD:
        return
    from alembic import command

    cfg = _config()
    log.info("upgrading schema from %s to %s", revision or "empty", HEAD)
    with engine.begin() as conn:
        # One transaction for the whole upgrade: each CREATE TABLE had committed on its
        # own, so a crash or a full disk mid-upgrade left tables the next start could not
        # create again, and the store never opened.
        hold_write_lock(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
