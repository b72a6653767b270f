"""Taking the store's write lock at the start of a transaction, not at its first write."""

from __future__ import annotations

from sqlalchemy import Connection


def hold_write_lock(connection: Connection) -> None:
    """Makes the connection's transaction take the store's write lock now, if it does not
    hold it yet.

    The driver begins a transaction only before it writes rows: what was read before the
    first write was read outside any transaction, and another thread's commit in between
    (the user setting a tier) was overwritten by a write decided on the old row; a schema
    change (CREATE TABLE) committed on its own. After this, everything up to the commit
    is one transaction.
    """
    driver = connection.connection.driver_connection
    assert driver is not None
    if not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
