"""SQL that reads the same on PostgreSQL and SQLite but runs fast on both."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection


def one_of(conn: Connection, column: sa.ColumnElement[Any], values: list[Any]) -> sa.ColumnElement[bool]:
    """`column IN values`; on PostgreSQL as `= ANY(array)`, one parameter however many values: psycopg would
    spend longer parsing a statement of thousands of placeholders than running it."""
    if conn.dialect.name == "postgresql":
        return column == sa.func.any(sa.bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)


def dialect_insert(conn: Connection, table: sa.Table) -> Any:
    """An INSERT that can say ON CONFLICT, on PostgreSQL and SQLite alike."""
    return (postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert)(table)
