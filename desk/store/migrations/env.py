"""alembic environment: desk always hands it an open connection."""

from alembic import context

import desk.store.credentials
import desk.store.dings
import desk.store.outbox  # noqa: F401
from desk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
