"""Pure domain logic: no Qt, no database, no I/O."""
