"""How SQLite reads the statements a piece of desk runs (EXPLAIN QUERY PLAN)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from desk.store.store import Store


def query_plans(
    store: Store, action: Callable[[], object], verb: str = "SELECT", whole: bool = False
) -> list[str]:
    """The plan details of each statement starting with `verb` that `action` runs, after
    the statement's start (or, `whole`, all of it)."""
    statements: list[tuple[str, Any]] = []

    def seen(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        # A plain INSERT ... VALUES of many rows has no plan worth reading.
        if not many and statement.lstrip().upper().startswith(verb):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        action()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.engine.connect() as conn:
        return [
            f"{statement if whole else statement.split(' WHERE ')[0][:60]} :: {row[-1]}"
            for statement, parameters in statements
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
