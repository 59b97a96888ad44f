"""A service as the parts that run, replay and test it see it: one descriptor in each
`services/<name>/service.py`, listed once in `services/registry.py`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from shared.kernel import logs
from shared.kernel.db import ServiceDatabase
from shared.kernel.envelope import Event
from shared.kernel.eventstore import EventStore

Handler = Callable[[Connection, Event], None]
Loop = Callable[[Engine, threading.Event], None]


@dataclass(frozen=True)
class Audited:
    """A table the audit rebuilds from the events (through the service's projection) and compares, row by
    row, with the live one."""

    table: sa.Table
    key: tuple[str, ...]
    ignore: tuple[str, ...] = ()  # columns that say when a row was written, not what the events say
    # For a table without a case_id column: its column that refers to a row of a table with one, and that
    # table's column it refers to (a journal line's entry_id, the entry's entry_id)
    case_via: tuple[sa.Column[Any], sa.Column[Any]] | None = None


@dataclass(frozen=True)
class Service:
    name: str
    http_port: int
    # None: the service keeps no data of its own; without a store it records no events and runs no worker
    # (the audit, whose database holds only its sign-ins and access log)
    database: ServiceDatabase | None = None
    store: EventStore | None = None
    # What its worker does on an event of another service (or its own) that it consumes
    consumes: Mapping[str, Handler] = field(default_factory=dict)
    # How its own tables follow from events, one function per event type: the audit replays this
    projection: Mapping[str, Handler] = field(default_factory=dict)
    audited: tuple[Audited, ...] = ()
    # Reads at once the rows a batch of consumed events will need (`Rows.load`, the store's `load_heads`)
    prefetch: Callable[[Connection, Sequence[Event]], None] | None = None
    # Whether a batch holds the store's lock from its start (see `handle_batch`); False only for a worker
    # that appends nothing and decides nothing on what it reads
    locks_batches: bool = True
    # Further loops of its worker beside the outbox relay and the consumer (engine, stop signal)
    loops: tuple[Loop, ...] = ()
    # The Flask blueprints of its HTTP process, as "module:name", imported only by that process (a worker
    # never loads Flask); `pages`: it serves web pages (sessions, CSRF, the site's look)
    blueprints: tuple[str, ...] = ()
    pages: bool = False
    # Its HTTP API's OpenAPI document, as "module:function" (shared/web/openapi.py); None: no JSON API
    contract: str | None = None
    # Adds its own `rathaus` subcommands to the parser's subparsers
    cli: Callable[[Any], None] | None = None
    # The town services the catalogue offers online (intake's), and what this service's own data lacks to
    # handle one of them: checked before the platform starts, so a gap is named, not dead-lettered later
    offers: Callable[[], list[str]] | None = None
    lacks: Callable[[str], list[str]] | None = None

    def handle(self, conn: Connection, event: Event) -> None:
        """The consumer's entry: what the service does on an event it consumes, nothing on any other."""
        handler = self.consumes.get(event.event_type)
        if handler is not None:
            handler(conn, event)

    def handle_batch(self, conn: Connection, events: Sequence[Event]) -> None:
        """The consumer's entry, one transaction per batch. Unless the service says otherwise, it holds the
        store's append lock from the start, so the rows it reads stay as it read them until it commits (the
        service's own writers wait that long)."""
        if self.store is not None and self.locks_batches:
            self.store.lock(conn)
        if self.prefetch is not None and events:
            self.prefetch(conn, events)
        for event in events:
            with logs.about(event.case_id, event.correlation_id):
                self.handle(conn, event)

    def replay(self, conn: Connection, event: Event) -> None:
        """One event through the service's projection, as its live tables took it."""
        apply = self.projection.get(event.event_type)
        if apply is not None:
            apply(conn, event)
