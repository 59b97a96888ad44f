"""Database engines: PostgreSQL when a URL is given, SQLite files as the embedded default."""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from shared.kernel.config import ROOT, database_url
from shared.kernel.migrations import Migrated, migrate, migrate_at_start
from shared.kernel.rows import watch
from shared.kernel.sql import dialect_insert
from shared.kernel.tables import check_columns
from shared.kernel.tables import metadata as store_tables

if TYPE_CHECKING:
    from shared.kernel.projections import Projections


def make_engine(url: str, read_only: bool = False) -> Engine:
    """`read_only`: the database itself refuses every write (for the auditors' view). A statement's
    parameters (citizens' names, answers) are kept out of its errors, which go to logs and dead letters."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        return _sqlite_engine(url, read_only)
    options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
    # The pool keeps as many connections as a process uses at once (a notifications worker: its six mail
    # lines, the consumer, the relay and the delivery loop), because one beyond `pool_size` is closed when
    # given back, and each new one costs PostgreSQL a process and the worker a login. The one given back
    # last is taken first: the sessions in use stay few, and those a busy moment opened stay idle.
    engine = sa.create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=5,
        pool_use_lifo=True,
        connect_args=options,
        hide_parameters=True,
    )
    watch(engine)
    return engine


def engine_for(service: str) -> Engine:
    return make_engine(database_url(service))


def _sqlite_engine(url: str, read_only: bool = False) -> Engine:
    engine = sa.create_engine(
        url, connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself (below); pysqlite's implicit BEGIN is deferred.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock up front: writers queue instead of failing on lock upgrade,
        # and the order of positions is the order of commits.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    watch(engine)
    return engine


class ServiceDatabase:
    """One service's database: the event store's tables and the service's own, made and changed by the
    service's migrations (`services/<name>/migrations/`). The audit's keeps only its own (who signed in, what
    they read): `events=False`."""

    def __init__(
        self,
        service: str,
        *own_tables: sa.MetaData,
        events: bool = True,
        migrations: Path | None = None,
        projections: str | None = None,
    ) -> None:
        self.service = service
        self.own_tables = own_tables
        self.events = events
        self.migrations = migrations or ROOT / "services" / service / "migrations"
        # "module:name" of its `Projections`, the tables its events fill, which a migration may have rebuilt
        # (named, not imported: the projection's module needs the store, which needs this database)
        self._projections = projections

    @property
    def projections(self) -> Projections | None:
        if self._projections is None:
            return None
        module, name = self._projections.split(":")
        found: Projections = getattr(import_module(module), name)
        return found

    @property
    def tables(self) -> tuple[sa.MetaData, ...]:
        return (store_tables, *self.own_tables) if self.events else self.own_tables

    @cached_property
    def engine(self) -> Engine:
        # Made on first use, so each process (and each gunicorn worker after its fork) has its own pool.
        return engine_for(self.service)

    def setup(self) -> None:
        """At a process's start: migrated (or refused, see `shared.kernel.migrations`), then checked to have
        every column the code uses."""
        migrate_at_start(self.engine, self.migrations, self.projections)
        check_columns(self.engine, *self.tables)

    def migrate(self) -> Migrated:
        """`rathaus migrate`: whatever is pending, whatever `MIGRATE_AT_START` says."""
        migrated = migrate(self.engine, self.migrations, projections=self.projections)
        check_columns(self.engine, *self.tables)
        return migrated


def upsert(conn: Connection, table: sa.Table, key: dict[str, Any], values: dict[str, Any]) -> None:
    """Insert the row, or set `values` on the row that has this primary key (PostgreSQL and SQLite alike)."""
    statement = dialect_insert(conn, table).values(**key, **values)
    conn.execute(statement.on_conflict_do_update(index_elements=list(key), set_=values))
