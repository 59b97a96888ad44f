"""The tables every service's database has: its events, its outbox, and the events it has processed."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, Engine


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on PostgreSQL and SQLite alike."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: times are stored in UTC with time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Json = sa.JSON().with_variant(JSONB(), "postgresql")
# A JSON column that may be empty: None is written as SQL NULL there (not as JSON's null), so IS NULL finds it
OptionalJson = sa.JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
Position = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData()

events = sa.Table(
    "events",
    metadata,
    # Global order of the store; appends are serialised, so positions commit in order (see eventstore).
    sa.Column("position", Position, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(36), nullable=False, unique=True),
    sa.Column("case_id", sa.String(36), nullable=False),
    sa.Column("stream_version", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String(100), nullable=False),
    sa.Column("schema_version", sa.Integer, nullable=False),
    sa.Column("occurred_at", UTCDateTime, nullable=False),
    sa.Column("producer", sa.String(40), nullable=False),
    sa.Column("correlation_id", sa.String(36), nullable=False),
    sa.Column("causation_id", sa.String(36), nullable=False),
    sa.Column("payload", Json, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Column("key_id", sa.String(100), nullable=False),
    sa.Column("signature", sa.String(100), nullable=False),
    # The payload's personal fields, sealed with the case's key; empty if none (shared/kernel/personal.py)
    sa.Column("personal", sa.Text, nullable=False, server_default=""),
    sa.UniqueConstraint("case_id", "stream_version", name="uq_events_case_version"),
    implicit_returning=False,  # no one reads a new position back (the outbox takes it by INSERT … SELECT)
)

outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", Position, primary_key=True, autoincrement=True),
    sa.Column("position", Position, sa.ForeignKey("events.position"), nullable=False, unique=True),
    sa.Column("topic", sa.String(200), nullable=False),
    sa.Column("published_at", UTCDateTime, nullable=True, index=True),
)

processed_events = sa.Table(
    "processed_events",
    metadata,
    sa.Column("consumer", sa.String(100), primary_key=True),
    sa.Column("event_id", sa.String(36), primary_key=True),
    sa.Column("processed_at", UTCDateTime, nullable=False),
)


class OutdatedDatabase(RuntimeError):
    """A table lacks columns the code needs, or holds shorter texts than it needs, after its migrations: the
    database is older than the first migration, or was changed by hand."""


def create_store_tables(engine: Engine, *more: sa.MetaData) -> None:
    """The event store's tables and the service's own (`more`), as `create_tables` makes them."""
    create_tables(engine, metadata, *more)


def create_tables(engine: Engine, *tables: sa.MetaData) -> None:
    """The tables as the code declares them, without migrations: for scratch databases (the audit's replays)
    and tests. A service's own database is made by its migrations (`ServiceDatabase.setup`)."""
    for each in tables:
        each.create_all(engine)


def check_columns(engine: Engine, *tables: sa.MetaData) -> None:
    """Every table the code uses has every column, each text as long as the code writes: a process refuses to
    start rather than answer 500 on a missing column."""
    inspector = sa.inspect(engine)
    existing = set(inspector.get_table_names())
    missing: list[str] = []
    too_short: list[str] = []
    for table in (table for each in tables for table in each.sorted_tables):
        if table.name not in existing:
            missing.append(f"the table {table.name}")
            continue
        present = {found["name"]: found["type"] for found in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                missing.append(f"{table.name}.{column.name}")
            elif engine.dialect.name != "sqlite" and _shorter(present[column.name], column.type):
                too_short.append(f"{table.name}.{column.name}")
    if missing or too_short:
        lacks = [f"lacks {', '.join(missing)}"] if missing else []
        lacks += [f"keeps shorter texts than the code writes in {', '.join(too_short)}"] if too_short else []
        raise OutdatedDatabase(
            f"{engine.url.render_as_string(hide_password=True)} {' and '.join(lacks)}, after all its "
            "migrations: it is older than the first migration (2026-12-06) or was changed by hand. Keep a "
            "copy of it and bring those columns to the code's shape by hand, or start that service's data "
            "afresh."
        )


def _shorter(found: sa.types.TypeEngine, needed: sa.types.TypeEngine) -> bool:
    """A text column whose length is below what the code's column holds (no length: any). SQLite keeps
    texts of any length whatever a column declares, so only a server's columns can be too short."""
    if not isinstance(needed, sa.String) or not isinstance(found, sa.String) or found.length is None:
        return False
    return needed.length is None or found.length < needed.length
