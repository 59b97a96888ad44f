"""An append-only event store on SQLAlchemy: one stream per case, one global order, an outbox beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from shared.kernel import case_keys
from shared.kernel.envelope import EVENT_FIELDS, GENESIS_HASH, Event, NewEvent, seal, utc_now
from shared.kernel.events import latest_version, personal_fields, validate_payload
from shared.kernel.personal import seal_fields
from shared.kernel.rows import rows_of
from shared.kernel.signing import signing_key
from shared.kernel.sql import one_of
from shared.kernel.tables import events


class ConcurrencyConflict(Exception):
    """The stream moved on since the writer read it: its expected version is stale."""

    def __init__(self, case_id: str, expected: int, actual: int) -> None:
        super().__init__(f"case {case_id}: expected version {expected}, stream is at {actual}")
        self.case_id, self.expected, self.actual = case_id, expected, actual


class EventStore:
    def __init__(self, producer: str, topic: str) -> None:
        self.producer = producer
        self.topic = topic

    def append(
        self, conn: Connection, case_id: str, expected_version: int, new_events: Sequence[NewEvent]
    ) -> list[Event]:
        """Append in the caller's transaction; the outbox rows commit (or roll back) with the events. Returns
        them as recorded: their personal fields sealed."""
        rows = rows_of(conn)
        if case_id not in rows.started:
            rows.lock_appends(conn)  # the stream's head is read and extended under the lock
        version, prev_hash = self._head(conn, case_id)
        if version != expected_version:
            raise ConcurrencyConflict(case_id, expected_version, version)
        now = utc_now()
        sealed = []
        for new in new_events:
            schema_version = new.schema_version or latest_version(new.event_type)
            new = replace(new, schema_version=schema_version)
            validate_payload(new.event_type, schema_version, new.payload)
            version += 1
            # Personal fields leave the payload before it is hashed, sealed with the case's key
            personal_names = personal_fields(new.event_type, schema_version) & new.payload.keys()
            plain, personal = new.payload, ""
            if personal_names:
                if case_id not in rows.keys:  # made ahead for a new case, or read ahead for a batch
                    rows.keys[case_id] = case_keys.key_for(self.producer, case_id)
                key = rows.keys[case_id]
                plain, personal = seal_fields(new.payload, personal_names, key, case_id, new.event_id)
            event = seal(
                replace(new, payload=plain),
                case_id=case_id,
                stream_version=version,
                producer=self.producer,
                prev_hash=prev_hash,
                occurred_at=now,
                signing_key=signing_key(self.producer),
                personal=personal,
            )
            # Written with the transaction's other rows, in bulk; the (case, version) constraint stays the
            # last guard, then failing the flush.
            rows.events.append((_row(event), self.topic))
            sealed.append(event)
            prev_hash = event.hash
        rows.heads[case_id] = (version, prev_hash)
        return sealed

    def append_next(self, conn: Connection, case_id: str, new_events: Sequence[NewEvent]) -> list[Event]:
        """Append after whatever the stream holds now: for a consumer recording the consequence of an event,
        which reads and appends under the same append lock, so there is no stale version to guard against."""
        rows_of(conn).lock_appends(conn)
        return self.append(conn, case_id, self.version(conn, case_id), new_events)

    def record(
        self,
        conn: Connection,
        case_id: str,
        new_events: Sequence[NewEvent],
        project: Callable[[Connection, Event], None],
        expected_version: int | None = None,
    ) -> list[Event]:
        """Append (at the expected version, or after whatever the stream holds) and apply each new event to
        the service's own projection, in the caller's transaction: its tables never lag its events."""
        if expected_version is None:
            recorded = self.append_next(conn, case_id, new_events)
        else:
            recorded = self.append(conn, case_id, expected_version, new_events)
        # The projection, and the writer, go on with the events as readers take them: personal fields open
        readable = [
            replace(event, payload=new.payload) for event, new in zip(recorded, new_events, strict=True)
        ]
        for event in readable:
            project(conn, event)
        return readable

    def new_case(self, conn: Connection) -> str:
        """A new case's id, its key already in the key store (`case_keys.new_case`), for `start`."""
        case_id, key = case_keys.new_case(self.producer)
        rows_of(conn).keys[case_id] = key
        return case_id

    def start(self, conn: Connection, case_id: str) -> None:
        """The stream of a case id made just now is empty: its first append need not read it, nor take the
        lock before the events are written at commit. (Were the id not new after all, the (case, version)
        constraint would still refuse the append.)"""
        rows = rows_of(conn)
        rows.heads.setdefault(case_id, (0, GENESIS_HASH))
        rows.started.add(case_id)

    def lock(self, conn: Connection) -> None:
        """Take the append lock now, for a writer that must read state and append as one step."""
        rows_of(conn).lock_appends(conn)

    def version(self, conn: Connection, case_id: str) -> int:
        return self._head(conn, case_id)[0]

    def read_stream(self, conn: Connection, case_id: str) -> list[Event]:
        """The case's events as their readers take them, opened and upcast (see `recorded_stream` for them as
        recorded)."""
        return case_keys.readable(self.producer, self.recorded_stream(conn, case_id))

    def recorded_stream(self, conn: Connection, case_id: str) -> list[Event]:
        rows = conn.execute(
            sa.select(*EVENT_COLUMNS).where(events.c.case_id == case_id).order_by(events.c.stream_version)
        )
        return [event_from_row(row) for row in rows]

    def read_all(self, conn: Connection, after: int = 0, limit: int = 1000) -> list[tuple[int, Event]]:
        """Events after a global position, in store order, as the newest schemas read them. Appends are
        serialised, so a position that is visible now never gets an earlier neighbour later: a follower cannot
        skip a late commit."""
        rows = conn.execute(
            sa.select(*EVENT_COLUMNS, events.c.position)
            .where(events.c.position > after)
            .order_by(events.c.position)
            .limit(limit)
        )
        found = [(row.position, event_from_row(row)) for row in rows]
        readable = case_keys.readable(self.producer, [event for _, event in found])
        return [(position, event) for (position, _), event in zip(found, readable, strict=True)]

    def load_heads(self, conn: Connection, case_ids: Iterable[str]) -> None:
        """Read where many streams stand in one query (under the append lock, which it takes), so that the
        appends of a batch ask nothing more."""
        rows_of(conn).lock_appends(conn)
        heads = rows_of(conn).heads
        wanted = [case_id for case_id in dict.fromkeys(case_ids) if case_id not in heads]
        for start in range(0, len(wanted), 1000):
            chunk = wanted[start : start + 1000]
            latest = (
                sa.select(events.c.case_id, sa.func.max(events.c.stream_version).label("version"))
                .where(one_of(conn, events.c.case_id, chunk))
                .group_by(events.c.case_id)
                .subquery()
            )
            found = conn.execute(
                sa.select(events.c.case_id, events.c.stream_version, events.c.hash).join(
                    latest,
                    (events.c.case_id == latest.c.case_id) & (events.c.stream_version == latest.c.version),
                )
            )
            heads.update(dict.fromkeys(chunk, (0, GENESIS_HASH)))
            heads.update({row.case_id: (row.stream_version, row.hash) for row in found})

    def load_keys(self, conn: Connection, case_ids: Iterable[str]) -> None:
        """Make or read the keys of many cases at once, for a batch whose every append seals personal data
        (one transaction of the key store instead of one per case)."""
        rows_of(conn).keys.update(case_keys.keys_made(self.producer, case_ids))

    def _head(self, conn: Connection, case_id: str) -> tuple[int, str]:
        heads = rows_of(conn).heads
        if case_id in heads:
            return heads[case_id]
        row = conn.execute(
            sa.select(events.c.stream_version, events.c.hash)
            .where(events.c.case_id == case_id)
            .order_by(events.c.stream_version.desc())
            .limit(1)
        ).first()
        heads[case_id] = (row.stream_version, row.hash) if row else (0, GENESIS_HASH)
        return heads[case_id]


def _row(event: Event) -> dict[str, object]:
    # The envelope's fields are the table's columns, one for one.
    return {name: getattr(event, name) for name in EVENT_FIELDS}


# The envelope's columns in the order of its fields. Every reader of events selects them first, and the row
# makes its Event by position, without a name lookup a field (a replay of millions of events paid most of its
# store reading on those).
EVENT_COLUMNS = tuple(events.c[name] for name in EVENT_FIELDS)
_WIDTH = len(EVENT_COLUMNS)


def event_from_row(row: sa.Row) -> Event:
    """The event of a row selected with `EVENT_COLUMNS` first (other columns may follow)."""
    return Event(*row[:_WIDTH])
