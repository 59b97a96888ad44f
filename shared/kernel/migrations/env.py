"""Alembic's entry for every service database: the runner (`shared.kernel.migrations`) opens the transaction
and hands its connection over, so a migration and the lock that keeps a second runner out are one."""

from alembic import context

context.configure(
    connection=context.config.attributes["connection"],
    # SQLite changes a table's columns only by copying it: `op.batch_alter_table` does that there, in place
    # on PostgreSQL
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
