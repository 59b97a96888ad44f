"""What one transaction reads and writes of a service's tables by primary key, kept in memory and written back
in bulk: one multi-row statement per table instead of one statement per event.

Projections and handlers read a row with `get` (from memory once read or `load`ed for a whole batch), write it
with `insert` or `update`, add rows nobody reads back with `append`, and add to counters with `count`. The
writes go to the database before any other statement of the transaction runs and before it commits (see
`watch`), so SQL written by hand always sees them, and a transaction that rolls back leaves nothing behind.

One rule keeps the memory true: a table whose rows a transaction writes here is not also written by hand in
that transaction, and a table counted here is not read here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

from shared.kernel.sql import dialect_insert, one_of
from shared.kernel.tables import events, outbox

Key = tuple[Any, ...]
Changed = tuple[dict[str, Any], set[str]]  # a row and the columns changed on it

# Any number; all appends to one database take this transaction-scoped lock on PostgreSQL.
_APPEND_LOCK = 0x7261746861757301

# Rows read back and kept beyond this are forgotten after a flush: a replay of millions of events stays small.
KEEP_ROWS = 200_000
_CHUNK = 1000  # keys per IN (...) of a `load`


class Record(dict[str, Any]):
    """A row as `Rows` hands it out: a copy, read by key or, like SQLAlchemy's rows, by attribute."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Rows:
    def __init__(self) -> None:
        self._known: dict[sa.Table, dict[Key, dict[str, Any] | None]] = {}
        # Rows to write, per table in the order tables were first written (parents before children)
        self._new: dict[sa.Table, dict[Key, dict[str, Any]]] = {}
        # Changed rows and, per row, the columns changed: only those are written, so a writer of other
        # columns of the same row in a concurrent transaction loses nothing
        self._changed: dict[sa.Table, dict[Key, Changed]] = {}
        self._appended: dict[sa.Table, list[dict[str, Any]]] = {}
        self._counted: dict[sa.Table, dict[Key, dict[str, int]]] = {}
        self._order: dict[sa.Table, None] = {}
        self._complete: set[sa.Table] = set()  # tables whose every row is in memory (`all_known`)
        # The event store's appends: written last, under the store's lock (see `lock_appends`)
        self.events: list[tuple[dict[str, Any], str]] = []
        self.heads: dict[str, tuple[int, str]] = {}
        self._locked = False
        self.started: set[str] = set()  # streams known to be new, whose first append need not lock early
        self.keys: dict[str, bytes | None] = {}  # cases' keys read ahead for the appends (`load_keys`)

    # --- reading ---

    def get(self, conn: Connection, table: sa.Table, key: Any) -> Record | None:
        """The row with this primary key (a value, or a tuple for a composite key), or None; a copy."""
        key = _key(key)
        known = self._known.setdefault(table, {})
        if key not in known:
            known[key] = None if table in self._complete else self._read(conn, table, key)
        row = known[key]
        return Record(row) if row is not None else None

    def _read(self, conn: Connection, table: sa.Table, key: Key) -> dict[str, Any] | None:
        columns = table.primary_key.columns
        query = sa.select(table).where(*(c == value for c, value in zip(columns, key, strict=True)))
        with self._reading(conn, table):
            found = conn.execute(query).first()
        return dict(found._mapping) if found else None

    def load(self, conn: Connection, table: sa.Table, keys: Iterable[Any]) -> None:
        """Read the rows of many keys of a one-column primary key at once, so that `get` finds them here."""
        (column,) = table.primary_key.columns
        known = self._known.setdefault(table, {})
        wanted = list(dict.fromkeys(key for key in keys if (key,) not in known))
        if table in self._complete:
            known.update(dict.fromkeys(((key,) for key in wanted), None))
            return
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for key in chunk:
                known[(key,)] = None
            with self._reading(conn, table):
                found_rows = conn.execute(sa.select(table).where(one_of(conn, column, chunk))).all()
            for found in found_rows:
                known[(found._mapping[column.name],)] = dict(found._mapping)

    def all_known(self, *tables: sa.Table) -> None:
        """These tables hold only what this transaction writes (a scratch database, a projection just wiped
        for a rebuild): a row not in memory does not exist, and no read need ask."""
        self._complete.update(tables)

    def absent(self, table: sa.Table, *keys: Any) -> None:
        """These rows do not exist (the caller has just made their keys): `get` need not ask."""
        known = self._known.setdefault(table, {})
        for key in keys:
            known.setdefault(_key(key), None)

    @contextmanager
    def _reading(self, conn: Connection, table: sa.Table) -> Iterator[None]:
        """A read of rows that are not in memory: the writes pending here cannot be among them (a row written
        here is in memory), unless appended to this very table, so they need not go first."""
        if table in self._appended or conn.info.get("writes_held"):
            yield
            return
        conn.info["writes_held"] = True
        try:
            yield
        finally:
            conn.info["writes_held"] = False

    # --- writing ---

    def insert(self, table: sa.Table, row: dict[str, Any]) -> None:
        """A new row; one that exists already fails the flush (as its INSERT would)."""
        key = _key(tuple(row[column.name] for column in table.primary_key.columns))
        self._known.setdefault(table, {})[key] = dict(row)
        self._new.setdefault(table, {})[key] = self._known[table][key]  # type: ignore[assignment]
        self._order.setdefault(table)

    def update(self, conn: Connection, table: sa.Table, key: Any, **changes: Any) -> bool:
        """Set these columns on the row; False if there is no such row."""
        key = _key(key)
        if self.get(conn, table, key) is None:
            return False
        row = self._known[table][key]
        assert row is not None
        row.update(changes)
        if key not in self._new.get(table, {}):
            _row, columns = self._changed.setdefault(table, {}).setdefault(key, (row, set()))
            columns.update(changes)
            self._order.setdefault(table)
        return True

    def append(self, table: sa.Table, row: dict[str, Any]) -> None:
        """A row to insert that this transaction does not read back."""
        self._appended.setdefault(table, []).append(row)
        self._order.setdefault(table)

    def count(self, table: sa.Table, key: Any, **added: int) -> None:
        """Add to counter columns of the row with this primary key (made at zero if there is none). Written
        as additions, so that concurrent transactions counting the same row both count."""
        counters = self._counted.setdefault(table, {}).setdefault(_key(key), {})
        for column, number in added.items():
            counters[column] = counters.get(column, 0) + number
        self._order.setdefault(table)

    def lock_appends(self, conn: Connection) -> None:
        """The store's lock, once per transaction. PostgreSQL hands out sequence numbers before commit, so two
        concurrent appends could become visible out of position order; one lock per database until commit
        keeps position order = commit order. SQLite needs nothing: every write transaction there begins
        IMMEDIATE and so runs alone."""
        if conn.dialect.name == "postgresql" and not self._locked:
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _APPEND_LOCK})
        self._locked = True

    @property
    def pending(self) -> bool:
        return bool(self.events or self._order)

    def flush(self, conn: Connection) -> None:
        order, self._order = list(self._order), {}
        new, self._new = self._new, {}
        changed, self._changed = self._changed, {}
        appended, self._appended = self._appended, {}
        counted, self._counted = self._counted, {}
        for table in order:
            if table in new:
                conn.execute(table.insert(), list(new[table].values()))
            if table in appended:
                conn.execute(table.insert(), appended[table])
            if table in changed:
                _upsert_changed(conn, table, list(changed[table].values()))
            if table in counted:
                _add_counted(conn, table, counted[table])
        if self.events:
            self._flush_events(conn)
        if sum(len(known) for known in self._known.values()) > KEEP_ROWS:
            self._known.clear()
            self._complete.clear()  # what is forgotten must be asked for again

    def _flush_events(self, conn: Connection) -> None:
        # Last, so that the store's lock (position order = commit order) is held as briefly as can be.
        self.lock_appends(conn)
        rows, topics = [row for row, _ in self.events], {topic for _, topic in self.events}
        self.events = []
        # A plain executemany (pipelined by psycopg): a RETURNING of positions would have SQLAlchemy render
        # one statement of thousands of placeholders, which costs more than the rows themselves. Inline: a
        # single row would otherwise have its position fetched from the sequence first, in a round trip.
        conn.execute(events.insert().inline(), rows)
        (topic,) = topics  # a store writes one topic
        ids = [row["event_id"] for row in rows]
        conn.execute(
            outbox.insert().from_select(
                ["position", "topic"],
                sa.select(events.c.position, sa.literal(topic))
                .where(one_of(conn, events.c.event_id, ids))
                .order_by(events.c.position),
            )
        )


