"""Switching a SQLite pragma on each of a store's connections, on the thread that owns it.

The store's engine keeps one connection per thread (SingletonThreadPool). engine.dispose()
closes them all from the calling thread, the store thread's too while it may be in the
middle of a query: CI segfaulted there (rc 139). Each connection is switched instead on
its own thread, just before the next statement it runs through SQLAlchemy, so that an
operation which read before the switch writes after it with the switch on. (The pool's
"checkout" would miss it: a thread keeps its connection checked out through an operation.)

A statement already running when the switch is made is past it: a write waiting for the
lock keeps desk's 10 s. Where the store thread may be writing, wait for it to finish first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event


class PragmaSwitch:
    """`PRAGMA name = value` on every connection of `engine` from its next statement on;
    after undo(), each connection switched goes back to the value it had, again at its
    next statement. Statements run on the driver's own cursor (see desk.store.inbox) are
    not seen: they are reads."""

    def __init__(self, engine: Engine, name: str, value: int | str) -> None:
        self._name = name
        self._value = value
        self._on = True
        # Stays after undo(): a switched connection may come back late, or never (its
        # thread ended), and removing a listener while another thread runs it is unsafe.
        event.listen(engine, "before_cursor_execute", self._before_statement)

    def undo(self) -> None:
        self._on = False

    def _before_statement(self, conn: Connection, *_statement: Any) -> None:
        # The connection's own info dict: it lives as long as the driver's connection.
        had = conn.connection.info
        driver = conn.connection.driver_connection
        assert driver is not None
        if self._on and self not in had:
            had[self] = driver.execute(f"PRAGMA {self._name}").fetchone()[0]
            driver.execute(f"PRAGMA {self._name} = {self._value}")
        elif not self._on and self in had:
            driver.execute(f"PRAGMA {self._name} = {had.pop(self)}")