def _key(key: Any) -> Key:
    return key if isinstance(key, tuple) else (key,)


def _upsert_changed(conn: Connection, table: sa.Table, changed: list[Changed]) -> None:
    """One upsert per set of changed columns, each setting only those (a row gone meanwhile comes back)."""
    keys = [column.name for column in table.primary_key.columns]
    by_columns: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row, changed_columns in changed:
        by_columns.setdefault(frozenset(changed_columns), []).append(row)
    for columns, rows in by_columns.items():
        statement = dialect_insert(conn, table)
        setting = {name: statement.excluded[name] for name in sorted(columns) if name not in keys}
        if setting:
            statement = statement.on_conflict_do_update(index_elements=keys, set_=setting)
        else:
            statement = statement.on_conflict_do_nothing(index_elements=keys)
        conn.execute(statement, rows)


def _add_counted(conn: Connection, table: sa.Table, counted: dict[Key, dict[str, int]]) -> None:
    """One upsert per set of counters; a row whose counters add up to nothing is still written, as a replay
    that counts the same events in other batches would write it. In key order: two transactions counting
    the same rows lock them in the same order, so neither waits for the other in a circle."""
    keys = [column.name for column in table.primary_key.columns]
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for key, counters in sorted(counted.items()):
        by_columns.setdefault(tuple(sorted(counters)), []).append(
            {**dict(zip(keys, key, strict=True)), **counters}
        )
    for columns, rows in by_columns.items():
        statement = dialect_insert(conn, table)
        added = {name: table.c[name] + statement.excluded[name] for name in columns}
        conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=added), rows)


def rows_of(conn: Connection) -> Rows:
    """The rows of the connection's current transaction (new for a new transaction)."""
    transaction = conn.get_transaction() or conn.begin()
    held = conn.info.get("rows")
    if held is None or held[0] is not transaction:
        held = (transaction, Rows())
        conn.info["rows"] = held
    return held[1]


def watch(engine: Engine) -> None:
    """Write a transaction's pending rows before each other statement and before its commit. A rolled-back
    transaction's rows are dropped with it: they belong to that transaction (see `rows_of`)."""

    def pending(conn: Connection) -> Rows | None:
        if conn.invalidated:  # the database went away: nothing can be written, the caller rolls back
            return None
        held = conn.info.get("rows")
        if held is None or held[0] is not conn.get_transaction() or not held[1].pending:
            return None
        return held[1]

    @sa_event.listens_for(engine, "before_execute")
    def _before_execute(conn: Connection, *_args: Any) -> None:
        rows = pending(conn)
        if rows is not None and not conn.info.get("writes_held"):
            _flush(conn, rows)

    @sa_event.listens_for(engine, "commit")
    def _before_commit(conn: Connection) -> None:
        rows = pending(conn)
        if rows is not None:
            try:
                _flush(conn, rows)
            except sa.exc.DBAPIError:
                # Refused inside SQLAlchemy's commit, the driver's transaction is left where the pool cannot
                # reset it: the connection goes, so the next request gets a sound one.
                conn.invalidate()
                raise
        if not conn.invalidated:
            conn.info.pop("rows", None)


def _flush(conn: Connection, rows: Rows) -> None:
    conn.info["writes_held"] = True
    try:
        with _pipelined(conn):
            rows.flush(conn)
    finally:
        conn.info["writes_held"] = False


@contextmanager
def _pipelined(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, the statements of a flush go out together and their answers come back together
    (psycopg's pipeline mode): one round trip where there were one per statement. A failure shows at the end
    of the pipeline, so it is raised from there as the SQLAlchemy error it is (an outage stays an outage)."""
    if conn.dialect.name != "postgresql":
        yield
        return
    driver: psycopg.Connection = conn.connection.driver_connection  # type: ignore[assignment]
    try:
        with driver.pipeline():
            yield
    except psycopg.Error as error:
        raise sa.exc.DBAPIError.instance(None, None, error, psycopg.Error, dialect=conn.dialect) from error
